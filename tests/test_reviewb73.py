"""Review B of session 73: search's categories answered from the knowledge base itself.  Texts written for
these tests."""
from __future__ import annotations

import shutil
import sqlite3

from click.testing import CliRunner
import pytest

from pipeline.cli import cli

MENTOR = ("庚县推行新任干部导师帮带制度\n2024年6月3日\n"
          "庚县为每名新提拔的科级干部配备一名导师，帮带期为六个月。"
          "县委组织部每季度对帮带情况开展一次督查，督查结果纳入导师年度考核。\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "reviewb73", {"mentor.txt": MENTOR})


@pytest.fixture
def kb(db, tmp_path):
    """A copy of the KB in which no measure is left unclassified, classified with a codebook since moved away,
    one of whose categories (导师帮带) no measure has."""
    out = tmp_path / "kb.sqlite"
    shutil.copy(db, out)
    conn = sqlite3.connect(out)
    with conn:
        conn.execute("DELETE FROM measure_categories WHERE category = 'unclassified'")
        conn.execute("INSERT INTO categories VALUES ('mentor', '导师帮带', 'Mentoring', 'pairing new cadres')")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('codebook', ?)", (str(tmp_path / "gone.yaml"),))
    conn.close()
    return out


@pytest.mark.parametrize("given", ["未归类", "unclassified", "导师帮带", "mentor"])
def test_a_category_of_the_kb_no_measure_has_finds_nothing_and_exits_0(kb, given):
    r = CliRunner().invoke(cli, ["search", "--db", str(kb), "--category", given])
    assert r.exit_code == 0 and "Error" not in r.stderr, r.stderr
    assert "0 measures match" in r.stderr, r.stderr


def test_a_category_the_kb_lacks_is_still_an_error(kb):
    r = CliRunner().invoke(cli, ["search", "--db", str(kb), "--category", "nosuchcategory"])
    assert r.exit_code == 1 and r.stderr.startswith("Error:"), r.stderr


# --- 4: a KB built before the three-name township labels shows them too ------------------------------------------

TOWNS = {
    "anshan.txt": "鞍山市铁东区解放街道开展年轻干部谈心谈话\n2024年4月2日\n"
                  "辽宁省鞍山市铁东区解放街道党工委组织年轻干部谈心谈话，全年谈话三十人次，建立谈心台账。\n",
    "siping.txt": "四平市铁东区解放街道选派干部驻社区\n2024年4月9日\n"
                  "吉林省四平市铁东区解放街道党工委选派八名机关干部到社区任职，每人驻点一年，年底考核。\n",
}


@pytest.fixture(scope="module")
def towns(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "reviewb73_towns", TOWNS)


def test_a_kb_with_older_township_labels_is_searched_with_the_current_ones(towns, tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(towns, old)
    conn = sqlite3.connect(old)
    with conn:  # (as a build before session 73 left it: the two last names only, the same for both)
        conn.execute("UPDATE search_facet_values SET label = '铁东区解放街道' WHERE facet = 'township'")
        conn.execute("DELETE FROM meta WHERE key = 'place_labels'")
    conn.close()
    for db in (towns, old):
        r = CliRunner().invoke(cli, ["search", "--db", str(db), "--township", "铁东区解放街道"])
        assert r.exit_code == 0, r.stderr
        assert "鞍山市铁东区解放街道" in r.stderr and "四平市铁东区解放街道" in r.stderr, r.stderr
