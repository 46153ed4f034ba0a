"""_longest_town_ending looks for no town where no form ends as the text does before a level
word: it finds what the plain loop over every start finds, with the real list.

The texts are made of the list's own town names (facts) and characters of our choosing."""
from __future__ import annotations

import random

import pytest

from pipeline.extract.regions import Gazetteer, _TOWN_WORD, _longest_town_ending


@pytest.fixture(scope="module")
def g():
    g = Gazetteer.load()
    g.automaton()
    return g


def _plain(text: str, level_at: int, word: str, first: int, forms) -> str | None:
    return next((text[s:level_at] + word for s in range(first, level_at - 1) if text[s:level_at] + word in forms), None)


def test_a_tail_no_form_ends_in_stops_the_search():
    forms = {"甲乙镇", "丙甲乙镇", "某某街道"}
    tails = {form[-3:] for form in forms}
    assert _longest_town_ending("在丙甲乙镇", 4, "镇", 0, forms, tails) == "丙甲乙镇"
    assert _longest_town_ending("在丙甲乙镇", 4, "镇", 0, forms, tails - {"甲乙镇"}) is None  # (the test can fail)
    assert _longest_town_ending("在某某街道", 3, "街道", 0, forms, tails) == "某某街道"


def test_every_level_word_of_texts_made_of_town_names(g):
    rng = random.Random(11)
    names = sorted(g.town_forms)
    fillers = ["的", "在", "和", "、", "新", "城", "大", "，", "镇", "乡", "街道", "村", "办事处", "苏木", " "]
    found = 0
    for _ in range(400):
        text = "".join(rng.choice(names) if rng.random() < 0.4 else rng.choice(fillers) for _ in range(12))
        for w in _TOWN_WORD.finditer(text):
            word = "街道" if w.group() in ("街办", "办事处") else w.group()
            first = max(0, w.end() - g.town_reach)
            want = _plain(text, w.start(), word, first, g.town_forms)
            assert _longest_town_ending(text, w.start(), word, first, g.town_forms, g.town_tails) == want, text
            found += want is not None
    assert found > 100


def test_one_character_towns_are_those_of_a_one_character_stem(g):
    """one_character_towns tests the name's tail against the level words: the same towns as the
    stem's length, for every parent of the list and for names made up to try the edges."""
    from pipeline.extract.regions import _is_town, _one_character_stem, _town_stem

    for name in ("伦镇", "糜镇", "某民族乡", "某族乡", "苏木", "乡", "镇", "某", "镇镇", "某苏木", "某街道", "某某镇", "街道",
                 "某乡乡", "", "民族乡", "某某", "族乡", "某村"):
        assert _one_character_stem(name) == (len(_town_stem(name)) == 1), name
    fresh = Gazetteer.load()
    for parent in list(fresh.children)[::5]:
        plain = [c for c in fresh.children[parent] if _is_town(c) and len(_town_stem(fresh.places[c].name)) == 1]
        assert fresh.one_character_towns(parent) == plain, parent


def test_one_character_stem_on_random_names():
    from pipeline.extract.regions import _one_character_stem, _town_stem

    rng = random.Random(3)
    for _ in range(20000):
        name = "".join(rng.choice("民族乡街道苏木镇某甲") for _ in range(rng.randrange(0, 6)))
        assert _one_character_stem(name) == (len(_town_stem(name)) == 1), name
