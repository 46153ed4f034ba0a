"""Measures, session 68: classes of clauses the measures layer took wrongly on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"


def _measures(sentence: str) -> list[str]:
    return [m.text for m in find_measures(article(f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"))]


# -- a speaker's verdict on a thing's worth (某某指出，…，是…的重要举措。): what he said, no act --------

@pytest.mark.parametrize("sentence", [
    "会议强调，选派机关干部到村任职，是锤炼作风的重要举措，是密切党群关系的有效途径。",
    "方小禾指出，青年干部是推动乡村振兴的生力军。",
    "县委书记李明表示，开展村干部学历提升行动是夯实基层基础的长远之举。",
    "通知指出，即将召开的全县组织工作会议是一次承前启后的重要会议。",
    "县委组织部负责人介绍，这次干部交流是落实年轻干部培养要求、推动县域发展的重要举措。",
])
def test_a_speakers_verdict_on_a_things_worth_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # the act reported, with its figures or told as done
    "县委组织部负责人介绍，今年共选派120名机关干部到村任职，是历年来人数最多的一次选派工作。",
    "方小禾表示，县里出台了容错纠错办法，是为敢于担当的干部撑腰的重要举措。",
    "据介绍，该县建立村干部报酬动态增长机制，是全市首个这样做的县。",
    # a verdict with no speech verb before it, a speaker's charge, and an act told after a speech verb
    "青禾县建立年轻干部跟踪培养机制，是全省较早探索的县之一。",
    "会议要求，各乡镇要建立村级后备干部人才库，实行动态管理。",
    "李明介绍，柳川镇对全镇村干部开展履职能力轮训，邀请专家授课。",
])
def test_an_act_told_with_a_speech_verb_or_a_verdict_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # an act told by its doer after a speech verb, then the verdict on it (review of session 68)
    "据介绍，该县从今年起在全县推行村干部轮流坐班制度，这是方便群众办事的重要举措。",
    "柳川镇党委书记介绍，镇里为每个村配备一名大学生村官，这是充实村级力量的有效之举。",
    "李明说，县里每年都安排村干部外出考察学习，这是开阔村干部眼界的重要途径。",
    "县委组织部负责人表示，该县将选派优秀年轻干部到乡村振兴一线挂职锻炼，这既是培养干部的重要途径，也是服务基层的有效举措。",
    "据县委组织部介绍，该县每季度组织一次村党组织书记擂台比武，是检验村干部履职能力的重要平台。",
    "李明介绍，青禾县建立村干部报酬动态增长机制，是激励村干部担当作为的重要举措。",
    # 是 and 说 inside a word (特别是, 凡是, 一般来说)
    "县委组织部负责人介绍，该县坚持把年轻干部放到基层一线锻炼，特别是选派年轻干部到信访、征拆等岗位历练，作为提升能力的重要平台。",
    "据介绍，凡是受到诬告错告的干部，县纪委监委都会及时作出为其澄清正名的决定，并在一定范围内公开。",
    "一般来说，该县对新提拔的乡镇领导干部都安排到信访岗位锻炼，这是检验干部作风的重要途径。",
])
def test_an_act_told_by_its_doer_before_a_verdict_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


# -- someone's feelings told (说起…，某某深有感触。): a person's reaction in a feature, no act ---------------

@pytest.mark.parametrize("sentence", [
    "说起半年来的跟班锻炼和集中培训，柳川镇干部方小禾深有感触。",
    "谈起这次外出培训，青禾县河湾村党支部书记李明便打开了话匣子。",
    "在刚刚结束的村干部培训班上，河湾村的李明感慨地说，这次学习让他找到了发展的路子。",
    "11月3日，谈到干部考核的新办法，柳川镇党委书记很有感触。",
])
def test_someones_feelings_told_are_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # an act named in the sentence, or told before the one who feels
    "县委组织部组织村干部赴浙江考察学习，大家深有感触。",
    "针对群众反映的难题，柳川镇为每个村配备了一名专职网格员，村民感慨地说，办事方便多了。",
    "青禾县举办年轻干部演讲比赛，选手们结合工作经历讲述感人故事，台下观众感慨不已。",
])
def test_an_act_told_with_someones_feelings_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # an act told in the time or occasion before the one who feels (review of session 68)
    "青禾县将每周五定为村干部集中学习日，不少村干部感慨，学习让自己开阔了眼界。",
    "柳川镇推行村干部轮流坐班制度后，村民们感慨，现在办事不用跑冤枉路了。",
    "青禾县把容错纠错情况纳入年度综合考核中，干部们感叹，干事更有底气了。",
    "县委组织部对新任村干部进行为期一周的集中轮训后，学员们纷纷感慨收获很大。",
    "縣委組織部推行村幹部述職評議制度後，不少村幹部深有感觸。",
    # a feeling in a title
    "县委组织部录制《老支书的感叹》微党课，在全县各村巡回播放。",
])
def test_an_act_told_before_someones_feelings_stays_a_measure(segmenter, sentence):
    from pipeline.text.chars import to_simplified

    assert to_simplified(sentence) in _measures(sentence)
