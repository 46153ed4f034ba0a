"""Places below the county (zones, towns, villages): classes of text fixed in session 62.

Every sentence here is written for these tests; the provinces, cities and counties are real
divisions, the zones' deeds and the people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _zones(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "zone"]


def test_a_divisions_bare_development_zone_is_its_economic_development_zone(g):
    # a county's bare 开发区 is its 经济开发区, as its 经开区 is
    assert _zones("各乡镇人民政府,县直各部门,崇阳开发区管委会:现将方案印发给你们。", g) == \
        [("崇阳开发区", "崇阳经济开发区")]


def test_a_provincial_zone_written_after_its_province_carries_the_provinces_name(g):
    text = ("本文以安徽省广德高新技术产业开发区为例(以下简称广德高新区)。"
            "近年来,广德高新区推行全员聘任,安徽省广德高新技术产业开发区的做法受到关注。")
    assert _zones(text, g) == [("广德高新技术产业开发区", "安徽广德高新技术产业开发区"),
                               ("广德高新区", "安徽广德高新技术产业开发区"),
                               ("广德高新区", "安徽广德高新技术产业开发区"),
                               ("广德高新技术产业开发区", "安徽广德高新技术产业开发区")]
    # a 经济开发区 after a province and a city: a provincial zone too
    assert _zones("博士团走进湖南永州经济开发区参观考察。", g) == [("永州经济开发区", "湖南永州经济开发区")]
    # written short after its province, or a national 经济技术开发区: the zone's name alone
    assert _zones("他来自安徽广德高新区。", g) == [("广德高新区", "广德高新技术产业开发区")]
    assert _zones("博士团走进湖南永州经济技术开发区参观考察。", g) == [("永州经济技术开发区", "永州经济技术开发区")]


def _villages(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "village"]


def test_a_village_named_once_with_its_cun_doubled_keeps_that_name_where_written_short(g):
    # the list writes 中坑村 (of 古陂镇); the text names it 中坑村村 once, then 中坑村: one village, 中坑村村
    text = "方小禾驻守的信丰县古陂镇中坑村村，地处山区。今年，中坑村新修了两条机耕道。"
    assert _villages(text, g) == [("中坑村村", "中坑村村"), ("中坑村", "中坑村村")]


def _paths(text, g, level):
    return [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == level]


def test_a_doubled_village_several_villages_share_lends_its_name_to_none(g):
    # 李村村 after the county alone: a name several villages of 定州市 share (no code); 庞村村, placed under
    # 东亭镇, keeps its own
    assert _paths("定州市李村村同东亭镇庞村村共同举办了农民丰收节。", g, "village")[-1] == \
        ("庞村村", "河北省/保定市/定州市/东亭镇/庞村村")
    assert _paths("临漳县袁村村和狄邱乡张村村签订了结对帮扶协议。", g, "village")[-1] == \
        ("张村村", "河北省/邯郸市/临漳县/狄邱乡/张村村")


def test_a_doubled_village_is_spread_only_where_the_doubled_cun_closes_the_name(g):
    # 庞村村晚, 袁村村超, 袁村村企: the village and a word that opens with 村; its short mentions stay the list's 庞村
    assert _paths("定州市东亭镇庞村村晚今晚开演，庞村群众自编了十多个节目。", g, "village")[-1] == \
        ("庞村", "河北省/保定市/定州市/东亭镇/庞村")
    assert _paths("临漳县狄邱乡袁村村超比赛开赛，袁村党员带头参加。", g, "village")[-1] == \
        ("袁村", "河北省/邯郸市/临漳县/狄邱乡/袁村")
    assert _paths("临漳县狄邱乡袁村村企共建签约，袁村每年可增收。", g, "village")[-1] == \
        ("袁村", "河北省/邯郸市/临漳县/狄邱乡/袁村")
    # 袁村村是…: the doubled 村 closes the name, the short mention is that village
    assert _paths("临漳县狄邱乡袁村村是一个产粮大村。袁村有耕地三千亩。", g, "village")[-1] == \
        ("袁村", "河北省/邯郸市/临漳县/狄邱乡/袁村村")


def test_a_zone_named_with_its_province_carries_the_short_form_never_the_full_name(g):
    # 内蒙古自治区: its short form 内蒙古 (the gazetteer lacks this zone)
    assert _zones("内蒙古托克托经济开发区召开了安全生产会议。", g) == \
        [("托克托经济开发区", "内蒙古托克托经济开发区")]
    assert not any("自治区" in name for _, name in _zones("内蒙古自治区托克托经济开发区召开了安全生产会议。", g))


def test_a_zone_after_its_province_carries_its_name_only_when_provincial_and_written_short(g):
    # a national zone, a kind never named after its province, a host written with its level word: no prefix
    cases = [("江苏省昆山市国家级经济技术开发区召开了中心组学习会。", "昆山经济技术开发区"),
             ("江苏省武进国家高新技术产业开发区举办了人才洽谈会。", "武进高新技术产业开发区"),
             ("浙江省嘉善县经济技术开发区开展了干部培训。", "嘉善经济技术开发区"),
             ("河南省新郑综合保税区举办了开放日活动。", "新郑综合保税区"),
             ("广西壮族自治区东兴边境经济合作区召开了干部会议。", "东兴边境经济合作区"),
             ("河北省正定新区召开了规划评审会。", "正定新区"),
             ("河南省长垣市产业集聚区召开了项目推进会。", "长垣产业集聚区"),
             ("山东省邹平县工业园区举办了招商推介会。", "邹平县工业园区")]
    for text, name in cases:
        assert [z for _, z in _zones(text, g)] == [name], text
    assert not any(z.startswith("四川") for _, z in _zones("四川省双流县开发区组织了干部学习。", g))


def test_a_prefectures_bare_development_zone_stays_bare_and_a_development_area_is_no_zone(g):
    # a prefecture's 开发区: often its zones as a group
    assert _zones("苏州市开发区工作会议召开，全市各开发区负责人参会。", g) == [("苏州市开发区", "苏州开发区")]
    assert _zones("深入排查沧州市境内开发区的消防隐患。", g) == [("沧州市境内开发区", "沧州开发区")]
    # 开发区域, 开发区块: an area, a block; no zone
    assert _zones("临漳县开发区域内的企业开展了消防演练。", g) == []
    assert _zones("杭州市萧山区开发区块改造工作推进会召开。", g) == []
