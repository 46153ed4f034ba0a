"""`policykb compare` as session 71's researcher used it: a report with no slogan or figure in scope, figures of no
measure, places with no prefecture level, division codes beside the labels, heatmaps of many regions, and a comparison
of many counties that does not take minutes."""
from __future__ import annotations

import pandas as pd
import pytest

from tests.conftest import built_from_texts
from tests.conftest import compared as _compare, csv_table as _table, sql_rows as _sql


# --- 2: nothing in scope is an empty table, not a crash ---------------------------------------------------

# A county notice with no slogan and no figure, in my own words.
PLAIN = {
    "macheng.txt": ("湖北省黄冈市麻城市加强年轻干部培养\n"
                    "湖北省黄冈市麻城市委组织部近日部署年轻干部培养工作。\n"
                    "一是举办年轻干部培训班，组织集中学习。\n"
                    "二是选派年轻干部到乡镇一线挂职锻炼。\n"),
    "manifest.tsv": "file\tdate\nmacheng.txt\t2021-03-01\n",
}


@pytest.fixture(scope="module")
def plain(tmp_path_factory, segmenter):
    db = built_from_texts(tmp_path_factory, "plain71", PLAIN)
    assert _sql(db, "SELECT count(*) FROM slogans") == [(0,)] and _sql(db, "SELECT count(*) FROM figures") == [(0,)]
    return db


@pytest.mark.parametrize("by", ["province", "city", "county"])
def test_compare_writes_the_report_when_no_slogan_or_figure_is_in_scope(plain, tmp_path, by):
    output = _compare(plain, tmp_path, "--by", by)
    assert (tmp_path / "report.html").exists() and (tmp_path / "comparison.xlsx").exists()
    assert _table(tmp_path / "slogans_by_region.csv").empty and _table(tmp_path / "figures_by_topic.csv").empty
    assert "没有提法" in output
    _compare(plain, tmp_path / "year", "--by", by, "--year", "2021")
    assert (tmp_path / "year" / "report.html").exists()


def test_with_region_of_an_empty_frame_is_an_empty_frame(plain):
    from pipeline.report.compare import regions_at, with_region
    from pipeline.store import kb

    with kb.open(plain) as k:
        for by in ("province", "city", "county"):
            regions = regions_at(k, by)
            for frame in (k.figures(), k.slogans(), k.measures().iloc[:0], k.articles().iloc[:0]):
                out = with_region(frame, by, regions)
                assert out.empty and {"region", "region_path"} <= set(out.columns)


# --- 3, 4, 7: figures of no measure; places with no prefecture level; codes and paths -----------------------

PLACES = {
    "xicheng.txt": ("北京市西城区加强年轻干部培养\n"
                    "北京市西城区委组织部近日部署年轻干部培养工作。\n"
                    "一是举办年轻干部培训班，全年培训干部200人次。\n"
                    "二是选派年轻干部到街道一线挂职锻炼。\n"),
    "xiantao.txt": ("湖北省仙桃市关心关爱村干部\n"
                    "湖北省仙桃市共有村（社区）干部1860人，其中年轻干部不足两成。\n"
                    "为稳定村干部队伍，仙桃市委组织部近日出台措施。\n"
                    "一是为村干部每人每年安排一次健康体检。\n"
                    "二是村干部的生活补贴一年按12000元发放。\n"),
    "manifest.tsv": "file\tdate\nxicheng.txt\t2022-04-01\nxiantao.txt\t2022-06-01\n",
}


@pytest.fixture(scope="module")
def places(tmp_path_factory, segmenter):
    db = built_from_texts(tmp_path_factory, "places71", PLACES)
    assert _sql(db, "SELECT count(*) FROM regions WHERE city IS NULL AND county IS NOT NULL") == [(2,)]
    return db


def test_a_municipality_and_a_county_its_province_governs_are_rows_by_city(places, tmp_path):
    output = _compare(places, tmp_path, "--by", "city")
    assert "未能确定地市" not in output
    counts = _table(tmp_path / "city_x_category_counts.csv").set_index("地市")
    assert list(counts.index) == ["北京市", "仙桃市"]  # (division-code order: 11, 42)
    assert list(counts["区划代码"]) == ["110000000000", "429004000000"]
    assert list(counts["完整地名"]) == ["北京市", "湖北省/仙桃市"]
    assert list(counts["文章数"]) == ["1", "1"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "直辖市（北京市）没有地市一级" in html and "省直辖的县级单位（仙桃市）" in html
    output = _compare(places, tmp_path / "en", "--by", "city", "--lang", "en")
    assert "could not be placed" not in output
    assert "A municipality (北京市) has no prefecture level" in (tmp_path / "en" / "report.html").read_text(encoding="utf-8")


def test_a_place_with_no_prefecture_level_is_its_own_unit_at_the_city_level():
    from pipeline.extract.places import unit_path

    assert unit_path(["江苏省", "苏州市", "昆山市"], "city") == "江苏省/苏州市"
    assert unit_path(["北京市", None, "西城区", "金融街街道"], "city") == "北京市"
    assert unit_path(["上海市", None, None], "city") == "上海市"  # (the municipality itself)
    assert unit_path(["湖北省", None, "仙桃市"], "city") == "湖北省/仙桃市"
    assert unit_path(["湖北省", None, None], "city") is None  # (a province's own article: no city)
    assert unit_path(["北京市", None, "西城区"], "county") == "北京市/西城区"
    assert unit_path(["北京市", None, None], "county") is None


def test_every_comparison_table_gives_the_division_code_and_full_path(places, tmp_path):
    _compare(places, tmp_path, "--by", "county")
    want = {"北京市/西城区": "110102000000", "湖北省/仙桃市": "429004000000"}
    for name in ("county_x_category_counts", "county_x_category_shares", "county_x_group_counts",
                 "county_x_group_shares", "county_similarity", "county_closest", "figures_by_topic",
                 "slogans_by_region"):
        table = _table(tmp_path / f"{name}.csv")
        if table.empty:
            continue
        at = list(table.columns).index("区县")
        assert list(table.columns)[at + 1: at + 3] == ["区划代码", "完整地名"], name
        assert all(want[p] == c for p, c in zip(table["完整地名"], table["区划代码"])), name
    _compare(places, tmp_path / "en", "--by", "county", "--lang", "en")
    table = _table(tmp_path / "en" / "county_x_category_counts.csv")
    assert list(table.columns)[:3] == ["county", "code", "path"]


def test_figures_of_no_measure_are_listed_and_said(places, tmp_path):
    outside = _sql(places, "SELECT text FROM figures WHERE measure_id IS NULL")
    assert ("1860人",) in outside
    _compare(places, tmp_path, "--by", "province")
    figures = _table(tmp_path / "figures_by_topic.csv")
    none = figures[figures["主题"] == "无举措"]
    assert set(none["数据原文"]) == {t for (t,) in outside} and (none["举措"] == "").all()
    assert list(figures["主题"]).index("无举措") == len(figures) - len(none)  # (after every codebook topic)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert f"{len(outside)} 条数据不属于任何举措" in html
    _compare(places, tmp_path / "care", "--by", "province", "--category", "care")  # (仙桃市's health checks)
    assert "无举措" not in set(_table(tmp_path / "care" / "figures_by_topic.csv")["主题"])
    assert "条数据不属于任何举措，没有类别，未列入" in (tmp_path / "care" / "report.html").read_text(encoding="utf-8")


# --- 5, 6: many regions ------------------------------------------------------------------------------------

def test_every_heatmap_draws_the_regions_with_most_measures_and_says_so(places, tmp_path, monkeypatch):
    from pipeline.report import compare as C

    monkeypatch.setattr(C, "PLOT_MAX_REGIONS", 1)
    _compare(places, tmp_path, "--by", "county")
    counts = _table(tmp_path / "county_x_category_counts.csv").set_index("区县")["举措数"].astype(int)
    assert len(counts) == 2
    top = counts.sort_values(ascending=False, kind="stable").index[0]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for kind in ("category", "group", "similarity"):
        drawn = _table(tmp_path / f"heatmap_county_{kind}.csv")
        assert list(drawn[drawn.columns[0]]) == [top], kind
        assert "举措最多的 1 个区县（共 2 个）" in (tmp_path / f"heatmap_county_{kind}.svg").read_text(encoding="utf-8"), kind
    assert len(_table(tmp_path / "county_x_category_shares.csv")) == 2  # (the table keeps them all)
    assert html.count("图中为举措最多的 1 个区县（共 2 个）") == 3
    assert "county_x_category_shares.csv" in html and "county_x_group_shares.csv" in html


def test_the_tables_of_many_regions_take_no_time_per_region(tmp_path, monkeypatch):
    """600 counties, 30,000 measures: the category table asked, for every county, for the set of all measures'
    counties (59 s of a 787-county report); the tables alone (no plot drawn) take a second or two."""
    from pipeline.report import compare as C

    monkeypatch.setattr(C, "heatmap", lambda *a, **k: [])
    n_regions, per = 600, 50
    names = [f"第{k}县" for k in range(n_regions)]
    cats = [("train", "教育培训"), ("care", "关心关爱"), ("unclassified", "未归类")]
    regions = pd.DataFrame({"path": [f"某省/某市/{n}" for n in names], "label": names,
                            "code": [f"{990000 + k}" for k in range(n_regions)], "own": False})
    measures = pd.DataFrame({
        "article_id": [f"a{k // per}" for k in range(n_regions * per)],
        "province": "某省", "city": "某市", "county": [names[k // per] for k in range(n_regions * per)],
        "categories": ["train care" if k % 3 else "care" for k in range(n_regions * per)],
        "groups": ["年轻干部" if k % 2 else "村干部" for k in range(n_regions * per)]})
    articles = measures.drop_duplicates("article_id")[["article_id", "province", "city", "county"]]
    L = C.Labels("zh", "county")
    counts, shares = C._profiles(C.Report(), L, measures, articles, cats, regions, None, tmp_path)
    # (no timing asserted: the machines are shared; the per-county set took 59 s of a 787-county report)
    assert len(counts) == len(shares) == n_regions
