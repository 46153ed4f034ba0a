"""Figure subjects and times, session 77: one test per class met on the dev half and seven blind batches,
texts written for the test.  Each text goes through the article extraction the pipeline runs."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.subject, f.time) for f in extract_article(article(text, None)).figures]


def times(text: str) -> dict[str, str | None]:
    return {t: time for t, _, time in figures(text)}


# -- an age right before 的 describes who is meant: the sentence's date times what they did, not their age; an
# age before a count, a noun or a clause's end may be the year's statistic and keeps the date --

@pytest.mark.parametrize("text, figure", [
    ("今年，县里为每个村选拔一批35周岁以下的后备干部进行培养。", "35周岁以下"),
    ("今年，62岁的老支书张三带头修路。", "62岁"),
    ("2023年，社区新增1名年纪不超过45周岁的后备干部。", "不超过45周岁"),
])
def test_an_age_describing_who_is_meant_has_no_time(text, figure, segmenter):
    assert times(text)[figure] is None


@pytest.mark.parametrize("text, figure, time", [
    ("2018年，全镇党政正职平均年龄为46岁，35周岁及以下5人。", "46岁", "2018"),
    ("2018年，全镇党政正职平均年龄为46岁，35周岁及以下5人。", "35周岁及以下", "2018"),
    ("2016年6月，他在29岁时出任县长。", "29岁", "2016-06"),
    ("2020年以来，全市提拔干部300人，其中40岁以下年轻干部90人。", "90人", "2020"),
    ("2019年，全县提拔干部300人，其中40岁以下年轻干部90人。", "40岁以下", "2019"),
])
def test_an_age_of_the_years_statistic_keeps_its_time(text, figure, time, segmenter):
    assert times(text)[figure] == time


def subjects(text: str) -> dict[str, str | None]:
    return {t: subject for t, subject, _ in figures(text)}


# -- 分N期 / 分N批: a whole done in sessions or batches; what they count is what is done in them, the predicate
# after the figure (not a dateline or the clause's first words before it) --

@pytest.mark.parametrize("text, figure, want", [
    ("本报讯(记者 王五)6月2日,我县举办2021年村干部培训班,分三期共培训村干部800名。", "三期", "培训村干部"),
    ("县城讯(赵六)3月至4月,县委组织部组织全县村干部,分四批到省农业大学学习。", "四批", "到省农业大学学习"),
    ("2022年,全省分6期举办领导干部专题轮训班。", "6期", "举办领导干部专题轮训班"),
])
def test_sessions_count_what_is_done_in_them(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("今年,市里分两批选派20个调研组深入基层。", "两批", "选派"),  # (a verb glued to the next count: as before)
    ("此轮轮岗交流共分5批次进行,涉及干部900名。", "5批次", "此轮轮岗交流共分"),  # (a bare 进行 names nothing)
    ("此次培训分两个阶段。", "两个", "阶段"),  # (a noun after it: no session unit)
])
def test_sessions_without_a_predicate_after_keep_their_subject(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- 用N年时间 / 集中N天时间 + what is done: the time taken is that of what follows (not 力争, 利用, 计划 before it) --

@pytest.mark.parametrize("text, figure, want", [
    ("他们用4个月时间,开展了干部作风教育活动。", "4个月", "开展了干部作风教育活动时间"),
    ("各县书记在党校集中3天时间学习研讨。", "3天", "学习研讨时间"),
    ("市里力争用3年时间,培养出50名左右领军人才。", "3年", "培养出时间"),
])
def test_time_taken_is_that_of_what_is_done_in_it(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


def test_a_share_of_time_is_no_length_taken(segmenter):
    # (三分之一以上时间到基层: a share of one's time, no length; its subject stays the clause before)
    assert subjects("机关干部每年应拿出三分之一以上时间下基层。")["三分之一以上"] == "机关干部每年应拿出"


def test_a_long_predicate_after_sessions_is_kept_to_its_first_words(segmenter):
    got = subjects("2022年11月至2023年3月,某省分6期举办全省领导干部学习贯彻党的二十大精神专题轮训班。")["6期"]
    assert got == "举办全省领导干部学习贯彻党的二十"  # (16 characters, as every subject)


# -- 由/从 [figure] + a verb of change + 到/至/为/成: the figure a change starts from; the verb after it counts
# nothing, what changes is named before 由 (as with 提高, which already read so) --

@pytest.mark.parametrize("text, figure, want", [
    ("截至目前,全省村书记“一肩挑”比例由2020年的35.5%提升到85.2%。", "35.5%", "全省村书记“一肩挑”比例"),
    ("班子汇报材料由6页变成18页。", "6页", "班子汇报材料"),
    ("各级党校培训人次从2万提升为5万。", "2万", "各级党校培训人次"),
])
def test_the_figure_a_change_starts_from_counts_what_changes(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


def test_a_count_before_a_verb_of_change_without_from_keeps_its_noun(segmenter):
    assert subjects("5名干部提升为副科级。")["5名"] == "干部"


# -- a counted noun whose first character would read as a word after the figure (后 "after", 共 "in all", 前
# "before"): 后备干部, 共产党员, 后勤人员 are one word of the segmenter and name what is counted --

@pytest.mark.parametrize("text, figure, want", [
    ("全村有50名共产党员。", "50名", "共产党员"),
    ("全镇储备80名后备干部。", "80名", "后备干部"),
    ("该村设立2名后勤人员。", "2名", "后勤人员"),
    ("街道在青年干部里比选,最后定下30名后备干部班正式人选。", "30名", "后备干部班正式人选"),
])
def test_a_noun_opening_with_a_tail_character_is_counted(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("全镇有干部300人之多。", "300人", "全镇有干部"),
    ("有50名是原镇村干部。", "50名", "原镇村干部"),
    ("5人分别来自三个村。", "5人", "分别来自三个村"),
])
def test_a_word_after_the_figure_that_names_nothing_stays_no_noun(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


def test_a_rate_after_the_figure_is_no_noun_even_as_one_word(segmenter):
    # (每村: one word of the segmenter, still the per of a rate, not what 3000人以上 counts)
    assert subjects("人口3000人以上的每村可达1.3万元。")["3000人以上"] != "每村"
