"""An index round's shortcuts (pipeline/search/index.py, facet_merge.py) against the plain computations
they replace: a row's facet pairs made of its article's part and its own (each remembered apart),
facet values counted once per combination of pairs, and the rows put in sorted out by facet a window
at a time rather than row by row."""
from __future__ import annotations

from collections import Counter

import numpy as np

from pipeline.extract import places as P
from pipeline.search import facet_merge
from pipeline.search import index as I

# (province, city, county, township, year, source, categories, groups, slogans)
ROWS = [
    ("福建省", "福州市", "鼓楼区", None, 2023, "福州日报", " select care ", " young ", " 三个区分开来 "),
    ("福建省", "福州市", "鼓楼区", None, 2023, "福州日报", " select ", " ", " "),
    ("福建省", "福州市", "鼓楼区", None, 2023, "福州日报", " care select care ", " young women young ", " "),
    ("河北省", "邯郸市", "涉县", "井店镇", 2021, None, " ", " ", " 四下基层 三个区分开来 "),
    (None, None, None, None, None, "人民网", " train ", " ", " "),
    (None, None, None, None, None, None, " ", " ", " "),
    ("北京市", None, "海淀区", None, "2020", "", None, None, None),
]


def _plain_facet_values(*cols):
    """The pairs as the index made them before the parts were remembered apart."""
    row = dict(zip(I._FACET_COLUMNS, cols))
    out = list(P.region_places(dict(zip(I.PLACE_FACETS, (row[lv] for lv in I.PLACE_FACETS)))).items())
    out += [(k, str(row[k])) for k in ("year", "source") if row[k]]
    for facet, col in I._MULTI.items():
        out += [(facet, v) for v in dict.fromkeys((row[col] or "").split())]
    return tuple(dict.fromkeys(out))


def test_facet_values_are_the_article_part_then_the_measure_part():
    for cols in ROWS + ROWS:  # the second time from the caches
        assert I._facet_values(*cols) == _plain_facet_values(*cols)
        assert I._article_pairs(*cols[:6]) + I._measure_pairs(*cols[6:]) == _plain_facet_values(*cols)
    assert I._facet_values(*ROWS[2])[-4:] == (("category", "care"), ("category", "select"),
                                             ("group", "young"), ("group", "women"))


def test_counting_by_combination_counts_each_measure_in_order_of_first_meeting():
    measures = [I._facet_values(*cols) for cols in ROWS + ROWS[:3] + ROWS[1:2]]
    update = I.IndexUpdate.__new__(I.IndexUpdate)
    update.added, update.n_added = Counter({("category", "old"): 0, ("province", "福建省"): 2}), 0
    combos: dict = {}
    for pairs in measures:
        combos[pairs] = combos.get(pairs, 0) + 1
    update._count(combos.items())
    plain = Counter({("category", "old"): 0, ("province", "福建省"): 2})
    for pairs in measures:
        plain.update(pairs)
    assert update.added == plain and list(update.added.items()) == list(plain.items())
    assert update.n_added == len(measures)


def _plain_window(rows, numbers):
    """Lengths and value numbers of each facet, row by row (as ``_Added`` made them before)."""
    lens = {f: [] for f in numbers}
    vals = {f: [] for f in numbers}
    for _, pairs in rows:
        row = Counter(f for f, _ in pairs)
        for f in numbers:
            lens[f].append(row[f])
        for f, v in pairs:
            vals[f].append(numbers[f][v])
    return {f: (np.asarray(lens[f], dtype=np.int64), np.asarray(vals[f], dtype=np.int32)) for f in numbers}


def test_rows_put_in_are_sorted_out_by_facet_as_row_by_row(monkeypatch):
    rows = [(k, I._facet_values(*cols)) for k, cols in enumerate(ROWS * 3)]
    counts = Counter(p for _, pairs in rows for p in pairs)
    numbers = facet_merge.numbering(counts)
    for window in (2, 5, 1 << 16):  # windows ending inside the rows, or past them
        monkeypatch.setattr(facet_merge, "WINDOW", window)
        added = facet_merge._Added(iter(rows), numbers)
        seen = 0
        while len(keys := added.peek()):
            want = _plain_window(rows[seen:seen + len(keys)], numbers)
            assert list(keys) == [k for k, _ in rows[seen:seen + len(keys)]]
            taken_keys, taken = added.take(len(keys))
            assert set(taken) == set(numbers)
            for f, (lens, vals) in taken.items():
                assert lens.dtype == np.int64 and vals.dtype == np.int32
                assert lens.tolist() == want[f][0].tolist() and vals.tolist() == want[f][1].tolist()
            seen += len(keys)
        assert seen == len(rows)


def test_no_rows_put_in_make_empty_windows():
    numbers = facet_merge.numbering(Counter({("year", "2023"): 1}))
    added = facet_merge._Added(iter([]), numbers)
    assert len(added.peek()) == 0 and not added.more()
    _, taken = added.take(0)
    assert taken["year"][0].dtype == np.int64 and taken["year"][1].dtype == np.int32
