"""Titles, sources and signatures by class (session 62): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_breadcrumb_labelled_where_you_are_now_is_no_headline(tmp_path):
    # 您当前所在的位置:首页 > 栏目 > 栏目 over a headline printed in two spaced phrases: the trail is the
    # page's chrome, however long its label (您现在所在的位置 : too)
    head = "柳川镇 驻村干部的一年"
    for crumb in ("您当前所在的位置:首页 > 政务要闻 > 青禾时政", "您现在所在的位置 : 首页 > 乡镇动态 > 柳川镇"):
        art = only(tmp_path, "\n".join([crumb, head, "2022-05-06 10:12 来源:青禾日报", BODY, BODY2]))
        assert art.title == head
        assert art.source == "青禾日报"
