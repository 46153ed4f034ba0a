"""Turn an HTML page into article text plus the metadata the page carries.

trafilatura finds the body and drops navigation, share links and footers; it
misses the 来源 / 作者 / 责任编辑 line that Chinese government pages print
above the body, so that line is looked up in the page text and put back in
front of the body, where the text pipeline parses it like any byline.
"""
from __future__ import annotations

import logging
import re

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


_LINE_HEADINGS = "//h1|//h2|//h3|//h4|//h5|//h6"


def _visible_lines(doc) -> list[str]:
    from lxml import etree

    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for head in doc.xpath(_LINE_HEADINGS):  # a heading is a line of its own, as the page shows it: written on one
        head.text = "\n" + (head.text or "")  # source line with the date's <p>, the two read as one 'meta line'
        head.tail = "\n" + (head.tail or "")  # that held the headline, printed again above the body
    text = etree.tostring(doc, method="text", encoding="unicode")
    return [re.sub(r"[ \t\u3000\xa0]+", " ", ln).strip() for ln in text.splitlines()]


_HEADINGS = "//h1|//h2|//h3"
_ANCHOR_CHARS = 40  # characters of the text after a heading to find in the body: enough to tell 发布时间 lines apart


def _next_text(el) -> str:
    """The first text the page shows after the heading, white space squeezed."""
    for t in el.xpath("following::text()"):
        if t.getparent() is not None and t.getparent().tag in ("script", "style", "noscript", "template"):
            continue
        t = re.sub(r"\s+", "", t)
        if t:
            return t
    return ""


def _with_headings(doc, body: str, skip: set[str]) -> str:
    """The body with the page's headings trafilatura dropped put back, each before the body line the
    page shows right after it.  A heading whose next text is not in the body (a side bar's, a heading
    over a link list) stays out; so does one already in the body or taken as the title."""
    lines = body.split("\n")
    squeezed = [re.sub(r"\s+", "", ln) for ln in lines]
    before: dict[int, list[str]] = {}
    at = 0  # headings are placed in page order: never before one already placed
    for el in doc.xpath(_HEADINGS):
        head = re.sub(r"\s+", " ", el.text_content()).strip()
        if not head or head in skip or re.sub(r"\s+", "", head) in "".join(squeezed):
            continue
        anchor = _next_text(el)[:_ANCHOR_CHARS]
        if len(anchor) < 2:
            continue
        found = next((i for i in range(at, len(lines)) if squeezed[i].startswith(anchor)), None)
        if found is None:
            continue
        before.setdefault(found, []).append(head)
        at = found + 1
    if not before:
        return body
    out = []
    for i, ln in enumerate(lines):
        out += before.get(i, [])
        out.append(ln)
    return "\n".join(out)


def extract_html(html: str) -> tuple[str, dict[str, str]]:
    import lxml.html
    import trafilatura

    from pipeline.text.meta import parse_meta_line

    try:
        doc = lxml.html.fromstring(html)
    except Exception as e:  # lxml raises several unrelated types on junk
        log.debug("lxml could not parse page: %s", e)
        return "", {}
    meta = _page_meta(doc)
    body = trafilatura.extract(
        html, include_comments=False, include_tables=True, include_links=False, deduplicate=False, favor_precision=True
    ) or ""
    title = meta.get("h1") or meta.get("title") or ""
    body = _with_headings(doc, body, {title, meta.get("title", "")})
    meta_lines = []
    for ln in _visible_lines(doc):
        if ln and parse_meta_line(ln) and ln not in body and ln not in meta_lines:
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
