"""The first ask for a measure's similar measures (session 79, finding 3): the index ranked every measure matching any
of its 24 rarest bigrams, a short measure's common ones (工作, 干部) among them, 124,000-281,000 measures of a
20,000-article knowledge base.  The rarest bigrams propose first, as many as match neighbours.\\_MATCHED measures
together; all 24 only when a measure outside them could still rank (neighbours._beyond)."""
from __future__ import annotations

import re

import pytest

from pipeline.search import neighbours as N


def _ranked_by_the_index(conn, measure_id: int, monkeypatch) -> list[int]:
    """How many measures each index query of a first ask ranks (the MATCH expressions it ran, counted)."""
    expressions: list[str] = []
    real = N._candidates
    monkeypatch.setattr(N, "_candidates", lambda c, expression, row: expressions.append(expression) or real(c, expression, row))
    N._similar(conn, N.catalog(conn), measure_id, 5)
    return [conn.execute("SELECT count(*) FROM measure_fts WHERE measure_fts MATCH ?", (e,)).fetchone()[0]
            for e in expressions]


def _commonest_bigram(conn, measure_id: int) -> tuple[str, int]:
    text = conn.execute("SELECT text FROM search_measures WHERE measure_id = ?", (measure_id,)).fetchone()[0]
    grams = sorted(N._grams(text))
    df = dict(conn.execute(f"SELECT term, doc FROM measure_vocab WHERE term IN ({','.join('?' * len(grams))})", grams))
    return max(df.items(), key=lambda x: x[1])


@pytest.fixture
def a_measure_with_a_common_bigram(conn):
    """A measure holding 干部 (the sample's commonest word of the genre) and at least _RARE bigrams' worth of rarer
    ones, so that the old expression held 干部 too."""
    for mid, text in conn.execute("SELECT measure_id, text FROM search_measures WHERE text LIKE '%干部%' ORDER BY measure_id"):
        if len(N._grams(text)) <= N._RARE and len(re.findall("干部", text)) == 1:
            return mid
    pytest.skip("no such measure in the sample")


def test_the_first_ask_ranks_only_the_rare_bigrams_measures(conn, a_measure_with_a_common_bigram, monkeypatch):
    mid = a_measure_with_a_common_bigram
    common, df = _commonest_bigram(conn, mid)
    monkeypatch.setattr(N, "_MATCHED", df // 2, raising=False)  # (the sample is small: its budget scaled down)
    ranked = _ranked_by_the_index(conn, mid, monkeypatch)
    assert ranked and ranked[0] < df, (common, df, ranked)  # (the old expression matched every measure of 干部)


def test_every_measure_has_the_neighbours_all_rare_bigrams_give(conn, monkeypatch):
    """The bound: where a measure outside the few rarest bigrams' could rank, all of them propose, so the neighbours
    are those of the full expression for every measure of the sample, with a budget of a few measures."""
    cat = N.catalog(conn)
    ids = [mid for (mid,) in conn.execute("SELECT measure_id FROM search_measures ORDER BY measure_id")]
    monkeypatch.setattr(N, "_MATCHED", 10**9, raising=False)
    whole = {mid: [(r["measure_id"], round(r["score"], 9)) for r in N._similar(conn, cat, mid, 5)] for mid in ids}
    monkeypatch.setattr(N, "_MATCHED", 3, raising=False)
    few = {mid: [(r["measure_id"], round(r["score"], 9)) for r in N._similar(conn, cat, mid, 5)] for mid in ids}
    assert few == whole


def test_the_bound_is_the_cosine_of_a_measure_holding_exactly_the_other_bigrams():
    weights = {"容错": 5.0, "纠错": 4.0, "干部": 1.0, "工作": 0.5}
    other = N._grams("干部工作")  # (holds only the bigrams not proposed, and nothing else of its own that weighs)
    [(_, cosine)] = N.rank(weights, [("x", {g for g in other if g in weights})])
    assert abs(N._beyond(weights, ["容错", "纠错"]) - cosine) < 1e-9
