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

from .records import ProcessedDocument

SCHEMA_VERSION = 1

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
    quality TEXT NOT NULL        -- JSON quality report
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
CREATE INDEX articles_doc ON articles(doc_id);
CREATE INDEX paragraphs_article ON paragraphs(article_id);
CREATE INDEX sentences_article ON sentences(article_id);
CREATE INDEX repairs_doc ON repairs(doc_id);
"""


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def write_document(conn: sqlite3.Connection, pd: ProcessedDocument) -> None:
    c = pd.clean
    raw = c.raw
    conn.execute(
        "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
        (raw.id, raw.path, raw.format, raw.encoding, raw.size, raw.text, c.text,
         array("i", c.offsets).tobytes(), json.dumps(c.quality.to_dict(), ensure_ascii=False)),
    )
    conn.executemany(
        "INSERT INTO repairs VALUES (?,?,?,?,?,?,?)",
        [(raw.id, r.kind, r.orig_start, r.orig_end, r.before, r.after, r.note) for r in c.quality.repairs],
    )
    for art in pd.articles:
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


def _article_quality(c, art) -> dict:
    """The document's repairs that fall inside this article (its title and byline included)."""
    counts: dict[str, int] = {}
    for r in c.quality.repairs:
        if r.kind != "traditional" and art.orig_start <= r.orig_start < art.orig_end:
            counts[r.kind] = counts.get(r.kind, 0) + 1
    return {"counts": counts, "unreadable": len(art.unreadable), "document_counts": c.quality.counts}


@contextmanager
def atomic_db(path: str | os.PathLike):
    """A fresh database at ``path.tmp`` that replaces ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    try:
        create(conn)
        yield conn
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise


def connect_readonly(path: str | os.PathLike) -> sqlite3.Connection:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no knowledge base here (run `policykb build` or `make kb`)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def orig_offsets(blob: bytes) -> array:
    a = array("i")
    a.frombytes(blob)
    return a
