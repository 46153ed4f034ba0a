"""Slogan error classes of session 65 (study sets 212–217), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans, quoted_terms


def got(text: str):
    return [(s.canonical, s.count, s.components) for s in find_slogans(text)]


def terms(text: str):
    return quoted_terms(text, find_slogans(text), [])


# -- a quoted list of three or more short items closed by one repeated character: a formula -----------

@pytest.mark.parametrize("text, want", [
    ("全县干部中“想为、敢为、善为”之风渐浓。", ("想为、敢为、善为", None, ["想为", "敢为", "善为"])),
    ("青禾县引导党员“苦干、实干、巧干”,项目提速明显。", ("苦干、实干、巧干", None, ["苦干", "实干", "巧干"])),
])
def test_a_quoted_list_under_one_tail_is_a_formula(text, want, segmenter):
    assert got(text) == [want]


@pytest.mark.parametrize("text", [
    "柳川村吸引“能人、强人、好人”回村任职。",  # kinds of people, no formula
    "整治“不为、慢为、乱为”等问题。",  # problems
])
def test_people_and_problems_under_one_tail_are_no_formula(text, segmenter):
    assert got(text) == []


