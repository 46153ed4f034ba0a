"""The search index brought up to date round by round (articles added, removed, changed, reposts
whose canonical article moves) holds what an index built from scratch holds: rows, facet
values and counts, facet arrays and both FTS vocabularies."""
from __future__ import annotations

from pathlib import Path
import re
import shutil
import sqlite3

import pytest

from pipeline.build import build
from pipeline import search as S
from pipeline.store import reader
from tests.test_scale import SAMPLE, dump

BASE = ("chongqing_chengkou_ganbu_duiwu.txt", "fujian_fuzhou_gulou_ganbu_jiaoliu.txt",
        "hebei_handan_shexian_ganbu_kaohe.txt")


def _repost(src: Path, dst: Path, site: str, date: str) -> None:
    """The same article on another site: other source line and date, one line of site chrome."""
    text = src.read_text(encoding="utf-8")
    text = re.sub(r"来源：.*", f"来源：{site}", text, count=1)
    text = re.sub(r"发布时间：\S+", f"发布时间：{date}", text, count=1)
    dst.write_text(text + f"\n（{site}编辑部）\n", encoding="utf-8")


def _same_as_fresh(corpus: Path, out: Path, tmp: Path) -> sqlite3.Connection:
    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert report.mode == "incremental"
    fresh = tmp / f"fresh{len(list(tmp.glob('fresh*')))}.sqlite"
    build(corpus, fresh, jobs=1, model=None, cache=False)
    a, b = dump(out), dump(fresh)
    for table in a.keys() | b.keys():
        assert a.get(table) == b.get(table), table
    assert _seen_by_a_reader(out) == _seen_by_a_reader(fresh)
    return sqlite3.connect(out)


def _seen_by_a_reader(db: Path) -> tuple:
    conn = reader.connect_readonly(db)
    try:
        newest = [(r["article_id"], r["text"]) for r in S.search(conn, None, limit=50).results]  # ids differ, order not
        return S.facets(conn, "干部", limit=1000), S.search(conn, "干部", limit=50).total, newest
    finally:
        conn.close()


def _indexed(conn: sqlite3.Connection) -> set[str]:
    return {a for (a,) in conn.execute("SELECT article_id FROM search_articles")}


@pytest.fixture
def corpus(tmp_path):
    if not SAMPLE.is_dir():
        pytest.skip("no sample corpus")
    c = tmp_path / "corpus"
    c.mkdir()
    for name in BASE:
        shutil.copy(SAMPLE / name, c / name)
    return c


def test_rounds_of_changes_leave_the_index_a_fresh_build_would_make(corpus, tmp_path, segmenter):
    out = tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    first = SAMPLE / BASE[0]

    _repost(first, corpus / "later.txt", "某市新闻网", "2024-09-30")  # a later copy: not indexed
    conn = _same_as_fresh(corpus, out, tmp_path)
    later = conn.execute("SELECT a.id FROM articles a JOIN documents d ON d.id = a.doc_id"
                         " WHERE d.path LIKE '%later.txt'").fetchone()[0]
    assert conn.execute("SELECT canonical_id != id FROM articles WHERE id = ?", (later,)).fetchone()[0]
    assert later not in _indexed(conn)

    _repost(first, corpus / "earlier.txt", "某省组工网", "2024-08-01")  # an earlier copy: the canonical moves
    conn = _same_as_fresh(corpus, out, tmp_path)
    earlier = conn.execute("SELECT a.id FROM articles a JOIN documents d ON d.id = a.doc_id"
                           " WHERE d.path LIKE '%earlier.txt'").fetchone()[0]
    assert earlier in _indexed(conn) and not (_indexed(conn) & {later})

    (corpus / "earlier.txt").unlink()  # and back
    (corpus / BASE[1]).write_text((SAMPLE / BASE[1]).read_text(encoding="utf-8") + "\n全县新选派12名干部驻村。\n",
                                  encoding="utf-8")
    _same_as_fresh(corpus, out, tmp_path)

    for p in list(corpus.iterdir())[:-1]:  # almost everything goes
        p.unlink()
    _same_as_fresh(corpus, out, tmp_path)
