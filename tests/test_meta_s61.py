"""Titles and sources by class (session 61): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_page_view_counter_alone_on_its_line_is_no_headline(tmp_path):
    # 标题 / 来源:… 日期 / 浏览量:3 | | | / 标题 again over the text: the counter opens no headline (关于… is
    # not glued to it)
    head = "关于进一步加强青禾县村级后备干部队伍建设的思考"
    for counter in ("浏览量:3 | | | |", "阅读次数:1024"):
        art = only(tmp_path, "\n".join([head, "来源:柳川镇 2019-04-02 00:00", counter, head, BODY, BODY2]))
        assert art.title == head
        assert art.date == "2019-04-02"


def test_font_and_share_buttons_after_a_datelines_source_are_no_part_of_it(tmp_path):
    # 时间 … 来源:某报 大字体 小字体 扫码带走: the buttons go, the paper and the date stay
    head = "青禾县选派年轻干部到乡镇挂职"
    art = only(tmp_path, "\n".join([head, "2021-06-18 09:30 来源:青禾日报  小字体 大字体 扫码带走", BODY, BODY2]))
    assert art.title == head
    assert art.source == "青禾日报"
    assert art.date == "2021-06-18"
