"""Exact facet counts of any set of matches: a gather over the index's CSR arrays."""
from __future__ import annotations

import sqlite3

from pipeline.search.catalog import Catalog, catalog
from pipeline.search.filters import Filters, resolve
from pipeline.search.index import FACETS
from pipeline.search.syntax import Query, parse


def facets(conn: sqlite3.Connection, query: str | Query | None, filters: Filters | None = None) -> dict[str, list[dict]]:
    """Exact counts of the matching measures by every value of every facet, most frequent first
    (each facet ignores its own filter, so its other values stay reachable)."""
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    wanted = [f for f in FACETS if cat.values.get(f)]
    own = [f for f in wanted if res.values.get(f)]
    shared = [f for f in wanted if f not in own]
    counts: dict[str, dict[str, int]] = {}
    for group, expr in [(shared, q.expression(res.parts()))] + [([f], q.expression(res.parts(without=f))) for f in own]:
        if not group:
            continue
        if not expr:
            counts |= {f: {x.value: x.n for x in cat.values[f]} for f in group}
            continue
        rows = _matched_rows(conn, cat, expr)
        counts |= {f: _count_values(cat, f, rows, conn) for f in group}
    out = {}
    for f in wanted:
        items = [cat.by_key[(f, v)] for v, n in counts[f].items() if n]
        items.sort(key=lambda x: (-counts[f][x.value], x.sort, x.value))
        out[f] = [x.as_dict(counts[f][x.value]) for x in items]
    return out


def _matched_rows(conn: sqlite3.Connection, cat: Catalog, expr: str):
    """The facet-array rows of the matches.  One string of measure ids from SQLite, parsed by
    numpy: a Python object per match would cost three times as much on a common term."""
    import numpy as np

    ids = conn.execute("SELECT group_concat(rowid & 4294967295) FROM measure_fts WHERE measure_fts MATCH ?",
                       (expr,)).fetchone()[0]
    return cat.arrays(conn).rows(np.fromstring(ids or "", dtype=np.int64, sep=","))


def _count_values(cat: Catalog, facet: str, rows, conn: sqlite3.Connection) -> dict[str, int]:
    """How many of the matches (their ``rows`` in the facet arrays) carry each value of the facet."""
    n = cat.arrays(conn).count(facet, rows)
    return {cat.numbered[facet][i].value: int(n[i]) for i in n.nonzero()[0]}
