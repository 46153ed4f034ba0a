"""Figure error classes of session 66 (figures helper), one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from tests.test_figures_s59 import figures


def _time_of(text: str, shown: str) -> str | None:
    return next(f.time for f in figures(text) if f.text == shown)


# -- a quarter opening a sentence before its comma (前三季度，…; 一季度，…): the period its figures count ---------

@pytest.mark.parametrize("text, shown, want", [
    ("前三季度，青禾县实现生产总值81亿元，增长9%。", "81亿元", "前三季度"),
    ("前三季度，青禾县实现生产总值81亿元，增长9%。", "9%", "前三季度"),
    ("柳川镇稳步推进人才工作。一季度，全镇新发展党员12名。", "12名", "一季度"),
    ("第二季度,青禾县举办村干部培训班8期。", "8期", "第二季度"),
])
def test_a_quarter_opening_its_sentence_times_its_figures(text, shown, want, segmenter):
    assert _time_of(text, shown) == want


@pytest.mark.parametrize("text, shown", [
    ("每季度，各村开展2次民主评议。", "2次"),
    ("柳川镇实行一季度一考核，排名后3位的村作表态发言。", "3位"),
    ("青禾县推行“一季度一评议”，全年评议4次。", "4次"),
])
def test_a_quarter_as_a_rhythm_is_no_time(text, shown, segmenter):
    assert _time_of(text, shown) is None


def _subject_of(text: str, shown: str) -> str | None:
    return next(f.subject for f in figures(text) if f.text == shown)


# -- 为期N: what lasts is the clause's noun before 为期 (without 为期 and its determiner), or the noun after 的
# past the session's year (为期4个月的2023年春季…培训班) ------------------------------------------------------------

@pytest.mark.parametrize("text, shown, want", [
    ("据悉，本次培训为期5天，安排了专题讲座和分组讨论。", "5天", "培训"),
    ("此次挂职锻炼为期1年，期间工资由派出单位发放。", "1年", "挂职锻炼"),
    ("该项目为期三年，总投资2000万元。", "三年", "项目"),
    ("全县开展为期100天的2024年度作风攻坚行动。", "100天", "作风攻坚行动"),
])
def test_what_lasts_for_the_length_after_weiqi(text, shown, want, segmenter):
    assert _subject_of(text, shown) == want


@pytest.mark.parametrize("text, shown, want", [
    ("柳川镇举办为期两周的岗位练兵活动。", "两周", "岗位练兵活动"),
    ("经过为期三年的努力，柳川村脱贫出列。", "三年", "努力"),
])
def test_weiqi_with_its_noun_after_is_kept(text, shown, want, segmenter):
    assert _subject_of(text, shown) == want


# -- review: a quarter opening the sentence times its counts, not a length of months or years, an age bound or a
# rate that a rule or a plan in it states (试用期为1年, 35岁以下, 每月开展1次) --------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("一季度，县委组织部出台规定，要求新提拔干部试用期为1年。", "1年"),
    ("一季度，县委组织部要求各乡镇每月至少开展1次谈心谈话。", "1次"),
    ("四季度，全县将启动村“两委”换届，届期为5年。", "5年"),
    ("一季度，县委组织部对2名35岁以下干部进行提醒谈话。", "35岁以下"),
    ("第一季度，柳川镇选派8名干部到县直部门跟班学习，学习期限为6个月。", "6个月"),
    ("一季度，青禾縣出台《容錯糾錯辦法》，明確對符合條件的幹部1年內不影響評優。", "1年内"),
    ("第三季度，县委常委会听取组织工作汇报，强调用3年时间建强村级班子。", "3年"),
])
def test_a_quarter_does_not_time_a_rule_s_length_age_or_rate(text, shown, segmenter):
    assert _time_of(text, shown) is None


@pytest.mark.parametrize("text, shown, want", [
    ("一季度，县委组织部对2名35岁以下干部进行提醒谈话。", "2名", "一季度"),
    ("第一季度，柳川镇选派8名干部到县直部门跟班学习，学习期限为6个月。", "8名", "第一季度"),
    ("二季度，全县新录用公务员45名，平均年龄26岁。", "26岁", "二季度"),
    ("前三季度，全县累计培训干部320小时。", "320小时", "前三季度"),
])
def test_a_quarter_still_times_the_counts_beside_them(text, shown, want, segmenter):
    assert _time_of(text, shown) == want
