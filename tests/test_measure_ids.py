"""A measure's id is what a link to it holds (?m=, /api/measures/N/similar, a CSV's 举措编号): a full build (new
code, codebook or model) gives the same measure of the same article the same id, numbers new measures past every
old id, and moves an old measure the new code cut otherwise to the measure at its place."""
from __future__ import annotations

import shutil
import sqlite3

from fastapi.testclient import TestClient

from pipeline.build import build
from pipeline.classify.codebook import default_codebook_path
from pipeline.search.web import create_app

LATER = ("某县为新录用公务员安排驻村锻炼\n"
         "县委组织部安排今年新录用的公务员到村里驻村锻炼半年，期满后由乡镇党委写出鉴定。\n")
FIRST = ("某市建立乡镇干部实绩档案\n"
         "某市为每名乡镇干部建立一本实绩档案，每季度由乡镇党委记录其完成重点任务的情况。\n"
         "档案作为年度考核和提拔使用的重要依据，表现突出的干部优先提拔。\n"
         "市里为在偏远乡镇工作满五年的干部每月增发300元补贴。\n")


def _measures(db) -> dict[tuple[str, str], int]:
    con = sqlite3.connect(db)
    try:
        return {(a, t): i for i, a, t in con.execute("SELECT id, article_id, text FROM measures")}
    finally:
        con.close()


def _other_codebook(tmp_path):
    codebook = tmp_path / "codebook.yaml"  # another codebook: a fresh build, not an incremental one
    shutil.copyfile(default_codebook_path(), codebook)
    with open(codebook, "a", encoding="utf-8") as f:
        f.write("\n# a local copy: the same categories\n")
    return str(codebook)


def _built(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    (corpus / "b_first.txt").write_text(FIRST, encoding="utf-8")
    build(corpus, db, jobs=1, model=None, cache=False)
    (corpus / "a_later.txt").write_text(LATER, encoding="utf-8")  # (a name before the first: read first afresh)
    assert build(corpus, db, jobs=1, model=None, cache=False).mode == "incremental"
    return corpus, db


def test_a_full_build_keeps_every_measures_id(tmp_path, segmenter):
    corpus, db = _built(tmp_path)
    before = _measures(db)
    assert len(before) >= 3
    report = build(corpus, db, jobs=1, model=None, cache=False, codebook=_other_codebook(tmp_path))
    assert report.mode == "full"
    assert _measures(db) == before
    (aid, _), mid = max(before.items(), key=lambda kv: kv[1])  # the one the incremental build numbered last
    c = TestClient(create_app(db), follow_redirects=False)
    assert c.get(f"/articles/{aid}?m={mid}").status_code == 200
    assert c.get(f"/api/measures/{mid}/similar").status_code == 200


def test_a_full_build_numbers_a_changed_measure_anew_and_moves_its_old_id(tmp_path, segmenter):
    corpus, db = _built(tmp_path)
    before = _measures(db)
    con = sqlite3.connect(db)  # (as new code would have cut it: another text at the same place)
    aid, idx, old = con.execute("SELECT article_id, idx, id FROM measures ORDER BY id LIMIT 1").fetchone()
    con.execute("UPDATE measures SET text = text || '（旧）' WHERE id = ?", (old,))
    con.commit()
    con.close()
    build(corpus, db, jobs=1, model=None, cache=False, codebook=_other_codebook(tmp_path))
    con = sqlite3.connect(db)
    [(now, now_idx)] = con.execute("SELECT id, idx FROM measures WHERE id NOT IN (SELECT value FROM json_each(?))",
                                   (str(list(before.values())),)).fetchall()
    assert now > max(before.values()) and now_idx == idx  # (never an id another measure had)
    assert _measures(db) == {k: (now if v == old else v) for k, v in before.items()}  # (every other one kept)
    assert con.execute("SELECT old_id, new_id FROM measure_moves").fetchall() == [(old, now)]
    con.close()
    r = TestClient(create_app(db), follow_redirects=False).get(f"/articles/{aid}?m={old}")
    assert r.status_code == 307 and r.headers["location"] == f"/articles/{aid}?m={now}"
    assert c_similar(db, old) == (307, f"/api/measures/{now}/similar?k=3")


def c_similar(db, mid: int) -> tuple[int, str | None]:
    r = TestClient(create_app(db), follow_redirects=False).get(f"/api/measures/{mid}/similar?k=3")
    return r.status_code, r.headers.get("location")


def test_the_similar_api_follows_a_measure_an_edit_of_its_file_moved(tmp_path, segmenter):
    corpus, db = _built(tmp_path)
    con = sqlite3.connect(db)
    [(mid, text)] = con.execute("SELECT id, text FROM measures WHERE article_id IN"
                                " (SELECT a.id FROM articles a JOIN documents d ON d.id = a.doc_id"
                                " WHERE d.path LIKE '%a_later.txt')").fetchall()
    con.close()
    (corpus / "a_later.txt").write_text(LATER + "鉴定结果记入本人档案。\n", encoding="utf-8")
    assert build(corpus, db, jobs=1, model=None, cache=False).mode == "incremental"
    now = _measures(db)[next(k for k in _measures(db) if k[1] == text)]
    assert now != mid
    assert c_similar(db, mid) == (307, f"/api/measures/{now}/similar?k=3")
    assert c_similar(db, now)[0] == 200
    assert c_similar(db, 10**6)[0] == 404
