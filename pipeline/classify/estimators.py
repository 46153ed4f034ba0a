"""The trainable measure classifiers, as scikit-learn estimators.

All follow the estimator contract (``BaseEstimator``: parameters only in ``__init__``,
``fit(X, y)`` returns self, learned state ends in ``_``), so ``clone`` and grid search work.
``y`` is the indicator matrix over the codebook's categories, in codebook order; the names of
the categories (``labels_``) come from the codebook given at construction (the shipped one
when none was); ``classes_`` are the column indices, as for scikit-learn's multilabel
classifiers (its scorers read them).  ``MeasureClassifier`` reads bare texts; ``RichClassifier`` and
``SpacyTextcat`` read ``MeasureInput`` (or strings, or labelled items): the measure's text,
the tokens segmentation already made, its heading and its relative position in the article.

Decision thresholds, one per category, are chosen on out-of-fold predictions of the training
data (``best_thresholds``), never on test data; so is ``RichClassifier``'s fallback floor
(``best_floor``).
"""
from __future__ import annotations

from contextlib import contextmanager
import random
import warnings

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.utils._sparse import _align_api_if_sparse
from sklearn.utils.validation import check_is_fitted

from pipeline.classify import features
from pipeline.classify.codebook import Codebook, load_codebook
from pipeline.classify.features import MeasureInput, as_inputs
from pipeline.classify.predictor import CharNgrams, Predictor, TfidfBlock, count_matrix, decide_with_floor
from pipeline.classify.rules import RuleClassifier

THRESHOLDS = np.arange(0.1, 0.91, 0.05)  # the candidates, 0.10 .. 0.90
FLOORS = np.arange(0.05, 0.51, 0.05)  # fallback floors tried, 0.05 .. 0.50 (above them: no fallback)
NO_FALLBACK = 1.01  # a floor no probability reaches
RATIOS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)  # a second category's least share of the first's score, tried (0: any)


def best_thresholds(P: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Per category, the threshold in 0.10..0.90 with the best F1 on these (out-of-fold) scores
    (the lowest of equally good ones)."""
    best = np.argmax(f1_by_threshold(P, Y), axis=0)  # the first of equal maxima: the lowest threshold
    return np.array([round(float(THRESHOLDS[i]), 2) for i in best])


def f1_by_threshold(P: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """F1 of each category (column) at each of ``THRESHOLDS`` (row): ``f1_score(Y[:, j], P[:, j] >= t,
    zero_division=0)`` for all of them at once, with its arithmetic (2·tp / (true + predicted)), so
    the same floats; one call of it per cell cost ~10 ms of input checks, most of a fit."""
    truth = np.asarray(Y).astype(bool)
    pred = np.asarray(P)[None, :, :] >= THRESHOLDS[:, None, None]
    tp = (pred & truth[None]).sum(axis=1).astype(np.float64)
    denom = truth.sum(axis=0).astype(np.float64)[None, :] + pred.sum(axis=1).astype(np.float64)
    return np.divide(2.0 * tp, denom, out=np.zeros_like(tp), where=denom > 0)


def best_floor(P: np.ndarray, Y: np.ndarray, thresholds: np.ndarray) -> float:
    """The fallback floor (``predictor.decide_with_floor``) with the best micro-F1 on these
    (out-of-fold) scores, or ``NO_FALLBACK`` when no floor does better than none (the highest
    of equally good floors: a measure gets its likeliest category only where that helps)."""
    best = (f1_score(Y, decide_with_floor(P, thresholds, NO_FALLBACK), average="micro", zero_division=0), NO_FALLBACK)
    for floor in FLOORS[::-1]:
        score = f1_score(Y, decide_with_floor(P, thresholds, floor), average="micro", zero_division=0)
        if score > best[0] + 1e-9:
            best = (score, round(float(floor), 2))
    return best[1]


class Tfidf(TfidfVectorizer):
    """scikit-learn's ``TfidfVectorizer``, with the same matrices from a faster count once fitted.

    Its counting loop catches a ``KeyError`` for every feature outside the vocabulary (close
    to half of a measure's character n-grams); ``predictor.count_matrix`` counts the vocabulary
    indices of all documents in one numpy sort.  Fitting is scikit-learn's own."""

    def _count_vocab(self, raw_documents, fixed_vocab):
        if not fixed_vocab:
            return super()._count_vocab(raw_documents, fixed_vocab)
        X = count_matrix(raw_documents, self.vocabulary_, self.build_analyzer(), self.dtype)
        return self.vocabulary_, _align_api_if_sparse(X)

    def block(self) -> TfidfBlock:
        """The fitted vectoriser for ``Predictor`` (the settings ``TfidfBlock.transform`` repeats)."""
        check_is_fitted(self)
        if not (self.norm == "l2" and self.use_idf and not self.binary and self.stop_words is None):
            raise ValueError("TfidfBlock repeats l2-normed, idf-weighted counts only")
        if callable(self.analyzer):
            analyze = self.analyzer
        elif self.analyzer == "char" and self.preprocessor is not None:
            analyze = CharNgrams(self.preprocessor, *self.ngram_range)
        else:
            raise ValueError(f"TfidfBlock repeats a callable analyser or character n-grams, not {self.analyzer!r}")
        return TfidfBlock(analyze, self.vocabulary_, self.idf_, self.sublinear_tf)


def _ovr_logistic(C: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=5000))


@contextmanager
def _no_constant_label_warnings():
    """A category none of the training items has (one just added to the codebook) gets a constant
    scorer from one-vs-rest, which warns once per fit (five times a training, on stderr); the
    evaluation says what matters, that the category is not scored."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Label (not )?\S+ is present in all training examples",
                                category=UserWarning)
        yield


def _out_of_fold(make, X: list, Y: np.ndarray, folds: int, random_state: int, scores) -> np.ndarray:
    """Each item's scores from a model (``make``, then ``scores(model, X)``) fitted on the other folds."""
    from sklearn.model_selection import KFold

    oof = np.zeros(Y.shape, dtype=float)
    for tr, va in KFold(folds, shuffle=True, random_state=random_state).split(X):
        oof[va] = scores(make([X[i] for i in tr], Y[tr]), [X[i] for i in va])
    return oof


class MeasureClassifier(ClassifierMixin, BaseEstimator):
    """TF-IDF over jieba words and character n-grams with a one-vs-rest logistic regression,
    blended with the codebook's cue scores.

    The blend weight ``alpha_`` (model share) and one decision threshold per category
    are chosen on out-of-fold predictions of the training data, never on test data.
    """

    def __init__(self, codebook: Codebook | None = None, C: float = 8.0, char_ngrams: tuple[int, int] = (1, 3),
                 folds: int = 4, random_state: int = 0):
        self.codebook = codebook
        self.C = C
        self.char_ngrams = char_ngrams
        self.folds = folds
        self.random_state = random_state

    def _pipeline(self):
        from sklearn.pipeline import FeatureUnion, make_pipeline

        union = FeatureUnion([
            ("words", Tfidf(tokenizer=features.tokenize_zh, token_pattern=None, lowercase=False,
                                      ngram_range=(1, 2), sublinear_tf=True)),
            ("chars", Tfidf(analyzer="char", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=2)),
        ])
        return make_pipeline(union, _ovr_logistic(self.C))

    @_no_constant_label_warnings()
    def fit(self, X: list[str], y: np.ndarray) -> "MeasureClassifier":
        Y = np.asarray(y)
        self.rules_ = RuleClassifier(self.codebook).fit()
        oof = _out_of_fold(lambda X, Y: self._pipeline().fit(X, Y), X, Y, self.folds, self.random_state,
                           lambda model, X: model.predict_proba(X))
        rules = self.rules_.predict_proba(X)
        best = (-1.0, 1.0, None)
        for alpha in np.arange(1.0, 0.29, -0.1):  # ties keep the larger model share
            blend = alpha * oof + (1 - alpha) * rules
            th = best_thresholds(blend, Y)
            score = f1_score(Y, (blend >= th).astype(int), average="macro", zero_division=0)
            if score > best[0] + 1e-9:
                best = (float(score), round(float(alpha), 2), th)
        self.cv_macro_f1_, self.alpha_, self.thresholds_ = best
        self.pipeline_ = self._pipeline().fit(X, Y)
        self.labels_ = self.rules_.labels_
        self.classes_ = np.arange(len(self.labels_))
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        check_is_fitted(self)
        return self.alpha_ * self.pipeline_.predict_proba(X) + (1 - self.alpha_) * self.rules_.predict_proba(X)

    def predict(self, X: list[str]) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        """Categories from probabilities (so a caller that has them does not predict twice)."""
        out = (P >= self.thresholds_).astype(int)
        # Every labelled measure has a category: keep the likeliest when none passes.
        empty = np.flatnonzero(out.sum(axis=1) == 0)
        out[empty, P[empty].argmax(axis=1)] = 1
        return out


class RichClassifier(ClassifierMixin, BaseEstimator):
    """Linear one-vs-rest model on the segmentation's tokens and character n-grams (and, with
    ``context``, the measure's heading and position), blended with the codebook's cue scores;
    the blend weight ``alpha_`` and the thresholds chosen out of fold.

    A measure for which no category passes its threshold gets its likeliest category when that
    scores at least ``floor_`` (chosen out of fold, ``best_floor``), else none: the tagger
    marks it 未归类.  A category passing its threshold at under ``ratio_`` × the measure's best
    score is dropped (chosen out of fold with the blend: on the real dev half, cross-validated by
    page, it took micro-F1 from 0.852 to 0.859, precision from 0.857 to 0.874).  ``context`` is off by default: on 479 labelled measures of real pages the
    model never trained on, heading and position cost 0.03 micro-F1, and the cues do better
    blended than as features (bench/compare_classifiers.py).
    """

    takes_inputs = True  # the tagger passes MeasureInput (tokens, heading, position), not bare texts

    def __init__(self, codebook: Codebook | None = None, C: float = 4.0, char_ngrams: tuple[int, int] = (1, 4),
                 context: bool = False, folds: int = 4, random_state: int = 0):
        self.codebook = codebook
        self.C = C
        self.char_ngrams = char_ngrams
        self.context = context
        self.folds = folds
        self.random_state = random_state

    def _pipeline(self):
        from sklearn.pipeline import FeatureUnion, FunctionTransformer, make_pipeline

        parts = [
            ("words", Tfidf(analyzer=features.words, ngram_range=(1, 1), sublinear_tf=True)),
            ("chars", Tfidf(analyzer="char", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=2,
                            preprocessor=features.text)),
        ]
        if self.context:
            parts += [("heading", Tfidf(analyzer="char", ngram_range=(2, 2), preprocessor=features.heading, min_df=2)),
                      ("position", FunctionTransformer(features.position))]
        return make_pipeline(FeatureUnion(parts), _ovr_logistic(self.C))

    @_no_constant_label_warnings()
    def fit(self, X, y) -> "RichClassifier":
        X, Y = as_inputs(X), np.asarray(y)
        n = Y.shape[1]
        self.rules_ = RuleClassifier(self.codebook).fit()
        oof = _out_of_fold(lambda X, Y: self._pipeline().fit(X, Y), X, Y, self.folds, self.random_state,
                           lambda model, X: _proba(model, X, n))
        cues = self.rules_.predict_proba([x.text for x in X])
        self.alpha_, self.thresholds_, self.floor_, self.ratio_ = _best_blend(oof, cues, Y)
        self.pipeline_ = self._pipeline().fit(X, Y)
        self.n_labels_ = n
        self.labels_ = self.rules_.labels_
        self.classes_ = np.arange(n)
        return self

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self)
        xs = as_inputs(X)
        return self.alpha_ * _proba(self.pipeline_, xs, self.n_labels_) \
            + (1 - self.alpha_) * self.rules_.predict_proba([x.text for x in xs])

    def predictor(self) -> Predictor:
        """The fitted numbers, to predict without scikit-learn (what ``model.save_model`` saves)."""
        check_is_fitted(self)
        (_, union), (_, ovr) = self.pipeline_.steps
        parts = dict(union.transformer_list)
        names = ["words", "chars"] + (["heading", "position"] if self.context else [])
        if list(parts) != names or not ovr.multilabel_ or len(ovr.estimators_) != self.n_labels_:
            raise ValueError("Predictor repeats RichClassifier's own pipeline only")
        fitted = [(e.coef_[0], float(e.intercept_[0]), None) if hasattr(e, "coef_") else (None, None, float(e.y_[0]))
                  for e in ovr.estimators_]
        weights, intercepts, constants = (list(c) for c in zip(*fitted))
        return Predictor([parts[n].block() for n in names if n != "position"], self.context, self.rules_.codebook_,
                         self.alpha_, weights, intercepts, constants, self.thresholds_, self.labels_, self.floor_,
                         self.ratio_)

    def predict(self, X) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return decide_with_floor(P, self.thresholds_, self.floor_, self.ratio_)


def _best_blend(oof: np.ndarray, cues: np.ndarray, Y: np.ndarray) -> tuple[float, np.ndarray, float, float]:
    """The model's share in the blend with the cue scores (1.0 .. 0.3; ties keep the larger share),
    with its thresholds, fallback floor and second-category ratio (``RATIOS``; ties keep the
    smaller), by macro-F1 on out-of-fold scores."""
    best = None
    for alpha in np.arange(1.0, 0.29, -0.1):
        blend = alpha * oof + (1 - alpha) * cues
        th = best_thresholds(blend, Y)
        floor = best_floor(blend, Y, th)
        for ratio in RATIOS:
            score = f1_score(Y, decide_with_floor(blend, th, floor, ratio), average="macro", zero_division=0)
            if best is None or score > best[0] + 1e-9:
                best = (score, round(float(alpha), 2), th, floor, ratio)
    return best[1:]


def _proba(model, X, n: int) -> np.ndarray:
    """The model's scores, or none at all when a label was absent from its training data
    (one-vs-rest then has fewer columns than categories)."""
    P = model.predict_proba(X)
    return P if P.shape[1] == n else np.zeros((len(X), n))


class SpacyTextcat(ClassifierMixin, BaseEstimator):
    """spaCy's ``textcat_multilabel`` (bag of words and n-grams over characters) trained on CPU."""

    def __init__(self, codebook: Codebook | None = None, epochs: int = 15, folds: int = 3, random_state: int = 0):
        self.codebook = codebook
        self.epochs = epochs
        self.folds = folds
        self.random_state = random_state

    def _labels(self) -> list[str]:
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

    def fit(self, X, y) -> "SpacyTextcat":
        X, Y = as_inputs(X), np.asarray(y)
        oof = _out_of_fold(self._train, X, Y, self.folds, self.random_state, self._scores)
        self.thresholds_ = best_thresholds(oof, Y)
        self.nlp_ = self._train(X, Y)
        self.labels_ = self._labels()
        self.classes_ = np.arange(len(self.labels_))
        return self

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self)
        return self._scores(self.nlp_, as_inputs(X))

    def predict(self, X) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return (P >= self.thresholds_).astype(int)
