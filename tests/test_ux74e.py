"""Search (session 74, a web tester's findings): a pasted long sentence is searched by its words, not refused;
suggestions offer a near term of the index and never a word twice; downloads link back to the article; page= on
/api/articles; a count-only call (limit=0)."""
from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
import pytest

from pipeline.search.web import create_app
from tests.conftest import built_from_texts

# Three notices in my own words.
PAGES = {
    "a.txt": ("福建省宁德市古田县选派驻村第一书记\n发布时间：2022-03-08\n"
              "福建省宁德市古田县委组织部选派驻村第一书记。\n"
              "一是选派35名驻村第一书记到脱贫村任职两年。\n"
              "二是为驻村第一书记每人每年安排工作经费2万元。\n"
              "三是对表现突出的驻村第一书记优先提拔使用。\n"),
    "b.txt": ("浙江省湖州市德清县为担当者担当\n发布时间：2023-05-16\n"
              "浙江省湖州市德清县委组织部出台措施激励干部担当作为。\n"
              "一是落实容错纠错机制，为敢于担当的干部撑腰鼓劲。\n"
              "二是对受到诬告的干部及时澄清正名，让担当者放下包袱。\n"
              "三是每年评选一批勇于担当的好干部并通报表扬。\n"),
    "c.txt": ("江苏省苏州市吴江区加强年轻干部培养\n发布时间：2021-11-02\n"
              "江苏省苏州市吴江区委组织部加强年轻干部培养。\n"
              "一是选派40名年轻干部到乡镇挂职锻炼。\n"
              "二是健全谈心谈话制度，每季度与年轻干部谈话一次。\n"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory, segmenter):
    return TestClient(create_app(built_from_texts(tmp_path_factory, "ux74e", PAGES)))


def test_a_pasted_sentence_over_the_limit_is_searched_by_its_words_not_refused(client):
    # a 219-character paste was a 400 (搜索词太长), where a shorter pasted sentence is offered its clauses alone
    sentence = "各地要关心关爱基层干部，健全谈心谈话制度，落实容错纠错机制，激励干部担当作为，加强年轻干部培养，"
    pasted = "".join(f"{sentence}第{i}段还要做好其他各项工作，" for i in range(30))
    assert len(pasted) > 200
    r = client.get("/api/search", params={"q": pasted})
    assert r.status_code == 200, r.text
    said = r.json()
    assert "只搜了前 200 字里的词" in said["query_note"]
    assert any(s["q"] == "健全谈心谈话制度" and s["count"] for s in said["suggestions"])
    page = client.get("/", params={"q": pasted})
    assert page.status_code == 200 and "只搜了前 200 字里的词" in page.text and "搜索词太长" not in page.text
    # repeated clauses are one (the whole paste read once fits), so nothing is said left out
    r = client.get("/api/search", params={"q": sentence * 5}).json()
    assert "只搜了前" not in r["query_note"] and r["query"].count("健全谈心谈话制度") == 1
    # a run of one word past the limit is searched as its first 200 characters
    r = client.get("/api/search", params={"q": "干部" * 150})
    assert r.status_code == 200 and "只搜了前 200 字里的词" in r.json()["query_note"]


def test_the_cli_searches_a_pasted_paragraph_and_says_it_read_its_first_words(client, tmp_path_factory):
    from click.testing import CliRunner

    from pipeline.cli import cli

    db = built_from_texts(tmp_path_factory, "ux74e_cli", PAGES)
    pasted = "，".join(f"健全谈心谈话制度第{i}条" for i in range(40))
    r = CliRunner().invoke(cli, ["search", "--db", str(db), pasted])
    assert r.exit_code == 0, r.output
    assert "only its words within the first 200 are searched" in r.output


def test_a_word_one_character_off_is_offered_the_word_the_measures_hold(client):
    # 驻村第一书纪 (纪 for 记) offered only the run 驻村第一, not the word the measures hold
    said = client.get("/api/search", params={"q": "驻村第一书纪"}).json()
    assert said["total"] == 0
    assert said["suggestions"][0]["q"] == "驻村第一书记" and said["suggestions"][0]["count"] >= 3
    assert "相近的词“驻村第一书记”" in client.get("/", params={"q": "驻村第一书纪"}).text


def test_no_suggestion_repeats_a_word(client):
    # 为担当者担当 was offered 分开搜索 担当 担当: its words apart, the one word twice
    for q in ("为担当者担当", "干部管干部", "担当者担当"):
        for s in client.get("/api/search", params={"q": q}).json()["suggestions"]:
            words = s["q"].split()
            assert len(words) == len(set(words)), (q, s)


def test_a_download_links_each_measure_back_to_its_article(client):
    # the CSV and Excel of measures had no URL or link column: no way back from Excel to the article
    from urllib.parse import urlsplit

    import openpyxl

    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv", params={"q": "驻村第一书记"}).text.lstrip("\ufeff"))))
    assert rows and {"网址", "知识库链接"} <= set(rows[0])
    for row in rows:
        link = urlsplit(row["知识库链接"])
        assert link.scheme == "http" and link.path == f"/articles/{row['文章编号']}"
        page = client.get(f"{link.path}?{link.query}")
        assert page.status_code == 200 and 'class="measure selected"' in page.text
    en = list(csv.DictReader(io.StringIO(client.get("/export.csv", params={"q": "驻村第一书记", "lang": "en"}).text.lstrip("\ufeff"))))
    assert {"url", "link"} <= set(en[0])
    book = openpyxl.load_workbook(io.BytesIO(client.get("/export.xlsx", params={"q": "驻村第一书记"}).content))
    heads = [c.value for c in next(book.worksheets[0].iter_rows(max_row=1))]
    assert "网址" in heads and "知识库链接" in heads


def test_the_article_api_reads_page_and_limit_0_is_a_count(client):
    # /api/articles refused page= though /api/search read it; limit=0 was a 400, with no count-only call
    two = client.get("/api/articles", params={"q": "干部", "limit": 1, "page": 2})
    assert two.status_code == 200, two.text
    assert two.json()["results"] == client.get("/api/articles", params={"q": "干部", "limit": 1, "offset": 1}).json()["results"]
    assert client.get("/api/articles", params={"q": "干部", "page": 2, "offset": 1}).status_code == 400
    every = client.get("/api/search", params={"q": "干部"}).json()["total"]
    for path in ("/api/search", "/api/articles"):
        r = client.get(path, params={"q": "干部", "limit": 0})
        assert r.status_code == 200 and r.json()["results"] == [] and r.json()["total"] > 0
    assert client.get("/api/search", params={"q": "干部", "limit": 0}).json()["total"] == every
    counted = client.get("/api/search", params={"q": "干部", "limit": 0, "facets": 1}).json()
    assert sum(v["count"] for v in counted["facets"]["province"]) >= every
    assert client.get("/api/search", params={"q": "干部", "limit": -1}).status_code == 400
    names = {p["name"] for p in client.get("/openapi.json").json()["paths"]["/api/articles"]["get"]["parameters"]}
    assert "page" in names
