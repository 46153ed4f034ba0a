"""HTML pages whose markup has no line breaks between tags (minified) read as the same page laid out on
lines: the date/source/author line and a headline printed in a <div class="title"> are kept (session 73,
hostile tester)."""
from __future__ import annotations

from pipeline.text.html import extract_html
from pipeline.text.ingest import read_document

_BODY = ('<div class="content"><p>本报讯 乙县近日出台干部谈心谈话制度，要求县级领导每季度与分管部门干部谈心一次。</p>'
         '<p>一是建立谈心台账，逐人记录问题和建议。二是对反映的困难限期回复，今年已办结二十三件。</p></div>')


def _page(headline: str, info: str, side: str = "") -> str:
    return ('<html><head><meta charset="utf-8"><title>工作动态</title></head><body><div class="nav">首页</div>'
            f'{side}<div class="main">{headline}{info}{_BODY}</div><div class="footer">版权所有</div></body></html>')


def _laid_out(page: str) -> str:
    return page.replace("><", ">\n<")


def test_a_minified_page_keeps_its_date_and_source_line():
    page = _page("<h1>乙县推行干部谈心谈话制度</h1>",
                 '<div class="info">发布时间：2024-03-05　来源：乙县组工网　作者：周明</div>')
    for p in (page, _laid_out(page)):
        text, _ = extract_html(p)
        lines = text.splitlines()
        assert lines[0] == "乙县推行干部谈心谈话制度"
        assert lines[1].startswith("发布时间：2024-03-05") and "来源：乙县组工网" in lines[1]


def test_a_headline_in_a_title_div_is_the_headline(tmp_path, segmenter):
    from pipeline.worker import process_document

    side = '<div class="side"><div class="side-title">热点推荐</div><a href="/a">甲市召开人才工作会议</a></div>'
    page = _page('<div class="title">乙县推行干部谈心谈话制度</div>',
                 '<div class="info">发布时间：2024-03-05　来源：乙县组工网</div>', side)
    for name, p in (("min.html", page), ("nl.html", _laid_out(page))):
        f = tmp_path / name
        f.write_text(p, encoding="utf-8")
        arts = process_document(read_document(f)).articles
        assert [(a.title, a.date, a.source) for a in arts] == [("乙县推行干部谈心谈话制度", "2024-03-05", "乙县组工网")]


def test_a_side_box_named_title_is_no_headline():
    side = '<div class="side"><div class="side-title">热点推荐</div><a href="/a">甲市召开人才工作会议</a></div>'
    text, meta = extract_html(_page("", '<div class="info">发布时间：2024-03-05</div>', side))
    assert "h1" not in meta and "热点推荐" not in text


# --- a list page: each item's headline, date and source in <h2>/<span>, which trafilatura drops --------

_ITEM = ('<div class="item"><h2>{head}</h2><span class="date">发布时间：{day}</span><span>来源：{src}</span>'
         '<div class="content"><p>{body}</p></div></div>')
LIST_PAGE = ('<html><head><meta charset="utf-8"><title>组工信息</title></head><body><div class="list">'
             + _ITEM.format(head="丙县建立年轻干部成长档案", day="2024-04-02", src="丙县组工网",
                            body="本报讯 丙县为全县四十岁以下科级干部建立成长档案，一是每季度记录一次工作实绩。"
                                 "二是由组织部门专人管理档案。")
             + "<hr/>"
             + _ITEM.format(head="丁县选派干部驻村帮扶", day="2024-04-09", src="丁县融媒体中心",
                            body="本报讯 丁县今年从县直单位选派三十名干部驻村帮扶，一是明确驻村任务清单。"
                                 "二是实行月度考勤。")
             + '</div><div class="footer">版权所有</div></body></html>')


def test_a_list_pages_items_keep_headline_date_and_source(tmp_path, segmenter):
    from pipeline.worker import process_document

    text, _ = extract_html(LIST_PAGE)
    assert "丙县建立年轻干部成长档案" in text and "来源：丁县融媒体中心" in text
    for name, p in (("list.html", LIST_PAGE), ("list_nl.html", _laid_out(LIST_PAGE))):
        f = tmp_path / name
        f.write_text(p, encoding="utf-8")
        arts = process_document(read_document(f)).articles
        assert [(a.title, a.date, a.source) for a in arts] == [("丙县建立年轻干部成长档案", "2024-04-02", "丙县组工网"),
                                                               ("丁县选派干部驻村帮扶", "2024-04-09", "丁县融媒体中心")]
        assert "丁县" not in arts[0].text


# --- <br> inside a sentence, <template> markup -------------------------------------------------------------

def _body_of(paragraphs: str) -> str:
    page = ('<html><head><meta charset="utf-8"><title>戊县推行干部实绩公示</title></head><body>'
            '<h1>戊县推行干部实绩公示</h1><p>发布时间：2024-05-06</p><div class="content">'
            '<p>戊县为每名科级干部建立实绩公示栏，全县共公示干部三百余名。</p>'
            f'{paragraphs}</div></body></html>')
    return extract_html(page)[0]


def test_a_br_inside_a_sentence_is_no_line_end():
    text = _body_of("<p>县委组织部每半年组织一次<br>实绩评议，<br/>评议结果与评优挂钩。</p>")
    assert "县委组织部每半年组织一次实绩评议，评议结果与评优挂钩。" in text.splitlines()


def test_a_br_after_a_stop_a_heading_or_a_date_still_ends_its_line():
    text = _body_of("<p>一是公开实绩。<br>二是接受评议，结果与评优挂钩。</p>"
                    "<p>一、主要做法<br>戊县坚持实绩导向，每年公示两次。</p>"
                    "<p>戊县委组织部<br>2024年5月6日</p>")
    lines = text.splitlines()
    assert "一是公开实绩。" in lines and "一、主要做法" in lines and "戊县委组织部" in lines


def test_template_markup_is_not_in_the_text():
    text = _body_of("<template><p>留给脚本填充的模板文字，不属于正文。</p></template><p>二是接受群众评议，每年两次。</p>")
    assert "模板" not in text and "二是接受群众评议，每年两次。" in text


def test_a_br_after_a_heading_or_a_documents_title_still_ends_its_line():
    # no comma before the <br>: a short heading, or a title ending on its kind of document, not half a sentence
    text = _body_of("<p>关于推行科级干部实绩公示的实施方案<br>各乡镇党委，县直各部门：</p>"
                    "<p>公示目标<br>到2026年，全县科级干部实绩全部上墙公示。</p>"
                    "<p>完善公示监督机制<br>设立意见箱，按月汇总群众反映。</p>")
    lines = text.splitlines()
    for head in ("关于推行科级干部实绩公示的实施方案", "公示目标", "完善公示监督机制"):
        assert head in lines, head


# --- the headline printed in an element named a title: not a section heading, not a subtitle -------------------

_BODY = ("<p>己县为每名新提拔干部配备一名老干部作导师，跟岗帮带半年，期满由导师写出评语。</p>"
         "<p>帮带评语记入干部档案，作为试用期满考核的依据之一。</p>")


def _titled_page(title: str, markup: str) -> str:
    return f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{markup}</body></html>'


def test_a_section_heading_named_a_title_is_no_headline():
    page = _titled_page("己县新提拔干部导师帮带办法_己县人民政府",
                 '<div class="content"><p>己县新提拔干部导师帮带办法</p>'
                 f'<p><strong class="sec-title">一、帮带对象</strong></p>{_BODY}'
                 f'<p><strong class="sec-title">二、帮带方式</strong></p>{_BODY}</div>')
    assert extract_html(page)[1].get("h1") != "一、帮带对象"


def test_a_headline_followed_by_its_subtitle_stays_the_headline():
    page = _titled_page("己县新提拔干部有了帮带导师_己县人民政府",
                 '<div class="art-title">己县新提拔干部有了帮带导师</div>'
                 '<div class="sub-title">老干部手把手带出新干部</div>'
                 f'<div class="info">发布时间：2024-06-03</div><div class="content">{_BODY}</div>')
    assert extract_html(page)[1].get("h1") == "己县新提拔干部有了帮带导师"


def test_a_subtitle_alone_is_no_headline():
    page = _titled_page("己县新提拔干部有了帮带导师_己县人民政府",
                 f'<div class="sub-tit">——记己县的帮带导师们</div><div class="content">{_BODY}</div>')
    assert not extract_html(page)[1].get("h1", "").startswith("——")


def test_an_xhtml_page_with_an_xml_declaration_keeps_its_text():
    # lxml refuses a str that declares its encoding: the whole page came out empty
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><title>己县新提拔干部有了帮带导师</title></head><body><div class="content">{_BODY}</div></body></html>')
    text, _ = extract_html(page)
    assert "帮带评语记入干部档案，作为试用期满考核的依据之一。" in text.splitlines()


# --- a list page of many items: the texts after each heading read from one walk of the page ---------------------

def test_a_list_pages_headings_read_their_following_texts_from_one_walk(monkeypatch):
    from pipeline.text import html

    walks, read = [], []
    page_texts = html._PageTexts

    class Counted(page_texts):
        def __init__(self, doc):
            walks.append(1)
            super().__init__(doc)

        def following(self, el):
            for t in super().following(el):
                read.append(t)
                yield t

    monkeypatch.setattr(html, "_PageTexts", Counted)
    n = 120
    items = "".join(f'<div class="item"><h2>辛县干部工作简报第{i}期</h2><span>发布时间：2024-02-{i % 28 + 1:02d}</span>'
                    f'<div class="body"><p>辛县第{i}批选调生到村任职，每人任期两年，期满由县委组织部考核{i}次。</p></div></div>'
                    for i in range(n))
    text, _ = extract_html(f'<html><head><title>简报</title></head><body>{items}</body></html>')
    assert text.count("发布时间") == n  # (each heading with its date, put back before its item)
    assert len(walks) == 1 and len(read) < 10 * n, (len(walks), len(read))  # (a walk per heading read ~n² texts)
