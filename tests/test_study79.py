"""Classes studied on blind set 246 (helper study79): an e-paper's index closing the text, a document site's
menu over its file, a discipline commission signing its report in brackets, a count the segmenter glued to 分.
Every sentence here is written for these tests; the place names and media names in them are facts."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_an_epaper_index_under_the_text_dates_it_and_joins_its_headline_broken_over_two_lines(tmp_path):
    # 某某日报 版名 00012 标题 / … / 2021-05-06 某某日报… 2021年05月06日 星期四: the e-paper's index under the text,
    # the printed headline's line break kept in it; the index was read as the text's last paragraphs (no date,
    # the headline's second line left at the top of the body, the column's city a place of the text)
    page = "\n".join(["浙江日报 数字报纸", "", "00012版:今日湖州", "", "年轻干部", "下沉一线", "", "周小禾 李青", "",
                      BODY, BODY2, "浙江日报 今日湖州 00012 年轻干部", "下沉一线",
                      "2021-05-06 浙江日报2021-05-0600012 2 2021年05月06日 星期四"])
    art = only(tmp_path, page)
    assert (art.title, art.date, art.index) == ("年轻干部 下沉一线", "2021-05-06", 0)
    assert art.text.startswith(BODY) and art.text.endswith(BODY2)


def test_the_index_on_one_line_dates_an_undated_text_and_leaves_a_dated_one_as_it_is(tmp_path):
    index = "贵州日报 要闻 00003 基层减负 2022-09-14 贵州日报 2022年09月14日 星期三"
    art = only(tmp_path, "\n".join(["基层减负见实效", "", BODY, BODY2, index]))
    assert (art.title, art.date, art.text.endswith(BODY2)) == ("基层减负见实效", "2022-09-14", True)
    art = only(tmp_path, "\n".join(["基层减负见实效", "", "发布时间:2022-09-15", "", BODY, BODY2, index]))
    assert art.date == "2022-09-15"


def test_a_document_sites_user_menu_over_the_file_is_no_headline(tmp_path):
    # 购物车 / 我的足迹 / 标题 / 立即下载 / 正文: a document-selling site's menu lines over the file; its last item
    # was taken for the headline
    page = "\n".join(["购物车", "我的足迹", "", "青禾县村干部绩效考核办法", "", "立即下载", BODY, BODY2])
    art = only(tmp_path, page)
    assert art.title == "青禾县村干部绩效考核办法"
    assert art.text.startswith(BODY)


def test_a_discipline_commission_closing_the_text_in_brackets_is_its_source(tmp_path):
    # …。(某某县纪委): the county's discipline commission sent its own report; the bracket's organ was read only
    # when it ended in a place or an organisation or propaganda department
    art = only(tmp_path, "\n".join(["青禾县:容错纠错为担当者撑腰", BODY, BODY2 + "(青禾县纪委)"]))
    assert (art.source, art.text.endswith(BODY2)) == ("青禾县纪委", True)
    art = only(tmp_path, "\n".join(["青禾县:容错纠错为担当者撑腰", BODY, BODY2 + "(青禾县纪委监委)"]))
    assert art.source == "青禾县纪委监委"


def test_a_count_the_segmenter_glued_to_the_verb_of_dividing_is_a_figure():
    # 分两|批次培训, 分三|批次: the segmenter glues 分 to the numeral; the count was read as the end of a word
    from tests.test_fields_s78 import _figures

    assert _figures("招录工作分两批次完成。") == [("两批次", 2, "批次", None)]
    assert _figures("培训分三批次进行,每批次五天。")[0] == ("三批次", 3, "批次", None)
    assert _figures("这一年轻干部说。") == []  # (a numeral closing another word stays none)
