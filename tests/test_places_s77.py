"""Places: classes of text fixed in session 77 (places helper): same-named towns and the region the
article states.

Every sentence here is written for these tests; the provinces, cities, counties and towns are real
divisions (景山街道 and 茶山街道 share 温州市瓯海区; another 景山街道 lies in 漳州市龙文区, other 茶山街道 in
常州市 and in 九江市's 共青城市), the rest invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _towns(text, g):
    return {m.text: (m.place.path, m.reason) for m in locate(text, g).mentions if m.place.level == "township"}


def test_a_bare_town_goes_to_its_namesake_in_the_stated_city_not_to_its_siblings_county(g, segmenter):
    # 景山街道 and 茶山街道 vote for each other (both lie in 温州's 瓯海区), but the article is about 漳州市,
    # which has a 景山街道 of its own and no 茶山街道
    towns = _towns("漳州市本月举办社区书记讲坛，景山街道、茶山街道的社区书记先后发言。", g)
    assert towns["景山街道"][0] == "福建省/漳州市/龙文区/景山街道"
    path, reason = towns["茶山街道"]
    assert path == "茶山街道" and reason.startswith("ambiguous") and "漳州市" in reason


def test_a_county_of_the_city_states_the_city_too(g, segmenter):
    # 芗城区 is 漳州's: the town named beside it without a parent is read in 漳州 as well
    towns = _towns("芗城区和景山街道、茶山街道的年轻干部一同参加了培训。", g)
    assert towns["景山街道"][0] == "福建省/漳州市/龙文区/景山街道"
    assert towns["茶山街道"][0] == "茶山街道"


def test_the_province_of_a_stated_city_does_not_carry_a_town_to_another_city(g, segmenter):
    # the article names 江西省南昌市; the province's only 茶山街道 lies in 九江: not the article's city
    path, reason = _towns("江西省南昌市举办社区工作者技能比武，茶山街道的选手获得一等奖。", g)["茶山街道"]
    assert path == "茶山街道" and reason.startswith("ambiguous")


@pytest.mark.parametrize("text", [
    "景山街道、茶山街道联合开展党员志愿服务。",                      # no place above the towns
    "温州市景山街道、茶山街道联合开展党员志愿服务。",                # the city chains the first town
    "浙江省今年评出十个示范社区，景山街道、茶山街道各有一个入选。",  # siblings inside the stated province
])
def test_the_siblings_vote_stands_where_the_article_states_no_other_region(g, segmenter, text):
    towns = _towns(text, g)
    assert towns["景山街道"][0] == "浙江省/温州市/瓯海区/景山街道"
    assert towns["茶山街道"][0] == "浙江省/温州市/瓯海区/茶山街道"


def test_a_county_the_vote_placed_still_states_its_city(g, segmenter):
    # 鼓楼区 has four namesakes; its towns 温泉街道 and 东街街道 place it in 福州, and it states 福州 for them
    # as much as 上海市, named for a study trip, states 上海
    towns = _towns("鼓楼区在温泉街道、东街街道试行社区工作者职级制度，今年还组织社区书记赴上海市浦东新区考察。", g)
    assert towns["温泉街道"][0] == "福建省/福州市/鼓楼区/温泉街道"
    assert towns["东街街道"][0] == "福建省/福州市/鼓楼区/东街街道"


def test_a_town_whose_namesakes_bear_another_level_word_is_no_same_named_town(g, segmenter):
    # 望京街道 is 北京's only 望京街道 (the other candidate is a 望京镇): the full name stands, whatever city
    # the article names besides
    towns = _towns("望京街道试行社区工作者职级制度，今年还组织社区书记赴上海市浦东新区考察。", g)
    assert towns["望京街道"][0] == "北京市/朝阳区/望京街道"


def test_a_name_turned_down_states_no_region(g, segmenter):
    # 文明乡 (short for a 郴州 town) inside 文明乡风 is no place: the towns' own vote stands
    towns = _towns("景山街道、茶山街道把涵养文明乡风列为社区干部的必修课。", g)
    assert towns["景山街道"][0] == "浙江省/温州市/瓯海区/景山街道"
    assert towns["茶山街道"][0] == "浙江省/温州市/瓯海区/茶山街道"
