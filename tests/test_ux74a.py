"""Findings of the session-74 usability test (extraction): a time word after a town opens no village's name, a
headline's figure the body repeats is one row of compare's figures table, a figure's subject never opens with the
年 of a year.

Every sentence here is written for these tests; the divisions are real ones."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from pipeline.extract.regions import locate
from tests.test_extract import article
from tests.conftest import built_from_texts, compared, csv_table


def _villages(text, g):
    return [m.text for m in locate(text, g).mentions if m.place.level == "village"]


# --- places: a time word right after a town, then the villages' cadres in general -----------------

@pytest.mark.parametrize("clause", ["今年组织村“两委”干部集中培训3期", "近期召开村“两委”联席会议",
                                    "日前开展村两委换届回头看", "上半年开展村“两委”成员述职"])
def test_a_time_word_after_a_town_opens_no_village(g, clause):
    # 某镇|今年|组织|村“两委”: the town's clause about villages in general, no village 今年组织村
    assert _villages(f"四川省广元市剑阁县普安镇{clause}。", g) == []


def test_a_village_named_after_its_town_is_still_read(g):
    assert _villages("四川省广元市剑阁县普安镇石板村“两委”今年组织了两次培训。", g) == ["石板村"]


# --- compare: a headline's figure the body repeats is one figure ----------------------------------

HOLIDAY = {"mengshan.txt": ("蒙山县保障乡镇干部休假 每年不少于6天\n"
                            "发布时间：2024-04-10\n\n"
                            "广西壮族自治区梧州市蒙山县规定乡镇干部每年带薪休假不少于6天。"
                            "全县去年为乡镇干部体检380人次。\n"),
           "manifest.tsv": "file\tdate\nmengshan.txt\t2024-04-10\n"}


@pytest.fixture(scope="module")
def holiday(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "holiday74", HOLIDAY)


def test_a_headline_figure_the_body_repeats_is_listed_once_by_compare(holiday, tmp_path):
    compared(holiday, tmp_path, "--by", "county")
    figures = csv_table(tmp_path / "figures_by_topic.csv")
    assert figures["数据原文"].tolist().count("不少于6天") == 1
    assert "380人次" in figures["数据原文"].tolist()
    # the one left is the body's: its measure's topic, not the topic of figures of no measure
    assert figures.loc[figures["数据原文"] == "不少于6天", "主题"].tolist() != ["无举措"]
    # and the note on the figures of no measure counts the headline's copy no more
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    none = figures["主题"].tolist().count("无举措")
    assert (f"{none:,} 条数据不属于任何举措" in html) if none else "不属于任何举措" not in html


# --- figures: a subject cut after a year's digits, or after its 年 glued to the next word ---------------------------------------

@pytest.mark.parametrize("text, figure, subject", [
    ("云南省大理州宾川县2024年选派新一批驻村工作队员45名。", "45名", "选派新一批驻村工作队员"),
    ("宾川县2022年县财政安排村级办公经费800万元。", "800万元", "县财政安排村级办公经费"),  # (年县: one word to jieba)
    ("2022年县财政安排村级办公经费800万元。", "800万元", "县财政安排村级办公经费"),
    ("县委组织部2024年选派新一批驻村工作队员45名。", "45名", "选派新一批驻村工作队员"),
])
def test_a_figures_subject_never_opens_with_the_nian_of_a_year(segmenter, text, figure, subject):
    found = {f.text: f for f in extract_article(article(text)).figures}
    assert found[figure].subject == subject
    assert found[figure].time  # (the year is the figure's time)
