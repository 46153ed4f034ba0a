"""Slogan classes of the session-80 researcher's findings 1 and 2, in our own words: a count (一次, 一批) running
into a word that opens with 一 is no paired formula; a numbered formula's items listed after a long name of
what it is (or in the clause after it) are its components when each holds the formula's word."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def slogans(text: str) -> dict[str, object]:
    return {s.canonical: s for s in extract_article(article(text)).slogans}


# -- finding 1: 一次 / 一批 / 一场 … then a word opening with 一 (一线, 一流) ------------------------------------

@pytest.mark.parametrize("text", [
    "镇里每周安排一次一线走访，走访情况当场登记。",
    "县委选派一批一线干部到村任职。",
    "各乡镇每季度开展一轮一线督查，结果通报。",
    "组织部每月组织一场一线观摩。",
    "街道每年开展一期一线培训。",
    "市里召开一次一把手约谈会。",  # (一把手, 一体化: words on 一 that the rule for ranks and jieba already keep whole)
    "镇里组织一次一体化改革推进会。",
])
def test_a_count_running_into_a_word_on_one_is_no_formula(text, segmenter):
    assert slogans(text) == {}


@pytest.mark.parametrize("text, canonical", [
    ("对新任干部实行一人一档，跟踪培养。", "一人一档"),
    ("全县推行一村一策，分类帮扶。", "一村一策"),
    ("班子成员实行一月一评，结果公开。", "一月一评"),
    ("对历史欠款实行一次一清管理。", "一次一清"),  # a count's pair whose second half is no word
    ("对招商项目实行一批一策推进。", "一批一策"),
    ("村党支部坚持三会一课制度。", "三会一课"),
])
def test_paired_formulas_stay(text, canonical, segmenter):
    assert canonical in slogans(text)


# -- finding 2: the items after a long name, each holding the formula's word --------------------------------

@pytest.mark.parametrize("text, canonical, items", [
    ("镇里为年轻干部设计“五个一”成长锻炼计划：蹲点一个村、结对一名导师、牵头一个项目、撰写一篇调研报告、接受一次实绩评议。",
     "五个一", ["蹲点一个村", "结对一名导师", "牵头一个项目", "撰写一篇调研报告", "接受一次实绩评议"]),
    ("街道推行“三个一”社区干部谈心制度：新人上岗必谈一次、换岗之前必谈一次、家有急事必谈一次。",
     "三个一", ["新人上岗必谈一次", "换岗之前必谈一次", "家有急事必谈一次"]),
    ("区委在考核中推行“三色”预警管理，对各单位分别亮出红色、黄色、蓝色，红色为整改。",
     "三色", ["红色", "黄色", "蓝色"]),
    ("县里建立“三必访”基层干部关爱制度，即生病住院必访、家有变故必访、退休离岗必访。",
     "三必访", ["生病住院必访", "家有变故必访", "退休离岗必访"]),
])
def test_items_holding_the_formulas_word_after_a_long_name(text, canonical, items, segmenter):
    found = slogans(text)[canonical]
    assert found.components == items and found.count_matches


@pytest.mark.parametrize("text, canonical", [
    ("推行“三个一”干部谈心工作法：每天一碰头、每周研判、每月一总结。", "三个一"),  # an item without 一
    ("推行“三个一”干部谈心工作法：每天一碰头、每周一研判。", "三个一"),  # two items, three counted
    ("镇里推行“三联三帮”结对机制，班子成员联系村组、党员干部联系农户、网格员联系商户。", "三联三帮"),  # one half
])
def test_no_items_where_the_list_does_not_match(text, canonical, segmenter):
    assert slogans(text)[canonical].components == []
