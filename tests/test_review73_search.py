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
