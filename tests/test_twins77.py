"""Session 77: near-twin patterns made one.  Where the two copies read a class of text differently, the one kept
reads it as the wider copy did, for both of its uses; these are the texts the narrower copy read otherwise.
Texts written for these tests."""
from __future__ import annotations

from pipeline.extract.slogans import find_slogans
from pipeline.text.meta import parse_lead


def test_a_list_after_an_ascii_exclamation_mark_spells_out_its_formula():
    # class: …!甲、乙、丙、“三X”: the list right before the formula starts after a clause closed by a halfwidth ! or ?
    # (the same clause end as a fullwidth ！ or ？, as the other item readers of slogans.py already had it)
    text = "大家齐声叫好!访民情、解民忧、暖民心、“三民”行动在全镇铺开。"
    assert [(s.canonical, s.components) for s in find_slogans(text)] == [("三民", ["访民情", "解民忧", "暖民心"])]


def test_a_lead_naming_an_agency_and_a_site_together_has_the_agency_as_source():
    # class: 甲社、乙网6月16日电: co-carrying media joined by 、, any with a medium's suffix (社, 杂志, 新闻 …), not
    # only the papers, sites and apps the lead's own pattern listed
    assert parse_lead("新华社、青禾网6月16日电 青禾县近日举办年轻干部培训班。")[:1] == [("source", "新华社")]
