"""Classes studied on the session-74 blind batch (text repairs).

Every sentence here is written for these tests; the places are real divisions, the media made up."""
from __future__ import annotations

from pipeline.core.records import RawDocument
from pipeline.text import repair


def _raw(text: str) -> RawDocument:
    return RawDocument(path="x.txt", id="x", encoding="utf-8", format="txt", size=0, meta={}, text=text)


# --- a digest in points, each closed by its source's number ( [1]), one line with no comma ----------------

_DIGEST = ("甲县青年干部培养观察\n某某财经·2025-03-02 08:10\n"
           "核心要点 - 甲县实施青年干部成长计划 建立双向挂职机制 推动青年干部到基层一线经受锻炼 [1] "
           "培养举措 - 组织青年干部到乡镇挂职 每人配备一名联系领导 定期开展谈心谈话 [1] "
           "- 开办青年干部读书班 邀请党校教师授课 已举办6期 [2] 工作成效 - 青年干部累计办理群众诉求200余件 "
           "其中35件形成长效机制 [2]")


def test_a_cited_digest_is_text_cut_into_its_points(segmenter):
    doc = repair.repair_document(_raw(_DIGEST))
    lines = doc.text.split("\n")
    assert "[1]" not in doc.text and "[2]" not in doc.text
    # each point ends with a stop on a line of its own; a dash's heading stands alone
    assert any(x.startswith("组织青年干部到乡镇挂职") and x.endswith("谈心谈话。") for x in lines)
    assert any(x.startswith("开办青年干部读书班") and x.endswith("已举办6期。") for x in lines)
    assert "培养举措" in lines
    assert doc.quality.counts["cited_digest"] >= 6
    # every character still points at the same character of the file
    for i, ch in enumerate(doc.text):
        if ch not in "。\n":
            assert _DIGEST[doc.offsets[i]] == ch


def test_a_cited_digest_keeps_its_title_and_its_figures(tmp_path, segmenter):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    f = tmp_path / "digest.txt"
    f.write_text(_DIGEST, encoding="utf-8")
    [art] = process_document(read_document(f)).articles
    assert art.title == "甲县青年干部培养观察"
    assert "已举办6期" in art.text and "200余件" in art.text


def test_an_essays_numbered_notes_stay_in_their_sentences():
    text = "有学者认为 [1] 基层干部激励不足 也有研究指出 [2] 容错机制落实不够 需要进一步完善。"
    assert repair.repair_document(_raw(text)).text.count("\n") == 0


def test_a_bracketed_number_in_ordinary_text_stays():
    text = "会议要求,全面落实干部考核办法 [1] 的各项规定。"
    assert repair.repair_document(_raw(text)).text.startswith("会议要求,全面落实干部考核办法 [1] 的")


# --- a forum post printed with its BBCode -----------------------------------------------------------------

_POST = ("乙县召开村级换届工作会议\n[size=4][font=宋体]近日,乙县召开会议部署换届工作。[/font][/size][/align]"
         "[align=left][size=4][font=宋体]全县[/size][/font][font=Times New Roman]152[/font][/size][font=宋体]个村、"
         "[/font][font=Times New Roman]9[/font][font=宋体]个社区已完成选举。[/font][/size][/align]\n")


def test_bbcode_tags_go_and_the_figures_meet_their_units(segmenter):
    doc = repair.repair_document(_raw(_POST))
    assert "[" not in doc.text and "]" not in doc.text
    assert "全县152个村、9个社区已完成选举。" in doc.text
    # the paragraph's tags part the two paragraphs
    assert "部署换届工作。\n" in doc.text
    for i, ch in enumerate(doc.text):
        if ch != "\n":
            assert _POST[doc.offsets[i]] == ch


def test_a_bbcode_posts_figures_are_found(tmp_path, segmenter):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    f = tmp_path / "post.txt"
    f.write_text(_POST, encoding="utf-8")
    [ex] = process_document(read_document(f)).extractions
    found = {(x.value, x.unit) for x in ex.figures}
    assert {(152, "个"), (9, "个")} <= found


def test_brackets_of_the_text_itself_stay(segmenter):
    text = "会议印发了[2024]5号文件和《办法》[试行],要求[b]类岗位[/]按期完成。\n"
    assert repair.repair_document(_raw(text)).text == text.rstrip("\n")


# --- 经费来源:… in a budget's rows is where the money comes from, no medium ----------------------------------

def _article_of(tmp_path, text):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    return process_document(read_document(f)).articles[0]


def test_a_budgets_funding_source_is_no_source(tmp_path, segmenter):
    text = ("一、项目名称\n干部教育培训经费。\n二、项目内容\n组织全县科级干部参加专题培训,提升履职能力。\n"
            "三、资金安排\n经费来源:县级财政拨款\n项目金额:20万元。\n")
    art = _article_of(tmp_path, text)
    assert art.source is None
    assert "经费来源:县级财政拨款" in art.text


def test_a_pages_source_line_still_names_the_medium(tmp_path, segmenter):
    text = "某县开展干部培训\n来源:某某日报\n近日,某县组织科级干部参加专题培训。\n"
    assert _article_of(tmp_path, text).source == "某某日报"


# --- 地址:… among a form's labelled rows is the unit's address, not the site's footer ------------------------

_FORM = ("一、项目名称\n干部教育培训经费。\n二、实施单位\n单位名称:中共某某市委组织部\n"
         "地址:湖南省岳阳市岳阳楼区某某路8号\n法人代表:方小禾\n单位概况:负责全市干部教育培训的组织实施。\n")


def test_an_address_among_a_forms_rows_stays_text(tmp_path, segmenter):
    art = _article_of(tmp_path, _FORM)
    assert "地址:湖南省岳阳市岳阳楼区某某路8号" in art.text


def test_a_sites_address_in_its_footer_is_still_furniture(tmp_path, segmenter):
    text = ("某县开展干部培训\n近日,某县组织科级干部参加专题培训,提升干部履职能力和水平。\n"
            "主办:某县委组织部\n地址:湖南省岳阳市岳阳楼区某某路8号\n联系电话:0730-1234567\n")
    assert "某某路8号" not in _article_of(tmp_path, text).text
