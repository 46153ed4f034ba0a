"""Scale: classification in the workers, incremental rebuilds, the Dask executor, fast segmenters.

No timings are asserted here (the machine is shared); `make bench` measures them."""
from __future__ import annotations

import os
from pathlib import Path
import shutil
import sqlite3

import pytest

from pipeline import build as build_mod
from pipeline import worker as worker_mod
from pipeline.build import build
from tests.conftest import REAL, ROOT

SAMPLE = ROOT / "corpora" / "sample"

# Rows without the ids a build gives out (paragraph, sentence, measure, article rowid), which
# depend on the order documents arrived in; what they point at is kept through natural keys.
_BY_CONTENT = {
    "paragraphs": "SELECT article_id, idx, heading, text, start, end, orig_start, orig_end FROM paragraphs",
    "sentences": "SELECT s.article_id, p.idx, s.idx, s.text, s.tokens, s.start, s.end FROM sentences s"
                 " JOIN paragraphs p ON p.id = s.paragraph_id",
    "measures": "SELECT article_id, idx, text, heading, start, end, orig_start, orig_end FROM measures",
    "measure_categories": "SELECT m.article_id, m.idx, c.category, c.score FROM measure_categories c"
                          " JOIN measures m ON m.id = c.measure_id",
    "measure_groups": "SELECT m.article_id, m.idx, g.grp FROM measure_groups g JOIN measures m ON m.id = g.measure_id",
    "measure_links": "SELECT m.article_id, m.idx, l.kind, l.idx FROM measure_links l JOIN measures m ON m.id = l.measure_id",
    "figures": "SELECT f.article_id, f.idx, m.idx, f.text, f.value, f.unit, f.start FROM figures f"
               " LEFT JOIN measures m ON m.id = f.measure_id",
    "search_measures": "SELECT m.article_id, m.idx, s.text, s.title, s.year, s.province, s.categories, s.groups, s.slogans"
                       " FROM search_measures s JOIN measures m ON m.id = s.measure_id",
    "search_articles": "SELECT article_id, title, date FROM search_articles",
    # arrays over keys, which hold measure ids: compared decoded (facet_entries), by measure content
    "search_facet_index": "SELECT facet FROM search_facet_index",
    "search_facet_keys": "SELECT count(*) FROM search_facet_keys",
    "sources": "SELECT path, doc_id FROM sources",
}
_SKIP_META = ("build_key", "model_trained", "codebook")


def dump(db: Path, by_content: bool = True) -> dict[str, list]:
    """Every table, sorted; the two FTS indexes by their vocabularies (term, rows, occurrences)."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                                            " 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%'")
                  if r[0] not in ("article_moves", "measure_moves", "retired_measures")]  # (its own history of edits)
        out = {}
        for t in tables:
            sql = _BY_CONTENT.get(t) if by_content else None
            rows = con.execute(sql or f"SELECT * FROM {t}").fetchall()
            if t == "meta":
                rows = [r for r in rows if r[0] not in _SKIP_META]
            out[t] = sorted(rows, key=repr)
        if by_content:
            out["facet_entries"] = facet_entries(con)
        con.execute("CREATE VIRTUAL TABLE temp.article_vocab USING fts5vocab(main, article_fts, row)")
        for v in ("measure_vocab", "temp.article_vocab"):
            out[v] = con.execute(f"SELECT * FROM {v} ORDER BY term").fetchall()
        return out
    finally:
        con.close()


def facet_entries(con: sqlite3.Connection) -> list[tuple]:
    """Every (measure, facet, value) the facet arrays hold, the measure named by its article and index."""
    from pipeline.search.facet_arrays import FacetArrays

    arrays = FacetArrays.read(con)
    measure = dict(((key, (a, i)) for key, a, i in con.execute(
        "SELECT s.key, m.article_id, m.idx FROM search_measures s JOIN measures m ON m.id = s.measure_id")))
    out = []
    for facet, (indptr, indices) in arrays.csr.items():
        names = {v: k for k, v in arrays.numbers[facet].items()}
        for row, key in enumerate(arrays.keys.tolist()):
            out += [(*measure[key], facet, names[int(v)]) for v in indices[indptr[row]:indptr[row + 1]]]
    return sorted(out)


def _copy_sample(tmp_path: Path, n: int = 10) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(SAMPLE.glob("*.txt"))[:n]:
        shutil.copy(p, corpus / p.name)
    return corpus


@pytest.fixture(scope="module")
def sample_serial(tmp_path_factory):
    if not SAMPLE.is_dir():
        pytest.skip("no sample corpus")
    out = tmp_path_factory.mktemp("serial") / "kb.sqlite"
    build(SAMPLE, out, jobs=1, model=None, cache=False)
    return out


# --- incremental rebuilds -------------------------------------------------------------------

def test_a_rebuild_writes_only_what_changed_and_equals_a_fresh_build(tmp_path, segmenter, monkeypatch):
    corpus = _copy_sample(tmp_path)
    out = tmp_path / "kb.sqlite"
    first = build(corpus, out, jobs=2, model=None)
    assert first.mode == "full" and first.processed == 10
    files = sorted(corpus.iterdir())
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n另外，县委组织部选派8名干部到社区挂职锻炼。\n", encoding="utf-8")
    files[1].unlink()
    files[2].rename(corpus / "renamed.txt")
    shutil.copy(files[3], corpus / "zz_copy.txt")
    shutil.copy(SAMPLE / "2024" / sorted(os.listdir(SAMPLE / "2024"))[0], corpus / "new.txt")
    os.utime(files[4])  # touched, same content

    processed = []
    real = worker_mod.process_document
    monkeypatch.setattr(worker_mod, "process_document", lambda raw, t=None: processed.append(raw.path) or real(raw, t))
    again = build(corpus, out, jobs=1, model=None, cache=False)
    assert again.mode == "incremental"
    assert sorted(Path(p).name for p in processed) == [files[0].name, "new.txt"]
    assert again.processed == 2 and again.removed == 2  # the old version of files[0], and files[1]
    assert again.duplicates == [(str(corpus / "zz_copy.txt"), str(files[3]))]

    fresh = tmp_path / "fresh.sqlite"
    build(corpus, fresh, jobs=1, model=None, cache=False)
    a, b = dump(out), dump(fresh)
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
    con = sqlite3.connect(out)
    assert con.execute("SELECT path FROM documents WHERE path LIKE '%renamed.txt'").fetchone()
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_rebuild_with_nothing_changed_leaves_the_file_alone(tmp_path, segmenter, monkeypatch):
    corpus = _copy_sample(tmp_path, n=4)
    out = tmp_path / "kb.sqlite"
    first = build(corpus, out, model=None)
    before = (out.stat().st_ino, out.read_bytes())

    def boom(*a, **k):
        raise AssertionError("a no-op rebuild must not process or load anything")

    monkeypatch.setattr(build_mod, "init_worker", boom)
    again = build(corpus, out, model=None)
    assert again.mode == "unchanged" and again.processed == 0
    assert (out.stat().st_ino, out.read_bytes()) == before  # not rewritten (only its mtime is brought up to date)
    assert (again.documents, again.articles, again.repairs) == (first.documents, first.articles, first.repairs)


_LOADED = """
import sys
from pipeline.build import build
from pipeline.classify import predictor
from pipeline.extract.regions import Gazetteer
from pipeline.nlp.segment import get_segmenter
predicted = []
scores = predictor.Predictor.predict_proba
predictor.Predictor.predict_proba = lambda self, X: predicted.append(1) or scores(self, X)
r = build(sys.argv[1], sys.argv[2], jobs=2, cache=sys.argv[3])
loaded = [m in sys.modules for m in ("jieba", "pkg_resources")] + [bool(predicted)]
from pipeline.classify.tagger import MeasureTagger
print(r.mode, r.processed, get_segmenter.cache_info().currsize, Gazetteer.load.cache_info().currsize,
      *loaded, MeasureTagger().source)
"""


def _loaded(corpus: Path, out: Path, cache: Path) -> list[str]:
    """A build in a fresh process, with the default model: what it did, and what it loaded (segmenter,
    gazetteer, jieba, pkg_resources, whether the model predicted in this process), and whether the
    default model is there to predict with (a fresh clone has none until `make model`)."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", _LOADED, str(corpus), str(out), str(cache)],
                         capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return run.stdout.split()


def test_a_rebuild_loads_only_what_its_documents_need(tmp_path):
    """No-op: no segmenter, gazetteer or model; a changed file whose new content the cache holds
    (classified by this model): still none but the gazetteer, whose names label places in the
    search index; new content: all of them, and jieba never imports pkg_resources."""
    corpus = _copy_sample(tmp_path, n=3)
    out, cache = tmp_path / "kb.sqlite", tmp_path / "cache"
    assert _loaded(corpus, out, cache)[:2] == ["full", "3"]
    *seen, source = _loaded(corpus, out, cache)
    assert seen == ["unchanged", "0", "0", "0", "False", "False", "False"]
    first = sorted(corpus.iterdir())[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text + "\n另外，县委组织部选派8名干部到社区挂职锻炼。\n", encoding="utf-8")
    *seen, source = _loaded(corpus, out, cache)
    assert seen == ["incremental", "1", "1", "1", "True", "False", str(source == "model")]
    first.write_text(text, encoding="utf-8")  # back: its text stages and categories are in the cache
    *seen, source = _loaded(corpus, out, cache)
    assert seen == ["incremental", "1", "0", "1", "False", "False", "False"]


def test_yaml_is_read_alike_by_libyaml_and_by_pyyaml():
    import yaml

    from pipeline.core.lexicons import load_yaml, resource_path

    for name in ("codebook.yaml", "slogans.yaml"):
        text = Path(resource_path(name)).read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text)


def _trained(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM measure_categories WHERE category = 'train'").fetchone()[0]
    finally:
        con.close()


def test_a_new_codebook_reclassifies_from_the_cache(tmp_path, segmenter, monkeypatch):
    import hashlib

    corpus = _copy_sample(tmp_path, n=3)
    out = tmp_path / "kb.sqlite"
    build(corpus, out, model=None)
    before = _trained(out)
    codebook = tmp_path / "codebook.yaml"
    text = (ROOT / "pipeline" / "resources" / "codebook.yaml").read_text(encoding="utf-8")
    codebook.write_text(text.replace("include: [培训,", "include: [干部, 培训,", 1), encoding="utf-8")

    def boom(*a, **k):
        raise AssertionError("the text stages must come from the cache")

    monkeypatch.setattr(worker_mod, "process_document", boom)
    report = build(corpus, out, model=None, codebook=str(codebook))
    assert report.mode == "full" and report.processed == 3 and not report.errors
    con = sqlite3.connect(out)
    stored = con.execute("SELECT value FROM meta WHERE key = 'codebook_sha256'").fetchone()[0]
    assert stored == hashlib.sha256(codebook.read_bytes()).hexdigest()
    assert _trained(out) > before  # the new cue took effect


# --- classification in the workers ------------------------------------------------------------

def test_measure_tokens_are_the_words_jieba_gives_the_measure(sample_kb, segmenter):
    from pipeline.worker import load_and_process, measure_tokens

    reused = total = 0
    for p in sorted(SAMPLE.rglob("*.txt")):
        pd = load_and_process(str(p))
        ms = [m for x in pd.extractions for m in x.measures]
        for m, toks in zip(ms, measure_tokens(pd)):
            total += 1
            if toks is not None:
                reused += 1
                assert toks == segmenter.cut(m.text), m.text
    assert total > 100 and reused / total > 0.95


def test_one_prediction_per_batch(tmp_path, segmenter):
    from pipeline.worker import Done, Item, WorkerSettings, classifier_key, process_batch
    from pipeline.classify.tagger import MeasureTagger

    tagger = MeasureTagger(model_path=None)
    calls = []
    real = tagger.clf.predict_proba
    tagger.clf.predict_proba = lambda X: calls.append(len(X)) or real(X)
    items = []
    for p in sorted(SAMPLE.glob("*.txt"))[:6]:
        data = p.read_bytes()
        items.append(Item(str(p), data, len(data), 0))
    settings = WorkerSettings(None, tagger, classifier_key(tagger), "jieba", "k")
    outcomes, timings = process_batch(items, settings)
    assert all(isinstance(o, Done) for o in outcomes)
    measures = sum(len(o.rows.tables["measures"]) for o in outcomes)
    assert calls == [measures] and measures > 20
    assert {"repair", "segment", "extract", "classify", "rows"} <= set(timings)


def test_a_pool_worker_freezes_what_it_loaded_and_keeps_no_garbage(segmenter):
    """After a batch, what the worker loaded is out of the collector's way (frozen), and cyclic
    garbage made before is collected, not frozen with it."""
    import gc
    import weakref

    from pipeline.worker import YOUNG_COLLECTION, Done, Item, WorkerSettings, classifier_key, init_worker, pooled_batch
    from pipeline.classify.tagger import MeasureTagger

    class Node:
        pass

    tagger = MeasureTagger(model_path=None)
    data = sorted(SAMPLE.glob("*.txt"))[0].read_bytes()
    thresholds = gc.get_threshold()
    gc.set_threshold(700, *thresholds[1:])  # Python's default (an earlier test's worker may have raised it)
    try:
        init_worker(WorkerSettings(None, tagger, classifier_key(tagger), "jieba", "k"))
        assert gc.get_threshold()[0] == YOUNG_COLLECTION  # collections are rarer in a worker
        frozen = gc.get_freeze_count()
        garbage = Node()
        garbage.me = garbage  # a cycle: only the collector frees it
        gone = weakref.ref(garbage)
        del garbage
        outcomes, _ = pooled_batch([Item("a.txt", data, len(data), 0)])
        assert isinstance(outcomes[0], Done)
        assert gone() is None
        assert gc.get_freeze_count() > frozen  # the rules classifier and what the document loaded
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
        gc.set_threshold(*thresholds)


# --- Dask -------------------------------------------------------------------------------------

@pytest.mark.slow
def test_the_index_a_build_makes_from_the_workers_bigrams_is_the_one_the_parent_would_make(
        tmp_path, sample_serial, monkeypatch):
    from pipeline.search import index as search_index

    redone = tmp_path / "redone.sqlite"
    shutil.copy(sample_serial, redone)
    con = sqlite3.connect(redone)
    search_index.rebuild_index(con)  # a new connection: no worker's bigrams, every body made here
    con.commit()
    con.close()
    a, b = dump(sample_serial), dump(redone)
    for table in a:
        assert a[table] == b[table], table
    given = []
    real = search_index._entry_body  # what every measure's entry is made with
    monkeypatch.setattr(search_index, "_entry_body",
                        lambda pairs, text, body: given.append(body) or real(pairs, text, body))
    build(_copy_sample(tmp_path, n=3), tmp_path / "kb.sqlite", jobs=1, model=None, cache=False)
    assert given and all(given)  # every measure indexed with the bigrams its worker made


def test_dask_local_cluster_builds_the_same_knowledge_base(tmp_path, sample_serial):
    pytest.importorskip("dask.distributed")
    import pandas as pd

    out = tmp_path / "dask.sqlite"
    report = build(SAMPLE, out, jobs=2, executor="dask", model=None, cache=False, parts=tmp_path / "parts")
    assert report.processed > 20 and not report.errors
    a, b = dump(sample_serial, by_content=False), dump(out, by_content=False)
    for table in a:
        assert a[table] == b[table], table
    con = sqlite3.connect(out)
    for table in ("articles", "measures", "figures", "slogans", "regions"):
        frame = pd.read_parquet(tmp_path / "parts" / table)
        assert len(frame) == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    assert not list((tmp_path / "parts").glob("part-*.pkl"))  # merged, then removed


def test_a_parts_folder_the_project_did_not_make_is_refused(tmp_path):
    from pipeline.distributed import prepare_parts
    from pipeline.text.ingest import IngestError

    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "part-000001.parquet").write_bytes(b"someone else's")
    with pytest.raises(IngestError):
        prepare_parts(theirs)
    assert (theirs / "part-000001.parquet").read_bytes() == b"someone else's"


# --- fast segmenters --------------------------------------------------------------------------

def _texts() -> list[str]:
    from pipeline.text.ingest import IngestError, Skipped, discover, read_document
    from pipeline.text.repair import repair_document

    out = []
    for root in (SAMPLE, REAL):
        if root.is_dir():
            for p in discover(root):
                if isinstance(p, Skipped):
                    continue
                try:  # (the read-me beside the real pages is mostly not Chinese: a build skips it too)
                    out.append(repair_document(read_document(p)).text)
                except IngestError:
                    continue
    return out


def _spans(words: list[str]) -> set[tuple[int, int]]:
    out, i = set(), 0
    for w in words:
        out.add((i, i + len(w)))
        i += len(w)
    return out


@pytest.mark.parametrize("backend", ["jieba_fast", "jieba_next", "rjieba"])
def test_fast_segmenters_agree_with_jieba(backend, segmenter):
    from pipeline.nlp import segment

    if not segment.available(backend):
        pytest.skip(f"{backend} not installed")
    texts = _texts()
    if not REAL.is_dir():
        print(f"real pages not present at {REAL}: sample corpus only")
    segment.use_segmenter(backend)
    try:
        fast = segment.get_segmenter()
        got = [fast.cut(t) for t in texts]
        assert fast.is_general_word("一心一意") and not fast.is_general_word("三个区分开来")
    finally:
        segment.use_segmenter("jieba")
    agree = total = 0
    for t, words in zip(texts, got):
        ref = segmenter.cut(t)
        assert "".join(words) == t  # nothing lost or added
        agree += len(_spans(ref) & _spans(words))
        total += len(ref)
    assert agree / total >= 0.995, f"{backend}: {agree / total:.4f}"


def test_the_segmenter_is_part_of_the_cache_key():
    from pipeline.nlp import segment

    if not segment.available("rjieba"):
        pytest.skip("rjieba not installed")
    a = worker_mod.stage_key()
    segment.use_segmenter("rjieba")
    try:
        assert worker_mod.stage_key() != a
    finally:
        segment.use_segmenter("jieba")
    assert worker_mod.stage_key() == a


# --- durability of incremental writes ------------------------------------------------------------

def _articles(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


# Kills per run: three in the suite (its time budget), 20 in ``make fuzz`` (each costs up to a whole build).
KILL_ROUNDS = int(os.environ.get("POLICYKB_KILL_ROUNDS", "3"))


@pytest.mark.slow
def test_kill_9_during_incremental_builds_leaves_one_state_or_the_other(tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    corpus = _copy_sample(tmp_path, n=6)
    extra = corpus / "extra.txt"
    out = tmp_path / "kb" / "kb.sqlite"
    out.parent.mkdir()
    cmd = [sys.executable, "-m", "pipeline", "build", str(corpus), "--out", str(out), "-q", "--jobs", "2",
           "--model", str(tmp_path / "no-model.pkl")]
    subprocess.run(cmd, check=True, capture_output=True)
    without = _articles(out)
    shutil.copy(sorted(SAMPLE.glob("2024/*.txt"))[0], extra)
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, capture_output=True)
    duration = time.monotonic() - t0
    with_extra = _articles(out)
    assert with_extra > without
    rng = random.Random(20261130)
    for i in range(KILL_ROUNDS):  # every build has something to write: the extra file comes and goes
        if extra.exists():
            extra.unlink()
        else:
            shutil.copy(sorted(SAMPLE.glob("2024/*.txt"))[0], extra)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _articles(out) in (without, with_extra)
    subprocess.run(cmd, check=True, capture_output=True)
    assert _articles(out) == (with_extra if extra.exists() else without)
    assert not [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")]
