"""Page furniture, session 71: a photo's label or credit alone on its line, a script's variables and a rating
widget's buttons are no heading of the measures after them, and no text."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_TITLE = "青禾县多措并举培养年轻干部\n"
# -- page furniture before a paragraph: no heading, no text ---------------------------------------------

_BODY = ("青禾县委组织部建立年轻干部成长档案，实行一人一档、动态管理。\n"
         "柳川镇为每名新录用的选调生配备一名导师，开展为期一年的帮带。\n")


@pytest.mark.parametrize("furniture", [
    "(资料图片)",
    "（资料照片仅供参考）",
    "（图片来源：青禾县融媒体中心）",
    "图片来源：青禾网",
    "(图片由柳川镇党委提供)",
    "（记者 方小禾 摄）",
    "channelId 1 1 1",
    "var pageSize = 20;",
    "评分 意见反馈 顶 踩 收藏",
])
def test_page_furniture_is_no_heading_and_no_text(segmenter, furniture):
    art = article(_TITLE + furniture + "\n" + _BODY)
    got = [(m.heading, m.text) for m in find_measures(art)]
    assert got and all(h is None for h, _ in got), got
    assert furniture not in art.text
    assert art.title == _TITLE.strip()


def test_a_photos_source_is_not_the_reports_source(segmenter):
    art = article(_TITLE + "图片来源：青禾图库\n" + _BODY)
    assert art.source is None


@pytest.mark.parametrize("line", [
    "图为青禾县年轻干部在田间调研。",       # a caption tells what the photo shows
    "（图/文 方小禾）",                       # the writer, who took the photos too
    "iPhone 15",
    "2024",
])
def test_what_only_looks_like_furniture_stays(segmenter, line):
    from pipeline.text.lines import _line_kind

    assert _line_kind(line, None)[2] not in ("photo credit", "markup")
