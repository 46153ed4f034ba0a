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


# -- review (slog2): the counted list only where it opens the formula's clause or the next, names what the
# formula holds (not where the work is done: 从甲、乙三个方面), and its first item no subject's words ----------

@pytest.mark.parametrize("text, name, items", [
    ("选优配强、教育培训、关心关爱“三项举措”齐头并进，全县从政治、业务、作风三个方面强化干部队伍建设。",
     "三项举措", ["选优配强", "教育培训", "关心关爱"]),
    ("青禾镇开展“三比三看”活动，比学习看素质、比作风看形象、比实绩看贡献，全镇从党员、干部、群众三个层面推进。",
     "三比三看", ["比学习看素质", "比作风看形象", "比实绩看贡献"]),
    ("柳川市推行“三述”工作法，从思想、作风、纪律三个方面开展评议。", "三述", []),
    ("青禾县启动“三项行动”，在学习、工作、生活三个方面关心关爱年轻干部。", "三项行动", []),
    ("2023年以来，柳川市委组织部推行“四个一”工作机制，在教育、管理、监督、服务四个环节发力。", "四个一", []),
    ("青禾县深化“三级联动”，县、乡、村三级共同发力，围绕选人、育人、用人三个环节压实责任。", "三级联动", []),
    ("柳川市构建“三维一体”评价体系，该体系由平时考核、年度考核、专项考核三个部分组成。", "三维一体", []),
    ("青禾县推行“三个一”活动涵盖权力清单、责任清单、负面清单三大板块。", "三个一", []),
])
def test_a_counted_list_elsewhere_in_the_sentence_spells_nothing(text, name, items, segmenter):
    assert components(text)[name] == items


@pytest.mark.parametrize("text, name, items", [
    ("青禾县推行“三个一”机制，在线学习、集中轮训、实践锻炼三个环节环环相扣。",
     "三个一", ["在线学习", "集中轮训", "实践锻炼"]),
    ("柳川市构建“三维一体”干部考核体系，从政治素质、工作实绩、群众口碑三个维度综合评价。",
     "三维一体", ["政治素质", "工作实绩", "群众口碑"]),
])
def test_a_lead_is_cut_off_only_where_it_is_a_word_of_its_own(text, name, items, segmenter):
    assert components(text)[name] == items


@pytest.mark.parametrize("text, items", [
    ("柳川市委培引“双轮驱动”激活人才引擎。", ["培", "引"]),
    ("青禾县委培引“双轮驱动”见成效。", ["培", "引"]),
    ("全县着力抓促“双提升”，推动党建和发展融合。", ["抓", "促"]),
])
def test_verbs_fused_after_a_word_that_closes_before_them(text, items, segmenter):
    assert next(iter(components(text).values())) == items
