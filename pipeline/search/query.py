"""Searching measures: matches of a query and filters, ranked, counted exactly, one page at a time."""
from __future__ import annotations

from dataclasses import dataclass, field
import sqlite3

from pipeline.search.beside import Beside
from pipeline.search.catalog import Catalog, catalog
from pipeline.search.filters import Filters, Note, Resolved, resolve
from pipeline.search.hits import record
from pipeline.search.syntax import Query, QueryError, parse


# The one cap: no request (page, API, CLI, download) returns more measures than this.
MAX_RESULTS = 10_000
RANK_ALL = 2000  # up to this many matches are all ranked; beyond, the most recent RANK_ALL are
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

    @property
    def notes(self) -> list[Note]:
        return self.resolved.notes if self.resolved else []

    def to_dict(self) -> dict:
        """The one JSON form of a search (API and CLI)."""
        return {"total": self.total, "offset": self.offset, "limit": self.limit, "shown": len(self.results),
                "order": self.order, "order_note": ORDER_ZH[self.order], "query": self.query.text(),
                "query_note": self.query.describe(), "notes": [n.as_dict() for n in self.notes],
                "results": self.results}


ORDER_ZH = {"relevance": "按相关度排序", "date": "按日期排序，最新在前",
            "relevance_window": f"匹配太多：在最新的 {RANK_ALL} 条中按相关度排序，其余按日期排在后面"}


def check_limit(limit: int) -> int:
    limit = int(limit)
    if not 1 <= limit <= MAX_RESULTS:
        raise QueryError(f"每次最多返回 {MAX_RESULTS:,} 条举措（limit 应在 1–{MAX_RESULTS:,} 之间）。")
    return limit


def search(conn: sqlite3.Connection, query: str | Query | None, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, details: bool = True) -> SearchResult:
    """Measures matching ``query`` and the filters, best first; ``total`` is always exact.

    BM25 over every match costs time in proportion to the matches (300 ms for a
    term in 200,000 of a million measures), so when a query matches more than
    RANK_ALL measures, the best are chosen among the RANK_ALL most recent ones and
    the rest follow by date (``order`` says so).
    """
    limit, offset = check_limit(limit), max(0, int(offset))
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    out = SearchResult(total=0, query=q, resolved=res, offset=offset, limit=limit, order="date" if not q.clauses else "relevance")
    if res.impossible:
        return out
    expr = q.expression(res.parts())
    if not expr:  # no query, no filters: the newest measures
        out.total = cat.total
        keys = [r[0] for r in conn.execute("SELECT key FROM search_measures ORDER BY key DESC LIMIT ? OFFSET ?",
                                           (limit, min(offset, LAST_ROW)))]
        out.results = _rows(conn, cat, keys, {}, q, details)
        return out
    pending = Beside(conn, lambda c: _count(c, expr))  # counted while the matches are ranked
    if not q.clauses:  # filters (and exclusions) only: newest first
        keys = [r[0] for r in conn.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?"
                                           " ORDER BY rowid DESC LIMIT ? OFFSET ?", (expr, limit, min(offset, LAST_ROW)))]
        out.total = pending.result()
        out.results = _rows(conn, cat, keys, {}, q, details)
        return out
    # The RANK_ALL most recent matches, with their scores; fewer means these are all of them.
    window = conn.execute("SELECT rowid, bm25(measure_fts) FROM measure_fts WHERE measure_fts MATCH ?"
                          " ORDER BY rowid DESC LIMIT ?", (expr, RANK_ALL)).fetchall()
    scored = sorted(window, key=lambda r: (r[1], -r[0]))[offset:offset + limit]
    if len(window) == RANK_ALL and offset + limit > RANK_ALL:
        # Past the ranked window, pages go on from the newest unranked match.
        start = max(offset, RANK_ALL)
        scored += conn.execute("SELECT rowid, NULL FROM measure_fts WHERE measure_fts MATCH ? ORDER BY rowid DESC"
                               " LIMIT ? OFFSET ?", (expr, offset + limit - start, min(start, LAST_ROW))).fetchall()
    out.total = pending.result()
    out.order = "relevance" if out.total <= RANK_ALL else "relevance_window"
    out.results = _rows(conn, cat, [k for k, _ in scored], dict(scored), q, details)
    return out


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
