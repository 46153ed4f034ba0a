"""Every command through Click's CliRunner, and its help."""
from __future__ import annotations

import json
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
    assert "3 files, 2 documents, 2 articles; 1 files skipped" in result.output
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
