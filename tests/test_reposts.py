"""Reposts counted once: the near-duplicate detector on a labelled set of pairs, and the KB."""
from __future__ import annotations

import sqlite3

import pytest

from pipeline.build import build
from pipeline.worker import process_document
from pipeline.text.ingest import read_document
from pipeline.store.reposts import Item, find_copies
from pipeline.store.similarity import numbers, overlap, same_facts, shingles
from tests import repost_cases


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("reposts")
    for name, text in repost_cases.documents().items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def grouped(pages, segmenter):
    """page name -> the canonical article id of its first article (itself when no copy)."""
    items, first = [], {}
    for path in sorted(pages.iterdir()):
        arts = process_document(read_document(path)).articles
        assert len(arts) == 1, path.name  # chrome and bylines must not split a page
        items.append(Item(arts[0].id, arts[0].text, arts[0].date))
        first[path.stem] = arts[0].id
    canon = {c.article_id: c.canonical_id for c in find_copies(items)}
    return {name: canon.get(aid, aid) for name, aid in first.items()}


def test_precision_and_recall_on_labelled_pairs(grouped):
    tp = fp = fn = 0
    wrong = []
    for a, b, label, kind in repost_cases.pairs():
        said = grouped[a] == grouped[b]
        tp += said and label
        fp += said and not label
        fn += label and not said
        if said != label:
            wrong.append((a, b, kind))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nrepost detector on {len(repost_cases.pairs())} labelled pairs: "
          f"precision {precision:.3f}, recall {recall:.3f}; wrong: {wrong}")
    assert precision >= 0.95 and recall >= 0.95, wrong


def test_shingles_ignore_punctuation_and_spacing():
    assert shingles("选派46名干部,到基层。") == shingles("选派 46 名干部,到基层!")


def test_short_texts_are_never_called_copies():
    short = "县委组织部召开会议。"
    assert find_copies([Item("a", short), Item("b", short)]) == []


def test_canonical_is_the_earliest_dated_then_the_longest():
    body = "".join(p for p in repost_cases.BASES["shimen_baochou_a"][1])
    items = [Item("late", body, "2023-05-02"), Item("undated", body + "更多内容请关注本网。", None),
             Item("early", body, "2023-05-01")]
    copies = find_copies(items)
    assert {c.article_id for c in copies} == {"late", "undated"}
    assert {c.canonical_id for c in copies} == {"early"}
    assert all(c.similarity == 1.0 for c in copies)


@pytest.mark.parametrize("a, b, same", [
    ("选派46名干部,其中女干部12名。", "选派46名干部。", True),  # a clause dropped
    ("1986年出生,现任副局长。", "1990年出生,现任副局长。", False),  # one template, other people
    ("2022年选派46名,培训300人次,考核12次。", "2022年选派46名,培训320人次,考核12次。", True),  # a corrected figure
    ("全县共有干部。", "全县共有干部。", True),
])
def test_same_facts(a, b, same):
    assert same_facts(numbers(a), numbers(b)) is same


def test_overlap_is_containment():
    long = shingles("".join(repost_cases.BASES["beihu_jianfu_a"][1]))
    part = shingles(repost_cases.BASES["beihu_jianfu_a"][1][0])
    assert overlap(part, long) == 1.0 and overlap(long, part) == 1.0


def test_build_records_copies(pages, tmp_path, segmenter):
    out = tmp_path / "kb.sqlite"
    build(pages, out, model=None)
    conn = sqlite3.connect(out)
    total, distinct = conn.execute("SELECT count(*), count(DISTINCT canonical_id) FROM articles").fetchone()
    copies = conn.execute("SELECT count(*) FROM article_copies").fetchone()[0]
    assert total == len(repost_cases.documents())
    assert copies == total - distinct > 0
    # Every copy points at an article that is its own canonical one.
    assert conn.execute("SELECT count(*) FROM article_copies c JOIN articles a ON a.id = c.canonical_id"
                        " WHERE a.canonical_id != a.id").fetchone()[0] == 0


def test_the_index_filled_batch_by_batch_is_the_index_built_over_the_finished_tables(pages, tmp_path, segmenter):
    """A build puts each batch in the search index as it is written, before reposts are known
    (they are found once every article is in): the copies taken out again at the end leave the
    index, its measures' keys and its facet arrays as an index built from scratch over the final
    tables."""
    import shutil

    from pipeline.search.index import rebuild_index
    from tests.test_scale import dump

    out = tmp_path / "kb.sqlite"
    build(pages, out, jobs=2, model=None, cache=False)  # several batches on two workers
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("SELECT count(*) FROM article_copies").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM search_articles").fetchone()[0] == \
            conn.execute("SELECT count(DISTINCT canonical_id) FROM articles").fetchone()[0]
    finally:
        conn.close()
    again = tmp_path / "again.sqlite"
    shutil.copy(out, again)
    conn = sqlite3.connect(again)
    try:
        rebuild_index(conn)
        conn.commit()
    finally:
        conn.close()
    a, b = dump(out), dump(again)  # articles' keys aside: the copies put in and taken out kept their numbers
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
    conn = sqlite3.connect(out)
    try:
        dates = [d or "" for d, in conn.execute("SELECT date FROM search_articles ORDER BY key")]
    finally:
        conn.close()
    assert dates == sorted(dates)  # an article's key follows its date, as a measure's does
