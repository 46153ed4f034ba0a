"""Session-73 newcomer tester: what a new engineer following the README met."""
from __future__ import annotations

import json
import os
from pathlib import Path
import shutil
import sqlite3

from click.testing import CliRunner
import pytest

from pipeline.cli import cli

# Short notices in my own words.
ROTATE = ("四川省成都市推行干部轮岗交流\n"
          "2023年4月，成都市委组织部出台办法，推行乡镇干部轮岗交流。\n"
          "一是对在同一岗位任职满五年的干部进行轮岗。\n"
          "二是选派年轻干部到信访、征拆等一线岗位锻炼。\n")
VISIT = ("湖南省长沙市开展干部走访慰问\n"
         "2022年9月，长沙市开展基层干部走访慰问活动。\n"
         "一是为困难干部家庭送去慰问金。\n"
         "二是建立干部谈心谈话制度，每季度谈心一次。\n")


def _run(*args: str):
    return CliRunner().invoke(cli, [*args])


def _articles(db: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


# --- 1: building one file into a knowledge base of another corpus ---------------------------------------

@pytest.fixture()
def corpus(tmp_path, monkeypatch, segmenter):
    monkeypatch.chdir(tmp_path)
    Path("corpora/sample").mkdir(parents=True)
    Path("corpora/sample/rotate.txt").write_text(ROTATE, encoding="utf-8")
    Path("corpora/sample/visit.txt").write_text(VISIT, encoding="utf-8")
    r = _run("build", "corpora", "--out", "kb/kb.sqlite", "--no-cache", "-j", "1", "-q")
    assert r.exit_code == 0, r.output
    return tmp_path


def test_building_one_file_over_another_corpus_is_refused_and_changes_nothing(corpus):
    before = Path("kb/kb.sqlite").read_bytes()
    r = _run("build", "corpora/sample/rotate.txt", "--out", "kb/kb.sqlite", "--no-cache", "-j", "1", "-q")
    assert r.exit_code == 1, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: kb/kb.sqlite"), r.output
    assert "corpora," in lines[0] and "corpora/sample/rotate.txt" in lines[0] and "--replace" in lines[0], r.output
    assert "2 files of the old corpus" in lines[0], r.output  # (the one file is keyed by its name, not sample/…)
    assert Path("kb/kb.sqlite").read_bytes() == before and _articles("kb/kb.sqlite") == 2


def test_replace_builds_the_other_corpus_and_says_what_went(corpus):
    r = _run("build", "corpora/sample/rotate.txt", "--out", "kb/kb.sqlite", "--no-cache", "-j", "1", "--replace")
    assert r.exit_code == 0, r.output
    assert "was built from corpora; now from corpora/sample/rotate.txt: 2 files of the old corpus removed" in r.output
    assert _articles("kb/kb.sqlite") == 1


def test_a_moved_corpus_is_not_another_one(corpus):
    shutil.move("corpora", "moved")
    r = _run("build", "moved", "--out", "kb/kb.sqlite", "--no-cache", "-j", "1")
    assert r.exit_code == 0, r.output
    assert "was built from" not in r.output and _articles("kb/kb.sqlite") == 2


def test_another_folder_holding_every_old_file_is_not_refused(corpus):
    shutil.copytree("corpora", "more")
    Path("more/sample/extra.txt").write_text(ROTATE.replace("成都", "绵阳"), encoding="utf-8")
    r = _run("build", "more", "--out", "kb/kb.sqlite", "--no-cache", "-j", "1")
    assert r.exit_code == 0 and "was built from" not in r.output, r.output
    assert _articles("kb/kb.sqlite") == 3


# make kb notices a knowledge base that records another corpus (tools/file_listing.py --kb)

def _listing_tool():
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("file_listing", ROOT / "tools" / "file_listing.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def _kb_of(path: Path, roots: list[list[str]]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('corpus', ?)", (json.dumps(roots),))
    conn.commit()
    conn.close()


def test_the_corpus_listing_is_dated_now_when_the_knowledge_base_holds_another_corpus(tmp_path, monkeypatch):
    tool = _listing_tool()
    monkeypatch.chdir(tmp_path)
    Path("corpora").mkdir()
    Path("corpora/a.txt").write_text(ROTATE, encoding="utf-8")
    old = 1_600_000_000
    os.utime("corpora/a.txt", (old, old))
    listing, kb = Path("outputs/.corpus-files"), Path("outputs/kb.sqlite")
    assert tool.main([str(listing), "--kb", str(kb), "corpora"]) == 0  # (no knowledge base yet)
    assert listing.stat().st_mtime == old
    _kb_of(kb, [["corpora", str(Path("corpora").resolve())]])
    tool.main([str(listing), "--kb", str(kb), "corpora"])
    assert listing.stat().st_mtime == old  # (the same corpus: nothing to redo)
    kb.unlink()
    _kb_of(kb, [["corpora", "/somewhere/else/corpora"]])  # (the checkout moved: the same folder)
    tool.main([str(listing), "--kb", str(kb), "corpora"])
    assert listing.stat().st_mtime == old
    kb.unlink()
    _kb_of(kb, [["corpora/a.txt", str(Path("corpora/a.txt").resolve())]])
    tool.main([str(listing), "--kb", str(kb), "corpora"])
    assert listing.stat().st_mtime > old + 86400  # (newer than the knowledge base: make builds it again)


def test_make_kb_replaces_a_knowledge_base_of_another_corpus():
    from tests.conftest import ROOT

    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "file_listing.py $@ --kb $(KB) corpora" in text
    assert "policykb build corpora --out $@ --model $(MODEL) --replace" in text


# --- 3: make report / make datasette after make kb SEEDS_DIR=… REAL_DIR=… ----------------------------------------

def test_a_later_make_without_the_folders_does_not_retrain(tmp_path):
    import subprocess

    from tests.test_make_s70 import Project

    if shutil.which("make") is None:
        pytest.skip("make not installed")
    (tmp_path / "p").mkdir()
    project = Project(tmp_path / "p").built()  # (make kb SEEDS_DIR=… REAL_DIR=…, then again: nothing)

    def plain(*args: str) -> subprocess.CompletedProcess:  # (no SEEDS_DIR, no REAL_DIR)
        project.calls.unlink(missing_ok=True)
        return subprocess.run(["make", "--no-print-directory", f"BIN={project.root / 'fakebin'}", *args],
                              cwd=project.root, capture_output=True, text=True, timeout=60)

    assert plain("-q", "kb").returncode == 0
    assert plain("kb").returncode == 0 and project.ran() == []
    assert "policykb train" not in plain("-n", "datasette").stdout
    # naming other folders still trains with them, and they are the default from then on
    other = tmp_path / "other-seeds"
    other.mkdir()
    (other / "s2.txt").write_text("另一篇种子", encoding="utf-8")
    project.calls.unlink(missing_ok=True)
    r = subprocess.run(["make", "--no-print-directory", f"BIN={project.root / 'fakebin'}", f"SEEDS_DIR={other}", "kb"],
                       cwd=project.root, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and project.ran() == ["train", "build"], r.stderr
    assert f"--seeds {other}" in project.calls.read_text()
    assert plain("kb").returncode == 0 and project.ran() == []


# --- 2: a heading and the date's paragraph written on one line of the page ----------------------------------------

PAGE = ("<html><head><title>某市组织部</title></head><body>\n"
        "{head}\n"
        "<p>湖北省宜昌市夷陵区组织部门要求各村每月召开一次干部讲评会，点评上月工作，明确下月重点。</p>\n"
        "<p>夷陵区还为每名村干部建立履职档案，每季度通报一次。</p></body></html>")


@pytest.mark.parametrize("head", [
    "<h1>某区推行村干部月讲评制度</h1><p>发布时间：2023-11-08</p>",
    "<h1>某区推行村干部月讲评制度</h1><div>来源：宜昌组工  发布时间：2023-11-08</div>",
    "<h2>某区推行村干部月讲评制度</h2><p>发布时间：2023-11-08</p>",
    "<h1>某区推行村干部月讲评制度</h1>\n<p>发布时间：2023-11-08</p>",  # (on two lines: was right already)
])
def test_a_heading_on_the_line_of_the_date_is_printed_once(head, tmp_path):
    from pipeline.text.html import extract_html

    text, _ = extract_html(PAGE.format(head=head))
    assert text.count("某区推行村干部月讲评制度") == 1, text
    assert text.count("2023-11-08") == 1, text
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(head=head), encoding="utf-8")
    r = _run("clean", str(page))
    cleaned = r.output.split("--- articles")[0]  # (the clean text; the article's title is listed after it)
    assert r.exit_code == 0 and cleaned.count("某区推行村干部月讲评制度") == 1, r.output
    assert r.output.count("2023-11-08' -> '' date") == 1, r.output  # (one metadata line, not two)


# --- 4: evaluate --task classify without the labels' article folders; evaluate's note on stderr ----------------------

def test_evaluate_classify_names_the_missing_folders_and_the_unscored_real_half(tmp_path):
    seeds, real = tmp_path / "no-seeds", tmp_path / "no-real"
    r = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--seeds", str(seeds), "--real", str(real)])
    assert r.exit_code == 0, r.output
    assert "micro" in r.stdout and "labelled measures" not in r.stdout, r.stdout
    said = [ln for ln in r.stderr.splitlines() if "labelled measures" in ln]
    assert len(said) == 1, r.stderr  # (one line, not the loader's own count that named no folder)
    line = said[0]
    assert f"{seeds} is not there" in line and f"{real} is not there" in line, line
    assert "real test half" in line and "not scored" in line and "--seeds" in line and "--real" in line, line


def test_evaluate_says_unscored_gold_articles_on_stderr(tmp_path):
    from tests.conftest import ROOT

    r = CliRunner().invoke(cli, ["evaluate", str(ROOT / "tests" / "gold"), "--seeds", str(tmp_path / "no-seeds")])
    assert r.exit_code == 0, r.output
    assert "not scored" not in r.stdout and "more not scored" in r.stderr, (r.stdout, r.stderr)


# --- 5: what --lang says of stderr is what stderr does ---------------------------------------------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "newcomer73", {"rotate.txt": ROTATE, "visit.txt": VISIT})


def test_search_help_says_its_notes_on_the_values_asked_for_are_chinese(db):
    import re

    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--category", "nosuchcategory", "--lang", "en"])
    assert r.exit_code != 0 and re.search(r"[\u4e00-\u9fff]", r.stderr), r.stderr  # (the page's note, in Chinese)
    help_text = " ".join(CliRunner().invoke(cli, ["search", "--help"]).output.split())
    assert "Chinese, as on the search page" in help_text, help_text
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "English whatever it says" not in readme and "are Chinese, as on the page" in readme


# --- 6: a category of the codebook that no measure has is nothing found, not an error ------------------------------

@pytest.mark.parametrize("given", ["tolerate", "容错纠错"])
def test_a_codebook_category_no_measure_has_finds_nothing_and_exits_0(db, given):
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--category", given])
    assert r.exit_code == 0 and "Error" not in r.stderr, r.stderr
    assert "0 measures match" in r.stderr, r.stderr
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--category", given, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["total"] == 0, r.output


def test_a_category_the_codebook_lacks_is_still_an_error(db):
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--category", "nosuchcategory"])
    assert r.exit_code == 1 and r.stderr.startswith("Error:"), r.stderr


# --- 8: make datasette leaves no -wal / -shm beside the knowledge base ---------------------------------------------

def test_make_datasettes_command_leaves_no_wal_beside_the_knowledge_base(db, tmp_path):
    import shlex
    import signal
    import socket
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    pytest.importorskip("datasette")
    httpx = pytest.importorskip("httpx")
    if shutil.which("make") is None:
        pytest.skip("make not installed")
    here = tmp_path / "kb.sqlite"
    shutil.copy(db, here)
    dry = subprocess.run(["make", "--no-print-directory", "-n", "-o", str(here), f"KB={here}", "BIN=BIN", "datasette"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    line = next(ln for ln in dry.stdout.splitlines() if "datasette serve" in ln)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = [sys.executable, "-m", "datasette", *shlex.split(line)[1:], "-h", "127.0.0.1", "-p", str(port)]
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for _ in range(600):  # bounded: until it answers or exits
                assert proc.poll() is None, argv
                try:
                    assert client.get("/kb/search_measures.json", params={"_search": "干部"}).status_code == 200
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
    assert not [p.name for p in tmp_path.glob("kb.sqlite-*")], list(tmp_path.iterdir())


# --- minor: label's help says what Enter does where the model decided nothing (the prompt's 未归类) --------------------

def test_label_help_says_what_enter_does_for_an_unclassified_measure():
    text = " ".join(CliRunner().invoke(cli, ["label", "--help"]).output.split())
    assert "未归类" in text and "Enter asks again" in text, text


# --- 7: a filter matching nothing offers the values with the most measures under the query, most first ----------------

TRAIN = ("广东省佛山市开展干部教育培训\n"
         "2024年3月，佛山市委组织部印发通知，加强干部教育培训。\n"
         "一是举办年轻干部能力提升班，每年培训两期。\n"
         "二是组织乡镇干部赴先进地区跟班学习。\n"
         "三是建立干部在线学习平台，每人每年学满五十学时。\n"
         "四是开展专题研讨，每季度一次。\n")


@pytest.fixture(scope="module")
def db3(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "newcomer73b", {"rotate.txt": ROTATE, "visit.txt": VISIT, "train.txt": TRAIN})


def test_a_province_matching_nothing_offers_the_most_under_the_query_most_first(db3):
    import re

    r = CliRunner().invoke(cli, ["search", "--db", str(db3), "谈心", "--province", "火星"])
    assert r.exit_code == 1, r.output
    named = re.search(r"举措最多的：(.*?)。", r.stderr).group(1).split("、")
    tries = re.findall(r"--province (\S+) \((\d+)\)", r.stderr)
    assert named == [name for name, _ in tries], r.stderr  # (the same values, in the same order)
    assert named == ["湖南省"], r.stderr  # (广东省 has the most measures, none with 谈心)
    counts = [int(n) for _, n in tries]
    assert counts == sorted(counts, reverse=True)
