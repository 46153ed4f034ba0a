"""Three whole-text patterns of the place finder were rewritten so that re can look for their first
characters alone; each finds what the pattern it replaced finds (kept here as written before).

The sentences are written for these tests; the random texts are drawn from the characters the
patterns read."""
from __future__ import annotations

import random
import re

import pytest

from pipeline.extract import regions as R

BEFORE = {
    "_TOWN_WORD": re.compile(r"街道|街办|(?<!街道)办事处|镇|乡|苏木|区公所"),
    "_INSTITUTION_OF_TOWN": re.compile(r"(?:中心小学|中心校|小学|中学|[一二三四五六]小|[一二三四五六]中|商会|卫生院|派出所|民俗馆|供销社|敬老院|幼儿园)"),
    "_SAID_AGAIN": re.compile(r"(?<![安健完应])[该全]([县区旗镇乡])(?![长委级属域间别分])"),
}

SENTENCES = [
    "某街道办事处和某某办事处都在镇上,乡里还有苏木和区公所。",
    "办事处就在街道旁边;街道办事处、街办,以及一个乡镇。",
    "该县全县上下,安全区域,健全县级,应该区分,完全区别;全区、该镇、全乡。",
    "全县",
    "该区长说",
    "镇中心小学、中心校、三小、六中、七中、商会、卫生院、派出所、民俗馆、供销社、敬老院、幼儿园。",
    "",
]

PIECES = list("街道办事处镇乡苏木区公所该全县旗安健完应长委级属域间别分中心小学校一二三四六七商会卫生院派出民俗馆供销社敬老幼儿园的,。 a")


def _found(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_the_same_matches(name):
    now, before = getattr(R, name), BEFORE[name]
    for text in SENTENCES:
        assert _found(now, text) == _found(before, text), text
    rng = random.Random(5)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 30)))
        assert _found(now, text) == _found(before, text), text
        hits += bool(_found(before, text))
    assert hits > 100
