"""Filters and suggestions as the session-78 newcomer met them on a fresh clone: a zone the article page shows with
a code (findings 1, 2), an ambiguous town's reason (5), ..."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner
import pytest

from pipeline import search as S
from pipeline.cli import cli
from pipeline.store import reader
from tests.conftest import built_from_texts

# Short articles of our own: 怀化市 naming a zone of its own by its host and zone word (a zone the zone data lacks,
# given a host + H code); two counties of another province, one of them tolerating mistakes (a third category).
ARTICLES = {
    "z.txt": "怀化国际陆港经开区改进干部考核\n来源：五溪日报\n2023年4月2日\n\n"
             "湖南省怀化市怀化国际陆港经开区出台干部考核办法，把平时考核和年度考核结合起来。\n"
             "怀化国际陆港经开区每季度通报一次考核结果。\n",
    "k.txt": "嘉善县关心基层干部\n来源：禾城日报\n2022年6月8日\n\n"
             "浙江省嘉兴市嘉善县委组织部为基层干部办理健康体检，每年一次。\n",
    "s.txt": "苏州工业园区培训年轻干部\n来源：姑苏晚报\n2022年11月5日\n\n"
             "江苏省苏州市苏州工业园区举办年轻干部培训班，学员60名。\n",
    "t.txt": "宁海县为担当干部撑腰\n来源：甬江日报\n2021年9月3日\n\n"
             "浙江省宁波市宁海县出台容错纠错办法，对改革中出现失误的干部予以容错免责。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "nc78", ARTICLES)


@pytest.fixture(scope="module")
def kb(db):
    return reader.connect_readonly(db)


def _zone(db) -> tuple[str, str, str]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT name, text, code FROM region_mentions WHERE level = 'zone' AND name LIKE '怀化%'"
                           " ORDER BY length(text) LIMIT 1").fetchone()
    finally:
        con.close()


# --- finding 2: a zone shown with a code ------------------------------------------------------------------------

def test_the_zone_has_a_code(db):
    name, text, code = _zone(db)
    assert code.startswith("431200H") and "怀化" in name


@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_zone_with_a_code_filters_by_its_host_by_name_short_name_and_code(db, kb, which):
    """怀化国际陆港经开区 (431200H…) as --city: its full name, as written, its code all said no measure had it."""
    given = _zone(db)[which]
    res = S.search(kb, "", S.Filters(city=given))
    assert res.total == S.search(kb, "", S.Filters(city="怀化市")).total > 0
    (note,) = res.notes
    assert note.kind == "read_as" and [c.label for c in note.choices] == ["怀化市"] and "功能区" in note.message


@pytest.mark.parametrize("facet", ["county", "township"])
def test_a_zone_code_below_its_hosts_level_offers_the_host(db, kb, facet):
    """The zone's code as --county / --township: no unit of that level holds it, so its host is offered."""
    (note,) = S.search(kb, "", S.Filters(**{facet: _zone(db)[2]})).notes
    assert "功能区" in note.message and note.choices[0].label == "怀化市" and note.instead == "city"


@pytest.mark.parametrize("facet", ["city", "county"])
def test_a_listed_zone_the_articles_name_filters_by_its_host_too(db, kb, facet):
    """苏州工业园区, a zone of the zone data with its own code: by name and by code, its host 苏州市."""
    con = sqlite3.connect(db)
    (code,) = con.execute("SELECT code FROM region_mentions WHERE name = '苏州工业园区' AND code != ''").fetchone()
    con.close()
    for given in ("苏州工业园区", code):
        res = S.search(kb, "", S.Filters(**{facet: given}))
        (note,) = res.notes
        assert note.choices[0].label == "苏州市" and "功能区" in note.message, note.message
        if facet == "city":
            assert res.total == S.search(kb, "", S.Filters(city="苏州市")).total > 0


def test_the_cli_filters_by_a_zone_code(db):
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--city", _zone(db)[2]])
    assert r.exit_code == 0 and "怀化市" in r.output and "没有地市" not in r.output, r.output


def test_the_api_filters_by_a_zone_code(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    body = TestClient(create_app(db)).get("/api/search", params={"q": "干部", "city": _zone(db)[2]}).json()
    assert body["total"] > 0 and "怀化市" in str(body), body


# --- finding 5: an ambiguous town's reason when the stated province narrowed it ------------------------------------

def test_an_ambiguous_towns_reason_names_the_province_that_narrowed_it():
    """江苏省 stated, then 大桥镇 alone (two in 江苏省): the reason said "no parent or context in the article"."""
    from pipeline.extract import regions as R
    from pipeline.report.labels import reason_zh

    placed = R.locate("江苏省委组织部安排乡镇干部轮岗。大桥镇派出三名干部到县里部门跟班。", title="江苏省乡镇干部轮岗")
    (m,) = [m for m in placed.mentions if m.text == "大桥镇"]
    assert len(m.candidates) == 2 and m.place.path.startswith("江苏省")
    assert m.reason == "ambiguous: 2 candidates in 江苏省" and "江苏省" in reason_zh(m.reason)


# --- finding 6: a category id / name that is no longer in the codebook ---------------------------------------------

@pytest.mark.parametrize("given, label", [("tolerance", "容错纠错"), ("Tolerates", "容错纠错"), ("evaluation", "考核评价")])
def test_a_category_id_not_in_the_codebook_offers_the_nearest_names(kb, given, label):
    """An id renamed since (tolerate → tolerance), typed the old way: it got the categories with the most measures,
    though the README promises the nearest names."""
    res = S.search(kb, "", S.Filters(category=given))
    (note,) = res.notes
    assert res.total == 0 and "最接近" in note.message and "最多" not in note.message
    assert note.choices[0].label == label


def test_the_cli_offers_the_nearest_category_for_an_old_id(db):
    r = CliRunner().invoke(cli, ["search", "", "--db", str(db), "--category", "tolerance"])
    assert "最接近的：容错纠错" in r.output and "最多" not in r.output, r.output


# --- finding 7: a zone's name typed with search words --------------------------------------------------------------

@pytest.mark.parametrize("typed", ["怀化国际陆港经开区考核", "考核怀化国际陆港经开区", "怀化国际陆港经开区 考核"])
def test_a_zone_typed_with_words_is_offered_as_its_place_filter_and_kept_whole(kb, typed):
    """怀化国际陆港经开区考核: offered only 分开搜索 怀化 国际 陆港经 开区 考核, the name cut into broken words."""
    from pipeline.search.suggestions import suggest

    offers = suggest(kb, S.search(kb, typed))
    assert any(s.filters == {"city": "怀化市"} and s.query == "考核" and "怀化国际陆港经开区" in s.text for s in offers), offers
    assert not any(w in s.query.split() for s in offers for w in ("怀化", "国际", "开区", "国际陆港经开区")), offers
