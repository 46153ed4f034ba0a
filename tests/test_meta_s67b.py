"""Titles and sources by class (session 67, meta round 2): pages invented for the test (names,
places and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

import pytest

from pipeline.text.meta import parse_lead
from tests.test_page_metadata import only

# a report's opening of more than eighty characters after 近日/日前, so that the page's first line reads
# as a headline, a space, and the body's opening
_OPENING = ("青禾县委组织部召集各乡镇组织委员座谈,逐个听取半年来党建任务的进展,对照年初的清单查找短板,要求各乡镇"
            "把村级班子换届后的磨合和年轻干部的培养放在前头,排出时间表,每月月底向部里报一次进度,部里按季度通报。")
_NEXT = "座谈会上,几位组织委员说起给村干部减负、把年轻人留在村里的难处,也各自带来了办法。"


@pytest.mark.parametrize("dispatch, source", [
    ("据新华社北京8月16日电", "新华社"),
    ("新华社西宁3月12日电", "新华社"),
    ("据中新社拉萨12日电", "中新社"),
    ("人民网南昌5月20日电", "人民网"),
    ("本报山城9月1日电", None),
])
def test_a_dated_dispatch_opening_the_page_is_its_lead_not_its_headline(tmp_path, dispatch, source):
    # 据新华社北京8月16日电 日前,…: the page opens with the dispatch and the report, a space between
    # (read as a headline over its body): the dispatch names the source, the page has no headline
    for opener in ("日前", "近日"):
        art = only(tmp_path, "\n".join([f"{dispatch} {opener},{_OPENING}", _NEXT]))
        assert art.title is None, dispatch
        assert art.source == source, dispatch


def test_a_dispatch_alone_on_its_line_is_a_lead_and_a_headline_stays_a_headline(tmp_path):
    assert ("source", "新华社") in parse_lead("新华社北京8月16日电")
    assert parse_lead("青禾县8月16日电") == []  # (no medium before the place: no lead)
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
