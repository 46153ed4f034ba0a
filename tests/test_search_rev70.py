"""Search defects a code review reproduced (round 70): a count read on another version than the list,
queries that fail on the way to a zero result, offsets past any total, marks the highlighter missed."""
from __future__ import annotations

import threading

import pytest

from pipeline import search as S
from pipeline.build import build

# Three short articles of our own, dated apart; LATER is added by an incremental build.
ARTICLES = {
    "a.txt": "河湾县干部下沉\n来源：测试稿\n2019年3月5日\n\n河湾县组织40名机关干部下沉社区，帮助居民解决停车难题。\n"
             "县委要求干部每月走访困难家庭不少于两次。\n",
    "b.txt": "柳林镇培养干部\n来源：测试稿\n2020年6月8日\n\n柳林镇安排12名年轻干部到调解室轮岗，学习化解邻里纠纷。\n"
             "镇里对轮岗干部实行季度考评，结果记入档案。\n",
}
LATER = ("石桥区锻炼干部\n来源：测试稿\n2024年10月9日\n\n石桥区选派25名干部到园区企业驻点服务，为企业协调用工。\n"
         "区里为驻点干部设立专项经费，每年评估一次成效。\n")


@pytest.fixture
def small_kb(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, model=None)
    return corpus, db


def _warm_every_side_thread(conn) -> None:
    """Each thread of the pool a search counts on beside its caller gets a connection to the version ``conn``
    reads: the works wait for one another, so each runs on a thread of its own."""
    from pipeline.search import beside

    n = beside._pool._max_workers
    together = threading.Barrier(n)
    pending = [beside.Beside(conn, lambda c: together.wait(timeout=60)) for _ in range(n)]
    for p in pending:
        p.result()


def test_a_request_whose_snapshot_predates_an_in_place_build_counts_what_it_lists(small_kb):
    """The count made beside the request read the file as it is now (the thread's connection was kept
    for the same file, outside any read transaction) while the request listed its own snapshot: after
    an incremental build, total 6 with 4 listed."""
    from pipeline.search.web.state import KBPool

    corpus, db = small_kb
    pool = KBPool(str(db))
    conn = pool.acquire()  # a request begins: its snapshot is the version before the build
    try:
        before = S.search(conn, "干部", limit=100)
        _warm_every_side_thread(conn)
        (corpus / "c.txt").write_text(LATER, encoding="utf-8")
        assert build(corpus, db, model=None).mode == "incremental"
        after = S.search(conn, "干部", limit=100)
        assert after.total == len(after.results) == before.total
        years = {v["value"]: v["count"] for v in S.facets(conn, "干部")["year"].values}
        assert "2024" not in years and sum(years.values()) == before.total
    finally:
        pool.release(conn)
    fresh = pool.acquire()  # the next request reads the new version, count and list alike
    try:
        now = S.search(fresh, "干部", limit=100)
        assert now.total == len(now.results) > before.total
    finally:
        pool.release(fresh)


def test_suggestions_of_a_zero_result_search_never_turn_it_into_an_error(client, conn, sample_kb):
    """A suggestion may drop the only filter or the only word, leaving excluded words alone, which cannot
    be searched: such a suggestion is not made, and the search it was for is answered (it was a 400:
    只有排除词…)."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = client.get("/api/search", params={"q": "-提拔", "year": "1999"})
    assert r.status_code == 200 and r.json()["total"] == 0
    page = client.get("/", params={"q": "-提拔", "year": "1999"})
    assert page.status_code == 200 and "只有排除词" not in page.text
    r = client.get("/api/articles", params={"q": "年轻干部 -提拔"})
    assert r.status_code == 200 and r.json()["total"] > 0
    found = S.find_articles(conn, "年轻干部 -提拔")
    offered = [(t.query, t.filters) for t in S.suggest(conn, found, articles=True)]
    assert ("-提拔", {"group": "年轻干部"}) in offered  # (the article search below accepts it)
    db, _ = sample_kb
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--articles", "年轻干部", "-提拔"])
    assert out.exit_code == 0, out.output
    assert S.suggest(conn, S.search(conn, "-提拔", S.Filters(year="1999"))) == []


def test_an_article_search_takes_excluded_words_with_a_filter_as_the_measure_search_does(client, conn):
    """-提拔 with the group 年轻干部: the group's articles whose title and text do not hold 提拔 (a 400 for
    articles while the measure search answered it); excluded words alone are still asked to be joined by a
    word or a filter."""
    group = S.Filters(group="年轻干部")
    r = client.get("/api/articles", params={"q": "-提拔", "group": "年轻干部"})
    assert r.status_code == 200, r.text
    got = {a["article_id"] for a in r.json()["results"]}
    every = {a["article_id"] for a in S.find_articles(conn, "", group, limit=100).results}
    holding = {a["article_id"] for a in S.find_articles(conn, "提拔", group, limit=100).results}
    assert holding and got == every - holding and r.json()["total"] == len(got)
    assert client.get("/api/articles", params={"q": "-提拔"}).json()["error"].startswith("只有排除词")


def test_facets_of_excluded_words_and_one_filter_count_what_a_click_would_find(client, conn):
    """Each facet is counted without its own filter: with excluded words and that one filter, the words
    alone remained (the search page was a 400 for -提拔 with 对象 年轻干部, which /api/search answered)."""
    group = S.Filters(group="年轻干部")
    assert client.get("/", params={"q": "-提拔", "group": "年轻干部"}).status_code == 200
    values = S.facets(conn, "-提拔", group)["group"].values
    assert values
    for v in values:
        assert v["count"] == S.search(conn, "-提拔", S.Filters(group=v["value"])).total, v


def test_a_filter_matching_nothing_leaves_nothing_for_the_other_facets_to_count(conn):
    """A place no measure has gives no result, so a year or a category has none to offer either (they were
    counted as if that filter were absent: 2024 offered with measures, and clicking it found none).  The
    facet of the filter itself still lists its values, to pick one that is there."""
    f = S.Filters(province="月亮省", category="容错纠错")
    assert S.search(conn, "干部", f).total == 0
    got = S.facets(conn, "干部", f)
    assert got["year"].values == [] and got["year"].distinct == 0
    assert all(v["count"] == 0 for v in got["category"].values)  # (the chosen category, listed with none)
    assert got["province"].distinct > 0
    assert S.facet_values(conn, "city", "干部", f).distinct == 0


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x85"])
def test_a_control_character_in_the_query_is_read_as_a_space(client, conn, control):
    """A NUL inside a word reached FTS5 in its string and ended it (a 500 on the API and the page)."""
    apart = S.search(conn, "干部 考核").total
    assert apart > 0
    r = client.get("/api/search", params={"q": f"干部{control}考核"})
    assert r.status_code == 200 and r.json()["total"] == apart and r.json()["query"] == "干部 考核"
    assert client.get("/", params={"q": f"干部{control}考核"}).status_code == 200
    assert client.get("/api/articles", params={"q": f"干部{control}考核"}).status_code == 200


def test_the_sign_filter_tokens_begin_with_finds_nothing_in_particular(conn):
    """"§" in quotes was a term of one character, the prefix of every measure's filter tokens (§p福建省,
    §y2024 …): it matched all measures."""
    with pytest.raises(S.QueryError, match="没有可搜索的文字"):
        S.search(conn, '"§"')
    with pytest.raises(S.QueryError):
        S.search(conn, "§")
    assert S.search(conn, '干部 "§"').total == S.search(conn, "干部").total


HUGE = 10**20  # past SQLite's largest integer (2**63 - 1)


def test_an_offset_or_page_past_any_integer_sqlite_holds_gives_no_rows(client, conn, sample_kb):
    """An offset of twenty digits could not be given to SQLite (OverflowError): a 500 on the API and the
    page, a traceback on the command line.  Past the total there is nothing, as for any offset there."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    for q, f in (("", None), ("干部", None), ("", S.Filters(year="2024"))):
        res = S.search(conn, q, f, offset=HUGE)
        assert res.results == [] and res.total == S.search(conn, q, f).total > 0
    assert S.find_articles(conn, "干部", offset=HUGE).results == []
    assert S.find_articles(conn, "", S.Filters(year="2024"), offset=HUGE).results == []
    for path, params in (("/api/search", {"offset": HUGE}), ("/api/search", {"q": "干部", "offset": HUGE}),
                         ("/api/articles", {"q": "干部", "offset": HUGE})):
        r = client.get(path, params=params)
        assert r.status_code == 200 and r.json()["shown"] == 0 and r.json()["total"] > 0, (path, r.text)
    huge_page, far_page = client.get("/", params={"page": str(HUGE)}), client.get("/", params={"page": "9999"})
    assert huge_page.status_code == 200 and 'id="past-end"' in huge_page.text and 'id="past-end"' in far_page.text
    assert client.get(f"/api/measures/{HUGE}/similar").status_code == 404
    db, _ = sample_kb
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--offset", str(HUGE), "干部"])
    assert out.exit_code == 0 and f"none from --offset {HUGE} on" in out.output, out.output


def test_a_measure_number_written_in_other_digits_or_too_long_is_no_measure(small_kb):
    """?m=² on an id its file's edit replaced: "²".isdigit() holds, int("²") fails (a 500 on the article,
    its API and its original); and a number past SQLite's integers failed to convert."""
    import sqlite3

    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    corpus, db = small_kb

    def ids() -> set[str]:
        con = sqlite3.connect(db)
        try:
            return {a for (a,) in con.execute("SELECT id FROM articles")}
        finally:
            con.close()

    before = ids()
    (corpus / "a.txt").write_text(ARTICLES["a.txt"] + "街道为下沉干部配备工作手册。\n", encoding="utf-8")
    build(corpus, db, model=None)
    old = next(iter(before - ids()))
    c = TestClient(create_app(db), follow_redirects=False)
    for path in (f"/articles/{old}", f"/api/articles/{old}", f"/articles/{old}/original"):
        for m in ("²", "³", "٣", str(HUGE), f"-{HUGE}"):
            r = c.get(path, params={"m": m})
            assert r.status_code == 307, (path, m, r.status_code)
            assert c.get(r.headers["location"]).status_code == 200, (path, m)


@pytest.mark.parametrize("text, query, marked", [
    ("据镇里负责同志说明, 全镇这次共选派干部十八名。", '"说明,全镇这次"', "说明, 全镇这次"),  # the index drops white
    # space (in quotes: a comma between words is a space)
    ("鎮裡加強乾部隊伍……建設，成效漸顯。", "干部队伍", "乾部隊伍"),  # simplified as a phrase, after …… lengthened
    ("鎮裡加強乾部隊伍 建設。", "干部队伍 建设", "乾部隊伍"),
])
def test_what_the_index_matches_is_marked(text, query, marked):
    """The search found these measures but marked nothing in them: the highlighter looked for the words in
    the text with its white space, and simplified a text that NFKC lengthens a character at a time (乾 stays
    乾 alone; the index converts the line, where 乾部隊伍 is 干部队伍)."""
    from pipeline.search.tokens import normalize
    from pipeline.text.chars import without_spaces

    for term in S.parse(query).terms:  # (the search matches them: each inside the text the index makes bigrams of)
        assert without_spaces(normalize(term)) in without_spaces(normalize(text))
    assert f"<mark>{marked}</mark>" in S.highlight(text, query)
