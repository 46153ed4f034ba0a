"""Figure error classes seen on the study sets of session 59, one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in figures(text)]


# -- N大: a summary count without a list before it -----------------------------------------

@pytest.mark.parametrize("text, want", [
    ("青禾县今年的干部培训方案有两大亮点,一是线上线下结合。", (2, None, None, None)),
    ("柳川镇的人才工作呈现三大趋势:一是返乡创业人数增加。", (3, None, None, None)),
    ("方小禾介绍,街道对照12大门类开展擂台比拼。", (12, None, None, None)),
    ("“一站一廊”八大功能区已在青禾县全部建成。", (8, None, None, None)),
])
def test_a_summary_count_with_n_da(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", [
    "柳川镇党委组织全体党员学习党的十九大精神。",
    "青禾县委召开会议,传达学习党的七大以来的历史经验。",
    "县四大班子领导分别带队到柳川镇调研。",
    "清溪县四大组织领导带领纪检干部下乡督查。",
    "驻村工作队、乡镇干部和县四大组织领导参加了会议。",
])
def test_a_congress_or_a_body_named_by_n_da(text, segmenter):
    assert [k for k in keys(text) if k[2] is None] == []


# -- N级: a count of levels wherever it stands; 二级 is a grade ----------------------------

@pytest.mark.parametrize("text, want", [
    ("柳川镇建立审计组—业务股室—镇领导三级复核机制。", (3, None, "级", None)),
    ("青禾县构建社区党组织四级梯队体系,培养后备力量。", (4, None, "级", None)),
    ("方小禾从县直部门调任乡镇,职务连降两级。", (2, None, "级", None)),
    ("青禾县打通县、镇、村三级党员干部教育阵地。", (3, None, "级", None)),
])
def test_a_count_of_levels(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", [
    "县委组织部与柳川镇二级机构负责人逐一谈话。",
    "柳川镇二级机构的负责人参加了县里的轮训。",
    "方小禾通过了大学生村官四级联考,来到柳川镇。",
])
def test_a_grade_or_an_exam_named_by_its_levels(text, segmenter):
    assert [k for k in keys(text) if k[2] == "级"] == []


# -- qualifiers and units as the guidelines write them ------------------------------------

@pytest.mark.parametrize("text, want", [
    ("柳川镇的村干部不满45周岁的,由镇里统一办理养老保险。", (45, None, "周岁", "以下")),
    ("不满30岁的方小禾被任命为青禾县副县长。", (30, None, "岁", "以下")),
])
def test_bu_man_is_below(text, want, segmenter):
    assert keys(text) == [want]


@pytest.mark.parametrize("text", [
    "报名要求:(3)近3年年度考核结果都在称职及以上。",
])
def test_the_recent_years_of_a_record(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


def test_years_of_work_stay_a_duration(segmenter):
    assert keys("方小禾在柳川镇工作近5年,熟悉每一个村。") == [(5, None, "年", "近")]


# -- a number inside a short name quoted with ‘’ or 「」 -----------------------------------

@pytest.mark.parametrize("text", [
    "青禾县深化‘最多跑一次’改革,群众办事更方便。",
    "柳川镇推动同类材料「最多报一次」,减轻村干部负担。",
])
def test_a_number_inside_a_name_in_single_or_corner_quotes(text, segmenter):
    assert [k for k in keys(text) if k[2] == "次"] == []


def test_a_quote_holding_only_the_figure_still_counts(segmenter):
    assert keys("柳川镇‘十项’举措落地见效。") == [(10, None, "项", None)]
