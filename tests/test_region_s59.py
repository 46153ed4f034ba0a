"""The primary region: classes of text fixed in session 59.

Every sentence here is written for these tests; the provinces, cities and counties are real
divisions, the people, villages and events invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer, locate


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


def _region(placement):
    r = placement.region
    return r and (r.province, r.city or None, r.county or None)


def test_a_provincial_report_citing_one_city_stays_at_the_province(g):
    body = ("吉林省委组织部近日印发通知，要求各地加强年轻干部培养。吉林省今年将选派五百名干部到基层锻炼。"
            "通化市在试点中探索出一批好做法，通化市的经验将在全省推广。吉林省还将组织专题培训。")
    assert _region(locate(body, g, first_paragraph_end=len(body))) == ("吉林省", None, None)


def test_a_city_that_carries_most_of_what_is_said_in_its_province_is_the_region(g):
    body = ("吉林省通化市近日出台办法，激励干部担当作为。通化市委组织部负责人介绍，通化市今年已选派"
            "两百名干部到乡村一线，通化市各县区也跟进落实。")
    assert _region(locate(body, g, first_paragraph_end=len(body)))[:2] == ("吉林省", "通化市")

