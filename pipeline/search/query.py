"""Searching measures: matches of a query and filters, ranked, counted exactly, one page at a time."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
import json
import re
import sqlite3

from pipeline.search.beside import Beside
from pipeline.search.catalog import Catalog, catalog
from pipeline.search.filters import Filters, Note, Resolved, most_message, resolve
from pipeline.search.hits import record
from pipeline.search.index import RANK
from pipeline.search.syntax import Query, QueryError, parse
from pipeline.search.tokens import nfkc
from pipeline.text.chars import without_spaces


# The one cap: no request (page, API, CLI, download) returns more measures than this.
MAX_RESULTS = 10_000
RANK_ALL = 2000  # up to this many matches are all ranked; beyond, the most recent RANK_ALL are
# Asked for by relevance (order=relevance, the page's 按相关度), every match up to this many is ranked: across all
# years, at a cost (BM25 and the heading-line test over each match: ~0.2 s for 10,000 on a 2-core machine)
RANK_FULL = MAX_RESULTS
ORDERS = {"relevance": "按相关度", "date": "按日期"}  # the orders one may ask for (``order=``)
# SQLite's largest integer: an offset past it (a page number typed with twenty digits) is given to SQLite as this,
# which skips every row there is just the same, instead of failing to convert (a 500, a traceback)
LAST_ROW = 2**63 - 1


@dataclass
class SearchResult:
    total: int
    results: list[dict] = field(default_factory=list)
    order: str = "relevance"     # relevance | date | relevance_window (ranked among the RANK_ALL newest)
    query: Query = field(default_factory=Query)
    resolved: Resolved | None = None
    offset: int = 0
    limit: int = 20
    unit: str = "条"             # what a result is counted in (篇 for articles), as a note says it
    asked: str | None = None     # the order asked for (relevance, date), None for the query's own

    @property
    def notes(self) -> list[Note]:
        return self.resolved.notes if self.resolved else []

    def to_dict(self) -> dict:
        """The one JSON form of a search (API and CLI)."""
        return {"total": self.total, "offset": self.offset, "limit": self.limit, "shown": len(self.results),
                "order": self.order, "order_note": self.order_note, "query": self.query.text(),
                "query_note": self.query.describe(), "notes": [n.as_dict() for n in self.notes],
                "results": self.results} | ({"page_note": said} if (said := self.past_end()) else {})

    @property
    def order_note(self) -> str:
        """How the results are ordered, and, where only the newest were ranked, why and how to rank them all."""
        said = ORDER_ZH[self.order]
        if self.order != "relevance_window":
            return said
        if self.total > RANK_FULL:  # (too many to rank every one: honest about it, and how to get there)
            return (said + f"。全部 {self.total:,} 条按相关度排序太慢（最多排 {RANK_FULL:,} 条）：加年份、地区等筛选到"
                    f" {RANK_FULL:,} 条以内再选“按相关度”，或选“按日期”")
        return said + f"。选“按相关度”（order=relevance）在全部 {self.total:,} 条中按相关度排序"

    def past_end(self) -> str | None:
        """Said when the page asked starts after the last result (the page said so; the API answered an empty list
        with no word): where the last page starts."""
        if not (self.limit and self.total and not self.results and self.offset >= self.total):
            return None
        last = (self.total - 1) // self.limit * self.limit
        return (f"offset {self.offset:,} 已在最后一{self.unit}之后（共 {self.total:,} {self.unit}）：最后一页是 offset={last}"
                f"（每页 {self.limit} {self.unit}时为第 {last // self.limit + 1:,} 页，page={last // self.limit + 1}）。")


ORDER_ZH = {"relevance": "按相关度排序", "date": "按日期排序，最新在前",
            "relevance_window": f"匹配太多：在最新的 {RANK_ALL} 条中按相关度排序，其余按日期排在后面"}


def check_limit(limit: int, things: str = "条举措") -> int:
    """``limit`` within the cap; ``things``: what the search returns, as its error says it (篇文章 for articles)."""
    limit = int(limit)
    # (0: the total alone, a count-only call: it was a 400, and a count needed a page of results fetched)
    if not 0 <= limit <= MAX_RESULTS:
        raise QueryError(f"每次最多返回 {MAX_RESULTS:,} {things}（limit 应在 0–{MAX_RESULTS:,} 之间；0 只给总数）。")
    return limit


def check_order(order: str | None) -> str | None:
    """An order asked for (relevance, date, or their Chinese names), or None for the query's own; QueryError else."""
    if order is None or not order.strip():
        return None
    o = order.strip().lower()
    o = next((k for k, zh in ORDERS.items() if o in (k, zh, zh[1:])), None)
    if o is None:
        raise QueryError(f"顺序“{order}”无法识别：order 只能是 relevance（按相关度）或 date（按日期，最新在前）。")
    return o


def search(conn: sqlite3.Connection, query: str | Query | None, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, details: bool = True, order: str | None = None) -> SearchResult:
    """Measures matching ``query`` and the filters, best first; ``total`` is always exact.

    BM25 over every match costs time in proportion to the matches (300 ms for a
    term in 200,000 of a million measures), so when a query matches more than
    RANK_ALL measures, the best are chosen among the RANK_ALL most recent ones and
    the rest follow by date (``order`` says so).  ``order``: relevance ranks every match up to RANK_FULL
    (across all years, at a cost), date lists the newest first; None, the query's own.
    """
    limit, offset, asked = check_limit(limit), max(0, int(offset)), check_order(order)
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    count_choices(conn, cat, q, res)
    res.notes += reposts_found(conn, cat, q, res)
    out = SearchResult(total=0, query=q, resolved=res, offset=offset, limit=limit, asked=asked,
                       order="date" if not q.clauses or asked == "date" else "relevance")
    if res.impossible:
        return out
    expr = q.expression(res.parts())
    if not expr:  # no query, no filters: the newest measures
        out.total = cat.total
        keys = [r[0] for r in conn.execute("SELECT key FROM search_measures ORDER BY key DESC LIMIT ? OFFSET ?",
                                           (limit, min(offset, LAST_ROW)))]
        out.results = _rows(conn, cat, keys, {}, q, details)
        return out
    if not limit:  # (the total alone: nothing ranked; its order, the one a page of it would have)
        out.total = _count(conn, expr)
        out.order = _order(q, out.total, asked)
        return out
    pending = Beside(conn, lambda c: _count(c, expr))  # counted while the matches are ranked
    if not q.clauses or asked == "date":  # filters (and exclusions) only, or asked so: newest first
        keys = [r[0] for r in conn.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?"
                                           " ORDER BY rowid DESC LIMIT ? OFFSET ?", (expr, limit, min(offset, LAST_ROW)))]
        out.total = pending.result()
        out.results = _rows(conn, cat, keys, {}, q, details)
        return out
    # The RANK_ALL most recent matches, with their scores; fewer means these are all of them.
    # (ranked on the text alone: the filters' column weighs nothing, so a filter never reorders the hits)
    ranked = _ranked(pending.result() if asked == "relevance" else None)
    window = conn.execute(f"SELECT rowid, {RANK} FROM measure_fts WHERE measure_fts MATCH ?"
                          " ORDER BY rowid DESC LIMIT ?", (expr, ranked)).fetchall()
    lines = _heading_lines(conn, [k for k, _ in window], q.terms)
    scored = sorted(window, key=lambda r: (r[0] in lines, r[1], -r[0]))[offset:offset + limit]
    if len(window) == ranked and offset + limit > ranked:
        # Past the ranked window, pages go on from the newest unranked match.
        start = max(offset, ranked)
        scored += conn.execute("SELECT rowid, NULL FROM measure_fts WHERE measure_fts MATCH ? ORDER BY rowid DESC"
                               " LIMIT ? OFFSET ?", (expr, offset + limit - start, min(start, LAST_ROW))).fetchall()
    out.total = pending.result()
    out.order = _order(q, out.total, asked)
    out.results = _rows(conn, cat, [k for k, _ in scored], dict(scored), q, details)
    return out


def _ranked(total: int | None) -> int:
    """How many of the newest matches are ranked: RANK_ALL, or, asked for relevance (``total`` counted first), all
    of them up to RANK_FULL; beyond RANK_FULL only RANK_ALL (the note says why and how to narrow)."""
    return RANK_ALL if total is None or total > RANK_FULL else max(RANK_ALL, total)


def _order(q: Query, total: int, asked: str | None = None) -> str:
    """The order of a search's results: by date with no words (or asked so), else by relevance, among the newest
    beyond those ranked (``limit=0`` said relevance where a page of the same search said relevance_window)."""
    if not q.clauses or asked == "date":
        return "date"
    return "relevance" if total <= _ranked(total if asked == "relevance" else None) else "relevance_window"


# A measure that is only the line before its content: a statute's article heading (第六条 某项工作应当把握的界限。),
# the lead-in to a list (…遵循以下原则：).  BM25 scored these above the measures they head, for holding the words
# in so few others; they follow every measure of substance instead, in their own order.
_NUMBERING = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[条章节款]|[一二三四五六七八九十]+[、.．]"
                        r"|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
HEADING_CHARS = 16  # at most this many letters and digits, besides its numbering, in a numbered heading line


def _heading_lines(conn: sqlite3.Connection, keys: list[int], terms: list[str]) -> set[int]:
    """The keys, among these, of measures that are heading lines: ending in a colon, or short with the query's
    words most of it or with the numbering of a heading."""
    if not keys:
        return set()
    short = HEADING_CHARS * 3  # (characters with punctuation: no heading line is longer)
    rows = conn.execute("SELECT key, text FROM search_measures WHERE key IN (SELECT value FROM json_each(?))"
                        " AND (length(text) <= ? OR rtrim(text) LIKE '%:' OR rtrim(text) LIKE '%：')",
                        (json.dumps(keys), short))
    return {k for k, text in rows if _heading_like(text, terms)}


def _heading_like(text: str, terms: list[str]) -> bool:
    line = nfkc(text).strip()
    if line.endswith(":"):
        return True
    numbered = _NUMBERING.match(line)
    rest = _WORDS.findall(line[numbered.end():] if numbered else line)
    n = sum(map(len, rest))
    if numbered:
        return n <= HEADING_CHARS
    said = sum(len(without_spaces(t)) for t in terms)
    return n <= HEADING_CHARS and 2 * said >= n


_WORDS = re.compile(r"\w+")


def count_choices(conn: sqlite3.Connection, cat: Catalog, q: Query, res: Resolved) -> None:
    """The values a filter's note offers, counted as a click on one finds them: under the query and the other
    filters (they showed the whole knowledge base's counts: 进贤县民和街道（9） offered beside 年轻干部培训 and
    2023, and clicking it found none).  A value a click would find nothing with is no longer offered."""
    from pipeline.search.facet_counts import _counts

    for note in res.notes:
        if not note.choices or (q.empty and not any(f != note.facet for f in res.values)):
            continue  # (nothing else narrows the search: the knowledge base's counts are the click's)
        others = resolve(cat, res.filters.without(note.facet))
        if note.most:  # (the most under the query, most first: ranked over the whole knowledge base, the note named
            n = _counts(conn, cat, q, others, [note.facet])[note.facet]  # values the query finds none in, out of order)
            ranked = sorted((replace(x, n=int(n[x.idx])) for x in cat.values.get(note.facet, []) if n[x.idx]),
                            key=lambda x: -x.n)[:5]
            note.choices, note.message = ranked, most_message(note.facet, note.given, ranked, cat.noun)
            continue
        wanted = list(dict.fromkeys(c.facet for c in note.choices))
        n = _counts(conn, cat, q, others, wanted)
        counted = [replace(c, n=int(n[c.facet][c.idx])) for c in note.choices]
        note.choices = [c for c in counted if c.n] if note.kind == "unknown" else counted
        if note.instead and not note.choices:
            note.nothing_instead(cat.noun)


# At most this many of a source's reposts are looked at for the query (their originals' measures, each a lookup)
REPOSTS_LOOKED_AT = 200


def reposts_found(conn: sqlite3.Connection, cat: Catalog, q: Query, res: Resolved) -> list[Note]:
    """A note for a source filter whose reposts hold what the search finds: a repost is counted under its original,
    so filtering by the source that reposted it hid it without a word (新华网's copy of an article first published
    elsewhere, where 新华网 has articles of its own).  Each such repost with its original."""
    vals = res.values.get("source")
    if not vals or res.impossible:
        return []
    copies = [c for x in vals for c in cat.reposted.get(cat.norm[("source", x.value)][0], [])][:REPOSTS_LOOKED_AT]
    if not copies:
        return []
    expr = q.expression(res.parts(without="source"))
    originals = json.dumps(list(dict.fromkeys(c["canonical_id"] for c in copies)))
    keys = dict(conn.execute("SELECT key, article_id FROM search_measures WHERE article_id IN"
                             " (SELECT value FROM json_each(?))", (originals,)).fetchall())
    spans: dict[str, list[int]] = {}
    for k, a in keys.items():
        spans.setdefault(a, []).append(k)
    # (the matches within the span of each original's keys, one date, then its own: the MATCH joined to their keys,
    # or run once a key, read every word's whole list each time, 6 ms a measure; one span for all, of several
    # years, read 160,000 matches of 干部)
    held = set(spans) if not expr else {a for a, ks in spans.items() if any(keys.get(k) == a for k, in conn.execute(
        "SELECT rowid FROM measure_fts WHERE measure_fts MATCH ? AND rowid BETWEEN ? AND ?", (expr, min(ks), max(ks))))}
    found = [c for c in copies if c["canonical_id"] in held]
    if not found:
        return []
    given = res.filters.active()["source"]
    first = "、".join(f"《{c['title'] or c['article_id']}》（原文：{c['canonical_source'] or '来源不详'}"
                     f"《{c['canonical_title'] or c['canonical_id']}》）" for c in found[:3])
    return [Note("source", given, "reposts", f"来源“{given}”另有 {len(found)} 篇转载文章含这些{cat.noun}，按原文计数，不计在这个来源下："
                 f"{first}{'等' if len(found) > 3 else ''}。", [], articles=found[:10])]


def count(conn: sqlite3.Connection, query: Query, res: Resolved) -> int:
    if res.impossible:
        return 0
    expr = query.expression(res.parts())
    return _count(conn, expr) if expr else catalog(conn).total


def _count(conn: sqlite3.Connection, expr: str) -> int:
    return conn.execute("SELECT count(*) FROM measure_fts WHERE measure_fts MATCH ?", (expr,)).fetchone()[0]


def _rows(conn: sqlite3.Connection, cat: Catalog, keys: list[int], scores: dict, q: Query, details: bool) -> list[dict]:
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    by_key = {r["key"]: r for r in conn.execute(f"SELECT * FROM search_measures WHERE key IN ({marks})", keys)}
    return [record(conn, cat, by_key[k], q.terms, details, scores.get(k)) for k in keys if k in by_key]
