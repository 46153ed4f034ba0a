"""Session 78 (ux78d): findings of a researcher comparing regions in pandas and Excel."""
from __future__ import annotations

from pipeline.store.reposts import Item, find_copies
import pandas as pd
import pytest

from tests.conftest import built_from_texts, compared

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

    monkeypatch.setattr(sheets, "MAX_ROWS", 5, raising=False)  # (Excel's 1,048,576, made small)
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

    monkeypatch.setattr(sheets, "MAX_ROWS", 40, raising=False)
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


# A city's article, its repost by a county's site (retitled, the county named: placed there), a district's article
# of another category, and an article placed nowhere.
_KB_TEXTS = {'a_original.txt': '湖州市：多措并举关心关爱基层干部\n发布时间：2021-04-02\n\n今年以来，浙江省湖州市委组织部坚持把关心关爱基层干部作为一项重要工作来抓，推出一批务实举措，让基层干部安心工作。\n一是为全市乡镇干部每年安排一次健康体检，体检费用由财政保障，建立健康档案并跟踪回访。\n二是落实带薪年休假制度，每名干部每年至少休假5天，因工作需要未能休假的按规定给予补偿。\n三是开展谈心谈话，市委组织部负责同志每季度到乡镇与干部面对面交流，帮助解决实际困难120件。\n下一步，湖州市将继续完善关爱机制，激励干部担当作为。\n', 'b_repost.txt': '德清县：多措并举关心关爱基层干部\n来源：德清新闻网\u3000发布时间：2021-05-10\n\n今年以来，浙江省湖州市德清县委组织部坚持把关心关爱基层干部作为一项重要工作来抓，推出一批务实举措，让基层干部安心工作。\n一是为全市乡镇干部每年安排一次健康体检，体检费用由财政保障，建立健康档案并跟踪回访。\n二是落实带薪年休假制度，每名干部每年至少休假5天，因工作需要未能休假的按规定给予补偿。\n三是开展谈心谈话，市委组织部负责同志每季度到乡镇与干部面对面交流，帮助解决实际困难120件。\n下一步，湖州市将继续完善关爱机制，激励干部担当作为。\n', 'c_other.txt': '吴江区：选派年轻干部到村任职锻炼\n发布时间：2022-03-15\n\n近日，江苏省苏州市吴江区委组织部选派35名优秀年轻干部到村（社区）任职锻炼，任期两年。\n一是实行导师帮带，由乡镇党委书记担任导师，每月听取一次工作汇报。\n二是开展年度实绩考核，考核结果作为提拔使用的重要依据。\n三是建立跟踪管理机制，对表现突出的年轻干部优先提拔使用。\n', 'd_nowhere.txt': '关于加强干部教育培训工作的几点思考\n发布时间：2020-08-01\n\n干部教育培训是建强干部队伍的一项基础工作。一是要突出政治训练，把学习贯彻党的创新理论作为主课。二是要注重专业训练，围绕推动高质量发展开展精准化培训。三是要改进培训方式，推广案例教学和现场教学。\n'}


@pytest.fixture(scope="module")
def kb_with_repost(tmp_path_factory):
    return built_from_texts(tmp_path_factory, "ux78d", _KB_TEXTS)


def test_search_by_a_place_whose_only_article_is_a_repost_names_its_original(kb_with_repost):
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["search", "--db", str(kb_with_repost), "--county", "德清县"])
    assert "转载" in r.output and "湖州市：多措并举关心关爱基层干部" in r.output, r.output


def test_the_report_says_the_reposts_counted_under_their_originals(kb_with_repost, tmp_path):
    compared(kb_with_repost, tmp_path / "r", "--by", "county")
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    import sqlite3

    with sqlite3.connect(kb_with_repost) as c:
        n = c.execute("SELECT count(*) FROM measures m JOIN articles a ON a.id = m.article_id"
                      " WHERE a.canonical_id != a.id").fetchone()[0]
    assert n and f"另有 1 篇文章（{n} 条举措）是转载" in page
    about = pd.read_excel(tmp_path / "r" / "comparison.xlsx", sheet_name="说明")
    assert about.iloc[:, 0].str.contains("是转载").any()


def test_category_columns_are_every_codebook_category_at_every_level(kb_with_repost, tmp_path):
    import sqlite3

    from pipeline.store.reader import categories

    with sqlite3.connect(kb_with_repost) as c:
        names = [zh for _, zh, _ in categories(c)]
    heads = {}
    for by in ("province", "county"):
        compared(kb_with_repost, tmp_path / by, "--by", by)
        heads[by] = list(pd.read_csv(tmp_path / by / f"{by}_x_category_counts.csv", encoding="utf-8-sig").columns)
    assert [c for c in heads["county"] if c in names] == names
    assert heads["province"][-len(names):] == heads["county"][-len(names):]


def test_a_caption_promises_the_table_below_only_when_it_shows_every_row(kb_with_repost, tmp_path, monkeypatch):
    from pipeline.report import compare as C

    monkeypatch.setattr(C, "PLOT_MAX_REGIONS", 1)  # (two provinces: the heatmap draws one)
    compared(kb_with_repost, tmp_path / "all", "--by", "province")
    assert "见下表及 province_x_category_shares.csv" in (tmp_path / "all" / "report.html").read_text(encoding="utf-8")
    monkeypatch.setattr(C, "HTML_ROWS", 1, raising=False)  # (and the table below shows one of them)
    compared(kb_with_repost, tmp_path / "r", "--by", "province")
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "见 province_x_category_shares.csv" in page and "见下表及" not in page and "见下表。" not in page
