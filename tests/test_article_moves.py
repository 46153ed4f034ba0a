"""An article's id names its file's content, so editing the file gives its articles new ids; a link or a
bookmark to the old id still leads to the article (a temporary redirect), through any number of edits,
until the file is removed; an id that is an article again (the old text restored) is itself."""
from __future__ import annotations

import sqlite3

from fastapi.testclient import TestClient

from pipeline.build import build
from pipeline.search.web import create_app
from tests.conftest import article_ids

FIRST = ("某县推出年轻干部“墩苗”计划\n"
         "某县今年选派46名年轻干部到信访、征拆一线墩苗锻炼，每人明确一名县级领导联系培养。\n")
OTHER = ("某市开展村干部学历提升行动\n"
         "某市与本地职业学院合作，今年资助320名村干部参加大专学历教育，学费由市财政补助七成。\n")


def _built(tmp_path):
    """Two files built into a knowledge base: (corpus folder, knowledge base)."""
    corpus, db = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    build(corpus, db, jobs=1, model=None, cache=False)
    return corpus, db


def _client(db) -> TestClient:
    return TestClient(create_app(db), follow_redirects=False)


def test_an_edited_files_old_article_ids_lead_to_its_new_article(tmp_path, segmenter):
    corpus, db = _built(tmp_path)
    first = article_ids(db)["a.txt"]

    (corpus / "a.txt").write_text(FIRST + "挂职期满后，组织部门将逐一考察他们的表现。\n", encoding="utf-8")
    build(corpus, db, jobs=1, model=None, cache=False)
    second = article_ids(db)["a.txt"]
    assert second != first
    c = _client(db)
    r = c.get(f"/articles/{first}?similar=1")  # (a parameter the page reads: one it does not is a 400)
    assert r.status_code == 307 and r.headers["location"] == f"/articles/{second}?similar=1"
    assert c.get(f"/articles/{first}/original").headers["location"] == f"/articles/{second}/original"
    r = c.get(f"/api/articles/{first}")
    assert r.status_code == 307 and r.headers["location"] == f"/api/articles/{second}"
    assert _client(db).get(f"/api/articles/{first}", follow_redirects=True).json()["id"] == second
    assert c.get("/articles/0000000000000000-0").status_code == 404

    (corpus / "a.txt").write_text(FIRST + "考察结果作为今后提拔使用的重要依据。\n", encoding="utf-8")
    build(corpus, db, jobs=1, model=None, cache=False)
    third = article_ids(db)["a.txt"]
    c = _client(db)
    assert [c.get(f"/articles/{i}").headers.get("location") for i in (first, second)] == [f"/articles/{third}"] * 2

    (corpus / "a.txt").write_text(FIRST, encoding="utf-8")  # the first text back: its id is an article again
    build(corpus, db, jobs=1, model=None, cache=False)
    assert article_ids(db)["a.txt"] == first
    c = _client(db)
    assert c.get(f"/articles/{first}").status_code == 200
    assert c.get(f"/articles/{third}").headers["location"] == f"/articles/{first}"

    (corpus / "a.txt").unlink()  # the file removed: its ids lead nowhere
    build(corpus, db, jobs=1, model=None, cache=False)
    c = _client(db)
    assert [c.get(f"/articles/{i}").status_code for i in (first, second, third)] == [404] * 3
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM article_moves").fetchone()[0] == 0


def test_moves_survive_a_fresh_build_and_a_file_edited_meanwhile_is_moved_by_it(tmp_path, segmenter):
    import shutil

    from pipeline.classify.codebook import default_codebook_path

    corpus, db = _built(tmp_path)
    first = article_ids(db)
    (corpus / "a.txt").write_text(FIRST + "挂职期满后，组织部门将逐一考察他们的表现。\n", encoding="utf-8")
    build(corpus, db, jobs=1, model=None, cache=False)
    second = article_ids(db)

    (corpus / "b.txt").write_text(OTHER + "学历提升期间，学员的误工补贴照常发放。\n", encoding="utf-8")
    codebook = tmp_path / "codebook.yaml"  # another codebook: a fresh build, not an incremental one
    shutil.copyfile(default_codebook_path(), codebook)
    with open(codebook, "a", encoding="utf-8") as f:
        f.write("\n# a comment: the same categories, another file\n")
    report = build(corpus, db, jobs=1, model=None, cache=False, codebook=str(codebook))
    assert report.mode == "full"
    third = article_ids(db)
    c = _client(db)
    assert c.get(f"/articles/{first['a.txt']}").headers.get("location") == f"/articles/{second['a.txt']}"
    assert c.get(f"/articles/{first['b.txt']}").headers.get("location") == f"/articles/{third['b.txt']}"
    assert c.get(f"/articles/{second['a.txt']}").status_code == 200


def test_an_article_of_a_knowledge_base_built_before_manifests_still_shows(sample_kb, tmp_path):
    import shutil

    db = tmp_path / "old.sqlite"
    shutil.copyfile(sample_kb[0], db)
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE articles RENAME COLUMN from_manifest TO unknown_to_schema_6")  # (no such column then)
    con.execute("DROP TABLE article_moves")
    aid = con.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    con.commit()
    con.close()
    c = _client(db)
    assert c.get(f"/articles/{aid}").status_code == 200
    assert c.get(f"/api/articles/{aid}").json()["from_manifest"] == []
    assert c.get("/articles/0000000000000000-0").status_code == 404


def test_a_chosen_measure_follows_its_article_to_its_new_number(tmp_path, segmenter):
    corpus, db = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FIRST, encoding="utf-8")
    build(corpus, db, jobs=1, model=None, cache=False)
    con = sqlite3.connect(db)
    [(aid, mid, text)] = con.execute("SELECT article_id, id, text FROM measures").fetchall()
    con.close()
    (corpus / "a.txt").write_text(FIRST.replace("计划\n", "计划\n某县组织部日前召开专题会议，部署年轻干部培养工作。\n"),
                                  encoding="utf-8")  # (a measure before it: its place in the article changes)
    build(corpus, db, jobs=1, model=None, cache=False)
    con = sqlite3.connect(db)
    [(now_aid, now_mid)] = con.execute("SELECT article_id, id FROM measures WHERE text = ?", (text,)).fetchall()
    con.close()
    assert now_mid != mid
    r = _client(db).get(f"/articles/{aid}?m={mid}&similar=1")
    assert r.headers["location"] == f"/articles/{now_aid}?m={now_mid}&similar=1"
