"""Turn an HTML page into article text plus the metadata the page carries.

trafilatura finds the body and drops navigation, share links and footers; it
misses the 来源 / 作者 / 责任编辑 line that Chinese government pages print
above the body, so that line is looked up in the page text and put back in
front of the body, where the text pipeline parses it like any byline.
"""
from __future__ import annotations

import logging
import re

from pipeline.core.lexicons import word_list, word_set
from pipeline.text.chars import CJK

log = logging.getLogger(__name__)

_META_NAMES = {
    "title": ("articletitle", "og:title", "title"),
    "date": ("publishdate", "pubdate", "article:published_time", "firstpublishedtime", "publish_time", "date"),
    "source": ("contentsource", "source", "og:site_name"),
    "author": ("author", "article:author"),
}


def _page_meta(doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in doc.iter("meta"):
        name = (el.get("name") or el.get("property") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for key, names in _META_NAMES.items():
            if name in names and key not in found:
                found[key] = content
    if "title" not in found:
        t = doc.find(".//title")
        if t is not None and t.text_content().strip():
            found["title"] = t.text_content().strip()
    h1 = doc.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        found["h1"] = re.sub(r"\s+", " ", h1.text_content()).strip()
    return found


def _break_blocks(doc) -> None:
    """Put a line break at both ends of every block element, so the page's text has the lines a browser
    shows whether or not the markup has line breaks between its tags (a minified page has none)."""
    blocks = word_set("html_block_elements.txt")
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in blocks:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")


def _visible_lines(doc) -> list[str]:
    from lxml import etree

    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    _break_blocks(doc)
    text = etree.tostring(doc, method="text", encoding="unicode")
    return [re.sub(r"[ \t\u3000\xa0]+", " ", ln).strip() for ln in text.splitlines()]


_HEADINGS = "//h1|//h2|//h3"
_ANCHOR_CHARS = 40  # characters of the text after a heading to find in the body: enough to tell 发布时间 lines apart


_UNSHOWN = ("script", "style", "noscript", "template")


class _PageTexts:
    """The texts of a page in page order, white space squeezed, and where each element's following texts
    begin: built in one walk, so the texts after every heading of a list page cost no walk each (XPath's
    following::text() per heading made a page of N items take N walks of the page)."""

    def __init__(self, doc):
        from lxml import etree

        self.texts: list[str] = []
        self.after: dict = {}
        for event, el in etree.iterwalk(doc.getroottree().getroot(), events=("start", "end")):
            element = isinstance(el.tag, str)  # (a comment's text is none, its tail is)
            if event == "start":
                if element and el.tag not in _UNSHOWN:
                    self._add(el.text)
                continue
            self.after[el] = len(self.texts)
            if not element or el.tag not in _UNSHOWN:  # (a tail is its element's to XPath: one after <script> skipped)
                self._add(el.tail)

    def _add(self, text):
        if text and (t := re.sub(r"\s+", "", text)):
            self.texts.append(t)

    def following(self, el):
        """The texts the page shows after the element (from its tail on), in page order."""
        return (self.texts[i] for i in range(self.after.get(el, len(self.texts)), len(self.texts)))


_CARRIED_META = 3  # date/source/author texts between a heading and its body taken along with the heading


def _heading_meta(el, squeezed: list[str], at: int, page: _PageTexts) -> tuple[list[str], int | None]:
    """The date/source texts a heading of a list page stands over (<h2>…</h2><span>发布时间：…</span>
    <span>来源：…</span>, which trafilatura drops with the heading), and the body line they and the
    heading go before: the first text after them that opens a body line.  (None when the texts after
    the heading are neither such a line nor a body line: a side bar's heading.)"""
    from pipeline.text.meta import parse_meta_line

    meta: list[str] = []
    for t in page.following(el):
        anchor = t[:_ANCHOR_CHARS]
        found = next((i for i in range(at, len(squeezed)) if squeezed[i].startswith(anchor)), None) \
            if len(anchor) >= 2 else None
        if found is not None:
            return meta, found
        if len(meta) >= _CARRIED_META or not parse_meta_line(t):
            return [], None
        meta.append(t)
    return [], None


def _with_headings(doc, body: str, skip: set[str], page: _PageTexts) -> str:
    """The body with the page's headings trafilatura dropped put back, each before the body line the
    page shows right after it.  A heading whose next text is not in the body (a side bar's, a heading
    over a link list) stays out; so does one already in the body or taken as the title."""
    lines = body.split("\n")
    squeezed = [re.sub(r"\s+", "", ln) for ln in lines]
    before: dict[int, list[str]] = {}
    whole = "".join(squeezed)  # (joined once: per heading it was a walk of the body each)
    at = 0  # headings are placed in page order: never before one already placed
    for el in doc.xpath(_HEADINGS):
        head = re.sub(r"\s+", " ", el.text_content()).strip()
        if not head or head in skip or re.sub(r"\s+", "", head) in whole:
            continue
        meta, found = _heading_meta(el, squeezed, at, page)
        if found is None:
            continue
        before.setdefault(found, []).extend([head] + ([" ".join(meta)] if meta else []))
        at = found + 1
    if not before:
        return body
    out = []
    for i, ln in enumerate(lines):
        out += before.get(i, [])
        out.append(ln)
    return "\n".join(out)


# A class or id naming the element a headline (class="title", id="news_title", class="art-tit biaoti"):
# pages without <h1> print their headline in such an element.
_TITLE_NAME = re.compile(r"(?:^|[_-])(?:title|tit|biaoti|headline)(?:$|[_-])", re.I)
_HEADLINE_CHARS = 80  # longer is a paragraph, not a headline


def _named_headline(doc, body: str, page: _PageTexts, title: str = "") -> str:
    """The headline a page without <h1> prints in an element its class or id names a title: one line, no
    link in or around it, whose next text (past a subtitle's) is a line of the body or a date/source line (a
    side bar's 'title' box is followed by its links, which are neither).  Not a section heading of the body
    (一、总体要求 in a "sec-title") nor a subtitle (——记…); of several, the one the page's <title> holds."""
    from pipeline.text.meta import parse_meta_line

    squeezed = [re.sub(r"\s+", "", ln) for ln in body.split("\n")]
    named = []
    for el in doc.iter("div", "p", "span", "td", "strong", "h4", "h5", "h6"):
        names = (el.get("class") or "").split() + (el.get("id") or "").split()
        if not any(_TITLE_NAME.search(n) for n in names) or el.xpath(".//a|ancestor::a|ancestor::li"):
            continue
        head = re.sub(r"\s+", " ", el.text_content()).strip()
        if 4 <= len(head) <= _HEADLINE_CHARS and not head.endswith("。"):
            named.append((el, head))
    subtitles = {re.sub(r"\s+", "", head) for _, head in named}
    found = []
    for el, head in named:
        if _NUMBERED_HEAD.match(head) or head.startswith(_SUBTITLE_DASHES) or re.sub(r"\s+", "", head) in squeezed:
            continue  # a section's heading, a subtitle, a line of the body itself
        after = (t for t in page.following(el) if t not in subtitles)  # (a subtitle between it and the text)
        anchor = next(after, "")[:_ANCHOR_CHARS]
        if len(anchor) >= 2 and (any(ln.startswith(anchor) for ln in squeezed) or parse_meta_line(anchor)):
            found.append(head)
    page_title = re.sub(r"\s+", "", title)
    return next((h for h in found if re.sub(r"\s+", "", h) in page_title), found[0] if found else "")


_SUBTITLE_DASHES = ("—", "--", "－－")  # ——记…: a subtitle's opening dash


# A <br> inside a sentence: after a character or a comma, the text after it going on to a stop or comma of the
# same paragraph (…开展两次<br>专项督查，…).  trafilatura ends a line there, and the half before it read
# as a heading apart from its measure.  Not after a stop, a colon or a digit (发布时间：2024-01-02<br>来源：…),
# nor where the text after it runs to the next tag with no stop (a signature's unit, then its date).
_BR_IN_SENTENCE = re.compile(rf"(?<=[{CJK}，、])[ \t\r\n]*<br\s*/?>[ \t\r\n]*(?=[{CJK}“《][^<>]*?[，。；！？])", re.I)
# A numbered heading (一、总体要求<br>为…，…): its <br> is the heading's end
_NUMBERED_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[条章部分])")
# An XHTML page's <?xml version="1.0" encoding="utf-8"?>: lxml refuses a str that declares its encoding
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml\b[^>]*\?>", re.I)
_TEMPLATE = re.compile(r"<template\b.*?</template\s*>", re.I | re.S)  # markup for scripts to use, never shown
# An XML DOCTYPE's internal subset (<!DOCTYPE x [<!ENTITY a "…">…]>, an entity bomb's carrier): HTML has none, and
# lxml's HTML parser gave up at it, so trafilatura lost the body; its entities are dropped, never expanded
_INTERNAL_SUBSET = re.compile(r"\s*<!DOCTYPE\s+[^\[>]*\[(?P<subset>[^\]]*)\]\s*>", re.I)
_DECLARED_ENTITY = re.compile(r"<!ENTITY\s+(?:%\s+)?([\w.-]+)")


# A title or heading before a <br> (工作目标<br>到2025年，…; 关于…的通知<br>各乡镇党委：): no comma in it, and short
# or ending on a kind of document.  Only text that holds a comma, or runs longer with no such end, is mid-sentence.
_HEADING_BEFORE_BR = 10
_DOCUMENT_KINDS = tuple(word_list("document_kinds.txt"))


def _mid_sentence(before: str) -> bool:
    """The text of a paragraph before its <br> breaks off a sentence (…每半年组织一次, …实绩评议，), not a
    heading or title ended by the <br> (一、主要做法, 健全干部培养机制, 关于开展…的通知)."""
    before = before.strip()
    if "，" in before or "," in before:
        return True
    return not _NUMBERED_HEAD.match(before) and len(before) > _HEADING_BEFORE_BR and not before.endswith(_DOCUMENT_KINDS)


def _join_sentences_broken_by_br(html: str) -> str:
    def keep(m: re.Match) -> str:
        before = html[html.rfind(">", 0, m.start()) + 1:m.start()]
        return "" if _mid_sentence(before) else m.group()

    return _BR_IN_SENTENCE.sub(keep, html) if "<br" in html.lower() else html


def _without_internal_subset(html: str) -> str:
    """The page with an HTML doctype for an XML one that declares entities, and their references dropped."""
    m = _INTERNAL_SUBSET.match(html)
    if m is None:
        return html
    rest = html[m.end():]
    for name in set(_DECLARED_ENTITY.findall(m["subset"])):
        rest = rest.replace(f"&{name};", "")
    return "<!DOCTYPE html>" + rest


class PageError(ValueError):
    """A page that cannot be read as HTML, and why (said as the file's skip)."""


# libxml2 stops a page at 256 levels of elements unless asked for its "huge" limits, which stop it at 2,048: a page
# between the two is read again with them (the text under level 256 was lost, said as "without article text")
_DEPTH_LIMIT = "ERR_RESOURCE_LIMIT"
_HUGE_DEPTH = 2048


def _parsed(html: str):
    """The page's tree, and whether it needed the huge limits; PageError for one nested deeper than those allow."""
    import lxml.html

    for huge in (False, True):
        parser = lxml.html.HTMLParser(huge_tree=huge)
        doc = lxml.html.fromstring(html, parser=parser)
        if not any(e.type_name == _DEPTH_LIMIT for e in parser.error_log):
            return doc, huge
    raise PageError(f"HTML nested too deeply (more than {_HUGE_DEPTH:,} levels of elements) to read")


def extract_html(html: str) -> tuple[str, dict[str, str]]:
    import copy

    import trafilatura

    from pipeline.text.meta import parse_meta_line

    html = _without_internal_subset(_XML_DECLARATION.sub("", html, count=1))
    html = _join_sentences_broken_by_br(_TEMPLATE.sub("", html))
    try:
        doc, huge = _parsed(html)
    except PageError:
        raise
    except Exception as e:  # lxml raises several unrelated types on junk
        log.debug("lxml could not parse page: %s", e)
        return "", {}
    meta = _page_meta(doc)
    body = trafilatura.extract(  # (a deep page as our tree, which trafilatura's own parse would cut at level 256)
        copy.deepcopy(doc) if huge else html, include_comments=False, include_tables=True, include_links=False,
        deduplicate=False, favor_precision=True
    ) or ""
    page = _PageTexts(doc)
    if "h1" not in meta and (named := _named_headline(doc, body, page, meta.get("title", ""))):
        meta["h1"] = named  # the page's printed headline, taken as an <h1>'s
    title = meta.get("h1") or meta.get("title") or ""
    body = _with_headings(doc, body, {title, meta.get("title", "")}, page)
    meta_lines = []
    in_body = re.sub(r"\s+", "", body)  # (a line the body holds with other spaces, a heading's meta put back)
    for ln in _visible_lines(doc):
        if ln and parse_meta_line(ln) and re.sub(r"\s+", "", ln) not in in_body and ln not in meta_lines:
            meta_lines.append(ln)
        if len(meta_lines) >= 3:
            break
    head = [title] if title and title not in body[:200] else []
    head += meta_lines
    if not meta_lines:
        # Fall back to the <meta> tags for what the page does not print.
        fields = [f"{label}:{meta[key]}" for key, label in (("date", "发布时间"), ("source", "来源"), ("author", "作者")) if meta.get(key)]
        if fields:
            head.append("  ".join(fields))
    text = "\n".join(head + ([""] if head else []) + [body]).strip()
    return text, meta
