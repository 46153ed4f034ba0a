"""The page, its API and downloads after the session-70 web tester: parameters nobody reads, the docs' font and
descriptions, slogans said twice, the township column, a chosen measure the article lacks, the article list."""
from __future__ import annotations

import csv
from html.parser import HTMLParser
import io
from urllib.parse import parse_qsl, urlsplit

import pytest
from tests.conftest import built_from_texts


# --- W1: a parameter an endpoint does not read is a 400 naming it ----------------------------------------------

@pytest.mark.parametrize("path, params, name", [
    ("/api/search", {"q": "干部", "provice": "福建"}, "provice"),
    ("/api/articles", {"order": "date"}, "order"),  # (the measure search takes order since ux79 finding 8)
    ("/api/search", {"sort": "date"}, "sort"),
    ("/api/facets/province", {"q": "干部", "page": "2"}, "page"),
    ("/api/measures/1/similar", {"limit": "3"}, "limit"),  # (it takes k)
    ("/export.csv", {"provice": "福建"}, "provice"),
    ("/export.csv", {"q": "干部", "limit": "5"}, "limit"),
    ("/export.xlsx", {"q": "干部", "offset": "5"}, "offset"),
])
def test_an_unknown_or_unsupported_api_parameter_is_a_400_naming_it(client, path, params, name):
    # they were dropped without a word: provice=福建 gave every province's measures, limit=5 on a download all of them
    r = client.get(path, params=params)
    assert r.status_code == 400, r.text[:200]
    error = r.json()["error"]
    assert f"参数 {name}" in error and "\n" not in error
    assert "可用的参数：" + ("k" if "similar" in path else "q、province") in error  # and says which ones it takes


def test_a_misspelt_parameter_is_offered_its_right_spelling(client):
    error = client.get("/api/search", params={"provice": "福建"}).json()["error"]
    assert "province" in error.split("；")[0]


def test_page_and_offset_together_are_refused(client):
    # offset won and page was dropped silently
    r = client.get("/api/search", params={"q": "干部", "page": "2", "offset": "5"})
    assert r.status_code == 400 and "page" in r.json()["error"] and "offset" in r.json()["error"]
    assert client.get("/api/search", params={"q": "干部", "page": "2"}).status_code == 200
    assert client.get("/api/search", params={"q": "干部", "offset": "5"}).status_code == 200


@pytest.mark.parametrize("path, params, name", [
    ("/", {"q": "干部", "offset": "40"}, "offset"),
    ("/", {"q": "干部", "provice": "福建"}, "provice"),
    ("/facets/province", {"q": "干部", "limit": "5"}, "limit"),
])
def test_an_unknown_page_parameter_is_said_on_the_page(client, path, params, name):
    # /?q=…&offset=130 showed the first twenty results as if asked for them; a page now says what it did not use
    # (it was a 400 page until people's shared links met it: tests/test_web_fix70b.py)
    r = client.get(path, params=params)
    assert r.status_code == 200 and 'data-note="ignored-parameter"' in r.text and f"参数 {name}" in r.text


def test_an_article_page_says_a_parameter_it_does_not_read(client, conn):
    article_id = conn.execute("SELECT article_id FROM measures LIMIT 1").fetchone()[0]
    r = client.get(f"/articles/{article_id}", params={"measure": "3"})
    assert r.status_code == 200 and "参数 measure" in r.text
    assert client.get(f"/api/articles/{article_id}", params={"measure": "1"}).status_code == 400


class _Links(HTMLParser):
    """The local links of a page and its forms' submissions (each input's name and value)."""

    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, list[tuple[str, str]]]] = []
        self._form = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href", "").startswith("/"):
            u = urlsplit(a["href"])
            self.urls.append((u.path, parse_qsl(u.query, keep_blank_values=True)))
        elif tag == "form":
            self._form = (a.get("action") or "/", [])
            self.urls.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form[1].append((a["name"], a.get("value") or "干部"))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def _links(html: str) -> list[tuple[str, list[tuple[str, str]]]]:
    p = _Links()
    p.feed(html)
    return p.urls


def test_the_pages_read_every_parameter_they_send(client, conn):
    # ignoring unknown parameters must not touch what the page itself sends: follow every link and form of the
    # search page (filters, facets, 更多…, pages, downloads, articles), a facet's page and an article's page
    assert 'data-note="ignored-parameter"' in client.get("/", params={"q": "干部", "offset": "40"}).text
    county = conn.execute("SELECT county FROM search_measures WHERE county IS NOT NULL AND county != '' LIMIT 1")
    start = [("/", [("q", "干部")]), ("/", [("q", "干部"), ("province", "福建"), ("page", "2")]),
             ("/", [("q", ""), ("county", county.fetchone()[0].split("/")[-1])]), ("/", [("q", "没有这个词语啊")]),
             ("/facets/county", [("q", "干部")])]
    article_id, measure_id = conn.execute("SELECT article_id, id FROM measures LIMIT 1").fetchone()
    start.append((f"/articles/{article_id}", [("m", str(measure_id)), ("similar", "1")]))
    seen, checked = set(), 0
    for path, params in start:
        page = client.get(path, params=params)
        assert page.status_code == 200, (path, params)
        for to, query in _links(page.text):
            key = (to, tuple(query))
            if key in seen or to.startswith("/static"):
                continue
            seen.add(key)
            r = client.get(to, params=query)
            checked += 1
            assert r.status_code in (200, 307), (to, query, r.text[:300])
            assert 'data-note="ignored-parameter"' not in r.text, (to, query)  # (a page ignores, and says so)
    assert checked > 30


# --- W12: each filter of /api/docs says what it takes -------------------------------------------------------------

def test_each_filter_in_the_api_docs_has_its_own_description_and_example(client):
    # every filter read "筛选：X（写法同页面：福建 / 福建省 / 代码；类别的中文名或 id；2020-2023）"
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/articles", "/api/facets/{name}", "/export.{fmt}"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        texts = [params[k]["description"] for k in ("province", "city", "county", "township", "category", "group",
                                                    "slogan", "year", "source")]
        assert len(set(texts)) == len(texts), path
        assert "2023" in params["year"]["description"] and "福建" not in params["year"]["description"]
        assert "tolerate" in params["category"]["description"] and "2020" not in params["category"]["description"]
        assert "福建省" in params["province"]["description"] and "tolerate" not in params["province"]["description"]
        assert all("如" in t for t in texts)  # each with an example of its own


# --- W8: a slogan named twice in a measure is listed once -----------------------------------------------------------

@pytest.fixture(scope="module")
def twice(tmp_path_factory, segmenter):
    """A knowledge base whose measures name a slogan twice, and a township's (written for this test); its client."""
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    db = built_from_texts(tmp_path_factory, "twice", {"a.txt": (
        "某县抓实村级班子建设\n来源：测试稿\n2023年4月2日\n\n"
        "某县对村“两委”人选实行资格联审，全县村“两委”成员一个不漏地过一遍筛子。\n"
        "县委组织部实施“百县千镇万村高质量发展工程”在全县落地，督促各乡镇把“百千万工程”的任务逐项落实。\n"
        "全县派出38名干部驻村，再派38名干部到乡镇挂职锻炼。\n"),
        "b.txt": (  # (and one in a township, for the downloads' township column)
        "江苏省常州市天宁区郑陆镇：年轻干部下沉网格\n来源：测试稿\n2022年9月8日\n\n"
        "江苏省常州市天宁区郑陆镇安排15名年轻干部下沉网格，每人联系一个村民小组。\n"
        "郑陆镇对下沉的年轻干部每季度开展一次考核，结果存入本人的档案。\n")})
    return TestClient(create_app(db))


def test_a_slogan_named_twice_in_a_measure_is_listed_once(twice):
    # 两委 was linked to the measure once per mention: chips read 两委 两委, downloads 两委；两委
    hits = twice.get("/api/search", params={"q": "两委 OR 百千万工程"}).json()["results"]
    assert sorted(h["slogans"][0] for h in hits) == ["两委", "百千万工程"]
    assert all(len(h["slogans"]) == 1 for h in hits)
    article_id = hits[0]["article_id"]
    measures = twice.get(f"/api/articles/{article_id}").json()["measures"]
    named = [[s["canonical"] for s in m["slogans"]] for m in measures]
    assert ["两委"] in named and ["百千万工程"] in named
    page = twice.get(f"/articles/{article_id}").text
    assert page.count(">两委</span>") == 1 and page.count(">百千万工程</span>") == 1
    results = twice.get("/", params={"q": "两委"}).text
    assert results.count('title="提法">两委</span>') == 1
    rows = list(csv.DictReader(io.StringIO(twice.get("/export.csv", params={"q": "两委"}).text.lstrip("\ufeff"))))
    assert [r["提法"] for r in rows] == ["两委"]
    # (while two groups of 38 cadres are two figures, not one said twice)
    hit = twice.get("/api/search", params={"q": "挂职"}).json()["results"][0]
    assert [f["text"] for f in hit["figures"]] == ["38名", "38名"]


# --- W9: the downloads name the township ------------------------------------------------------------------------

def test_the_downloads_have_a_township_column(twice):
    # the page filters by township, and its CSV and Excel stopped at 省份/地市/区县
    import openpyxl

    client, town = twice, "郑陆镇"
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv", params={"township": town}).text.lstrip("\ufeff"))))
    heads = list(rows[0])
    assert heads[heads.index("区县") + 1] == "乡镇"
    assert rows and all(r["乡镇"] == town for r in rows)
    en = next(csv.reader(io.StringIO(client.get("/export.csv", params={"township": town, "lang": "en"}).text.lstrip("\ufeff"))))
    assert en[en.index("county") + 1] == "township" and len(en) == len(heads)
    ws = openpyxl.load_workbook(io.BytesIO(client.get("/export.xlsx", params={"township": town}).content)).active
    header = [c.value for c in ws[1]]
    assert header == heads
    assert {ws.cell(r, header.index("乡镇") + 1).value for r in range(2, ws.max_row + 1)} == {town}
    dates = [ws.cell(r, header.index("日期") + 1).value for r in range(2, ws.max_row + 1)]
    assert all(d is None or hasattr(d, "year") for d in dates)  # (still date cells)


# --- W10: a chosen measure the article does not have is said ------------------------------------------------------

def test_a_measure_the_article_lacks_is_said_on_its_page(client, conn):
    # ?m= of another article's measure, of no measure, or a word: 200, nothing marked, not a word said
    (a, mine), = conn.execute("SELECT article_id, min(id) FROM measures GROUP BY article_id LIMIT 1").fetchall()
    other = conn.execute("SELECT id FROM measures WHERE article_id != ? LIMIT 1", (a,)).fetchone()[0]
    for m in (str(other), "999999", "abc", "<b>7</b>"):
        for path in (f"/articles/{a}", f"/articles/{a}/original"):
            r = client.get(path, params={"m": m})
            assert r.status_code == 200 and 'id="no-measure"' in r.text, (path, m)
            assert "没有编号为“" + m.replace("<", "&lt;").replace(">", "&gt;") + "”的举措" in r.text
        assert "<p>" in client.get(f"/articles/{a}", params={"m": m}).text  # (the article is still shown)
    for given in ({"m": str(mine)}, {}):
        for path in (f"/articles/{a}", f"/articles/{a}/original"):
            assert 'id="no-measure"' not in client.get(path, params=given).text


# --- W11: the article list with no words and no filter ---------------------------------------------------------

def test_the_article_list_without_words_or_filters_gives_every_article_newest_first(client, conn):
    # /api/articles asked for a word while /api/search with none lists every measure
    r = client.get("/api/articles", params={"limit": 1000})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(body["results"])
    assert body["order"] == "date"
    dates = [a["date"] or "" for a in body["results"]]
    assert dates == sorted(dates, reverse=True)
    page = client.get("/api/articles", params={"limit": 3, "offset": 2}).json()["results"]
    assert [a["article_id"] for a in page] == [a["article_id"] for a in body["results"][2:5]]
    # (an excluded word alone still asks for another word, as /api/search does)
    r = client.get("/api/articles", params={"q": "-问责"})
    assert r.status_code == 400 == client.get("/api/search", params={"q": "-问责"}).status_code
