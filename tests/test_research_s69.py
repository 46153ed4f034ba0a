"""A researcher's outputs as a session-69 tester used them: dates a manifest knows only to the year or
month, the comparison's columns, topics, filters, font and sheet names, Chinese exports, one --lang."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
import re

from click.testing import CliRunner
import openpyxl
import pandas as pd
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts

# Three county notices in my own words: none dates itself; the manifest gives one a year, one a month.
CARE = ("福建省三明市尤溪县出台关心关爱乡镇干部措施\n"
        "福建省三明市尤溪县委组织部日前下发通知，关心关爱乡镇干部。\n"
        "一是落实乡镇工作补贴，乡镇干部的生活补贴一年按18000元发放。\n"
        "二是健全谈心谈话制度，县委组织部每年与乡镇干部开展一次谈心谈话。\n"
        "三是贯彻“三个区分开来”要求，对干部在改革中的失误予以容错纠错。\n")
EVAL = ("浙江省湖州市安吉县改进干部考核办法\n"
        "浙江省湖州市安吉县委组织部改进干部年度考核办法。\n"
        "一是把考核结果与干部选拔任用挂钩，对考核优秀的干部优先提拔。\n"
        "二是按“三个区分开来”健全容错纠错办法，为敢干事的干部撑腰。\n"
        "三是为驻村干部每人每月发放补贴500元，关心关爱驻村干部。\n")
TRAIN = ("江苏省南京市江宁区加强年轻干部培养\n"
         "江苏省南京市江宁区委组织部出台办法加强年轻干部培养。\n"
         "一是选派年轻干部到基层一线挂职锻炼，每年选派30名。\n"
         "二是举办年轻干部培训班，组织集中培训学习。\n"
         "三是坚持“三个区分开来”，鼓励干部放开手脚干事。\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "research", {
        "care.txt": CARE, "eval.txt": EVAL, "train.txt": TRAIN,
        "manifest.tsv": "file\tdate\ncare.txt\t2016\neval.txt\t2018年5月\n"})


def _compare(db, out: Path, *args: str) -> str:
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--out", str(out), *args])
    assert r.exit_code == 0, r.output
    return r.output


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


# --- R1: what is known of a date ------------------------------------------------------------------

def test_kb_open_frames_keep_what_is_known_of_a_date(db):
    from pipeline.store import kb

    with kb.open(db) as k:
        a = k.articles().set_index("title")
    assert str(a["year"].dtype) == "Int64"
    care, ev = a.loc["福建省三明市尤溪县出台关心关爱乡镇干部措施"], a.loc["浙江省湖州市安吉县改进干部考核办法"]
    assert (care["year"], care["date_precision"]) == (2016, "year")
    assert (ev["year"], ev["date_precision"]) == (2018, "month")
    assert pd.isna(a.loc["江苏省南京市江宁区加强年轻干部培养", "year"])


def test_exports_write_a_date_as_far_as_it_is_known(db, tmp_path):
    for fmt in ("csv", "jsonl", "xlsx"):
        r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "--lang", "en", "--out", str(tmp_path / fmt)])
        assert r.exit_code == 0, r.output
    dates = set(_csv(tmp_path / "csv" / "articles.csv")["date"])
    assert dates == {"2016", "2018-05", ""}
    lines = [json.loads(x) for x in (tmp_path / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {x["date"] for x in lines} == {"2016", "2018-05", None}
    ws = openpyxl.load_workbook(tmp_path / "xlsx" / "kb.xlsx")["articles"]
    col = [c.value for c in ws[1]].index("date") + 1
    shown = {ws.cell(r, col).number_format for r in range(2, ws.max_row + 1) if ws.cell(r, col).value is not None}
    assert shown == {"yyyy", "yyyy-mm"}


# --- R2, R3: the slogans' first sighting and their local column --------------------------------------

def test_comparison_shows_a_year_as_a_year_and_says_whether_undated_slogans_are_local(db, tmp_path):
    _compare(db, tmp_path)
    rows = _csv(tmp_path / "slogans_by_region.csv").set_index("省份")
    assert rows.loc["福建省", "首次出现"] == "2016" and rows.loc["浙江省", "首次出现"] == "2018-05"
    assert (rows["地方提法"] != "").all()  # the undated 江苏省 article's slogan too
    assert _csv(tmp_path / "slogan_spread.csv")["首次出现"].tolist() == ["2016"]
    assert set(_csv(tmp_path / "slogan_timeline.csv")["首次出现"]) == {"2016", "2018-05"}
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "2016-01-01" not in html and "<td>2016</td>" in html


def test_the_timeline_draws_a_year_as_a_bar_over_that_year():
    import matplotlib.dates as mdates

    from pipeline.report.compare import timeline_figure

    when = pd.Timestamp("2016-01-01")
    points = pd.DataFrame({"canonical": ["甲"], "region": ["福建省"], "first_seen": [when],
                           "until": [pd.Timestamp("2017-01-01")]})
    ax = timeline_figure(points, "t").axes[0]
    (line,) = ax.get_lines()
    xs = [mdates.num2date(x).date().isoformat() if not hasattr(x, "date") else x.date().isoformat()
          for x in line.get_xdata()]
    assert xs == ["2016-01-01", "2017-01-01"] and not ax.collections  # a bar over the year, no dot on a day


# --- R4: figures under their measure's categories --------------------------------------------------

def _copy(db, path: Path, *sql: str) -> Path:
    """A copy of the knowledge base with ``sql`` run on it (what a trained model, or a corpus, would have made)."""
    import sqlite3

    from pipeline.store import reader

    dst = sqlite3.connect(path)
    reader.connect_readonly(db).backup(dst)
    for q in sql:
        dst.execute(q)
    dst.commit()
    dst.close()
    return path


def test_figures_stand_under_the_categories_of_their_measure(db, tmp_path):
    from pipeline.store import kb

    # a category no cue of the codebook finds in the measure's words, as a trained model may give it
    db = _copy(db, tmp_path / "kb.sqlite", "INSERT INTO measure_categories SELECT id, 'reward', 0.9 FROM measures"
               " WHERE text LIKE '%挂职锻炼%'")
    _compare(db, tmp_path / "rep")
    figures = _csv(tmp_path / "rep" / "figures_by_topic.csv")
    with kb.open(db) as k:
        cats = k.measure_categories().merge(k.measures()[["measure_id", "text"]], on="measure_id")
    expected = {(t, n) for t, n in zip(cats["text"], cats["name_zh"]) if t in set(figures["举措"])}
    assert set(zip(figures["举措"], figures["主题"])) == expected
    assert "30名" in set(figures.loc[figures["主题"] == "激励奖励", "数据原文"])
    assert "18000元" in set(figures.loc[figures["主题"] == "关心关爱", "数据原文"])


# --- R5: a category filter shows and says itself ---------------------------------------------------

def test_a_category_filter_shows_only_its_columns_and_is_named(db, tmp_path):
    _compare(db, tmp_path, "--category", "care")
    counts = _csv(tmp_path / "province_x_category_counts.csv")
    assert list(counts.columns) == ["省份", "区划代码", "完整地名", "文章数", "举措数", "关心关爱"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert re.search(r"<h1>[^<]*关心关爱[^<]*</h1>", html)
    assert "各省份举措类别（关心关爱；占本地全部举措比例）" in html  # the heatmap's title and heading
    wb = openpyxl.load_workbook(tmp_path / "comparison.xlsx")
    about = " ".join(str(c.value) for row in wb.worksheets[0].iter_rows() for c in row)
    assert wb.sheetnames[0] == "说明" and "关心关爱" in about


# --- R6: the report carries its font ---------------------------------------------------------------

def test_the_report_carries_the_cjk_font_beside_it(db, tmp_path):
    from pipeline.core.fonts import cjk_font_path

    if cjk_font_path() is None:
        pytest.skip("mplfonts' font is not installed")
    _compare(db, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    face = re.search(r"@font-face\{font-family:'([^']+)';src:url\(([^)]+)\)", html)
    assert face and not face.group(2).startswith(("/", "http"))
    from fontTools.ttLib import TTFont

    bundled = tmp_path / face.group(2)
    cmap = TTFont(bundled).getBestCmap()
    assert {c for c in html if ord(c) > 0x2E80} <= {chr(u) for u in cmap}  # every Chinese character the page writes
    assert bundled.stat().st_size < Path(cjk_font_path()).stat().st_size / 20  # cut to them, not the 16 MB font
    assert f"'{face.group(1)}'" in re.search(r"body\{font-family:([^;]+);", html).group(1)


# --- R7: English sheet names and topics ------------------------------------------------------------

def test_english_sheet_names_fit_whole_and_topics_are_ids(db, tmp_path):
    _compare(db, tmp_path, "--lang", "en")
    names = openpyxl.load_workbook(tmp_path / "comparison.xlsx").sheetnames
    assert all(len(n) <= 31 and not n.endswith(("(", "'")) for n in names), names
    assert "Province x category (share)" in names
    topics = set(_csv(tmp_path / "figures_by_topic.csv")["topic"])
    counts = _csv(tmp_path / "province_x_category_counts.csv")
    assert topics and topics <= set(counts.columns)  # the ids the category table is headed with


# --- R8: Chinese exports hold Chinese values -------------------------------------------------------

def test_a_chinese_export_names_categories_and_levels_in_chinese(db, tmp_path):
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(tmp_path / "zh")])
    assert r.exit_code == 0, r.output
    assert set(_csv(tmp_path / "zh" / "measure_categories.csv")["类别"]) >= {"关心关爱"}
    assert not re.search(r"[a-z]", "".join(_csv(tmp_path / "zh" / "measure_categories.csv")["类别"]))
    assert set(_csv(tmp_path / "zh" / "regions.csv")["层级"]) == {"区县"}
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--lang", "en", "--out", str(tmp_path / "en")])
    assert "care" in set(_csv(tmp_path / "en" / "measure_categories.csv")["category"])
    assert set(_csv(tmp_path / "en" / "regions.csv")["level"]) == {"county"}


# --- R9: the README's pandas section ---------------------------------------------------------------

def test_readme_says_how_to_import_kb_and_the_text_dtypes(db):
    from tests.conftest import ROOT
    from pipeline.store import kb

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**pandas**"):readme.index("**spaCy**")]
    assert "from pipeline.store import kb" in section
    with kb.open(db) as k:
        a = k.articles()
    for col in ("affiliation", "fetched_at"):
        assert str(a[col].dtype) == "str" and f"`{col}`" in section


# --- R10: a plot left out says why -----------------------------------------------------------------

def test_a_missing_timeline_says_why(db, tmp_path):
    undated = _copy(db, tmp_path / "undated.sqlite", "UPDATE articles SET date = NULL")
    output = _compare(undated, tmp_path / "rep")
    assert "3 plots" in output and "no plot 提法在各地首次出现的时间" in output
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert "<h2>提法在各地首次出现的时间</h2><p class='missing'>" in html and "没有日期" in html


# --- R11: one header row ---------------------------------------------------------------------------

def test_report_tables_have_one_header_row(db, tmp_path):
    _compare(db, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for thead in re.findall(r"<thead>(.*?)</thead>", html, re.S):
        assert thead.count("<tr") == 1, thead
    assert re.search(r"<th>省份</th>\s*<th>区划代码</th>\s*<th>完整地名</th>\s*<th>文章数</th>", html)


# --- R12: one --lang ----------------------------------------------------------------------------------

def test_lang_en_gives_field_names_in_search_and_export_alike(db, tmp_path):
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--format", "csv", "--lang", "en", "-q"])
    assert r.exit_code == 0, r.output
    header = next(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    assert header[:2] == ["measure_id", "article_id"] and "groups" in header
    old = CliRunner().invoke(cli, ["search", "干部", "--db", str(db), "--format", "csv", "--lang", "id", "-q"])
    assert old.stdout == r.stdout
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--lang", "id", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert list(_csv(tmp_path / "measure_categories.csv").columns) == ["measure_id", "category", "score"]


# --- R13: help that points at real things ------------------------------------------------------------

def test_help_examples_name_real_files_and_build_names_what_it_reads():
    from tests.conftest import ROOT

    for args in ([], ["clean"], ["extract"]):
        text = CliRunner().invoke(cli, [*args, "--help"]).output
        for path in re.findall(r"corpora/sample/\S+\.\w+", text):
            assert (ROOT / path).exists(), path
    text = " ".join(CliRunner().invoke(cli, ["build", "--help"]).output.split())
    assert ".warc.gz" in text and "manifest" in text


def test_the_pages_excel_download_shows_a_date_as_far_as_it_is_known(db):
    import io

    from fastapi.testclient import TestClient
    from openpyxl import load_workbook

    from pipeline.search.web import create_app

    r = TestClient(create_app(db)).get("/export.xlsx", params={"q": "干部"})
    ws = load_workbook(io.BytesIO(r.content)).active
    header = [c.value for c in ws[1]]
    col = header.index("日期") + 1
    formats = {ws.cell(row, col).value.year: ws.cell(row, col).number_format
               for row in range(2, ws.max_row + 1) if ws.cell(row, col).value is not None}
    assert formats == {2016: "yyyy", 2018: "yyyy-mm"}
