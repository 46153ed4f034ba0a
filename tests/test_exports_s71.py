"""Exports as a session-71 researcher read them: a text too long for an Excel cell said and kept whole, crawled
text opening with = written as text (never a formula), an unnumbered slogan's count a real missing value."""
from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner
import pandas as pd
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts

# In my own words: a notice whose title a site wrote as a spreadsheet formula, and a long one (well past the
# 32,767 characters an Excel cell holds), each with measures.
FORMULA_TITLE = '=HYPERLINK("http://example.gov.cn/a","点击查看")泾县关心关爱基层干部'
SHORT = (FORMULA_TITLE + "\n"
         "2021年5月，安徽省宣城市泾县委组织部印发通知，关心关爱基层干部。\n"
         "一是为每名村干部每月发放工作补贴500元。\n"
         "二是建立容错纠错机制，为担当作为的干部撑腰。\n")
FILLER = "全县各级党组织认真落实有关要求，持续推进干部队伍建设，不断提升基层治理能力。\n"
LONG = ("安徽省宣城市旌德县加强基层干部队伍建设\n"
        "2022年3月，安徽省宣城市旌德县委组织部印发通知。\n"
        + FILLER * 1000
        + "一是为每名村干部每年安排一次健康体检。\n"
        + "二是建立容错纠错机制，激励干部干事创业。\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "exports71", {"short.txt": SHORT, "long.txt": LONG})


def _export(db, out: Path, *args: str):
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out), *args])
    assert r.exit_code == 0, r.output
    return r


# --- 1: Excel's cell limit ---------------------------------------------------------------------------

def test_a_text_too_long_for_a_cell_is_said_marked_and_kept_whole(db, tmp_path):
    from openpyxl import load_workbook

    r = _export(db, tmp_path, "--format", "xlsx")
    assert "too long for an Excel cell" in r.stderr and "正文" not in r.stderr
    wb = load_workbook(tmp_path / "kb.xlsx")
    ws = wb["文章"]
    heads = [c.value for c in ws[1]]
    texts = [row[heads.index("正文")] for row in ws.iter_rows(min_row=2, values_only=True)]
    cut = [t for t in texts if "截断" in t]
    assert len(cut) == 1 and len(cut[0]) <= 32_767 and "文章（续）" in cut[0]
    # the whole text back from the continuation sheet, piece by piece, at the offsets given
    more = [row for row in wb["文章（续）"].iter_rows(min_row=2, values_only=True) if row[1] == "正文"]
    whole = "".join(p for _, _, at, p in sorted(more, key=lambda x: x[2]))
    assert [at for *_, at, _ in more][0] == 0 and len(whole) > 32_767
    from pipeline.store import kb

    with kb.open(db) as k:
        a = k.table("articles")
        m = k.table("measures")
    assert whole in set(a["text"])
    # a measure's 终点 beyond the cut still points into the text read back
    last = m[m["text"].str.contains("健康体检")].iloc[0]
    assert last["end"] > 32_000 and whole[last["start"]:last["end"]] == last["text"]


def test_a_short_text_is_not_marked(db, tmp_path):
    from pipeline.report.sheets import clip

    assert clip("短文本") == "短文本"
    assert clip("字" * 40_000, "文章").endswith("〕") and len(clip("字" * 40_000, "文章")) <= 32_767
    assert len(clip("𠀀" * 20_000).encode("utf-16-le")) // 2 <= 32_767  # (beyond the basic plane: two units each)


# --- 5: text opening with = ------------------------------------------------------------------------

def test_text_opening_with_an_equals_sign_is_a_text_cell_in_the_export(db, tmp_path):
    from openpyxl import load_workbook

    _export(db, tmp_path, "--format", "xlsx")
    wb = load_workbook(tmp_path / "kb.xlsx")
    formulas = [c.coordinate for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    # (the first line is the title, or, taken for none, opens a measure: text either way)
    said = [c for ws in wb for row in ws.iter_rows() for c in row if str(c.value).startswith(FORMULA_TITLE)]
    assert said and all(c.data_type == "s" and c.quotePrefix for c in said)


def test_a_cell_opening_with_an_equals_sign_is_text_in_any_sheet(tmp_path):
    from openpyxl import load_workbook

    from pipeline.report.sheets import write_sheet

    df = pd.DataFrame({"举措": ["=1+2是一条举措", "-3 个", "普通举措"], "编号": [1, 2, 3]})
    with pd.ExcelWriter(tmp_path / "a.xlsx", engine="openpyxl") as xw:
        write_sheet(xw, df, "举措")
    ws = load_workbook(tmp_path / "a.xlsx")["举措"]
    assert [(c.value, c.data_type) for c in ws["A"][1:]] == [("=1+2是一条举措", "s"), ("-3 个", "s"), ("普通举措", "s")]


def test_the_pages_downloads_keep_a_formula_looking_text_as_text(tmp_path):
    """/export.csv (for Excel) puts a ' before it; /export.xlsx writes a text cell."""
    import csv

    from openpyxl import load_workbook

    from pipeline.search.web.downloads import to_csv, to_xlsx

    rows = [{"measure": FORMULA_TITLE, "n": 1, "date": "2021-05-01"}, {"measure": "@名单", "n": 2, "date": "2021"},
            {"measure": "一是发放补贴", "n": 3, "date": None}]
    got = list(csv.DictReader(io.StringIO(to_csv(rows, ["measure", "n", "date"]).lstrip("\ufeff"))))
    assert [r["measure"] for r in got] == ["'" + FORMULA_TITLE, "'@名单", "一是发放补贴"]
    # (the download's first column is the measure's number, its date column a date: the text is a later column)
    ws = load_workbook(io.BytesIO(to_xlsx(rows, ["n", "measure", "date"], "举措", [("检索", "补贴")], "说明")))["举措"]
    assert [(c.value, c.data_type) for c in ws["B"][1:]] == [(FORMULA_TITLE, "s"), ("@名单", "s"), ("一是发放补贴", "s")]


def test_the_plain_csv_export_keeps_the_text_as_stored(db, tmp_path):
    _export(db, tmp_path, "--format", "csv")
    m = pd.read_csv(tmp_path / "measures.csv", dtype=str)
    assert any(t.startswith(FORMULA_TITLE) for t in m.stack().dropna())  # (no ': offsets and joins stay true)


# --- 2: an unnumbered slogan's count -----------------------------------------------------------------

SLOGANS = ("宣城市推进干部能上能下\n"
           "2020年6月，安徽省宣城市委组织部印发通知。\n"
           "一是坚持“三个区分开来”，为担当者担当。\n"
           "二是推进干部能上能下，完善选育管用全链条机制。\n")


@pytest.fixture(scope="module")
def slogan_db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "slogans71", {"slogans.txt": SLOGANS})


def test_an_unnumbered_slogan_has_no_count_not_the_text_null(slogan_db, tmp_path):
    import sqlite3

    from pipeline.store import kb

    conn = sqlite3.connect(slogan_db)
    assert conn.execute("SELECT count(*) FROM slogans WHERE count = 'null'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM lexicon WHERE count = 'null'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM slogans WHERE count IS NULL").fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM lexicon WHERE count IS NULL").fetchone()[0] >= 1
    conn.close()
    with kb.open(slogan_db) as k:
        s = k.slogans()
    assert "null" not in set(s["count"].dropna()) and s["count"].isna().any()
    assert s.loc[s["canonical"] == "三个区分开来", "count"].tolist() == ["3"]


def test_a_knowledge_base_holding_the_text_null_reads_it_as_missing(slogan_db, tmp_path):
    import shutil
    import sqlite3

    from pipeline.store import kb

    old = tmp_path / "old.sqlite"
    shutil.copy(slogan_db, old)
    conn = sqlite3.connect(old)  # (as builds before this session wrote it)
    conn.execute("UPDATE slogans SET count = 'null' WHERE count IS NULL")
    conn.execute("UPDATE lexicon SET count = 'null' WHERE count IS NULL")
    conn.commit()
    conn.close()
    with kb.open(old) as k:
        assert "null" not in set(k.slogans()["count"].dropna())
        assert "null" not in set(k.table("lexicon")["count"].dropna())
        assert k.table("slogans")["count"].isna().any()


def test_components_are_lists_where_the_format_has_them(slogan_db, tmp_path):
    _export(slogan_db, tmp_path / "pq", "--format", "parquet")
    p = pd.read_parquet(tmp_path / "pq" / "slogans.parquet")
    assert all(hasattr(v, "__len__") and not isinstance(v, str) for v in p["组成部分"])
    assert p["数字"].isna().any() and "null" not in set(p["数字"].dropna())
    _export(slogan_db, tmp_path / "js", "--format", "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "js" / "slogans.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(isinstance(r["组成部分"], list) for r in rows) and any(r["数字"] is None for r in rows)
    _export(slogan_db, tmp_path / "csv", "--format", "csv")
    said = json.loads((tmp_path / "csv" / "dtypes.json").read_text(encoding="utf-8"))
    assert set(said["_json_columns"]["slogans.csv"]) == {"数字", "组成部分"}
    c = pd.read_csv(tmp_path / "csv" / "slogans.csv", dtype=said["slogans.csv"])
    assert all(isinstance(json.loads(v), list) for v in c["组成部分"])


# --- 3: what the original's offsets point into --------------------------------------------------------

def test_the_headers_and_dtypes_say_what_original_offsets_count_in(db, tmp_path):
    _export(db, tmp_path, "--format", "csv")
    heads = pd.read_csv(tmp_path / "measures.csv", nrows=0).columns
    assert {"原文起点（原文字符位置）", "原文终点（原文字符位置）", "起点（正文字符位置）"} <= set(heads)
    said = json.loads((tmp_path / "dtypes.json").read_text(encoding="utf-8"))["_offsets"]
    assert "HTML" in said["原文起点（原文字符位置）"] and "not the page's bytes" in said["原文起点（原文字符位置）"]
    _export(db, tmp_path / "en", "--format", "csv", "--lang", "en")
    assert "documents.original" in json.loads((tmp_path / "en" / "dtypes.json").read_text(encoding="utf-8"))["_offsets"]["orig_start"]


# --- 4: polish --------------------------------------------------------------------------------------

def test_regions_csv_keeps_the_place_levels_together(db, tmp_path):
    _export(db, tmp_path, "--format", "csv")
    heads = list(pd.read_csv(tmp_path / "regions.csv", nrows=0).columns)
    assert heads[heads.index("区县") + 1] == "乡镇" and heads.index("判定依据") > heads.index("乡镇")
    _export(db, tmp_path / "en", "--format", "csv", "--lang", "en")
    heads = list(pd.read_csv(tmp_path / "en" / "regions.csv", nrows=0).columns)
    assert heads[heads.index("county") + 1] == "township"


def test_the_chinese_report_says_whether_a_slogan_is_local_in_words(slogan_db, tmp_path):
    r = CliRunner().invoke(cli, ["compare", "--db", str(slogan_db), "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    t = pd.read_csv(tmp_path / "slogans_by_region.csv", dtype=str)
    assert set(t["地方提法"]) <= {"是", "否"} and len(t)
    r = CliRunner().invoke(cli, ["compare", "--db", str(slogan_db), "--lang", "en",
                                 "--out", str(tmp_path / "en")])
    assert r.exit_code == 0, r.output
    assert set(pd.read_csv(tmp_path / "en" / "slogans_by_region.csv")["local"]) <= {0, 1}


def test_a_figure_span_carries_its_value_and_unit(db, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    import pipeline.report.spacy_export  # noqa: F401 - registers span._.policykb

    _export(db, tmp_path, "--format", "spacy")
    docs = list(DocBin().from_disk(tmp_path / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    read = {s.text: s._.policykb for d in docs for s in d.spans["figures"]}
    assert read["500元"]["value"] == 500 and read["500元"]["unit"] == "元" and "qualifier" in read["500元"]
