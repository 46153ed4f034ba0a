"""Classes studied on the session-76 blind batch (set 241), places.

Every sentence here is written for these tests; the counties, streets and villages are real divisions
(facts), the people and events made up."""
from __future__ import annotations

from pipeline.extract.regions import locate


def _found(text, g, **kw):
    return [(m.text, m.place.name, m.place.level) for m in locate(text, g, **kw).mentions]


# --- a list of villages right after its street written short (某区某某街甲、乙等村) -----------------------

def test_a_village_list_after_a_short_street_keeps_its_first_name_whole(g):
    text = "该院每年选派干部驻点帮扶江夏区郑店街段岭庙、洞山两个村,开展结对共建。"
    found = _found(text, g)
    assert ("段岭庙", "段岭庙村", "village") in found and ("洞山", "洞山村", "village") in found
    assert not any(name == "岭庙村" for _, name, _ in found)


# --- a street of the article's county written short before its organs (某某街纪委) -------------------

def test_a_short_street_before_its_organs_is_the_street(g):
    text = "江夏区近日启动驻村帮扶工作。座谈会上,山坡街纪委负责人介绍了监督工作安排。"
    assert ("山坡街", "山坡街道", "township") in _found(text, g)


def test_a_short_street_before_organs_needs_its_county_in_the_article(g):
    text = "座谈会上,山坡街纪委负责人介绍了监督工作安排。"
    assert not any(name == "山坡街道" for _, name, _ in _found(text, g))
