"""Similar measures are ranked by what they share of the measure's subject (an idf-weighted cosine over
character bigrams), not by one rare bigram in a short measure (BM25 alone put a hotline's line above two
measures on the same 容错纠错 mechanism)."""
from __future__ import annotations

from pipeline.search.neighbours import _grams, rank

MEASURE = "某县建立容错纠错机制，对改革创新中出现失误的干部予以容错免责，对受到不实举报的干部澄清正名。"
SAME_SUBJECT = "某市出台容错纠错办法，明确干部在改革创新中出现失误予以容错免责的情形，并为受不实举报者澄清正名。"
ONE_RARE_WORD = "某区开通正名热线。"
LONGER_SAME = SAME_SUBJECT + "同时组织全市乡镇干部开展业务培训，提高依法行政能力，完善年度考核评价体系。"


def _weights(df: dict[str, int], n: int = 1000) -> dict[str, float]:
    import math

    return {g: math.log((n + 1) / df.get(g, 50)) for g in _grams(MEASURE)}


def test_sharing_the_subject_beats_one_rare_bigram():
    weights = _weights({"正名": 2, "热线": 3})  # (the short one's word is the rarest of all)
    got = [x for x, _ in rank(weights, [(t, _grams(t)) for t in (ONE_RARE_WORD, SAME_SUBJECT)])]
    assert got == [SAME_SUBJECT, ONE_RARE_WORD]


def test_a_longer_measure_sharing_the_same_ranks_below_and_scores_are_cosines():
    scored = rank(_weights({}), [(t, _grams(t)) for t in (LONGER_SAME, SAME_SUBJECT)])
    assert [x for x, _ in scored] == [SAME_SUBJECT, LONGER_SAME]
    assert all(0 < s <= 1 for _, s in scored)
    [(_, itself)] = rank(_weights({}), [(MEASURE, _grams(MEASURE))])
    assert abs(itself - 1) < 1e-9


def test_the_api_gives_scored_neighbours_best_first(client, conn):
    mid = conn.execute("SELECT measure_id FROM search_measures ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
    got = client.get(f"/api/measures/{mid}/similar?k=5").json()["results"]
    assert got and [r["score"] for r in got] == sorted((r["score"] for r in got), reverse=True)
    assert all(0 < r["score"] <= 1 for r in got)  # cosines


def test_no_neighbour_under_the_floor_and_the_page_says_when_there_is_none(client, conn):
    from pipeline.search import similar
    from pipeline.search.neighbours import FLOOR

    alone = None
    for (mid,) in conn.execute("SELECT measure_id FROM search_measures ORDER BY measure_id").fetchall():
        near = similar(conn, mid, 5)
        assert all(x["score"] >= FLOOR for x in near), (mid, near)
        alone = alone or (mid if not near else None)
    assert alone is not None  # (the sample holds measures whose only neighbours share a word or two)
    aid = conn.execute("SELECT article_id FROM search_measures WHERE measure_id = ?", (alone,)).fetchone()[0]
    page = client.get(f"/articles/{aid}", params={"m": alone, "similar": 1})
    assert page.status_code == 200 and "没有与这条举措足够相似的举措" in page.text
    assert client.get(f"/api/measures/{alone}/similar").json() == {"results": []}
