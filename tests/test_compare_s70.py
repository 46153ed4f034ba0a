"""`policykb compare` as session 70's researcher used it: what the report leaves out and says so, the base of a
category's share under --category, a similarity plot that stays readable, every article of a region counted,
a quiet timeline, and --year."""
from __future__ import annotations

from pathlib import Path
import re
import sqlite3
import warnings

from click.testing import CliRunner
import openpyxl
import pandas as pd
import pytest

from pipeline.cli import cli

# County notices in my own words, dated by the manifest: two provinces with several measures, one article that
# names a province but lists no measure, one that names no place at all.
PAGES = {
    "jiangning.txt": ("江苏省南京市江宁区出台激励干部担当作为办法\n"
                      "江苏省南京市江宁区委组织部近日出台办法，激励干部担当作为。\n"
                      "一是按照“三个区分开来”的要求，为改革探索中出现失误的干部容错纠错。\n"
                      "二是为基层干部每人每月发放工作补贴300元，关心关爱基层干部。\n"
                      "三是选派年轻干部到乡镇一线挂职锻炼，每年选派20名。\n"
                      "四是举办年轻干部培训班，组织集中培训学习。\n"),
    "kunshan.txt": ("江苏省苏州市昆山市加强干部考核\n"
                    "江苏省苏州市昆山市委组织部改进干部考核工作。\n"
                    "一是完善干部年度考核办法，把考核结果与干部选拔任用挂钩。\n"
                    "二是对考核优秀的干部优先提拔使用。\n"
                    "三是加强干部日常监督管理，开展谈心谈话。\n"),
    "feixi.txt": ("安徽省合肥市肥西县关心关爱村干部\n"
                  "安徽省合肥市肥西县委组织部出台措施关心关爱村干部。\n"
                  "一是为村干部每人每年安排一次健康体检。\n"
                  "二是村干部的生活补贴一年按12000元发放。\n"),
    "feixi_spring.txt": ("安徽省合肥市肥西县油菜花开\n"
                         "安徽省合肥市肥西县的油菜花近日盛开，田野一片金黄。\n"),
    "nowhere.txt": ("某单位出台容错纠错实施办法\n"
                    "某单位党组近日研究出台容错纠错实施办法。\n"
                    "一是按照“三个区分开来”要求，对干部在工作中的失误予以容错纠错。\n"
                    "二是为受到诬告的干部澄清正名，关心关爱干部。\n"),
    "anji.txt": ("浙江省湖州市安吉县改进干部考核办法\n"
                 "浙江省湖州市安吉县委组织部改进干部年度考核办法。\n"
                 "一是把考核结果与干部选拔任用挂钩，对考核优秀的干部优先提拔。\n"
                 "二是为驻村干部每人每月发放补贴500元，关心关爱驻村干部。\n"),
}
DATES = {"jiangning.txt": "2020-03-02", "kunshan.txt": "2021-06-15", "feixi.txt": "2020-09-01",
         "feixi_spring.txt": "2020-10-12", "nowhere.txt": "2020-05-20", "anji.txt": "2022-04-08"}


def write_corpus(corpus: Path) -> None:
    corpus.mkdir(parents=True)
    for name, text in PAGES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "manifest.tsv").write_text("file\tdate\n" + "".join(f"{n}\t{d}\n" for n, d in DATES.items()),
                                         encoding="utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    from pipeline.build import build

    root = tmp_path_factory.mktemp("compare70")
    write_corpus(root / "corpus")
    build(root / "corpus", root / "kb.sqlite", model=None)
    return root / "kb.sqlite"


def _compare(db, out: Path, *args: str) -> str:
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--out", str(out), *args])
    assert r.exit_code == 0, r.output
    return r.output


def _table(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    return df.set_index(df.columns[0])


def _about(out: Path) -> str:
    return " ".join(str(c.value) for row in openpyxl.load_workbook(out / "comparison.xlsx").worksheets[0].iter_rows()
                    for c in row)


def _sql(db, q: str, *args):
    with sqlite3.connect(db) as conn:
        return conn.execute(q, args).fetchall()


def _unplaced(db, level: str = "province", category: str | None = None) -> tuple[int, int, int]:
    """Articles with no region at ``level``, their measures, and those of them with ``category``."""
    no_region = f"SELECT a.id FROM articles a LEFT JOIN regions r ON r.article_id = a.id WHERE r.{level} IS NULL"
    (arts,), = _sql(db, f"SELECT count(*) FROM ({no_region})")
    (meas,), = _sql(db, f"SELECT count(*) FROM measures WHERE article_id IN ({no_region})")
    (cat,), = _sql(db, f"SELECT count(DISTINCT c.measure_id) FROM measure_categories c JOIN measures m ON m.id = c.measure_id"
                       f" WHERE m.article_id IN ({no_region}) AND c.category = ?", category)
    return arts, meas, cat


# --- R1: what no row counts is said ----------------------------------------------------------------

def test_compare_says_how_many_articles_have_no_region_at_the_level(db, tmp_path):
    arts, meas, tolerate = _unplaced(db, "province", "tolerate")
    assert arts and meas and tolerate  # (the corpus's article that names no place)
    said = f"另有 {arts} 篇文章（{meas} 条举措）未能确定省份，未计入。"
    output = _compare(db, tmp_path / "zh")
    assert said in output and said in _about(tmp_path / "zh")
    assert said in (tmp_path / "zh" / "report.html").read_text(encoding="utf-8")
    # what is counted and what is said make the whole knowledge base
    counts = _table(tmp_path / "zh" / "province_x_category_counts.csv")
    (total,), = _sql(db, "SELECT count(*) FROM measures")
    assert counts["举措数"].astype(int).sum() + meas == total

    output = _compare(db, tmp_path / "en", "--lang", "en", "--category", "tolerate")
    said = f"({meas} measures, {tolerate} of them tolerate) could not be placed in a province: not counted."
    assert said in output and said in _about(tmp_path / "en")
    assert said in (tmp_path / "en" / "report.html").read_text(encoding="utf-8")
    assert "另有" not in output
    zh = _compare(db, tmp_path / "zh_tolerate", "--category", "容错纠错")
    assert f"其中容错纠错 {tolerate} 条" in zh

    # and nothing when every article has a province
    placed = tmp_path / "placed.sqlite"
    src = sqlite3.connect(db)
    with sqlite3.connect(placed) as dst:
        src.backup(dst)
        dst.execute("UPDATE regions SET province = '江苏省', city = '南京市', county = '江宁区' WHERE province IS NULL")
        dst.execute("UPDATE search_measures SET province = '江苏省', city = '南京市', county = '江宁区',"
                    " place = '江苏省/南京市/江宁区' WHERE province IS NULL OR province = ''")
    src.close()
    output = _compare(placed, tmp_path / "rep")
    assert "未计入" not in output and "未能确定" not in (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")


# --- R2: a category's share is of all the region's measures, --category or not -----------------------

@pytest.mark.parametrize("categories", [["容错纠错"], ["care", "tolerate"]])
def test_category_shares_under_a_filter_are_those_of_the_whole_report(db, tmp_path, categories):
    _compare(db, tmp_path / "all")
    args = [a for c in categories for a in ("--category", c)]
    _compare(db, tmp_path / "some", *args)
    whole = _table(tmp_path / "all" / "province_x_category_shares.csv")
    shares = _table(tmp_path / "some" / "province_x_category_shares.csv")
    names = {"care": "关心关爱", "tolerate": "容错纠错"}
    columns = [names.get(c, c) for c in categories]
    assert list(shares.columns) == ["区划代码", "完整地名"] + columns  # (the place's code and path, then the shares)
    assert (shares[columns] == whole.loc[shares.index, columns]).all().all()
    assert (shares[columns] != "100.0%").any().any()
    # the measures a share is of: all the province's, as the counts say
    (jiangsu,), = _sql(db, "SELECT count(*) FROM measures m JOIN regions r ON r.article_id = m.article_id"
                           " WHERE r.province = '江苏省'")
    counts = _table(tmp_path / "some" / "province_x_category_counts.csv")
    assert counts.loc["江苏省", "举措数"] == str(jiangsu)
    plotted = _table(tmp_path / "some" / "heatmap_province_category.csv")
    assert (plotted[columns] == shares[columns]).all().all()
    html = (tmp_path / "some" / "report.html").read_text(encoding="utf-8")
    assert "占本地全部举措比例" in html  # the heading says what the share is of


# --- R3: a similarity plot of many regions stays readable ---------------------------------------------

def test_the_similarity_plot_draws_the_regions_with_most_measures_and_says_so(db, tmp_path, monkeypatch):
    from pipeline.report import compare as C

    monkeypatch.setattr(C, "PLOT_MAX_REGIONS", 2)
    _compare(db, tmp_path, "--by", "county")
    table = _table(tmp_path / "county_similarity.csv")
    drawn = _table(tmp_path / "heatmap_county_similarity.csv")
    counts = _table(tmp_path / "county_x_category_counts.csv")["举措数"].astype(int)
    assert len(table) == len(counts) > 2  # the table keeps them all
    top = counts.sort_values(ascending=False, kind="stable").index[:2]
    assert list(drawn.index) == [r for r in counts.index if r in set(top)]  # (administrative order)
    assert list(drawn.columns) == list(drawn.index)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert f"图中为举措最多的 2 个区县（共 {len(counts)} 个）" in html
    assert "county_similarity.csv" in _about(tmp_path)


# --- R7: a region's articles are all of them ----------------------------------------------------------

def test_a_region_counts_its_articles_without_measures_too(db, tmp_path):
    _compare(db, tmp_path)
    rows = _sql(db, "SELECT r.province, count(*), sum((SELECT count(*) FROM measures m WHERE m.article_id = a.id) = 0)"
                    " FROM articles a JOIN regions r ON r.article_id = a.id WHERE r.province IS NOT NULL GROUP BY 1")
    assert any(empty for _, _, empty in rows)  # (安徽省's article with no measure)
    for name in ("province_x_category_counts.csv", "province_x_group_counts.csv"):
        counts = _table(tmp_path / name)
        assert {p: int(n) for p, n in counts["文章数"].items()} == {p: n for p, n, _ in rows}, name
    anhui = next(n for p, n, _ in rows if p == "安徽省")
    assert _table(tmp_path / "heatmap_province_category.csv").loc["安徽省", "文章数"] == str(anhui)  # (the plot's too)
    assert re.search(rf"<td>安徽省</td>\s*<td>{anhui}</td>", (tmp_path / "report.html").read_text(encoding="utf-8"))


# --- R8: the timeline draws without a library warning ---------------------------------------------------

def test_the_timeline_picks_its_ticks_without_a_warning(tmp_path):
    from pipeline.report.compare import timeline_figure

    start = pd.Timestamp("2019-02-01")
    for years in (1, 2, 3, 4, 5, 7, 12):  # (about four years warned: the township report's span)
        points = pd.DataFrame({"canonical": ["甲", "甲", "乙"], "region": ["仙游县", "城厢区", "仙游县"],
                               "first_seen": [start, start + pd.DateOffset(months=5), start + pd.DateOffset(years=years)]})
        fig = timeline_figure(points, "t")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            fig.savefig(tmp_path / f"t{years}.png")


# --- R9: --year -------------------------------------------------------------------------------------------

def test_compare_takes_a_year_or_a_range_as_search_does(db, tmp_path):
    output = _compare(db, tmp_path / "y2020", "--year", "2020")
    html = (tmp_path / "y2020" / "report.html").read_text(encoding="utf-8")
    assert re.search(r"<h1>[^<]*2020年[^<]*</h1>", html)
    assert "2020年" in _about(tmp_path / "y2020")
    counts = _table(tmp_path / "y2020" / "province_x_category_counts.csv")
    rows = _sql(db, "SELECT r.province, count(DISTINCT a.id), count(m.id) FROM articles a JOIN regions r"
                    " ON r.article_id = a.id LEFT JOIN measures m ON m.article_id = a.id"
                    " WHERE substr(a.date, 1, 4) = '2020' AND r.province IS NOT NULL GROUP BY 1")
    have_measures = {p: (str(a), str(n)) for p, a, n in rows if n}
    assert {p: (r["文章数"], r["举措数"]) for p, r in counts.iterrows()} == have_measures
    arts, meas, _ = _unplaced(db)  # (the article with no place is of 2020 too)
    assert f"另有 {arts} 篇文章（{meas} 条举措）" in output
    slogans = _table(tmp_path / "y2020" / "slogans_by_region.csv")
    assert set(slogans["首次出现"]) <= {"", *(d for d in _dates(db) if d.startswith("2020"))}

    _compare(db, tmp_path / "range", "--year", "2020-2021", "--lang", "en")
    html = (tmp_path / "range" / "report.html").read_text(encoding="utf-8")
    assert re.search(r"<h1>[^<]*2020-2021[^<]*</h1>", html)
    counts = _table(tmp_path / "range" / "province_x_category_counts.csv")
    (jiangsu,), = _sql(db, "SELECT count(*) FROM articles a JOIN regions r ON r.article_id = a.id"
                           " WHERE r.province = '江苏省' AND substr(a.date, 1, 4) IN ('2020', '2021')")
    assert "浙江省" not in counts.index and counts.loc["江苏省", "articles"] == str(jiangsu) != "1"


def _dates(db) -> set[str]:
    return {d for (d,) in _sql(db, "SELECT date FROM articles") if d}


@pytest.mark.parametrize("year, lang, said", [("2031", "zh", "2031 没有举措"), ("2031", "en", "no measure of 2031"),
                                              ("前年", "zh", "无法识别"), ("前年", "en", "write a year (2023)")])
def test_compare_refuses_a_year_it_cannot_use_in_one_line(db, tmp_path, year, lang, said):
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--out", str(tmp_path), "--year", year, "--lang", lang])
    assert r.exit_code == 1 and said in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output
