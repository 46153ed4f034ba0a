"""Places: classes of text fixed in session 66 (second places helper).

Every sentence here is written for these tests; the provinces, cities, counties and zones are
real divisions, the rest invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _named(text, g, **kw):
    return [(m.text, m.place.name, m.place.level) for m in locate(text, g, **kw).mentions]


@pytest.mark.parametrize("text, zone, path", [
    ("本期轮训分在当涂县、和县(郑蒲港新区)两地授课。", "郑蒲港新区", "安徽省/马鞍山市/和县/郑蒲港新区"),
    ("温州市（瓯江口新区）今年选派干部二十名。", "瓯江口新区", "浙江省/温州市/瓯江口新区"),
])
def test_a_zone_in_brackets_after_the_division_that_hosts_it(g, text, zone, path):
    # a list of units writes each county with the zone it runs in brackets: the zone, hosted there
    (m,) = [m for m in locate(text, g).mentions if m.place.level == "zone"]
    assert (m.text, m.place.name, m.place.path) == (zone, zone, path)


@pytest.mark.parametrize("text", [
    "岳阳县（重点开发区）先行先试。",          # a kind of area in a plan, no zone's name
    "建德市（不含新安江开发区）完成换届。",    # what the city holds, or leaves out
    "全县（区）共有三个开发区。",              # a level written twice
    "株洲市（国家级高新区）召开干部大会。",    # a grade, no name
])
def test_a_bracket_that_names_no_zone_of_its_own_adds_none(g, text):
    assert [n for n in _named(text, g) if n[2] == "zone"] == []


def test_a_bracketed_zone_the_list_files_after_its_host_keeps_the_lists_name(g):
    # 冀南新区 is the list's 邯郸冀南新区: the bracket leaves it to the reading by its host
    assert ("冀南新区", "邯郸冀南新区", "zone") in _named("邯郸市（冀南新区）组织部开展培训。", g)


def _towns(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "township"]


@pytest.mark.parametrize("text", [
    "通山县厦铺、大畈、洪港等一些交通便利的乡镇率先完成换届。",
    "通山县厦铺、大畈、洪港等一些山多地少，交通不便的乡镇不再盲目招商。",
    "通山县厦铺、大畈、洪港、等条件较好的乡镇先行试点。",      # a stray mark before 等
])
def test_towns_listed_by_their_stems_before_what_they_share_and_the_level_word(g, text):
    # 甲、乙、丙等…的乡镇: the level word closes the list after a description of the towns
    assert _towns(text, g) == [("厦铺", "厦铺镇"), ("大畈", "大畈镇"), ("洪港", "洪港镇")]


@pytest.mark.parametrize("text", [
    "通山县王芳、李明等一些年轻的乡镇干部参加培训。",          # people, then the towns' cadres
    "通山县大畈、洪港等一批基础好的乡镇干部积极性高。",        # the level word opens 乡镇干部
    "通山县大畈、洪港等村，发展好的乡镇也来学习。",            # a list of villages, closed before
])
def test_a_list_before_the_towns_cadres_or_another_kind_is_not_read_by_the_level_word(g, text):
    assert _towns(text, g) == []


@pytest.mark.parametrize("text", [
    "兰州市（首批国家级新区）选派干部挂职。",    # a batch and a grade, no name
    "和县（代管郑蒲港新区）召开干部会议。",      # what the county runs: the zone by its own name only
    "和县（辖郑蒲港新区）召开干部会议。",
    "合肥市（试点开发区）选派干部到基层锻炼。",  # a common word saying what kind of zone
    "温州市（所有开发区）召开组织工作会议。",
    "温州市（正厅级开发区）召开干部大会。",
    "通山县（对口帮扶新区）组织干部考察。",
    "温州市（规划新区）召开干部会议。",
])
def test_a_bracket_that_describes_a_zone_names_none(g, text):
    assert [n for n in _named(text, g) if n[2] == "zone" and n[0].startswith(("首批", "代管", "辖", "试点", "所有", "正厅", "对口", "规划"))] == []


@pytest.mark.parametrize("text, zone", [
    ("滁州市（苏滁产业园区）挂职干部座谈。", "苏滁产业园区"),
    ("建德市（新安江开发区）选派干部。", "新安江开发区"),
])
def test_a_bracketed_zone_of_a_name_of_its_own_is_still_read(g, text, zone):
    assert zone in [n[0] for n in _named(text, g) if n[2] == "zone"]


@pytest.mark.parametrize("text", [
    "会议强调，要把团结、民主、建设等要求落实到基层的乡镇。",              # common words, not towns' stems
    "宁江区组织部要求，团结、建设、民主等各项制度健全的乡镇作为示范。",
    "张前进、刘团结、赵建设等一批来自基层的乡镇代表发言。",                # people, each a stem after a family name
    "牙克石市建设、红旗、胜利等林场所在的镇开展干部轮训。",                # farms of the forest, then their town
    "通山县洪港、大畈等企业落户的乡镇增加了就业岗位。",                    # firms named after 等
])
def test_a_list_before_a_described_level_word_is_towns_only_when_each_item_is_a_towns_name(g, text):
    assert _towns(text, g) == []
    assert "红旗区" not in [n[1] for n in _named(text, g)]
