"""Datasette on a built knowledge base: Chinese labels, foreign keys, and full-text search."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys

import pytest

from pipeline.store import reader
from pipeline import search as S
from pipeline.report.labels import metadata_path

pytest.importorskip("datasette")


@pytest.fixture(scope="module")
def datasette(sample_kb, tmp_path_factory):
    import httpx

    db, _ = sample_kb
    here = tmp_path_factory.mktemp("datasette") / "kb.sqlite"  # the metadata names the database "kb"
    shutil.copy(db, here)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(here), "-m", metadata_path(),
                             "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    try:
        for _ in range(600):  # bounded: until it answers or exits
            if proc.poll() is not None:
                pytest.fail("datasette exited: " + proc.stdout.read().decode(errors="replace"))
            try:
                client.get("/-/versions.json")
                break
            except httpx.TransportError:
                subprocess.run(["sleep", "0.05"])
        yield client, here
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)


def test_table_page_has_chinese_labels_and_foreign_keys(datasette):
    client, _ = datasette
    r = client.get("/kb/figures")
    assert r.status_code == 200
    assert "<h1" in r.text and "数据" in r.text and "举措编号" in r.text  # table title, column description
    assert "/kb/measures/" in r.text  # measure_id rendered as a link to its measure
    facets = client.get("/kb/search_measures.json", params={"_size": 0}).json()
    assert "province" in facets.get("facet_results", {}).get("results", facets.get("facet_results", {}))


def test_table_search_and_the_any_length_search(datasette, sample_kb):
    client, here = datasette
    conn = reader.connect_readonly(here)
    r = client.get("/kb/search_measures.json", params={"_search": "容错", "_shape": "objects", "_size": 100})
    assert r.status_code == 200
    assert r.json()["filtered_table_rows_count"] == S.search(conn, "容错").total > 0
    r = client.get("/kb/search_measures_any.json", params={"q": "驻村 OR 挂职 -补贴", "_shape": "objects"})
    assert r.status_code == 200
    got = {row["举措编号"] for row in r.json()["rows"]}
    assert got == {x["measure_id"] for x in S.search(conn, "驻村 OR 挂职 -补贴", limit=500).results} != set()
    r = client.get("/kb/search_articles.json", params={"_search": "容错", "_shape": "objects"})
    assert r.status_code == 200 and r.json()["rows"]
