"""Places below the county (session 77's tester, a researcher of townships): a county's own medium halved the
confidence of a county it told nothing apart for; an article naming one ambiguous county only was no region and no
reason anywhere; a visiting delegation's home outvoted the host the article speaks for."""
from __future__ import annotations

import json

from click.testing import CliRunner
import pytest

from pipeline.extract.regions import locate
from tests.conftest import built_from_texts, csv_table, sql_rows


# --- 4. the county's own medium tells no namesakes apart for a county without any ----------------------------------

def test_a_countys_own_medium_leaves_the_confidence_of_a_county_the_text_places_alone(g, segmenter):
    """永嘉新闻网 over a report on 永嘉县 and two of its towns: 永嘉县 0.5, 'namesakes told apart by the medium'
    (it has none); the same text from 温州日报 was 1.0."""
    text = "永嘉县委组织部举办年轻干部培训班。瓯北街道、桥头镇的30名干部参加了培训。"
    plain = locate(text, g, source="温州日报")
    own = locate(text, g, source="永嘉新闻网")
    assert own.region.path == plain.region.path == "浙江省/温州市/永嘉县"
    assert own.confidence == plain.confidence == 1.0
    assert "medium" not in own.reason


def test_a_town_the_medium_tells_apart_still_rests_on_the_medium(g, segmenter):
    text = "走马镇召开年轻干部座谈会，走马镇党委书记参加。"  # (走马镇: in several counties)
    placed = locate(text, g, source="鹤峰县融媒体中心")
    assert placed.region.county == "鹤峰县" and placed.confidence == 0.5
    assert "told apart by the medium" in placed.reason


# --- 9. one ambiguous county alone: ambiguous, its namesakes counted, in extract, export and the API ------------------

# (two notices in my own words, each naming one place only, a district of four cities and a town of many counties)
ALONE = {
    "gulou.txt": "鼓楼区推行街道干部轮岗\n发布时间：2024-05-10\n鼓楼区委组织部出台方案，在全区街道干部中推行轮岗交流。\n",
    "chengguan.txt": "城关镇推行干部轮岗\n发布时间：2024-05-11\n城关镇党委出台方案，在全镇干部中推行轮岗交流。\n",
}


def test_an_article_naming_one_ambiguous_county_only_is_said_to_be_ambiguous(g, segmenter):
    placed = locate("鼓楼区委组织部出台方案，在全区街道干部中推行轮岗交流。", g)
    assert placed.region is not None and placed.region.code == "" and placed.region.county == "鼓楼区"
    assert placed.reason == "ambiguous: only 鼓楼区 is named (4 candidates), and nothing places it"
    assert placed.confidence == 0.0
    town = locate("城关镇党委出台方案，在全镇干部中推行轮岗交流。", g)  # (counted as its mention counts them)
    count = town.mentions[0].reason.split()[1]
    assert town.reason == f"ambiguous: only 城关镇 is named ({count} candidates), and nothing places it"
    assert locate("鼓楼区与城关镇的干部开展交流。", g).region is None  # (two names: neither is the article's)
    assert locate("南京市鼓楼区委组织部出台方案。", g).region.code  # (placed: no ambiguity)


@pytest.fixture(scope="module")
def alone_kb(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux77b_alone", ALONE)


def test_one_ambiguous_county_is_said_ambiguous_in_extract_export_and_the_api(alone_kb, tmp_path):
    from fastapi.testclient import TestClient

    from pipeline.cli import cli
    from pipeline.search.web import create_app

    (tmp_path / "gulou.txt").write_text(ALONE["gulou.txt"], encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(tmp_path / "gulou.txt"), "--format", "json",
                                 "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 0, r.output
    region = json.loads(r.stdout)[0]["region"]
    assert region is not None and region["reason"].startswith("ambiguous: only 鼓楼区 is named (4 candidates)")
    r = CliRunner().invoke(cli, ["export", "--db", str(alone_kb), "--out", str(tmp_path / "out"), "-q"])
    assert r.exit_code == 0, r.output
    rows = csv_table(tmp_path / "out" / "regions.csv")
    said = dict(zip(rows["地名"], rows["判定依据"]))
    assert said["鼓楼区"] == "无法确定：只提到鼓楼区（4个同名候选），无从判断它在哪里"
    assert said["城关镇"].startswith("无法确定：只提到城关镇（")
    client = TestClient(create_app(str(alone_kb)))
    ids = [i for (i,) in sql_rows(alone_kb, "SELECT id FROM articles")]
    shown = [client.get(f"/api/articles/{i}").json()["region"] for i in ids]
    assert sorted(s["reason"].split(",")[0] for s in shown) == [
        "ambiguous: only 城关镇 is named (84 candidates)", "ambiguous: only 鼓楼区 is named (4 candidates)"]


# --- 3. the home of visitors who come to the writer's side is no region of the host's report ------------------------

def test_a_visiting_delegations_home_does_not_outvote_the_host(g, segmenter):
    """浙江省嘉兴市党政考察团一行来我县考察 … 周覃镇 in 三都县融媒体中心's report: 浙江省/嘉兴市 0.833."""
    title = "临沂市考察团来我县考察"
    text = ("近日，山东省临沂市党政考察团一行来我县考察基层干部培养工作。县委组织部介绍了本县年轻干部导师帮带的做法，"
            "考察团一行实地参观了周覃镇干部实训基地。")
    placed = locate(text, g, title=title, source="三都县融媒体中心")
    assert placed.region.county == "三都水族自治县", placed.reason
    assert [m.text for m in placed.mentions] == ["山东省", "临沂市", "周覃镇"]  # (the guests' home still a mention)
    text = "近日，湖南省平江县代表团莅临凯里市，考察干部教育培训工作。凯里市委组织部介绍了做法。"
    assert locate(text, g, source="某某网").region.county == "凯里市"


def test_a_place_that_sends_people_over_is_no_region_of_the_host(g, segmenter):
    text = "安远镇推行村干部轮流坐班，每天有人值守。这一做法传开后，江西安远县也派人来交流。"
    placed = locate(text, g)
    assert placed.region.county is None and placed.region.township == "安远镇"
    assert placed.reason.startswith("ambiguous: only 安远镇 is named")


def test_the_writers_own_delegation_going_out_keeps_its_home(g, segmenter):
    text = "临沂市党政考察团赴凯里市考察学习干部培训工作。临沂市委组织部负责同志带队。"
    assert locate(text, g).region.path == "山东省/临沂市"
    text = "临沂市考察团从凯里市学习回来，临沂市委组织部总结了三条经验。"  # (back home: no coming to the writer)
    assert locate(text, g).region.path == "山东省/临沂市"
    text = "欢迎临沂市考察团来我县考察。凯里市委组织部介绍了本市干部培训的做法。"
    assert locate(text, g).region.county == "凯里市"  # (the guests' home named, the host named)
