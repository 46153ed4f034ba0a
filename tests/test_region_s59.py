"""The primary region: classes of text fixed in session 59.

Every sentence here is written for these tests; the provinces, cities and counties are real
divisions, the people, villages and events invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _region(placement):
    r = placement.region
    return r and (r.province, r.city or None, r.county or None)


def test_a_provincial_report_citing_one_city_stays_at_the_province(g):
    body = ("吉林省委组织部近日印发通知，要求各地加强年轻干部培养。吉林省今年将选派五百名干部到基层锻炼。"
            "通化市在试点中探索出一批好做法，通化市的经验将在全省推广。吉林省还将组织专题培训。")
    assert _region(locate(body, g, first_paragraph_end=len(body))) == ("吉林省", None, None)


def test_a_city_that_carries_most_of_what_is_said_in_its_province_is_the_region(g):
    body = ("吉林省通化市近日出台办法，激励干部担当作为。通化市委组织部负责人介绍，通化市今年已选派"
            "两百名干部到乡村一线，通化市各县区也跟进落实。")
    assert _region(locate(body, g, first_paragraph_end=len(body)))[:2] == ("吉林省", "通化市")


def test_a_national_item_citing_one_county_in_passing_has_no_region(g):
    body = ("近年来，全国各地积极探索年轻干部培养的新办法。中央明确要求，把基层一线作为培养年轻干部的主阵地。"
            "我国干部队伍结构不断优化。比如，江西省遂川县组织年轻干部到信访窗口轮岗，效果明显。"
            "专家认为，各地还应在考核评价上多下功夫。")
    p = locate(body, g, first_paragraph_end=len(body))
    assert p.region is None and p.reason.startswith("national")
    assert [m.text for m in p.mentions] == ["江西省", "遂川县"]  # still mentions


def test_a_county_that_speaks_of_itself_keeps_its_region_amid_national_words(g):
    body = ("近年来，全国各地积极探索年轻干部培养的新办法，中央对此有明确要求。我国各地做法不一。"
            "遂川县立足实际，组织全县年轻干部到信访窗口轮岗。")
    assert _region(locate(body, g, first_paragraph_end=len(body))) == ("江西省", "吉安市", "遂川县")


def test_a_feature_on_people_in_counties_of_several_provinces_has_no_region(g):
    body = ("近年来，湖南持续选派年轻干部驻村，湖南各地涌现出一批先进典型。方小禾是新化县的一名驻村干部，"
            "三年来跑遍了全村每一户。在贵州省普安县，李青山带着村民种茶，茶园面积翻了一番。"
            "河南省淮滨县的王春燕则把电商课堂开进了村部。"
            "这些年轻人扎根基层，在平凡岗位上干出了不平凡的业绩。")
    p = locate(body, g, first_paragraph_end=len(body))
    assert p.region is None and p.reason.startswith("national")


def test_a_county_feature_naming_other_provinces_in_passing_keeps_its_county(g):
    body = ("湖南省新化县近年来选派年轻干部驻村。新化县的方小禾三年来跑遍了全村每一户，"
            "新化县还组织驻村干部到贵州省普安县、河南省淮滨县学习种茶和电商经验。")
    assert _region(locate(body, g, first_paragraph_end=len(body))) == ("湖南省", "娄底市", "新化县")


@pytest.mark.parametrize("body", [
    "5月8日，全省组织工作会议在长春召开。省委常委、组织部部长方小禾出席会议并讲话。会议要求，全省各级组织部门要把年轻干部培养作为重点工作。",
    "吉林日报长春5月8日讯 省委组织部近日召开会议，部署全省年轻干部培养工作，要求各地把年轻干部放到基层一线。",
], ids=["venue", "dateline"])
def test_the_city_where_a_provincial_meeting_is_held_or_its_paper_files_from_is_no_region(g, body):
    p = locate(body, g, first_paragraph_end=len(body))
    assert _region(p) == ("吉林省", None, None)
    assert [m.place.name for m in p.mentions if m.place.level == "city"] == ["长春市"]  # still a mention


@pytest.mark.parametrize("body", [
    "5月8日，长春市召开全市组织工作会议。长春市委常委、组织部部长方小禾出席会议并讲话。",
    "5月8日，青禾协会年会在长春召开，来自各地的代表参加。",  # no provincial text: the city hosts it
], ids=["its own meeting", "no provincial text"])
def test_a_city_holding_its_own_meeting_is_the_region(g, body):
    assert _region(locate(body, g, first_paragraph_end=len(body)))[:2] == ("吉林省", "长春市")


def test_a_text_naming_no_place_is_its_medium_s_only_when_it_speaks_of_a_unit_as_its_own(g):
    own = "本报讯 近日，我省召开年轻干部培养工作推进会，要求各级组织部门把好政治关。"
    assert _region(locate(own, g, source="辽宁日报")) == ("辽宁省", None, None)
    national = "评论员 方小禾 容错纠错机制不是避责的借口。干部敢于担当，组织就要为担当者撑腰，让实干者无后顾之忧。"
    assert locate(national, g, source="辽宁日报").region is None


@pytest.mark.parametrize("body", [
    "文/中共吉林省委党校 方小禾\n培养年轻干部关乎长远。各级党委应当把选育年轻干部当作长期任务，让他们在基层一线经受磨炼。",
    "中共吉林省委组织部\n改革开放以来，我国干部人事制度改革不断深化，走出了一条符合国情的路子。",
], ids=["writer and unit", "unit alone"])
def test_an_essay_whose_only_place_is_its_writer_s_unit_has_no_region(g, body):
    p = locate(body, g, first_paragraph_end=body.find("\n"))
    assert p.region is None
    assert [m.text for m in p.mentions] == ["吉林省"]  # still a mention


def test_a_unit_over_its_own_report_is_the_region(g):
    body = "中共梅河口市委组织部\n近年来，我市坚持把年轻干部放到基层一线锻炼，先后选派两百余名干部驻村。"
    assert _region(locate(body, g, first_paragraph_end=body.find("\n"))) == ("吉林省", "通化市", "梅河口市")
