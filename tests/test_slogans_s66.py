"""Slogan classes of session 66 (helper slog66), one test per class, in our own words.  Each text goes
through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def extracted(text: str):
    a = extract_article(article(text))
    return {s.canonical: s.components for s in a.slogans}, list(a.quoted_terms)


# -- 奖 (reward) is a stage of cadre work: a quoted run of stage verbs ending in it is a formula --------

@pytest.mark.parametrize("text, name, items", [
    ("青禾县对驻村工作队员实行“选育管奖”闭环管理，帮扶力量更加稳固。", "选育管奖", ["选", "育", "管", "奖"]),
    ("柳川市围绕“引育用奖”四个环节，打造乡土人才队伍。", "引育用奖", ["引", "育", "用", "奖"]),
])
def test_a_run_of_stage_verbs_with_reward_is_a_formula(text, name, items, segmenter):
    slogans, terms = extracted(text)
    assert slogans.get(name) == items
    assert name not in terms


# -- a quoted list in groups set apart by a semicolon, each group a list with 、: one formula -----------

@pytest.mark.parametrize("text, name, items", [
    ("青禾县倡导“勤学善思、知行并进;攻坚克难、实干争先”作风，镇村干部面貌一新。",
     "勤学善思、知行并进;攻坚克难、实干争先", ["勤学善思", "知行并进", "攻坚克难", "实干争先"]),
    ("柳川市树立“重实干、重实绩；看品行、看担当”的用人导向。",
     "重实干、重实绩；看品行、看担当", ["重实干", "重实绩", "看品行", "看担当"]),
])
def test_a_quoted_list_in_semicolon_groups_is_one_formula(text, name, items, segmenter):
    slogans, _ = extracted(text)
    assert slogans.get(name) == items


@pytest.mark.parametrize("text", [
    "方小禾说：“村里要修路、要建桥;这些事得一件一件办。”",
    "“上午开会;下午走访、座谈”，柳川镇干部的日程排得满满的。",
])
def test_a_quoted_sentence_with_a_semicolon_stays_no_formula(text, segmenter):
    slogans, _ = extracted(text)
    assert not any(";" in k or "；" in k for k in slogans)


# -- an unquoted list of parallel items named as the work's line of thought (的工作思路) or its main way
#    (以…为主要方式): a formula, as 的工作机制 and 为主要任务 name one ---------------------------------------

@pytest.mark.parametrize("text, name, items", [
    ("青禾县坚持精细摸底、精准分类、精心施策的工作思路，激发干部干事热情。",
     "精细摸底、精准分类、精心施策", ["精细摸底", "精准分类", "精心施策"]),
    ("培训班以课堂讲、基层练、线上学为主要方式，为期三个月。",
     "课堂讲、基层练、线上学", ["课堂讲", "基层练", "线上学"]),
])
def test_a_list_named_as_the_line_of_work_or_its_main_way_is_a_formula(text, name, items, segmenter):
    slogans, _ = extracted(text)
    assert slogans.get(name) == items


@pytest.mark.parametrize("text", [
    "青禾县按照属地管理、分级负责的工作思路推进整治。",  # two items: a pair needs a principle
    "柳川镇以走访、座谈、问卷等为主要方式收集意见。",  # 等 closes an example list
    "会议以线上、线下相结合为主要方式召开。",
    "培训以集中授课、分组研讨、现场教学为主要方式。",  # longer items: ways of training listed
])
def test_no_formula_from_pairs_or_example_lists(text, segmenter):
    slogans, _ = extracted(text)
    assert slogans == {}


# -- review: 奖 is a stage only in a run of four or more without the word 奖励 (a prize: “培育奖”; a
#    word of reward: “考评奖励”) ------------------------------------------------------------------------

@pytest.mark.parametrize("text, term", [
    ("青禾县设立“培育奖”，对培养后备干部成效突出的村给予奖励。", "培育奖"),
    ("柳川县评出“带训奖”10个，表彰带教新干部的老同志。", "带训奖"),
    ("青禾县开展“练考奖”活动，以赛促学。", "练考奖"),
    ("青禾县把“考评奖励”贯穿干部管理全过程。", "考评奖励"),
    ("柳川市实行“奖励培训”制度，对年度考核优秀的干部优先安排调训。", "奖励培训"),
    ("該鎮通過“評選獎勵”方式激發村幹部幹勁。", "评选奖励"),
])
def test_a_prize_or_a_word_of_reward_is_no_run_of_stages(text, term, segmenter):
    slogans, terms = extracted(text)
    assert term not in slogans
    assert term in terms


# -- review: semicolon groups make one formula only of phrases of one length, three or four characters;
#    a numbered item among them stays a formula of its own ---------------------------------------------

@pytest.mark.parametrize("text", [
    "青禾县把“周一、周三;周二、周四”定为干部接访日。",
    "青禾县围绕“苹果、核桃;花椒、中药材”发展特色产业。",
    "该县对“二级、三级;四级、五级”职级干部分类考核。",
    "柳川县推行“早、中；晚、夜”四班轮值制度。",
])
def test_words_in_semicolon_groups_are_no_formula(text, segmenter):
    slogans, _ = extracted(text)
    assert not any(";" in k or "；" in k for k in slogans)


def test_a_numbered_item_of_semicolon_groups_stays_a_formula(segmenter):
    slogans, _ = extracted("青禾县实行“一月一查、一季一评;半年一考、全年一总”的考评机制。")
    assert "一月一查、一季一评;半年一考、全年一总" in slogans
    assert {"一月一查", "一季一评"} <= set(slogans)


# -- review: a list before 的工作思路 that names whose line of thought it is (bodies, 各…), or a list of
#    numbered formulas (each one of its own), is no formula of the list --------------------------------

@pytest.mark.parametrize("text", [
    "会议听取了各乡镇、各部门、各单位的工作思路。",
    "會議聽取了各鄉鎮、各部門、各單位的工作思路。",
    "会议要求各支部、各科室、各站所的工作思路要清晰。",
    "县委组织部、宣传部、统战部的工作思路各有侧重。",
])
def test_the_bodies_whose_line_of_thought_it_is_are_no_formula(text, segmenter):
    slogans, _ = extracted(text)
    assert slogans == {}


def test_numbered_formulas_before_the_line_of_thought_stay_each_one_of_its_own(segmenter):
    slogans, _ = extracted("2024年，青禾县形成了一村一策、一户一档、一人一卡的工作思路。")
    assert {"一村一策", "一户一档", "一人一卡"} <= set(slogans)
    assert "一村一策、一户一档、一人一卡" not in slogans
