"""One processed document as the rows the knowledge base stores (made in the workers).

Records that have a JSON form are laid out from it (``to_dict`` in
pipeline/core/records.py): a table's columns are named after the record's
fields, so the extract output, the stored rows and the API read back from them
agree by construction.  Documents, articles, paragraphs, sentences and place
mentions (whose rows carry the candidates and the mention's place path, which the
JSON form leaves out) are written column by column here; so are measures and figures,
the most numerous records, whose JSON forms cost several times their rows (a measure's
form copies six lists and makes a dict per category, none of which its table holds):
tests/test_rows_columns.py checks their rows against those laid out from the JSON form.
Paragraph, sentence and measure ids are local to the document, counted from 0;
``writer.write_documents`` shifts them.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import lru_cache
import json

from pipeline.core.records import UNCLASSIFIED, ProcessedDocument
from pipeline.store.schema import JSON_COLUMNS, columns
from pipeline.store.similarity import band_rows


@dataclass
class DocRows:
    """A document's rows, table by table, in insertion order."""

    doc_id: str
    path: str
    articles: int
    repairs: dict[str, int]
    tables: dict[str, list[tuple]] = field(default_factory=dict)


# table -> {column position: which id sequence it holds}, for the local ids above
LOCAL_IDS = {
    "paragraphs": {0: "paragraph"}, "sentences": {0: "sentence", 1: "paragraph"}, "measures": {0: "measure"},
    "measure_categories": {0: "measure"}, "measure_groups": {0: "measure"}, "measure_links": {0: "measure"},
    "figures": {2: "measure"},
}
# where each sequence's next id is read from
ID_SOURCES = {"paragraph": "paragraphs", "sentence": "sentences", "measure": "measures"}

_TABLES = ("documents", "repairs", "articles", "article_bands", "authors", "paragraphs", "sentences", "regions", "region_mentions",
           "measures", "measure_categories", "measure_groups", "measure_links", "slogans", "figures",
           "cited_documents", "dates", "quoted_terms")


# ``json.dumps(v, ensure_ascii=False)``: dumps makes a new encoder for each call given an option (the
# same encoder, made once here, writes the same text)
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def laid_out(table: str, values: dict) -> tuple:
    """A record's dict (with the ids and spans the table adds) as a row of ``table``: JSON columns
    dumped, booleans as integers, a column the dict lacks as NULL."""
    out = []
    for name, as_json in _layout(table):
        v = values.get(name)
        # (a JSON column with no value is NULL, not the text 'null': an unnumbered slogan has no count)
        out.append((None if v is None else _to_json(v)) if as_json else int(v) if v.__class__ is bool else v)
    return tuple(out)


@lru_cache(maxsize=None)
def _layout(table: str) -> tuple[tuple[str, bool], ...]:
    """Each column of ``table``: its name, and whether it holds JSON (once per table, not per row)."""
    as_json = JSON_COLUMNS.get(table, ())
    return tuple((name, name in as_json) for name, _ in columns(table))


def document_rows(pd: ProcessedDocument) -> DocRows:
    """Every row the knowledge base holds for one document (the search index is rebuilt from them)."""
    c = pd.clean
    raw = c.raw
    t: dict[str, list[tuple]] = {name: [] for name in _TABLES}
    t["documents"].append((raw.id, raw.path, raw.format, raw.encoding, raw.size, raw.text, c.text,
                           array("i", c.offsets).tobytes(), _to_json(c.quality.to_dict()),
                           raw.meta.get("url"), raw.meta.get("fetched_at")))
    t["repairs"] += [(raw.id, r.kind, r.orig_start, r.orig_end, r.before, r.after, r.note) for r in c.quality.repairs]
    for art, x in zip(pd.articles, pd.extractions or [None] * len(pd.articles)):
        # The article's id once: ``Article.id`` formats a new string per call, and one string
        # shared by its rows is also pickled once (memoized) on its way to the parent.
        aid = art.id
        _article_rows(t, c, art, aid)
        if x is not None:
            _extraction_rows(t, c, art, aid, x, len(t["measures"]))
    return DocRows(doc_id=raw.id, path=raw.path, articles=len(pd.articles), repairs=dict(c.quality.counts), tables=t)


def _article_rows(t: dict[str, list[tuple]], c, art, aid: str) -> None:
    """The article, its authors, paragraphs and sentences (ids local to the document)."""
    t["articles"].append((aid, art.doc_id, art.index, art.title, art.date, art.source, art.editor,
                          art.affiliation, art.text, art.doc_start, art.orig_start, art.orig_end,
                          json.dumps(art.unreadable), _to_json(_article_quality(c, art)),
                          None, " ".join(art.from_manifest) or None))
    t["article_bands"] += band_rows(aid, art.text)
    t["authors"] += [laid_out("authors", {"article_id": aid, "pos": i} | a.to_dict())
                     for i, a in enumerate(art.authors)]
    n_sent = len(t["sentences"])
    for p in art.paragraphs:
        n_par = len(t["paragraphs"])
        t["paragraphs"].append((n_par, aid, p.index, int(p.heading), p.text, p.start, p.end, p.orig_start,
                                p.orig_end))
        for s in p.sentences:
            t["sentences"].append((n_sent, n_par, aid, s.index, s.text, " ".join(s.tokens), s.start, s.end,
                                   s.orig_start, s.orig_end))
            n_sent += 1


def _article_quality(c, art) -> dict:
    """The document's repairs that fall inside this article (its title and byline included)."""
    counts: dict[str, int] = {}
    for r in c.quality.repairs:
        if r.kind != "traditional" and art.orig_start <= r.orig_start < art.orig_end:
            counts[r.kind] = counts.get(r.kind, 0) + 1
    return {"counts": counts, "unreadable": len(art.unreadable), "document_counts": c.quality.counts}


def _extraction_rows(t: dict[str, list[tuple]], c, art, aid: str, x, first_measure: int) -> None:
    """The extraction records of one article; offsets also mapped to the original file."""
    def orig(start, end) -> tuple:
        return (None, None) if start is None else c.orig_span(art.doc_start + start, art.doc_start + end)

    def spans(start, end) -> dict:
        o = orig(start, end)
        return {"orig_start": o[0], "orig_end": o[1]}

    def of(i: int, record) -> dict:
        return {"article_id": aid, "idx": i} | record.to_dict() | spans(record.start, record.end)

    _region_rows(t, aid, x, spans)
    owner = _measure_rows(t, aid, x, first_measure, orig)
    t["slogans"] += [laid_out("slogans", of(i, s)) for i, s in enumerate(x.slogans)]
    t["figures"] += [(aid, i, owner.get(i), f.text, f.value, f.high, f.unit, f.qualifier, f.subject, f.time, f.per,
                      *f.base(), int(f.headline), f.body_idx, f.start, f.end, *orig(f.start, f.end))
                     for i, f in enumerate(x.figures)]  # column by column
    t["cited_documents"] += [laid_out("cited_documents", {"article_id": aid, "idx": i} | d.to_dict())
                             for i, d in enumerate(x.documents)]
    t["dates"] += [laid_out("dates", {"article_id": aid, "idx": i} | d.to_dict()) for i, d in enumerate(x.dates)]
    t["quoted_terms"] += [(aid, i, str(q), q.start, q.end, *orig(q.start, q.end)) for i, q in enumerate(x.quoted_terms)]


def _region_rows(t: dict[str, list[tuple]], aid: str, x, spans) -> None:
    """The article's primary region, and every place it names (headline and issuer places have no span in the text)."""
    region = x.region_dict() or {}
    t["regions"].append(laid_out("regions", {"article_id": aid, "level": x.region and x.region.level} | region))

    def mention(m, span: dict) -> tuple:
        p = m.place
        return laid_out("region_mentions", {
            "article_id": aid, "text": m.text, "code": p.code, "name": p.name, "province": p.province,
            "city": p.city, "county": p.county, "candidates": m.candidates, "reason": m.reason,
            "level": p.level, "township": p.township, "path": p.path} | span)

    t["region_mentions"] += [mention(m, {"start": m.start, "end": m.end} | spans(m.start, m.end)) for m in x.regions]
    t["region_mentions"] += [mention(m, {}) for m in x.title_regions + x.unit_regions]


def _measure_rows(t: dict[str, list[tuple]], aid: str, x, first_measure: int, orig) -> dict[int, int]:
    """The measures (column by column: see the module's docstring) with their categories, groups
    and links; which measure holds each figure."""
    owner: dict[int, int] = {}
    measures, categories, groups, links = (t[name] for name in ("measures", "measure_categories",
                                                                "measure_groups", "measure_links"))
    for i, m in enumerate(x.measures):
        mid = first_measure + i
        owner.update(dict.fromkeys(m.figures, mid))  # a figure inside two measures: the later one holds it
        measures.append((mid, aid, i, m.text, m.heading, m.start, m.end, *orig(m.start, m.end)))
        # A measure no category was confident for is recorded as such, never left silently empty.
        categories += [(mid, cat, sc) for cat, sc in m.categories] or [(mid, UNCLASSIFIED, 0.0)]
        groups += [(mid, g) for g in m.groups]
        for kind, idxs in (("figure", m.figures), ("slogan", m.slogans), ("document", m.documents), ("date", m.dates)):
            if idxs:
                links += [(mid, kind, j) for j in idxs]
    return owner
