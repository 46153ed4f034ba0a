"""A measure id names one measure for good: a file removed takes its measures' ids out of use (a bookmark to
one must not show another region's measure), and the file put back takes them again; the same through a
fresh build (another codebook) that replaces the knowledge base meanwhile."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

import pipeline
from pipeline.build import build
from pipeline.search.web import create_app

CARE = ("某县出台关心关爱乡镇干部办法\n"
        "某县委组织部为全县乡镇干部建立健康档案，每年安排一次体检。县里对受到不实举报的干部及时澄清正名。\n")
EXAM = ("某市改进干部平时考核\n"
        "某市委组织部把平时考核结果按季度反馈给本人，考核优秀的干部优先提拔使用。全市今年办了3期年轻干部培训班。\n")
FAULT = ("某区推行容错纠错\n"
         "某区委印发容错纠错实施办法，对改革中出现的失误依规予以免责。区纪委监委今年对5起问题作出容错认定。\n")


def _measures(db) -> dict[int, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT id, text FROM measures"))
    finally:
        con.close()


def _build(corpus, db, **kw):
    build(corpus, db, jobs=1, model=None, cache=False, **kw)


def test_a_removed_files_measure_ids_are_never_given_to_another_measure(tmp_path, segmenter):
    corpus, db = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    (corpus / "care.txt").write_text(CARE, encoding="utf-8")
    (corpus / "exam.txt").write_text(EXAM, encoding="utf-8")
    _build(corpus, db)
    first = _measures(db)
    exam = {i: t for i, t in first.items() if "考核" in t or "培训班" in t}
    assert exam and max(exam) == max(first)  # (the removed file's measures hold the highest ids)

    (corpus / "exam.txt").unlink()
    _build(corpus, db)
    (corpus / "fault.txt").write_text(FAULT, encoding="utf-8")
    _build(corpus, db)
    now = _measures(db)
    assert not set(exam) & set(now)  # (before: the new file's measures took the removed one's ids)
    r = TestClient(create_app(db)).get(f"/api/measures/{min(exam)}/similar")
    assert r.status_code == 404 and "已被移除或修改" in r.json()["error"]

    (corpus / "exam.txt").write_text(EXAM, encoding="utf-8")  # (put back: the same text, the same article id)
    _build(corpus, db)
    back = _measures(db)
    assert {i: back[i] for i in exam} == exam
    assert all(back[i] == t for i, t in now.items())


def test_a_fresh_build_keeps_the_ids_of_files_removed_before_and_during_it(tmp_path, segmenter):
    corpus, db = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    for name, text in (("care.txt", CARE), ("exam.txt", EXAM), ("fault.txt", FAULT)):
        (corpus / name).write_text(text, encoding="utf-8")
    _build(corpus, db)
    first = _measures(db)
    exam = {i: t for i, t in first.items() if "考核" in t or "培训班" in t}
    fault = {i: t for i, t in first.items() if "容错" in t or "免责" in t}
    (corpus / "exam.txt").unlink()
    _build(corpus, db)  # (incremental: exam's ids retired)
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text((Path(pipeline.__file__).parent / "resources" / "codebook.yaml").read_text(encoding="utf-8")
                        + "\n# a copy: another codebook's hash, so a fresh build\n", encoding="utf-8")
    (corpus / "fault.txt").unlink()
    _build(corpus, db, codebook=codebook)  # (fresh: fault's ids retired by it, exam's carried over)
    assert set(_measures(db)) == set(first) - set(exam) - set(fault)

    (corpus / "fault.txt").write_text(FAULT, encoding="utf-8")  # (put back in the other order: no id by chance)
    _build(corpus, db, codebook=codebook)
    (corpus / "exam.txt").write_text(EXAM, encoding="utf-8")
    _build(corpus, db, codebook=codebook)
    assert _measures(db) == first
