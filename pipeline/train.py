"""Training the measure classifier: the labelled data (with the context the whole pipeline finds
for measures labelled on real pages), the fit, held-out scores, and the saved model.

App layer: attaching context runs the build's text stages, above the classify package.
"""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
import datetime
import hashlib
import logging
from pathlib import Path

from threadpoolctl import threadpool_limits

from pipeline.classify.codebook import load_codebook
from pipeline.classify.data import Labelled, indicator, label_rows, load_labels
from pipeline.classify.estimators import RichClassifier
from pipeline.classify.metrics import confusions, labelled_where, per_category, unscored_said
from pipeline.classify.model import check_out, feature_sha256, save_model, versions
from pipeline.classify.rules import RuleClassifier
from pipeline.core.paths import resolve_model

log = logging.getLogger(__name__)
# What labels by offset point into: the key naming the file, the option and the Makefile's variable naming the folder.
POINTERS = {"seed": ("labels on seed articles", "--seeds", "SEEDS_DIR"),
            "file": ("labels on real pages", "--real", "REAL_DIR")}


def train(labels_file: str | Path, codebook_path: str | None = None, seeds_dir: str | Path | None = None,
          out: str | Path | None = None, real_labels: str | Path | None = None,
          real_dir: str | Path | None = None) -> dict:
    """Fit the classifier chosen on dev material (``RichClassifier``: see
    bench/compare_classifiers.py) on the project's train split plus the real dev labels; score it and
    the rules on the real test half (or the project's test split without real pages); save model
    and metadata, with the hashes of everything that changes the features."""
    check_out(resolve_model(out))  # (before the fit: a refusal after minutes of training would waste them)
    cb = load_codebook(codebook_path)
    L = cb.ids
    has_real = bool(real_labels and real_dir and Path(real_dir).is_dir())
    missing = left_out(labels_file, seeds_dir, real_labels, real_dir)
    if missing:
        log.warning(say_left_out(missing))
    with counted_here():
        items = [i for i in load_labels(labels_file, seeds_dir) if i.extra.get("measure", True)]  # (`label`'s n: no measure)
    train_items = [i for i in items if i.split == "train"]
    test_items = [i for i in items if i.split == "test"]
    sources = [labels_file]
    if has_real:
        with counted_here():
            real = [i for i in load_labels(real_labels, real_dir=real_dir) if i.extra.get("measure", True)]
        attach_context(real, real_dir)
        train_items += [i for i in real if i.split == "dev"]
        test_items = [i for i in real if i.split == "test"]
        sources.append(real_labels)
    if strays := not_in_codebook(train_items + test_items, L):
        log.warning(f"{sum(strays.values())} labels name categories the codebook ({cb.path}) lacks, trained and scored"
                    " as if absent: " + ", ".join(f"{c} ({n})" for c, n in strays.most_common()) +
                    "; rename them in the labels, or give the codebook that has them (--codebook)")
    with threadpool_limits(limits=1):  # (small matrices: BLAS threads fighting other processes for two cores made
        # a logistic fit 16 s instead of 0.5 s on a loaded machine; one thread is as fast on a quiet one)
        model = RichClassifier(cb).fit(train_items, indicator(train_items, L))
    Yte = indicator(test_items, L)
    P = model.predict(test_items)
    elsewhere = labelled_where([(i, "train") for i in train_items] +
                               [(i, f"test in {labels_file}, not scored") for i in items if has_real and i.split == "test"])
    scored_on = f"the real test half ({real_labels}, split test)" if has_real else f"the test split of {labels_file}"
    metrics = {
        "model": unscored_said(per_category(Yte, P, L), elsewhere, scored_on), "confusions": confusions(Yte, P, L),
        "rules": unscored_said(per_category(Yte, RuleClassifier(cb).fit().predict([i.text for i in test_items]), L),
                               elsewhere, scored_on),
        "thresholds": dict(zip(L, map(float, model.thresholds_))), "fallback_floor": model.floor_,
        "second_category_ratio": model.ratio_,
        "cue_blend_alpha": model.alpha_,
        "train": len(train_items), "test": len(test_items),
    }
    meta = {
        "trained": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "system": "rich", "labels": L, "versions": versions(), "codebook": cb.path, "codebook_sha256": cb.sha256,
        "feature_sha256": feature_sha256(cb), "training_data": [str(p) for p in sources],
        "training_sha256": hashlib.sha256(b"".join(Path(p).read_bytes() for p in sources)).hexdigest(),
        "metrics": metrics,
    }
    save_model(model, resolve_model(out), meta)
    return meta


def not_in_codebook(items, ids: list[str]) -> Counter:
    """The labels' categories no codebook category has, with how many labels name each (a renamed id, a typo:
    Care for care; they were dropped without a word, the model trained as if those measures had none)."""
    known = set(ids)
    return Counter(c for i in items for c in i.categories if c not in known)


def left_out(labels_file: str | Path, seeds_dir: str | Path | None, real_labels: str | Path | None,
             real_dir: str | Path | None) -> Counter:
    """The labels training leaves out, by (what they point into, its folder): those whose file
    ``load_labels`` does not find, and every real-page label when their folder is not there."""
    missing: Counter = Counter()
    for d in label_rows(labels_file):
        if "seed" in d and d.get("text") is None and (seeds_dir is None or not (Path(seeds_dir) / d["seed"]).is_file()):
            missing["seed", None if seeds_dir is None else str(seeds_dir)] += 1
    if real_labels:
        folder = None if real_dir is None else str(real_dir)
        there = folder is not None and Path(folder).is_dir()
        for d in label_rows(real_labels):
            if d and (not there or d.get("text") is None and not (Path(folder) / d.get("file", "")).is_file()):
                missing["file", folder] += 1
    return missing


def say_left_out(missing: Counter) -> str:
    """One line for the labels left out: which, and where their files were looked for; what it
    means; how to name the folders."""
    kinds = list(dict.fromkeys(k for k, _ in sorted(missing)))
    return (f"{sum(missing.values())} labelled measures left out: {_which(missing)}; the model trained without "
            "them is not the one the README's figures were measured with: give the folders with "
            f"{' / '.join(POINTERS[k][1] for k in kinds)} (make kb {' '.join(POINTERS[k][2] + '=DIR' for k in kinds)})")


def say_not_scored(missing: Counter, real_scored: bool) -> str:
    """``evaluate --task classify``'s line for the same: which labels it could not read, and whether the real test
    half (the figure ``train`` prints and the README reports) was scored."""
    kinds = list(dict.fromkeys(k for k, _ in sorted(missing)))
    real = "" if real_scored else "; the real test half (the README's figure) was not scored"
    return (f"{sum(missing.values())} labelled measures not read: {_which(missing)}{real}: give the folders with "
            f"{' / '.join(POINTERS[k][1] for k in kinds)}")


def _which(missing: Counter) -> str:
    parts = []
    for (kind, folder), n in sorted(missing.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        if folder is None:
            why = f"no {POINTERS[kind][1]} folder given"
        elif Path(folder).is_dir():
            why = f"their files are not in {folder}"
        else:
            why = f"{folder} is not there"
        parts.append(f"{n} {POINTERS[kind][0]} ({why})")
    return ", ".join(parts)


@contextmanager
def counted_here():
    """Quiets load_labels' own count of skipped labels, which names no folder: ``train`` has said it,
    with them.  (load_labels is left as it is: classify's code is hashed into every model, and a change
    there would make each trained model refuse to load.)"""
    data_log = logging.getLogger(load_labels.__module__)
    level = data_log.level
    data_log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        data_log.setLevel(level)


def attach_context(items: list[Labelled], real_dir: str | Path) -> None:
    """Heading and position of each real-page label, from the extracted measure its span overlaps."""
    from pipeline.worker import process_document
    from pipeline.text.ingest import read_document

    by_file: dict[str, list[Labelled]] = {}
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
