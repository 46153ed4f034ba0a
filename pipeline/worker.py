"""What runs per document, in a worker process (or a Dask worker): text stages, cache,
classification, rows.

``process_document`` is the per-document text-stage chain, a pure function of one
``RawDocument``.  ``process_batch`` runs it (or takes the cached result), classifies the
measures of a whole batch in one call, and turns each document into knowledge-base rows.
Whatever one document raises, in any stage, skips that document only: it comes back as
``Failed`` with the stage and the error, and the rest of the batch is built.

``stage_key`` and ``classifier_key`` name what a cached result depends on: the code and
resources of the text stages, and the codebook and model.  The build (``pipeline.build``)
and the Dask runner (``pipeline.distributed``) both call into this module; it imports
neither.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
import gc
import hashlib
import importlib
from itertools import accumulate
import logging
import os
from pathlib import Path
import pickle
import sys
import time
import traceback

from pipeline.core import fsutil, pickled
from pipeline.core.regexes import precompiled
from pipeline.store.rows import DocRows, document_rows
from pipeline.classify.tagger import MeasureTagger
from pipeline.text.ingest import IngestError, Skipped, doc_id, read_bytes, read_document
from pipeline.core.records import PageMeta, ProcessedDocument, RawDocument
from pipeline.nlp.segment import get_segmenter, segmenter_id, use_segmenter
from pipeline.search.index import add_bodies

log = logging.getLogger(__name__)


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


def segment_articles(articles) -> None:
    """Words of every sentence, in place (the segment stage)."""
    seg = get_segmenter()
    for art in articles:
        for p in art.paragraphs:
            for s in p.sentences:
                s.tokens = seg.cut(s.text)


def process_document(raw: RawDocument, timings: Counter | None = None) -> ProcessedDocument:
    # The stages' modules load here, on the first document: a rebuild that finds nothing changed
    # never imports them.
    import_stages()
    from pipeline.extract.article import extract_article
    from pipeline.text.articles import split_articles
    from pipeline.text.manifest import fill as fill_from_manifest
    from pipeline.text.repair import repair_document

    stage = "repair"
    clock = _Clock(timings)
    try:
        clean = repair_document(raw)
        stage = clock.lap("repair", "split")
        articles = split_articles(clean)
        fill_from_manifest(articles, raw.page)
        stage = clock.lap("split", "segment")
        segment_articles(articles)
        stage = clock.lap("segment", "extract")
        extractions = [extract_article(a) for a in articles]
        clock.lap("extract")
    except RecursionError as e:
        raise StageError(stage, RecursionError("text too deeply nested to process")) from e
    except Exception as e:
        raise StageError(stage, e) from e
    return ProcessedDocument(clean=clean, articles=articles, extractions=extractions)


_STAGE_MODULES = ("pipeline.extract.article", "pipeline.text.articles", "pipeline.text.repair")


def import_stages() -> None:
    """The text stages' modules, imported with their patterns from the table of compiled patterns
    (``core.regexes``: compiling them was most of the import's time)."""
    if all(name in sys.modules for name in _STAGE_MODULES):
        return
    with precompiled():
        for name in _STAGE_MODULES:
            importlib.import_module(name)


# Libraries a document may call for, imported on first use: trafilatura (a page of HTML) and pypinyin
# (pinyin residue).  Importing them costs a worker ~0.35 s of CPU in its first batch (0.12 and 0.23 s);
# ``init_worker`` imports them before the fork, once for all the workers.  (Their patterns made from
# the table of compiled patterns, ``core.regexes``, measured no faster: the import is not their compiling.)
_LAZY_LIBRARIES = ("trafilatura", "pypinyin")


def import_libraries() -> None:
    for name in _LAZY_LIBRARIES:
        importlib.import_module(name)


class _Clock:
    """Adds the time since the last lap to ``timings[stage]`` (when there are timings to keep)."""

    def __init__(self, timings: Counter | None):
        self.timings = timings
        self.t = time.perf_counter()

    def lap(self, stage: str, next_stage: str = "") -> str:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[stage] += now - self.t
            self.t = now
        return next_stage


# --- keys: what a cached result depends on ---------------------------------------------------

# The text stages (everything before classification).  Their output is cached by
# document content and by this key, so a new codebook or model reclassifies
# without repairing, segmenting or extracting again.
_TEXT_STAGES = ("core", "nlp", "text", "extract", "worker.py")


def hash_sources(h, names: Iterable[str]) -> None:
    """Feed ``h`` the source files of these modules or packages (paths relative to ``pipeline/``)."""
    root = Path(__file__).parent
    for name in names:
        for p in sorted((root / name).rglob("*.py")) if (root / name).is_dir() else [root / name]:
            h.update(p.name.encode())
            h.update(p.read_bytes())


def stage_key() -> str:
    import importlib.metadata as md

    h = hashlib.sha256()
    hash_sources(h, _TEXT_STAGES)
    for p in sorted((Path(__file__).parent / "resources").iterdir()):
        if p.name != "codebook.yaml":
            h.update(p.name.encode())
            h.update(p.read_bytes())
    for dist in ("jieba", "opencc", "pypinyin"):
        try:
            h.update(f"{dist}={md.version(dist)}".encode())
        except md.PackageNotFoundError:
            pass
    h.update(segmenter_id().encode())
    return h.hexdigest()[:16]


def classifier_key(tagger: MeasureTagger) -> str:
    """The codebook and the model (by content) that the categories come from."""
    h = hashlib.sha256(tagger.codebook.sha256.encode())
    h.update(tagger.source.encode())
    if tagger.model_path is not None:
        h.update(Path(tagger.model_path).read_bytes())
    return h.hexdigest()[:16]


# --- the cache: one entry per document content, under the text-stage key -------------------

@dataclass
class CacheEntry:
    classifier: str  # classifier_key of the categories in ``document`` ("" when not classified)
    document: ProcessedDocument


def _from_cache(cached: Path | None) -> CacheEntry | None:
    if cached is None:
        return None
    try:
        entry = pickled.loads(cached.read_bytes())
        return entry if isinstance(entry, CacheEntry) else None
    except FileNotFoundError:  # not cached (one system call, where a test for it first made two)
        return None
    except Exception as e:  # a damaged cache entry is rebuilt, never trusted
        log.debug("cache entry %s unreadable: %s", cached, e)
        return None


# Cache folders that refused an entry in this process (deleted during the build, full, read-only): said
# once, then not written again, or every later document of the build said it again.
_refused: set[str] = set()


def forget_refused_caches() -> None:
    """At a build's start: its cache folder may be usable again."""
    _refused.clear()


def _to_cache(cached: Path, entry: CacheEntry) -> None:
    """Unique temp file and rename, without fsync: a cache entry lost to a crash costs
    time, and one torn by a crash fails to unpickle and is rebuilt."""
    if str(cached.parent) in _refused:
        return
    tmp = fsutil.temp_name(cached)
    try:
        tmp.write_bytes(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, cached)
    except OSError as e:  # a full disk or a folder it may not enter costs speed next time, not this document
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # (the same folder refuses the clean-up: nothing was written)
            pass
        _refused.add(str(cached.parent))
        log.warning("cannot write cache entry %s: %s; no more entries are written there in this build",
                    cached, e.strerror or e)


def load_and_process(path: str, cache_dir: str | None = None, page: PageMeta | None = None
                     ) -> ProcessedDocument | Skipped | Failed:
    """One file (and its crawl manifest's row) through the text stages; never raises for anything the file contains."""
    try:
        data = read_bytes(Path(path))
        cached = Path(cache_dir) / f"{doc_id(data, page)}.pkl" if cache_dir else None
        entry = _from_cache(cached)
        if entry is None:
            entry = CacheEntry("", process_document(read_document(path, data=data, page=page)))
            if cached is not None:
                _to_cache(cached, entry)
        entry.document.clean.raw.path = str(path)
        return _with_articles(entry.document)
    except Exception as e:
        return _failure(str(path), e)


def _with_articles(pd: ProcessedDocument) -> ProcessedDocument:
    """The document, or IngestError naming its file when it gives no article (a dateline or an editor's line
    alone): a skip with its reason, where it was stored as a document of 0 articles with no word.  Checked on the
    stages' result, cached or not; ``process_document`` itself returns such a document, as evaluation wants it."""
    from pipeline.text.articles import no_article_reason

    if why := no_article_reason(pd.clean, pd.articles):
        raise IngestError(pd.clean.raw.path, why)
    return pd


def _failure(path: str, e: Exception) -> Skipped | Failed:
    """A document's exception as its outcome: unreadable (skipped), or a stage's internal error
    (ingest itself or the cache included: still one document's problem).  Call it inside the
    ``except`` block, where the traceback is still at hand."""
    if isinstance(e, IngestError):
        return Skipped(e.path, e.reason, e.ours)
    if isinstance(e, StageError):
        return Failed(path, e.stage, f"{type(e.error).__name__}: {e.error}", e.trace)
    return Failed(path, "ingest", f"{type(e).__name__}: {e}", traceback.format_exc())


# --- classification -------------------------------------------------------------------------

def measure_tokens(pd: ProcessedDocument) -> list[list[str] | None]:
    """For each measure, the words segmentation already found inside it (None where its edges
    cut a word, so the classifier segments it afresh)."""
    out: list[list[str] | None] = []
    for art, x in zip(pd.articles, pd.extractions):
        if not x.measures:
            continue
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        for p in art.paragraphs:
            for s in p.sentences:
                edges = list(accumulate(map(len, s.tokens), initial=s.start))
                starts += edges[:-1]
                ends += edges[1:]
                words += s.tokens
        for m in x.measures:
            i = bisect_left(starts, m.start)
            j = bisect_left(starts, m.end, i)
            inside = words[i:j]
            ok = i < len(starts) and starts[i] == m.start and ends[j - 1] == m.end and "".join(inside) == m.text
            out.append(inside if ok else None)
    return out


def classify_documents(pds: list[ProcessedDocument], tagger: MeasureTagger) -> None:
    """Categories and groups for every measure of these documents, in one prediction."""
    measures = [m for pd in pds for x in pd.extractions for m in x.measures]
    tokens = [t for pd in pds for t in measure_tokens(pd)]
    context = [(m.heading, k / len(x.measures)) for pd in pds for x in pd.extractions for k, m in enumerate(x.measures)]
    for m, c in zip(measures, tagger([m.text for m in measures], tokens, context)):
        m.categories, m.groups = c.categories, c.groups


def classify_document(pd: ProcessedDocument, tagger: MeasureTagger) -> None:
    classify_documents([pd], tagger)


# --- workers ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    """One file to process: read by the parent, so workers never need the corpus."""

    path: str
    data: bytes
    size: int
    mtime_ns: int
    page: PageMeta | None = None  # the crawl manifest's row for the file


@dataclass
class Done:
    """A processed document: its rows, and the file signature to remember."""

    rows: DocRows
    size: int
    mtime_ns: int


Outcome = Done | Skipped | Failed


@dataclass
class WorkerSettings:
    cache_dir: str | None
    tagger: MeasureTagger
    classifier_key: str
    segmenter: str
    text_key: str


_settings: WorkerSettings | None = None


def init_worker(settings: WorkerSettings) -> None:
    """Load once per worker process: the stages' modules, the libraries they import on first use,
    segmenter, gazetteer (the tagger comes with the settings)."""
    global _settings
    forget_refused_caches()
    import_stages()  # (their patterns compiled once, before a fork)
    import_libraries()
    from pipeline.extract.regions import Gazetteer

    _settings = settings
    use_segmenter(settings.segmenter)
    get_segmenter()
    Gazetteer.load()
    _keep_loaded()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


# A worker's records hold no cycles, yet each document allocates (and frees) so many container
# objects that the default youngest-generation threshold (700) ran a collection every few hundred
# words, about a tenth of the text stages' time; a larger one keeps what little cyclic garbage
# there is for a moment longer.  (A Dask worker's tasks run with it; a pool worker's batches run
# without the collector, ``pooled_batch``.)
YOUNG_COLLECTION = 20_000


def _keep_loaded() -> None:
    """What is loaded by now lives as long as the process (gazetteer, villages, pinyin tables,
    the model): ``gc.freeze`` takes it out of the cyclic collector's sight, which would walk those
    few hundred thousand objects again at every full collection (~0.7 s CPU over 800 documents).
    The cyclic garbage is collected first, so none is kept; records have no cycles: those frozen
    in passing are freed by reference counting when dropped."""
    gc.collect()
    gc.freeze()


def process_batch(items: list[Item], settings: WorkerSettings | None = None) -> tuple[list[Outcome], Counter]:
    """Text stages (or the cache), one classification for the whole batch, rows: in a worker."""
    settings = settings or _settings
    timings: Counter = Counter()
    out: list[Outcome | None] = [None] * len(items)
    todo: list[tuple[int, ProcessedDocument]] = []  # documents to classify
    for k, item in enumerate(items):
        result = _text_stages(item, settings, timings)
        if isinstance(result, CacheEntry) and result.classifier == settings.classifier_key:
            out[k] = _rows(item, result.document, timings)
        elif isinstance(result, CacheEntry):
            todo.append((k, result.document))
        else:
            out[k] = result
    _classify(todo, items, out, settings, timings)
    for k, pd in todo:
        if out[k] is None:
            if settings.cache_dir:  # timed with the reads: pickling a document is a stage's worth of time
                t = time.perf_counter()
                _to_cache(Path(settings.cache_dir) / f"{pd.clean.raw.id}.pkl", CacheEntry(settings.classifier_key, pd))
                timings["cache"] += time.perf_counter() - t
            out[k] = _rows(items[k], pd, timings)
    return out, timings  # type: ignore[return-value]


def pooled_batch(items: list[Item]) -> tuple[list[Outcome], Counter]:
    """``process_batch`` in a pool worker (set up by ``init_worker``), after what the batches before
    it loaded for good (villages, pinyin tables, the model) is frozen too.  Only here: nothing of a
    batch outlives it in a pool worker, whereas a Dask worker keeps its own records of each task.

    The cyclic collector is off during the batch, as in a single batch run in the parent
    (``build._in_process``): the batch makes almost no cyclic garbage (none to a few hundred
    objects per 64 documents), and ``_keep_loaded`` collects it when the next batch comes, so it
    lives for one batch at most; even at ``YOUNG_COLLECTION`` the collections cost ~3% of the
    batch's CPU.  Collected before a batch, not after it: after, the batch's result (its rows, on
    their way to the parent) was still alive, and the collection walked it (12 ms a batch of 64
    documents, against 4 ms once the pool has sent it and let it go)."""
    _keep_loaded()
    gc.disable()
    try:
        return process_batch(items)
    finally:
        gc.enable()


def _text_stages(item: Item, settings: WorkerSettings, timings: Counter) -> CacheEntry | Skipped | Failed:
    """The cached entry of this content, or the text stages run afresh."""
    try:
        cached = Path(settings.cache_dir) / f"{doc_id(item.data, item.page)}.pkl" if settings.cache_dir else None
        t = time.perf_counter()
        entry = _from_cache(cached)
        timings["cache"] += time.perf_counter() - t
        if entry is None:
            t = time.perf_counter()
            raw = read_document(item.path, data=item.data, page=item.page)
            timings["ingest"] += time.perf_counter() - t
            entry = CacheEntry("", process_document(raw, timings))
        entry.document.clean.raw.path = item.path
        _with_articles(entry.document)
        return entry
    except Exception as e:
        return _failure(item.path, e)


def _classify(todo, items, out, settings: WorkerSettings, timings: Counter) -> None:
    """One prediction for the batch; if it fails, document by document, to find the one at fault."""
    t = time.perf_counter()
    try:
        classify_documents([pd for _, pd in todo], settings.tagger)
    except Exception:
        for k, pd in todo:
            try:
                classify_documents([pd], settings.tagger)
            except Exception as e:
                out[k] = Failed(items[k].path, "classify", f"{type(e).__name__}: {e}", traceback.format_exc())
    timings["classify"] += time.perf_counter() - t


def _rows(item: Item, pd: ProcessedDocument, timings: Counter) -> Done | Failed:
    t = time.perf_counter()
    try:
        done = Done(document_rows(pd), item.size, item.mtime_ns)
        t_index = time.perf_counter()
        add_bodies(done.rows.tables)  # the search index's bigrams, here rather than in the parent
    except Exception as e:
        return Failed(item.path, "rows", f"{type(e).__name__}: {e}", traceback.format_exc())
    timings["rows"] += t_index - t
    timings["index"] += time.perf_counter() - t_index
    return done
