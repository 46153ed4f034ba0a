"""Measures, session 72: a private-use character (an icon font's glyph on a crawled page) or a lost character
inside a clause.  The repair stage marks it unreadable (U+FFFD); the clause around it still tells its act, so
it stays a measure, its span still the article's text, and no figure's subject carries the mark."""
from __future__ import annotations

import pytest

from pipeline.core.records import RawDocument
from pipeline.extract.article import extract_article
from pipeline.extract.measures import find_measures
from pipeline.worker import process_document
from tests.test_extract import article

_HEAD = "青禾县加强村干部队伍建设\n今年以来，青禾县持续加强村干部队伍建设。\n"


def _extract(sentence: str):
    a = article(_HEAD + sentence + "\n")
    return a, extract_article(a)


@pytest.mark.parametrize("sentence, said", [
    # an icon inside the clause, before its second part, opening the paragraph, closing it
    ("青禾县为全县村干部\ue62b建立健康档案，每年组织体检一次。", "青禾县为全县村干部\ufffd建立健康档案，每年组织体检一次。"),
    ("柳川镇建立村干部报酬动态增长机制，\uf0da每两年调整一次报酬标准。", "柳川镇建立村干部报酬动态增长机制，\ufffd每两年调整一次报酬标准。"),
    ("\ue70b 柳川镇组织全镇村干部赴邻县考察学习集体经济发展经验。", "柳川镇组织全镇村干部赴邻县考察学习集体经济发展经验。"),
    ("县委组织部对新任村党组织书记开展为期五天的集中轮训。\ue600", "县委组织部对新任村党组织书记开展为期五天的集中轮训。"),
    # a character the decoder lost inside a word (the clause reads on around it)
    ("县里选派\ufffd批机关干部到村担任第一书记，任期两年。", "县里选派\ufffd批机关干部到村担任第一书记，任期两年。"),
])
def test_a_clause_with_one_unreadable_character_stays_a_measure(segmenter, sentence, said):
    a, x = _extract(sentence)
    got = [m.text for m in x.measures]
    assert said in got
    m = x.measures[got.index(said)]
    assert a.text[m.start:m.end] == m.text  # (the span is the article's text: it maps back to the file)


def test_the_measure_maps_back_to_the_file_around_the_icon(segmenter):
    body = _HEAD + "柳川镇为每名村干部\ue62b建立履职档案，实行积分管理。\n"
    pd = process_document(RawDocument(path="<test>", id="t", encoding="utf-8", format="txt", text=body, size=len(body)))
    art, x = pd.articles[0], pd.extractions[0]
    (m,) = [m for m in x.measures if m.text.startswith("柳川镇")]
    a, b = pd.clean.orig_span(art.doc_start + m.start, art.doc_start + m.end)
    assert body[a:b] == "柳川镇为每名村干部\ue62b建立履职档案，实行积分管理。"


@pytest.mark.parametrize("sentence", [
    # what is left of a misread stretch: marks close together, no words read from them
    "青禾县\ufffd对\ufffd村\ufffd干\ufffd部开展培训。",
    "柳川镇建立\ufffd\ufffd\ufffd机制。",
    # a mark beside a lost byte printed as '?' (the clause opening after it)
    "县里开展谈心谈话?!\ufffd柳川镇建立村干部谈话记录制度。",
])
def test_a_clause_of_marks_close_together_is_no_measure(segmenter, sentence):
    assert not [m for m in find_measures(article(_HEAD + sentence + "\n")) if "\ufffd" in m.text or "柳川镇建立" in m.text]


@pytest.mark.parametrize("sentence, subjects", [
    ("柳川镇对全镇86名村干部\ue62b开展履职能力轮训。", ["村干部"]),
    ("青禾县建立村干部报酬动态增长机制，\uf0da每年调整1次。", ["调整"]),
])
def test_no_figure_subject_holds_the_unreadable_mark(segmenter, sentence, subjects):
    _, x = _extract(sentence)
    assert [f.subject for f in x.figures] == subjects
