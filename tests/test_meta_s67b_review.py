"""Review of session 67's meta round 2 (a dated dispatch alone on its line, a news agency in brackets
closing the text): pages invented for the test (names, places and sentences are made up), each the
shape of a text the two rules misread before they were narrowed."""
from __future__ import annotations

import pytest

from tests.test_page_metadata import only, roles

_HEAD = "青禾县选派百名年轻干部驻村锻炼"
_BODY = ("青禾县委组织部召集各乡镇组织委员座谈,逐个听取半年来党建任务的进展,对照年初的清单查找短板,"
         "排出时间表。")
_MORE = "座谈会上,几位组织委员说起给村干部减负、把年轻人留在村里的难处,也各自带来了办法。"
_COUNT = "截至目前,全县已选派137名年轻干部到村任职,开展集中培训12期,培训干部2300余人次。"
_QUOTE = "有学者撰文说,基层干部肯闯肯试,靠的是一套讲得清、用得上的免责办法,出了差错先分清为公还是为私。"


@pytest.mark.parametrize("dispatch, source, lead, want", [
    ("新华社北京8月16日电", "新华社", "记者李华、王明报道:", [("李华", "记者"), ("王明", "记者")]),
    ("据中新网兰州12日电", "中新网", "记者 周敏 报道:", [("周敏", "记者")]),
])
def test_a_dispatch_alone_then_the_reporters_lead_keeps_the_reporters(tmp_path, dispatch, source, lead, want):
    # 新华社北京8月16日电 / 记者某某报道:…: the dispatch names the source, the next line's lead its writers
    art = only(tmp_path, "\n".join([_HEAD, dispatch, lead + _BODY, _MORE]))
    assert art.title == _HEAD
    assert art.source == source
    assert roles(art) == want


@pytest.mark.parametrize("closing", [
    ["图为青禾县年轻干部在田间地头开展调研。(新华社)"],  # a photo's caption and its credit
    ["图为青禾县年轻干部在田间地头开展调研。", "(新華社)"],  # the credit on its own line under the caption
    ["链接:" + _QUOTE + "(新华社)", "青禾县委组织部负责人表示,下一步将把免责办法写进年度考核细则。"],  # a quote's credit, text after it
])
def test_an_agency_crediting_a_photo_or_a_quote_is_no_source(tmp_path, closing):
    art = only(tmp_path, "\n".join([_HEAD, _BODY, _MORE, _COUNT] + closing))
    assert art.source is None, closing


def test_a_round_up_of_agency_items_has_no_single_source(tmp_path):
    # 组工信息速览: items each closed by the agency that wrote it: no one source for the page
    art = only(tmp_path, "\n".join(["组工信息速览", "中组部部署开展年轻干部培训。" + _BODY + "(新华社)",
                                    "全国干部教育培训工作会议召开。" + _COUNT + "(中新社)"]))
    assert art.source is None


def test_an_agency_closing_the_text_is_still_the_source(tmp_path):
    for closing in ("(新华社)", _COUNT + "(中新社)"):
        art = only(tmp_path, "\n".join([_HEAD, _BODY, _MORE, closing]))
        assert art.source == closing[-4:-1], closing
