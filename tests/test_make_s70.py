"""`make kb` on a copy of the Makefile with stand-in inputs and a stand-in policykb (so nothing real is
rebuilt, each run in well under a second); the training's and evaluation's words when the labels'
article folders are not there; the packaging metadata (session-70 tester)."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
import re
import shutil
import subprocess
import time
import tomllib

import pytest

from tests.conftest import ROOT

OLD = time.time() - 30 * 86400  # the inputs' date; what the stand-in builds is dated now

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")


@needs_make
def test_make_help_lists_every_target_with_a_description():
    targets = re.findall(r"^([a-z][\w-]*):.*## ", (ROOT / "Makefile").read_text(), re.M)
    assert "bench-quick" in targets
    r = subprocess.run(["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "help"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    listed = [line.split("\t")[0] for line in r.stdout.splitlines()]
    assert listed == targets, r.stdout


