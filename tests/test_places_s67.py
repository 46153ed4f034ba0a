"""Places: classes of text fixed in session 67 (places helper).

Every sentence here is written for these tests; the provinces, cities, counties and towns are
real divisions, the rest invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _named(text, g, **kw):
    return [(m.text, m.place.name, m.place.level) for m in locate(text, g, **kw).mentions]


@pytest.mark.parametrize("text", [
    "奈曼旗嘎查村、社区的“两委”班子已配齐，嘎查村“两委”成员到岗履职。",
    "科尔沁右翼中旗嘎查村、社区党组织书记集中轮训，各嘎查村书记参训。",
    "阿拉善左旗嘎查村“两委”成员述职，嘎查村干部逐一表态。",
])
def test_the_two_words_for_villages_side_by_side_name_no_village(g, text):
    # 嘎查村: the Mongolian and the Chinese word for a village, villages in general in Inner Mongolia's pages
    assert [n for n in _named(text, g) if n[2] == "village"] == []


def test_a_gacha_with_its_own_name_is_still_a_village(g):
    assert ("查干嘎查", "查干嘎查", "village") in _named("科尔沁右翼中旗巴彦呼舒镇查干嘎查党支部换届。", g)


@pytest.mark.parametrize("text, medium", [
    ("海兴县开展轮训十余次。（《河北日报》记者 张明 通讯员 李华）", "河北"),
    ("岳阳县选派干部驻村。《岳阳日报》通讯员 王平", "岳阳"),
    ("海兴县开展轮训十余次。（《河北日\ufffd》记者张明）", "河北"),  # the paper's name lost a character in repair
])
def test_a_paper_in_title_marks_signing_the_article_is_a_byline_not_its_place(g, text, medium):
    assert not [m for m in locate(text, g).mentions if m.text == medium]


def test_a_paper_cited_with_ju_keeps_its_place(g):
    # 据《某某晚报》记者了解: the paper cited in running text, as 据《某某日报》报道
    assert ("长沙", "长沙市", "city") in _named("据《长沙晚报》记者了解，长沙县选派干部驻村。", g)


def test_a_document_title_before_the_word_reporter_keeps_its_place(g):
    names = _named("海兴县学习《河北省干部条例》，记者了解到反响热烈。", g)
    assert ("河北省", "河北省", "province") in names


@pytest.mark.parametrize("text", [
    "海兴县围绕乡科级领导干部开展专题轮训。",
    "岳阳县突出乡科级干部，分批选派到先进地区学习。",
])
def test_the_rank_xiang_ke_ji_after_a_county_closes_no_town(g, text):
    # 乡科级: a cadre's rank (township and section level), not the 乡 of a township's name
    assert [n for n in _named(text, g) if n[2] == "township"] == []


def test_a_town_before_other_words_with_ke_is_still_a_town(g):
    assert ("城关乡", "城关乡", "township") in _named("岳阳县城关乡科技服务站建成。", g)


@pytest.mark.parametrize("text, county", [
    ("阳曲县把述职短视频放在“阳曲组工”和“活力阳曲”微信公众号上供群众评议。", "阳曲县"),
    ("长沙县干部的承诺书在“长沙组工”公众号上公开。", "长沙县"),
    ("宁乡市干部关注“长沙组工”微信号。", "宁乡市"),
])
def test_a_place_inside_a_quoted_account_name_is_no_mention(g, text, county):
    # a social account named in quotes is a medium, its place no mention (as a paper's in a byline)
    assert [n[0] for n in _named(text, g)] == [county]


def test_a_quoted_slogan_with_a_place_stays_a_mention(g):
    names = _named("长沙县提出“长沙县干部十条”，在公众号上公布。", g)
    assert [n[0] for n in names if n[2] == "county"] == ["长沙县", "长沙县"]


# Review of session 67 (places): a paper's reporter spoken to or cited in running text is no byline
@pytest.mark.parametrize("text, medium", [
    ("省委组织部负责人在接受《河南日报》记者采访时表示，将选派干部驻村。", "河南"),
    ("县委书记对《湖北日报》记者说，容错纠错机制让干部敢闯敢试。", "湖北"),
    ("县委组织部部长向《四川日报》记者介绍了干部培训情况。", "四川"),
    ("村党支部书记告诉《贵州日报》记者，全村已脱贫。", "贵州"),
    ("在接受了《大理日报》记者专访时，他谈到洱源县的干部考核。", "大理"),
])
def test_a_paper_whose_reporter_is_spoken_to_keeps_its_place(g, text, medium):
    assert [m for m in locate(text, g).mentions if m.text == medium]


# Review of session 67 (places): 嘎查村 names no village, but a list of villages goes on after it
@pytest.mark.parametrize("text, village", [
    ("巴彦呼舒镇嘎查村、查干嘎查党支部换届。", "查干嘎查"),
    ("科尔沁右翼中旗巴彦呼舒镇嘎查村、查干嘎查“两委”成员述职。", "查干嘎查"),
])
def test_a_named_village_listed_after_the_villages_in_general_is_kept(g, text, village):
    names = _named(text, g)
    assert (village, village, "village") in names
    assert not [n for n in names if n[0] == "嘎查村"]
