"""The classifiers keep scikit-learn's estimator contract (so clone, pipelines and grid search work).

From sklearn.utils.estimator_checks we run the checks that need no data.  The checks that fit
or predict feed numeric arrays (make_blobs, make_multilabel_classification): our estimators
read measure texts (and MeasureInput), so those are rewritten below on a tiny labelled set —
unfitted predict raises NotFittedError, fit returns self, fit leaves the parameters alone,
refitting gives the same model, pickling keeps predictions, predictions of a subset equal the
subset of predictions, and the multilabel output format.  Skipped as not applicable: the
checks on dtypes, sparse input, NaN/inf, 1-d/1-feature/1-sample arrays, sample weights,
n_features_in_, array API and pandas/polars output (all of them numeric-matrix contracts),
and class_weight checks (our class weighting is fixed, not a parameter).
"""
from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV
from sklearn.utils import estimator_checks as checks

from pipeline.classify.codebook import load_codebook
from pipeline.classify.data import indicator, load_labels
from pipeline.classify.estimators import (NO_FALLBACK, RATIOS, THRESHOLDS, MeasureClassifier, RichClassifier, SpacyTextcat, best_floor,
                                          best_thresholds, f1_by_threshold)
from pipeline.classify.predictor import decide_with_floor
from pipeline.classify import features
from pipeline.classify.features import MeasureInput
from pipeline.classify.rules import RuleClassifier
from tests.conftest import ROOT

LABELS = ROOT / "corpora" / "labels" / "measures.jsonl"
ESTIMATORS = [RuleClassifier, MeasureClassifier, RichClassifier, SpacyTextcat]
# Fitted in these tests (SpacyTextcat only with few epochs: it is the slow one).
FITTED = [RuleClassifier, MeasureClassifier, RichClassifier, lambda: SpacyTextcat(epochs=2)]

NO_DATA_CHECKS = [
    checks.check_estimator_cloneable, checks.check_estimator_repr, checks.check_no_attributes_set_in_init,
    checks.check_get_params_invariance, checks.check_set_params, checks.check_parameters_default_constructible,
    checks.check_do_not_raise_errors_in_init_or_set_params, checks.check_mixin_order,
    checks.check_valid_tag_types, checks.check_estimator_tags_renamed,
]


@pytest.fixture(scope="module")
def tiny(segmenter):
    """60 labelled training measures (texts written for the project) and their indicator matrix."""
    items = [i for i in load_labels(LABELS) if i.split == "train"][:60]
    return items, indicator(items, load_codebook().ids)


@pytest.mark.parametrize("check", NO_DATA_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("make", ESTIMATORS, ids=lambda e: e.__name__)
def test_sklearn_checks_without_data(make, check):
    check(make.__name__, make())


@pytest.mark.parametrize("make", ESTIMATORS, ids=lambda e: e.__name__)
def test_clone_and_params(make):
    est = make()
    params = est.get_params()
    assert params["codebook"] is None  # the shipped codebook is settled in fit, not in __init__
    copy = clone(est.set_params(random_state=3) if "random_state" in params else est)
    assert copy is not est and copy.get_params() == est.get_params()
    assert not [k for k in vars(copy) if k.endswith("_")]
    if "C" in params:
        assert est.set_params(C=0.5) is est and est.get_params()["C"] == 0.5
        assert est.set_params(**params).get_params() == params


@pytest.mark.parametrize("make", ESTIMATORS, ids=lambda e: e.__name__)
def test_predict_before_fit_raises_not_fitted(make):
    for method in ("predict", "predict_proba"):
        with pytest.raises(NotFittedError):
            getattr(make(), method)(["选派年轻干部到乡镇挂职"])


@pytest.mark.parametrize("make", FITTED, ids=["RuleClassifier", "MeasureClassifier", "RichClassifier", "SpacyTextcat"])
def test_fit_contract(make, tiny):
    items, Y = tiny
    X = [i.text for i in items]
    est = make()
    before = est.get_params()
    assert est.fit(X, Y) is est
    assert est.get_params() == before  # fit does not change the parameters
    learned = set(vars(est)) - set(before)
    assert learned and all(k.endswith("_") for k in learned)
    assert est.labels_ == load_codebook().ids
    P, Yhat = est.predict_proba(X), est.predict(X)
    assert P.shape == Yhat.shape == Y.shape and ((P >= 0) & (P <= 1)).all()
    assert set(np.unique(Yhat)) <= {0, 1}
    assert (est.predict(X[10:20]) == Yhat[10:20]).all()  # a subset predicts as in the whole batch
    assert (pickle.loads(pickle.dumps(est)).predict_proba(X) == P).all()
    assert not [k for k in vars(clone(est)) if k.endswith("_")]  # a clone of a fitted estimator is unfitted


def test_refit_is_idempotent(tiny):
    items, Y = tiny
    a = RichClassifier(folds=3).fit(items, Y)
    b = clone(a).fit(items, Y)
    assert (a.thresholds_ == b.thresholds_).all()
    assert (a.predict_proba(items) == b.predict_proba(items)).all()


@pytest.mark.parametrize("context", [True, False])
def test_rich_classifier_reads_context_only_when_asked(tiny, context):
    items, Y = tiny
    est = RichClassifier(folds=3, context=context).fit(items, Y)
    bare = est.predict_proba([i.text for i in items[:5]])
    same = est.predict_proba([MeasureInput(i.text) for i in items[:5]])
    placed = est.predict_proba([MeasureInput(i.text, heading="关心关爱", position=0.9) for i in items[:5]])
    assert (bare == same).all() and (placed == same).all() != context


def test_rich_classifier_blends_the_cues_by_its_out_of_fold_share(tiny):
    from pipeline.classify.features import codebook_cues

    items, Y = tiny
    est = RichClassifier(folds=3).fit(items, Y)
    assert 0.3 <= est.alpha_ <= 1.0
    model = est.pipeline_.predict_proba(items)
    cues = codebook_cues([i.text for i in items], est.rules_.codebook_)
    assert np.allclose(est.predict_proba(items), est.alpha_ * model + (1 - est.alpha_) * cues)
    est.alpha_ = 0.3  # mostly cues: a text with a category's cue and nothing else scores it highest
    j = est.labels_.index("care")
    assert est.predict_proba(["关心关爱"])[0].argmax() == j


def test_tfidf_counts_as_scikit_learn_counts(tiny):
    """Tfidf's own count of a fitted vocabulary gives scikit-learn's matrices (features outside the
    vocabulary dropped), for character n-grams and for a callable analyser."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.classify.estimators import Tfidf

    items, _ = tiny
    train = [MeasureInput(i.text) for i in items[:40]]
    unseen = [MeasureInput(i.text) for i in items[40:]] + [MeasureInput(""), MeasureInput("未见过的词  和\t\t空白")]
    for kw in ({"analyzer": "char", "ngram_range": (1, 3), "sublinear_tf": True, "min_df": 2, "preprocessor": features.text},
               {"analyzer": features.words, "sublinear_tf": True}):
        ours, theirs = Tfidf(**kw).fit(train), TfidfVectorizer(**kw).fit(train)
        A, B = ours.transform(unseen), theirs.transform(unseen)
        assert (A.indptr == B.indptr).all() and (A.indices == B.indices).all() and (A.data == B.data).all()


def test_predictor_scores_are_the_classifiers(tiny):
    """What the build loads (``Predictor``, no scikit-learn) scores and decides as the fitted
    RichClassifier, with context or without, a category never seen in training too: the same
    decisions, the same scores to the last bit or two (scipy's compiled sparse product may fuse a
    multiply and an add where numpy rounds twice: on AVX-512 machines 13 of 540 scores differ by
    one unit in the last place)."""
    from pipeline.classify.predictor import Predictor

    items, Y = tiny
    Y = Y.copy()
    Y[:, -1] = 0  # one category absent from the training data: a constant one-vs-rest member
    for context in (False, True):
        est = RichClassifier(folds=3, context=context).fit(items, Y)
        pred = pickle.loads(pickle.dumps(est.predictor()))
        assert isinstance(pred, Predictor) and pred.labels_ == est.labels_ and (pred.thresholds_ == est.thresholds_).all()
        assert pred.floor_ == est.floor_ and pred.alpha == est.alpha_ and pred.ratio_ == est.ratio_
        inputs = [items, [i.text for i in items], [MeasureInput(i.text, heading="关心关爱", position=0.9) for i in items],
                  ["", "  ", "干部\t\t交流  轮岗", "x" * 300, "\U00020000干部\U00020001部 "]]
        for X in inputs:
            P = est.predict_proba(X)
            np.testing.assert_allclose(pred.predict_proba(X), P, rtol=1e-14, atol=1e-16)
            assert (pred.predict(X) == est.predict(X)).all()
        assert (P[:, -1] == 0).all()


def test_grid_search_over_one_parameter(tiny):
    items, Y = tiny
    search = GridSearchCV(RichClassifier(folds=2), {"C": [0.5, 4.0]}, cv=2, scoring="f1_macro").fit(items, Y)
    assert np.isfinite(search.cv_results_["mean_test_score"]).all()
    assert search.best_params_["C"] in (0.5, 4.0)
    assert search.best_estimator_.predict(items[:3]).shape == (3, Y.shape[1])


def test_f1_at_every_threshold_is_sklearns_to_the_bit():
    rng = np.random.default_rng(7)
    for _ in range(12):
        n, k = rng.integers(1, 40), rng.integers(1, 6)
        P, Y = rng.random((n, k)).round(2), (rng.random((n, k)) < rng.random()).astype(int)
        want = [[f1_score(Y[:, j], P[:, j] >= t, zero_division=0) for j in range(k)] for t in THRESHOLDS]
        assert f1_by_threshold(P, Y).tolist() == want  # equal floats: thresholds tie as they did


def test_best_thresholds_take_the_lowest_of_equally_good():
    Y = np.array([[1, 0], [0, 1], [1, 0], [0, 0]])
    P = np.array([[0.8, 0.05], [0.2, 0.95], [0.6, 0.05], [0.1, 0.05]])
    assert best_thresholds(P, Y).tolist() == [0.2, 0.1]


def test_fallback_gives_the_likeliest_category_above_the_floor_only_where_none_passes():
    th = np.array([0.5, 0.5, 0.5])
    P = np.array([[0.9, 0.6, 0.1],    # two pass: kept as they are
                  [0.3, 0.45, 0.2],   # none passes, the best (0.45) is above the floor: it is given
                  [0.1, 0.15, 0.12],  # none passes, the best is below the floor: 未归类
                  [0.2, 0.7, 0.3]])   # one passes: no second category added
    assert decide_with_floor(P, th, 0.2).tolist() == [[1, 1, 0], [0, 1, 0], [0, 0, 0], [0, 1, 0]]
    assert decide_with_floor(P, th, NO_FALLBACK).tolist() == [[1, 1, 0], [0, 0, 0], [0, 0, 0], [0, 1, 0]]


def test_a_second_category_well_under_the_first_is_dropped():
    th = np.array([0.3, 0.3, 0.3])
    P = np.array([[0.9, 0.4, 0.1],    # the second passes its threshold at under half the first: dropped
                  [0.6, 0.5, 0.1],    # nearly as likely as the first: kept
                  [0.2, 0.35, 0.1]])  # one passes: kept, whatever the ratio
    assert decide_with_floor(P, th, NO_FALLBACK, 0.5).tolist() == [[1, 0, 0], [1, 1, 0], [0, 1, 0]]
    assert decide_with_floor(P, th, NO_FALLBACK).tolist() == [[1, 1, 0], [1, 1, 0], [0, 1, 0]]  # ratio 0: any


def test_the_second_category_ratio_is_chosen_out_of_fold(tiny):
    items, Y = tiny
    est = RichClassifier(folds=3).fit(items, Y)
    assert est.ratio_ in RATIOS
    P = est.predict_proba(items)
    assert (est.predict(items) == decide_with_floor(P, est.thresholds_, est.floor_, est.ratio_)).all()


def test_best_floor_takes_the_highest_helpful_floor_or_none():
    th = np.array([0.5, 0.5])
    # Below threshold, the likeliest category is right down to 0.3 and wrong under it.
    P = np.array([[0.9, 0.1], [0.1, 0.8], [0.42, 0.1], [0.1, 0.31], [0.2, 0.12], [0.15, 0.1]])
    Y = np.array([[1, 0], [0, 1], [1, 0], [0, 1], [0, 1], [0, 1]])
    assert best_floor(P, Y, th) == 0.3
    # The likeliest category is always wrong below threshold: no fallback at all.
    wrong = np.array([[1, 0], [0, 1], [0, 1], [1, 0]])
    assert best_floor(np.array([[0.9, 0.1], [0.1, 0.8], [0.4, 0.1], [0.1, 0.4]]), wrong, th) == NO_FALLBACK


def test_rich_classifier_decides_with_its_floor(tiny):
    items, Y = tiny
    est = RichClassifier(folds=3).fit(items, Y)
    assert est.floor_ == NO_FALLBACK or 0.05 <= est.floor_ <= 0.5
    P = est.predict_proba(items)
    assert (est.predict(items) == decide_with_floor(P, est.thresholds_, est.floor_)).all()
    below = np.full(len(est.thresholds_), est.thresholds_.min() - 0.02)  # no category passes;
    below[2] += 0.01  # the third is the likeliest
    est.floor_ = 0.05
    assert est.decide(below[None]).nonzero()[1].tolist() == [2]
    est.floor_ = NO_FALLBACK
    assert est.decide(below[None]).sum() == 0
