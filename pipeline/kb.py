"""The SQLite knowledge base: schema, writing, and opening it for reading.

A build writes a new database beside the target and renames it into place,
so readers never see a half-written knowledge base.
"""
from __future__ import annotations

from array import array
from contextlib import contextmanager
import json
import os
from pathlib import Path
import sqlite3

from . import fsutil
from .records import ProcessedDocument

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
    quality TEXT NOT NULL        -- JSON: repairs made inside this article, by kind
);
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
-- Every foreign key is indexed: the article page looks records up by measure, Datasette by parent.
CREATE INDEX figures_measure ON figures(measure_id);
CREATE INDEX measure_links_measure ON measure_links(measure_id, kind);
CREATE INDEX authors_article ON authors(article_id);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);
CREATE INDEX cited_documents_article ON cited_documents(article_id);
CREATE INDEX dates_article ON dates(article_id);
CREATE INDEX quoted_terms_article ON quoted_terms(article_id);
"""


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def write_document(conn: sqlite3.Connection, pd: ProcessedDocument) -> None:
    c = pd.clean
    raw = c.raw
    conn.execute(
        "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (raw.id, raw.path, raw.format, raw.encoding, raw.size, raw.text, c.text,
         array("i", c.offsets).tobytes(), json.dumps(c.quality.to_dict(), ensure_ascii=False),
         raw.meta.get("url"), raw.meta.get("fetched_at")),
    )
    conn.executemany(
        "INSERT INTO repairs VALUES (?,?,?,?,?,?,?)",
        [(raw.id, r.kind, r.orig_start, r.orig_end, r.before, r.after, r.note) for r in c.quality.repairs],
    )
    for art, x in zip(pd.articles, pd.extractions or [None] * len(pd.articles)):
        conn.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (art.id, art.doc_id, art.index, art.title, art.date, art.source, art.editor, art.affiliation,
             art.text, art.doc_start, art.orig_start, art.orig_end, json.dumps(art.unreadable),
             json.dumps(_article_quality(c, art), ensure_ascii=False)),
        )
        conn.executemany("INSERT INTO authors VALUES (?,?,?,?)",
                         [(art.id, i, a.name, a.role) for i, a in enumerate(art.authors)])
        for p in art.paragraphs:
            cur = conn.execute(
                "INSERT INTO paragraphs (article_id, idx, heading, text, start, end, orig_start, orig_end)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (art.id, p.index, int(p.heading), p.text, p.start, p.end, p.orig_start, p.orig_end),
            )
            pid = cur.lastrowid
            conn.executemany(
                "INSERT INTO sentences (paragraph_id, article_id, idx, text, tokens, start, end, orig_start, orig_end)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(pid, art.id, s.index, s.text, " ".join(s.tokens), s.start, s.end, s.orig_start, s.orig_end)
                 for s in p.sentences],
            )
        if x is not None:
            write_extraction(conn, c, art, x)


def _article_quality(c, art) -> dict:
    """The document's repairs that fall inside this article (its title and byline included)."""
    counts: dict[str, int] = {}
    for r in c.quality.repairs:
        if r.kind != "traditional" and art.orig_start <= r.orig_start < art.orig_end:
            counts[r.kind] = counts.get(r.kind, 0) + 1
    return {"counts": counts, "unreadable": len(art.unreadable), "document_counts": c.quality.counts}


def write_extraction(conn: sqlite3.Connection, c, art, x) -> None:
    """The extraction records of one article; offsets also mapped to the original file."""
    def orig(start, end):
        if start is None:
            return None, None
        return c.orig_span(art.doc_start + start, art.doc_start + end)

    r = x.region
    conn.execute("INSERT INTO regions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                 (art.id, r.code if r else None, r.name if r else None, r.level if r else None,
                  r.province if r else None, r.city if r else None, r.county if r else None, x.region_reason,
                  r.township if r else None, r.path if r else None, x.region_confidence))

    def mention(m, span):
        p = m.place
        return (art.id, m.text, p.code, p.name, p.province, p.city, p.county, json.dumps(m.candidates), m.reason,
                *span, p.level, p.township, p.path)

    conn.executemany("INSERT INTO region_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     [mention(m, (m.start, m.end, *orig(m.start, m.end))) for m in x.regions]
                     # Places named in the headline have no span in the article text.
                     + [mention(m, (None, None, None, None)) for m in x.title_regions])
    measure_ids = []
    for i, m in enumerate(x.measures):
        cur = conn.execute(
            "INSERT INTO measures (article_id, idx, text, heading, start, end, orig_start, orig_end) VALUES (?,?,?,?,?,?,?,?)",
            (art.id, i, m.text, m.heading, m.start, m.end, *orig(m.start, m.end)))
        measure_ids.append(cur.lastrowid)
        conn.executemany("INSERT INTO measure_categories VALUES (?,?,?)", [(cur.lastrowid, c, sc) for c, sc in m.categories])
        conn.executemany("INSERT INTO measure_groups VALUES (?,?)", [(cur.lastrowid, g) for g in m.groups])
        for kind, idxs in (("figure", m.figures), ("slogan", m.slogans), ("document", m.documents), ("date", m.dates)):
            conn.executemany("INSERT INTO measure_links VALUES (?,?,?)", [(cur.lastrowid, kind, j) for j in idxs])
    owner = {j: measure_ids[i] for i, m in enumerate(x.measures) for j in m.figures}
    conn.executemany("INSERT INTO slogans VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (art.id, i, s.text, s.canonical, int(s.numbered), json.dumps(s.count), json.dumps(s.components, ensure_ascii=False),
         None if s.count_matches is None else int(s.count_matches), int(s.local), len(s.mentions), s.start, s.end,
         *orig(s.start, s.end)) for i, s in enumerate(x.slogans)])
    conn.executemany("INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (art.id, i, owner.get(i), f.text, f.value, f.high, f.unit, f.qualifier, f.subject, f.time, f.per,
         f.start, f.end, *orig(f.start, f.end)) for i, f in enumerate(x.figures)])
    conn.executemany("INSERT INTO cited_documents VALUES (?,?,?,?,?,?,?)", [
        (art.id, i, d.title, d.short_name, int(d.publication), d.start, d.end) for i, d in enumerate(x.documents)])
    conn.executemany("INSERT INTO dates VALUES (?,?,?,?,?,?)", [
        (art.id, i, d.text, d.iso, d.start, d.end) for i, d in enumerate(x.dates)])
    conn.executemany("INSERT INTO quoted_terms VALUES (?,?)", [(art.id, t) for t in x.quoted_terms])


# Reposts are found after every document is written (pipeline/reposts.py), so their column is
# appended to articles then: the positional INSERT INTO articles above stays valid.
# articles.canonical_id is the article itself, or the one it reposts; count DISTINCT canonical_id
# to count each article once.
COPIES_SCHEMA = (
    "ALTER TABLE articles ADD COLUMN canonical_id TEXT",
    "CREATE TABLE article_copies (article_id TEXT PRIMARY KEY REFERENCES articles(id),"
    " canonical_id TEXT NOT NULL REFERENCES articles(id), similarity REAL NOT NULL)",
    "CREATE INDEX article_copies_canonical ON article_copies(canonical_id)",
    "CREATE INDEX articles_canonical ON articles(canonical_id)",
)


def write_copies(conn: sqlite3.Connection, copies) -> None:
    for statement in COPIES_SCHEMA:
        conn.execute(statement)
    conn.executemany("INSERT INTO article_copies VALUES (?,?,?)",
                     [(c.article_id, c.canonical_id, c.similarity) for c in copies])
    conn.execute("UPDATE articles SET canonical_id = coalesce("
                 "(SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id), id)")


def write_codebook(conn: sqlite3.Connection, tagger) -> None:
    """Which codebook and which classifier produced the categories."""
    cb = tagger.codebook
    conn.executemany("INSERT INTO categories VALUES (?,?,?,?)",
                     [(c.id, c.name_zh, c.name_en, c.definition) for c in cb.categories])
    rows = [("codebook", cb.path), ("codebook_sha256", cb.sha256), ("classifier", tagger.source)]
    if tagger.model_meta:
        rows += [("model_trained", tagger.model_meta.get("trained", "")),
                 ("model_training_sha256", tagger.model_meta.get("training_sha256", ""))]
    conn.executemany("INSERT INTO meta VALUES (?,?)", rows)


def write_lexicon(conn: sqlite3.Connection) -> None:
    from .extract.slogans import lexicon

    forms, _ = lexicon()
    entries = {e.canonical: e for e in forms.values()}
    conn.executemany("INSERT INTO lexicon VALUES (?,?,?,?)", [
        (e.canonical, json.dumps(list(e.count) if isinstance(e.count, tuple) else e.count), e.definition, e.category)
        for e in entries.values()])


@contextmanager
def atomic_db(path: str | os.PathLike):
    """A fresh database in a unique temp file that replaces ``path`` only if the block succeeds.

    The temp file is fsynced before the rename and the folder after it, so a crash
    leaves the old knowledge base or the new one.  Temp files of killed builds are
    removed first (callers hold ``fsutil.exclusive(path)``, so no live build owns them).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in fsutil.stale_temps(path):
        stale.unlink(missing_ok=True)
    tmp = fsutil.temp_name(path)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA foreign_keys=ON")  # a record pointing nowhere fails the build, not a reader
    # The rollback journal in memory lets one document's rows be undone (SAVEPOINT)
    # without writing a journal file; durability comes from the fsync before the rename.
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=OFF")
    try:
        create(conn)
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
        from .places import levels

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
        from .places import levels

        lv = levels(self.conn)
        return ", ".join(f"{alias}.{x}" for x in lv) + ", " + " || '/' || ".join(
            f"coalesce({alias}.{x}, '')" for x in lv) + " AS place"

    def _typed(self, df, ints=(), floats=()):
        import pandas as pd

        from .places import catalogue

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
