"""A repost counted once, as session 71's researcher met it: `build` and `search` counted the same notice on two sites
once, while `compare`, `kb.open`'s frames and the example counted it twice; the exports and the spaCy DocBin held the
copies with nothing to tell them by."""
from __future__ import annotations

import json
from pathlib import Path
import runpy
import sqlite3
import sys

from click.testing import CliRunner
import pandas as pd
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts
from tests.conftest import compared as _compare, csv_table as _table, sql_rows as _sql

# One notice of a county, in my own words, and the same notice as a news site reposts it a week later: its menu, a
# 来源 line with the date, its footer.
NOTICE = ("河南省信阳市新县委组织部近日出台办法，推动“三个区分开来”落地见效。\n"
          "一是对基层干部在改革中的失误予以容错纠错，今年已为12名干部澄清正名。\n"
          "二是为乡镇干部每人每月发放工作补贴400元，关心关爱基层干部。\n"
          "三是选派30名年轻干部到村挂职锻炼，提升基层治理本领。\n")
TITLE = "河南省信阳市新县完善干部关爱机制\n"
REPOSTED = {
    "xinxian.txt": TITLE + NOTICE,
    "portal_copy.txt": ("首页 | 新闻中心 | 党建要闻 | 联系我们\n当前位置：首页 > 党建要闻\n" + TITLE
                        + "来源：信阳日报  发布时间：2021年5月9日\n" + NOTICE
                        + "版权所有 © 某某网站  备案号 豫ICP备00000000号\n"),
    "manifest.tsv": "file\tdate\nxinxian.txt\t2021-05-02\n",
}




@pytest.fixture(scope="module")
def reposted(tmp_path_factory, segmenter):
    db = built_from_texts(tmp_path_factory, "reposted71", REPOSTED)
    assert _sql(db, "SELECT count(*) FROM article_copies") == [(1,)]  # (the build found the copy)
    return db


# --- 1: a repost counts once, in the report and in the pandas API, as in search -------------------------

def test_the_pandas_frames_count_a_repost_once_and_mark_it_when_asked(reposted):
    from pipeline.store import kb

    with kb.open(reposted) as k:
        articles, every = k.articles(), k.articles(reposts=True)
        measures = k.measures()
        assert len(articles) == 1 and len(every) == 2
        (canonical,) = articles["article_id"]
        assert list(articles["canonical_id"]) == [canonical] and not articles["is_repost"].any()
        copy = every[every["is_repost"]]
        assert len(copy) == 1 and list(copy["canonical_id"]) == [canonical]
        # every frame holds the canonical article's rows only, as measures() (the search index) does
        assert set(measures["article_id"]) == {canonical}
        for name in ("figures", "slogans"):
            rows = getattr(k, name)()
            assert set(rows["article_id"]) == {canonical}, name
            assert len(getattr(k, name)(reposts=True)) == 2 * len(rows) > 0, name
        cats = k.measure_categories()
        assert set(cats["measure_id"]) == set(measures["measure_id"])
        assert len(k.measure_categories(reposts=True)) == 2 * len(cats)
        assert k.repost_ids() == set(copy["article_id"])


def test_compare_counts_a_repost_once_in_every_table(reposted, tmp_path):
    _compare(reposted, tmp_path, "--by", "county")
    counts = _table(tmp_path / "county_x_category_counts.csv")
    assert list(counts["文章数"]) == ["1"]
    assert list(_table(tmp_path / "slogan_spread.csv")["文章数"]) == ["1"]
    assert list(_table(tmp_path / "slogans_by_region.csv")["文章数"]) == ["1"]
    figures = _table(tmp_path / "figures_by_topic.csv")
    assert len(figures) and not figures.duplicated(["主题", "数据原文"]).any()  # (each figure once under its topic)
    assert figures["文章编号"].nunique() == 1


def test_the_example_counts_a_repost_once(reposted, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["regional_comparison.py", str(reposted)])
    runpy.run_path(str(Path(__file__).parent.parent / "examples" / "regional_comparison.py"), run_name="__main__")
    henan = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("河南省"))  # (the table's row)
    assert henan.split()[1] == "1"  # 文章数


@pytest.mark.parametrize("lang, flag, canonical", [("zh", "是否转载", "原文章编号"), ("en", "is_repost", "canonical_id")])
def test_exports_mark_a_reposts_rows(reposted, tmp_path, lang, flag, canonical):
    r = CliRunner().invoke(cli, ["export", "--db", str(reposted), "--out", str(tmp_path), "--lang", lang, "-q"])
    assert r.exit_code == 0, r.output
    dtypes = json.loads((tmp_path / "dtypes.json").read_text(encoding="utf-8"))
    articles = pd.read_csv(tmp_path / "articles.csv", encoding="utf-8-sig", dtype=dtypes["articles.csv"])
    assert sorted(articles[flag]) == [0, 1]
    (original,) = articles.loc[articles[flag] == 0, "文章编号" if lang == "zh" else "id"]
    assert set(articles[canonical]) == {original}
    article = "文章编号" if lang == "zh" else "article_id"
    for name in ("measures", "figures", "slogans"):
        rows = pd.read_csv(tmp_path / f"{name}.csv", encoding="utf-8-sig", dtype=dtypes[f"{name}.csv"])
        assert str(rows[flag].dtype) == "Int64", name
        assert list(rows.columns)[-1] == flag, name  # (last: the stored columns keep their places)
        assert set(rows.loc[rows[flag] == 0, article]) == {original}, name
        assert (rows[flag] == 1).sum() == (rows[flag] == 0).sum() > 0, name


def test_the_spacy_docbin_marks_reposts(reposted, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    import pipeline.report.spacy_export  # noqa: F401 - (registers doc._.policykb)

    r = CliRunner().invoke(cli, ["export", "--db", str(reposted), "--out", str(tmp_path), "--format", "spacy", "-q"])
    assert r.exit_code == 0, r.output
    docs = list(DocBin().from_disk(tmp_path / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    meta = [d._.policykb for d in docs]
    assert sorted(m["is_repost"] for m in meta) == [False, True]
    (original,) = [m["article_id"] for m in meta if not m["is_repost"]]
    assert {m["canonical_id"] for m in meta} == {original}
