"""Figure subjects, session 80 (branch subj80): classes met on the dev half and set 246, texts written for the
test.  Each text goes through the article extraction the pipeline runs."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text, None)).figures}


# -- an item's number opening the clause before a figure orders a list and names nothing; a rule's 一般 before the
# bound's verb (年龄一般在…) is no part of what is bounded either --

@pytest.mark.parametrize("text, figure, want", [
    ("(三)年龄一般在35周岁以下，1988年1月1日以后出生；", "35周岁以下", "年龄"),
    ("（五）服务年限一般为3年，期满后可续聘。", "3年", "服务年限"),
])
def test_an_item_number_and_a_rule_adverb_open_no_subject(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- a figure closing a remark in brackets counts what the remark names; the noun after the bracket is the count's
# outside it --

@pytest.mark.parametrize("text, figure, want", [
    ("全镇计划招聘800名(含退役军人40名)网格员，分两批完成。", "40名", "退役军人"),
    ("县里招录300名（其中女性60名）社区工作者。", "60名", "女性"),
])
def test_a_figure_closing_a_bracketed_remark_counts_what_the_remark_names(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- the last twelve characters of a clause opening with the 中 that closes a group (书记|中大学学历…) keep the
# group: those counted are among it; the 中 that opens a noun (中层干部) is left as it was --

@pytest.mark.parametrize("text, figure, want", [
    ("各乡镇新任领导班子成员中全日制本科以上学历比例提高到78%。", "78%",
     "乡镇新任领导班子成员中全日制本科以上学历比例"),
    ("今后新进县级和乡镇机关公务员中有两年以上基层经历的人员占比不低于80%。", "不低于80%",
     "县级和乡镇机关公务员中有两年以上基层经历的人员"),
])
def test_a_cut_opening_with_the_group_postposition_keeps_the_group(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


def test_a_noun_opening_with_zhong_is_no_group_postposition():
    from pipeline.extract.subjects import _with_its_group
    assert _with_its_group("市直机关年轻干部和中层干部", "中层干部") == "中层干部"
    assert _with_its_group("市直机关年轻干部中大专学历", "中大专学历") == "市直机关年轻干部中大专学历"
