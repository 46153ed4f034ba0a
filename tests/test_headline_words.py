"""The headline's words are cut only when an extractor asks for them (article._HeadlineWords):
the same spans as cutting at once, and the same extraction."""
from __future__ import annotations

from pipeline.extract import article as A
from pipeline.nlp.segment import get_segmenter

from test_extract import article

TITLES = [
    "某县织密基层治理“防护网”",
    "全市选派360名年轻干部到村任职",
    "落实一岗双责 推进三下乡活动",
    "今年以来新建文化站十二个",
    "“两委”班子换届工作有序开展",
    "",
]
BODY = "会议指出，要持续推进乡村振兴，全县今年投入资金1.5万元，开展“大走访”活动3次。"


def _eager(title: str) -> list[tuple[int, int]]:
    return [(s, e) for _, s, e in get_segmenter().spans(title)]


def test_the_same_spans_and_none_cut_before_asked(segmenter):
    for title in TITLES:
        words = A._HeadlineWords(title)
        assert "_spans" not in vars(words)  # nothing cut yet
        assert list(words) == _eager(title) and len(words) == len(_eager(title)) and bool(words) == bool(title)
        assert "_spans" in vars(words)


def test_the_same_extraction_as_with_the_words_cut_at_once(segmenter, monkeypatch):
    arts = [article(BODY, title=t) for t in TITLES if t]
    assert all(a.title and not a.text.startswith(a.title) for a in arts)  # (the headline is read apart)
    lazy = [A.extract_article(a) for a in arts]
    monkeypatch.setattr(A, "_HeadlineWords", _eager)
    assert [A.extract_article(a) for a in arts] == lazy
    assert any(x.figures for x in lazy) and any(x.slogans for x in lazy)
