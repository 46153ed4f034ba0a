"""Slogan error classes of session 66 (helper slog66b, study sets 212–221), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans, quoted_terms


def got(text: str):
    return [(s.canonical, s.count, s.components) for s in find_slogans(text)]


def terms(text: str):
    return quoted_terms(text, find_slogans(text), [])


# -- the topics, sections or modules a course is divided into, counted: no formula ---------------------

@pytest.mark.parametrize("text, quoted", [
    ("青禾县研修班围绕“数字乡村建设”“矛盾纠纷化解”“集体经济发展”三大主题授课:", ["数字乡村建设", "矛盾纠纷化解", "集体经济发展"]),
    ("柳川镇讲堂设置“政策解读”“案例复盘”“现场答疑”三个专题。", ["政策解读", "案例复盘", "现场答疑"]),
    ("新任村干部培训分“理论讲授”“实地观摩”两个板块。", ["理论讲授", "实地观摩"]),
])
def test_topics_of_a_course_counted_are_no_formula(text, quoted, segmenter):
    assert got(text) == []
    assert terms(text) == quoted


def test_a_campaign_named_by_its_topics_stays_a_formula(segmenter):
    assert "三大主题活动" in [c for c, _, _ in got("青禾县开展“学理论、强党性、重实践”三大主题活动。")]


# -- a medium named by a national formula and a word of media (三农在线): no mention of the formula ----------

@pytest.mark.parametrize("text", [
    "发布时间:2010-03-02  来源:三农在线\n三农在线 长春3月1日电 吉林省出台新办法。",
    "本文转自三农网\n吉林省出台新办法。",
])
def test_a_medium_named_by_a_formula_is_no_mention(text, segmenter):
    assert got(text) == []


@pytest.mark.parametrize("text", [
    "全县抓好三农工作,三农网格员覆盖各村。",
    "各地开展两学一做在线学习。",
    "村两委报乡镇党委审批。",
])
def test_the_formula_before_other_words_stays(text, segmenter):
    assert got(text) != []


def test_a_medium_named_by_a_formula_opening_a_dateline_is_no_mention(segmenter):
    assert got("三农在线长春3月1日电吉林省出台新办法。") == []



def test_quoted_topics_under_one_head_stay_a_formula(segmenter):
    got_ = got("柳川村围绕“好学”“好玩”“好住”三大主题建设研学基地。")
    assert ("三大主题", 3, ["好学", "好玩", "好住"]) in got_


# -- review (slog66b): a campaign's word after a word of its kind still names a campaign ---------------------

@pytest.mark.parametrize("text, name", [
    ("该县开展“学、比、赶、超”四个主题实践活动，激发干部干事热情。", "四个主题"),
    ("市委组织部开展“亮身份、比作为、争先锋”三大主题宣讲活动。", "三大主题"),
    ("县里组织“讲政治、守规矩、重实干”三大主题教育活动。", "三大主题"),
    ("青禾镇开展“亮身份”“比作为”“争先锋”三大主题实践活动。", "三大主题"),
])
def test_a_campaign_of_topics_with_a_longer_campaign_word_stays(text, name, segmenter):
    assert name in [c for c, _, _ in got(text)]


# -- review (slog66b): a column or a platform named by the formula in the body is a mention of it -------------

@pytest.mark.parametrize("text, name", [
    ("县委组织部网站开设两学一做频道，发布学习资料。", "两学一做"),
    ("各支部通过“三会一课在线”平台组织学习。", "三会一课"),
])
def test_a_column_named_by_a_formula_in_the_body_stays_a_mention(text, name, segmenter):
    assert name in [c for c, _, _ in got(text)]
