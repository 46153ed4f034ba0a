"""Slogan classes of session 67 (sets 222–223), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans


def slogans(text: str) -> dict[str, object]:
    return {s.canonical: s for s in find_slogans(text)}


# -- a lexicon formula of numbered parts written with 、 between its parts --------------------------

@pytest.mark.parametrize("text, canonical", [
    ("驻村工作队重点巩固“两不愁、三保障”成果。", "两不愁三保障"),
    ("全镇实现两不愁、三保障全覆盖。", "两不愁三保障"),
    ("各支部认真落实“三会、一课”制度。", "三会一课"),
])
def test_numbered_parts_set_apart_by_a_pause_mark_are_the_formula(text, canonical):
    found = slogans(text)
    assert list(found) == [canonical]
    assert found[canonical].local is False


@pytest.mark.parametrize("text", [
    "该县推进五个、一批项目建设。",  # a count of things is no numbered part
    "全乡五位、一体推进。",
])
def test_counted_words_set_apart_are_not_made_a_formula(text):
    assert "五个一批" not in slogans(text) and "五位一体" not in slogans(text)


def test_a_longer_list_opening_with_the_parts_stays_its_own():
    assert "三会一课" not in slogans("党员参加三会、一课、主题党日等活动。")
