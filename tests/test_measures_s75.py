"""Measures, session 75: classes of sentences the extractor kept as measures that tell no act of a region or an
organ (tests/gold_real/GUIDELINES.rst, "measures"): who sat in on a meeting or an event, a term defined, a
question with 何在 or 啥, an act named as a topic and then its effect, an act's worth as a model, what a reporter
found, words given in an interview, a verdict opening with the mark that closed the quotation before it.  Each
with the sentences of the same shape that stay measures.  Texts written for these tests."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_HEAD = "青禾县加强村干部队伍建设\n今年以来，青禾县持续加强村干部队伍建设。\n"


def _measures(body: str) -> list[str]:
    return [m.text for m in find_measures(article(_HEAD + body))]


@pytest.mark.parametrize("sentence", [
    # who sat in on a meeting, an event or a ceremony
    "区里几套班子的领导和各街道、区直部门的主要负责同志参加了会议。",
    "市委常委、组织部长周平参加欢送仪式。",
    "各镇组织委员、组织干事以及全区的村支部书记一起参加了此次活动。",
    # a term defined
    "村主干是指村党组织书记和村委会主任。",
    "（一）驻村干部：指由县直单位选派到村开展帮扶工作的在编干部。",
    "第三条 本办法所称村干部，主要指村党支部和村委会的成员。",
    # a question with 何在 or 啥
    "如此大规模调整村干部队伍，原因何在？",
    "取消了多项考核之后，乡镇干部每天到底在忙啥？",
    # an act named as a topic, then its effect; an act's worth as a model
    "技能竞赛活动的开展，进一步增强了社区书记的服务本领，也调动了大家的积极性。",
    "这一选派干部驻村的“柳川做法”，为探索基层干部培养路径提供了有益借鉴。",
    # what a reporter found; someone's words or story given in an interview
    "记者近日走访多个乡镇的村干部，发现他们每天平均工作十个小时以上。",
    "在接受本报记者采访时，县委组织部副部长李华表示，为受到诬告的干部澄清正名是组织的责任。",
    "近日，柳川镇一位被澄清正名的村干部接受媒体采访时，回忆了自己重新挺直腰杆的经历。",
])
def test_the_sentence_is_no_measure(segmenter, sentence):
    assert not [m for m in _measures(sentence + "\n") if sentence[:8] in m]


@pytest.mark.parametrize("sentence", [
    # who sat in, where a meeting is held or those trained are counted
    "全县32名新任村党组织书记参加了此次培训。",
    "县委组织部召开村干部管理工作会议，各乡镇党委书记参加会议。",
    # a programme named and told, its name quoted
    "“两个一批”是指轮岗交流一批、挂职锻炼一批，今年已选派36名干部到乡镇挂职。",
    # 指 of another word
    "县委组织部是指导全县村级换届工作的牵头部门，负责制定换届工作方案。",
    # a question that tells an act with its figure
    "柳川镇开展“村干部如何当好带头人”专题研讨12场次?",
    # the topic's effect counted; material handed out
    "培训班的举办，共覆盖全县村干部300余人。",
    "县委组织部为全县村干部提供了参考资料和学习用书，组织集中学习。",
    # a reported act after the interview's frame: its doer, or its figures
    "接受记者采访时，该县县委组织部负责人介绍，该县今年已选派年轻干部到村任职。",
    "在接受记者采访时，县委组织部负责人介绍，今年全县共选派120名干部驻村帮扶。",
])
def test_the_sentence_stays_a_measure(segmenter, sentence):
    assert [m for m in _measures(sentence + "\n") if sentence[:8] in m]


def test_a_verdict_after_a_quotation_is_no_measure(segmenter):
    # the clause opens with the mark that closed the quotation: read without it, it is a verdict
    body = "“组织为我澄清正名，让我放下包袱安心干事。”这是柳川镇一名被澄清正名的村干部发自肺腑的心声。\n"
    assert not [m for m in _measures(body) if m.startswith("这是")]


def test_a_measure_after_a_quotation_stays(segmenter):
    body = "“组织为我澄清正名，让我放下包袱安心干事。”今年以来，柳川镇纪委为8名被错告的干部公开还了清白。\n"
    assert [m for m in _measures(body) if m.startswith("今年以来")]


def test_a_list_of_duties_and_its_items_are_no_measures(segmenter):
    # a post's duties listed in the paragraph, each item closed by ；: the sentence after the list is read as before
    body = ("驻村第一书记职责：对村级重大事务提出意见和建议；协助村党组织开展党员教育管理；"
            "定期向派出单位报告驻村工作情况。柳川镇为每名第一书记安排工作经费2万元。\n")
    assert _measures(body) == ["今年以来，青禾县持续加强村干部队伍建设。", "柳川镇为每名第一书记安排工作经费2万元。"]


def test_numbered_duties_after_their_lead_are_no_measures(segmenter):
    # a regulation's article leading its numbered duties; the article after them is read as before
    body = ("第四条村务监督委员会主任主持监督委员会全面工作，主要职责是：\n"
            "1.组织监督委员会成员开展村务公开和财务收支情况的日常监督。\n"
            "2.定期向村党组织报告监督工作情况，提出整改意见和建议。\n"
            "第五条乡镇党委每年组织对村务监督委员会成员进行一次集中培训。\n")
    assert _measures(body) == ["今年以来，青禾县持续加强村干部队伍建设。",
                               "第五条乡镇党委每年组织对村务监督委员会成员进行一次集中培训。"]


@pytest.mark.parametrize("sentence", [
    "她到村任职后，主要职责是负责村里三个安置小区的社区治理和矛盾调解工作。",
    # a list of conditions' lead, written with 者
    "7.凡属下列情形之一者，不得报考公开选拔的科级领导职位：",
])
def test_a_duty_or_a_condition_s_lead_is_no_measure(segmenter, sentence):
    assert not [m for m in _measures(sentence + "\n") if sentence[:8] in m]


@pytest.mark.parametrize("body, kept", [
    # an organ setting the duties, and duties carried out, stay measures
    ("该县印发《村干部履职清单》，明确村支部书记9项主要职责：管党务、兴产业、护平安。\n",
     "该县印发《村干部履职清单》，明确村支部书记9项主要职责：管党务、兴产业、护平安。"),
    ("县纪委监委督促各乡镇纪委切实履行监督职责：对村级换届开展全程监督；对违纪行为及时查处。\n",
     "对违纪行为及时查处。"),
])
def test_duties_set_by_an_organ_stay_measures(segmenter, body, kept):
    assert kept in _measures(body)


@pytest.mark.parametrize("sentence", [
    # a thing's worth or place told as what it is
    "为村级组织减负松绑，是稳定基层队伍、夯实基层基础的重要一招。",
    "加强年轻干部培养，是关系事业长远发展的头等大事。",
    "打造一支能打硬仗的基层干部队伍，是推进县域发展的重中之重。",
])
def test_a_thing_s_worth_told_is_no_measure(segmenter, sentence):
    assert not [m for m in _measures(sentence + "\n") if sentence[:8] in m]


@pytest.mark.parametrize("sentence", [
    # the act told with its figure or its doer
    "柳川镇选派12名年轻干部到村任职，这批干部是乡村振兴的生力军。",
    "该县建立村干部报酬动态增长机制，是稳定村干部队伍的重要一招。",
    "柳川镇建立村干部报酬动态增长机制，是稳定村干部队伍的重要一招。",
    "柳川镇建立年轻干部实训基地，为全市培养年轻干部提供了有益借鉴。",
    "青禾县委组织部推行村干部积分管理，为各地管好村干部提供了鲜活样板。",
])
def test_an_act_told_with_its_worth_stays_a_measure(segmenter, sentence):
    assert [m for m in _measures(sentence + "\n") if sentence[:8] in m]
