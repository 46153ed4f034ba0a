"""The command line as session 70's testers and reviewer used it."""
from __future__ import annotations

import contextlib
import re
import socket
import threading

import pytest

from click.testing import CliRunner

from pipeline.cli import cli


def test_compare_says_an_unknown_category_in_english_for_lang_en(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "nonsense", "--lang", "en",
                                 "--out", str(tmp_path)])
    assert r.exit_code == 1 and "no measure has the category 'nonsense'" in r.output, r.output
    assert "没有" not in r.output and re.search(r"try: [a-z]+ \([\u4e00-\u9fff]+\)", r.output), r.output


def test_compare_says_how_it_read_a_category_in_the_report_language(sample_kb, tmp_path):
    db, _ = sample_kb
    en = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "容错", "--lang", "en",
                                  "--out", str(tmp_path / "en")])
    zh = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "容错", "--out", str(tmp_path / "zh")])
    assert en.exit_code == zh.exit_code == 0, en.output + zh.output
    assert "category '容错' read as tolerate (容错纠错)" in en.output and "按“容错纠错”筛选" not in en.output
    assert "按“容错纠错”筛选" in zh.output


# --- the build under a hostile environment (session 70's robustness tester) ------------------------

def _die(batch):
    import os

    os._exit(9)  # (as a worker the kernel kills for want of memory ends: no exception, no result)


def test_a_worker_that_dies_stops_the_build_with_one_line_instead_of_hanging(monkeypatch):
    import multiprocessing as mp

    from pipeline import build as B
    from pipeline.worker import WorkerSettings

    monkeypatch.setattr(B, "pooled_batch", _die)
    monkeypatch.setattr(B, "init_worker", lambda settings: None)
    monkeypatch.setattr(B, "_pool_worker", _quiet_worker)
    batches = iter([[_item("a.txt")], [_item("b.txt")], [_item("c.txt")]])
    raised: list[BaseException] = []

    def run() -> None:
        try:
            list(B._in_pool(batches, WorkerSettings.__new__(WorkerSettings), 2))
        except BaseException as e:
            raised.append(e)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(120)  # (multiprocessing.Pool waited for the dead worker's batch for ever)
    assert not t.is_alive(), "the build hangs after a worker died"
    [e] = raised
    assert isinstance(e, B.WorkerDied), e
    assert "worker process died" in str(e) and "a.txt" in str(e)
    assert not mp.active_children()  # (none left behind)


def _quiet_worker(settings, parent=None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _item(name: str):
    from pipeline.worker import Item

    return Item(name, b"", 0, 0, None)


def test_sigterm_stops_a_build_as_ctrl_c_does(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    (tmp_path / "a.txt").write_text("县委组织部开展干部培训\n县委组织部举办干部培训班。\n", encoding="utf-8")
    # (in a process of its own: before the fix SIGTERM ended the process at once, here pytest itself)
    script = f"""
import os, signal, sys
from click.testing import CliRunner
import pipeline.build
from pipeline.cli import cli

def terminated(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    raise AssertionError("SIGTERM did not stop the build")

pipeline.build.build = terminated
before = signal.getsignal(signal.SIGTERM)
r = CliRunner().invoke(cli, ["build", {str(tmp_path)!r}, "--out", {str(tmp_path / "kb.sqlite")!r}, "-q"])
print(r.exit_code, signal.getsignal(signal.SIGTERM) == before)
print(r.output)
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    code, restored = done.stdout.split("\n", 1)[0].split()
    assert (int(code), restored) == (143, "True"), done.stdout  # 128 + SIGTERM; the handler is the build's alone
    assert "terminated: nothing was written" in done.stdout  # (no knowledge base was there)


def test_a_full_disk_is_one_line_naming_the_knowledge_base(monkeypatch, tmp_path):
    import sqlite3

    import pipeline.build

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(pipeline.build, "build", full)
    (tmp_path / "a.txt").write_text("县委组织部开展干部培训\n县委组织部举办干部培训班。\n", encoding="utf-8")
    out = tmp_path / "kb.sqlite"
    r = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(out), "-q"])
    assert r.exit_code == 1 and "Traceback" not in r.output, r.output
    assert f"{out}: cannot write the knowledge base: no space left on the device; nothing was written" in r.output
    out.write_bytes(b"")  # (one there: said to be left as it was)
    r = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(out), "-q"])
    assert "no space left on the device; the knowledge base is left as it was" in r.output, r.output


def test_every_empty_file_is_skipped_as_empty_none_a_duplicate(tmp_path, segmenter):
    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"")
    (corpus / "b.txt").write_bytes(b"")
    (corpus / "c.txt").write_bytes(b"\n\n  \n")
    (corpus / "d.txt").write_text("县委组织部开展干部培训\n县委组织部举办干部培训班，提高干部能力。\n", encoding="utf-8")
    report = build(corpus, tmp_path / "kb.sqlite", jobs=1, model=None, cache=False)
    assert report.duplicates == []
    assert sorted((p.rsplit("/", 1)[-1], why) for p, why in report.failures) == [
        ("a.txt", "empty file"), ("b.txt", "empty file"), ("c.txt", "empty file")]


def test_the_cli_csv_has_a_township_column_and_each_slogan_once(tmp_path, segmenter):
    import csv
    import io

    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("柳溪镇规范村“两委”运行\n福建省南平市建阳区柳溪镇党委规范村“两委”议事规则，"
                                  "每月召开一次村“两委”联席会议，研究村里的大事。\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, jobs=1, model=None, cache=False)
    r = CliRunner().invoke(cli, ["search", "联席会议", "--db", str(db), "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and "乡镇" in rows[0], rows
    assert all(row["提法"].split("；").count("两委") <= 1 for row in rows), rows


def test_a_year_filter_on_a_knowledge_base_without_dates_says_so(tmp_path, segmenter):
    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("县委组织部开展干部培训\n县委组织部举办干部培训班，提高干部能力。\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, jobs=1, model=None, cache=False)
    r = CliRunner().invoke(cli, ["search", "培训", "--db", str(db), "--year", "2024"])
    assert r.exit_code == 1 and "没有一条举措的文章有日期" in r.output and "最接近的：。" not in r.output, r.output


def test_the_cli_advises_another_level_only_when_it_finds_something(tmp_path, segmenter):
    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("上海市嘉定区完善干部考核\n上海市嘉定区委组织部完善干部考核办法，考核结果与评优挂钩。\n",
                                  encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, jobs=1, model=None, cache=False)
    found = CliRunner().invoke(cli, ["search", "考核", "--db", str(db), "--township", "嘉定"])
    assert "try --county 嘉定区" in found.output, found.output
    none = CliRunner().invoke(cli, ["search", "量子", "--db", str(db), "--township", "嘉定"])
    assert "try --county" not in none.output and "finds nothing with this search either" in none.output, none.output


# --- the codebook and labels as a researcher edits them (session 70's last tester round) -----------------------------

def _codebook_with(tmp_path, extra: str):
    from tests.conftest import ROOT

    text = (ROOT / "pipeline/resources/codebook.yaml").read_text(encoding="utf-8")
    head, sep, rest = text.partition("categories:\n")
    path = tmp_path / "cb.yaml"
    path.write_text(head + sep + extra + rest, encoding="utf-8")
    return path


@pytest.mark.parametrize("cat_id, said", [("care", "category id care given twice"),
                                          ("unclassified", "category id unclassified is the knowledge base's own")])
def test_a_codebook_whose_ids_clash_is_refused_in_one_line(tmp_path, cat_id, said):
    cb = _codebook_with(tmp_path, f"  - id: {cat_id}\n    name_zh: 数字赋能\n    name_en: digital\n")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("县委组织部开展干部培训\n县委组织部举办干部培训班。\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "c"), "--out", str(tmp_path / "kb.sqlite"), "--codebook", str(cb), "-q"])
    assert r.exit_code == 1 and said in r.output and "Traceback" not in r.output, r.output
    assert not (tmp_path / "kb.sqlite").exists()


def test_a_labels_line_that_is_no_json_is_named_with_its_line(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"id": "x1", "text": "县里开展干部培训。", "categories": ["train"]}\nnot json\n', encoding="utf-8")
    for args in (["train", "--labels", str(labels), "--out", str(tmp_path / "m.pkl"), "--seeds", "", "--real", ""],
                 ["evaluate", "--task", "classify", "--labels", str(labels)]):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 1 and f"{labels} line 2: not a JSON object" in r.output, (args, r.output)
        assert "Traceback" not in r.output


def test_labels_naming_a_category_the_codebook_lacks_are_said(caplog):
    import logging

    from pipeline.train import not_in_codebook

    class L:
        def __init__(self, *cats):
            self.categories = list(cats)

    assert not_in_codebook([L("care"), L("Care"), L("Care", "train"), L("tolerate")], ["care", "train"]) == \
        {"Care": 2, "tolerate": 1}


def test_a_dask_build_of_one_batch_works(tmp_path, segmenter):
    pytest.importorskip("distributed")
    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("县委组织部开展干部培训\n县委组织部举办干部培训班，提高干部能力。\n", encoding="utf-8")
    # (a second batch of None went to Dask with the first: every rebuild of a few files failed, TypeError)
    report = build(corpus, tmp_path / "kb.sqlite", jobs=1, model=None, cache=False, executor="dask")
    assert report.processed == 1


# --- fetch, as the last tester round used it without a network --------------------------------------------------------

def test_fetch_says_a_host_that_does_not_answer_is_unreachable_not_forbidden(tmp_path):
    import socket

    with socket.socket() as s:  # (a port nothing listens on: connection refused at once)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = CliRunner().invoke(cli, ["fetch", f"http://127.0.0.1:{port}/sitemap.xml", "--out", str(tmp_path / "raw"),
                                 "--delay", "0", "--timeout", "2", "--retries", "0"])
    assert "host not reachable 1" in r.output and "disallowed by robots.txt" not in r.output, r.output


def test_fetch_refuses_a_window_that_ends_before_it_begins(tmp_path):
    r = CliRunner().invoke(cli, ["fetch", "http://127.0.0.1:9/sitemap.xml", "--out", str(tmp_path / "raw"),
                                 "--since", "2021-06-01", "--until", "2021-01-01"])
    assert r.exit_code == 2 and "no day is in that window" in r.output, r.output


@contextlib.contextmanager
def _port_held(port: int):
    """The port taken for the block (by this socket, or already by another process)."""
    sock = socket.socket()
    try:
        sock.bind(("0.0.0.0", port))
        sock.listen(1)
    except OSError:
        pass
    try:
        yield
    finally:
        sock.close()


def test_a_quiet_dask_build_says_nothing_of_dask(tmp_path):
    import subprocess
    import sys

    pytest.importorskip("distributed")
    from tests.conftest import ROOT

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in "ab":
        (corpus / f"{name}.txt").write_text(f"县委组织部开展干部培训{name}\n县委组织部举办干部培训班，提高干部能力。\n",
                                            encoding="utf-8")
    with _port_held(8787):  # (dask's default HTTP port, held by another cluster on a shared machine: no warning)
        done = subprocess.run([sys.executable, "-m", "pipeline", "build", str(corpus), "--out",
                               str(tmp_path / "kb.sqlite"), "--executor", "dask", "-j", "1", "-q", "--no-cache"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "distributed" not in done.stderr, done.stderr[-2000:]  # (about 30 INFO lines of its scheduler and workers)
