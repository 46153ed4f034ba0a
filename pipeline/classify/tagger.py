"""What the build classifies measures with: the trained model when one fits, else the cue rules."""
from __future__ import annotations

from dataclasses import dataclass
import logging
from pathlib import Path

import numpy as np

from pipeline.classify import features
from pipeline.classify.codebook import load_codebook, tag_groups
from pipeline.classify.model import ModelMismatch, check_model, unpickle_model
from pipeline.classify.predictor import CueRules
from pipeline.core.paths import resolve_model
from pipeline.core.records import UNCLASSIFIED

log = logging.getLogger(__name__)

AUTO = "auto"  # the model that paths.default_model() finds


@dataclass
class Classified:
    categories: list[tuple[str, float]]  # (id, score) for the chosen categories, best first
    groups: list[str]


class MeasureTagger:
    """The trained model when it fits the codebook, this code and these libraries, else the
    codebook's cue rules (said once, in ``warning`` and the log).

    ``model_path``: AUTO (the default model), a path, or None for the rules.  The model is
    checked here but unpickled on first use (``clf``)."""

    def __init__(self, codebook_path: str | None = None, model_path: str | Path | None = AUTO):
        self.codebook = load_codebook(codebook_path)
        self.source = "rules"
        self.model_meta: dict = {}
        self.model_path: Path | None = None
        self.warning: str | None = None
        self._clf = None
        if model_path is not None:
            path = resolve_model(None if model_path == AUTO else model_path)
            try:
                self.model_meta = check_model(path, self.codebook)
                self.source, self.model_path = "model", path
            except FileNotFoundError:
                self._use_rules(f"no trained model at {path}: measures are classified with the codebook's cue rules "
                                "(train one with `make model` or `policykb train`, or point --model / $POLICYKB_MODEL at one)")
            except ModelMismatch as e:
                self._use_rules(f"{e}; measures are classified with the codebook's cue rules meanwhile")

    def _use_rules(self, warning: str) -> None:
        self.source, self.model_path, self.model_meta, self.warning = "rules", None, {}, warning
        log.warning(warning)

    @property
    def clf(self):
        """The model (unpickled on first use) or the rules."""
        if self._clf is None and self.model_path:
            try:
                self._clf = unpickle_model(self.model_path)
            except ModelMismatch as e:  # what check_model's scan could not see
                self._use_rules(f"{e}; measures are classified with the codebook's cue rules meanwhile")
        if self._clf is None:
            self._clf = CueRules(self.codebook)
        return self._clf

    @property
    def description(self) -> str:
        return f"model {self.model_path}" if self.model_path else "codebook cue rules"

    def __call__(self, texts: list[str], tokens: list[list[str]] | None = None,
                 context: list[tuple[str | None, float | None]] | None = None) -> list[Classified]:
        """Classify a batch in one ``predict_proba``; ``tokens``: each text's words, when the
        caller has segmented it already (the vectoriser then skips jieba); ``context``: each
        measure's heading and relative position in its article, for models that read them.
        A measure no category is confident for gets none: it is stored as 未归类."""
        if not texts:
            return []
        X = texts
        if getattr(self.clf, "takes_inputs", False):
            toks = tokens or [None] * len(texts)
            ctx = context or [(None, None)] * len(texts)
            X = [features.MeasureInput(t, tuple(k) if k is not None else None, h, pos)
                 for t, k, (h, pos) in zip(texts, toks, ctx)]
        try:
            features.known_tokens.update(zip(texts, tokens or ()))
            P = self.clf.predict_proba(X)
        finally:
            features.known_tokens.clear()
        Yhat = self.clf.decide(P)
        labels = self.clf.labels_
        chosen: list[list[tuple[str, float]]] = [[] for _ in texts]
        # Only the chosen entries read (a measure has one or two of its nine), by measure, then category, their
        # scores as Python floats converted at once (the same floats as float(P[i, j])).
        rows, columns = np.nonzero(Yhat)
        for i, j, p in zip(rows.tolist(), columns.tolist(), P[rows, columns].tolist()):
            chosen[i].append((labels[j], round(p, 3)))
        return [Classified(categories=sorted(cats, key=_by_score) if cats else [(UNCLASSIFIED, 0.0)],
                           groups=tag_groups(text, self.codebook)) for text, cats in zip(texts, chosen)]


def _by_score(category: tuple[str, float]) -> float:
    return -category[1]
