"""Figure classes studied on the session-74 blind batch, one test per class, in our own words.  Each text
goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def keys(text: str):
    return [(f.value, f.unit, f.qualifier) for f in extract_article(article(text, None)).figures]


# -- a superlative over an attribute, then 一 and a measure word closing the clause: "the Xest one" -----------

@pytest.mark.parametrize("text", [
    "方小禾是这批干部中职级最高的一个。",
    "本次选派是近十年来规模最大的一次,涉及多个部门。",
    "某县选派干部到乡镇挂职成为人数最多一次",
])
def test_the_xest_one_is_no_count(text):
    assert [k for k in keys(text) if k[0] == 1] == []


@pytest.mark.parametrize("text, want", [
    ("村级组织每年最多一次集中评议。", (1, "次", "不超过")),
    ("每村最多一名。", (1, "名", "不超过")),
])
def test_a_cap_with_its_rate_stays_a_count(text, want):
    assert want in keys(text)


# -- 八小时外 / 8小时以外: a cadre's time off duty, no amount -----------------------------------------------

@pytest.mark.parametrize("text", ["组织部门走访干部家庭,了解干部八小时外的社交情况。", "管好干部8小时以外的生活圈。"])
def test_off_duty_hours_are_no_figure(text):
    assert keys(text) == []


def test_a_working_day_of_eight_hours_stays():
    assert any(k[:2] == (8, "小时") for k in keys("驻村干部每天工作八小时以上的占多数。"))


# -- 未达到50%: short of the share, as 低于 (以下) --------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("测评中有5个科室满意率未达到60%。", (60, "%", "以下")),
    ("参评率没有达到80%的单位被通报。", (80, "%", "以下")),
])
def test_short_of_a_share_is_below_it(text, want):
    assert want in keys(text)


# -- 一年填报…张报表, 一个季度参加…场会议: the period a count of paperwork or meetings is counted over --------

def test_the_period_of_paperwork_counted_is_no_figure():
    got = keys("以前某个街道一年填报400多张报表，某个科室一个季度参加60多场会议。")
    assert (1, "年", None) not in got and (1, "个季度", None) not in got
    assert (400, "张", "多") in got and (60, "场", "多") in got


def test_a_year_served_stays_a_figure():
    assert (1, "年", None) in keys("方小禾驻村一年争取项目资金80万元。")


# -- a headline opening with a year glued to the place that issues it (2025某市某区…公告) ----------------------

def _dates(text: str, title: str):
    return [(d.text, d.iso) for d in extract_article(article(text, title)).dates]


def test_a_year_glued_before_the_headlines_place_is_a_date():
    got = _dates("根据有关规定,现将选拔工作有关事项公告如下。", "2025岳阳市岳阳楼区选拔社区工作者公告")
    assert ("2025", "2025") in got


def test_a_count_opening_a_headline_is_no_year():
    got = _dates("近日,全市选派干部驻村开展帮扶工作。", "2000名干部驻村帮扶")
    assert all(iso != "2000" for _, iso in got)


# -- 四套领导班子: a place's leadership bodies named together (as 四套班子), no count ----------------------------

def test_the_four_leadership_bodies_with_lingdao_are_no_count():
    assert keys("市四套领导班子负责同志和各部门主要负责人出席了推进会。") == []
