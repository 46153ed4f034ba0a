"""Scores of a classification against the labels (all from sklearn.metrics), and confusions."""
from __future__ import annotations

from collections import Counter

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

from pipeline.classify.data import indicator


NOT_SCORED = "no labelled measures: not scored (label some with policykb label)"


def per_category(Y: np.ndarray, P: np.ndarray, labels: list[str]) -> dict[str, dict]:
    """P / R / F1 / support per category, micro and macro, and the share of items with no category.

    A category no test item is labelled with (one just added to the codebook) cannot be scored: its
    scores are None with a note, and the macro average, which would count it as F1 0, leaves it out
    (``macro["left_out"]``); micro still counts its predictions as the errors they are."""
    p, r, f, s = precision_recall_fscore_support(Y, P, zero_division=0)
    out: dict = {}
    for j, lab in enumerate(labels):
        if s[j]:
            out[lab] = {"precision": round(float(p[j]), 3), "recall": round(float(r[j]), 3),
                        "f1": round(float(f[j]), 3), "support": int(s[j])}
        else:
            out[lab] = {"precision": None, "recall": None, "f1": None, "support": 0,
                        "predicted": int(P[:, j].sum()) if len(P) else 0, "note": NOT_SCORED}
    scored = [j for j in range(len(labels)) if s[j]]
    for avg in ("micro", "macro"):
        if avg == "macro" and not scored:
            pa = ra = fa = 0.0
        else:
            pa, ra, fa, _ = precision_recall_fscore_support(Y, P, average=avg, zero_division=0,
                                                            labels=scored if avg == "macro" else None)
        out[avg] = {"precision": round(float(pa), 3), "recall": round(float(ra), 3), "f1": round(float(fa), 3)}
    if len(scored) < len(labels):
        out["macro"]["left_out"] = [lab for j, lab in enumerate(labels) if not s[j]]
    out["unclassified_share"] = round(float((P.sum(axis=1) == 0).mean()), 3) if len(P) else 0.0
    return out


def left_out_note(avg: dict) -> str:
    """After a macro average: the categories it leaves out, having no labelled measures to score."""
    return f" (without {', '.join(avg['left_out'])}: no labelled measures)" if avg.get("left_out") else ""


def confusions(Y: np.ndarray, P: np.ndarray, labels: list[str], top: int = 8) -> list[tuple[str, str, int]]:
    """(category missed, category predicted instead, how often), most frequent first."""
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

    Y = indicator(dev, labels)
    P = np.zeros(Y.shape, dtype=int)
    for tr, va in KFold(folds, shuffle=True, random_state=seed).split(dev):
        train = base + [dev[i] for i in tr]
        X = [i.text for i in train] if texts else train
        model = make().fit(X, indicator(train, labels))
        Xv = [dev[i] for i in va]
        P[va] = model.predict([i.text for i in Xv] if texts else Xv)
    return float(f1_score(Y, P, average="macro", zero_division=0))
