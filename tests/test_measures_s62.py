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
    "【编者注】柳川镇推行村干部坐班制度，本文为系列报道之三。",
])
def test_an_editors_note_gives_no_measure(segmenter, note):
    text = f"青禾县加强村干部队伍建设\n{note}\n柳川镇为全镇23个村的干部逐一建档。\n"
    assert [m.text for m in find_measures(article(text))] == ["柳川镇为全镇23个村的干部逐一建档。"]


def test_a_panel_added_is_a_measure(segmenter):
    sentence = "今年青禾县在面试中增设了15名群众评委。"
    assert [m.text for m in find_measures(article(f"青禾县加强干部队伍建设\n{sentence}\n"))] == [sentence]


# Mends after the review of session 62's rules: each input below is read as it was before them.

_BODY = "全镇23个村的党组织每季度开展一次专题培训，建立培训档案。\n"


@pytest.mark.parametrize("lead", [
    "加强镇党委对村级班子的统一领导，把好村干部人选关。",   # a verb, then the organ as its object
    "发挥镇党委在干部培养中的主体作用。",
    "督导各街道建立年轻干部成长档案，跟踪培养使用。",      # 各 inside the would-be name
    "压紧乡镇党委对村级班子建设的主体责任。",
    "推动社区建立网格员培训体系，拓宽成长通道。",
    "激活街道在人才服务中的枢纽作用。",
    "用好城市建设主战场，在攻坚克难中锤炼干部。",
    "强化镇纪委在村级监督中的专责作用。",
])
def test_a_task_heading_with_an_organ_as_its_object_stays_the_heading(segmenter, lead):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}{_BODY}"
    got = find_measures(article(text))
    assert lead not in [m.text for m in got]
    assert any(m.heading == lead.rstrip("。") for m in got)


@pytest.mark.parametrize("item", [
    "一是深入了解村干部。",                  # 了解
    "（二）全面了解掌握干部一贯表现。",
    "三是为了群众选干部。",                  # 为了
    "2.坚持动态管理，做到底数了然于胸。",    # 了然
    "四是抓好信访积案了结。",                # 了结
    "五是防止小问题拖成不得了的大问题。",    # 不得了
])
def test_le_inside_a_word_leaves_an_enumerated_heading(segmenter, item):
    text = f"青禾县加强村干部管理\n{_OPENING}{item}柳川镇建立村干部日常联系制度，每月走访一次。\n"
    got = find_measures(article(text))
    assert item not in [m.text for m in got]
    assert any(m.heading == item.rstrip("。") for m in got)


@pytest.mark.parametrize("sentence", [
    "志愿者招募难、留岗难，是不少村面临的现实问题。",        # 招募 as a noun
    "更多招募信息请关注青禾县人社局官网。",
    "招募对象为35周岁以下的应届高校毕业生。",
    "授牌仪式结束后，与会人员一同观看了专题片。",            # 授牌 as a noun
    "授牌不是终点，而是新的起点。",
    "评比授牌泛滥成灾，村部门口挂满了各类牌子。",
    "个别地方热衷于增设临时机构，基层疲于应付。",            # 增设 in a problem told
    "增设机构容易，撤并机构难。",
])
def test_intake_plaques_and_posts_as_nouns_or_problems_are_no_measures(segmenter, sentence):
    assert find_measures(article(f"青禾县加强干部队伍建设\n{sentence}\n")) == []


@pytest.mark.parametrize("paragraph", [
    "导读员由各村党支部书记担任，柳川镇建立导读员轮训制度。",   # 导读 opening a word
    "导读书目由县委组织部统一选定，各支部建立读书台账。",
    "导读领学环节，柳川镇组织党员干部逐章研读。",
    "编者注意到，柳川镇为每名村干部建立了学习档案。",          # 编者注 opening 注意到
])
def test_a_paragraph_opening_with_an_editors_label_as_a_word_keeps_its_measures(segmenter, paragraph):
    text = f"青禾县加强村干部学习\n{_OPENING}{paragraph}\n"
    assert paragraph in [m.text for m in find_measures(article(text))]
