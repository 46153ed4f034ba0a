"""Figure subject error classes of session 67, one test per class, in our own words.  Each text goes
through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str, title: str | None = None) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text, title)).figures}


# -- a bound's verb (在, 控制在, 均在) or 才 between what is measured and the figure: not part of its subject -----

@pytest.mark.parametrize("text, figure, want", [
    ("报考人员年龄在35周岁以下,具有大学本科以上学历。", "35周岁以下", "报考人员年龄"),
    ("参训学员的年龄在40岁以下,身体健康。", "40岁以下", "参训学员的年龄"),
    ("优秀等次比例控制在20%以内。", "20%以内", "优秀等次比例"),
    ("乡镇干部平均年龄保持在38岁左右。", "38岁左右", "乡镇干部平均年龄"),
    ("截至2022年底,全镇常住人口在3000人左右。", "3000人左右", "全镇常住人口"),
    ("她的女儿才4岁,丈夫又在外地工作。", "4岁", "她的女儿"),
])
def test_a_bound_verb_before_the_figure_is_not_in_its_subject(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("该县引进各类人才3000名。", "3000名", "该县引进各类人才"),  # the 才 of 人才 stays
    ("目前全县正在3个乡镇推开试点。", "3个", "推开试点的乡镇"),
])
def test_words_ending_in_the_bound_characters_stay(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- a notice's kind closing a selection headline (…公务员30名公示, …成员25人公告): the count is of the noun before it -----

@pytest.mark.parametrize("title, figure, want", [
    ("2023年青禾县公开选拔乡镇领导班子成员25人公告", "25人", "公开选拔乡镇领导班子成员"),
    ("柳川市公开招聘社区工作者120名简章", "120名", "柳川市公开招聘社区工作者"),
    ("青禾县公开遴选公务员30名公示", "30名", "青禾县公开遴选公务员"),
])
def test_a_notice_closing_a_headline_is_not_what_it_counts(title, figure, want, segmenter):
    assert subjects(title)[figure] == want


def test_notices_counted_in_the_body_stay(segmenter):
    assert subjects("县委组织部先后发布3个公告,面向社会招聘。")["3个"] == "公告"


# -- review: a 才 that closes a word the segmenter splits (共引/才, 张有/才) stays; the freed room of the last twelve
# characters is not spent across a byline's bracket or a dateline's colon -----

@pytest.mark.parametrize("text, figure, want", [
    ("柳川市全年共引才356名,其中博士12名。", "356名", "柳川市全年共引才"),
    ("该县今年共聚才80名,分布在各乡镇。", "80名", "该县今年共聚才"),
    ("驻村第一书记张有才32岁,是县委组织部选派的干部。", "32岁", "驻村第一书记张有才"),
])
def test_a_cai_closing_a_word_or_a_name_stays(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("(记者 方小禾)考核结果为优秀的比例控制在15%以内。", "15%以内", "考核结果为优秀的比例"),
    ("2023年12月5日,青禾县:今年全县公务员招录计划控制在120名以内。", "120名以内", "今年全县公务员招录计划"),
])
def test_a_dropped_bound_verb_does_not_pull_in_a_byline_or_dateline(text, figure, want, segmenter):
    assert subjects(text)[figure] == want
