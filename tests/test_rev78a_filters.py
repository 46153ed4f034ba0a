"""Review 78a, place filters: a town's name read as the end of another's (finding 1), zone short names that are
words or towns (finding 2), the written-parent note reading one prefix at its highest level (finding 6), and a
town's note at its own level (minor).  Each with the answers the filters gave before the session, pinned."""
from __future__ import annotations

import pytest

from pipeline import search as S
from tests.conftest import kb_of_texts

# Short articles of our own: a street office of 南京市鼓楼区, one of 北京市朝阳区, a county naming a town of its own.
ARTICLES = {
    "a.txt": "湖南路街道关心社区工作者\n来源：金陵晚报\n2023年4月3日\n\n"
             "江苏省南京市鼓楼区湖南路街道党工委为社区工作者购买意外伤害保险，每年安排一次疗休养。\n",
    "b.txt": "朝阳区关心社区干部\n来源：京城日报\n2022年6月8日\n\n"
             "北京市朝阳区委组织部为社区干部办理补充医疗保险，每年组织一次体检。\n",
    "c.txt": "略阳县干部下沉一线\n来源：汉江晨报\n2023年5月6日\n\n"
             "陕西省汉中市略阳县委组织部选派机关干部到乡镇驻村，每名干部驻村两年。\n"
             "略阳县何家岩镇的驻村干部每月向镇党委报告一次工作。\n",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory, segmenter):
    return kb_of_texts(tmp_path_factory, "rev78afilters", ARTICLES)


def _one(kb, **f):
    res = S.search(kb, "", S.Filters(**f))
    return res.total, res.notes


# --- finding 1: a town's name is no end of another's -------------------------------------------------------------

@pytest.mark.parametrize("given", ["南京路街道", "江苏南京路街道"])
def test_a_town_is_not_read_as_another_whose_name_ends_so(kb, given):
    # class: 南京 + 路街道 would be the end of 湖南路街道 under 南京市: a name is matched whole, never by its end
    total, notes = _one(kb, township=given)
    assert total == 0 and all("湖南路街道" not in [c.label for c in n.choices] or n.kind == "unknown" for n in notes)
    assert all(n.kind != "read_as" for n in notes)


def test_a_real_town_of_its_name_elsewhere_is_named(kb):
    # the answer before the session: the namesakes the division data has
    (note,) = _one(kb, township="南京路街道")[1]
    assert "南京路街道" in note.message and "同名" in note.message


@pytest.mark.parametrize("facet, given, unit", [("township", "湖南路街道", "鼓楼区湖南路街道"),
                                                ("township", "南京湖南路街道", "鼓楼区湖南路街道"),
                                                ("county", "南京鼓楼", "南京市鼓楼区"), ("county", "鼓楼", "南京市鼓楼区")])
def test_a_town_or_county_written_whole_or_under_its_city_still_filters(kb, facet, given, unit):
    total, notes = _one(kb, **{facet: given})
    assert total == 1 and all(unit in [c.label for c in n.choices] for n in notes)


# --- finding 2: a zone's short name is a name, not a word nor a town ---------------------------------------------

@pytest.mark.parametrize("given", ["经济开发区", "工业园区", "农村", "幸福"])
def test_a_word_is_no_zones_short_name(kb, given):
    # class: what is left of a zone's name without its county or zone word may be a word: no zone is called so
    (note,) = _one(kb, county=given)[1]
    assert "功能区" not in note.message


@pytest.mark.parametrize("given, town", [("常平", "常平镇"), ("葛店", "葛店镇")])
def test_a_towns_stem_as_a_township_is_the_town_before_a_zone_of_its_name(kb, given, town):
    # the answer before the session: the town of that stem
    (note,) = _one(kb, township=given)[1]
    assert town in note.message and "功能区" not in note.message


def test_a_zones_own_short_name_is_still_the_zone(kb):
    (note,) = _one(kb, county="雄安")[1]
    assert "雄安新区" in note.message and "功能区" in note.message


# --- finding 6: the written parent read down its chain, preferring units the knowledge base has ------------------

@pytest.mark.parametrize("given", ["朝阳云栖街道", "北京朝阳云栖街道"])
def test_a_town_written_under_a_county_the_kb_has_is_said_to_be_none_of_that_county(kb, given):
    # class: 朝阳 is a city of Liaoning and a district of Beijing; the KB has the district; 北京朝阳 is one chain
    (note,) = _one(kb, township=given)[1]
    assert note.message.startswith("北京市朝阳区没有乡镇为“云栖街道”")
    assert [c.label for c in note.choices] == ["北京市朝阳区"]


def test_a_bare_zone_word_after_a_province_is_no_place_under_it(kb):
    # class: 内蒙古 + 高新区: a zone word alone names no county of the province
    (note,) = _one(kb, county="内蒙古高新区")[1]
    assert "为“高新区”" not in note.message


def test_a_county_written_under_its_province_still_filters(kb):
    total, notes = _one(kb, county="陕西略阳县")
    assert total == 1 and [c.label for n in notes for c in n.choices] == ["略阳县"]


# --- minor: a town asked as a town ---------------------------------------------------------------------------------

def test_a_town_asked_as_a_town_is_not_said_to_lie_in_a_town(kb):
    (note,) = _one(kb, township="何家岩镇")[1]
    assert "其所在乡镇" not in note.message and "略阳县" in note.message
