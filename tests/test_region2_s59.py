"""The primary region: harms of session 59's rules mended (review of the session's region rules).

Every sentence here is written for these tests; the provinces, cities and counties are real
divisions, the people, units and events invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate
from tests.test_region_s59 import _region


# -- a writer's unit over the text: the unit's own report when the text speaks of 县委, 市委 …

@pytest.mark.parametrize("body", [
    "中共遂川县委组织部 方小禾 李青山\n今年以来，县委组织部把青年干部放到项目一线，先后选派六十名干部驻村蹲点。",
    "遂川县委党校 供稿\n近日，县委党校组织科级干部进修班学员开展现场教学，县委常委方小禾为学员授课。",
    "遂川县委党校举办青年干部读书班\n5月8日，为期二十天的青年干部读书班开班，四十名学员参加。",  # a headline
    "图为遂川县委党校学员在教学基地参观学习\n近日，党校组织第三期进修班学员重温入党誓词，接受党性教育。",  # a caption
    "遂川县：与某某大学共建青年干部实训基地\n近日，双方签订合作协议，每年联合举办专题培训班四期。",  # a headline's colon
], ids=["县委组织部", "县委党校", "headline", "caption", "colon"])
def test_a_unit_s_line_over_its_own_report_is_the_region(g, body):
    assert _region(locate(body, g, first_paragraph_end=body.find("\n"))) == ("江西省", "吉安市", "遂川县")


def test_a_unit_s_line_over_a_report_of_a_county_visited_is_not_the_county_visited(g):
    body = ("吉安市遂川县委党校 供稿\n近日，县委党校组织学员赴永新县开展党性教育，"
            "与永新县委党校交流办学经验。")
    assert _region(locate(body, g, first_paragraph_end=body.find("\n")))[:3] != ("江西省", "吉安市", "永新县")


def test_an_essay_under_its_writer_s_unit_citing_a_named_county_s_organ_is_not_the_unit_s(g):
    body = "文/中共江西省委党校 方小禾\n年轻干部要在基层经受磨炼。安吉县委的做法说明，培养干部要舍得压担子。"
    assert _region(locate(body, g, first_paragraph_end=body.find("\n")))[0] == "浙江省"


# -- a text naming no place: its medium's when it speaks of 县委, 州委, 全旗 as its own

@pytest.mark.parametrize("source, body, want", [
    ("遂川县融媒体中心", "近日，县委组织部召开青年干部座谈会，十二名青年干部代表交流发言。", ("江西省", "吉安市", "遂川县")),
    ("延边日报", "本报讯 近日，州委组织部召开会议，部署全州青年干部培养工作。", ("吉林省", "延边朝鲜族自治州", None)),
    ("通化日报", "本报讯 近日，市委组织部召开青年干部培养工作推进会，方小禾出席并讲话。", ("吉林省", "通化市", None)),
    ("准格尔旗融媒体中心", "近日，旗委组织部召开会议，部署全旗青年干部下基层锻炼工作。", ("内蒙古自治区", "鄂尔多斯市", "准格尔旗")),
], ids=["县委", "州委 全州", "市委", "全旗"])
def test_a_text_naming_no_place_speaking_of_its_unit_s_organ_is_its_medium_s(g, source, body, want):
    assert _region(locate(body, g, source=source)) == want


# -- a city named as a meeting's venue or a paper's dateline: the province's seat only when the text
#    speaks of the province's own work more than of the city's

@pytest.mark.parametrize("body", [
    "6月3日，全市人才工作会议在长春召开。省委常委、市委书记方小禾出席会议并讲话，要求全市各级各部门抓好人才引育。",
    "6月3日，市委青年干部工作会议在长春市召开。会议传达学习了省委有关会议精神，总结了全市青年干部工作。",
    "吉林日报长春6月3日讯 今年以来，全市先后选派三百名青年干部到基层一线历练，市委组织部建立实绩档案，这一做法位居全省前列。",
    "6月3日，市直机关公开遴选公务员笔试在长春市举行。本次遴选按照省委组织部有关规定组织实施。",
], ids=["title 省委常委", "directive 省委精神", "dateline, 全省前列", "市直 exam"])
def test_a_city_s_own_meeting_or_story_in_its_city_is_the_city_s(g, body):
    assert _region(locate(body, g, first_paragraph_end=len(body)))[:2] == ("吉林省", "长春市")


def test_a_provincial_meeting_in_the_capital_stays_with_the_province(g):
    body = "6月3日，全省青年干部工作会议在长春召开。会议总结了我省青年干部工作，省委组织部负责同志出席并讲话。"
    assert _region(locate(body, g, first_paragraph_end=len(body))) == ("吉林省", None, None)


# -- a national item: 国家 and 中央 inside an organ's or a document's name are no talk of the country

def test_a_county_branch_of_a_central_organ_citing_central_rules_keeps_its_county(g):
    body = ("近日，国家税务总局遂川县税务局召开青年干部座谈会。会议要求，青年干部要坚决拥护党中央的决策部署，"
            "落实好国家减税降费政策，严格遵守中央八项规定精神，在服务纳税人中建功立业。")
    assert _region(locate(body, g, first_paragraph_end=len(body))) == ("江西省", "吉安市", "遂川县")



def test_the_states_new_pattern_is_national_talk_not_an_organ(g):
    # 国家治理新格局: 局 closing 格局 names no bureau (second review)
    body = ("全国上下都在探索年轻干部培养的新路子。我国干部队伍建设要适应国家治理新格局，中央多次强调要源源不断"
            "选拔优秀年轻干部。遂川县的做法值得借鉴。")
    assert _region(locate(body, g, first_paragraph_end=len(body))) is None


# -- counties of three provinces named: no national feature when a unit's organ acts in the text

def test_a_city_whose_organ_hosts_cadres_of_counties_elsewhere_is_the_region(g):
    body = ("宁波市对口帮扶的贵州省望谟县、册亨县和吉林省和龙市近日派出年轻干部到宁波市挂职。"
            "宁波市委组织部安排他们到镇海区、北仑区的乡镇街道跟班学习。")
    assert _region(locate(body, g, first_paragraph_end=len(body)))[:2] == ("浙江省", "宁波市")


# -- a city's report naming the province that praised or approved it: the city, its organ acting twice

@pytest.mark.parametrize("body", [
    "近日，通化市委组织部开办的青年干部夜校迎来第五十期学员。这一做法在吉林省尚属首创，得到吉林省委组织部的肯定，"
    "吉林省委组织部有关负责同志专程前来调研。通化市委组织部表示，将持续办好夜校。",
    "近日，吉林省委组织部、吉林省人社厅联合表彰一批人才工作先进集体，通化市委组织部榜上有名。"
    "通化市委组织部近年来实施青年人才培育计划，累计引进各类人才三千余名。",
], ids=["praised", "awarded"])
def test_a_city_whose_organ_acts_again_and_again_is_the_region_though_its_province_is_named(g, body):
    assert _region(locate(body, g, first_paragraph_end=len(body)))[:2] == ("吉林省", "通化市")
