"""Session 61, primary region and county-level mentions: four-character county mottos are no counties."""
from pipeline.extract.regions import Gazetteer, locate

G = Gazetteer.load()


def _counties(text: str) -> list[str]:
    return [m.text for m in locate(text, G).mentions if m.place.level == "county"]


def test_county_mottos_are_no_counties():
    # N + 兴/富/强 + 县: what makes a county thrive; 兴县 and 富县 are also counties' names
    assert _counties("青禾县坚持科教兴县、人才强县,干部们干劲十足。") == []
    assert _counties("柳川镇的方小禾说,要把“XX兴县”战略落到实处。") == []
    assert _counties("会上,大家围绕生态立县、产业富县谈了想法。") == []
    assert _counties("青禾公司将推进旅游富县战略。") == []


def test_the_counties_themselves_stay():
    assert _counties("兴县召开干部大会。") == ["兴县"]
    assert _counties("方小禾前往兴县。") == ["兴县"]
    assert _counties("他来到富县、洛川县等地调研。") == ["富县", "洛川县"]
    assert _counties("山西兴县农民增收。") == ["兴县"]


def test_a_verb_before_the_quoted_county_goes_to_it():
    assert _counties("柳川镇组织干部开展“走进兴县”学习活动。") == ["兴县"]
