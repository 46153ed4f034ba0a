"""Trainable measure classifiers beyond the TF-IDF + cue blend, and the metrics to compare them.

Both follow scikit-learn's estimator contract (``BaseEstimator``: parameters only in
``__init__``, ``fit(X, Y)`` returns self, learned state ends in ``_``), so ``clone`` and
grid search work.  ``X`` is a list of ``MeasureInput`` (or plain strings): the measure's
text, the tokens segmentation already made, its heading and its relative position in the
article.  ``Y`` is the indicator matrix over the codebook's categories, in codebook order.

A measure for which no category passes its threshold gets none: the tagger marks it
未归类 instead of forcing the likeliest category onto it.
"""
from __future__ import annotations

from dataclasses import dataclass
import random

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import f1_score, precision_recall_fscore_support

UNCLASSIFIED = "未归类"


@dataclass
class MeasureInput:
    text: str
    tokens: tuple[str, ...] | None = None  # the build's own segmentation of the text
    heading: str | None = None
    position: float | None = None  # index of the measure in its article ÷ count, 0..1


def as_inputs(X) -> list[MeasureInput]:
    out = []
    for x in X:
        if isinstance(x, MeasureInput):
            out.append(x)
        elif isinstance(x, str):
            out.append(MeasureInput(x))
        else:  # a labelled item or a record with the same fields
            out.append(MeasureInput(x.text, getattr(x, "tokens", None), getattr(x, "heading", None),
                                    getattr(x, "position", None)))
    return out


def _tokens(x: MeasureInput) -> list[str]:
    if x.tokens is not None:
        return [t for t in x.tokens if t.strip()]
    from pipeline.nlp.segment import get_segmenter

    return [t for t in get_segmenter().cut(x.text) if t.strip()]


def _words(x: MeasureInput) -> list[str]:
    return _tokens(x)


def _text(x: MeasureInput) -> str:
    return x.text


def _heading(x: MeasureInput) -> str:
    return x.heading or "无标题"  # "no heading" is a feature too, and keeps the vocabulary non-empty


def _position(xs: list[MeasureInput]) -> np.ndarray:
    bins = np.zeros((len(xs), 4))
    for i, x in enumerate(xs):
        if x.position is None:
            bins[i, 3] = 1
        else:
            bins[i, min(2, int(x.position * 3))] = 1
    return bins


def best_thresholds(P: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Per category, the threshold in 0.10..0.90 with the best F1 on these (out-of-fold) scores."""
    grid = np.arange(0.1, 0.91, 0.05)
    out = []
    for j in range(Y.shape[1]):
        f1s = [f1_score(Y[:, j], P[:, j] >= t, zero_division=0) for t in grid]
        out.append(round(float(grid[int(np.argmax(f1s))]), 2))
    return np.array(out)


class RichClassifier(ClassifierMixin, BaseEstimator):
    """Linear one-vs-rest model on segmentation tokens, character n-grams, heading and position,
    plus the codebook's cue scores as features; thresholds chosen out of fold."""

    takes_inputs = True  # the tagger passes MeasureInput (tokens, heading, position), not bare texts

    def __init__(self, codebook=None, C: float = 4.0, folds: int = 4, random_state: int = 0):
        self.codebook = codebook
        self.C = C
        self.folds = folds
        self.random_state = random_state

    def _pipeline(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import FeatureUnion, FunctionTransformer, make_pipeline

        from pipeline.classify.classifier import RuleClassifier

        rules = RuleClassifier(self.codebook).fit()
        features = FeatureUnion([
            ("words", TfidfVectorizer(analyzer=_words, ngram_range=(1, 1), sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2,
                                      preprocessor=_text)),
            ("heading", TfidfVectorizer(analyzer="char", ngram_range=(2, 2), preprocessor=_heading, min_df=2)),
            ("position", FunctionTransformer(_position)),
            ("cues", FunctionTransformer(_cue_scores, kw_args={"rules": rules})),
        ])
        clf = OneVsRestClassifier(LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000))
        return make_pipeline(features, clf)

    def fit(self, X, Y) -> "RichClassifier":
        from sklearn.model_selection import KFold

        X, Y = as_inputs(X), np.asarray(Y)
        oof = np.zeros(Y.shape)
        for tr, va in KFold(self.folds, shuffle=True, random_state=self.random_state).split(X):
            oof[va] = _proba(self._pipeline().fit([X[i] for i in tr], Y[tr]), [X[i] for i in va], Y.shape[1])
        self.thresholds_ = best_thresholds(oof, Y)
        self.pipeline_ = self._pipeline().fit(X, Y)
        self.n_labels_ = Y.shape[1]
        from pipeline.classify.classifier import load_codebook

        self.labels_ = (self.codebook or load_codebook()).ids
        return self

    def predict_proba(self, X) -> np.ndarray:
        return _proba(self.pipeline_, as_inputs(X), self.n_labels_)

    def predict(self, X) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return (P >= self.thresholds_).astype(int)


def _cue_scores(xs: list[MeasureInput], rules) -> np.ndarray:
    return rules.predict_proba([x.text for x in xs])


def _proba(model, X, n: int) -> np.ndarray:
    P = model.predict_proba(X)
    return P if P.shape[1] == n else np.zeros((len(X), n))


class SpacyTextcat(ClassifierMixin, BaseEstimator):
    """spaCy's ``textcat_multilabel`` (bag of words and n-grams over characters) trained on CPU."""

    def __init__(self, codebook=None, epochs: int = 15, folds: int = 3, random_state: int = 0):
        self.codebook = codebook
        self.epochs = epochs
        self.folds = folds
        self.random_state = random_state

    def _labels(self) -> list[str]:
        from pipeline.classify.classifier import load_codebook

        return (self.codebook or load_codebook()).ids

    def _train(self, X: list[MeasureInput], Y: np.ndarray):
        import spacy
        from spacy.training import Example

        labels = self._labels()
        nlp = spacy.blank("zh")
        tc = nlp.add_pipe("textcat_multilabel", config={"model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
            "no_output_layer": False}})
        for lab in labels:
            tc.add_label(lab)
        examples = [Example.from_dict(nlp.make_doc(x.text), {"cats": {lab: float(y[j]) for j, lab in enumerate(labels)}})
                    for x, y in zip(X, Y)]
        rng = random.Random(self.random_state)
        spacy.util.fix_random_seed(self.random_state)
        opt = nlp.initialize(lambda: examples)
        for _ in range(self.epochs):
            rng.shuffle(examples)
            for batch in spacy.util.minibatch(examples, size=16):
                nlp.update(batch, sgd=opt, drop=0.1)
        return nlp

    def _scores(self, nlp, X: list[MeasureInput]) -> np.ndarray:
        labels = self._labels()
        return np.array([[d.cats[lab] for lab in labels] for d in nlp.pipe([x.text for x in X], batch_size=64)])

    def fit(self, X, Y) -> "SpacyTextcat":
        from sklearn.model_selection import KFold

        X, Y = as_inputs(X), np.asarray(Y)
        oof = np.zeros(Y.shape)
        for tr, va in KFold(self.folds, shuffle=True, random_state=self.random_state).split(X):
            oof[va] = self._scores(self._train([X[i] for i in tr], Y[tr]), [X[i] for i in va])
        self.thresholds_ = best_thresholds(oof, Y)
        self.nlp_ = self._train(X, Y)
        return self

    def predict_proba(self, X) -> np.ndarray:
        return self._scores(self.nlp_, as_inputs(X))

    def predict(self, X) -> np.ndarray:
        return (self.predict_proba(X) >= self.thresholds_).astype(int)


# --- metrics ------------------------------------------------------------------------------

def per_category(Y: np.ndarray, P: np.ndarray, labels: list[str]) -> dict[str, dict]:
    """P / R / F1 / support per category, micro and macro, from sklearn.metrics."""
    p, r, f, s = precision_recall_fscore_support(Y, P, zero_division=0)
    out = {lab: {"precision": round(float(p[j]), 3), "recall": round(float(r[j]), 3), "f1": round(float(f[j]), 3),
                 "support": int(s[j])} for j, lab in enumerate(labels)}
    for avg in ("micro", "macro"):
        pa, ra, fa, _ = precision_recall_fscore_support(Y, P, average=avg, zero_division=0)
        out[avg] = {"precision": round(float(pa), 3), "recall": round(float(ra), 3), "f1": round(float(fa), 3)}
    out["unclassified_share"] = round(float((P.sum(axis=1) == 0).mean()), 3) if len(P) else 0.0
    return out


def confusions(Y: np.ndarray, P: np.ndarray, labels: list[str], top: int = 8) -> list[tuple[str, str, int]]:
    """(category missed, category predicted instead, how often), most frequent first."""
    from collections import Counter

    c: Counter = Counter()
    for y, p in zip(Y, P):
        for a in (labels[j] for j in range(len(labels)) if y[j] and not p[j]):
            for b in (labels[j] for j in range(len(labels)) if p[j] and not y[j]):
                c[(a, b)] += 1
    return [(a, b, n) for (a, b), n in c.most_common(top)]


def oof_macro_f1(make, base: list, dev: list, labels: list[str], folds: int = 4, seed: int = 0,
                 texts: bool = False) -> float:
    """Macro-F1 on the dev items, each predicted by a model trained on ``base`` plus the other dev folds."""
    from sklearn.model_selection import KFold

    from pipeline.classify.classifier import indicator

    Y = indicator(dev, labels)
    P = np.zeros(Y.shape, dtype=int)
    for tr, va in KFold(folds, shuffle=True, random_state=seed).split(dev):
        train = base + [dev[i] for i in tr]
        X = [i.text for i in train] if texts else train
        model = make().fit(X, indicator(train, labels))
        Xv = [dev[i] for i in va]
        P[va] = model.predict([i.text for i in Xv] if texts else Xv)
    return float(f1_score(Y, P, average="macro", zero_division=0))


def attach_context(items: list, real_dir) -> None:
    """Heading and position of each real-page label, from the extracted measure its span overlaps."""
    from pathlib import Path

    from pipeline.worker import process_document
    from pipeline.text.ingest import read_document

    by_file: dict[str, list] = {}
    for it in items:
        if "file" in it.extra:
            by_file.setdefault(it.extra["file"], []).append(it)
    for name, its in by_file.items():
        pd = process_document(read_document(Path(real_dir) / name))
        spans = []
        for art, x in zip(pd.articles, pd.extractions):
            for k, m in enumerate(x.measures):
                a, b = pd.clean.orig_span(art.doc_start + m.start, art.doc_start + m.end)
                spans.append((a, b, m.heading, k / max(len(x.measures), 1)))
        for it in its:
            s, e = it.extra["start"], it.extra["end"]
            best = max(spans, key=lambda sp: min(sp[1], e) - max(sp[0], s), default=None)
            if best and min(best[1], e) - max(best[0], s) > 0:
                it.heading, it.position = best[2], best[3]
