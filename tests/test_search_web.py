"""Search, the staff page and its API, exports, the Python API, and regional comparison."""
from __future__ import annotations

import json
import re
import sqlite3

from click.testing import CliRunner
import pytest

from pipeline import kb, search as S
from pipeline.cli import cli


@pytest.fixture(scope="module")
def conn(sample_kb):
    db, _ = sample_kb
    return kb.connect_readonly(db)


@pytest.fixture(scope="module")
def client(sample_kb):
    from fastapi.testclient import TestClient

    from pipeline.web import create_app

    db, _ = sample_kb
    return TestClient(create_app(db))


@pytest.mark.parametrize("term", ["干部", "容错", "挂职", "驻村", "考核", "提拔", "选调", "补贴"])
def test_two_character_queries_find_every_substring_hit(conn, term):
    """The bigram index returns exactly the measures that contain the term (>= 99 %)."""
    truth = {i for i, t in conn.execute("SELECT id, text FROM measures") if term in t}
    got = S.search(conn, term, limit=500)
    assert truth, term
    assert got.total == len(truth)
    assert {r["measure_id"] for r in got.results} == truth


def test_longer_phrase_and_ambiguous_segmentation(conn):
    truth = {i for i, t in conn.execute("SELECT id, text FROM measures") if "容错纠错" in t}
    assert {r["measure_id"] for r in S.search(conn, "容错纠错", limit=500).results} == truth
    # A text where jieba would cut 从容/错 still matches 容错 as a substring.
    c = sqlite3.connect(":memory:")
    c.row_factory = sqlite3.Row
    c.executescript(S.INDEX_SCHEMA)
    c.execute("INSERT INTO measure_fts(rowid, body) VALUES (1, ?)", (S.index_text("他从容错过了末班车"),))
    assert c.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?", (S.fts_expression("容错"),)).fetchall()


def test_traditional_query_finds_the_same(conn):
    a = S.search(conn, "容错纠错", limit=100)
    b = S.search(conn, "容錯糾錯", limit=100)
    assert a.total == b.total > 0 and [r["measure_id"] for r in a.results] == [r["measure_id"] for r in b.results]


def test_ranking_and_snippets(conn):
    res = S.search(conn, "驻村第一书记", limit=5)
    scores = [r["score"] for r in res.results]
    assert scores == sorted(scores, reverse=True)
    assert all("<mark>驻村第一书记</mark>" in r["snippet"] for r in res.results)


@pytest.mark.parametrize("q", ['"容错', "容错 AND 纠错", "驻村*", "NOT 干部", "(挂职)", "干部\"\""])
def test_fts_syntax_is_never_parsed(conn, q):
    res = S.search(conn, q, limit=5)
    assert res.total >= 0  # no exception: the characters are searched literally or dropped


@pytest.mark.parametrize("q", ['"', "***", "AND OR", "   "])
def test_nothing_to_search_is_a_friendly_error(conn, q):
    if not q.strip():
        assert S.search(conn, q).order == "date"
        return
    with pytest.raises(S.QueryError, match="请输入"):
        S.search(conn, q)


def test_filters_and_facets(conn):
    all_ = S.search(conn, "干部", limit=500)
    prov = S.facets(conn, "干部")["province"]
    top, n = prov[0]
    only = S.search(conn, "干部", S.Filters(province=top), limit=500)
    assert only.total == n and all(r["region"]["province"] == top for r in only.results)
    cat = S.search(conn, "", S.Filters(category="tolerate"), limit=500)
    assert cat.total > 0 and all(any(c["id"] == "tolerate" for c in r["categories"]) for r in cat.results)
    assert sum(n for _, n in prov) <= all_.total
    year = S.facets(conn, None)["year"]
    assert year and all(isinstance(y, int) for y, _ in year)


def test_similar_measures_come_from_other_regions(conn):
    r = S.search(conn, "挂职", limit=1).results[0]
    near = S.similar(conn, r["measure_id"], 5)
    assert near
    here = tuple(r["region"].values())
    assert all(tuple(x["region"].values()) != here for x in near)


def test_api_contract(client):
    r = client.get("/api/search", params={"q": "容错纠错", "limit": 3})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 1
    hit = body["results"][0]
    for key in ("measure_id", "text", "snippet", "article_id", "title", "date", "region", "categories", "figures", "slogans"):
        assert key in hit
    a = client.get(f"/api/articles/{hit['article_id']}").json()
    assert a["id"] == hit["article_id"] and any(m["measure_id"] == hit["measure_id"] for m in a["measures"])
    r = client.get("/api/search", params={"q": "干部", "province": "福建省", "category": "tolerate", "facets": "1"})
    assert all(x["region"]["province"] == "福建省" for x in r.json()["results"])
    assert "province" in r.json()["facets"]


def test_unparseable_query_gives_a_message_not_an_error_page(client):
    r = client.get("/api/search", params={"q": '"AND *'})
    assert r.status_code == 400 and "请输入" in r.json()["error"]
    page = client.get("/", params={"q": '"AND *'})
    assert page.status_code == 200 and "请输入" in page.text and "Traceback" not in page.text


def test_page_article_original_and_downloads(client):
    page = client.get("/", params={"q": "驻村第一书记"})
    assert page.status_code == 200 and "<mark>驻村第一书记</mark>" in page.text
    assert 'data-facet="province"' in page.text and "下载 CSV" in page.text
    hit = client.get("/api/search", params={"q": "驻村第一书记"}).json()["results"][0]
    art = client.get(f"/articles/{hit['article_id']}", params={"m": hit["measure_id"], "similar": 1})
    assert art.status_code == 200 and '<mark id="measure">' in art.text and "查看原文" in art.text
    orig = client.get(f"/articles/{hit['article_id']}/original")
    assert orig.status_code == 200 and '<mark id="span">' in orig.text
    csv_ = client.get("/export.csv", params={"q": "驻村第一书记"})
    assert csv_.status_code == 200 and "measure_id" in csv_.text.splitlines()[0]
    assert len(csv_.text.strip().splitlines()) == client.get("/api/search", params={"q": "驻村第一书记"}).json()["total"] + 1
    xlsx = client.get("/export.xlsx", params={"q": "驻村第一书记"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/export.sqlite").status_code == 404


def test_values_are_escaped_in_the_page(tmp_path, segmenter):
    """An article carrying <script> and a malicious title is shown as text."""
    from fastapi.testclient import TestClient

    from pipeline.build import build
    from pipeline.web import create_app

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        '<script>alert("t")</script>县委选派干部\n来源:<img src=x onerror=alert(1)>报\n\n'
        '县委选派干部驻村<script>alert("x")</script>,提拔<b>年轻</b>干部12名。\n', encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, model=None)
    c = TestClient(create_app(db))
    page = c.get("/", params={"q": "选派"})
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text
    hit = c.get("/api/search", params={"q": "选派"}).json()["results"][0]
    art = c.get(f"/articles/{hit['article_id']}", params={"m": hit["measure_id"]})
    assert "<script>alert" not in art.text and "<img src=x" not in art.text and "<b>年轻" not in art.text
    orig = c.get(f"/articles/{hit['article_id']}/original")
    assert "<script>alert" not in orig.text


def test_database_is_opened_read_only(sample_kb):
    db, _ = sample_kb
    c = kb.connect_readonly(db)
    with pytest.raises(sqlite3.OperationalError):
        c.execute("DELETE FROM measures")


def test_cli_search_formats(sample_kb):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["search", "容错", "--db", str(db), "--format", "json", "--limit", "3"])
    assert r.exit_code == 0 and json.loads(r.output)["total"] >= 1
    r = CliRunner().invoke(cli, ["search", "驻村", "--db", str(db), "--format", "csv", "--province", "西藏自治区"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("measure_id")
    r = CliRunner().invoke(cli, ["search", "***", "--db", str(db)])
    assert r.exit_code == 1 and "请输入" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["search", "干部", "--db", "/nonexistent/kb.sqlite"])
    assert r.exit_code == 1 and "no knowledge base" in r.output


def test_python_api_returns_dataframes(sample_kb):
    db, _ = sample_kb
    with kb.open(db) as k:
        m = k.measures()
        assert len(m) > 100 and {"measure_id", "province", "categories", "text"} <= set(m.columns)
        assert len(k.figures()) > 100 and len(k.slogans()) > 10 and len(k.articles()) >= 20
        assert len(k.table("regions")) >= 20


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "xlsx"])
def test_export_every_table(sample_kb, tmp_path, fmt):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    files = sorted(p.name for p in tmp_path.iterdir())
    if fmt == "xlsx":
        import openpyxl

        assert files == ["kb.xlsx"]
        assert "measures" in openpyxl.load_workbook(tmp_path / "kb.xlsx", read_only=True).sheetnames
    else:
        assert f"measures.{fmt}" in files and f"figures.{fmt}" in files and len(files) == len(kb.KnowledgeBase.TABLES)
    if fmt == "parquet":
        import pandas as pd

        assert len(pd.read_parquet(tmp_path / "measures.parquet")) > 100


def test_compare_report(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "province", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    for name in ("province_x_category_counts.csv", "province_x_category_shares.csv", "province_x_group_shares.csv",
                 "figures_by_topic.csv", "slogans_by_region.csv", "slogan_spread.csv", "province_similarity.csv",
                 "heatmap_province_category.png", "heatmap_province_category.svg", "slogan_timeline.png",
                 "report.html", "comparison.xlsx"):
        assert (tmp_path / name).exists(), name
    import pandas as pd

    shares = pd.read_csv(tmp_path / "province_x_category_shares.csv", index_col=0)
    assert len(shares) >= 10 and ((shares >= 0) & (shares <= 1)).all().all()
    sims = pd.read_csv(tmp_path / "province_similarity.csv", index_col=0)
    assert (sims.values.diagonal().round(3) == 1).all()
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "heatmap_province_category.png" in html and "<table" in html
    topics = pd.read_csv(tmp_path / "figures_by_topic.csv")
    assert {"提拔重用", "职级晋升"} <= set(topics["topic"]) and topics["measure"].notna().all()
    import openpyxl

    assert len(openpyxl.load_workbook(tmp_path / "comparison.xlsx", read_only=True).sheetnames) >= 9


def test_article_search(client, sample_kb):
    r = client.get("/api/articles", params={"q": "容错纠错"})
    assert r.status_code == 200 and r.json()["results"]
    db, _ = sample_kb
    out = CliRunner().invoke(cli, ["search", "三个区分开来", "--articles", "--db", str(db)])
    assert out.exit_code == 0 and out.output.strip()
