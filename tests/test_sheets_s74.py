"""The typed sheet's rows written as XML of our own (session 74): ``sheets.write_sheet`` on a write-only workbook
no longer makes an openpyxl cell of each plain value (a county report's similarity matrix was a million of them),
and the workbook it writes is the one openpyxl wrote: the same cells, types, formats, widths, frozen header and
sheet names, the same bytes in each sheet's XML."""
from __future__ import annotations

import io
import math
import zipfile

import numpy as np
import openpyxl
import pandas as pd
import pytest

LONG = "丙" * 33_000  # (past what a cell holds: cut, and continued on a sheet of its own)
# In my own words: texts a cell must keep as text (a formula, an error value, a sign), control characters to drop,
# spaces at the ends, characters XML escapes, an empty text, a missing one, a long one.
TEXTS = ["=SUM(A1:A3)", "某县推行容错纠错机制", "  两端有空格 ", "控制\x01字符\x1f", "甲<乙>&丙\r\n丁\t戊", "#N/A",
         "", None, LONG, "=", "-3 名", "@名单", "#N/A\n", "\u3000全角空格"]


def _frame(n: int = 42) -> tuple[pd.DataFrame, dict]:
    """Every kind of column a report or an export hands write_sheet, with gaps: texts, integers (Int64 and plain),
    reals with NaN and infinities, shares shown as percentages, dates known to the day, month or year, categories,
    truth values, numbers too long for a double's digits."""
    df = pd.DataFrame({
        "文本": [TEXTS[i % len(TEXTS)] for i in range(n)],
        "整数": pd.array([None if i % 7 == 3 else i * 1000 for i in range(n)], dtype="Int64"),
        "计数": list(range(n)),
        "实数": [math.nan if i % 5 == 2 else math.inf if i == 4 else -math.inf if i == 9 else i / 7 for i in range(n)],
        "占比": [math.nan if i % 6 == 1 else math.inf if i == 8 else i / n for i in range(n)],
        "日期": pd.to_datetime([None if i % 8 == 5 else f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}" for i in range(n)]),
        "类别": pd.Categorical([["待遇保障", "容错纠错", None][i % 3] for i in range(n)]),
        "真假": [bool(i % 2) for i in range(n)],
        "大数": [10 ** 17 + i for i in range(n)],
    }, index=pd.Index([f"第{i}县" for i in range(n)], name="地区"))
    return df, {"日期": [["day", "month", "year", None][i % 4] for i in range(n)]}


def _matrix(n: int = 30) -> pd.DataFrame:
    """A similarity matrix as compare writes it: rounded reals, regions as index and columns."""
    names = [f"县{i}" for i in range(n)]
    return pd.DataFrame(np.round(np.random.default_rng(7).random((n, n)), 3), index=pd.Index(names, name="地区"),
                        columns=names)


def _write(book) -> list:
    from pipeline.report.sheets import write_sheet

    df, precision = _frame()
    cuts: list = []
    write_sheet(book, df, "举措=表", percent=("占比",), precision=precision, cuts=cuts)
    write_sheet(book, df, "地区一", percent=("占比",), index=True, precision=precision, cuts=cuts)
    write_sheet(book, df.astype(object), "对象", cuts=cuts)
    write_sheet(book, _matrix(), "相似度", index=True)
    return cuts


@pytest.fixture(scope="module")
def fast_and_openpyxl(tmp_path_factory) -> tuple[bytes, bytes]:
    """The workbook written by write_sheet, and the same frames written as before: a cell object of each
    formatted value, the rows given to openpyxl's write-only sheet one by one (``ws.append``)."""
    from pipeline.report import sheets

    out = []
    for plain in (False, True):
        mp = pytest.MonkeyPatch()
        if plain:
            mp.setattr(sheets, "_writes_xml", lambda ws: False, raising=False)  # (cell objects, ws.append)
        buf = io.BytesIO()
        try:
            with sheets.workbook(buf) as book:
                assert _write(book) == [("举措=表", 3), ("地区一", 3), ("对象", 3)]
        finally:
            mp.undo()
        out.append(buf.getvalue())
    return out[0], out[1]


def _read(data: bytes) -> dict:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: (ws.freeze_panes, {k: d.width for k, d in ws.column_dimensions.items()},
                       [[(c.value, c.data_type, c.number_format, c.quotePrefix) for c in row] for row in ws.iter_rows()])
            for ws in wb}


def test_the_workbook_read_back_is_the_one_openpyxl_wrote(fast_and_openpyxl):
    fast, plain = (_read(b) for b in fast_and_openpyxl)
    assert list(fast) == list(plain) == ["举措=表", "举措=表（续）", "地区一", "地区一（续）", "对象", "对象（续）", "相似度"]
    assert fast == plain
    cells = {c[0]: c[1:] for row in fast["举措=表"][2] for c in row}
    assert cells["=SUM(A1:A3)"] == ("s", "General", True)
    assert "控制字符" in cells and any(str(v).startswith("丙" * 100) and "截断" in str(v) for v in cells)
    assert fast["相似度"][0] == "B2" and fast["相似度"][2][1][1][1] == "n"


def test_each_sheets_xml_is_byte_for_byte_openpyxls(fast_and_openpyxl):
    fast, plain = (zipfile.ZipFile(io.BytesIO(b)) for b in fast_and_openpyxl)
    sheets = [n for n in plain.namelist() if n.startswith("xl/worksheets/")]
    assert len(sheets) == 7 and fast.namelist() == plain.namelist()
    assert [fast.read(n) for n in sheets] == [plain.read(n) for n in sheets]
    assert fast.read("xl/styles.xml") == plain.read("xl/styles.xml")


def test_a_sheet_of_numbers_and_texts_makes_no_openpyxl_cell_of_each_value(monkeypatch):
    """The cost the report met: a cell object and an element per value (35 s of a 2,000-article county report),
    counts and shares too (a cell object each for its number format)."""
    from openpyxl.worksheet import _writer

    from pipeline.report.sheets import workbook, write_sheet

    import openpyxl.cell

    made, objects = [], []
    write_cell, cell = _writer.write_cell, openpyxl.cell.WriteOnlyCell
    monkeypatch.setattr(_writer, "write_cell", lambda *a, **k: made.append(1) or write_cell(*a, **k))
    monkeypatch.setattr(openpyxl.cell, "WriteOnlyCell", lambda *a, **k: objects.append(1) or cell(*a, **k))
    df = _matrix(60)
    df.insert(0, "名称", [f"第{i}个地区" for i in range(60)])
    df.insert(1, "举措数", pd.array([None if i == 3 else i for i in range(60)], dtype="Int64"))
    df.insert(2, "占比", [i / 60 for i in range(60)])
    buf = io.BytesIO()
    with workbook(buf) as book:
        write_sheet(book, df, "相似度", percent=("占比",), index=True)
    assert made == [] and len(objects) <= 4  # (a cell object per number format, not one per count or share)
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))["相似度"]
    assert ws.max_row == 61 and ws.max_column == 64 and ws["E2"].value == df.iloc[0, 3]
    assert (ws["C3"].value, ws["C3"].number_format, ws["C5"].value) == (1, "0", None)
    assert (ws["D3"].value, ws["D3"].number_format) == (pytest.approx(1 / 60), "0.0%")


def test_a_pandas_excel_writers_sheet_is_written_as_before(tmp_path):
    """A sheet that is not write-only (pandas' ExcelWriter) is given its rows by openpyxl's own append."""
    from pipeline.report.sheets import write_sheet

    with pd.ExcelWriter(tmp_path / "a.xlsx", engine="openpyxl") as xw:
        write_sheet(xw, pd.DataFrame({"举措": ["=1+2", "普通"], "数": [1.5, math.nan]}), "举措")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["举措"]
    assert [(c.value, c.data_type) for c in ws["A"]] == [("举措", "s"), ("=1+2", "s"), ("普通", "s")]
    assert [c.value for c in ws["B"]] == ["数", 1.5, None]


def test_a_text_excel_reads_as_an_error_value_is_text(tmp_path):
    """A page's 「#N/A」 (a table copied with its gaps) was written as Excel's error value, not as text."""
    from pipeline.report.sheets import workbook, write_sheet

    df = pd.DataFrame({"数据": ["#N/A", "#DIV/0!", "#话题", "#N/A 未填"], "数": [1, 2, 3, 4]})
    with workbook(tmp_path / "a.xlsx") as book:
        write_sheet(book, df, "数据")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["数据"]
    assert [(c.value, c.data_type) for c in ws["A"][1:]] == [("#N/A", "s"), ("#DIV/0!", "s"), ("#话题", "s"),
                                                             ("#N/A 未填", "s")]


def test_a_text_holding_a_noncharacter_is_written_without_it(tmp_path):
    """A crawled text holding U+FFFE or U+FFFF (no XML holds them) failed the whole workbook in lxml."""
    from pipeline.report.sheets import workbook, write_sheet

    df = pd.DataFrame({"举措": ["选派\uffff干部", "\ufffe谈心谈话", "关爱"], "数": [1, 2, 3]})
    with workbook(tmp_path / "a.xlsx") as book:
        write_sheet(book, df, "举措")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["举措"]
    assert [c.value for c in ws["A"][1:]] == ["选派干部", "谈心谈话", "关爱"]
