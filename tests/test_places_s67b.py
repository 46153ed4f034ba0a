"""Places: classes of text fixed in session 67's second round (places helper).

Every sentence here is written for these tests; the provinces, counties and towns are real
divisions, the rest invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


# -- a survey of many places (多地…) citing one province's example in passing is national --------------

@pytest.mark.parametrize("title, text", [
    # the headline sweeps over many places
    ("多地出台村干部报酬新标准",
     "近日，多地出台村干部报酬新标准。在湖南，有的县将村支书年报酬提高到四万元。各地做法不一，差距不小。"),
    # the reporter went to many places; one town is the first example
    ("驻村工作队的一天",
     "今年以来，记者走进多地乡村，探访驻村工作队。在浙江安吉县，工作队帮村里办起了民宿，游客多了起来。"),
    # the body opens a clause with 多地 after its time words
    (None,
     "本报讯 多地近年来推行村级财务委托代理。据了解，在福建，部分县已将村干部报酬纳入财政预算。"),
])
def test_a_survey_of_many_places_naming_one_province_in_passing_is_national(title, text, g):
    p = locate(text, g, title=title)
    assert p.region is None and p.reason.startswith("national"), p.reason


@pytest.mark.parametrize("title, text, region", [
    # the many places are the province's: named before 多地 in its sentence, or its own (我省, 省内)
    ("江西会昌：汛期干部冲在一线",
     "今年汛期，江西省遭遇强降雨，多地出现洪涝灾害。会昌县组织干部下沉一线，会昌县各乡镇党员干部昼夜值守。",
     "会昌县"),
    ("我省多地推行干部一线考核", "近年来，我省多地推行干部一线考核。湖北省委组织部介绍，湖北已有40个县试点。", "湖北省"),
    ("省内多地试点容错机制", "近日，省内多地试点容错纠错机制，甘肃省纪委监委表示将总结推广。", "甘肃省"),
    # where the county's cadres went to learn, not what the text sweeps over
    ("抚顺县：村干部外出学习",
     "抚顺县组织村干部赶赴多地学习种植技术。抚顺县上马镇的村干部学成后带领群众种植蓝莓。", "抚顺县"),
    # a county named often enough is its own report, whatever 多地 says
    ("平遥县：青年干部下基层",
     "平遥县近日选派青年干部下基层。目前，多地已完成选派工作，平遥县各乡镇接收干部60名，平遥县将跟踪考核。",
     "平遥县"),
])
def test_many_places_of_a_named_unit_keep_its_region(title, text, region, g):
    assert locate(text, g, title=title).region.name == region


# -- review of the survey rule: 多地 that are a province's or a county's own places stay theirs -----------

@pytest.mark.parametrize("title, text, region", [
    # 多地市州, 多地州市: a province's prefectures
    ("村级后备力量建设提速",
     "近日，多地市州党委组织部召开会议，部署村级后备力量培养工作。甘肃省委组织部要求，各地要建立人才库。", "甘肃省"),
    ("村级后备力量建设提速",
     "近日，多地州市组织部门部署村级后备力量培养工作。云南省委组织部要求，各地要建立人才库。", "云南省"),
    # the county is reported before its places are called 多地
    ("青年干部下基层", "平遥县近日选派青年干部下基层。截至目前，多地已完成选派工作，平遥县将跟踪考核。", "平遥县"),
    ("青年干部下基层",
     "近日，平遥县选派青年干部下基层。据了解，多地乡镇已完成接收工作。平遥县委组织部将跟踪考核。", "平遥县"),
    # the text speaks of its own province in another sentence
    ("多地村干部报酬提高", "近年来，多地提高村干部报酬。在我省，会宁县将村支书报酬提高到每年4万元。", "会宁县"),
    # where the county's trainees went
    ("干部培训走深走实",
     "近日，县委组织部组织学员外出培训。培训期间，多地参观学习。会宁县委党校副校长带队。", "会宁县"),
    # the places named are all one province's (two cities, two towns of one county)
    ("年轻干部到一线墩苗",
     "今年以来，多地组织部门把年轻干部放到乡村振兴一线。兰州市选派200名干部驻村，天水市推行“擂台比武”。", "甘肃省"),
    ("乡镇干部考核改革",
     "日前，多地乡镇推行干部考核积分制。临洮县太石镇将积分与评优挂钩，临洮县辛店镇则实行月考评。", "临洮县"),
    # a headline naming its province in another form, before a colon
    ("八闽大地：多地选派驻村第一书记", "今年以来，多地选派驻村第一书记。宁德市选派300名干部。", "宁德市"),
    ("陇原：干部一线考核见实效", "近年来，多地推行干部一线考核。定西市已有7个县区试点。", "定西市"),
])
def test_many_places_of_one_province_or_county_are_not_a_survey(title, text, region, g):
    assert locate(text, g, title=title).region.name == region


@pytest.mark.parametrize("title, text", [
    # a column's name before the sweep; one example named as city and county (湖州安吉县: one place)
    ("聚焦：多地出台容错纠错办法", "近日，多地出台容错纠错办法。在四川，有的市为干部澄清正名。"),
    ("驻村工作队的一天",
     "今年以来，记者走进多地乡村，探访驻村工作队。在浙江湖州安吉县，工作队帮村里办起了民宿。"),
])
def test_a_survey_naming_one_place_in_passing_stays_national(title, text, g):
    p = locate(text, g, title=title)
    assert p.region is None and p.reason.startswith("national"), p.reason


def test_a_named_provinces_whole_is_not_the_texts_own_unit(g):
    # 湖南全省: the province named, not the text's 全省; the survey stays national
    p = locate("近来，湖南全省提高了村干部报酬。多地也在跟进，标准各不相同。", g, title="多地村干部报酬上调")
    assert p.region is None and p.reason.startswith("national"), p.reason
