"""Session 74's testers on the search (research's CLI and API, web's pages): the article search refused a filter
value no article has with a 400 worded for measures, and a source whose only article is a repost was 'no measure
has that source'; a formula's name (5+2) was searched as its digits apart; the article search's notes counted their
choices over the whole knowledge base; a county whose one article holds no measure offered no way to it."""
from __future__ import annotations

import json

from click.testing import CliRunner
from fastapi.testclient import TestClient
import pytest

from pipeline.cli import cli
from pipeline.search.web import create_app
from tests.conftest import built_from_texts
from tests.test_reposts_counted_s71 import REPOSTED


# In my own words: two articles of one Guangxi city, one of them naming a formula and young cadres; a county's
# description, which holds no measure.
TEXTS = REPOSTED | {
    "tiandong.txt": "田东县推行“5+2”模式培养年轻干部\n来源：右江日报  发布时间：2024年3月1日\n"
                    "广西壮族自治区百色市田东县委组织部推行“5+2”培养模式，年轻干部每周五天在机关处理业务、两天下到村里办实事。\n"
                    "县里为每名年轻干部配备2名导师，一名抓业务能力，一名抓群众工作，每季度组织5次集中学习和2次实地调研。\n"
                    "对在乡村振兴一线表现突出的年轻干部，优先推荐提拔使用。\n",
    "pingguo.txt": "平果市出台容错纠错办法\n来源：右江日报  发布时间：2023年6月5日\n"
                   "广西壮族自治区百色市平果市委近日出台容错纠错实施办法，对干部在担当作为中出现的失误予以容错。\n"
                   "平果市每年对5名受到不实举报的干部开展澄清正名，为2名干部恢复名誉。\n",
    "jinzhai.txt": "金寨县概况\n发布时间：2022年1月29日\n安徽省六安市金寨县位于大别山腹地，山清水秀，是著名的将军县。\n",
    "naiman.txt": "大沁他拉镇考核嘎查村干部\n发布时间：2024年12月1日\n"
                  "内蒙古自治区通辽市奈曼旗大沁他拉镇党委对各嘎查村班子开展年度考核，考核结果与村干部报酬挂钩。\n",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux74c", TEXTS)


@pytest.fixture(scope="module")
def web(kb):
    return TestClient(create_app(kb))


def _search(kb, *args: str):
    return CliRunner().invoke(cli, ["search", "--db", str(kb), *args])


# --- W3 / research 5: a filter value no article has; a source whose articles are reposts -----------------

def test_article_search_answers_an_unknown_value_with_notes_not_a_400(web):
    for params in ({"province": "Fujian"}, {"year": "2030"}, {"source": "某某晚报"}):
        r = web.get("/api/articles", params=params)
        assert r.status_code == 200, (params, r.text)
        body = r.json()
        assert body["total"] == 0 and body["notes"] and body["notes"][0]["kind"] == "unknown"
        said = body["notes"][0]["message"]
        assert "举措" not in said and ("文章" in said or "source" in params), body["notes"]
        page = web.get("/articles", params=params)
        assert page.status_code == 200 and 'data-note="unknown"' in page.text


def test_article_search_on_the_cli_words_its_notes_for_articles(kb):
    r = _search(kb, "--province", "Fujian", "--articles")
    assert r.exit_code == 1 and "的文章" in r.output and "的举措" not in r.output, r.output


def test_a_source_of_reposts_only_is_said_so_with_the_articles(kb, web):
    repost, original = _pair(web)
    for path in ("/api/search", "/api/articles"):
        note, = web.get(path, params={"source": "信阳日报"}).json()["notes"]
        assert "转载" in note["message"], note
        assert [(a["article_id"], a["canonical_id"]) for a in note["articles"]] == [(repost, original)]
    page = web.get("/articles", params={"source": "信阳日报"}).text
    assert f'href="/articles/{repost}"' in page and f'href="/articles/{original}"' in page
    for args in ((), ("--articles",)):
        r = _search(kb, "--source", "信阳日报", *args)
        assert "转载" in r.output and repost in r.output and original in r.output, r.output


def _pair(web) -> tuple[str, str]:
    """The repost's id and its original's."""
    (only,) = web.get("/api/articles", params={"q": "新县"}).json()["results"]
    a = web.get(f"/api/articles/{only['article_id']}").json()
    (copy,) = a["reposts"]
    return copy["id"], a["id"]


# --- W2: a formula's name is one word ---------------------------------------------------------------------

def test_a_formula_of_digits_is_searched_as_one_phrase(web, kb):
    body = web.get("/api/search", params={"q": "5+2"}).json()
    assert body["query_note"] == "包含“5+2”", body["query_note"]
    assert body["total"] == 1 and "“5+2”" in body["results"][0]["text"]  # (not every measure with a 5 and a 2)
    r = _search(kb, "5+2", "--format", "json")
    assert json.loads(r.stdout)["total"] == 1, r.output


# --- W4: the article search's notes count their choices under the query and the other filters --------------

def test_an_article_search_note_counts_its_choice_under_the_query(web):
    body = web.get("/api/articles", params={"q": "年轻干部", "province": "桂"}).json()
    (note,) = body["notes"]
    assert body["total"] == 1 and [c["count"] for c in note["choices"]] == [1], note
    page = web.get("/articles", params={"q": "年轻干部", "province": "桂"}).text
    assert "广西壮族自治区（1）" in page


# --- W5: a place whose articles hold no measure: the measure search leads to them ---------------------------

def test_a_county_with_articles_but_no_measure_offers_its_articles(web, kb):
    page = web.get("/", params={"county": "金寨县"}).text
    assert 'id="in-articles"' in page and 'href="/articles?county=' in page and "符合筛选的文章有" in page, page
    r = _search(kb, "--county", "金寨县")
    assert "--county 金寨县 --articles" in r.output and "1 article" in r.output, r.output


# --- research 9, W14: a township or county written another way ------------------------------------------

def test_a_township_not_in_the_county_filtered_offers_that_county_not_far_towns(kb, web):
    r = _search(kb, "--county", "田东县", "--township", "某某河镇", "--articles")
    assert r.exit_code == 1 and "--county 田东县" in r.output and "大沁他拉镇" not in r.output, r.output
    (note,) = web.get("/api/search", params={"county": "田东县", "township": "某某河镇"}).json()["notes"]
    assert [c["label"] for c in note["choices"]] == ["田东县"], note


def test_a_village_code_is_read_as_its_township(web):
    body = web.get("/api/articles", params={"township": "150525100000V051"}).json()
    assert body["total"] == 1 and body["notes"][0]["kind"] == "read_as" and "大沁他拉镇" in body["notes"][0]["message"]


def test_a_county_with_the_wrong_level_word_is_read_as_the_county(web):
    body = web.get("/api/search", params={"county": "奈曼县"}).json()
    assert body["total"] >= 1 and body["notes"][0]["kind"] == "read_as", body["notes"]
    assert web.get("/api/search", params={"county": "吉安市"}).json()["notes"][0]["kind"] == "unknown"  # (a city)


def test_a_township_without_its_level_word_is_said_as_the_division_data_knows_it(web):
    (note,) = web.get("/api/search", params={"township": "温溪"}).json()["notes"]
    assert "温溪镇" in note["message"] and "青田县" in note["message"], note


# --- research 13, W8: years as people write them, and how they were read ---------------------------------

@pytest.mark.parametrize("given, years, note", [
    ("2023年之前", {"2021", "2022", "2023"}, "含 2023 年"), ("2023年前", {"2021", "2022", "2023"}, "含 2023 年"),
    ("2023年后", {"2023", "2024"}, "含 2023 年"), ("2024-03", {"2024"}, "不分月日"), ("2024年3月", {"2024"}, "不分月日"),
    ("二〇二三", {"2023"}, "按 2023 年筛选")])
def test_year_forms_are_read_and_said(web, given, years, note):
    r = web.get("/api/articles", params={"year": given, "limit": 50})
    assert r.status_code == 200, r.text
    body = r.json()
    assert {a["date"][:4] for a in body["results"]} == years, body["results"]
    if note:
        assert note in body["notes"][0]["message"] and body["notes"][0]["kind"] == "read_as", body["notes"]
    else:
        assert not body["notes"]


# --- W7: a canonical article's cards and rows say it has copies -------------------------------------------

def test_cards_and_rows_of_an_article_with_reposts_say_so(web, kb):
    repost, original = _pair(web)
    hits = web.get("/api/search", params={"q": "挂职锻炼"}).json()["results"]
    assert hits and all(h["article_id"] == original and h["copies"] == 1 for h in hits), hits
    (row,) = web.get("/api/articles", params={"q": "新县"}).json()["results"]
    assert row["copies"] == 1
    link = f'href="/articles/{original}#copies">另见 1 处转载'
    assert link in web.get("/", params={"q": "挂职锻炼"}).text
    assert link in web.get("/articles", params={"q": "新县"}).text
    others = [r for r in web.get("/api/search", params={"q": "年轻干部"}).json()["results"] if r["article_id"] != original]
    assert others and all(r["copies"] == 0 for r in others)
    r = _search(kb, "新县", "--articles")
    assert "(+1 repost)" in r.output, r.output


# --- research 12: a hit's division code beside its place ----------------------------------------------------

def test_downloads_and_json_give_the_division_code(web, kb):
    import csv
    import io

    hit = web.get("/api/search", params={"q": "5+2"}).json()["results"][0]
    assert hit["region"]["code"] == "451022000000" and hit["region"]["path"].endswith("田东县")  # (田东县, 4510 22)
    rows = list(csv.DictReader(io.StringIO(web.get("/export.csv", params={"q": "5+2"}).content.decode("utf-8-sig"))))
    assert rows[0]["区划代码"] == "451022000000" and rows[0]["地区"].endswith("百色市田东县"), rows
    for args in ((), ("--articles",)):
        out = _search(kb, "5+2", "--format", "csv", *args).stdout
        (row,) = csv.DictReader(io.StringIO(out.lstrip("\ufeff")))
        assert row["区划代码"] == "451022000000", row
