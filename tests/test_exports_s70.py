"""Exports as a session-70 researcher read them: codes kept as text by pandas (dtypes.json), region reasons in
Chinese, the spaCy dates group telling resolved dates from time words, a manifest.json read like the .jsonl,
and a target group asked by the word for its people (第一书记)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
import pandas as pd
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts

# Two notices in my own words: one placed and dated in its text, one naming no place and no date, which the
# crawl's manifest.json dates.
COUNTY = ("安徽省宣城市泾县关心关爱驻村第一书记\n"
          "2019年3月，安徽省宣城市泾县委组织部印发通知，关心关爱驻村第一书记。\n"
          "一是为每名驻村第一书记每月发放工作补贴600元。\n"
          "二是近年来持续为驻村第一书记购买人身意外保险，解决后顾之忧。\n")
ESSAY = ("关于干部担当作为的几点思考\n"
         "干部敢于担当，关键在于有制度撑腰。\n"
         "一是建立容错纠错机制，给敢于担责的干部撑腰。\n"
         "二是完善干部考核评价办法，激励干部干事创业。\n")
MANIFEST = [{"file": "essay.txt", "url": "http://example.gov.cn/essay.html", "date": "2020-05-06"},
            {"file": "county.txt", "url": "http://example.gov.cn/county.html"}]


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "exports70", {
        "county.txt": COUNTY, "essay.txt": ESSAY, "manifest.json": json.dumps(MANIFEST, ensure_ascii=False, indent=2)})


def _export(db, out: Path, *args: str) -> None:
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out), *args])
    assert r.exit_code == 0, r.output


# --- E11: manifest.json ----------------------------------------------------------------------------

def test_a_json_array_manifest_is_read_as_the_jsonl_one(db):
    from pipeline.store import kb

    with kb.open(db) as k:
        a = k.articles().set_index("title")
    essay = a.loc["关于干部担当作为的几点思考"]
    assert (essay["url"], str(essay["date"].date()), essay["date_precision"]) == ("http://example.gov.cn/essay.html", "2020-05-06", "day")
    assert a.loc["安徽省宣城市泾县关心关爱驻村第一书记", "url"] == "http://example.gov.cn/county.html"


def test_a_json_manifest_that_is_no_array_of_objects_is_one_warning(tmp_path):
    from pipeline.text import manifest

    (tmp_path / "a.txt").write_text(ESSAY, encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"file": "a.txt", "date": "2020"}), encoding="utf-8")
    pages, problems = manifest.read(tmp_path)
    assert pages == {} and len(problems) == 1 and "not a JSON array" in problems[0].reason
    (tmp_path / "manifest.json").write_text(json.dumps([{"file": "a.txt", "year": "2020"}, "a.txt"]), encoding="utf-8")
    pages, problems = manifest.read(tmp_path)
    assert pages == {} and "item 2 is not a JSON object" in problems[0].reason
    (tmp_path / "manifest.json").write_text(json.dumps([{"文件名": "a.txt", "年份": "2020"}]), encoding="utf-8")
    pages, problems = manifest.read(tmp_path)
    assert problems == [] and [p.date for p in pages.values()] == ["2020"]


# --- E6: the spaCy dates group ---------------------------------------------------------------------

def test_docbin_dates_are_iso_or_marked_as_undated(db, tmp_path, segmenter):
    import spacy
    from spacy.tokens import DocBin

    UNDATED = "未定日期"  # (as the README names it)
    _export(db, tmp_path, "--format", "spacy")
    docs = list(DocBin().from_disk(tmp_path / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    spans = {(s.text, s.label_) for d in docs for s in d.spans["dates"]}
    assert ("2019年3月", "2019-03") in spans
    assert ("近年来", UNDATED) in spans
    assert not {label for _, label in spans} - {UNDATED} - {label for _, label in spans if label[:4].isdigit()}
    assert "日期" not in {label for _, label in spans}


# --- E12: a group asked by the word for its people -----------------------------------------------------

@pytest.mark.parametrize("word", ["第一书记", "驻村第一书记"])
def test_group_named_by_the_word_for_its_people(db, word):
    r = CliRunner().invoke(cli, ["search", "补贴", "--group", word, "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)["results"]
    assert rows and all("驻村干部" in m["groups"] for m in rows)
    assert "按“驻村干部”筛选" in r.output  # (said, not silently widened)


def test_group_words_are_cues_of_their_group():
    from pipeline.classify.codebook import load_codebook
    from pipeline.core.lexicons import word_table

    cues = {g.name_zh: set(g.cues) for g in load_codebook().groups}
    for word, group in word_table("group_aliases.tsv"):
        assert word in cues[group], (word, group)  # (so the word finds the measures it tags)


# --- E5: codes read back as text ------------------------------------------------------------------

@pytest.mark.parametrize("lang,code", [("zh", "区划代码"), ("en", "code")])
def test_csv_export_says_how_to_read_codes_with_blanks(db, tmp_path, lang, code):
    _export(db, tmp_path, "--format", "csv", "--lang", lang)
    raw = pd.read_csv(tmp_path / "regions.csv")
    assert raw[code].isna().any() and raw[code].dtype == "float64"  # (the trap: an unplaced article's blank)
    dtypes = json.loads((tmp_path / "dtypes.json").read_text(encoding="utf-8"))
    assert {k for k in dtypes if not k.startswith("_")} == {p.name for p in tmp_path.glob("*.csv")}  # (_: notes)
    regions = pd.read_csv(tmp_path / "regions.csv", dtype=dtypes["regions.csv"])
    assert "341823000000" in set(regions[code].dropna())
    measures = pd.read_csv(tmp_path / "measures.csv", dtype=dtypes["measures.csv"])
    figures = pd.read_csv(tmp_path / "figures.csv", dtype=dtypes["figures.csv"])
    own, ref = ("举措编号", "举措编号") if lang == "zh" else ("id", "measure_id")
    assert (str(measures[own].dtype), str(figures[ref].dtype)) == ("Int64", "Int64")
    assert dtypes["regions.csv"]["文章编号" if lang == "zh" else "article_id"] == "str"
    joined = figures.merge(measures, left_on=ref, right_on=own)
    assert len(joined) == figures[ref].notna().sum() > 0


# --- E10: the region's reason in Chinese -----------------------------------------------------------

def test_region_reasons_are_chinese_in_a_chinese_export_and_english_in_code(db, tmp_path):
    _export(db, tmp_path / "zh", "--format", "csv")
    _export(db, tmp_path / "en", "--format", "csv", "--lang", "en")
    zh = pd.read_csv(tmp_path / "zh" / "regions.csv", dtype=str)["判定依据"].dropna()
    en = pd.read_csv(tmp_path / "en" / "regions.csv", dtype=str)["reason"].dropna()
    assert any(r.startswith("weights: ") for r in en)
    assert all(r.startswith("提及权重：") for r in zh) and "泾县" in "".join(zh)
    assert not any(c.isascii() and c.isalpha() for c in "".join(zh))
    mentions = pd.read_csv(tmp_path / "zh" / "region_mentions.csv", dtype=str)["判定依据"].dropna()
    assert "名称唯一" in set(mentions) or any("上级" in r or "下级" in r for r in mentions)
    # each shape with its names and numbers; a shape it does not know stays as written
    from pipeline.report.labels import reason_zh

    assert reason_zh("national: 4 provinces named, none with half the weight") == "全国性：提到4个省份，没有一个占到一半权重"
    assert reason_zh("no place named; the medium 某县日报 is named after it") == "未提到地名；按媒体某县日报的所在地"
    assert reason_zh("weights: 甲省 3, ambiguous below: 乙市 and 丙市 equally named") == "提及权重：甲省 3，下一级乙市与丙市提到得一样多"
    assert reason_zh("something new: 甲县") == "something new: 甲县"
