"""Figure error classes of session 63 (study sets 212–213 and the real gold's dev half), one test per class,
in our own words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in extract_article(article(text)).figures]


# -- 万亿 directly before 元 joins the unit as 万元 and 亿元 do (3.22万亿元 → 3.22 万亿元, not 32200 亿元) ----

@pytest.mark.parametrize("text, want", [
    ("去年青禾省地区生产总值达到3.22万亿元。", (3.22, None, "万亿元", None)),
    ("全省经济总量首次突破5万亿元。", (5, None, "万亿元", "超过")),
    ("两年内计划投资1.2万亿元至1.5万亿元。", (1.2, 1.5, "万亿元", None)),
])
def test_trillions_of_yuan_keep_their_unit(text, want, segmenter):
    assert want in keys(text)


# -- 口 counting the people of a household or wells and ponds (512户2074口人, 三口之家, 12口井); 口 before
# anything else opens a word (一口气, 两口子, 口岸) ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("青禾村共有386户1250口人。", (1250, None, "口", None)),
    ("柳川村只剩下150多口人。", (150, None, "口", "多")),
    ("他家原本是个三口之家。", (3, None, "口", None)),
    ("驻村工作队帮村里新打了12口井。", (12, None, "口", None)),
])
def test_kou_counts_people_and_wells(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", ["他一口气走完了三里山路。", "他们两口子都在镇上工作。", "他说着一口流利的普通话。",
                                  "青禾县新开放两口岸。"])
def test_kou_opening_a_word_counts_nothing(text, segmenter):
    assert [k for k in keys(text) if k[2] == "口"] == []


# -- 一笔 is "a stroke", "a sum" (浓墨重彩的一笔, 一笔财富), as 一名 and 一件 are "a"; 3笔, 两笔 count -------------

@pytest.mark.parametrize("text", ["柳川人在这段历史上留下了浓墨重彩的一笔,但是交通一直不便。",
                                  "这段经历为他的人生添上了精彩的一笔。"])
def test_yi_bi_is_a_stroke_not_a_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "笔"] == []


def test_strokes_and_sums_counted_stay(segmenter):
    assert (3, None, "笔", None) in keys("青禾县今年共发放创业贷款3笔。")


# -- 口 before a place's name (三口井村, 七口塘村) is part of the name, and 口 before 人员, 人工 counts no people:
# the count of wells and ponds stops at a village, township or group suffix ---------------------------------

@pytest.mark.parametrize("text", ["他被选派到三口井村担任第一书记。", "七口塘村党支部书记带头修通了山路。",
                                  "镇里在各路口设了5口人员登记点。", "柳川镇新挖了两口人工鱼池。"])
def test_kou_in_a_place_name_or_before_staff_counts_nothing(text, segmenter):
    assert [k for k in keys(text) if k[2] == "口"] == []


def test_kou_people_before_a_word_of_work_count(segmenter):
    assert (4, None, "口", None) in keys("他家4口人工资性收入全部来自务工。")


# -- 一笔 right after its noun and before a clause mark is a count of one (贷款一笔，…; “容错纠错”一笔，…), as
# 镇长一名、 is: the sum or case counted stands before it -------------------------------------------------

@pytest.mark.parametrize("text", ["青禾县全年落实“容错纠错”一笔，为1名干部卸下了包袱。",
                                  "柳川镇向返乡青年发放贴息贷款一笔，金额30万元。"])
def test_yi_bi_after_its_noun_counts_one(text, segmenter):
    assert (1, None, "笔", None) in keys(text)
