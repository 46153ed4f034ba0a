"""Figure error classes of session 65 (second figures helper), one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from tests.test_figures_s59 import figures, keys


# -- a length of time + 内, where the segmenter glues 内 to the verb after it (内力, 内要): still "within" -------

@pytest.mark.parametrize("text, want", [
    ("青禾县力争三年内力促各村通上硬化路。", (3, None, "年", "以内")),
    ("柳川镇两年内要实现村级活动场所全覆盖。", (2, None, "年", "以内")),
    ("新录用的选调生一年内将全部下沉到村。", (1, None, "年", "以内")),
    ("5个月内力争建成乡镇人才驿站。", (5, None, "个月", "以内")),
])
def test_within_a_length_of_time_before_a_glued_verb(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text, want", [
    ("青禾县精简了22个内设机构。", (22, None, "个", None)),
    ("一年内部分干部调整到位。", (1, None, "年", "以内")),
])
def test_a_noun_opening_with_nei_is_no_bound(text, want, segmenter):
    assert want in keys(text)


# -- N年有余, N个月有余: 有余 after a length of time is 余 and belongs to the figure's text ----------------

@pytest.mark.parametrize("text, want, shown", [
    ("方小禾在柳川村驻点三年有余,村情了如指掌。", (3, None, "年", "余"), "三年有余"),
    ("选调生在柳川村蹲点两个月有余。", (2, None, "个月", "余"), "两个月有余"),
    ("他在乡镇一干就是十年有余。", (10, None, "年", "余"), "十年有余"),
])
def test_some_more_after_a_length_of_time(text, want, shown, segmenter):
    got = figures(text)
    assert want in [(f.value, f.high, f.unit, f.qualifier) for f in got]
    assert shown in [f.text for f in got]


@pytest.mark.parametrize("text", [
    "柳川村一年有余粮三千斤。",
    "村民家家户户年年有余。",
])
def test_a_verb_and_its_object_is_no_qualifier(text, segmenter):
    assert all(k[3] != "余" for k in keys(text))


# -- review of the 内 rule: after a length of time, a noun that opens with 内 (内训, 内审, 内涝, 内勤) is no bound
# either; only 内 glued to a modal or an adverb (内力保, 内要, 内将, 内均…) stays "within" -----------------------

@pytest.mark.parametrize("text, want", [
    ("青禾县组织新提拔乡镇干部开展3天内训,邀请党校教师授课。", (3, None, "天", None)),
    ("县委审计委员会办公室每年开展30天内审,对12个部门进行经济责任审计。", (30, None, "天", None)),
    ("连续两年内涝严重的柳川镇,村干部带头排水。", (2, None, "年", None)),
    ("柳川镇连续三天内勤人员轮流值守防汛一线。", (3, None, "天", None)),
])
def test_a_noun_opening_with_nei_after_a_length_of_time_is_no_bound(text, want, segmenter):
    assert want in keys(text)


# -- review of the 有余 rule: 有余 is "and more" only where it closes the figure (a stop, 的, 了); before a place
# opening with 余 (余杭, 余姚, 余庆), the surname 余 or a noun (余温, 余暇, 余悸, 余下) 有 is the verb -------------

@pytest.mark.parametrize("text, want, shown", [
    ("方小禾在柳川村驻点三年有余杭区来的干部也常来取经。", (3, None, "年", None), "三年"),
    ("青禾县与浙江结对帮扶已满两年有余姚市选派的12名干部在县里挂职。", (2, None, "年", None), "两年"),
    ("座谈会持续两个小时有余庆县的干部代表也作了发言。", (2, None, "个小时", None), "两个小时"),
    ("挂职一年有余书记带着工作队走遍了全村。", (1, None, "年", None), "一年"),
    ("这项工作开展了三个月有余温的政策让干部们心里暖暖的。", (3, None, "个月", None), "三个月"),
    ("驻村干部连续工作十天有余暇时便走访农户。", (10, None, "天", None), "十天"),
    ("新建村级活动场所3000平方米有余下的资金用于购置设备。", (3000, None, "平方米", None), "3000平方米"),
])
def test_you_yu_before_a_word_is_no_qualifier(text, want, shown, segmenter):
    got = figures(text)
    assert want in [(f.value, f.high, f.unit, f.qualifier) for f in got]
    assert shown in [f.text for f in got]


@pytest.mark.parametrize("text, want, shown", [
    ("驻村三年有余的方小禾对村情了如指掌。", (3, None, "年", "余"), "三年有余"),
    ("柳川村今年粮食产量增长一倍有余。", (1, None, "倍", "余"), "一倍有余"),
    ("方小禾驻村已经两年有余了。", (2, None, "年", "余"), "两年有余"),
])
def test_you_yu_closing_the_figure_is_some_more(text, want, shown, segmenter):
    got = figures(text)
    assert want in [(f.value, f.high, f.unit, f.qualifier) for f in got]
    assert shown in [f.text for f in got]
