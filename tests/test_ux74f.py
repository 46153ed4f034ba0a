"""Session 74's web tester on the article list (/articles): it had no facets, so a filter could only be typed into its
address, and its filter bar called every filter 含所选举措的文章, the article's own province, year and source too."""
from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient
import pytest

from pipeline.search.web import create_app
from tests.conftest import built_from_texts

# In my own words: two Fujian articles (two cities, two years), one from Gansu, and an Anhui county's description,
# which holds no measure (an article search finds it by its own region all the same).
TEXTS = {
    "ningde.txt": "宁德市关心关爱基层干部\n来源：闽东日报  发布时间：2023年4月2日\n"
                  "福建省宁德市委组织部为乡镇干部每年安排一次健康体检，所需经费由市级财政列支。\n"
                  "宁德市对长期在偏远乡镇工作的干部发放每月600元工作补贴。\n",
    "fuzhou.txt": "福州市选派年轻干部驻村\n来源：福州日报  发布时间：2024年5月8日\n"
                  "福建省福州市每年选派100名年轻干部到村任第一书记，任期两年。\n"
                  "驻村期满考核优秀的干部，优先提拔使用。\n",
    "tianshui.txt": "天水市开展干部培训\n来源：天水日报  发布时间：2024年9月10日\n"
                    "甘肃省天水市委组织部每年举办3期年轻干部培训班，每期培训时间不少于一个月。\n",
    "jinzhai.txt": "金寨县概况\n来源：皖西日报  发布时间：2022年1月29日\n安徽省六安市金寨县位于大别山腹地，山清水秀。\n",
}


@pytest.fixture(scope="module")
def web(tmp_path_factory, segmenter):
    return TestClient(create_app(built_from_texts(tmp_path_factory, "ux74f", TEXTS)))


def _facet(page: str, name: str) -> dict[str, tuple[int, str]]:
    """The values a facet of the page lists: value -> (count, link)."""
    box = re.search(rf'<div class="facet" id="facet-{name}">(.*?)</div>', page, re.S)
    assert box, f"no {name} facet"
    return {html.unescape(v): (int(n), html.unescape(url)) for url, v, n in re.findall(
        r'<a href="([^"]*)" data-facet="[^"]*" data-value="([^"]*)"[^>]*>[^<]*</a> <span class="count">(\d+)</span>',
        box.group(1))}


def _titles(page: str) -> list[str]:
    return re.findall(r'class="article-link" href="[^"]*">([^<]*)<', page)


def test_the_article_list_offers_its_own_facets_counted_in_articles_and_a_click_narrows_it(web):
    page = web.get("/articles").text
    assert _facet(page, "province")["福建省"][0] == 2 and _facet(page, "province")["安徽省"][0] == 1
    assert _facet(page, "year")["2024"][0] == 2 and _facet(page, "source")["皖西日报"][0] == 1
    assert "安徽省/六安市/金寨县" in _facet(page, "county")  # (the description: no measure, its own county)
    # a value's link is the article list's, and narrows it to that value's articles
    link = _facet(page, "province")["福建省"][1]
    assert link.startswith("/articles?")
    narrowed = web.get(link).text
    assert sorted(_titles(narrowed)) == ["宁德市关心关爱基层干部", "福州市选派年轻干部驻村"]
    # under it: the cities of those two; the province facet still offers the others (each facet without its own filter)
    assert {v: n for v, (n, _) in _facet(narrowed, "city").items()} == {"福建省/宁德市": 1, "福建省/福州市": 1}
    assert _facet(narrowed, "province")["甘肃省"][0] == 1
    # words narrow the counts as they narrow the list
    worded = web.get("/articles", params={"q": "年轻干部"}).text
    assert {v: n for v, (n, _) in _facet(worded, "year").items()} == {"2024": 2}


def test_the_filter_bar_says_what_each_filter_reads(web):
    page = web.get("/articles", params={"year": "2024", "category": "选拔任用"}).text
    own = re.search(r'<p id="own-filters">(.*?)</p>', page, re.S)
    measured = re.search(r'<p id="measure-filters">(.*?)</p>', page, re.S)
    assert own and "文章本身" in own.group(1) and "年份：2024" in own.group(1) and "类别" not in own.group(1)
    assert measured and "含所选举措" in measured.group(1) and "类别" in measured.group(1)
    assert "年份" not in measured.group(1)
    # a year alone is no measure's: the bar does not say 含所选举措
    alone = web.get("/articles", params={"year": "2022"}).text
    assert "含所选举措" not in alone and "金寨县概况" in _titles(alone)
