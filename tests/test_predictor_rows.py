"""The prediction's sparse rows (pipeline/classify/predictor.py ``_Rows.counted``) and the tagger's reading of its
decisions, against the plain computations they replace."""
from __future__ import annotations

from collections import Counter

import numpy as np

from pipeline.classify.predictor import OUTSIDE, CharNgrams, TfidfBlock, _Rows, count_matrix
from pipeline.classify import features
from pipeline.classify.tagger import MeasureTagger
from pipeline.core.records import UNCLASSIFIED


def _by_counter_and_lexsort(rows: list[list[int]], width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A Counter per row (outside columns dropped), then every row's columns sorted by a lexsort."""
    counted = [Counter(c for c in r if c != OUTSIDE) for r in rows]
    ptr = np.cumsum([0] + [len(r) for r in counted])
    cols = np.array([c for r in counted for c in r], dtype=np.int64)
    vals = np.array([v for r in counted for v in r.values()], dtype=np.float64)
    order = np.lexsort((cols, np.repeat(np.arange(len(rows)), np.diff(ptr))))
    return vals[order], cols[order], ptr


def _same(got: _Rows, rows: list[list[int]], width: int) -> None:
    data, indices, indptr = _by_counter_and_lexsort(rows, width)
    assert got.data.tolist() == data.tolist() and got.indices.tolist() == indices.tolist()
    assert got.indptr.tolist() == indptr.tolist() and got.width == width
    assert got.data.dtype == np.float64 and got.indices.dtype == np.int64 and got.indptr.dtype == np.int64


def test_rows_counted_as_a_counter_per_row_sorted_by_lexsort():
    rng = np.random.default_rng(7)
    width = 50
    rows = [[int(c) for c in rng.integers(-1, width, size=int(n))] for n in rng.integers(0, 30, size=40)]
    rows += [[], [width - 1, 0, width - 1], [3], [OUTSIDE, OUTSIDE], [0, OUTSIDE, 0]]
    _same(_Rows.counted((iter(r) for r in rows), width), rows, width)


def test_rows_counted_rows_without_columns_at_either_end():
    rows = [[OUTSIDE], [], [2, 2, 1], [], [OUTSIDE, 4]]
    _same(_Rows.counted(rows, 5), rows, 5)
    _same(_Rows.counted([[], [], [OUTSIDE]], 3), [[], [], [OUTSIDE]], 3)


def test_rows_counted_rows_given_as_numpy_arrays():
    """The position block's rows are numpy arrays of columns (``np.flatnonzero`` of its one-hot rows)."""
    onehot = np.array([[0, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float64)
    got = _Rows.counted(map(np.flatnonzero, onehot), 4)
    _same(got, [[3], [0], [], [1]], 4)


def test_rows_counted_no_rows():
    got = _Rows.counted([], 4)
    assert got.data.tolist() == [] and got.indices.tolist() == [] and got.indptr.tolist() == [0]


_TEXTS = ["选派干部到乡镇挂职锻炼", "  干部  培训 ", "", "考核考核再考核", "容错纠错机制"]


def test_char_block_counts_every_ngram_of_the_vocabulary():
    """The trie's counts: those of cutting out every n-gram and counting the ones in the vocabulary."""
    analyze = CharNgrams(features.text, 1, 3)
    vocabulary = {g: k for k, g in enumerate(sorted({g for t in _TEXTS[:2] + _TEXTS[3:4] for g in analyze(features.MeasureInput(t))}))}
    block = TfidfBlock(analyze, vocabulary, np.ones(len(vocabulary)), True)
    xs = [features.MeasureInput(t) for t in _TEXTS]
    rows = [[vocabulary.get(g, OUTSIDE) for g in analyze(x)] for x in xs]
    _same(block.counts(xs), rows, len(vocabulary))


def test_count_matrix_as_counted_rows():
    vocabulary = {"干部": 0, "培训": 1, "考核": 2, "乡镇": 3}
    split = str.split
    got = count_matrix(["干部 培训 干部", "", "挂职 考核 乡镇 考核", "外面"], vocabulary, split)
    assert got.toarray().tolist() == [[2, 1, 0, 0], [0, 0, 0, 0], [0, 0, 2, 1], [0, 0, 0, 0]]
    assert got.indices.tolist() == [0, 1, 2, 3] and got.indptr.tolist() == [0, 2, 2, 4, 4]


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


def _sequential_sums(rows: _Rows, values: np.ndarray, start: np.ndarray | None) -> np.ndarray:
    """Each row's values added one after the other, in a Python loop (scipy's csr_matvec order)."""
    out = np.zeros((len(rows.indptr) - 1,) + values.shape[1:]) if start is None else start.copy()
    for r in range(len(out)):
        for e in range(rows.indptr[r], rows.indptr[r + 1]):
            out[r] = out[r] + values[e]
    return out


def test_rows_sums_add_each_rows_values_in_order_to_the_bit():
    """Values of very different sizes, whose sums depend on the order they are added in."""
    rng = np.random.default_rng(3)
    lengths = [0, 5, 1, 0, 40, 2, 17, 0]
    indptr = np.cumsum([0] + lengths)
    rows = _Rows(np.ones(indptr[-1]), np.zeros(indptr[-1], dtype=np.int64), indptr, 1)
    for shape in [(indptr[-1],), (indptr[-1], 3)]:
        values = rng.normal(size=shape) * 10.0 ** rng.integers(-12, 12, size=shape)
        for start in (None, rng.normal(size=(len(lengths),) + shape[1:])):
            got, want = rows.sums(values, start), _sequential_sums(rows, values, start)
            assert got.shape == want.shape and got.tobytes() == want.tobytes()
            if start is not None:
                assert not np.shares_memory(got, start)
    empty = _Rows(np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(4, dtype=np.int64), 1)
    assert empty.sums(np.zeros((0, 2))).tolist() == [[0.0, 0.0]] * 3


def test_tagger_reads_the_chosen_entries_as_the_per_row_loop_did():
    """Random scores and decisions: the chosen categories read from the nonzero entries are those of reading
    every row's every entry (rounded Python floats, best first, ties in category order)."""
    rng = np.random.default_rng(5)
    P = np.where(rng.random((60, 3)) < 0.3, 0.75, rng.random((60, 3)))  # ties among the chosen
    tagger = MeasureTagger(model_path=None)
    tagger._clf = _Fixed(P)
    texts = [f"第{k}条措施" for k in range(len(P))]
    out = tagger(texts)
    for p, y, c in zip(P.tolist(), (P >= 0.5).astype(int).tolist(), out):
        want = sorted(((_Fixed.labels_[j], round(p[j], 3)) for j, chosen in enumerate(y) if chosen), key=lambda c: -c[1])
        assert c.categories == (want or [(UNCLASSIFIED, 0.0)])


def test_rows_products_summed_as_the_products_made_first():
    rng = np.random.default_rng(9)
    lengths = [3, 0, 25, 1, 0, 8]
    indptr = np.cumsum([0] + lengths)
    width = 12
    rows = _Rows(rng.random(indptr[-1]) * 10.0 ** rng.integers(-6, 6, size=indptr[-1]),
                 rng.integers(0, width, size=indptr[-1]), indptr, width)
    weights = rng.normal(size=(width, 4)) * 10.0 ** rng.integers(-8, 8, size=(width, 4))
    for start in (None, rng.normal(size=(len(lengths), 4))):
        want = _sequential_sums(rows, rows.data[:, None] * weights[rows.indices], start)
        assert rows.products_summed(weights, start).tobytes() == want.tobytes()
    empty = _Rows(np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(3, dtype=np.int64), width)
    assert empty.products_summed(weights).tolist() == [[0.0] * 4] * 2
