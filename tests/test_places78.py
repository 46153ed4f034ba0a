"""Places below the county, session 78: what the session-77 tester left (issue 11).  The texts are short notices
written for these tests."""
from __future__ import annotations

import json

from click.testing import CliRunner
import pytest

from pipeline.extract.regions import locate
from tests.conftest import article_ids, built_from_texts

# --- 1. extract's region says what the KB, the API and the page say: reason, Chinese reason, ambiguous ----------------

# (a roundup of five provinces: national; two provinces named alike: ambiguous; one district of four cities: ambiguous;
# one county placed: neither)
UNPLACED = {
    "roundup.txt": "多省推进年轻干部培养\n发布时间：2024-06-01\n"
                   "今年以来，江苏、浙江、四川、贵州、甘肃等地出台措施培养年轻干部。江苏省开展专题培训，浙江省推行跟班学习，"
                   "四川省选派干部到基层锻炼，贵州省组织年轻干部轮岗，甘肃省开展实绩考核。\n",
    "pair.txt": "两省干部交流座谈\n发布时间：2024-06-02\n河北省、山西省两地干部开展交流座谈，交流选人用人经验。\n",
    "gulou.txt": "鼓楼区推行街道干部轮岗\n发布时间：2024-06-03\n鼓楼区委组织部出台方案，在全区街道干部中推行轮岗交流。\n",
    "placed.txt": "沛县选派干部驻村\n发布时间：2024-06-04\n沛县县委组织部选派机关干部到村任职，沛县各镇配合做好保障。\n",
}


@pytest.fixture(scope="module")
def unplaced_kb(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "places78_unplaced", UNPLACED)


def _extracted(tmp_path, fmt: str) -> dict[str, dict]:
    from pipeline.cli import cli

    for name, text in UNPLACED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", fmt, "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout) if fmt == "json" else [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return {d["file"].rsplit("/", 1)[-1]: d["region"] for d in rows}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_extract_gives_the_region_decision_with_its_reasons_where_no_unit_is_chosen(tmp_path, segmenter, fmt):
    region = _extracted(tmp_path, fmt)
    national, pair = region["roundup.txt"], region["pair.txt"]
    assert national is not None and national["reason"].startswith("national: 5 provinces named")
    assert national["reason_zh"].startswith("全国性") and national["ambiguous"] is False
    assert national["confidence"] == 0.0 and national["name"] is None and national["province"] is None
    assert pair["reason"] == "ambiguous: 河北省 and 山西省 are named equally" and pair["ambiguous"] is True
    assert pair["reason_zh"] == "无法确定：河北省与山西省提到得一样多"
    assert region["gulou.txt"]["ambiguous"] is True and region["gulou.txt"]["reason_zh"].startswith("无法确定")
    placed = region["placed.txt"]
    assert placed["county"] == "沛县" and placed["ambiguous"] is False and placed["reason_zh"].startswith("提及权重")


def test_extract_and_the_api_give_one_region_decision(unplaced_kb, tmp_path):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    extracted = _extracted(tmp_path, "json")
    client = TestClient(create_app(str(unplaced_kb)))
    for name, aid in article_ids(unplaced_kb).items():
        api = client.get(f"/api/articles/{aid}").json()["region"]
        said = ("reason", "reason_zh", "confidence", "ambiguous")
        assert {k: api[k] for k in said} == {k: extracted[name][k] for k in said}, name


# --- 2. a county report citing one village stays at the county -------------------------------------------------

def test_a_county_report_citing_one_village_stays_at_the_county(g, segmenter):
    text = ("长沙县出台村干部报酬办法。长沙县果园镇大兴村支书说，报酬提高了。长沙县还将完善考核办法，"
            "长沙县各镇抓好落实。")
    placed = locate(text, g, title="长沙县提高村干部报酬")
    assert placed.region.path == "湖南省/长沙市/长沙县" and "written under" not in placed.reason


# --- 3. townships in the genre's usual shapes, each found with its county --------------------------------------------

def _towns(placed) -> list[tuple[str, str]]:
    return [(m.text, m.place.path) for m in placed.mentions if m.place.level == "township"]


XUANEN = "湖北省/恩施土家族苗族自治州/宣恩县/"


@pytest.mark.parametrize("text", [
    "宣恩县长潭河、晓关两个民族乡开展干部轮训。",  # (the peoples unnamed: 民族乡 shared)
    "宣恩县长潭河、晓关两乡开展干部轮训。",  # (the data's 长潭河侗族乡, written 长潭河乡: its stem)
    "宣恩县长潭河、晓关两个侗族乡开展干部轮训。",
])
def test_ethnic_townships_listed_by_their_stems_are_found_with_their_county(g, segmenter, text):
    placed = locate(text, g)
    assert _towns(placed) == [("长潭河", XUANEN + "长潭河侗族乡"), ("晓关", XUANEN + "晓关侗族乡")]
    assert all(m.place.code for m in placed.mentions)


QU = "四川省/达州市/渠县/"


@pytest.mark.parametrize("text, towns", [
    ("渠县确定试点乡镇：临巴、三汇、涌兴。", ["临巴镇", "三汇镇", "涌兴镇"]),
    ("渠县选定三个乡镇开展试点，分别是临巴、三汇和涌兴。", ["临巴镇", "三汇镇", "涌兴镇"]),
    ("渠县选定两个街道开展试点：渠江、天星。", ["渠江街道", "天星街道"]),
])
def test_towns_listed_by_their_stems_after_their_word_and_a_colon(g, segmenter, text, towns):
    placed = locate(text, g)
    assert [p for _, p in _towns(placed)] == [QU + t for t in towns]
    reason = next(m.reason for m in placed.mentions if m.place.level == "township")
    assert reason.startswith("listed under ") and reason.endswith("; in 渠县")
    from pipeline.report.labels import reason_zh
    assert "listed" not in reason_zh(reason)


@pytest.mark.parametrize("text", [
    "渠县召开会议，要求各乡镇：强化责任、压实担子。",
    "渠县乡镇干部要做到：担当、实干、奉献。",
    "渠县各乡镇街道分别是：主体责任、直接责任。",
    "渠县全县13个乡镇（街道）均成立了考核组，全县18个乡镇开展培训。",
])
def test_duties_after_a_towns_word_and_counts_of_towns_are_no_towns(g, segmenter, text):
    assert _towns(locate(text, g)) == []


@pytest.mark.parametrize("text, county, town", [
    ("渠县报恩乡开展干部轮训。", "渠县", "报恩乡"),  # (渠县报: no paper)
    ("攸县网岭镇开展干部轮训。", "攸县", "网岭镇"),  # (攸县网: no site)
    ("渠县报恩、安北两个乡开展干部轮训。", "渠县", "报恩"),
])
def test_a_county_before_its_own_town_opening_with_a_mediums_word_is_a_mention(g, segmenter, text, county, town):
    placed = locate(text, g)
    assert [m.text for m in placed.mentions][:2] == [county, town]
    assert placed.mentions[0].place.level == "county" and placed.mentions[0].place.code


def test_a_countys_paper_or_site_is_still_no_mention(g, segmenter):
    for text in ("据渠县报道，当地开展干部轮训。", "攸县网发布了干部轮训的消息。"):
        assert locate(text, g).mentions == [], text
