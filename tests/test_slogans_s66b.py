"""Slogan error classes of session 66 (helper slog66b, study sets 212–221), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans, quoted_terms


def got(text: str):
    return [(s.canonical, s.count, s.components) for s in find_slogans(text)]


def terms(text: str):
    return quoted_terms(text, find_slogans(text), [])


# -- the topics, sections or modules a course is divided into, counted: no formula ---------------------

@pytest.mark.parametrize("text, quoted", [
    ("青禾县研修班围绕“数字乡村建设”“矛盾纠纷化解”“集体经济发展”三大主题授课:", ["数字乡村建设", "矛盾纠纷化解", "集体经济发展"]),
    ("柳川镇讲堂设置“政策解读”“案例复盘”“现场答疑”三个专题。", ["政策解读", "案例复盘", "现场答疑"]),
    ("新任村干部培训分“理论讲授”“实地观摩”两个板块。", ["理论讲授", "实地观摩"]),
])
def test_topics_of_a_course_counted_are_no_formula(text, quoted, segmenter):
    assert got(text) == []
    assert terms(text) == quoted


def test_a_campaign_named_by_its_topics_stays_a_formula(segmenter):
    assert "三大主题活动" in [c for c, _, _ in got("青禾县开展“学理论、强党性、重实践”三大主题活动。")]

