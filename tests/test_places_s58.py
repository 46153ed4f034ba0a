"""Places below the county (villages, communities, towns, zones): classes of text fixed in session 58.

Every sentence here is written for these tests; the counties and towns are real divisions, the
villages, communities and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer, locate


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


def _villages(placement):
    return [(m.start, m.text) for m in placement.mentions if m.place.level == "village"]


def test_a_village_the_headline_places_is_that_village_in_the_body(g):
    title = "玄武区玄武门街道青禾湾社区：网格里的暖心事"
    body = "青禾湾社区组建了一支志愿者队伍。去年以来，青禾湾社区共办结居民诉求两百余件。"
    p = locate(body, g, title=title)
    assert [m.text for m in p.title_mentions if m.place.level == "village"] == ["青禾湾社区"]
    assert _villages(p) == [(0, "青禾湾社区"), (body.index("青禾湾", 5), "青禾湾社区")]
    assert all(m.place.path.endswith("玄武门街道/青禾湾社区") for m in p.mentions if m.place.level == "village")
