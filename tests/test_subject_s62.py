"""Figure subjects (what a figure counts), session 62: one test per class of text, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subject_of(text: str, figure: str) -> str | None:
    figs = [f for f in extract_article(article(text)).figures if f.text == figure]
    assert figs, [f.text for f in extract_article(article(text)).figures]
    return figs[0].subject


# -- a quoted name right after the figure opens the noun it counts -------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县近日选派12名“墩苗”干部到柳川镇任职。", "12名", "“墩苗”干部"),
    ("柳川镇今年举办6期“田埂夜校”,村民反响热烈。", "6期", "“田埂夜校”"),
    ("经过层层考察,共有8名“90后”年轻干部走上村级岗位。", "8名", "“90后”年轻干部"),
    ("青禾县安排方小禾等干部参加为期两周的“红色课堂”轮训。", "两周", "“红色课堂”轮训"),
])
def test_quoted_name_after_figure(text, figure, want, segmenter):
    assert subject_of(text, figure) == want


def test_quoted_name_then_verb_ends_at_the_verb(segmenter):
    # the verb right after the closing mark is no part of what is counted
    assert subject_of("去年青禾县有30名“村官”脱产进修,今年还将扩大。", "30名") == "“村官”"
