"""Slogan, quoted-term and figure error classes of set 246's second pass (session 79), one test per class, in
our own words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def extract(text: str, title: str | None = None):
    return extract_article(article(text, title))


def slogans(text: str) -> dict:
    return {s.canonical: s for s in extract(text).slogans}


# -- a national formula's standard items written out with no name are that formula (its components, no count);
# not when they are faults the text fights, nor a list of people it invites -----------------------------------

def test_national_items_written_out_are_the_formula(segmenter):
    got = slogans("青禾县要求新任科级干部坚定道路自信、理论自信、制度自信、文化自信，在岗位上经受考验。")
    s = got["四个自信"]
    assert s.text == "道路自信、理论自信、制度自信、文化自信"
    assert s.components == ["道路自信", "理论自信", "制度自信", "文化自信"]
    assert (s.numbered, s.count, s.local) == (False, None, False)


@pytest.mark.parametrize("text", [
    "柳川市持续整治形式主义、官僚主义、享乐主义、奢靡之风，减轻基层负担。",
    "评议会邀请党代表、人大代表、政协委员到场打分。",
])
def test_items_written_out_as_faults_or_people_are_no_formula(text, segmenter):
    assert not slogans(text)


# -- “比甲、比乙、比丙”的三比: a quoted list under one head, then its count and head, is the counted formula ------

def test_quoted_list_then_counted_by_its_head_is_one_formula(segmenter):
    got = slogans("柳川镇组织各村书记开展“比服务、比产业、比民生”的三比述职，群众现场打分。")
    assert list(got) == ["三比"]
    assert got["三比"].components == ["比服务", "比产业", "比民生"]
    assert got["三比"].count == 3 and got["三比"].count_matches


# -- national formulas the lexicon lacked: fiscal 三保 (only in a sentence on budgets), the inspections' 三个聚焦 and
# 四个落实 (only in one on inspection), 为民服务、创先争优, 分级管理、分级负责 ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("青禾县财政编制预算时优先保障“三保”支出，村干部报酬也在其中。", "三保"),
    ("县委第五轮巡察围绕“三个聚焦”安排监督重点。", "三个聚焦"),
    ("本轮巡视紧扣“四个落实”，查找问题。", "四个落实"),
    ("柳川乡党委号召党员“为民服务、创先争优”，办好身边小事。", "为民服务、创先争优"),
    ("村干部考核按照分级负责、分级管理的原则进行。", "分级管理、分级负责"),
])
def test_national_formulas_are_not_local(text, name, segmenter):
    assert slogans(text)[name].local is False


@pytest.mark.parametrize("text, name", [
    ("柳川镇推行安全生产“三保”承诺：保人员、保设备、保进度。", "三保"),
    ("青禾县招商局提出“三个聚焦”：聚焦园区、聚焦龙头、聚焦配套。", "三个聚焦"),
])
def test_a_formula_out_of_its_context_stays_local(text, name, segmenter):
    assert slogans(text)[name].local is True


# -- 干部能上能下，编制能进能出: two formulas of the lexicon written plain side by side are the formulas; one alone in
# running text is a phrase ---------------------------------------------------------------------------------

def test_plain_formulas_side_by_side_are_formulas(segmenter):
    got = slogans("改革以后，青禾开发区干部能上能下，编制能进能出，干部压力明显增大。")
    assert got["能进能出"].components == ["能进", "能出"]
    assert got["能上能下"].components == ["能上", "能下"]
    assert not got["能上能下"].local


def test_one_plain_formula_alone_is_a_phrase(segmenter):
    assert "能上能下" not in slogans("这次调整让干部真正做到能上能下，大家心服口服。")


# -- a quote holding another written form of a slogan of the article (“村两委” after “两委”) is a mention of it,
# no quoted term ------------------------------------------------------------------------------------------

def test_quoted_form_of_a_slogan_is_no_quoted_term(segmenter):
    x = extract("柳川村“两委”班子换届顺利完成。新一届“村两委”成员平均年龄下降五岁。")
    assert "村两委" not in x.quoted_terms


# -- 两三千块钱: a range of adjacent numerals before 块 that the segmenter joined to 钱 -----------------------------

def test_range_before_the_money_word_is_a_figure(segmenter):
    got = [(f.value, f.high, f.unit) for f in extract("青禾县的公务员每月拿两三千块钱的工资，村干部少得多。").figures]
    assert (2000, 3000, "块") in got
