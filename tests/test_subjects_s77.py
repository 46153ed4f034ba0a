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
    ("2023年，镇里储备1名年龄不超过45周岁的后备干部。", "不超过45周岁"),
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
