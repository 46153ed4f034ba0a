"""Places: classes of text fixed in session 67 (zones helper).

Every sentence here is written for these tests; the provinces, cities, counties and towns are
real divisions, the zones' own names partly invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _zones(text, g):
    return [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "zone"]


@pytest.mark.parametrize("text, zone, path", [
    ("重庆市江津区召开大会，双福新区管委会负责人发言。", "双福新区", "重庆市/江津区/双福新区"),
    ("重庆市江津区召开大会，德感工业园管委会副主任参会。", "德感工业园", "重庆市/江津区/德感工业园"),
    ("记者从綦江区获悉，东部新城管委会干部作了发言。", "东部新城", "重庆市/綦江区/东部新城"),
    ("他曾在福建省龙岩市工作，担任该市永丰新区管委会副主任。", "永丰新区", "福建省/龙岩市/永丰新区"),
    ("广东省深圳市，空港新城党工委组织学习。", "空港新城", "广东省/深圳市/空港新城"),
])
def test_a_zone_named_by_its_own_stem_before_its_organs_is_a_zone_of_the_host_named_before(g, text, zone, path):
    # 某某新区管委会, 某某工业园管委会副主任: the zone's organs say the stem and the word before them name a zone
    assert (zone, path) in _zones(text, g)


def test_a_zone_listed_after_counties_is_hosted_by_their_city_not_the_county_before_it(g):
    # 某区、某区、某某新区管委会: the county before the 、 is another unit of the list
    assert ("蓉江新区", "江西省/赣州市/蓉江新区") in _zones("江西省赣州市，章贡区、南康区、蓉江新区管委会负责人参加。", g)


@pytest.mark.parametrize("text", [
    "某县召开会议，部分园区管委会负责人、各开发区党工委书记参加。",
    "湖南省浏阳市成立开发区管委会，省级开发区管委会主任出席。",
    "河北省保定市，全市园区管委会要加强工业园区建设，产业园区企业共52家。",
    "浙江省宁波市，记者到新区管委会采访了有关负责人。",
    "河南省郑州市，工作组赴园区管委会开展督导。",
    "陕西省西安市：2019年，3个园区管委会、12个镇党委书记述职。",
    "某市召开会议，王波到双福新区管委会调研。",  # no host named: left alone
    "广东省深圳市，高铁新城管委会举办培训班。",  # 高铁: a common word, no place's
])
def test_a_zone_word_before_organs_after_a_common_word_a_verb_or_no_host_is_no_zone(g, text):
    assert _zones(text, g) == []


def _villages(text, g):
    return [m.text for m in locate(text, g).mentions if m.place.level == "village"]


@pytest.mark.parametrize("text", [
    "江苏省苏州市姑苏区平江街道智慧社区服务中心投入使用。",
    "湖北省武汉市江汉区民族街道宜居社区、书香社区创建。",
    "江苏省苏州市姑苏区平江街道低碳社区建设有序推进。",
])
def test_a_theme_before_community_names_a_kind_of_community_not_one(g, text):
    # 智慧社区, 低碳社区, 宜居社区: what a community is built or rated for (resources/village_kind_words.txt)
    assert _villages(text, g) == []


@pytest.mark.parametrize("text, village", [
    ("江苏省徐州市鼓楼区琵琶街道宜居社区召开居民议事会。", "宜居社区"),  # the list's community of that name
    ("安徽省合肥市蜀山区笔架山街道幸福社区党委书记介绍经验。", "幸福社区"),  # a name hundreds of communities bear
])
def test_a_listed_or_common_community_name_stays_a_community(g, text, village):
    assert village in _villages(text, g)


@pytest.mark.parametrize("text", [
    "江苏省徐州市，新设新区管委会，新成立示范区管委会。",  # new and a verb
    "江苏省徐州市，辖内园区管委会组织实施。",  # the host's own, unnamed
    "江苏省徐州市，科创园区管委会、文创园区管委会和双创示范区管委会组织实施。",  # a programme
    "四川省成都市新津区，锂电产业园管委会、光伏产业园管委会干部参会。",  # an industry: the park's kind
    "四川省成都市新津区，大数据产业园管委会、中药材产业园管委会、电商产业园管委会干部参会。",
    "江苏省徐州市，徐工集团产业园管委会。",  # a company's park
    "江苏省徐州市委组织部组织干部赴浙江省学习考察，在前湾新区管委会座谈交流。",  # a province named since the city
])
def test_a_kind_a_verb_a_company_or_another_province_before_the_zone_organs_gives_no_zone(g, text):
    assert _zones(text, g) == []
