"""Places: classes of text fixed in session 65.

Every sentence here is written for these tests; the provinces, counties and towns are real
divisions, the villages and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _named(text, g, **kw):
    return [(m.text, m.place.name, m.place.level) for m in locate(text, g, **kw).mentions]


def test_taiwan_is_a_province_but_never_the_region_of_a_cadres_practice(g):
    # the code list leaves Taiwan out: it is still a province where a text names it
    text = "岳阳市选派乡镇党委书记赴台湾考察学习，借鉴台湾农村建设的做法。"
    assert _named(text, g).count(("台湾", "台湾省", "province")) == 2
    assert locate(text, g).region.name == "岳阳市"
    # its people or its affairs named in a province's article leave the region to the province
    assert locate("台湾青年来到南京参加交流活动。", g).region.name == "南京市"
    assert locate("台湾同胞座谈会在福建省召开，福建省领导出席。", g).region.name == "福建省"
    # a mainland government's office for Taiwan's affairs is no institution of Taiwan
    assert _named("江西省人民政府台湾事务办公室组织干部培训。", g) == [("江西省", "江西省", "province")]


def _levels(text, g):
    return [(m.text, m.place.level) for m in locate(text, g).mentions]


def test_the_province_written_before_a_new_areas_own_name_is_a_mention_too(g):
    # 河北雄安新区 is 河北 and 雄安新区, the name the zone is known by alone
    got = _levels("河北雄安新区管委会选派三十名干部下沉社区。", g)
    assert ("河北雄安新区", "zone") in got and ("河北", "province") in got
    got = _levels("四川天府新区公开选调一批年轻干部。", g)
    assert ("四川天府新区", "zone") in got and ("四川", "province") in got
    # a zone named by its host's short form (吉林 is the city here) adds no province
    assert [lv for _, lv in _levels("吉林高新区召开干部大会。", g)].count("province") == 0
    # the zone's own name alone adds none either
    assert [lv for _, lv in _levels("雄安新区召开干部大会。", g)].count("province") == 0


def _towns(text, g):
    return [m.place.name for m in locate(text, g).mentions if m.place.level == "township"]


@pytest.mark.parametrize("text, towns", [
    # the count written 二 (甲、乙二乡) as 两 is
    ("嵊州市甘霖、长乐二镇组织年轻干部培训。", ["甘霖镇", "长乐镇"]),
    # the last stem joined by a conjunction before the count
    ("临潭县店子、石门和术布三个乡镇的干部参加轮训。", ["店子镇", "石门乡", "术布乡"]),
    ("诸暨市枫桥、店口与次坞三镇开展干部互学。", ["枫桥镇", "店口镇", "次坞镇"]),
    # a twelve, whose 二 the count did not read
    ("临潭县店子、石门、术布等十二个乡镇选派干部。", ["店子镇", "石门乡", "术布乡"]),
])
def test_towns_listed_by_their_stems_before_a_shared_level_word_and_count(g, text, towns):
    assert _towns(text, g) == towns


@pytest.mark.parametrize("text, region", [
    # one item of a joined list is no town of the county (新村): no town from the list, the region stays at the county
    ("郯城县红花、马头和新村三个乡镇开展干部交流。", "山东省/临沂市/郯城县"),
    ("郯城县马头、红花和新村三个乡镇组织干部学习。", "山东省/临沂市/郯城县"),
    ("郯城县红花、新村二镇组织干部学习。", "山东省/临沂市/郯城县"),
    # ordinary words the county lists no town for: never an unlisted town of it
    ("邵东市团结、和平和胜利三个乡镇开展评比。", "湖南省/邵阳市/邵东市"),
    ("邵东市团结、胜利二镇开展评比。", "湖南省/邵阳市/邵东市"),
])
def test_a_joined_or_two_counted_list_is_towns_all_or_nothing(g, text, region):
    assert _towns(text, g) == []
    assert locate(text, g).region.path == region


def test_a_list_of_ordinary_words_before_a_count_of_towns_names_no_town(g):
    assert _towns("全县抓好组织、宣传和纪检三个乡镇工作。", g) == []
    assert _towns("加强城区、园区和景区三个乡镇的管理。", g) == []


def test_hainans_free_trade_zone_over_the_whole_island_is_read_as_the_province(g):
    # the island is the zone: its name speaks of the province, no zone apart
    for text in ("各地选派干部赴琼挂职，服务海南自贸区(港)建设。", "中国(海南)自由贸易试验区建设需要大批干部。"):
        assert _levels(text, g) == [("海南", "province")]
        assert locate(text, g).region.name == "海南省"
    # another province's free-trade zone stays a zone, its province named inside it too
    got = _levels("湖北自贸区选派青年干部跟班学习。", g)
    assert ("湖北自贸区", "zone") in got and ("湖北", "province") in got


def test_the_shenzhen_hong_kong_cooperation_zone_is_a_zone_of_futian(g):
    # a national platform the hand table lacked, written without the place it lies in
    got = [(m.text, m.place.level, m.place.path) for m in locate("两地年轻干部到深港科技创新合作区跟岗锻炼。", g).mentions]
    assert got == [("深港科技创新合作区", "zone", "广东省/深圳市/福田区/深港科技创新合作区")]
    # its Shenzhen park lies in 福田区: a 福田区 article keeps its district as the region
    text = "深圳市福田区抽调一批干部到河套深港科技创新合作区蹲点。"
    assert locate(text, g).region.path == "广东省/深圳市/福田区"


def _zones(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "zone"]


def test_a_zone_named_without_its_host_in_an_article_that_names_the_host(g):
    # the list names it after its city (德州运河经济开发区); the text names the city, then the zone alone
    text = "德州市各县市区及德州经济技术开发区、运河经济开发区选派青年干部参加轮训。"
    assert _zones(text, g) == [("德州经济技术开发区", "德州经济技术开发区"), ("运河经济开发区", "德州运河经济开发区")]
    assert _zones("包头市选派干部到稀土高新技术产业开发区挂职。", g) == [("稀土高新技术产业开发区", "包头稀土高新技术产业开发区")]
    # its host not named: no zone
    assert _zones("青年干部到运河经济开发区挂职锻炼。", g) == []
    # inside a phrase (a verb glued before it): no zone
    assert _zones("南通市大力发展海洋经济,推进沿海经济开发区建设。", g) == []


@pytest.mark.parametrize("text, region", [
    # the article names the host's parent city and another county: not the zone of the county it is named after
    ("泸州市古蔺县抽调干部到城北工业园区跟班学习。", "四川省/泸州市/古蔺县"),
    ("泸州市叙永县、城北工业园区、城西工业园区的年轻干部集中培训。", "四川省/泸州市/叙永县"),
    ("泸州市江阳区和临港工业园区联合选派干部。", "四川省/泸州市/江阳区"),
    ("鄂尔多斯市康巴什区和轻纺工业园区干部开展轮训。", "内蒙古自治区/鄂尔多斯市/康巴什区"),
])
def test_a_zone_without_its_host_needs_the_host_its_name_is_built_on(g, text, region):
    assert _zones(text, g) == []
    assert locate(text, g).region.path == region
    # the county its name is built on, named, makes it that county's zone
    assert _zones("泸县选派干部到城北工业园区跟班学习。", g) == [("城北工业园区", "泸县城北工业园区")]


@pytest.mark.parametrize("text, zone", [
    # a mainland park named after Taiwan: the park, no mention of Taiwan
    ("南京市台湾工业园区党工委召开年轻干部座谈会。", "台湾工业园区"),
    ("江苏省淮安市淮安区台湾工业园区抽调干部驻村。", "台湾工业园区"),
    ("漳浦县台湾农民创业园管委会干部参加培训。", None),
    # a mainland party committee's office for Taiwan's work, as its government's office for Taiwan's affairs
    ("厦门市委台湾工作办公室组织干部赴基层调研。", None),
    ("湖北省委台湾工作办公室举办干部读书班。", None),
])
def test_a_mainland_office_or_park_named_after_taiwan_is_no_mention_of_it(g, text, zone):
    assert ("台湾省", "province") not in [(n, lv) for _, n, lv in _named(text, g)]
    assert [t for t, _ in _zones(text, g)] == ([zone] if zone else [])


def test_taiwan_before_a_park_word_of_its_own_is_still_taiwan(g):
    # a visit to Taiwan that sees a park there: Taiwan is named
    assert ("台湾", "台湾省", "province") in _named("福建选派干部赴台湾参观科学园区。", g)


def _spans(text, g):
    return [(m.text, m.start, m.end, m.place.level) for m in locate(text, g).mentions]


def test_a_municipalitys_name_before_its_zone_adds_no_province(g):
    # the region stays at the zone's district
    text = "上海张江高新区管委会组织青年干部集中学习。"
    assert [lv for *_, lv in _spans(text, g)].count("province") == 0
    assert locate(text, g).region.path == "上海市/浦东新区"


@pytest.mark.parametrize("text", ["吉林船营经济开发区召开年轻干部座谈会。", "吉林中国新加坡食品区抽调干部下沉一线。"])
def test_a_name_that_is_also_the_zones_city_adds_no_province(g, text):
    # 吉林 here is the zone's host city
    assert [lv for *_, lv in _spans(text, g)].count("province") == 0


def test_the_province_before_a_zones_name_spans_what_is_written(g):
    # 江苏省, not 江苏
    assert ("江苏省", 0, 3, "province") in _spans("江苏省扬州高新技术产业开发区组织干部赴外地学习。", g)


def test_a_village_whose_stem_the_text_writes_alone_keeps_one_cun_where_a_mention_doubles_it(g):
    # 柴洼庄村 is listed; the text writes its stem alone (a name of its own), then once its 村 twice
    text = ("汾西县团柏乡柴洼庄村有柴洼庄、福洼庄两个自然村。县里选派的干部驻柴洼庄村村开展帮扶，"
            "柴洼庄村变了样。")
    got = [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "village"]
    assert got and all(name == "柴洼庄村" for _, name in got)
    # a one-character stem is no name alone: 袁村 … 袁村村是 is still the village 袁村村
    text = "临漳县狄邱乡袁村有耕地三千亩。袁村村是一个产粮大村。"
    assert {m.place.name for m in locate(text, g).mentions if m.place.level == "village"} == {"袁村村"}
    # nor is the stem written only inside the village's name (中坑村村 … 中坑村)
    text = "方小禾驻守的信丰县古陂镇中坑村村，地处山区。今年，中坑村新修了两条机耕道。"
    assert [m.place.name for m in locate(text, g).mentions if m.place.level == "village"] == ["中坑村村", "中坑村村"]


def test_ordinals_listed_before_a_town_word_are_no_towns_of_a_far_county(g):
    # 扎赉诺尔区 has towns named 第一街道, 第二街道: ordinals before 乡镇 elsewhere are counts of rank
    assert _named("第一、第二两个乡镇的干部参加了集中轮训。", g) == []
    assert _named("全旗第三、第五两个苏木的驻村干部作了交流。", g) == []
    assert _named("考核中第一、第二、第三等乡镇名列前茅。", g) == []
    # the county that holds them, named in the article, still lists them
    got = [m.place.name for m in locate("扎赉诺尔区召开会议，第一、第二两个街道作交流发言。", g).mentions]
    assert "第一街道" in got and "第二街道" in got


def test_a_word_then_the_zones_host_after_a_place_names_no_zone_of_that_place(g):
    # 天津市|推动|滨海…开发区: a verb between the city and the zone's own host; the zone is 滨海's
    got = _levels("天津市推动滨海经济技术开发区深化干部人事制度改革。", g)
    assert ("天津市", "province") in got and ("滨海经济技术开发区", "zone") in got
    assert not any(t.startswith("天津市推动") for t, _ in got)
    got = _levels("福建省加快福州高新区建设，选派一批干部到一线。", g)
    assert ("福建省", "province") in got and ("福州高新区", "zone") in got and len(got) == 2
    # a zone written right after its host is still that host's
    assert ("广州市黄埔经济技术开发区", "zone") not in got
    assert ("黄埔经济技术开发区", "zone") in _levels("广州市黄埔经济技术开发区开展干部评议。", g)


@pytest.mark.parametrize("text, county", [
    ("满洲里市和扎赉诺尔区联合举办培训，第一、第二两个街道的干部参加。", "扎赉诺尔区"),
    ("新巴尔虎右旗、扎赉诺尔区召开会议，第三、第五两个街道作发言。", "扎赉诺尔区"),
])
def test_ordinal_towns_of_a_county_the_article_names_among_others_are_still_listed(g, text, county):
    # the article names two counties: the one whose streets are so named holds the list
    got = [m.place.path for m in locate(text, g).mentions if m.place.level == "township"]
    assert len(got) == 2 and all(f"/{county}/" in p for p in got)
    # an article of another county alone still reads them as ranks
    assert _named("阿荣旗第一、第二两个乡镇的干部参加了轮训。", g) == [("阿荣旗", "阿荣旗", "county")]


@pytest.mark.parametrize("text, zone", [
    ("烟台市大莱州高新区选派干部。", "大莱州高新区"),
    ("苏州市大昆山开发区开展干部培训。", "大昆山开发区"),
    ("福州市新福清开发区开展干部培训。", "新福清开发区"),
])
def test_one_character_that_is_no_link_before_a_place_opens_the_zones_own_name(g, text, zone):
    # 新, 大 before a place are the zone's own name, not a word linking the city to another's zone
    assert (zone, "zone") in _levels(text, g)
    # 赴, a verb of one character, still links the province to the city's zone
    assert not any(t.startswith("湖南省赴") for t, _ in _levels("湖南省赴湘潭经开区开展督导。", g))
