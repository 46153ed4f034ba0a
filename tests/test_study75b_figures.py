"""Figure classes of session 75's study of set 239–240 (helper b), each test in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.figures import find_figures


# -- figures: a magnitude after a vague numeral (十几万, 几十万) and times through a whole (遍) -------------

def figures(text: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("全市十几万名党员参加了学习。", [("十几万名", 100000, "名", "多")]),  # (a measure word after it: the main scan stops at the 几 before 万)
    ("全省十几万基层干部扎根一线。", [("十几万", 100000, None, "多")]),  # no measure word: a bare magnitude
    ("活动惠及几十万群众。", [("几十万", 100000, None, "数")]),
])
def test_a_magnitude_after_a_vague_numeral_is_a_figure(text, want):
    assert figures(text) == want


def test_times_through_a_whole_are_a_figure():
    assert figures("两年来全县村干部已轮训3遍。") == [("3遍", 3, "遍", None)]


def test_once_through_is_no_count():
    assert figures("新任干部都要把这本手册完整学习一遍。") == []  # (一遍: once over, as 一下)


# -- a body the page cuts off mid-sentence: the figure at its edge counts what the page lost -------------

def body_figures(text: str) -> list[str]:
    from pipeline.extract.article import extract_article
    from tests.test_extract import article
    return [f.text for f in extract_article(article(text)).figures]


def test_a_figure_at_the_edge_of_a_cut_off_page_is_dropped():
    assert body_figures("工作组分成4个小组,11月上旬起先后走访了12个") == ["4个"]


def test_a_figure_closing_a_whole_sentence_stays():
    assert body_figures("工作组分成4个小组,先后走访了12个乡镇。全年培训干部300人。") == ["4个", "12个", "300人"]


def test_a_whole_figure_at_the_edge_of_a_cut_off_page_stays():
    assert body_figures("他在调任县委书记前,已担任县长三年多") == ["三年多"]  # (a length, nothing lost after it)


@pytest.mark.parametrize("text, want", [
    ("全县今年共选派驻村干部36名", ["36名"]),  # (the noun before the count: nothing lost)
    ("柳川镇新建党群服务中心12个", ["12个"]),
    ("工作组先后深入10个", []),  # (after a verb: the noun came after the cut)
])
def test_a_count_after_its_noun_at_the_edge_stays(text, want):
    assert body_figures(text) == want
