"""Exact facet counts of any set of matches (a gather over the index's CSR arrays), and what a
page shows of them: the most frequent values of every facet, or one facet's values a page at a time."""
from __future__ import annotations

from dataclasses import dataclass
import sqlite3

from pipeline.search.beside import Beside
from pipeline.search.catalog import Catalog, catalog, norm
from pipeline.search.filters import Filters, Resolved, resolve
from pipeline.search.index import FACET_ZH, FACETS, PLACE_FACETS
from pipeline.search.syntax import Query, QueryError, parse

FACET_LIMIT = 30     # values of each facet in a search answer; the rest through facet_values
PAGE_LIMIT = 1000    # at most this many values of one facet per request
# Facets listed in their own order, newest first, not by count: years ranked by count (2024, 2023, 2022, 2019, 2017,
# 2025…) were read as a time line out of order.  Their top values are the newest years with a match.
NEWEST_FIRST = frozenset({"year"})


@dataclass
class FacetValues:
    """Some values of one facet with their exact counts, most frequent first (years newest first)."""

    facet: str
    values: list[dict]          # {facet, value, label, count, selected}
    distinct: int               # values with at least one match (and the lookup's text, if one was given)
    offset: int = 0
    more: int = 0               # values with a match that come after these

    def as_dict(self) -> dict:
        return {"facet": self.facet, "name": FACET_ZH[self.facet], "distinct": self.distinct,
                "offset": self.offset, "shown": len(self.values), "more": self.more, "values": self.values}


def facets(conn: sqlite3.Connection, query: str | Query | None, filters: Filters | None = None,
           limit: int = FACET_LIMIT) -> dict[str, FacetValues]:
    """The ``limit`` most frequent values of every facet with their exact counts (each facet
    ignores its own filter, so its other values stay reachable), and the selected values
    wherever they rank, even with no match.  Years: the ``limit`` newest with a match, newest first."""
    limit = check_facet_limit(limit)
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    out = {}
    for f, n in _counts(conn, cat, q, res, [f for f in FACETS if cat.values.get(f)]).items():
        chosen = {v.idx for v in res.values.get(f, [])}
        top = n.nonzero()[0]
        distinct = len(top)
        if distinct > limit:
            top = top[_order_key(cat, f, n, top).argpartition(limit - 1)[:limit]]
        listed = set(top.tolist()) | chosen
        shown = _ordered(cat, f, n, listed)
        # (more: the values with a match not listed; a chosen value past the top is listed, so not among them)
        out[f] = FacetValues(f, _listed(cat, f, n, shown, chosen), distinct, more=distinct - sum(1 for i in listed if n[i]))
    return {f: out[f] for f in FACETS if f in out}  # (the page's order: a selected facet, counted apart, kept its place)


def facet_values(conn: sqlite3.Connection, facet: str, query: str | Query | None, filters: Filters | None = None,
                 prefix: str = "", contains: str = "", offset: int = 0, limit: int = 100) -> FacetValues:
    """One facet's values with a match (whose value, label or another name begins with
    ``prefix`` and contains ``contains``, as far as given), most frequent first (years newest
    first), ``limit`` of them from ``offset``.  The facet ignores its own filter, as in ``facets``."""
    if facet not in FACETS:
        raise QueryError(f"没有“{facet}”这个分面；可用：" + "、".join(FACETS) + "。")
    limit, offset = check_facet_limit(limit), max(0, int(offset))
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    if not cat.values.get(facet):
        return FacetValues(facet, [], 0, offset)
    n = _counts(conn, cat, q, res, [facet])[facet]
    found = n.nonzero()[0].tolist()
    if prefix or contains:
        looks = [i for i in found if _looks_like(cat, facet, i, norm(prefix), norm(contains))]
        found = looks or [i for i in _read_as_filter(cat, facet, contains or prefix) if n[i]]
    page = _ordered(cat, facet, n, found)[offset:offset + limit]
    chosen = {v.idx for v in res.values.get(facet, [])}
    return FacetValues(facet, _listed(cat, facet, n, page, chosen), len(found), offset,
                       more=max(0, len(found) - offset - len(page)))


def _read_as_filter(cat: Catalog, facet: str, given: str) -> list[int]:
    """The values the facet's filter reads ``given`` as, by number: where no name holds it, the search box finds
    what the filter takes (秦南街道: 秦南镇; 海门市, a former name: 海门区; 宾阳县大桥街道), as the page's filter did while
    its box said 没有含“秦南街道”的乡镇."""
    try:
        res = resolve(cat, Filters(**{facet: given}))
    except QueryError:  # (a year that is no year: nothing to find)
        return []
    if any(note.kind == "unknown" for note in res.notes):
        return []
    return [x.idx for x in res.values.get(facet, [])]


def check_facet_limit(limit: int) -> int:
    limit = int(limit)
    if not 1 <= limit <= PAGE_LIMIT:
        raise QueryError(f"每个分面每次最多列出 {PAGE_LIMIT:,} 项（facet_limit / limit 应在 1–{PAGE_LIMIT:,} 之间）。")
    return limit


def _counts(conn: sqlite3.Connection, cat: Catalog, q: Query, res: Resolved, wanted: list[str]) -> dict:
    """Counts by value number of the facets ``wanted``, each without its own filter: the facets
    that share an expression share one read of the matches, and no read at all when the counts
    of that expression are remembered (or there is none: the whole index)."""
    import numpy as np

    arrays = cat.arrays(conn)
    by_expr: dict[tuple[str, bool], list[str]] = {}
    out = {}
    for f in wanted:
        if any(not vs for g, vs in res.values.items() if g != f):  # another filter matched no value: no match
            out[f] = np.zeros_like(arrays.total(f))
            continue
        parts = res.parts(without=f)
        if q.exclude and not q.clauses and not parts:  # (excluded words, and no filter but this facet's own)
            by_expr.setdefault((q.excluded(), True), []).append(f)
        else:
            by_expr.setdefault((q.expression(parts), False), []).append(f)
    for (expr, taken_away), group in by_expr.items():
        if not expr:
            out |= {f: arrays.total(f) for f in group}
            continue
        n = arrays.counts(group, expr, lambda: _matched_ids(conn, expr, arrays.middle))
        # every measure but those that hold an excluded word
        out |= {f: arrays.total(f) - n[f] for f in group} if taken_away else n
    return out


def _matched_ids(conn: sqlite3.Connection, expr: str, middle: int):
    """The measure ids of the matches, read in two halves (keys below ``middle``, and the rest)
    at once: the read is most of the cost of counting a common term."""
    import numpy as np

    upper = Beside(conn, lambda c: _ids(c, expr, "rowid >= ?", middle))
    return np.concatenate([_ids(conn, expr, "rowid < ?", middle), upper.result()])


def _ids(conn: sqlite3.Connection, expr: str, keys: str, middle: int):
    """Measure ids of the matches whose keys are on one side of ``middle``.  One string from
    SQLite, parsed by numpy: a Python object per match would cost three times as much."""
    import numpy as np

    ids = conn.execute("SELECT group_concat(rowid & 4294967295) FROM measure_fts WHERE measure_fts MATCH ?"
                       f" AND {keys}", (expr, middle)).fetchone()[0]
    return np.fromstring(ids or "", dtype=np.int64, sep=",")


def _order_key(cat: Catalog, facet: str, n, numbers):
    """Sorts value numbers most frequent first, equal counts in the catalog's order (years: newest first)."""
    tiebreak = cat.tiebreak[facet]
    if facet in NEWEST_FIRST:
        return -tiebreak[numbers]
    return -n[numbers].astype("int64") * len(tiebreak) + tiebreak[numbers]


def _ordered(cat: Catalog, facet: str, n, numbers) -> list[int]:
    import numpy as np

    numbers = np.fromiter(numbers, dtype=np.int64)
    return numbers[_order_key(cat, facet, n, numbers).argsort()].tolist()


def _listed(cat: Catalog, facet: str, n, numbers: list[int], chosen: set[int]) -> list[dict]:
    values = cat.numbered[facet]
    return [values[i].as_dict(int(n[i])) | {"selected": i in chosen} for i in numbers]


def _looks_like(cat: Catalog, facet: str, number: int, prefix: str, contains: str) -> bool:
    """Whether the value, its label or another name of it begins with ``prefix`` and contains ``contains``; in a
    place's path (福建省龙岩市上杭县), only where it reaches the place's own name: 龙 found 上杭县 by its city, which its
    label does not show."""
    x = cat.numbered[facet][number]
    value, label, aliases = cat.norm[(facet, x.value)]
    own = len(norm(x.value.rsplit("/", 1)[-1])) if facet in PLACE_FACETS else len(value)
    return any(name.startswith(prefix) and _holds(name, contains, own if name == value else len(name))
               for name in (value, label, *aliases))


def _holds(name: str, part: str, own: int) -> bool:
    """``part`` is in ``name`` somewhere reaching into its last ``own`` characters."""
    if not part:
        return True
    at = name.find(part)
    while at >= 0:
        if at + len(part) > len(name) - own:
            return True
        at = name.find(part, at + 1)
    return False
