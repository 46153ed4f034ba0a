"""An incremental build changes the knowledge base in place, in one transaction in WAL mode: a
build killed (SIGKILL) before its commit leaves the old version readable and whole, one killed
after it the new version; the next build settles the file, and a fresh build renamed over a file
a killed build left in WAL mode is not read with the old WAL."""
from __future__ import annotations

import os
from pathlib import Path
import shutil
import sqlite3
import subprocess
import sys

import pytest

from pipeline.build import build
from tests.test_scale import ROOT, SAMPLE, dump

# Runs one build in a subprocess that kills itself at POINT.  The page cache is made tiny so
# the transaction's pages spill into the WAL long before the commit.
_KILLED_BUILD = """
import contextlib, os, signal, sys
from pipeline.store import writer
from pipeline.search import index

real = writer.in_place

@contextlib.contextmanager
def spilling(path):
    with real(path) as conn:
        conn.execute("PRAGMA cache_size=2")
        yield conn

def die(*a, **k):
    os.kill(os.getpid(), signal.SIGKILL)

writer.in_place = spilling
if sys.argv[3] == "before-commit":
    index.IndexUpdate.commit = die  # the last step of the transaction
else:
    writer._copy_wal_in = die  # the first step after the commit
from pipeline.build import build
build(sys.argv[1], sys.argv[2], jobs=1, model=None, cache=False)
"""


def _killed_build(corpus: Path, out: Path, point: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", _KILLED_BUILD, str(corpus), str(out), point], env=env,
                          capture_output=True, cwd=ROOT)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]


def _documents(db: Path) -> set[str]:
    """What a read-only reader sees (after checking the file is whole)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {Path(p).name for (p,) in con.execute("SELECT path FROM documents")}
    finally:
        con.close()


@pytest.fixture
def kb(tmp_path, segmenter):
    if not SAMPLE.is_dir():
        pytest.skip("no sample corpus")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = sorted(SAMPLE.glob("*.txt"))
    for p in files[:3]:
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    shutil.copy(files[3], corpus / files[3].name)  # the change the killed builds write
    return corpus, out, {p.name for p in files[:3]}, {p.name for p in files[:4]}


def test_killed_before_the_commit_leaves_the_old_version(kb, tmp_path):
    corpus, out, old, new = kb
    inode = out.stat().st_ino
    _killed_build(corpus, out, "before-commit")
    wal = Path(f"{out}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the transaction's pages were written there
    assert out.stat().st_ino == inode
    assert _documents(out) == old
    report = build(corpus, out, jobs=1, model=None, cache=False)  # settles, then does the work
    assert report.mode == "incremental" and _documents(out) == new
    build(corpus, tmp_path / "fresh.sqlite", jobs=1, model=None, cache=False)
    assert dump(out) == dump(tmp_path / "fresh.sqlite")


def test_killed_after_the_commit_leaves_the_new_version(kb, tmp_path):
    corpus, out, _, new = kb
    _killed_build(corpus, out, "after-commit")
    assert Path(f"{out}-wal").stat().st_size > 0  # committed, not yet copied into the file
    assert _documents(out) == new
    assert build(corpus, out, jobs=1, model=None, cache=False).mode == "unchanged"
    alone = tmp_path / "alone.sqlite"  # settled: the file alone holds the new version, its WAL empty
    shutil.copy(out, alone)
    wal = Path(f"{out}-wal")  # (emptied; or gone: the last connection to close removes it)
    assert _documents(alone) == new and (not wal.exists() or wal.stat().st_size == 0)
    build(corpus, tmp_path / "fresh.sqlite", jobs=1, model=None, cache=False)
    assert dump(out) == dump(tmp_path / "fresh.sqlite")


def test_a_fresh_build_over_a_killed_one_is_not_read_with_its_wal(kb, tmp_path):
    corpus, out, _, new = kb
    _killed_build(corpus, out, "after-commit")  # its WAL holds frames of the old file's pages
    codebook = tmp_path / "codebook.yaml"  # another codebook: the next build starts afresh
    codebook.write_text((ROOT / "pipeline/resources/codebook.yaml").read_text(encoding="utf-8") + "\n# another\n",
                        encoding="utf-8")
    inode = out.stat().st_ino
    assert build(corpus, out, jobs=1, model=None, cache=False, codebook=str(codebook)).mode == "full"
    assert out.stat().st_ino != inode
    assert _documents(out) == new
    build(corpus, tmp_path / "fresh.sqlite", jobs=1, model=None, cache=False, codebook=str(codebook))
    assert dump(out) == dump(tmp_path / "fresh.sqlite")


def test_an_incremental_build_leaves_one_file(kb):
    corpus, out, _, new = kb
    inode = out.stat().st_ino
    assert build(corpus, out, jobs=1, model=None, cache=False).mode == "incremental"
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(out.name + "-")]  # its WAL copied in
    assert out.stat().st_ino == inode and _documents(out) == new
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_request_reads_one_version_while_a_build_commits(kb):
    from pipeline.search.web.state import KBPool

    corpus, out, old, new = kb

    def documents(conn) -> set[str]:
        return {Path(p).name for (p,) in conn.execute("SELECT path FROM documents")}

    pool = KBPool(str(out))
    conn = pool.acquire()  # a request under way
    assert documents(conn) == old
    assert build(corpus, out, jobs=1, model=None, cache=False).mode == "incremental"  # not blocked by it
    assert documents(conn) == old  # the rest of the request reads the version it started on
    pool.release(conn)
    conn = pool.acquire()  # the next request
    assert documents(conn) == new
    pool.release(conn)


def test_the_repair_totals_kept_in_meta_are_every_documents(kb, tmp_path):
    from pipeline.store import reader

    corpus, out, _, _ = kb
    (corpus / sorted(p.name for p in corpus.iterdir())[0]).unlink()  # one document out, one in (the fixture's)
    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert report.mode == "incremental" and report.removed == 1
    con = sqlite3.connect(out)
    every = reader.repairs_of(con, [d for (d,) in con.execute("SELECT id FROM documents")])
    assert reader.repair_totals(con) == every and sum(every.values()) > 0
    assert report.repairs == every
