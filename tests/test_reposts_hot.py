"""Hot band keys (a template's boilerplate): a pair whose only common keys are hot is a candidate
only if it shares two of them.  The streamed detection of a knowledge base and the in-memory one
propose the same pairs, and incremental builds whose changes make keys hot or not hot still equal
fresh builds (detection starts over)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.store import reposts
from tests import repost_cases
from tests.test_reposts_incremental import STEPS, _pages, _state, _write

ROOT = Path(__file__).resolve().parent.parent


def test_a_single_shared_hot_key_proposes_nothing():
    keys = {"a": [1, 2, 3], "b": [1, 9, 9], "c": [1, 2, 8], "d": [7, 2, 3]}
    assert set(reposts._sharing_a_key(keys)) == {("a", "b"), ("a", "c"), ("b", "c"), ("a", "d"), ("c", "d")}
    hot = {(0, 1), (1, 2)}  # band 0's key 1 and band 1's key 2
    # a-b, b-c and c-d share one hot key only; a-c share two hot keys; a-d share (2, 3), not hot
    assert set(reposts._sharing_a_key(keys, hot)) == {("a", "c"), ("a", "d")}


def _bands_db(keys: dict[str, list[int]]) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE article_bands (article_id TEXT, band INTEGER, hash INTEGER)")
    con.executemany("INSERT INTO article_bands VALUES (?,?,?)",
                    [(k, band, h) for k, ks in keys.items() for band, h in enumerate(ks)])
    return con


def test_stored_pairs_are_the_in_memory_candidates(monkeypatch):
    import random

    monkeypatch.setattr(reposts, "HOT", 4)
    rng = random.Random(3)
    # 40 articles over 6 bands of few values: many buckets are hot, some pairs share two hot keys.
    keys = {f"x{i:02d}": [rng.randrange(3 if band < 3 else 12) for band in range(6)] for i in range(40)}
    con = _bands_db(keys)
    hot = set(con.execute("SELECT band, hash FROM article_bands GROUP BY band, hash HAVING count(*) > 4"))
    assert hot and len(hot) < 6 * 12
    expected = set(reposts._sharing_a_key(keys, hot))
    streamed = list(reposts._stored_pairs(con))
    assert set(streamed) == expected and expected


def _labelled(tmp_path) -> Path:
    root = tmp_path / "pages"
    root.mkdir()
    for name, text in repost_cases.documents().items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def test_copies_share_two_hot_keys(tmp_path, segmenter, monkeypatch):
    """With every bucket of three or more articles hot, the labelled reposts are still found."""
    pages = _labelled(tmp_path)
    build(pages, tmp_path / "normal.sqlite", model=None, cache=tmp_path / "c")
    monkeypatch.setattr(reposts, "HOT", 2)
    build(pages, tmp_path / "strict.sqlite", model=None, cache=tmp_path / "c")
    normal, strict = _state(tmp_path / "normal.sqlite")[0], _state(tmp_path / "strict.sqlite")[0]
    con = sqlite3.connect(tmp_path / "strict.sqlite")
    assert con.execute("SELECT count(*) FROM (SELECT 1 FROM article_bands GROUP BY band, hash"
                       " HAVING count(*) > 2)").fetchone()[0] > 0  # the rule was in play
    assert strict["copies"] == normal["copies"] and normal["copies"]


def test_incremental_builds_equal_fresh_builds_when_keys_turn_hot(tmp_path, segmenter, monkeypatch):
    monkeypatch.setattr(reposts, "HOT", 2)
    redone = []
    real = reposts._redo
    monkeypatch.setattr(reposts, "_redo", lambda *a: redone.append(1) or real(*a))
    pages, corpus, out = _pages(), tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    for step, (what, add, remove, _) in enumerate(STEPS):
        for name in add:
            _write(corpus, name, pages[name])
        for name in remove:
            (corpus / f"{name}.txt").unlink()
        build(corpus, out, jobs=1, model=None, cache=tmp_path / "cache")
        build(corpus, tmp_path / f"fresh{step}.sqlite", jobs=1, model=None, cache=tmp_path / "cache")
        assert _state(out)[0] == _state(tmp_path / f"fresh{step}.sqlite")[0], what
    assert redone  # some change moved a key across HOT


def test_synthetic_articles_are_not_near_duplicates():
    """bench/synth.py writes unrelated articles that share few 5-grams, as real pages do."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import synth
    finally:
        sys.path.remove(str(ROOT / "bench"))
    s = synth.similarity(150)
    assert s["mean_jaccard"] < 0.05 and s["max_jaccard"] < 0.3, s
    assert s["candidate_pairs"] <= s["pairs"] // 1000, s  # LSH proposes almost none of them
    assert s["largest_bucket"] <= 5, s


def _kb(articles: dict[str, tuple[str, list[int]]]) -> sqlite3.Connection:
    """A knowledge base holding only these articles (id: text and band keys), no copy recorded."""
    from pipeline.store import schema

    con = sqlite3.connect(":memory:")
    schema.create(con)
    for aid, (text, keys) in articles.items():
        _add(con, aid, text, keys)
    return con


def _add(con: sqlite3.Connection, aid: str, text: str, keys: list[int]) -> None:
    con.execute("INSERT INTO articles VALUES (?, 'd', 0, NULL, '2023-01-01', NULL, NULL, NULL, ?, 0, 0, 0, '[]', '{}', ?, NULL)",
                (aid, text, aid))
    con.executemany("INSERT INTO article_bands VALUES (?,?,?)", [(aid, band, h) for band, h in enumerate(keys)])


def _copies(con: sqlite3.Connection) -> list[tuple]:
    return sorted(con.execute("SELECT * FROM article_copies"))


def test_a_key_turning_hot_undoes_the_pairs_it_alone_proposed(monkeypatch):
    monkeypatch.setattr(reposts, "HOT", 2)
    body = "".join(repost_cases.BASES["yunling_guanai_a"][1])
    other = "".join(repost_cases.BASES["beihu_jianfu_b"][1])
    # x and y are copies whose only common key is (0, 5): while two articles hold it, they are candidates
    con = _kb({"x": (body, [5, 1, 1]), "y": (body, [5, 2, 2])})
    reposts.mark_copies(con)
    assert _copies(con) == [("y", "x", 1.0)]
    _add(con, "w", other, [5, 3, 3])  # a third holder: (0, 5) is hot, and one hot key proposes nothing
    flipped = reposts.update_copies(con, {"w"}, set())
    fresh = _kb({"x": (body, [5, 1, 1]), "y": (body, [5, 2, 2]), "w": (other, [5, 3, 3])})
    reposts.mark_copies(fresh)
    assert _copies(con) == _copies(fresh) == [] and flipped == {"y"}
    assert reposts.update_copies(con, set(), {"w"}) == {"y"}  # w removed: (0, 5) is not hot any more
    assert _copies(con) == [("y", "x", 1.0)]
