"""Titles, sources and bylines by class (session 59): pages invented for the test (names, places
and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_source_naming_a_paper_and_its_own_site_keeps_both(tmp_path):
    # 来源:某某日报·某某网: two media named together, the source as written
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "2023-06-01 09:30:00 来源:青禾日报·青禾农网 作者:方小禾",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾日报·青禾农网"
    # a medium's channel path after the dot (its account, then a section) gives the medium alone
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "2023-06-01 09:30:00 来源:青禾新闻·青禾号·政务",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾新闻"
