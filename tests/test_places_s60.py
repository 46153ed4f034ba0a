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


def _towns(placement):
    return [(m.start, m.text, m.place.name) for m in placement.mentions if m.place.level == "township"]


def test_a_listed_towns_stem_opening_with_a_numeral_names_it_again(g):
    text = "缙云县五云街道召开青年干部座谈会，会上介绍了五云产业发展情况，五云党工委还表彰了方小禾等干部。"
    assert _towns(locate(text, g)) == [(3, "五云街道", "五云街道"), (text.index("五云产业"), "五云", "五云街道"),
                                       (text.index("五云党工委"), "五云", "五云街道")]
    # a numeral before a classifier is a count, not the stem of a town the article names
    text = "缙云县五云街道召开座谈会，五个村的书记参加。"
    assert [t for _, t, _ in _towns(locate(text, g))] == ["五云街道"]


def test_a_rare_stem_the_segmenter_glues_to_the_next_character_is_the_town_again(g):
    text = "玉环市芦浦镇召开大会，以“芦浦大发展”为主题。扎根芦浦近十载的方小禾作了发言。"
    assert _towns(locate(text, g)) == [(3, "芦浦镇", "芦浦镇"), (text.index("芦浦大"), "芦浦", "芦浦镇"),
                                       (text.index("芦浦近"), "芦浦", "芦浦镇")]
    # a frequent word holding the stem is no glued stem (林川 in 森林川流 is not read)
    text = "瑞安市林川镇召开大会。会上展示了一幅森林川流图。"
    assert [t for _, t, _ in _towns(locate(text, g))] == ["林川镇"]


def test_a_clause_joint_opens_or_closes_no_town_the_list_lacks(g):
    text = ("淳安县召开整改会。据汾口镇组织委员方小禾介绍，镇里成立以镇党委书记为组长的专班，"
            "对推诿扯皮的一律并报镇纪委处理。")
    assert [t for _, t, _ in _towns(locate(text, g))] == ["汾口镇"]
    # 街镇: streets and towns, a kind, after a district
    assert [t for _, t, _ in _towns(locate("福州市鼓楼区不少街镇取消了双休日。", g))] == []

