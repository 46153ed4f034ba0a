"""Slogan component classes of session 65 (helper slog2), one test per class, in our own words.  Each
text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def components(text: str) -> dict[str, list[str]]:
    return {s.canonical: s.components for s in extract_article(article(text)).slogans}


# -- a list right after the formula closed by its own count and a word of parts (三个方面, 3个参数) ------

@pytest.mark.parametrize("text, name, items", [
    ("青禾县紧抓“三项机制”鼓励激励、容错纠错、能上能下三个方面，激发干部干事热情。",
     "三项机制", ["鼓励激励", "容错纠错", "能上能下"]),
    ("柳川市推行“三维一体”考评办法，将实绩考核、民主测评和民意测验3个考核参数结合起来。",
     "三维一体", ["实绩考核", "民主测评", "民意测验"]),
    ("全县推行“三个清单”制度，涵盖权力清单、责任清单、负面清单三大板块。",
     "三个清单", ["权力清单", "责任清单", "负面清单"]),
])
def test_a_list_closed_by_the_formulas_count_spells_it_out(text, name, items, segmenter):
    assert components(text)[name] == items


@pytest.mark.parametrize("text, name", [
    ("青禾县实施“三个一批”工程，在东镇、西镇、南镇3个乡镇先行试点。", "三个一批"),
    ("柳川市建立“一体两翼”格局，包括组织部、宣传部、统战部三个部门。", "一体两翼"),
    ("青禾县推行“三联三帮”，从思想、作风两个方面帮扶后进村。", "三联三帮"),
])
def test_a_list_of_places_units_or_another_count_spells_nothing(text, name, segmenter):
    assert components(text)[name] == []


# -- one-character verbs fused before a quoted formula: not when the first closes a word (组织|要解) -----

def test_verbs_fused_before_start_at_a_word_boundary(segmenter):
    assert components("振兴乡村组织要解“三难”，村里正想办法。")["三难"] == []
    assert components("青禾县坚持培引“双轮驱动”，推动人才工作。")["双轮驱动"] == ["培", "引"]
