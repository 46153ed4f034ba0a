"""Hostile-input round 73 (a crawler operator with messy folders): processes and files."""
from __future__ import annotations

import json
import os
from pathlib import Path
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

# A short notice in my own words; each file names its own number so no two are reposts of each other.
NOTICE = ("{n}号：某县实行干部考核新办法\n2023年4月{d}日，某县委组织部出台办法，第{n}批干部参加考核。\n"
          "一是把考核结果用于干部选拔任用，第{n}项措施。\n二是建立谈心谈话制度，每季度开展一次。\n")


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(NOTICE.format(n=i + 1, d=i % 28 + 1), encoding="utf-8")
    return folder


def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                out.add(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # (a zombie no one reaps has ended)


def _poll(check, limit: float) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.2)
    return check()


# --- 1: SIGKILL of the build left its workers running, holding the lock -----------------------------

@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_when_the_build_is_killed_and_the_next_build_runs(tmp_path, segmenter):
    """kill -9 of a build stops no pool: its workers waited for work for ever (~300 MB each), and as they
    shared the build's lock every later build said 'being written by another build' of a pid that had ended."""
    corpus = _corpus(tmp_path / "corpus", 60)
    out = tmp_path / "kb" / "kb.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import sys; from pipeline.build import build; "
            "build(sys.argv[1], sys.argv[2], jobs=2, cache=False)")
    parent = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        assert _poll(lambda: len(workers.update(_children(parent.pid)) or workers) >= 2 or parent.poll() is not None,
                     120)
        assert parent.poll() is None and workers, "the build ended before its workers could be seen"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert _poll(lambda: not any(_alive(w) for w in workers), 60), "workers outlived the killed build"
    finally:
        for w in workers:  # (on the old code: they would wait for ever)
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    from pipeline.build import build

    report = build(corpus, out, jobs=1, cache=False, wait=False)
    assert report.exit_code() == 0


def test_a_lock_held_in_the_name_of_an_ended_build_is_said_not_waited_on(tmp_path):
    """A lock whose pid has ended is held by a process that build left behind: waiting would be for ever."""
    import fcntl

    from pipeline.core import fsutil

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    out = tmp_path / "kb.sqlite"
    fd = os.open(f"{out}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.pwrite(fd, f"{ended.pid}\n".encode(), 0)
        with pytest.raises(fsutil.Busy, match=f"pid {ended.pid}, which has ended"):
            with fsutil.exclusive(out, wait=True):
                pass
    finally:
        os.close(fd)
    with fsutil.exclusive(out, wait=False):  # (free again)
        pass


# --- 3: --report-json onto the knowledge base or a corpus article --------------------------------------

@pytest.mark.parametrize("target", ["kb", "article"])
def test_report_json_does_not_replace_the_knowledge_base_or_an_article(tmp_path, target):
    """--report-json KB wrote the report over the knowledge base just built (rc 0, the KB now JSON), and
    --report-json onto a corpus file replaced the article: refused before the build, as --out is."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = _corpus(tmp_path / "corpus", 1)
    article = corpus / "a000.txt"
    before = article.read_bytes()
    out = tmp_path / "kb.sqlite"
    report = out if target == "kb" else article
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-j", "1", "--report-json", str(report)])
    assert r.exit_code == 1 and "--report-json" in r.output, r.output
    assert article.read_bytes() == before and not out.exists()


def test_report_json_replaces_an_earlier_report(tmp_path, segmenter):
    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = _corpus(tmp_path / "corpus", 1)
    report = tmp_path / "report.json"
    report.write_text('{"documents": 0}', encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "-j", "1", "-q",
                                 "--report-json", str(report)])
    assert r.exit_code == 0, r.output
    assert json.loads(report.read_text(encoding="utf-8"))["documents"] == 1


# --- 4: a .warc.gz cut inside a record's gzip stream ------------------------------------------------------

def _warc(path: Path, n: int) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(n):
            html = "<html><head><title>t</title></head><body><h1>{}</h1><p>{}</p></body></html>".format(
                *NOTICE.format(n=i + 1, d=i + 1).split("\n", 1))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"http://x.cn/{i}", "response", payload=io.BytesIO(html.encode()),
                                                http_headers=headers))


@pytest.mark.parametrize("keep", [10, "half"])
def test_a_warc_gz_cut_inside_a_records_gzip_stream_is_said_and_counts_under_strict(tmp_path, keep, segmenter):
    """The copy stopped a few bytes (or half way) into the last record's gzip stream: warcio ends there as if the
    file did, so its pages were lost without a word and --strict said rc 0."""
    from click.testing import CliRunner

    from pipeline.cli import cli
    from pipeline.text import warc

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    crawl = corpus / "crawl.warc.gz"
    _warc(crawl, 3)
    last = [m.offset for m in warc.members(crawl)][-1]
    data = crawl.read_bytes()
    crawl.write_bytes(data[:last + (10 if keep == 10 else (len(data) - last) // 2)])
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--no-cache", "-j", "1",
                                 "--strict"])
    assert f"skipped {crawl}: 2 pages read, then: damaged WARC file" in r.output, r.output
    assert r.exit_code == 1, r.output


# --- 8: extract stopped the batch at a missing path -------------------------------------------------------

def test_extract_goes_on_past_a_missing_path_and_says_it_as_clean_and_build_do(tmp_path, segmenter):
    """`extract a.txt dangling.txt b.txt` stopped at the broken link with exit 1 and printed nothing of the
    good files; clean said 'broken symlink or file vanished', build 'no such file or directory'."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = _corpus(tmp_path / "corpus", 2)
    dangling = corpus / "dangling.txt"
    dangling.symlink_to(corpus / "nowhere.txt")
    gone = corpus / "gone.txt"
    r = CliRunner().invoke(cli, ["extract", str(corpus / "a000.txt"), str(dangling), str(gone), str(corpus / "a001.txt"),
                                 "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert f"skipped {dangling}: broken symlink or file vanished" in r.output
    assert f"skipped {gone}: no such file or directory" in r.output
    assert '"file": "' + str(corpus / "a001.txt") in r.output.replace("\\/", "/"), r.output
    said = {CliRunner().invoke(cli, [*cmd, str(dangling)]).output.strip()
            for cmd in (["clean"], ["extract"], ["build", "--out", str(tmp_path / "kb.sqlite")])}
    assert said == {f"Error: {dangling}: broken symlink or file vanished"}, said


# --- 9: a single-file build said the manifest's other rows name no file -------------------------------------

def test_building_one_file_warns_only_of_manifest_rows_whose_file_is_truly_missing(tmp_path, segmenter):
    """`build crawl/p1.txt` warned that the rows of p2.txt … 'name no file in its folder': they exist, they are
    only not in this build."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = _corpus(tmp_path / "corpus", 3)
    (corpus / "manifest.csv").write_text("file,url\na000.txt,http://x.cn/0\na001.txt,http://x.cn/1\n"
                                         "a002.txt,http://x.cn/2\nlost.txt,http://x.cn/9\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(corpus / "a000.txt"), "--out", str(tmp_path / "kb.sqlite"), "-j", "1"])
    assert r.exit_code == 0, r.output
    assert "1 row names no file in its folder (lost.txt)" in r.output, r.output
    assert "a001.txt" not in r.output and "a002.txt" not in r.output, r.output


# --- 10: a manifest date that is day-first or month-first -------------------------------------------------

def test_a_manifest_date_day_or_month_first_is_left_out_and_said_once():
    """08/05/2019 was stored as 2019-08-05 without a word: 8 May to most of the world. Said once per manifest."""
    import tempfile

    from pipeline.text import manifest

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
            (folder / name).write_text("某县干部考核\n", encoding="utf-8")
        (folder / "manifest.csv").write_text("file,date\na.txt,08/05/2019\nb.txt,03/04/2020\nc.txt,25/05/2019\n"
                                             "d.txt,2019-08-05\n", encoding="utf-8")
        pages, problems = manifest.read(folder)
        dates = {Path(k).name: p.date for k, p in pages.items()}
        assert dates.get("a.txt") is None and dates.get("b.txt") is None
        assert dates["d.txt"] == "2019-08-05"
        said = [p.reason for p in problems if "ambiguous" in p.reason]
        assert len(said) == 1 and "08/05/2019" in said[0] and "03/04/2020" in said[0], problems


# --- Ctrl-C during an incremental build left -shm and an empty -wal beside the knowledge base -----------------

def test_ctrl_c_before_an_incremental_build_writes_leaves_no_wal_or_shm(tmp_path, segmenter, monkeypatch):
    """The build's read-only looks at the old knowledge base make its -wal and -shm, which only a connection that
    may write removes on closing: stopped before it wrote, the build left them beside the file."""
    from pipeline import build as B

    corpus = _corpus(tmp_path / "corpus", 3)
    out = tmp_path / "kb.sqlite"
    B.build(corpus, out, jobs=1, cache=False)
    (corpus / "a001.txt").write_text(NOTICE.format(n=77, d=7), encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(B, "_run_batches", interrupted)
    with pytest.raises(KeyboardInterrupt):
        B.build(corpus, out, jobs=1, cache=False)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kb.")) == ["kb.sqlite", "kb.sqlite.lock"]
