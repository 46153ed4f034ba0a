"""spaCy: the DocBin export holds the knowledge base's spans; the registered component finds the same."""
from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
import pytest

from pipeline.store import reader
from pipeline.cli import cli

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def docs(sample_kb, tmp_path_factory):
    from spacy.tokens import DocBin

    import pipeline.report.spacy_export  # noqa: F401  (registers doc._.policykb for reading the user data)

    db, _ = sample_kb
    out = tmp_path_factory.mktemp("spacy")
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "spacy", "--out", str(out)])
    assert r.exit_code == 0 and "wrote 1 file" in r.output
    nlp = spacy.blank("zh")
    return list(DocBin().from_disk(out / "kb.spacy").get_docs(nlp.vocab))


def test_docbin_has_every_article_and_its_spans_match_the_kb(docs, sample_kb):
    db, _ = sample_kb
    c = reader.connect_readonly(db)
    assert len(docs) == c.execute("SELECT count(*) FROM articles").fetchone()[0]
    checked = 0
    for doc in docs:
        aid = doc._.policykb["article_id"]
        assert doc.text == c.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        for group, sql in [("figures", "SELECT text FROM figures WHERE article_id = ? AND start IS NOT NULL"),
                           ("measures", "SELECT text FROM measures WHERE article_id = ?"),
                           ("slogans", "SELECT text FROM slogans WHERE article_id = ? AND start IS NOT NULL"),
                           ("dates", "SELECT text FROM dates WHERE article_id = ? AND start IS NOT NULL"),
                           ("regions", "SELECT text FROM region_mentions WHERE article_id = ? AND start IS NOT NULL")]:
            assert sorted(s.text for s in doc.spans[group]) == sorted(t for (t,) in c.execute(sql, (aid,))), (aid, group)
            checked += len(doc.spans[group])
        cats = {(m, k) for m, k in c.execute("SELECT m.text, c.category FROM measures m JOIN measure_categories c"
                                              " ON c.measure_id = m.id WHERE m.article_id = ?", (aid,))}
        assert {(s.text, s.label_) for s in doc.spans["categories"]} == cats
        titles = [t for (t,) in c.execute("SELECT title FROM cited_documents WHERE article_id = ? AND start IS NOT NULL", (aid,))]
        assert all(any(t in s.text for s in doc.spans["documents"]) for t in titles)
    assert checked > 500
    assert any(s.label_ == "三个区分开来" for d in docs for s in d.spans["slogans"])
    assert any(len(s.label_) > 6 and s.label_.endswith(("区", "县", "市")) for d in docs for s in d.spans["regions"])


def test_the_component_yields_the_same_spans(docs):
    nlp = spacy.blank("zh")
    nlp.add_pipe("policykb", config={"model": ""})  # the sample KB is classified by the rules too
    for ref in docs:
        doc = nlp.make_doc(ref.text)
        doc._.policykb = {k: ref._.policykb.get(k) for k in ("title", "date", "source", "affiliation")}
        doc = nlp(doc)
        for group in ref.spans:
            got = [(s.start_char, s.end_char, s.label_) for s in doc.spans[group]]
            want = [(s.start_char, s.end_char, s.label_) for s in ref.spans[group]]
            assert got == want, (ref._.policykb["article_id"], group)


def test_the_factory_is_found_through_its_entry_point():
    """A fresh interpreter that never imports pipeline: spaCy finds the factory by its entry point."""
    code = ("import json, spacy; nlp = spacy.blank('zh'); nlp.add_pipe('policykb', config={'model': ''});"
            "doc = nlp('县委组织部今年选派35名年轻干部到乡镇挂职，落实“三个区分开来”要求。');"
            "print(json.dumps({k: [(s.text, s.label_) for s in v] for k, v in doc.spans.items()}, ensure_ascii=False))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    spans = json.loads(out.stdout.strip().splitlines()[-1])
    assert ["35名", "数据"] in spans["figures"]
    assert any(label == "三个区分开来" and text.startswith("三个区分开来") for text, label in spans["slogans"])
    assert spans["measures"] and spans["categories"]
