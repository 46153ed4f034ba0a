"""The command line as session 70's CLI tester found it: each test fails on the code before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.classify.codebook import default_codebook_path
from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ONE_FILE = ROOT / "corpora" / "sample" / "jiangsu_nantong_haimen_ganbu_kaohe.txt"


def _broken_codebook(tmp_path: Path) -> tuple[Path, int]:
    """The shipped codebook with a colon typed into one category's English name (a YAML error), and its line."""
    lines = Path(default_codebook_path()).read_text(encoding="utf-8").split("\n")
    at = next(i for i, x in enumerate(lines) if x.strip().startswith("name_en:"))
    lines[at] = lines[at] + ": oops"
    path = tmp_path / "codebook.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize("command", [
    ["extract", str(ONE_FILE)],
    ["train", "--out", "{tmp}/m.pkl"],
    ["label", "--db", "{tmp}/kb.sqlite"],
    ["evaluate", "--task", "classify"],
])
def test_a_yaml_mistake_in_the_codebook_is_one_line_naming_file_and_line(tmp_path, command):
    book, line = _broken_codebook(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in command] + ["--codebook", str(book)]
    r = CliRunner().invoke(cli, args, input="q\n")
    assert r.exit_code == 1 and not isinstance(r.exception, ValueError), (r.output, r.exception)
    errors = [x for x in r.output.splitlines() if x.startswith("Error:")]
    assert errors == [f"Error: {book} line {line}: mapping values are not allowed in this context"], r.output
    assert "<unicode string>" not in r.output


def _dictionary_with(tmp_path: Path, monkeypatch, extra: bytes) -> tuple[Path, int]:
    """The shipped segmentation dictionary with one more line, put where every command reads it; that line's number."""
    from pipeline.nlp import segment

    data = Path(segment.domain_dictionary_path()).read_bytes().rstrip(b"\n") + b"\n" + extra + b"\n"
    path = tmp_path / "cadre_dict.txt"
    path.write_bytes(data)
    monkeypatch.setattr(segment, "domain_dictionary_path", lambda: str(path))
    return path, data.count(b"\n")


@pytest.mark.parametrize("command", [
    ["extract", str(ONE_FILE)],
    ["clean", str(ONE_FILE)],
    ["build", str(ONE_FILE), "--out", "{tmp}/kb.sqlite", "-q", "-j", "1"],
    ["train", "--out", "{tmp}/m.pkl"],
])
def test_a_dictionary_line_that_is_not_utf8_is_the_dictionarys_error(tmp_path, monkeypatch, command):
    book, line = _dictionary_with(tmp_path, monkeypatch, "考核办法 10 n".encode("gbk"))
    r = CliRunner().invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in command])
    assert r.exit_code == 1 and not isinstance(r.exception, UnicodeDecodeError), (r.output, r.exception)
    assert "skipped" not in r.output and "Traceback" not in r.output, r.output
    errors = [x for x in r.output.splitlines() if x.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {book} line {line}: not UTF-8"), r.output
    assert not (tmp_path / "kb.sqlite").exists()


def test_a_dictionary_line_jieba_would_misread_is_warned_about_once(tmp_path, monkeypatch, segmenter):
    book, line = _dictionary_with(tmp_path, monkeypatch, "新词条 abc xyz".encode())
    r = CliRunner().invoke(cli, ["extract", str(ONE_FILE), "--format", "table", "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 0, r.output
    named = [x for x in r.stderr.splitlines() if str(book) in x]
    assert len(named) == 1 and named[0].startswith(f"warning: {book} line {line}:") and "新词条 abc xyz" in named[0], r.stderr
    assert len(r.stdout.splitlines()) == 1  # (the article is still extracted)
