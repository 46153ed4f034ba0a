"""Places below the county (villages, communities, towns, zones): classes of text fixed in session 61.

Every sentence here is written for these tests; the counties and cities are real divisions, the
people and events invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _zones(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "zone"]


def test_a_border_economic_cooperation_zone_and_its_abbreviation_are_zones_of_their_host(g):
    # 边境经济合作区 (short 边合区) is a kind of zone, like 高新区 or 综保区: after its host, the host's zone
    assert _zones("瑞丽边合区党工委召开干部大会，方小禾主持会议。", g) == [("瑞丽边合区", "瑞丽边境经济合作区")]
    assert _zones("近年来，满洲里边境经济合作区选派青年干部驻企服务。", g) \
        == [("满洲里边境经济合作区", "满洲里边境经济合作区")]
    # a province's zones of that kind are no one zone
    assert _zones("云南省边境经济合作区建设推进会召开。", g) == []
