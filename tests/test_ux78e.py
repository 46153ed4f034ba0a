"""Findings of the session-78 tester (researcher comparing regions) fixed on branch fix_ux78e, one test per
class, texts in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article
from tests.test_page_metadata import BODY, BODY2, only


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def pers(text: str) -> dict[str, str | None]:
    return {f.text: f.per for f in figures(text)}


# -- a figure's per runs to the end of its noun (the segmenter's word), never cut inside it -----------------

def test_a_per_runs_to_the_end_of_its_noun(segmenter):
    got = pers("去年以来，青禾县为每名村干部发放通讯补贴150元，为每名乡镇干部安排一名联络员。")
    assert got["150元"] == "每名村干部"
    assert got["一名"] == "每名乡镇干部"


# -- the values of a list share the per written before its first -------------------------------------------

def test_a_lists_values_share_its_per(segmenter):
    got = pers("柳川县规定，大中小三类村的支部书记每人每月分别补助500元、420元、360元和300元。")
    assert [got[v] for v in ("500元", "420元", "360元", "300元")] == ["每人每月"] * 4


# -- a source written with the verb of taking it (转自X, 转载自X, 来自X) is the medium X ---------------------

@pytest.mark.parametrize("written", ["转自青禾先锋网", "转载自青禾先锋网", "来自 青禾先锋网"])
def test_a_source_taken_from_a_medium_is_the_medium(tmp_path, written):
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        f"2023-06-01 09:30:00 来源：{written} 作者:方小禾",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾先锋网"
