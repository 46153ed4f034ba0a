"""Session 80's speed-up of the walk along a list of villages after their town: the tail of a longer name is found by
looking up the three starts it may have, not by walking every village of the text (outputs identical)."""
from __future__ import annotations

import random

from pipeline.extract.regions import _BEFORE_A_NAME, _HE_NAME, _NOT_A_STEM, _VILLAGE_AFTER_TOWN, Gazetteer, \
    _listed_inside, locate
from pipeline.extract.spans import Taken
from pipeline.nlp.segment import is_general_word


def _plain_listed_inside(text, pos, placed, taken):
    """The walk it replaces: every placed village, in the dict's order (by start)."""
    run = _VILLAGE_AFTER_TOWN.match(text, pos) if pos >= 0 else None
    if run is None:
        return None
    return next((s for s, e in placed.items() if pos + 2 <= s <= pos + 4 and e == run.end() and not taken.overlaps(pos, s)
                 and (not _NOT_A_STEM.search(text[pos:s]) and not _BEFORE_A_NAME.search(text[pos:s])
                      or _HE_NAME.fullmatch(text, pos, s) and not _NOT_A_STEM.match(text, pos))
                 and not is_general_word(text[pos:s])), None)


class _NoWalk(dict):
    """A dict of placed villages that refuses to be walked whole."""

    def items(self):
        raise AssertionError("walked every placed village")

    def __iter__(self):
        raise AssertionError("walked every placed village")


def test_listed_inside_answers_as_the_plain_walk():
    rng = random.Random(80)
    chars = "东西南北新和村镇社区委会、的对中心一二"
    for _ in range(400):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(4, 40)))
        starts = sorted(rng.sample(range(len(text)), rng.randrange(0, min(8, len(text)))))
        placed = {s: min(len(text), s + rng.randrange(1, 6)) for s in starts}
        taken = Taken(len(text), [(a, a + 2) for a in rng.sample(range(len(text)), rng.randrange(0, 3))])
        for pos in range(-1, len(text)):
            assert _listed_inside(text, pos, placed, taken) == _plain_listed_inside(text, pos, placed, taken), (text, pos)


def test_listed_inside_looks_up_starts_without_walking_every_village():
    text = "某镇汉代克吉然村、北村"
    placed = _NoWalk({5: 8, 9: 11})
    assert _listed_inside(text, 2, placed, Taken(len(text), [])) == 5


def test_a_long_list_of_a_towns_villages_is_read_whole():
    """Every village of a list of hundreds after its town is placed (the walk that was cubic in the list's length)."""
    g = Gazetteer.load()
    town = next(c for c, p in g.places.items() if p.level == "township" and len(g.own_village_names(c)) >= 40)
    place = g.places[town]
    names = g.own_village_names(town)
    items = [names[i % len(names)] for i in range(300)]
    text = place.path.split("/")[-2] + place.name + "、".join(items) + "等村的干部参加了培训。"
    villages = [m for m in locate(text, g).mentions if m.place.level == "village"]
    assert len(villages) == 300
