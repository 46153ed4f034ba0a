"""Places and the primary region: classes of text fixed in session 63.

Every sentence here is written for these tests; the provinces, cities, counties and towns are real
divisions, the people and their deeds invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def test_a_text_speaking_as_its_county_is_not_placed_at_the_town_it_tells_of(g):
    # 我市 (a county-level city, here named by none of its own names) sends first secretaries; one of
    # them, in a village of one town, is its example: the region is the county that speaks, not the town
    text = ("日前,我市选派42名机关干部到村担任第一书记。邹平市好生街道某村第一书记王某介绍,"
            "他到任后先走访了全村农户。据了解,我市今年还将选派一批干部。好生街道将做好服务保障。")
    r = locate(text, g).region
    assert (r.level, r.name) == ("county", "邹平市")
    # a town's own report (我镇, 全镇) stays at the town, though it cites its city's programme
    text = ("近日,好生街道召开会议部署驻村工作。我市选派的第一书记已全部到岗,"
            "全街道各村将配合做好保障。好生街道党工委书记表示,将抓好落实。")
    r = locate(text, g).region
    assert (r.level, r.name) == ("township", "好生街道")
    # nothing said as a unit's own: the town named most is the region, as before
    text = "好生街道某村第一书记王某到任后,走访了全村农户。好生街道党工委书记表示,将支持他的工作。"
    r = locate(text, g).region
    assert (r.level, r.name) == ("township", "好生街道")



def test_a_county_speaking_twice_with_no_towns_organ_at_work_is_still_the_county(g):
    text = ("今年以来,我县选派25名干部到村任职。沂源县东里镇某村第一书记刘某说,他到村后先摸清了村情。"
            "据悉,我县还将开展一轮考核。东里镇将做好保障。")
    r = locate(text, g).region
    assert (r.level, r.name) == ("county", "沂源县")


@pytest.mark.parametrize("text, title, town", [
    # a town's own recruitment notice: 本县户籍 is where the recruit must live, not the county's voice
    ("桓台县起凤镇2024年公开招聘专职网格员公告。根据工作需要,起凤镇面向社会公开招聘专职网格员10名。"
     "报名条件:具有本县户籍(或父母一方为本县户籍),年龄在35周岁以下。报名地点:起凤镇便民服务中心。", None, "起凤镇"),
    # the town's party committee at work, though it cites its county's plan twice
    ("日前,沂源县东里镇召开乡村振兴工作推进会。镇党委书记张某要求,要全面落实我县农村工作会议部署,"
     "按照我县确定的目标扎实推进各项任务。东里镇各村负责人参加会议。", None, "东里镇"),
    # a town's inspection citing its county's rule once, the headline naming the county and the town
    ("五井镇开展惠民政策落实情况督查,重点查看各村是否按照本县规定及时公开补贴发放情况。五井镇将对发现的问题限期整改。",
     "临朐县五井镇:督查惠民政策落实", "五井镇"),
], ids=["residence-required", "town-party-committee", "county-cited-once"])
def test_a_town_citing_its_county_once_or_acting_through_its_own_organs_stays_the_towns(g, text, title, town):
    r = locate(text, g, title=title).region
    assert (r.level, r.name) == ("township", town)


def _villages(text, g):
    return [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]


def test_a_village_whose_first_character_makes_a_word_with_the_verb_before_it(g):
    # 到任 (take up a post) and 赴任 are words: the village's name opens inside them all the same
    assert _villages("兴县今年选派干部驻村。小刘被派到任家塔村当第一书记,一干就是三年。", g) == \
        [("任家塔村", "山西省/吕梁市/兴县/任家塔村")]
    assert _villages("兴县今年选派干部驻村。小刘赴任家塔村报到。", g) == [("任家塔村", "山西省/吕梁市/兴县/任家塔村")]
    # a short name glued so stays a word's tail (到任|家村: no such village read)
    assert _villages("兴县今年选派干部驻村。小刘到任后走遍了全村。", g) == []


def _cities(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "city"]


def test_a_cut_pages_last_word_is_read_as_a_unit_the_text_names_in_full(g):
    body = "淄博市今年遴选一批村党组织书记,分赴各区县的村任职。" + "他们到任后走访农户,摸清村情,谋划产业。" * 8
    assert _cities(body + "老张出生在本地,这些年一直在淄博", g)[-1][0] == "淄博"
    # a short name the text never writes in full, at the cut: it may go on (和政|策), no place
    text = "兰州市今年遴选一批干部。" + "他们到任后走访农户,摸清村情。" * 16 + "落实法律法规和政"
    assert [m.text for m in locate(text, g).mentions] == ["兰州市"]



@pytest.mark.parametrize("full, cut, short", [
    # the county named in full, the cut at 和政 of …理论和政|策: 和政制 is a word of the dictionary
    ("临夏州和政县", "各村干部认真学习党的理论和政", "和政"),
    # the city named in full, the cut at 长治 of …稳定和长治|久安
    ("山西省长治市", "全力维护社会稳定和长治", "长治"),
], ids=["hezheng", "changzhi"])
def test_a_cut_pages_last_word_that_opens_an_ordinary_word_stays_unread(g, full, cut, short):
    text = full + "今年选派一批干部驻村帮扶。" + "他们到村后走访农户,摸清村情,谋划产业。" * 10 + cut
    assert len(text) > 200
    mentions = [m.text for m in locate(text, g).mentions]
    assert mentions and mentions[-1] != short

def test_a_text_naming_no_place_that_speaks_as_a_banner_is_inner_mongolias(g):
    text = "今年以来,旗委把年轻干部培养摆在突出位置,从旗直部门和各苏木镇选派40名干部到基层一线锻炼。"
    r = locate(text, g).region
    assert (r.level, r.name) == ("province", "内蒙古自治区")
    # red-flag branches and a flag raised: no banner, no place
    assert locate("各支部争创红旗级党支部,在升旗仪式上重温入党誓词,旗帜鲜明讲政治。", g).region is None



@pytest.mark.parametrize("text", [
    # a flag-bearer (旗手), twice
    "学校举行升旗仪式,本旗手张某护送国旗入场。该旗手表示,将以实际行动为集体争光。",
    # a flag-bearer, then a proverb's flag (旗开得胜)
    "运动会开幕式上,该旗手擎着会旗走在最前。赛后他笑着说,我旗开得胜,明年还要再来。",
    # a flag spoken of as 该旗, twice: no banner's organ anywhere
    "这面党旗意义非凡,该旗曾随部队转战南北,如今该旗被收藏在纪念馆里。",
], ids=["flag-bearer", "proverb", "the-flag"])
def test_flags_and_flag_bearers_are_no_banner(g, text):
    assert locate(text, g).region is None

def test_a_provinces_demonstration_zone_known_by_its_short_name(g):
    # 济源 is governed as the 产城融合示范区 that hosts it: 济源示范区 names the zone, hosted by the city
    ms = [(m.text, m.place.level, m.place.path) for m in locate("济源示范区组织部选派30名年轻干部到乡镇锻炼。", g).mentions]
    assert ms == [("济源示范区", "zone", "河南省/济源市/济源产城融合示范区")]
    r = locate("济源示范区组织部选派30名年轻干部到乡镇锻炼。济源示范区还将开展考核。", g).region
    assert r.name == "济源市"


def test_a_province_opening_an_institutions_name_the_segmenter_holds_as_one_word(g):
    # 新疆生产建设兵团: one word to the segmenter, ordinary words after the province's short name
    ms = locate("巡视组对各省区市和新疆生产建设兵团开展了专项检查。", g).mentions
    assert [(m.text, m.place.name) for m in ms] == [("新疆", "新疆维吾尔自治区")]
