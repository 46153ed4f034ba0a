"""Titles, dates and sources by class (session 65): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from pipeline.text.lines import is_navigation
from tests.test_page_metadata import BODY, BODY2, articles, only


def test_a_menu_of_links_set_apart_by_spaced_bars_is_no_article(tmp_path):
    # 要闻 | 原创 | 视频 | 你好,某省!: a site's menu bar, one link its brand's greeting with a comma and a !
    head = "青禾县“田间课堂”育出乡村好当家"
    for menu in ("要闻 | 本地 | 原创 | 视频 | 你好,青禾!", "首页 | 时政 | 专题 | 评论 | 青禾,欢迎你!"):
        assert is_navigation(menu), menu
        art = only(tmp_path, "\n".join([menu, head, "2022-05-09 10:12:30来源:青禾新闻网编辑:方小禾", BODY, BODY2]))
        assert (art.title, art.date, art.source, art.editor) == (head, "2022-05-09", "青禾新闻网", "方小禾")
    # a headline in halves set apart by a bar, or a line of prose with bars, is no menu
    for line in ("青禾县 | 选派干部驻村", "甲镇 | 乙镇 | 丙镇 | 丁镇", "视频 | 青禾县召开干部大会,部署全年工作。 | 附件 | 下载"):
        assert not is_navigation(line), line


def test_a_headline_among_its_tags_set_apart_by_spaced_bars_is_no_menu(tmp_path):
    # 评论 | 独家 | 甲,乙 | 某某视点: a headline with a comma inside the bar, one navigation word among its tags
    head = "为基层松绑,让干部敢闯"
    line = f"评论 | 独家 | {head} | 山城视点"
    assert not is_navigation(line)
    art = only(tmp_path, "\n".join([line, "2022-05-09 来源:青禾日报", BODY, BODY2]))
    assert art.title == head
    # two items with marks of prose, or one in the middle, are no brand's greeting at a menu's end
    for line in ("视频 | 要闻 | “田间课堂”育出好当家 | 本地", "得票:甲,32票 | 乙,30票 | 丙,28票 | 评论"):
        assert not is_navigation(line), line


def test_a_subtitle_opened_by_a_columns_label_stands_under_the_headline(tmp_path):
    # 某省为某地培训干部 / 深度关注:甲,乙 / byline / dateline: the lower line is the subtitle, its column's label before it
    head = "青禾县为山区乡镇集中培训五百名村级后备干部"
    for dek in ("深度关注:乡村振兴,先育“领头雁”", "基层观察:人才回流,村里有了新气象"):
        art = only(tmp_path, "\n".join([head, dek, "记者 方小禾", "2021年05月06日08:12  来源:青禾日报", BODY, BODY2]))
        assert art.title == head, dek
    # a kicker of phrases, no actor, over a labelled headline: the labelled line stays the headline
    art = only(tmp_path, "\n".join(["奋进新征程 建功新时代", "基层观察:青禾县如何留住年轻干部", "2021年05月06日08:12  来源:青禾日报",
                                    BODY, BODY2]))
    assert art.title != "奋进新征程 建功新时代"
