"""Measures, session 64: classes of clauses the measures layer took wrongly on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"


def _measures(sentence: str) -> list[str]:
    return [m.text for m in find_measures(article(f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"))]


@pytest.mark.parametrize("quote", [
    "“干部常年扎在农村，培养乡村振兴需要的人才，离不开好的村干部。",  # 乡 inside 乡村
    "“过去考核一刀切，条件好的乡镇年年评优，大家心里不服。",          # 乡镇: the townships in general
    "“以前村党组织书记待遇偏低，考核激励也跟不上，岗位留不住人。",      # 党组织: no organ named
])
def test_a_quotation_whose_place_words_are_general_words_is_no_measure(segmenter, quote):
    assert quote not in _measures(quote)


@pytest.mark.parametrize("quote", [
    "“这两年，柳川镇把考核指标细化到岗，干部干劲足了。",              # a town named
    "“全县上下把选派干部驻村当成头等大事，年年考核排名。",            # 全县: the region itself
])
def test_a_quotation_naming_a_region_stays_a_measure(segmenter, quote):
    assert quote in _measures(quote)


@pytest.mark.parametrize("sentence", [
    "培训会由县委副书记张明主持，市委组织部干部科负责同志到会指导。",   # who chaired
    "市委常委、宣传部部长王华，副市长李强出席。",                        # who attended
    "县委组织部、县委宣传部有关同志，各乡镇党委书记参加会议。",
    "县委常委、宣传部部长刘军出席会议并讲话。",
])
def test_who_chaired_or_attended_a_meeting_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "3月5日，柳川镇召开驻村第一书记述职评议会，镇领导班子成员出席，镇党委书记主持会议。",  # the meeting held
    "县委组织部组织全县新任村党组织书记参加会议。",                                         # sent to it
    "县委邀请三名老支书参加座谈。",
])
def test_a_meeting_held_or_people_sent_to_it_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "开班仪式上，市委组织部副部长李明勉励广大选调生，要扎根基层、锤炼本领。",     # a charge to trainees
    "她希望学员们珍惜这次培训机会，把学到的方法带回村里。",
    "县委组织部负责人介绍，选派干部到信访一线，体现了实践育人的导向，希望年轻干部在一线经受考验。",
])
def test_a_speakers_charge_to_trainees_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "县里出台办法，鼓励年轻干部到乡镇任职，对表现突出的优先提拔。",     # 鼓励: a policy
    "县委组织部要求各乡镇为新录用的选调生配备导师。",                 # a directive
])
def test_encouragement_as_a_policy_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "此次培训旨在提升村党组织书记带领群众发展集体经济的本领。",       # what the training is for
    "据悉，本次培训班旨在引导新录用选调生坚定理想信念、提升履职能力。",
])
def test_what_an_event_is_for_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


def test_an_event_told_with_its_count_stays_a_measure(segmenter):
    sentence = "此次培训旨在提升基层干部履职能力，共培训村干部320人。"
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "”日前，县委巡察组在柳川镇开展回访时，一位村民拉着组员的手说。",     # the attribution, after a time
    "”5月12日，分管干部考核工作的县委组织部干部告诉记者。",
])
def test_a_quotations_attribution_opening_with_a_time_is_no_measure(segmenter, sentence):
    assert sentence.lstrip("”") not in _measures(sentence)  # (a measure leaves the ” to the sentence it closes)


def test_a_reported_act_after_a_quotation_stays_a_measure(segmenter):
    sentence = "”日前，县委巡察组对柳川镇开展回访，督促整改问题12个。"
    assert sentence.lstrip("”") in _measures(sentence)  # (a measure leaves the ” to the sentence it closes)


@pytest.mark.parametrize("sentence", [
    "针对发现的问题，巡察组要求该村限期进行整改。",             # an inspection's order to put it right
    "巡察组随即向两个乡镇下发整改建议书。",
])
def test_an_order_to_put_right_what_an_inspection_found_is_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


def test_rectification_as_a_cause_is_no_measure(segmenter):
    sentence = "该村面貌的变化，得益于巡察反馈后的整改工作。"
    assert sentence not in _measures(sentence)


# Narrowings after review: each harm case below was dropped (or, for the inspection's order, added)
# by a class of this session as first written.

@pytest.mark.parametrize("quote", [
    "“全镇村干部实行坐班值班制度，群众来办事随时能找到人。",          # 全镇: 镇 before 村 is still a town
    "“古城镇把考核指标细化到岗，干部干劲足了。",                      # 古城镇: a town whose name ends in 城
    "“大村镇今年选派了两名年轻干部，充实到村里。",                    # 大村镇: a town whose name ends in 村
    "“阳光社区党总支把网格员全部纳入干部储备库，定期跟踪培养。",      # a named community's organ
    "“青禾高新园区今年选派了十名年轻干部，到企业一线蹲点锻炼。",      # a named park
    "“该乡镇把村干部报酬和考核结果挂钩，干得好的多拿。",              # 该乡镇: the township itself
    "“全乡村干部都签了承诺书，年底逐项兑现。",                        # 全乡: the township's cadres
])
def test_a_quotation_naming_a_town_community_or_park_stays_a_measure(segmenter, quote):
    assert quote in _measures(quote)


@pytest.mark.parametrize("sentence", [
    "对新提拔的32名干部进行任前集体谈话，由县委组织部部长主持。",
    "县委组织部对10名试用期满干部进行考核，县纪委派员列席。",
    "落实“第一议题”制度，每月集中学习一次，均由县委书记主持。",
    "县委理论学习中心组集中学习研讨12次，均由县委书记主持。",
    "全县18名乡镇党委书记现场述职，县委书记逐一点评并主持。",
    "对受到问责的12名干部进行回访教育，由乡镇党委书记主持。",
])
def test_an_act_told_with_who_chaired_it_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "结业仪式上，县委组织部为32名优秀学员颁发证书，并寄语学员扎根基层。",
    "县委组织部为每名选调生配备一名导师，希望大家虚心求教、尽快成长。",
    "县委组织部为新录用的46名选调生举办岗前培训，勉励选调生扎根基层。",
    "县委组织部向全县年轻干部印发《致全县年轻干部的一封信》，寄语年轻干部在一线建功立业。",
    "培训期间，县纪委为参训学员发放廉政提醒卡，叮嘱学员守住底线。",
    "县委书记与20名年轻干部逐一谈心谈话，希望大家敢于担当。",
    "县领导走访慰问驻村干部，勉励第一书记们安心驻村、真心为民。",
])
def test_an_act_followed_by_a_charge_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "该县建立干部容错纠错机制旨在激励干部担当作为。",     # a mechanism set up, not an event
    "此次选派120名干部驻村旨在推动乡村振兴。",              # the act told with its count
    "此次轮训两百名村干部旨在提升履职能力。",               # a count in Chinese numerals
])
def test_an_act_told_with_its_aim_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


def test_what_a_training_is_for_with_a_number_that_counts_no_one_is_no_measure(segmenter):
    sentence = "本次培训班旨在学习领会3篇重要文章的精神，引导学员坚定理想信念。"
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "”今年以来，该县已为23名干部澄清正名，县纪委一位负责同志告诉记者。",
    "”为此，该县出台了《容错纠错实施办法》，县委组织部负责人表示。",
    "”目前，全县已有56名干部通过容错免责，县委组织部干部科科长说。",
    "”据统计，全县已建立干部实绩档案1200余份，县委组织部负责人表示。",
])
def test_a_reported_act_with_its_attribution_at_the_end_stays_a_measure(segmenter, sentence):
    assert sentence.lstrip("”") in _measures(sentence)  # (a measure leaves the ” to the sentence it closes)


@pytest.mark.parametrize("sentence", [
    "部分单位未按要求及时整改。",                  # a shortcoming
    "截至目前，已按要求整改到位问题36个。",          # a result
    "群众多次要求村委会尽快整改。",                  # no inspecting organ
    "村民要求整改的呼声很高。",
    "要求整改的问题已全部整改到位。",
])
def test_rectification_asked_for_without_an_inspection_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)
