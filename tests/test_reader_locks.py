"""Opening the knowledge base never drops this process's locks on it.  Checking that a file is a
knowledge base by open() and close() released every POSIX lock the process held on it (the shared
lock of a server's open connections included): a build closing its connection then took the file
for unused and deleted its WAL and shared-memory index under the server, whose connections all read
"database disk image is malformed" from then on (found serving a knowledge base rebuilt in place)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from pipeline.store import reader
from pipeline.store.schema import create


def _kb(path) -> None:
    con = sqlite3.connect(path)
    create(con)
    con.execute("INSERT INTO documents (id, path, format, encoding, size, original, clean, offsets, quality) "
                "VALUES ('d', 'a.txt', 'txt', 'utf-8', 1, 'x', 'x', x'', '{}')")
    con.commit()
    con.execute("PRAGMA journal_mode=WAL")
    con.close()


_WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("INSERT INTO documents (id, path, format, encoding, size, original, clean, offsets, quality) "
            "VALUES (?, 'b.txt', 'txt', 'utf-8', 1, 'y', 'y', x'', '{}')", (sys.argv[2],))
con.commit()
con.close()
"""


def test_a_reader_opened_beside_others_keeps_their_locks(tmp_path):
    db = tmp_path / "kb.sqlite"
    _kb(db)
    held = reader.connect_readonly(db)
    assert held.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    for n in range(3):
        reader.connect_readonly(db).close()  # a pool's new connection after a rebuild
        assert reader.foreign_file(db) is None  # a build's or a reader's check of --db / --out
        subprocess.run([sys.executable, "-c", _WRITER, str(db), f"w{n}"], check=True)
        assert (tmp_path / "kb.sqlite-wal").exists()  # the writer saw our shared lock: not the last user
        fresh = reader.connect_readonly(db)
        assert fresh.execute("SELECT count(*) FROM documents").fetchone()[0] == n + 2
        assert held.execute("SELECT count(*) FROM documents").fetchone()[0] == n + 2
        fresh.close()
    held.close()


def test_a_file_that_is_no_database_is_still_told_apart(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("某县干部工作笔记\n" * 40, encoding="utf-8")
    assert reader.foreign_file(text) == "is not a knowledge base (not an SQLite file)"
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    assert "another program" in reader.foreign_file(other)
