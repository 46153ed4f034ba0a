"""Measures, session 60: classes of clauses the measures layer missed on the study sets."""
from __future__ import annotations

from pipeline.extract.measures import find_measures
from tests.test_extract import article


def test_a_small_form_semicolon_ends_a_clause(segmenter):
    # ﹔ (the small form of ；) closes a clause in some pages' text just as ； does: each item
    # of a run joined by it is a measure of its own, not one long clause.
    text = ("青禾县关心驻村干部\n"
            "今年以来，青禾县为每名驻村干部办理意外伤害保险﹔"
            "县委组织部每季度走访驻村干部家属﹔"
            "柳川镇为驻村干部安排周转宿舍。\n")
    got = [m.text for m in find_measures(article(text))]
    assert got == ["今年以来，青禾县为每名驻村干部办理意外伤害保险﹔", "县委组织部每季度走访驻村干部家属﹔",
                   "柳川镇为驻村干部安排周转宿舍。"]
