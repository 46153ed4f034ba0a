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
                      "一是落实“三个区分开来”要求，对干部在改革探索中出现的失误予以容错纠错。\n"
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


# --- R3: a similarity plot of many regions stays readable ---------------------------------------------

def test_the_similarity_plot_draws_the_regions_with_most_measures_and_says_so(db, tmp_path, monkeypatch):
    from pipeline.report import compare as C

    monkeypatch.setattr(C, "SIMILARITY_PLOT_MAX", 2, raising=False)
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


