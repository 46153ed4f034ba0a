"""The classifiers as the build uses them, without scikit-learn: a fitted ``RichClassifier``'s
prediction (``Predictor``), and the codebook's cue rules (``CueRules``).

Importing scikit-learn costs every build that classifies ~1.2 s of start-up (it imports
scipy.stats and pandas), and prediction needs only the fitted numbers.  ``RichClassifier.
predictor()`` copies them out; ``Predictor.predict_proba`` then repeats scikit-learn's
arithmetic step for step in the same order (counts, log, idf, l2 norms, each category's sparse dot
product, the logistic function), so the scores are the same to the last bit or two (scipy's
compiled loop may fuse a multiply and an add on some CPUs; tests/test_estimators.py compares them).  It uses numpy only: importing scipy.sparse would
cost ~0.45 s of every build's start (most of a one-file rebuild), so rows are ``_Rows`` and
summed in scipy's order by hand.  (``count_matrix`` makes scipy matrices for training.)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
import re
from typing import Callable

import numpy as np

from pipeline.classify import features
from pipeline.classify.codebook import Codebook

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's, before character n-grams
OUTSIDE = -1  # the column of a feature outside the vocabulary (``_Rows.counted`` drops it)


def count_matrix(docs, vocabulary: dict[str, int], analyze: Callable, dtype=np.float64):
    """Documents × vocabulary counts, as scikit-learn's vectorisers count with a fitted vocabulary
    (features outside it dropped, indices sorted), counted by ``_Rows.counted``."""
    return _csr((_columns(vocabulary, analyze(doc)) for doc in docs), len(vocabulary), dtype)


def _columns(vocabulary: dict[str, int], features: Iterable[str]) -> Iterator[int]:
    """The vocabulary's column of each feature, ``OUTSIDE`` for those it does not hold."""
    return map(vocabulary.get, features, repeat(OUTSIDE))


def _csr(rows, width: int, dtype=np.float64):
    """A scipy CSR matrix of per-row column numbers (``_Rows.counted``), indices sorted as scikit-learn
    sorts them (for training; prediction keeps the ``_Rows``)."""
    import scipy.sparse as sp

    r = _Rows.counted(rows, width)
    return sp.csr_array((r.data.astype(dtype), r.indices.astype(np.int32), r.indptr.astype(np.int32)),
                        shape=(len(r.indptr) - 1, width))


@dataclass(frozen=True)
class CharNgrams:
    """scikit-learn's ``analyzer="char"`` after a preprocessor: runs of whitespace to one space,
    then every n-gram of the text for n in ``lo..hi``."""

    preprocessor: Callable[[features.MeasureInput], str]
    lo: int
    hi: int

    def normalized(self, x: features.MeasureInput) -> str:
        return _WHITE_SPACES.sub(" ", self.preprocessor(x))

    def all_normalized(self, xs: list[features.MeasureInput]) -> list[str]:
        """``normalized`` of each: runs of white space looked for once in the texts joined by NULs (no run
        spans one: it is no white space), and replaced text by text only where there is one (rarely)."""
        texts = list(map(self.preprocessor, xs))
        if _WHITE_SPACES.search("\x00".join(texts)) is None:
            return texts
        return [_WHITE_SPACES.sub(" ", t) for t in texts]

    def __call__(self, x: features.MeasureInput) -> list[str]:
        text = self.normalized(x)
        grams: list[str] = []
        for n in range(self.lo, min(self.hi, len(text)) + 1):
            grams += [text[i:i + n] for i in range(len(text) - n + 1)]
        return grams


@dataclass
class TfidfBlock:
    """One fitted TF-IDF vectoriser: its analyser, vocabulary and idf weights (l2 norm).

    Character n-grams are counted by matching the vocabulary itself (``_GramTrie``: every
    occurrence of every n-gram it holds, for a whole batch in numpy): the same counts as cutting
    out every n-gram and looking each up, without making the strings of the many outside the
    vocabulary."""

    analyze: Callable[[features.MeasureInput], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray
    sublinear_tf: bool

    def __post_init__(self) -> None:
        self._matcher = None  # a character vocabulary as a _GramTrie (made on first use)

    def __getstate__(self) -> dict:
        return self.__dict__ | {"_matcher": None}

    def counts(self, xs: list[features.MeasureInput]) -> "_Rows":
        if not isinstance(self.analyze, CharNgrams):
            vocabulary, analyze = self.vocabulary, self.analyze
            return _Rows.counted((_columns(vocabulary, analyze(x)) for x in xs), len(vocabulary))
        if self._matcher is None:
            self._matcher = _GramTrie.of(self.vocabulary, self.analyze.lo, self.analyze.hi)
        return self._matcher.counts(self.analyze.all_normalized(xs), len(self.vocabulary))

    def transform(self, xs: list[features.MeasureInput]) -> "_Rows":
        X = self.counts(xs)
        if self.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1.0
        X.data *= self.idf[X.indices]
        norms = np.sqrt(X.sums(X.data * X.data))  # inplace_csr_row_normalize_l2's sums, one square after the other
        norms[norms == 0.0] = 1.0  # an empty row stays as it is
        X.data /= np.repeat(norms, np.diff(X.indptr))
        return X


@dataclass
class _Rows:
    """A CSR matrix without scipy: per row its columns (sorted) and values, rows delimited by
    ``indptr``, ``width`` columns.  ``sums`` adds each row's values one after the other from 0.0 (or
    from a start), as scipy's ``csr_matvec`` does, so products summed here are scipy's (to the bit
    where its compiled loop does not fuse a multiply and an add)."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    width: int

    @classmethod
    def counted(cls, rows: Iterable[Iterable[int]], width: int) -> "_Rows":
        """From per-row column numbers, one per occurrence (``OUTSIDE``: none, dropped): each row's
        distinct columns, sorted, and how often each occurs there."""
        cols: list[int] = []
        ends = [0]
        for columns in rows:
            cols.extend(columns)  # (not +=: a list += a numpy array is numpy's sum, not the list's extension)
            ends.append(len(cols))
        ptr = np.asarray(ends, dtype=np.int64)
        found = np.asarray(cols, dtype=np.int64)
        keys = np.repeat(np.arange(len(ptr) - 1, dtype=np.int64) * width, np.diff(ptr))
        keys += found
        return cls.of_keys(keys[found != OUTSIDE], len(ptr) - 1, width)

    @classmethod
    def of_keys(cls, keys: np.ndarray, count: int, width: int) -> "_Rows":
        """``count`` rows from keys row·width + column, one per occurrence, in any order."""
        # Counted for the whole batch in one sort: distinct keys come out by row, then column,
        # each with its number of occurrences (a Counter per row, then a sort of the rows'
        # columns, cost twice as much).
        keys, counts = np.unique(keys, return_counts=True)
        rows_of = keys // width
        return cls(counts.astype(np.float64), keys - rows_of * width, np.searchsorted(rows_of, np.arange(count + 1)), width)

    def sums(self, values: np.ndarray, start: np.ndarray | None = None) -> np.ndarray:
        """Per row, its ``values`` (one per stored entry, or a row of them: summed alike, column
        by column) added in the row's order to ``start`` (else 0.0): rows of matrices side by
        side (scipy's hstack) are summed by going on from the sums of the ones before."""
        return self._summed(values.__getitem__, values.shape[1:], start)

    def products_summed(self, weights: np.ndarray, start: np.ndarray | None = None) -> np.ndarray:
        """``sums`` of each entry's value times its column's row of ``weights`` (the row's dot
        products), each product made where it is added, not all of them first."""
        data, indices = self.data, self.indices
        return self._summed(lambda entries: data[entries, None] * weights[indices[entries]], weights.shape[1:], start)

    def _summed(self, values_at: Callable[[np.ndarray], np.ndarray], shape: tuple, start: np.ndarray | None) -> np.ndarray:
        """Per row, ``values_at`` its entries added in the row's order to ``start`` (else 0.0)."""
        lengths = np.diff(self.indptr)
        out = np.zeros((len(lengths),) + shape) if start is None else start.copy()
        if not self.indptr[-1]:
            return out
        # Entry k of every row longer than k added at once, for k = 0, 1, ...: each row's values
        # still go one after the other in its order (as np.add.at adds entry by entry, at three
        # times the cost).  Rows longest first, so that those longer than k lead.
        order = np.argsort(-lengths, kind="stable")
        first = self.indptr[order]
        longer = np.cumsum(np.bincount(lengths, minlength=lengths.max() + 1)[::-1])[::-1]  # rows at least k long
        acc = out[order]
        for k, n in enumerate(longer[1:].tolist()):
            acc[:n] += values_at(first[:n] + k)
        out[order] = acc
        return out


@dataclass(frozen=True)
class _GramTrie:
    """A vocabulary of character n-grams as a trie numbered for numpy: the n-grams of a whole
    batch of texts are found at every position at once, one character further per step (no
    string made for the many n-grams outside the vocabulary, no Python call per occurrence).

    Characters are numbered 1.. (0: one no n-gram holds).  The nodes of step n are the
    vocabulary's prefixes of n characters, each keyed parent node × ``base`` + its last
    character's number, keys sorted (a node's number is its key's index): a position stays alive
    while the characters from it spell a prefix, and counts a column where the prefix is an
    n-gram of the vocabulary.  A step with few possible keys (parent nodes × ``base``: the first
    two, for a vocabulary of a thousand characters) reads its nodes from a table of every key
    instead of a binary search (numpy's costs ~0.1 µs a position)."""

    numbers: np.ndarray  # per code point up to the highest in the vocabulary (then one more: 0), its number
    base: int
    keys: tuple[np.ndarray, ...]  # per step, the prefixes' keys, sorted
    columns: tuple[np.ndarray, ...]  # per step, each prefix's column in the vocabulary, else OUTSIDE
    tables: tuple[np.ndarray | None, ...]  # per step with few possible keys, the node of each (-1: none)

    TABLE_SIZE = 1 << 21  # the most keys a step's table holds (8 MB of int32)

    @classmethod
    def of(cls, vocabulary: dict[str, int], lo: int, hi: int) -> "_GramTrie":
        """The trie of the vocabulary's n-grams of ``lo`` to ``hi`` characters (the analyser's: none else counts)."""
        grams = [g for g in vocabulary if lo <= len(g) <= hi]
        chars = sorted({c for g in grams for c in g})
        number = {c: k for k, c in enumerate(chars, 1)}
        numbers = np.zeros(max(map(ord, chars), default=0) + 2, dtype=np.int64)
        numbers[[ord(c) for c in chars]] = list(number.values())
        base = len(chars) + 1
        node = {"": 0}
        keys, columns, tables = [], [], []
        for n in range(1, max(map(len, grams), default=0) + 1):
            key = {p: node[p[:-1]] * base + number[p[-1]] for p in {g[:n] for g in grams if len(g) >= n}}
            prefixes = sorted(key, key=key.__getitem__)
            keys.append(np.array([key[p] for p in prefixes], dtype=np.int64))
            columns.append(np.array([vocabulary[p] if p in vocabulary and lo <= n else OUTSIDE for p in prefixes],
                                    dtype=np.int64))
            tables.append(_table(keys[-1], len(node) * base) if len(node) * base <= cls.TABLE_SIZE else None)
            node = {p: k for k, p in enumerate(prefixes)}
        return cls(numbers, base, tuple(keys), tuple(columns), tuple(tables))

    def counts(self, texts: list[str], width: int) -> "_Rows":
        """Per text, how often each n-gram of the vocabulary occurs in it (``width``: the vocabulary's size)."""
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        # The texts one after the other, each followed by a separator numbered 0: no n-gram spans
        # two texts, and every live position has a next character (the last is a separator).
        points = np.frombuffer("\x00".join(texts + [""]).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        chars = self.numbers[np.minimum(points, len(self.numbers) - 1)]
        chars[np.cumsum(lengths + 1) - 1] = 0
        row = np.repeat(np.arange(len(texts), dtype=np.int64) * width, lengths + 1)  # row·width, per position
        start = np.arange(len(chars))
        node = np.zeros(len(chars), dtype=np.int64)
        found = []
        for n, (keys, columns, table) in enumerate(zip(self.keys, self.columns, self.tables)):
            key = node * self.base + chars[start + n]
            if table is not None:
                node = table[key].astype(np.int64)  # (node × base: an int32 could overflow)
                alive = node >= 0
            else:
                node = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
                alive = keys[node] == key
            start, node = start[alive], node[alive]
            column = columns[node]
            counted = column != OUTSIDE
            found.append(row[start[counted]] + column[counted])
        return _Rows.of_keys(np.concatenate(found) if found else np.zeros(0, dtype=np.int64), len(texts), width)


def _table(keys: np.ndarray, size: int) -> np.ndarray:
    """Per key below ``size``, its index in ``keys``, -1 where it is none of them."""
    table = np.full(size, -1, dtype=np.int32)
    table[keys] = np.arange(len(keys))
    return table


_ROWS_AT_ONCE = 2000


@dataclass
class Predictor:
    """What a fitted ``RichClassifier`` computes when it predicts (see the module docstring).

    ``weights``/``intercepts``: per category its logistic regression, or None where the
    category's training column was constant (``constants`` then holds its probability);
    ``alpha``: the model's share in the blend with the codebook's cue scores."""

    blocks: list[TfidfBlock]  # words, characters (and the heading, with context)
    context: bool  # heading and position features
    codebook: Codebook  # of the cue scores blended in
    alpha: float
    weights: list[np.ndarray | None]
    intercepts: list[float | None]
    constants: list[float | None]
    thresholds_: np.ndarray
    labels_: list[str]
    floor_: float  # the fallback floor (``decide_with_floor``)
    ratio_: float = 0.0  # a second category's least share of the first's score (``decide_with_floor``)

    takes_inputs = True  # the tagger passes MeasureInput (tokens, heading, position), not bare texts

    def predict_proba(self, X) -> np.ndarray:
        xs = features.as_inputs(X)
        if len(xs) > _ROWS_AT_ONCE:  # rows are scored alone: in slices, the products of all stay small
            return np.vstack([self.predict_proba(xs[i:i + _ROWS_AT_ONCE]) for i in range(0, len(xs), _ROWS_AT_ONCE)])
        blocks = [b.transform(xs) for b in self.blocks]
        if self.context:
            blocks.append(_Rows.counted(map(np.flatnonzero, features.position(xs)), 4))
        fitted = [k for k, w in enumerate(self.weights) if w is not None]
        W = np.column_stack([self.weights[k] for k in fitted]) if fitted else np.zeros((sum(b.width for b in blocks), 0))
        dots, offset = None, 0
        for block in blocks:  # side by side, as scipy's hstack puts them: each row's products summed in order
            dots = block.products_summed(W[offset:offset + block.width], dots)
            offset += block.width
        scores = np.tile([c if c is not None else np.nan for c in self.constants], (len(xs), 1))
        for col, k in enumerate(fitted):
            scores[:, k] = 1.0 / (1.0 + np.exp(-(dots[:, col] + self.intercepts[k])))  # scipy's expit, the same bits
        cues = features.codebook_cues([x.text for x in xs], self.codebook)
        return self.alpha * scores + (1 - self.alpha) * cues

    def predict(self, X) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return decide_with_floor(P, self.thresholds_, self.floor_, self.ratio_)


def decide_with_floor(P: np.ndarray, thresholds: np.ndarray, floor: float, ratio: float = 0.0) -> np.ndarray:
    """Every category at or above its threshold and at or above ``ratio`` × the measure's best
    score; for a measure none reaches, its likeliest category when that scores at least ``floor``
    (else none: 未归类).  Real measures miss every threshold far more often than the written
    sentences the thresholds are mostly chosen on, yet nearly all have a category, and the
    likeliest one is right about half the time.  Most measures have one category: a second one
    that passes its threshold at well under the first's score was mostly a false one (the
    ratio is chosen out of fold, ``estimators.RATIOS``)."""
    out = ((P >= thresholds) & (P >= ratio * P.max(axis=1, keepdims=True))).astype(int)
    empty = np.flatnonzero(out.sum(axis=1) == 0)
    if len(empty):
        best = P[empty].argmax(axis=1)
        keep = P[empty, best] >= floor
        out[empty[keep], best[keep]] = 1
    return out


@dataclass
class CueRules:
    """The codebook's cue rules, as the build classifies when no model fits: ``RuleClassifier``'s
    scores and decisions."""

    codebook: Codebook

    @property
    def labels_(self) -> list[str]:
        return self.codebook.ids

    def predict_proba(self, X: list[str]) -> np.ndarray:
        return features.codebook_cues(X, self.codebook)

    def predict(self, X: list[str]) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return features.cue_decisions(P)
