"""Figure subject and time error classes of session 66 (second figures helper), one test per class, in our own
words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def subject_of(text: str, figure: str):
    return next(f.subject for f in figures(text) if f.text == figure)


# -- an ellipsis trailing off right after a figure (…500亩……”): what follows it is no noun the figure counts -----

@pytest.mark.parametrize("text, figure, want", [
    ("村支书笑着说:“今年村里新栽了果树300亩……”大家都鼓起掌来。", "300亩", "果树"),
    ("全县重点项目开工率均超85%……青禾县靠着这股劲头一路向前。", "超85%", "开工率"),
    ("村里人均收入由去年的6000元增加到8200元……”老方说。", "8200元", "人均收入"),
    ("这里有3个……不,是4个合作社。", "3个", None),
])
def test_an_ellipsis_after_a_figure_names_nothing(text, figure, want, segmenter):
    got = subject_of(text, figure)
    assert got is None or "…" not in got
    if want:
        assert want in got

