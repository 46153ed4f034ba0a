"""The prediction's sparse rows (pipeline/classify/predictor.py ``_Rows.of``) and the tagger's reading of its
decisions, against the plain computations they replace."""
from __future__ import annotations

from collections import Counter

import numpy as np

from pipeline.classify.predictor import _Rows
from pipeline.classify.tagger import MeasureTagger
from pipeline.core.records import UNCLASSIFIED


def _by_lexsort(rows: list[dict], width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    ptr = np.cumsum([0] + [len(r) for r in rows])
    cols = np.array([c for r in rows for c in r], dtype=np.int64)
    vals = np.array([v for r in rows for v in r.values()], dtype=np.float64)
    order = np.lexsort((cols, np.repeat(np.arange(len(rows)), np.diff(ptr))))
    return vals[order], cols[order], ptr


def test_rows_of_sorts_each_row_by_column_as_lexsort_does():
    rng = np.random.default_rng(7)
    width = 50
    rows = [Counter({int(c): int(rng.integers(1, 5)) for c in rng.choice(width, size=int(n), replace=False)})
            for n in rng.integers(0, 12, size=40)]
    rows += [Counter(), Counter({width - 1: 2, 0: 1}), Counter({3: 1})]
    got = _Rows.of(rows, width)
    data, indices, indptr = _by_lexsort(rows, width)
    assert got.data.tolist() == data.tolist() and got.indices.tolist() == indices.tolist()
    assert got.indptr.tolist() == indptr.tolist() and got.width == width
    assert got.data.dtype == np.float64 and got.indices.dtype == np.int64


def test_rows_of_no_rows():
    got = _Rows.of([], 4)
    assert got.data.tolist() == [] and got.indices.tolist() == [] and got.indptr.tolist() == [0]


class _Fixed:
    """A classifier whose scores are given: what the tagger makes of them."""

    labels_ = ["a", "b", "c"]

    def __init__(self, P):
        self.P = np.asarray(P, dtype=np.float64)

    def predict_proba(self, X):
        return self.P

    def decide(self, P):
        return (P >= 0.5).astype(int)


def test_tagger_lists_chosen_categories_best_first_rounded():
    tagger = MeasureTagger(model_path=None)
    tagger._clf = _Fixed([[0.51234, 0.9, 0.1], [0.2, 0.3, 0.4], [0.75, 0.75, 0.50049], [0.6, 0.12, 0.9996]])
    out = tagger(["选派干部驻村", "开展专题培训", "考核结果运用", "年轻干部到基层"])
    assert [c.categories for c in out] == [[("b", 0.9), ("a", 0.512)], [(UNCLASSIFIED, 0.0)],
                                           [("a", 0.75), ("b", 0.75), ("c", 0.5)], [("c", 1.0), ("a", 0.6)]]
    assert all(type(score) is float for c in out for _, score in c.categories)
