"""Work on a second connection to the same file version, on a pool thread, while the caller goes
on with its own: SQLite runs a statement without holding the GIL, so the two overlap on two cores."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
import sqlite3
import threading
from typing import Generic, TypeVar

from pipeline.store.reader import connect_readonly

T = TypeVar("T")
_side = threading.local()
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="policykb-beside")
_REPLACED = object()


class Beside(Generic[T]):
    """``work(connection)`` started on a pool thread's own connection to the file version ``conn``
    reads; ``result()`` waits for it.  Done on ``conn`` itself, in ``result()``, when there is no
    second connection to the same version (an in-memory database, or a file since replaced or
    changed in place).  ``work`` reads the search index (measure_fts)."""

    def __init__(self, conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]):
        self.conn, self.work = conn, work
        key = getattr(conn, "file_key", None)
        self._future = _pool.submit(_on_own_connection, key, index_version(conn), work) if key is not None else None

    def result(self) -> T:
        r = self._future.result() if self._future is not None else _REPLACED
        return self.work(self.conn) if r is _REPLACED else r


def index_version(conn: sqlite3.Connection) -> bytes | None:
    """What tells one version of the index from another as a connection reads it: measure_fts's structure
    record, which FTS5 rewrites (its count of segments written raised) at every change to the index.  (An
    incremental build changes the file in place: the file's key tells only that it changed, not which
    version a read transaction begun before or after the commit holds; PRAGMA data_version is a
    connection's own count, not comparable between two.)"""
    row = conn.execute("SELECT block FROM measure_fts_data WHERE id = 10").fetchone()
    return row[0] if row else None


def _on_own_connection(key: tuple, version: bytes | None, work: Callable[[sqlite3.Connection], T]):
    """``work`` on this thread's connection to the file ``key`` names, in a read transaction of the index
    ``version``; _REPLACED if that file has since been replaced by another, or changed in place."""
    conns = getattr(_side, "conns", None)
    if conns is None:
        conns = _side.conns = {}
    c = conns.get(key[0])
    if c is None or c.file_key != key:
        if c is not None:
            c.close()
        c = conns[key[0]] = connect_readonly(key[0], check_same_thread=False)  # (closed at the server's end: reader.close_all)
        if c.file_key != key:
            return _REPLACED
    c.execute("BEGIN")  # (ended below: a read transaction left open would keep a build from emptying the WAL)
    try:
        if index_version(c) != version:
            return _REPLACED
        return work(c)
    finally:
        c.rollback()
