"""The filters, their notes and the article tab after the session-75 web tester: a village's code or name in a place
filter, a city named like a province or a district, a place only a measure names, the article tab's counts and
hints, the article search's limit, years written in words or as a list."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

# A town with one of its villages named, a county of 吉林省, Beijing's 朝阳区, and a county whose measure names a
# township of another province (岔沟镇, of 辽宁省海城市) where its cadres go to learn
TEXTS = {
    "fangcheng.txt": "广阳镇推行村干部坐班值守制度\n2024-04-08 来源：方城县委组织部\n\n　　河南省南阳市方城县广阳镇在全镇推行村干部坐班值守制度，方便群众办事。\n\n"
                     "　　广阳镇新集村建立村干部轮流坐班制度，每天安排一名村干部在便民服务室值守，群众事项当日登记、限时办结。\n\n"
                     "　　广阳镇党委每月对各村坐班情况进行督查，督查结果纳入村干部绩效考核。\n",
    "nongan.txt": "农安县建立年轻干部成长档案\n2023-06-12 来源：农安县委组织部\n\n　　吉林省长春市农安县为全县年轻干部建立成长档案，记录培训、实绩和群众评价。\n\n"
                  "　　农安县委组织部每半年对年轻干部成长档案进行一次分析研判，把表现突出的年轻干部列入重点培养对象。\n",
    "chaoyang.txt": "朝阳区加强社区工作者培训\n2024-06-14 来源：朝阳区委组织部\n\n　　北京市朝阳区围绕提升社区工作者履职能力，开展分层分类培训。\n\n"
                    "　　朝阳区委社会工作部每季度举办一期社区书记培训班，邀请优秀社区书记讲授群众工作方法。\n",
    "changting.txt": "长汀县组织乡镇干部外出跟班学习\n2023-09-20 来源：长汀县委组织部\n\n　　福建省龙岩市长汀县组织乡镇干部外出学习基层治理经验。\n\n"
                     "　　长汀县选派20名乡镇干部赴外省跟班学习三个月，其中5名干部到岔沟镇学习乡村产业发展的做法。\n\n"
                     "　　长汀县委组织部对跟班学习干部实行鉴定考核，考核优秀的优先提拔使用。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "web75b", TEXTS)


@pytest.fixture(scope="module")
def own(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(db))


def _cli(db, *args):
    return CliRunner().invoke(cli, ["search", *args, "--db", str(db), "--format", "json"])


# --- 13: the article search's limit error speaks of articles ---------------------------------------------------------

def test_the_article_search_limit_error_counts_articles(own, db):
    r = own.get("/api/articles", params={"limit": 10001})
    assert r.status_code == 400
    assert "篇文章" in r.text and "举措" not in r.text, r.text
    assert "举措" in own.get("/api/search", params={"limit": 10001}).text


# --- 2 and 10: a village's code or name in a place filter: the place holding it at that level ------------------------

def _village_code(db) -> str:
    from conftest import sql_rows

    [(code,)] = sql_rows(db, "SELECT DISTINCT code FROM region_mentions WHERE name = '新集村'")
    assert "V" in code
    return code


@pytest.mark.parametrize("facet, unit", [("province", "河南省"), ("city", "南阳市"), ("county", "方城县"),
                                         ("township", "广阳镇")])
def test_a_village_code_filters_by_the_unit_holding_it_at_each_level(db, own, facet, unit):
    # the county, city and province filters said they filtered by the village's township, and found nothing
    code = _village_code(db)
    want = own.get("/api/search", params={facet: unit}).json()["total"]
    assert want == 3
    r = own.get("/api/search", params={facet: code}).json()
    assert r["total"] == want, r["notes"]
    assert unit in r["notes"][0]["message"] and r["notes"][0]["kind"] == "read_as"
    assert own.get("/api/articles", params={facet: code}).json()["total"] == 1
    out = _cli(db, f"--{facet}", code)
    assert out.exit_code == 0 and out.output.count('"measure_id"') == want, out.output


@pytest.mark.parametrize("facet", ["township", "county"])
def test_a_village_name_the_articles_mention_filters_by_its_place(db, own, facet):
    # 新集村 in the township filter was 'no township of that name', though its code filtered by its township
    r = own.get("/api/search", params={facet: "新集村"}).json()
    assert r["total"] == 3 and r["notes"][0]["kind"] == "read_as", r["notes"]
    assert "广阳镇新集村" in r["notes"][0]["message"]
    page = own.get("/articles", params={facet: "新集村"}).text
    assert "广阳镇推行村干部坐班值守制度" in page
    out = _cli(db, f"--{facet}", "新集村")
    assert out.exit_code == 0 and out.output.count('"measure_id"') == 3, out.output


# --- 4: a city named like a province or a district of the knowledge base is said to be the city it is --------------

@pytest.mark.parametrize("given, city, other", [("吉林", "吉林省吉林市", "吉林省"), ("朝阳", "辽宁省朝阳市", "北京市朝阳区")])
def test_a_real_city_of_the_name_is_not_denied(db, own, given, city, other):
    # city=吉林 said “吉林”是省份，不是地市, city=朝阳 是区县，不是地市: 吉林市 and 朝阳市 are prefecture-level cities
    [note] = own.get("/api/search", params={"city": given}).json()["notes"]
    assert city in note["message"] and "不是地市" not in note["message"], note
    assert other in [c["label"] for c in note["choices"]]
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--city", given])
    assert city in r.output and "not a city" not in r.output, r.output


def test_a_name_of_another_level_only_is_still_said_so(own):
    [note] = own.get("/api/search", params={"city": "农安县"}).json()["notes"]
    assert "不是地市" in note["message"] and note["choices"][0]["label"] == "农安县"


# --- 9: a place no article is of, but a measure names: its name offered as a word ----------------------------------

def test_a_place_only_a_measure_names_is_offered_as_a_word(db, own):
    # township=岔沟镇 said no measure is of the place and offered only dropping the filter; q=岔沟镇 finds the measure
    r = own.get("/api/search", params={"township": "岔沟镇"}).json()
    assert r["total"] == 0
    assert {"q": "岔沟镇", "filters": {}, "count": 1} in [{k: s[k] for k in ("q", "filters", "count")} for s in r["suggestions"]]
    assert "/?q=%E5%B2%94%E6%B2%9F%E9%95%87" in own.get("/", params={"township": "岔沟镇"}).text
    r = own.get("/api/articles", params={"township": "岔沟镇"}).json()
    assert [s["count"] for s in r["suggestions"] if s["q"] == "岔沟镇"] == [1]
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--township", "岔沟镇"])
    assert "policykb search 岔沟镇" in out.output, out.output
    # (with words: the words and the name together)
    r = own.get("/api/search", params={"township": "岔沟镇", "q": "跟班"}).json()
    assert "跟班 岔沟镇" in [s["q"] for s in r["suggestions"]]
    # (a name of another level of the knowledge base: its note offers that value, no word)
    r = own.get("/api/search", params={"city": "农安县"}).json()
    assert all(s["q"] != "农安县" for s in r["suggestions"])


# --- 11: the article tab's notes count articles -------------------------------------------------------------------

def test_the_article_tab_notes_count_articles(db, own):
    from conftest import sql_rows

    # /articles?category=关爱 said 关心关爱（142） above 50 articles: the measures' count
    [(cat, measures, articles)] = sql_rows(db, "SELECT c.category, count(*), count(DISTINCT m.article_id) FROM"
                                               " measure_categories c JOIN measures m ON m.id = c.measure_id"
                                               " GROUP BY c.category ORDER BY count(*) DESC, c.category LIMIT 1")
    assert measures > articles
    [(name,)] = sql_rows(db, "SELECT name_zh FROM categories WHERE id = ?", cat)
    for given in ("xyz", name[:2]):  # (the values with most articles; the value read by part of its name)
        r = own.get("/api/articles", params={"category": given}).json()
        [note] = r["notes"]
        assert {c["value"]: c["count"] for c in note["choices"]}[cat] == articles, note
    assert {c["value"]: c["count"] for c in own.get("/api/search", params={"category": "xyz"}).json()["notes"][0]["choices"]}[cat] == measures
    assert f"{name}（{articles}）" in own.get("/articles", params={"category": name[:2]}).text


# --- 12: the article tab with filters and no words: no word to shorten, and the filter to drop ----------------------

def test_the_article_tab_without_words_offers_dropping_the_filter(db, own):
    from pipeline import search as S
    from pipeline.store import reader

    # /articles?county=龙岩市 said 换一个更短的词，或去掉一些筛选 with no words typed, and no 去掉筛选 link (the search
    # page has one)
    page = own.get("/articles", params={"county": "龙岩市"}).text
    assert "去掉筛选 区县“龙岩市”：4 篇" in page and "换一个更短的词" not in page
    r = own.get("/api/articles", params={"county": "龙岩市"}).json()
    assert r["total"] == 0 and [s["count"] for s in r["suggestions"] if s["filters"] == {}] == [4]
    conn = reader.connect_readonly(db)
    nothing = S.find_articles(conn, "", S.Filters(county="龙岩市"))
    assert S.NOTHING_ZH[S.nothing_found(conn, nothing, [])] == "去掉一些筛选，或换一个筛选值。"
    words = S.find_articles(conn, "干部", S.Filters(county="龙岩市"))
    assert "更短的词" in S.NOTHING_ZH[S.nothing_found(conn, words, [])]


# --- 16: a year written in words or as a list: read, and said how --------------------------------------------------

@pytest.mark.parametrize("given", ["二〇二三", "二零二三年", "2023年度"])
def test_a_year_in_another_form_is_said_as_read(own, given):
    # these filtered by 2023 with no note, while 2024-05 said 按 2024 年筛选
    r = own.get("/api/search", params={"year": given}).json()
    assert r["total"] == own.get("/api/search", params={"year": "2023"}).json()["total"] == 5
    assert [n["message"] for n in r["notes"]] == [f"年份“{given}”按 2023 年筛选。"]
    assert not own.get("/api/search", params={"year": "2023"}).json()["notes"]  # (as written: nothing to say)


def test_years_as_a_list_are_any_of_them(db, own):
    # 2023、2024 was refused though the error's examples are written so
    r = own.get("/api/search", params={"year": "2023、2024"}).json()
    assert r["total"] == 10 and "2023 年、2024 年" in r["notes"][0]["message"], r
    assert own.get("/api/articles", params={"year": "2023，2024"}).json()["total"] == 4
    out = _cli(db, "--year", "2024、2030")
    assert out.exit_code == 0 and out.output.count('"measure_id"') == 5, out.output
    assert own.get("/api/search", params={"year": "2023、某年"}).status_code == 400
