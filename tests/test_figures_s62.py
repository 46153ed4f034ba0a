"""Figure, date and document error classes of session 62, one test per class, in our own words.  Each
text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def extract(text: str, title: str | None = None):
    return extract_article(article(text, title))


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in extract(text).figures]


# -- two kinds of place counted together are one unit (8县市, 三县区, 9县(市), 两省区); a 内 after a
# count of places is "inside them", no bound ---------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("这次招聘面向青禾州6县市的基层单位。", (6, None, "县市", None)),
    ("会议听取了柳川市三县区党政班子的汇报。", (3, None, "县区", None)),
    ("本次考试面向青禾市辖5区7县(市)内的在岗人员。", (7, None, "县(市)", None)),
    ("两省区的干部交流已经持续多年。", (2, None, "省区", None)),
])
def test_places_of_two_kinds_counted_together_are_one_unit(text, want, segmenter):
    assert want in keys(text)


# -- a short name after the document's number in a bracket of its own, (柳社发〔2019〕3号)(以下简称《X》);
# (以下统称《X》) after titles cited back to back names each of them ---------------------------------

def test_a_short_name_after_the_document_number_in_its_own_bracket():
    text = ("柳川市出台《关于柳川市社区工作者薪酬体系的指导意见》(柳社发〔2019〕3号)(以下简称《薪酬意见》),"
            "明确了岗位等级。各街道要按《薪酬意见》核定报酬。")
    docs = extract(text).documents
    assert [(d.title, d.short_name) for d in docs] == [("关于柳川市社区工作者薪酬体系的指导意见", "薪酬意见")]


def test_a_short_name_given_together_to_titles_cited_back_to_back():
    text = ("职位详见《2024年度青禾市公开遴选公务员职位表》《2024年度青禾市公开选调公务员职位表》"
            "(以下统称《职位表》)。学历条件详见《职位表》。")
    docs = extract(text).documents
    assert [(d.title, d.short_name) for d in docs] == [("2024年度青禾市公开遴选公务员职位表", "职位表"),
                                                       ("2024年度青禾市公开选调公务员职位表", "职位表")]
