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
from tests.conftest import ROOT

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
    r = CliRunner().invoke(cli, ["build", str(_corpus(tmp_path)), "--out", str(tmp_path / "kb.sqlite")])
    assert r.exit_code == 130 and "interrupted: the knowledge base is left as it was" in r.output
    assert "Aborted" not in r.output


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
