"""Titles, sources and bylines by class (session 59): pages invented for the test (names, places
and sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_source_naming_a_paper_and_its_own_site_keeps_both(tmp_path):
    # 来源:某某日报·某某网: two media named together, the source as written
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "2023-06-01 09:30:00 来源:青禾日报·青禾农网 作者:方小禾",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾日报·青禾农网"
    # a medium's channel path after the dot (its account, then a section) gives the medium alone
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        "2023-06-01 09:30:00 来源:青禾新闻·青禾号·政务",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾新闻"


# --- a shared document's title run into its text ---------------------------------------------

_RULES = ("为规范村干部坐班值守,方便群众办事,结合本镇实际,制定本规定。村干部实行轮流坐班制度,每天至少一名村干部在村便民服务中心值守,"
          "坐班人员应当按时到岗,不得擅自离岗,因事外出须向村党组织书记请假并安排他人代班。镇党委每月对各村坐班情况进行抽查,"
          "抽查结果在全镇通报,并与村干部绩效报酬挂钩。群众反映村干部长期不在岗的,镇纪委应当及时核实处理,情节较重的予以诫勉谈话。"
          "各村应当将坐班安排表在村务公开栏公示,接受群众监督,公示内容包括坐班人员姓名、联系电话和坐班时间。"
          "村干部因公外出开展入户走访、项目建设等工作的,应当在坐班登记簿上注明去向和返回时间,便于群众联系。"
          "本规定自印发之日起施行,由镇党政办公室负责解释。")


def test_a_shared_documents_title_run_into_its_text_is_read_off_it(tmp_path):
    # a document-sharing site's text layer: its page mark, then the title, then the text, on one line
    art = only(tmp_path, "1、柳川镇村干部坐班值守规定" + _RULES)
    assert art.title == "柳川镇村干部坐班值守规定"
    assert art.text.startswith("为规范村干部坐班值守")
    art = only(tmp_path, "第1页共3页柳川镇村干部坐班值守规定" + _RULES)
    assert art.title == "柳川镇村干部坐班值守规定"
    # the title closed by the day its text opens with
    art = only(tmp_path, "1、1柳川镇“坐班”干部满月仍“不见人影” 2019年3月2日," + _RULES)
    assert art.title == "柳川镇“坐班”干部满月仍“不见人影”"


def test_a_lists_first_item_is_no_shared_documents_title(tmp_path):
    # 1、… opening a short first paragraph: a list's item, no document's title
    art = only(tmp_path, "\n".join(["1、柳川镇制定村干部坐班值守规定为群众办事提供方便。", BODY, BODY2]))
    assert art.title is None


def test_a_line_naming_only_the_posting_site_is_no_dateline_over_the_headline(tmp_path):
    # the site's brand, its paper's name alone (the poster), then the headline over its own dated line
    art = only(tmp_path, "\n".join([
        "青禾日报网",
        "",
        "青禾日报",
        "",
        "青禾县97%的村党组织完成换届",
        "",
        "2015-03-11 08:27:31 来源:青禾晚报",
        BODY,
        BODY2,
    ]))
    assert art.title == "青禾县97%的村党组织完成换届"
    assert (art.date, art.source) == ("2015-03-11", "青禾晚报")


def test_a_headline_broken_after_a_connective_goes_on_to_the_next_line(tmp_path):
    # a speech's title printed over two lines, the first closed by 的: one headline
    art = only(tmp_path, "\n".join([
        "关于参加青禾县青年干部读书班学习的",
        "交流发言材料",
        "尊敬的各位领导、各位同事:",
        BODY,
        BODY2,
    ]))
    assert art.title == "关于参加青禾县青年干部读书班学习的交流发言材料"
