"""Titles by class (session 67, meta round): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from pipeline.text.articles import clean_title
from tests.test_page_metadata import BODY, BODY2, articles as articles_of, only


def test_an_exam_sites_channel_with_its_year_and_region_before_the_headline_is_dropped(tmp_path):
    # 2019某省公务员考试信息:标题: an exam-coaching site files the story under its channel, a colon after it
    page = "\n".join(["2019青海公务员考试信息:青禾县公开遴选科级干部引关注", "2019-05-06", BODY, BODY2])
    assert only(tmp_path, page).title == "青禾县公开遴选科级干部引关注"
    assert clean_title("山城市事业单位招聘资讯：山城县面向基层公开招聘乡镇干部") == "山城县面向基层公开招聘乡镇干部"
    # a region and its act before a colon is the headline's own
    for title in ("青禾县干部培养:青年干部下沉村组补短板", "山城县公开遴选:打破选人用人地方壁垒",
                  "青禾县考试录用:新招录公务员赴基层锻炼"):
        assert clean_title(title) == title


def test_a_firms_name_alone_over_the_page_is_an_advert_not_the_headline(tmp_path):
    # 跳转到正文内容 / 某某银行 / 标题: a bank's or a group's banner over the story
    for brand in ("青禾农商银行", "山城人寿保险", "青禾控股集团", "山城建设有限公司"):
        page = "\n".join(["跳转到正文内容", brand, "", "山城县面向村干部公开选拔乡镇领导", "", BODY, BODY2])
        assert only(tmp_path, page).title == "山城县面向村干部公开选拔乡镇领导", brand
    # a headline naming a bank among its words stays the headline
    page = "\n".join(["青禾农商银行派驻第一书记助力乡村振兴", "", BODY, BODY2])
    assert only(tmp_path, page).title == "青禾农商银行派驻第一书记助力乡村振兴"


def test_a_row_of_links_run_together_over_the_page_opens_no_article_of_its_own(tmp_path):
    # 关于…的通知关于…的征文… (the portal's ticker, its spaces lost) / 今天是:… / 标题 / 来源:… 发布时间:…
    row = ("青禾党建网开通手机版欢迎访问关于开展“红色记忆”主题征文活动的通知关于召开全市基层党建工作研讨会的通知"
           "学习贯彻党的二十大精神专题")
    page = "\n".join([row, "今天是:2024-10-18 星期五", "山城县举办村党组织书记示范培训班",
                      "来源:青禾党建网 发布时间:2016-07-19 18:57", "", BODY, BODY2])
    arts = articles_of(tmp_path, page)
    assert len(arts) == 1
    assert arts[0].date == "2016-07-19"
    # a lead paragraph over a second headline and its dateline stays an article of its own
    page = "\n".join(["青禾县近日召开干部大会,宣布了县委关于调整部分乡镇领导班子的决定,要求新任干部尽快进入角色。",
                      "山城县举办村党组织书记示范培训班", "来源:青禾党建网 发布时间:2016-07-19 18:57", "", BODY, BODY2])
    assert len(articles_of(tmp_path, page)) == 2


def test_a_sites_channel_after_the_medium_in_the_source_field_is_not_the_source():
    from pipeline.text.meta import parse_meta_line
    # 来源:某某党建网 信息动态 阅读量:… 发布时间:…: the medium, then the channel it files the item under
    assert ("source", "青禾党建网") in parse_meta_line("来源:青禾党建网 信息动态 阅读量:35 发布时间:2016-07-19 18:57")
    assert ("source", "山城日报") in parse_meta_line("来源:山城日报 基层要闻")
    # two media, or a medium and a programme of its own, stay as written
    assert ("source", "人民网 人民日报") in parse_meta_line("来源:人民网 人民日报")
    assert ("source", "青禾县融媒体中心 青禾新闻") in parse_meta_line("来源:青禾县融媒体中心 青禾新闻")


def test_a_places_headline_over_a_shorter_subtitle_opening_with_a_count_is_the_headline(tmp_path):
    # 某省首次开展某工作 / 56名干部奔赴新岗位 / dateline: the subtitle gives the figure, the headline the place's act
    page = "\n".join(["青海省首次开展年轻干部跨领域交流任职", "", "56名年轻干部奔赴新岗位", "",
                      "2021年05月30日08:45  来源:青禾日报", "", BODY, BODY2])
    assert only(tmp_path, page).title == "青海省首次开展年轻干部跨领域交流任职"
    # a kicker of phrases over a counted headline, or a counted headline alone, keeps the counted line
    for kicker in ("聚焦乡村振兴", "学习贯彻全会精神 推动干部担当作为", "山城县:培训有新招"):
        page = "\n".join([kicker, "56名年轻干部奔赴乡村振兴新岗位", "2021年05月30日08:45  来源:青禾日报", "", BODY, BODY2])
        assert only(tmp_path, page).title == "56名年轻干部奔赴乡村振兴新岗位", kicker


def test_a_closing_bracket_with_the_day_the_paper_and_its_reporters_dates_and_credits_the_article(tmp_path):
    # …。 / (2022年3月8日《某某日报》记者 甲 通讯员 乙): a paper's report reprinted by a site without a dateline
    page = "\n".join(["山城县开办干部大讲堂", BODY, BODY2, "(2022年3月8日《青禾日报》记者 方小禾 通讯员 李小满)"])
    art = only(tmp_path, page)
    assert (art.date, art.source) == ("2022-03-08", "青禾日报")
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", "记者"), ("李小满", "通讯员")]
    # a book cited with its day in brackets names no writer
    page = "\n".join(["山城县开办干部大讲堂", BODY, BODY2, "(2022年3月8日《青禾日报》第3版)"])
    assert only(tmp_path, page).authors == []


def test_a_paragraph_lacking_its_stop_with_a_long_unmarked_title_is_no_row_of_links(tmp_path):
    # 标题 / a one-paragraph report whose last stop is lost and whose document's title runs on unmarked /
    # 标题 / dateline: two articles (a row of links run together runs on unmarked for 60 characters and more)
    lead = ("近日,青禾县委组织部印发关于进一步激励全县广大干部在推进乡村全面振兴中新时代新担当新作为的若干措施,"
            "从容错纠错、关心关爱、考核激励等方面提出具体举措")
    page = "\n".join(["青禾县出台激励干部担当作为措施", lead, "", "山城县开展村干部履职考核",
                      "2024-03-06 来源:山城县委组织部", "", BODY, BODY2])
    arts = articles_of(tmp_path, page)
    assert [a.title for a in arts] == ["青禾县出台激励干部担当作为措施", "山城县开展村干部履职考核"]
    assert arts[0].date is None and arts[1].date == "2024-03-06"
    page = "\n".join([lead.replace("县", "縣").replace("组织", "組織"), "山城县开展村干部履职考核",
                      "2024-03-06 来源:山城县委组织部", "", BODY, BODY2])
    assert len(articles_of(tmp_path, page)) == 2


def test_a_short_headline_ending_on_a_firm_is_the_headline_not_an_advert(tmp_path):
    # 奋力建设人民满意银行 / dateline: a bank's party-building headline, no banner
    for title in ("奋力建设人民满意银行", "党建引领打造一流银行", "红色引擎激活国企集团"):
        page = "\n".join([title, "2024-03-05 来源:青禾日报", "", BODY, BODY2])
        assert only(tmp_path, page).title == title


def test_a_papers_name_with_its_own_word_lost_is_not_restored_to_another_paper(tmp_path):
    # (2023年10月18日《青�日报》…): the lost character is the name's own, 青海日报 and 青禾日报 alike: no listed
    # paper is made up; the day and the writers stand
    page = "\n".join(["山城县开办干部大讲堂", BODY, BODY2, "(2023年10月18日《青\ufffd日报》记者 方小禾 通讯员 李小满)"])
    art = only(tmp_path, page)
    assert art.source != "青海日报" and art.date == "2023-10-18"
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", "记者"), ("李小满", "通讯员")]
    from pipeline.text.articles import _restore_paper
    assert _restore_paper("山\ufffd日报") == "山\ufffd日报"
    assert _restore_paper("青海日\ufffd") == "青海日报"
