"""Ways to classify measures, compared on the same split of the real labels.

- ``blend``: TF-IDF over a second jieba pass's words and word pairs and character 1–3-grams,
  one-vs-rest logistic regression, blended with the codebook's cue rules
  (pipeline.classify.estimators.MeasureClassifier);
- ``rich``: the build's model — the segmentation's own tokens (no second jieba pass) and
  character 1–4-grams, blended with the cue rules, thresholds, blend share and fallback floor
  chosen out of fold (``RichClassifier``);
- ``rich+context``: the same with the measure's heading and its position in the article;
- ``spacy``: spaCy's ``textcat_multilabel`` (bag-of-words + n-gram model) trained on CPU.

Training data: the project's labelled sentences plus the dev half of the real labels. The
choice is made on dev material only: cross-validated macro-F1 on the dev half, or, with
``--study``, the scores on a larger labelled set of measures from other real pages (dev
material kept outside the repository: its pages may not be copied in). The test half (real
pages with even numbers) is scored once, for the report.

Usage: python bench/compare_classifiers.py [--out outputs/bench/classifiers.json]
                                           [--study LABELS.jsonl --study-pages DIR]
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
    ap.add_argument("--study", help="labels (measures.jsonl format) of measures on other real pages: dev material")
    ap.add_argument("--study-pages", help="the folder of the pages the --study labels point into")
    ap.add_argument("--systems", default="blend,rich,rich+context,spacy")
    a = ap.parse_args()
    cb = load_codebook()
    L = cb.ids
    # as `make model` trains: the project's train split (its test split scores the model only without real pages)
    project = [i for i in load_labels(ROOT / "corpora/labels/measures.jsonl", ROOT.parent / "shared/seeds")
               if i.split == "train"]
    real = [i for i in load_labels(ROOT / "corpora/labels/real/measures.jsonl", real_dir=REAL) if i.extra["measure"]]
    attach_context(real, REAL)
    dev = [i for i in real if i.split == "dev"]
    test = [i for i in real if i.split == "test"]
    study = []
    if a.study:
        study = [i for i in load_labels(a.study, real_dir=a.study_pages) if i.extra["measure"]]
        attach_context(study, a.study_pages)
    systems = {"blend": (lambda: MeasureClassifier(cb), True), "rich": (lambda: RichClassifier(cb), False),
               "rich+context": (lambda: RichClassifier(cb, context=True), False),
               "spacy": (lambda: SpacyTextcat(cb), False)}
    result = {"train_project": len(project), "real_dev": len(dev), "real_test": len(test), "study": len(study),
              "systems": {}}
    for name in a.systems.split(","):
        make, texts = systems[name]
        cv = oof_macro_f1(make, project, dev, L, folds=a.folds, texts=texts)
        train = project + dev
        model = make().fit([i.text for i in train] if texts else train, indicator(train, L))
        row = result["systems"][name] = {"dev_cv_macro_f1": round(cv, 3)}
        for part, items in (("study", study), ("test", test)):
            if items:
                Y, P = indicator(items, L), model.predict([i.text for i in items] if texts else items)
                row[part] = per_category(Y, P, L)
                row[part + "_confusions"] = confusions(Y, P, L)
        print(f"{name:<12} dev CV macro-F1 {cv:.3f}" + "".join(
            f"  {part} micro-F1 {row[part]['micro']['f1']:.3f} macro-F1 {row[part]['macro']['f1']:.3f}"
            for part in ("study", "test") if part in row), flush=True)
    key = (lambda k: result["systems"][k]["study"]["macro"]["f1"]) if study else \
        (lambda k: result["systems"][k]["dev_cv_macro_f1"])
    best = max(result["systems"], key=key)
    result["chosen_on_dev"] = best
    result["chosen_by"] = "study set macro-F1" if study else "dev CV macro-F1"
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"chosen on dev: {best}")


if __name__ == "__main__":
    main()
