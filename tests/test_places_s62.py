"""Places below the county (zones, towns, villages): classes of text fixed in session 62.

Every sentence here is written for these tests; the provinces, cities and counties are real
divisions, the zones' deeds and the people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer, locate


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


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
