"""The extraction of one repaired article: its slogans, figures, documents, dates, regions and
measures, every item with its span in ``Article.text``.

``extract_article`` is a pure function of one article (and the shared,
read-only gazetteer and lexicons).  It runs ``COMPONENTS`` in order: each declares the
groups it reads and writes and those whose spans it yields to (pipeline/extract/spans.py
states the one overlap rule); the order is checked when this module is imported.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate, pairwise
import re
from typing import Any

from pipeline.core.records import Article, DateMention, DocumentRef, Extraction, Placement, QuotedTerm, SpanGroups
from pipeline.extract.dates import find_dates
from pipeline.extract.documents import find_documents, read_documents
from pipeline.extract.figures import before_its_noun, find_figures, repeated_at
from pipeline.extract.measures import find_measures, link
from pipeline.extract.regions import Gazetteer, locate
from pipeline.extract.slogans import classify_quoted, find_slogans, quoted_terms
from pipeline.extract.spans import Component, check_order
from pipeline.nlp.segment import get_segmenter, predicate_tag

Spans = list[tuple[int, int]]


@dataclass
class _Doc:
    """One article while its components run: the records each group holds, and their spans."""

    art: Article
    gazetteer: Gazetteer
    spans: SpanGroups
    found: dict[str, Any] = field(default_factory=dict)

    def put(self, group: str, items: list, spans: Spans) -> None:
        self.found[group] = items
        self.spans[group] = spans


def _own_spans(items) -> Spans:
    return [(x.start, x.end) for x in items if x.start is not None]


def _words(doc: _Doc, exclude: Spans) -> None:
    """The segmenter's words as (start, end) in the article text."""
    out: Spans = []
    for p in doc.art.paragraphs:
        for s in p.sentences:
            out += pairwise(accumulate(map(len, s.tokens), initial=s.start))  # (each word's start and end)
    doc.put("words", out, out)


_TITLE = re.compile(r"《([^》]+)》")
_ISSUE_YEAR = re.compile(r"(?:19|20)\d{2}")


def _documents(doc: _Doc, exclude: Spans) -> None:
    documents, again = read_documents(doc.art.text)
    # The publication in the source line (来源:《群众》杂志) or a print-edition line (《某某日报》(日期 版)) is cited too.
    for title in _TITLE.findall(doc.art.source or "") + ([doc.art.printed_in] if doc.art.printed_in else []):
        if all(d.title != title for d in documents):
            documents.append(DocumentRef(title=title, short_name=None, publication=True, start=None, end=None))
    doc.put("documents", documents, sorted(_own_spans(documents) + again))


def _dates(doc: _Doc, exclude: Spans) -> None:
    """Dates of the text (a year inside a cited title, 《2019-2022年…规划》, is the title's), after
    the dateline, which comes from the article's metadata rather than its text."""
    art = doc.art
    dates = find_dates(art.text, art.date, exclude=exclude)
    if art.issue and (year := _ISSUE_YEAR.match(art.issue)):
        dates.insert(0, DateMention(text=art.issue, iso=year.group(), start=None, end=None))  # 2020年5期
    days = ([art.date] if art.date else []) + art.other_days
    dates[:0] = [DateMention(text=d, iso=d, start=None, end=None) for d in days]
    doc.put("dates", dates, _own_spans(dates))


def _slogans(doc: _Doc, exclude: Spans) -> None:
    slogans = find_slogans(doc.art.text, exclude=exclude, words=doc.found["words"])
    doc.put("slogans", slogans, [sp for s in slogans for sp in s.mentions])


def _component_spans(text: str, slogans) -> Spans:
    """Where each slogan's components are written: the first occurrence near its first mention."""
    out: Spans = []
    for s in slogans:
        if s.start is None or not s.components:
            continue
        lo = max(0, s.start - 300)
        for c in s.components:
            k = text.find(c, lo, s.end + 400)
            if k >= 0:
                out.append((k, k + len(c)))
    return out


# …深入10个 and the page ends: a body cut off mid-sentence (no stop, bracket or quote closing it); a figure at its
# edge ending on a measure word has lost the noun it counts, a broken last item the guidelines skip (…四年多 is whole)
_CLOSED = re.compile(r"[。！？!?；;…”’\"）)】」』.]$")


def _figures(doc: _Doc, exclude: Spans) -> None:
    text = doc.art.text
    figures = find_figures(text, exclude=exclude, dates=doc.found["dates"], words=doc.found["words"],
                           items=_component_spans(text, doc.found["slogans"]))
    edge = len(text.rstrip())
    if edge and not _CLOSED.search(text, 0, edge):
        figures = [f for f in figures if f.end != edge or not before_its_noun(f.unit)
                   or not _after_a_predicate(text, doc.found["words"], f.start)]
    doc.put("figures", figures, _own_spans(figures))


def _after_a_predicate(text: str, words: Spans, at: int) -> bool:
    """Whether the word before ``at`` is a verb, an adverb or an aspect particle (深入|10个, 走访了|10个): the count's
    noun came after it, and the cut page lost it; after a noun (驻村干部|36名) the count is whole.  A number inside
    a word: as a predicate (the noun unknown)."""
    before = next((s for s, e in reversed(words) if e == at), None)
    if before is None:
        return True
    word = text[before:at]
    return word in ("了", "过", "着") or predicate_tag(word) is not None


def _places(doc: _Doc, exclude: Spans) -> None:
    """Place mentions; those inside a cited title (《甘肃省…办法》) are read but weigh less."""
    art = doc.art
    first_para_end = art.paragraphs[0].end if art.paragraphs else 0
    # the author's unit and the source (沂水县沙沟镇 as 发布机构) weigh towards the primary region; a
    # medium's own place name (海安日报) is no mention, but places an article that names no place
    unit = " ".join(filter(None, (art.affiliation, art.source))) or None
    headline = " ".join(filter(None, (art.title, art.kicker))) or None  # the kicker over it names places too
    placed = locate(art.text, doc.gazetteer, title=headline, affiliation=unit, exclude=exclude,
                    cited=doc.spans["documents"], words=doc.found["words"], first_paragraph_end=first_para_end,
                    source=art.source)
    doc.put("places", placed, _own_spans(placed.mentions))


def _measures(doc: _Doc, exclude: Spans) -> None:
    """Measures, each linked to the figures, slogans, documents and dates inside it."""
    measures = find_measures(doc.art)
    for group in ("figures", "slogans", "documents", "dates"):
        link(measures, doc.found[group], group)
    doc.put("measures", measures, _own_spans(measures))


def _quoted_terms(doc: _Doc, exclude: Spans) -> None:
    doc.put("quoted_terms", quoted_terms(doc.art.text, doc.found["slogans"], exclude), [])


def _headline(doc: _Doc, exclude: Spans) -> None:
    """The headline and the kicker over it are part of the article: documents, dates, figures and
    quoted terms named only there are added without a span (as the dateline and the source's
    publication are).  A line the body repeats adds nothing."""
    at = 0  # where the line starts in the headline the places were read in (title, a space, kicker)
    for line in (doc.art.title, doc.art.kicker):
        if line and not _printed_again(line.strip(), doc.art.text[:len(line) + 400]):
            _header_line(doc, line, at)
        at += len(line) + 1 if line else 0


def _printed_again(line: str, head: str) -> bool:
    """The headline again on a line of its own at the body's top (a clause of the lead that says the
    same, …以来,全省已有某某毕业。, is the lead's: the headline's figures count apart)."""
    at = head.find(line)
    return at == 0 or at > 0 and head[at - 1] == "\n"


class _HeadlineWords(Sequence):
    """The segmenter's word spans of a headline, cut when an extractor first asks for them: most
    headlines hold no numeral and no formula, and none of their words is read."""

    def __init__(self, title: str) -> None:
        self._title = title

    @cached_property
    def _spans(self) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in get_segmenter().spans(self._title)]

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, k):
        return self._spans[k]


_YEAR_BEFORE_A_PLACE = re.compile(r"(?:19[5-9]\d|20\d\d)(?=[\u4e00-\u9fff])")


def _header_line(doc: _Doc, title: str, at: int = 0) -> None:
    art = doc.art
    documents, dates, terms = doc.found["documents"], doc.found["dates"], doc.found["quoted_terms"]
    docs = find_documents(title) if "《" in title else []
    for d in docs:
        if all(x.title != d.title for x in documents):
            documents.append(DocumentRef(title=d.title, short_name=None, publication=d.publication, start=None, end=None))
    spans = _own_spans(docs)
    words = _HeadlineWords(title)
    slogans = doc.found["slogans"]
    # 提升“两委”干部能力: a slogan the headline names and the body does not (no span in the body)
    slogans.extend(replace(s, start=None, end=None, mentions=[]) for s in find_slogans(title, spans, words)
                   if all(x.canonical != s.canonical for x in slogans))
    title_dates = find_dates(title, art.date, exclude=spans)
    # 某地将选拔360名年轻干部: the headline's own count (a figure the body repeats is counted there too)
    # (a numeral inside a place's name the headline holds, 三乡镇, counts nothing, as in the body)
    places = [(m.start - at, m.end - at) for m in doc.found["places"].title_mentions if at <= m.start and m.end <= at + len(title)]
    if (year := _YEAR_BEFORE_A_PLACE.match(title)) and any(a == year.end() for a, _ in places) and not title_dates[:1]:
        # 2025某市某区选拔…公告: a notice's year, glued without 年 before the place that issues it
        title_dates = [DateMention(text=year.group(), iso=year.group(), start=0, end=year.end())]
    dates.extend(replace(d, start=None, end=None) for d in title_dates)
    figures = doc.found["figures"]
    # (each marked with the body's figure of the same number, if any: a count of figures takes the one fact once)
    figures.extend([replace(f, start=None, end=None, body_idx=repeated_at(f, figures))
                    for f in find_figures(title, exclude=spans + places, dates=title_dates, words=words)])
    if any(q in title for q in "“\"「"):
        for t in quoted_terms(title, doc.found["slogans"], spans):
            if t not in terms and not classify_quoted(t):  # a headline slogan is not a term
                terms.append(QuotedTerm(t))  # (no span: the headline's offsets index no text of the article)


# The groups an article brings: text lost to mojibake.
GIVEN = ("unreadable",)
# The components in the order they run: an earlier group has precedence (see extract/spans.py).
COMPONENTS = (
    Component("words", requires=(), assigns=("words",), run=_words),
    Component("documents", requires=(), assigns=("documents",), run=_documents),
    Component("dates", requires=("documents",), yields=("documents",), assigns=("dates",), run=_dates),
    Component("slogans", requires=("unreadable", "documents", "words"), yields=("unreadable", "documents"),
              assigns=("slogans",), run=_slogans),
    Component("places", requires=("unreadable", "documents", "words"), yields=("unreadable",),
              assigns=("places",), run=_places),
    # A numeral inside a place name (六户地村, 二工镇) counts nothing.
    Component("figures", requires=("unreadable", "documents", "dates", "slogans", "words", "places"),
              yields=("unreadable", "slogans", "documents", "dates", "places"), assigns=("figures",), run=_figures),
    Component("measures", requires=("figures", "slogans", "documents", "dates"), assigns=("measures",),
              run=_measures),
    Component("quoted_terms", requires=("unreadable", "documents", "slogans"), yields=("unreadable", "documents"),
              assigns=("quoted_terms",), run=_quoted_terms),
    # Spanless additions from the headline, after the measures are linked (they lie in no measure).
    Component("headline", requires=("documents", "dates", "slogans", "quoted_terms", "figures", "places"),
              assigns=("documents", "dates", "quoted_terms", "figures", "slogans"), run=_headline),
)
check_order(COMPONENTS, GIVEN)


def extract_article(art: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    doc = _Doc(art, gazetteer or Gazetteer.load(), SpanGroups({"unreadable": list(art.unreadable)}))
    for c in COMPONENTS:
        c.run(doc, doc.spans.union(c.yields))
    found = doc.found
    placed: Placement = found["places"]
    # a headline read only from the body's dispatch line (某某社某地电 题:…), or one the body keeps as its own
    # line(s), names its places there, once (a kicker's are its own)
    title_regions = [m for m in placed.title_mentions if m.start > len(art.title or "")] \
        if art.title_in_text or _headline_kept_in_body(art.title, art.text) else placed.title_mentions
    return Extraction(
        article=art, slogans=found["slogans"], quoted_terms=found["quoted_terms"], figures=found["figures"],
        dates=found["dates"], documents=found["documents"], region=placed.region, region_reason=placed.reason,
        regions=placed.mentions, measures=found["measures"], title_regions=title_regions,
        region_confidence=placed.confidence,
        # (the unit's mentions end where its source begins: a medium's name is no mention)
        unit_regions=[m for m in placed.meta_mentions if art.affiliation and m.end <= len(art.affiliation)],
    )


def regions_mentioned(x: Extraction, g: Gazetteer | None = None) -> list[str]:
    g = g or Gazetteer.load()
    seen: list[str] = []
    codes = set()
    places = [m.place for m in x.title_regions + x.regions + x.unit_regions] + ([x.region] if x.region else [])
    for m in x.title_regions + sorted(x.regions, key=lambda m: m.start) + x.unit_regions:
        if x.region is not None and m.place.code == x.region.code or m.place.code in codes:
            continue
        codes.add(m.place.code)
        seen.append(g.display(m.place, places))
    return seen


def _headline_kept_in_body(title: str | None, text: str) -> bool:
    """The headline is one line of the body, or up to three consecutive lines joined (a notice's issuer on one
    line, 关于…的通知 on the next): the page prints it there, and the body's mentions are its places."""
    if not title:
        return False
    lines = [x.strip() for x in text.split("\n")]
    return any("".join(lines[i:i + n]) == title for i, x in enumerate(lines) if x and title.startswith(x)
               for n in range(1, _HEADLINE_LINES + 1))


_HEADLINE_LINES = 3
