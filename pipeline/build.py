"""The pipeline from files to knowledge base, and the report of a build.

The parent process decides what to do and writes; workers (``pipeline.worker``: text
stages, classification, rows, one batch of documents at a time) run in a pool of
processes here, or on Dask (``pipeline.distributed``).  Whatever one document raises,
in any stage, skips that document only: it is reported with the stage and the error,
and the rest of the batch is built.

A rebuild starts from the existing knowledge base when it was made by the same
code, resources, codebook and model: files whose size and mtime are unchanged
are not read, files whose content is already stored are not processed, and only
the rows of new, changed and removed documents are written, in one transaction on the
old file (``store.writer.in_place``, WAL mode: readers see the old version or the new one); a
fresh build writes a new file that replaces the old one in one durable rename.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
import gc
import hashlib
import json
import logging
import os
from pathlib import Path
import shutil
import sqlite3
import sys
import time
import traceback

from pipeline.core import fsutil
from pipeline.core.english import counted, one_line
from pipeline.store import reader, reposts, schema
from pipeline.store import writer as store_writer
from pipeline.core.records import PageMeta
from pipeline.store.rows import DocRows
from pipeline.search import index as search_index
from pipeline.text import manifest, warc
from pipeline.classify.tagger import AUTO, MeasureTagger
from pipeline.text.ingest import Duplicate, IngestError, Skipped, discover, doc_id, is_unreadable, read_bytes
from pipeline.nlp.segment import segmenter_name, use_segmenter
from pipeline.worker import (Failed, Item, Outcome, WorkerSettings, classifier_key, forget_refused_caches, hash_sources,
                             init_worker, pooled_batch, process_batch, stage_key)

log = logging.getLogger(__name__)


CACHE_TAG = "CACHEDIR.TAG"
# https://bford.info/cachedir/: backup tools skip the folder, and we prune only folders that carry it.
CACHE_TAG_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                  "# This folder is a cache made by policykb (per-document text stages); it can be deleted.\n")
EXECUTORS = ("processes", "dask")
BATCH = 64  # documents per worker task (at most 2 tasks per worker are in flight)


@dataclass
class Report:
    """What a build did; decides the exit code."""

    files: int = 0
    documents: int = 0
    articles: int = 0
    repairs: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # unreadable input: (path, reason)
    folders: int = 0  # of the failures, folders (one that may not be entered): not counted among the files
    # policykb's own files in the corpus (a fetch source list; a fetch run's WARC file with no page): (path, reason)
    ours: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # input read in part (a manifest): (path, reason)
    unreadable: list[str] = field(default_factory=list)  # the failures there but unread (Skipped.unreadable): paths
    errors: list[Failed] = field(default_factory=list)  # internal errors on readable input
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    classifier: str = "rules"
    classifier_warning: str | None = None
    # What this run did (the totals above describe the knowledge base it left).
    mode: str = "full"  # full | incremental | unchanged
    processed: int = 0  # documents run through the text stages (or taken from the cache) and written
    removed: int = 0  # documents whose rows were deleted
    files_changed: tuple[int, int, int] = (0, 0, 0)  # an incremental build's files: new, changed, gone
    paths_moved: int = 0  # documents whose file is named by another path now (the corpus folder moved)
    touched: int = 0  # files whose size or time changed but not their content (nor their manifest row)
    copies: int = 0  # articles that repost another article of the knowledge base
    timings: Counter = field(default_factory=Counter)  # seconds by stage, summed over the workers

    # A skipped or failed file is said once, by the report (``problems``: in the summary, and under --quiet):
    # the log only traces it, or each was printed twice, a plain skip as an ERROR.
    def fail(self, path: str, reason: str, ours: bool = False, unreadable: bool = False) -> None:
        """A file that gave no document; ``ours``: one policykb keeps in a corpus folder, no article and no failure;
        ``unreadable``: one there but unread (or a folder), whose stored documents a rebuild keeps."""
        (self.ours if ours else self.failures).append((path, reason))
        if unreadable:
            self.unreadable.append(path)
        log.info("skipped %s: %s", path, reason)

    def warn(self, path: str, reason: str) -> None:
        self.warnings.append((path, reason))
        log.info("warning %s: %s", path, reason)

    def error(self, f: Failed) -> None:
        self.errors.append(f)
        log.info("internal error %s (%s): %s", f.path, f.stage, f.error)
        log.debug("%s", f.trace)

    def exit_code(self, strict: bool = False) -> int:
        return 1 if strict and (self.failures or self.errors) else 0

    def to_dict(self) -> dict:
        import resource

        peak = {who: resource.getrusage(w).ru_maxrss * 1024 for who, w in
                (("parent", resource.RUSAGE_SELF), ("largest_worker", resource.RUSAGE_CHILDREN))}
        return {"files": self.files, "documents": self.documents, "articles": self.articles, "mode": self.mode,
                "processed": self.processed, "removed": self.removed, "touched": self.touched, "skipped": len(self.failures) - self.folders, "folders_skipped": self.folders, "not_articles": len(self.ours), "warnings": len(self.warnings),
                "errors": len(self.errors), "duplicates": len(self.duplicates), "copies": self.copies,
                "classifier": self.classifier,
                "seconds_by_stage": {k: round(v, 3) for k, v in sorted(self.timings.items())},
                "peak_rss_bytes": peak}

    def summary(self) -> str:
        rep = ", ".join(f"{k} {v}" for k, v in sorted(self.repairs.items())) or "none"
        new, changed, gone = self.files_changed
        run = {"full": f"full build: {counted(self.processed, 'document')} processed",
               "incremental": f"incremental: {counted(new, 'new file')}, {changed} changed, {gone} gone"
                              + (f", {self.touched} touched (same content)" if self.touched else "")
                              + f" ({counted(self.processed, 'document')} processed, {self.removed} removed)"
                              + (f"; {counted(self.paths_moved, 'document')} now at another path" if self.paths_moved else ""),
               "unchanged": "nothing changed: knowledge base left as it was"}[self.mode]
        reposts = f"; {counted(self.copies, 'article')} {'is a repost' if self.copies == 1 else 'are reposts'} of another" \
                  " (counted once)" if self.copies else ""
        lines = [
            f"{counted(self.files, 'file')}, {counted(self.documents, 'document')}, {counted(self.articles, 'article')}; "
            f"{counted(len(self.failures) - self.folders, 'file')}"
            + (f" and {counted(self.folders, 'folder')}" if self.folders else "") + " skipped, "
            + (f"{counted(len(self.ours), 'file')} of policykb's own not read, " if self.ours else "")
            + f"internal errors: {len(self.errors)}, "
            f"{counted(len(self.duplicates), 'duplicate')}",
            run + reposts,
            f"repairs: {rep}",
            f"measures classified by: {self.classifier}",
        ]
        lines += self.quiet_lines()
        lines += [one_line(f"not read {p}: {r}") for p, r in self.ours]  # (no problem: what --quiet leaves out)
        lines += [one_line(f"duplicate {p}: same {'folder' if os.path.isdir(p) else 'content'} as {q}")
                  for p, q in self.duplicates]
        return "\n".join(lines)

    def quiet_lines(self) -> list[str]:
        """What --quiet still says: a missing or mismatched classifier, then the problems."""
        return ([f"warning: {self.classifier_warning}"] if self.classifier_warning else []) + self.problems()

    def problems(self) -> list[str]:
        """A line for each file skipped or failed and each manifest read in part: what --quiet still says.  One line
        each whatever the name or the manifest row quoted holds (a newline split it)."""
        return [one_line(line) for line in
                [f"skipped {p}: {r}" for p, r in self.failures]
                + [f"warning {p}: {r}" for p, r in self.warnings]
                + [f"internal error {f.path} ({f.stage}): {f.error} (skipped; run with -vv for the traceback)"
                   for f in self.errors]]


# --- keys: what a stored knowledge base depends on (the text stages' key: pipeline.worker) ---

# How rows are written and indexed: a knowledge base written by other code is rebuilt, not patched.
_WRITE_STAGES = ("store", "search/index.py", "search/tokens.py")


def build_key(text_key: str, clf_key: str) -> str:
    h = hashlib.sha256(f"{text_key}/{clf_key}/{schema.SCHEMA_VERSION}".encode())
    hash_sources(h, _WRITE_STAGES)
    return h.hexdigest()[:24]


# --- running the workers ------------------------------------------------------------------------

def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batches(batches: Iterator[list[Item]], settings: WorkerSettings, jobs: int, executor: str,
                 scheduler: str | None, parts) -> Iterator[tuple[list[Outcome], Counter]]:
    """Each batch's outcomes, in order.  Nothing is loaded until there is work (a no-op rebuild
    starts no worker); a single batch runs in this process, where each stage loads what it needs
    on first use (the segmenter, gazetteer and model are not loaded for a document the cache holds)."""
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None and executor != "dask":
        yield _in_process(first, settings)
        return
    from itertools import chain

    batches = chain([first] if second is None else [first, second], batches)  # (one batch on Dask: a rebuild of one file)
    if executor == "dask":
        from pipeline.distributed import run_on_dask

        yield from run_on_dask(batches, settings, scheduler, jobs, parts)
    else:
        yield from _in_pool(batches, settings, jobs)


def _in_process(batch: list[Item], settings: WorkerSettings) -> tuple[list[Outcome], Counter]:
    """One batch in this process, each stage loading what it needs on first use.  The collector is
    off meanwhile and what was loaded is frozen after (``gc.freeze``, as a worker does): it would walk
    the segmenter's, gazetteer's and model's objects at every full collection, and again to free
    them one by one at exit (~0.2 s)."""
    gc.disable()
    try:
        return process_batch(batch, settings)
    finally:
        gc.freeze()
        gc.enable()


def _in_pool(batches: Iterable[list[Item]], settings: WorkerSettings, jobs: int):
    """Results in order, with at most 2 batches per worker in flight: the parent holds
    a bounded amount of work however large the corpus (no unbounded imap buffering).  A worker
    that dies (killed, or by the system for want of memory) stops the build with ``WorkerDied``:
    multiprocessing.Pool replaced it and waited for its batch for ever."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    fork = hasattr(os, "fork")
    if fork:  # workers inherit the loaded segmenter, gazetteer and model
        init_worker(settings)
    ctx = mp.get_context("fork" if fork else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_pool_worker, initargs=(settings, os.getpid()))
    pending: deque = deque()  # (batch, its future), oldest first
    finished = False
    try:
        for b in batches:
            pending.append((b, pool.submit(pooled_batch, b)))
            if len(pending) >= 2 * jobs:
                yield pending[0][1].result()
                pending.popleft()
        while pending:
            yield pending[0][1].result()
            pending.popleft()
        finished = True
    except BrokenProcessPool:
        raise WorkerDied(pending[0][0] if pending else []) from None
    finally:
        if not finished:  # (an error, Ctrl-C or a dead worker: the others stop now, not after their batch)
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of a batch (killed, or by the system for want of memory)."""

    def __init__(self, batch: list[Item]) -> None:
        at = f" (the files in progress start at {batch[0].path})" if batch else ""
        super().__init__(f"a worker process died: killed, or stopped by the system for lack of memory{at}")


def _pool_worker(settings: WorkerSettings, parent: int) -> None:
    """A pool worker leaves Ctrl-C to the parent, which stops the pool: the terminal's SIGINT reaches the
    workers too, and each printed the start of a traceback under the parent's one line."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (the parent's own handler is for the parent: it stops workers so)
    _die_with(parent)
    init_worker(settings)


def _die_with(parent: int) -> None:
    """End this worker when the build that started it ends, even by SIGKILL (which stops no pool): an
    orphaned worker waited for work for ever, ~300 MB each.  Linux says so at once (PR_SET_PDEATHSIG);
    elsewhere a thread looks at the parent's pid every second."""
    import signal

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG = 1
                if os.getppid() != parent:  # (it died before the call)
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# A worker costs its start-up (~1 s, ~100 MB: the segmenter, gazetteer and model) whether or not it gets work:
# more than this many per core only queue for the same cores (-j 256 on 3 files: 21.7 s and +1.3 GB, not 5 s).
JOBS_PER_CORE = 4


def _capped_jobs(jobs: int, documents: int, scheduler: str | None = None) -> int:
    """At most one worker per document, and (on this machine's cores) ``JOBS_PER_CORE`` per core; said at -v."""
    cap = min(jobs, max(1, documents))
    if not scheduler:  # (a remote Dask cluster's cores are not this machine's)
        cap = min(cap, JOBS_PER_CORE * default_jobs())
    if cap < jobs:
        log.info("%s asked for, %s used: %s, %s", counted(jobs, "worker"), cap, counted(documents, "document"),
                 counted(default_jobs(), "core"))
    return cap


# --- the build ---------------------------------------------------------------------------------

def build(
    corpus: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    codebook: str | None = None,
    model: str | os.PathLike | None = AUTO,
    cache: bool | str | os.PathLike = True,
    wait: bool = True,
    on_wait: Callable[[str, Path], None] | None = None,
    executor: str = "processes",
    scheduler: str | None = None,
    segmenter: str | None = None,
    parts: str | os.PathLike | None = None,
    replace: bool = True,
    strict: bool = False,
) -> Report:
    """Build (or bring up to date) the knowledge base at ``out``; one build at a time per ``out``
    (the second waits, or raises ``fsutil.Busy`` when ``wait`` is false).

    ``jobs``: worker processes (default: every core); ``executor="dask"`` runs the workers on
    dask.distributed instead (``scheduler`` address, or a local cluster of ``jobs`` workers),
    which write per-partition results and Parquet tables under ``parts``.
    ``replace``: false stops with ``CorpusReplaced`` (nothing written) when it was built from another corpus
    whose files this one lacks, whose articles would be removed (the command's default; callers of this
    function, which name their own files, replace as they always did).
    ``strict``: a file or folder that is there but could not be read stops the build, nothing written (without
    it, what the knowledge base holds from them is kept).
    """
    if executor not in EXECUTORS:
        raise ValueError(f"executor must be one of {EXECUTORS}")
    if segmenter:
        use_segmenter(segmenter)
    jobs = jobs or default_jobs()
    report = Report()
    tagger = MeasureTagger(codebook, model)
    report.classifier, report.classifier_warning = tagger.description, tagger.warning
    if why := reader.foreign_file(out):
        raise IngestError(out, f"{why}: a build would replace it; choose another --out")
    if why := fsutil.why_unwritable(Path(out).parent):
        raise IngestError(out, f"cannot write the knowledge base there: {why}")
    if cache and (why := fsutil.why_unwritable(cache_root(cache, out))):
        raise IngestError(cache_root(cache, out), f"cannot write the cache there: {why} (choose another --cache, or --no-cache)")
    # (its read-only looks below make -wal/-shm beside a knowledge base in WAL mode, which they cannot remove:
    # a refusal leaves the folder as it was)
    with store_writer.tidied(out):
        stored_roots = _stored_roots(out)
        corpus = _as_stored(corpus, stored_roots)
        paths, pages, keys = _discover(corpus, report)
        if not paths:  # (a mistyped or empty folder would otherwise empty the knowledge base without a word)
            raise IngestError(corpus if isinstance(corpus, (str, os.PathLike)) else "corpus",
                              "no article files to read (.txt, .md, .html, .htm, .warc.gz)"
                              + ("; the knowledge base is left as it was" if Path(out).exists() else "")
                              + "".join("\n" + line for line in report.problems()))  # (the files met, and why)
        if not replace and (lost := _lost_files(out, stored_roots, corpus, keys)):
            raise CorpusReplaced(out, f"was built from {', '.join(g for g, _ in stored_roots)}, not {', '.join(g for g, _ in _roots_meta(corpus))}: "
                                 f"this build would remove {counted(lost, 'file')} of the old corpus (a knowledge base mirrors one "
                                 "corpus); give --replace to replace it, or another --out to keep both")
    if on_total:
        on_total(len(paths))
    jobs = _capped_jobs(jobs, len(paths), scheduler)
    with fsutil.exclusive(out, wait=wait, on_wait=on_wait), store_writer.tidied(out):
        for stale in fsutil.stale_temps(Path(out)):  # left by killed builds (we hold the lock: none is live)
            stale.unlink(missing_ok=True)
        store_writer.settle(out)  # the WAL a killed incremental build left, copied in (or dropped)
        cache_dir = prepare_cache(cache, out) if cache else None
        text_key, clf_key = stage_key(), classifier_key(tagger)
        key = build_key(text_key, clf_key)
        if reader.is_damaged(out):  # (our own output, so replaced; but said, not silently)
            report.warn(str(out), "damaged knowledge base (cut off or malformed): replaced by a fresh build")
        state = reader.read_state(out, key)
        migrated = state is not None and _migrate_keys(out, state, stored_roots)
        settings = WorkerSettings(cache_dir, tagger, clf_key, segmenter_name(), text_key)
        forget_refused_caches()
        run = _Run(out, key, state, tagger, report, progress, pages)
        run.roots, run.stored_roots, run.keys, run.migrated = _roots_meta(corpus), stored_roots, keys, migrated
        run.strict = strict
        items = run.plan(paths)
        # Large batches: one prediction per batch costs a fixed overhead in scikit-learn (~20 ms).
        size = max(1, min(BATCH, len(paths) // (4 * jobs)))
        run.consume(_run_batches(_batches(items, size), settings, jobs, executor, scheduler, parts or f"{out}.parts"))
    # (again: a model this process could not unpickle after all (dask loads it here) fell back to the rules)
    report.classifier, report.classifier_warning = tagger.description, tagger.warning
    return report


# --- which corpus a knowledge base mirrors (meta 'corpus': each root as given and resolved) ---------------

def _roots_meta(corpus) -> list[list[str]]:
    roots = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    return [[str(r), str(Path(r).resolve())] for r in roots]


def _stored_roots(out) -> list[list[str]] | None:
    """The corpus roots the knowledge base at ``out`` was last built from, or None (none, or built before
    they were recorded)."""
    if not Path(out).is_file():
        return None
    try:
        value = _meta(out, "corpus")
        return json.loads(value) if value else None
    except (sqlite3.Error, ValueError):
        return None


def _meta(out, key: str) -> str | None:
    """One value of the knowledge base's ``meta`` table, read without writing (None when it has none)."""
    conn = sqlite3.connect(reader.uri(Path(out), mode="ro"), uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


class CorpusReplaced(IngestError):
    """The knowledge base was built from another corpus, and this build would remove its files."""


def _lost_files(out, stored: list[list[str]] | None, corpus, keys: dict[str, str]) -> int:
    """How many files of another corpus the knowledge base at ``out`` holds that this one lacks (0 for the same
    folder, however spelled, and for a moved one: its files keep their keys, see ``source_key``)."""
    if not stored or [r for _, r in stored] == [r for _, r in _roots_meta(corpus)]:
        return 0
    try:
        conn = sqlite3.connect(reader.uri(Path(out), mode="ro"), uri=True)
        try:
            old = [p for p, in conn.execute("SELECT path FROM sources")]
            keyed = dict(conn.execute("SELECT key, value FROM meta WHERE key = 'source_keys'")).get("source_keys")
        finally:
            conn.close()
    except sqlite3.Error:  # (unreadable: replaced, as a fresh build would, and said so by the build)
        return 0
    if keyed != KEYS:  # (keyed by the path as found, as _migrate_keys reads them)
        old = [_old_key(p, [g for g, _ in stored]) for p in old]
    return len(set(old) - set(keys.values()))


def _as_stored(corpus, stored: list[list[str]] | None):
    """The corpus spelled as the last build spelled it when it is the same folder (g14 then /abs/g14): paths
    are stored as found, so another spelling made every file new and every stored one gone."""
    if not stored or not isinstance(corpus, (str, os.PathLike)) or len(stored) != 1:
        return corpus
    given, resolved = stored[0]
    if str(corpus) != given and str(Path(corpus).resolve()) == resolved and str(Path(given).resolve()) == resolved:
        return given
    return corpus


# --- a file's key in the knowledge base: its path inside its corpus folder ---------------------------------------

KEYS = "relative"  # meta 'source_keys': sources are keyed by source_key (before: by the path as found)


def source_key(path: str, root: str | os.PathLike, n: int | None = None) -> str:
    """The key a file is stored under (table ``sources``): its path relative to the corpus folder it was found in
    (a WARC member's #offset kept; a corpus that is one file: its name), with ``n:`` before it for the n-th of
    several folders. The same folder moved, or named relatively or absolutely, keys its files alike: a no-op
    rebuild, where the path as found made every file gone and new."""
    root = str(root)
    if path == root or path.startswith(root + "#"):  # (a corpus that is one file, or one WARC file's page)
        rel = Path(root).name + path[len(root):]
    else:
        rel = os.path.relpath(path, root)
    rel = rel.replace(os.sep, "/")
    return rel if n is None else f"{n}:{rel}"


def _migrate_keys(out, state: reader.State, stored_roots: list[list[str]] | None) -> bool:
    """A knowledge base of older code keyed its files by the path as found: its keys read as ``source_key``s of
    the folders it recorded (meta 'corpus'), so it is brought up to date, not rebuilt; True when it was (the whole
    ``sources`` table is then written again). One that recorded no folder keeps its keys: its files read as new,
    their documents (same content, same ids) are not processed again."""
    try:
        keys = _meta(out, "source_keys")
    except sqlite3.Error:
        keys = None
    if keys == KEYS:
        return False
    roots = [given for given, _ in stored_roots or []]
    if roots:
        state.sources = {_old_key(p, roots): v for p, v in state.sources.items()}
    return True


def _old_key(path: str, roots: list[str]) -> str:
    for n, root in enumerate(roots):
        member = path.split("#", 1)[0]
        if member == root or member.startswith(root.rstrip(os.sep) + os.sep):
            return source_key(path, root, n if len(roots) > 1 else None)
    return path


def _discover(corpus, report: Report) -> tuple[list[str], dict[str, PageMeta], dict[str, str]]:
    """The article files under each root, the rows of the crawl manifests there (by
    ``manifest.key`` of a file's path), and each file's ``source_key``."""
    roots = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    paths: list[str] = []
    pages: dict[str, PageMeta] = {}
    keys: dict[str, str] = {}
    for n, root in enumerate(roots):  # a missing root is the caller's mistake: IngestError propagates
        seen = []  # every file found here, read or skipped: what a manifest row may name
        met: list[Path] = []  # the manifests the walk met
        for item in discover(root, met):
            if isinstance(item, Duplicate):  # (a symlinked folder: its files were read by the first path)
                report.duplicates.append((item.path, item.first))
                continue
            seen.append(item.path if isinstance(item, Skipped) else str(item))
            if isinstance(item, Skipped):
                folder = os.path.isdir(item.path)  # (a folder it may not enter: said as one, not as a file)
                report.files += not folder
                report.folders += folder
                report.fail(item.path, item.reason, item.ours, item.unreadable)
                if item.unreadable:  # (a folder's key too: the stored files under it are kept)
                    keys[item.path] = source_key(item.path, root, n if len(roots) > 1 else None)
            else:
                paths.append(seen[-1])
                keys[seen[-1]] = source_key(seen[-1], root, n if len(roots) > 1 else None)
        found, problems = manifest.read(root, seen, met if Path(root).is_dir() else None)
        pages.update(found)
        for p in problems:
            report.warn(p.path, p.reason)
    report.files += len(paths)
    return paths, pages, keys


class _Run:
    """The parent's side of a build: which files need work, and every write."""

    def __init__(self, out, key: str, state: reader.State | None, tagger: MeasureTagger, report: Report, progress,
                 pages: dict[str, PageMeta] | None = None):
        self.out, self.key, self.state, self.tagger = Path(out), key, state, tagger
        self.roots: list[list[str]] = []  # the corpus, and the one the knowledge base was built from (meta 'corpus')
        self.stored_roots: list[list[str]] | None = None
        self.report, self.progress = report, progress or (lambda n: None)
        self.pages = pages or {}  # manifest rows by manifest.key(path)
        self.rows: dict[str, str | None] = {}  # path -> its manifest row's hash (None: no row)
        # path -> (doc_id, size, mtime_ns, manifest row's hash), in discovery order
        self.current: dict[str, tuple[str, int, int, str | None]] = {}  # source_key -> (doc_id, size, mtime_ns, row)
        self.keys: dict[str, str] = {}  # path -> source_key
        self.migrated = False  # the stored keys were read the older way (_migrate_keys): all written again
        self.owner: dict[str, str] = {}  # doc_id -> first path with that content
        self.conn: sqlite3.Connection | None = None
        self._db = None
        self.ids: store_writer.IdCounter | None = None
        self.kept: sqlite3.Connection | None = None  # a fresh build's old knowledge base: its measures' ids
        self.index: search_index.IndexUpdate | None = None  # the search index, filled batch by batch
        self.deferred: list[str] = []  # indexes a fresh build creates once its rows are in
        self.planned = False  # every file read: the batches still to come are with the workers
        self.added: list[str] = []  # ids of the articles an incremental build wrote
        self.repairs: Counter = Counter()  # repairs by kind in the documents this run wrote
        report.mode = "full" if state is None else "incremental"
        self.strict = False  # (--strict: a file or folder that could not be read stops the build unwritten)

    def plan(self, paths: list[str]) -> Iterator[Item]:
        """The files to process, lazily: unchanged ones (by size and mtime) are not even read,
        and content already stored or seen in this run is not processed again."""
        stored = self.state.sources if self.state else {}
        for path in paths:
            try:
                member = warc.split_member_path(path)  # a page inside a WARC file: its file's signature
                st = os.stat(member[0] if member else path)
                page = self.pages.get(manifest.key(path)) if self.pages and not member else None
                self.rows[path] = row = _row_hash(page)
                sig = stored.get(self.keys[path])
                if sig is not None and sig[1:] == (st.st_size, st.st_mtime_ns, row):
                    self._known(path, sig[0], st.st_size, st.st_mtime_ns)
                    continue
                data = read_bytes(Path(path))
            except IngestError as e:
                self._skip(Skipped(e.path, e.reason, e.ours, e.unreadable))
                continue
            except OSError as e:
                self._skip(Skipped(path, e.strerror or str(e), unreadable=is_unreadable(e)))
                continue
            if not data.strip():  # (else every empty file after the first was called a duplicate of it)
                self._skip(Skipped(path, "empty file"))
                continue
            did = doc_id(data, page)
            if did in self.owner or (self.state and did in self.state.documents):
                self._known(path, did, st.st_size, st.st_mtime_ns)
                continue
            self.owner[did] = path  # claimed now, so a later copy is a duplicate even before this one is done
            yield Item(path, data, st.st_size, st.st_mtime_ns, page)
        self.planned = True

    def _known(self, path: str, did: str, size: int, mtime_ns: int) -> None:
        self.current[self.keys[path]] = (did, size, mtime_ns, self.rows.get(path))
        first = self.owner.setdefault(did, path)
        if first != path:
            self.report.duplicates.append((path, first))
        self.progress(1)

    def _skip(self, s: Skipped) -> None:
        self.report.fail(s.path, s.reason, s.ours, s.unreadable)
        self.progress(1)

    def consume(self, results: Iterator[tuple[list[Outcome], Counter]]) -> None:
        """Every batch's outcomes as they come, then the end of the build; on any error (or Ctrl-C)
        the workers are stopped and the old knowledge base stays as it was."""
        try:
            for outcomes, timings in results:
                self.report.timings.update(timings)
                self.take(outcomes)
        except BaseException as e:
            results.close()  # stops the workers
            self.abort(e)
            raise
        self.finish()

    def take(self, outcomes: list[Outcome]) -> None:
        """One batch's outcomes: failures reported, documents written."""
        done = []
        for o in outcomes:
            if isinstance(o, Skipped):
                self.report.fail(o.path, o.reason, o.ours)
            elif isinstance(o, Failed):
                self.report.error(o)
            else:
                done.append(o)
        t = time.perf_counter()
        written: list[str] = []
        bodies = [search_index.take_bodies(o.rows.tables) for o in done]  # the index's, not rows to write
        for o, held, failed in zip(done, bodies, self._store_all([o.rows for o in done])):
            if failed:
                self.report.error(failed)
            else:
                self.index.hold(held)
                path = self.owner.get(o.rows.doc_id, o.rows.path)  # the plan's string: not a second copy
                self.current[self.keys[path]] = (o.rows.doc_id, o.size, o.mtime_ns, self.rows.get(path))
                self.report.processed += 1
                self.repairs.update(o.rows.repairs)
                written += [row[0] for row in o.rows.tables.get("articles", ())]  # articles.id comes first
        if written:
            self.index.put(written)  # while the workers go on: the index is not left to the serial end
            if self.state is not None:  # what incremental repost detection starts from
                self.added += written
        if self.planned and self.deferred:  # the last batches are being made: the indexes, meanwhile
            self._restore_indexes()
        self.report.timings["write"] += time.perf_counter() - t
        self.progress(len(outcomes))

    def writer(self) -> sqlite3.Connection:
        """The database being written, opened on the first change: a new file for a fresh build,
        the old one in one transaction for an incremental one (a no-op opens nothing)."""
        if self.conn is None:
            fresh = self.state is None
            # The search index's tables are made with the others, before the one transaction
            # begins: made later, they would commit it halfway (see search_index.create_schema).
            self._db = (store_writer.atomic_db(self.out, also=search_index.INDEX_SCHEMA) if fresh
                        else store_writer.in_place(self.out))
            self.conn = self._db.__enter__()
            self.index = search_index.IndexUpdate(self.conn)  # the rows' bigrams come with them (worker.add_bodies)
            self.kept = self._kept_kb() if fresh else None
            self.ids = store_writer.IdCounter(self.conn, kept=self.kept)
            if fresh:
                self.deferred = schema.defer_indexes(self.conn, keep=search_index.LOOKUP_INDEXES)
                store_writer.set_meta(self.conn, "build_key", self.key)
                from pipeline.extract.slogans import lexicon

                forms, _ = lexicon()
                store_writer.write_lexicon(self.conn, forms.values())
                store_writer.write_codebook(self.conn, self.tagger)
        return self.conn

    def _kept_kb(self) -> sqlite3.Connection | None:
        """The knowledge base a fresh build replaces, read-only, whose measures' ids it keeps (``IdCounter``); None
        when there is none, or none of ours that can be read (numbered afresh then)."""
        if not self.out.is_file() or reader.foreign_file(self.out):
            return None
        try:
            return reader.connect_readonly(self.out)
        except (OSError, sqlite3.Error):
            return None

    def _close_kept(self) -> None:
        """Closed before the new file is renamed over it (a connection closed after would tidy the new file's WAL)."""
        if self.kept is not None:
            kept, self.kept = self.kept, None
            if self.ids is not None:
                self.ids.kept = None
            kept.close()

    def _restore_indexes(self) -> None:
        """A fresh build's deferred indexes, made once most rows are in: as soon as every file is read
        (the rows of the batches still with the workers update them as they come, a fraction of the
        whole), not in the serial end, where the build waited ~0.3 s for them on 2,000 articles."""
        schema.restore_indexes(self.conn, self.deferred)
        self.deferred = []

    def _store_all(self, docs: list[DocRows]) -> list[Failed | None]:
        """Write a batch inside one savepoint; if any document fails, undo the batch and write it
        document by document, so a failure leaves no row of its document behind (and costs
        nothing while there is none: a savepoint per document would)."""
        if not docs:
            return []
        conn = self.writer()
        mark = dict(self.ids.next)
        conn.execute("SAVEPOINT batch")
        try:
            store_writer.write_documents(conn, docs, self.ids.take_all(docs))
        except Exception:
            conn.execute("ROLLBACK TO batch")
            conn.execute("RELEASE batch")
            self.ids.next = mark
            return [self._store(rows) for rows in docs]
        conn.execute("RELEASE batch")
        return [None] * len(docs)

    def _store(self, rows: DocRows) -> Failed | None:
        conn = self.writer()
        conn.execute("SAVEPOINT document")
        try:
            store_writer.write_documents(conn, [rows], self.ids.take_all([rows]))
        except Exception as e:
            conn.execute("ROLLBACK TO document")
            conn.execute("RELEASE document")
            return Failed(rows.path, "write", f"{type(e).__name__}: {e}", traceback.format_exc())
        conn.execute("RELEASE document")
        return None

    def finish(self) -> None:
        """Delete what is gone, record paths and signatures, commit and rename (or leave the
        knowledge base untouched when nothing changed); fill the report's totals."""
        try:
            self._finish()
        except BaseException as e:
            self.abort(e)
            raise
        if self._db is not None:
            self._db.__exit__(None, None, None)

    def abort(self, e: BaseException) -> None:
        """Drop the database being written: the old knowledge base stays as it was."""
        self._close_kept()
        if self._db is not None:
            db, self._db = self._db, None
            db.__exit__(type(e), e, e.__traceback__)

    def _finish(self) -> None:
        t = time.perf_counter()
        state, report = self.state, self.report
        if self.strict and report.unreadable:  # (a knowledge base that cannot mirror the corpus: not written)
            raise IngestError(self.out, f"not written: --strict, and {counted(len(report.unreadable), 'file or folder', 'files or folders')} "
                              "could not be read" + ("; the knowledge base is left as it was" if state is not None else "")
                              + "".join("\n" + line for line in report.problems()))
        self._keep_unread()
        if not self.current:  # every file skipped or failed: an empty knowledge base helps no one, and would
            raise IngestError(self.out, f"not written: none of the {counted(report.files, 'file')} gave a document "  # replace one
                              f"({len(report.failures)} skipped, {counted(len(report.errors), 'internal error')})"
                              + ("; the knowledge base is left as it was" if state is not None else "")
                              + "".join("\n" + line for line in report.problems()))  # (which files, and why)
        gone, moved = self._gone_and_moved() if state else ([], {})
        old_sources = state.sources if state else {}
        changed_sources = [p for p, v in self.current.items() if old_sources.get(p) != v]
        dropped_sources = [p for p in old_sources if p not in self.current]
        files = str(report.files)
        if state is not None and self.conn is None and not (gone or moved or changed_sources or dropped_sources) \
                and state.files == files and not self.migrated:
            report.mode = "unchanged"
            os.utime(self.out)  # up to date as of now, for make and other tools that compare times
            conn = reader.connect_readonly(self.out)
            try:
                self._totals(conn)
            finally:
                conn.close()
            return
        conn = self.writer()
        self._close_kept()  # (every row is written)
        self._restore_indexes()  # (if not yet) before detection walks article_bands_key
        index = self.index
        removed = reader.articles_of(conn, gone)
        replaced = self._replaced(gone) if gone else {}
        twins = store_writer.twins_of(conn, removed, edited=replaced)  # (before the groups change)
        t_copies = time.perf_counter()
        changed = self._copies(conn, removed)
        spent = time.perf_counter() - t_copies
        report.timings["reposts"] += spent
        repairs = reader.repair_totals(conn) - reader.repairs_of(conn, gone) + self.repairs
        if gone:
            index.remove(removed)  # before the rows go: the index re-reads what it indexed
            store_writer.record_moves(conn, replaced)
            # (an article whose file was edited goes where the edit took it; one whose file went, to its twin)
            store_writer.record_twin_moves(conn, twins)
            store_writer.delete_documents(conn, gone, keep=search_index.INDEX_TABLES)
            report.removed = len(gone)
        store_writer.forget_moves(conn)  # (also a file put back: its measures' ids are theirs again)
        touched = [p for p in changed_sources if p in old_sources  # (a file saved again or copied over: same text)
                   and (old_sources[p][0], old_sources[p][3]) == (self.current[p][0], self.current[p][3])]
        report.touched = len(touched)
        report.files_changed = (sum(p not in old_sources for p in changed_sources),  # (a changed file's old
                                sum(p in old_sources for p in changed_sources) - len(touched),  # document is removed)
                                len(dropped_sources))
        conn.executemany("UPDATE documents SET path = ? WHERE id = ?", ((p, d) for d, p in moved.items()))
        report.paths_moved = len(moved)
        if self.migrated:  # (keyed the older way: every row again, as source_key)
            conn.execute("DELETE FROM sources")
            changed_sources = list(self.current)
        conn.executemany("DELETE FROM sources WHERE path = ?", ((p,) for p in dropped_sources))
        conn.executemany("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)", ((p, *self.current[p]) for p in changed_sources))
        store_writer.set_meta(conn, "source_keys", KEYS)
        store_writer.set_meta(conn, "files", files)
        self._say_corpus_replaced(dropped_sources)
        store_writer.set_meta(conn, "corpus", json.dumps(self.roots, ensure_ascii=False))
        store_writer.set_meta(conn, "repairs", json.dumps(dict(sorted(repairs.items())), ensure_ascii=False))
        if state is None:
            self._carry_moves(conn)
        report.copies = conn.execute("SELECT count(*) FROM article_copies").fetchone()[0]
        if state is None or self.added or gone:  # else no article came or went: the index and its labels stand
            index.sync(changed)  # this run's canonical articles in, articles that became reposts out
            index.commit()
        self._totals(conn)
        report.timings["write"] += time.perf_counter() - t - spent

    def _keep_unread(self) -> None:
        """The stored files under a file or folder that is there but could not be read: kept as the last build
        stored them (not gone: they may be whole, their permissions changed, a share offline), each skip line
        saying how many files it kept."""
        if self.state is None:
            return
        kept: Counter = Counter()
        for path in self.report.unreadable:
            top = self.keys.get(path)
            for key, sig in self.state.sources.items():
                if top is not None and key not in self.current and (key == top or key.startswith((top + "/", top + "#"))):
                    self.current[key] = sig
                    self.owner.setdefault(sig[0], self.state.documents.get(sig[0], key))
                    kept[path] += 1
        self.report.failures = [(p, f"{r}: {_kept_said(p, kept[p])}" if kept[p] else r) for p, r in self.report.failures]

    def _gone_and_moved(self) -> tuple[list[str], dict[str, str]]:
        """The stored documents no file holds any more; those whose first file is another now."""
        kept = {did for did, *_ in self.current.values()}
        stored = self.state.documents
        moved = {did: self.owner[did] for did in kept if did in stored and stored[did] != self.owner[did]}
        return sorted(set(stored) - kept), moved

    def _say_corpus_replaced(self, dropped: list[str]) -> None:
        """A knowledge base mirrors one corpus: built from another folder, the old one's files go; said."""
        old = [r for _, r in self.stored_roots or []]
        if dropped and old and old != [r for _, r in self.roots]:
            self.report.warn(str(self.out), f"was built from {', '.join(g for g, _ in self.stored_roots)}; now from "
                             f"{', '.join(g for g, _ in self.roots)}: {counted(len(dropped), 'file')} of the old corpus "
                             "removed (a knowledge base mirrors one corpus; give another --out to keep both)")

    def _carry_moves(self, conn: sqlite3.Connection) -> None:
        """A fresh build over a knowledge base (new code, codebook, model): the moves it recorded, and those of
        the files whose text changed since, go on into the new file; links to edited articles keep leading to
        them whatever rebuilt the knowledge base.  Nothing is carried from a file that is no knowledge base
        of a schema that names its sources, or is being replaced while unreadable."""
        if not self.out.is_file() or reader.foreign_file(self.out):
            return
        try:  # (read through a second connection: the new file's one transaction cannot ATTACH)
            old = reader.connect_readonly(self.out)
        except (OSError, sqlite3.Error):
            return
        try:
            tables = {n for n, in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"sources", "articles"} <= tables:
                return
            for moves in ("article_moves", "measure_moves"):
                if moves in tables:
                    conn.executemany(f"INSERT OR REPLACE INTO {moves} VALUES (?, ?)",
                                     old.execute(f"SELECT old_id, new_id FROM {moves}"))
            for table in ("retired_measures", "measures"):  # (ids the old file used that no measure takes now)
                if table in tables:
                    store_writer.retire(conn, old.execute(f"SELECT id, article_id, text FROM {table} ORDER BY id"))
            replaced = {}
            meta = dict(old.execute("SELECT key, value FROM meta WHERE key IN ('source_keys', 'corpus')"))
            roots = [] if meta.get("source_keys") == KEYS else [g for g, _ in json.loads(meta.get("corpus") or "[]")]
            for path, did in old.execute("SELECT path, doc_id FROM sources"):
                now = self.current.get(_old_key(path, roots) if roots else path)
                if now is not None and now[0] != did:
                    replaced[did] = now[0]
            # A document kept whose measures the new code cut otherwise: the old measures of no kept id move as
            # an edited file's do (a measure kept is itself: its move is forgotten below).
            replaced.update((did, did) for did in (self.ids.unkept if self.ids else ()) if did not in replaced)
            if replaced:
                conn.execute("CREATE TEMP TABLE old_articles (id TEXT, doc_id TEXT, idx INTEGER)")
                conn.executemany("INSERT INTO temp.old_articles VALUES (?, ?, ?)",
                                 (r for r in old.execute("SELECT id, doc_id, idx FROM articles") if r[1] in replaced))
                conn.execute("CREATE INDEX temp.old_articles_doc ON old_articles(doc_id)")
                conn.execute("CREATE TEMP TABLE old_measures (id INTEGER, article_id TEXT, idx INTEGER, text TEXT)")
                conn.executemany("INSERT INTO temp.old_measures VALUES (?, ?, ?, ?)",
                                 (r for r in old.execute("SELECT id, article_id, idx, text FROM measures")
                                  if r[1].rpartition("-")[0] in replaced))  # (an article's id: its document's, -n)
                conn.execute("CREATE INDEX temp.old_measures_article ON old_measures(article_id)")
                store_writer.record_moves(conn, replaced, old="temp.old_articles", old_measures="temp.old_measures")
                conn.execute("DROP TABLE temp.old_articles")
                conn.execute("DROP TABLE temp.old_measures")
            if "article_copies" in tables:
                self._carry_twins(conn, old, replaced)
            store_writer.forget_moves(conn)
        except sqlite3.Error as e:  # (an old file of another shape: its links are lost, the build is not)
            log.info("moves of %s not carried: %s", self.out, e)
        finally:
            old.close()

    @staticmethod
    def _carry_twins(conn: sqlite3.Connection, old: sqlite3.Connection, replaced: dict[str, str]) -> None:
        """A fresh build over a knowledge base: its articles whose files went while an article of the same text
        (their repost, their original) stays lead to that one, as an incremental build's do
        (``store_writer.record_twin_moves``); those of an edited file go where ``record_moves`` took them."""
        now = {i for i, in conn.execute("SELECT id FROM articles")}
        gone = [i for i, in old.execute("SELECT id FROM articles") if i not in now]
        twins = store_writer.twins_of(old, gone, edited=replaced)
        if not twins:
            return
        conn.execute("CREATE TEMP TABLE twin_measures (id INTEGER, article_id TEXT, idx INTEGER, text TEXT)")
        conn.executemany("INSERT INTO temp.twin_measures VALUES (?, ?, ?, ?)", (
            r for r in old.execute("SELECT id, article_id, idx, text FROM measures") if r[1] in twins))
        store_writer.record_twin_moves(conn, twins, old_measures="temp.twin_measures")
        conn.execute("DROP TABLE temp.twin_measures")

    def _replaced(self, gone: list[str]) -> dict[str, str]:
        """The removed documents whose file holds another document now: old id -> new id."""
        out = {}
        key_of: dict[str, str] = {}  # (a document's first file, by its key: the corpus may have moved since)
        for key, (did, *_) in sorted(self.state.sources.items()):
            key_of.setdefault(did, key)
        for did in gone:
            now = self.current.get(key_of.get(did, ""))
            if now is not None and now[0] != did:
                out[did] = now[0]
        return out

    def _copies(self, conn: sqlite3.Connection, removed: list[str]) -> set[str] | None:
        """Repost groups brought up to date across documents, once every one is written: from
        scratch in a fresh build, else only the groups the written and the ``removed`` articles
        touch (called before the removed rows are deleted: their groups are read).  Returns the
        articles whose status (own canonical article or copy) may have changed, for the index:
        the written ones and the stored ones that flipped (None in a fresh build: all)."""
        if self.state is None:
            reposts.mark_copies(conn)
            return None
        return set(self.added) | reposts.update_copies(conn, self.added, removed)

    def _totals(self, conn: sqlite3.Connection) -> None:
        docs, arts, repairs = reader.totals(conn)  # repairs as the meta row written above has them
        self.report.documents, self.report.articles = docs, arts
        self.report.repairs.update(repairs)


def _kept_said(path: str, files: int) -> str:
    """What a rebuild kept of a file or folder it could not read: not gone, not changed."""
    if os.path.isdir(path):
        return f"the articles of its {counted(files, 'file')} kept as the last build stored them (not gone)"
    return "its articles kept as the last build stored them (not gone)"


def _row_hash(page: PageMeta | None) -> str | None:
    return None if page is None else hashlib.sha1(page.key()).hexdigest()[:16]


def cache_root(cache: bool | str | os.PathLike, out: str | os.PathLike) -> Path:
    return Path(out).resolve().parent / ".policykb-cache" if cache is True else Path(cache)


def prepare_cache(cache: bool | str | os.PathLike, out: str | os.PathLike) -> str:
    """The cache folder for this code version, inside a folder the project made and marked.

    Default: ``.policykb-cache/`` beside the knowledge base.  Entries of other code
    versions are pruned, but only inside a folder that carries our CACHEDIR.TAG and
    only sub-folders named like our keys: nothing the user made is ever removed.
    """
    root = cache_root(cache, out)
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
