"""Opening the knowledge base for reading: read-only connections that know which file version
they read, where a document came from, and the state an incremental build starts from.

Rows are read back under the names the records were stored by (``decoded``: JSON
columns loaded), so the API gives the same names as ``policykb extract --json``.
"""
from __future__ import annotations

import atexit
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
import json
import logging
import os
from pathlib import Path
import sqlite3
import weakref

from pipeline.core import fsutil
from pipeline.store.schema import JSON_COLUMNS, SCHEMA_VERSION, column_names

log = logging.getLogger(__name__)


class KBConnection(sqlite3.Connection):
    """A read-only connection that remembers which file it opened (see ``file_key``)."""

    file_key: tuple | None = None
    pid: int | None = None  # the process that opened it (a forked child never closes it: see close_all)


# Every reader's connection still open, closed at the process's end: the last connection to close removes the -wal
# and -shm files beside the knowledge base, and one never closed (a server's pool, a thread's own connection, a
# script that forgot) left them there.
_OPEN: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def close_all() -> None:
    """Every reader's connection closed (the process is ending: ``serve`` calls it before uvicorn ends a SIGTERM'd
    process by the signal, past atexit)."""
    for conn in list(_OPEN):
        if conn.pid != os.getpid():  # (inherited through a fork: closing it here could remove the parent's -wal)
            continue
        try:
            conn.close()
        except sqlite3.Error:
            pass


def file_key(path: str | os.PathLike) -> tuple:
    """What changes when a build changes the file: its inode, mtime and size (a fresh build renames
    a new file over it), and its WAL's (an incremental build commits there first).  An empty WAL is the
    same as none: readers make one when they open the file and the last to close removes it, while
    everything is in the file itself (a build empties the WAL only by copying it in, which changes the file)."""
    st = os.stat(path)
    try:
        w = os.stat(f"{path}-wal")
        wal = (w.st_mtime_ns, w.st_size) if w.st_size else None
    except FileNotFoundError:
        wal = None
    return (str(path), st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size, wal)


def uri(path: str | os.PathLike, **params: str) -> str:
    """An SQLite URI for the file at ``path``: its name percent-quoted (``as_uri``), so a #, ? or % in
    a folder or file name is part of the name, not the URI's fragment, query or an escape."""
    return Path(path).absolute().as_uri() + "?" + "&".join(f"{k}={v}" for k, v in params.items())


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK)


def _writable(path: Path) -> bool:
    return _folder_writable(path) and os.access(path, os.W_OK)


def _immutable(path: Path) -> bool:
    """No build can be changing the file in place (it or its folder is not writable, nothing is beside it)."""
    return not _beside(path) and not _writable(path)


def _check_uri(path: Path) -> str:
    """The URI a look at a file that may be no knowledge base opens (read-only: never a write to the user's
    file): immutable where ``_open`` would read it so, and makes nothing beside it then."""
    return uri(path, mode="ro", immutable="1") if _immutable(path) else uri(path, mode="ro")


def _beside(path: Path) -> list[str]:
    """The WAL and shared-memory files beside ``path`` (a build or a reader has it open, or was killed)."""
    return [f"{path}{tail}" for tail in ("-wal", "-shm") if os.path.lexists(f"{path}{tail}")]


class NotAKnowledgeBase(FileNotFoundError):
    """The path holds a file, but no knowledge base (a text file, another program's database): to every reader
    the same as no knowledge base there, told with what the file is."""


DAMAGED = "damaged: rebuild it with policykb build"


class Damaged(NotAKnowledgeBase):
    """A knowledge base cut short or otherwise malformed (a copy that stopped, a full disk): every command
    says so in one line instead of SQLite's 'database disk image is malformed' in a traceback."""


class Unreadable(FileNotFoundError):
    """A knowledge base this reader cannot open (see ``_open``): to every reader the same as none there,
    told in one line with why."""


def connect_readonly(path: str | os.PathLike, check_same_thread: bool = True) -> KBConnection:
    """The knowledge base opened read-only; ``conn.file_key`` names the file version it reads."""
    path = Path(path)
    for attempt in range(5):
        try:
            before = file_key(path)
        except FileNotFoundError:
            if pid := fsutil.build_holding(path):  # (the first build of it is still running)
                raise FileNotFoundError(f"{path}: no knowledge base here yet: a build is writing it (pid {pid}); "
                                        "try again when it has finished") from None
            raise FileNotFoundError(f"{path}: no knowledge base here (run `policykb build` or `make kb`)") from None
        except OSError as e:  # (a file where a folder of the path should be, a name too long)
            raise FileNotFoundError(f"{path}: no knowledge base here ({e.strerror or e})") from None
        if path.is_dir():
            raise NotAKnowledgeBase(f"{path}: is a folder (give --db the knowledge base's file, such as {path / 'kb.sqlite'})")
        if attempt == 0 and (why := foreign_file(path) or ("is empty" if path.is_file() and not path.stat().st_size else None)):
            raise NotAKnowledgeBase(f"{path}: {why} (give --db a knowledge base `policykb build` wrote)")
        if attempt == 0 and is_damaged(path):
            raise Damaged(f"{path}: {DAMAGED}")
        conn = _open(path, check_same_thread)
        conn.pid = os.getpid()
        _OPEN.add(conn)
        conn.row_factory = sqlite3.Row
        conn.file_key = before
        if file_key(path) == before or attempt == 4:
            # not replaced while it was being opened; or a build that keeps writing: the last one opened,
            # its key the older one, so a pool does not keep it (never a connection closed here)
            return conn
        conn.close()
    raise AssertionError("unreachable")


def _open(path: Path, check_same_thread: bool) -> KBConnection:
    """A connection that reads and never writes, and leaves nothing beside the file once closed.

    A reader of a WAL-mode file (every knowledge base: a build writes in place while readers go on)
    needs the shared-memory index (-shm) and the -wal beside it, and only the last connection to close
    removes them, if it may write: a ``mode=ro`` one leaves them behind (every search left both next to
    the user's file). So where the file and its folder are writable, the connection is opened for
    writing but made query-only (no statement can change the file; SQLite's own locking tells it whether
    it is the last one). Where no build can write the file in place (its folder, or the file itself, not
    writable) and neither file is beside it, it is opened immutable: nothing is made beside it, and no
    lock is needed. Otherwise (a build at work in a folder we cannot write) ``mode=ro``, as before."""
    if _immutable(path):
        log.info("%s: file or folder not writable: read as an immutable file (no build can be writing it)", path)
        return sqlite3.connect(uri(path, mode="ro", immutable="1"), uri=True, factory=KBConnection,
                               check_same_thread=check_same_thread)
    if _writable(path):
        conn = sqlite3.connect(uri(path, mode="rw"), uri=True, factory=KBConnection, check_same_thread=check_same_thread)
        conn.execute("PRAGMA query_only = ON")
    else:
        conn = sqlite3.connect(uri(path, mode="ro"), uri=True, factory=KBConnection, check_same_thread=check_same_thread)
    try:
        with _stubs_dropped(path):
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # (reads the WAL index: fails here, not later)
            except sqlite3.OperationalError:
                conn.close()  # (before the stubs it made go)
                raise
    except sqlite3.OperationalError as e:
        if fsutil.is_full(path.parent):  # (SQLite could not make the -shm beside it: 'disk I/O error')
            raise Unreadable(f"{path}: cannot open the knowledge base: no space left on the device (reading it needs "
                             "room for a small file beside it); free some space there") from None
        if _folder_writable(path):
            raise
        raise Unreadable(f"{path}: cannot read the knowledge base ({e}): its folder is not writable and a build "
                         f"may be writing it ({' and '.join(_beside(path))} beside it); read it when the build "
                         "is done, or copy the file alone to a folder you can write") from None
    return conn


@contextmanager
def _stubs_dropped(path: Path):
    """On a full disk, the -wal and -shm files a failed read made beside ``path`` (none was there before it)
    removed when nothing can be using them: an empty WAL, and a shared-memory file shorter than its first region
    (SQLite could not extend it; no connection can have mapped it).  Else every failed search left them there."""
    there = _beside(path)
    try:
        yield
    except sqlite3.Error:
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        if not there and fsutil.is_full(path.parent) and not _size(wal) and _size(shm) < _SHM_REGION:
            for stub in (shm, wal):
                stub.unlink(missing_ok=True)
        raise


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


_SHM_REGION = 32768  # bytes of the shared-memory index's first region, which every WAL reader maps


def document_origin(conn: sqlite3.Connection, doc_id: str) -> dict[str, str | None]:
    """Where a document was fetched from and when (both None for files, or for a schema-2 knowledge base)."""
    try:
        row = conn.execute("SELECT url, fetched_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
    except sqlite3.OperationalError:
        row = None
    return {"url": row[0] if row else None, "fetched_at": row[1] if row else None}


def counted(conn: sqlite3.Connection, alias: str = "") -> str:
    """The SQL condition an article row (``alias``: its table's alias) meets when it is counted: each article once,
    a repost (``canonical_id`` naming another article) left out, its canonical article standing for it.  The one
    rule of the search index, ``kb.open``'s frames and the comparison; always true in a knowledge base built
    before reposts were detected (no ``canonical_id``)."""
    if "canonical_id" not in column_names(conn, "articles"):
        return "1"
    a = f"{alias}." if alias else ""
    return f"({a}canonical_id IS NULL OR {a}canonical_id = {a}id)"


def categories(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(id, Chinese name, English name) of every category the knowledge base was classified with (未归类 included),
    in the codebook's order: read from the KB itself, since the codebook file it was built with may have moved or
    changed since.  The one reader of the categories table."""
    return [tuple(r) for r in conn.execute("SELECT id, name_zh, name_en FROM categories ORDER BY rowid")]


def decoded(table: str, row: sqlite3.Row) -> dict:
    """A row of ``table`` as a dict, its JSON columns loaded (an empty one is None)."""
    as_json = JSON_COLUMNS.get(table, ())
    return {k: (json.loads(row[k]) if row[k] else None) if k in as_json else row[k] for k in row.keys()}


# --- the state a rebuild starts from -----------------------------------------------------

@dataclass
class State:
    """What an existing knowledge base holds, for deciding what a rebuild must do."""

    build_key: str
    sources: dict[str, tuple[str, int, int, str | None]]  # path -> (doc_id, size, mtime_ns, manifest row)
    documents: dict[str, str]  # doc_id -> the path stored with it
    files: str


def read_state(path: str | os.PathLike, build_key: str) -> State | None:
    """The state of the knowledge base at ``path`` if a rebuild can start from it: it exists, is
    sound, and was built by the same code, resources, codebook and model (else None: build afresh)."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(_check_uri(path), uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            if meta.get("build_key") != build_key or meta.get("schema_version") != str(SCHEMA_VERSION):
                return None
            sources = {p: (d, size, mtime, row) for p, d, size, mtime, row in conn.execute("SELECT * FROM sources")}
            documents = dict(conn.execute("SELECT id, path FROM documents"))
            return State(build_key, sources, documents, meta.get("files", ""))
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # not a knowledge base we can read: it is replaced, as a fresh build would


def is_corruption(e: BaseException) -> bool:
    """Whether SQLite's error says the file is malformed (not locked, not unwritable beside it)."""
    return str(getattr(e, "sqlite_errorname", "")).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def is_damaged(path: str | os.PathLike) -> bool:
    """Whether the file is an SQLite database SQLite cannot read as one: its schema unreadable, or shorter than
    the pages its header counts (cut off: reading the missing pages fails only later, in the middle of a
    query).  Cheap: the header and the schema only.  Read through SQLite only, as ``foreign_file`` says why."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    wal = path.with_name(path.name + "-wal")
    try:
        with _stubs_dropped(path):
            conn = sqlite3.connect(_check_uri(path), uri=True)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                pages, = conn.execute("PRAGMA page_count").fetchone()
                size, = conn.execute("PRAGMA page_size").fetchone()
            finally:
                conn.close()
    except sqlite3.Error as e:  # (a folder it cannot write, a lock: not damage; no SQLite file: foreign_file's)
        return is_corruption(e) and e.sqlite_errorname != "SQLITE_NOTADB"
    # (pages not yet copied back from the write-ahead log are in the -wal file, not missing)
    return pages * size > path.stat().st_size and not (wal.is_file() and wal.stat().st_size)


def foreign_file(path: str | os.PathLike) -> str | None:
    """Why the file at ``path`` is the user's and no knowledge base a build may replace (a text file, another
    program's database), or None: no file, an empty one, or one of ours (a damaged one is rebuilt afresh)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    # Read through SQLite only, never open() and close(): closing any descriptor of the file drops
    # every POSIX lock this process holds on it, the shared lock of a server's open connections
    # included; a build then takes the file for unused, deletes its WAL and shared-memory index under
    # them, and every later connection of the server reads the database as malformed.
    try:
        with _stubs_dropped(path):
            conn = sqlite3.connect(_check_uri(path), uri=True)
            try:
                tables = {name for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            finally:
                conn.close()
    except sqlite3.DatabaseError as e:
        if getattr(e, "sqlite_errorname", "") == "SQLITE_NOTADB":
            return "is not a knowledge base (not an SQLite file)"
        return None  # (ours, damaged: read_state says build afresh)
    except sqlite3.Error:
        return None
    if not {"meta", "articles"} <= tables:
        return "is an SQLite database of another program (no knowledge-base tables)"
    return None


def totals(conn: sqlite3.Connection) -> tuple[int, int, dict[str, int]]:
    """(documents, articles, repairs by kind) over the whole knowledge base."""
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    arts = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return docs, arts, dict(repair_totals(conn))


def repair_totals(conn: sqlite3.Connection) -> Counter:
    """Repairs by kind over every document, as the build keeps them in ``meta`` (each build adds
    its documents' and takes out the removed ones': no build reads every document's report)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'repairs'").fetchone()
    return Counter(json.loads(row[0]) if row else {})


def repairs_of(conn: sqlite3.Connection, doc_ids: list[str]) -> Counter:
    """Repairs by kind in these documents (read from their quality reports)."""
    return Counter(dict(conn.execute(
        "SELECT j.key, sum(j.value) FROM documents, json_each(documents.quality, '$.counts') j"
        " WHERE documents.id IN (SELECT value FROM json_each(?)) GROUP BY j.key", (json.dumps(doc_ids),))))


def articles_of(conn: sqlite3.Connection, doc_ids: list[str]) -> list[str]:
    """The ids of these documents' articles (ids passed as one JSON list, as the writer does: no
    limit on their number)."""
    return [r[0] for r in conn.execute("SELECT id FROM articles WHERE doc_id IN (SELECT value FROM json_each(?))",
                                       (json.dumps(doc_ids),))]
