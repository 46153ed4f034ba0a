"""The quick paths of the place finder give what the plain computations give: each test here
recomputes the answer the slow way (as the code once did) and compares.

Every sentence here is written for these tests; the place names in them are facts."""
from __future__ import annotations

import pytest

from pipeline.extract import regions
from pipeline.extract.regions import Gazetteer, _village_code


def _plain_villages_of(g: Gazetteer, county: str) -> dict[str, list[str]]:
    """One county's village index, one call per village."""
    index: dict[str, list[str]] = {}
    for parent in [county] + g.children.get(county, []):
        for i, name in enumerate(g._village_names(parent)):
            index.setdefault(name, []).append(_village_code(parent, i))
    return index


def _tree() -> Gazetteer:
    g = Gazetteer()  # a small tree of our own: two towns sharing a village name, a town under a zone
    g._add("610000000000", "", "province", "陕西省")
    g._add("611000000000", "610000000000", "city", "商洛市")
    g._add("611022000000", "611000000000", "county", "丹凤县")
    g._add("611022100000", "611022000000", "township", "龙驹寨街道")
    g._add("611022101000", "611022000000", "township", "庾家河镇")
    g._add("611022H001", "611022000000", "zone", "丹凤工业园")
    g._add("611022400000", "611022H001", "township", "园区街道")
    g._village_rows = {"611022100000": "八龙庙村|庾家河村||西河村", "611022101000": "西河村|庾家河村|东坡村",
                       "611022000000": "|城关社区", "611022400000": "园区社区"}
    return g


def test_the_village_index_is_the_plain_one_with_its_order():
    g = _tree()
    index = g.villages_of("611022000000")
    plain = _plain_villages_of(g, "611022000000")
    assert list(index.items()) == list(plain.items())
    assert index["庾家河村"] == ["611022100000V001", "611022101000V001"]
    assert index["西河村"] == ["611022100000V002", "611022101000V000"]  # (the empty name takes no ordinal)


def test_the_village_index_of_real_counties(g):
    for county in ("611022000000", "430121000000", "441900000000"):
        g._village_index.pop(county, None)
        assert list(g.villages_of(county).items()) == list(_plain_villages_of(g, county).items())


def _plain_own(g: Gazetteer, town: str) -> set[str]:
    host = g.village_host(town) or town
    return {name for name, codes in g.villages_of(host).items() if any(c.startswith(town + regions.VILLAGE_MARK) for c in codes)}


def test_a_towns_own_villages_are_those_its_county_index_files_under_it():
    g = _tree()
    for town in ("611022100000", "611022101000", "611022400000", "611022000000"):
        assert set(g.own_village_names(town)) == _plain_own(g, town), town
    assert g.own_village_names("611022400000") == []  # under a zone: the county's index does not reach it
    assert g.own_village_names("611022101000") == ["西河村", "庾家河村", "东坡村"]


def test_real_towns_own_villages(g):
    towns = [c for c in g.children["611022000000"] if g.places[c].level == "township"][:6]
    towns += [f.code for f in g.forms["城关镇"]][:20]
    for town in towns:
        assert set(g.own_village_names(town)) == _plain_own(g, town), town


def _plain_towns_holding(g: Gazetteer, towns, text: str):
    named: dict[str, list] = {}
    listed = regions._listed_village_names(text)
    for t in towns:
        for name, codes in g.villages_of(g.village_host(t.code) or t.code).items():
            if len(name) >= 3 and (name in listed or name in text and regions._named_alone(text, name)) \
                    and any(c.startswith(t.code + regions.VILLAGE_MARK) for c in codes) and not regions._ordinary_name(name, "village"):
                named.setdefault(name, []).append(t)
    holds = {t.code: t for ts in named.values() for t in ts}
    return (min(named), set(holds)) if named else ("", set())


def test_towns_holding_a_named_village_as_the_county_index_says(g, segmenter):
    towns = [g.places[f.code] for f in g.forms["城关镇"] if g.places[f.code].level == "township"]
    some = {name for t in towns[:8] for name in g.own_village_names(t.code)[:2]}
    texts = ["城关镇的干部走进" + "、".join(sorted(some)) + "，查看春耕。",
             "城关镇召开会议，驻" + sorted(some)[0] + "工作队汇报进展。",
             "城关镇今年修了三条路。"]
    for text in texts:
        village, holds = regions._towns_holding_a_village_named(g, towns, text)
        assert (village, {t.code for t in holds}) == _plain_towns_holding(g, towns, text)


def test_village_codes_in_bulk_are_the_single_ones():
    for n in (0, 1, 7, 999, 1000, 1001, 1203):
        assert regions._village_codes("611022100000", n) == [_village_code("611022100000", i) for i in range(n)]


def _plain_one_character_towns(g: Gazetteer, parent: str) -> list[str]:
    return [c for c in g.children.get(parent, ()) if regions._is_town(c) and len(regions._town_stem(g.places[c].name)) == 1]


def test_one_character_towns_of_a_parent_are_the_plain_ones(g):
    parents = [f.code for name in ("禹城市", "陵城区", "乐陵市", "丹凤县", "长沙县", "东莞市") for f in g.forms[name]]
    assert any(g.one_character_towns(c) for c in parents)  # (禹城市's 伦镇, 陵城区's 糜镇)
    for parent in parents + ["", "no such code"]:
        assert g.one_character_towns(parent) == _plain_one_character_towns(g, parent)
        assert g.one_character_towns(parent) == _plain_one_character_towns(g, parent)  # asked again: the same
    g2 = _tree()
    g2._add("611022102000", "611022000000", "township", "峦镇")
    assert g2.one_character_towns("611022000000") == ["611022102000"]


def test_organs_after_a_mention_as_the_pattern_per_name_found_them():
    import re

    texts = ["青石村召开会议，青石村村委会主任发言。", "村村村党支部", "青石村的干部、青石村两委和青石村民",
             "东湾村 党支部", "", "东湾村东湾村党委"]
    for text in texts:
        for name in ("青石村", "村村", "东湾村", "西岭村"):
            plain = bool(re.search(re.escape(name) + "(?:党总支|党支部|党委|村委会|村民委员会|两委)", text))
            assert regions._organs_after_a_mention(text, name) == plain, (text, name)


def test_the_last_word_end_is_where_only_blanks_follow():
    blanks = regions._BLANK_AT_END
    for text in ("湖南长沙", "湖南长沙 \n", "湖南\ufffd长沙\ufffd\n ", " \n", "", "长沙 市 \n\ufffd"):
        end = len(text.rstrip(blanks))
        for e in range(len(text) + 1):
            assert (e >= end) == (not text[e:].strip(blanks)), (text, e)


def test_longest_town_ending_is_the_first_form_from_the_left():
    from pipeline.extract.regions import _longest_town_ending

    forms = {"甲乙镇", "乙镇", "丙丁戊镇"}
    tails = {form[-3:] for form in forms}
    text = "某地甲乙镇和丙丁戊镇"
    for level_at, first in ((4, 0), (4, 3), (9, 4), (9, 7), (2, 0)):
        plain = next((text[s:level_at] + "镇" for s in range(first, level_at - 1) if text[s:level_at] + "镇" in forms), None)
        assert _longest_town_ending(text, level_at, "镇", first, forms, tails) == plain
    assert _longest_town_ending(text, 4, "镇", 0, forms, tails) == "甲乙镇"
    assert _longest_town_ending(text, 4, "镇", 3, forms, tails) is None  # (a stem of two characters at least: 乙镇 is not asked)
    assert _longest_town_ending(text, 9, "镇", 4, forms, tails) == "丙丁戊镇"


def test_village_names_are_the_index_s_names():
    g = _tree()
    assert g.village_names_of("611022000000") == set(_plain_villages_of(g, "611022000000"))
    assert "" not in g.village_names_of("611022000000")  # (an empty field is no name)
    assert g.village_names_of("611022101000") == {"西河村", "庾家河村", "东坡村"}


def test_village_names_of_real_counties(g):
    for county in ("611022000000", "430121000000", "441900000000"):
        g._village_name_sets.pop(county, None)
        assert g.village_names_of(county) == set(_plain_villages_of(g, county))


def test_village_names_keep_the_counties_used_last(monkeypatch):
    g = _tree()
    monkeypatch.setattr(regions, "_VILLAGE_COUNTIES", 1)
    first = g.village_names_of("611022000000")
    assert g.village_names_of("611022000000") is first  # kept while it is the newest
    assert g.village_names_of("611022101000") == {"西河村", "庾家河村", "东坡村"}
    assert list(g._village_name_sets) == ["611022101000"]  # the older one dropped
    assert g.village_names_of("611022000000") == first  # made again, the same


def test_villages_found_in_a_text_are_those_the_index_gives(g):
    """_villages looks names up in the county's names and reads codes from its index only then:
    the mentions are those the index alone gives."""
    text = "丹凤县庾家河镇西河村的党员在东坡村集合。"
    placed = regions.locate(text, g)
    for m in placed.mentions:
        if regions._is_village(m.place.code):
            county = g.village_host(m.place.code)
            assert m.place.code in g.villages_of(county)[m.place.name]
