"""Places: classes of text fixed in session 64.

Every sentence here is written for these tests; the provinces, counties and towns are real
divisions, the villages and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer, locate


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


def _named(text, g, **kw):
    return [(m.text, m.place.name) for m in locate(text, g, **kw).mentions]


def test_a_place_quoted_as_the_name_of_an_experience_is_no_mention(g):
    # the town named in full is a mention; its short name quoted before 经验 names a way of work
    text = "甘肃省组织村干部赴诸暨市枫桥镇参观，学习“枫桥经验”，回来后推广新时代“枫桥经验”。"
    assert ("枫桥", "枫桥镇") not in _named(text, g)
    assert ("枫桥镇", "枫桥镇") in _named(text, g)
    assert locate(text, g).region.name == "甘肃省"
    # a county's short name quoted as a model's or an experience's name
    assert _named("各地干部纷纷学习“晋江经验”，借鉴“安吉模式”。", g) == []
    # unquoted, or not followed by the word, the place stays
    assert ("浦江", "浦江县") in _named("浦江经验交流会在浦江召开。", g)
    assert ("安吉", "安吉县") in _named("干部们来到“安吉”，看到了绿水青山。", g)
