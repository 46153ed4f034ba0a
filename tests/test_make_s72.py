"""`make` run with other folders for the labels' articles (SEEDS_DIR=, REAL_DIR=) leaves the ordinary `make kb`
as it was: the listing of those folders changes only with what they hold (session-72 tester)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.test_make_s70 import Project, project  # noqa: F401  (project: the fixture, a copy of the project to run make in)


def _make(project: Project, *args: str) -> subprocess.CompletedProcess:
    """make with the variables as given (Project.make names the stand-in folders first)."""
    project.calls.unlink(missing_ok=True)
    r = subprocess.run(["make", "--no-print-directory", f"BIN={project.root / 'fakebin'}", *args], cwd=project.root,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r


def test_a_dry_run_without_the_seeds_leaves_the_next_make_kb_with_nothing_to_do(project):
    project.built()
    listing = (project.root / "outputs/.labelled-articles").read_text(encoding="utf-8")
    _make(project, "-n", "kb", "SEEDS_DIR=", f"REAL_DIR={project.real}")  # (its listing runs under -n too)
    assert project.make("kb").returncode == 0 and project.ran() == []
    assert (project.root / "outputs/.labelled-articles").read_text(encoding="utf-8") == listing
    assert project.make("-q", "kb").returncode == 0


def test_training_without_the_seeds_and_with_them_again_each_retrains_once(project):
    project.built()
    _make(project, "kb", "SEEDS_DIR=", f"REAL_DIR={project.real}")
    assert project.ran() == ["train", "build"]  # (the model learns from fewer labels: asked for)
    assert project.make("kb").returncode == 0 and project.ran() == ["train", "build"]  # (and from all of them again)
    assert project.make("kb").returncode == 0 and project.ran() == []


def test_folders_that_are_not_there_are_the_same_as_none_named(project):
    # (a machine without ../shared: make kb SEEDS_DIR= REAL_DIR= reads the same nothing as make kb)
    shutil.rmtree(project.seeds)
    project.built()
    _make(project, "kb", "SEEDS_DIR=", "REAL_DIR=")
    assert project.ran() == []
    assert project.make("kb").returncode == 0 and project.ran() == []
