from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The seed articles and real pages some tests read at run time (never copied into the repository): the folders
# seeds/ and real/ of $POLICYKB_SHARED, by default ../shared beside the checkout. Read here only: every test
# takes SEEDS and REAL (or SHARED_ARGS for a command's --seeds/--real) from this module.
SHARED = Path(os.path.expanduser(os.environ.get("POLICYKB_SHARED") or ROOT.parent / "shared")).absolute()
SEEDS = SHARED / "seeds"
REAL = SHARED / "real"
SHARED_ARGS = ["--seeds", str(SEEDS), "--real", str(REAL)]  # (else the commands read ../shared, their default)
SAMPLE = ROOT / "corpora" / "sample"


@pytest.fixture(scope="session")
def segmenter():
    """One warmed-up segmenter for the whole session (dictionary load is ~1.5 s)."""
    from pipeline.nlp.segment import get_segmenter

    return get_segmenter()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not present at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def processed_seeds(seeds_dir, segmenter):
    from pipeline.worker import process_document
    from pipeline.text.ingest import read_document

    return {p.name: process_document(read_document(p)) for p in sorted(seeds_dir.iterdir()) if p.suffix == ".txt"}


@pytest.fixture(scope="session")
def sample_kb(tmp_path_factory, segmenter):
    """The sample corpus built once into a temporary knowledge base, classified by the codebook
    rules (never by whatever model an earlier run left in models/)."""
    from pipeline.build import build

    if not SAMPLE.is_dir():
        pytest.skip("corpora/sample missing")
    out = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    report = build(SAMPLE, out, model=None)
    return out, report


@pytest.fixture(scope="module")
def conn(sample_kb):
    """A read-only connection to the sample knowledge base."""
    from pipeline.store import reader

    db, _ = sample_kb
    return reader.connect_readonly(db)


@pytest.fixture(scope="module")
def client(sample_kb):
    """The web app over the sample knowledge base."""
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    db, _ = sample_kb
    return TestClient(create_app(db))


@pytest.fixture(scope="session")
def g():
    """The gazetteer (one per process: ``Gazetteer.load`` is cached), for the places tests."""
    from pipeline.extract.regions import Gazetteer

    return Gazetteer.load()


def built_from_texts(tmp_path_factory, name: str, texts: dict[str, str]) -> Path:
    """A knowledge base built (by the codebook's rules) from these texts, each written to a file of its name in a
    corpus folder of its own (a manifest is one of them); its path."""
    from pipeline.build import build

    root = tmp_path_factory.mktemp(name)
    corpus = root / "corpus"
    corpus.mkdir()
    for file, text in texts.items():
        (corpus / file).write_text(text, encoding="utf-8")
    out = root / "kb.sqlite"
    build(corpus, out, model=None)
    return out


def article_ids(db) -> dict[str, str]:
    """Each built file's name -> the id of the article made of it, read from the knowledge base at ``db``."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {p.rsplit("/", 1)[-1]: a for p, a in con.execute(
            "SELECT d.path, a.id FROM articles a JOIN documents d ON d.id = a.doc_id")}
    finally:
        con.close()


def kb_of_texts(tmp_path_factory, name: str, texts: dict[str, str]):
    """``built_from_texts``, opened read-only."""
    from pipeline.store import reader

    return reader.connect_readonly(built_from_texts(tmp_path_factory, name, texts))


def compared(db, out: Path, *args: str) -> str:
    """`policykb compare` of a knowledge base into ``out``; its output (it must succeed)."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--out", str(out), *args])
    assert r.exit_code == 0, r.output
    return r.output


def csv_table(path: Path):
    """A CSV the project wrote (BOM and all), every cell as text."""
    import pandas as pd

    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def sql_rows(db, q: str, *args):
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute(q, args).fetchall()


def bench_module(name: str):
    """A module of bench/ (synth, township_agreement), imported without leaving bench/ on the path."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(ROOT / "bench"))
