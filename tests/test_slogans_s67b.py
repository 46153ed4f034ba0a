"""Slogan classes of session 67, round 2 (sets 212–227), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from pipeline.extract.slogans import find_slogans
from tests.test_extract import article


def slogans(text: str) -> dict[str, object]:
    return {s.canonical: s for s in find_slogans(text)}


# -- a quoted pairing of one (or many) with one (or many): 一帮一, 一带多, 多带一 ----------------------

@pytest.mark.parametrize("text, canonical", [
    ("镇里推行老党员“一帮一”结对,新党员成长更快。", "一帮一"),
    ("合作社采取“一带多”的办法,带动周边农户增收。", "一带多"),
    ("驻村干部与困难户开展“多带一”帮扶。", "多带一"),
])
def test_a_quoted_pairing_is_a_numbered_formula(text, canonical):
    found = slogans(text)
    assert list(found) == [canonical]
    assert found[canonical].numbered and found[canonical].count == 1 and found[canonical].local


def test_pairings_quoted_one_by_one_are_formulas_not_terms(segmenter):
    x = extract_article(article("该乡探索“一带一”、“一带多”、“一帮多”等结对方式,培养村级后备力量。"))
    assert [s.canonical for s in x.slogans] == ["一带一", "一带多", "一帮多"]
    assert x.quoted_terms == []


@pytest.mark.parametrize("text", [
    "推进“一带一路”沿线合作项目。",  # a longer name that opens with the shape
    "干部一对一联系困难群众。",  # unquoted: a plain phrase
    "两地“多带多”交流人才。",  # no one on either side
    "组织部对新提任干部开展“一对一”谈话。",  # a talk one to one, no scheme of pairs
    "这一带一共有三个村。",  # words that only look like it
])
def test_what_only_looks_like_a_pairing_is_left(text):
    assert not [c for c in slogans(text) if len(c) == 3]


# -- an unquoted list of short parallel items named by the mechanism after it (…的X机制) ---------------

@pytest.mark.parametrize("text, canonical, local", [
    ("该区建立覆盖事前、事中、事后的干部监督机制。", "事前、事中、事后", True),
    ("乡镇推行周调度、月通报、季考核的督办机制。", "周调度、月通报、季考核", True),
    ("本县健全崇尚实干、带动担当、加油鼓劲的干部考评机制。", "崇尚实干、带动担当、加油鼓劲", False),
])
def test_a_list_named_by_its_mechanism_is_a_formula(text, canonical, local):
    found = slogans(text)
    assert list(found) == [canonical]
    assert found[canonical].local is local


@pytest.mark.parametrize("text", [
    "推动干部管理走向常态化、制度化、规范化的长效机制。",  # qualities of the mechanism
    "健全针对性、实效性、时效性的培训评估机制。",
    "建立工资、津贴、补贴的正常增长机制。",  # ordinary nouns in a row
    "完善县、乡、村的联动机制。",  # levels
    "建立信息共享、协调联动的会商机制。",  # two items: a principle only
    "机关上下树起崇尚实干、带动担当、加油鼓劲的鲜明风向。",  # the national words unquoted, named by no mechanism
])
def test_lists_before_a_mechanism_that_name_no_parts_are_left(text):
    assert slogans(text) == {}


# -- review: a list before …的X机制 that says whom or what the mechanism covers is no formula --------------

@pytest.mark.parametrize("text", [
    "健全老党员、老干部、老教师的帮带机制。",  # people
    "建立村支书、村主任、村会计的轮流值班机制。",
    "建立镇干部、村干部、网格员的包联机制。",
    "健全第一书记、驻村队员、包村干部的轮岗机制。",
    "完善各乡镇、各部门、各单位的考核机制。",  # bodies
    "建立组织部、宣传部、统战部的联动机制。",
    "健全人社局、财政局、教育局的联席会议机制。",
    "完善处级、科级、股级的晋升机制。",  # levels and grades
    "各地要建立健全市级、县级、乡级的培训机制。",
    "完善一级、二级、三级的预警机制。",
    "完善区、街、居的三级联动机制。",
    "健全镇、村、组的联动机制。",
    "建立岗位津贴、乡镇补贴、交通补贴的正常增长机制。",  # kinds of pay
    "健全年终奖、绩效奖、考核奖的发放机制。",
    "建立月度、季度、年度的考核机制。",  # kinds of one thing
])
def test_a_list_of_whom_a_mechanism_covers_is_left(text):
    assert slogans(text) == {}


@pytest.mark.parametrize("text, canonical", [
    ("推进常态化、制度化、规范化的工作机制。", "常态化、制度化、规范化"),  # …的工作机制 names it as before
    ("完善组织部、宣传部、统战部的工作机制。", "组织部、宣传部、统战部"),
    ("建立日巡查、周调度、月讲评的督查机制。", "日巡查、周调度、月讲评"),
])
def test_a_list_named_by_a_mechanism_stays(text, canonical):
    assert list(slogans(text)) == [canonical]
