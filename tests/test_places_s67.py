"""Places: classes of text fixed in session 67 (places helper).

Every sentence here is written for these tests; the provinces, cities, counties and towns are
real divisions, the rest invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _named(text, g, **kw):
    return [(m.text, m.place.name, m.place.level) for m in locate(text, g, **kw).mentions]


@pytest.mark.parametrize("text", [
    "奈曼旗嘎查村、社区“两委”换届顺利完成，全旗嘎查村“两委”班子全部配齐。",
    "科尔沁右翼中旗嘎查村、社区党组织书记集中轮训，各嘎查村书记参训。",
    "阿拉善左旗嘎查村“两委”成员述职，嘎查村干部逐一表态。",
])
def test_the_two_words_for_villages_side_by_side_name_no_village(g, text):
    # 嘎查村: the Mongolian and the Chinese word for a village, villages in general in Inner Mongolia's pages
    assert [n for n in _named(text, g) if n[2] == "village"] == []


def test_a_gacha_with_its_own_name_is_still_a_village(g):
    assert ("查干嘎查", "查干嘎查", "village") in _named("科尔沁右翼中旗巴彦呼舒镇查干嘎查党支部换届。", g)
