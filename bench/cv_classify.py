"""Cross-validation of the measure classifier on the training data only (the project's train split and
the real dev half; the real test half is never loaded), as `make model` trains it.

- dev: the real dev half in folds by page (``--folds`` × ``--repeats``), each fold predicted by a model
  trained on the project's train split and the other dev folds: micro / macro F1, P, R, per category;
- project: the project's train split out of fold (``--folds``), the whole dev half always in training.

A cue or rule read off the dev errors and then scored here is scored on the errors it was read from: in
session 80 such changes gained 0.854 -> 0.873 here and lost 0.846 -> 0.832 on the test half.  So the dev
pages are split by a fixed rule (``half``: page number mod 4, 1 -> D1, 3 -> D2; the dev pages are the odd
ones): ``--errors`` lists D1's errors only, and a change read off them is judged on D2's figures (whose
errors are never listed) and on the project's out-of-fold figure.

Usage: python bench/cv_classify.py [--folds 4] [--repeats 3] [--errors]  (D1's errors only)
"""
from __future__ import annotations

import argparse
from pathlib import Path
import sys

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import KFold
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.classify.codebook import load_codebook  # noqa: E402
from pipeline.classify.data import indicator, load_labels  # noqa: E402
from pipeline.classify.estimators import RichClassifier  # noqa: E402
from pipeline.train import attach_context  # noqa: E402

REAL = ROOT.parent / "shared" / "real"


def half(item) -> str:
    """D1 or D2, by the page's number (001.txt -> 1) mod 4: 1 -> D1, anything else (3) -> D2."""
    return "D1" if int(Path(item.extra["file"]).stem) % 4 == 1 else "D2"


def page_folds(dev: list, k: int, seed: int) -> np.ndarray:
    """Each dev item's fold: its page's, pages shuffled by ``seed`` and dealt in turn."""
    pages = sorted({i.extra["file"] for i in dev})
    np.random.RandomState(seed).shuffle(pages)
    fold = {p: n % k for n, p in enumerate(pages)}
    return np.array([fold[i.extra["file"]] for i in dev])


def dev_out_of_fold(make, project: list, dev: list, L: list[str], k: int, seed: int) -> np.ndarray:
    folds = page_folds(dev, k, seed)
    P = np.zeros((len(dev), len(L)), dtype=int)
    for j in range(k):
        train = project + [d for d, f in zip(dev, folds) if f != j]
        P[folds == j] = make().fit(train, indicator(train, L)).predict([d for d, f in zip(dev, folds) if f == j])
    return P


def project_out_of_fold(make, project: list, dev: list, L: list[str], k: int) -> np.ndarray:
    P = np.zeros((len(project), len(L)), dtype=int)
    for tr, va in KFold(k, shuffle=True, random_state=0).split(project):
        train = [project[i] for i in tr] + dev
        P[va] = make().fit(train, indicator(train, L)).predict([project[i] for i in va])
    return P


def report(name: str, Y: np.ndarray, runs: list[np.ndarray], L: list[str]) -> None:
    """Micro-F1 of each repeat and their mean, pooled P / R, macro-F1, per-category F1."""
    micro = [f1_score(Y, P, average="micro", zero_division=0) for P in runs]
    macro = [f1_score(Y, P, average="macro", zero_division=0) for P in runs]
    p, r, _, _ = precision_recall_fscore_support(np.vstack([Y] * len(runs)), np.vstack(runs), average="micro")
    per = f1_score(np.vstack([Y] * len(runs)), np.vstack(runs), average=None, zero_division=0)
    print(f"{name} ({len(Y)}): micro-F1 {np.mean(micro):.4f} ({', '.join(f'{m:.3f}' for m in micro)}) "
          f"P {p:.3f} R {r:.3f} macro-F1 {np.mean(macro):.4f}")
    print("    " + "  ".join(f"{c} {f:.3f}" for c, f in zip(L, per)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--errors", action="store_true", help="list the D1 items wrong in most repeats")
    a = ap.parse_args()
    cb = load_codebook()
    L = cb.ids
    project = [i for i in load_labels(ROOT / "corpora/labels/measures.jsonl", ROOT.parent / "shared/seeds")
               if i.split == "train" and i.extra.get("measure", True)]
    dev = [i for i in load_labels(ROOT / "corpora/labels/real/measures.jsonl", real_dir=REAL)
           if i.extra["measure"] and i.split == "dev"]
    attach_context(dev, REAL)
    make = lambda: RichClassifier(cb)  # noqa: E731
    Y = indicator(dev, L)
    with threadpool_limits(limits=1):
        runs = [dev_out_of_fold(make, project, dev, L, a.folds, seed) for seed in range(a.repeats)]
        Pp = project_out_of_fold(make, project, dev, L, a.folds)
    halves = np.array([half(d) for d in dev])
    for name, rows in (("dev by page", halves != ""), ("  D1", halves == "D1"), ("  D2", halves == "D2")):
        report(name, Y[rows], [P[rows] for P in runs], L)
    Yp = indicator(project, L)
    print(f"project train out of fold: micro-F1 {f1_score(Yp, Pp, average='micro'):.4f} "
          f"macro-F1 {f1_score(Yp, Pp, average='macro'):.4f}")
    if a.errors:  # D1's only: D2 judges what is read here
        for n, d in enumerate(dev):
            if halves[n] != "D1":
                continue
            wrong = sum((P[n] != Y[n]).any() for P in runs)
            if 2 * wrong > len(runs):
                said = lambda row: "+".join(c for c, v in zip(L, row) if v) or "-"  # noqa: E731
                print(f"{d.id} {d.extra['file']} labelled {said(Y[n])} predicted {said(runs[0][n])}")


if __name__ == "__main__":
    main()
