"""Figure and figure-time error classes of session 65 (study sets 212–217), one test per class, in our
own words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def times(text: str):
    return {f.text: f.time for f in figures(text)}


# -- a count of kinds, levels or aspects closing the list it counts sums the list up: no time -------------

@pytest.mark.parametrize("text, fig", [
    ("2019年,青禾县围绕干部选拔、日常监督和关心关爱3个方面,确定了12项改革任务。", "3个方面"),
    ("近年来,柳川市建成市县乡三级人才服务站46个。", "三级"),
    ("2021年,青禾县、柳川市两级组织部门联合开展调研。", "两级"),
    ("去年,柳川县把乡镇划成“以工业为主,以农业为主”的两种考核模式。", "两种"),
    ("今年以来,青禾县按照优秀、称职、基本称职等三类确定考核结果。", "三类"),
])
def test_a_count_of_kinds_after_their_list_has_no_time(text, fig, segmenter):
    assert times(text)[fig] is None


@pytest.mark.parametrize("text, fig, want", [
    ("2019年,青禾县围绕干部选拔、日常监督和关心关爱3个方面,确定了12项改革任务。", "12项", "2019"),
    ("近年来,柳川市建成市县乡三级人才服务站46个。", "46个", "近年来"),
    ("2022年,柳川市新增三类岗位。", "三类", "2022"),
])
def test_other_figures_and_kinds_not_after_a_list_keep_the_date(text, fig, want, segmenter):
    assert times(text)[fig] == want
