"""The two Excel writers side by side (session 73): the search page's download (``downloads.to_xlsx``) and the
typed sheet of ``compare`` and ``export --format xlsx`` (``sheets.write_sheet``), fed the same rows: the header,
the widths, a text opening like a formula, dates known to their day, month or year, numbers, empty cells, a text
longer than a cell holds, the sheets' Chinese names and the About sheet."""
from __future__ import annotations

import datetime
import io

import openpyxl
import pandas as pd
import pytest

from pipeline import search as S

COLUMNS = S.flat_columns("zh")
LONG = "乙" * 40_000  # (past the 32,767 characters an Excel cell holds)


def _row(n: int, **given) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update({"举措编号": n, "文章编号": f"a1b2c3d4-{n}", "文章标题": "某县关心关爱基层干部", "日期": "2021-05-06",
                "来源": "测试日报", "举措": "一是为村干部每月发放补贴500元", "类别": "待遇保障"})
    row.update(given)
    return row


# In my own words: texts that open like a formula, dates known to the year, the month and the day, a figure that
# is a percentage, empty cells, and a measure far longer than a cell holds.
ROWS = [
    _row(1, 文章标题='=HYPERLINK("a.cn")某县的通知', 日期="2016", 举措="+3 名干部到村任职"),
    _row(2, 日期="2018-05", 举措="-减轻基层负担", 数据="占比12.5%"),
    _row(3, 日期="2018-05-03", 举措="@名单中的干部每年体检一次", 来源=None),
    _row(4, 日期=None, 举措=LONG, 文章标题=None),
]
ABOUT = [("搜索词", "=1+2"), ("筛选", "（无）"), ("匹配的举措", "4 条")]


def _frame(rows) -> tuple[pd.DataFrame, dict]:
    """The rows as ``export`` hands a table to write_sheet: the measure's number Int64, the date a datetime and
    its precision."""
    from pipeline.store.kb import precision_of

    df = pd.DataFrame(rows, columns=COLUMNS)
    df["举措编号"] = df["举措编号"].astype("Int64")
    known = precision_of(df["日期"])
    df["日期"] = pd.to_datetime(df["日期"], format="ISO8601")
    return df, {"日期": list(known)}


def _download(rows=ROWS, about=ABOUT) -> openpyxl.Workbook:
    from pipeline.search.web.downloads import to_xlsx

    return openpyxl.load_workbook(io.BytesIO(to_xlsx(rows, COLUMNS, "举措", about, "说明")))


def _written(tmp_path, rows=ROWS) -> openpyxl.Workbook:
    from pipeline.report.sheets import workbook, write_sheet

    df, precision = _frame(rows)
    with workbook(tmp_path / "a.xlsx") as book:
        write_sheet(book, df, "举措", precision=precision)
    return openpyxl.load_workbook(tmp_path / "a.xlsx")


def _cells(ws, column: str) -> list[tuple]:
    """(value, type, format, quote prefix) of a column's cells under its header."""
    j = [c.value for c in ws[1]].index(column)
    return [(c.value, c.data_type, c.number_format, c.quotePrefix) for c in list(ws.iter_cols(min_row=2))[j]]


@pytest.fixture(scope="module", params=["download", "write_sheet"])
def sheet(request, tmp_path_factory):
    wb = _download() if request.param == "download" else _written(tmp_path_factory.mktemp("x"))
    return wb["举措"]


# --- what both writers do alike -------------------------------------------------------------------------------

def test_the_header_is_the_column_names_and_stays_in_view(sheet):
    assert [c.value for c in sheet[1]] == COLUMNS and sheet.freeze_panes == "A2"
    assert sheet.max_row == len(ROWS) + 1


def test_text_widths_are_twice_the_longest_text_between_8_and_60(sheet):
    width = {c.value: sheet.column_dimensions[c.column_letter].width for c in sheet[1]}
    assert width["举措编号"] == width["日期"] == 12
    assert width["文章标题"] == 2 * len(ROWS[0]["文章标题"])  # (the longest title, in characters)
    assert width["举措"] == 60 and width["乡镇"] == 8  # (the longest is cut at 60; a column of no text is 8)


def test_a_text_opening_with_an_equals_sign_is_text_the_others_plain_text(sheet):
    assert _cells(sheet, "文章标题")[0] == (ROWS[0]["文章标题"], "s", "General", True)
    said = [cell[:2] for cell in _cells(sheet, "举措")[:3]]
    assert said == [("+3 名干部到村任职", "s"), ("-减轻基层负担", "s"), ("@名单中的干部每年体检一次", "s")]


def test_a_date_is_a_date_cell_shown_as_far_as_it_is_known(sheet):
    got = [(v, t, f) for v, t, f, _ in _cells(sheet, "日期")]
    assert got[:3] == [(datetime.datetime(2016, 1, 1), "d", "yyyy"), (datetime.datetime(2018, 5, 1), "d", "yyyy-mm"),
                       (datetime.datetime(2018, 5, 3), "d", "yyyy-mm-dd")]
    assert got[3][0] is None


def test_the_measures_number_is_an_integer_cell(sheet):
    assert [(v, t, f) for v, t, f, _ in _cells(sheet, "举措编号")] == [(n, "n", "0") for n in (1, 2, 3, 4)]
    assert [v[:2] for v in _cells(sheet, "文章编号")] == [(f"a1b2c3d4-{n}", "s") for n in (1, 2, 3, 4)]  # (a text)


def test_an_empty_value_is_an_empty_cell_and_pandas_reads_the_types(sheet):
    assert _cells(sheet, "来源")[2][0] is None and _cells(sheet, "乡镇")[0][0] is None
    assert _cells(sheet, "数据")[1][0] == "占比12.5%"  # (a figure is its text: 12.5% as written)


def test_pandas_reads_numbers_dates_and_texts(sheet):
    buf = io.BytesIO()
    sheet.parent.save(buf)
    df = pd.read_excel(buf, sheet_name="举措")
    assert df["举措编号"].dtype.kind == "i" and df["日期"].dtype.kind == "M"
    assert df["日期"].iloc[2] == pd.Timestamp("2018-05-03") and pd.isna(df["来源"].iloc[2])


# --- where they differ today (session 73, before one writer) --------------------------------------------------

def test_today_the_download_cuts_a_long_text_without_a_word(tmp_path):
    wb = _download()
    cut = _cells(wb["举措"], "举措")[3][0]
    assert cut == LONG[:32_000] and wb.sheetnames == ["举措", "说明"]  # (nothing says 8,000 characters are gone)
    wb = _written(tmp_path)
    cut = _cells(wb["举措"], "举措")[3][0]
    assert "截断" in cut and wb.sheetnames == ["举措", "举措（续）"]


def test_today_the_download_about_sheet_is_lines_without_a_header_or_a_guard():
    about = _download()["说明"]
    assert [[c.value for c in row] for row in about.iter_rows()] == [list(line) for line in ABOUT]
    assert about["B1"].data_type == "f"  # (a search for =1+2 became a live formula)


def test_the_sheets_chinese_names_are_kept():
    from pipeline.report.sheets import continued_name, sheet_name

    assert sheet_name("举措") == "举措" and continued_name("举措") == "举措（续）"
    assert sheet_name("福建/福州：对比") == "福建·福州：对比"  # (a full-width colon is allowed)
