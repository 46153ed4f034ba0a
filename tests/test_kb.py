"""The knowledge base: contents, offsets back to the original, atomic writes."""
from __future__ import annotations

from array import array
import sqlite3

import pytest

from pipeline.store import schema, writer
from pipeline.build import build


def test_sample_kb_tables(sample_kb):
    out, report = sample_kb
    con = sqlite3.connect(out)
    n = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
         for t in ("documents", "articles", "paragraphs", "sentences", "repairs", "authors")}
    assert n["documents"] == report.documents >= 20
    assert n["articles"] == report.articles >= 20
    assert n["sentences"] > n["paragraphs"] > n["articles"]
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)


def test_sentence_orig_offsets_resolve_in_documents(sample_kb):
    """Each sentence's original span holds the same characters, before repair."""
    from pipeline.text.repair import to_simplified

    out, _ = sample_kb
    con = sqlite3.connect(out)
    rows = con.execute(
        "SELECT s.text, s.start, s.orig_start, s.orig_end, a.doc_start, d.original, d.clean, d.offsets"
        " FROM sentences s JOIN articles a ON a.id = s.article_id JOIN documents d ON d.id = a.doc_id").fetchall()
    checked = 0
    for text, start, o_start, o_end, doc_start, original, clean, blob in rows:
        offsets = array("i")
        offsets.frombytes(blob)  # int32: clean offset -> original offset
        assert clean[doc_start + start:doc_start + start + len(text)] == text
        assert offsets[doc_start + start] == o_start
        src = original[o_start:o_end]
        last = text.rstrip("\ufffd")[-1:]
        if text[0] != "\ufffd" and last:
            assert text[0] in (src[0], to_simplified(src[0]), src[0].translate({0xFF10 + k: 0x30 + k for k in range(10)}))
            checked += 1
    assert checked > 100


def test_interrupted_build_keeps_previous_kb(tmp_path, monkeypatch, segmenter):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("干部考核\n全县年度考核优秀等次比例提高到20%。\n", encoding="utf-8")
    out = tmp_path / "kb.sqlite"
    build(corpus, out)
    before = out.read_bytes()
    (corpus / "b.txt").write_text("干部培训\n全年举办专题培训班12期。\n", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "write_document", boom)
    with pytest.raises(KeyboardInterrupt):
        build(corpus, out)
    assert out.read_bytes() == before
    assert not (tmp_path / "kb.sqlite.tmp").exists()


def test_duplicate_files_stored_once(tmp_path, segmenter):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "干部交流\n全市推动35名干部跨部门轮岗交流。\n"
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "copy.txt").write_text(text, encoding="utf-8")
    report = build(corpus, tmp_path / "kb.sqlite")
    assert report.documents == 1 and len(report.duplicates) == 1


def test_parallel_build_matches_serial(tmp_path, segmenter):
    from tests.conftest import SAMPLE

    if not SAMPLE.is_dir():
        pytest.skip("no sample corpus")
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build(SAMPLE, a, jobs=1)
    build(SAMPLE, b, jobs=2)
    q = "SELECT id, title, date, text FROM articles ORDER BY id"
    assert sqlite3.connect(a).execute(q).fetchall() == sqlite3.connect(b).execute(q).fetchall()
