"""Comparing by township at scale (session 73): the synthetic corpus names townships the build places, compare by
township gives rows with their full paths, and the slogan timeline marks a bounded number of regions a row."""
from __future__ import annotations


import pandas as pd
import pytest

from tests.conftest import bench_module, compared as _compare, csv_table as _table

@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, segmenter):
    """A knowledge base of 30 synthetic articles (bench/synth.py, seed 5)."""
    from pipeline.build import build

    synth = bench_module("synth")
    root = tmp_path_factory.mktemp("synth73")
    synth.generate(root / "corpus", 30, seed=5)
    build(root / "corpus", root / "kb.sqlite", model=None)
    return root / "kb.sqlite"


def test_synth_writes_townships_in_their_county_deterministically():
    synth = bench_module("synth")
    g = synth.gazetteer()
    written = {i: synth.towns_written(i, 5) for i in range(60)}
    assert 8 <= sum(map(bool, written.values())) <= 30  # (half the articles placed in a county)
    for i, codes in written.items():
        text = synth.article(i, 5)[1]
        for code in codes:
            town = g.places[code]
            assert town.level == "township" and g.parents[code] == synth._Article(
                synth.random.Random(5 * 1_000_003 + i)).place.code
            assert town.name in text or synth.TOWN_LEVEL.sub("", town.name) in text
    assert synth.article(7, 5) == synth.article(7, 5) and written == {i: synth.towns_written(i, 5) for i in range(60)}


def test_the_build_places_the_townships_synth_wrote(synthetic):
    counts = bench_module("township_agreement").agreement(synthetic, 30, seed=5)
    assert counts["towns_written"] >= 5, counts
    assert counts["towns_placed"] >= 0.9 * counts["towns_written"], counts
    assert counts["mentions_written"] >= 0.9 * counts["mentions"], counts
    assert counts["primary_townships"] >= 1 and counts["primary_written"] == counts["primary_townships"], counts


def test_compare_by_township_gives_each_town_its_full_path(synthetic, tmp_path):
    synth = bench_module("synth")
    _compare(synthetic, tmp_path, "--by", "township")
    counts = _table(tmp_path / "township_x_category_counts.csv")
    assert len(counts) >= 1
    g = synth.gazetteer()
    written = {g.places[c].path for i in range(30) for c in synth.towns_written(i, 5)}
    for _, row in counts.iterrows():
        assert row["完整地名"] in written, row["完整地名"]  # (province/…/county/town: no namesake merged)
        assert len(row["区划代码"]) == 12 and row["乡镇"] == "".join(row["完整地名"].split("/")[-2:])  # (沛县五段镇)
    assert "提法在各地首次出现的时间" in (tmp_path / "report.html").read_text(encoding="utf-8")


# --- the slogan timeline: a bounded number of regions a row, whatever the level ------------------------------

def test_the_timeline_marks_at_most_a_bounded_number_of_regions_a_row_and_says_where_the_rest_are(tmp_path):
    """By county the timeline had one label per region first naming a slogan: 14,000 pixels tall, unreadable."""
    from PIL import Image

    from pipeline.report import compare as C

    days = pd.date_range("2016-01-01", periods=300, freq="9D")
    slogans = [f"提法{k}" for k in range(12)]
    table = pd.DataFrame({"canonical": [s for s in slogans for _ in range(300)],
                          "region": [f"第{k}县" for _ in slogans for k in range(300)],
                          "articles": pd.array([1 + (k * 7) % 13 for _ in slogans for k in range(300)], dtype="Int64"),
                          "first_seen": list(days) * 12, "first_seen_precision": "day"})
    spread = pd.DataFrame({"canonical": slogans})
    rep, L = C.Report(), C.Labels("zh", "county")
    files = C._timeline(rep, table, spread, tmp_path / "slogan_timeline", L)
    assert files
    n = C.TIMELINE_MAX_REGIONS
    drawn = _table(tmp_path / "slogan_timeline.csv")
    assert drawn.groupby("提法").size().max() == n and len(drawn) == 12 * n
    # (those of each row with the most articles)
    assert set(drawn["文章数"].astype(int)) == {13}, set(drawn["文章数"])
    # the PNG's height: at most every region of a row on a lane of its own, the axis and the title's two lines
    height = Image.open(tmp_path / "slogan_timeline.png").size[1]
    bound = (12 * (n * C.LANE_H + 0.14) + 1.1 + 0.5) * 130
    assert height <= bound, (height, bound)
    caption = rep.captions[L.title("timeline")]
    assert f"文章最多的 {n} 个区县" in caption and "slogans_by_region.csv" in caption
    assert f"每个提法文章最多的 {n} 个区县" in (tmp_path / "slogan_timeline.svg").read_text(encoding="utf-8")


def test_a_timeline_of_few_regions_marks_them_all_and_says_nothing(synthetic, tmp_path):
    _compare(synthetic, tmp_path, "--by", "province")
    table = _table(tmp_path / "slogans_by_region.csv")
    drawn = _table(tmp_path / "slogan_timeline.csv")
    assert drawn.groupby("提法").size().max() <= table.groupby("提法").size().max()
    assert "每个提法只标出" not in (tmp_path / "report.html").read_text(encoding="utf-8")


# --- same-named towns of same-named counties: rows apart, each with its full path ------------------------------

TWINS = {
    "anshan.txt": ("铁东区解放街道推行网格员积分管理\n"
                   "辽宁省鞍山市铁东区解放街道党工委今年选派12名年轻干部到社区担任网格员，每月评议一次积分。\n"
                   "解放街道还为网格员落实交通补助每人每月200元。\n"),
    "siping.txt": ("铁东区解放街道开设社区工作者夜校\n"
                   "吉林省四平市铁东区解放街道党工委开设社区工作者夜校8期，培训社区工作者300人次。\n"
                   "解放街道把考核结果与评先评优挂钩。\n"),
}


@pytest.fixture(scope="module")
def twins(tmp_path_factory, segmenter):
    from tests.conftest import bench_module, built_from_texts

    return built_from_texts(tmp_path_factory, "twins73", TWINS)


def test_same_named_towns_of_same_named_counties_are_two_rows_with_their_full_paths(twins, tmp_path):
    """铁东区解放街道 is in 鞍山市 and in 四平市: the two rows had one label, which compare could not tell apart."""
    _compare(twins, tmp_path, "--by", "township")
    counts = _table(tmp_path / "township_x_category_counts.csv")
    assert sorted(counts["完整地名"]) == ["吉林省/四平市/铁东区/解放街道", "辽宁省/鞍山市/铁东区/解放街道"]
    assert sorted(counts["乡镇"]) == ["四平市铁东区解放街道", "鞍山市铁东区解放街道"]
    assert len(set(counts["区划代码"])) == 2


# --- placing half a million rows: a path per distinct place, not per row ------------------------------------

def test_with_region_works_out_a_path_once_per_distinct_place(monkeypatch):
    """By township, the figures (517,542 of 10,000 synthetic articles) were placed row by row: unit_path per row."""
    from pipeline.extract import places as P
    from pipeline.report import compare as C

    asked = []
    real = P.unit_path
    monkeypatch.setattr(C.P, "unit_path", lambda names, level: asked.append(names) or real(names, level))
    towns = [("江苏省", "徐州市", "沛县", "五段镇"), ("辽宁省", "鞍山市", "铁东区", "解放街道"), ("北京市", None, "丰台区", None)]
    df = pd.DataFrame([towns[k % 3] for k in range(3000)], columns=["province", "city", "county", "township"])
    regions = pd.DataFrame({"path": ["江苏省/徐州市/沛县/五段镇", "辽宁省/鞍山市/铁东区/解放街道"],
                            "label": ["沛县五段镇", "铁东区解放街道"], "code": ["320322107", "210302001"], "own": False})
    out = C.with_region(df, "township", regions)
    assert len(asked) == 3
    assert list(out["region"].astype(str)[:4]) == ["沛县五段镇", "铁东区解放街道", "沛县五段镇", "铁东区解放街道"]
    assert len(out) == 2000


def test_the_knowledge_base_reads_each_place_and_date_as_before():
    from pipeline.store.kb import PRECISION, precision_of

    dates = pd.Series(["2016", "2016-05", None, float("nan"), "2016-05-03", "2016"], dtype=object)
    rule = dates.map(lambda t: PRECISION.get(len(t)) if isinstance(t, str) else None)  # (each date, as before)
    assert precision_of(dates).equals(rule) and list(precision_of(dates).dropna()) == ["year", "month", "day", "year"]
