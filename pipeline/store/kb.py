"""The SQLite knowledge base: schema, writing, and opening it for reading.

A build writes a new database beside the target (or a copy of the old one,
changed in one transaction) and renames it into place, so readers never see a
half-written knowledge base.  Documents are turned into rows by the workers
(``document_rows``); the writer only inserts them (``write_document``),
shifting the document-local ids of paragraphs, sentences and measures past
the ones already in the database.
"""
from __future__ import annotations

from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field
import json
import os
from pathlib import Path
import shutil
import sqlite3

from pipeline.core import fsutil

from pipeline.core.records import UNCLASSIFIED, ProcessedDocument

SCHEMA_VERSION = 3

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
    canonical_id TEXT            -- the article this one reposts, or its own id (set after every document)
);
CREATE TABLE article_copies (    -- reposts: each copy, the canonical article it repeats, and how alike
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    canonical_id TEXT NOT NULL REFERENCES articles(id), similarity REAL NOT NULL
);
CREATE INDEX article_copies_canonical ON article_copies(canonical_id);
CREATE INDEX articles_canonical ON articles(canonical_id);
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
    start INTEGER NOT NULL, end INTEGER NOT NULL, orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL
);
CREATE TABLE figures (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, measure_id INTEGER REFERENCES measures(id),
    text TEXT NOT NULL, value REAL, high REAL, unit TEXT, qualifier TEXT, subject TEXT, time TEXT, per TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL, orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL
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
CREATE TABLE quoted_terms (article_id TEXT NOT NULL REFERENCES articles(id), term TEXT NOT NULL);
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
-- What an incremental build needs: each input file's signature and document.
CREATE TABLE sources (path TEXT PRIMARY KEY, doc_id TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL);
"""


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)  # the search index is made by search.rebuild_index at the end of a build
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


# --- one document as rows (made in the workers) ------------------------------------

@dataclass
class DocRows:
    """A document's rows, table by table, in insertion order.

    Paragraph, sentence and measure ids are local to the document, counted from 0;
    ``write_document`` shifts them.
    """

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


def document_rows(pd: ProcessedDocument) -> DocRows:
    """Every row the knowledge base holds for one document (the search index is rebuilt from them)."""
    c = pd.clean
    raw = c.raw
    t: dict[str, list[tuple]] = {name: [] for name in (
        "documents", "repairs", "articles", "authors", "paragraphs", "sentences", "regions", "region_mentions",
        "measures", "measure_categories", "measure_groups", "measure_links", "slogans", "figures",
        "cited_documents", "dates", "quoted_terms")}
    t["documents"].append((raw.id, raw.path, raw.format, raw.encoding, raw.size, raw.text, c.text,
                           array("i", c.offsets).tobytes(), json.dumps(c.quality.to_dict(), ensure_ascii=False),
                           raw.meta.get("url"), raw.meta.get("fetched_at")))
    t["repairs"] += [(raw.id, r.kind, r.orig_start, r.orig_end, r.before, r.after, r.note) for r in c.quality.repairs]
    n_par = n_sent = 0
    for k, (art, x) in enumerate(zip(pd.articles, pd.extractions or [None] * len(pd.articles))):
        t["articles"].append((art.id, art.doc_id, art.index, art.title, art.date, art.source, art.editor,
                              art.affiliation, art.text, art.doc_start, art.orig_start, art.orig_end,
                              json.dumps(art.unreadable), json.dumps(_article_quality(c, art), ensure_ascii=False),
                              None))
        t["authors"] += [(art.id, i, a.name, a.role) for i, a in enumerate(art.authors)]
        for p in art.paragraphs:
            t["paragraphs"].append((n_par, art.id, p.index, int(p.heading), p.text, p.start, p.end, p.orig_start,
                                    p.orig_end))
            for s in p.sentences:
                t["sentences"].append((n_sent, n_par, art.id, s.index, s.text, " ".join(s.tokens), s.start, s.end,
                                       s.orig_start, s.orig_end))
                n_sent += 1
            n_par += 1
        if x is not None:
            _extraction_rows(t, c, art, x, len(t["measures"]))
    return DocRows(doc_id=raw.id, path=raw.path, articles=len(pd.articles), repairs=dict(c.quality.counts), tables=t)


def _article_quality(c, art) -> dict:
    """The document's repairs that fall inside this article (its title and byline included)."""
    counts: dict[str, int] = {}
    for r in c.quality.repairs:
        if r.kind != "traditional" and art.orig_start <= r.orig_start < art.orig_end:
            counts[r.kind] = counts.get(r.kind, 0) + 1
    return {"counts": counts, "unreadable": len(art.unreadable), "document_counts": c.quality.counts}


def _extraction_rows(t: dict[str, list[tuple]], c, art, x, first_measure: int) -> None:
    """The extraction records of one article; offsets also mapped to the original file."""
    def orig(start, end):
        if start is None:
            return None, None
        return c.orig_span(art.doc_start + start, art.doc_start + end)

    r = x.region
    t["regions"].append((art.id, r.code if r else None, r.name if r else None, r.level if r else None,
                         r.province if r else None, r.city if r else None, r.county if r else None, x.region_reason,
                         r.township if r else None, r.path if r else None, x.region_confidence))

    def mention(m, span):
        p = m.place
        return (art.id, m.text, p.code, p.name, p.province, p.city, p.county, json.dumps(m.candidates), m.reason,
                *span, p.level, p.township, p.path)

    t["region_mentions"] += [mention(m, (m.start, m.end, *orig(m.start, m.end))) for m in x.regions]
    # Places named in the headline have no span in the article text.
    t["region_mentions"] += [mention(m, (None, None, None, None)) for m in x.title_regions]
    owner = {}
    for i, m in enumerate(x.measures):
        mid = first_measure + i
        owner.update((j, mid) for j in m.figures)
        t["measures"].append((mid, art.id, i, m.text, m.heading, m.start, m.end, *orig(m.start, m.end)))
        # A measure no category was confident for is recorded as such, never left silently empty.
        t["measure_categories"] += [(mid, cat, sc) for cat, sc in m.categories] or [(mid, UNCLASSIFIED, 0.0)]
        t["measure_groups"] += [(mid, g) for g in m.groups]
        for kind, idxs in (("figure", m.figures), ("slogan", m.slogans), ("document", m.documents), ("date", m.dates)):
            t["measure_links"] += [(mid, kind, j) for j in idxs]
    t["slogans"] += [
        (art.id, i, s.text, s.canonical, int(s.numbered), json.dumps(s.count), json.dumps(s.components, ensure_ascii=False),
         None if s.count_matches is None else int(s.count_matches), int(s.local), len(s.mentions), s.start, s.end,
         *orig(s.start, s.end)) for i, s in enumerate(x.slogans)]
    t["figures"] += [
        (art.id, i, owner.get(i), f.text, f.value, f.high, f.unit, f.qualifier, f.subject, f.time, f.per,
         f.start, f.end, *orig(f.start, f.end)) for i, f in enumerate(x.figures)]
    t["cited_documents"] += [(art.id, i, d.title, d.short_name, int(d.publication), d.start, d.end)
                             for i, d in enumerate(x.documents)]
    t["dates"] += [(art.id, i, d.text, d.iso, d.start, d.end) for i, d in enumerate(x.dates)]
    t["quoted_terms"] += [(art.id, term) for term in x.quoted_terms]


# --- writing (the parent process) ------------------------------------------------------

class IdCounter:
    """The next free id of each local-id sequence in a database being written."""

    def __init__(self, conn: sqlite3.Connection):
        self.next = {seq: (conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1
                     for seq, table in ID_SOURCES.items()}

    def take(self, doc: DocRows) -> dict[str, int]:
        """The offsets for ``doc``'s local ids, reserving as many ids as it uses."""
        base = dict(self.next)
        for seq, table in ID_SOURCES.items():
            self.next[seq] += len(doc.tables.get(table, ()))
        return base


def write_document(conn: sqlite3.Connection, doc: DocRows, base: dict[str, int]) -> None:
    for table, rows in doc.tables.items():
        if not rows:
            continue
        shift = LOCAL_IDS.get(table)
        if shift:
            rows = [_shifted(r, shift, base) for r in rows]
        sql = f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})"
        conn.executemany(sql, rows)


def _shifted(row: tuple, shift: dict[int, str], base: dict[str, int]) -> tuple:
    r = list(row)
    for i, seq in shift.items():
        if r[i] is not None:
            r[i] += base[seq]
    return tuple(r)


def delete_documents(conn: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Remove every row of these documents, from every table that points at them.

    Tables are found by their columns (``measure_id``, ``article_id``, ``doc_id``), so
    a table added later is cleaned too.  The search index is left alone: the build
    rebuilds it from these tables (``search.rebuild_index``).
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # parents and children go in one transaction, in any order
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone_docs (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.gone_docs")
    conn.executemany("INSERT OR IGNORE INTO temp.gone_docs VALUES (?)", ((d,) for d in doc_ids))
    conn.execute("DROP TABLE IF EXISTS temp.gone_articles")
    conn.execute("CREATE TEMP TABLE gone_articles AS SELECT id FROM articles WHERE doc_id IN temp.gone_docs")
    conn.execute("DROP TABLE IF EXISTS temp.gone_measures")
    conn.execute("CREATE TEMP TABLE gone_measures AS SELECT id FROM measures WHERE article_id IN temp.gone_articles")
    from pipeline.search import engine as search

    for table, cols in _tables(conn):
        if table in search.INDEX_TABLES or table == "sources":
            continue
        if table == "documents":
            conn.execute("DELETE FROM documents WHERE id IN temp.gone_docs")
        elif "measure_id" in cols and table != "figures":
            conn.execute(f"DELETE FROM {table} WHERE measure_id IN temp.gone_measures")
        elif "article_id" in cols:
            conn.execute(f"DELETE FROM {table} WHERE article_id IN temp.gone_articles")
        elif "doc_id" in cols:
            conn.execute(f"DELETE FROM {table} WHERE doc_id IN temp.gone_docs")
    conn.execute("DELETE FROM measures WHERE id IN temp.gone_measures")
    conn.execute("DELETE FROM articles WHERE id IN temp.gone_articles")


def _tables(conn: sqlite3.Connection) -> list[tuple[str, set[str]]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%'")]
    return [(n, {r[1] for r in conn.execute(f"PRAGMA table_info({n})")}) for n in names]


# Reposts are found after every document is written (pipeline/store/reposts.py), so their column is
# appended to articles then: the positional INSERT INTO articles above stays valid.
# articles.canonical_id is the article itself, or the one it reposts; count DISTINCT canonical_id
# to count each article once.


def write_copies(conn: sqlite3.Connection, copies) -> None:
    """Replace the repost records (an incremental build recomputes them over every article)."""
    conn.execute("DELETE FROM article_copies")
    conn.executemany("INSERT INTO article_copies VALUES (?,?,?)",
                     [(c.article_id, c.canonical_id, c.similarity) for c in copies])
    conn.execute("UPDATE articles SET canonical_id = coalesce("
                 "(SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id), id)")


def write_codebook(conn: sqlite3.Connection, tagger) -> None:
    """Which codebook and which classifier produced the categories."""
    cb = tagger.codebook
    conn.executemany("INSERT OR REPLACE INTO categories VALUES (?,?,?,?)",
                     [(c.id, c.name_zh, c.name_en, c.definition) for c in cb.categories]
                     + [(UNCLASSIFIED, "未归类", "Unclassified", "No category passed its threshold; `policykb label` "
                                                                "proposes these measures first.")])
    rows = [("codebook", cb.path), ("codebook_sha256", cb.sha256), ("classifier", tagger.source)]
    if tagger.model_meta:
        rows += [("model_trained", tagger.model_meta.get("trained", "")),
                 ("model_training_sha256", tagger.model_meta.get("training_sha256", ""))]
    conn.executemany("INSERT INTO meta VALUES (?,?)", rows)


def write_lexicon(conn: sqlite3.Connection) -> None:
    from pipeline.extract.slogans import lexicon

    forms, _ = lexicon()
    entries = {e.canonical: e for e in forms.values()}
    conn.executemany("INSERT INTO lexicon VALUES (?,?,?,?)", [
        (e.canonical, json.dumps(list(e.count) if isinstance(e.count, tuple) else e.count), e.definition, e.category)
        for e in entries.values()])


def defer_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the secondary indexes of a database about to be filled, returning their SQL:
    building each once at the end costs a fraction of updating it row by row."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    for name, _ in found:
        conn.execute(f"DROP INDEX {name}")
    return [sql for _, sql in found]


def restore_indexes(conn: sqlite3.Connection, sqls: list[str]) -> None:
    for sql in sqls:
        conn.execute(sql)


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


# --- the state a rebuild starts from -----------------------------------------------------

@dataclass
class State:
    """What an existing knowledge base holds, for deciding what a rebuild must do."""

    build_key: str
    sources: dict[str, tuple[str, int, int]]  # path -> (doc_id, size, mtime_ns)
    documents: dict[str, str]  # doc_id -> the path stored with it
    files: str


def read_state(path: str | os.PathLike, build_key: str) -> State | None:
    """The state of the knowledge base at ``path`` if a rebuild can start from it: it exists, is
    sound, and was built by the same code, resources, codebook and model (else None: build afresh)."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            if meta.get("build_key") != build_key or meta.get("schema_version") != str(SCHEMA_VERSION):
                return None
            sources = {p: (d, size, mtime) for p, d, size, mtime in conn.execute("SELECT * FROM sources")}
            documents = dict(conn.execute("SELECT id, path FROM documents"))
            return State(build_key, sources, documents, meta.get("files", ""))
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # not a knowledge base we can read: it is replaced, as a fresh build would


def totals(conn: sqlite3.Connection) -> tuple[int, int, dict[str, int]]:
    """(documents, articles, repairs by kind) over the whole knowledge base."""
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    arts = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    repairs = dict(conn.execute("SELECT j.key, sum(j.value) FROM documents, json_each(documents.quality, '$.counts') j"
                                " GROUP BY j.key"))
    return docs, arts, repairs


@contextmanager
def atomic_db(path: str | os.PathLike, start_from: str | os.PathLike | None = None):
    """A database in a unique temp file that replaces ``path`` only if the block succeeds.

    It starts empty (the schema only), or as a copy of ``start_from`` (an incremental
    build changes the copy in one transaction).  The temp file is fsynced before the
    rename and the folder after it, so a crash leaves the old knowledge base or the
    new one.  (The build removes killed builds' temp files once it holds the lock.)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = fsutil.temp_name(path)
    if start_from is not None:
        shutil.copyfile(start_from, tmp)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA foreign_keys=ON")  # a record pointing nowhere fails the build, not a reader
    # The rollback journal in memory lets one document's rows be undone (SAVEPOINT)
    # without writing a journal file; durability comes from the fsync before the rename.
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MB: index pages stay in memory while the tables grow
    try:
        if start_from is None:
            create(conn)
        if not conn.in_transaction:
            conn.execute("BEGIN")  # one transaction: savepoints inside it never commit on their own
        yield conn
        conn.commit()
        conn.close()
        fsutil.replace_durably(tmp, path)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise


class KBConnection(sqlite3.Connection):
    """A read-only connection that remembers which file it opened (see ``file_key``)."""

    file_key: tuple | None = None


def file_key(path: str | os.PathLike) -> tuple:
    """What changes when a rebuild replaces the file: its inode, mtime and size."""
    st = os.stat(path)
    return (str(path), st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def connect_readonly(path: str | os.PathLike, check_same_thread: bool = True) -> KBConnection:
    """The knowledge base opened read-only; ``conn.file_key`` names the file version it reads."""
    path = Path(path)
    for _ in range(5):
        try:
            before = file_key(path)
        except FileNotFoundError:
            raise FileNotFoundError(f"{path}: no knowledge base here (run `policykb build` or `make kb`)") from None
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, factory=KBConnection,
                               check_same_thread=check_same_thread)
        conn.row_factory = sqlite3.Row
        conn.file_key = before
        if file_key(path) == before:  # not replaced while it was being opened
            return conn
        conn.close()
    return conn


def document_origin(conn: sqlite3.Connection, doc_id: str) -> dict[str, str | None]:
    """Where a document was fetched from and when (both None for files, or for a schema-2 knowledge base)."""
    try:
        row = conn.execute("SELECT url, fetched_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
    except sqlite3.OperationalError:
        row = None
    return {"url": row[0] if row else None, "fetched_at": row[1] if row else None}


def orig_offsets(blob: bytes) -> array:
    a = array("i")
    a.frombytes(blob)
    return a


# --- reading: the Python API ---------------------------------------------------------

_DATES = ("date",)  # columns read as datetime64 (ISO dates, partial ones at the start of their period)


class KnowledgeBase:
    """Read-only access to a built knowledge base as typed pandas DataFrames.

    Integers are ``Int64`` (nullable: a figure outside every measure has ``<NA>`` as
    measure_id, never ``1.0``), reals ``Float64``, dates ``datetime64[ns]`` (``NaT`` when
    unknown), places ``category`` in administrative order, codebook categories ``category``
    in codebook order.  Same-named counties stay apart in ``place``, the full path
    (福建省/福州市/鼓楼区); group by it rather than by ``county``.

    >>> from pipeline import kb
    >>> with kb.open("outputs/kb.sqlite") as k:
    ...     m = k.measures()
    """

    TABLES = ("documents", "articles", "authors", "paragraphs", "sentences", "repairs", "regions", "region_mentions",
              "measures", "measure_categories", "measure_groups", "measure_links", "slogans", "figures",
              "cited_documents", "dates", "quoted_terms", "lexicon", "categories", "meta", "article_copies")

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.conn = connect_readonly(self.path)

    def _frame(self, sql: str, params=()):
        import pandas as pd

        return pd.read_sql_query(sql, self.conn, params=params)

    def table(self, name: str):
        """One table as stored, typed by its declared column types."""
        if name not in self.TABLES:
            raise ValueError(f"no table {name!r}; tables: {', '.join(self.TABLES)}")
        decl = {r[1]: (r[2] or "").upper() for r in self.conn.execute(f"PRAGMA table_info({name})")}
        df = self._frame(f"SELECT * FROM {name}")
        return self._typed(df, ints=[c for c, t in decl.items() if t == "INTEGER"],
                           floats=[c for c, t in decl.items() if t == "REAL"])

    def measures(self):
        """One row per measure: measure_id (Int64), article_id, title, date (datetime64), year (Int64),
        source, province/city/county (and township where recorded; category), place (category, full path), category (the best-scoring
        codebook category, category), categories / groups / slogans (space-separated), heading, text."""
        from pipeline.extract.places import levels

        df = self._frame(
            "SELECT s.measure_id, s.article_id, s.title, s.date, s.year, s.source, "
            + "".join(f"s.{lv}, " for lv in levels(self.conn)) + "s.place, (SELECT c.category FROM measure_categories c WHERE c.measure_id = s.measure_id"
            "           ORDER BY c.score DESC LIMIT 1) AS category,"
            " trim(s.categories) AS categories, trim(s.groups) AS groups, trim(s.slogans) AS slogans, s.heading, s.text"
            " FROM search_measures s ORDER BY s.measure_id")
        return self._typed(df, ints=["measure_id", "year"])

    def measure_categories(self):
        """One row per measure and category: measure_id (Int64), category (category), name_zh, score (Float64)."""
        df = self._frame("SELECT c.measure_id, c.category, k.name_zh, c.score FROM measure_categories c"
                         " LEFT JOIN categories k ON k.id = c.category ORDER BY c.measure_id, c.score DESC")
        return self._typed(df, ints=["measure_id"], floats=["score"])

    def articles(self):
        """One row per article: article_id, title, date (datetime64), source, editor, affiliation,
        province/city/county/place (category), code, path (the file's name as given to the build)."""
        df = self._frame(
            f"SELECT a.id AS article_id, a.title, a.date, a.source, a.editor, a.affiliation, {self._place_cols('r')},"
            " r.code, d.path, d.url, d.fetched_at FROM articles a LEFT JOIN regions r ON r.article_id = a.id JOIN documents d ON d.id = a.doc_id"
            " ORDER BY a.date, a.id")
        return self._typed(df)

    def figures(self):
        """Every figure with its measure's text (``measure``), article date and title, and region."""
        df = self._frame(
            f"SELECT f.*, {self._place_cols('r')}, a.date, a.title, m.text AS measure FROM figures f"
            " JOIN articles a ON a.id = f.article_id LEFT JOIN regions r ON r.article_id = f.article_id"
            " LEFT JOIN measures m ON m.id = f.measure_id")
        return self._typed(df, ints=["idx", "measure_id", "start", "end", "orig_start", "orig_end"],
                           floats=["value", "high"])

    def slogans(self):
        """Every slogan of every article, with the article's date, title and region."""
        df = self._frame(
            f"SELECT s.*, {self._place_cols('r')}, a.date, a.title FROM slogans s JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN regions r ON r.article_id = s.article_id")
        return self._typed(df, ints=["idx", "numbered", "count_matches", "local", "mentions", "start", "end",
                                     "orig_start", "orig_end"])

    def _place_cols(self, alias: str) -> str:
        from pipeline.extract.places import levels

        lv = levels(self.conn)
        return ", ".join(f"{alias}.{x}" for x in lv) + ", " + " || '/' || ".join(
            f"coalesce({alias}.{x}, '')" for x in lv) + " AS place"

    def _typed(self, df, ints=(), floats=()):
        import pandas as pd

        from pipeline.extract.places import catalogue

        for c in ints:
            if c in df.columns:
                df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        for c in floats:
            if c in df.columns:
                df[c] = pd.to_numeric(df[c], errors="coerce").astype("Float64")
        for c in _DATES:
            if c in df.columns:
                df[c] = pd.to_datetime(df[c], errors="coerce", format="ISO8601")
        if "place" in df.columns:  # built with '/' between every level: drop the empty ones
            df["place"] = df["place"].map(lambda p: "/".join(x for x in (p or "").split("/") if x) or None)
        if any(c in df.columns for c in ("province", "place")):
            places = catalogue(self.conn)
            for level in ("province", "city", "county", "township"):
                if level in df.columns:
                    names = list(dict.fromkeys(p.name for p in places if p.level == level))
                    names += _others_in_code_order(df, level, set(names))
                    df[level] = pd.Categorical(df[level], categories=names, ordered=True)
            if "place" in df.columns:
                order = sorted(places, key=lambda p: (p.code or "9" * 9).ljust(9, "0") + str(len(p.path)))
                df["place"] = pd.Categorical(df["place"], categories=[p.path for p in order], ordered=True)
        if "category" in df.columns:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM categories ORDER BY rowid")]
            df["category"] = pd.Categorical(df["category"], categories=ids)
        return df

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _others_in_code_order(df, level: str, known: set) -> list[str]:
    """Places in the frame that are no article's region (places merely mentioned), by their codes."""
    rows = df[df[level].notna() & ~df[level].isin(known)]
    if rows.empty:
        return []
    if "code" in rows.columns:
        return list(rows.assign(_c=rows["code"].astype(str)).groupby(level)["_c"].min().sort_values().index)
    return sorted(rows[level].unique())


def open(path: str | os.PathLike = "outputs/kb.sqlite") -> KnowledgeBase:  # noqa: A001 - the documented API name
    """The knowledge base at ``path`` for reading (see ``KnowledgeBase`` for the frames and their types)."""
    return KnowledgeBase(path)
