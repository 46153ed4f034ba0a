"""`make kb` is incremental: a second run with nothing changed rebuilds nothing."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def built_kb(tmp_path_factory):
    if shutil.which("make") is None:
        pytest.skip("make not installed")
    if not (ROOT / ".venv" / ".installed").exists():
        pytest.skip("run through `make test`, which installs .venv first")
    tmp = tmp_path_factory.mktemp("make")
    kb = tmp / "kb.sqlite"
    first = _make(f"KB={kb}", f"MODEL={tmp / 'classifier.pkl'}", "kb")
    assert first.returncode == 0, first.stderr
    assert kb.exists()
    return kb


def test_second_make_kb_does_nothing(built_kb):
    mtime = built_kb.stat().st_mtime_ns
    model = f"MODEL={built_kb.parent / 'classifier.pkl'}"
    second = _make(f"KB={built_kb}", model, "kb")
    assert second.returncode == 0
    assert "policykb build" not in second.stdout
    assert built_kb.stat().st_mtime_ns == mtime
    assert _make("-q", f"KB={built_kb}", model, "kb").returncode == 0  # "up to date"


# (a changed, added or removed article reaches the knowledge base through outputs/.corpus-files,
# which -W cannot stand in for: tests/test_make_s70.py)
@pytest.mark.parametrize("changed", ["corpora/labels/measures.jsonl", "pipeline/text/repair.py", "pipeline/resources/cadre_dict.txt"])
def test_a_changed_input_rebuilds(built_kb, changed):
    target = ROOT / changed
    dry = _make("-n", "-W", str(target.relative_to(ROOT)), f"KB={built_kb}", f"MODEL={built_kb.parent / 'classifier.pkl'}", "kb")
    assert "policykb build" in dry.stdout
