"""Titles, sources and bylines by class (session 59, second title pass): pages invented for the test
(names, places and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only

# a paragraph of a few hundred characters, as a document-sharing site's text layer runs a page into one line
_PAGE = ("柳川镇各村要把年轻干部放到项目建设、信访化解和乡村振兴一线去磨炼,让他们在急难险重任务中增长才干。"
         "镇党委每季度听取一次年轻干部工作汇报,由班子成员逐一点评,对工作中遇到的困难现场研究解决办法。"
         "对群众评价好、实绩突出的年轻干部,优先推荐参加县里组织的各类培训,并在评先评优中予以倾斜。"
         "对不担当、不作为的,及时提醒谈话,限期整改,整改不到位的调整出村干部队伍。"
         "各村党组织书记是年轻干部培养的第一责任人,要定期与年轻干部谈心谈话,帮助他们解决思想上和生活上的实际困难。"
         "镇组织办负责建立年轻干部成长档案,记录每一名年轻干部的培训、锻炼和考核情况,作为今后选拔使用的重要依据。")


# --- a 来源 naming a medium and one of its channels --------------------------------------------

def test_a_source_naming_a_medium_and_its_channel_gives_the_medium_alone(tmp_path):
    # 某某网·时政新闻, 某某日报·综合新闻: the medium, then a channel named by its kind of news
    for channel, medium in (("青禾网·时政新闻", "青禾网"), ("青禾日报·图片新闻", "青禾日报"),
                            ("柳川晚报·理论周刊", "柳川晚报"), ("青禾网·党建专报", "青禾网"), ("青禾网·县区网", "青禾网")):
        art = only(tmp_path, "\n".join([
            "青禾县选派年轻干部到乡镇挂职",
            f"2023-06-01 09:30:00 来源:{channel} 作者:方小禾",
            BODY,
            BODY2,
        ]))
        assert art.source == medium, channel
    # two media named together (the paper and its own site or app) stay as written
    for both in ("青禾日报·青禾农网", "青禾日报·青禾新闻客户端", "青禾网·柳川新闻"):
        art = only(tmp_path, "\n".join([
            "青禾县选派年轻干部到乡镇挂职",
            f"2023-06-01 09:30:00 来源:{both}",
            BODY,
            BODY2,
        ]))
        assert art.source == both


# --- a shared document's first item, no title run into it -------------------------------------

def test_a_kind_of_document_inside_a_long_first_sentence_is_no_shared_documents_title(tmp_path):
    # a list's first item of hundreds of characters, naming a kind of document inside its sentence
    for opening in ("1、认真执行柳川镇村干部坐班值守规定要求,", "1、全面落实青禾县关于年轻干部培养的意见精神,",
                    "1、深入开展村级组织运转情况调查研究,", "1、村干部考核办法主要包括思想、工作、作风三个方面,",
                    "精选优质文档-----倾情为你奉上专业 根据镇党委工作要求结合本村实际制定计划如下,"):
        art = only(tmp_path, opening + _PAGE)
        assert art.title is None, opening
        assert art.text.startswith(opening.strip()[:4]), opening


def test_a_shared_documents_title_before_its_first_chapter_is_read_off(tmp_path):
    # the title, then the rules' first chapter and article, all on the site's one line
    art = only(tmp_path, "1、柳川镇村干部考勤管理规定第一章总则第一条为加强村干部管理," + _PAGE)
    assert art.title == "柳川镇村干部考勤管理规定"
    assert art.text.startswith("第一章总则")


def test_a_shared_speech_opening_with_its_greeting_keeps_its_title(tmp_path):
    # a speech on a document site: its title runs straight into the greeting to the audience
    for greeting in ("同志们:", "各位同仁:", "尊敬的各位领导:"):
        art = only(tmp_path, "1、在青禾县年轻干部培训班结业式上的讲话" + greeting + _PAGE + _PAGE)
        assert art.title == "在青禾县年轻干部培训班结业式上的讲话", greeting


# --- a line naming only the posting paper, under a headline ----------------------------------

def test_a_papers_name_under_the_headline_keeps_the_headline(tmp_path):
    # headline / the paper's name alone / a column's name / dateline: the headline, not the column
    for column in ("干部工作", "基层一线练真功"):
        art = only(tmp_path, "\n".join([
            "青禾县选派年轻干部到乡镇挂职",
            "青禾日报",
            column,
            "2023-06-01 09:30",
            BODY,
            BODY2,
        ]))
        assert art.title == "青禾县选派年轻干部到乡镇挂职", column


# --- whole headlines ending in 的, 和, 与, 及 ---------------------------------------------------

def test_a_whole_headline_ending_in_a_connective_is_not_run_into_the_next_line(tmp_path):
    # (a speech's title broken after 关于…的 still goes on: tests/test_meta_s59.py)
    for headline, under in (("好干部是拼出来的", "柳川镇党委书记方小禾的故事"),
                            ("干群同心 邻里和睦 政通人和", "青禾县推进基层治理纪实"),
                            ("村务管理 村民参与", "柳川镇推行村级事务公开")):
        # headline over its subtitle, no dateline: the headline alone
        art = only(tmp_path, "\n".join([headline, under, BODY, BODY2]))
        assert art.title == headline, headline


# --- a dated line with the site's address and a comment count ------------------------------

def test_a_dated_line_with_the_sites_address_and_a_comment_count_keeps_its_fields(tmp_path):
    art = only(tmp_path, "\n".join([
        "柳川镇年轻干部下沉一线解难题",
        "2023-06-01 09:30:00 www.qinghe-pinglun.net 来源:青禾评论 有0人发表了看法",
        BODY,
        BODY2,
    ]))
    assert (art.date, art.source) == ("2023-06-01", "青禾评论")
    art = only(tmp_path, "\n".join([
        "柳川镇年轻干部下沉一线解难题",
        "2023-06-01 09:30:00 来源:青禾日报 已有3人评论",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾日报"
