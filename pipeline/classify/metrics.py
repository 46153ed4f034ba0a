"""Scores of a classification against the labels (all from sklearn.metrics), and confusions."""
from __future__ import annotations

from collections import Counter

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

from pipeline.classify.data import indicator
from pipeline.core.english import counted


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


def labelled_where(items: list[tuple]) -> dict[str, Counter]:
    """For each category, how many of these labels name it, by where each is (train, a test split not scored)."""
    out: dict[str, Counter] = {}
    for item, where in items:
        for c in item.categories:
            out.setdefault(c, Counter())[where] += 1
    return out


def unscored_said(scores: dict, elsewhere: dict[str, Counter], scored_on: str) -> dict:
    """A category left unscored for having no label in the scored set, said with the labels it has elsewhere and
    where it is scored: "no labelled measures (label some with policykb label)" was said of one with 12 labels,
    none in the real test half, which `label` (it writes split train) never adds to."""
    for cat in scores.get("macro", {}).get("left_out", []):
        if where := elsewhere.get(cat):
            had = ", ".join(f"{n} {w}" for w, n in where.most_common())
            scores[cat]["note"] = (f"{counted(sum(where.values()), 'labelled measure')} ({had}), none in {scored_on}, "
                                   "the set scored: not scored until some there name it")
            scores["macro"].setdefault("labelled_elsewhere", []).append(cat)
    return scores


def left_out_said(avg: dict) -> str:
    """After a macro average: the categories it leaves out, those with no label at all apart from those with none
    in the set scored ("no labelled measures" was said of both)."""
    cats = avg.get("left_out", [])
    elsewhere = [c for c in cats if c in avg.get("labelled_elsewhere", ())]
    parts = ([f"{', '.join(c for c in cats if c not in elsewhere)}: no labelled measures"] if len(elsewhere) < len(cats)
             else []) + ([f"{', '.join(elsewhere)}: none labelled in the set scored"] if elsewhere else [])
    return f" (without {'; '.join(parts)})" if parts else ""


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
