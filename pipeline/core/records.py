"""Typed records passed between the pipeline stages.

Every stage reads and returns these; nothing else crosses a stage boundary.
The extraction records (authors, dates, documents, figures, slogans, measures,
place mentions, the extraction itself) have one serialiser here, ``to_dict``:
the ``policykb extract --json`` contract, and the names of the knowledge-base
columns that store them (pipeline/store/rows.py lays these dicts out as rows;
the API reads the rows back under the same names).  Documents, articles,
paragraphs and sentences have no JSON form of their own: store/rows.py writes
their columns (texts, offset maps) directly.

Offsets are Python string indices.  "clean" offsets index the repaired,
simplified text; "orig" offsets index the decoded original text of the file
(for HTML: the text extracted from the page, before any repair).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from pipeline.core.units import base_amount


# The category id of a measure no category of the codebook was confident for (shown as 未归类).
UNCLASSIFIED = "unclassified"


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def flat_dict(record) -> dict[str, Any]:
    """``dataclasses.asdict`` of a record whose fields hold scalars or lists/tuples of scalars
    (or of tuples of scalars), as every ``to_dict`` below that uses it: the same dict, with
    each list copied, without asdict's recursive deep copy (the costliest step of making a
    knowledge base's rows)."""
    return {name: _copied(getattr(record, name)) for name in _field_names(type(record))}


def _copied(v):
    return list(v) if type(v) is list else v


# A village has no official code here: its code is its parent's, this letter and an ordinal, text no reader takes
# for a number (150525100000.051 read back from a CSV as a float, 1.50525e+11), as a zone's Z or H.  (Here, with the
# records, not in regions: the search reads it, and importing regions compiles its ~450 patterns.)
VILLAGE_MARK = "V"


@dataclass(frozen=True)
class Repair:
    """One change the repair stage made, located in the original text."""

    kind: str
    orig_start: int
    orig_end: int
    before: str
    after: str
    note: str = ""


@dataclass
class QualityReport:
    encoding: str
    counts: dict[str, int] = field(default_factory=dict)
    repairs: list[Repair] = field(default_factory=list)
    # Spans of the clean text that could not be read back (mojibake).  Later
    # stages read nothing out of one (a measure's clause may hold a lone one:
    # extract/measures.py).
    unreadable: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, repair: Repair) -> None:
        self.repairs.append(repair)
        self.counts[repair.kind] = self.counts.get(repair.kind, 0) + 1

    def bump(self, kind: str, n: int = 1) -> None:
        if n:
            self.counts[kind] = self.counts.get(kind, 0) + n

    def to_dict(self) -> dict[str, Any]:
        return {
            "encoding": self.encoding,
            "counts": dict(sorted(self.counts.items())),
            "repairs": [flat_dict(r) for r in self.repairs],
            "unreadable": [list(s) for s in self.unreadable],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class PageMeta:
    """What a crawl's manifest says of one saved page (pipeline/text/manifest.py): None where it says nothing."""

    url: str | None = None
    title: str | None = None
    date: str | None = None  # ISO, partial when the manifest gives less ('2019')

    def key(self) -> bytes:
        """The row as bytes, for the document's id."""
        return "\x1f".join(v or "" for v in (self.url, self.title, self.date)).encode()


@dataclass
class RawDocument:
    """A file as read from disk: decoded, not yet repaired."""

    path: str
    id: str
    encoding: str
    format: str  # "txt" | "md" | "html"
    text: str  # the original text that orig offsets index
    size: int
    # Metadata the container itself carried (HTML <meta>, page title).
    meta: dict[str, str] = field(default_factory=dict)
    page: PageMeta | None = None  # the crawl manifest's row for this file (its id hashes it too)


@dataclass(frozen=True)
class Line:
    """A line of the cleaned document and what the repair stage took it for."""

    kind: str  # "text" | "meta" (metadata lines are kept as records, not as text)
    text: str
    start: int  # clean offset of the first character
    meta: tuple[tuple[str, str], ...] = ()


@dataclass
class CleanDocument:
    raw: RawDocument
    text: str  # cleaned text: one paragraph or heading per line
    offsets: list[int]  # offsets[i] = orig offset of clean char i; len = len(text) + 1
    lines: list[Line]  # every clean line, plus metadata lines removed from text
    quality: QualityReport

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None  # 记者 / 通讯员 / 作者, or None where the text does not say

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}


@dataclass
class Sentence:
    index: int
    start: int  # offsets into Article.text
    end: int
    orig_start: int
    orig_end: int
    text: str
    tokens: list[str] = field(default_factory=list)


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    orig_start: int
    orig_end: int
    text: str
    heading: bool
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Article:
    doc_id: str
    index: int
    title: str | None
    date: str | None
    source: str | None
    authors: list[Author]
    editor: str | None
    affiliation: str | None
    text: str  # cleaned body, paragraphs separated by "\n"
    doc_start: int  # offset of text[0] in CleanDocument.text
    orig_start: int
    orig_end: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    unreadable: list[tuple[int, int]] = field(default_factory=list)  # in text offsets
    issue: str | None = None  # a periodical's issue the source line cites (2020年5期): its year is a date
    printed_in: str | None = None  # the paper a print-edition line cites (《某某日报》(日期 版)): a publication cited
    kicker: str | None = None  # the line over the headline (引题), read with it
    # the headline read only from the body's own dispatch line (某某社某地电 题:…, no headline line over it):
    # its places are the body's there, not named again
    title_in_text: bool = False
    # Days the metadata prints besides the article's own (a disclosure table's 成文日期 beside its
    # 发布日期, a notice's signed day under its issuer): dates of the article, ISO.
    other_days: list[str] = field(default_factory=list)
    from_manifest: list[str] = field(default_factory=list)  # fields the crawl's manifest gave ("title", "date"; "year": its year, the day the dateline's)

    @property
    def id(self) -> str:
        return f"{self.doc_id}-{self.index}"


@dataclass(frozen=True)
class ArticleCopy:
    """An article that reposts another (pipeline/store/reposts.py): the group's canonical article and
    the overlap of their texts' shingles (0..1)."""

    article_id: str
    canonical_id: str
    similarity: float


@dataclass
class ProcessedDocument:
    clean: CleanDocument
    articles: list[Article]
    extractions: list["Extraction"] = field(default_factory=list)  # one per article


# --- extraction ---------------------------------------------------------------
# Offsets below index Article.text.


@dataclass
class DateMention:
    text: str
    iso: str | None
    start: int | None
    end: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "iso": self.iso, "start": self.start, "end": self.end}


@dataclass
class Figure:
    text: str
    value: float | int | None
    high: float | int | None
    unit: str | None
    qualifier: str | None
    subject: str | None
    time: str | None
    per: str | None
    start: int | None  # None: a figure of the headline (no span in the body)
    end: int | None
    # a figure of the headline the body gives again (某县选派360名干部 over a body's 360名): the index of that body
    # figure among the article's figures, so a count can take the number once; None for the others
    body_idx: int | None = None

    @property
    def headline(self) -> bool:
        return self.start is None

    def base(self) -> tuple[float | int | None, float | int | None, str | None]:
        """(base_value, base_high, base_unit): the amount in its base unit (50万元 is 500000 元; core/units.py)."""
        return base_amount(self.value, self.high, self.unit)

    def to_dict(self) -> dict[str, Any]:
        """Its fields, with whether it is the headline's and its amount in the base unit."""
        b = self.base()
        return flat_dict(self) | {"headline": self.headline, "base_value": b[0], "base_high": b[1], "base_unit": b[2]}


@dataclass
class Slogan:
    text: str
    canonical: str
    numbered: bool
    count: int | list[int] | None
    components: list[str]
    count_matches: bool | None
    local: bool
    start: int | None  # None: named only in the headline
    end: int | None
    definition: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # every span where it occurs

    def to_dict(self) -> dict[str, Any]:
        """Its fields, with ``mentions`` counted rather than listed."""
        return {k: v for k, v in flat_dict(self).items() if k != "mentions"} | {"mentions": len(self.mentions)}


class QuotedTerm(str):
    """A quoted term (“含金量”, a practice's name: “红黑榜”): equal to, and written as, its text (the extract
    output's list of strings, which the gold sets score), with where the text first quotes it: ``start``/``end``
    the term's characters inside the quote marks; None for a term of the headline."""

    start: int | None
    end: int | None

    def __new__(cls, term: str, start: int | None = None, end: int | None = None) -> "QuotedTerm":
        self = super().__new__(cls, term)
        self.start, self.end = start, end
        return self


@dataclass
class DocumentRef:
    title: str
    short_name: str | None
    publication: bool
    start: int | None  # None: cited in the metadata (来源 line), not in the text
    end: int | None

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class Place:
    """One unit of the gazetteer: a division, a village or a functional zone.

    ``province``/``city``/``county``/``township`` are the full official names of the unit and its
    ancestors (``city`` is None under a municipality).  ``code`` is the official code (12 digits);
    a village has its township's code + "V" + an ordinal, a zone its statistical code or host
    code + "Z"/"H" + an ordinal; an ambiguous mention's place has code "" and the path its
    candidates share."""

    code: str
    name: str
    level: str  # province | city | county | township | village | zone
    province: str
    city: str | None
    county: str | None
    township: str | None = None
    path: str = ""  # names from the province down, joined by "/"


@dataclass
class RegionMention:
    text: str
    place: Place
    start: int
    end: int
    candidates: list[str] = field(default_factory=list)  # codes, when the name was ambiguous
    reason: str | None = None

    def to_dict(self, where: str) -> dict[str, Any]:
        """The mention with its place; ``where`` it was found: title, text or affiliation (whose offsets it gives)."""
        p = self.place
        return {"text": self.text, "start": self.start, "end": self.end, "in": where, "level": p.level,
                "name": p.name, "code": p.code, "path": p.path, "reason": self.reason}


@dataclass
class Placement:
    """Where an article is: its place mentions (body, headline, author unit) and primary region."""

    mentions: list[RegionMention]  # offsets index the text
    title_mentions: list[RegionMention]  # offsets index the headline
    meta_mentions: list[RegionMention]  # offsets index the author unit and source, joined by a space
    region: Place | None
    reason: str | None
    confidence: float | None  # 0..1; None when no place is named


@dataclass
class Measure:
    text: str
    heading: str | None
    start: int
    end: int
    figures: list[int] = field(default_factory=list)
    slogans: list[int] = field(default_factory=list)
    documents: list[int] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    categories: list[tuple[str, float]] = field(default_factory=list)  # (codebook id, score), best first
    groups: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self) | {"categories": [{"id": c, "score": sc} for c, sc in self.categories]}


@dataclass
class SpanGroups:
    """Named groups of spans over one article's text, like spaCy's ``Doc.spans``: what each
    extraction component (pipeline/extract/spans.py) claimed, e.g. "documents", "dates",
    "slogans", "figures"; "unreadable" (text lost to mojibake) and "words" (the segmenter's)
    are given.  Offsets index Article.text; spanless items (a dateline) have no span here."""

    groups: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> list[tuple[int, int]]:
        return self.groups[name]

    def __setitem__(self, name: str, spans: list[tuple[int, int]]) -> None:
        self.groups[name] = spans

    def union(self, names: tuple[str, ...]) -> list[tuple[int, int]]:
        """The spans of all the named groups."""
        return [sp for name in names for sp in self.groups[name]]


@dataclass
class Extraction:
    article: "Article"
    slogans: list[Slogan]
    quoted_terms: list[QuotedTerm]
    figures: list[Figure]
    dates: list[DateMention]
    documents: list[DocumentRef]
    region: Place | None
    region_reason: str | None
    regions: list[RegionMention]  # in the text; offsets index Article.text
    measures: list[Measure]
    title_regions: list[RegionMention] = field(default_factory=list)  # offsets index the title
    region_confidence: float | None = None
    unit_regions: list[RegionMention] = field(default_factory=list)  # offsets index Article.affiliation (the issuers' lines)

    def region_dict(self) -> dict[str, Any] | None:
        """The primary region with how it was chosen (the regions row of the knowledge base); an
        ambiguous town's unknown province is None, not an empty name.  No unit chosen but a reason given
        (national: …, ambiguous: 甲省 and 乙省 are named equally): the reason and confidence with no names, as the
        knowledge base stores them (extract printed null there, where the API and the page gave the reason);
        None only when the finder said nothing (no place named)."""
        r = self.region
        if r is None:
            if self.region_reason is None and self.region_confidence is None:
                return None
            return dict.fromkeys(("name", "level", "province", "city", "county", "code")) | {
                "reason": self.region_reason, "township": None, "path": None, "confidence": self.region_confidence}
        return {
            "name": r.name, "level": r.level, "province": r.province or None, "city": r.city, "county": r.county,
            "code": r.code,
            "reason": self.region_reason, "township": r.township, "path": r.path, "confidence": self.region_confidence,
        }

    def to_dict(self, regions_mentioned: list[str], file: str | None = None) -> dict[str, Any]:
        """The extract output contract (keep these names: later tools read them).

        ``regions_mentioned`` are the display names of the other places named
        (``pipeline.extract.article.regions_mentioned``: it needs the gazetteer)."""
        a = self.article
        return {
            "id": a.id, "file": file, "index": a.index, "title": a.title, "date": a.date, "source": a.source,
            "authors": [au.to_dict() for au in a.authors],
            "editor": a.editor, "affiliation": a.affiliation,
            "region": self.region_dict(),
            "places": [m.to_dict(where) for where, ms in (("title", self.title_regions), ("text", self.regions),
                                                          ("affiliation", self.unit_regions)) for m in ms],
            "regions_mentioned": regions_mentioned,
            "text": a.text,
            "slogans": [s.to_dict() for s in self.slogans],
            "quoted_terms": self.quoted_terms,
            "figures": [f.to_dict() for f in self.figures],
            "dates": [d.to_dict() for d in self.dates],
            "documents": [d.to_dict() for d in self.documents],
            "measures": [m.to_dict() for m in self.measures],
            "quality": {"unreadable": a.unreadable},
        }
