"""Session 78 (ux78d): findings of a researcher comparing regions in pandas and Excel."""
from __future__ import annotations

from pipeline.store.reposts import Item, find_copies
from tests.conftest import compared

# One template filled in twice: for a county one year, for its province another, with other figures.
_TEMPLATE = ("{year}年以来，{where}党委坚持严管和厚爱结合，围绕选育管用全链条，打造“青苗工程”工作品牌，"
             "着力解决干部队伍中存在的突出问题，把年轻干部放到基层一线去历练。"
             "一是实施青苗工程，每年储备优秀年轻干部{a}名，分批安排到乡镇和村里任职。"
             "二是调整不胜任现职干部{b}名，推动干部能上能下，形成良好的用人导向。"
             "三是面向社会公开选拔{c}名社区工作者，其中35岁以下占30%，充实基层力量。"
             "四是提拔重用在一线表现突出的干部{d}名，让实干者有舞台。"
             "下一步，{short}将继续完善相关制度，让广大干部在基层一线安心干事、放手创业。")


def _article(k, where, short, year, figures, province, county, chrome=""):
    a, b, c, d = figures
    text = chrome + _TEMPLATE.format(year=year, where=where, short=short, a=a, b=b, c=c, d=d)
    return Item(k, text, f"{year}-03-01", province, county, f"{short}：以青苗工程推动干部工作")


def test_one_template_for_two_places_with_other_figures_is_no_repost():
    county = _article("a", "浙江省湖州市德清县", "德清县", 2022, (846, 7, 15, 21), "浙江省", "德清县")
    province = _article("b", "浙江省", "浙江省", 2021, (174, 8, 35, 7), "浙江省", None)
    assert find_copies([county, province]) == []


def test_a_repost_with_other_numbers_in_its_chrome_is_still_one():
    # A repost placed as its original is, whose site added numbers of its own (a date, a view count)
    # while its print lost a figure of the original's: numbers differ on both sides, half agree.
    first = _article("a", "浙江省湖州市德清县", "德清县", 2022, (846, 7, 15, 21), "浙江省", "德清县")
    again = Item("b", "发布时间 2023-06-18 浏览 512 次 " + first.text.replace("846名，", "一批，"), "2023-06-18",
                 "浙江省", "德清县", first.title)
    assert [(c.article_id, c.canonical_id) for c in find_copies([first, again])] == [("b", "a")]


def test_a_repost_placed_higher_with_the_same_figures_is_still_one():
    # A print whose place was only in its original's chrome: placed at the province, its figures a part of
    # the original's -- still a copy.
    first = _article("a", "浙江省湖州市德清县", "德清县", 2022, (846, 7, 15, 21), "浙江省", "德清县")
    again = Item("b", first.text, "2022-05-01", "浙江省", None, first.title)
    assert [(c.article_id, c.canonical_id) for c in find_copies([first, again])] == [("b", "a")]


def _sheets(path):
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    return {ws.title: ws for ws in book.worksheets}


def test_a_table_past_excels_rows_goes_on_continuation_sheets(tmp_path, monkeypatch):
    import pandas as pd

    from pipeline.report import sheets

    monkeypatch.setattr(sheets, "MAX_ROWS", 5)  # (Excel's 1,048,576, made small)
    df = pd.DataFrame({"地区": [f"县{i}" for i in range(11)], "举措数": range(11)})
    with sheets.workbook(tmp_path / "t.xlsx") as book:
        assert sheets.write_sheet(book, df, "数据") == "数据"
    got = _sheets(tmp_path / "t.xlsx")
    assert list(got) == ["数据", "数据（第2部分）", "数据（第3部分）"]
    assert all(ws.max_row <= 5 for ws in got.values())
    back = pd.concat(pd.read_excel(tmp_path / "t.xlsx", sheet_name=None).values(), ignore_index=True)
    assert back["地区"].tolist() == df["地区"].tolist() and back["举措数"].tolist() == list(range(11))


def test_sheets_written_say_their_dimension(tmp_path):
    import pandas as pd

    from pipeline.report import sheets

    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z" * 40_000]})
    with sheets.workbook(tmp_path / "t.xlsx") as book:
        sheets.write_sheet(book, df, "表")
    got = _sheets(tmp_path / "t.xlsx")
    assert got["表"].calculate_dimension() == "A1:B4"
    assert got[sheets.continued_name("表")].calculate_dimension() == "A1:D3"  # (the long text in two pieces)


def test_export_and_compare_workbooks_keep_every_row_past_the_limit(sample_kb, tmp_path, monkeypatch):
    import pandas as pd
    from click.testing import CliRunner

    from pipeline.cli import cli
    from pipeline.report import sheets

    monkeypatch.setattr(sheets, "MAX_ROWS", 40)
    db = sample_kb[0]
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "x"), "-q"])
    assert r.exit_code == 0, r.output
    got = _sheets(tmp_path / "x" / "kb.xlsx")
    assert all(ws.max_row <= 40 for ws in got.values())
    measures = pd.read_excel(tmp_path / "x" / "kb.xlsx", sheet_name=None)
    parts = [df for name, df in measures.items() if name.startswith("举措（第") or name == "举措"]
    import sqlite3
    with sqlite3.connect(db) as c:
        assert sum(len(df) for df in parts) == c.execute("SELECT count(*) FROM measures").fetchone()[0]
    compared(db, tmp_path / "c", "--by", "county")
    assert all(ws.max_row <= 40 for ws in _sheets(tmp_path / "c" / "comparison.xlsx").values())
