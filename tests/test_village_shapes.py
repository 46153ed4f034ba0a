"""Village and community mentions in the shapes the genre writes them (issue 11): the stress set
tests/cases/village_shapes.json, each case a short notice written for the project, read by the whole text stage chain
and scored as the real gold scores places (tests/village_shapes.py).  Session 80 (branch village80) added two classes:
a village whose stem is an ordinary word (黎明村, 红旗村) in a county the article names, written as a village's name
(named twice, or its organs after it); and a village's stem alone that is a rare word of the dictionary (庆安), once
the article names the village in full.  A name that ordinary, named once without its organs, stays unread (the set's
one known miss)."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate
from tests.village_shapes import cases, score

_BY_ID = {c["id"]: c for c in cases()}
_KNOWN_MISSES = {"common-stem-once"}


def test_the_stress_set_is_found_but_its_known_miss(segmenter):
    t = score([c for c in cases() if c["id"] not in _KNOWN_MISSES])
    assert t.fn == 0 and t.fp == 0, "\n".join(t.errors)
    assert t.path_right == t.tp, "\n".join(t.errors)


@pytest.mark.parametrize("case", ["common-stem-organs", "common-stem-twice", "common-stem-county-after",
                                  "common-stem-listed", "stem-alone-after-full", "stem-alone-before-full"])
def test_each_class_fixed(case, segmenter):
    t = score([_BY_ID[case]])
    assert t.fn == 0 and t.fp == 0 and t.path_right == t.tp, "\n".join(t.errors)


@pytest.mark.parametrize("case", [c for c in _BY_ID if c.startswith("not-villages")])
def test_words_ending_in_a_village_word_stay_words(case, segmenter):
    t = score([_BY_ID[case]])
    assert t.fp == 0, "\n".join(t.errors)


def test_an_ordinary_stem_is_read_only_as_a_village_name(g):
    """建设|村级, 团结|村民, 发展|村集体 in a county the article names: the 村 opens a word of villages in general;
    前进村 named once without its organs is not enough either. (Right after the county, 某县发展村集体经济, the
    name is still read: a parent before it places a village whatever its stem.)"""
    for text in ("拜泉县加强建设村级活动场所，建设村级服务站。", "拜泉县团结村民共同致富，团结村民是关键。",
                 "拜泉县召开会议，发展村集体经济，发展村集体产业。", "拜泉县前进村道路全部硬化。"):
        assert [m.text for m in locate(text, g).mentions if m.place.level == "village"] == [], text
    placed = locate("拜泉县召开会议，红旗村党支部组织学习。", g)
    village = next(m for m in placed.mentions if m.place.level == "village")
    assert village.place.path == "黑龙江省/齐齐哈尔市/拜泉县/国富镇/红旗村"
    assert village.reason == "context vote: 拜泉县 named in the article"


def test_a_common_word_is_no_stem_alone(g):
    """庆安 (a rare word) is the village named in full; 黎明 (a common one) stays a word."""
    placed = locate("安达市黎明村党支部组织学习。黎明时分，党员们就出发了。", g)
    assert [m.text for m in placed.mentions if m.place.level == "village"] == ["黎明村"]
