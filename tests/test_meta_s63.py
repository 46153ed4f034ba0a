"""Titles, sources and bylines by class (session 63): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_paper_opening_its_dateline_of_fields_is_the_source(tmp_path):
    # 某某报 发布时间:… 作者:…: the paper named first on the line of fields, no 来源 naming another
    head = "青禾县聚焦中心工作考准察实干部"
    art = only(tmp_path, "\n".join([head, "青禾日报 发布时间:2021年03月15日作者:通讯员 方小禾", BODY, BODY2]))
    assert art.source == "青禾日报"
    assert art.date == "2021-03-15"
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", "通讯员")]
    # a 来源 on the line names the source over the paper first on it
    art = only(tmp_path, "\n".join([head, "青禾门户网站 2021年03月15日 来源:柳川晚报", BODY, BODY2]))
    assert art.source == "柳川晚报"


def test_a_paper_and_its_app_then_bare_names_is_a_byline(tmp_path):
    # 某某晚报·某某壹点 甲 乙 丙 under the dateline: the paper and its app (a name without a medium's
    # suffix), then its writers set apart by spaces
    head = "五名驻村书记点亮柳川镇的路灯"
    art = only(tmp_path, "\n".join([head, "发布时间:2025-04-05 12:24:00 来源:青禾传媒·柳川壹点",
                                    "青禾晚报·柳川壹点 方小禾 林海涛 王建国", BODY, BODY2]))
    assert [(a.name, a.role) for a in art.authors] == [("方小禾", None), ("林海涛", None), ("王建国", None)]
    assert art.source == "青禾传媒·柳川壹点"
    # with no 来源 line, the medium of the byline is the source
    art = only(tmp_path, "\n".join([head, "2025-04-05 12:24", "青禾晚报·柳川壹点 方小禾 林海涛", BODY, BODY2]))
    assert [a.name for a in art.authors] == ["方小禾", "林海涛"]
    assert art.source == "青禾晚报·柳川壹点"


def test_a_party_building_account_signing_with_its_writers_is_the_source(tmp_path):
    # …。(某某党建 甲 乙) closing the report: the account that ran it, then its writers
    head = "青禾县选派机关干部到村任第一书记"
    art = only(tmp_path, "\n".join([head, BODY, BODY2 + "(青禾党建 方小禾 林海涛)"]))
    assert art.source == "青禾党建"
    assert [a.name for a in art.authors] == ["方小禾", "林海涛"]
    art = only(tmp_path, "\n".join([head, BODY, BODY2 + "(柳川组工 王建国)"]))
    assert art.source == "柳川组工"
    assert [a.name for a in art.authors] == ["王建国"]


def test_a_lists_month_and_day_before_the_headline_is_no_part_of_it(tmp_path):
    # 06.21 标题: the month and day a column's list prints before the headline (no year: no date)
    art = only(tmp_path, "\n".join(["06.21 柳川集中培训2400余名村干部", "青禾新闻网讯(方小禾)" + BODY, BODY2]))
    assert art.title == "柳川集中培训2400余名村干部"
    # a figure opening the headline stays
    art = only(tmp_path, "\n".join(["12.5 万名党员干部下沉社区", BODY, BODY2]))
    assert art.title == "12.5 万名党员干部下沉社区"


def test_a_headline_whose_subtitle_the_copy_over_the_body_sets_apart(tmp_path):
    # 标题——副题 over the dateline, 标题 / ——副题 over the body: the headline is the copy's first line
    main, sub = "“头雁”带队奔跑 村村比学争先", "——青禾县为村干部搭台子压担子"
    art = only(tmp_path, "\n".join([main + sub, "2023-08-28 09:51:58 来源:青禾新闻网", main, sub, BODY, BODY2]))
    assert art.title == main


# -- review of the session's rules: what they must leave alone ----------------------------------------

def test_a_medium_opening_its_dateline_yields_to_a_source_named_elsewhere(tmp_path):
    head = "青禾县聚焦中心工作考准察实干部"
    art = only(tmp_path, "\n".join([head, "青禾新闻网 2021年03月15日 09:20 责任编辑:方小禾", "来源:柳川日报", BODY, BODY2]))
    assert art.source == "柳川日报"
    # a column's tag or a site opening the line of fields is no paper
    art = only(tmp_path, "\n".join([head, "图片新闻 发布时间:2021-03-15 作者:方小禾", BODY, BODY2]))
    assert art.source is None


def test_a_line_of_work_signing_is_no_account(tmp_path):
    head = "青禾县选派机关干部到村任第一书记"
    art = only(tmp_path, "\n".join([head, BODY, BODY2 + "(机关党建 方小禾)"]))
    assert art.source is None
    assert [a.name for a in art.authors] == ["方小禾"]


def test_a_number_spaced_from_its_unit_opening_a_headline_is_no_day_stamp(tmp_path):
    head = "10.15 万名党员干部下沉社区开展志愿服务"
    art = only(tmp_path, "\n".join([head, BODY, BODY2]))
    assert art.title == head
