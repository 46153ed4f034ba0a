"""A researcher's findings 3, 4, 5 and 7 (session 80): figures comparable across units (base_value / base_unit beside
the value and unit as written), a figure of 各地数据 named by its article and number (序号, 举措编号), a headline figure
the body repeats marked (headline, body_idx) and counted once, and the quoted terms with their spans and a report
table by region.  The articles are my own."""
from __future__ import annotations

import json
import sqlite3

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import built_from_texts, compared, csv_table, sql_rows

# Two counties' news, written for this test: money in 万元 and in 元, counts in 万人次, a length in 公里, headline
# figures the body gives again (120名, 50万元; 600人 worded 600名 in the body), quoted names of local practices.
TEXTS = {
    "jiashan.txt": "嘉善县选派120名年轻干部驻村 统筹资金50万元\n\n"
                   "本报讯 今年以来，嘉善县委组织部推出“墩苗计划”，在一线锻炼年轻干部。\n\n"
                   "一是从县直机关选派120名年轻干部到村任职，每人每月发放不少于4500元工作补贴，实绩突出的优先提拔使用。\n\n"
                   "二是统筹资金50万元，为驻村干部办理意外保险、组织健康体检，落实带薪休假。\n\n"
                   "三是推行“红黑榜”考评，每季度通报一次，全年累计培训干部1.2万人次，帮助修通村道3公里。\n",
    "xinxian.txt": "新县举办600人规模年轻干部培训班\n\n"
                   "本报讯 近日，新县举办年轻干部能力提升培训班，全县600名年轻干部分批参加学习。\n\n"
                   "培训期间为每名学员建立“成长档案”，考核结果与年度评优评先挂钩。\n\n"
                   "新县同步推行“积分制”管理，对积分靠后的干部开展谈心谈话，对受到诬告的干部及时澄清正名。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "fixr80b", TEXTS)


def _figures(db) -> pd.DataFrame:
    from pipeline.store import kb

    with kb.open(db) as k:
        return k.figures()


# --- finding 3: one rule for magnitudes -------------------------------------------------------------

def test_a_figure_keeps_its_value_as_written_and_gives_its_amount_in_the_base_unit(db):
    f = _figures(db)
    f = f[f["headline"] == 0].set_index("text")
    # as written (the gold sets score these): money keeps its 万元, a count its 万 multiplied out
    assert (f.loc["50万元", "value"], f.loc["50万元", "unit"]) == (50, "万元")
    assert (f.loc["1.2万人次", "value"], f.loc["1.2万人次", "unit"]) == (12000, "人次")
    # ... and beside them one rule for every unit: the magnitude or prefix multiplied out
    base = {t: (f.loc[t, "base_value"], f.loc[t, "base_unit"]) for t in ("50万元", "不少于4500元", "1.2万人次", "3公里")}
    assert base == {"50万元": (500000, "元"), "不少于4500元": (4500, "元"), "1.2万人次": (12000, "人次"),
                    "3公里": (3000, "米")}
    assert str(f["base_value"].dtype) == "Float64" and str(f["base_high"].dtype) == "Float64"
    money = f[f["base_unit"] == "元"].sort_values("base_value")
    assert list(money.index) == ["不少于4500元", "50万元"]  # (by value as written, 50 sorted below 4500)


def test_the_base_amount_of_a_range_and_of_a_unit_written_two_ways():
    from pipeline.core.units import base_amount

    assert base_amount(3, 4, "万元") == (30000, 40000, "元")
    assert base_amount(2.6, None, "万元") == (26000, None, "元")  # (not 26000.000000000004)
    assert base_amount(1.5, None, "亿元") == (150000000, None, "元")
    assert base_amount(16.5, None, "千米") == base_amount(16.5, None, "公里") == (16500, None, "米")
    assert base_amount(30, None, "人（次）") == (30, None, "人次")
    assert base_amount(86, None, "名") == (86, None, "名") and base_amount(5, None, None) == (5, None, None)


def test_the_exports_carry_the_base_columns_typed(db, tmp_path):
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "csv")])
    assert r.exit_code == 0, r.output
    types = json.loads((tmp_path / "csv" / "dtypes.json").read_text(encoding="utf-8"))["figures.csv"]
    assert {k: types[k] for k in ("基本单位数值", "基本单位上限", "基本单位", "出自标题", "正文中同一数据的序号")} == {
        "基本单位数值": "Float64", "基本单位上限": "Float64", "基本单位": "str", "出自标题": "Int64",
        "正文中同一数据的序号": "Int64"}
    f = pd.read_csv(tmp_path / "csv" / "figures.csv", dtype=types)
    body = f[(f["数据原文"] == "50万元") & (f["出自标题"] == 0)]
    assert body[["数值", "单位", "基本单位数值", "基本单位"]].values.tolist() == [[50, "万元", 500000, "元"]]
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "pq"),
                                 "--lang", "en"])
    assert r.exit_code == 0, r.output
    p = pd.read_parquet(tmp_path / "pq" / "figures.parquet")
    assert p.loc[p["text"] == "3公里", ["base_value", "base_unit"]].values.tolist() == [[3000, "米"]]


def test_the_spacy_reading_of_a_figure_has_its_base_amount(db, tmp_path):
    from spacy.tokens import DocBin
    import spacy

    import pipeline.report.spacy_export  # noqa: F401 - registers span._.policykb

    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "spacy", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    docs = list(DocBin().from_disk(tmp_path / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    readings = {s.text: s._.policykb for d in docs for s in d.spans["figures"]}
    assert {k: readings["50万元"][k] for k in ("value", "unit", "base_value", "base_unit")} == {
        "value": 50, "unit": "万元", "base_value": 500000, "base_unit": "元"}


# --- finding 5: a headline figure the body repeats ---------------------------------------------------

def test_a_headline_figure_says_so_and_names_the_body_figure_it_repeats(db):
    f = _figures(db)
    head = f[f["headline"] == 1]
    assert set(head["text"]) == {"120名", "50万元", "600人"} and head["start"].isna().all()
    assert (f.loc[f["headline"] == 0, "start"].notna()).all() and f.loc[f["headline"] == 0, "body_idx"].isna().all()
    for _, h in head.iterrows():  # each names the body's figure of the same number (600人 is the body's 600名)
        body = f[(f["article_id"] == h["article_id"]) & (f["idx"] == h["body_idx"])].iloc[0]
        assert body["headline"] == 0 and body["base_value"] == h["base_value"]
    assert dict(zip(head["text"], f.set_index(["article_id", "idx"]).loc[
        list(zip(head["article_id"], head["body_idx"])), "text"])) == {"120名": "120名", "50万元": "50万元",
                                                                        "600人": "600名"}
    once = f[f["body_idx"].isna()]  # (the count the frame's docstring gives)
    assert len(once) == len(f) - 3


def test_a_headline_figure_the_body_does_not_give_has_no_body_figure(segmenter):
    from pipeline.extract.article import extract_article
    from tests.test_extract import article

    x = extract_article(article("本报讯 某县近日召开年轻干部座谈会，听取意见建议。", title="某县80名年轻干部座谈交流"))
    assert [(f.text, f.headline, f.body_idx) for f in x.figures] == [("80名", True, None)]


# --- findings 4 and 5: the report's table of figures ------------------------------------------------

def test_figures_by_topic_names_each_figure_and_counts_a_repeated_headline_figure_once(db, tmp_path):
    out = compared(db, tmp_path, "--by", "county")
    t = csv_table(tmp_path / "figures_by_topic.csv")
    assert {"文章编号", "序号", "举措编号", "基本单位数值", "基本单位", "出自标题"} <= set(t.columns)
    f = _figures(db)
    # a figure under each topic of its measure: the same (文章编号, 序号) on several rows, one figure
    repeated = t.groupby(["文章编号", "序号"]).size()
    assert (repeated > 1).any()
    once = t.drop_duplicates(["文章编号", "序号"])
    assert len(once) == int(f["body_idx"].isna().sum())  # each figure once, the headline's repeats left out
    assert set(once["数据原文"]) == set(f.loc[f["body_idx"].isna(), "text"])
    assert "600人" not in set(t["数据原文"]) and (t["出自标题"] == "否").all()
    row = once[once["数据原文"] == "50万元"].iloc[0]
    assert (row["数值"], row["单位"], row["基本单位数值"], row["基本单位"]) == ("50", "万元", "500000", "元")
    measure = sql_rows(db, "SELECT measure_id FROM figures f JOIN articles a ON a.id = f.article_id"
                           " WHERE f.text = '50万元' AND f.headline = 0")[0][0]
    assert row["举措编号"] == str(measure)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "按“文章编号”与“序号”去重" in html and "基本单位" in html


# --- finding 7: quoted terms with spans, and by region ------------------------------------------------

def test_quoted_terms_have_spans_into_the_text_and_the_original(db):
    rows = sql_rows(db, "SELECT q.term, q.idx, q.start, q.end, q.orig_start, q.orig_end, a.text, d.original"
                        " FROM quoted_terms q JOIN articles a ON a.id = q.article_id JOIN documents d ON d.id = a.doc_id")
    terms = {r[0] for r in rows}
    assert {"墩苗计划", "红黑榜", "成长档案", "积分制"} <= terms
    for term, idx, s, e, os_, oe, text, original in rows:
        assert text[s:e] == term and original[os_:oe] == term, term
        assert text[s - 1] == "“" and text[e] == "”"


def test_quoted_terms_of_the_headline_have_no_span(segmenter):
    from pipeline.extract.article import extract_article
    from tests.test_extract import article

    x = extract_article(article("本报讯 某镇推行积分管理，干部按月亮分。", title="某镇推行“亮分晒绩”"))
    assert x.quoted_terms == ["亮分晒绩"] and (x.quoted_terms[0].start, x.quoted_terms[0].end) == (None, None)


def test_the_report_lists_the_quoted_terms_by_region(db, tmp_path):
    from pipeline.store import kb

    compared(db, tmp_path, "--by", "county")
    t = csv_table(tmp_path / "terms_by_region.csv")
    assert list(t.columns[:6]) == ["引号中的词", "区县", "区划代码", "完整地名", "文章数", "首次出现"]
    where = dict(zip(t["引号中的词"], t["区县"]))
    assert where["红黑榜"] == where["墩苗计划"] == "嘉善县" and where["积分制"] == where["成长档案"] == "新县"
    assert "引号中的词（做法名称等）在各地的出现" in (tmp_path / "report.html").read_text(encoding="utf-8")
    with kb.open(db) as k:
        q = k.quoted_terms()
    assert {"start", "end", "orig_start", "orig_end", "county", "date"} <= set(q.columns)
    assert str(q["start"].dtype) == "Int64"


# --- the schema change: an older knowledge base --------------------------------------------------------

def test_an_older_knowledge_base_is_built_afresh_and_refused_by_compare_until_then(tmp_path, segmenter):
    from pipeline.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "jiashan.txt").write_text(TEXTS["jiashan.txt"], encoding="utf-8")
    out = tmp_path / "kb.sqlite"
    build(corpus, out, model=None)
    conn = sqlite3.connect(out)  # as schema 9 left it: no base, headline or body_idx columns
    conn.executescript("ALTER TABLE figures DROP COLUMN base_value; ALTER TABLE figures DROP COLUMN body_idx;"
                       " UPDATE meta SET value = '9' WHERE key = 'schema_version';")
    conn.close()
    r = CliRunner().invoke(cli, ["compare", "--db", str(out), "--out", str(tmp_path / "rep")])
    assert r.exit_code != 0 and "rebuild it" in r.output and "Traceback" not in r.output, r.output
    assert build(corpus, out, model=None).mode == "full"
    assert sql_rows(out, "SELECT count(*) FROM figures WHERE base_value IS NOT NULL AND body_idx IS NOT NULL")[0][0] == 2
    compared(out, tmp_path / "rep")
