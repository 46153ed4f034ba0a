"""Titles, sources and bylines by class (session 60): pages invented for the test (names, places
and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_source_naming_a_site_and_a_paper_by_a_middle_dot_keeps_both(tmp_path):
    # 来源:某某网·某某报: the site and the paper it carries, both named, the source as written
    for joint in ("柳川网·青禾人事报", "青禾新闻网·柳川农民报", "柳川网·青禾党建杂志"):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", f"来源：{joint}", BODY, BODY2]))
        assert art.source == joint
    # a bulletin or a special report after the dot is the site's own column: the site alone
    for column in ("柳川网·党建专报", "柳川网·工作简报"):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", f"来源：{column}", BODY, BODY2]))
        assert art.source == "柳川网"
