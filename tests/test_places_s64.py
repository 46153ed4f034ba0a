"""Places: classes of text fixed in session 64.

Every sentence here is written for these tests; the provinces, counties and towns are real
divisions, the villages and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _named(text, g, **kw):
    return [(m.text, m.place.name) for m in locate(text, g, **kw).mentions]


def test_a_place_quoted_as_the_name_of_an_experience_is_no_mention(g):
    # the town named in full is a mention; its short name quoted before 经验 names a way of work
    text = "甘肃省组织村干部赴诸暨市枫桥镇参观，学习“枫桥经验”，回来后推广新时代“枫桥经验”。"
    assert ("枫桥", "枫桥镇") not in _named(text, g)
    assert ("枫桥镇", "枫桥镇") in _named(text, g)
    assert locate(text, g).region.name == "甘肃省"
    # a county's short name quoted as a model's or an experience's name
    assert _named("各地干部纷纷学习“晋江经验”，借鉴“安吉模式”。", g) == []
    # unquoted, or not followed by the word, the place stays
    assert ("浦江", "浦江县") in _named("浦江经验交流会在浦江召开。", g)
    assert ("安吉", "安吉县") in _named("干部们来到“安吉”，看到了绿水青山。", g)


def _levels(text, g):
    return [(m.text, m.place.level) for m in locate(text, g).mentions]


def test_the_province_named_inside_a_free_trade_zone_is_a_mention_too(g):
    # the zone by its full name: the province in the brackets
    got = _levels("宁夏选派干部到中国(湖北)自由贸易试验区挂职。", g)
    assert ("中国(湖北)自由贸易试验区", "zone") in got and ("湖北", "province") in got
    # by its short name
    got = _levels("两年来，广东自贸区共引进干部人才三百余名。", g)
    assert ("广东自贸区", "zone") in got and ("广东", "province") in got
    # a zone hosted by a city or county names no province
    assert [lv for _, lv in _levels("鹰潭市高新区召开干部大会。", g)].count("province") == 0


def test_a_village_whose_name_closes_with_he_after_its_county_is_no_conjunction(g):
    # the list knows 新村 (of the first town): 义和新村 right after its county is one village, not 义 和 新村
    text = "临沭县郑山街道新村支部书记张某发言。随后，东营市河口区义和新村党支部书记李某介绍了做法。"
    villages = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]
    assert ("义和新村", "山东省/东营市/河口区/义和新村") in villages
    assert [t for t, _ in villages].count("新村") == 1
    # a word before 和 joins two things: the listed village stays
    text = "临沭县郑山街道新村支部书记张某发言。临沭县干部和新村党员一起劳动。"
    villages = [m.text for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == ["新村", "新村"]


@pytest.mark.parametrize("clause", ["临沭县里和新村党员一起劳动。", "郑山街道上和新村的干部一道清扫。",
                                    "临沭县内和新村有关的项目都已开工。", "临沭县外和新村结对的企业有三家。"])
def test_a_locative_before_he_makes_it_a_conjunction_again(g, clause):
    # 县里, 街道上, 县内, 县外: a locative closes the phrase, and 和 joins it to the listed village
    text = "临沭县郑山街道新村支部书记张某发言。" + clause
    villages = [m.text for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == ["新村", "新村"]


def test_a_division_given_alone_as_the_source_line_is_no_mention(g):
    # a county's name in brackets closing the text: its source line; it still places the article
    text = "近日，渭城区召开基层减负座谈会。会上，各街道负责人作了发言。\n渭城区将持续推进减负工作。\n（渭城区）"
    p = locate(text, g)
    assert [m.start for m in p.mentions] == [3, text.index("渭城区", 20)]
    assert p.region.name == "渭城区"
    # after a source label, or as the source the page gives
    assert locate("会议强调，要抓好落实。\n来源：渭城区\n", g).mentions == []
    assert locate("渭城区\n会议强调，要抓好落实。", g, source="渭城区").mentions == []
    # its institution is a mention; a bare name in running text too
    assert [m.text for m in locate("会议强调，要抓好落实。\n（渭城区委组织部）", g).mentions] == ["渭城区"]
    assert [m.text for m in locate("会议强调，要抓好落实。\n渭城区\n今年该区将继续。", g).mentions] == ["渭城区"]


def test_a_bare_name_line_is_the_source_only_at_the_text_s_edge_after_a_sentence(g):
    # a list of bare names: its last item is the source's name, but a list's item, not the source line
    text = "今年参加轮训的有：\n雁塔区\n长安区\n临潼区"
    assert [m.text for m in locate(text, g, source="临潼区").mentions] == ["雁塔区", "长安区", "临潼区"]
    # the source's name on a line of the body, neither first nor last: a mention
    text = "轮训名单如下：\n临潼区\n雁塔区\n各区要按时报送。"
    assert "临潼区" in [m.text for m in locate(text, g, source="临潼区").mentions]
    # a bracketed last item of a list or a heading, not a source line closing the prose
    text = "第一批试点名单：\n1. 雁塔区\n2. 长安区\n（临潼区）"
    assert [m.text for m in locate(text, g).mentions] == ["雁塔区", "长安区", "临潼区"]
    assert [m.text for m in locate("附件：试点县名单\n（陕西省）", g).mentions] == ["陕西省"]
    assert [m.text for m in locate("（一）第一片区\n（临潼区）", g).mentions] == ["临潼区"]


def test_beijing_time_is_the_clock_not_the_place(g):
    assert _named("北京时间3月5日上午，甘肃省委组织部发布公示。", g) == [("甘肃省", "甘肃省")]
    assert _named("北京时间今天凌晨，公示发布。", g) == []
    assert _named("他在北京时间不长，却结识了很多干部。", g) == [("北京", "北京市")]


@pytest.mark.parametrize("text", ["他在北京时间一年多，参加了两期培训。", "他来北京时间三个月，已熟悉了工作。",
                                  "北京时间一长，他就想家了。", "他到北京时间早，先去报了到。", "他回北京时间晚了，没赶上开会。"])
def test_time_spent_in_beijing_is_no_clock(g, text):
    # 时间 without a date or a time of day after it: how long or when he was in the city, which stays
    assert _named(text, g) == [("北京", "北京市")]


def test_beijing_time_before_a_date_or_time_of_day_is_the_clock(g):
    for text in ["北京时间二月三日，公示发布。", "北京时间昨晚，公示发布。", "北京时间下午，公示发布。", "北京时间１０时，公示发布。"]:
        assert _named(text, g) == []


def test_a_street_named_after_a_place_is_no_mention_of_it(g):
    assert _named("他家住在南京市北京东路，离单位不远。", g) == [("南京市", "南京市")]
    assert _named("据“上海西路观察”消息，会议召开。", g) == []
    assert _named("甘肃省选派干部到上海挂职。", g) == [("甘肃省", "甘肃省"), ("上海", "上海市")]


@pytest.mark.parametrize("text, county", [("唐山路南区委组织部召开干部大会。", "路南区"), ("唐山路北区召开干部大会。", "路北区"),
                                          ("台州路桥区召开干部大会。", "路桥区")])
def test_a_district_opening_with_lu_after_its_city_is_no_street(g, text, county):
    # 路南区, 路北区, 路桥区: a place the scan knows starts right after the city, which stays
    got = [(m.place.level, m.place.name) for m in locate(text, g).mentions]
    assert ("county", county) in got and [lv for lv, _ in got].count("city") == 1


@pytest.mark.parametrize("text", ["四川路桥集团召开干部大会。", "湖南路桥建设集团召开干部大会。", "湖北路桥集团召开干部大会。",
                                  "山西路桥建设集团召开干部大会。", "贵州路桥集团召开干部大会。"])
def test_a_province_s_roads_and_bridges_group_is_no_street(g, text):
    # 路桥: the province's roads and bridges, not a street named after it
    assert [m.place.level for m in locate(text, g).mentions] == ["province"]
