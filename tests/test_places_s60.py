"""Places below the county (zones, towns, villages): classes of text fixed in session 60.

Every sentence here is written for these tests; the provinces, cities and zones named are real
divisions or real kinds of zone, the areas, units and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer, locate


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


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
