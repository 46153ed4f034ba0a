"""Connections to the knowledge base that follow rebuilds.

A build writes a new file and renames it over the old one.  Each request takes
a connection from the pool and checks the file's identity (inode, mtime, size)
first: after a rebuild, new requests open the new file while requests already
running finish on the old one, which stays readable until its last connection
closes.  No request fails during the swap.
"""
from __future__ import annotations

import threading

from fastapi import HTTPException, Request

from pipeline.store.reader import KBConnection, connect_readonly, file_key


class KBPool:
    def __init__(self, path: str, size: int = 16):
        self.path = str(path)
        self.size = size
        self._lock = threading.Lock()
        self._idle: list[KBConnection] = []
        self._key: tuple | None = None
        self.release(self.acquire())  # fail at start-up, not at the first request

    def acquire(self) -> KBConnection:
        key = file_key(self.path)
        with self._lock:
            if key != self._key:  # rebuilt: the idle connections read the old file
                for c in self._idle:
                    c.close()
                self._idle, self._key = [], key
            if self._idle:
                return self._idle.pop()
        conn = connect_readonly(self.path, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def release(self, conn: KBConnection) -> None:
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
    except FileNotFoundError:
        raise HTTPException(503, "知识库文件暂时不在（可能正在重建），请稍后再试。")
    try:
        yield conn
    finally:
        pool.release(conn)
