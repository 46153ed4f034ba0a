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
