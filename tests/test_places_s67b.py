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
