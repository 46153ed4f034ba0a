"""Slogan, figure and metadata error classes of set 247 (session 80, helper study80a), one test per class, in our
own words.  Every sentence here is written for these tests; the place names, slogan names and figures are facts or
made up."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from pipeline.text.meta import parse_meta_line
from tests.test_extract import article
from tests.test_fields_s78 import _figures
from tests.test_page_metadata import BODY, BODY2, articles


def slogans(text: str) -> dict:
    return {s.canonical: s for s in extract_article(article(text, None)).slogans}


# -- national formulas the lexicon lacked: the four-item assessment standard (廉 came later), the archive
# storeroom's eight protections, the county's stations in a township ---------------------------------------------

@pytest.mark.parametrize("text, name, components", [
    ("县里按德、能、勤、绩对新任乡镇干部进行年度评议。", "德能勤绩", ["德", "能", "勤", "绩"]),
    ("柳川镇年底从德能勤绩四个方面考核机关干部。", "德能勤绩", ["德", "能", "勤", "绩"]),
    ("新建的档案室按“八防”标准配齐了设备。", "八防", []),
    ("青禾县推动乡镇“七所八所”的人员下沉到村。", "七所八所", []),
])
def test_national_formulas_are_not_local(text, name, components, segmenter):
    s = slogans(text)[name]
    assert s.local is False and s.components == components


def test_the_five_item_standard_stays_itself(segmenter):
    assert list(slogans("年终对村干部的德、能、勤、绩、廉进行测评。")) == ["德能勤绩廉"]


# -- N位一体 unquoted: parts made one, a formula by its shape, with or without the list before it ---------------------

@pytest.mark.parametrize("text, name", [
    ("该县依托报纸、电台、网站和短视频等四位一体的宣传矩阵，发布招录信息。", "四位一体"),
    ("柳川镇形成党委统筹、部门联动、村级落实三位一体工作格局。", "三位一体"),
    ("青禾县搭建了五位一体监督网络，覆盖全部行政村。", "五位一体"),
])
def test_parts_made_one_unquoted_are_a_formula(text, name, segmenter):
    assert name in slogans(text)


# -- 甲、乙、丙和丁等四项制度: an unquoted list, then its count and a word of a system or programme, as many items as
# counted; not places counted, not the steps of any work, not a list shorter than its count -----------------------

@pytest.mark.parametrize("text, name, items", [
    ("青禾县为村干部建立坐班值守、外出报备、述职评议和档案管理等四项制度，并严格执行。", "四项制度",
     ["坐班值守", "外出报备", "述职评议", "档案管理"]),
    ("柳川镇构建了结对帮带、跟踪考察、实绩评价三大体系。", "三大体系", ["结对帮带", "跟踪考察", "实绩评价"]),
    ("县委组织部推出上门走访、集中座谈两项举措，听取意见。", "两项举措", ["上门走访", "集中座谈"]),
    ("石桥乡实施育苗、铸魂、赋能、暖心四大工程。", "四大工程", ["育苗", "铸魂", "赋能", "暖心"]),
])
def test_a_list_then_its_count_of_systems_is_a_formula(text, name, items, segmenter):
    s = slogans(text)[name]
    assert s.components == items and s.local is True


@pytest.mark.parametrize("text", [
    "青禾镇、柳川镇和石桥镇等三个乡镇，率先完成换届。",
    "考察分为谈话、查档、测评、公示等四个环节，环环相扣。",
    "县里建立了谈心谈话、跟踪考察等三项制度，压实责任。",
    "这是该县出台的第三项制度。",
])
def test_counts_after_a_list_that_name_no_system_are_no_formula(text, segmenter):
    assert not [n for n in slogans(text) if n[:1] in "三四"]


# -- a quoted procedure of up to eight short steps, named as its 程序 (with 等 closing the quote) -----------------

@pytest.mark.parametrize("text", [
    "这次选聘依次走完“网上报名、资格初审、笔试测评、面试答辩、体能测试、组织考察、张榜公示、办理聘用”等程序。",
    "选拔坚持“个人申请、组织推荐、资格审核、集中面谈”的程序。",
    "遴选执行“报名、审核、考试、考察、公示”等程序，全程接受监督。",
])
def test_a_quoted_procedure_is_a_formula(text, segmenter):
    (s,) = slogans(text).values()
    assert len(s.components) >= 4 and s.local is True


def test_a_quoted_list_closed_by_etc_and_no_programme_word_stays_none(segmenter):
    assert not slogans("会上大家谈到“学习、调研、写作”等话题。")


# -- 坚持以下原则：⏎（一）甲乙丙丁，戊己庚辛: each pair of phrases on its own line under a heading naming them
# principles is a formula ---------------------------------------------------------------------------------------

def test_principle_lines_under_a_heading_are_formulas_each(segmenter):
    text = ("第二条 村级后备干部工作坚持以下原则：\n（一）统筹规划，分类储备\n（二）注重实绩，群众公认\n"
            "（三）动态调整、跟踪培养\n第三条 后备干部由乡镇党委负责管理。")
    got = slogans(text)
    assert {"统筹规划、分类储备", "注重实绩、群众公认", "动态调整、跟踪培养"} <= set(got)
    assert got["注重实绩、群众公认"].components == ["注重实绩", "群众公认"]


def test_lines_under_a_heading_that_names_no_rules_are_no_formulas(segmenter):
    text = "第二条 本办法适用于下列人员：\n（一）乡镇机关，在编干部\n（二）县直单位，选派人员\n"
    assert not slogans(text)


# -- “甲乙、丙丁、戊己”，: three or more quoted words of two closing a clause are a formula, quoted as a unit (not
# before the noun they describe, not one-character everyday lists) ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "下沉的站所实行“县管、镇用、村评”，乡镇有了调度权。",
    "青禾县推行村干部“坐班、轮值、走访”。",
])
def test_quoted_two_character_steps_closing_a_clause_are_a_formula(text, segmenter):
    assert len(slogans(text)) == 1


@pytest.mark.parametrize("text", [
    "各地“报纸、电台、网站”的报道很多。",
    "街道将“人、财、物”等资源下放。",
])
def test_quoted_words_before_a_noun_or_everyday_lists_are_not(text, segmenter):
    assert not [n for n in slogans(text) if n.startswith(("报纸", "人"))]


# -- figures: hectares are an area's unit; 一份…另一份 is "one of them … the other" ------------------------------

def test_hectares_close_a_figure():
    assert _figures("全镇林地面积约1200公顷，草场300多公顷。") == [
        ("约1200公顷", 1200, "公顷", "约"), ("300多公顷", 300, "公顷", "多")]


def test_one_then_the_other_counts_nothing():
    assert _figures("述职材料印成两份，一份是交县委组织部备案的，另一份是由镇党委留存的。") == [("两份", 2, "份", None)]
    assert ("一份", 1, "份", None) in _figures("每名干部填写一份承诺书。")


# -- a Q&A page: an answer's number and day, the site's notice to readers, the references an answer cites ---------

def test_an_answers_number_and_day_give_the_date():
    assert parse_meta_line("第2个回答  2019-06-03") == [("date", "2019-06-03")]
    assert parse_meta_line("第1个回答 2021-01-15 青禾网友") == [("date", "2021-01-15")]


def test_the_references_an_answer_cites_are_no_source():
    assert parse_meta_line("参考资料来源:某某百科-村干部") == [("record", "某某百科-村干部")]
    assert parse_meta_line("参考资料:青禾日报") == [("record", "青禾日报")]


def test_a_notice_to_readers_is_no_headline(tmp_path):
    arts = articles(tmp_path, "\n".join(["友情提示:以下内容为网友见解,请自行甄别", "", BODY, BODY2]))
    assert all(a.title is None or "提示" not in a.title for a in arts)
