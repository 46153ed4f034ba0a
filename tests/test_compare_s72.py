"""`policykb compare` at scale (session 72): the workbook written row by row with the cells pandas wrote, and the
HTML report showing the similarity of the regions drawn, not of every pair, and saying where the rest is."""
from __future__ import annotations

import re

import numpy as np
import openpyxl
import pandas as pd
import pytest

from tests.conftest import built_from_texts
from tests.conftest import compared as _compare, csv_table as _table


# --- the workbook: the same cells, written without a whole sheet in memory ------------------------------------

def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "share": [0.125, np.nan, 0.5],
        "n": pd.array([3, None, 7], dtype="Int64"),
        "sim": [0.25, np.inf, 1.0],
        "date": pd.to_datetime(["2020-03-02", None, "2016-01-01"]),
        "text": ["=1+2是一条举措", None, "普通举措"],
    }, index=pd.Index(["甲县", "乙县", "丙县"], name="区县"))


def test_a_sheet_is_written_row_by_row_with_its_cells_typed(tmp_path, monkeypatch):
    """compare's workbook went through DataFrame.to_excel and a sheet held whole, then styled column by column: on
    2,530 counties (a similarity sheet of 6.4 million cells) most of the report's time. The cells stay as they were."""
    from pipeline.report import sheets

    def no_pandas(*a, **k):
        raise AssertionError("written through DataFrame.to_excel")

    monkeypatch.setattr(pd.DataFrame, "to_excel", no_pandas)
    with sheets.workbook(tmp_path / "a.xlsx") as book:
        assert book.write_only
        sheets.write_sheet(book, _frame(), "表", percent=("share",), index=True,
                           precision={"date": ["day", None, "year"]})
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["表"]
    cells = [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
    assert [v for v, _ in cells[0]] == ["区县", "share", "n", "sim", "date", "text"]
    assert cells[1][:4] == [("甲县", "General"), (0.125, "0.0%"), (3, "0"), (0.25, "General")]
    assert cells[2][1:4] == [(None, "0.0%"), (None, "0"), ("inf", "General")]  # (missing: an empty cell, formatted)
    assert cells[1][4][1] == "yyyy-mm-dd" and cells[3][4] == (pd.Timestamp("2016-01-01"), "yyyy")
    formula = ws["F2"]
    assert formula.value == "=1+2是一条举措" and formula.data_type == "s" and formula.quotePrefix
    assert ws.freeze_panes == "B2" and ws.column_dimensions["A"].width == 10


def test_a_text_longer_than_a_cell_is_cut_and_continued_in_a_write_only_book(tmp_path):
    from pipeline.report import sheets

    long = "甲" * (sheets.CELL_TEXT + 500)
    cuts = []
    with sheets.workbook(tmp_path / "a.xlsx") as book:
        sheets.write_sheet(book, pd.DataFrame({"全文": [long, "短"]}), "文章", cuts=cuts)
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert cuts == [("文章", 1)] and wb.sheetnames == ["文章", "文章（续）"]
    assert "续见工作表“文章（续）”" in wb["文章"]["A2"].value
    assert "".join(r[3] for r in wb["文章（续）"].iter_rows(min_row=2, values_only=True)) == long


# --- the report: the similarity of the regions drawn, and where every pair is --------------------------------

# Three county notices in my own words.
PAGES = {
    "yixing.txt": ("江苏省无锡市宜兴市加强年轻干部培养\n"
                   "江苏省无锡市宜兴市委组织部近日部署年轻干部培养工作。\n"
                   "一是举办年轻干部培训班，全年培训干部300人次。\n"
                   "二是选派年轻干部到乡镇一线挂职锻炼。\n"
                   "三是为基层干部每人每月发放工作补贴200元。\n"),
    "changxing.txt": ("浙江省湖州市长兴县关心关爱村干部\n"
                      "浙江省湖州市长兴县委组织部出台措施关心关爱村干部。\n"
                      "一是为村干部每人每年安排一次健康体检。\n"
                      "二是按照“三个区分开来”的要求，为改革中出现失误的干部容错纠错。\n"),
    "shucheng.txt": ("安徽省六安市舒城县改进干部考核\n"
                     "安徽省六安市舒城县委组织部改进干部年度考核办法。\n"
                     "一是把考核结果与干部选拔任用挂钩，对考核优秀的干部优先提拔。\n"
                     "二是开展谈心谈话，加强干部日常监督管理。\n"),
    "manifest.tsv": "file\tdate\nyixing.txt\t2021-03-01\nchangxing.txt\t2021-05-01\nshucheng.txt\t2022-02-01\n",
}


@pytest.fixture(scope="module")
def three(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "three72", PAGES)


def _section(html: str, anchor: str) -> str:
    at = html.index(f"<h2 id='{anchor}'>")
    return html[at: html.index("<h2", at + 1)]


def test_the_report_shows_the_similarity_of_the_regions_drawn_and_says_where_every_pair_is(three, tmp_path,
                                                                                            monkeypatch):
    from pipeline.report import compare as C

    monkeypatch.setattr(C, "PLOT_MAX_REGIONS", 2)
    _compare(three, tmp_path, "--by", "county")
    table = _table(tmp_path / "county_similarity.csv")
    assert len(table) == 3 and len(table.columns) == 3 + 3  # (the CSV keeps every pair)
    wb = openpyxl.load_workbook(tmp_path / "comparison.xlsx")
    sheet = wb["区县举措结构相似度"]
    assert (sheet.max_row, sheet.max_column) == (4, 6)  # (so does the workbook)
    drawn = list(_table(tmp_path / "heatmap_county_similarity.csv").iloc[:, 0])
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    part = _section(html, "county_similarity")
    rows = re.findall(r"<tr[ >].*?</tr>", part, re.S)
    assert len(rows) == 1 + 2  # (the header and the two counties drawn)
    header = re.findall(r"<th>(.*?)</th>", rows[0])
    assert header[3:] == drawn  # (区县, 区划代码, 完整地名, then the same two)
    assert "表中只列出举措最多的 2 个区县（共 3 个" in part
    assert "county_similarity.csv" in part and "工作表“区县举措结构相似度”" in part
    # (the plot's caption no longer sends the reader to the table below for every county)
    assert "全部区县的相似度见 county_similarity.csv" in html


def test_a_report_of_few_regions_shows_the_whole_similarity_table(three, tmp_path):
    _compare(three, tmp_path, "--by", "county")
    part = _section((tmp_path / "report.html").read_text(encoding="utf-8"), "county_similarity")
    assert len(re.findall(r"<tr[ >]", part)) == 1 + 3 and "表中只列出" not in part


# --- the slogan timeline: one collection of dots, however many regions ----------------------------------------

def test_the_timeline_draws_its_dots_as_one_collection(tmp_path):
    """A scatter per first sighting (5,039 on 2,530 counties) rescaled the axes each time and was drawn apart in
    each of four passes: most of the timeline's eight minutes. The dots are the same, in one collection."""
    import matplotlib.pyplot as plt

    from pipeline.report.compare import timeline_figure

    days = pd.date_range("2019-01-01", periods=60, freq="17D")
    points = pd.DataFrame({"canonical": ["三个区分开来"] * 40 + ["能上能下"] * 20,
                           "region": [f"第{k}县" for k in range(60)], "first_seen": days})
    points["until"] = points["first_seen"]
    points.loc[59, "until"] = points.loc[59, "first_seen"] + pd.DateOffset(years=1)  # (a year alone: a bar)
    fig = timeline_figure(points, "提法在各地首次出现的时间")
    ax = fig.axes[0]
    assert len(ax.collections) == 1 and len(ax.collections[0].get_offsets()) == 59
    assert len(ax.texts) == 60 and len([line for line in ax.lines if line.get_linewidth() == 4]) == 1
    plt.close(fig)


# --- CSV and HTML: a real is written out once per distinct value ---------------------------------------------

def test_a_matrix_of_reals_is_formatted_once_per_distinct_value(tmp_path, monkeypatch):
    """The similarity CSV of 2,530 counties formatted each of its 6.4 million cells in a call of its own."""
    from pipeline.report import sheets

    calls = []
    plain = sheets.number
    monkeypatch.setattr(sheets, "number", lambda v: calls.append(v) or plain(v))
    grid = pd.DataFrame(np.arange(200 * 200).reshape(200, 200) % 7 / 4)  # (7 values: 0, 0.25 ... 1.5)
    grid.iloc[0, 0] = np.nan
    sheets.write_csv(grid, tmp_path / "a.csv")
    assert len(calls) == 7
    first = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()[1].split(",")
    assert first[:5] == ["", "0.25", "0.5", "0.75", "1"]
