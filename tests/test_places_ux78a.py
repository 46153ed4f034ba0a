"""Place classes a tester searching the web page met (session 78, ux78a).

Every sentence here is written for these tests; the provinces, cities, counties, towns and villages are
real divisions."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _villages(text, g):
    return [m.text for m in locate(text, g).mentions if m.place.level == "village"]


# --- an adverb and a verb before 村 (还设立|村干部) are the town's clause, no village -----------------

@pytest.mark.parametrize("text", [
    "扬州市江都区大桥镇还设立村干部互助基金。",
    "扬州市江都区大桥镇也成立村级议事会。",
    "扬州市江都区大桥镇新设立村级便民点3个。",
    "扬州市江都区大桥镇另设立村务公开栏。",
    "通辽市奈曼旗大沁他拉镇还组建嘎查村干部服务队。",
])
def test_an_adverb_and_a_verb_before_cun_are_no_village(g, text):
    assert _villages(text, g) == []


@pytest.mark.parametrize("text, village", [
    # (a name may open with 新 and a verb: its organs, or a 村 that opens no word of villages in general, say so)
    ("扬州市江都区大桥镇新联合村党支部组织党员学习。", "新联合村"),
    ("扬州市江都区大桥镇新希望社区开展志愿服务。", "新希望社区"),
])
def test_a_name_opening_with_new_and_a_verb_stays_a_village(g, text, village):
    assert _villages(text, g) == [village]


# --- a listed village whose name opens with a prefecture's short form (朝阳|古鲁村) ----------------------

def test_a_listed_village_opening_with_a_short_form_of_a_city_is_read_whole(g):
    # (the list files 朝阳古鲁村 under 大沁他拉镇; 朝阳 alone is 朝阳市's short form)
    placed = locate("通辽市奈曼旗大沁他拉镇通报嘎查村评议情况，排名靠后的有：朝阳古鲁村、哈沙图嘎查。", g)
    villages = [(m.text, m.place.township) for m in placed.mentions if m.place.level == "village"]
    assert villages == [("朝阳古鲁村", "大沁他拉镇"), ("哈沙图嘎查", "大沁他拉镇")]
    assert not any(m.place.name == "朝阳市" for m in placed.mentions)


# --- a town whose namesakes its written province leaves: ambiguous alike in headline and body ----------------

_ZHEJIANG_DAQIAO = {"330402105000", "330881106000"}  # (the two 大桥镇 of 浙江省; the list has 28 大桥镇/乡/街道)


def test_a_town_its_province_leaves_among_namesakes_is_ambiguous_in_headline_and_body(g):
    placed = locate("浙江省大桥镇实行村干部值班制度，每天有人值守。", g, title="浙江：大桥镇实行村干部值班")
    town = next(m for m in placed.mentions if m.text == "大桥镇")
    headline = next(m for m in placed.title_mentions if m.text == "大桥镇")
    for m in (town, headline):
        assert m.place.code == "" and set(m.candidates) == _ZHEJIANG_DAQIAO, (m.reason, m.candidates)
        assert "ambiguous: 2 candidates in 浙江省" in m.reason  # (not read as settled by its province)


def test_an_ambiguous_town_counts_in_its_reason_the_candidates_it_lists(g):
    (town,) = [m for m in locate("大桥镇实行村干部值班制度。", g).mentions if m.text == "大桥镇"]
    assert town.reason.startswith(f"ambiguous: {len(town.candidates)} candidates"), (town.reason, len(town.candidates))


@pytest.fixture(scope="module")
def daqiao_kb(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "daqiao", {
        "zj.txt": "浙江：大桥镇实行村干部值班\n发布时间：2024-03-05\n浙江省大桥镇实行村干部值班制度，每天有人值守，群众办事随到随办。\n"})


def test_the_api_flags_the_town_alike_in_headline_and_body(daqiao_kb):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app
    from tests.conftest import article_ids

    client = TestClient(create_app(daqiao_kb))
    places = client.get(f"/api/articles/{article_ids(daqiao_kb)['zj.txt']}").json()["places"]
    towns = [p for p in places if p["text"] == "大桥镇"]
    assert len(towns) == 2 and all(p["ambiguous"] and set(p["candidates"]) == _ZHEJIANG_DAQIAO for p in towns), towns
    assert all("无法确定" in p["reason_zh"] for p in towns), [p["reason_zh"] for p in towns]


# --- reasons name what the text writes: the neighbour right before, the units a weight came from ------------

def test_an_unlisted_village_in_a_list_names_its_neighbour_right_before_it(g):
    # (the list files 舍利虎村 under 大沁他拉镇; the text writes 舍力虎村)
    placed = locate("奈曼旗大沁他拉镇德隆地村、淖尔图浩来嘎查、舍力虎村的干部参加了培训。", g)
    (village,) = [m for m in placed.mentions if m.text == "舍力虎村"]
    assert village.reason.endswith("right after 淖尔图浩来嘎查"), village.reason


def test_the_weights_say_where_a_unit_the_text_never_writes_got_its_weight(g):
    from pipeline.report.labels import reason_zh

    placed = locate("大沁他拉镇德隆地村、淖尔图浩来嘎查的干部参加了培训。大沁他拉镇党委要求学以致用。", g)
    assert placed.region is not None and placed.region.name == "大沁他拉镇", placed.reason
    items = placed.reason.removeprefix("weights: ").split(", ")
    assert items[0].startswith("内蒙古自治区 ") and items[0].endswith("(not written: from 大沁他拉镇 and below)"), items
    assert items[-1].startswith("大沁他拉镇 ") and "not written" not in items[-1], items
    assert "文中未写" in reason_zh(placed.reason) and "not written" not in reason_zh(placed.reason)
