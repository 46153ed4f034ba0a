"""Scores of a classification against the labels (all from sklearn.metrics), and confusions."""
from __future__ import annotations

from collections import Counter

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

from pipeline.classify.data import indicator


def per_category(Y: np.ndarray, P: np.ndarray, labels: list[str]) -> dict[str, dict]:
    """P / R / F1 / support per category, micro and macro, and the share of items with no category."""
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
