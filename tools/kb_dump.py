"""Dump a knowledge base's tables as sorted text, one file per table, to compare two builds.

Volatile values (build times, absolute paths, file mtimes, the model's training time) are
left out, so a KB built before and after a code change dumps equal when behaviour is unchanged.

    python tools/kb_dump.py outputs/kb.sqlite /tmp/dump-before
    diff -r /tmp/dump-before /tmp/dump-after
"""
from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

# FTS shadow tables restate their base tables; meta and sources hold paths, times and hashes of code.
SKIP_SUFFIXES = ("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config", "_fts_content")
SKIP = {"meta", "sources", "sqlite_sequence", "sqlite_stat1"}


def tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return [n for n in names if n not in SKIP and not n.endswith(SKIP_SUFFIXES)]


def dump(db: Path, out: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out.mkdir(parents=True, exist_ok=True)
    digests = {}
    for name in tables(conn):
        rows = sorted(repr(tuple(bytes(v).hex() if isinstance(v, (bytes, memoryview)) else v for v in row))
                      for row in conn.execute(f'SELECT * FROM "{name}"'))
        text = "\n".join(rows) + "\n"
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        digests[name] = f"{len(rows)} {hashlib.sha256(text.encode()).hexdigest()[:16]}"
    (out / "SUMMARY").write_text("".join(f"{k}\t{v}\n" for k, v in digests.items()), encoding="utf-8")
    return digests


if __name__ == "__main__":
    for k, v in dump(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(k, v)
