"""Every command through Click's CliRunner, and its help."""
from __future__ import annotations

import json
from pathlib import Path
import sqlite3

from click.testing import CliRunner
import pytest

from pipeline.cli import cli

COMMANDS = ["build", "clean", "extract", "evaluate", "train", "label"]


@pytest.mark.parametrize("cmd", [None] + COMMANDS)
def test_help_has_an_example(cmd):
    args = [cmd, "--help"] if cmd else ["--help"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "policykb" in result.output


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "policykb" in result.output


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(
        "县委健全容错纠错机制\n来源:某县融媒体中心  作者:林海\n\n"
        "县委出台《关于落实“三个区分开来”的实施办法》,全年为12名干部澄清正名。\n", encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text(
        "市委組織部選派年輕幹部駐村\n\n全市選派駐村第一書(shū)記216名,覆蓋所有脫貧村。\n", encoding="utf-8")
    (corpus / "sub" / "empty.txt").write_bytes(b"")
    return corpus


def test_build_writes_kb_and_summary(tmp_path, segmenter):
    corpus = _corpus(tmp_path)
    out = tmp_path / "kb.sqlite"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 files, 2 documents, 2 articles; 1 file skipped" in result.output
    assert "empty.txt: empty file" in result.output
    con = sqlite3.connect(out)
    titles = sorted(r[0] for r in con.execute("SELECT title FROM articles"))
    assert titles == ["县委健全容错纠错机制", "市委组织部选派年轻干部驻村"]
    assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] == 2


def test_build_strict_fails_on_skipped_file(tmp_path, segmenter):
    corpus = _corpus(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--strict", "--quiet"])
    assert result.exit_code == 1
    assert "building" not in result.output  # --quiet silences the progress bar


def test_build_missing_corpus_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "kb.sqlite")])
    assert result.exit_code == 1
    assert "Error:" in result.output and "no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_clean_prints_text_and_repairs(tmp_path, segmenter):
    corpus = _corpus(tmp_path)
    result = CliRunner().invoke(cli, ["clean", str(corpus / "sub" / "b.txt")])
    assert result.exit_code == 0
    assert "全市选派驻村第一书记216名" in result.output
    assert "pinyin_residue" in result.output and "'書(shū)' -> '書'" in result.output
    assert "traditional" in result.output


def test_clean_json(tmp_path):
    corpus = _corpus(tmp_path)
    result = CliRunner().invoke(cli, ["clean", str(corpus / "a.txt"), "--format", "json"])
    data = json.loads(result.output)
    assert data["articles"][0]["authors"] == [{"name": "林海", "role": "作者"}]
    assert data["articles"][0]["source"] == "某县融媒体中心"


def test_clean_bad_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    result = CliRunner().invoke(cli, ["clean", str(p)])
    assert result.exit_code == 1
    assert f"Error: {p}: empty file" in result.output


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "build" in r.stdout


# -- mistakes a user makes, each one clear line (found by a session-68 tester) ----------------------------------

def test_evaluate_refuses_a_folder_with_no_gold(tmp_path):
    r = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert r.exit_code == 1 and "no gold annotations" in r.output and "1.000" not in r.output


def test_evaluate_finds_the_seeds_from_any_working_directory(tmp_path, monkeypatch):
    from pipeline import cli as cli_module
    from pipeline.core.paths import project_root

    # (the command's own default, ../shared/seeds beside the checkout, is what this asks about: not $POLICYKB_SHARED)
    if not Path(cli_module.DEFAULT_SEEDS).is_dir():
        pytest.skip(f"{cli_module.DEFAULT_SEEDS} absent")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["evaluate", str(project_root() / "tests" / "gold")])
    assert r.exit_code == 0 and "not scored" not in r.output, r.output


def test_evaluate_classify_without_test_labels_says_so(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "x1", "text": "县委组织部选派年轻干部到村任职。", "categories": ["practice"],
                                  "split": "train"}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--labels", str(labels)])
    assert r.exit_code == 1 and "no labelled measures of the test split" in r.output and "Traceback" not in r.output


def test_build_with_a_file_that_is_no_codebook_says_so(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("干部考核新办法\n县委组织部出台干部考核办法，每年考核一次。\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "-q",
                                 "--codebook", str(corpus / "a.txt")])
    assert r.exit_code == 1 and "not a codebook" in r.output and "Traceback" not in r.output


def test_build_report_json_goes_into_a_new_folder(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("干部考核新办法\n县委组织部出台干部考核办法，每年考核一次。\n", encoding="utf-8")
    report = tmp_path / "reports" / "run.json"
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "-q",
                                 "--report-json", str(report)])
    assert r.exit_code == 0, r.output
    assert json.loads(report.read_text(encoding="utf-8"))["articles"] == 1


def test_readers_refuse_a_file_that_is_no_knowledge_base(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(empty)])
    assert r.exit_code == 1 and "is empty" in r.output  # (it was taken for an old knowledge base: run make kb)
    not_kb = tmp_path / "notes.txt"
    not_kb.write_text("不是知识库\n", encoding="utf-8")
    for args in (["search", "干部"], ["compare", "--out", str(tmp_path / "r")], ["export", "--out", str(tmp_path / "e")]):
        r = CliRunner().invoke(cli, args + ["--db", str(not_kb)])
        assert r.exit_code == 1 and "is not a knowledge base" in r.output, (args, r.output)


def test_a_rebuild_with_nothing_changed_does_not_say_it_wrote(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("干部考核新办法\n县委组织部出台干部考核办法，每年考核一次。\n", encoding="utf-8")
    out = str(tmp_path / "kb.sqlite")
    assert "wrote" in CliRunner().invoke(cli, ["build", str(corpus), "--out", out]).output
    again = CliRunner().invoke(cli, ["build", str(corpus), "--out", out])
    assert again.exit_code == 0 and "nothing changed" in again.output and "wrote" not in again.output


def test_an_incremental_summary_counts_files_new_changed_and_gone(tmp_path, segmenter):
    # a changed file's old document is removed and its new one processed: the summary said "2 removed"
    # for one changed and one deleted file, as if both had gone
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b", "c"):
        (corpus / f"{name}.txt").write_text(f"干部考核新办法{name}\n县委组织部出台干部考核办法，每年考核一次。\n", encoding="utf-8")
    out = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", out, "-q"]).exit_code == 0
    (corpus / "a.txt").write_text("干部考核新办法a\n县委组织部出台干部考核办法，每季度考核一次。\n", encoding="utf-8")
    (corpus / "b.txt").unlink()
    (corpus / "d.txt").write_text("年轻干部培养\n县委组织部选派年轻干部到村任职。\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", out])
    assert "incremental: 1 new file, 1 changed, 1 gone (2 documents processed, 2 removed)" in r.output, r.output
