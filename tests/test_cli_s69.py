"""The command line as a session-69 tester used it: each message once, in plain English, and
every output a script can read."""
from __future__ import annotations

import json
import logging
from pathlib import Path
import re
import subprocess
import sys

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import ROOT, SHARED_ARGS

ONE = "县委组织部试行干部考核新办法\n县委组织部出台干部考核办法，把考核结果用于干部选拔任用。\n"


def _corpus(tmp_path: Path, **extra: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ONE, encoding="utf-8")
    for name, data in extra.items():
        (corpus / name).write_bytes(data)
    return corpus


# --- build --------------------------------------------------------------------------------------

def test_a_skipped_file_is_named_once_and_not_as_an_error(tmp_path, segmenter):
    corpus = _corpus(tmp_path, **{"blank.txt": b""})
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    for quiet in ([], ["-q"]):
        r = subprocess.run([sys.executable, "-m", "pipeline", "build", str(corpus), "--out", str(tmp_path / "kb.sqlite"),
                            "-j", "1", "--model", str(tmp_path / "none.pkl"), *quiet],
                           capture_output=True, text=True, cwd=ROOT, env=env)
        assert r.returncode == 0, r.stderr
        named = [ln for ln in r.stderr.splitlines() if "blank.txt" in ln]
        assert len(named) == 1 and "empty file" in named[0] and "ERROR" not in r.stderr, (quiet, r.stderr)
        if quiet:
            assert r.stderr.count("no trained model") == 1, r.stderr


def test_the_summary_counts_in_english(tmp_path, segmenter):
    corpus = _corpus(tmp_path, **{"blank.txt": b""})
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "-j", "1"])
    assert r.exit_code == 0, r.output
    assert "2 files, 1 document, 1 article; 1 file skipped" in r.output
    assert "full build: 1 document processed" in r.output


def test_strict_says_why_it_fails(tmp_path, segmenter):
    corpus = _corpus(tmp_path, **{"blank.txt": b""})
    for quiet in ([], ["-q"]):
        r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--strict", *quiet])
        assert r.exit_code == 1
        last = r.output.strip().splitlines()[-1]
        assert "--strict" in last and "1 file skipped" in last, r.output


def test_no_cache_help_says_what_it_does(tmp_path, segmenter):
    from pipeline.cli import build

    corpus = _corpus(tmp_path)
    out = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", out, "-q"]).exit_code == 0
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", out, "--no-cache"])
    assert "nothing changed" in r.output  # what the option does: the cache only, not the stored knowledge base
    (option,) = [p for p in build.params if p.name == "no_cache"]
    assert "every file" not in option.help and "Unchanged files are still not read" in option.help


def test_ctrl_c_says_the_knowledge_base_is_left_as_it_was(tmp_path, monkeypatch):
    import pipeline.build

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.build, "build", interrupted)
    corpus = _corpus(tmp_path)
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite")])
    assert r.exit_code == 130 and "interrupted: nothing was written" in r.output  # (there was no knowledge base)
    assert "Aborted" not in r.output
    (tmp_path / "kb.sqlite").write_bytes(b"")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite")])
    assert r.exit_code == 130 and "interrupted: the knowledge base is left as it was" in r.output


@pytest.mark.parametrize("mark", [b"\xff\xfe\x00\x00", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_a_file_of_only_a_byte_order_mark_is_skipped(tmp_path, segmenter, mark):
    from pipeline.build import build

    corpus = _corpus(tmp_path, **{"mark.txt": mark})
    report = build(corpus, tmp_path / "kb.sqlite", jobs=1, model=None, cache=False)
    assert report.articles == 1
    assert [(Path(p).name, why) for p, why in report.failures] == [("mark.txt", "no text")]


# --- extract ------------------------------------------------------------------------------------

def test_extract_of_an_empty_folder_says_there_is_nothing(tmp_path):
    (tmp_path / "nothing").mkdir()
    r = CliRunner().invoke(cli, ["extract", str(tmp_path / "nothing")])
    assert r.exit_code == 1 and "no article files to read" in r.output and str(tmp_path / "nothing") in r.output


# --- evaluate -----------------------------------------------------------------------------------

def test_evaluate_json_of_the_project_gold(seeds_dir):
    r = CliRunner().invoke(cli, ["evaluate", str(ROOT / "tests" / "gold"), "--json", "--errors", "--seeds", str(seeds_dir)])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["fields"]["slogans"]["f1"] > 0.9 and data["region"]["province"]["n"] == data["articles"]
    assert re.fullmatch(r"[0-9a-f]{64}", data["gold_sha256"]) and isinstance(data["errors"]["figures"], list)


def test_evaluate_json_of_the_classifier():
    r = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--json", *SHARED_ARGS])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)  # (the JSON alone on stdout; a note of labels left out goes to stderr)
    assert data["test"] > 0 and "macro" in data["rules"]["scores"]


def test_evaluate_with_missing_labels_is_clicks_own_error(tmp_path):
    r = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--labels", str(tmp_path / "gone.jsonl")])
    assert r.exit_code == 2 and "Invalid value for '--labels'" in r.output and "does not exist" in r.output
    assert "Errno" not in r.output


def test_real_gold_report_aligns_its_columns_and_prints_the_whole_hash():
    from pipeline.realgold import report

    row = {"p": 0.5, "r": 0.5, "f1": 0.5, "gold": 10}
    result = {"split": "dev", "pages": 2, "gold_sha256": "ab" * 32,
              "fields": {"slogans": row, "labelled_measures_found": row}, "places": {"county": row},
              "accuracy": {"title": {"accuracy": 0.5, "n": 2}}, "region": {"province": {"accuracy": 0.5, "n": 2},
                                                                         "township": {"accuracy": 0.5, "n": 2}}}
    lines = report(result).splitlines()
    assert f"gold sha256 {'ab' * 32}" in lines
    scored = [ln for ln in lines if ln.endswith(("10", " 2"))]
    assert len(scored) == 6 and len({len(ln) for ln in scored if ln.endswith("10")}) == 1
    assert len({ln.index("0.500") for ln in scored if ln.endswith("10")}) == 1
    assert len({len(ln) for ln in scored if ln.endswith(" 2")}) == 1


# --- search and compare over a knowledge base ---------------------------------------------------

def test_article_search_gives_what_measure_search_gives(sample_kb):
    db, _ = sample_kb
    run = CliRunner().invoke
    r = run(cli, ["search", "干部", "--articles", "--db", str(db), "--format", "json", "--limit", "2"])
    data = json.loads(r.stdout)
    assert data["total"] > 2 and data["shown"] == 2 and len(data["results"]) == 2 and "suggestions" in data
    summary = run(cli, ["search", "干部", "--articles", "--db", str(db), "--limit", "2"]).stderr
    assert f"{data['total']} articles match; showing 1-2" in summary and "--offset 2" in summary
    none = run(cli, ["search", "容错纠错机制改革试点专项", "--articles", "--db", str(db), "--format", "json"])
    assert json.loads(none.stdout)["total"] == 0
    assert "0 articles match" in none.stderr and "try: policykb search" in none.stderr and "--articles" in none.stderr
    csv = run(cli, ["search", "干部", "--articles", "--db", str(db), "--format", "csv"]).stdout
    assert csv.lstrip("\ufeff").splitlines()[0].startswith("文章编号,日期,文章标题")


def test_one_is_singular_in_the_search_summary():
    from pipeline.cli import search_summary
    from pipeline.search import SearchResult

    assert search_summary(SearchResult(total=1, results=[{}])).startswith("1 measure matches;")
    assert search_summary(SearchResult(total=0), "article") == "0 articles match."


def test_compare_reads_a_category_as_search_does(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "容错", "--out", str(tmp_path), "-q"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "report.html").exists()


def test_compare_names_a_category_by_its_name(tmp_path, segmenter):
    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "placed.txt").write_text("鼓楼区年轻干部下村\n福州市鼓楼区委组织部派出20名年轻干部到村里任职，参加驻村帮扶。\n",
                                       encoding="utf-8")
    (corpus / "nowhere.txt").write_text("干部容错的几点意见\n干部在改革中出现失误的，予以容错免责，建立容错纠错机制。\n",
                                        encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, jobs=1, model=None, cache=False)
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "county", "--category", "tolerate",
                                 "--out", str(tmp_path / "out")])
    assert r.exit_code == 1 and "no measure of the categories 容错纠错 has a region" in r.output, r.output


# --- the pandas API, as the README describes it --------------------------------------------------

def test_readme_gives_the_date_type_kb_open_returns(sample_kb):
    from pipeline.store import kb

    db, _ = sample_kb
    with kb.open(db) as k:
        dtype = str(k.measures()["date"].dtype)
    assert f"`date` `{dtype}`" in (ROOT / "README.md").read_text(encoding="utf-8")
