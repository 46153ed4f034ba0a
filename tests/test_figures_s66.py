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
