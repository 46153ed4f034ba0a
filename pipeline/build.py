"""The pipeline from files to knowledge base, and the report of a build.

``process_document`` is the per-document stage chain, a pure function of one
``RawDocument``; ``build`` runs it over a corpus (optionally in worker
processes) and writes the knowledge base atomically.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
import logging
import os
from pathlib import Path

from . import kb
from .articles import split_articles
from .extract import extract_article
from .ingest import IngestError, Skipped, discover, read_document
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
        ]
        lines += [f"skipped {p}: {r}" for p, r in self.failures]
        lines += [f"duplicate {p}: same content as {q}" for p, q in self.duplicates]
        return "\n".join(lines)


def load_and_process(path: str) -> ProcessedDocument | Skipped:
    try:
        return process_document(read_document(path))
    except IngestError as e:
        return Skipped(e.path, e.reason)
    except RecursionError:
        return Skipped(str(path), "text too deeply nested to process")


def build(
    corpus: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Report:
    report = Report()
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
        for result in _results(paths, jobs):
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
            kb.write_document(conn, result)
            report.documents += 1
            report.articles += len(result.articles)
            report.repairs.update(result.clean.quality.counts)
        conn.execute("INSERT INTO meta VALUES ('files', ?)", (str(report.files),))
        kb.write_lexicon(conn)
    return report


def _results(paths: list[str], jobs: int) -> Iterable[ProcessedDocument | Skipped]:
    if jobs <= 1 or len(paths) < 8:
        for p in paths:
            yield load_and_process(p)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs, initializer=get_segmenter) as pool:
        yield from pool.imap(load_and_process, paths, chunksize=4)
