"""The command line as session 72's testers left it: each message once, the places as the text writes them,
the project's own files as they are, and the user's folders untouched."""
from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest

from tests.conftest import ROOT

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
    path.write_bytes(b"not read: the metadata refuses it first")
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
