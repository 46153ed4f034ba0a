"""The project's own sample corpus against its manifest (corpora/sample-manifest.json).

The manifest was written with the articles, by their author, as ground truth:
titles, dates, sources, bylines, editors, author units, and the artifacts
each file carries.  Conventions: a bare name signing an article has role
null (the text does not say); a source is the publication without its issue
number; titles compare after normalising ASCII/full-width punctuation.
"""
from __future__ import annotations

import json
from pathlib import Path
import re

import pytest

from tests.conftest import ROOT, SAMPLE

MANIFEST = ROOT / "corpora" / "sample-manifest.json"
RESIDUE = re.compile(r"[\u3400-\u9fff][(（]\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\s?[)）]")


def _entries():
    return json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else []


def _norm(s):
    return None if s is None else s.translate(str.maketrans({":": "：", "(": "（", ")": "）", ",": "，"})).replace(" ", "")


@pytest.fixture(scope="module")
def processed(segmenter):
    from pipeline.worker import process_document
    from pipeline.text.ingest import read_document

    return {e["file"]: process_document(read_document(SAMPLE / e["file"])) for e in _entries()}


def test_corpus_meets_the_brief():
    entries = _entries()
    arts = [a for e in entries for a in e["articles"]]
    assert len(arts) >= 20
    assert len({a["province"] for a in arts}) >= 10
    artifacts = {x for e in entries for x in e["artifacts"]}
    for need in ("traditional", "pinyin_residue", "mojibake", "boilerplate", "spam", "page_break",
                 "gbk", "big5", "html", "multi_article", "truncated"):
        assert need in artifacts, need
    on_disk = sorted(p.relative_to(SAMPLE).as_posix() for p in SAMPLE.rglob("*") if p.suffix in (".txt", ".md", ".html"))
    assert on_disk == sorted(e["file"] for e in entries)


@pytest.mark.parametrize("entry", _entries(), ids=lambda e: e["file"])
def test_metadata_matches_manifest(entry, processed):
    pd = processed[entry["file"]]
    assert len(pd.articles) == len(entry["articles"])
    for got, want in zip(pd.articles, entry["articles"]):
        assert _norm(got.title) == _norm(want["title"])
        assert got.date == want["date"]
        assert _norm(got.source) == _norm(want["source"])
        assert got.editor == want["editor"]
        assert _norm(got.affiliation) == _norm(want["affiliation"])
        assert [(a.name, a.role) for a in got.authors] == [(a["name"], a["role"]) for a in want["authors"]]


@pytest.mark.parametrize("entry", _entries(), ids=lambda e: e["file"])
def test_artifacts_repaired(entry, processed):
    from pipeline.text.chars import to_simplified

    pd = processed[entry["file"]]
    text = pd.clean.text
    assert not RESIDUE.search(text)
    assert not re.search("[\ue000-\uf8ff]", text)
    assert not any(line.count("|") >= 3 for line in text.split("\n"))
    counts = pd.clean.quality.counts
    if "encoding" in entry:
        enc = entry["encoding"].lower().replace("_", "-")
        assert pd.clean.raw.encoding.split(" ")[0].startswith({"gbk": "gb18030", "utf-8-sig": "utf-8", "utf-16": "utf-16"}.get(enc, enc))
    for art in ("pinyin_residue", "spam", "page_break", "truncated"):
        if art in entry["artifacts"]:
            assert counts.get(art, 0) > 0, art
    if "boilerplate" in entry["artifacts"]:
        # 责编 lines count as metadata; an HTML page's furniture goes with the page.
        assert counts.get("boilerplate", 0) + counts.get("metadata", 0) > 0
        for furniture in ("微信公众号", "分享到", "下一页", "ICP备", "【字体", "责编", "责任编辑"):
            assert furniture not in text
    for phrase in entry.get("mojibake_originals", []):
        core = to_simplified(phrase).strip("“”\"。").replace(",", "，")
        assert core in text.replace(",", "，")


def test_only_articles_lie_where_make_kb_reads():
    """`make kb` builds corpora/: labels, guidelines and id lists must not be read as articles."""
    from pipeline.text.ingest import Skipped, discover

    root = Path(__file__).resolve().parent.parent / "corpora"
    read = [Path(p).relative_to(root).parts[0] for p in discover(root) if not isinstance(p, Skipped)]
    assert set(read) <= {"sample", "raw", "sources.txt"}, sorted(set(read))
