"""Researcher outputs: the comparison report and exports in Chinese and well typed, plots that can be
re-drawn, timeline labels that never collide, typed pandas frames, and the example script."""
from __future__ import annotations

from itertools import combinations
import re
import runpy
import sys

from click.testing import CliRunner
import numpy as np
import openpyxl
import pandas as pd
import pytest

from pipeline.store import kb
from pipeline.store import reader
from pipeline.cli import cli
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def report(sample_kb, tmp_path_factory):
    db, _ = sample_kb
    out = tmp_path_factory.mktemp("report")
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "province", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "10 tables, 4 plots" in r.output
    return db, out


PLACE_COLUMNS = ["区划代码", "完整地名"]  # (beside every comparison table's region)


def _pct(v: str) -> float:
    assert re.fullmatch(r"\d+(\.\d)?%", v), v
    return float(v[:-1]) / 100


def test_report_is_chinese_with_percentages(report):
    _, out = report
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<h1>地区比较报告（按省份）</h1>" in html and "按province" not in html
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    assert headings and not [h for h in headings if re.search(r"[A-Za-z_]", h)], headings
    assert "各省份举措类别（占本地举措比例）" in headings
    assert "tolerate:" not in html and not re.search(r"\b\d+\.0000\b|\b0\.000\b", html)
    assert re.search(r"<td>\d+\.\d%</td>", html)
    shares = pd.read_csv(out / "province_x_category_shares.csv", index_col=0, encoding="utf-8-sig", dtype=str)
    assert shares.index.name == "省份" and "容错纠错" in shares.columns
    assert list(shares.columns[:2]) == PLACE_COLUMNS  # (the place's code and full path, then the shares)
    assert shares.drop(columns=PLACE_COLUMNS).map(_pct).stack().between(0, 1).all()
    counts = pd.read_csv(out / "province_x_category_counts.csv", index_col=0, encoding="utf-8-sig")
    assert list(counts.columns[:4]) == PLACE_COLUMNS + ["文章数", "举措数"]
    assert all(pd.api.types.is_integer_dtype(counts[c]) for c in counts.columns if c != "完整地名")


def test_figure_topics_are_the_categories_of_their_measures(report):
    # (the topics were the codebook's cue rules run again over the figure's measure and subject: not the
    # categories every other table counts)
    db, out = report
    figures = pd.read_csv(out / "figures_by_topic.csv", encoding="utf-8-sig")
    with kb.open(db) as k:
        cats = k.measure_categories()
        names = [r[0] for r in k.conn.execute("SELECT name_zh FROM categories ORDER BY rowid")]
        measure_of = dict(zip(k.measures()["text"], k.measures()["measure_id"]))
    of = cats.groupby("measure_id")["name_zh"].apply(set)
    outside = figures["主题"] == "无举措"  # (figures of no measure: after the codebook's topics)
    assert figures["举措"][outside].isna().all() and not outside[: (~outside).sum()].any()
    figures = figures[~outside]
    assert len(figures) and set(figures["主题"]) <= set(names)
    assert figures["主题"].map(names.index).is_monotonic_increasing  # topics in codebook order
    for topic, measure in figures[["主题", "举措"]].itertuples(index=False):
        assert topic in of[measure_of[measure]], (topic, measure)


def test_rows_follow_the_administrative_order(report):
    db, out = report
    codes = dict(reader.connect_readonly(db).execute("SELECT province, min(substr(code, 1, 2)) FROM regions GROUP BY province").fetchall())
    rows = list(pd.read_csv(out / "province_x_category_counts.csv", index_col=0, encoding="utf-8-sig").index)
    assert len(rows) >= 20 and [codes[r] for r in rows] == sorted(codes[r] for r in rows)


def test_every_plot_is_png_svg_and_its_data(report):
    _, out = report
    pngs = sorted(p.stem for p in out.glob("*.png"))
    assert {"heatmap_province_category", "heatmap_province_group", "heatmap_province_similarity", "slogan_timeline"} <= set(pngs)
    for stem in pngs:
        assert (out / f"{stem}.svg").stat().st_size > 1000 and (out / f"{stem}.csv").exists()
        assert "<svg" in (out / f"{stem}.svg").read_text(encoding="utf-8")[:500]
    data = pd.read_csv(out / "heatmap_province_category.csv", index_col=0, encoding="utf-8-sig")
    counts = pd.read_csv(out / "province_x_category_counts.csv", index_col=0, encoding="utf-8-sig")
    assert (data["文章数"] == counts["文章数"]).all() and (data["举措数"] == counts["举措数"]).all()
    line = pd.read_csv(out / "slogan_timeline.csv", encoding="utf-8-sig")
    assert list(line.columns) == ["提法", "省份", "首次出现", "文章数"]
    assert pd.to_datetime(line["首次出现"], format="%Y-%m-%d").notna().all()


def test_workbook_sheets_are_chinese_and_cells_typed(report):
    _, out = report
    wb = openpyxl.load_workbook(out / "comparison.xlsx")
    assert "各省份举措类别（占本地举措比例）" in wb.sheetnames
    assert not [s for s in wb.sheetnames if re.search(r"[A-Za-z_]", s)], wb.sheetnames
    ws = wb["各省份举措类别（占本地举措比例）"]
    shares = [c for row in ws.iter_rows(min_row=2, min_col=4) for c in row if c.value not in (None, 0)]  # (after code, path)
    assert shares and all(c.number_format == "0.0%" and isinstance(c.value, float) and 0 < c.value <= 1 for c in shares)
    ws = wb["各省份举措类别（条数）"]
    assert ws.cell(1, 4).value == "文章数" and isinstance(ws.cell(2, 4).value, int)
    ws = wb["提法扩散"]
    header = [c.value for c in ws[1]]
    seen = ws.cell(2, header.index("首次出现") + 1)
    assert hasattr(seen.value, "year") and seen.number_format == "yyyy-mm-dd"


def test_english_for_code_and_a_category_by_its_chinese_name(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "county", "--category", "容错纠错",
                                 "--lang", "en", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "<h1>Regional comparison by county (categories tolerate only)</h1>" in (tmp_path / "report.html").read_text(encoding="utf-8")
    names = openpyxl.load_workbook(tmp_path / "comparison.xlsx", read_only=True).sheetnames
    assert names[:2] == ["About", "County x category (count)"]
    assert all(n == n.strip() for n in names)  # (a cut at 31 characters left a space at the end)
    assert "Similarity of counties&#x27; measure profiles" in (tmp_path / "report.html").read_text(encoding="utf-8")
    counts = pd.read_csv(tmp_path / "county_x_category_counts.csv", index_col=0, encoding="utf-8-sig")
    assert counts.index.name == "county" and "tolerate" in counts.columns and (counts["tolerate"] > 0).all()


def test_a_category_limits_the_figures_and_the_slogans_too(sample_kb, tmp_path):
    # --category limited the category and group tables only: the figures by topic and the slogans' spread
    # were the whole knowledge base's
    db, _ = sample_kb
    every, care = tmp_path / "every", tmp_path / "care"
    assert CliRunner().invoke(cli, ["compare", "--db", str(db), "--out", str(every), "-q"]).exit_code == 0
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "care", "--out", str(care), "-q"])
    assert r.exit_code == 0, r.output
    topics = pd.read_csv(care / "figures_by_topic.csv", encoding="utf-8-sig").iloc[:, 0]
    assert len(topics) and set(topics) == {"关心关爱"}
    assert len(topics) < len(pd.read_csv(every / "figures_by_topic.csv", encoding="utf-8-sig"))
    assert len(pd.read_csv(care / "slogan_spread.csv", encoding="utf-8-sig")) < \
        len(pd.read_csv(every / "slogan_spread.csv", encoding="utf-8-sig"))


def test_township_comparison_needs_a_township_level(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "township", "--out", str(tmp_path)])
    assert r.exit_code == 1 and "township" in r.output and "Traceback" not in r.output


def test_timeline_labels_never_overlap_or_leave_the_figure():
    from pipeline.report.compare import timeline_figure

    names = ["广西壮族自治区", "四川省", "吉林省", "新疆维吾尔自治区", "内蒙古自治区", "宁夏回族自治区", "黑龙江省"]
    rows = [("三个区分开来", n, pd.Timestamp("2024-03-01") + pd.Timedelta(days=3 * i)) for i, n in enumerate(names)]
    rows += [("能上能下", n, pd.Timestamp("2025-06-30")) for n in names[:4]]  # all on the last day, at the right edge
    rows += [("一人一档", "西藏自治区", pd.Timestamp("2020-01-01"))]  # the first day, at the left edge
    fig = timeline_figure(pd.DataFrame(rows, columns=["canonical", "region", "first_seen"]), "提法在各地首次出现的时间")
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    ax = fig.axes[0]
    labels = [t.get_window_extent(r) for t in ax.texts]
    assert len(labels) == len(rows)
    for a, b in combinations(labels, 2):
        assert not a.overlaps(b), (a, b)
    inside = ax.get_window_extent(r)
    assert all(inside.x0 <= b.x0 and b.x1 <= inside.x1 for b in labels)  # none clipped at either edge
    ticks = [t.get_window_extent(r) for t in ax.get_yticklabels()]
    assert all(t.x0 >= 0 and t.x1 <= inside.x0 for t in ticks)  # slogan names fit left of the axes


def test_export_is_typed_and_chinese(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "csv")])
    assert r.exit_code == 0 and f"wrote {len(kb.KnowledgeBase.TABLES) + 1} files" in r.output  # (and dtypes.json)
    figures = (tmp_path / "csv" / "figures.csv").read_text(encoding="utf-8-sig").splitlines()
    header = figures[0].split(",")
    assert header[:3] == ["文章编号", "序号", "举措编号"]
    ids = [line.split(",")[2] for line in figures[1:]]
    assert all(re.fullmatch(r"\d*", x) for x in ids) and any(ids)  # 12, never 12.0
    arts = pd.read_csv(tmp_path / "csv" / "articles.csv", encoding="utf-8-sig", dtype=str)
    assert arts["日期"].dropna().str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "x")])
    assert r.exit_code == 0 and "wrote 1 file to" in r.output
    wb = openpyxl.load_workbook(tmp_path / "x" / "kb.xlsx", read_only=True)
    assert {"举措", "文章", "数据", "举措类别"} <= set(wb.sheetnames)
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet", "--lang", "en", "--out", str(tmp_path / "p")])
    f = pd.read_parquet(tmp_path / "p" / "figures.parquet")
    assert str(f["measure_id"].dtype) == "Int64" and str(f["value"].dtype) == "Float64"
    assert str(pd.read_parquet(tmp_path / "p" / "articles.parquet")["date"].dtype).startswith("datetime64")


def test_export_headers_are_unique_per_table(sample_kb):
    from pipeline.report.labels import column_label

    db, _ = sample_kb
    c = reader.connect_readonly(db)
    for table in kb.KnowledgeBase.TABLES:
        cols = [r[1] for r in c.execute(f"PRAGMA table_info({table})")]
        labels = [column_label(table, x) for x in cols]
        assert len(set(labels)) == len(labels), (table, labels)
        assert not [x for x in labels if re.fullmatch(r"[a-z_]+", x)], (table, labels)  # every column has a Chinese name


def test_python_api_frames_are_typed(sample_kb):
    db, _ = sample_kb
    with kb.open(db) as k:
        m = k.measures()
        assert str(m["measure_id"].dtype) == "Int64" and str(m["year"].dtype) == "Int64"
        assert str(m["date"].dtype).startswith("datetime64")
        assert isinstance(m["province"].dtype, pd.CategoricalDtype) and m["province"].cat.ordered
        codes = dict(k.conn.execute("SELECT province, min(substr(code, 1, 2)) FROM regions GROUP BY province").fetchall())
        order = list(m["province"].cat.categories)
        assert [codes[p] for p in order] == sorted(codes[p] for p in order)
        assert isinstance(m["category"].dtype, pd.CategoricalDtype) and "tolerate" in m["category"].cat.categories
        assert m["place"].dropna().str.count("/").ge(1).all()
        f = k.figures()
        assert str(f["measure_id"].dtype) == "Int64" and f["measure_id"].isna().any()
        assert str(k.measure_categories()["score"].dtype) == "Float64"
        assert str(k.table("measures")["id"].dtype) == "Int64"
        assert len(k.articles()) >= 20 and str(k.articles()["date"].dtype).startswith("datetime64")


def test_the_example_reproduces_the_reports_table(report, monkeypatch, capsys):
    db, out = report
    script = ROOT / "examples" / "regional_comparison.py"
    code = [x for x in script.read_text(encoding="utf-8").splitlines() if x.strip() and not x.lstrip().startswith("#")]
    assert len(code) <= 25
    monkeypatch.setattr(sys, "argv", [str(script), str(db)])
    shares = runpy.run_path(str(script))["shares"]
    assert "福建省" in capsys.readouterr().out
    table = pd.read_csv(out / "province_x_category_shares.csv", index_col=0, encoding="utf-8-sig",
                        dtype=str).drop(columns=PLACE_COLUMNS).map(_pct)
    shares.index = shares.index.astype(str)
    assert list(shares.index) == list(table.index)
    assert np.allclose(shares[table.columns].to_numpy(dtype=float), table.to_numpy(dtype=float), atol=0.0006)
