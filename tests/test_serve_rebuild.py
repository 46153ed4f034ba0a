"""The server follows rebuilds; the page's look-ups use indexes; foreign keys are enforced and indexed."""
from __future__ import annotations

import socket
import sqlite3
import threading

import pytest

from pipeline.store import reader, writer
from pipeline import search as S
from pipeline.search.catalog import catalog
from pipeline.build import build
from tests.test_scale import ROOT

OLD = "基层干部\n来源：测试稿\n2021年4月2日\n\n县里推行晨曦计划，每年安排15名年轻干部到信访窗口跟班。\n"
NEW = "基层干部\n来源：测试稿\n2024年9月3日\n\n县里启动星火计划，选派30名机关干部到村任职两年。\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live(tmp_path, segmenter):
    """A KB built from one article, served by uvicorn on 127.0.0.1."""
    import uvicorn

    from pipeline.search.web import create_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(OLD, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, model=None)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    started = threading.Event()
    for _ in range(400):  # bounded wait for start-up; nothing below depends on how long it took
        if srv.started:
            started.set()
            break
        threading.Event().wait(0.025)
    assert started.is_set()
    yield corpus, db, f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


@pytest.mark.parametrize("how", ["incremental", "fresh"])
def test_twenty_clients_see_no_error_while_a_rebuild_replaces_the_file(live, how, tmp_path):
    """An incremental build changes the file in place, in one transaction; a fresh one (here: another
    codebook) renames a new file over it.  Either way no client fails, and all see the new text."""
    import httpx

    corpus, db, base = live
    codebook = None
    if how == "fresh":
        codebook = tmp_path / "codebook.yaml"
        codebook.write_text((ROOT / "pipeline/resources/codebook.yaml").read_text(encoding="utf-8") + "\n# another\n",
                            encoding="utf-8")
    statuses: list[int] = []
    saw_new = [False] * 20
    running = threading.Barrier(21)
    lock = threading.Lock()

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            for i in range(400):  # bounded by requests, not by time
                path = ("/api/search", "/", "/api/search")[i % 3]
                # (facets=1 is the API's: the page always shows its facets and refuses a parameter it does not read)
                r = c.get(path, params={"q": "星火计划" if i % 2 else "干部"} | ({"facets": "1"} if path != "/" else {}))
                with lock:
                    statuses.append(r.status_code)
                if i == 0:
                    running.wait()
                if path == "/api/search" and i % 2 and r.json()["total"] > 0:
                    saw_new[k] = True
                    return

    threads = [threading.Thread(target=client, args=(k,)) for k in range(20)]
    for t in threads:
        t.start()
    running.wait()  # every client has a request behind it and keeps going
    (corpus / "a.txt").unlink()
    (corpus / "b.txt").write_text(NEW, encoding="utf-8")
    inode = db.stat().st_ino
    report = build(corpus, db, model=None, codebook=codebook and str(codebook))
    assert report.mode == ("full" if how == "fresh" else "incremental")
    assert (db.stat().st_ino == inode) == (how == "incremental")  # changed in place, or replaced
    for t in threads:
        t.join()
    assert statuses and all(s == 200 for s in statuses), sorted(set(statuses))
    assert all(saw_new), saw_new
    r = httpx.get(base + "/api/search", params={"q": "晨曦计划"})
    assert r.status_code == 200 and r.json()["total"] == 0  # the old content is gone


def _plans(conn: sqlite3.Connection, statements: list[str]) -> dict[str, str]:
    return {sql: " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)) for sql in statements}


def test_the_pages_lookups_use_indexes(sample_kb):
    db, _ = sample_kb
    conn = reader.connect_readonly(db)
    catalog(conn).arrays(conn)  # values and facet arrays are loaded once per file version, not per request
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    res = S.search(conn, "干部", S.Filters(province="福建"), limit=20)
    S.facets(conn, res.query, S.Filters(province="福建"))
    S.search(conn, "", S.Filters(category="tolerate"), limit=20)
    S.article(conn, res.results[0]["article_id"])
    S.similar(conn, res.results[0]["measure_id"])
    conn.set_trace_callback(None)
    # FTS5's own statements on its shadow tables ('main'.'measure_fts_data') are not ours to index.
    lookups = [s for s in seen if s.lstrip().upper().startswith("SELECT") and "'main'." not in s]
    per_hit = [s for s in lookups if "measure_id = " in s or "key IN" in s or "article_id = " in s]
    assert any("FROM figures WHERE measure_id" in s for s in per_hit)
    assert any("FROM measure_links" in s for s in per_hit)
    for sql, plan in _plans(conn, lookups).items():
        full_scans = [step for step in plan.split(" | ") if step.startswith("SCAN ") and "VIRTUAL TABLE" not in step
                      and "USING" not in step]
        assert not full_scans, (sql, plan)
    plans = _plans(conn, per_hit)
    assert all("USING" in p or "VIRTUAL TABLE" in p for p in plans.values()), plans


def test_every_foreign_key_is_indexed_and_holds(sample_kb):
    db, _ = sample_kb
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")]
    checked = 0
    for t in tables:
        leading = {conn.execute(f"PRAGMA index_info('{ix[1]}')").fetchone()[2] for ix in conn.execute(f"PRAGMA index_list('{t}')")}
        pk = {r[1] for r in conn.execute(f"PRAGMA table_info('{t}')") if r[5] == 1}
        for fk in conn.execute(f"PRAGMA foreign_key_list('{t}')"):
            assert fk[3] in leading | pk, f"{t}.{fk[3]} -> {fk[2]} has no index"
            checked += 1
    assert checked >= 20


def test_a_record_pointing_nowhere_fails_the_build(tmp_path):
    out = tmp_path / "kb.sqlite"
    with pytest.raises(sqlite3.IntegrityError):
        with writer.atomic_db(out) as c:
            c.execute("INSERT INTO figures (article_id, idx, text, start, end, orig_start, orig_end)"
                      " VALUES ('no-such-article', 0, '12名', 0, 3, 0, 3)")
    assert not out.exists()


def test_a_file_that_keeps_changing_while_it_is_opened_still_gives_an_open_connection(tmp_path, monkeypatch):
    """A build writing without pause changes the file's key between every look: after its attempts the
    reader returns the last connection it opened, open (it once returned it closed: 'Cannot operate on a
    closed database' in a request during an incremental rebuild)."""
    db = tmp_path / "kb.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("CREATE TABLE meta (key, value)")  # (a knowledge base's tables: readers refuse another database)
    conn.execute("CREATE TABLE articles (id)")
    conn.commit()
    conn.close()
    ticks = iter(range(10_000))
    monkeypatch.setattr(reader, "file_key", lambda path: next(ticks))
    got = reader.connect_readonly(db)
    assert got.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    got.close()
