"""Titles and sources by class (session 67, meta round 2): pages invented for the test (names,
places and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

import pytest

from pipeline.text.meta import parse_lead
from tests.test_page_metadata import only

# a report's opening of more than eighty characters after 近日/日前, so that the page's first line reads
# as a headline, a space, and the body's opening
_OPENING = ("青禾县委组织部召开部务会,传达学习全省组织工作会议精神,研究部署贯彻落实工作,要求全县组织系统认真梳理"
            "会议提出的各项任务,结合实际提出具体措施,抓好村级班子建设和年轻干部培养等重点工作的落实。")
_NEXT = "会议强调,要坚持好干部标准,树立重实干重实绩的用人导向,为基层干部松绑减负。"


@pytest.mark.parametrize("dispatch, source", [
    ("据新华社北京7月4日电", "新华社"),
    ("新华社西宁3月12日电", "新华社"),
    ("据中新社拉萨12日电", "中新社"),
    ("人民网南昌5月20日电", "人民网"),
    ("本报山城9月1日电", None),
])
def test_a_dated_dispatch_opening_the_page_is_its_lead_not_its_headline(tmp_path, dispatch, source):
    # 据新华社北京7月4日电 日前,…: the page opens with the dispatch and the report, a space between
    # (read as a headline over its body): the dispatch names the source, the page has no headline
    for opener in ("日前", "近日"):
        art = only(tmp_path, "\n".join([f"{dispatch} {opener},{_OPENING}", _NEXT]))
        assert art.title is None, dispatch
        assert art.source == source, dispatch


def test_a_dispatch_alone_on_its_line_is_a_lead_and_a_headline_stays_a_headline(tmp_path):
    assert ("source", "新华社") in parse_lead("新华社北京7月4日电")
    assert parse_lead("青禾县7月4日电") == []  # (no medium before the place: no lead)
    # a headline over the dispatch's line stays the headline; the dispatch still names the source
    art = only(tmp_path, "\n".join(["青禾县选派百名干部驻村", f"新华社西宁3月12日电 近日,{_OPENING}", _NEXT]))
    assert (art.title, art.source) == ("青禾县选派百名干部驻村", "新华社")
    # a headline that merely holds 电 (电网, 电商) is no dispatch
    art = only(tmp_path, "\n".join(["青禾县电商扶贫带头人培训班开班", f"近日,{_OPENING}", _NEXT]))
    assert art.title == "青禾县电商扶贫带头人培训班开班"


@pytest.mark.parametrize("closing", ["(新华社)", "（中新社）", "(新華社)"])
def test_a_news_agency_in_brackets_closing_the_text_is_the_source(tmp_path, closing):
    # …。 / (新华社): the site carries the agency's wire report and names it under the text
    art = only(tmp_path, "\n".join(["青禾县选派百名干部驻村", _NEXT, _OPENING, closing]))
    assert art.source == closing.strip("()（）").replace("華", "华")


def test_an_agencys_photo_credit_or_a_mention_closing_the_text_is_no_source(tmp_path):
    for closing in ("图为培训现场。(新华社发)", "(新华社记者 王五 摄)", "相关做法已被新华社报道。(完)"):
        art = only(tmp_path, "\n".join(["青禾县选派百名干部驻村", _NEXT, _OPENING, closing]))
        assert art.source is None, closing
    # a source named above the text stays the source
    art = only(tmp_path, "\n".join(["青禾县选派百名干部驻村", "2019-05-06 来源:青禾日报", _NEXT, _OPENING, "(新华社)"]))
    assert art.source == "青禾日报"
