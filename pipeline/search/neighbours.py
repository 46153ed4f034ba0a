"""Neighbours of a measure: measures of other regions most alike in their character bigrams, the rarer a
bigram the more it counts (an idf-weighted cosine over the bigram sets).

Candidates are the measures sharing any of the measure's rarest bigrams (the search index's BM25 picks
them); they are then ranked by the cosine.  BM25 alone ranked a short measure holding one rare bigram (a
hotline's number line beside a 容错纠错 measure) above measures sharing most of the measure's subject.
"""
from __future__ import annotations

from collections.abc import Iterable
import math
import re
import sqlite3

from pipeline.search.catalog import catalog
from pipeline.search.hits import record
from pipeline.search.index import RANK
from pipeline.search.tokens import bigrams
from pipeline.store.reader import counted
from pipeline.text.chars import CJK

_CANDIDATES = 200  # measures the index proposes for ranking
_RARE = 24  # of the measure's bigrams, the rarest this many propose them
# ... and first only as many of those as match this many measures together (their document frequencies summed; the
# rarest first, at least _FEW_RARE): the index ranks every measure matching any of them, and a short measure's common
# bigrams (工作, 干部: 96,837 and 167,128 of a 20,000-article knowledge base's 458,615 measures) made that 124,000-281,000
# measures, most of the first ask's time.  All _RARE only when a measure outside the few could still rank (``_beyond``).
_MATCHED = 40_000
_FEW_RARE = 4
# a cosine under this shares a word or two of the measure, not its subject: on the 80 real pages' KB, neighbours
# at 0.06-0.13 were unrelated (a 巡察 adviser pool beside 容错纠错) and from about 0.15 they shared the subject
FLOOR = 0.14
_HAN_PAIR = re.compile(rf"[{CJK}]{{2}}")


def similar(conn: sqlite3.Connection, measure_id: int, k: int = 5) -> list[dict] | None:
    """Measures of other regions most like this one (a cosine of at least FLOOR); None when there is no such
    measure (an empty list would read as a measure without neighbours).  Remembered per file version: they took
    0.5-1.3 s on a 20,000-article knowledge base, each time the same measure was opened."""
    cat = catalog(conn)
    if getattr(conn, "file_key", None) is None:  # (a connection to no known file version: nothing to remember it by)
        return _similar(conn, cat, measure_id, k)
    # (in a tuple: None, no such measure, is remembered too)
    (near,) = cat.remembered(("similar", measure_id, k), lambda: (_similar(conn, cat, measure_id, k),),
                             lambda answer: 64 + 2000 * len(answer[0] or ()))
    return None if near is None else [dict(r) for r in near]  # (copies: each request its own)


def _similar(conn: sqlite3.Connection, cat, measure_id: int, k: int) -> list[dict] | None:
    row = conn.execute("SELECT * FROM search_measures WHERE measure_id = ?", (measure_id,)).fetchone()
    if row is None:
        row = _as_canonical(conn, measure_id)
    if row is None:
        return None
    grams = _grams(row["text"])
    if not grams:
        return []
    marks = ",".join("?" * len(grams))
    df = dict(conn.execute(f"SELECT term, doc FROM measure_vocab WHERE term IN ({marks})", list(grams)).fetchall())
    weights = {g: math.log((cat.total + 1) / df[g]) for g in grams if df.get(g, 0) > 1}  # (shared with another)
    if not weights:
        return []
    rare = sorted(weights, key=lambda g: (-weights[g], g))[:_RARE]
    few = _few(rare, df)
    scored = _scored(conn, row, weights, few, k)
    if len(few) < len(rare) and _beyond(weights, few) >= (scored[-1][1] if len(scored) == k else FLOOR):
        scored = _scored(conn, row, weights, rare, k)
    return [record(conn, cat, r, [], False, -s) for r, s in scored]  # (record's score is BM25's, negated)


def _scored(conn: sqlite3.Connection, row, weights: dict[str, float], proposing: list[str], k: int) -> list[tuple]:
    """The k best of the measures these bigrams propose, with their cosines, none under FLOOR."""
    rows = _candidates(conn, " OR ".join(f'"{g}"' for g in proposing), row)
    return [(r, s) for r, s in rank(weights, ((r, _grams(r["text"])) for r in rows))[:k] if s >= FLOOR]


def _few(rare: list[str], df: dict[str, int]) -> list[str]:
    """The rarest of ``rare`` (rarest first) while the measures they match stay within _MATCHED (``df``: each
    bigram's measures), _FEW_RARE of them whatever they match."""
    out, matched = [], 0
    for g in rare:
        if len(out) >= _FEW_RARE and matched + df[g] > _MATCHED:
            break
        out.append(g)
        matched += df[g]
    return out


def _beyond(weights: dict[str, float], proposing: list[str]) -> float:
    """The highest cosine (as ``rank`` scores it) a measure holding none of ``proposing`` can have: it shares at most
    the other bigrams, shared weight S of them, and its own norm is at least sqrt(S), so S / (norm * own) <=
    sqrt(S) / norm."""
    rest = sum(w * w for g, w in weights.items() if g not in proposing)
    return math.sqrt(rest / sum(w * w for w in weights.values()))


_MARGIN = 4  # the best-ranked matches read at first, per candidate wanted


def _candidates(conn: sqlite3.Connection, expression: str, row) -> list:
    """The _CANDIDATES best-ranked matches of the expression of other places and articles than ``row``'s: the index's
    best ranked first (its keys alone), their rows read and those of the measure's place or article left out; only
    when too few remain, every match's row.  Reading every match's row (124,000-281,000 of a 20,000-article knowledge
    base's 458,615 measures for a short measure's bigrams) before ranking was half of the time."""
    keys = [k for (k,) in conn.execute(f"SELECT rowid FROM measure_fts WHERE measure_fts MATCH ? ORDER BY {RANK}"
                                       " LIMIT ?", (expression, _CANDIDATES * _MARGIN))]
    by_key = {r["key"]: r for r in conn.execute(
        f"SELECT * FROM search_measures WHERE key IN ({','.join('?' * len(keys))})", keys)} if keys else {}
    kept = [r for r in (by_key[k] for k in keys if k in by_key) if r["key"] != row["key"]
            and (r["place"] or "") != (row["place"] or "") and r["article_id"] != row["article_id"]]
    if len(kept) >= _CANDIDATES or len(keys) < _CANDIDATES * _MARGIN:
        return kept[:_CANDIDATES]
    return conn.execute(
        "SELECT s.* FROM measure_fts JOIN search_measures s ON s.key = measure_fts.rowid"
        " WHERE measure_fts MATCH ? AND s.key != ? AND coalesce(s.place, '') != coalesce(?, '')"
        f" AND s.article_id != ? ORDER BY {RANK} LIMIT ?",
        (expression, row["key"], row["place"], row["article_id"], _CANDIDATES)).fetchall()


def repost_of(conn: sqlite3.Connection, measure_id: int) -> dict | None:
    """For a measure of a repost (an article counted once, under its canonical article, so not in the search
    index): the canonical article and its measure of the same text (None when it words it otherwise)."""
    counts_it = counted(conn, "a")
    if counts_it == "1":
        return None  # (a knowledge base built before reposts were detected has no canonical_id: no repost)
    m = conn.execute("SELECT m.text, a.canonical_id FROM measures m JOIN articles a ON a.id = m.article_id"
                     f" WHERE m.id = ? AND NOT {counts_it}", (measure_id,)).fetchone()
    if m is None:
        return None
    twin = conn.execute("SELECT measure_id FROM search_measures WHERE article_id = ? AND text = ?",
                        (m["canonical_id"], m["text"])).fetchone()
    return {"article_id": m["canonical_id"], "measure_id": twin[0] if twin else None}


def _as_canonical(conn: sqlite3.Connection, measure_id: int):
    """A repost's measure as the search index would hold it in its canonical article: its twin there, or its own
    text under the canonical article's place (the API answered 404 and the page "no similar measures" for a
    measure it showed on the repost's page)."""
    of = repost_of(conn, measure_id)
    if of is None:
        return None
    if of["measure_id"] is not None:
        return conn.execute("SELECT * FROM search_measures WHERE measure_id = ?", (of["measure_id"],)).fetchone()
    place = conn.execute("SELECT place FROM search_measures WHERE article_id = ? LIMIT 1", (of["article_id"],)).fetchone()
    text = conn.execute("SELECT text FROM measures WHERE id = ?", (measure_id,)).fetchone()[0]
    return {"text": text, "key": -1, "place": place[0] if place else None, "article_id": of["article_id"]}


def rank(weights: dict[str, float], candidates: Iterable[tuple[object, set[str]]]) -> list[tuple[object, float]]:
    """Candidates by the cosine of their bigram sets with the measure's, each bigram weighted by its idf
    (``weights``: the measure's bigrams; a candidate's own other bigrams weigh the measure's median, which
    is all a length penalty needs), best first; ties in the order given."""
    norm = math.sqrt(sum(w * w for w in weights.values()))
    other = sorted(weights.values())[len(weights) // 2]
    out = []
    for item, grams in candidates:
        shared = sum(weights[g] ** 2 for g in grams if g in weights)
        own = math.sqrt(sum(weights.get(g, other) ** 2 for g in grams)) or 1.0
        out.append((item, shared / (norm * own)))
    return sorted(out, key=lambda x: -x[1])


def _grams(text: str) -> set[str]:
    return {g for g in bigrams(text) if _HAN_PAIR.search(g)}
