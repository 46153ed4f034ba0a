"""Figure subjects, session 72: one test per class, in our own words.  Each text goes through the article
extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in extract_article(article(text, None)).figures]


# -- two figures in one clause with no comma between (培训干部120人次 覆盖村45个): the second figure's subject
# starts after the first figure, not with its count or unit, and the first does not take the second's phrase --

@pytest.mark.parametrize("text, want", [
    ("柳川镇轮训党员干部120人次 覆盖村(社区)45个。", [("120人次", "柳川镇轮训党员干部"), ("45个", "覆盖村(社区)")]),
    ("柳川镇轮训党员干部120人次覆盖村(社区)45个。", [("120人次", "柳川镇轮训党员干部"), ("45个", "覆盖村(社区)")]),
    ("全年轮训村干部260人次并走访慰问困难党员38户。", [("260人次", "全年轮训村干部"), ("38户", "走访慰问困难党员")]),
    ("青禾县新建党群服务中心12个同时改造村级活动场所30处。",
     [("12个", "青禾县新建党群服务中心"), ("30处", "改造村级活动场所")]),
    ("柳川镇培训干部120人次和村(社区)书记45人。", [("120人次", "柳川镇培训干部"), ("45人", "村(社区)书记")]),
])
def test_a_figure_closing_its_phrase_is_no_part_of_the_next_ones_subject(text, want, segmenter):
    assert subjects(text) == want


@pytest.mark.parametrize("text, want", [
    # a figure that opens its noun: what follows is what it counts, and the next figure's too
    ("全市95名挂职干部平均年龄43岁。", [("95名", "挂职干部平均年龄"), ("43岁", "挂职干部平均年龄")]),
    # a list of counts, each item naming its own; the base of a rate with its verb and count after it
    ("柳川镇诫勉谈话3人、免职1人。", [("3人", "柳川镇诫勉谈话"), ("1人", "免职")]),
    # two figures a comma separates, as before
    ("柳川镇培训干部120人次，覆盖村(社区)45个。", [("120人次", "柳川镇培训干部"), ("45个", "覆盖村(社区)")]),
])
def test_figures_that_open_their_noun_or_stand_in_a_list_keep_their_subjects(text, want, segmenter):
    assert subjects(text) == want


# -- a modal verb the segmenter glues to the noun before it (数要, 人数应): the clause before a figure loses it as it
# loses a modal standing alone (成绩应|达到); a modal ending a word of the dictionary, or a noun's last character
# right before the figure (院坝会[120场]), stays -------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("各乡镇会议数要减少20%。", [("20%", "各乡镇会议数")]),
    ("县委要求2024年各部门简报数、文件数要同比减少15%以上。", [("15%以上", "文件数")]),
    ("各村召开院坝会120场。", [("120场", "各村召开院坝会")]),
])
def test_a_modal_glued_to_the_noun_before_a_figure_is_no_part_of_its_subject(text, want, segmenter):
    assert subjects(text) == want


# -- a change told after the clause's own verb in the perfect (推动了[全镇后进村党组织]减少12个): what changes is the
# noun before the verb of change, not the doing before it; with no change after it the clause stays whole ------------

@pytest.mark.parametrize("text, want", [
    ("工作队帮助实现了全镇村集体经济收入增长20%。", [("20%", "全镇村集体经济收入")]),
    ("青禾县推动了全县软弱涣散村党组织减少12个。", [("12个", "全县软弱涣散村党组织")]),
    ("柳川镇举办了村干部培训班12期。", [("12期", "柳川镇举办了村干部培训班")]),
])
def test_what_changes_after_a_verb_in_the_perfect_is_the_subject(text, want, segmenter):
    assert subjects(text) == want


# -- a part of a counted group whose count is followed by what it is (…60名成员中，有42名是原班子成员): that names
# the part better than the group does; a part whose noun follows it keeps it ------------------------------------

@pytest.mark.parametrize("text, want", [
    ("新一届镇领导班子60名成员中，有42名是原班子成员留任。", [("60名", "成员"), ("42名", "原班子成员留任")]),
    ("全县1500名党员中有女党员420名。", [("1500名", "党员"), ("420名", "女党员")]),
])
def test_what_a_part_of_a_group_is_names_it(text, want, segmenter):
    assert subjects(text) == want


# -- an adverbial closed by 地 after the noun a figure counts (120名村干部[积极地]参与…): how they act, no part of
# what is counted; a place noun ending in 地 (基地) stays ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("全县120名村干部积极地参与集中培训。", [("120名", "村干部")]),
    ("县委组织部对全县860名党员干部创造性地开展积分管理。", [("860名", "党员干部")]),
    ("柳川镇建成3个实训基地。", [("3个", "实训基地")]),
])
def test_an_adverbial_with_di_is_no_part_of_the_noun_counted(text, want, segmenter):
    assert subjects(text) == want


# -- a place word closing the noun after a figure, a word of its own (两份表格[上]都…, 5张清单[上]都…), as after 的
# (4天的培训时间[里]): no part of what is counted -----------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("两份表格上都列了三个选项。", ("两份", "表格")),
    ("这5张清单上都标明了责任人。", ("5张", "清单")),
])
def test_a_place_word_after_the_counted_noun_is_no_part_of_it(text, want, segmenter):
    assert want in subjects(text)


# -- a whole divided into kinds that are listed, then counted (把全镇党员划分为在职、流动…三类): the figure counts
# kinds of that whole, not the tail of the list ------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("在考核内容上，将考核指标分为政治、作风、实绩三类，每类若干小项。", ("三类", "考核指标")),
    ("把全镇党员划分为在职、流动、年老体弱三类。", ("三类", "全镇党员")),
    ("评价等次分为优秀、合格、基本合格、不合格四个等次。", ("四个", "等次")),
])
def test_kinds_of_a_whole_divided_are_counted_by_the_whole(text, want, segmenter):
    assert want in subjects(text)
