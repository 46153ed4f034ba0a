"""Search as the session-71 web tester met it: a former place name as a filter, place names and traditional forms
in the query, a township only mentioned, invisible characters and long sentences pasted, quoted slogans, the facet
page's lookup and heading, and what a search finding nothing says."""
from __future__ import annotations

from click.testing import CliRunner
import pytest

from pipeline import search as S
from pipeline.cli import cli
from pipeline.store import reader
from tests.conftest import built_from_texts

# Five short articles of our own: a county and a prefecture under their names of today (海门区, 普洱市: once 海门市,
# 思茅市), a county whose two towns are only mentioned (姚庄镇), a prefecture with a slogan, and one written in
# traditional characters (著力 there is 着力 once simplified).
ARTICLES = {
    "a.txt": "海门区多措并举激励干部担当作为\n来源：江海晚报\n2024年3月6日\n\n"
             "江苏省南通市海门区委组织部出台激励干部担当作为十条措施，推动干部在项目一线比拼实绩。\n"
             "区里每季度开展一次实绩晾晒，晾晒结果作为年度考核的重要依据，考核优秀的干部优先提拔使用。\n"
             "海门区建立容错纠错机制，对干部在改革探索中出现的失误，经认定后予以免责。\n"
             "区委组织部为基层干部建立关爱档案，每年安排一次健康体检和一次谈心谈话。\n",
    "b.txt": "普洱市加强年轻干部培养\n来源：边城日报\n2023年5月10日\n\n"
             "云南省普洱市委组织部实施年轻干部墩苗计划，每年选派一批年轻干部到乡镇和村任职锻炼。\n"
             "普洱市为挂职锻炼的年轻干部配备导师，导师每月听取一次工作汇报并给予指导。\n"
             "市里把挂职期间的表现作为年轻干部提拔的重要参考，表现突出的优先进入后备干部库。\n",
    "c.txt": "嘉善县推动干部下沉一线\n来源：禾城日报\n2022年8月18日\n\n"
             "浙江省嘉兴市嘉善县委组织部推动机关干部下沉一线，全县共选派二百名干部到村社蹲点。\n"
             "嘉善县在姚庄镇和西塘镇先行试点，蹲点干部每周在村社工作不少于三天。\n"
             "县里把蹲点表现纳入干部年度考核，连续两年考核优秀的给予嘉奖。\n"
             "嘉善县还为蹲点干部发放交通补贴，每月标准为二百元。\n",
    "d.txt": "龙岩市为敢于担当的干部撑腰\n来源：闽西日报\n2021年11月2日\n\n"
             "福建省龙岩市委出台容错纠错实施办法，坚持“三个区分开来”，为敢于担当的干部撑腰鼓劲。\n"
             "龙岩市对受到诬告错告的干部及时澄清正名，帮助干部放下包袱。\n"
             "市委组织部每年评选一批担当作为好干部，评选结果向社会公开。\n",
    "e.txt": "城口縣選派幹部駐村幫扶\n來源：山城日報\n2020年6月9日\n\n"
             "重慶市城口縣委組織部著力打造一支懂農業、愛農村的駐村幹部隊伍，每年選派五十名幹部駐村。\n"
             "縣裏為駐村幹部發放生活補助，每月標準為五百元，並購買人身意外保險。\n"
             "駐村幹部每年接受一次集中培訓，培訓內容包括產業發展和基層治理。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "search71", ARTICLES)


@pytest.fixture(scope="module")
def kb(db):
    return reader.connect_readonly(db)


@pytest.fixture(scope="module")
def web(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(db))


def _cli(db, *args: str):
    return CliRunner().invoke(cli, ["search", "--db", str(db), *args])


def _offers(conn, q: str, **filters):
    res = S.search(conn, q, S.Filters(**filters))
    return res, [(s.query, s.filters, s.n) for s in S.suggest(conn, res)]


# --- 1. a former name as a filter is the unit of today ---------------------------------------------------------

@pytest.mark.parametrize("facet, old, new", [("county", "海门市", "海门区"), ("city", "思茅市", "普洱市")])
def test_a_former_name_filters_by_the_unit_of_today_with_a_note(kb, facet, old, new):
    """海门市 (海门区 since 2020) and 思茅市 (普洱市 since 2007) found nothing, and the note, which knew the unit of
    today, said the knowledge base had no measures for it."""
    today = S.search(kb, "", S.Filters(**{facet: new}))
    res = S.search(kb, "", S.Filters(**{facet: old}))
    assert res.total == today.total > 0
    (note,) = res.notes
    assert note.kind == "read_as" and "旧" in note.message and new in note.message and "没有" not in note.message
    assert [c.label for c in note.choices] == [new]


def test_a_former_name_is_read_so_in_the_cli_the_api_and_the_page(db, web):
    r = _cli(db, "--county", "海门市")
    assert r.exit_code == 0, r.output
    assert "4 measures match" in r.stderr and "海门区" in r.stderr
    body = web.get("/api/search", params={"county": "海门市"}).json()
    assert body["total"] == 4 and body["notes"][0]["kind"] == "read_as"
    assert web.get("/api/facets/city", params={"county": "海门市"}).json()["values"][0]["count"] == 4
    page = web.get("/", params={"county": "海门市"}).text
    assert "旧区划名" in page and "共 <strong>4</strong> 条举措" in page


# --- 2. a place typed into the query is offered as its filter ---------------------------------------------------

@pytest.mark.parametrize("q, words, facet, place", [
    ("龙岩 干部", "干部", "city", "龙岩市"),
    ("福建 容错纠错", "容错纠错", "province", "福建省"),
    ("龙岩干部", "干部", "city", "龙岩市"),  # (written against the words, as a year is)
    ("海门", "", "county", "海门区"),
])
def test_a_place_named_in_the_query_is_offered_as_its_filter_with_its_count(kb, q, words, facet, place):
    """Years in the query were offered as the year filter; a place's name was only searched as a word (the measures
    that write it), never offered as the place's filter."""
    _, offers = _offers(kb, q)
    want = S.search(kb, words, S.Filters(**{facet: place})).total
    assert want > 0 and (words, {facet: place}, want) in offers


def test_a_place_already_filtered_or_a_one_letter_word_is_not_offered(kb):
    assert all(facet != "city" for _, f, _ in _offers(kb, "龙岩 干部", city="龙岩市")[1] for facet in f)
    assert all(not f for _, f, _ in _offers(kb, "闽 干部")[1])


# --- 3. the query is simplified as the text stage simplifies the stored text ------------------------------------

@pytest.mark.parametrize("q", ["著力打造", "著力", "城口縣 著力"])
def test_a_word_written_in_both_scripts_finds_what_a_traditional_page_became(kb, q):
    """A traditional page's 著力打造 is stored as 着力打造 (the text stage reads its line as traditional); the query
    著力打造, whose characters are simplified ones too, was searched as written and found nothing."""
    res = S.search(kb, q)
    assert res.total == 1 and "<mark>着力" in res.results[0]["snippet"]


def test_a_word_with_a_simplified_character_is_searched_as_simplified():
    # (traditional's conversion of a simplified text makes 显著 显着: never searched so)
    from pipeline.search.tokens import readings

    assert readings("显著") == ("显著",) and readings("干部") == ("干部",)
    assert readings("著力打造") == ("著力打造", "着力打造") and readings("陜西") == ("陜西", "陕西")


# --- 4. a township only mentioned: its county and the levels above are offered ---------------------------------

def test_a_township_only_mentioned_offers_its_county_and_the_levels_above_with_counts(db, kb, web):
    """姚庄镇 is named in an article of 嘉善县 (the article's region): the filter said the knowledge base had no
    measures for it and offered only its province."""
    county = S.search(kb, "", S.Filters(county="嘉善县")).total
    for q in ("", "蹲点"):
        (note,) = S.search(kb, q, S.Filters(township="姚庄镇")).notes
        assert [(c.facet, c.label) for c in note.choices[:3]] == [("county", "嘉善县"), ("city", "嘉兴市"), ("province", "浙江省")]
        assert [c.n for c in note.choices[:3]] == [S.search(kb, q, S.Filters(county="嘉善县")).total] * 3
        assert "嘉善县（区县）" in note.message
    r = _cli(db, "--township", "姚庄镇")
    assert r.exit_code == 1 and f"--county 嘉善县 ({county})" in r.output, r.output
    choices = web.get("/api/search", params={"township": "姚庄镇"}).json()["notes"][0]["choices"]
    assert choices[0] == {"facet": "county", "value": "浙江省/嘉兴市/嘉善县", "label": "嘉善县", "count": county}
    assert f"区县：嘉善县（{county}）" in web.get("/", params={"township": "姚庄镇"}).text


# --- 5. characters that show nothing, inside the query -----------------------------------------------------------

@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_an_invisible_character_inside_the_query_is_dropped_as_at_its_ends(kb, web, invisible):
    """容错\u200b纠错 (pasted from a page or a chat) found nothing, and offered 容错纠错, which looks the same."""
    want = S.search(kb, "容错纠错").total
    assert want > 0
    res = S.search(kb, f"容错{invisible}纠错")
    assert res.total == want and res.query.terms == ["容错纠错"]
    assert web.get("/api/search", params={"q": f"容错{invisible}纠错 干部"}).json()["total"] == S.search(kb, "容错纠错 干部").total
    assert S.search(kb, "", S.Filters(city=f"龙{invisible}岩")).total == S.search(kb, "", S.Filters(city="龙岩")).total


# --- 6. a long sentence pasted whole ----------------------------------------------------------------------------

# (our own sentence, in the way of a policy text: its 、 and ， make it eight clauses, every one required)
SENTENCE = ("坚持把实绩晾晒和年度考核结合起来、把容错纠错和澄清正名贯通起来，推动干部在项目一线比拼实绩，"
            "为年轻干部配备导师，给蹲点干部发放交通补贴，让敢于担当的干部放下包袱")


def test_a_pasted_sentence_is_offered_its_clauses_and_fewer_words_with_counts(kb, web):
    """A sentence of some eighty characters found nothing and offered nothing (dropping one clause of eight finds
    nothing either), and the page said to remove filters though none was set."""
    res, offers = _offers(kb, SENTENCE)
    assert res.total == 0 and len(res.query.clauses) >= 6
    assert offers and all(n > 0 and n == S.search(kb, q, S.Filters(**f)).total for q, f, n in offers)
    assert "推动干部在项目一线比拼实绩" in [q for q, _, _ in offers]  # (a clause found as written)
    assert any(len(q.split()) >= 2 and all(w in SENTENCE for w in q.split()) for q, _, _ in offers)  # (its words)
    page = web.get("/", params={"q": SENTENCE}).text
    assert 'class="suggestion"' in page and "筛选" not in page.split('id="no-results"')[1].split("</div>")[0]


def test_a_search_finding_nothing_mentions_filters_only_when_one_is_set(web):
    none = web.get("/", params={"q": "量子纠缠"}).text
    assert 'id="why-nothing"' in none and "去掉一些筛选" not in none
    assert "去掉一些筛选" in web.get("/", params={"q": "量子纠缠", "year": "2023"}).text


# --- 7. quotation marks around a filter's value -----------------------------------------------------------------

@pytest.mark.parametrize("given", ["“三个区分开来”", '"三个区分开来"', "「三个区分开来」", "‘三个区分开来’"])
def test_quotation_marks_around_a_slogan_are_dropped_as_title_marks_around_a_source(kb, db, web, given):
    """slogan=“三个区分开来” (as the texts write it, and people paste it) found nothing, and the note said
    ““三个区分开来””."""
    want = S.search(kb, "", S.Filters(slogan="三个区分开来")).total
    res = S.search(kb, "", S.Filters(slogan=given))
    assert want > 0 and res.total == want and not res.notes
    assert web.get("/api/search", params={"slogan": given}).json()["total"] == want
    assert _cli(db, "--slogan", given).exit_code == 0
    (note,) = S.search(kb, "", S.Filters(slogan=given.replace("区分开来", "不存在的"))).notes
    assert "““" not in note.message and "””" not in note.message


# --- 8. the facet page's lookup matches what it shows -----------------------------------------------------------

@pytest.mark.parametrize("facet, contains, labels", [
    ("county", "嘉兴", []),  # (嘉善县's city: in its path, not in its label)
    ("county", "南通", []),
    ("city", "福建", []),
    ("county", "嘉善", ["嘉善县"]),
    ("county", "嘉兴市嘉善", ["嘉善县"]),  # (a tail of the path that reaches its own name)
    ("city", "龙岩", ["龙岩市"]),
])
def test_a_facet_lookup_matches_the_label_not_the_hidden_path(kb, web, facet, contains, labels):
    """/facets/county?contains=龙 listed 上杭县 and 五常市 (福建省/龙岩市/上杭县, 黑龙江省/哈尔滨市/五常市): matched
    on the path the page does not show."""
    assert [v["label"] for v in S.facet_values(kb, facet, "", None, contains=contains).values] == labels
    assert [v["label"] for v in web.get(f"/api/facets/{facet}", params={"contains": contains}).json()["values"]] == labels


# --- 9. what a search finding nothing says: an empty knowledge base, a query in English ----------------------------

@pytest.fixture(scope="module")
def empty_db(tmp_path_factory, segmenter):
    # (one page about a quiet weekend: an article, but no measure of cadre work)
    return built_from_texts(tmp_path_factory, "search71_empty", {"note.txt": "周末下了一场小雨，我们在家里读书喝茶，过得很安静。\n"})


def test_an_empty_knowledge_base_says_it_is_empty(empty_db):
    """With no query and no filter it said to try a shorter word or fewer filters."""
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    web = TestClient(create_app(empty_db))
    page = web.get("/").text
    assert "知识库里还没有举措" in page and "更短的词" not in page and "筛选" not in page.split('id="no-results"')[1]
    assert "知识库里还没有举措" in web.get("/api/search").json()["hint"]
    r = _cli(empty_db)
    assert r.exit_code == 0 and "no measures yet" in r.stderr and "shorter" not in r.stderr, r.output


@pytest.mark.parametrize("q", ["tolerance", "young cadres"])
def test_a_query_in_english_is_told_the_texts_are_chinese(db, web, q):
    """tolerance, young cadres: told to try a shorter word, as if the words were Chinese."""
    page = web.get("/", params={"q": q}).text
    assert "都是中文" in page and "更短的词" not in page
    assert "都是中文" in web.get("/api/search", params={"q": q}).json()["hint"]
    r = _cli(db, q)
    assert "searched in Chinese" in r.stderr and "shorter" not in r.stderr, r.output


def test_an_english_word_of_a_categorys_english_name_offers_the_category(kb):
    _, offers = _offers(kb, "tolerance")
    assert offers == [("", {"category": "tolerate"}, S.search(kb, "", S.Filters(category="tolerate")).total)]


# --- 10. the facet page's heading names every filter; --lang is the data's language -----------------------------

def test_the_facet_page_heading_names_the_filters_the_counts_are_under(web):
    """/facets/county?q=干部&year=2024 headed its counts “干部”的举措按区县, as if of every year."""
    page = web.get("/facets/county", params={"q": "干部", "year": "2024", "province": "江苏"}).text
    heading = page.split('id="facet-heading">')[1].split("</h2>")[0]
    assert "年份 2024" in heading and "省份 江苏省" in heading and "“干部”" in heading
    assert "年份 2024" in page.split("<title>")[1].split("</title>")[0]


def test_lang_is_the_language_of_the_results_in_the_table_too(db):
    """--lang picks the data's language (CSV headers, categories), as for export and compare, not the messages'; the
    table showed Chinese category names under --lang en."""
    zh, en = _cli(db, "容错纠错", "--limit", "1"), _cli(db, "容错纠错", "--limit", "1", "--lang", "en")
    assert "容错纠错" in zh.stdout.splitlines()[0] and "tolerate" in en.stdout.splitlines()[0], (zh.stdout, en.stdout)
    assert en.stderr.startswith(zh.stderr.split(" match")[0])  # (the summary is the command's English either way)
