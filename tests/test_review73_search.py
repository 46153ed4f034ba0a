"""Review of session 73 (search, web, downloads, comparison): old knowledge bases, inconsistent rows, control
characters in a filter, a comparison of unmeasured articles, year words."""
from __future__ import annotations

import shutil
import sqlite3

import pytest


def _copy(sample_kb, tmp_path, name="kb.sqlite"):
    db, _ = sample_kb
    out = tmp_path / name
    shutil.copy(db, out)
    return out


def _client(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(db), raise_server_exceptions=False)


# --- 3: similar measures on a knowledge base built before reposts were detected --------------------------------------

def test_similar_measures_answer_on_a_kb_without_canonical_ids(sample_kb, tmp_path):
    db = _copy(sample_kb, tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP INDEX IF EXISTS articles_canonical")
        conn.execute("ALTER TABLE articles DROP COLUMN canonical_id")
        mid = conn.execute("SELECT measure_id FROM search_measures LIMIT 1").fetchone()[0]
    c = _client(db)
    assert c.get(f"/api/measures/{mid}/similar").status_code == 200
    assert c.get("/api/measures/99999999/similar").status_code == 404


# --- 8: a control character typed in a filter or found in a text ---------------------------------------------------

def test_an_xlsx_download_with_a_control_character_in_a_filter_is_written(client):
    r = client.get("/export.xlsx", params={"q": "干部", "county": "某县\x01"})
    assert r.status_code in (200, 400), r.text[:200]
    r = client.get("/export.xlsx", params={"q": "干部\x01"})
    assert r.status_code == 200


def test_a_sheet_drops_control_characters_from_its_cells():
    import io

    import openpyxl
    import pandas as pd

    from pipeline.report.sheets import workbook, write_sheet

    buf = io.BytesIO()
    with workbook(buf) as book:
        write_sheet(book, pd.DataFrame({"text": ["村里\x0b开会", "=1\x01+2"], "n": [1, 2]}), "表")
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).worksheets[0]
    assert [c.value for c in ws["A"]][1:] == ["村里开会", "=1+2"]


# --- 11: a comparison whose placed articles have no measure says so ---------------------------------------------------

def test_compare_says_placed_articles_lack_measures_rather_than_no_article_placed(sample_kb, tmp_path):
    from pipeline.report.compare import compare

    db = _copy(sample_kb, tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM search_measures")  # (the measures a comparison reads)
        conn.execute("DELETE FROM measures")
    with pytest.raises(ValueError) as e:
        compare(db, by="county", out=tmp_path / "reports")
    assert "no article of this knowledge base is placed" not in str(e.value)
    assert "have no measure" in str(e.value)


# --- 12: "up to a year" in the other ways people write it ------------------------------------------------------------

def test_a_year_filter_reads_every_way_of_writing_up_to(client, sample_kb):
    from conftest import sql_rows

    db, _ = sample_kb
    years = sorted(y for (y,) in sql_rows(db, "SELECT DISTINCT year FROM search_measures WHERE year IS NOT NULL"))
    last = years[-1]
    want = client.get("/api/search", params={"year": f"{last}年以前"}).json()["total"]
    assert want > 0
    for y in (f"{last}年之前", f"{last}年前", f"截至{last}年", f"截止{last}", f"{last}年及之前"):
        r = client.get("/api/search", params={"year": y})
        assert r.status_code == 200 and r.json()["total"] == want, (y, r.text[:200])


# --- 7: the article catalog's numbers need not run 0..count-1 ----------------------------------------------------------

def test_tiebreak_ranks_take_numbers_with_gaps():
    # the article catalog keeps the measures' numbers of the values its articles have: a value whose only article
    # became a repost leaves a gap (numbers 0 and 2 of three), which indexed past the array (IndexError, a 500)
    from pipeline.search.catalog import Value, _ranks

    vals = [Value("county", "乙县", "乙县", 1, "2", "", (), 2), Value("county", "甲县", "甲县", 1, "1", "", (), 0)]
    ranks = _ranks(vals)
    assert len(ranks) == 3 and ranks[0] == 0 and ranks[2] == 1 and ranks[1] == 2



# --- 9: the article catalog labels values from the stored rows, not from the gazetteer ---------------------------------

def test_the_article_catalog_takes_stored_labels_without_loading_the_gazetteer(sample_kb, monkeypatch):
    import pipeline.extract.regions as R
    from pipeline.search import catalog as C
    from pipeline.store.reader import connect_readonly

    db, _ = sample_kb
    conn = connect_readonly(db)
    stored = {(f, v) for f, v in conn.execute("SELECT facet, value FROM search_facet_values")}
    loads = []
    real = R.Gazetteer.load.__func__ if hasattr(R.Gazetteer.load, "__func__") else R.Gazetteer.load
    monkeypatch.setattr(R.Gazetteer, "load", classmethod(lambda cls, *a, **k: loads.append(1) or real(cls, *a, **k)))
    cat = C._article_catalog(conn)
    own = {(f, x.value) for f in C.ARTICLE_FACETS for x in cat.values.get(f, [])}
    if own <= stored:  # (every value of an article is a measure's too: nothing to label anew)
        assert loads == []
    for f in C.ARTICLE_FACETS:
        for x in cat.values.get(f, []):
            if (f, x.value) in stored:
                label = conn.execute("SELECT label FROM search_facet_values WHERE facet = ? AND value = ?", (f, x.value)).fetchone()[0]
                assert x.label == label


# --- 10: the article filters look their values up, no scan of regions and articles per query ------------------------

def _plan(conn, filters, words=""):
    from pipeline.search import Filters
    from pipeline.search.articles import _matching
    from pipeline.search.catalog import catalog
    from pipeline.search.filters import resolve
    from pipeline.search.syntax import parse

    m, p = _matching(parse(words), resolve(catalog(conn, articles=True), Filters(**filters)), conn)
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT s.article_id " + m, p))


def test_article_filters_read_the_index_not_regions_or_articles(sample_kb):
    from pipeline.search import Filters, find_articles
    from pipeline.search.catalog import catalog
    from pipeline.store.reader import connect_readonly

    db, _ = sample_kb
    conn = connect_readonly(db)
    cat = catalog(conn, articles=True)
    county, source, year = (cat.values[f][0] for f in ("county", "source", "year"))
    for filters in ({"county": county.value}, {"source": source.value}, {"year": year.value},
                    {"county": county.value, "source": source.value}):
        plan = _plan(conn, filters)
        assert "SCAN r" not in plan and "SCAN articles" not in plan and "regions" not in plan, (filters, plan)
    for facet, v in (("county", county), ("source", source), ("year", year)):
        assert find_articles(conn, "", Filters(**{facet: v.value}), limit=100).total == v.n


def test_an_index_made_before_the_article_values_gets_them_on_its_next_update(sample_kb, tmp_path):
    from pipeline.search import Filters, find_articles
    from pipeline.search.index import IndexUpdate
    from pipeline.store.reader import connect_readonly

    db = _copy(sample_kb, tmp_path)
    with sqlite3.connect(db) as conn:
        want = conn.execute("SELECT count(*) FROM search_article_values").fetchone()[0]
        conn.execute("DROP TABLE search_article_values")
    old = connect_readonly(db)
    county = old.execute("SELECT value FROM search_facet_values WHERE facet = 'county' LIMIT 1").fetchone()[0]
    before = find_articles(old, "", Filters(county=county), limit=100).total  # (read as before: regions)
    old.close()
    with sqlite3.connect(db) as conn:
        IndexUpdate(conn).commit()
        assert conn.execute("SELECT count(*) FROM search_article_values").fetchone()[0] == want > 0
    assert find_articles(connect_readonly(db), "", Filters(county=county), limit=100).total == before > 0
