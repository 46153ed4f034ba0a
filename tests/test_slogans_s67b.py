"""Slogan classes of session 67, round 2 (sets 212–227), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from pipeline.extract.slogans import find_slogans
from tests.test_extract import article


def slogans(text: str) -> dict[str, object]:
    return {s.canonical: s for s in find_slogans(text)}


# -- a quoted pairing of one (or many) with one (or many): 一帮一, 一带多, 多带一 ----------------------

@pytest.mark.parametrize("text, canonical", [
    ("镇里推行老党员“一帮一”结对,新党员成长更快。", "一帮一"),
    ("合作社采取“一带多”的办法,带动周边农户增收。", "一带多"),
    ("驻村干部与困难户开展“多带一”帮扶。", "多带一"),
    ("组织部对新提任干部实行“一对一”指导。", "一对一"),
])
def test_a_quoted_pairing_is_a_numbered_formula(text, canonical):
    found = slogans(text)
    assert list(found) == [canonical]
    assert found[canonical].numbered and found[canonical].count == 1 and found[canonical].local


def test_pairings_quoted_one_by_one_are_formulas_not_terms(segmenter):
    x = extract_article(article("该乡探索“一带一”、“一带多”、“一帮多”等结对方式,培养村级后备力量。"))
    assert [s.canonical for s in x.slogans] == ["一带一", "一带多", "一帮多"]
    assert x.quoted_terms == []


@pytest.mark.parametrize("text", [
    "推进“一带一路”沿线合作项目。",  # a longer name that opens with the shape
    "干部一对一联系困难群众。",  # unquoted: a plain phrase
    "两地“多对多”交流人才。",  # no one on either side
    "这一带一共有三个村。",  # words that only look like it
])
def test_what_only_looks_like_a_pairing_is_left(text):
    assert not [c for c in slogans(text) if len(c) == 3]
