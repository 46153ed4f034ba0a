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


def test_a_bracketed_signature_over_page_furniture_signs_the_article(tmp_path):
    # …。(某某) closing the last paragraph, or alone on its line, with only the site's buttons or an
    # e-paper's index line (no sentence) after it: the article's writer
    head = "青禾县村干部擂台赛比出干劲"
    for closing in ([BODY2 + "(方小禾)", "【打印正文】"],
                    [BODY2 + " (县委组织部 方小禾)", "【返回顶部】【打印本稿】【关闭窗口】"],
                    [BODY2, "(方小禾)", "青禾日报 专刊 00012 田间比武 2023-05-08 青禾日报 2023年05月08日星期一"]):
        art = only(tmp_path, "\n".join([head, "2023-05-08 来源:青禾日报", BODY] + closing))
        assert [a.name for a in art.authors] == ["方小禾"]


def test_a_bracketed_name_before_more_prose_is_no_signature(tmp_path):
    # (某某) closing a paragraph that more sentences follow: a name quoted in the report, no writer
    head = "青禾县村干部擂台赛比出干劲"
    art = only(tmp_path, "\n".join([head, "2023-05-08 来源:青禾日报", BODY, BODY2 + "(方小禾)",
                                    "下一步,县里将把擂台赛办成常态化赛事,每季度评比一次。", "【打印正文】"]))
    assert art.authors == []


def test_a_dateline_with_the_year_spaced_off_month_and_day_dates_the_article(tmp_path):
    # 2025 08/12 10:26:48 / 来源:某某网: a news site's dateline, month/day behind the year and a space
    head = "青禾县村级带头人队伍迭代升级"
    for line, day in (("2025 08/12 10:26:48", "2025-08-12"), ("2023 06 / 08 15:25:12", "2023-06-08")):
        art = only(tmp_path, "\n".join([line, "来源:青禾新闻网", head, BODY, BODY2]))
        assert art.date == day
        assert art.title == head



def test_a_share_boxs_prompts_alone_on_their_lines_are_no_headline(tmp_path):
    # 点击右上角 / 微信好友 / 朋友圈 / 请使用浏览器分享功能进行分享, 微信订阅号: a share box and a subscription's
    # label over the text, the page's furniture
    for chrome in (["点击右上角", "微信好友", "朋友圈", "请使用浏览器分享功能进行分享"], ["微信订阅号"]):
        art = only(tmp_path, "\n".join(chrome + [BODY, BODY2]))
        assert art.title is None


def test_a_credit_of_joined_roles_before_a_slash_is_no_headline(tmp_path):
    # 撰文、摄影/某某区委组织部 over a journal's report: who wrote and photographed it, no headline
    art = only(tmp_path, "\n".join(["撰文、摄影/中共青禾县委组织部", "本刊讯 " + BODY, BODY2]))
    assert art.title is None
    head = "文化礼堂里的摄影课"  # (a headline that opens with a role's word and has no slash stays one)
    assert only(tmp_path, "\n".join([head, "2022-04-02 来源:青禾日报", BODY, BODY2])).title == head
