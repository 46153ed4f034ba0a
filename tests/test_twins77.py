"""Session 77: near-twin patterns made one.  Where the two copies read a class of text differently, the one kept
reads it as the wider copy did, for both of its uses; these are the texts the narrower copy read otherwise.
Texts written for these tests."""
from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates
from pipeline.extract.figures import find_figures
from pipeline.extract.measures import find_measures
from pipeline.extract.slogans import find_slogans
from pipeline.text.meta import parse_lead
from tests.test_extract import article


def test_a_list_after_an_ascii_exclamation_mark_spells_out_its_formula():
    # class: …!甲、乙、丙、“三X”: the list right before the formula starts after a clause closed by a halfwidth ! or ?
    # (the same clause end as a fullwidth ！ or ？, as the other item readers of slogans.py already had it)
    text = "大家齐声叫好!访民情、解民忧、暖民心、“三民”行动在全镇铺开。"
    assert [(s.canonical, s.components) for s in find_slogans(text)] == [("三民", ["访民情", "解民忧", "暖民心"])]


def test_a_lead_naming_an_agency_and_a_site_together_has_the_agency_as_source():
    # class: 甲社、乙网6月16日电: co-carrying media joined by 、, any with a medium's suffix (社, 杂志, 新闻 …), not
    # only the papers, sites and apps the lead's own pattern listed
    assert parse_lead("新华社、青禾网6月16日电 青禾县近日举办年轻干部培训班。")[:1] == [("source", "新华社")]


def test_the_items_of_a_duty_list_whose_lead_holds_a_colon_before_the_duties_are_no_measures(segmenter):
    # class: 附件二：某某职责：甲；乙；丙。 the duty row of not_a_measure.tsv already read such a lead as duties, the
    # lead of the items after it stopped at the first colon: the items were kept as measures
    head = "青禾县加强村干部队伍建设\n今年以来，青禾县持续加强村干部队伍建设。\n"
    body = ("附件二：驻村第一书记职责：组织村党组织开展党员教育管理；协助村委会制定村级发展规划；"
            "定期向派出单位报告驻村工作情况。柳川镇为每名第一书记安排工作经费2万元。\n")
    assert [m.text for m in find_measures(article(head + body))] == [
        "今年以来，青禾县持续加强村干部队伍建设。", "柳川镇为每名第一书记安排工作经费2万元。"]


@pytest.mark.parametrize("text", [
    "2021年1月至3月下旬，全县共培训村干部1200人次。",
    "2021年1月起至3月底，全县共培训村干部1200人次。",
    "2021年1月——3月，全县共培训村干部1200人次。",
])
def test_a_months_range_closing_in_a_part_of_a_month_or_after_a_long_dash_is_the_figures_period(text):
    # class: 2021年1月至3月下旬, 1月起至3月, 1月——3月: the dates read the closing month as in the opening one's year
    # (a range); a figure's time is the whole range too, as for 2021年1月至3月
    assert [f.time for f in find_figures(text, dates=find_dates(text))] == ["2021-01/2021-03"]
