"""Place classes a places researcher met (session 77, ux77a).

Every sentence here is written for these tests; the provinces, cities, counties, towns and villages are
real divisions (丹凤县's 庾家河镇 was merged into a neighbour and is no longer in the list)."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _towns(text, g):
    return [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "township"]


# --- a verb, an adjective or another ordinary word before 街道/镇/乡 is no town --------------------------

@pytest.mark.parametrize("text", [
    "长春市选派街道干部到社区任职。",
    "嘉善县选派镇干部驻村蹲点。",
    "长春市下派街道干部充实社区力量。",
    "长春市外派街道干部到一线锻炼。",
    "长春市增派街道干部支援社区。",
    "嘉善县指导镇干部做好换届工作。",
    "嘉善县明确镇干部的包村责任。",
    "长春市选优街道干部。",
    "长春市配强街道干部队伍。",
    "长春市重点街道干部要带头攻坚。",
    "嘉善县年轻乡干部座谈会召开。",
    "嘉善县助力镇干部成长。",
])
def test_an_ordinary_word_before_a_level_word_is_no_town(g, text):
    assert _towns(text, g) == []


def test_a_town_the_list_lacks_is_still_read_after_its_county(g):
    # (the stem a name, no ordinary word: the county's town, merged since)
    assert _towns("丹凤县庾家河镇选派干部驻村。", g) == [("庾家河镇", "陕西省/商洛市/丹凤县/庾家河镇")]


# --- a village written right after its town, which the data files under another town of the county ------

def test_a_village_goes_under_the_town_the_text_writes_before_it(g):
    # (the list files 八龙庙村 under 竹林关镇, a neighbour in 丹凤县)
    placed = locate("丹凤县土门镇八龙庙村的村干部实行轮流值班。", g)
    village = next(m for m in placed.mentions if m.place.level == "village")
    assert village.place.path == "陕西省/商洛市/丹凤县/土门镇/八龙庙村"
    assert village.place.township == "土门镇" and "竹林关镇" in village.reason
    # (the text and the list disagree on its town: the article rests at the county both give, as it did)
    assert placed.region.path == "陕西省/商洛市/丹凤县"


def test_a_village_under_the_town_the_text_writes_weighs_as_before_for_the_article(g):
    # (the list files 金家湾村 under 水泊寺街道 of 平城区; the text writes 白登山街道: the written town and the
    # village weigh one each, as when the village went under the list's town, so a visitor's city once named
    # does not tie the article's own province)
    placed = locate("大同市平城区白登山街道金家湾村建起了村级议事厅，每月请村民议一次村务。诸暨市的干部也专程前来交流。", g)
    assert placed.region is not None and placed.region.province == "山西省", placed.reason


# --- a common town name opening its sentence with its organ: an ambiguous mention, as other namesakes give --

@pytest.mark.parametrize("name", ["长安镇", "和平镇"])
def test_a_town_named_like_a_word_opening_its_sentence_with_its_organ_is_mentioned(g, name):
    placed = locate(f"{name}党委近日推行机关干部轮岗交流。", g)
    towns = [m for m in placed.mentions if m.place.level == "township"]
    assert [m.text for m in towns] == [name] and len(towns[0].candidates) > 1
    assert towns[0].reason.startswith("ambiguous")


def test_a_town_named_like_a_word_inside_a_clause_stays_a_word(g):
    assert _towns("各方共同维护和平镇党委也表示支持。", g) == []


# --- an article named only by a village the list files once in the whole country -----------------------

def test_an_article_named_only_by_a_village_unique_in_the_list_is_placed_there(g):
    placed = locate("牛食畈村党支部书记带着党员干部上山种茶，村里的集体收入逐年增加。", g,
                    title="牛食畈村：党员干部带头种茶")
    village = [m for m in placed.mentions if m.place.level == "village"]
    assert [m.place.path for m in village] == ["安徽省/六安市/金寨县/果子园乡/牛食畈村"]
    assert [m.text for m in placed.title_mentions] == ["牛食畈村"]
    assert placed.region.county == "金寨县"


def test_a_village_word_with_its_organ_in_an_article_naming_no_place_stays_a_word(g):
    # (新农村: a kind of village, no name, though some village may be called so)
    assert locate("新农村党支部书记带着党员干部上山种茶。", g).mentions == []


# --- a table's column headed by a level word lists towns by their stems ---------------------------------

_TABLE = "北京市西城区公布今年各街道新增社区工作者岗位。\n街道 | 岗位数 |\n什刹海 | 9 |\n陶然亭 | 4 |\n合计 | 13 |"


def test_towns_in_a_column_headed_by_their_level_word_are_found_in_the_named_county(g):
    assert _towns(_TABLE, g) == [("什刹海", "北京市/西城区/什刹海街道"), ("陶然亭", "北京市/西城区/陶然亭街道")]


def test_a_column_of_towns_needs_its_county_named(g):
    # (without 西城区 the stems have no county to be looked up in)
    assert _towns(_TABLE.replace("北京市西城区", "本区"), g) == []
