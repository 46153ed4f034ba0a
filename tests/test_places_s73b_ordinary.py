"""A county whose name is an ordinary word (会同 = jointly with) read as the county when the word comes
before an organ or unit it joins (session 73, hostile tester).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _found(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions]


@pytest.mark.parametrize("text", [
    "为规范问责复核工作，由纪委监委会同组织部门联合核查，结论报党委审定。",
    "组织部门会同有关单位做好受诬告干部的澄清工作。",
    "县人社局会同市财政局制定基层干部补贴办法。",
])
def test_the_verb_before_the_organ_it_joins_is_no_county(g, text):
    assert ("会同", "会同县") not in _found(text, g)
    assert locate(text, g).region is None or locate(text, g).region.name != "会同县"


def test_the_county_named_with_its_parent_or_level_word_is_still_read(g):
    assert ("会同县", "会同县") in _found("怀化市会同县组织部门开展年轻干部调研。", g)
    assert any(name == "会同县" for _, name in _found("湖南怀化会同组织部门开展年轻干部调研。", g))


@pytest.mark.parametrize("text", [
    "万安全体村干部到农业大学参加学历提升培训。这次培训由万安县统一组织。",
    "万安举办乡镇干部能力提升班。万安县各乡镇选派骨干参加。",
])
def test_a_word_only_ending_like_an_organ_leaves_the_county(g, text):
    # 干部 and 举办 end in 部 and 办 as 组织部 and 县委办 do, but they are no organ the stem would be joining
    assert ("万安", "万安县") in _found(text, g)


@pytest.mark.parametrize("text, county", [
    ("会同纪委监委近日通报两起违规吃喝问题。", "会同县"),
    ("本月，桃源纪委监委对乡镇干部开展谈话提醒。", "桃源县"),
    ("宁远组织部门组织新任科级干部集中培训。", "宁远县"),
])
def test_the_stem_opening_a_clause_with_nobody_acting_before_it_is_the_county(g, text, county):
    # the county's own organ after its stem; only an organ (or 由, 牵头) before the stem makes it the verb 会同
    assert any(name == county for _, name in _found(text, g))


@pytest.mark.parametrize("text", [
    "县委组织部牵头，会同有关单位开展年轻干部摸底。",
    "今年市纪委监委先后开展三轮专项检查，会同组织部核查干部档案二百余份。",  # (the organ acting earlier in its sentence)
])
def test_the_verb_after_an_organ_acting_earlier_in_its_sentence_is_still_the_verb(g, text):
    assert ("会同", "会同县") not in _found(text, g)
