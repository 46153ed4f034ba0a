"""Split a cleaned document into articles, with metadata, paragraphs and sentences.

An article starts at a header block: a title-like line next to a byline or a
来源/作者/日期 line (seed 004 holds two such).  Metadata lines anywhere inside
an article (header or footer) fill its fields; the first value wins.  Fields
the text does not give stay None.
"""
from __future__ import annotations

import re

from .lines import ends_sentence, is_heading_like, is_title_like
from .meta import NAME, iso_date, split_names
from .records import Article, Author, CleanDocument, Line, Paragraph, Sentence

SENTENCE = re.compile(r"[^。！？!?\n]+(?:(?:[。！？!?]|……)+[”’」』)）\"]*|$)|[。！？!?]+")


def _header_starts(lines: list[Line]) -> list[int]:
    """Indices of the lines where a new article begins."""
    starts = [0]
    n = len(lines)
    i = 0
    while i < n:
        j = i
        while j < n and (lines[j].kind == "meta" or is_title_like(lines[j].text)):
            j += 1
        if j == i:
            i += 1
            continue
        block = range(i, j)
        titles = [k for k in block if lines[k].kind == "text"]
        if i > 0 and j < n and titles and any(_is_header_meta(lines[k]) for k in block):
            # Metadata above the title still closes the previous article.
            starts.append(titles[0])
        i = j
    return starts


def _is_header_meta(line: Line) -> bool:
    # A footer line such as (作者单位:…) or 责编 closes an article; it opens none.
    return any(k in ("记者", "通讯员", "author", "date", "source") for k, _ in line.meta)


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    out = []
    for m in SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((base + s, base + e))
    return out


def _article(doc: CleanDocument, lines: list[Line], index: int, first: bool) -> Article | None:
    text_lines = [ln for ln in lines if ln.kind == "text"]
    metas = [ln for ln in lines if ln.kind == "meta"]
    title = None
    body = list(text_lines)
    if body:
        head = body[0]
        nxt = body[1].text if len(body) > 1 else ""
        before_body = [ln for ln in lines[: lines.index(head)] if ln.kind == "meta"]
        after_head = lines[lines.index(head) + 1] if lines.index(head) + 1 < len(lines) else None
        titled = is_title_like(head.text) and (
            before_body or (after_head is not None and after_head.kind == "meta") or ends_sentence(nxt)
        )
        if titled and len(body) > 1:
            title = head.text
            body = body[1:]
    fields: dict[str, str] = {}
    authors: list[Author] = []
    for ln in metas:
        for key, val in ln.meta:
            if key in ("记者", "通讯员"):
                authors.append(Author(val, key))
            elif key == "author":
                authors.extend(Author(n, "作者") for n in split_names(val))
            elif key == "editor":
                fields.setdefault(key, "、".join(split_names(val)))
            else:
                fields.setdefault(key, val)
    # A bare name on the last line signs the article; the text does not say in what role.
    if len(body) > 1 and NAME.match(body[-1].text) and ends_sentence(body[-2].text):
        authors.append(Author(body[-1].text, None))
        body = body[:-1]
    pm = doc.raw.meta if first else {}
    # What the HTML page declares fills only what its text leaves open.
    title = title or pm.get("h1") or pm.get("title")
    for key in ("date", "source"):
        if pm.get(key):
            fields.setdefault(key, pm[key])
    if not authors and pm.get("author"):
        authors.extend(Author(n, "作者") for n in split_names(pm["author"]))
    if not body:
        return None
    start = body[0].start
    end = body[-1].start + len(body[-1].text)
    text = doc.text[start:end]
    date = fields.get("date")
    date = date if date and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", date) else (iso_date(date) if date else None)
    seen = set()
    authors = [a for a in authors if not (a.name in seen or seen.add(a.name))]
    orig = doc.orig_span(start, end)
    art = Article(
        doc_id=doc.raw.id, index=index, title=title, date=date, source=fields.get("source"), authors=authors,
        editor=fields.get("editor"), affiliation=fields.get("affiliation"), text=text, doc_start=start,
        orig_start=orig[0], orig_end=orig[1],
    )
    art.paragraphs = _paragraphs(doc, text, start)
    art.unreadable = [(m.start(), m.end()) for m in re.finditer("\ufffd+", text)]
    return art


def _paragraphs(doc: CleanDocument, text: str, base: int) -> list[Paragraph]:
    paras = []
    pos = 0
    for i, ptext in enumerate(text.split("\n")):
        s, e = pos, pos + len(ptext)
        pos = e + 1
        p = Paragraph(i, s, e, *doc.orig_span(base + s, base + e), text=ptext, heading=is_heading_like(ptext))
        for k, (ss, se) in enumerate(split_sentences(ptext, s)):
            p.sentences.append(Sentence(k, ss, se, *doc.orig_span(base + ss, base + se), text=text[ss:se]))
        paras.append(p)
    return paras


def split_articles(doc: CleanDocument) -> list[Article]:
    lines = doc.lines
    if not lines:
        return []
    starts = _header_starts(lines) + [len(lines)]
    out = []
    for k, (a, b) in enumerate(zip(starts, starts[1:])):
        art = _article(doc, lines[a:b], len(out), first=(k == 0))
        if art is not None:
            out.append(art)
    return out
