"""What a robustness tester of session 69 did to the tool: knowledge bases in folders the reader
cannot write or with odd characters in their path, corpora with files no article is made of, and
outputs that cannot be written.  Each answer is the work done, or one line naming the path and why."""
from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
import sys

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import ROOT

ONE = "县委组织部试行干部考核新办法\n县委组织部出台干部考核办法，把考核结果用于干部选拔任用，建立容错纠错机制。\n"


def _corpus(tmp_path: Path, **extra: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(ONE, encoding="utf-8")
    for name, data in extra.items():
        (corpus / name).write_bytes(data)
    return corpus


def _build(corpus: Path, out: Path, *more: str):
    return CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-j", "1", "--model", "none.pkl", *more])


def _as_a_user(args: list[str]) -> list[str]:
    """The command run without root's power to write any folder (as the tester ran it), or as is by a user."""
    if os.geteuid() != 0:
        return args
    if not shutil.which("setpriv"):
        pytest.skip("root without setpriv: a folder cannot be made unwritable to this process")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", *args]


def _policykb(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run(_as_a_user([sys.executable, "-m", "pipeline", *args]), capture_output=True, text=True,
                          cwd=cwd, env=env)


# --- B1: a knowledge base in a folder the reader cannot write --------------------------------------

@pytest.fixture
def read_only_kb(tmp_path, segmenter):
    shelf = tmp_path / "shelf"
    r = _build(_corpus(tmp_path), shelf / "kb.sqlite")
    assert r.exit_code == 0, r.output
    for left in shelf.iterdir():  # (the copy a user is given: the file alone)
        if left.name != "kb.sqlite":
            shutil.rmtree(left) if left.is_dir() else left.unlink()
    shelf.chmod(0o555)
    yield shelf / "kb.sqlite"
    shelf.chmod(0o755)


def test_a_knowledge_base_in_a_folder_the_reader_cannot_write_is_read(read_only_kb, tmp_path):
    r = _policykb("search", "干部", "--db", str(read_only_kb), cwd=tmp_path)
    assert r.returncode == 0 and "1 measure matches" in r.stderr, r.stderr
    r = _policykb("export", "--db", str(read_only_kb), "--out", str(tmp_path / "export"), cwd=tmp_path)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert sorted(p.name for p in read_only_kb.parent.iterdir()) == ["kb.sqlite"]  # (no -shm could be made)


def test_a_build_beside_a_knowledge_base_the_reader_cannot_write_is_said_in_one_line(read_only_kb, tmp_path):
    read_only_kb.parent.chmod(0o755)
    Path(f"{read_only_kb}-wal").write_bytes(b"")  # (a build holds it open)
    read_only_kb.parent.chmod(0o555)
    r = _policykb("search", "干部", "--db", str(read_only_kb), cwd=tmp_path)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "not writable" in r.stderr and "kb.sqlite-wal" in r.stderr and "旧版" not in r.stderr, r.stderr


# --- B3: #, ? and % in the knowledge base's path -----------------------------------------------------

@pytest.mark.parametrize("folder", ["a#b", "a?b", "a%41b"])
def test_a_knowledge_base_path_with_uri_characters_is_read_and_rebuilt(tmp_path, segmenter, folder):
    corpus, out = _corpus(tmp_path), tmp_path / folder / "kb.sqlite"
    for mode in ("full build", "nothing changed"):
        r = _build(corpus, out)
        assert r.exit_code == 0 and mode in r.output, r.output
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(out)])
    assert r.exit_code == 0 and "1 measure matches" in r.output, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["corpus", folder])  # (no stray file cut at the #)
