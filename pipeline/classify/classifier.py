"""Classification of measures into the codebook's categories, and their target groups.

Two classifiers with one interface (``fit`` / ``predict_proba`` / ``predict``):
``RuleClassifier`` counts the codebook's include and exclude cues (the
baseline, and the fallback when no model exists); ``MeasureClassifier`` is a
TF-IDF (jieba words + character n-grams) one-vs-rest logistic regression whose
per-category thresholds are chosen on out-of-fold predictions of the training
data.  Both follow scikit-learn's estimator contract: no work in ``__init__``,
``fit`` returns self, learned state ends in ``_``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import hashlib
from importlib import resources
import json
import logging
from pathlib import Path

import numpy as np

from pipeline.core.records import UNCLASSIFIED

log = logging.getLogger(__name__)

AUTO = "auto"  # the model that paths.default_model() finds


@dataclass(frozen=True)
class Category:
    id: str
    name_zh: str
    name_en: str
    definition: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    id: str
    name_zh: str
    cues: tuple[str, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    categories: tuple[Category, ...]
    groups: tuple[Group, ...]
    path: str
    sha256: str

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]


class ModelMismatch(Exception):
    """A saved model that must not be used with this codebook or these libraries."""


def default_codebook_path() -> str:
    return str(resources.files("pipeline").joinpath("resources", "codebook.yaml"))


@lru_cache(maxsize=8)
def load_codebook(path: str | None = None) -> Codebook:
    import yaml

    path = path or default_codebook_path()
    raw = Path(path).read_bytes()
    data = yaml.safe_load(raw.decode("utf-8"))
    cats = tuple(
        Category(id=c["id"], name_zh=c["name_zh"], name_en=c.get("name_en", ""), definition=c.get("definition", ""),
                 include=tuple(map(str, c.get("include") or ())), exclude=tuple(map(str, c.get("exclude") or ())),
                 examples=tuple(c.get("examples") or ()))
        for c in data["categories"]
    )
    groups = tuple(
        Group(id=g["id"], name_zh=g["name_zh"], cues=tuple(map(str, g.get("cues") or ())),
              exclude=tuple(map(str, g.get("exclude") or ())))
        for g in data.get("groups", [])
    )
    return Codebook(categories=cats, groups=groups, path=str(path), sha256=hashlib.sha256(raw).hexdigest())


def tag_groups(text: str, codebook: Codebook) -> list[str]:
    """Target groups named in a measure (驻村干部 is not 村干部)."""
    out = []
    for g in codebook.groups:
        masked = text
        for ex in g.exclude:
            masked = masked.replace(ex, "□" * len(ex))
        if any(c in masked for c in g.cues):
            out.append(g.name_zh)
    return out


# Words the build already segmented, by measure text: the vectoriser reads them
# instead of running jieba a second time (filled by ``MeasureTagger.__call__``).
_known_tokens: dict[str, list[str]] = {}


def tokenize_zh(text: str) -> list[str]:
    """jieba words for the vectoriser (a module-level function, so models pickle)."""
    words = _known_tokens.get(text)
    if words is None:
        from pipeline.nlp.segment import get_segmenter

        words = get_segmenter().cut(text)
    return [w for w in words if w.strip()]


@lru_cache(maxsize=8)
def _cue_automaton(codebook: Codebook):
    """All cues in one Aho-Corasick automaton (overlapping matches, so every cue present is
    found, as ``cue in text`` would), and per cue its +1 / -1 for each category."""
    import ahocorasick_rs

    cues = sorted({cue for c in codebook.categories for cue in c.include + c.exclude})
    index = {cue: k for k, cue in enumerate(cues)}
    weights = np.zeros((len(cues), len(codebook.categories)))
    for j, c in enumerate(codebook.categories):
        for cue in set(c.include):
            weights[index[cue], j] += 1
        for cue in set(c.exclude):
            weights[index[cue], j] -= 1
    return ahocorasick_rs.AhoCorasick(cues, matchkind=ahocorasick_rs.MatchKind.Standard), weights


class RuleClassifier:
    """Codebook cues: a category scores by its include cues, an exclude cue vetoes one hit."""

    def __init__(self, codebook: Codebook | None = None):
        self.codebook = codebook

    def get_params(self, deep: bool = True) -> dict:
        return {"codebook": self.codebook}

    def fit(self, X=None, Y=None) -> "RuleClassifier":
        self.codebook_ = self.codebook or load_codebook()
        self.labels_ = self.codebook_.ids
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        """Per category: (distinct include cues present - distinct exclude cues present) / 2, capped at 1."""
        ac, weights = _cue_automaton(self.codebook_)
        out = np.zeros((len(X), len(self.labels_)))
        for i, text in enumerate(X):
            found = {k for k, _, _ in ac.find_matches_as_indexes(text, overlapping=True)}
            if found:
                out[i] = weights[sorted(found)].sum(axis=0)
        return np.clip(out, 0, 2) / 2

    def predict(self, X: list[str]) -> np.ndarray:
        return self.decide(self.predict_proba(X))

    def decide(self, P: np.ndarray) -> np.ndarray:
        return (P >= 0.5).astype(int)


class MeasureClassifier:
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

    def get_params(self, deep: bool = True) -> dict:
        return {"codebook": self.codebook, "C": self.C, "char_ngrams": self.char_ngrams, "folds": self.folds,
                "random_state": self.random_state}

    def _pipeline(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import FeatureUnion, make_pipeline

        features = FeatureUnion([
            ("words", TfidfVectorizer(tokenizer=tokenize_zh, token_pattern=None, lowercase=False,
                                      ngram_range=(1, 2), sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=2)),
        ])
        clf = OneVsRestClassifier(LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000))
        return make_pipeline(features, clf)

    def fit(self, X: list[str], Y: np.ndarray, labels: list[str] | None = None) -> "MeasureClassifier":
        from sklearn.model_selection import KFold

        Y = np.asarray(Y)
        self.rules_ = RuleClassifier(self.codebook).fit()
        labels = self.rules_.labels_ if labels is None else labels
        if list(labels) != self.rules_.labels_:
            raise ValueError("labels must be the codebook's categories, in its order")
        oof = np.zeros(Y.shape, dtype=float)
        for tr, va in KFold(self.folds, shuffle=True, random_state=self.random_state).split(X):
            p = self._pipeline().fit([X[i] for i in tr], Y[tr])
            oof[va] = p.predict_proba([X[i] for i in va])
        rules = self.rules_.predict_proba(X)
        best = (-1.0, 1.0, None)
        for alpha in np.arange(1.0, 0.29, -0.1):  # ties keep the larger model share
            blend = alpha * oof + (1 - alpha) * rules
            th = np.array([_best_threshold(blend[:, j], Y[:, j]) for j in range(Y.shape[1])])
            score = _macro_f1(Y, (blend >= th).astype(int))
            if score > best[0] + 1e-9:
                best = (score, round(float(alpha), 2), th)
        self.cv_macro_f1_, self.alpha_, self.thresholds_ = best
        self.pipeline_ = self._pipeline().fit(X, Y)
        self.labels_ = list(labels)
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
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


def _macro_f1(Y: np.ndarray, P: np.ndarray) -> float:
    f1s = []
    for j in range(Y.shape[1]):
        tp = int(((P[:, j] == 1) & (Y[:, j] == 1)).sum())
        fp = int(((P[:, j] == 1) & (Y[:, j] == 0)).sum())
        fn = int(((P[:, j] == 0) & (Y[:, j] == 1)).sum())
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


def _best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best, best_t = -1.0, 0.5
    for t in np.arange(0.1, 0.91, 0.05):
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best:
            best, best_t = f1, float(t)
    return round(best_t, 2)


# --- labelled data -------------------------------------------------------------

@dataclass
class Labelled:
    id: str
    text: str
    categories: list[str]
    groups: list[str]
    split: str
    source: str = "project"
    extra: dict = field(default_factory=dict)
    heading: str | None = None  # context of a measure found in an article (real labels)
    position: float | None = None
    tokens: tuple[str, ...] | None = None


def labels_path() -> Path:
    return Path("corpora") / "labels" / "measures.jsonl"


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_labels(path: str | Path, seeds_dir: str | Path | None = None,
                real_dir: str | Path | None = None) -> list[Labelled]:
    """The labelled measures.  Seed and real-page items point into their file by offset
    (never copied text): they are read from ``seeds_dir`` / ``real_dir`` and cleaned."""
    from pipeline.text.repair import clean_snippet

    out = []
    skipped = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = d.get("text")
        if text is None:
            folder, name = (seeds_dir, d.get("seed")) if "seed" in d else (real_dir, d.get("file"))
            source = Path(folder or "") / (name or "")
            if folder is None or not source.is_file():
                skipped += 1
                continue
            text = clean_snippet(source.read_text(encoding="utf-8")[d["start"]:d["end"]])
        extra = {k: d[k] for k in ("file", "start", "end", "measure") if k in d}
        extra.setdefault("measure", True)
        out.append(Labelled(id=d["id"], text=text, categories=d["categories"], groups=d.get("groups", []),
                            split=d.get("split", "train"), source=d.get("source", "project"), extra=extra))
    if skipped:
        log.warning("%d labelled measures skipped: their source articles were not found", skipped)
    return out


def indicator(items: list[Labelled], labels: list[str]) -> np.ndarray:
    Y = np.zeros((len(items), len(labels)), dtype=int)
    for i, it in enumerate(items):
        for c in it.categories:
            if c in labels:
                Y[i, labels.index(c)] = 1
    return Y


# --- saving, loading, and using a model -----------------------------------------

def versions() -> dict[str, str]:
    import platform

    import jieba
    import sklearn

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "jieba": jieba.__version__,
            "numpy": np.__version__}


def save_model(model: MeasureClassifier, path: str | Path, meta: dict) -> None:
    import os
    import pickle

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".pkl.tmp")
    tmp.write_bytes(pickle.dumps(model))
    os.replace(tmp, path)
    meta_path = path.with_suffix(".json")
    meta_path.with_suffix(".json.tmp").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(meta_path.with_suffix(".json.tmp"), meta_path)


def load_model(path: str | Path, codebook: Codebook) -> tuple[MeasureClassifier, dict]:
    """The saved model, or ModelMismatch if it was trained on another codebook or library versions."""
    import pickle

    meta = check_model(path, codebook)
    return pickle.loads(Path(path).read_bytes()), meta


def _installed(dist: str) -> str | None:
    import importlib.metadata as md

    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def check_model(path: str | Path, codebook: Codebook) -> dict:
    """The model's metadata if it fits this codebook and these libraries (read without importing
    them: a build with nothing to classify should not pay for loading scikit-learn)."""
    path = Path(path)
    meta_path = path.with_suffix(".json")
    if not path.exists() or not meta_path.exists():
        raise FileNotFoundError(f"{path}: no trained model (run `policykb train` or `make model`)")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("codebook_sha256") != codebook.sha256:
        raise ModelMismatch(f"{path} was trained on another codebook (sha256 {meta.get('codebook_sha256', '?')[:12]}, "
                            f"now {codebook.sha256[:12]} at {codebook.path}): retrain with `make model`")
    if meta.get("feature_sha256") not in (None, feature_sha256(codebook)):
        raise ModelMismatch(f"{path} was trained with another segmentation dictionary or segmentation/classification "
                            "code: retrain with `make model`")
    for lib in ("scikit-learn", "numpy"):
        if meta.get("versions", {}).get(lib) != _installed(lib):
            raise ModelMismatch(f"{path} was trained with {lib} {meta.get('versions', {}).get(lib)}, "
                                f"this environment has {_installed(lib)}: retrain with `make model`")
    return meta


@dataclass
class Classified:
    categories: list[tuple[str, float]]  # (id, score) for the chosen categories, best first
    groups: list[str]


class MeasureTagger:
    """What the build uses: the trained model when it fits the codebook, else the rules (said once)."""

    def __init__(self, codebook_path: str | None = None, model_path: str | Path | None = AUTO):
        from pipeline.core.paths import resolve_model

        self.codebook = load_codebook(codebook_path)
        self.source = "rules"
        self.model_meta: dict = {}
        self.model_path: Path | None = None
        self.warning: str | None = None
        self._clf = None
        if model_path is not None:
            path = resolve_model(None if model_path == AUTO else model_path)
            try:
                self.model_meta = check_model(path, self.codebook)
                self.source, self.model_path = "model", path
            except FileNotFoundError:
                self.warning = (f"no trained model at {path}: measures are classified with the codebook's cue rules "
                                "(train one with `make model` or `policykb train`, or point --model / $POLICYKB_MODEL at one)")
            except ModelMismatch as e:
                self.warning = f"{e}; measures are classified with the codebook's cue rules meanwhile"
            if self.warning:
                log.warning(self.warning)

    @property
    def clf(self):
        """The model (unpickled on first use) or the rules."""
        if self._clf is None:
            import pickle

            self._clf = pickle.loads(self.model_path.read_bytes()) if self.model_path else RuleClassifier(self.codebook).fit()
        return self._clf

    @property
    def description(self) -> str:
        return f"model {self.model_path}" if self.model_path else "codebook cue rules"

    def __call__(self, texts: list[str], tokens: list[list[str]] | None = None,
                 context: list[tuple[str | None, float | None]] | None = None) -> list[Classified]:
        """Classify a batch in one ``predict_proba``; ``tokens``: each text's words, when the
        caller has segmented it already (the vectoriser then skips jieba); ``context``: each
        measure's heading and relative position in its article, for models that read them.
        A measure no category is confident for gets none: it is stored as 未归类."""
        if not texts:
            return []
        X = texts
        if getattr(self.clf, "takes_inputs", False):
            from pipeline.classify.estimators import MeasureInput

            toks = tokens or [None] * len(texts)
            ctx = context or [(None, None)] * len(texts)
            X = [MeasureInput(t, tuple(k) if k is not None else None, h, pos) for t, k, (h, pos) in zip(texts, toks, ctx)]
        try:
            _known_tokens.update(zip(texts, tokens or ()))
            P = self.clf.predict_proba(X)
        finally:
            _known_tokens.clear()
        Yhat = self.clf.decide(P)
        labels = self.clf.labels_
        out = []
        for text, p, y in zip(texts, P, Yhat):
            cats = sorted(((labels[j], round(float(p[j]), 3)) for j in range(len(labels)) if y[j]), key=lambda c: -c[1])
            out.append(Classified(categories=cats or [(UNCLASSIFIED, 0.0)], groups=tag_groups(text, self.codebook)))
        return out


# --- training and evaluation ------------------------------------------------------

def feature_sha256(codebook: Codebook) -> str:
    """What changes a model's features: codebook, segmentation dictionary and code, classification code."""
    root = Path(__file__).parents[1]
    h = hashlib.sha256(codebook.sha256.encode())
    for p in (root / "resources" / "cadre_dict.txt", root / "nlp" / "segment.py", *sorted((root / "classify").glob("*.py"))):
        h.update(p.read_bytes())
    return h.hexdigest()


def train(labels_file: str | Path, codebook_path: str | None = None, seeds_dir: str | Path | None = None,
          out: str | Path | None = None, real_labels: str | Path | None = None,
          real_dir: str | Path | None = None) -> dict:
    """Fit the classifier chosen on the real dev half (``RichClassifier``: see
    bench/compare_classifiers.py) on the project's labels plus the real dev labels; score it and
    the rules on the real test half (or the project's test split without real pages); save model
    and metadata, with the hashes of everything that changes the features."""
    import datetime

    from pipeline.classify.estimators import RichClassifier, per_category, confusions

    cb = load_codebook(codebook_path)
    L = cb.ids
    items = load_labels(labels_file, seeds_dir)
    train_items = [i for i in items if i.split == "train"]
    test_items = [i for i in items if i.split == "test"]
    sources = [labels_file]
    if real_labels and real_dir and Path(real_dir).is_dir():
        from pipeline.classify.estimators import attach_context

        real = [i for i in load_labels(real_labels, real_dir=real_dir) if i.extra.get("measure", True)]
        attach_context(real, real_dir)
        train_items += [i for i in real if i.split == "dev"]
        test_items = [i for i in real if i.split == "test"]
        sources.append(real_labels)
    model = RichClassifier(cb).fit(train_items, indicator(train_items, L))
    Yte = indicator(test_items, L)
    P = model.predict(test_items)
    metrics = {
        "model": per_category(Yte, P, L), "confusions": confusions(Yte, P, L),
        "rules": per_category(Yte, RuleClassifier(cb).fit().predict([i.text for i in test_items]), L),
        "thresholds": dict(zip(L, map(float, model.thresholds_))),
        "train": len(train_items), "test": len(test_items),
    }
    meta = {
        "trained": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "system": "rich", "labels": L, "versions": versions(), "codebook": cb.path, "codebook_sha256": cb.sha256,
        "feature_sha256": feature_sha256(cb), "training_data": [str(p) for p in sources],
        "training_sha256": hashlib.sha256(b"".join(Path(p).read_bytes() for p in sources)).hexdigest(),
        "metrics": metrics,
    }
    from pipeline.core.paths import resolve_model

    save_model(model, resolve_model(out), meta)
    return meta
