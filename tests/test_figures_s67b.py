"""Figure error classes of session 67's second round (sets 224–227 first), one test per class, in our own
words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figs(text: str):
    return [(f.text, f.value, f.high, f.unit, f.time) for f in extract_article(article(text, None)).figures]


# -- a count or share followed by the year it is due by (60%到2020年, 30名至2025年底): no range closing on a
# year, the figure stands with that year as its time; a change from one year's figure to the next keeps both
# figures and does not give the first the later year ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("青禾县有贫困村40个,其余60%到2020年实现脱贫。", ("60%", 60, None, "%", "2020")),
    ("柳川镇另有30名到2025年底全部轮训一遍。", ("30名", 30, None, "名", "2025")),
])
def test_a_figure_due_by_a_year_after_it_stands(text, want, segmenter):
    assert want in figs(text)


@pytest.mark.parametrize("text, want", [
    ("村干部大专学历比例从2015年的30%到2020年的50%。", [("30%", 30, None, "%", "2015"), ("50%", 50, None, "%", "2020")]),
    ("补贴3000元到2020年提高到4000元。", [("3000元", 3000, None, "元", None), ("4000元", 4000, None, "元", "2020")]),
    ("每人补助800元到1000元。", [("800元到1000元", 800, 1000, "元", None)]),
])
def test_a_change_from_a_figure_and_a_range_of_amounts_are_left(text, want, segmenter):
    assert figs(text) == want
