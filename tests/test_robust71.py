"""Hostile-input round 71: what a user gave that the commands met with a traceback or without a word."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts

# Two short notices in my own words.
CARE = ("福建省三明市关心关爱基层干部\n"
        "2021年5月，三明市委组织部印发通知，关心关爱基层干部。\n"
        "一是为每名乡镇干部每年安排一次健康体检。\n"
        "二是落实带薪休假制度，保障干部休息权利。\n")
TOLERATE = ("浙江省湖州市建立容错纠错机制\n"
            "2022年8月，湖州市出台办法，建立容错纠错机制。\n"
            "一是对改革创新中出现的失误予以容错，为担当者撑腰。\n"
            "二是完善干部考核评价办法，激励干部干事创业。\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "robust71", {"care.txt": CARE, "tolerate.txt": TOLERATE})


def _run(*args: str):
    return CliRunner().invoke(cli, [*args])


# --- 1: an article longer than spaCy's max_length ----------------------------------------------------

def test_spacy_export_keeps_an_article_longer_than_spacys_limit(db, tmp_path, monkeypatch):
    """spaCy refuses a text over nlp.max_length (E088, 1,000,000 characters): a one-line article of 1 MB the
    build accepted made `export --format spacy` a traceback. The limit is lowered here so short texts exceed it."""
    import spacy
    from spacy.tokens import DocBin

    blank = spacy.blank

    def small_blank(lang):
        nlp = blank(lang)
        nlp.max_length = 20
        return nlp

    monkeypatch.setattr(spacy, "blank", small_blank)
    r = _run("export", "--db", str(db), "--format", "spacy", "--out", str(tmp_path / "x"))
    assert r.exit_code == 0, r.output
    docs = list(DocBin().from_disk(tmp_path / "x" / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    assert len(docs) == 2 and max(len(d.text) for d in docs) > 20


# --- 3: a damaged knowledge base ---------------------------------------------------------------------

@pytest.fixture()
def damaged(db, tmp_path) -> Path:
    """The knowledge base cut off at half its length, as a copy that stopped (head -c)."""
    data = Path(db).read_bytes()
    cut = tmp_path / "cut" / "kb.sqlite"
    cut.parent.mkdir()
    cut.write_bytes(data[:len(data) // 2])
    return cut


@pytest.mark.parametrize("command", [["search", "干部"], ["export"], ["export", "--format", "spacy"], ["compare"]])
def test_a_damaged_knowledge_base_is_one_line_naming_it(damaged, tmp_path, command):
    out = ["--out", str(tmp_path / "out")] if command[0] != "search" else []
    r = _run(*command, "--db", str(damaged), *out)
    assert r.exit_code == 1 and not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), r.exception
    assert r.output.strip() == f"Error: {damaged}: damaged: rebuild it with policykb build", r.output


def test_a_sound_copy_is_not_damaged(db, tmp_path):
    from pipeline.store import reader

    copy = tmp_path / "kb.sqlite"
    copy.write_bytes(Path(db).read_bytes())
    assert not reader.is_damaged(copy) and not reader.is_damaged(db)


def test_build_says_it_replaces_a_damaged_knowledge_base(damaged, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "care.txt").write_text(CARE, encoding="utf-8")
    r = _run("build", str(corpus), "--out", str(damaged), "--no-cache", "-j", "1")
    assert r.exit_code == 0, r.output
    assert f"warning {damaged}: damaged knowledge base" in r.output
    assert _run("search", "干部", "--db", str(damaged)).exit_code == 0


def test_the_server_answers_a_damaged_knowledge_base_without_a_traceback(db, damaged, tmp_path, caplog):
    """Served sound, then replaced by a damaged copy: a 503 and one line in the log (it was a 500 and a
    traceback)."""
    import os

    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    served = tmp_path / "kb.sqlite"
    served.write_bytes(Path(db).read_bytes())
    with TestClient(create_app(served), raise_server_exceptions=False) as client:
        assert client.get("/api/search", params={"q": "干部"}).status_code == 200
        os.replace(damaged, served)
        r = client.get("/api/search", params={"q": "干部"})
    assert r.status_code == 503
    assert "Traceback" not in caplog.text and f"{served}: damaged: rebuild it with policykb build" in caplog.text


# --- 6: serve's port ---------------------------------------------------------------------------------

def test_serve_refuses_a_port_out_of_range(db):
    r = _run("serve", "--db", str(db), "--port", "99999")
    assert r.exit_code == 2 and "99999" in r.output and "serving" not in r.output


def test_serve_says_a_port_in_use_before_saying_serving(db):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = _run("serve", "--db", str(db), "--port", str(port))
    assert r.exit_code == 1, r.output
    assert "serving" not in r.output and f"127.0.0.1:{port}: cannot listen there" in r.output


def test_serve_says_serving_once_bound_and_answers(db):
    import subprocess
    import sys
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith(f"serving {db} on http://127.0.0.1:"), line
        port = int(line.rsplit(":", 1)[1].strip(" /\n"))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=%E5%B9%B2%E9%83%A8", timeout=30) as r:
            assert r.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# --- 8: a search while the first build of the knowledge base is running -------------------------------

def test_search_during_a_first_build_says_a_build_is_writing_it(tmp_path):
    import os

    from pipeline.core import fsutil

    kb = tmp_path / "kb.sqlite"
    with fsutil.exclusive(kb):  # (as build holds it while the file is not written yet)
        r = _run("search", "干部", "--db", str(kb))
    assert r.exit_code == 1
    assert f"a build is writing it (pid {os.getpid()})" in r.output and "run `policykb build`" not in r.output
    r = _run("search", "干部", "--db", str(kb))  # (the lock file stays behind a finished or killed build)
    assert "no knowledge base here (run `policykb build`" in r.output


# --- 5: --jobs beyond the documents ------------------------------------------------------------------

def test_jobs_are_capped_by_the_documents_and_said(tmp_path, monkeypatch, caplog, segmenter):
    """-j 256 on 3 files started 256 workers (21.7 s and 1.3 GB more than -j 2)."""
    import logging

    from pipeline import build as B

    used = []
    in_pool = B._in_pool

    def recording(batches, settings, jobs):
        used.append(jobs)
        return in_pool(batches, settings, jobs)

    monkeypatch.setattr(B, "_in_pool", recording)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("care.txt", CARE), ("tolerate.txt", TOLERATE)):
        (corpus / name).write_text(text, encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="pipeline.build"):
        B.build(corpus, tmp_path / "kb.sqlite", jobs=64, model=None, cache=False)
    assert used == [2]
    assert "64 workers asked for, 2 used: 2 documents" in caplog.text


def test_jobs_are_capped_at_a_multiple_of_the_cores(monkeypatch):
    from pipeline import build as B

    monkeypatch.setattr(B, "default_jobs", lambda: 2)
    assert B._capped_jobs(256, 10_000) == 2 * B.JOBS_PER_CORE
    assert B._capped_jobs(256, 10_000, scheduler="tcp://cluster:8786") == 256
    assert B._capped_jobs(3, 10_000) == 3


# --- 2: export and compare into a folder of the user's -----------------------------------------------

@pytest.mark.parametrize("command, mine", [(["export"], "articles.csv"), (["export", "--format", "xlsx"], "kb.xlsx"),
                                           (["compare"], "report.html")])
def test_export_and_compare_leave_the_users_files_alone(db, tmp_path, command, mine):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / mine).write_text("mine\n", encoding="utf-8")
    r = _run(*command, "--db", str(db), "--out", str(folder))
    assert r.exit_code == 1 and "policykb did not make this folder" in r.output and "--force" in r.output, r.output
    assert (folder / mine).read_text(encoding="utf-8") == "mine\n" and len(r.output.strip().splitlines()) == 1
    r = _run(*command, "--db", str(db), "--out", str(folder), "--force")
    assert r.exit_code == 0, r.output
    assert (folder / mine).read_bytes() != b"mine\n"


def test_export_writes_again_into_its_own_folder_and_beside_other_files(db, tmp_path):
    folder = tmp_path / "e"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")  # (no file of a kind written: nothing to replace)
    for _ in range(2):
        r = _run("export", "--db", str(db), "--out", str(folder))
        assert r.exit_code == 0, r.output
    assert (folder / "articles.csv").exists() and (folder / "notes.txt").read_text(encoding="utf-8") == "mine\n"


# --- 4: a knowledge base mirrors one corpus -----------------------------------------------------------

@pytest.fixture()
def two_months(tmp_path, monkeypatch, segmenter):
    monkeypatch.chdir(tmp_path)
    for month, name, text in (("may", "care.txt", CARE), ("june", "tolerate.txt", TOLERATE)):
        Path("g14", month).mkdir(parents=True)
        Path("g14", month, name).write_text(text, encoding="utf-8")
    return tmp_path


def _build(corpus: str, out: str = "kb/kb.sqlite", *more: str):
    r = _run("build", corpus, "--out", out, "--no-cache", "-j", "1", *more)
    assert r.exit_code == 0, r.output
    return r.output


def test_building_another_folder_says_the_old_corpus_is_removed(two_months):
    _build("g14/may")
    said = _build("g14/june", "kb/kb.sqlite", "--replace")  # (without it: refused, tests/test_newcomer73.py)
    assert ("warning kb/kb.sqlite: was built from g14/may; now from g14/june: 1 file of the old corpus removed"
            in said), said


def test_the_same_corpus_by_its_absolute_path_is_the_same_files(two_months):
    _build("g14/may")
    said = _build(str(two_months / "g14" / "may"))
    assert "nothing changed" in said and "gone" not in said and "was built from" not in said, said
    said = _build("g14/may")
    assert "nothing changed" in said, said


# --- 7: WARC files that cannot be read whole ------------------------------------------------------------

def _warc(path: Path, pages: dict[str, str]) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))


def _page(title: str, text: str) -> str:
    head, *body = text.splitlines()
    return f"<html><head><title>{title}</title></head><body><h1>{head}</h1>" + "".join(f"<p>{b}</p>" for b in body) \
        + "</body></html>"


def _no_uri_record() -> bytes:
    """A gzip member holding a response record without WARC-Target-URI."""
    import gzip

    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>x</body></html>"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            b"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n")
    return gzip.compress(head + http + b"\r\n\r\n")


def test_a_cut_off_warc_file_says_how_many_pages_were_read(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    crawl = corpus / "crawl.warc.gz"
    _warc(crawl, {"http://x.cn/1": _page("一", CARE), "http://x.cn/2": _page("二", TOLERATE),
                  "http://x.cn/3": _page("三", CARE.replace("三明", "南平")),
                  "http://x.cn/4": _page("四", TOLERATE.replace("湖州", "嘉兴"))})
    data = crawl.read_bytes()
    crawl.write_bytes(data[:-60])  # (the copy stopped inside the last record)
    r = _run("build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--no-cache", "-j", "1")
    assert r.exit_code == 0, r.output
    assert f"skipped {crawl}: 3 pages read, then: damaged WARC file" in r.output, r.output


def test_a_warc_record_without_a_target_uri_is_said_so(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nouri.warc.gz").write_bytes(_no_uri_record())
    r = _run("build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--no-cache", "-j", "1")
    assert r.exit_code == 1 and "AttributeError" not in r.output, r.output
    lines = r.output.strip().splitlines()
    assert lines[0].endswith("no article files to read (.txt, .md, .html, .htm, .warc.gz)"), r.output
    assert lines[1] == (f"skipped {corpus / 'nouri.warc.gz'}: damaged WARC file: record 1 has no WARC-Target-URI; "
                        "records from it on are not read"), r.output


def test_clean_of_a_warc_file_points_to_extract(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    _warc(crawl, {"http://x.cn/1": _page("一", CARE)})
    r = _run("clean", str(crawl))
    assert r.exit_code == 1 and "use `policykb extract" in r.output and "binary" not in r.output, r.output


def test_a_report_folder_compare_wrote_before_the_marker_is_written_again(db, tmp_path):
    folder = tmp_path / "r"
    assert _run("compare", "--db", str(db), "--out", str(folder), "-q").exit_code == 0
    (folder / ".policykb-output").unlink()  # (as a folder of an earlier version has it)
    r = _run("compare", "--db", str(db), "--out", str(folder), "-q")
    assert r.exit_code == 0, r.output
