"""Search, the staff page and its API, downloads, and the CLI search: syntax, filters, facets, guidance."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

from click.testing import CliRunner
import pytest

from pipeline.store import reader
from pipeline import search as S
from pipeline.search import index, query, tokens
from pipeline.cli import cli
from tests.conftest import built_from_texts


@pytest.fixture(scope="module")
def twin_kb(tmp_path_factory, segmenter):
    """Two districts named 鼓楼区 (Nanjing's and Fuzhou's), written for this test."""
    return built_from_texts(tmp_path_factory, "twins", {"nj.txt": (
        "江苏省南京市鼓楼区：社区书记轮岗交流\n来源：测试稿\n2022年3月1日\n\n"
        "江苏省南京市鼓楼区今年组织12名社区书记跨街道轮岗交流。\n"
        "鼓楼区委组织部为轮岗干部建立成长档案，每季度谈心谈话一次。\n"),
        "fz.txt": (
        "福建省福州市鼓楼区：年轻干部到街道墩苗\n来源：测试稿\n2023年5月6日\n\n"
        "福建省福州市鼓楼区选派20名年轻干部到街道一线墩苗历练。\n"
        "鼓楼区对墩苗干部实行双导师帮带，期满考核优秀的优先使用。\n")})


# --- the index: every substring, traditional, ranking ----------------------------------------

@pytest.mark.parametrize("term", ["干部", "容错", "挂职", "驻村", "考核", "提拔", "选调", "补贴"])
def test_two_character_queries_find_every_substring_hit(conn, term):
    """The bigram index returns exactly the measures that contain the term."""
    truth = {i for i, t in conn.execute("SELECT id, text FROM measures") if term in t}
    got = S.search(conn, term, limit=500)
    assert truth, term
    assert got.total == len(truth)
    assert {r["measure_id"] for r in got.results} == truth


def test_bigram_index_matches_across_jieba_boundaries(conn):
    truth = {i for i, t in conn.execute("SELECT id, text FROM measures") if "容错纠错" in t}
    assert {r["measure_id"] for r in S.search(conn, "容错纠错", limit=500).results} == truth
    c = sqlite3.connect(":memory:")
    c.executescript(index.INDEX_SCHEMA)
    c.execute("INSERT INTO measure_fts(rowid, body) VALUES (1, ?)", (tokens.index_text("他从容错过了末班车"),))
    assert c.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?", (S.parse("容错").expression(),)).fetchall()


def test_traditional_query_finds_the_same(conn):
    a = S.search(conn, "容错纠错", limit=100)
    b = S.search(conn, "容錯糾錯", limit=100)
    assert a.total == b.total > 0 and [r["measure_id"] for r in a.results] == [r["measure_id"] for r in b.results]


def test_ranking_and_snippets(conn):
    res = S.search(conn, "驻村第一书记", limit=5)
    scores = [r["score"] for r in res.results]
    assert scores == sorted(scores, reverse=True)
    assert all("<mark>驻村第一书记</mark>" in r["snippet"] for r in res.results)


# --- query syntax -----------------------------------------------------------------------------

def _ids(conn, q, **f):
    return {r["measure_id"] for r in S.search(conn, q, S.Filters(**f), limit=1000).results}


def _containing(conn, word):
    return {i for i, t in conn.execute("SELECT id, text FROM measures") if word in S.normalize(t)}


def test_space_means_and_or_means_either_minus_excludes(conn):
    both = _containing(conn, "干部") & _containing(conn, "考核")
    assert both and _ids(conn, "干部 考核") == both
    either = _containing(conn, "驻村") | _containing(conn, "挂职")
    assert _ids(conn, "驻村 OR 挂职") == either
    assert _ids(conn, "干部 -考核") == _containing(conn, "干部") - _containing(conn, "考核")
    assert _ids(conn, "干部 驻村 OR 挂职") == _containing(conn, "干部") & either


def test_quotes_make_one_phrase_with_its_spaces_and_operators_literal(conn):
    q = S.parse('"驻村 第一书记" -"OR"')
    assert [t.text for c in q.clauses for t in c] == ["驻村 第一书记"] and [t.text for t in q.exclude] == ["OR"]
    assert _ids(conn, '"驻村 第一书记"') == _ids(conn, "驻村第一书记") != set()


@pytest.mark.parametrize("q, same_as", [("容错*", "容错"), ("^干部", "干部"), ("(挂职)", "挂职"), ("干部\"\"", "干部"),
                                        ("“容错纠错”", "容错纠错"), ("考核。", "考核")])
def test_punctuation_at_a_words_edge_is_ignored(conn, q, same_as):
    assert S.search(conn, q).total == S.search(conn, same_as).total > 0


@pytest.mark.parametrize("q", ['"容错', "容错 AND 纠错", "驻村*", "干部 NOT", "(挂职)", "干部\"\"", "a:b", "x NEAR y", "{col}:干部"])
def test_user_input_never_reaches_fts_syntax(conn, q):
    assert S.search(conn, q, limit=5).total >= 0  # no FTS5 syntax error: every term is quoted by the module


@pytest.mark.parametrize("q", ['"', "***", "OR", "   "])
def test_nothing_to_search_is_a_friendly_error(conn, q):
    if not q.strip():
        assert S.search(conn, q).order == "date"
        return
    with pytest.raises(S.QueryError, match="请输入"):
        S.search(conn, q)


def test_exclusion_alone_asks_for_a_word(conn):
    with pytest.raises(S.QueryError, match="排除词"):
        S.search(conn, "-问责")
    assert S.search(conn, "-问责", S.Filters(province="福建省")).total > 0


def test_the_syntax_is_the_same_in_api_cli_and_page(client, sample_kb):
    db, _ = sample_kb
    q = "干部 驻村 OR 挂职 -补贴"
    api = client.get("/api/search", params={"q": q, "limit": 1000}).json()
    out = CliRunner().invoke(cli, ["search", q, "--db", str(db), "--format", "json", "--limit", "1000"])
    assert out.exit_code == 0, out.output
    assert api["total"] == json.loads(out.stdout)["total"] > 0
    page = client.get("/", params={"q": q})
    assert f"<strong>{api['total']}</strong>" in page.text
    assert "OR＝任一" in page.text and "-词＝排除" in page.text  # the page explains the syntax


def test_the_cli_takes_the_query_as_the_shell_splits_it(client, sample_kb):
    # `policykb search 干部 -补贴` as typed: the excluded word is a word of the query, not an unknown option
    db, _ = sample_kb
    api = client.get("/api/search", params={"q": "干部 驻村 OR 挂职 -补贴", "limit": 1000}).json()
    out = CliRunner().invoke(cli, ["search", "干部", "驻村", "OR", "挂职", "-补贴", "--db", str(db), "--format", "json",
                                   "--limit", "1000"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["total"] == api["total"] > 0
    typo = CliRunner().invoke(cli, ["search", "干部", "--provnce", "福建", "--db", str(db)])
    assert typo.exit_code == 2 and "No such option: --provnce" in typo.output and "Did you mean --province?" in typo.output


def test_dropping_a_filter_is_offered_under_the_name_its_chip_shows(conn):
    # the offer read 去掉筛选 类别“tolerate” while the chip said 容错纠错
    r = S.search(conn, "驻村", S.Filters(category="tolerate"))
    offers = [s.text for s in S.suggest(conn, r)] if r.total == 0 else []
    assert r.total == 0 and any("类别“容错纠错”" in t for t in offers) and not any("tolerate" in t for t in offers)


def test_facets_keep_their_order_and_count_what_they_leave_out(conn):
    # a selected facet moved to the end of the sidebar; a selected value past the top was counted as left out
    chosen = S.search(conn, "干部", limit=1).results[0]["region"]["province"]
    fs = S.facets(conn, "干部", S.Filters(category="select", province=chosen), 1)
    assert list(fs) == [f for f in S.FACETS if f in fs]
    p = fs["province"]
    assert p.more == p.distinct - sum(1 for v in p.values if v["count"])


def test_or_written_in_small_letters_is_or(conn):
    assert S.search(conn, "驻村 or 挂职").total == S.search(conn, "驻村 OR 挂职").total > S.search(conn, "驻村").total


# --- filters read as people type them -------------------------------------------------------------

def test_filters_accept_short_names_codes_labels_and_year_ranges(conn):
    fj = S.search(conn, "", S.Filters(province="福建省")).total
    assert fj > 0 and S.search(conn, "", S.Filters(province="福建")).total == fj
    assert S.search(conn, "", S.Filters(province="35")).total == fj
    assert S.search(conn, "", S.Filters(province="北京")).total == S.search(conn, "", S.Filters(province="北京市")).total > 0
    tol = S.search(conn, "", S.Filters(category="tolerate")).total
    assert tol > 2 and S.search(conn, "", S.Filters(category="容错纠错")).total == tol
    part = S.search(conn, "", S.Filters(category="容错"))  # part of a name: used, and said so
    assert part.total == tol and part.notes[0].kind == "read_as" and "容错纠错" in part.notes[0].message
    assert not S.search(conn, "", S.Filters(province="福建")).notes  # a suffix left off needs no remark
    years = [int(y) for (y,) in conn.execute("SELECT DISTINCT year FROM search_measures WHERE year IS NOT NULL")]
    lo, hi = min(years), max(years)
    n = conn.execute("SELECT count(*) FROM search_measures WHERE year BETWEEN ? AND ?", (lo, lo + 1)).fetchone()[0]
    assert S.search(conn, "", S.Filters(year=f"{lo}-{lo + 1}")).total == n
    assert S.search(conn, "", S.Filters(year=f"{lo}年至{lo + 1}年")).total == n
    assert S.search(conn, "", S.Filters(year=str(hi))).total == conn.execute(
        "SELECT count(*) FROM search_measures WHERE year = ?", (hi,)).fetchone()[0]


def test_a_filter_matching_nothing_says_why_and_offers_the_nearest(conn):
    res = S.search(conn, "", S.Filters(category="nonsense"))
    assert res.total == 0 and res.notes and res.notes[0].kind == "unknown"
    assert "nonsense" in res.notes[0].message and res.notes[0].choices
    res = S.search(conn, "", S.Filters(province="福建有"))
    assert res.notes[0].choices[0].label == "福建省"
    res = S.search(conn, "", S.Filters(province="南京市"))  # a real city, not a province, absent from the sample
    assert "南京" in res.notes[0].message and "地市" in res.notes[0].message
    with pytest.raises(S.QueryError, match="年份"):
        S.search(conn, "", S.Filters(year="abc"))


def test_same_named_places_stay_apart(twin_kb):
    c = reader.connect_readonly(twin_kb)
    counties = {v["label"]: v for v in S.facets(c, None)["county"].values}
    assert {"南京市鼓楼区", "福州市鼓楼区"} <= set(counties), counties
    nj = S.search(c, "", S.Filters(county="南京市鼓楼区"), limit=100)
    assert nj.total and all(r["region"]["city"] == "南京市" for r in nj.results)
    assert S.search(c, "", S.Filters(county="江苏省南京市鼓楼区")).total == nj.total
    assert S.search(c, "", S.Filters(county=counties["南京市鼓楼区"]["value"])).total == nj.total
    both = S.search(c, "", S.Filters(county="鼓楼区"), limit=100)
    assert both.total == nj.total + S.search(c, "", S.Filters(county="福州市鼓楼区")).total
    assert both.notes[0].kind == "several" and {x.label for x in both.notes[0].choices} == {"南京市鼓楼区", "福州市鼓楼区"}
    assert {r["region"]["label"] for r in both.results} == {"南京市鼓楼区", "福州市鼓楼区"}


# --- facets: every value, exact counts (more in test_facets.py) -------------------------------------

def test_facets_list_every_value_with_exact_counts(conn, monkeypatch):
    monkeypatch.setattr(query, "RANK_ALL", 5)  # far fewer than the matches: counts must still be exact
    fs = {f: fv.values for f, fv in S.facets(conn, "干部", limit=1000).items()}
    provinces = {p for (p,) in conn.execute("SELECT DISTINCT province FROM search_measures s JOIN measures m"
                                            " ON m.id = s.measure_id WHERE s.province IS NOT NULL AND instr(m.text, '干部')")}
    assert {v["value"] for v in fs["province"]} == provinces and len(provinces) > 15
    for v in fs["province"]:
        truth = conn.execute("SELECT count(*) FROM search_measures WHERE province = ? AND instr(text, '干部')",
                             (v["value"],)).fetchone()[0]
        assert v["count"] == truth, v
    cats = {v["value"]: v["count"] for v in fs["category"]}
    truth = dict(conn.execute("SELECT c.category, count(*) FROM measure_categories c JOIN measures m ON m.id = c.measure_id"
                              " WHERE instr(m.text, '干部') GROUP BY c.category").fetchall())
    assert cats == truth


def test_a_facet_ignores_its_own_filter(conn):
    fs = {f: fv.values for f, fv in S.facets(conn, "干部", S.Filters(province="福建省")).items()}
    assert len(fs["province"]) > 1  # other provinces stay reachable
    assert {v["value"] for v in fs["county"]} <= {p for (p,) in conn.execute(
        "SELECT '福建省/' || city || '/' || county FROM search_measures WHERE province = '福建省'")}


def test_results_beyond_the_window_follow_by_date(conn, monkeypatch):
    monkeypatch.setattr(query, "RANK_ALL", 10)
    res = S.search(conn, "干部", limit=30, offset=10)
    assert res.order == "relevance_window" and len(res.results) == 30
    dates = [r["date"] or "" for r in res.results]
    assert dates == sorted(dates, reverse=True)
    only = S.search(conn, "", S.Filters(category="care"), limit=100).results
    assert [r["date"] or "" for r in only] == sorted((r["date"] or "" for r in only), reverse=True)


# --- guidance: suggestions, the cap ------------------------------------------------------------------

def test_the_category_of_the_same_name_is_offered(conn):
    res = S.search(conn, "容错纠错")
    tips = S.suggest(conn, res)
    cat = S.search(conn, "", S.Filters(category="tolerate")).total
    assert any(t.filters == {"category": "tolerate"} and t.n == cat and not t.query for t in tips)
    assert cat > res.total


def test_zero_results_offer_a_shorter_query_and_the_words_apart(conn):
    res = S.search(conn, "驻村第一书记补贴发放")
    assert res.total == 0
    tips = S.suggest(conn, res)
    assert any(t.query == "驻村第一书记" for t in tips)
    apart = [t for t in tips if t.query.startswith("驻村第一书记 ")]
    assert apart and all(S.search(conn, t.query).total == t.n > 0 for t in tips)
    res = S.search(conn, "干部", S.Filters(province="福建省", category="nonsense"))
    assert any(t.filters == {"province": "福建省"} for t in S.suggest(conn, res))


def test_one_cap_everywhere(client, sample_kb):
    db, _ = sample_kb
    r = client.get("/api/search", params={"q": "干部", "limit": S.MAX_RESULTS + 1})
    assert r.status_code == 400 and "10,000" in r.json()["error"]
    assert client.get("/api/search", params={"q": "干部", "limit": S.MAX_RESULTS}).status_code == 200
    out = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--limit", str(S.MAX_RESULTS + 1)])
    assert out.exit_code == 2 and "10000" in out.output


def test_cli_says_how_many_it_shows_and_how_to_see_more(sample_kb):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--limit", "5"])
    assert r.exit_code == 0
    total = S.search(reader.connect_readonly(db), "干部").total
    assert f"{total:,} measures match; showing 1-5" in r.output and "--offset 5" in r.output and f"--limit {total}" in r.output
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--offset", "5", "--limit", "5", "-q"])
    assert "showing" not in r.output and r.stdout.count("\n    ") == 5


def test_cli_filters_explain_themselves(sample_kb):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--province", "福建"])
    assert r.exit_code == 0 and "福建省" in r.output
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--category", "nonsense"])
    assert r.exit_code == 1 and "没有类别为“nonsense”" in r.output and "考核评价" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--year", "abc"])
    assert r.exit_code == 1 and "2020-2023" in r.output
    r = CliRunner().invoke(cli, ["search", "容错纠错机制创新", "--db", str(db)])
    assert r.exit_code == 0 and "0 measures match" in r.output and "try: policykb search 容错纠错" in r.output


def test_article_search_takes_the_filters_and_the_offset(client, sample_kb, conn):
    # the filters, --offset and --format csv were ignored: every filter gave the same first articles
    db, _ = sample_kb
    every = client.get("/api/articles", params={"q": "干部", "limit": 1000}).json()["results"]
    tibet = client.get("/api/articles", params={"q": "干部", "province": "西藏", "limit": 1000}).json()["results"]
    assert 0 < len(tibet) < len(every)
    in_tibet = {r["article_id"] for r in S.search(conn, "", S.Filters(province="西藏"), limit=1000).results}
    assert {a["article_id"] for a in tibet} <= in_tibet
    second = client.get("/api/articles", params={"q": "干部", "limit": 2, "offset": 2}).json()["results"]
    assert [a["article_id"] for a in second] == [a["article_id"] for a in every[2:4]]
    r = CliRunner().invoke(cli, ["search", "干部", "--articles", "--province", "西藏", "--format", "csv", "-q",
                                 "--limit", "1000", "--db", str(db)])
    assert r.exit_code == 0 and r.stdout.lstrip("\ufeff").splitlines()[0].startswith("文章编号,日期,文章标题")  # (headed as --lang says, as the measures' CSV)
    assert len(r.stdout.splitlines()) == len(tibet) + 1
    r = CliRunner().invoke(cli, ["search", "干部", "--articles", "--province", "火星", "--db", str(db)])
    assert r.exit_code == 1 and "火星" in r.output


def test_the_original_text_marks_the_chosen_measure(client, conn):
    # the original view marked the whole article (a one-article file: the whole page) and dropped the measure
    import html as _html
    import re

    hit = S.search(conn, "驻村", limit=1).results[0]
    art, mid = hit["article_id"], hit["measure_id"]
    page = client.get(f"/articles/{art}", params={"m": mid}).text
    assert f"/articles/{art}/original?m={mid}" in page
    original = client.get(f"/articles/{art}/original", params={"m": mid}).text
    marked = _html.unescape(re.search(r'<mark id="span">(.*?)</mark>', original, re.S).group(1))
    row = conn.execute("SELECT orig_start, orig_end FROM measures WHERE id = ?", (mid,)).fetchone()
    assert 0 < len(marked) == row["orig_end"] - row["orig_start"] and 'id="article-span"' in original
    whole = client.get(f"/articles/{art}/original").text
    assert 'id="article-span"' not in whole and len(re.search(r'<mark id="span">(.*?)</mark>', whole, re.S).group(1)) > len(marked)


def test_the_api_docs_work_without_the_internet_and_list_the_parameters(client):
    # FastAPI's page loads Swagger UI from a CDN: with no internet it stayed white; and the handlers read their
    # parameters from the request, so the spec listed none
    docs = client.get("/api/docs").text
    assert "cdn." not in docs and "/static/swagger/swagger-ui-bundle.js" in docs
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    names = [p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]]
    assert {"q", "province", "category", "year", "limit", "offset", "facets"} <= set(names)
    assert "q" in [p["name"] for p in spec["paths"]["/api/articles"]["get"]["parameters"]]
    named = {path: {p["name"] for p in ops.get("get", {}).get("parameters", [])} for path, ops in spec["paths"].items()}
    assert {"prefix", "contains", "limit", "offset", "q"} <= named["/api/facets/{name}"]
    assert "k" in named["/api/measures/{measure_id}/similar"]
    assert {"q", "lang", "province"} <= named["/export.{fmt}"]


def test_a_page_past_the_last_points_to_the_last(client):
    # page=999 showed 显示第 19961–19960 条 and only a link back one page, to another empty page
    total = client.get("/api/search", params={"q": "干部"}).json()["total"]
    last = -(-total // 20)
    page = client.get("/", params={"q": "干部", "page": 999}).text
    assert 'id="past-end"' in page and f"page={last}" in page and "19961" not in page
    assert 'id="past-end"' not in client.get("/", params={"q": "干部", "page": last}).text


def test_a_pasted_paragraph_is_searched_within_the_length_it_reads(client):
    # 8,000 characters held the server for two minutes; 200 are more than any query of words needs: a longer query
    # is searched by its words within them, and says so (it was a 400, 搜索词太长)
    r = client.get("/api/search", params={"q": "干部工作" * 60})
    assert r.status_code == 200 and "只搜了前 200 字里的词" in r.json()["query_note"]
    assert "只搜了前" not in client.get("/api/search", params={"q": "干部工作" * 50}).json()["query_note"]
    page = client.get("/", params={"q": "干部工作" * 60})
    assert "只搜了前 200 字里的词" in page.text


def test_a_county_name_several_counties_hold_is_told_as_all_of_them(sample_kb):
    # --county takes every county of the name: when none is in the knowledge base, the note names them all
    # (it once named the first and said "it" had no measures, as if the name were one place)
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--county", "西湖区"])
    assert r.exit_code == 1 and "浙江省杭州市西湖区" in r.output and "江西省南昌市西湖区" in r.output
    assert "同名2处" in r.output
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--county", "海淀区"])
    assert r.exit_code == 1 and "北京市海淀区（区县），知识库里没有地区在这里的举措" in r.output
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--county", "海淀"])  # written short, as the filter takes it
    assert r.exit_code == 1 and "“海淀”是北京市海淀区（区县）" in r.output


def test_cli_search_formats(sample_kb):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["search", "容错", "--db", str(db), "--format", "json", "--limit", "3", "-q"])
    assert r.exit_code == 0 and json.loads(r.stdout)["total"] >= 1
    r = CliRunner().invoke(cli, ["search", "驻村", "--db", str(db), "--format", "csv", "--province", "西藏", "-q"])
    assert r.exit_code == 0 and r.stdout.lstrip("\ufeff").splitlines()[0].startswith("举措编号,文章编号")
    r = CliRunner().invoke(cli, ["search", "驻村", "--db", str(db), "--format", "csv", "--lang", "id", "-q"])
    assert r.stdout.lstrip("\ufeff").splitlines()[0].startswith("measure_id,article_id")
    r = CliRunner().invoke(cli, ["search", "***", "--db", str(db)])
    assert r.exit_code == 1 and "请输入" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["search", "干部", "--db", "/nonexistent/kb.sqlite"])
    assert r.exit_code == 1 and "no knowledge base" in r.output


def test_article_search(client, sample_kb):
    r = client.get("/api/articles", params={"q": "容错纠错"})
    assert r.status_code == 200 and r.json()["results"]
    db, _ = sample_kb
    out = CliRunner().invoke(cli, ["search", "三个区分开来", "--articles", "--db", str(db)])
    assert out.exit_code == 0 and out.output.strip()


# --- the page and the API -------------------------------------------------------------------------------

def test_api_contract(client):
    r = client.get("/api/search", params={"q": "容错纠错", "limit": 3})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 1 and body["shown"] == len(body["results"]) and body["order_note"]
    hit = body["results"][0]
    for key in ("measure_id", "text", "snippet", "article_id", "title", "date", "region", "categories", "figures", "slogans"):
        assert key in hit
    assert hit["region"]["name"] and all(c["name"] and c["id"] for c in hit["categories"])
    assert any(s["filters"] == {"category": "tolerate"} for s in body["suggestions"])
    a = client.get(f"/api/articles/{hit['article_id']}").json()
    assert a["id"] == hit["article_id"] and any(m["measure_id"] == hit["measure_id"] for m in a["measures"])
    r = client.get("/api/search", params={"q": "干部", "province": "福建", "category": "容错纠错", "facets": "1"})
    assert r.json()["total"] and all(x["region"]["province"] == "福建省" for x in r.json()["results"])
    assert {"value", "label", "count"} <= set(r.json()["facets"]["province"][0])


def test_api_errors_are_chinese_json(client):
    r = client.get("/api/search", params={"year": "abc"})
    assert r.status_code == 400 and "年份" in r.json()["error"]
    r = client.get("/api/search", params={"q": "*** OR"})
    assert r.status_code == 400 and "请输入" in r.json()["error"]
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and "没有编号" in r.json()["error"] and "detail" not in r.json()
    r = client.get("/api/measures/abc/similar")
    assert r.status_code == 400 and "参数" in r.json()["error"]
    r = client.get("/api/search", params={"province": "火星"})
    assert r.status_code == 200 and r.json()["total"] == 0 and r.json()["notes"][0]["choices"]


@pytest.mark.parametrize("path, params", [
    ("/api/search", {"offset": "-1"}), ("/api/search", {"page": "0"}), ("/api/search", {"facets": "yes"}),
    ("/api/facets/city", {"limit": "many"}), ("/api/facets/city", {"offset": "-3"}),
    ("/api/articles", {"q": "干部", "offset": "-2"}), ("/api/measures/1/similar", {"k": "0"}),
])
def test_a_refused_api_parameter_is_a_400_naming_it(client, path, params):
    # offset=-1 or facets=yes used to be moved into range or dropped without a word
    r = client.get(path, params=params)
    name = next(iter(k for k in params if k != "q"))
    assert r.status_code == 400 and f"参数 {name}" in r.json()["error"] and "\n" not in r.json()["error"]


@pytest.mark.parametrize("path, params", [
    ("/", {"q": "干部", "page": "x"}), ("/", {"q": "干部", "page": "-4"}), ("/facets/city", {"page": "0"}),
])
def test_a_page_number_a_page_cannot_read_is_the_first_page_with_a_note(client, path, params):
    # /?page=abc answered 200 with the message inside the search page; then a 400 error page, which lost the query
    # from its box while the README says pages never refuse: the first page, with a note naming the parameter
    # (tests/test_web_page71.py)
    r = client.get(path, params=params)
    assert r.status_code == 200 and 'data-note="bad-value">参数 page' in r.text and 'id="error-page"' not in r.text


def test_a_query_the_page_refuses_is_a_400_too(client):
    r = client.get("/", params={"year": "去年"})
    assert r.status_code == 400 and 'class="error"' in r.text and "年份" in r.text


def test_a_filter_given_twice_is_read_as_the_sidebar_reads_it_and_said(client):
    # ?year=2019&year=2020 quietly became 2020 alone; picking a second year in the sidebar replaces the
    # first too, so the last value stays, now with a note on the page and in the API
    years = [v["value"] for v in client.get("/api/facets/year").json()["values"]][:2]
    assert len(years) == 2
    pair = [("year", years[0]), ("year", years[1])]
    both = client.get("/api/search", params=[("q", "干部"), *pair]).json()
    last = client.get("/api/search", params={"q": "干部", "year": years[1]}).json()
    assert both["total"] == last["total"]
    note = both["notes"][0]
    assert note["kind"] == "repeated" and note["given"] == years[1] and years[0] in note["message"]
    page = client.get("/", params=[("q", "干部"), *pair])
    assert page.status_code == 200 and 'data-note="repeated"' in page.text and years[0] in page.text
    assert not client.get("/api/search", params={"q": "干部", "year": years[1]}).json()["notes"]


def test_an_article_found_says_where_it_is_from_and_how_it_begins(client, conn):
    # /api/articles gave id, title and date alone: an untitled, undated article could not be told apart
    found = client.get("/api/articles", params={"q": "容错纠错", "limit": 50}).json()["results"]
    assert found
    for a in found:
        assert {"source", "region", "url", "snippet"} <= set(a) and "<mark>" in a["snippet"]
        assert len(a["snippet"].replace("<mark>", "").replace("</mark>", "")) <= 82
        row = conn.execute("SELECT r.province FROM regions r WHERE r.article_id = ?", (a["article_id"],)).fetchone()
        assert (a["region"]["path"] or "").startswith(row[0] if row and row[0] else "")
    newest = client.get("/api/articles", params={"province": "福建", "limit": 1}).json()["results"][0]
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (newest["article_id"],)).fetchone()[0]
    assert newest["snippet"].rstrip("…") == text.replace("\n", " ")[:len(newest["snippet"].rstrip("…"))]


@pytest.mark.parametrize("facet, forms", [
    ("city", ["南京", "南京市", "江苏省南京市", "3201", "320100"]),
    ("county", ["南京市鼓楼区", "江苏省南京市鼓楼区", "320106", "320106000000"]),
])
def test_a_place_with_no_measures_is_explained_whether_written_short_full_or_as_a_code(conn, sample_kb, facet, forms):
    # 福州市鼓楼区 or 350102 (a place the gazetteer knows, with no measure here) got unrelated "nearest"
    # names, while 鼓楼区 or 福州 were said to be a real place with no measures
    from pipeline.search.catalog import catalog

    cat = catalog(conn)
    assert not any("南京" in x.label for x in cat.values.get(facet, [])), "the sample has no measure of Nanjing"
    said = []
    for given in forms:
        notes = S.resolve(cat, S.Filters(**{facet: given})).notes
        assert len(notes) == 1 and notes[0].kind == "unknown", given
        said.append(notes[0].message.replace(f"“{given}”", "“…”"))
    assert "南京市" in said[0] and "最接近" not in said[0]
    assert said == said[:1] * len(forms)
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(sample_kb[0]), f"--{facet}", forms[-1]])
    assert r.exit_code != 0 and said[0].replace("“…”", f"“{forms[-1]}”") in r.output


def test_the_search_help_example_with_a_county_finds_measures_in_the_sample(sample_kb):
    # the help's own example found nothing on the shipped sample knowledge base
    import shlex

    help_text = CliRunner().invoke(cli, ["search", "--help"]).output
    line = next(x.strip() for x in help_text.splitlines() if "--county" in x and x.strip().startswith("policykb search"))
    args = shlex.split(line)[1:] + ["--db", str(sample_kb[0]), "--format", "json"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["results"]


def test_dropping_a_span_of_years_is_offered_as_the_span_typed(conn):
    # 2020-2023 that held only 2023 was offered back as 去掉筛选 年份“2023”
    from pipeline.search.catalog import catalog

    years = sorted(int(y.value) for y in catalog(conn).values["year"])
    span = f"{years[0] - 3}-{years[0]}"  # one year of the knowledge base in it
    place = next(v["value"] for v in S.facet_values(conn, "county", "干部", limit=1000).values
                 if not S.search(conn, "干部", S.Filters(county=v["value"], year=span)).total)
    res = S.search(conn, "干部", S.Filters(county=place, year=span))
    offered = [s.text for s in S.suggest(conn, res) if "year" not in s.filters]
    assert offered and all(f"年份“{span}”" in t for t in offered)


def test_similar_measures_of_an_unknown_measure_is_a_404(client, conn):
    # an unknown measure answered 200 with no neighbours, as if it existed
    r = client.get("/api/measures/99999999/similar")
    assert r.status_code == 404 and "99999999" in r.json()["error"]
    known = conn.execute("SELECT id FROM measures LIMIT 1").fetchone()[0]
    assert client.get(f"/api/measures/{known}/similar").status_code == 200


def test_unknown_pages_get_a_chinese_404_page(client):
    for path in ("/articles/nope", "/articles/nope/original", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "没有找到" in r.text and 'lang="zh-CN"' in r.text and '"detail"' not in r.text
    assert client.get("/export.sqlite").status_code == 404


def test_zero_results_page_guides_instead_of_offering_downloads(client):
    page = client.get("/", params={"q": "容错纠错机制创新"})
    assert page.status_code == 200 and 'id="no-results"' in page.text
    assert "下载" not in page.text and "更短的词" in page.text and "容错纠错" in page.text
    page = client.get("/", params={"category": "nonsense"})
    assert "没有类别为" in page.text and 'data-note="unknown"' in page.text


def test_page_facets_offer_every_value(client, conn):
    page = client.get("/")
    n = conn.execute("SELECT count(DISTINCT province) FROM search_measures WHERE province IS NOT NULL").fetchone()[0]
    assert page.text.count('data-facet="province"') == n > 15  # fewer than the facet limit: all on the page
    assert "另 " in page.text and 'class="facet-filter"' in page.text
    assert "更多…" in page.text  # the slogans, more than the limit, are on their own page (test_facets.py)


def test_page_article_original_and_downloads(client):
    page = client.get("/", params={"q": "驻村第一书记"})
    assert page.status_code == 200 and "<mark>驻村第一书记</mark>" in page.text
    assert "下载 CSV" in page.text and "按相关度排序" in page.text
    hit = client.get("/api/search", params={"q": "驻村第一书记"}).json()["results"][0]
    art = client.get(f"/articles/{hit['article_id']}", params={"m": hit["measure_id"], "similar": 1})
    assert art.status_code == 200 and '<mark id="measure">' in art.text and "查看原文" in art.text
    assert not any(f"{c['name']} 0." in art.text for c in hit["categories"])  # no raw model scores on chips
    orig = client.get(f"/articles/{hit['article_id']}/original")
    assert orig.status_code == 200 and '<mark id="span">' in orig.text
    assert "/" not in orig.text.split("原文件：")[1].split("（")[0]  # the file's name, not the server's path


def test_downloads_are_chinese_and_typed(client):
    total = client.get("/api/search", params={"q": "驻村"}).json()["total"]
    csv_ = client.get("/export.csv", params={"q": "驻村"})
    rows = list(csv.reader(io.StringIO(csv_.text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["举措编号", "文章编号", "文章标题"] and len(rows) == total + 1
    assert csv_.headers["X-Total-Count"] == str(total)
    cats = rows[0].index("类别")
    assert all(":" not in r[cats] and not any(ch.isdigit() for ch in r[cats]) for r in rows[1:])
    assert all(r[0].isdigit() for r in rows[1:])
    en = client.get("/export.csv", params={"q": "驻村", "lang": "en"}).text.lstrip("\ufeff")
    assert en.startswith("measure_id,article_id")  # lang=en: the field names, as export --lang en writes them
    assert client.get("/export.csv", params={"q": "驻村", "lang": "id"}).text.lstrip("\ufeff") == en
    import openpyxl

    xlsx = client.get("/export.xlsx", params={"q": "驻村"})
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert ws.title == "举措" and ws.cell(1, 1).value == "举措编号"
    assert isinstance(ws.cell(2, 1).value, int)
    dates = [ws.cell(r, 4).value for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value is not None]
    assert dates and all(hasattr(d, "year") for d in dates)


def test_values_are_escaped_in_the_page(tmp_path, segmenter):
    """An article carrying <script> and a malicious title is shown as text."""
    from fastapi.testclient import TestClient

    from pipeline.build import build
    from pipeline.search.web import create_app

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        '<script>alert("t")</script>县委选派干部\n来源:<img src=x onerror=alert(1)>报\n\n'
        '县委选派干部驻村<script>alert("x")</script>,提拔<b>年轻</b>干部12名。\n', encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    build(corpus, db, model=None)
    c = TestClient(create_app(db))
    page = c.get("/", params={"q": "选派"})
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text
    hit = c.get("/api/search", params={"q": "选派"}).json()["results"][0]
    art = c.get(f"/articles/{hit['article_id']}", params={"m": hit["measure_id"]})
    assert "<script>alert" not in art.text and "<img src=x" not in art.text and "<b>年轻" not in art.text
    orig = c.get(f"/articles/{hit['article_id']}/original")
    assert "<script>alert" not in orig.text
    assert "<script>alert" not in c.get("/", params={"q": '<script>alert("q")</script>'}).text


def test_similar_measures_come_from_other_regions(conn):
    r = S.search(conn, "挂职", limit=1).results[0]
    near = S.similar(conn, r["measure_id"], 5)
    assert near and all(x["region"]["path"] != r["region"]["path"] for x in near)


def test_database_is_opened_read_only(sample_kb):
    db, _ = sample_kb
    c = reader.connect_readonly(db)
    with pytest.raises(sqlite3.OperationalError):
        c.execute("DELETE FROM measures")


def test_article_search_api_gives_what_measure_search_gives(client):
    body = client.get("/api/articles", params={"q": "干部", "limit": 2}).json()
    assert {"total", "offset", "results", "notes", "suggestions"} <= body.keys()
    assert body["total"] >= len(body["results"]) and body["offset"] == 0
    assert all({"article_id", "title", "date", "source", "region", "url", "snippet"} <= r.keys() for r in body["results"])
    none = client.get("/api/articles", params={"q": "火星基地"}).json()
    assert none["total"] == 0 and none["results"] == []
