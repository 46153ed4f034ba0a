"""Three ways to classify measures, compared on the same split of the real labels.

- ``blend``: today's model — TF-IDF over jieba words and character n-grams, one-vs-rest
  logistic regression, blended with the codebook's cue rules (pipeline.classify.estimators.MeasureClassifier);
- ``rich``: a linear model on richer features — the segmentation's tokens (one jieba pass,
  the build's own), character 1–3-grams, the measure's heading and its position in the article,
  and the cue scores — with per-category thresholds chosen out of fold;
- ``spacy``: spaCy's ``textcat_multilabel`` (bag-of-words + n-gram model) trained on CPU.

Training data: the project's labelled sentences plus the dev half of the real labels; the
choice between the three is made by cross-validated macro-F1 on the dev half only; the test
half (real pages with even numbers) is scored once, for the report.

Usage: python bench/compare_classifiers.py [--out outputs/bench/classifiers.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
import sys


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.classify.codebook import load_codebook  # noqa: E402
from pipeline.classify.data import indicator, load_labels  # noqa: E402
from pipeline.classify.estimators import MeasureClassifier, RichClassifier, SpacyTextcat  # noqa: E402
from pipeline.classify.metrics import confusions, oof_macro_f1, per_category  # noqa: E402
from pipeline.train import attach_context  # noqa: E402

REAL = ROOT.parent / "shared" / "real"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "outputs" / "bench" / "classifiers.json"))
    ap.add_argument("--folds", type=int, default=4)
    a = ap.parse_args()
    cb = load_codebook()
    L = cb.ids
    project = load_labels(ROOT / "corpora/labels/measures.jsonl", ROOT.parent / "shared/seeds")
    real = [i for i in load_labels(ROOT / "corpora/labels/real/measures.jsonl", real_dir=REAL) if i.extra["measure"]]
    attach_context(real, REAL)
    dev = [i for i in real if i.split == "dev"]
    test = [i for i in real if i.split == "test"]
    systems = {"blend": (lambda: MeasureClassifier(cb), True), "rich": (lambda: RichClassifier(cb), False),
               "spacy": (lambda: SpacyTextcat(cb), False)}
    result = {"train_project": len(project), "real_dev": len(dev), "real_test": len(test), "systems": {}}
    for name, (make, texts) in systems.items():
        cv = oof_macro_f1(make, project, dev, L, folds=a.folds, texts=texts)
        train = project + dev
        model = make().fit([i.text for i in train] if texts else train, indicator(train, L))
        P = model.predict([i.text for i in test] if texts else test)
        Y = indicator(test, L)
        result["systems"][name] = {"dev_cv_macro_f1": round(cv, 3), "test": per_category(Y, P, L),
                                   "confusions": confusions(Y, P, L)}
        print(f"{name:<6} dev CV macro-F1 {cv:.3f}  test micro-F1 {result['systems'][name]['test']['micro']['f1']:.3f}"
              f"  macro-F1 {result['systems'][name]['test']['macro']['f1']:.3f}", flush=True)
    best = max(result["systems"], key=lambda k: result["systems"][k]["dev_cv_macro_f1"])
    result["chosen_on_dev"] = best
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"chosen on dev: {best}")


if __name__ == "__main__":
    main()
