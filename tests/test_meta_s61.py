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
    art = only(tmp_path, "\n".join(["青禾县招聘社区工作者问答都在这", "", "青禾县人民政府 发布时间:2023-04-18", BODY, BODY2]))
    assert art.title == "青禾县招聘社区工作者问答都在这"
    assert art.source == "青禾县人民政府"
    assert art.date == "2023-04-18"
    # 某某报 发布时间:…作者:通讯员 某某: the paper heading its dateline, its writer behind
    art = only(tmp_path, "\n".join(["柳川镇聚焦中心工作考准察实干部", "青禾农民报 发布时间:2021年03月02日作者:通讯员 方小禾", BODY, BODY2]))
    assert art.source == "青禾农民报"
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", "通讯员")]
    # a headline before the key stays the headline; a channel's label glued to its key names no source
    art = only(tmp_path, "\n".join(["青禾县选派干部驻村帮扶 发布时间:2023-04-18", BODY, BODY2]))
    assert art.title == "青禾县选派干部驻村帮扶"
    art = only(tmp_path, "\n".join(["青禾县选派干部驻村帮扶", "各地新闻标签: 柳川 青禾 2023-04-18", BODY, BODY2]))
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


def test_a_dek_that_counts_under_the_headline_is_no_headline(tmp_path):
    # 标题 / 36名干部奔赴新岗位 / dateline: the headline over its dek that opens with a count
    art = only(tmp_path, "\n".join(["青禾县首次开展年轻干部跨领域交流任职", "36名年轻干部奔赴新岗位",
                                    "2021年06月12日09:15 来源:青禾日报", BODY, BODY2]))
    assert art.title == "青禾县首次开展年轻干部跨领域交流任职"
    # dateline / 标题 / 12个工作组…: the same under the dateline
    art = only(tmp_path, "\n".join(["2024年07月09日", "柳川镇新一批驻村干部出发", "12个驻村工作组进驻各村",
                                    "本报讯 (记者 方小禾)" + BODY, BODY2]))
    assert art.title == "柳川镇新一批驻村干部出发"
    # a count in words opens a headline of its own
    art = only(tmp_path, "\n".join(["青禾史话", "两位驻村书记的一天", "时间 : 2018-03-05 10:20", BODY, BODY2]))
    assert art.title == "两位驻村书记的一天"
