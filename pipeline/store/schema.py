"""The knowledge base's tables: their DDL, the schema version, and the columns that hold JSON.

The search index is not declared here: ``pipeline.search.index`` makes it from
these tables at the end of a build.  A knowledge base of another schema version
is not migrated: the build starts it afresh (``reader.read_state``).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
import sqlite3

# 9: measure_fts keeps the filter tokens in a column of their own (search.index: RANK); an older knowledge base is
# built afresh by the next build, and refused by the search until then (search.catalog)
# 10: figures carry their amount in the base unit (base_value, base_high, base_unit), whether they are the
# headline's (headline) and the body figure a headline figure repeats (body_idx); quoted_terms their idx and spans
SCHEMA_VERSION = 10

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    size INTEGER NOT NULL,
    original TEXT NOT NULL,      -- the decoded file (for HTML: the text taken from the page)
    clean TEXT NOT NULL,
    offsets BLOB NOT NULL,       -- int32 array: clean offset -> original offset
    quality TEXT NOT NULL,       -- JSON quality report
    url TEXT,                    -- where the page was fetched from (WARC input), else NULL
    fetched_at TEXT              -- when it was fetched, ISO 8601 UTC (WARC-Date)
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    title TEXT, date TEXT, source TEXT, editor TEXT, affiliation TEXT,
    text TEXT NOT NULL,
    doc_start INTEGER NOT NULL,  -- offset of text in documents.clean
    orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL,
    unreadable TEXT NOT NULL,    -- JSON [[start, end], ...] in text offsets
    quality TEXT NOT NULL,       -- JSON: repairs made inside this article, by kind
    canonical_id TEXT,           -- the article this one reposts, or its own id (set after every document)
    from_manifest TEXT           -- what the crawl's manifest gave, the text not: 'title', 'date', 'title date'; 'year': its year, with the text's dateline day
);
CREATE TABLE article_copies (    -- reposts: each copy, the canonical article it repeats, and how alike
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    canonical_id TEXT NOT NULL REFERENCES articles(id), similarity REAL NOT NULL
);
CREATE INDEX article_copies_canonical ON article_copies(canonical_id);
CREATE INDEX articles_canonical ON articles(canonical_id);
-- What incremental repost detection keeps of each article (pipeline/store/reposts.py): its key in each
-- LSH band of its MinHash signature, so an article is hashed once and its candidates are found by key.
-- Articles too short to compare have none.  The key index holds the article too: detection walks
-- the buckets in key order without reading the table.
CREATE TABLE article_bands (
    article_id TEXT NOT NULL REFERENCES articles(id),
    band INTEGER NOT NULL, hash INTEGER NOT NULL,
    PRIMARY KEY (article_id, band)
);
CREATE INDEX article_bands_key ON article_bands(band, hash, article_id);
CREATE TABLE authors (
    article_id TEXT NOT NULL REFERENCES articles(id),
    pos INTEGER NOT NULL, name TEXT NOT NULL, role TEXT
);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, heading INTEGER NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, text TEXT NOT NULL, tokens TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL
);
CREATE TABLE repairs (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL, orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL,
    before TEXT NOT NULL, after TEXT NOT NULL, note TEXT NOT NULL
);
CREATE TABLE regions (            -- each article's primary region
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    code TEXT, name TEXT, level TEXT, province TEXT, city TEXT, county TEXT, reason TEXT,
    township TEXT, path TEXT, confidence REAL
);
CREATE TABLE region_mentions (    -- code '' and a shortened path: an ambiguous name (candidates lists the codes)
    article_id TEXT NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, province TEXT, city TEXT, county TEXT,
    candidates TEXT, reason TEXT,
    start INTEGER, end INTEGER, orig_start INTEGER, orig_end INTEGER,
    level TEXT, township TEXT, path TEXT
);
CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, text TEXT NOT NULL, heading TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL, orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL
);
CREATE TABLE slogans (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, text TEXT NOT NULL, canonical TEXT NOT NULL, numbered INTEGER NOT NULL,
    count TEXT, components TEXT NOT NULL, count_matches INTEGER, local INTEGER NOT NULL, mentions INTEGER NOT NULL,
    start INTEGER, end INTEGER, orig_start INTEGER, orig_end INTEGER  -- NULL: named only in the headline
);
CREATE TABLE figures (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, measure_id INTEGER REFERENCES measures(id),
    text TEXT NOT NULL, value REAL, high REAL, unit TEXT, qualifier TEXT, subject TEXT, time TEXT, per TEXT,
    base_value REAL, base_high REAL, base_unit TEXT,  -- the amount in its base unit: 50万元 is 500000 元 (core/units.py)
    headline INTEGER NOT NULL,   -- 1: a figure of the headline (no span)
    body_idx INTEGER,            -- a headline figure the body gives again: that body figure's idx (count it once)
    start INTEGER, end INTEGER, orig_start INTEGER, orig_end INTEGER  -- no span: a figure of the headline
);
CREATE TABLE cited_documents (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, title TEXT NOT NULL, short_name TEXT, publication INTEGER NOT NULL,
    start INTEGER, end INTEGER
);
CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, text TEXT NOT NULL, iso TEXT, start INTEGER, end INTEGER
);
CREATE TABLE quoted_terms (       -- each term once per article, at its first quotation (the term inside the marks)
    article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, term TEXT NOT NULL,
    start INTEGER, end INTEGER, orig_start INTEGER, orig_end INTEGER  -- NULL: quoted only in the headline
);
CREATE TABLE measure_links (      -- what lies inside a measure: kind is slogan | figure | document | date
    measure_id INTEGER NOT NULL REFERENCES measures(id), kind TEXT NOT NULL, idx INTEGER NOT NULL
);
CREATE TABLE lexicon (canonical TEXT PRIMARY KEY, count TEXT, definition TEXT, category TEXT);
CREATE TABLE measure_categories (
    measure_id INTEGER NOT NULL REFERENCES measures(id), category TEXT NOT NULL, score REAL NOT NULL
);
CREATE TABLE measure_groups (measure_id INTEGER NOT NULL REFERENCES measures(id), grp TEXT NOT NULL);
CREATE TABLE categories (id TEXT PRIMARY KEY, name_zh TEXT, name_en TEXT, definition TEXT);
CREATE INDEX measure_categories_measure ON measure_categories(measure_id);
CREATE INDEX measure_categories_category ON measure_categories(category);
CREATE INDEX measure_groups_measure ON measure_groups(measure_id);
CREATE INDEX articles_doc ON articles(doc_id);
CREATE INDEX measures_article ON measures(article_id);
CREATE INDEX slogans_article ON slogans(article_id);
CREATE INDEX slogans_canonical ON slogans(canonical);
CREATE INDEX figures_article ON figures(article_id);
CREATE INDEX region_mentions_article ON region_mentions(article_id);
CREATE INDEX paragraphs_article ON paragraphs(article_id);
CREATE INDEX sentences_article ON sentences(article_id);
CREATE INDEX repairs_doc ON repairs(doc_id);
-- Every foreign key is indexed: the article page looks records up by measure, Datasette by
-- parent, and an incremental build deletes a changed document's rows through them.
CREATE INDEX figures_measure ON figures(measure_id);
CREATE INDEX measure_links_measure ON measure_links(measure_id, kind);
CREATE INDEX authors_article ON authors(article_id);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);
CREATE INDEX cited_documents_article ON cited_documents(article_id);
CREATE INDEX dates_article ON dates(article_id);
CREATE INDEX quoted_terms_article ON quoted_terms(article_id);
-- An article's id names its file's content: an edited file's articles get new ids.  An incremental build
-- records where each old id went (the article of the same file at the same place), so a bookmark or a
-- link to the old one still leads to the article (pipeline/store/writer.py: record_moves).
CREATE TABLE article_moves (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX article_moves_new ON article_moves(new_id);
-- ... and each old measure id (a search result's link: ?m=) to the measure of the same text (else the same place)
CREATE TABLE measure_moves (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL);
CREATE INDEX measure_moves_new ON measure_moves(new_id);
-- ... and every measure id no measure holds any more (its file removed or edited), with its article and text: no
-- new measure takes such an id (a link to a removed measure must not show another), and the same article back with
-- the same text (the file put back) takes its old ids again (pipeline/store/writer.py: IdCounter).
CREATE TABLE retired_measures (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX retired_measures_article ON retired_measures(article_id);
-- What an incremental build needs: each input file's signature and document.
CREATE TABLE sources (path TEXT PRIMARY KEY, doc_id TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                      manifest TEXT);  -- the file's manifest row (PageMeta.key), NULL when none
"""


# Columns stored as JSON text: the writer dumps a record's value there, the readers load it back.
JSON_COLUMNS = {
    "documents": ("quality",), "articles": ("unreadable", "quality"), "region_mentions": ("candidates",),
    "slogans": ("count", "components"),
}


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)  # the search index is made by search.index.rebuild_index at the end of a build
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def column_names(conn: sqlite3.Connection, table: str) -> set[str]:
    """The columns a knowledge base's ``table`` has as built (an older schema may lack some: check before reading)."""
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


@lru_cache(maxsize=None)
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, declared type) of each column of a knowledge-base table, in order."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        return tuple((r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info({table})"))
    finally:
        conn.close()


def defer_indexes(conn: sqlite3.Connection, keep: Iterable[str] = ()) -> list[str]:
    """Drop the secondary indexes of a database about to be filled, but those named in ``keep``
    (read while it fills), returning their SQL: building each once at the end costs a fraction
    of updating it row by row."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    keep = set(keep)
    found = [(name, sql) for name, sql in found if name not in keep]
    for name, _ in found:
        conn.execute(f"DROP INDEX {name}")
    return [sql for _, sql in found]


def restore_indexes(conn: sqlite3.Connection, sqls: list[str]) -> None:
    for sql in sqls:
        conn.execute(sql)
