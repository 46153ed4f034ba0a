"""How the real-gold scorer counts an extracted measure that the page's end cuts off: the guidelines leave such a
sentence unannotated ("a sentence cut off by the excerpt's end is not annotated"), so it is no extra measure; a
sentence closed by its stop, or one with text after it, still is.  Texts written for the test."""
from __future__ import annotations

from types import SimpleNamespace

from pipeline.core.records import Measure
from pipeline.realgold import Scorer, _cut_off

PAGE = "县委组织部选派20名干部驻村。县里还为每村配备了两名专职网格员。镇里同步建立干部包联制度，落实"


class _Clean:
    def orig_span(self, a: int, b: int) -> tuple[int, int]:
        return a, b


def _measure(text: str) -> Measure:
    a = PAGE.index(text)
    return Measure(text=text, heading=None, start=a, end=a + len(text))


def test_a_sentence_the_page_end_cuts_off_is_scored_neither_way():
    gold = {"measures": [{"start": 0, "end": PAGE.index("县里")}]}
    extracted = SimpleNamespace(measures=[_measure("县委组织部选派20名干部驻村。"), _measure("县里还为每村配备了两名专职网格员。"),
                                          _measure("镇里同步建立干部包联制度，落实")])
    s = Scorer()
    s._measures(gold, SimpleNamespace(doc_start=0), extracted, _Clean(), "p#0", PAGE)
    assert (s.sets["measures_precise"].tp, s.sets["measures_precise"].fp) == (1, 1)


def test_only_an_unclosed_sentence_at_the_page_end_is_cut_off():
    last = PAGE.index("镇里")
    assert _cut_off(PAGE, last, len(PAGE))
    assert _cut_off(PAGE + "\n  ", last, len(PAGE))
    assert not _cut_off(PAGE, 0, PAGE.index("县里"))  # closed by its stop
    assert not _cut_off(PAGE + "。", last, len(PAGE) + 1)
    assert not _cut_off(PAGE + "\n相关新闻", last, len(PAGE))  # text follows it on the page
    assert not _cut_off("", 0, 0)
