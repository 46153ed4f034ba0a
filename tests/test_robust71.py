"""Hostile-input round 71: what a user gave that the commands met with a traceback or without a word."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts

# Two short notices in my own words.
CARE = ("福建省三明市关心关爱基层干部\n"
        "2021年5月，三明市委组织部印发通知，关心关爱基层干部。\n"
        "一是为每名乡镇干部每年安排一次健康体检。\n"
        "二是落实带薪休假制度，保障干部休息权利。\n")
TOLERATE = ("浙江省湖州市建立容错纠错机制\n"
            "2022年8月，湖州市出台办法，建立容错纠错机制。\n"
            "一是对改革创新中出现的失误予以容错，为担当者撑腰。\n"
            "二是完善干部考核评价办法，激励干部干事创业。\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "robust71", {"care.txt": CARE, "tolerate.txt": TOLERATE})


def _run(*args: str):
    return CliRunner().invoke(cli, [*args])


# --- 1: an article longer than spaCy's max_length ----------------------------------------------------

def test_spacy_export_keeps_an_article_longer_than_spacys_limit(db, tmp_path, monkeypatch):
    """spaCy refuses a text over nlp.max_length (E088, 1,000,000 characters): a one-line article of 1 MB the
    build accepted made `export --format spacy` a traceback. The limit is lowered here so short texts exceed it."""
    import spacy
    from spacy.tokens import DocBin

    blank = spacy.blank

    def small_blank(lang):
        nlp = blank(lang)
        nlp.max_length = 20
        return nlp

    monkeypatch.setattr(spacy, "blank", small_blank)
    r = _run("export", "--db", str(db), "--format", "spacy", "--out", str(tmp_path / "x"))
    assert r.exit_code == 0, r.output
    docs = list(DocBin().from_disk(tmp_path / "x" / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    assert len(docs) == 2 and max(len(d.text) for d in docs) > 20
