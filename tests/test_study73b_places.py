"""Classes studied on the session-73 blind batch (places).

Every sentence here is written for these tests; the provinces, cities and counties are real divisions,
the media and brands made up or generic."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _found(text, g, **kw):
    return [(m.text, m.place.level) for m in locate(text, g, **kw).mentions]


# --- places: a province opening a medium named after one of its cities ----------------------------

def test_a_province_opening_a_citys_medium_in_a_dateline_is_no_mention(g):
    # 某省某市网某县讯: the medium's name holds the province and the city; the dateline's county is a mention
    text = "湖南岳阳网平江讯(记者 方小禾)近日,平江县组织全县村干部参加学历提升培训。"
    found = _found(text, g)
    assert ("湖南", "province") not in found
    assert found[0] == ("平江", "county")
    text = "江西吉安在线永丰讯 近日,永丰县举办年轻干部培训班。"
    assert ("江西", "province") not in _found(text, g)


def test_a_province_in_running_text_before_a_citys_name_stays_a_mention(g):
    assert ("湖南", "province") in _found("湖南岳阳市平江县组织村干部参加培训。", g)

# --- places: an e-paper's page label, the paper, its section and its page's number -----------------

@pytest.mark.parametrize("label", ["湖南日报要闻 03", "湖南日报要闻03", "湖南日报综合A02"])
def test_a_papers_page_label_at_the_end_of_an_e_paper_names_no_place(g, label):
    text = (f"本报讯(记者 方小禾)11月5日,省委组织部召开年轻干部工作座谈会。会议强调,要加强年轻干部培养。\n"
            f"{label}全省年轻干部工作座谈会召开 2025-11-06")
    assert ("湖南", "province") not in _found(text, g)


def test_a_paper_acting_in_running_text_still_names_its_province(g):
    text = "湖南日报要闻版刊发了平江县的做法,湖南日报3名记者随后赴平江采访。"
    assert ("湖南", "province") in _found(text, g)


def test_a_provincial_papers_report_on_the_provinces_organs_is_the_provinces(g):
    # no place named; 省委秘书长, 省人大: the province's own organs, the paper's province
    text = "本报讯 12月3日,整治形式主义为基层减负推进会举行,省委副秘书长、省人大常委会有关负责同志出席。"
    assert locate(text, g, source="湖南日报").region.name == "湖南省"
    # a national paper's report names no province
    assert locate(text, g, source="人民日报").region is None

# --- places: a village glued after its rural community -------------------------------------------

def test_a_village_right_after_its_community_is_a_village_of_that_community(g):
    # 某镇某某社区前刘村: a rural community read after its town, then one of its villages
    mentions = locate("去年秋天,山东临邑县孟寺镇赵家社区前刘村的党员帮村民抢收玉米。", g).mentions
    village = mentions[-1]
    assert (village.text, village.place.level) == ("前刘村", "village")
    assert village.place.path.endswith("孟寺镇/赵家社区/前刘村")


def test_a_housing_estate_after_a_community_is_no_village(g):
    found = _found("润州区和平路街道金山社区江南新村小区开展环境整治。", g)
    assert ("江南新村", "village") not in found
    assert found[-1] == ("金山社区", "village")

# --- places: a street's or town's stem in the name of its station or office ------------------------

def test_a_towns_stem_naming_its_fire_station_is_a_mention_of_the_town(g):
    text = "昌平区回龙观街道启动年轻干部培养计划。她与社区一道联合回龙观消防救援站等力量开展青少年活动。"
    found = [(m.text, m.place.name) for m in locate(text, g).mentions]
    assert found.count(("回龙观", "回龙观街道")) == 1
    # the county's own station names no town
    assert [m.place.level for m in locate("临邑县召开会议,县消防救援站参加。", g).mentions] == ["county"]


# --- primary region: a headline naming a district and then "this street" of it -------------------

def test_a_headline_pointing_at_this_street_of_a_district_leaves_the_region_to_the_street(g):
    # 某区这个街道…: the headline names the district and hides the street, which the text names
    title = "徐汇这个街道为年轻干部开了一个特别训练营"
    text = ("11月5日,徐家汇街道为新任居民区书记办起赋能班,邀请资深书记带教。徐家汇街道同时组建了片区联合党委。"
            "徐家汇街道打算今后每年办一期。长宁区仙霞新村街道、徐汇区田林街道此前也有过同类做法。")
    region = locate(text, g, title=title).region
    assert region.name == "徐家汇街道"
    # a headline naming the district at work keeps it
    region = locate(text, g, title="徐汇区为年轻干部开了一个特别训练营").region
    assert region.name == "徐汇区"


# --- places: a list of communities, each with a housing estate of it ----------------------------

def test_a_community_listed_after_a_listed_one_and_its_housing_estate_is_a_village(g):
    # 甲社区某某小区、乙社区…: the estate is the first community's, the list goes on after it
    text = "润州区和平路街道青年干部走进金山社区江南新村小区、金湖社区“幸福小院”和金泉社区开展调研。"
    found = _found(text, g)
    assert ("金湖社区", "village") in found
    assert ("江南新村", "village") not in found


# --- primary region: the city's organs sending cadres to one of its counties ------------------------

def test_the_citys_organs_at_work_in_a_county_make_the_citys_report(g):
    # 市委组织部 (unnamed), 我市: the text speaks as the city; the county is where the city's cadres go
    text = ("近日,市委组织部从其他县区选派18名乡镇干部到青川县木鱼镇、瓦砾乡任职。市委组织部负责人介绍,"
            "这是我市支持青川县灾后重建的举措。青川县木鱼镇、青川县瓦砾乡的干部群众表示欢迎。")
    region = locate(text, g, title="广元市选派干部支援青川").region
    assert region.name == "广元市"
    # the county's own organs at work (县委组织部) keep it the county's report
    text2 = text.replace("市委组织部负责人介绍", "青川县委组织部负责人介绍")
    assert locate(text2, g, title="广元市选派干部支援青川").region.name == "青川县"
