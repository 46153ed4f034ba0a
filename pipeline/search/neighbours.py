"""Neighbours of a measure: measures of other regions sharing its rarest character bigrams."""
from __future__ import annotations

import re
import sqlite3

from pipeline.search.catalog import catalog
from pipeline.search.hits import record
from pipeline.search.tokens import bigrams
from pipeline.text.chars import CJK


def similar(conn: sqlite3.Connection, measure_id: int, k: int = 5) -> list[dict] | None:
    """Measures of other regions that share the rarest character bigrams of this one; None when there is
    no such measure (an empty list would read as a measure without neighbours)."""
    row = conn.execute("SELECT * FROM search_measures WHERE measure_id = ?", (measure_id,)).fetchone()
    if row is None:
        return None
    grams = list(dict.fromkeys(g for g in bigrams(row["text"]) if re.search(rf"[{CJK}]{{2}}", g)))
    if not grams:
        return []
    marks = ",".join("?" * len(grams))
    df = dict(conn.execute(f"SELECT term, doc FROM measure_vocab WHERE term IN ({marks})", grams).fetchall())
    rare = sorted((g for g in grams if df.get(g, 0) > 1), key=lambda g: df[g])[:12]
    if not rare:
        return []
    expr = " OR ".join('"' + g + '"' for g in rare)
    rows = conn.execute(
        "SELECT s.*, bm25(measure_fts) AS score FROM measure_fts JOIN search_measures s ON s.key = measure_fts.rowid"
        " WHERE measure_fts MATCH ? AND s.key != ? AND coalesce(s.place, '') != coalesce(?, '')"
        " AND s.article_id != ? ORDER BY score LIMIT ?",
        (expr, row["key"], row["place"], row["article_id"], k)).fetchall()
    cat = catalog(conn)
    return [record(conn, cat, r, [], False, r["score"]) for r in rows]
