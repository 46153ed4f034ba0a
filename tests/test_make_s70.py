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


class Project:
    """A temporary checkout holding the Makefile, tools/ and empty stand-ins for what `make kb` reads."""

    def __init__(self, root: Path):
        self.root = root
        shutil.copy(ROOT / "Makefile", root / "Makefile")
        shutil.copytree(ROOT / "tools", root / "tools")
        for name in ("pyproject.toml", "constraints.txt", "corpora/labels/measures.jsonl",
                     "corpora/labels/real/measures.jsonl", "pipeline/train.py", "pipeline/resources/codebook.yaml",
                     "pipeline/resources/cadre_dict.txt", ".venv/bin/python"):
            self.write(name, "")
        self.write("corpora/sample/a.txt", "一篇文章")
        self.write("corpora/sample/b.txt", "另一篇文章")
        self.write("corpora/sample/manifest.tsv", "file\ttitle\na.txt\t标题\n")
        self.shared = root.parent / f"{root.name}-shared"
        self.seeds, self.real = self.shared / "seeds", self.shared / "real"
        self.seeds.mkdir(parents=True)
        (self.seeds / "s1.txt").write_text("种子文章", encoding="utf-8")
        for p in root.rglob("*"):
            os.utime(p, (OLD, OLD))
        self.write(".venv/.installed", "")
        os.utime(root / ".venv/.installed", (OLD + 60, OLD + 60))
        self.calls = root / "calls.log"
        fake = root / "fakebin" / "policykb"  # logs its arguments and writes its --out, as the real one would
        fake.parent.mkdir()
        fake.write_text('#!/bin/sh\necho "$@" >> "%s"\n'
                        'while [ $# -gt 0 ]; do if [ "$1" = --out ]; then mkdir -p "$(dirname "$2")"; touch "$2"; fi; shift; done\n'
                        % self.calls)
        fake.chmod(0o755)

    def write(self, name: str, text: str) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        return p

    def make(self, *args: str) -> subprocess.CompletedProcess:
        self.calls.unlink(missing_ok=True)
        return subprocess.run(["make", "--no-print-directory", f"BIN={self.root / 'fakebin'}", f"SEEDS_DIR={self.seeds}",
                               f"REAL_DIR={self.real}", *args], cwd=self.root, capture_output=True, text=True, timeout=60)

    def ran(self) -> list[str]:
        """The policykb commands the last make ran (train, build)."""
        return [line.split()[0] for line in self.calls.read_text().splitlines()] if self.calls.exists() else []

    def built(self) -> Project:
        first = self.make("kb")
        assert first.returncode == 0, first.stderr
        assert self.ran() == ["train", "build"]
        second = self.make("kb")
        assert second.returncode == 0 and self.ran() == [], second.stdout
        return self


@pytest.fixture
def project(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make not installed")
    (tmp_path / "p").mkdir()
    return Project(tmp_path / "p")


def test_a_second_make_kb_runs_nothing_and_make_q_agrees(project):
    project.built()
    kb = project.root / "outputs/kb.sqlite"
    mtime = kb.stat().st_mtime_ns
    second = project.make("kb")
    assert "policykb" not in second.stdout and kb.stat().st_mtime_ns == mtime
    assert project.make("-q", "kb").returncode == 0  # "up to date"
    assert "policykb build" not in project.make("-n", "kb").stdout


def test_make_kb_rebuilds_after_an_article_is_removed(project):
    project.built()
    (project.root / "corpora/sample/b.txt").rename(project.root / "b.txt")
    assert project.make("-q", "kb").returncode != 0
    assert project.make("kb").returncode == 0 and project.ran() == ["build"]
    assert project.make("kb").returncode == 0 and project.ran() == []


def test_make_kb_rebuilds_for_an_article_copied_in_with_its_old_date(project):
    project.built()
    new = project.write("corpora/sample/2022/c.html", "<p>第三篇</p>")
    os.utime(new, (OLD - 86400, OLD - 86400))  # (cp -p, rsync -a, unzip: older than the knowledge base)
    assert project.make("kb").returncode == 0 and project.ran() == ["build"]


@pytest.mark.parametrize("dated", [False, True])
def test_make_kb_rebuilds_after_a_manifest_changes(project, dated):
    project.built()
    manifest = project.write("corpora/sample/manifest.tsv", "file\ttitle\na.txt\t另一个标题\n")
    if dated:
        os.utime(manifest, (OLD, OLD))
    assert project.make("kb").returncode == 0 and project.ran() == ["build"]


def test_the_first_listing_keeps_an_up_to_date_knowledge_base(project):
    project.built()
    for listing in (project.root / "outputs").glob(".*"):
        listing.unlink()  # (a checkout made before the listings)
    assert project.make("kb").returncode == 0 and project.ran() == []


def test_the_real_pages_appearing_retrain_with_them(project):
    project.built()
    project.real.mkdir()
    page = project.real / "001.txt"
    page.write_text("真实网页", encoding="utf-8")
    os.utime(page, (OLD, OLD))
    assert project.make("kb").returncode == 0 and project.ran() == ["train", "build"]
    assert f"--real {project.real}" in project.calls.read_text()


@needs_make
def test_make_help_lists_every_target_with_a_description():
    targets = re.findall(r"^([a-z][\w-]*):.*## ", (ROOT / "Makefile").read_text(), re.M)
    assert "bench-quick" in targets
    r = subprocess.run(["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "help"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    listed = [line.split("\t")[0] for line in r.stdout.splitlines()]
    assert listed == targets, r.stdout


def test_the_listing_names_what_the_build_reads():
    import importlib.util

    from pipeline.text import ingest, warc

    spec = importlib.util.spec_from_file_location("file_listing", ROOT / "tools" / "file_listing.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert set(tool.SUFFIXES) == set(ingest.SUFFIXES) | set(warc.SUFFIXES) | set(ingest.UNREAD_DOCUMENTS)
    assert set(tool.MANIFEST_NAMES) == set(ingest.MANIFEST_NAMES)


# -- the labels' article folders not there ----------------------------------------------------------------------------

class Stop(Exception):
    pass


def test_training_without_the_article_folders_says_so_in_one_line(tmp_path, monkeypatch, caplog):
    from pipeline import train

    class NoFit:  # (the fit is not what is checked here, and would take a minute)
        def __init__(self, cb):
            pass

        def fit(self, *a):
            raise Stop

    monkeypatch.setattr(train, "RichClassifier", NoFit)
    seeds, real = tmp_path / "no-seeds", tmp_path / "no-real"
    with caplog.at_level(logging.WARNING), pytest.raises(Stop):
        train.train(ROOT / "corpora/labels/measures.jsonl", seeds_dir=seeds, out=tmp_path / "m.pkl",
                    real_labels=ROOT / "corpora/labels/real/measures.jsonl", real_dir=real)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, warnings
    line = warnings[0]
    assert "\n" not in line and str(seeds) in line and str(real) in line
    assert "--seeds" in line and "--real" in line and "SEEDS_DIR=" in line and "REAL_DIR=" in line
    assert "README's figures" in line


def test_labels_whose_file_is_not_in_the_folder_are_named_with_it(tmp_path):
    from pipeline.train import left_out, say_left_out

    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "s1", "seed": "000.txt", "start": 0, "end": 4, "categories": ["train"]}) + "\n"
                      + json.dumps({"id": "p1", "text": "组织干部轮岗交流。", "categories": ["practice"]}) + "\n",
                      encoding="utf-8")
    missing = left_out(labels, tmp_path, None, None)  # (the folder is there, the file is not)
    assert missing == {("seed", str(tmp_path)): 1}
    line = say_left_out(missing)
    assert f"not in {tmp_path}" in line and "--seeds" in line and "--real" not in line
    (tmp_path / "000.txt").write_text("干部培训", encoding="utf-8")
    assert not left_out(labels, tmp_path, None, None)


def test_evaluate_names_the_folder_it_looked_for_seeds_in(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    gold = tmp_path / "gold"
    (gold / "annotations").mkdir(parents=True)
    (gold / "articles").mkdir()
    (gold / "seeds").mkdir()
    shutil.copy(ROOT / "tests/gold/annotations/a01_anji.json", gold / "annotations")
    shutil.copy(ROOT / "tests/gold/articles/a01_anji.txt", gold / "articles")
    seed = next((ROOT / "tests/gold/seeds").glob("*.json"))
    shutil.copy(seed, gold / "seeds")
    r = CliRunner().invoke(cli, ["evaluate", str(gold), "--seeds", str(tmp_path / "elsewhere")])
    assert r.exit_code == 0, r.output
    note = r.stderr.splitlines()[-1]  # (on stderr since session 73: a note, not a score)
    assert str(tmp_path / "elsewhere") in note and "--seeds" in note and "1 " in note


def test_label_says_make_kb_retrains_and_rebuilds():
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["label", "--help"])
    text = " ".join(r.output.split())
    assert "`make kb` retrains" in text and "make model" not in text
    makefile = (ROOT / "Makefile").read_text()  # (the knowledge base is made with the model, the model from the labels)
    assert re.search(r"^\$\(KB\):.*\$\(MODEL\)", makefile, re.M) and re.search(r"^\$\(MODEL\):.*\$\(LABELS\)", makefile, re.M)


# -- packaging ---------------------------------------------------------------------------------------------------------

def test_the_license_is_an_spdx_string_setuptools_reads_without_warning():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    license = meta["project"]["license"]
    assert isinstance(license, str) and license == "MIT"  # (a table is deprecated since setuptools 77)
    assert all((ROOT / f).is_file() for f in meta["project"].get("license-files", []))
    floor = next(r for r in meta["build-system"]["requires"] if r.startswith("setuptools"))
    assert tuple(map(int, re.search(r">=\s*([\d.]+)", floor).group(1).split("."))) >= (77,)  # (older ones reject a string)


@needs_make
def test_empty_article_folders_train_without_them(project):
    # (make kb REAL_DIR= SEEDS_DIR= means "no such folders": the listing had no folder and failed, train got a bare --real)
    project.built()
    r = subprocess.run(["make", "--no-print-directory", f"BIN={project.root / 'fakebin'}", "SEEDS_DIR=", "REAL_DIR=",
                        "kb"], cwd=project.root, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    [train] = [line for line in project.calls.read_text().splitlines() if line.startswith("train")]
    assert " --seeds  --real  --out models/classifier.pkl" in train, train  # (empty values: the folders given as none)


def test_train_reads_an_empty_folder_option_as_none(monkeypatch, tmp_path):
    from click.testing import CliRunner

    import pipeline.train
    from pipeline.cli import cli

    got = {}

    def fake(labels, codebook, seeds_dir, out, real_labels, real_dir):
        got.update(seeds=seeds_dir, real=real_dir)
        raise SystemExit(0)

    monkeypatch.setattr(pipeline.train, "train", fake)
    CliRunner().invoke(cli, ["train", "--labels", str(ROOT / "corpora/labels/measures.jsonl"), "--seeds", "", "--real", "",
                             "--out", str(tmp_path / "m.pkl")])
    assert got == {"seeds": None, "real": None}  # (not the ../shared defaults the user asked to leave out)
