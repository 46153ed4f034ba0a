"""Titles by class (session 66, second meta round): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_dateline_closed_by_its_sending_unit_glued_to_the_opening_is_no_headline(tmp_path):
    # 本网讯(某单位)近年来,…: the dateline and its unit run into the text, no headline shown
    for line in ("本网讯(县委办)近年来,青禾县坚持把年轻干部放到基层一线锻炼。",
                 "本报讯（柳川镇党委）近年来，柳川镇健全干部能上能下机制。",
                 "山城新闻网讯(组织部) 近年来,山城县从严管理干部队伍。"):
        art = only(tmp_path, "\n".join([line, BODY, BODY2]))
        assert art.title is None, line
    # a headline glued to the stock opening stays a headline, a (…) note inside it too
    art = only(tmp_path, "\n".join(["青禾县打造年轻干部成长快车道近年来,青禾县坚持把年轻干部放到基层。", BODY, BODY2]))
    assert art.title == "青禾县打造年轻干部成长快车道"


def test_the_copy_over_the_body_holding_the_whole_page_title_and_more_is_the_headline(tmp_path):
    # 某报:某地开展某活动 / dateline / 《某报》某地开展某活动,多措并举… / body: the longer copy is the headline
    page = "\n".join(["青禾日报:聚焦山城县持续开展“访民情”活动",
                      "2023-05-06 09:00 来源: 青禾日报",
                      "",
                      "《青禾日报》聚焦山城县持续开展“访民情”活动,多措并举激励干部担当作为",
                      "", BODY, BODY2])
    assert only(tmp_path, page).title == "《青禾日报》聚焦山城县持续开展“访民情”活动,多措并举激励干部担当作为"
    # the page title with a site's label over a copy saying less: the copy holds no whole title, no swap
    page = "\n".join(["青禾日报:聚焦山城县持续开展“访民情”活动",
                      "2023-05-06 09:00 来源: 青禾日报", "",
                      "山城县开展访民情活动", "", BODY, BODY2])
    assert only(tmp_path, page).title != "山城县开展访民情活动"


def test_a_headline_closed_by_its_own_word_for_power_or_news_and_a_note_stays_a_headline(tmp_path):
    # 电/讯 closing a headline's own word (放心电, 喜讯, 简讯, 快讯), a note after it: no dateline, the headline kept
    for line, title in (("山村用上放心电(组图)近年来,青禾县坚持把年轻干部放到基层一线锻炼。", "山村用上放心电"),
                        ("年轻干部传递脱贫喜讯(图)近年来,山城县从严管理干部队伍。", "年轻干部传递脱贫喜讯"),
                        ("柳川镇开展干部培训简讯(一)近年来,柳川镇健全干部能上能下机制。", "柳川镇开展干部培训简讯(一)"),
                        ("青禾县组工快讯(第3期)近年来,青禾县坚持把年轻干部放到基层一线锻炼。", "青禾县组工快讯(第3期)"),
                        ("干部下乡助农户用上光伏电(上)近年来,山城县从严管理干部队伍。", "干部下乡助农户用上光伏电(上)")):
        art = only(tmp_path, "\n".join([line, BODY, BODY2]))
        assert art.title == title, line
    # a paper's dateline closed by its sending unit stays no headline
    art = only(tmp_path, "\n".join(["青禾日报讯(县委组织部)近年来,青禾县坚持把年轻干部放到基层一线锻炼。", BODY, BODY2]))
    assert art.title is None


def test_a_lead_caption_or_byline_after_the_page_title_under_the_dateline_is_no_headline(tmp_path):
    # 标题 / dateline / 标题,某某出席会议并讲话 (a lead with no stop), 标题现场(某某 摄), 标题 记者 某某: the page's
    # title stays the headline
    title = "青禾县召开2023年度干部考核工作会议"
    for under in ("青禾县召开2023年度干部考核工作会议,县委书记王明出席会议并讲话",
                  "青禾县召开2023年度干部考核工作会议现场(王明 摄)",
                  "青禾县召开2023年度干部考核工作会议 记者 王明 通讯员 李华",
                  "青禾县召开2023年度干部考核工作会议(原标题:青禾县部署干部考核)"):
        page = "\n".join([title, "2023-05-06 09:00 来源: 青禾日报", "", under, "", BODY, BODY2])
        assert only(tmp_path, page).title == title, under
    # the paper's name before a colon over the dateline, the copy under it opening with that name: the headline
    page = "\n".join(["柳川晚报:柳川镇持续开展村干部履职能力提升培训",
                      "2023-05-06 09:00 来源: 柳川晚报", "",
                      "柳川晚报柳川镇持续开展村干部履职能力提升培训,激励干部担当作为",
                      "", BODY, BODY2])
    assert only(tmp_path, page).title == "柳川晚报柳川镇持续开展村干部履职能力提升培训,激励干部担当作为"
