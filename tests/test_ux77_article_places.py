"""The article page and /api/articles/{id} as the session-77 places tester met them: they gave the article's region
alone, so a place mention's path, code and reason were only in extract's JSON and the export, and an ambiguous
article's reason was English."""
from __future__ import annotations

import re

import pytest

from tests.conftest import built_from_texts

# Two short articles of our own: one placed down to a 街道 of 南京市鼓楼区, one naming only 城关镇 (dozens of them).
ARTICLES = {
    "a.txt": "宁海路街道推行网格干部包联\n来源：金陵晚报\n2024年5月9日\n\n"
             "江苏省南京市鼓楼区宁海路街道党工委安排机关干部包联社区网格，每名干部联系两个网格。\n"
             "街道每季度对包联干部开展一次考评，考评结果与评先评优挂钩。\n",
    "b.txt": "城关镇开展干部结对帮带\n来源：乡村周刊\n2023年3月2日\n\n"
             "城关镇党委组织镇干部与新任村干部结对，每对结对时间为一年。\n"
             "镇里每半年听取一次结对情况汇报，帮带成效纳入年度考核。\n",
}


@pytest.fixture(scope="module")
def web(tmp_path_factory, segmenter):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(built_from_texts(tmp_path_factory, "ux77places", ARTICLES)))


def _article(web, title_word: str) -> dict:
    hits = web.get("/api/articles", params={"q": title_word}).json()["results"]
    return web.get(f"/api/articles/{hits[0]['article_id']}").json()


def test_the_api_lists_each_place_mention_with_path_code_and_reason_in_both_languages(web):
    a = _article(web, "宁海路街道")
    town = next(p for p in a["places"] if p["text"] == "宁海路街道" and p["start"] is not None)
    assert town["path"] == "江苏省/南京市/鼓楼区/宁海路街道" and town["code"] == "320106001000"
    assert town["level_zh"] == "乡镇" and town["reason"] and re.search("[\u4e00-\u9fff]", town["reason_zh"])
    assert town["reason_zh"] != town["reason"]
    assert a["region"]["confidence"] == 1.0 and a["region"]["reason_zh"]


def test_an_ambiguous_articles_reason_is_given_in_chinese_and_its_mention_listed(web):
    a = _article(web, "城关镇")
    assert a["region"]["reason"].startswith("ambiguous") and a["region"]["reason_zh"].startswith("无法确定")
    (town, *_) = a["places"]
    assert town["text"] == "城关镇" and town["code"] == "" and town["reason_zh"].startswith("无法确定")


def test_the_article_page_shows_the_mentions_and_why_in_chinese(web):
    a = _article(web, "宁海路街道")
    page = web.get(f"/articles/{a['id']}").text
    assert 'id="places"' in page and "320106001000" in page and "置信度 1.00" in page
    assert "explicit" not in page and "weights" not in page
    town = next(p for p in a["places"] if p["text"] == "宁海路街道")
    assert town["reason_zh"] in page
