"""An index round's reading of the rows put in (plain tuples, filter tokens cached per combination of
facet pairs) against the ``sqlite3.Row`` reading of every column it replaces (pipeline/search/index.py)."""
from __future__ import annotations

import shutil
import sqlite3

from pipeline.build import build
from pipeline.search import index as I
from tests.test_scale import SAMPLE


def test_filter_tokens_are_the_tokens_of_each_pair_joined():
    cases = [(), (("province", "福建省"),),
             (("province", "福建省"), ("city", "福建省/福州市"), ("year", "2023"), ("category", "select")),
             (("source", "县委 组织部"), ("slogan", "三个 区分开来"), ("group", "young")),
             (("county", "河北省/邯郸市/涉县"), ("township", "河北省/邯郸市/涉县/井店镇"))]
    for pairs in cases + cases:  # the second time from the cache
        assert I._filter_tokens(pairs) == " ".join(I.filter_token(f, v) for f, v in pairs)
    # (the bigrams and the filter tokens: measure_fts's two columns)
    assert I._entry_body(cases[2], "不用的文本", "干部 部考") == ("干部 部考", I._filter_tokens(cases[2]))
    assert I._entry_body(cases[1], "干部考核", None) == (I.index_text("干部考核"), "§p福建省")


def test_rows_in_give_the_entries_of_whole_rows(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in sorted(SAMPLE.glob("*.txt"))[:4]:
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    conn = sqlite3.connect(out)
    update = I.IndexUpdate(conn)  # the workers' bigrams are gone with the build: entries made from the text
    for table in ("index_batch", "index_in"):  # being put in, and put in by this round
        I._temp_ids(conn, table, (r[0] for r in conn.execute("SELECT id FROM articles")))
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM search_measures ORDER BY key").fetchall()
    conn.row_factory = None
    assert rows
    assert list(update._entries()) == [(r["key"], *I.measure_entry(r)[1]) for r in rows]
    assert update.n_added == len(rows)
    assert list(update._pairs_in()) == [(r["key"], I.facet_values(r)) for r in rows]
