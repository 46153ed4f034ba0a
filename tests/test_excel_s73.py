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


# --- where they differed (session 73): the download is now written by write_sheet -----------------------------

def _every_cell(wb) -> dict:
    return {ws.title: [[(c.value, c.data_type, c.number_format, c.quotePrefix) for c in row] for row in ws.iter_rows()]
            for ws in wb}


def test_the_download_and_write_sheet_agree_cell_for_cell(tmp_path):
    """The page's /export.xlsx wrote its own cells (a long measure cut without a word, a missing value no cell
    where write_sheet wrote an empty text). Now the same rows give the same cells, type, value and format, and the
    same widths."""
    got, want = _download(), _written(tmp_path)
    assert _every_cell(got)["举措"] == _every_cell(want)["举措"]
    assert _every_cell(got)["举措（续）"] == _every_cell(want)["举措（续）"]
    widths = [{k: d.width for k, d in wb["举措"].column_dimensions.items()} for wb in (got, want)]
    assert widths[0] == widths[1]


def test_a_long_text_in_the_download_is_marked_and_kept_whole():
    """A measure past a cell's 32,767 characters lost its end in the download without a word (cut at 32,000)."""
    wb = _download()
    assert wb.sheetnames == ["举措", "举措（续）", "说明"]
    cut = _cells(wb["举措"], "举措")[3][0]
    assert cut.startswith(LONG[:32_000]) and "截断" in cut and "举措（续）" in cut and len(cut) <= 32_767
    pieces = list(wb["举措（续）"].iter_rows(min_row=2, values_only=True))
    assert {(row, col) for row, col, *_ in pieces} == {(5, "举措")}  # (its row and column on 举措)
    assert "".join(p for *_, at, p in sorted(pieces, key=lambda x: x[2])) == LONG


def test_the_download_about_sheet_is_headed_and_its_text_never_a_formula():
    """An About line opening with = (a search for =1+2) was a live formula; the lines had no header, so pandas took the first
    line (搜索词 | the query) for the column names."""
    wb = _download()
    about = wb["说明"]
    assert [c.value for c in about[1]] == ["项目", "内容"]
    assert [tuple(c.value for c in row) for row in about.iter_rows(min_row=2)] == ABOUT
    assert not [c.coordinate for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert about["B2"].data_type == "s" and about["B2"].quotePrefix
    buf = io.BytesIO()
    wb.save(buf)
    read = pd.read_excel(buf, sheet_name="说明")
    assert list(read.columns) == ["项目", "内容"] and read["内容"].iloc[0] == "=1+2"


def test_a_column_of_integers_with_a_gap_stays_integers_in_the_download():
    from pipeline.search.web.downloads import to_xlsx

    rows = [{"n": 1, "measure": "一是", "date": "2020"}, {"n": None, "measure": "二是", "date": None}]
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx(rows, ["n", "measure", "date"], "举措", [], "说明")))["举措"]
    assert [(c.value, c.number_format) for c in ws["A"][1:]] == [(1, "0"), (None, "0")]  # (not 1.0 beside the gap)
    assert type(ws["A2"].value) is int


def test_a_workbook_is_written_into_a_binary_file_too():
    from pipeline.report.sheets import workbook, write_sheet

    buf = io.BytesIO()
    with workbook(buf) as book:
        write_sheet(book, pd.DataFrame({"举措": ["一是"]}), "举措")
    assert openpyxl.load_workbook(io.BytesIO(buf.getvalue()))["举措"]["A2"].value == "一是"


def test_the_sheets_chinese_names_are_kept():
    from pipeline.report.sheets import continued_name, sheet_name

    assert sheet_name("举措") == "举措" and continued_name("举措") == "举措（续）"
    assert sheet_name("福建/福州：对比") == "福建·福州：对比"  # (a full-width colon is allowed)


# --- the page's download and `policykb export` of one knowledge base --------------------------------------------

# In my own words: notices dated to the day in their text, one dated to its year alone by the crawl's manifest, one
# whose title a site wrote as a formula.
KB_TEXTS = {
    "a.txt": ('=HYPERLINK("http://example.gov.cn/a","看")某县关心关爱村干部\n来源：测试日报\n2021年5月6日\n\n'
              "某县为每名村干部每月发放工作补贴500元。\n某县每年组织村干部健康体检一次。\n"),
    "b.txt": ("某市建立干部容错纠错机制\n来源：测试晚报\n\n"
              "某市出台干部容错纠错办法，对改革创新中的失误依规免责。\n某市每年表彰20名担当作为的干部。\n"),
    "manifest.jsonl": '{"file": "b.txt", "url": "http://example.gov.cn/b.html", "date": "2016"}\n',
}


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "excel73", KB_TEXTS)


def test_the_pages_download_and_the_export_agree_on_a_measures_cells(kb_db, tmp_path):
    """/export.xlsx and `export --format xlsx` of one knowledge base: each measure's text, number, its article's
    title and date are the same cells (value, type, format) in both."""
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from pipeline.cli import cli
    from pipeline.search.web import create_app
    from pipeline.search.web.downloads import XLSX

    r = CliRunner().invoke(cli, ["export", "--db", str(kb_db), "--out", str(tmp_path), "--format", "xlsx"])
    assert r.exit_code == 0, r.output
    kb = openpyxl.load_workbook(tmp_path / "kb.xlsx")
    got = TestClient(create_app(kb_db)).get("/export.xlsx", params={"q": "干部"})
    assert got.status_code == 200 and got.headers["content-type"] == XLSX and got.content[:2] == b"PK"
    assert got.headers["content-disposition"] == 'attachment; filename="measures.xlsx"'
    page = openpyxl.load_workbook(io.BytesIO(got.content))["举措"]

    def by(ws, key: str) -> dict:
        heads = [c.value for c in ws[1]]
        return {row[heads.index(key)].value: {h: (c.value, c.data_type, c.number_format, c.quotePrefix)
                                              for h, c in zip(heads, row)} for row in ws.iter_rows(min_row=2)}

    measures, articles, shown = by(kb["举措"], "举措编号"), by(kb["文章"], "文章编号"), by(page, "举措编号")
    assert len(shown) == len(measures) == 4
    for n, cells in shown.items():
        assert cells["举措编号"] == measures[n]["举措编号"] and cells["举措"] == measures[n]["举措"]
        article = articles[cells["文章编号"][0]]
        assert cells["文章编号"] == article["文章编号"]
        assert cells["文章标题"] == article["标题"] and cells["日期"] == article["日期"]
    dates = {cells["日期"][2] for cells in shown.values()}
    assert dates == {"yyyy-mm-dd", "yyyy"}  # (a day and a year alone, each shown as far as it is known)
    titles = [cells["文章标题"] for cells in shown.values() if str(cells["文章标题"][0]).startswith("=")]
    assert titles and all(t[1] == "s" and t[3] for t in titles)  # (never a formula)
