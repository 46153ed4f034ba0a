"""Places below the county (zones, towns, villages): classes of text fixed in session 60.

Every sentence here is written for these tests; the provinces, cities and zones named are real
divisions or real kinds of zone, the areas, units and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _zones(placement):
    return [(m.text, m.place.name, m.place.path) for m in placement.mentions if m.place.level == "zone"]


def test_an_area_of_a_free_trade_zone_named_by_its_division_is_a_zone_of_its_own(g):
    text = "日前，青禾县选派方小禾到福建自贸试验区厦门片区挂职，福建自贸试验区平潭片区也接收了两名干部。"
    assert _zones(locate(text, g)) == [
        ("福建自贸试验区厦门片区", "中国（福建）自由贸易试验区厦门片区", "福建省/厦门市/中国（福建）自由贸易试验区厦门片区"),
        ("福建自贸试验区平潭片区", "中国（福建）自由贸易试验区平潭片区", "福建省/福州市/平潭县/中国（福建）自由贸易试验区平潭片区"),
    ]
    # an area that names no division of the zone's province is no area of its own: the zone stays
    text = "福建自贸试验区核心片区建设提速，福建自贸试验区柳川片区也在规划。"
    assert [t for t, _, _ in _zones(locate(text, g))] == ["福建自贸试验区", "福建自贸试验区"]


def test_a_listed_village_then_its_organs_or_state_opening_with_cun_is_no_doubled_cun(g):
    text = "玉环市玉城街道上岙村村党组织书记方小禾说，出于对上岙村村情稳定的考虑，换届推迟了一周。"
    villages = [(m.start, m.text) for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == [(7, "上岙村"), (text.index("上岙村", 10), "上岙村")]


def test_a_list_closed_by_the_word_for_a_villages_state_names_no_villages(g):
    text = "玉环市要求干部进村前摸清乡风民俗、收入水平、特色种养等村情民情。"
    assert [m.text for m in locate(text, g).mentions] == ["玉环市"]


def test_an_offices_management_area_after_its_city_is_no_zone(g):
    # 管理区 is no zone word: after a city it names an office's area (停车, 限行, 禁放) as often as a zone
    for text in ("芜湖市停车管理区内的车位实行分时收费。", "郑州市限行管理区域内实行尾号限行。", "福州市禁放管理区不断扩大。"):
        assert _zones(locate(text, g)) == [], text


def test_villages_listed_before_their_state_are_villages(g):
    # 等村情况: the listed villages' situation, a list of villages (村情民情 alone is a kind of knowledge)
    text = "玉环市玉城街道听取了上岙、九山等村情况汇报。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "village"] == ["上岙", "九山"]


def test_a_zone_named_by_its_own_name_after_its_host_is_that_zone_written_whole_again(g):
    text = "贵州省毕节市青禾湖新区党工委副书记方小禾带队走访。青禾湖新区将成立专班。"
    found = [(m.start, m.text) for m in locate(text, g).mentions if m.place.level == "zone"]
    assert found == [(6, "青禾湖新区"), (text.index("青禾湖新区", 10), "青禾湖新区")]
