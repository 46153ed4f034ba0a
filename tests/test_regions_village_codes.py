"""Gazetteer.village_codes_named reads a village name's codes from the rows that hold it: the
codes are those the county's whole index files under the name, in the index's order.

The small tree is written for these tests; the place names in it are facts."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer


def _tree() -> Gazetteer:
    g = Gazetteer()  # two towns sharing village names, an empty field, a name inside another
    g._add("610000000000", "", "province", "陕西省")
    g._add("611000000000", "610000000000", "city", "商洛市")
    g._add("611022000000", "611000000000", "county", "丹凤县")
    g._add("611022100000", "611022000000", "township", "龙驹寨街道")
    g._add("611022101000", "611022000000", "township", "庾家河镇")
    g._village_rows = {"611022100000": "八龙庙村|庾家河村||西河村|西河村", "611022101000": "西河村|庾家河村|东坡村",
                       "611022000000": "|城关社区"}
    return g


def _plain(g: Gazetteer, county: str, name: str) -> list[str]:
    g._village_index.pop(county, None)
    return g.villages_of(county).get(name, [])


def test_the_codes_of_a_name_are_the_index_s():
    g = _tree()
    county = "611022000000"
    for name in ("八龙庙村", "庾家河村", "西河村", "东坡村", "城关社区", "河村", "西河", "村", "|", "南山村"):
        assert g.village_codes_named(county, name) == _plain(g, county, name), name
    assert g.village_codes_named(county, "西河村") == ["611022100000V002", "611022100000V003", "611022101000V000"]
    assert g.village_codes_named(county, "河村") == []  # (inside 西河村's row, no village of that name)


def test_the_codes_of_names_in_real_counties(g):
    for county in ("611022000000", "430121000000", "441900000000"):
        index = g.villages_of(county)
        for name in list(index)[::7] + ["新村", "中心社区", "无此名村"]:
            assert g.village_codes_named(county, name) == index.get(name, []), (county, name)
