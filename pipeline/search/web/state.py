"""Connections to the knowledge base that follow rebuilds.

A fresh build writes a new file and renames it over the old one; an incremental
build changes the file in one transaction (knowledge bases are in WAL mode).  Each request
takes a connection from the pool and checks the file's identity (inode, mtime, size,
its WAL's) first: after a rebuild, new requests open new connections.  Requests
already running finish on the version they started on: the old file after a
rename, the snapshot their read transaction holds after an in-place commit.  No
request fails or sees a part of a build.
"""
from __future__ import annotations

import logging
import threading

from fastapi import HTTPException, Request

from pipeline.core.fsutil import build_holding
from pipeline.store.reader import Damaged, KBConnection, connect_readonly, file_key

log = logging.getLogger(__name__)


class KBPool:
    def __init__(self, path: str, size: int = 16):
        self.path = str(path)
        self.size = size
        self._lock = threading.Lock()
        self._idle: list[KBConnection] = []
        self._key: tuple | None = None
        self.release(self.acquire())  # fail at start-up, not at the first request

    def acquire(self) -> KBConnection:
        """A connection to the file as it is now, in a read transaction that ``release`` ends: every
        statement of a request reads the same version (the key is taken before the snapshot, so a
        version can only be newer than its key says, which the next request's key corrects)."""
        key = file_key(self.path)
        conn = None
        with self._lock:
            if key != self._key:  # rebuilt: the idle connections read the old file
                for c in self._idle:
                    c.close()
                self._idle, self._key = [], key
            if self._idle:
                conn = self._idle.pop()
        if conn is None:
            conn = connect_readonly(self.path, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # the snapshot is taken at the first read
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        """The server's end: its idle connections closed (one still in a request closes at its release), so the
        last of them removes the -wal and -shm files beside the knowledge base (``gc.freeze`` keeps them from
        being collected at exit)."""
        with self._lock:
            idle, self._idle, self._key = self._idle, [], None
        for c in idle:
            c.close()

    def warm(self) -> tuple | None:
        """The catalogs of the file as it is now made (the search's, its facet arrays, the article search's and the
        pinyin index), so that no request waits for them: the first search after a start or a rebuild took 1-6 s on a
        20,000-article knowledge base.  The key of the version made ready, None when there is no file to read."""
        from pipeline.search.catalog import catalog
        from pipeline.search.pinyin import index_of
        from pipeline.search.syntax import QueryError

        try:
            conn = self.acquire()
        except FileNotFoundError:
            return None  # (the requests will say what is wrong)
        try:
            catalog(conn).arrays(conn)
            catalog(conn, articles=True)
            index_of(conn)  # (the words a query in pinyin spells: 3-7 s on a 20,000-article knowledge base)
            return conn.file_key
        except QueryError:
            return conn.file_key  # (an index of an older schema: every request says so)
        finally:
            self.release(conn)

    def follow(self, warmed: tuple | None, stop: threading.Event, every: float = 2.0) -> None:
        """Make each new version of the file ready (``warm``) once a build has finished writing it, until ``stop``:
        a rebuild made the next request build the catalogs.  Not while a build holds the file (an incremental
        build's writes change the key at every spill into the WAL)."""
        while not stop.wait(every):
            try:
                if file_key(self.path) != warmed and not build_holding(self.path):
                    warmed = self.warm()
            except FileNotFoundError:
                continue  # (a fresh build renaming its file in)
            except Exception:  # (a damaged file: the requests say so; the loop goes on for the next build)
                log.exception("making the knowledge base ready")

    def release(self, conn: KBConnection) -> None:
        if conn.in_transaction:
            conn.rollback()
        with self._lock:
            if conn.file_key == self._key and len(self._idle) < self.size:
                self._idle.append(conn)
                return
        conn.close()


def kb_conn(request: Request):
    """FastAPI dependency: one connection, to one version of the file, for the whole request."""
    pool: KBPool = request.app.state.kb
    try:
        conn = pool.acquire()
    except Damaged as e:  # (one line in the log; a rebuild replaces the file and the next request reads it)
        log.error("%s", e)
        raise HTTPException(503, "知识库文件已损坏，请用 policykb build 重建。")
    except FileNotFoundError:
        raise HTTPException(503, "知识库文件暂时不在（可能正在重建），请稍后再试。")
    try:
        yield conn
    finally:
        pool.release(conn)
