"""Titles and sources by class (session 61): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_page_view_counter_alone_on_its_line_is_no_headline(tmp_path):
    # 标题 / 来源:… 日期 / 浏览量:3 | | | / 标题 again over the text: the counter opens no headline (关于… is
    # not glued to it)
    head = "关于进一步加强青禾县村级后备干部队伍建设的思考"
    for counter in ("浏览量:3 | | | |", "阅读次数:1024"):
        art = only(tmp_path, "\n".join([head, "来源:柳川镇 2019-04-02 00:00", counter, head, BODY, BODY2]))
        assert art.title == head
        assert art.date == "2019-04-02"


def test_an_organ_or_a_paper_set_before_the_published_key_is_the_source(tmp_path):
    # 标题 / 某某县人民政府 发布时间:…: the organ that posts it, not a second headline
    art = only(tmp_path, "\n".join(["青禾县招聘社区工作者问答都在这", "", "青禾县人民政府 发布时间:2022-11-30", BODY, BODY2]))
    assert art.title == "青禾县招聘社区工作者问答都在这"
    assert art.source == "青禾县人民政府"
    assert art.date == "2022-11-30"
    # 某某报 发布时间:…作者:通讯员 某某: the paper heading its dateline, its writer behind
    art = only(tmp_path, "\n".join(["柳川镇聚焦中心工作考准察实干部", "青禾农民报 发布时间:2021年03月02日作者:通讯员 方小禾", BODY, BODY2]))
    assert art.source == "青禾农民报"
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", "通讯员")]
    # a headline before the key stays the headline; a channel's label glued to its key names no source
    art = only(tmp_path, "\n".join(["青禾县选派干部驻村帮扶 发布时间:2022-11-30", BODY, BODY2]))
    assert art.title == "青禾县选派干部驻村帮扶"
    art = only(tmp_path, "\n".join(["青禾县选派干部驻村帮扶", "各地新闻标签: 柳川 青禾 2022-11-30", BODY, BODY2]))
    assert art.source is None


def test_a_papers_unnamed_reporter_who_learned_the_news_names_the_source(tmp_path):
    # 某某日报记者9月15日从…获悉 / 7月13日,某某都市报全媒体记者获悉: the paper opening the lead is the source
    lead = "青禾日报记者3月8日从县委组织部获悉,今年以来青禾县已选派46名年轻干部到乡镇一线挂职锻炼。"
    art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", lead, BODY2]))
    assert art.source == "青禾日报"
    lead = "3月8日,柳川都市报全媒体记者获悉,青禾县已选派46名年轻干部到乡镇一线挂职锻炼。"
    art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", lead, BODY2]))
    assert art.source == "柳川都市报"
    # 本报记者 and a bare 记者 name no paper
    for opening in ("本报记者从县委组织部获悉,", "记者从县委组织部获悉,"):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", opening + BODY, BODY2]))
        assert art.source is None

