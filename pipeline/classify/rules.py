"""The codebook's cue rules as a classifier: the baseline, a feature of the trained models,
and what classifies when no model fits."""
from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from pipeline.classify.codebook import Codebook, load_codebook
from pipeline.classify.features import codebook_cues, cue_decisions


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
        return codebook_cues(X, self.codebook_)

    def predict(self, X: list[str]) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return cue_decisions(P)
