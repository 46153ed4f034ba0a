"""Date error classes of session 67 (sets 222–223 first), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates


# -- a bare day opening its sentence a few days after the month's day named just before it: that month ----

@pytest.mark.parametrize("text, date, want", [
    ("11月16日,青禾县公布了拟任人选名单。17日,柳川镇又公布了第二批名单。", "2008-12-31",
     ["2008-11-16", "2008-11-17"]),
    ("3月5日,培训班在柳川镇开班。\n7日,学员分组赴村里调研。", "2023-04-20", ["2023-03-05", "2023-03-07"]),
    ("5月8日,考察组进驻青禾县;10日,考察组召开座谈会。", "2024-06-01", ["2024-05-08", "2024-05-10"]),
    # no date of the article: the day named before still gives the month
    ("9月25日,青禾县大讲堂开讲。26日,学员座谈交流心得。", None, [None, None]),
])
def test_a_bare_day_goes_on_the_story_of_the_day_before(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want


@pytest.mark.parametrize("text, date, want", [
    # earlier than the day named, far after it, inside a clause, or after a year-less day with no month
    ("11月16日,名单公布。12日,考察组进驻。", "2008-12-31", ["2008-11-16", "2008-12-12"]),
    ("11月2日,名单公布。28日,考察组进驻。", "2008-12-31", ["2008-11-02", "2008-12-28"]),
    ("11月16日,名单公布,17日召开座谈会。", "2008-12-31", ["2008-11-16", "2008-12-17"]),
    ("2008年11月16日至18日,培训班举行。", "2008-12-31", ["2008-11-16"]),
])
def test_other_bare_days_keep_the_article_month(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want


@pytest.mark.parametrize("text, date, want", [
    # the day before is a start or a deadline told in passing, not the day of what happened
    ("自2019年12月6日发布公告后,共有900人报名。\n\n10日,方小禾到柳川村报到。", "2020-01-15",
     ["2019-12-06", "2020-01-10"]),
    ("各乡镇于6月10日前报送名单。12日,县委组织部召开推进会。", "2023-06-20", ["2023-06-10", "2023-06-12"]),
])
def test_a_day_told_in_passing_does_not_date_the_next_bare_day(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want


# -- 年中 / 年初 / 年底 right after a numeral (一年中, 三年中, 十年初心): "within N years" or a word, no point of
# the year ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "一年中两次考核排名末位的村书记,予以调整。",
    "三年中,柳川镇先后换了两任书记。",
    "十年初心不改,方小禾扎根青禾县。",
    "几年中,全村修通了四条产业路。",
])
def test_a_point_of_the_year_after_a_numeral_is_no_date(text):
    assert [d.text for d in find_dates(text, "2024-06-01")] == []


@pytest.mark.parametrize("text, want", [
    ("年底前,各乡镇完成换届。", [("年底", "2024")]),
    ("二〇二三年底,青禾县完成换届。", [("二〇二三年", "2023")]),
    ("2023年年中,全县开展轮训。", [("2023年年中", "2023")]),
])
def test_a_point_of_the_year_stays_a_date(text, want):
    assert [(d.text, d.iso) for d in find_dates(text, "2024-06-01")] == want


@pytest.mark.parametrize("text, date, want", [
    # the day before is background someone tells (会议强调，…; 回忆说，…), not the day of the story: a bare day
    # after it keeps the article's month (review of session 67)
    ("6月10日,县委召开会议。会议强调,2023年5月6日,中办印发了意见。11日,县委书记到柳川镇调研。", "2024-06-12",
     ["2024-06-10", "2023-05-06", "2024-06-11"]),
    ("会议指出,5月6日,省委印发了实施方案。\n11日,县委组织部召开部署会。", "2024-06-12", ["2024-05-06", "2024-06-11"]),
    ("方小禾回忆说,2019年5月6日,他第一次走进柳川村。10日,县委组织部召开座谈会。", "2024-06-12",
     ["2019-05-06", "2024-06-10"]),
])
def test_a_day_told_as_background_does_not_date_the_next_bare_day(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want


@pytest.mark.parametrize("text, date, want", [
    # a lead-in or a dateline before the day still leaves it the day of the story
    ("据悉,5月6日,省委组织部印发通知。9日,县委组织部召开部署会。", "2024-06-12", ["2024-05-06", "2024-05-09"]),
    ("(记者 方小禾)5月6日,省委组织部印发通知。9日,县委组织部召开部署会。", "2024-06-12", ["2024-05-06", "2024-05-09"]),
])
def test_a_lead_in_before_the_day_keeps_the_story(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want
