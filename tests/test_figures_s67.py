"""Figure error classes of session 67 (sets 222–223 first), one test per class, in our own words.  Each
text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in extract_article(article(text, None)).figures]


# -- 一年中 / 一年里 before a count in its clause: the period the count is counted over, no length of one year
# (as 一年总收入…, 一周要开…); the same words with no count after them keep the year ----------------------

@pytest.mark.parametrize("text", [
    "一年中连续两次考核排名末位的村书记,予以调整。",
    "一年里,方小禾有三四个月在合作社打工。",
    "一年中,全县共培训村干部3000人次。",
])
def test_a_year_a_count_after_it_is_counted_over_is_no_figure(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


@pytest.mark.parametrize("text, want", [
    ("试用期一年中表现优秀的,按期转正。", (1, None, "年", None)),
    ("三年中,柳川镇先后换了两任书记。", (3, None, "年", None)),
])
def test_a_span_of_years_before_zhong_is_a_figure(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text, want", [
    # 一年里 / 一年中 after a verb or a noun (驻村一年里, 挂职一年中, 工作的一年里, 试用期一年中): the length served,
    # a figure even with a count after it; only 一年中 opening its clause is the period counted over (review of
    # session 67)
    ("驻村一年里,方小禾争取项目资金50万元。", (1, None, "年", None)),
    ("挂职一年中,他协调解决实际问题12个。", (1, None, "年", None)),
    ("在柳川村工作的一年里,她走访农户200户。", (1, None, "年", None)),
    ("试用期一年中,考核3次。", (1, None, "年", None)),
    ("集中培训一个月中,学员完成12门课程。", (1, None, "个月", None)),
])
def test_a_year_served_before_zhong_is_a_figure(text, want, segmenter):
    assert want in keys(text)
