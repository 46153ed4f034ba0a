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
    ("青禾县近日选派12名“墩苗”干部到柳川镇任职。", "12名", "到柳川镇任职的“墩苗”干部"),
    ("柳川镇今年举办6期“田埂夜校”,村民反响热烈。", "6期", "“田埂夜校”"),
    ("经过层层考察,共有8名“90后”年轻干部走上村级岗位。", "8名", "走上村级岗位的“90后”年轻干部"),
    ("青禾县安排方小禾等干部参加为期两周的“红色课堂”轮训。", "两周", "“红色课堂”轮训"),
])
def test_quoted_name_after_figure(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


def test_quoted_name_then_verb_ends_at_the_verb(segmenter):
    # the verb right after the closing mark is no part of the noun: it is what the counted do, said before it
    assert subject_of("去年青禾县有30名“村官”脱产进修,今年还将扩大。", "30名") == "脱产进修的“村官”"


# -- a count glued after one of households, cases or batches counts the same group -----------------

@pytest.mark.parametrize("text, figure, want", [
    ("青石村辖4个村民小组,全村215户860人,多数村民外出务工。", "860人", "全村"),
    ("今年柳川镇纪委共查处违纪问题12起15人。", "15人", "柳川镇纪委共查处违纪问题"),
])
def test_count_glued_after_a_group(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


@pytest.mark.parametrize("text, figure", [
    # the clause names households, not the people counted: no word made up for them (农人口, 种植人口)
    ("青石村有建档立卡贫困户23户71人,已全部脱贫。", "71人"),
    ("柳川镇现有农户410户1530人,多数外出务工。", "1530人"),
    ("青石村共有种植户38户142人,今年户均增收3000元。", "142人"),
])
def test_people_glued_after_households_name_no_made_up_word(text, figure, segmenter):
    assert subject_of(text, figure) is None


# -- a figure of batches, kinds or aspects right before a second count -------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("近年来青禾县先后选派3批120名年轻干部到村任职。", "3批", "年轻干部"),
    ("柳川镇今年梳理出6大类40种容错情形。", "6大类", "容错情形"),
])
def test_group_figure_before_a_second_count(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


# -- 人 after a measure word is what is counted (两个人, 10个人中) ------------------------------------

def test_person_after_a_measure_word(segmenter):
    assert subject_of("村支书方小禾说,这几年两个人在这里轮流值守。", "两个") == "人"


def test_person_opening_a_word_is_no_person(segmenter):
    # 人为 is one word: the figure counts no person
    assert subject_of("柳川镇这次排查出7个人为因素引发的隐患。", "7个") == "柳川镇这次排查出"


# -- a remark in brackets right after the figure is not what it counts -------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县去年投入乡村振兴资金3200万元(人民币,下同),新修道路40公里。", "3200万元", "青禾县去年投入乡村振兴资金"),
    ("青石村现有党员52人(其中女党员11人),平均年龄48岁。", "52人", "青石村现有党员"),
])
def test_bracketed_remark_after_figure(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


# -- review of session 62: where a quoted name after the figure opens the next phrase -------------------

@pytest.mark.parametrize("text, figure, want", [
    # a noun right before the number: the quote opens the next phrase
    ("青禾县抽调干部60名“蹲点”开展走访工作。", "60名", "青禾县抽调干部"),
    ("柳川镇新吸收党员24名“三会一课”按时召开。", "24名", "柳川镇新吸收党员"),
    ("青禾县村级组织96个“四议两公开”全面落实。", "96个", "青禾县村级组织"),
    # money and shares
    ("青禾县累计投入资金800万元“输血”变“造血”。", "800万元", "青禾县累计投入资金"),
    ("群众满意度达96%“家门口”办事更方便。", "96%", "群众满意度"),
])
def test_quote_after_a_noun_money_or_share_opens_no_noun(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


@pytest.mark.parametrize("text, figure, want", [
    ("柳川镇从机关遴选6名“村官”脱产学习。", "6名", "“村官”"),  # a verb after the closing mark ends it
    ("青禾县今年选拔了15名“80后”“90后”年轻干部。", "15名", "“80后”“90后”年轻干部"),  # two quotes in a row
    ("柳川镇组织为期5天的“不忘初心、牢记使命”主题教育培训。", "5天", "“不忘初心、牢记使命”主题"),  # no cut inside a word
])
def test_quoted_name_after_a_verb(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


# -- review of session 62: a second count that is no part of the first ---------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县全年办理事项26项3个月内完成整改。", "26项", "青禾县全年办理事项"),  # a time
    ("柳川镇办结诉求14项5个工作日内答复。", "14项", "柳川镇办结诉求"),
    ("青禾县征集问题35项、9个部门作出回应。", "35项", "青禾县征集问题"),  # across 、
    ("柳川镇形成制度成果18项800余份文件得到清理。", "18项", "柳川镇形成制度成果"),  # a new clause
])
def test_group_figure_before_an_unrelated_count(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


# -- review of session 62: a bracket that qualifies the noun after it ----------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县今年新开工41个(省级)重点项目。", "41个", "(省级)重点项目"),
    ("柳川镇今年提拔4名(女)干部。", "4名", "(女)干部"),
    ("青禾县19个(县级)单位参加年度考核。", "19个", "参加年度考核的(县级)单位"),
])
def test_bracket_before_a_noun_is_kept(text, figure, want, segmenter):
    assert subject_of(text, figure) == want
