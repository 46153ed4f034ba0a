"""Titles, sources and bylines by class (session 60): pages invented for the test (names, places
and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_source_naming_a_site_and_a_paper_by_a_middle_dot_keeps_both(tmp_path):
    # 来源:某某网·某某报: the site and the paper it carries, both named, the source as written
    for joint in ("柳川网·青禾人事报", "青禾新闻网·柳川农民报", "柳川网·青禾党建杂志"):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", f"来源：{joint}", BODY, BODY2]))
        assert art.source == joint
    # a bulletin or a special report after the dot is the site's own column: the site alone
    for column in ("柳川网·党建专报", "柳川网·工作简报"):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", f"来源：{column}", BODY, BODY2]))
        assert art.source == "柳川网"


# --- a book's or gazetteer's section heading over its prose ------------------------------------

_CHRONICLE = ("1978年以后,青禾县逐步恢复和健全干部管理制度,县委组织部依据分级管理的规定,先后对全县科级干部进行了考察和调整,"
              "一批年富力强、熟悉业务的干部走上领导岗位,干部队伍的文化程度和专业结构明显改善。")


def test_a_chapter_or_section_heading_opening_an_excerpt_of_a_book_is_its_headline(tmp_path):
    art = only(tmp_path, "\n".join(["第二节 干部队伍结构", _CHRONICLE, BODY]))
    assert art.title == "第二节 干部队伍结构"
    assert not art.text.startswith("第二节")
    # the book's name in 《》, its part and chapter over it: the lowest heading, right over the prose
    art = only(tmp_path, "\n".join(["《青禾县志》", "第五编 政党", "第三章 组织工作", "第一节 干部管理", _CHRONICLE, BODY]))
    assert art.title == "第一节 干部管理"
    # a regulation's general chapter over its articles is no headline: the page lacks the rules' title
    art = only(tmp_path, "\n".join(["第一章 总则", "第一条 为进一步加强青禾县村级后备干部队伍建设,根据有关规定,结合本县实际,制定本办法。", BODY]))
    assert art.title is None


# --- a link to a home page is navigation; a dateline alone on its line -------------------------

def test_a_link_to_a_home_page_is_navigation_not_the_headline(tmp_path):
    # 客服设为首页 |: the site's buttons, glued, one of them a home-page link: the headline is the next line
    art = only(tmp_path, "\n".join(["客服设为首页 |", "青禾县开展村干部培训", BODY, BODY2]))
    assert art.title == "青禾县开展村干部培训"
    assert art.text.startswith(BODY[:10])
    # a bar of a channel's links (某某资讯首页) over the text alone: no headline
    art = only(tmp_path, "\n".join(["柳川资讯首页 设为首页", BODY, BODY2]))
    assert art.title is None


def test_a_mediums_dateline_alone_on_its_line_is_the_source_not_the_headline(tmp_path):
    # 某某新闻网讯 / the report: the dateline broken from its lead names the source
    art = only(tmp_path, "\n".join(["青禾新闻网讯", BODY, BODY2]))
    assert art.title is None
    assert art.source == "青禾新闻网"


def test_a_headline_over_an_agencys_dispatch_that_repeats_it_is_not_text(tmp_path):
    # (series tag——…)标题 / day / 某某社某地电 题:标题: the headline line, its series' tag before it, stays out of the text
    art = only(tmp_path, "\n".join([
        "(在青禾县委坚强领导下——新时代新担当新作为新篇章)柳川镇:打好“组合拳”干部下沉一线解难题",
        "2018-09-09 10:00",
        "新华社青禾9月9日电题:柳川镇:打好“组合拳”干部下沉一线解难题",
        "新华社记者方小禾",
        BODY,
        BODY2,
    ]))
    assert art.title == "柳川镇:打好“组合拳”干部下沉一线解难题"
    assert art.text.startswith("新华社青禾9月9日电")


# --- an editor's note's label; a writer named before a reporter of a kind ----------------------

def test_the_label_of_an_editors_note_is_no_headline(tmp_path):
    # a photo's caption / 编者的话 / the note: no headline, and the text opens under the label
    art = only(tmp_path, "\n".join([
        "5月8日,方小禾(左二)在柳川镇青石村与村民交流种植经验。记者林小满摄",
        "编者的话",
        BODY,
        BODY2,
    ]))
    assert art.title is None
    assert art.text.startswith(BODY[:10])


def test_a_writers_name_before_a_reporter_of_a_kind_of_a_paper(tmp_path):
    # 某某 某某日报全媒体记者:某某: a name, then the paper's reporter of a kind after a colon
    art = only(tmp_path, "\n".join(["青禾县开展村干部培训", BODY, BODY2, "方小禾 青禾日报全媒体记者:林小满"]))
    assert art.source == "青禾日报"
    assert sorted((a.name, a.role) for a in art.authors) == [("方小禾", None), ("林小满", "记者")]


def test_a_source_keyed_with_the_pages_address_after_it_is_the_medium_alone(tmp_path):
    # 本文来自:某某 https://…: the address the page was taken from closes the line, no part of the name
    art = only(tmp_path, "\n".join(["青禾县开展村干部培训", BODY, BODY2, "本文来自:青禾学习园地 https://www.qinghe-xuexi.com/a/20931.html"]))
    assert art.source == "青禾学习园地"
    art = only(tmp_path, "\n".join(["青禾县开展村干部培训", "来源:柳川记忆 http://liuchuan.example.cn/p/7", BODY, BODY2]))
    assert art.source == "柳川记忆"


def test_a_pages_title_with_a_teasers_tail_over_the_dateline_gives_way_to_the_headline_under_it(tmp_path):
    # 某某公告,详情速看 / 来源:… 时间:… / 某某公告: the copy under the dateline, without the teaser's tail
    art = only(tmp_path, "\n".join([
        "青禾县2025年度公开选聘村级后备干部公告,报名条件一看就懂",
        "来源:网络整理 时间:2025-03-02 作者:佚名",
        "青禾县2025年度公开选聘村级后备干部公告",
        BODY,
        BODY2,
    ]))
    assert art.title == "青禾县2025年度公开选聘村级后备干部公告"
    # a headline whose second clause is its own (no copy of the first alone under the dateline) stays whole
    art = only(tmp_path, "\n".join(["柳川镇召开村干部大会,部署全年重点工作", "来源:青禾网 时间:2025-03-02", BODY, BODY2]))
    assert art.title == "柳川镇召开村干部大会,部署全年重点工作"


# --- review of the rules above: shapes each rule must leave as they were -------------------------

def test_a_headline_reporting_a_place_on_a_home_page_is_no_navigation(tmp_path):
    # 喜报|登上某某首页, 某某 霸屏首页: news of a report shown on a platform's home page, not a link to one
    from pipeline.text.lines import is_navigation
    for headline in ("捷报|青禾再登平台首页", "柳川再上省台首页", "好消息 组工稿件登首页", "青禾组工要闻首页",
                     "头条新闻 刷屏首页"):
        assert not is_navigation(headline), headline
    for bar in ("设为首页", "返回首页 | 联系我们", "青禾资讯首页 政务 服务 互动"):
        assert is_navigation(bar), bar
    art = only(tmp_path, "\n".join(["捷报|青禾再登平台首页", "2024-06-03 来源:青禾县委组织部", BODY, BODY2]))
    assert art.title == "青禾再登平台首页"  # (the label before the bar taken off, as for any headline)
    art = only(tmp_path, "\n".join(["柳川再上省台首页", "发布时间:2024-06-03 来源:柳川融媒体中心", BODY, BODY2]))
    assert art.title == "柳川再上省台首页"


_PLAN_PROSE = ("近年来,青禾市干部队伍建设取得明显成效,年轻干部选育管用机制逐步健全,干部队伍结构持续优化,"
               "专业化能力不断增强,为全市高质量发展提供了有力的组织保证。")
_PLAN_PROSE2 = ("到2027年,全市优秀年轻干部储备数量明显增加,来源更加广泛,结构更加合理,培养链条更加完整,"
                "建成一支梯次合理的年轻干部队伍。")


def test_a_policy_documents_chapter_or_a_whole_work_keeps_the_documents_name(tmp_path):
    # 《关于…的意见》 / 第一章 某某 / prose: a policy document in 《》, its chapter no headline of its own
    art = only(tmp_path, "\n".join(["《关于做好青禾市年轻干部储备工作的若干意见》", "第一章 总体目标", _PLAN_PROSE]))
    assert art.title == "《关于做好青禾市年轻干部储备工作的若干意见》"
    # a gazetteer's whole text, chapter after chapter: the book's name, not its first chapter
    art = only(tmp_path, "\n".join(["《柳川县干部工作志》", "第一章 干部管理", _PLAN_PROSE, "第二章 干部培训", _PLAN_PROSE2]))
    assert art.title == "《柳川县干部工作志》"
    # no name over it, two chapters in the text: no headline, as before
    art = only(tmp_path, "\n".join(["第一章 现实基础", _PLAN_PROSE, "第二章 目标任务", _PLAN_PROSE2]))
    assert art.title is None
    assert art.text.startswith("第一章")


def test_a_paragraph_before_an_agencys_dispatch_repeating_its_headline_stays(tmp_path):
    # a lead or an editor's note that repeats the dispatch's headline in a sentence is the text's own
    lead = "6月2日,青禾县年轻干部工作推进会在柳川召开,会议总结了上半年工作,对下一阶段任务作出安排部署,各乡镇认真抓好落实。"
    note = "编者按:青禾县年轻干部工作推进会在柳川召开,本站转发通讯社电文,供大家学习参考。"
    for first in (lead, note):
        art = only(tmp_path, "\n".join(["2024-06-03 来源:新华社", first,
                                        "新华社柳川6月2日电 题:青禾县年轻干部工作推进会在柳川召开", BODY, BODY2]))
        assert art.title == "青禾县年轻干部工作推进会在柳川召开"
        assert art.text.startswith(first[:12]), art.text[:40]


def test_an_edition_or_a_column_after_the_dot_is_not_a_second_medium(tmp_path):
    # 某某日报·数字报, 某某网·时政快报, 某某晨报·晨报: the paper's edition or column, the first name alone
    for joint, medium in (("青禾日报·数字报", "青禾日报"), ("柳川日报·电子报", "柳川日报"), ("青禾网·要闻快报", "青禾网"),
                          ("柳川新闻·组工播报", "柳川新闻"), ("青禾网·网上展报", "青禾网"), ("柳川党建网·黑板报", "柳川党建网"),
                          ("青禾晨报·晨报", "青禾晨报")):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", f"来源：{joint}", BODY, BODY2]))
        assert art.source == medium, joint


def test_a_page_title_whose_tail_is_no_teaser_stays_the_headline(tmp_path):
    # 某某系列标签 under the dateline is a series' label, the full headline over it stands
    for full, label in (("深化干部制度改革,青禾县组织系统在行动", "深化干部制度改革"),
                        ("建功新时代 奋进新征程,柳川县组工干部在一线", "建功新时代 奋进新征程"),
                        ("庆祝建党103周年系列报道之二,柳川镇党建引领基层治理", "庆祝建党103周年系列报道之二")):
        art = only(tmp_path, "\n".join([full, "2024-06-03 来源:青禾县委组织部", label, BODY, BODY2]))
        assert art.title == full, art.title


def test_a_spaced_headline_about_a_home_page_is_no_bar_of_links(tmp_path):
    # three or more short items, one ending in 首页 after a verb: news that a report reached a home page
    for headline in ("喜报 青禾经验 登上某某强国首页", "刷屏 柳川镇干部 冲上某某网首页"):
        art = only(tmp_path, "\n".join([headline, "发布时间:2024-06-03 来源:青禾县融媒体中心", BODY, BODY2]))
        assert art.title is not None and art.title.endswith("首页"), headline
    # a channel's home page named by its kind among a bar's items is still the page's furniture
    art = only(tmp_path, "\n".join(["分享好友 柳川资讯首页 柳川资讯分类 切换频道", "青禾县开展村干部培训", BODY, BODY2]))
    assert art.title == "青禾县开展村干部培训"


def test_a_bulletin_after_the_dot_is_the_sites_column_not_a_second_medium(tmp_path):
    # 某某网·组工喜报, ·某县捷报, ·今日要报, ·政务预报, ·每日一报: the site's bulletins, the site alone
    for column in ("柳川网·组工喜报", "柳川网·青禾捷报", "柳川网·今日要报", "青禾县人民政府网·政务预报", "柳川网·每日一报",
                   "柳川网·组织工作情况报"):
        art = only(tmp_path, "\n".join(["青禾县选派年轻干部到乡镇挂职", f"来源：{column}", BODY, BODY2]))
        assert art.source == column.split("·")[0], column
