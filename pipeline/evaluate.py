"""Extraction quality against a hand-annotated gold set (tests/gold/), and classification
quality on the labelled measures' test split (``evaluate_classifier``).

A gold directory holds ``annotations/*.json`` (each naming its article under
``file``, relative to the directory) and optionally ``seeds/*.json`` (naming a
file of the seed folder under ``seed``).  Scores are micro-averaged over all
articles: slogans by canonical form, figures by (value, high, unit,
qualifier), documents by title, primary region by province / city / county.

``Score`` (matched items: precision, recall, F1 from true and false positives and misses) and
``Accuracy`` are the one definition of these scores, also for the real gold set (``realgold``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
import hashlib
import json
from pathlib import Path

from pipeline.worker import process_document
from pipeline.extract.article import regions_mentioned
from pipeline.extract.regions import Gazetteer
from pipeline.text.ingest import read_document


@dataclass
class Score:
    """Matched, spurious and missed items of one field, over a whole gold set.

    Extraction is scored by matching items (multisets of keys), not by labelling a fixed set
    of samples, so the counts are kept here rather than label vectors for ``sklearn.metrics``;
    an empty side scores 1.0 (nothing to find and nothing found is not an error).  Classifier
    metrics do come from ``sklearn.metrics`` (``classify.metrics``)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, got: list, want: list, where: str) -> None:
        rest = Counter(want)
        for g in got:
            if rest[g] > 0:
                rest[g] -= 1
                self.tp += 1
            else:
                self.fp += 1
                self.errors.append(f"{where}: extra {g}")
        for w, n in rest.items():
            self.fn += n
            self.errors.extend([f"{where}: missed {w}"] * n)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "f1": round(self.f1, 3),
                "gold": self.tp + self.fn, "found": self.tp + self.fp}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ok: bool, where: str, got, want) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.errors.append(f"{where}: got {got}, want {want}")

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def row(self) -> dict:
        return {"accuracy": round(self.value, 3), "n": self.total}


def _norm_title(t: str) -> str:
    return t.replace("（", "(").replace("）", ")").replace(" ", "")


def figure_key(value, high=None, unit=None, qualifier=None) -> tuple:
    """What makes two figures the same figure: values to three decimals, unit, qualifier."""
    def r(v):
        return None if v is None else round(float(v), 3)
    return (r(value), r(high), unit, qualifier)


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob("annotations/*.json")) + sorted(gold_dir.glob("seeds/*.json"))


def gold_hash(gold_dir: str | Path) -> str:
    """sha256 over the gold set's files (annotations, articles, seed annotations)."""
    gold_dir = Path(gold_dir)
    h = hashlib.sha256()
    for p in sorted(gold_dir.rglob("*")):
        if p.is_file() and p.suffix in (".json", ".txt"):
            h.update(p.relative_to(gold_dir).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def evaluate(gold_dir: str | Path, seeds_dir: str | Path | None = None) -> dict:
    gold_dir = Path(gold_dir)
    g = Gazetteer.load()
    scores = {k: Score() for k in ("slogans", "figures", "documents", "quoted_terms", "regions_mentioned", "dates")}
    region = {k: Accuracy() for k in ("province", "city", "county")}
    components = Accuracy()
    articles = 0
    skipped: list[str] = []
    for path in gold_files(gold_dir):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "seed" in gold:
            if seeds_dir is None or not (Path(seeds_dir) / gold["seed"]).exists():
                skipped.append(gold["seed"])
                continue
            source = Path(seeds_dir) / gold["seed"]
        else:
            source = gold_dir / gold["file"]
        xs = process_document(read_document(source)).extractions
        articles += 1
        name = path.stem
        got_slogans = {s.canonical: s for x in xs for s in x.slogans}
        want_slogans = {s["canonical"]: s for s in gold["slogans"]}
        scores["slogans"].add(list(got_slogans), list(want_slogans), name)
        for c in set(got_slogans) & set(want_slogans):
            components.add(got_slogans[c].components == want_slogans[c]["components"], f"{name} {c}",
                           got_slogans[c].components, want_slogans[c]["components"])
        scores["figures"].add([figure_key(f.value, f.high, f.unit, f.qualifier) for x in xs for f in x.figures],
                              [figure_key(f["value"], f.get("high"), f.get("unit"), f.get("qualifier"))
                               for f in gold["figures"]], name)
        scores["documents"].add(list(dict.fromkeys(_norm_title(d.title) for x in xs for d in x.documents)),
                                [_norm_title(d["title"]) for d in gold["documents"]], name)
        scores["quoted_terms"].add(list(dict.fromkeys(t for x in xs for t in x.quoted_terms)), gold["quoted_terms"], name)
        mentioned = list(dict.fromkeys(r for x in xs for r in regions_mentioned(x, g)))
        primary = xs[0].region if xs else None
        if primary is not None:
            mentioned = [m for m in mentioned if m not in (primary.name,)]
        scores["regions_mentioned"].add(mentioned, gold["regions_mentioned"], name)
        scores["dates"].add([d.iso for x in xs for d in x.dates if d.iso], [d["iso"] for d in gold["dates"] if d["iso"]], name)
        want_r = gold.get("region") or {}
        for level in ("province", "city", "county"):
            got_v = getattr(primary, level) if primary else None
            region[level].add(got_v == want_r.get(level), name, got_v, want_r.get(level))
    return {"articles": articles, "skipped": skipped, "seeds_dir": None if seeds_dir is None else str(seeds_dir),
            "scores": scores, "region": region, "components": components}


def report(result: dict, errors: bool = False) -> str:
    lines = [f"{result['articles']} gold articles",  # (those not scored: not_scored, said on stderr)
             f"{'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for name, s in result["scores"].items():
        lines.append(f"{name:<18}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp + s.fn:>7}")
    for level, a in result["region"].items():
        lines.append(f"region {level:<11}{'accuracy':>14}{a.value:>7.3f}{a.total:>7}")
    c = result["components"]
    lines.append(f"{'slogan components':<18}{'accuracy':>14}{c.value:>7.3f}{c.total:>7}")
    if errors:
        for name, s in result["scores"].items():
            lines += [f"  [{name}] {e}" for e in s.errors]
        for level, a in result["region"].items():
            lines += [f"  [region {level}] {e}" for e in a.errors]
        lines += [f"  [components] {e}" for e in c.errors]
    return "\n".join(lines)


def not_scored(result: dict) -> str:
    """Why some gold articles were not scored: the folder their seed files were looked for in, and how to name another
    ("" when every one was)."""
    if not result["skipped"]:
        return ""
    n, folder = len(result["skipped"]), result.get("seeds_dir")
    where = "not found" if folder is None else f"not in {folder}" + ("" if Path(folder).is_dir() else " (no such folder)")
    return f"{n} more not scored: their seed files are {where}; give their folder with --seeds"


def as_dict(result: dict, errors: bool = False) -> dict:
    """``evaluate``'s result as JSON: the rows of ``report``, with the gold's disagreements when asked."""
    out = {"articles": result["articles"], "seed_files_missing": result["skipped"],
           "fields": {k: s.row() for k, s in result["scores"].items()},
           "region": {k: a.row() for k, a in result["region"].items()},
           "components": result["components"].row()}
    if errors:
        out["errors"] = {k: s.errors for k, s in result["scores"].items()} | {
            f"region {k}": a.errors for k, a in result["region"].items()} | {"components": result["components"].errors}
    return out


def evaluate_classifier(labels_file: str | Path, codebook_path: str | None = None, seeds_dir: str | Path | None = None,
                        model_path: str | Path | None = None, real_labels: str | Path | None = None,
                        real_dir: str | Path | None = None) -> dict:
    """Per-category scores of the rules and of the saved model on the held-out test split of
    ``labels_file``; and, when the real pages and their labels are there, under ``real`` the same on
    the real test half, the set `policykb train` scores and the README reports."""
    from pipeline.classify.codebook import load_codebook
    from pipeline.classify.data import load_labels
    from pipeline.classify.model import load_model
    from pipeline.classify.rules import RuleClassifier
    from pipeline.core.paths import resolve_model

    from pipeline.classify.metrics import labelled_where

    cb = load_codebook(codebook_path)
    items = load_labels(labels_file, seeds_dir)
    test = [i for i in items if i.split == "test"]
    if not test:
        raise ValueError(f"{labels_file}: no labelled measures of the test split to score")
    systems = {"rules": RuleClassifier(cb).fit()}
    out: dict = {}
    try:
        systems["model"], _ = load_model(resolve_model(model_path), cb)
    except FileNotFoundError as e:
        out["model_missing"] = str(e)
    out |= _scored(test, systems, cb.ids)
    # (a category none of the scored labels name: said with the labels it has, and the set scored)
    train = [(i, "train") for i in items if i.split == "train"]
    _said(out, labelled_where(train), f"the test split of {labels_file}")
    if real_labels and real_dir and Path(real_labels).is_file() and Path(real_dir).is_dir():
        from pipeline.train import attach_context

        every = [i for i in load_labels(real_labels, real_dir=real_dir) if i.extra.get("measure", True)]
        real = [i for i in every if i.split == "test"]
        attach_context(real, real_dir)
        if real:
            out["real"] = _scored(real, systems, cb.ids)
            train += [(i, "train") for i in every if i.split == "dev"]
            _said(out["real"], labelled_where(train + [(i, f"test in {labels_file}") for i in test]),
                  f"the real test half ({real_labels}, split test)")
    return out


def _said(result: dict, elsewhere: dict, scored_on: str) -> None:
    from pipeline.classify.metrics import unscored_said

    for name in ("rules", "model"):
        if name in result:
            unscored_said(result[name]["scores"], elsewhere, scored_on)


def _scored(items: list, systems: dict, L: list[str]) -> dict:
    """Each system's per-category scores and confusions on these labelled measures (the model reads
    the items, with their context; the rules their texts)."""
    from pipeline.classify.data import indicator
    from pipeline.classify.metrics import confusions, per_category

    Y = indicator(items, L)
    out: dict = {"test": len(items)}
    for name, clf in systems.items():
        P = clf.predict(items if getattr(clf, "takes_inputs", False) else [i.text for i in items])
        out[name] = {"scores": per_category(Y, P, L), "confusions": confusions(Y, P, L)}
    return out


def classify_report(result: dict) -> str:
    lines = [f"held-out test split of the labels: {result['test']} measures"]
    if "model_missing" in result:
        lines.append(result["model_missing"])
    lines += _system_lines(result)
    if "real" in result:
        lines += ["", f"real test half (what `policykb train` scores and the README reports): "
                      f"{result['real']['test']} measures", *_system_lines(result["real"])]
    return "\n".join(lines)


def _system_lines(result: dict) -> list[str]:
    from pipeline.classify.metrics import left_out_said

    lines = []
    for name in ("rules", "model"):
        if name not in result:
            continue
        sc = result[name]["scores"]
        lines += [f"\n{name}", f"{'category':<12}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}"]
        for cat, v in sc.items():
            if isinstance(v, dict) and v.get("f1") is None and "note" in v:
                lines.append(f"{cat:<12}{v['note']}")
            elif isinstance(v, dict) and "support" in v:
                lines.append(f"{cat:<12}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>5}")
        for avg in ("micro", "macro"):
            m = sc[avg]
            lines.append(f"{avg:<12}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}" + left_out_said(m))
        conf = ", ".join(f"{a}→{b} ×{n}" for a, b, n in result[name]["confusions"]) or "none"
        lines.append(f"confusions (missed → predicted instead): {conf}")
    return lines
