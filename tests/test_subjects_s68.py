"""Figure subject error classes of session 68, one test per class, in our own words.  Each text goes
through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str, title: str | None = None) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text, title)).figures}


# -- the clause before a figure closing with a preposition, an adverb or a modal verb (计划用, 面积从, 成绩应,
#    分别以, 工资能): the words that lead on to the figure are no part of what it measures -----

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县计划用两年时间。", "两年", "青禾县计划"),
    # (with what is done after 时间, the two years are its time: session 77, tests/test_subjects_s77.py)
    ("青禾县计划用两年时间培训村干部1200名。", "两年", "培训村干部时间"),
    ("周转房的面积从30平方米到60平方米不等。", "30平方米到60平方米", "周转房的面积"),
    ("面试成绩应达到70分以上。", "70分以上", "面试成绩"),
    ("该县村干部工资能达到每月4000元。", "4000元", "该县村干部工资"),
    ("新一届村两委成员分别以45岁以下为主。", "45岁以下", "新一届村两委成员"),
    ("村两委成员中女性也有5名。", "5名", "村两委成员中女性"),
])
def test_a_clause_closing_with_a_function_word_loses_it(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- the noun after a figure closing with an adverb that the segmenter leaves outside the verb after it
#    (247个社区全覆盖…, 72名干部主动申请…, 5名书记直接提拔…) -----

@pytest.mark.parametrize("text, figure, want", [
    ("今年共有46名年轻干部主动报名到村任职。", "46名", "年轻干部"),
    ("青禾县在86个社区全覆盖选派了第一书记。", "86个", "社区"),
    ("去年有3名乡镇党委书记直接提拔为县直部门正职。", "3名", "乡镇党委书记"),
])
def test_a_noun_after_the_figure_closing_with_an_adverb_loses_it(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- a clause before a figure that names nothing once its function words are gone (拟在, 在今后, 经过前后,
#    至今已经): no subject rather than a fragment -----

@pytest.mark.parametrize("text, figure", [
    ("柳川镇开展首轮村级巡察。拟在3年内,对全镇各村实现全覆盖。", "3年内"),
    ("在今后5年,青禾县每年选拔80名村干部参加学历教育。", "5年"),
    ("经过前后两年半,这项改革才全面推开。", "两年半"),
])
def test_a_clause_of_function_words_names_nothing(text, figure, segmenter):
    assert subjects(text)[figure] is None


# -- what stays: a word the segmenter cut across (共约|谈, 最|多, 占|比), a verb or a rating before a count, an age
#    band before its share -----

@pytest.mark.parametrize("text, figure, want", [
    ("截至目前,共约谈干部1900余人次。", "1900余人次", "共约谈干部"),
    ("乡镇干部月收入最多相差800元。", "800元", "乡镇干部月收入最多相差"),
    ("全市已移交问题线索24条。", "24条", "全市已移交问题线索"),
    ("参训学员中,45岁及以下占比为38.5%。", "38.5%", "45岁及以下"),
    ("全县共有干部2300人,其中女干部占比为32%。", "32%", "女干部"),
])
def test_words_at_the_edge_that_belong_to_the_subject_stay(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- a speech frame before a figure: the speaker before a quotation's colon (某干部说:“[如果考核得分]…), or a
#    source (据某部发布的…, 某某说, 数据显示) as the whole clause: who says it, not what the figure measures -----

@pytest.mark.parametrize("text, figure, want", [
    ("一名镇干部说:“如果考核得分80分以上,就能评为优秀。”", "80分以上", "考核得分"),
    ("村党支部书记深有体会:“我们村耕地面积2000多亩,人均不到1亩。”", "2000多亩", "我们村耕地面积"),
    ("他說:「全村有黨員45名。」", "45名", "全村有党员"),
])
def test_a_quotation_opens_the_clause_of_its_figure(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure", [
    ("据县委组织部公布的名单显示,12名已到岗的挂职干部来自省直单位。", "12名"),
    ("“路通了,心也就近了。”方小禾说,全村党员25名,60岁以上的12名。", "60岁以上"),
    ("县里的抽样数据显示,其中有35%,都是重复填报的表格。", "35%"),
])
def test_a_source_is_no_subject(text, figure, segmenter):
    assert subjects(text)[figure] is None


@pytest.mark.parametrize("text, figure, want", [
    ("“各项工作都环环相扣。”在基层工作了近十年,方小禾积累了不少经验。", "近十年", "在基层工作了"),
    ("据统计,全县共有党员1.2万名。", "1.2万名", "全县共有党员"),
])
def test_a_clause_after_a_quotation_or_a_lead_word_stays(text, figure, want, segmenter):
    assert subjects(text)[figure] == want
