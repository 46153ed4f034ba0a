"""Figure subjects (what a figure counts), session 62: one test per class of text, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subject_of(text: str, figure: str) -> str | None:
    figs = [f for f in extract_article(article(text)).figures if f.text == figure]
    assert figs, [f.text for f in extract_article(article(text)).figures]
    return figs[0].subject


# -- a quoted name right after the figure opens the noun it counts -------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县近日选派12名“墩苗”干部到柳川镇任职。", "12名", "“墩苗”干部"),
    ("柳川镇今年举办6期“田埂夜校”,村民反响热烈。", "6期", "“田埂夜校”"),
    ("经过层层考察,共有8名“90后”年轻干部走上村级岗位。", "8名", "“90后”年轻干部"),
    ("青禾县安排方小禾等干部参加为期两周的“红色课堂”轮训。", "两周", "“红色课堂”轮训"),
])
def test_quoted_name_after_figure(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


def test_quoted_name_then_verb_ends_at_the_verb(segmenter):
    # the verb right after the closing mark is no part of what is counted
    assert subject_of("去年青禾县有30名“村官”脱产进修,今年还将扩大。", "30名") == "“村官”"


# -- a count glued after one of households, cases or batches counts the same group -----------------

@pytest.mark.parametrize("text, figure, want", [
    ("青石村辖4个村民小组,全村215户860人,多数村民外出务工。", "860人", "全村"),
    ("今年柳川镇纪委共查处违纪问题12起15人。", "15人", "柳川镇纪委共查处违纪问题"),
    # the people of the households counted
    ("青石村有建档立卡贫困户23户71人,已全部脱贫。", "71人", "青石村有建档立卡贫困人口"),
])
def test_count_glued_after_a_group(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


# -- a figure of batches, kinds or aspects right before a second count -------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("近年来青禾县先后选派3批120名年轻干部到村任职。", "3批", "年轻干部"),
    ("柳川镇今年梳理出6大类40种容错情形。", "6大类", "容错情形"),
    ("截至目前,青禾县共收集5项、300条群众意见。", "5项", "群众意见"),
])
def test_group_figure_before_a_second_count(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


# -- 人 after a measure word is what is counted (两个人, 10个人中) ------------------------------------

def test_person_after_a_measure_word(segmenter):
    assert subject_of("村支书方小禾说,这几年两个人在这里轮流值守。", "两个") == "人"


# -- a remark in brackets right after the figure is not what it counts -------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县去年投入乡村振兴资金3200万元(人民币,下同),新修道路40公里。", "3200万元", "青禾县去年投入乡村振兴资金"),
    ("青石村现有党员52人(其中女党员11人),平均年龄48岁。", "52人", "青石村现有党员"),
])
def test_bracketed_remark_after_figure(text, figure, want, segmenter):
    assert subject_of(text, figure) == want
