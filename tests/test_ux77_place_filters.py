"""Place filters as the session-77 places tester met them: a former name typed without its level word (襄樊, 思茅),
a functional zone (苏州工业园区, 雄安新区, its export code 130600H026), which no place facet holds, and a township name
that dozens of townships share (城关镇)."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner
import pytest

from pipeline import search as S
from pipeline.cli import cli
from pipeline.store import reader
from tests.conftest import built_from_texts

# Short articles of our own: a prefecture under its name of today (襄阳市, once 襄樊市; 普洱市, once 思茅市), one about
# a functional zone in 苏州市, one in 雄安新区, and one county that holds a 城关镇 (房县) without naming it.
ARTICLES = {
    "a.txt": "襄阳市加强乡镇干部队伍建设\n来源：汉水晚报\n2023年4月12日\n\n"
             "湖北省襄阳市委组织部每年从市直机关选派一批年轻干部到乡镇挂职，挂职期限为两年。\n"
             "襄阳市为挂职干部建立实绩档案，挂职期满考核优秀的优先提拔。\n",
    "b.txt": "普洱市开展年轻干部轮训\n来源：茶城日报\n2022年9月3日\n\n"
             "云南省普洱市委组织部分批组织年轻干部参加轮训，每期培训十天。\n"
             "普洱市把轮训成绩记入干部档案，作为选拔任用的参考。\n",
    "c.txt": "苏州工业园区为干部成长搭台\n来源：园区日报\n2024年2月20日\n\n"
             "江苏省苏州工业园区党工委推行干部跨部门交流，每年安排三十名干部到招商和社区岗位轮岗。\n"
             "苏州工业园区为轮岗干部配备导师，每季度听取一次汇报。\n",
    "d.txt": "雄安新区选派干部驻村\n来源：新区之声\n2023年7月1日\n\n"
             "河北雄安新区党工委组织部选派五十名机关干部驻村帮扶，驻村时间不少于一年。\n"
             "雄安新区为驻村干部购买意外保险，每月发放生活补助。\n",
    "e.txt": "房县推行干部包村制度\n来源：武当晨报\n2021年6月8日\n\n"
             "湖北省十堰市房县县委组织部推行县直单位干部包村制度，每名干部联系一个村。\n"
             "房县把包村干部的工作成效纳入年度考核。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux77filters", ARTICLES)


@pytest.fixture(scope="module")
def kb(db):
    return reader.connect_readonly(db)


# --- finding 11: a former name without its level word -----------------------------------------------------------

@pytest.mark.parametrize("old, new", [("襄樊", "襄阳市"), ("思茅", "普洱市")])
def test_a_former_name_without_its_suffix_filters_by_the_unit_of_today(kb, old, new):
    """襄樊 and 思茅 (襄樊市, 思茅市) got the nearest names, though 襄樊市 and 思茅市 were read as today's units."""
    today = S.search(kb, "", S.Filters(city=new))
    res = S.search(kb, "", S.Filters(city=old))
    assert res.total == today.total > 0
    (note,) = res.notes
    assert note.kind == "read_as" and "旧区划名" in note.message and [c.label for c in note.choices] == [new]
    assert note.message.count("为") == 1  # (思茅市 and 思茅地区 are both 普洱市: said once, with its year)


def test_a_short_name_of_a_current_county_is_not_read_as_a_former_city(kb):
    """思茅 as a county is 思茅区 (no measures here), not the former 思茅市."""
    res = S.search(kb, "", S.Filters(county="思茅"))
    assert "旧区划名" not in res.notes[0].message and "思茅区" in res.notes[0].message


# --- finding 7: a functional zone as a filter -------------------------------------------------------------------

@pytest.mark.parametrize("given, host", [("苏州工业园区", "苏州市"), ("雄安新区", "保定市"), ("130600H026", "保定市")])
def test_a_functional_zone_is_said_to_be_one_and_its_host_offered(kb, given, host):
    """A zone's articles are placed at its host: the note says so, calls it a 功能区 (it said 地方, or offered 静安区
    and 咸安区 for 雄安新区), and offers the host to filter by."""
    res = S.search(kb, "", S.Filters(county=given))
    (note,) = res.notes
    assert "功能区" in note.message and "地方" not in note.message and "最接近" not in note.message
    assert note.choices[0].label == host and note.instead == "city"
    assert S.search(kb, "", S.Filters(city=host)).total > 0


def test_the_cli_offers_a_zones_host_with_its_count(db):
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--county", "苏州工业园区"])
    assert "功能区" in r.output and re.search(r"--city 苏州市 \(\d+\)", r.output), r.output


# --- finding 13: a township name with many namesakes -----------------------------------------------------------

def test_a_name_of_many_townships_offers_the_counties_holding_one_and_one_count(kb, tmp_path):
    """城关镇: the note offered the provinces of the first four namesakes (天津市, 内蒙古自治区) and said 82 where
    extract said 84 candidates; now the county here that holds one, and extract's number."""
    res = S.search(kb, "", S.Filters(township="城关镇"))
    (note,) = res.notes
    assert [c.label for c in note.choices] == ["房县"] and "天津市" not in note.message
    f = tmp_path / "t.txt"
    f.write_text("城关镇党委推行机关干部轮岗交流。\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(f), "--format", "json"])
    (mention,) = json.loads(out.stdout)[0]["places"]
    n = re.search(r"(\d+) candidates", mention["reason"]).group(1)
    assert f"同名{n}处" in note.message
