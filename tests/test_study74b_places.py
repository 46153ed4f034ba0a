"""Classes studied on the session-74 blind batch (places).

Every sentence here is written for these tests; the provinces, cities, counties and towns are real
divisions, the villages and people made up."""
from __future__ import annotations

from pipeline.extract.regions import locate


def _found(text, g, **kw):
    return [(m.text, m.place.level) for m in locate(text, g, **kw).mentions]


# --- a place's cyberspace office (网信办) and its grid (网格员) are no portal named 某市网 ---------------

def test_a_citys_cyberspace_office_names_the_city(g):
    text = "2019年,王某从岳阳市网信办主任任上调任现职。"
    assert ("岳阳市", "city") in _found(text, g)


def test_a_citys_grid_workers_name_the_city(g):
    assert ("株洲市", "city") in _found("近日,株洲市网格员队伍开展业务培训。", g)


def test_a_citys_portal_is_still_no_mention(g):
    assert ("岳阳", "city") not in _found("据岳阳网报道,该市开展干部培训。", g)


# --- a village found with its organs is named again without them --------------------------------------

def test_a_village_standing_alone_is_the_village_where_its_name_opens_a_quotation(g):
    text = ("近日,商水县张明乡举办村党支部书记擂台赛。\n"
            "“青禾湾村立足特色种植,带领群众增收致富。”一位支部书记说。\n"
            "青禾湾村党支部书记李某介绍了发展集体经济的做法。")
    villages = [(m.text, m.start) for m in locate(text, g).mentions if m.place.level == "village"]
    assert [v for v, _ in villages].count("青禾湾村") == 2


# --- an unlisted village in a list after a listed one ----------------------------------------------------

def test_a_village_in_a_list_after_a_listed_one_is_a_village_whatever_its_words(g):
    # 刘集村 and 常庄村 are villages of 龙桑寺镇; the name between them opens with a verb (漂白)
    text = "商河县龙桑寺镇党委书记陪同调研组先后到刘集村、漂白王村、某某食品有限公司、常庄村调研。"
    assert ("漂白王村", "village") in _found(text, g)


def test_a_list_of_villages_in_general_adds_no_village(g):
    text = "商河县龙桑寺镇党委书记先后到刘集村、各村、常庄村调研。"
    assert ("各村", "village") not in _found(text, g)


# --- a central agency's report filed from one province, naming another's county in passing -----------------

_FILED = ("新华社长春5月9日电 题:基层干部的日程表\n\n新华社记者方小禾、林一舟\n\n"
          "记者这些天走进几个乡镇，看到基层干部每天手头的事情排得很满。\n"
          "这次赴湖南调研时,记者到了湖南省安化县清塘铺镇,那里的干部晚上还在整理台账。")


def test_a_central_agencys_report_filed_elsewhere_has_no_region(g):
    placed = locate(_FILED, g)
    assert placed.region is None
    assert "central agency" in placed.reason


def test_a_central_agencys_report_on_its_datelines_province_keeps_it(g):
    text = _FILED.replace("新华社长春", "新华社长沙")
    assert locate(text, g).region is not None and locate(text, g).region.name == "湖南省"
