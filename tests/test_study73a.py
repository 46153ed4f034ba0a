"""Slogan error classes met on the session-73 blind pages, one test per class, texts in our own words: a
programme named by a quoted code, a quoted list of faults, a list named as a procedure (…等程序), 二个 in a
formula's name, and a counted formula spelled out later by the list written before its bare name."""
from __future__ import annotations

from pipeline.extract.article import extract_article
from pipeline.extract.slogans import find_slogans
from tests.test_extract import article


def _extract(text: str):
    return extract_article(article(text))


# -- slogans: a programme's code in quotes -----------------------------------------------------------

def test_a_quoted_code_names_the_programme_without_its_programme_word(segmenter):
    # “2468”工程: the quote sets the code apart as the name (as “六大人才”行动 is 六大人才); each digit counts
    x = _extract("某省推行年轻干部“2468”工程，另有“3579”行动计划，镇里推行“一二三”工作法。")
    assert [(s.text, s.count) for s in x.slogans] == [("2468", [2, 4, 6, 8]), ("3579", [3, 5, 7, 9]),
                                                        ("一二三", [1, 2, 3])]
    assert x.quoted_terms == []  # the code is the slogan, no quoted term beside it


def test_a_quoted_code_repeating_digits_counts_each_once(segmenter):
    (s,) = find_slogans("该市实施“5251”计划。")
    assert (s.canonical, s.count) == ("5251", [5, 2, 1])


# -- slogans: lists that are no formula, lists that are one -----------------------------------------

def test_a_quoted_list_of_faults_is_no_slogan(segmenter):
    x = _extract("全县持续整治“庸、懒、散、拖”等不良风气，坚决整治“虚、浮、推”。推行“严、实、硬”标准。")
    assert [s.canonical for s in x.slogans] == ["严实硬"]


def test_a_list_named_as_a_procedure_is_a_slogan(segmenter):
    x = _extract("人选须经过个人申报、支部推荐、党委审定等程序产生。")
    assert [(s.canonical, s.components) for s in x.slogans] == [
        ("个人申报、支部推荐、党委审定", ["个人申报", "支部推荐", "党委审定"])]


# -- slogans: 二个 and a formula spelled out at its bare name -----------------------------------------

def test_er_ge_in_a_formula_is_the_standard_liang_ge(segmenter):
    x = _extract("镇里提出“一条主线、二个抓手”的思路。搭建“村—镇”“镇—县”两个抓手。落实“十二个必须”。")
    assert [s.canonical for s in x.slogans] == ["一条主线、两个抓手", "两个抓手", "十二个必须"]
    (pair,) = [s for s in x.slogans if s.canonical == "两个抓手"]
    assert pair.text == "二个抓手" and len(pair.mentions) == 2


def test_a_counted_formula_takes_the_list_before_its_bare_name(segmenter):
    x = _extract("街道推出“三个机制、四个行动”培养方式。建立谈心谈话、跟踪考察、容错纠错三个机制，"
                 "开展读书分享、岗位练兵、结对走访、课题调研四个行动。全街道有三个社区。")
    got = {s.canonical: s.components for s in x.slogans}
    assert got["三个机制"] == ["谈心谈话", "跟踪考察", "容错纠错"]
    assert got["四个行动"] == ["读书分享", "岗位练兵", "结对走访", "课题调研"]
    # the bare names are mentions of the formulas, no summary figures; the count of 社区 is one
    assert [(f.text, f.unit) for f in x.figures] == [("三个", "个")]


def test_the_national_appointment_steps_listed_as_a_procedure_are_national(segmenter):
    x = _extract("乡镇班子调整严格履行民主推荐、组织考察、讨论决定等程序；新设岗位经过个人申报、支部推荐、党委审定等程序。")
    assert [(s.canonical, s.local) for s in x.slogans] == [("民主推荐、组织考察、讨论决定", False),
                                                          ("个人申报、支部推荐、党委审定", True)]
