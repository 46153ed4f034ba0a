"""Classes of session 75's study of set 239–240 (helper b): slogans, their components and figures, each test
in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans


def slogans(text: str) -> dict[str, object]:
    return {s.canonical: s for s in find_slogans(text)}


# -- a bracket after the formula holding long clauses split by semicolons: each clause is one item ----------

def test_semicolon_clauses_in_a_bracket_are_the_items():
    text = ("该县规定,处理问题线索时坚持“两个分清”(把干部在探索工作中因经验不足出现的偏差,同故意违规谋利的行为分清;"
            "把集体研究决定后出现的失误,同个人擅自决定造成的损失分清,做到宽严相济、奖惩分明)。")
    found = slogans(text)
    assert found["两个分清"].components == [
        "把干部在探索工作中因经验不足出现的偏差,同故意违规谋利的行为分清",
        "把集体研究决定后出现的失误,同个人擅自决定造成的损失分清",  # (the summary after its close is no part of it)
    ]


def test_the_national_three_distinctions_spelled_out_at_length():
    text = ("办法明确,各级党组织应当落实“三个区分开来”(把干部在改革探索中因经验不足、大胆尝试造成的偏差,"
            "同故意违反纪律的行为区分开来;把政策尚未明确时开展试点出现的差错,同上级已经禁止仍然坚持去做的"
            "违纪行为区分开来;把为了发展出现的非主观过失,同为个人谋利的违法违纪行为区分开来),激励干部担当作为。")
    s = slogans(text)["三个区分开来"]
    assert len(s.components) == 3 and all(c.startswith("把") and c.endswith("区分开来") for c in s.components)
    assert not s.local


# -- an unquoted list of parallel items the text names as its 理念 (concept) or 手段 (means) --------------

@pytest.mark.parametrize("text, canonical, items", [
    ("对口支援工作始终秉持精准帮扶、长效帮扶、全面帮扶的理念。", "精准帮扶、长效帮扶、全面帮扶",
     ["精准帮扶", "长效帮扶", "全面帮扶"]),
    ("选拔后备干部时采取个人述职、群众评议、组织谈话手段,确保人选过硬。", "个人述职、群众评议、组织谈话",
     ["个人述职", "群众评议", "组织谈话"]),
])
def test_a_list_named_as_a_concept_or_a_means_is_a_formula(text, canonical, items):
    s = slogans(text)[canonical]
    assert s.components == items and s.local and not s.numbered


@pytest.mark.parametrize("text", [
    "综合运用经济、法律、行政手段化解矛盾。",  # kinds of means, ordinary words
    "通过走访、座谈、调研等手段摸清底数。",  # examples closed by 等
])
def test_ordinary_kinds_of_means_are_no_formula(text):
    assert slogans(text) == {}


# -- 五水共治: one province's programme, written bare in a list of the province's works --------------------

def test_the_five_waters_programme_is_a_local_formula():
    found = slogans("学员围绕五水共治、乡村振兴等课题开展现场教学。")
    s = found["五水共治"]
    assert s.numbered and s.count == 5 and s.local and s.components == []  # (the text lists none of its items)


# -- components written before a formula: two kinds of one thing joined by 和 before a formula of two; the
# people a count of teams is made of, closed by 等 short of the count ------------------------------------

def test_two_kinds_joined_before_a_formula_of_two():
    found = slogans("学校依托本校讲师和外聘讲师“双师队伍”,把课程送到基层。")
    assert found["双师队伍"].components == ["本校讲师", "外聘讲师"]


def test_two_things_of_different_kinds_are_no_pair_of_items():
    found = slogans("会议要求党员和群众“两个满意”。")  # (no shared kind: whom the aim serves)
    assert found["两个满意"].components == []


def test_members_closed_by_etc_before_a_count_of_teams():
    found = slogans("由网格员、村医、退役军人等组成的“六支队伍”走村入户排查隐患。")
    assert found["六支队伍"].components == ["网格员", "村医", "退役军人"]


# -- a bracketed list the page cuts off: the items it holds, but the last fragment -------------------------

def test_a_list_cut_off_by_the_page_end_keeps_its_whole_items():
    found = slogans("帮扶队员逐户宣讲“五个一批”(即发展生产脱贫一批、易地搬迁脱贫一批、生态补偿脱贫一批、发展教")
    assert found["五个一批"].components == ["发展生产脱贫一批", "易地搬迁脱贫一批", "生态补偿脱贫一批"]


def test_a_bracket_that_closes_is_read_whole():
    found = slogans("帮扶队员逐户宣讲“三个一批”(即发展生产脱贫一批、易地搬迁脱贫一批、生态补偿脱贫一批)。")
    assert found["三个一批"].components == ["发展生产脱贫一批", "易地搬迁脱贫一批", "生态补偿脱贫一批"]


# -- a programme's quoted name right before the years of its plan: “甲乙”3年培养计划 --------------------------

def test_a_quoted_name_before_its_year_plan_is_one_formula():
    found = slogans("区委组织部实施青年干部“雏鹰展翅”3年培养计划,每年选派骨干挂职锻炼。")
    s = found["雏鹰展翅3年培养计划"]
    assert s.numbered and s.count == 3 and s.local


def test_a_quoted_name_then_a_span_of_years_is_no_plan():
    assert slogans("“书香机关”3年来累计开展读书活动。") == {}


# -- a numeral-and-character formula whose items come later as a 、-list opening with one word on its
# character (“三强” … 涵盖强村书记、强村会计、强村网格员等岗位) ---------------------------------------------

def test_items_listed_later_by_the_word_of_the_formula():
    text = ("乡里开展“三强”村干部评选活动,激励干部比学赶超。\n"
            "评选每两个月举行一次。各村先行推荐,再由乡党委审定。\n"
            "经过推荐、考察和公示,最终选出8名干部,涵盖强村书记、强村会计、强村网格员各个岗位。")
    assert slogans(text)["三强"].components == ["强村书记", "强村会计", "强村网格员"]


def test_a_list_of_another_length_is_not_the_items():
    text = "乡里开展“三强”村干部评选。\n评选每两个月举行一次。各村先行推荐。\n评出强村书记、强村会计两类人选。"
    assert slogans(text)["三强"].components == []


# -- kinds listed and counted with the formula's own number earlier in its sentence ------------------------

def test_kinds_counted_earlier_in_the_sentence_are_the_items():
    text = "该县面向退役军人、返乡大学生、致富能手三类人群,量身设计课程,启动“三个百人计划”。"
    assert slogans(text)["三个百人计划"].components == ["退役军人", "返乡大学生", "致富能手"]


def test_kinds_counted_with_another_number_are_not_the_items():
    text = "该县面向退役军人、返乡大学生两类人群,量身设计课程,启动“三个百人计划”。"
    assert slogans(text)["三个百人计划"].components == []


# -- a quoted pair of five-character phrases named as a principle or mechanism --------------------------

def test_quoted_phrases_of_five_named_as_a_principle():
    found = slogans("培训按照“订单式授课,学分制管理”的原则组织实施。")
    s = found["订单式授课、学分制管理"]
    assert s.components == ["订单式授课", "学分制管理"] and not s.numbered


def test_quoted_lines_of_five_named_as_a_theme_stay_out():
    assert slogans("活动以“奋进新征程,建功新时代”为主题。") == {}
