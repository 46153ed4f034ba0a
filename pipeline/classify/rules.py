"""The codebook's cue rules as a classifier: the baseline, a feature of the trained models,
and what classifies when no model fits."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from pipeline.classify.codebook import Codebook, load_codebook


@lru_cache(maxsize=8)
def _cue_automaton(codebook: Codebook):
    """All cues in one Aho-Corasick automaton (overlapping matches, so every cue present is
    found, as ``cue in text`` would), and per cue its +1 / -1 for each category."""
    import ahocorasick_rs

    cues = sorted({cue for c in codebook.categories for cue in c.include + c.exclude})
    index = {cue: k for k, cue in enumerate(cues)}
    weights = np.zeros((len(cues), len(codebook.categories)))
    for j, c in enumerate(codebook.categories):
        for cue in set(c.include):
            weights[index[cue], j] += 1
        for cue in set(c.exclude):
            weights[index[cue], j] -= 1
    return ahocorasick_rs.AhoCorasick(cues, matchkind=ahocorasick_rs.MatchKind.Standard), weights


class RuleClassifier(ClassifierMixin, BaseEstimator):
    """Codebook cues: a category scores by its include cues, an exclude cue vetoes one hit.

    ``fit`` learns nothing from ``X`` and ``y`` (they may be None): it settles the codebook
    (the shipped one when none was given) and its category ids, ``labels_``.
    """

    def __init__(self, codebook: Codebook | None = None):
        self.codebook = codebook

    def fit(self, X=None, y=None) -> "RuleClassifier":
        self.codebook_ = self.codebook or load_codebook()
        self.labels_ = self.codebook_.ids
        self.classes_ = np.arange(len(self.labels_))  # column indices, as scikit-learn's multilabel classifiers
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        """Per category: (distinct include cues present - distinct exclude cues present) / 2, capped at 1."""
        check_is_fitted(self)
        ac, weights = _cue_automaton(self.codebook_)
        out = np.zeros((len(X), len(self.labels_)))
        for i, text in enumerate(X):
            found = {k for k, _, _ in ac.find_matches_as_indexes(text, overlapping=True)}
            if found:
                out[i] = weights[sorted(found)].sum(axis=0)
        return np.clip(out, 0, 2) / 2

    def predict(self, X: list[str]) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return (P >= 0.5).astype(int)
