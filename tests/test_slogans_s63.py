"""Slogan error classes of session 63 (study sets 212–213), one test per class, in our own words.  Each text
goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def slogans(text: str):
    return [(s.text, s.canonical, s.count) for s in extract_article(article(text)).slogans]


# -- a programme spelt out by numbered parts, then shortened to its numerals and last word (百县千镇万村高质量
# 发展工程 … “百千万工程”), is one slogan: written as first written, named by the short form ---------------

def test_a_programme_and_its_short_form_are_one_slogan(segmenter):
    text = ("青禾省委召开会议,要求扎实推进“百县千镇万村高质量发展工程”。会议强调,各地要推动“百千万工程”"
            "落到每个县镇村的具体项目上。")
    assert slogans(text) == [("百县千镇万村高质量发展工程", "百千万工程", [100, 1000, 10000])]


def test_two_programmes_with_like_counts_stay_apart(segmenter):
    text = "柳川市推进“百千万工程”,又启动了“百村千户万人行动”。"
    assert [s[1] for s in slogans(text)] == ["百千万工程", "百村千户万人行动"]


# -- a list whose last item takes the formula as its object, a count of something else right after the formula
# (分甲、乙、投身“百千万工程”四个主题): the list is that count's, the formula has no items from it ----------------

def test_a_list_counted_after_the_formula_is_not_its_items(segmenter):
    text = ("入选案例共30个,分基层治理创新、集体经济发展、民生服务改革、引导干部投身“百千万工程”四个主题。")
    got = extract_article(article(text)).slogans
    assert [(s.canonical, s.components) for s in got] == [("百千万工程", [])]


def test_a_list_before_the_formula_with_its_own_count_stays(segmenter):
    got = extract_article(article("柳川镇建立学习、实践、考核“三结合”两项机制。")).slogans
    assert [(s.canonical, s.components) for s in got] == [("三结合", ["学习", "实践", "考核"])]


# -- a line that only asks the reader to scan a code and follow an account (微信“扫一扫”添加“某某”官微) is a
# site's furniture: its quotes are no terms of the article; “扫一扫” in the body stays --------------------------

def test_quotes_of_a_follow_prompt_line_are_no_terms(segmenter):
    text = ("青禾县开展“墩苗工程”。\n微信“扫一扫”添加“学习强县”\n微信“扫一扫”添加“青禾组工”官微\n"
            "村民用手机“扫一扫”就能看到公示内容。")
    assert extract_article(article(text)).quoted_terms == ["墩苗工程", "扫一扫"]


# -- a quoted list of questions or problems, named so right after the quote (围绕“甲、乙、丙”等问题), is no
# slogan whatever verb of a programme stands before it ------------------------------------------------------

def test_quoted_questions_listed_are_no_slogan(segmenter):
    text = "围绕“选什么、怎么选、如何用”等问题,柳川市出台了实施意见。"
    assert extract_article(article(text)).slogans == []


def test_a_quoted_list_named_as_a_programme_stays(segmenter):
    got = extract_article(article("围绕“选、育、管、用”四个环节,柳川市出台了实施意见。")).slogans
    assert [s.canonical for s in got] == ["选育管用"]


def test_two_programmes_joined_by_and_stay_apart(segmenter):
    # a short form and a longer name standing side by side, joined by 与: two programmes, no spelling out
    text = "青禾县推动“百千万工程”与“百村千户万人增收工程”相结合。"
    assert [s[1] for s in slogans(text)] == ["百千万工程", "百村千户万人增收工程"]


def test_a_scan_line_ending_in_an_account_is_furniture(segmenter):
    text = "青禾县开展“墩苗工程”。\n扫一扫“青禾先锋”公众号"
    assert extract_article(article(text)).quoted_terms == ["墩苗工程"]


@pytest.mark.parametrize("text, term", [
    ("“扫一扫”扫出机关作风新面貌\n青禾县推行评议码。", "扫一扫"),
    ("青禾县推行评议码。\n“扫一扫”扫出干事新风。\n群众评议结果按月公开。", "扫一扫"),
    ("青禾县推行评议码。\n手机扫一扫，诉求“马上办”。", "马上办"),
    ("青禾县推行党建码。\n扫一扫，“党史课堂”随时学。", "党史课堂"),
])
def test_a_scan_line_that_follows_no_account_keeps_its_terms(text, term, segmenter):
    # a line is the site's follow prompt only with a follow verb or an account named at its end
    assert term in extract_article(article(text)).quoted_terms


@pytest.mark.parametrize("text, canonical", [
    ("青禾县建立“早排查、早预警、早处置”问题线索处置机制。", "早排查、早预警、早处置"),
    ("柳川镇推行“交办、督办、整改、销号”问题闭环管理机制。", "交办、督办、整改、销号"),
    ("柳川镇探索“收集、梳理、解决”问题清单工作法。", "收集、梳理、解决"),
    ("青禾县完善“提醒、函询、诫勉”的问题处置办法。", "提醒、函询、诫勉"),
])
def test_a_formula_opening_a_compound_of_problem_stays_a_slogan(text, canonical, segmenter):
    # 问题 opening 问题线索, 问题清单, 问题闭环: the formula names a method of handling problems, no problems listed
    assert [s[1] for s in slogans(text)] == [canonical]
