"""Headlines and articles per page on crawled pages (session 58, second pass): classes of text the
article splitter and the headline reader got wrong.  Every text here is invented (青禾县, 柳川镇, 方小禾 …)."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, articles


# --- a collection's pieces (…篇一, …篇二) ------------------------------------------------------

def test_each_piece_of_a_collection_is_an_article(tmp_path):
    page = "\n".join(["当前位置:青禾范文网 > 制度范文 >", "", "村务值班制度精选多篇", "", "村务值班制度精选多篇", "",
                      "村务值班制度 篇一", "", "1、值班安排。村两委成员轮流值班,每天一人,节假日不间断。",
                      "2、值班记录。值班人员要如实登记来访群众的诉求和办理情况。", "",
                      "村务值班制度 篇二", "", "为方便群众办事,柳川村结合实际,制定本制度。", BODY2])
    arts = articles(tmp_path, page)
    assert [a.title for a in arts] == ["村务值班制度 篇一", "村务值班制度 篇二"]
    assert arts[1].text.startswith("为方便群众办事")


def test_the_collections_blurb_over_its_first_piece_is_no_article(tmp_path):
    page = "\n".join(["请欣赏驻村工作总结(精选5篇),由青禾文档网整理,希望对大家有所帮助。", "驻村工作总结 篇1", BODY, BODY2])
    arts = articles(tmp_path, page)
    assert [a.title for a in arts] == ["驻村工作总结 篇1"]
    assert arts[0].text.startswith("今年以来")


# --- a heading in the footer, under the line that closes the article --------------------------

def test_a_footer_heading_under_the_source_line_opens_no_article(tmp_path):
    page = "\n".join(["青禾县选派年轻干部驻村", "2024-05-30 来源:青禾日报", BODY, BODY2,
                      "来源|青禾发布(本文著作权属原作者,侵删)", "青禾新闻线索征集方式",
                      "热线:0571-88886666(微信同号)", "邮箱:qinghe@example.com", "编辑:方小禾"])
    arts = articles(tmp_path, page)
    assert [a.title for a in arts] == ["青禾县选派年轻干部驻村"]
    assert arts[0].editor == "方小禾"


# --- a bullet alone on its line beside the headline --------------------------------------------

def test_a_bare_bullet_under_the_headline_makes_no_list(tmp_path):
    page = "\n".join(["• 扎根柳川镇的驻村工作队", "  •  ", BODY, BODY2])
    assert articles(tmp_path, page)[0].title == "扎根柳川镇的驻村工作队"


def test_bulleted_headlines_side_by_side_stay_a_list(tmp_path):
    page = "\n".join(["• 柳川镇召开年轻干部座谈会", "• 青禾县开展驻村干部轮训", BODY, BODY2])
    assert articles(tmp_path, page)[0].title is None


# --- a column's tag in brackets run into the headline ------------------------------------------

def test_a_columns_bracketed_tag_before_the_headline(tmp_path):
    page = "\n".join(["(走进乡村看变化)青禾县柳川镇:120个党小组扎根田间地头", BODY, BODY2])
    assert articles(tmp_path, page)[0].title == "青禾县柳川镇:120个党小组扎根田间地头"


# --- the site's title made of the first characters of the headline and the text ----------------

def test_a_title_squeezed_from_the_headline_and_the_lead_gives_way_to_the_headline(tmp_path):
    page = "\n".join(["首页 > 青禾新闻 > 正文", "青禾县年轻干部达名本报讯记者方小禾青禾县委", "来源:青禾日报 2023-03-08 10:19",
                      "青禾县年轻干部达1260名",
                      "本报讯(记者 方小禾)3月2日,青禾县委组织部通报,县里现有35岁以下的科级干部1260名,五年间多了三成。", BODY2])
    assert articles(tmp_path, page)[0].title == "青禾县年轻干部达1260名"


def test_a_longer_page_title_that_is_no_squeeze_stays_over_the_dateline(tmp_path):
    page = "\n".join(["青禾县年轻干部达1260名 全县选育管用全链条发力", "来源:青禾日报 2023-03-08 10:19",
                      "青禾县年轻干部达1260名", BODY, BODY2])
    assert articles(tmp_path, page)[0].title == "青禾县年轻干部达1260名 全县选育管用全链条发力"


# --- the breadcrumb's last step, where the page prints the headline nowhere else ------------

def test_the_breadcrumbs_last_step_is_the_headline_the_page_prints_nowhere_else(tmp_path):
    page = "\n".join(["您的当前位置:首页 > 资讯 > 青禾县选派46名年轻干部到乡镇一线挂职锻炼 正文",
                      "发布时间:2024-05-30 09:12 来源:本站整理", BODY, BODY2])
    assert articles(tmp_path, page)[0].title == "青禾县选派46名年轻干部到乡镇一线挂职锻炼"


def test_a_breadcrumb_of_channels_gives_no_headline(tmp_path):
    page = "\n".join(["您的当前位置:首页 > 新闻中心 > 基层动态", "发布时间:2024-05-30 09:12 来源:本站整理", BODY, BODY2])
    assert articles(tmp_path, page)[0].title is None


# --- a clause of a sentence broken before its comma --------------------------------------------

def test_a_line_that_opens_with_a_comma_is_no_headline(tmp_path):
    page = "\n".join([",他们是柳川镇乡村振兴的领路人", ";扎根基层,他们是群众的贴心人……",
                      "青禾县委组织部坚持在一线培养干部,先后选派300余名干部驻村。", BODY2])
    assert articles(tmp_path, page)[0].title is None


def test_a_breadcrumb_ending_in_a_channel_gives_no_headline(tmp_path):
    from pipeline.text.lines import breadcrumb_headline
    assert breadcrumb_headline("当前位置：首页 > 党建工作 > 不忘初心牢记使命主题教育专题") is None


def test_a_breadcrumbs_headline_that_reports_an_event_stays_a_headline():
    from pipeline.text.lines import breadcrumb_headline
    assert breadcrumb_headline("当前位置：首页 > 基层动态 > 青禾县举办演讲比赛展示青年干部风采") == "青禾县举办演讲比赛展示青年干部风采"
