"""Measures, session 61: classes of clauses the measures layer missed on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article


@pytest.mark.parametrize("sentence", [
    "经研究，方小禾同志任柳川镇党委书记，免去其青禾县农业农村局局长职务。",   # a notice's appointment
    "中共青禾县第九届委员会第一次全体会议选举方小禾为县委书记。",              # a plenum's election
    "青禾县第五届人大常委会任命林小川为青禾县副县长。",                        # a standing committee's
])
def test_an_organs_appointment_of_a_named_cadre_is_a_measure(segmenter, sentence):
    assert [m.text for m in find_measures(article(f"青禾县调整干部\n{sentence}\n"))] == [sentence]


@pytest.mark.parametrize("sentence", ["驻村以来，工作队全体同志任劳任怨，风雨无阻。",
                                      "今年全镇的工作任务很重，各位同志任重道远。"])
def test_comrades_at_work_are_no_appointment(segmenter, sentence):
    assert find_measures(article(f"青禾县调整干部\n{sentence}\n")) == []


@pytest.mark.parametrize("quoted, report", [
    ("“经核查，反映方小禾同志的问题不属实，现予以澄清……”", "近日，柳川镇纪委召开澄清正名会，为方小禾澄清正名。"),
    ("“机关干部下基层”“年轻干部当导师”……", "今年以来，青禾县选派80名机关干部到村任职。"),
])
def test_a_quotation_closed_by_an_ellipsis_ends_its_sentence(segmenter, quoted, report):
    # The quoted excerpt opening the report is no measure; the report's own sentence after it is.
    text = f"青禾县关心干部\n{quoted}{report}\n"
    assert [m.text for m in find_measures(article(text))] == [report]


def test_a_notices_addressees_belong_to_no_measure(segmenter):
    # The addressees line run into the notice's first sentence: the measure starts after its colon.
    sentence = "经县委同意，现将《青禾县村干部培训办法》印发给你们，请认真贯彻执行。"
    text = ("青禾县委关于印发《青禾县村干部培训办法》的通知\n"
            f"各乡镇党委，县委各部委，县直各单位党组（党委）：{sentence}\n")
    assert [m.text for m in find_measures(article(text))] == [sentence]


@pytest.mark.parametrize("sentence", [
    "青禾县注重在乡村振兴一线选用干部，今年已有12人走上领导岗位。",   # choosing and nominating
    "柳川镇从村级后备力量中选任6名村务助理。",
    "各村按程序推选村民代表320名。",
    "县纪委每月督促各乡镇整改巡察发现的问题。",                      # pressing another to act
])
def test_choosing_nominating_and_pressing_to_act_are_measures(segmenter, sentence):
    assert [m.text for m in find_measures(article(f"青禾县加强干部队伍建设\n{sentence}\n"))] == [sentence]


@pytest.mark.parametrize("sentence", [
    "柳川镇对全镇在职干部的住房情况全面摸排。",                      # checks and reviews
    "各单位对照清单自查违规兼职问题45个。",
    "镇党委对干部提出的意见建议逐一答复。",
    "青禾县第九届委员会全会投票表决4名乡镇党委书记人选。",            # votes
    "县财政每年资助50名村干部参加学历教育。",                         # funding and insurance
    "村干部离任后仍可按原标准参保。",
    "县直部门不再向乡镇借调干部。",                                   # cadres borrowed
])
def test_checks_votes_funding_and_borrowing_cadres_are_measures(segmenter, sentence):
    assert [m.text for m in find_measures(article(f"青禾县加强干部队伍建设\n{sentence}\n"))] == [sentence]
