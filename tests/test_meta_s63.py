"""Titles, sources and bylines by class (session 63): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_paper_opening_its_dateline_of_fields_is_the_source(tmp_path):
    # 某某报 发布时间:… 作者:…: the paper named first on the line of fields, no 来源 naming another
    head = "青禾县聚焦中心工作考准察实干部"
    art = only(tmp_path, "\n".join([head, "青禾日报 发布时间:2021年03月15日作者:通讯员 方小禾", BODY, BODY2]))
    assert art.source == "青禾日报"
    assert art.date == "2021-03-15"
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", "通讯员")]
    # a 来源 on the line names the source over the paper first on it
    art = only(tmp_path, "\n".join([head, "青禾门户网站 2021年03月15日 来源:柳川晚报", BODY, BODY2]))
    assert art.source == "柳川晚报"
