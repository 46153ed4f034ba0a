"""spaCy, for people who continue there: a DocBin of the knowledge base, and a pipeline component.

``export_docbin`` writes every article as a ``Doc`` (blank ``zh``, one token per
character, so every extracted span aligns) with the extracted records as span
groups, each span labelled:

    figures     数据, its reading in span._.policykb ({"value": 500, "unit": "元", "qualifier": …, "per": "月",
                "base_value": 500, "base_unit": "元"}: 50万元 is value 50, unit 万元, base_value 500000, base_unit 元)
    slogans     the canonical slogan (三个区分开来)
    documents   文件
    regions     the mention's own full name, down to its village or zone (福建省福州市鼓楼区,
                江苏省苏州市吴江区桃源镇青云村), its code, level and path in span._.policykb
                ({"code": "320509106000V003", "level": "village", "path": "江苏省/…/青云村"}; code None
                for an ambiguous name)
    dates       the ISO date (2019-06-20, 2019-06 or 2019, as far as it is known); 未定日期 for a time
                word no date was resolved for (近年来, 目前, 9月24日 of an unknown year)
    measures    举措
    categories  one span per measure and codebook category, labelled with the category id

and ``doc._.policykb`` holding the article's id, title, date, source and region, and ``canonical_id`` and
``is_repost``: a repost (the same article on another site) is in the DocBin as its site has it, marked, so
``[d for d in docs if not d._.policykb["is_repost"]]`` holds each article once, as search counts it.

The ``policykb`` factory (entry point ``spacy_factories``) runs the same extraction
and classification on any text: ``nlp = spacy.blank("zh"); nlp.add_pipe("policykb")``.
Give ``doc._.policykb = {"title": …, "date": …}`` before the component runs (as the
DocBin's docs carry) and it yields exactly the knowledge base's spans; the text is
taken as it is (the build's repair stage is not run, so offsets stay the doc's own).
"""
from __future__ import annotations

import os
from pathlib import Path
import re
import sqlite3

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from pipeline.core.fsutil import write_bytes
from pipeline.store.schema import column_names

GROUPS = ("figures", "slogans", "documents", "regions", "dates", "measures", "categories")
# The label of a date span with no ISO date: told apart from the resolved ones, which their label dates.
UNDATED = "未定日期"

if not Doc.has_extension("policykb"):
    Doc.set_extension("policykb", default=None)
# A figure span's reading (value, high, unit, qualifier, subject, time, per, and the amount in its base unit):
# span._.policykb. DocBin keeps it
# in the doc's user data; a reader registers the extension first (importing this module does).
if not Span.has_extension("policykb"):
    Span.set_extension("policykb", default=None)
FIGURE_FIELDS = ("value", "high", "unit", "qualifier", "subject", "time", "per", "base_value", "base_high", "base_unit")


def _place_name(*parts) -> str:
    return "".join(p for p in parts if p)


# --- spans from the knowledge base ---------------------------------------------------------

def kb_spans(conn: sqlite3.Connection, article_id: str) -> dict[str, list[tuple[int, int, str]]]:
    """The article's records that have a span in its text, as (start, end, label) per group."""
    def rows(sql: str) -> list[tuple[int, int, str]]:
        return sorted((s, e, str(label)) for s, e, label in conn.execute(sql, (article_id,)))

    cols = column_names(conn, "region_mentions")
    place = " || ".join(f"coalesce({c}, '')" for c in ("province", "city", "county", "township") if c in cols)
    own = ", ".join(c if c in cols else "NULL" for c in ("code", "level", "path"))
    mentions = conn.execute(f"SELECT start, end, {place}, {own} FROM region_mentions WHERE article_id = ?"
                            " AND start IS NOT NULL", (article_id,)).fetchall()
    have = column_names(conn, "figures")  # (no base_* before schema 10)
    figures = conn.execute(f"SELECT start, end, {', '.join(c if c in have else 'NULL' for c in FIGURE_FIELDS)}"
                           " FROM figures WHERE article_id = ?"
                           " AND start IS NOT NULL", (article_id,)).fetchall()
    return {
        "figures": _by_place([(f[0], f[1], "数据", _reading(f[2:])) for f in figures]),
        "slogans": rows("SELECT start, end, canonical FROM slogans WHERE article_id = ? AND start IS NOT NULL"),
        "documents": rows("SELECT start, end, '文件' FROM cited_documents WHERE article_id = ? AND start IS NOT NULL"),
        "regions": _by_place([(s, e, _mention_label(path, above), _mention_reading(code, level, path))
                              for s, e, above, code, level, path in mentions]),
        "dates": rows(f"SELECT start, end, coalesce(iso, '{UNDATED}') FROM dates WHERE article_id = ? AND start IS NOT NULL"),
        "measures": rows("SELECT start, end, '举措' FROM measures WHERE article_id = ?"),
        "categories": rows("SELECT m.start, m.end, c.category FROM measures m JOIN measure_categories c"
                           " ON c.measure_id = m.id WHERE m.article_id = ?"),
    }


def _mention_label(path: str | None, above: str) -> str:
    """A place mention's label: its own full path written as a name (a village's or a zone's, not its parent's:
    region_mentions.完整地名 without the slashes); the names of its levels where the knowledge base has no path."""
    return (path or "").replace("/", "") or above


def _mention_reading(code: str | None, level: str | None, path: str | None) -> dict:
    """span._.policykb of a place mention: the code (None for an ambiguous name), level and path it was read as."""
    return {"code": code or None, "level": level, "path": path}


def _reading(values) -> dict:
    """A figure's reading, as span._.policykb holds it (a whole number as an int: 500, not 500.0)."""
    return {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in zip(FIGURE_FIELDS, values)}


def _by_place(spans: list[tuple]) -> list[tuple]:
    return sorted(spans, key=lambda t: t[:3])  # (a reading is a dict: not compared)


def set_spans(doc: Doc, spans: dict[str, list[tuple]]) -> Doc:
    """The span groups; a span given as (start, end, label, reading) gets the reading as span._.policykb."""
    for group in GROUPS:
        out = []
        for s, e, label, *reading in spans.get(group, []):
            span = doc.char_span(s, e, label=label)
            if span is None:  # a span starting or ending in whitespace: widen it to whole tokens
                span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is not None:
                if reading:
                    span._.policykb = reading[0]
                out.append(span)
        doc.spans[group] = out
    return doc


def export_docbin(db: str | os.PathLike, out: str | os.PathLike = "outputs/export") -> Path:
    """Every article of the knowledge base as a Doc with its span groups, in ``out/kb.spacy``."""
    import spacy

    from pipeline.extract.places import levels
    from pipeline.store.reader import connect_readonly, counted

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("zh")
    conn = connect_readonly(db)
    bin_ = DocBin(attrs=[], store_user_data=True)
    # (the reposts, each with the article it reposts)
    canonical = dict(conn.execute(f"SELECT id, canonical_id FROM articles a WHERE NOT {counted(conn, 'a')}").fetchall())
    # (down to the township, as regions.csv and the search give it; a knowledge base built without it stops above)
    township = "r.township" if "township" in levels(conn) else "NULL"
    for a in conn.execute("SELECT a.id, a.title, a.date, a.source, a.affiliation, a.text,"
                          f" r.province, r.city, r.county, {township} AS township FROM articles a"
                          " LEFT JOIN regions r ON r.article_id = a.id ORDER BY a.date, a.id").fetchall():
        # (spaCy refuses texts over nlp.max_length, 1,000,000 characters, for the memory of parsers and taggers;
        # this blank pipeline only splits characters, so an article the build accepted is never refused)
        nlp.max_length = max(nlp.max_length, len(a["text"] or "") + 1)
        doc = nlp.make_doc(a["text"])
        doc._.policykb = {"article_id": a["id"], "title": a["title"], "date": a["date"], "source": a["source"],
                          "affiliation": a["affiliation"], "region": _place_name(a["province"], a["city"], a["county"], a["township"]) or None,
                          "canonical_id": canonical.get(a["id"], a["id"]), "is_repost": a["id"] in canonical}
        bin_.add(set_spans(doc, kb_spans(conn, a["id"])))
    conn.close()
    path = out / "kb.spacy"
    write_bytes(path, bin_.to_bytes())
    return path


# --- spans from any text: the pipeline component ---------------------------------------------------

def article_from_text(text: str, title: str | None = None, date: str | None = None, source: str | None = None,
                      affiliation: str | None = None):
    """An Article as the splitter would make it from this body text (paragraphs, sentences, words)."""
    from pipeline.text.articles import split_sentences
    from pipeline.text.lines import is_heading_like
    from pipeline.core.records import Article, Paragraph, Sentence
    from pipeline.nlp.segment import get_segmenter
    from pipeline.text.chars import UNREADABLE

    seg = get_segmenter()
    art = Article(doc_id="text", index=0, title=title, date=date, source=source, authors=[], editor=None,
                  affiliation=affiliation, text=text, doc_start=0, orig_start=0, orig_end=len(text))
    pos = 0
    for i, ptext in enumerate(text.split("\n")):
        s, e = pos, pos + len(ptext)
        pos = e + 1
        p = Paragraph(i, s, e, s, e, text=ptext, heading=is_heading_like(ptext))
        for k, (ss, se) in enumerate(split_sentences(ptext, s)):
            p.sentences.append(Sentence(k, ss, se, ss, se, text=text[ss:se], tokens=seg.cut(text[ss:se])))
        art.paragraphs.append(p)
    art.unreadable = [(m.start(), m.end()) for m in re.finditer(f"{UNREADABLE}+", text)]
    return art


def extraction_spans(x) -> dict[str, list[tuple[int, int, str]]]:
    """The spans of an Extraction, labelled as the knowledge base labels them."""
    def place(p) -> str:
        return _place_name(p.province, p.city, p.county, getattr(p, "township", None))

    spans = {
        "figures": [(f.start, f.end, "数据", _reading([d[k] for k in FIGURE_FIELDS]))
                    for f in x.figures if f.start is not None for d in (f.to_dict(),)],
        "slogans": [(s.start, s.end, s.canonical) for s in x.slogans if s.start is not None],
        "documents": [(d.start, d.end, "文件") for d in x.documents if d.start is not None],
        "regions": [(m.start, m.end, _mention_label(m.place.path, place(m.place)),
                     _mention_reading(m.place.code, m.place.level, m.place.path)) for m in x.regions],
        "dates": [(d.start, d.end, d.iso or UNDATED) for d in x.dates if d.start is not None],
        "measures": [(m.start, m.end, "举措") for m in x.measures],
        "categories": [(m.start, m.end, c) for m in x.measures for c, _ in m.categories],
    }
    return {k: _by_place(v) for k, v in spans.items()}


class PolicyKB:
    """Extracts and classifies, then sets the span groups (see the module docstring)."""

    def __init__(self, model: str = "", codebook: str = ""):
        from pipeline.classify.tagger import MeasureTagger

        self.tagger = MeasureTagger(codebook or None, model or None)

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.extract.article import extract_article

        meta = dict(doc._.policykb or {})
        art = article_from_text(doc.text, **{k: meta.get(k) for k in ("title", "date", "source", "affiliation")})
        x = extract_article(art)
        for m, c in zip(x.measures, self.tagger([m.text for m in x.measures])):
            m.categories, m.groups = c.categories, c.groups
        if x.region is not None and not meta.get("region"):
            meta["region"] = _place_name(x.region.province, x.region.city, x.region.county, x.region.township)
        doc._.policykb = meta
        return set_spans(doc, extraction_spans(x))


@Language.factory("policykb", default_config={"model": "auto", "codebook": ""})
def make_component(nlp: Language, name: str, model: str, codebook: str) -> PolicyKB:
    """``nlp.add_pipe("policykb", config={"model": "models/classifier.pkl"})``; "auto" (the default)
    finds the project's trained model as the build does; an empty or missing model classifies with
    the codebook's cue rules."""
    return PolicyKB(model, codebook)
