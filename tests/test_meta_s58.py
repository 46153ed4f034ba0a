"""Bylines, dates and sources by class (session 58): pages invented for the test (names, places
and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only, roles


def test_a_transcribed_four_character_name_after_a_role_stays_whole(tmp_path):
    # (记者斯琴高娃: one name of four characters, though both halves could be read as names)
    art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", "青禾日报讯(记者斯琴高娃)" + BODY, BODY2]))
    assert roles(art) == [("斯琴高娃", "记者")]


def test_a_four_character_name_opening_with_a_double_family_name_stays_whole(tmp_path):
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "青禾日报讯(记者欧阳禾穗)" + BODY,
        BODY2,
    ]))
    assert roles(art) == [("欧阳禾穗", "记者")]


def test_a_day_and_time_with_the_writers_unit_glued_behind_dates_the_article(tmp_path):
    # a magazine site's header: the day and time, the writer's unit and posts glued behind it (no
    # cut into names reads them), the issue, then the writer spaced on a line of its own
    art = only(tmp_path, "\n".join([
        "年轻干部要在基层一线经受历练",
        "",
        "2023-05-10 08:30柳川镇党委副书记青年干部培训班讲师方小禾",
        "青禾月刊 2023年05期",
        "",
        BODY,
        BODY2,
    ]))
    assert art.date == "2023-05-10"
    # a medium's name glued behind the time is the source, as before
    art = only(tmp_path, "\n".join(["青禾县举办年轻干部培训班", "2023-05-10 08:30青禾日报", "", BODY, BODY2]))
    assert (art.date, art.source) == ("2023-05-10", "青禾日报")


def test_an_epaper_systems_record_line_dates_the_article_and_names_its_paper(tmp_path):
    # what is left of an e-paper system's comment: the day, the page twice, the paper, the file
    art = only(tmp_path, "\n".join([
        "青禾县推行乡镇干部周例会制度",
        "2021-03-09 4 4 青禾日报 content_12345.html 1 3 乡镇干部周例会制度落地 /enpproperty-->",
        BODY,
        BODY2,
    ]))
    assert (art.date, art.source) == ("2021-03-09", "青禾日报")


def test_a_unit_supplying_the_report_at_its_close_is_its_source(tmp_path):
    art = only(tmp_path, "\n".join([
        "青禾县启动2024年度公务员招录工作",
        BODY,
        BODY2 + "(青禾县人社局 供稿)",
    ]))
    assert art.source == "青禾县人社局"
    assert art.authors == []
    # a picture credited to a unit names no source of the report
    art = only(tmp_path, "\n".join(["青禾县启动2024年度公务员招录工作", BODY, BODY2 + "(图片由青禾县委宣传部提供)"]))
    assert art.source is None
    art = only(tmp_path, "\n".join(["青禾县启动2024年度公务员招录工作", BODY, BODY2 + "(青禾县自由贸易区管委会 供稿)"]))
    assert art.source == "青禾县自由贸易区管委会"
    art = only(tmp_path, "\n".join(["青禾县启动2024年度公务员招录工作", BODY, BODY2 + "(本文图片均由县委组织部提供)"]))
    assert art.source is None


def test_a_model_essay_sites_row_of_column_day_and_teacher_names_the_writer_and_day(tmp_path):
    art = only(tmp_path, "\n".join([
        "乡镇干部作风建设心得体会",
        "",
        "心得体会2019-04-12方小禾老师",
        "",
        BODY,
        BODY2,
    ]))
    assert (art.date, roles(art)) == ("2019-04-12", [("方小禾", None)])


def test_a_day_then_the_poster_and_its_count_under_the_headline_dates_the_article(tmp_path):
    # 2024-06-10 某某党校 512: the day, the unit that posted it, its readers' count
    art = only(tmp_path, "\n".join([
        "青禾县举办年轻干部能力提升培训班",
        "2024-06-10 青禾县委党校 512",
        "",
        BODY,
        BODY2,
    ]))
    assert (art.date, art.source) == ("2024-06-10", "青禾县委党校")
    # a column's name there dates the article but names no source
    art = only(tmp_path, "\n".join(["青禾县举办年轻干部能力提升培训班", "2024-06-10 工作动态 66", "", BODY, BODY2]))
    assert (art.date, art.source) == ("2024-06-10", None)
    art = only(tmp_path, "\n".join(["青禾县举办年轻干部能力提升培训班", "2024-06-10 青禾县委组织部 88", "", BODY, BODY2]))
    assert (art.date, art.source) == ("2024-06-10", "青禾县委组织部")
    art = only(tmp_path, "\n".join(["青禾县举办年轻干部能力提升培训班", "2024-06-10 通知公告 66", "", BODY, BODY2]))
    assert (art.date, art.source) == ("2024-06-10", None)


def test_a_papers_name_whose_last_character_the_encoding_lost_is_the_source(tmp_path):
    # 某某日� opening a lead or a byline: the 报 lost to the page's encoding
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "青禾日\ufffd柳川5月6日讯(记者方小禾 通讯员罗一鸣)" + BODY,
        BODY2,
    ]))
    assert (art.source, roles(art)) == ("青禾日报", [("方小禾", "记者"), ("罗一鸣", "通讯员")])
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "青禾日\ufffd记者 方小禾 罗一鸣",
        BODY,
        BODY2,
    ]))
    assert (art.source, roles(art)) == ("青禾日报", [("方小禾", "记者"), ("罗一鸣", "记者")])
    # a day's word before the lost character is no paper
    art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", "星期日\ufffd记者 方小禾", BODY, BODY2]))
    assert art.source != "星期日报"
