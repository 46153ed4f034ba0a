"""The knowledge base: contents, offsets back to the original, atomic writes."""
from __future__ import annotations

from array import array
import json
import sqlite3

import pytest

from pipeline.store import reader, schema, writer
from tests.conftest import ROOT
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
    from pipeline.text.chars import to_simplified

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

    monkeypatch.setattr(writer, "write_documents", boom)
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


def _plain(v):
    """A value as JSON gives it back (tuples as lists, booleans kept apart from 0/1 by their type)."""
    return json.loads(json.dumps(v))


def test_one_serialiser_per_record_for_extract_json_rows_and_api(sample_kb, segmenter):
    """A record's ``to_dict`` is what ``extract --json`` prints, what the table stores under the
    same names, and what the API reads back."""
    from pipeline import search as S
    from pipeline.worker import process_document
    from pipeline.extract.article import regions_mentioned
    from pipeline.text.ingest import read_document

    out, _ = sample_kb
    conn = reader.connect_readonly(out)
    checked = 0
    for path in sorted((ROOT / "corpora" / "sample").glob("*.txt"))[:6]:
        pd = process_document(read_document(path))
        for x in pd.extractions:
            d = x.to_dict(regions_mentioned(x), file=str(path))
            for table, key in (("slogans", "slogans"), ("figures", "figures"), ("dates", "dates"),
                               ("cited_documents", "documents")):
                rows = conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", (d["id"],)).fetchall()
                assert len(rows) == len(d[key])
                for row, rec in zip(rows, d[key]):
                    stored = reader.decoded(table, row)
                    shared = set(rec) & set(stored)
                    assert shared >= set(rec) - {"definition"}, table  # every field has its column
                    assert {k: _plain(stored[k]) for k in shared} == {k: _plain(int(v) if isinstance(v, bool) else v)
                                                                      for k, v in rec.items() if k in shared}
                    checked += 1
            api = S.article(conn, d["id"])
            assert api["authors"] == d["authors"]
            assert [{k: _plain(s[k]) for k in ("text", "canonical", "components")} for s in api["slogans"]] == \
                   [{k: _plain(s[k]) for k in ("text", "canonical", "components")} for s in d["slogans"]]
    assert checked > 20


def test_deleting_documents_leaves_the_tables_the_caller_keeps(sample_kb, tmp_path):
    """Storage knows nothing of the search index: the build names its tables, and rebuilds them."""
    import shutil

    from pipeline.search.index import INDEX_TABLES

    db = tmp_path / "kb.sqlite"
    shutil.copy(sample_kb[0], db)
    con = sqlite3.connect(db)
    doc = con.execute("SELECT doc_id FROM articles a JOIN measures m ON m.article_id = a.id LIMIT 1").fetchone()[0]
    indexed = con.execute("SELECT count(*) FROM search_measures").fetchone()[0]
    writer.delete_documents(con, [doc], keep=INDEX_TABLES)
    assert con.execute("SELECT count(*) FROM articles WHERE doc_id = ?", (doc,)).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM measures m LEFT JOIN articles a ON a.id = m.article_id"
                       " WHERE a.id IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM search_measures").fetchone()[0] == indexed


def test_frames_and_comparison_keep_articles_that_name_no_place(tmp_path, segmenter):
    # an article no place is found for has NULL for its place; pandas may read the column as NaN
    # (a float), which the place clean-up once split as a string: `policykb compare` died on a real corpus
    from pipeline.report.compare import compare
    from pipeline.store import kb

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "unplaced.txt").write_text("关于加强年轻干部培养的几点思考\n各级组织部门要建立年轻干部成长档案，"
                                         "定期开展谈心谈话，选派年轻干部到基层一线锻炼。\n", encoding="utf-8")
    (corpus / "placed.txt").write_text("柳州市选派年轻干部驻村锻炼\n今年以来，柳州市委组织部选派120名年轻干部到村任职，"
                                       "建立驻村干部考核办法。\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db)
    with kb.open(db) as k:
        m = k.measures()
        assert m["place"].isna().any() and m["place"].notna().any()
    rep = compare(db, "province", out=tmp_path / "report")
    assert rep.tables
