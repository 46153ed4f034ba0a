"""Testers of session 74: a build refused leaves the folder as it was; the CLI's article search says where each
article is and why it matched, as the README and --format json do."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.cli import cli

# Two short notices in my own words.
TRAIN = ("某县举办村官能力提升培训班\n"
         "2023年4月，某县委组织部举办村官能力提升培训班，对全县86名大学生村官集中轮训五天。\n")
CARE = ("某市关心关爱基层干部\n"
        "某市为每名乡镇干部每年安排一次健康体检，落实带薪休假制度。\n")


def _run(*args: str):
    return CliRunner().invoke(cli, [*args])


@pytest.fixture()
def two_folders(tmp_path, monkeypatch, segmenter):
    monkeypatch.chdir(tmp_path)
    for folder, name, text in (("first", "train.txt", TRAIN), ("second", "care.txt", CARE)):
        Path(folder).mkdir()
        Path(folder, name).write_text(text, encoding="utf-8")
    r = _run("build", "first", "--out", "kb.sqlite", "--no-cache", "-j", "1")
    assert r.exit_code == 0, r.output
    return tmp_path


def test_a_refused_build_leaves_no_wal_or_shm_beside_the_knowledge_base(two_folders):
    before = sorted(p.name for p in two_folders.iterdir())
    r = _run("build", "second", "--out", "kb.sqlite", "--no-cache", "-j", "1")  # (another corpus, no --replace)
    assert r.exit_code == 1 and "give --replace" in r.output, r.output
    assert sorted(p.name for p in two_folders.iterdir()) == before
    Path("empty").mkdir()
    r = _run("build", "empty", "--out", "kb.sqlite", "--no-cache", "-j", "1")  # (no article files: refused too)
    assert r.exit_code == 1, r.output
    assert sorted(p.name for p in two_folders.iterdir()) == sorted(before + ["empty"])


def test_the_article_search_table_gives_each_articles_url_and_passage(two_folders):
    Path("first", "manifest.tsv").write_text("file\turl\ntrain.txt\thttp://example.cn/news/2023/0412.html\n",
                                             encoding="utf-8")
    assert _run("build", "first", "--out", "kb.sqlite", "--no-cache", "-j", "1").exit_code == 0
    r = _run("search", "--articles", "村官", "--db", "kb.sqlite")
    assert r.exit_code == 0, r.output
    head, url, passage = r.output.splitlines()[:3]
    assert "某县举办村官能力提升培训班" in head
    assert url.strip() == "http://example.cn/news/2023/0412.html"
    assert "大学生村官" in passage and "<mark>" not in passage  # (plain text, as the CSV gives it)
