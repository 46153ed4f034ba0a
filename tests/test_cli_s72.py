"""The command line as session 72's testers left it: each message once, the places as the text writes them,
the project's own files as they are, and the user's folders untouched."""
from __future__ import annotations

import json
from pathlib import Path
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT, sql_rows

ONE = "县委组织部试行干部考核新办法\n县委组织部出台干部考核办法，把考核结果用于干部选拔任用。\n"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(ONE, encoding="utf-8")
    return corpus


def _build(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "pipeline", "build", str(_corpus(tmp_path)), "--out",
                           str(tmp_path / "kb.sqlite"), "-j", "1", *args], capture_output=True, text=True, cwd=ROOT, env=env)


# --- 1. build: the classifier's warning once ------------------------------------------------------

def _model_of_other_hashes(tmp_path: Path) -> Path:
    # (the codebook's own hash, another feature hash: what a model trained before a code change holds)
    from pipeline.classify.codebook import load_codebook

    path = tmp_path / "m" / "classifier.pkl"
    path.parent.mkdir()
    path.write_bytes(b"\x80\x05N.")  # (a pickle, as a model is: not read, the metadata refuses it first; a file
    # that is no pickle is the user's, and the advice names another --out: tests/test_hostile79a.py)
    meta = {"codebook_sha256": load_codebook().sha256, "feature_sha256": "0" * 64, "versions": {}}
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return path


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_a_model_of_other_hashes_is_said_once_on_stderr_with_the_command_that_retrains(tmp_path, quiet, segmenter):
    model = _model_of_other_hashes(tmp_path)
    r = _build(tmp_path, "--model", str(model), *quiet)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert r.stderr.count("was trained with another") == 1, r.stderr
    said = next(ln for ln in r.stderr.splitlines() if "was trained with another" in ln)
    assert f"policykb train --out {model}" in said


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_a_missing_model_is_said_once(tmp_path, quiet, segmenter):
    r = _build(tmp_path, "--model", str(tmp_path / "none.pkl"), *quiet)
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("no trained model") == 1, r.stderr


# --- 2. a township filter with another level word: 唐昌街道 finds 唐昌镇 ------------------------------

TOWNS = {
    "a.txt": "郫都区唐昌镇推行容错纠错机制\n成都市郫都区唐昌镇出台干部容错纠错办法，为担当者担当。\n",
    "c.txt": "靖西市安德镇开展干部考核\n百色市靖西市安德镇开展村干部年度考核，考核结果与报酬挂钩。\n",
    "d.txt": "郫都区安德街道关爱基层干部\n成都市郫都区安德街道落实干部谈心谈话制度，关心关爱基层干部。\n",
    "e.txt": "平昌县望京镇选派驻村干部\n巴中市平昌县望京镇选派年轻干部驻村任职，帮助村里发展产业。\n",
}


@pytest.fixture(scope="module")
def towns_kb(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "towns", TOWNS)


def _search(db: Path, *args: str):
    from click.testing import CliRunner

    from pipeline.cli import cli

    return CliRunner().invoke(cli, ["search", "--db", str(db), "--format", "json", *args])


def _towns(r) -> set[str]:
    return {"/".join(m["region"][lv] for lv in ("province", "city", "county", "township"))
            for m in json.loads(r.stdout)["results"]}


def test_a_township_given_with_another_level_word_finds_it_and_says_so(towns_kb):
    r = _search(towns_kb, "--township", "唐昌街道")
    assert r.exit_code == 0, r.output
    assert _towns(r) == {"四川省/成都市/郫都区/唐昌镇"}
    notes = json.loads(r.stdout)["notes"]
    assert any("唐昌街道" in n["message"] and "郫都区唐昌镇" in n["message"] and "街道" in n["message"] for n in notes), notes
    # (with its county before it, too)
    assert _towns(_search(towns_kb, "--township", "郫都区唐昌街道")) == {"四川省/成都市/郫都区/唐昌镇"}


def test_another_level_word_stays_inside_its_county(towns_kb):
    # 安德镇 is a town of 靖西市 here: 郫都区安德街道 is another place, though it was called 安德镇 once
    assert _towns(_search(towns_kb, "--township", "安德镇")) == {"广西壮族自治区/百色市/靖西市/安德镇"}
    # 望京街道 is a 街道 of Beijing the knowledge base has no measure of: not 平昌县望京镇
    r = _search(towns_kb, "--township", "望京街道")
    assert r.exit_code == 1 and json.loads(r.stdout)["results"] == [], r.output
    # a value's full path is that value alone (the facet's own link)
    r = _search(towns_kb, "--township", "四川省/成都市/郫都区/安德街道")
    assert _towns(r) == {"四川省/成都市/郫都区/安德街道"} and json.loads(r.stdout)["notes"] == []


def test_the_page_and_the_api_read_the_other_level_word_alike(towns_kb):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    client = TestClient(create_app(towns_kb))
    body = client.get("/api/search", params={"township": "唐昌街道"}).json()
    assert body["total"] == 1 and any("郫都区唐昌镇" in n["message"] for n in body["notes"]), body
    page = client.get("/", params={"township": "唐昌街道"})
    assert page.status_code == 200 and "为担当者担当" in page.text and "同一县内同名" in page.text


# --- 3. build --strict: policykb's own files in a corpus folder are no articles and no errors ----------

def _listing_only_warc(path: Path) -> None:
    """A WARC file as a fetch run that met only a sitemap writes: a record, and no HTML page."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "application/xml")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("http://127.0.0.1:9/sitemap.xml", "response", payload=BytesIO(b"<urlset/>"),
                                            http_headers=http, warc_headers_dict={"WARC-Policykb-Role": "source"}))


def test_strict_builds_the_projects_own_corpus_folder(tmp_path, segmenter):
    import shutil

    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = tmp_path / "corpora"
    shutil.copytree(ROOT / "corpora", corpus)  # (sources.txt, the labels, the sample articles and their manifest)
    (corpus / "raw").mkdir(exist_ok=True)
    _listing_only_warc(corpus / "raw" / "20260101T000000Z-001.warc.gz")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--strict", "-j", "2",
                                 "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 0, r.output
    assert "0 files skipped" in r.output and "2 files of policykb's own not read" in r.output
    said = [ln for ln in r.output.splitlines() if ln.startswith("not read ")]
    assert len(said) == 2 and any("sources.txt" in ln for ln in said) and any("warc.gz" in ln for ln in said)
    # (a WARC file that is no WARC file is still a file skipped)
    (corpus / "raw" / "broken.warc.gz").write_bytes(b"not gzip")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--strict",
                                 "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 1 and "skipped " in r.output and "broken.warc.gz: damaged WARC file" in r.output, r.output


# --- 5. the tests' shared folders: $POLICYKB_SHARED, read in conftest alone ----------------------------

def test_the_shared_folders_follow_policykb_shared(tmp_path):
    code = "from tests import conftest as c; print(c.SEEDS); print(c.REAL); print(' '.join(c.SHARED_ARGS))"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "POLICYKB_SHARED": str(tmp_path)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.stdout.splitlines() == [str(tmp_path / "seeds"), str(tmp_path / "real"),
                                     f"--seeds {tmp_path / 'seeds'} --real {tmp_path / 'real'}"], r.stderr
    del env["POLICYKB_SHARED"]  # (the default: ../shared beside the checkout)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.stdout.splitlines()[0] == str(ROOT.parent / "shared" / "seeds"), r.stderr


def test_no_test_names_the_shared_folders_itself():
    import re

    spelled = re.compile(r"""/\s*["']shared["']|["']\.\./shared/(?:seeds|real)["']""")
    offenders = [p.name for p in sorted((ROOT / "tests").glob("*.py"))
                 if p.name not in ("conftest.py", Path(__file__).name)  # (this one tests the default above)
                 and spelled.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


# --- 6. readers leave nothing beside the knowledge base ------------------------------------------------

def _beside(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name != db.name)


def _run(tmp_path: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "MPLBACKEND": "Agg"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300, **kw)


def _copy_of(towns_kb: Path, tmp_path: Path) -> Path:
    import shutil

    (tmp_path / "kb").mkdir()
    db = tmp_path / "kb" / "kb.sqlite"
    shutil.copy(towns_kb, db)  # (a knowledge base at rest: a build leaves it in WAL mode, alone in its folder)
    return db


@pytest.mark.parametrize("command", [
    ["search", "干部"],
    ["search", "干部", "--articles", "--format", "json"],
    ["export", "--format", "csv", "--out", "{tmp}/export", "-q"],
    ["compare", "--out", "{tmp}/reports", "-q"],
])
def test_a_command_that_reads_the_knowledge_base_leaves_nothing_beside_it(towns_kb, tmp_path, command):
    db = _copy_of(towns_kb, tmp_path)
    r = _run(tmp_path, "-m", "pipeline", *[a.replace("{tmp}", str(tmp_path)) for a in command], "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert _beside(db) == []


def test_kb_open_leaves_nothing_beside_it_even_unclosed(towns_kb, tmp_path):
    db = _copy_of(towns_kb, tmp_path)
    code = ("import sys; from pipeline.store import kb\n"
            "with kb.open(sys.argv[1]) as k: assert len(k.measures()) == 4\n"
            "k = kb.open(sys.argv[1]); assert len(k.articles()) == 4\n")  # (the second never closed: a script's way)
    r = _run(tmp_path, "-c", code, str(db))
    assert r.returncode == 0, r.stderr
    assert _beside(db) == []


def test_the_server_leaves_nothing_beside_it_when_stopped(towns_kb, tmp_path):
    import signal
    import socket
    import time
    import urllib.request

    db = _copy_of(towns_kb, tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(port)],
                            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=%E5%B9%B2%E9%83%A8&facets=1") as r:
                    assert json.loads(r.read())["total"] == 4
                break
            except OSError:
                time.sleep(0.1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=%E5%B9%B2%E9%83%A8") as r:
            assert r.status == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert _beside(db) == []


# --- 7. a knowledge base keys its files by their path inside the corpus folder ------------------------------

def _sources(db: Path) -> dict[str, str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT path, doc_id FROM sources"))


def _town_corpus(tmp_path: Path, name: str = "corpus") -> Path:
    corpus = tmp_path / name
    (corpus / "2023").mkdir(parents=True)
    for i, (file, text) in enumerate(TOWNS.items()):
        (corpus / ("2023" if i % 2 else "") / file).write_text(text, encoding="utf-8")
    return corpus


def test_a_moved_corpus_is_a_no_op_rebuild(tmp_path, segmenter, monkeypatch):
    from pipeline.build import build

    corpus, db = _town_corpus(tmp_path), tmp_path / "kb.sqlite"
    build(corpus, db, jobs=1, model=None)
    assert sorted(_sources(db)) == ["2023/c.txt", "2023/e.txt", "a.txt", "d.txt"]
    moved = corpus.rename(tmp_path / "elsewhere")  # (mv keeps the files' times)
    report = build(moved, db, jobs=1, model=None)
    assert (report.files_changed, report.processed, report.removed) == ((0, 0, 0), 0, 0)
    assert report.warnings == [] and report.paths_moved == 4
    with sqlite3.connect(db) as conn:  # (the file of each document is named where it is now)
        assert {p for (p,) in conn.execute("SELECT path FROM documents")} == {str(moved / k) for k in _sources(db)}
    monkeypatch.chdir(tmp_path)  # (the same folder named relatively)
    assert build("elsewhere", db, jobs=1, model=None).mode == "unchanged"
    assert build(moved, db, jobs=1, model=None).mode == "unchanged"


def test_a_knowledge_base_keyed_the_older_way_is_brought_up_to_date(tmp_path, segmenter):
    from pipeline.build import build

    corpus, db = _town_corpus(tmp_path), tmp_path / "kb.sqlite"
    build(corpus, db, jobs=1, model=None)
    with sqlite3.connect(db) as conn:  # (as code before session 72 wrote it: the path as found, no marker)
        conn.execute("UPDATE sources SET path = ? || '/' || path", (str(corpus),))
        conn.execute("DELETE FROM meta WHERE key = 'source_keys'")
    articles = sql_rows(db, "SELECT id FROM articles ORDER BY id")
    moved = corpus.rename(tmp_path / "elsewhere")
    report = build(moved, db, jobs=1, model=None)
    assert (report.files_changed, report.processed, report.removed, report.warnings) == ((0, 0, 0), 0, 0, [])
    assert sorted(_sources(db)) == ["2023/c.txt", "2023/e.txt", "a.txt", "d.txt"]
    assert sql_rows(db, "SELECT id FROM articles ORDER BY id") == articles  # (nothing lost, nothing rebuilt)
    assert build(moved, db, jobs=1, model=None).mode == "unchanged"
