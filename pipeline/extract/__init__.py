"""Extraction: from one repaired article to its slogans, figures, documents, dates,
regions and measures, every item with its span in ``Article.text``.

``extract_article`` is a pure function of one article (and the shared,
read-only gazetteer and lexicons).
"""
from __future__ import annotations

from itertools import accumulate
import re

from pipeline.core.records import Article, DateMention, DocumentRef, Extraction
from pipeline.extract.dates import find_dates
from pipeline.extract.documents import find_documents
from pipeline.extract.figures import find_figures
from pipeline.extract.measures import find_measures, link
from pipeline.extract.regions import Gazetteer, locate
from pipeline.extract.slogans import classify_quoted, find_slogans, quoted_terms


def extract_article(art: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    g = gazetteer or Gazetteer.load()
    text = art.text
    unreadable = list(art.unreadable)
    documents = find_documents(text)
    # The publication in the source line (来源:《群众》杂志) is cited too.
    for title in re.findall(r"《([^》]+)》", art.source or ""):
        if all(d.title != title for d in documents):
            documents.append(DocumentRef(title=title, short_name=None, publication=True, start=None, end=None))
    doc_spans = [(d.start, d.end) for d in documents if d.start is not None]
    # A year inside a cited title (《2019-2022年…规划》) is part of the title, not a date of the article.
    dates = find_dates(text, art.date, exclude=doc_spans)
    if art.date:  # the dateline, from the article's metadata rather than its text
        dates.insert(0, DateMention(text=art.date, iso=art.date, start=None, end=None))
    words = _word_spans(art)
    slogans = find_slogans(text, exclude=unreadable + doc_spans, words=words)
    slogan_spans = [sp for s in slogans for sp in s.mentions]
    date_spans = [(d.start, d.end) for d in dates if d.start is not None]
    figures = find_figures(text, exclude=unreadable + slogan_spans + doc_spans + date_spans, dates=dates,
                           words=words)
    first_para_end = art.paragraphs[0].end if art.paragraphs else 0
    placed = locate(text, g, title=art.title, affiliation=art.affiliation, exclude=unreadable, cited=doc_spans,
                    words=words, first_paragraph_end=first_para_end)
    measures = find_measures(art)
    link(measures, figures, "figures")
    link(measures, slogans, "slogans")
    link(measures, documents, "documents")
    link(measures, dates, "dates")
    terms = quoted_terms(text, slogans, doc_spans + unreadable)
    _from_headline(art, documents, dates, terms, slogans)
    return Extraction(
        article=art, slogans=slogans, quoted_terms=terms, figures=figures, dates=dates, documents=documents,
        region=placed.region, region_reason=placed.reason, regions=placed.mentions, measures=measures,
        title_regions=placed.title_mentions, region_confidence=placed.confidence,
    )


def _from_headline(art: Article, documents: list[DocumentRef], dates: list[DateMention], terms: list[str],
                   slogans: list) -> None:
    """The headline is part of the article: documents, dates and quoted terms named only there
    are added without a span (as the dateline and the source's publication are).  A headline
    the body repeats adds nothing."""
    title = art.title
    if not title or title.strip() in art.text[:len(title) + 400]:
        return
    docs = find_documents(title) if "《" in title else []
    for d in docs:
        if all(x.title != d.title for x in documents):
            documents.append(DocumentRef(title=d.title, short_name=None, publication=d.publication, start=None, end=None))
    spans = [(d.start, d.end) for d in docs]
    dates.extend(DateMention(text=d.text, iso=d.iso, start=None, end=None)
                 for d in find_dates(title, art.date, exclude=spans))
    if any(q in title for q in "“\"「"):
        for t in quoted_terms(title, slogans, spans):
            if t not in terms and not classify_quoted(t):  # a headline slogan is not a term
                terms.append(t)


def _word_spans(art: Article) -> list[tuple[int, int]]:
    """The segmenter's words as (start, end) in the article text."""
    out: list[tuple[int, int]] = []
    for p in art.paragraphs:
        for s in p.sentences:
            ends = list(accumulate(map(len, s.tokens), initial=s.start))
            out.extend(zip(ends, ends[1:]))
    return out


def regions_mentioned(x: Extraction, g: Gazetteer | None = None) -> list[str]:
    g = g or Gazetteer.load()
    seen: list[str] = []
    codes = set()
    places = [m.place for m in x.title_regions + x.regions] + ([x.region] if x.region else [])
    for m in x.title_regions + sorted(x.regions, key=lambda m: m.start):
        if x.region is not None and m.place.code == x.region.code or m.place.code in codes:
            continue
        codes.add(m.place.code)
        seen.append(g.display(m.place, places))
    return seen
