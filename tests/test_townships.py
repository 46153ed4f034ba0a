"""The township level in search, frames and comparison: two articles of one county are placed in
two same-named townships by hand (the sample corpus itself names few townships)."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from pipeline.store import kb
from pipeline.store import reader
from pipeline import search as S
from pipeline.search.index import rebuild_index
from pipeline.report.compare import compare


@pytest.fixture(scope="module")
def township_kb(sample_kb, tmp_path_factory):
    db, _ = sample_kb
    out = tmp_path_factory.mktemp("township") / "kb.sqlite"
    shutil.copy(db, out)
    c = sqlite3.connect(out)
    # Two townships of one county; one of them named like a township elsewhere in the KB.
    arts = [a for (a,) in c.execute("SELECT article_id FROM regions WHERE county IS NOT NULL ORDER BY article_id LIMIT 2")]
    c.execute("UPDATE regions SET township = '城关镇', code = substr(code, 1, 6) || '100000', confidence = 0.9"
              " WHERE article_id = ?", (arts[0],))
    c.execute("UPDATE regions SET township = '城关镇', code = substr(code, 1, 6) || '101000' WHERE article_id = ?", (arts[1],))
    rebuild_index(c)
    c.commit()
    c.close()
    return out, arts


def test_search_offers_townships_apart(township_kb):
    db, arts = township_kb
    conn = reader.connect_readonly(db)
    towns = S.facets(conn, None)["township"].values
    assert len(towns) == 2 and len({t["label"] for t in towns}) == 2  # 城关镇 shown with its county
    both = S.search(conn, "", S.Filters(township="城关镇"), limit=100)
    assert both.total == sum(t["count"] for t in towns) and both.notes and both.notes[0].kind == "several"
    one = S.search(conn, "", S.Filters(township=towns[0]["label"]), limit=100)
    assert one.total == towns[0]["count"] and {r["article_id"] for r in one.results} < set(arts)


def test_frames_and_comparison_by_township(township_kb, tmp_path):
    db, _ = township_kb
    with kb.open(db) as k:
        m = k.measures()
        assert "township" in m.columns and m["township"].notna().sum() > 0
        assert len(k.table("regions").columns) == 11
    rep = compare(db, "township", out=tmp_path)
    counts = rep.tables["township_x_category_counts"].df
    assert len(counts) == 2 and counts.index.name == "乡镇"
