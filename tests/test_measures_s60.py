"""Measures, session 60: classes of clauses the measures layer missed on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article


def test_a_small_form_semicolon_ends_a_clause(segmenter):
    # ﹔ (the small form of ；) closes a clause in some pages' text just as ； does: each item
    # of a run joined by it is a measure of its own, not one long clause.
    text = ("青禾县关心驻村干部\n"
            "今年以来，青禾县为每名驻村干部办理意外伤害保险﹔"
            "县委组织部每季度走访驻村干部家属﹔"
            "柳川镇为驻村干部安排周转宿舍。\n")
    got = [m.text for m in find_measures(article(text))]
    assert got == ["今年以来，青禾县为每名驻村干部办理意外伤害保险﹔", "县委组织部每季度走访驻村干部家属﹔",
                   "柳川镇为驻村干部安排周转宿舍。"]


@pytest.mark.parametrize("sentence", [
    "柳川镇纪委对违规收受礼金的问题严肃查处。",          # sanctions and checks
    "对未按时报告个人事项的干部，责令其限期改正。",
    "青禾县纪委每年抽查科级干部个人事项报告200份。",
    "方小禾因擅离岗位受到党内警告。",
    "村干部无故缺席例会的，每次扣发当月绩效报酬50元。",
    "具有两年以上村级工作经历的考生，同等条件下优先录取。",  # preference and intake in recruitment
    "取得社工职业资格的报考人员，笔试总成绩加分2分。",
    "青禾县今年面向退役军人招收社区专职工作者40名。",
    "县委向柳川镇12个村派驻第一书记。",            # dispatch
    "青禾县整合全县7支协管员队伍，组成一支网格员队伍。",    # teams formed or merged
    "柳川镇组建了一支由年轻干部参加的应急突击队。",
    "村干部外出两天以上的，须向镇党委书记请假。",          # leave rules
    "县委第三巡察组向柳川镇党委反馈了巡察意见。",          # an inspection's report back
    "柳川镇15个村全部选举产生新一届村民委员会。",          # elections
    "专家组听取汇报后，对各村支部书记逐一打分。",        # scoring
])
def test_actions_of_sanction_intake_dispatch_and_rules_are_measures(segmenter, sentence):
    # Organs' acts the verb list lacked: each names a class of measure_verbs.txt.
    text = f"青禾县加强干部队伍建设\n{sentence}\n"
    assert [m.text for m in find_measures(article(text))] == [sentence]


@pytest.mark.parametrize("opening", ["最近，柳川镇", "会上，县委组织部", "换届伊始，柳川镇", "春节刚过，青禾县"])
def test_a_paragraph_opening_with_the_telling_time_or_an_occasions_start_is_no_lead_heading(segmenter, opening):
    # 最近 is a time of the telling like 近日; a bare 会上 and an occasion's start (…伊始,
    # …刚过) open a report of what happened: the sentence is a measure, not the paragraph's heading.
    text = ("青禾县关心年轻干部成长\n"
            "青禾县把年轻干部培养放在突出位置。\n"
            f"{opening}为年轻干部配备导师，每季度组织一次谈心。县委组织部每年开展两次回访。\n")
    ms = find_measures(article(text))
    assert any(m.text.startswith(opening[:2]) and "配备导师" in m.text for m in ms)


def test_a_ban_on_an_organs_practice_is_a_measure(segmenter):
    sentence = "未经县委同意，各部门不得向柳川镇借调干部。"
    assert [m.text for m in find_measures(article(f"青禾县为基层减负\n{sentence}\n"))] == [sentence]


@pytest.mark.parametrize("sentence", ["方小禾不得不推迟落实休假安排，先完成换届工作。", "有下列情形之一的，不得报考：",
                                      "工作队起初开展工作不得法，群众意见很大。"])
def test_idioms_holding_a_ban_and_who_may_not_apply_are_no_measures(segmenter, sentence):
    # 不得不 (must), 不得法 (clumsily) name no ban; a list of who may not apply is criteria.
    assert find_measures(article(f"青禾县为基层减负\n{sentence}\n")) == []


@pytest.mark.parametrize("sentence", ["青禾县严格控制会议数量、会期和规模。", "柳川镇将招商运营职能剥离至县属国有公司承担。",
                                      "对撤并乡镇的行政事业编制进行封存。", "换届中全县共精减乡镇副职岗位40个。"])
def test_caps_on_meetings_and_an_organs_functions_split_off_are_measures(segmenter, sentence):
    assert [m.text for m in find_measures(article(f"青禾县为基层减负\n{sentence}\n"))] == [sentence]


@pytest.mark.parametrize("sentence", ["对虚报误工费的村干部，柳川镇纪委严肃处理。", "最终，镇纪委对方小禾作批评教育处理。"])
def test_a_sanction_named_by_its_kind_is_a_measure(segmenter, sentence):
    assert [m.text for m in find_measures(article(f"青禾县从严管理干部\n{sentence}\n"))] == [sentence]
