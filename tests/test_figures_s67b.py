"""Figure error classes of session 67's second round (sets 224–227 first), one test per class, in our own
words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figs(text: str):
    return [(f.text, f.value, f.high, f.unit, f.time) for f in extract_article(article(text, None)).figures]


# -- a count or share followed by the year it is due by (60%到2020年, 30名至2025年底): no range closing on a
# year, the figure stands with that year as its time; a change from one year's figure to the next keeps both
# figures and does not give the first the later year ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("青禾县有贫困村40个,其余60%到2020年实现脱贫。", ("60%", 60, None, "%", "2020")),
    ("柳川镇另有30名到2025年底全部轮训一遍。", ("30名", 30, None, "名", "2025")),
])
def test_a_figure_due_by_a_year_after_it_stands(text, want, segmenter):
    assert want in figs(text)


@pytest.mark.parametrize("text, want", [
    ("村干部大专学历比例从2015年的30%到2020年的50%。", [("30%", 30, None, "%", "2015"), ("50%", 50, None, "%", "2020")]),
    ("补贴3000元到2020年提高到4000元。", [("3000元", 3000, None, "元", None), ("4000元", 4000, None, "元", "2020")]),
    ("每人补助800元到1000元。", [("800元到1000元", 800, 1000, "元", None)]),
])
def test_a_change_from_a_figure_and_a_range_of_amounts_are_left(text, want, segmenter):
    assert figs(text) == want


# -- …but a figure a change starts from keeps its own year, or none: 从2015年的5万元到2020年… (its year before
# it, 由/從 too), …3000人到2020年8000人, 60%至2020年为55% (the later year's figure follows in the clause) ------

@pytest.mark.parametrize("text, want", [
    ("柳川镇村集体经济收入从2015年的5万元到2020年突破50万元。", ("5万元", 5, None, "万元", "2015")),
    ("全县村干部大专以上学历占比由2016年的35%到2021年达62%。", ("35%", 35, None, "%", "2016")),
    ("贫困发生率由2014年的12.5%到2019年降为0。", ("12.5%", 12.5, None, "%", "2014")),
    ("青禾縣黨員人數從2012年的3000人到2020年逾8000人。", ("3000人", 3000, None, "人", "2012")),
    ("截至2019年底全县已培训村干部3000人次至2020年还将培训1000人次。", ("3000人次", 3000, None, "人次", "2019")),
    ("其中女性干部占比30%至2022年为38%。", ("30%", 30, None, "%", None)),
    ("柳川镇人口从1.2万人到2020年超过2万人。", ("1.2万人", 12000, None, "人", None)),
    ("村干部平均年龄从52岁到2021年换届后降至45岁。", ("52岁", 52, None, "岁", None)),
])
def test_a_figure_a_change_starts_from_keeps_its_own_year(text, want, segmenter):
    assert want in figs(text)


@pytest.mark.parametrize("text, want", [
    ("一、轮训村干部300人次至2021年6月底;二、选派第一书记50名至2022年。",
     [("300人次", 300, None, "人次", "2021"), ("50名", 50, None, "名", "2022")]),
])
def test_a_month_of_the_year_due_by_is_no_later_figure(text, want, segmenter):
    assert figs(text) == want
