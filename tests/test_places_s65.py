"""Places: classes of text fixed in session 65.

Every sentence here is written for these tests; the provinces, counties and towns are real
divisions, the villages and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import Gazetteer, locate


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


def _named(text, g, **kw):
    return [(m.text, m.place.name, m.place.level) for m in locate(text, g, **kw).mentions]


def test_taiwan_is_a_province_but_never_the_region_of_a_cadres_practice(g):
    # the code list leaves Taiwan out: it is still a province where a text names it
    text = "岳阳市选派乡镇党委书记赴台湾考察学习，借鉴台湾农村建设的做法。"
    assert _named(text, g).count(("台湾", "台湾省", "province")) == 2
    assert locate(text, g).region.name == "岳阳市"
    # its people or its affairs named in a province's article leave the region to the province
    assert locate("台湾青年来到南京参加交流活动。", g).region.name == "南京市"
    assert locate("台湾同胞座谈会在福建省召开，福建省领导出席。", g).region.name == "福建省"
    # a mainland government's office for Taiwan's affairs is no institution of Taiwan
    assert _named("江西省人民政府台湾事务办公室组织干部培训。", g) == [("江西省", "江西省", "province")]
