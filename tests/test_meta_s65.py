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
    # 某地为某地培训干部 / 深度关注:甲,乙 / byline / dateline: the lower line is the subtitle, its column's label before it
    for head, dek in (("青禾县为山区乡镇集中培训五百名村级后备干部", "深度关注:乡村振兴,先育“领头雁”"),
                      ("青禾县为山区乡镇集中培训五百名村级后备干部", "基层观察:人才回流,村里有了新气象"),
                      ("甘肃选派三千名年轻干部下沉乡村一线", "深度关注:人才下沉,基层有了活力")):
        art = only(tmp_path, "\n".join([head, dek, "记者 方小禾", "2021年05月06日08:12  来源:青禾日报", BODY, BODY2]))
        assert art.title == head, dek


def test_a_kicker_over_a_headline_opened_by_a_columns_label_stays_a_kicker(tmp_path):
    # a kicker of phrases (乡村振兴…, 全市组织系统…, 学习贯彻省…, a column's name), no place opening it, over a
    # labelled headline; or a labelled line of one clause, no comma: the labelled line is the headline
    for kicker, labelled in (("奋进新征程 建功新时代", "基层观察:青禾县如何留住年轻干部"),
                             ("全市组织系统深入学习贯彻全会精神", "基层观察:山城县如何留住年轻人才"),
                             ("乡村振兴在行动", "记者调查:村干部,还要报多少张表"),
                             ("为基层松绑 给干部撑腰", "深度关注:容错纠错,怎样落到实处"),
                             ("学习贯彻省第九次党代会精神", "聚焦:青禾县选派干部驻村,帮扶见实效"),
                             ("干部工作", "人民眼光:让“少数”带动“多数”"),
                             ("山城县乡村振兴进行时", "记者调查:村干部还要填多少张表")):
        art = only(tmp_path, "\n".join([kicker, labelled, "2021年05月06日08:12  来源:青禾日报", BODY, BODY2]))
        assert art.title and art.title != kicker and art.title in labelled, (kicker, art.title)
