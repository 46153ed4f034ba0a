"""Primary-region classes of session 79 (the real pages' dev half: a feature of two provinces' people, a
city's report opening on one county's village, a commentary naming places in passing).

Every sentence here is written for these tests; the provinces, cities, counties and towns are real divisions."""
from __future__ import annotations

from pipeline.extract.regions import locate

# --- people of two provinces, told of alike: no weight chooses, however often one province is named around them --

_TWO_PROVINCES = ("岳阳，这位28岁的姑娘从湖南理工学院毕业后，来到湖南省平江县三市镇，当上了一名大学生村官。\n"
                  "几年下来，不少村官觉得身份尴尬，聘期满后去向未定。\n"
                  "另一名村官老周2011年考到江西省铜鼓县永宁镇，至今已等了九年。他说，永宁镇的同批村官大多已经离开。")


def test_people_of_two_provinces_told_of_alike_leave_the_region_ambiguous(g):
    placed = locate(_TWO_PROVINCES, g, first_paragraph_end=_TWO_PROVINCES.index("\n"))
    assert placed.region is None
    assert placed.reason == "ambiguous: counties and towns of 湖南省 and 江西省 named equally"


def test_one_province_told_of_more_below_it_is_still_the_region(g):
    text = _TWO_PROVINCES + "三市镇还为村官办起了夜校。"
    placed = locate(text, g, first_paragraph_end=text.index("\n"))
    assert placed.region is not None and placed.region.province == "湖南省", placed.reason


# --- a city at work citing its counties' examples, its report opening on one village --------------------------

_CITY_REPORT = ("广西南宁市武鸣区双桥镇伏林村新建的合作社里，几名村干部正在核对账目。双桥镇党委组织委员前来指导，"
                "伏林村去年集体收入突破60万元。\n"
                "近年来，南宁市聚焦村党组织书记队伍建设，细化书记的职责和考核。\n"
                "在南宁市西乡塘区坛洛镇，各村干部年初认领任务，坛洛镇党委年底考评。\n"
                "为此，南宁市出台村干部实绩考核办法，把考核结果与报酬挂钩。")


def test_a_city_at_work_twice_citing_two_counties_stays_at_the_city(g):
    placed = locate(_CITY_REPORT, g, first_paragraph_end=_CITY_REPORT.index("\n"))
    assert placed.region is not None and placed.region.path == "广西壮族自治区/南宁市", placed.reason


def test_a_city_named_but_not_at_work_leaves_the_village_story_its_county(g):
    # the city's name after 在 or in a chain is no unit at work: the opening village's county weighs more
    text = _CITY_REPORT.replace("近年来，南宁市聚焦", "近年来，在南宁市，各地聚焦").replace("为此，南宁市出台", "为此，各地出台")
    placed = locate(text, g, first_paragraph_end=text.index("\n"))
    assert placed.region is not None and placed.region.county == "武鸣区", placed.reason


def test_a_unit_that_only_is_something_is_not_at_work(g):
    # 南宁市是…, 南宁市位于…: what the city is, where it lies (resources/copula_verbs.txt), not what it does
    text = _CITY_REPORT.replace("近年来，南宁市聚焦", "南宁市是广西的首府。近年来，各地聚焦").replace("为此，南宁市出台", "南宁市位于广西南部。各地出台")
    placed = locate(text, g, first_paragraph_end=text.index("\n"))
    assert placed.region is not None and placed.region.county == "武鸣区", placed.reason


# --- places of two provinces named in passing, none a scene, none at work ---------------------------------------

_IN_PASSING = ("有评论指出，基层年轻干部的成长周期正在缩短。2019年秋，一名35岁的博士出任甘肃省临泽县委副书记，不久后当选县长。\n"
               "四川省一所高校的一位教授分析说，学历和基层经历并重，已成为选拔干部的新取向。\n"
               "她认为，这种变化有利于班子的长远建设，但培养措施还需跟上。")


def test_places_of_two_provinces_named_in_passing_leave_the_region_ambiguous(g):
    placed = locate(_IN_PASSING, g, first_paragraph_end=_IN_PASSING.index("\n"))
    assert placed.region is None
    assert placed.reason == "ambiguous: 甘肃省 and 四川省 barely named"


def test_a_county_spoken_of_again_is_no_passing_mention(g):
    text = _IN_PASSING + "该县干部普遍认可这一做法。"
    placed = locate(text, g, first_paragraph_end=_IN_PASSING.index("\n"))
    assert placed.region is not None and placed.region.county == "临泽县", placed.reason


def test_a_county_at_work_is_no_passing_mention(g):
    text = _IN_PASSING + "\n近日，临泽县推行年轻干部“墩苗”计划。"
    placed = locate(text, g, first_paragraph_end=_IN_PASSING.index("\n"))
    assert placed.region is not None and placed.region.county == "临泽县", placed.reason
