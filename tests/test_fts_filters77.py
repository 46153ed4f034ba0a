"""A filter narrows a search and never reorders it (session 76, finding 12): the filter tokens are measure_fts's
second column, which the ranking weighs nothing.  In the text's column BM25 scored the filter token too, the more
for a short measure, and a researcher who chose a category or a province saw the same hits in another order.
Also: the incremental rebuild that takes measures out (a contentless table is given both columns back), and a
knowledge base of the schema before (its filter tokens among the bigrams): refused by the search with one line,
built afresh by the next build."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

# Two counties whose measures name 容错 (the tolerate category) in measures long and short, a third county's
# measures of other kinds, so that neither the word nor the category is in most measures (BM25 weighs both).
TEXTS = {
    "jiangle.txt": "将乐县为敢于担当的干部撑腰\n2024-03-05 来源：将乐县委组织部\n\n"
                   "　　福建省三明市将乐县出台措施，鼓励干部放开手脚干事创业。\n\n"
                   "　　将乐县对在招商引资中因政策界限不明出现偏差的干部予以容错，经容错认定的干部，年度考核、评先评优和"
                   "提拔使用均不受影响，容错结论由县纪委监委和县委组织部共同把关。\n\n"
                   "　　县委对基层干部的探索性失误实行容错。\n\n"
                   "　　将乐县每季度组织一次年轻干部业务培训，邀请专家讲授乡村振兴政策。\n\n"
                   "　　县委组织部建立干部实绩档案，按季度记录每名干部的工作成效。\n",
    "shexian.txt": "涉县明确容错纠错情形\n2023-11-20 来源：涉县融媒体中心\n\n"
                   "　　河北省邯郸市涉县制定容错纠错实施办法，列出八种可以容错的情形。\n\n"
                   "　　涉县对受到诫勉的干部开展回访谈心，帮助他们卸下思想包袱。\n\n"
                   "　　涉县选派30名干部到乡镇驻村，帮助村里发展特色产业。\n\n"
                   "　　涉县为驻村干部每人每月发放600元生活补贴。\n",
    "nongan.txt": "农安县建立年轻干部成长档案\n2023-06-12 来源：农安县委组织部\n\n"
                  "　　吉林省长春市农安县为全县年轻干部建立成长档案，记录培训经历和群众评价。\n\n"
                  "　　农安县委组织部每半年对年轻干部成长档案进行一次分析研判，把表现突出的列入重点培养对象。\n\n"
                  "　　农安县安排40名年轻干部到信访窗口轮岗，学习化解矛盾纠纷。\n\n"
                  "　　农安县对轮岗干部实行季度考评，考评结果记入个人档案。\n",
}

# (query, filter option, value): each filter keeps some of the query's hits and leaves out others or none
CASES = [("容错", "category", "tolerate"), ("容错", "province", "福建"), ("干部", "province", "福建"),
         ("干部", "category", "evaluate"), ("干部 档案", "province", "吉林")]


def _build(root, texts=TEXTS):
    from pipeline.build import build

    corpus = root / "corpus"
    corpus.mkdir(exist_ok=True)
    for file, text in texts.items():
        (corpus / file).write_text(text, encoding="utf-8")
    out = root / "kb.sqlite"
    return build(corpus, out, model=None), corpus, out


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return _build(tmp_path_factory.mktemp("fts77"))[2]


def _cli_ids(db, query, *args) -> list[int]:
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--format", "json", "--limit", "100", *args, query])
    assert r.exit_code == 0, r.output
    return [x["measure_id"] for x in json.loads(r.stdout)["results"]]


def _restricted(everything: list[int], some: list[int]) -> list[int]:
    kept = set(some)
    return [i for i in everything if i in kept]


@pytest.mark.parametrize("query, facet, value", CASES)
def test_a_filter_lists_the_hits_in_the_order_the_unfiltered_search_does(db, query, facet, value):
    everything = _cli_ids(db, query)
    some = _cli_ids(db, query, f"--{facet}", value)
    assert len(some) >= 2 and set(some) <= set(everything)  # (an order to keep)
    assert some == _restricted(everything, some)


def test_the_api_lists_filtered_hits_in_the_unfiltered_order(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    client = TestClient(create_app(db))

    def ids(**params):
        r = client.get("/api/search", params={"limit": 100, **params})
        assert r.status_code == 200, r.text
        return [x["measure_id"] for x in r.json()["results"]]

    for query, facet, value in CASES:
        everything, some = ids(q=query), ids(q=query, **{facet: value})
        assert len(some) >= 2 and some == _restricted(everything, some), (query, facet)
    both = ids(q="容错", category="tolerate", province="福建")  # (two filters at once: still the same order)
    assert len(both) >= 2 and both == _restricted(ids(q="容错"), both)


def test_the_article_search_keeps_its_order_under_a_filter_too(db):
    from pipeline.search import Filters, find_articles
    from pipeline.store import reader

    conn = reader.connect_readonly(db)
    try:
        everything = [a["article_id"] for a in find_articles(conn, "干部", limit=100).results]
        for f in (Filters(category="tolerate"), Filters(province="福建"), Filters(category="practice")):
            some = [a["article_id"] for a in find_articles(conn, "干部", f, limit=100).results]
            assert some and some == _restricted(everything, some), f
    finally:
        conn.close()


def test_filters_are_matched_in_their_own_column_only(db):
    """A filter token is in the filters' column, none in the text's; the vocabulary counts both as before."""
    conn = sqlite3.connect(db)
    try:
        assert not conn.execute("SELECT count(*) FROM measure_fts WHERE measure_fts MATCH 'body : \"§ttolerate\"'"
                                ).fetchone()[0]
        tolerate = conn.execute("SELECT count(*) FROM search_measures WHERE categories LIKE '% tolerate %'").fetchone()[0]
        assert conn.execute("SELECT doc FROM measure_vocab WHERE term = '§ttolerate'").fetchone()[0] == tolerate > 0
        assert conn.execute("SELECT doc FROM measure_vocab WHERE term = '容错'").fetchone()[0] == 3
    finally:
        conn.close()


# --- an incremental rebuild that takes measures out -------------------------------------------------------------------

def test_an_incremental_rebuild_removing_and_changing_files_leaves_the_index_a_fresh_build_makes(tmp_path, segmenter):
    from tests.test_scale import dump

    _, corpus, out = _build(tmp_path)
    (corpus / "shexian.txt").unlink()  # its measures taken out: every column given back to the delete
    changed = TEXTS["jiangle.txt"].replace("县委对基层干部的探索性失误实行容错。", "县委对基层干部在改革中的失误依规容错，不搞一刀切。")
    (corpus / "jiangle.txt").write_text(changed, encoding="utf-8")
    from pipeline.build import build

    assert build(corpus, out, model=None).mode == "incremental"
    again = tmp_path / "fresh.sqlite"
    build(corpus, again, model=None)
    a, b = dump(out), dump(again)
    for table in a.keys() | b.keys():
        assert a.get(table) == b.get(table), table
    vocab = dict(sqlite3.connect(out).execute("SELECT term, doc FROM measure_vocab").fetchall())
    assert "§p河北省" not in vocab and "§p福建省" in vocab and "探索" not in "".join(vocab)
    some = _cli_ids(out, "容错", "--category", "tolerate")
    assert some and some == _restricted(_cli_ids(out, "容错"), some)


# --- a knowledge base of the schema before ----------------------------------------------------------------------------

def _as_schema_8(db) -> None:
    """The knowledge base as schema 8 left it: the filter tokens among the bigrams of measure_fts's one column."""
    from pipeline.search import index as I

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = [(r["key"], " ".join(I.measure_entry(r)[1])) for r in conn.execute("SELECT * FROM search_measures")]
    conn.row_factory = None
    conn.executescript("DROP TABLE measure_vocab; DROP TABLE measure_fts;"
                       " CREATE VIRTUAL TABLE measure_fts USING fts5(body, content='',"
                       " tokenize=\"unicode61 categories 'L* N* M* P* S* Co'\");"
                       " CREATE VIRTUAL TABLE measure_vocab USING fts5vocab(measure_fts, row);"
                       " UPDATE meta SET value = '8' WHERE key = 'schema_version';")
    conn.executemany("INSERT INTO measure_fts(rowid, body) VALUES (?, ?)", rows)
    conn.commit()
    conn.close()


def test_an_old_schema_knowledge_base_is_refused_by_the_search_and_rebuilt_by_the_build(tmp_path, segmenter):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    _, corpus, out = _build(tmp_path)
    _as_schema_8(out)
    r = CliRunner().invoke(cli, ["search", "--db", str(out), "--category", "tolerate", "容错"])
    assert r.exit_code == 1 and "rebuild it" in r.output and "Traceback" not in r.output, r.output
    api = TestClient(create_app(out)).get("/api/search", params={"q": "容错", "province": "福建"})
    assert api.status_code == 400 and "旧版" in api.json()["error"]

    from pipeline.build import build

    assert build(corpus, out, model=None).mode == "full"  # (the same files and code: schema 8 alone says afresh)
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] != "8"
        assert [c[1] for c in conn.execute("PRAGMA table_info(measure_fts)")] == ["body", "filters"]
        # built afresh, not on top: no bigram row holds a filter token (the old column's rows are gone)
        assert not conn.execute("SELECT count(*) FROM measure_fts WHERE measure_fts MATCH 'body : \"§p福建省\"'"
                                ).fetchone()[0]
    finally:
        conn.close()
    some = _cli_ids(out, "容错", "--category", "tolerate")
    assert len(some) >= 2 and some == _restricted(_cli_ids(out, "容错"), some)
