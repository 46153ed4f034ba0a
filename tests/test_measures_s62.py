"""Measures, session 62: classes of clauses the measures layer missed on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"


@pytest.mark.parametrize("lead", [
    "柳川镇建立村干部实绩档案，健全分类考评机制。",              # a region as the subject
    "为提升驻村干部能力，该县对新选派人员进行为期三天的集中培训。",  # the article's region after a purpose
    "镇纪委随即成立核查组，逐户走访核实情况。",                    # an organ, an adverb, then the act
])
def test_a_lead_sentence_with_a_region_or_organ_as_subject_is_a_measure(segmenter, lead):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}全镇23个村的干部都已建档，每季度更新一次。\n"
    assert lead in [m.text for m in find_measures(article(text))]


def test_a_subjectless_lead_stays_the_paragraphs_heading(segmenter):
    # 建立…，健全… with no subject names the task the paragraph then tells: a heading, no measure.
    lead = "建立村干部实绩档案，健全分类考评机制。"
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}柳川镇为全镇23个村的干部逐一建档，每季度更新一次。\n"
    got = find_measures(article(text))
    assert lead not in [m.text for m in got]
    assert any(m.heading == lead.rstrip("。") for m in got)


def test_an_enumerated_item_told_with_le_is_a_measure_not_a_heading(segmenter):
    # 二是制定了…办法。 then its elaboration: the item reports what was done.
    item = "二是制定了《青禾县村干部坐班管理办法》。"
    text = f"青禾县加强村干部管理\n{_OPENING}{item}《办法》对坐班时间、请假程序作出具体规定。\n"
    assert item in [m.text for m in find_measures(article(text))]


def test_an_enumerated_task_stays_the_heading_of_its_elaboration(segmenter):
    item = "二是制定坐班管理办法。"
    text = f"青禾县加强村干部管理\n{_OPENING}{item}柳川镇对坐班时间、请假程序作出具体规定。\n"
    got = find_measures(article(text))
    assert all("制定坐班管理办法" not in m.text for m in got)
    assert any(m.heading == item.rstrip("。") for m in got)


@pytest.mark.parametrize("note", [
    "■编者按 青禾县选派80名机关干部到村任职，探索出一条培养干部的新路。",   # a label after a bullet
    "导读：青禾县建立村干部实绩档案，为选拔干部提供依据。",
    "编者的话：柳川镇开展村干部轮训，本报今起连续刊发系列报道。",
])
def test_an_editors_note_gives_no_measure(segmenter, note):
    text = f"青禾县加强村干部队伍建设\n{note}\n柳川镇为全镇23个村的干部逐一建档。\n"
    assert [m.text for m in find_measures(article(text))] == ["柳川镇为全镇23个村的干部逐一建档。"]


@pytest.mark.parametrize("sentence", [
    "今年青禾县在面试中增设了15名群众评委。",                        # a panel added
    "青禾县今年招募“三支一扶”人员42人。",                            # intake of staff
    "青禾县委为首批6个干部教育实践基地授牌。",                    # a plaque conferred
])
def test_panels_added_intake_and_plaques_are_measures(segmenter, sentence):
    assert [m.text for m in find_measures(article(f"青禾县加强干部队伍建设\n{sentence}\n"))] == [sentence]
