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


# --- a headline whose subject is many places (多地…) over examples from several provinces --------------

_SURVEY_TEXT = ("“组织还了我清白。”前不久,成都市纪委监委为一名受诬告的干部召开澄清会。近来,浙江、安徽、江西等地"
                "陆续通报了一批澄清正名的案例。成都市纪委监委有关负责人介绍,澄清会在干部所在单位召开。"
                "成都市还建立了回访制度,成都市纪委监委定期回访被澄清的干部。")


def test_a_many_places_headline_over_three_provinces_has_no_primary_region(g):
    placed = locate(_SURVEY_TEXT, g, title="多地为受诬告干部澄清正名")
    assert placed.region is None and placed.reason.startswith("national")


def test_the_same_text_under_a_headline_naming_its_city_keeps_the_city(g):
    placed = locate(_SURVEY_TEXT, g, title="成都为受诬告干部澄清正名")
    assert placed.region is not None and placed.region.name == "成都市"
