"""A measure's span: a quotation's closing mark stays with the sentence it closes."""
from __future__ import annotations

from pipeline.extract.article import extract_article
from tests.test_extract import article


def measures(text: str):
    a = article(text)
    return a, extract_article(a).measures


def test_the_sentence_after_a_quotation_does_not_open_with_its_closing_mark(segmenter):
    a, got = measures("镇党委书记说：“干部就是要到群众中去。”镇党委随后选派了12名年轻干部驻村，每人联系一个村民小组。")
    assert [m.text for m in got] == ["镇党委随后选派了12名年轻干部驻村，每人联系一个村民小组。"]
    assert a.text[got[0].start:got[0].end] == got[0].text


def test_a_measure_quoted_whole_keeps_its_closing_mark(segmenter):
    a, got = measures("会议明确：“全县建立容错纠错机制，每年开展一次干部回访。”此后各乡镇相继召开了专题会。")
    texts = [m.text for m in got]
    assert any(t.endswith("回访。”") for t in texts), texts
    assert not any(t.startswith("”") for t in texts)
    assert all(a.text[m.start:m.end] == m.text for m in got)
