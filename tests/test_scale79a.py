"""The search server at scale (tester ux79's findings 2-7 on a 20,000-article knowledge base): worker processes,
answers remembered per file version, catalogs made before a request asks, downloads sent as they are written.
No timing here: each test checks that work is not done again (statements run, functions called)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.request

from fastapi.testclient import TestClient
import pytest

from pipeline import search as S
from pipeline.search import catalog as C
from pipeline.search.web import create_app
from pipeline.search.web.state import KBPool
from pipeline.store import reader


@pytest.fixture
def own_copy(sample_kb, tmp_path):
    """A copy of the sample knowledge base: a file version no other test has made catalogs of."""
    db, _ = sample_kb
    shutil.copy(db, tmp_path / "kb.sqlite")
    return tmp_path / "kb.sqlite"


def _statements(conn, fn):
    """The SQL statements ``fn()`` runs on ``conn``."""
    ran = []
    conn.set_trace_callback(ran.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return ran


# finding 2: several worker processes


def test_serve_starts_worker_processes_that_serve_the_file_by_name(own_copy, monkeypatch):
    import uvicorn.supervisors

    from pipeline.search import web

    started = []

    class Supervisor:
        def __init__(self, config, sockets):
            started.append((config, sockets))

        def run(self):
            for s in started[-1][1]:
                s.close()

    monkeypatch.setattr(uvicorn.supervisors, "Multiprocess", Supervisor)
    monkeypatch.delenv(web.SERVE_DB, raising=False)
    web.serve(own_copy, port=0, workers=3)
    config, _ = started[0]
    assert config.workers == 3 and config.factory and config.app == "pipeline.search.web:served_app"
    assert os.environ[web.SERVE_DB] == str(own_copy.absolute())  # (what each spawned worker reads)
    body = TestClient(web.served_app()).get("/api/search", params={"q": "干部", "limit": 1}).json()
    assert body["total"] > 0


def test_serve_workers_answers_from_worker_processes(own_copy):
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(own_copy), "--port", "0",
                             "--workers", "2"], stderr=subprocess.PIPE, text=True)
    try:
        said = proc.stderr.readline()
        assert "2 worker processes" in said, said
        port = re.search(r":(\d+)/", said).group(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=%E5%B9%B2%E9%83%A8&limit=0", timeout=120) as r:
            assert r.status == 200 and b'"total"' in r.read()
    finally:
        proc.terminate()
        proc.wait(timeout=60)


# finding 3: similar measures remembered, candidates read from the best-ranked keys


def test_similar_measures_are_remembered_per_file_version(own_copy):
    conn = reader.connect_readonly(own_copy)
    m = S.search(conn, "挂职", limit=1).results[0]["measure_id"]
    first = S.similar(conn, m, 5)
    ran = _statements(conn, lambda: S.similar(conn, m, 5))
    assert first and not [s for s in ran if "measure_fts" in s]
    again = S.similar(conn, m, 5)
    again[0]["score"] = -1  # (each caller its own copy)
    assert S.similar(conn, m, 5) == first


def test_similar_candidates_are_those_of_reading_every_match(conn, monkeypatch):
    from pipeline.search import neighbours as N

    for r in S.search(conn, "干部", limit=30).results:
        row = conn.execute("SELECT * FROM search_measures WHERE measure_id = ?", (r["measure_id"],)).fetchone()
        expr = " OR ".join(f'"{g}"' for g in sorted(N._grams(row["text"]))[:N._RARE])
        quick = [x["key"] for x in N._candidates(conn, expr, row)]
        monkeypatch.setattr(N, "_MARGIN", 0)  # (no key read first: every match's row, as before)
        assert quick == [x["key"] for x in N._candidates(conn, expr, row)]
        monkeypatch.undo()


# finding 4: the article search's facets remembered per file version


def test_article_facets_are_remembered_per_file_version(own_copy):
    conn = reader.connect_readonly(own_copy)
    res = S.find_articles(conn, "干部")
    first = S.article_facets(conn, res.query, res.resolved)
    ran = _statements(conn, lambda: S.article_facets(conn, res.query, res.resolved))
    assert first and not [s for s in ran if "GROUP BY" in s]
    assert S.article_facets(conn, res.query, res.resolved) == first


# finding 6: the search page's count of the articles holding the words remembered per file version


def test_article_count_with_a_category_is_remembered(own_copy):
    conn = reader.connect_readonly(own_copy)
    result = S.search(conn, "干部", S.Filters(category="tolerate"), limit=1)
    result.total = 0  # (as when fewer than 10 measures match: the page counts the articles)
    n = S.articles_found(conn, result)
    ran = _statements(conn, lambda: S.articles_found(conn, result))
    assert n and not [s for s in ran if "count(*)" in s]


# finding 5: the catalogs made before a request asks, and once


def test_the_pool_makes_both_catalogs_before_any_request(own_copy, monkeypatch):
    pool = KBPool(str(own_copy))
    key = pool.warm()
    made = []

    def counted(make):  # (another test's app may be making its own catalogs meanwhile: only this file's count)
        return lambda conn: (made.append(conn.file_key), make(conn))[1]

    monkeypatch.setattr(C, "_article_catalog", counted(C._article_catalog))
    monkeypatch.setattr(C, "Catalog", counted(C.Catalog))
    conn = pool.acquire()
    try:
        assert conn.file_key == key
        C.catalog(conn), C.catalog(conn, articles=True)
    finally:
        pool.release(conn)
    assert [k for k in made if k and k[0] == str(own_copy)] == []


def test_a_catalog_asked_for_at_once_is_made_once(own_copy, monkeypatch):
    made, go = [], threading.Event()
    real = C._article_catalog

    def slow(conn):
        made.append((conn.file_key or ("",))[0])  # (another test's app may be making its own meanwhile: only this file's count)
        go.wait(5)
        return real(conn)

    monkeypatch.setattr(C, "_article_catalog", slow)
    conns = [reader.connect_readonly(own_copy, check_same_thread=False) for _ in range(4)]
    got = []
    threads = [threading.Thread(target=lambda c=c: got.append(C.catalog(c, articles=True))) for c in conns]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    assert made.count(str(own_copy)) == 1 and len({id(c) for c in got}) == 1


def test_a_rebuilt_file_is_made_ready_without_a_request(own_copy):
    pool = KBPool(str(own_copy))
    warmed = pool.warm()
    os.utime(own_copy, ns=(1, 1))  # (a new version, as a rebuild's rename)
    stop = threading.Event()
    follower = threading.Thread(target=pool.follow, args=(warmed, stop, 0.01))
    follower.start()
    try:
        new = reader.file_key(own_copy)
        for _ in range(3000):
            if (*new, True) in C._catalogs:
                break
            stop.wait(0.01)
        assert (*new, False) in C._catalogs and (*new, True) in C._catalogs
    finally:
        stop.set()
        follower.join()


# finding 7: a CSV sent as it is written; the page says a large download takes seconds


def test_a_csv_download_is_sent_in_chunks(sample_kb, monkeypatch):
    from pipeline.search.web import downloads

    monkeypatch.setattr(downloads, "CHUNK", 2)
    db, _ = sample_kb
    c = TestClient(create_app(db))
    r = c.get("/export.csv", params={"q": "干部"})
    assert r.status_code == 200 and "content-length" not in r.headers  # (a whole body has its length)
    rows = r.text.lstrip("\ufeff").splitlines()
    n = int(r.headers["X-Returned-Count"])
    chunks = list(downloads.csv_chunks(({"a": i} for i in range(5)), ["a"]))
    assert len(chunks) == 3 and "".join(chunks) == downloads.to_csv([{"a": i} for i in range(5)], ["a"])
    assert n > 2 and len(rows) >= n + 1


def test_the_page_says_a_large_download_takes_seconds(client, monkeypatch):
    from pipeline.search.web import pages

    assert "download-slow" not in client.get("/", params={"q": "干部"}).text
    monkeypatch.setattr(pages, "SLOW_DOWNLOAD", 2)
    assert 'id="download-slow"' in client.get("/", params={"q": "干部"}).text
    assert 'id="download-slow"' in client.get("/articles", params={"q": "干部"}).text
