"""Harms a review found in session 59's figure rules, mended, one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in extract_article(article(text)).figures]


# -- N大 with no list before it: an ordinal, a unit's number, kin, a congress -----------------

@pytest.mark.parametrize("text", [
    "青禾县已成为全省第3大产茶县。",
    "青禾县交警二大队民警在柳川镇查处酒驾3起。",
    "青禾县消防救援大队三大队开展夏季练兵。",
    "村里的三大爷今年七十岁,是一名老党员。",
    "青禾县各村开展喜迎20大主题宣传活动。",
    "慰问组为敬老院送去三大箱御寒衣物。",
])
def test_n_da_that_counts_nothing(text, segmenter):
    assert [k for k in keys(text) if k[2] is None] == []


@pytest.mark.parametrize("text", [
    "柳川镇充分发挥工会、共青团、妇联三大组织的作用。",
    "青禾县重点扶持木门、橱柜、灯具三大家居板块。",
])
def test_n_da_after_as_many_bodies_listed_counts_them(text, segmenter):
    assert (3, None, None, None) in keys(text)


# -- N级 inside a phrase: a grade or a rank, unless a tier system; 二级 after its two levels -----

@pytest.mark.parametrize("text", [
    "青禾县人民医院通过三级甲等医院评审。",
    "方小禾去年晋升为四级高级警长。",
    "柳川镇启动防汛三级应急响应。",
    "青禾县气象台发布暴雨四级预警。",
    "柳川镇通往县城的道路达到四级公路标准。",
    "青禾县有12名干部通过了英语四级考试。",
])
def test_a_grade_inside_a_phrase_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "级"] == []


@pytest.mark.parametrize("text, want", [
    ("市、县二级财政共安排专项资金600万元。", (2, None, "级", None)),
    ("柳川镇搭建区、镇、村(社区)三级网格,分片管理。", (3, None, "级", None)),
    ("青禾县已建成面向村干部的三级培训体系。", (3, None, "级", None)),
    ("过去,青禾县有不少高配两级的干部。", (2, None, "级", None)),
])
def test_levels_listed_or_a_tier_system_count(text, want, segmenter):
    assert want in keys(text)


# -- 近N年 closing a span of service before 首次 or 考核 is a duration ---------------------------

@pytest.mark.parametrize("text, want", [
    ("方小禾扎根柳川镇近20年首次获评优秀党务工作者。", (20, None, "年", "近")),
    ("老方在岗近30年首次请了病假。", (30, None, "年", "近")),
    ("方小禾在柳川镇任职近5年考核均为称职。", (5, None, "年", "近")),
])
def test_years_of_service_before_a_first_time_are_a_duration(text, want, segmenter):
    assert want in keys(text)


def test_the_recent_years_of_an_annual_record_after_a_list_number(segmenter):
    assert [k for k in keys("报考条件:(5)近两年年度考核均为称职以上。") if k[2] == "年"] == []


# -- 不满 before N余 is "dissatisfied", no bound -----------------------------------------------

def test_bu_man_before_a_number_with_yu(segmenter):
    assert keys("因对征地补偿标准不满20余名村民到镇政府反映诉求。") == [(20, None, "名", "余")]


# -- single quotes reporting speech hold their numbers -----------------------------------------

@pytest.mark.parametrize("text, want", [
    ("群众说:“这次‘补了1500元’,日子好过多了。”", (1500, None, "元", None)),
    ("方小禾在日记中写道:‘走访了46户’,一户都没落下。", (46, None, "户", None)),
])
def test_a_number_in_quoted_speech_counts(text, want, segmenter):
    assert want in keys(text)


def test_a_name_in_single_quotes_inside_a_quotation_holds_its_number(segmenter):
    text = "方小禾说:“我们重点推进‘最多跑一次’改革。”"
    assert [k for k in keys(text) if k[2] == "次"] == []


# -- N地 after the places it counts: run together as one-character names, or listed with 和 -----

def place_count(text: str):
    return [(f.value, f.unit, f.subject, f.time) for f in extract_article(article(text)).figures if f.unit == "地"]


@pytest.mark.parametrize("text, want", [
    ("2023年,湘黔两地组织部门商定互派年轻干部挂职。", [(2, "地", "湘黔", None)]),
])
def test_a_count_of_places_after_the_places(text, want, segmenter):
    assert place_count(text) == want


def test_a_count_of_places_after_an_ordinary_word_is_none(segmenter):
    assert place_count("青禾县要加强两地干部的交流。") == []


# -- 不得超 N: a rule's upper bound, as 不得超过 ----------------------------------------------

def test_must_not_exceed_written_short_is_at_most(segmenter):
    assert keys("按照规定,柳川镇党委委员不得超7名。") == [(7, None, "名", "不超过")]


@pytest.mark.parametrize("text, want", [
    ("青禾县着力增强干部八大本领。", [(8, None, None, None)]),
    ("柳川镇勇于迎接三大挑战。", [(3, None, None, None)]),
    ("他和妻子两地分居多年。", []),
    ("活动主题：「三个一百」工程全面推开。", []),
])
def test_second_review_of_the_session_s_figure_mends(text, want, segmenter):
    # 本领 and 挑战 after N大 are counted things; 和 joins two people, not two places; a corner quote
    # after a colon names a programme
    assert keys(text) == want
