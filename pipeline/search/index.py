"""The search index: FTS5 tables of character bigrams and filter tokens, and the facet arrays,
made from the knowledge-base tables at the end of every build (``rebuild_index``).

Filters are tokens of the same index ('§p福建省'), so a filtered query is an
intersection of posting lists inside FTS5.  The measures' keys (the FTS rowids)
follow the articles' dates, so "most recent" is ``ORDER BY rowid DESC``.
"""
from __future__ import annotations

from collections import Counter
import json
import re
import sqlite3

from pipeline.extract import places as P
from pipeline.search.tokens import index_text


INDEX_SCHEMA = """
CREATE TABLE search_measures (
    key INTEGER PRIMARY KEY,              -- the measure_fts rowid; in order of article date (1 = oldest)
    measure_id INTEGER NOT NULL UNIQUE REFERENCES measures(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL, heading TEXT, title TEXT, date TEXT, year INTEGER, source TEXT,
    province TEXT, city TEXT, county TEXT, township TEXT,
    place TEXT,                           -- the region's full path: 福建省/福州市/鼓楼区
    categories TEXT NOT NULL,             -- ' select care ' (space separated, padded)
    groups TEXT NOT NULL, slogans TEXT NOT NULL
);
CREATE INDEX search_measures_article ON search_measures(article_id);
CREATE TEMP TABLE search_facets (         -- while building: one row per measure and facet value
    key INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, facet, value)
) WITHOUT ROWID;
CREATE TABLE search_facet_values (        -- every facet value: what it is called and how many measures carry it
    facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, n INTEGER NOT NULL,
    sort TEXT NOT NULL,                   -- administrative / codebook / numeric order
    code TEXT, aliases TEXT NOT NULL,     -- a place's division code; other names people type (JSON list)
    idx INTEGER NOT NULL,                 -- the value's number in search_facet_index
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;
CREATE TABLE search_facet_index (         -- per facet, key -> value numbers as CSR int32 arrays, for exact counts fast
    facet TEXT PRIMARY KEY, indptr BLOB NOT NULL, indices BLOB NOT NULL
);
CREATE TABLE search_articles (            -- the article_fts rowids
    key INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE REFERENCES articles(id), title TEXT, date TEXT
);
CREATE VIRTUAL TABLE measure_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE article_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE measure_vocab USING fts5vocab(measure_fts, row);
"""

FACETS = ("province", "city", "county", "township", "category", "group", "slogan", "year", "source")
FACET_ZH = {"province": "省份", "city": "地市", "county": "区县", "township": "乡镇", "category": "类别",
            "group": "对象", "slogan": "提法", "year": "年份", "source": "来源"}
PLACE_FACETS = P.LEVELS
_MULTI = {"category": "categories", "group": "groups", "slogan": "slogans"}


_FILTER_PREFIX = {"province": "§p", "city": "§c", "county": "§k", "township": "§w", "year": "§y", "category": "§t",
                  "group": "§g", "slogan": "§s", "source": "§o"}


def filter_token(facet: str, value) -> str:
    return _FILTER_PREFIX[facet] + re.sub(r"\s+", "_", str(value))


def facet_values(row) -> list[tuple[str, str]]:
    """(facet, value) pairs of one search_measures row: places by full path, never by short name."""
    out = [(lv, p) for lv, p in P.region_places(row).items()]
    out += [(k, str(row[k])) for k in ("year", "source") if row[k]]
    for facet, col in _MULTI.items():
        out += [(facet, v) for v in dict.fromkeys((row[col] or "").split())]
    return out


# The index's own tables: never cleaned row by row (the build passes them to ``writer.delete_documents`` as tables to keep);
# ``rebuild_index`` makes them again from the knowledge-base tables.
INDEX_TABLES = ("search_measures", "search_facet_values", "search_facet_index", "search_articles",
                "measure_vocab", "measure_fts", "article_fts")


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Drop the search index (if any) and build it again from the knowledge-base tables."""
    for table in INDEX_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    build_index(conn)


def build_index(conn: sqlite3.Connection) -> None:
    """Fill the search tables from a freshly written knowledge base.

    A repost (an article whose ``canonical_id`` names another) is indexed once, through its
    canonical article, so results, facets and counts are of distinct articles."""
    conn.executescript(INDEX_SCHEMA)
    lvls = P.levels(conn)
    township = "r.township" if "township" in lvls else "NULL"
    has_copies = "canonical_id" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    canonical = "WHERE a.canonical_id IS NULL OR a.canonical_id = a.id" if has_copies else ""
    conn.execute(f"""
        INSERT INTO search_measures (measure_id, article_id, text, heading, title, date, year, source,
                                     province, city, county, township, place, categories, groups, slogans)
        SELECT m.id, m.article_id, m.text, m.heading, a.title, a.date, CAST(substr(a.date, 1, 4) AS INTEGER), a.source,
               r.province, r.city, r.county, {township},
               r.province || coalesce('/' || r.city, '') || coalesce('/' || r.county, '') || coalesce('/' || {township}, ''),
               ' ' || coalesce((SELECT group_concat(category, ' ') FROM measure_categories c WHERE c.measure_id = m.id), '') || ' ',
               ' ' || coalesce((SELECT group_concat(grp, ' ') FROM measure_groups g WHERE g.measure_id = m.id), '') || ' ',
               ' ' || coalesce((SELECT group_concat(s.canonical, ' ') FROM measure_links l JOIN slogans s
                                ON s.article_id = m.article_id AND s.idx = l.idx
                                WHERE l.measure_id = m.id AND l.kind = 'slogan'), '') || ' '
        FROM measures m JOIN articles a ON a.id = m.article_id LEFT JOIN regions r ON r.article_id = m.article_id
        {canonical}
        ORDER BY coalesce(a.date, ''), m.id
    """)
    conn.row_factory = sqlite3.Row
    counts = index_measures(conn, conn.execute("SELECT * FROM search_measures ORDER BY key").fetchall())
    conn.row_factory = None
    write_facet_values(conn, counts)
    arts = conn.execute(f"SELECT id, title, date, coalesce(title, '') || ' ' || text FROM articles a {canonical}"
                        " ORDER BY coalesce(date, ''), id").fetchall()
    conn.executemany("INSERT INTO search_articles VALUES (?, ?, ?, ?)", ((k, a, t, d) for k, (a, t, d, _) in enumerate(arts, 1)))
    conn.executemany("INSERT INTO article_fts(rowid, body) VALUES (?, ?)", ((k, index_text(x)) for k, (*_, x) in enumerate(arts, 1)))


def index_measures(conn: sqlite3.Connection, rows) -> Counter:
    """Index search_measures rows (mappings with its columns) for text and facets; the facet counts."""
    counts: Counter = Counter()
    fts, facet_rows = [], []
    for r in rows:
        pairs = list(dict.fromkeys(facet_values(r)))
        counts.update(pairs)
        facet_rows += [(r["key"], f, v) for f, v in pairs]
        fts.append((r["key"], index_text(r["text"]) + " " + " ".join(filter_token(f, v) for f, v in pairs)))
    conn.executemany("INSERT INTO measure_fts(rowid, body) VALUES (?, ?)", fts)
    conn.executemany("INSERT OR IGNORE INTO search_facets VALUES (?, ?, ?)", facet_rows)
    return counts


def write_facet_values(conn: sqlite3.Connection, counts: Counter) -> None:
    """Labels and counts of every facet value, and the arrays that count them for any set of matches."""
    import numpy as np

    rows = _value_rows(conn, counts)
    ids: dict[str, dict[str, int]] = {}
    for facet, value, *_ in sorted(rows, key=lambda r: (r[0], r[1])):
        numbers = ids.setdefault(facet, {})
        numbers[value] = len(numbers)
    conn.executemany("INSERT INTO search_facet_values VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [r + (ids[r[0]][r[1]],) for r in rows])
    top = conn.execute("SELECT coalesce(max(key), 0) FROM search_measures").fetchone()[0]
    per: dict[str, tuple[list, list]] = {f: ([], []) for f in ids}
    for key, facet, value in conn.execute("SELECT key, facet, value FROM search_facets ORDER BY key"):
        keys, vals = per[facet]
        keys.append(key)
        vals.append(ids[facet][value])
    for facet, (keys, vals) in per.items():
        indptr = np.zeros(top + 2, dtype=np.int32)  # rows 0..top: key k's values are indices[indptr[k]:indptr[k+1]]
        np.add.at(indptr, np.asarray(keys, dtype=np.int64) + 1, 1)
        conn.execute("INSERT INTO search_facet_index VALUES (?, ?, ?)",
                     (facet, np.cumsum(indptr, dtype=np.int32).tobytes(), np.asarray(vals, dtype=np.int32).tobytes()))


def _value_rows(conn: sqlite3.Connection, counts: Counter) -> list[tuple]:
    """Labels, order and aliases of every facet value, for the page and for reading what people type."""
    from pipeline.extract.regions import Gazetteer

    g = Gazetteer.load()
    placed = {(p.level, p.path): p for p in P.catalogue(conn)}
    cats = {r[0]: (r[1], r[2], i) for i, r in enumerate(conn.execute("SELECT id, name_zh, name_en FROM categories ORDER BY rowid"))}
    out = []
    for (facet, value), n in counts.items():
        label, sort, code, aliases = value, "", None, []
        if (facet, value) in placed:
            p = placed[(facet, value)]
            label, code, sort = p.label, p.code, (p.code or "9").ljust(9, "0")
            aliases = [p.full_name, p.name] + (g.short_forms(p.code.ljust(12, "0")) if p.code else [])
        elif facet == "category" and value in cats:
            label, aliases, sort = cats[value][0] or value, [cats[value][1] or ""], f"{cats[value][2]:04d}"
        elif facet == "year":
            sort = value.rjust(6, "0")
        out.append((facet, value, label, n, sort, code, json.dumps([a for a in aliases if a], ensure_ascii=False)))
    return out
