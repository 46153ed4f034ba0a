"""Figure and document error classes of session 60 (harms the reviews of session 59 found, then the
freshest study sets), one test per class, in our own words.  Each text goes through the article
extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in figures(text)]


# -- 近N年 before 考核/首次: the recent years (a date), unless it closes a span of service -----------

@pytest.mark.parametrize("text", [
    "柳川镇党委选拔近三年考核为优秀的干部到重点岗位锻炼。",
    "青禾县选派近两年考核优秀的年轻干部到乡镇任职。",
    "青禾县干部队伍老化的局面近10年首次得到扭转。",
])
def test_the_recent_years_of_a_record_are_no_duration(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


@pytest.mark.parametrize("text, want", [
    ("方小禾扎根基层近20年首次获评优秀党务工作者。", (20, None, "年", "近")),
    ("任职近5年考核均为称职以上的干部可以报名。", (5, None, "年", "近")),
    ("方小禾担任柳川村支书近三十年首次请假。", (30, None, "年", "近")),
    ("他从事纪检工作近8年的考核中,次次都是优秀。", (8, None, "年", "近")),
])
def test_a_span_of_service_before_a_record_stays_a_duration(text, want, segmenter):
    assert want in keys(text)


# -- N级: a count of levels moved or run through (GUIDELINES: 级 is a unit, 地县两级 counts) --------

@pytest.mark.parametrize("text, want", [
    ("方小禾因违反工作纪律被降两级处理。", (2, None, "级", None)),
    ("青禾县对驻村工作队员实行两级管理。", (2, None, "级", None)),
    ("柳川镇建立三级网格,把服务送到每家每户。", (3, None, "级", None)),
    ("柳川镇形成了“县、镇、村”三级联动的工作格局。", (3, None, "级", None)),
])
def test_levels_moved_run_through_or_quoted_are_counted(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", [
    "柳川街道划分一级网格12个、二级网格80个、三级网格310个,每格配一名网格员。",
    "二级网格、三级网格由兼职网格员负责,一级网格由社区干部负责。",
    "二级网格配备兼职网格员80人(都兼任三级网格员,其中党员40人)。",
    "柳川镇启动三级应急响应,干部全部到岗。",
])
def test_grades_named_in_a_row_count_no_levels(text, segmenter):
    assert [k for k in keys(text) if k[2] == "级"] == []


# -- 1比N的比例, 1︰N: a ratio of one in N written with 比 or a full-width colon -------------------

@pytest.mark.parametrize("text, want", [
    ("柳川镇按1比3的比例确定考察对象。", (0.3333, None, None, None)),
    ("青禾县按正职1比2、委员1比1的比例推荐后备人选。", (1, None, None, None)),
    ("面试人选按1︰5的比例从高分到低分确定。", (0.2, None, None, None)),
    ("报名人数与职位数的比例应达到1︰10。", (0.1, None, None, None)),
])
def test_a_ratio_of_one_in_n_with_bi_or_a_wide_colon(text, want, segmenter):
    assert want in keys(text)


def test_a_score_with_bi_is_no_ratio(segmenter):
    assert keys("青禾县干部篮球队以1比3输给了柳川镇代表队。") == []


# -- 未来N年 inside a clause: the years ahead, a period (a date), as at a clause's opening --------------

@pytest.mark.parametrize("text", [
    "县委全会描绘了青禾县未来五年改革发展的新蓝图。",
    "方小禾介绍了柳川镇的基本情况以及未来三年的工作思路。",
])
def test_the_years_ahead_inside_a_clause_are_no_duration(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


def test_a_range_of_years_ahead_stays_a_span(segmenter):
    assert (5, 10, "年", None) in keys("青禾县着眼未来5到10年干部队伍建设需要,储备年轻干部。")


# -- 一年 after 去年/今年 (that year whole) or 又是 (another year come round): no count -------------------

@pytest.mark.parametrize("text", [
    "又是一年岁末,柳川镇干部走访慰问困难群众。",
    "去年一年,青禾县组织部共培训村干部300人次。",
    "柳川镇经过今年一年的整顿,软弱涣散村全部转化。",
])
def test_a_named_year_whole_or_another_year_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


# -- 二类, 一、二、三类: grades of a ranking, no count of kinds (两类 counts, so do kinds listed) ------------

@pytest.mark.parametrize("text", [
    "柳川镇属二类地区,村干部补贴按二类标准发放。",
    "青禾县按3∶5∶2的比例把村书记划定为一、二、三类。",
    "全县12个一、二类乡镇党委班子配备7名成员。",
])
def test_a_grade_by_lei_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "类"] == []


def test_kinds_counted_by_liang_lei_stay(segmenter):
    assert (2, None, "类", None) in keys("青禾县把培训对象分为党建、业务两类。")
