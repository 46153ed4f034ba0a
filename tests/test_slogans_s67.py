"""Slogan classes of session 67 (sets 222–223), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans


def slogans(text: str) -> dict[str, object]:
    return {s.canonical: s for s in find_slogans(text)}


# -- a lexicon formula of numbered parts written with 、 between its parts --------------------------

@pytest.mark.parametrize("text, canonical", [
    ("驻村工作队重点巩固“两不愁、三保障”成果。", "两不愁三保障"),
    ("全镇实现两不愁、三保障全覆盖。", "两不愁三保障"),
    ("各支部认真落实“三会、一课”制度。", "三会一课"),
])
def test_numbered_parts_set_apart_by_a_pause_mark_are_the_formula(text, canonical):
    found = slogans(text)
    assert list(found) == [canonical]
    assert found[canonical].local is False


@pytest.mark.parametrize("text", [
    "该县推进五个、一批项目建设。",  # a count of things is no numbered part
    "全乡五位、一体推进。",
])
def test_counted_words_set_apart_are_not_made_a_formula(text):
    assert "五个一批" not in slogans(text) and "五位一体" not in slogans(text)


def test_a_longer_list_opening_with_the_parts_stays_its_own():
    assert "三会一课" not in slogans("党员参加三会、一课、主题党日等活动。")


# -- a quoted count of full targets written with an Arabic count (“4个100%”) ----------------------

def test_arabic_counted_percent_is_a_formula_with_its_clauses():
    s = slogans("全镇换届实现“3个100%”，即100%村书记、主任由一人担任，100%班子有女性成员，"
                "100%村有大专学历干部。")["3个100%"]
    assert s.local is True
    assert s.components == ["100%村书记、主任由一人担任", "100%班子有女性成员", "100%村有大专学历干部"]


@pytest.mark.parametrize("text", [
    "参训率达到“100%”。",
    "两个村“1个100%”未完成。",
    "实现“10个100%”目标。",
])
def test_other_percent_quotes_are_no_counted_formula(text):
    assert find_slogans(text) == []


def test_explained_list_with_pause_marks_keeps_its_items():
    # as many items split by 、 as the count: the commas after them are the sentence going on
    s = slogans("建强“三支队伍”，即党员、干部、人才，全县共培训两千人，效果明显。")["三支队伍"]
    assert s.components == ["党员", "干部", "人才"]


def test_arabic_counted_percent_is_no_quoted_term():
    from pipeline.extract.article import extract_article
    from tests.test_extract import article
    a = extract_article(article("全镇换届实现“4个100%”，即100%甲，100%乙，100%丙，100%丁。各村按期完成。"))
    assert "4个100%" in {s.canonical for s in a.slogans}
    assert "4个100%" not in a.quoted_terms


# -- review: the clauses of an explanation are items only when each is a target met in full ----------

@pytest.mark.parametrize("text, canonical, items", [
    ("建强“三支队伍”，即党员、干部和人才，全县共培训两千人，效果明显。", "三支队伍", ["党员", "干部", "人才"]),
    ("推行“三个一批”，即选拔一批、培养一批，全县共储备干部二百名，效果明显。", "三个一批", ["选拔一批", "培养一批"]),
    ("该县组织部实施“三项机制”，即容错、纠错和激励机制，共为12名干部澄清正名，全年无一例外。", "三项机制",
     ["容错", "纠错", "激励机制"]),
    ("全县实施“三项工程”，即育才、引才和留才工程，全年引进人才86名，受到好评。", "三项工程", ["育才", "引才", "留才工程"]),
])
def test_clauses_after_a_listed_explanation_are_the_sentence_going_on(text, canonical, items):
    assert slogans(text)[canonical].components == items


def test_counted_percent_clauses_without_a_target_are_no_items():
    s = slogans("全镇实现“3个100%”，即村党组织书记100%参训、100%考核，全镇共培训260人次，受到好评。")["3个100%"]
    assert "受到好评" not in s.components and "全镇共培训260人次" not in s.components
