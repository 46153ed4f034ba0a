"""Titles, sources and bylines by class (session 64): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_an_apps_download_prompts_over_the_page_are_no_headline(tmp_path):
    # 下载app / 扫码下载 / 扫码关注 over the site's trail: the app's prompts, never the headline
    head = "青禾县选派八十名年轻干部到乡镇挂职"
    for prompts in (["下载app", "扫码下载", "扫码关注"], ["扫码下载", "柳川新闻网 > 首页 > 正文"], ["立即下载APP"],
                    ["打开App", "扫一扫下载客户端"]):
        art = only(tmp_path, "\n".join(prompts + [head, BODY, BODY2]))
        assert art.title == head, prompts
