"""The page after the session-71 web tester: a result opens on its sentence, articles are searched from the page,
the downloads say they were cut, the CLI's CSV carries the BOM, a bad page number, years in order, the documented
errors, a measure of the article beside."""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from tests.conftest import built_from_texts

# Written for these tests.  two.txt holds two articles; 人才池 is in a title and in no measure; the years' counts
# (2023: 5, 2019: 3, 2022: 2) are in another order than the years.
TEXTS = {
    "two.txt": (
        "某县给年轻干部建起“人才池”\n来源：测试日报\n2023年5月6日\n\n"
        "某县建立优秀年轻干部储备库，每年从乡镇和县直单位遴选30名年轻干部入库培养。\n"
        "县委组织部对入库干部实行一人一档，每半年开展一次综合分析研判。\n"
        "入库干部优先安排到信访、征拆等一线岗位墩苗锻炼，锻炼期满考核合格的优先提拔使用。\n\n"
        "某市提高村干部报酬待遇\n来源：测试日报\n2023年6月1日\n\n"
        "某市将村党组织书记基本报酬提高到每月4500元，所需资金由市县两级财政分担。\n"
        "某市为在职村干部统一办理城镇职工养老保险，个人缴费部分由县级财政补贴一半。\n"),
    "one.txt": (
        "某区开展干部容错纠错工作\n来源：测试晚报\n2022年3月9日\n\n"
        "某区出台干部容错纠错实施办法，对改革创新中出现的失误依规免责。\n"
        "某区每年评选10名敢于担当作为的优秀干部，并在全区通报表扬。\n"),
    "old.txt": (
        "某州加强基层干部培训\n来源：测试周刊\n2019年8月20日\n\n"
        "某州每年组织基层干部分批到党校脱产培训一个月，培训经费列入州级财政预算。\n"
        "某州建立干部培训学分制度，学分不达标的不得评优。\n"
        "某州选派200名乡镇干部到发达地区跟班学习三个月。\n"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "page71", TEXTS)


@pytest.fixture(scope="module")
def web(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def conn_of_db(db):
    from pipeline.store import reader

    return reader.connect_readonly(db)


def _measures(db) -> list[tuple[str, int, str]]:
    """(article id, measure id, file name) of every measure, in the file's order."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT m.article_id, m.id, d.path FROM measures m JOIN articles a ON a.id = m.article_id"
                           " JOIN documents d ON d.id = a.doc_id ORDER BY m.id").fetchall()
    finally:
        con.close()


# --- 1: a result opens on its sentence in the text, its card marked chosen -----------------------------------------

def _element(html: str, anchor: str) -> str:
    """The start tag of the element a fragment names."""
    found = re.search(rf'<[^>]*\bid="{re.escape(anchor)}"[^>]*>', html)
    assert found, anchor
    return found.group(0)


def test_a_results_link_lands_on_its_sentence_and_marks_its_card(web):
    # /articles/ID?m=216#m216 jumped to the card in the list at the foot of the page, the marked sentence above the
    # screen, the card looking like the others
    page = web.get("/", params={"q": "干部"}).text
    links = re.findall(r'class="article-link" href="([^"]+)"', page)
    assert len(links) >= 5
    for link in links:
        u = urlsplit(link.replace("&amp;", "&"))
        m = dict(parse_qsl(u.query))["m"]
        article = web.get(u.path, params={"m": m}).text
        assert _element(article, u.fragment).startswith("<mark"), link  # (the sentence, marked)
        cards = re.findall(r'<div class="measure([^"]*)" id="m(\d+)"', article)
        assert [c for c, i in cards if i == m] == [" selected"]
        assert all(c == "" for c, i in cards if i != m)
    # the similar measures' links and the original's way back land on the sentence too
    first = urlsplit(links[0].replace("&amp;", "&"))
    similar = web.get(first.path, params=dict(parse_qsl(first.query)) | {"similar": "1"}).text
    original = web.get(first.path + "/original", params=dict(parse_qsl(first.query))).text
    backs = [b for html in (similar, original) for b in re.findall(r'href="(/articles/[^"/]+\?m=\d+(?:#[^"]*)?)"', html)]
    assert backs and all(b.endswith("#measure") for b in backs), backs


# --- 2: the page searches articles too ------------------------------------------------------------------------------

def test_a_word_of_titles_alone_is_found_in_articles_from_the_search_page(web):
    # /?q=蓄水池 said 0 measures and nothing else while /api/articles found three articles, one titled with it
    page = web.get("/", params={"q": "人才池"}).text
    assert re.search(r'<p id="total" class="status">[^<]*<strong>0</strong>', page)
    said = re.search(r'<p id="in-articles">(.*?)</p>', page, re.S)
    assert said and re.search(r"<strong>1</strong> 篇", said.group(1))
    link = re.search(r'id="articles-link" href="([^"]+)"', said.group(1)).group(1).replace("&amp;", "&")
    u = urlsplit(link)
    assert u.path == "/articles" and dict(parse_qsl(u.query)) == {"q": "人才池"}
    listed = web.get(u.path, params=dict(parse_qsl(u.query)))
    assert listed.status_code == 200
    api = web.get("/api/articles", params={"q": "人才池"}).json()
    assert api["total"] == 1
    titles = re.findall(r'class="article-link" href="/articles/([^"?]+)(?:\?[^"]*)?">(.*?)</a>', listed.text)
    assert [(i, re.sub("</?mark>", "", t)) for i, t in titles] == [(a["article_id"], a["title"]) for a in api["results"]]
    assert "<mark>人才池</mark>" in titles[0][1] and re.search(r'<p id="total"[^>]*>[^<]*共 <strong>1</strong> 篇', listed.text)


def test_the_article_list_takes_the_filters_pages_and_errors_as_the_search_page(web):
    from tests.test_web_fix70 import _links

    # words found in measures: a link to the articles (counted only when the measures are few)
    page = web.get("/", params={"q": "干部", "year": "2023"}).text
    link = re.search(r'id="articles-link" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    query = dict(parse_qsl(urlsplit(link).query))
    assert query == {"q": "干部", "year": "2023"}
    listed = web.get("/articles", params=query).text
    api = web.get("/api/articles", params=query).json()
    assert re.findall(r'class="article-link" href="/articles/([^"?]+)(?:\?[^"]*)?"', listed) == [a["article_id"] for a in api["results"]]
    assert api["total"] == 2  # (the two articles of 2023)
    for path, params in _links(listed):  # (its links and forms: each read, none ignored)
        r = web.get(path, params=params)
        assert r.status_code == 200 and 'data-note="ignored-parameter"' not in r.text, (path, params)
    bad = web.get("/articles", params={"q": "-问责"})  # (an excluded word alone, said on the page, the box kept)
    assert bad.status_code == 400 and 'class="error"' in bad.text and 'value="-问责"' in bad.text


def test_the_cli_offers_the_article_search_when_measures_find_nothing(db):
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["search", "人才池", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "try: policykb search 人才池 --articles   # 1 article" in r.stderr
    r = CliRunner().invoke(cli, ["search", "人才池", "--db", str(db), "--articles", "--format", "json", "-q"])
    assert '"total": 1' in r.stdout


# --- 3: a download cut at the cap says so in the file ---------------------------------------------------------------

def _file_name(r) -> str:
    """The name a browser saves a download under (filename*, else filename)."""
    from urllib.parse import unquote

    cd = r.headers["content-disposition"]
    star = re.search(r"filename\*=UTF-8''([^;]+)", cd)
    return unquote(star.group(1)) if star else re.search(r'filename="([^"]+)"', cd).group(1)


def test_a_download_cut_at_the_cap_says_so_in_its_name_and_its_sheet(web, monkeypatch):
    # cut at 10,000 rows, only the page and x-total-count said so: the saved CSV and Excel files did not
    import openpyxl
    import pandas as pd

    from pipeline import search as S

    total = web.get("/api/search", params={"q": "干部"}).json()["total"]
    monkeypatch.setattr(S, "MAX_RESULTS", 3)
    assert total > 3
    r = web.get("/export.csv", params={"q": "干部"})
    assert _file_name(r) == f"举措_前3条_共{total}条.csv"
    assert f'filename="measures_first3_of_{total}.csv"' in r.headers["content-disposition"]  # (for older clients)
    df = pd.read_csv(io.BytesIO(r.content))  # (no note row: three measures, under their header)
    assert len(df) == 3 and list(df.columns) == S.flat_columns("zh") and df["举措编号"].dtype.kind == "i"
    en = web.get("/export.csv", params={"q": "干部", "lang": "en"})
    assert _file_name(en) == f"measures_first3_of_{total}.csv"

    x = web.get("/export.xlsx", params={"q": "干部", "year": "2023"})
    n2023 = web.get("/api/search", params={"q": "干部", "year": "2023"}).json()["total"]
    assert _file_name(x) == f"举措_前3条_共{n2023}条.xlsx"
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["举措", "说明"] and wb.active.title == "举措"
    assert len(pd.read_excel(io.BytesIO(x.content))) == 3  # (pandas reads the measures, as before)
    about = dict(wb["说明"].iter_rows(values_only=True))
    assert about["搜索词"] == "干部" and about["筛选"] == "年份：2023"
    assert about["匹配的举措"] == f"{n2023:,} 条" and about["本文件"] == "3 条"
    assert "只含前 3 条" in about["注意"] and f"另 {n2023 - 3:,} 条" in about["注意"]
    about_en = dict(openpyxl.load_workbook(io.BytesIO(web.get("/export.xlsx", params={"q": "干部", "lang": "en"}).content))
                    ["About"].iter_rows(values_only=True))
    assert about_en["measures in this file"] == "3" and "first 3" in about_en["note"]


def test_a_whole_download_keeps_its_name_and_says_it_is_whole(web):
    import openpyxl

    r = web.get("/export.xlsx", params={"q": "干部"})
    total = int(r.headers["x-total-count"])
    assert _file_name(r) == "measures.xlsx" and _file_name(web.get("/export.csv", params={"q": "干部"})) == "measures.csv"
    about = dict(openpyxl.load_workbook(io.BytesIO(r.content))["说明"].iter_rows(values_only=True))
    assert about["匹配的举措"] == about["本文件"] == f"{total:,} 条" and "注意" not in about


# --- 4: the CLI's CSV begins as the page's download does --------------------------------------------------------

@pytest.mark.parametrize("extra", [[], ["--articles"], ["--lang", "en"]])
def test_the_cli_csv_carries_the_bom_the_downloads_carry(db, web, extra):
    # policykb search … --format csv had no BOM: Excel on Chinese Windows showed the UTF-8 as mojibake
    import pandas as pd
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--format", "csv", "-q", *extra])
    assert r.exit_code == 0, r.output
    assert r.stdout_bytes.startswith("\ufeff".encode("utf-8")) and r.stdout.count("\ufeff") == 1
    df = pd.read_csv(io.BytesIO(r.stdout_bytes))  # (pandas reads it as written, the BOM dropped)
    assert not df.columns[0].startswith("\ufeff") and len(df) > 1
    assert next(csv.reader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))[0] in ("举措编号", "measure_id", "文章编号")
    if not extra:  # (the page's download of the same search begins with the same bytes)
        page = web.get("/export.csv", params={"q": "干部"}).content
        assert page.split(b"\n", 1)[0].rstrip(b"\r") == r.stdout_bytes.split(b"\n", 1)[0].rstrip(b"\r")


# --- 5: a page number that is none shows the first page, saying so; an error page keeps the query ------------------

def _total_line(html: str) -> str:
    return re.search(r'<p id="total" class="status">(.*?)</p>', html, re.S).group(1)


@pytest.mark.parametrize("path", ["/", "/articles", "/facets/year"])
@pytest.mark.parametrize("bad", ["0", "-2", "abc"])
def test_a_page_number_that_is_none_shows_the_first_page_and_says_so(web, path, bad):
    # /?q=干部&page=0 was a 400 page, its search box empty, where the README says the pages never refuse
    first = web.get(path, params={"q": "干部"})
    r = web.get(path, params={"q": "干部", "page": bad})
    assert r.status_code == 200, r.text[:300]
    notes = re.findall(r'data-note="bad-value">([^<]*)</p>', r.text)
    assert len(notes) == 1 and "page" in notes[0] and f"“{bad}”" in notes[0] and "第 1 页" in notes[0]
    strip = lambda html: re.sub(r'<p class="notice" data-note="bad-value">[^<]*</p>\n?', "", html)  # noqa: E731
    assert strip(r.text) == first.text  # (the first page, the query in its box)


def test_a_bad_similar_switch_shows_the_article_and_says_so(web, db):
    article, measure, _ = _measures(db)[0]
    r = web.get(f"/articles/{article}", params={"m": measure, "similar": "yes"})
    assert r.status_code == 200 and '<mark id="measure">' in r.text
    assert re.search(r'data-note="bad-value">[^<]*similar[^<]*没有列出相似举措', r.text)


@pytest.mark.parametrize("url", ["/facets/nosuch?q=干部+培训", "/no/such/page?q=干部+培训"])
def test_an_error_page_keeps_the_query_in_its_box(web, url):
    r = web.get(url)
    assert r.status_code == 404 and 'id="error-page"' in r.text
    assert 'name="q" value="干部 培训"' in r.text


# --- 6: years newest first -------------------------------------------------------------------------------------------

def test_the_year_facet_lists_years_newest_first(web, conn_of_db):
    # the sidebar read 2024, 2023, 2022, 2019, 2017, 2025…: by count, a time line out of order
    from pipeline import search as S

    api = web.get("/api/search", params={"facets": "1"}).json()["facets"]["year"]
    assert [(v["value"], v["count"]) for v in api] == [("2023", 5), ("2022", 2), ("2019", 3)]  # (by count: 2023, 2019, 2022)
    assert [v["value"] for v in web.get("/api/facets/year").json()["values"]] == ["2023", "2022", "2019"]
    page = web.get("/", params={"q": "干部"}).text
    side = re.search(r'id="facet-year".*?</div>', page, re.S).group(0)
    assert re.findall(r'data-value="(\d{4})"', side) == ["2023", "2022", "2019"]
    own = web.get("/facets/year").text
    assert re.findall(r'data-value="(\d{4})"', own) == ["2023", "2022", "2019"] and "最新在前" in own
    # a limit keeps the newest (the years with a match, whatever their counts), a selected year is listed all the same
    two = S.facets(conn_of_db, "", S.Filters(year="2019"), limit=2)["year"]
    assert [(v["value"], v["selected"]) for v in two.values] == [("2023", False), ("2022", False), ("2019", True)]
    # other facets keep their order, most frequent first
    counts = [v["count"] for v in web.get("/api/search", params={"facets": "1"}).json()["facets"]["source"]]
    assert counts == sorted(counts, reverse=True)



# --- 7: the API's document gives the answers the server gives ----------------------------------------------------

@pytest.mark.parametrize("url, status", [
    ("/api/search?provice=福建", 400), ("/api/search?limit=-1", 400), ("/api/search?q=-问责", 400),
    ("/api/facets/nosuch", 404), ("/api/facets/year?limit=many", 400), ("/api/articles?offset=-1", 400),
    ("/api/articles/0000000000000000-0", 404), ("/api/articles/0000000000000000-0?measure=1", 400),
    ("/api/measures/999999/similar", 404), ("/api/measures/abc/similar", 400), ("/api/measures/1/similar?k=0", 400),
    ("/export.txt", 404), ("/export.csv?lang=fr", 400), ("/export.xlsx?limit=5", 400),
])
def test_the_openapi_document_gives_each_error_the_server_answers(web, url, status):
    # /api/search listed only 200, and /export.{fmt} and /api/articles/{id} a 422 HTTPValidationError, while the
    # server answers 400 and 404 with {"error", "status"}
    spec = web.get("/openapi.json").json()
    r = web.get(url)
    assert r.status_code == status, r.text[:200]
    path = next(p for p in spec["paths"] if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", p), urlsplit(url).path))
    said = spec["paths"][path]["get"]["responses"][str(status)]
    schema = said["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    body = spec["components"]["schemas"][schema]
    assert set(r.json()) == set(body["properties"]) == set(body["required"]) == {"error", "status"}
    assert r.json()["status"] == status and said["description"]


def test_the_openapi_document_has_no_422_and_the_downloads_their_file_types(web):
    spec = web.get("/openapi.json").json()
    assert "HTTPValidationError" not in spec.get("components", {}).get("schemas", {})
    for path, ops in spec["paths"].items():
        assert path.startswith(("/api/", "/export.", "/export/")), path  # (the pages are for people: not in the API's document)
        for op in ops.values():
            assert "422" not in op["responses"] and {"200", "400", "503"} <= set(op["responses"]), path
    download = spec["paths"]["/export.{fmt}"]["get"]["responses"]["200"]
    assert {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/json"} == set(download["content"])  # (JSON since ux79 finding 16)
    assert {"X-Total-Count", "X-Returned-Count", "Content-Disposition"} <= set(download["headers"])
    assert "307" in spec["paths"]["/api/articles/{article_id}"]["get"]["responses"]
    assert web.get("/api/docs").status_code == 200


# --- 8: a measure of the article beside ---------------------------------------------------------------------------

def test_a_measure_of_the_files_other_article_leads_to_that_article(db):
    # /articles/ID-1?m=5, measure 5 being ID-0's (one file, two articles), said the article had no measure 5
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    c = TestClient(create_app(db), follow_redirects=False)
    rows = _measures(db)
    pairs = [(a, m, b) for a, m, f in rows for b, _, g in rows if f == g and a != b]
    first, measure, second = pairs[0]
    for suffix in ("", "/original"):
        r = c.get(f"/articles/{second}{suffix}", params={"m": measure, "similar": "1"} if not suffix else {"m": measure})
        assert r.status_code == 307, (suffix, r.text[:200])
        to = urlsplit(r.headers["location"])
        assert to.path == f"/articles/{first}{suffix}" and dict(parse_qsl(to.query))["m"] == str(measure)
        landed = c.get(r.headers["location"])
        assert landed.status_code == 200 and 'id="no-measure"' not in landed.text
        assert ('<mark id="measure">' if not suffix else '<mark id="span">') in landed.text
    # a measure of another file is still said to be none of this article's (no redirect to a different text)
    other = next(m for a, m, f in rows if f != next(g for b, _, g in rows if b == second))
    r = c.get(f"/articles/{second}", params={"m": other})
    assert r.status_code == 200 and 'id="no-measure"' in r.text
