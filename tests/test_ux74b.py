"""Comparison report and exports (session 74, a tester's findings): figures keep what they count per, undated
articles left out by --year are said, a reused --out folder loses the files of another level's report, the slogan
timeline says which slogans it draws, place reasons are Chinese in a Chinese export, and --by / --category take what
people type."""
from __future__ import annotations

from click.testing import CliRunner
import pandas as pd
import pytest

from tests.conftest import built_from_texts, compared as _compare, csv_table as _table

# Four notices in my own words: two dated counties of one province, one of another, one with no date at all.
PAGES = {
    "gutian.txt": ("福建省宁德市古田县提高村干部待遇\n发布时间：2021-04-12\n"
                   "福建省宁德市古田县委组织部出台办法提高村干部待遇。\n"
                   "一是为村干部每人每月发放生活补贴400元。\n"
                   "二是推行“四下基层”，组织干部到村里解决群众难题。\n"
                   "三是落实“三个区分开来”，为敢于担当的干部容错纠错。\n"),
    "pingnan.txt": ("福建省宁德市屏南县关爱基层干部\n发布时间：2022-06-20\n"
                    "福建省宁德市屏南县委组织部关心关爱基层干部。\n"
                    "一是为基层干部安排体检，每人每年费用不低于800元。\n"
                    "二是坚持“四下基层”，干部每月进村走访。\n"),
    "deqing.txt": ("浙江省湖州市德清县激励干部担当作为\n发布时间：2023-09-01\n"
                   "浙江省湖州市德清县委组织部出台措施激励干部担当作为。\n"
                   "一是落实“三个区分开来”，对干部在改革中的失误容错纠错。\n"
                   "二是选派46名年轻干部到乡镇挂职锻炼。\n"
                   "三是开展“三联三帮”活动，每名县领导联系一个乡镇。\n"),
    "anji.txt": ("浙江省湖州市安吉县加强干部培训\n"
                 "浙江省湖州市安吉县委组织部举办干部培训班。\n"
                 "一是全年培训村干部500人次。\n"
                 "二是组织干部学习“千万工程”经验。\n"
                 "三是推行“三联三帮”，干部结对帮扶困难群众。\n"),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux74b", PAGES)


def _run(*args: str):
    from pipeline.cli import cli

    return CliRunner().invoke(cli, list(args))


# --- 3. a figure's per (每人每月) wherever the figure is ------------------------------------------------------

def test_figures_by_topic_say_what_each_figure_counts_per(kb, tmp_path):
    """compare's figures table had no per column: 400元 每人每月 and 不低于800元 每人每年 read as flat amounts."""
    _compare(kb, tmp_path / "zh", "--quiet")
    zh = _table(tmp_path / "zh" / "figures_by_topic.csv")
    assert "计量基准" in zh.columns and list(zh.columns).index("计量基准") == list(zh.columns).index("单位") + 1
    assert dict(zip(zh["数据原文"], zh["计量基准"]))["400元"] == "每人每月"
    _compare(kb, tmp_path / "en", "--quiet", "--lang", "en")
    en = _table(tmp_path / "en" / "figures_by_topic.csv")
    assert dict(zip(en["figure"], en["per"]))["不低于800元"] == "每人每年"


def test_a_search_download_gives_each_figure_with_its_per(kb):
    import csv
    import io

    r = _run("search", "补贴", "--db", str(kb), "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    assert [row["数据"] for row in rows] == ["400元（每人每月）"]
    r = _run("search", "补贴", "--db", str(kb), "--format", "csv", "--lang", "en")
    assert [row["figures"] for row in csv.DictReader(io.StringIO(r.stdout.lstrip("\ufeff")))] == ["400元 (每人每月)"]


def test_the_search_page_shows_a_figure_with_its_per(kb):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    page = TestClient(create_app(str(kb))).get("/", params={"q": "体检"}).text
    assert "不低于800元（每人每年）" in page


# --- 4. --year says the undated articles it leaves out -------------------------------------------------------

def test_a_comparison_by_year_says_the_undated_articles_it_leaves_out(kb, tmp_path):
    """compare --year left the articles with no date out without a word (in a tester's KB, 10 articles and 83
    measures), where the articles with no region were said on stderr, in the report and on the 说明 sheet."""
    import openpyxl

    r = _run("compare", "--db", str(kb), "--out", str(tmp_path / "zh"), "--year", "2021-2023")
    assert r.exit_code == 0, r.output
    said = "另有 1 篇文章（4 条举措）没有日期"
    assert said in r.stderr and said in (tmp_path / "zh" / "report.html").read_text(encoding="utf-8")
    about = [c.value for c in openpyxl.load_workbook(tmp_path / "zh" / "comparison.xlsx")["说明"]["A"]]
    assert any(said in (v or "") for v in about)
    r = _run("compare", "--db", str(kb), "--out", str(tmp_path / "en"), "--year", "2021-2023", "--lang", "en")
    assert "1 more article (4 measures) with no date" in r.stderr
    r = _run("compare", "--db", str(kb), "--out", str(tmp_path / "all"))
    assert "没有日期" not in r.stderr  # (no year asked for: every article counts)


# --- 15. --by and --category as people type them -------------------------------------------------------------

def test_compare_takes_a_level_by_its_chinese_name(kb, tmp_path):
    """--by 区县 was refused: the exports and the Chinese report head the level so."""
    r = _run("compare", "--db", str(kb), "--out", str(tmp_path / "r"), "--by", "区县", "--quiet")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "r" / "county_x_category_counts.csv").exists()
    assert "区县" in _table(tmp_path / "r" / "county_x_category_counts.csv").columns
    r = _run("compare", "--db", str(kb), "--out", str(tmp_path / "bad"), "--by", "村")
    assert r.exit_code == 2 and "区县" in r.output  # (what it takes is said, in both languages)


def test_compare_reads_a_list_of_categories_in_one_value(kb, tmp_path):
    """--category 关心关爱,容错纠错 was refused as an unknown category, with the nearest names offered."""
    one = tmp_path / "one"
    r = _run("compare", "--db", str(kb), "--out", str(one), "--category", "关心关爱,容错纠错", "--quiet")
    assert r.exit_code == 0, r.output
    two = tmp_path / "two"
    _compare(kb, two, "--category", "关心关爱", "--category", "容错纠错", "--quiet")
    for name in ("province_x_category_counts.csv", "figures_by_topic.csv", "slogans_by_region.csv"):
        assert _table(one / name).equals(_table(two / name)), name
    assert "关心关爱、容错纠错" in (one / "report.html").read_text(encoding="utf-8")
    r = _run("compare", "--db", str(kb), "--out", str(tmp_path / "three"), "--category", "care、 tolerate", "--quiet")
    assert r.exit_code == 0, r.output


# --- 6. a reused --out folder: the previous report's files it does not write again are removed ---------------

def test_a_report_into_an_earlier_reports_folder_removes_that_reports_other_files(kb, tmp_path):
    """compare --by county then --by province into one folder left every county_* file beside the province report,
    though the README says the files there are replaced on the next run."""
    out = tmp_path / "r"
    _compare(kb, out, "--by", "county", "--quiet")
    county = {p.name for p in out.iterdir() if p.name.startswith(("county_", "heatmap_county"))}
    assert "county_x_category_counts.csv" in county and "heatmap_county_category.png" in county
    (out / "notes.csv").write_text("mine\n", encoding="utf-8")  # (a file of the user's: no report named it)
    r = _run("compare", "--db", str(kb), "--out", str(out), "--by", "province")
    assert r.exit_code == 0, r.output
    left = {p.name for p in out.iterdir()}
    assert not left & county, left & county
    assert "province_x_category_counts.csv" in left and "heatmap_province_similarity.svg" in left
    assert (out / "notes.csv").read_text(encoding="utf-8") == "mine\n"
    assert f"removed {len(county)} files of the report that was in {out}" in r.stderr
    # (the same report again: nothing to remove, nothing said)
    r = _run("compare", "--db", str(kb), "--out", str(out), "--by", "province")
    assert "removed" not in r.stderr and {p.name for p in out.iterdir()} == left


# --- 7. the slogan timeline says which slogans it draws, the most widespread by a meaningful order ------------

def test_slogans_tied_on_regions_are_ranked_by_articles_then_first_date(kb, tmp_path):
    """Slogans in as many regions with as many articles were ranked by code-point order (三联三帮, first seen in 2023,
    before 四下基层, first seen in 2021), and the timeline drew the first 12 of that order."""
    _compare(kb, tmp_path, "--quiet")
    spread = _table(tmp_path / "slogan_spread.csv")
    assert list(spread["提法"]) == ["三个区分开来", "四下基层", "三联三帮", "千万工程"]


def test_a_timeline_of_more_slogans_than_it_draws_says_which_and_where_the_rest_are(tmp_path):
    from pipeline.report import compare as C

    names = [f"提法{k:02d}" for k in range(15)]
    table = pd.DataFrame({"canonical": names, "region": "甲县", "articles": pd.array([1] * 15, dtype="Int64"),
                          "first_seen": pd.date_range("2018-01-01", periods=15, freq="30D"),
                          "first_seen_precision": "day"})
    spread = pd.DataFrame({"canonical": names[::-1]})  # (the spread's order, not the names', picks them)
    rep, L = C.Report(), C.Labels("zh", "county")
    assert C._timeline(rep, table, spread, tmp_path / "slogan_timeline", L)
    drawn = _table(tmp_path / "slogan_timeline.csv")
    assert set(drawn["提法"]) == set(names[-12:])
    caption = rep.captions[L.title("timeline")]
    assert f"分布最广的 {12} 个提法（共 15 个" in caption and "slogan_spread.csv" in caption
    svg = (tmp_path / "slogan_timeline.svg").read_text(encoding="utf-8")
    assert f"分布最广的 {12} 个提法（共 15 个）" in svg
    rep, L = C.Report(), C.Labels("en", "county")
    C._timeline(rep, table, spread, tmp_path / "en", L)
    assert "the 12 most widespread of 15 slogans" in (tmp_path / "en.svg").read_text(encoding="utf-8")


# --- 11. every reason the region finder writes, in Chinese in a Chinese export -------------------------------

# One reason of each shape pipeline/extract/regions.py writes for a place named (region_mentions) or an article's
# region (regions), names made up or of real divisions; parts joined by '; ' as the finder joins them.
REASONS = [
    "as named under its chain: 甘肃省/张掖市/甘州区/河西镇",
    "named inside the free-trade zone 海南自贸区 it hosts",
    "a village not in the list, right after 青石镇",
    "a village not in the list (石门 is its tail), right after 青石镇",
    "listed as 石门村, right after 青石镇",
    "explicit parent: 甲县 precedes it; now in 乙区",
    "explicit parent: 甲县 precedes it; not in the 2025-12-31 list",
    "explicit parent: 甲县 precedes it; written for 甲县人民路街道",
    "explicit parent: 甲县 precedes it; 街 for 街道",
    "explicit parent: 青石镇 precedes it (the data files it under 白石镇 or 红石镇 of 乙县)",
    "explicit parent: 青石镇 precedes it (the data files it under no town of 乙县)",
    "context vote: the only namesake in 甲市, where the article's places lie",
    "ambiguous: 3 candidates, none in 甲市, where the article's places lie",
    "unique name: the only village of this name in the list, its organ after it",
    "listed in the 街道 column of a table; in 甲区",
    "a village not in the list, in a list after 石门村",
    "national: the headline surveys many places, 3 provinces named",
    "national: filed from 甲市 by a central agency, 乙省 barely named",
    "explicit parent: 怀化市 names it",
    "explicit child: its village 石门村 follows it",
    "context vote: 甲县 named in the headline",
    "context vote: 甲县 named in the author unit",
    "context vote: 甲县 (the unit the medium is named after)",
    "context vote: its village 石门村 named in the article",
    "context vote: the medium 甲县融媒 is named after 甲县",
    "context vote: the one county of 甲市 that files it",
    "ambiguous: 2 villages of this name; listed after 石门村; context vote: the one county of 甲市 that files it",
    "no context: the only current full name",
    "ambiguous: 3 candidates, no parent or context in the article",
    "ambiguous: 2 villages of this name; listed after 青石镇",
    "unique name; listed with towns of 甲县 only",
    "as resolved at its first mention; listed as 青石镇",
    "unique name; a community named after 石门村",
    "a village known across the country by its name",
    "listed before 镇; in 甲县",
    "listed before 村; its county unknown",
    "listed with villages that 甲县 alone holds",
    "in 甲县, named in the article; 街 for 街道",
    "in 甲县, not in the 2025-12-31 list, listed beside its streets; 街 for 街道",
    "in 甲县, listed with 青石镇",
    "a town not in the 2025-12-31 list, standing alone; in 甲县, listed with a town of it",
    "a town not in the 2025-12-31 list, standing alone; in 甲县, the article's only county",
    "a village not in the list, standing alone with its organs; in 甲县",
    "a community not in the list, standing alone with its organs; its county unknown",
    "a town not in the 2025-12-31 list, right before its village 石门村",
    "青石中学: named after the town, of 甲县 named in the article",
    "石门村 placed before",
    "a zone of 甲市, named in the article, without its host",
    "named before its organs, hosted by 甲市 named before it",
    "in brackets after 甲市, the division that hosts it",
    "an area of 甲市 in 乙新区",
    "甲市 named in the article, its host left out",
    "refers back to 阿拉善高新技术产业开发区 named in the article",
    "the one-character name of 甲 before its 甲县",
    "named before the zone's own name in 甲市高新区",
    "青石镇 placed by its county in the article",
    "甲市 by weight; the text speaks as the city (市委, 我市), of no organ of 甲县",
    "no place named; the text speaks as a province (全省, 省委), its organ 晋组 named by the province's one character",
]


def test_every_reason_shape_of_the_region_finder_has_its_chinese():
    """A Chinese export's region_mentions.csv 判定依据 still held English: as named under its chain: …, named inside
    the free-trade zone … it hosts, a village not in the list, right after …, now in …, not in the 2025-12-31 list."""
    import re

    from pipeline.report.labels import reason_zh

    english = {r: reason_zh(r) for r in REASONS if re.search("[A-Za-z]{2}", reason_zh(r))}
    assert not english, english
    said = reason_zh("explicit parent: 甲县 precedes it; now in 乙区")
    assert "甲县" in said and "乙区" in said  # (the names kept)
    assert reason_zh("a village not in the list (石门 is its tail), right after 青石镇") == "名单中没有的村（末尾为石门），紧接在青石镇之后"
