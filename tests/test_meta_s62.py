"""Titles, sources and signatures by class (session 62): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

import pytest

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
    # 点击右上角 / 微信好友 / 朋友圈 / 请使用浏览器分享功能进行分享: a share box over the text, the page's
    # furniture (its labels among its prompts; 微信订阅号 alone on a line is no prompt, a list's item)
    for chrome in (["点击右上角", "微信好友", "朋友圈", "", "请使用浏览器分享功能进行分享"],
                   ["分享到:", "点击右上角", "微信好友", "朋友圈", "请使用浏览器分享功能进行分享", "微信订阅号"]):
        art = only(tmp_path, "\n".join(chrome + [BODY, BODY2]))
        assert art.title is None
        assert not {"微信好友", "朋友圈", "微信订阅号"} & set(art.text.split("\n"))


def test_a_credit_of_joined_roles_before_a_slash_is_no_headline(tmp_path):
    # 撰文、摄影/某某区委组织部 over a journal's report: who wrote and photographed it, no headline
    art = only(tmp_path, "\n".join(["撰文、摄影/中共青禾县委组织部", "本刊讯 " + BODY, BODY2]))
    assert art.title is None
    head = "文化礼堂里的摄影课"  # (a headline that opens with a role's word and has no slash stays one)
    assert only(tmp_path, "\n".join([head, "2022-04-02 来源:青禾日报", BODY, BODY2])).title == head



@pytest.mark.parametrize("line", ["一是找准自身位置:坚持补台不拆台、参谋不决策,当好班子的参谋助手。", "(二)摆正位置:甘当配角不抢戏",
                                  "村情简介所处位置:位于青禾县城西北12公里", "会议室座次位置:按班子排序就座"])
def test_a_numbered_point_on_a_position_is_the_text_not_a_breadcrumb(tmp_path, line):
    # 一是摆正自身位置:…, (一)摆正位置:…, 村情简介所处位置:…: a report's points and facts whose key ends in
    # 位置, the text's own lines; only 您(当前/现在)(所在)的位置: is the page's 'you are here'
    head = "做好新时代乡镇党政办工作的几点思考"
    art = only(tmp_path, "\n".join([head, "2024-05-06 来源:青禾县委办公室", BODY, line, BODY2]))
    assert art.title == head
    assert line in art.text.split("\n")


@pytest.mark.parametrize("head", ["图片/青禾县首届“村BA”篮球赛精彩瞬间", "摄影/镜头里的乡村振兴新图景", "图片和视频/青禾县首届村BA精彩回顾",
                                  "图片/视频:青禾县首届“村BA”篮球赛精彩瞬间", "摄影 / 金秋稻田美如画"])
def test_a_single_role_before_a_slash_opens_a_headline(tmp_path, head):
    # 图片/某某精彩瞬间, 摄影 / 某某美如画, 图片和视频/…, 图片/视频:…: a picture story's headline behind its
    # kind; only roles joined by 、 before a unit or names (文字、图片/某某融媒体中心) are a credit
    art = only(tmp_path, "\n".join([head, "2024-08-01 来源:青禾县融媒体中心", BODY, BODY2]))
    assert art.title == head


def test_joined_roles_or_a_writing_role_before_a_unit_stay_a_credit(tmp_path):
    for credit in ("文字、图片/青禾县融媒体中心", "采写/青禾县委组织部", "撰文、摄影/方小禾 林青"):
        art = only(tmp_path, "\n".join([credit, "本刊讯 " + BODY, BODY2]))
        assert art.title is None


@pytest.mark.parametrize("closing", [["(方小禾 林青 周立)", "中共青禾县委组织部"],
                                     ["(林青 摄)", "图为党员志愿者在清理河道", "图为党员志愿者在清扫街道"],
                                     ["参加座谈的年轻干部名单如下。", "(方小禾 林青 周立)", "附件:座谈会发言材料"]])
def test_names_before_a_unit_a_caption_or_an_attachment_sign_nothing(tmp_path, closing):
    # (某某 某某 …) in a commendation notice over its issuing unit, (某某 摄) over the photos' captions,
    # a list of participants over 附件:…: people of the text, not its writers
    head = "青禾县召开年轻干部座谈会"
    art = only(tmp_path, "\n".join([head, "2024-05-06 来源:青禾县委组织部", BODY, BODY2] + closing))
    assert art.authors == []


@pytest.mark.parametrize("items", [["讲堂围绕党员干部的四个“圈”展开:", "工作圈", "生活圈", "社交圈", "朋友圈"],
                                   ["宣讲团依托以下平台开展线上宣讲:", "抖音号", "视频号", "微信订阅号"],
                                   ["宣讲团通过以下渠道传播:", "微信好友", "朋友圈", "微信群"]])
def test_a_share_label_in_a_list_is_the_text(tmp_path, items):
    # 朋友圈, 微信好友, 微信订阅号 as a list's items (…四个“圈”: / 工作圈 / … / 朋友圈; 依托以下平台: / 抖音号 /
    # 微信订阅号): the article's words, no share box
    art = only(tmp_path, "\n".join(["青禾县“清风讲堂”开讲", "2024-03-12 来源:青禾县纪委监委", BODY] + items + [BODY2]))
    for item in items:
        assert item in art.text.split("\n")


def test_a_share_label_as_an_essays_headline_is_the_text(tmp_path):
    art = only(tmp_path, "\n".join(["朋友圈", "2024-03-12 来源:青禾县纪委监委",
                                    "“朋友圈”是一面镜子,照出党员干部的交友观。" + BODY, BODY2]))
    assert art.text.split("\n")[0] == "朋友圈"
