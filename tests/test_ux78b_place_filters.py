"""Place and category filters as the session-78 web tester met them: a village, town or zone an article page shows
with a path but no code (finding 3), a place written after a province or city that skips a level or is written
short (finding 6), a functional zone's short name (finding 9), a category's English name as the page shows it
(finding 13)."""
from __future__ import annotations

from click.testing import CliRunner
import pytest

from pipeline import search as S
from pipeline.cli import cli
from pipeline.store import reader
from tests.conftest import built_from_texts

# Short articles of our own: 略阳县 naming one of its towns and a village under it that the division list lacks;
# 阿拉善盟 naming its 高新区 by the zone word; two towns called 广阳镇 (方城县 in Henan, 南岸区 in Chongqing).
ARTICLES = {
    "a.txt": "略阳县选派干部驻村\n来源：汉江晨报\n2023年5月6日\n\n"
             "陕西省汉中市略阳县委组织部选派机关干部到乡镇驻村，每名干部驻村两年。\n"
             "略阳县何家岩镇青松岭村的驻村干部每月向镇党委报告一次工作。\n",
    "b.txt": "阿拉善盟培养年轻干部\n来源：草原日报\n2023年8月1日\n\n"
             "内蒙古自治区阿拉善盟委组织部选派年轻干部到阿拉善高新区挂职锻炼，挂职一年。\n"
             "阿拉善高新区为挂职干部安排导师。\n",
    "c.txt": "广阳镇关心村干部\n来源：宛城日报\n2022年3月9日\n\n"
             "河南省南阳市方城县广阳镇党委为村干部办理养老保险，每年组织一次健康体检。\n",
    "d.txt": "广阳镇推行容错纠错\n来源：山城日报\n2021年10月2日\n\n"
             "重庆市南岸区广阳镇党委对改革中出现失误的干部予以容错免责，落实“三个区分开来”。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux78bfilters", ARTICLES)


@pytest.fixture(scope="module")
def kb(db):
    return reader.connect_readonly(db)


# --- finding 3: a place the page shows with a path but no code ---------------------------------------------------

@pytest.mark.parametrize("facet, given, unit", [("county", "青松岭村", "略阳县"), ("county", "何家岩镇", "略阳县"),
                                                ("city", "阿拉善高新区", "阿拉善盟"),
                                                ("city", "阿拉善高新技术产业开发区", "阿拉善盟")])
def test_a_place_shown_with_a_path_but_no_code_filters_by_the_unit_above(kb, facet, given, unit):
    """A village or town not in the list, a zone found from its zone word: the article page shows them with their
    path, but every filter said no measure had them and offered the biggest counties."""
    res = S.search(kb, "", S.Filters(**{facet: given}))
    assert res.total == S.search(kb, "", S.Filters(**{facet: unit})).total > 0
    (note,) = res.notes
    assert note.kind == "read_as" and [c.label for c in note.choices] == [unit] and "最多" not in note.message


def test_a_zone_shown_with_a_path_offers_its_host_where_the_level_has_none(kb):
    """阿拉善高新区 as a county: no county holds it, so its host is offered (it got unrelated counties)."""
    (note,) = S.search(kb, "", S.Filters(county="阿拉善高新区")).notes
    assert "功能区" in note.message and note.choices[0].label == "阿拉善盟" and note.instead == "city"


def test_a_bare_zone_word_is_not_read_as_one_zone(kb):
    """高新区 alone names no zone: not read as 阿拉善's."""
    res = S.search(kb, "", S.Filters(county="高新区"))
    assert res.total == 0 and "阿拉善" not in res.notes[0].message


# --- finding 6: a place written after units above it -------------------------------------------------------------

@pytest.mark.parametrize("facet, given, unit", [("county", "陕西省略阳县", "略阳县"), ("county", "陕西略阳县", "略阳县"),
                                                ("township", "河南广阳镇", "方城县广阳镇"),
                                                ("township", "南阳广阳镇", "方城县广阳镇"),
                                                ("township", "南阳市广阳镇", "方城县广阳镇"),
                                                ("township", "重庆市广阳镇", "南岸区广阳镇")])
def test_a_place_written_under_its_province_or_city_is_that_one(kb, facet, given, unit):
    """Province + county, or province / city + town, skipping a level: it found nothing, and the nearest names put
    the other province's 广阳镇 first."""
    res = S.search(kb, "", S.Filters(**{facet: given}))
    assert res.total == S.search(kb, "", S.Filters(**{facet: unit})).total > 0
    (note,) = res.notes
    assert [c.label for c in note.choices] == [unit]


def test_a_unit_with_no_measures_written_under_its_province_is_named(kb):
    """安徽省金寨县 (金寨县 has no measures here): said to be 六安市's 金寨县, as 金寨县 alone is, not the biggest counties."""
    (note,) = S.search(kb, "", S.Filters(county="安徽省金寨县")).notes
    assert "六安市金寨县" in note.message and "最多" not in note.message


def test_a_town_written_under_a_province_that_has_none_offers_only_that_province(kb):
    """河北广阳镇 (no 广阳镇 here in 河北): the nearest names offered 方城县's and 南岸区's 广阳镇, of other provinces."""
    (note,) = S.search(kb, "", S.Filters(township="河北广阳镇")).notes
    assert "河北省" in note.message and "广阳镇" in note.message and "南岸区" not in note.message
    assert all(c.value.startswith("河北省") for c in note.choices)


def test_a_town_written_under_a_city_offers_that_citys_towns(kb):
    """南阳市 written before a town it has no measure of: its own towns are offered, not Chongqing's."""
    (note,) = S.search(kb, "", S.Filters(township="南阳市云栖岭镇")).notes
    assert [c.label for c in note.choices] == ["方城县广阳镇"] and "南阳市" in note.message


def test_the_cli_reads_a_county_written_after_its_province(db):
    r = CliRunner().invoke(cli, ["search", "", "--db", str(db), "--county", "陕西省略阳县"])
    assert r.exit_code == 0 and "略阳县" in r.output and "最接近" not in r.output, r.output


# --- finding 9: a functional zone's short name -------------------------------------------------------------------

@pytest.mark.parametrize("given, zone", [("屈原管理区", "岳阳市屈原管理区"), ("雄安", "河北雄安新区"),
                                         ("张江", "张江高新技术产业开发区")])
def test_a_zones_short_name_is_said_to_be_the_zone(kb, given, zone):
    """A zone without the city that opens its name, or a zone of the zone data without its zone word: unrelated
    nearest names (惠安县 and 吉安县 for 雄安); now the zone note, as its full name gets."""
    (note,) = S.search(kb, "", S.Filters(county=given)).notes
    assert zone in note.message and "功能区" in note.message and "最接近" not in note.message


def test_a_short_name_of_a_zone_that_names_a_city_stays_the_city(kb):
    """兰州 (兰州新区 without its word) is 兰州市: not read as the zone."""
    (note,) = S.search(kb, "", S.Filters(county="兰州")).notes
    assert "功能区" not in note.message


# --- finding 13: a category's English name -----------------------------------------------------------------------

@pytest.mark.parametrize("given", ["Error tolerance", "error tolerance and rehabilitation", "Error"])
def test_a_categorys_english_name_filters_by_it(kb, given):
    """The page offers 类别“容错纠错”（Error tolerance and rehabilitation）; typed back, it got the biggest categories."""
    res = S.search(kb, "", S.Filters(category=given))
    assert res.total == S.search(kb, "", S.Filters(category="容错纠错")).total > 0
    assert all("最多" not in n.message for n in res.notes)
