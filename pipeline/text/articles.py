"""Split a cleaned document into articles, with metadata, paragraphs and sentences.

An article starts at a header block: a title-like line next to a byline or a
来源/作者/日期 line (seed 004 holds two such).  Metadata lines anywhere inside
an article (header or footer) fill its fields; the first value wins.  Fields
the text does not give stay None.

Crawled pages put chrome, page-title copies and subtitles around the headline,
so the title is chosen among the lines above the first body paragraph (the
"header zone"): the headline nearest above the dateline when there is one,
else a headline printed twice, else the first headline there.  Authors come
from metadata lines, lines of names in the header zone, a news lead
(某某讯 (记者 …)) and bracketed bylines in the body.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate, pairwise
import re

from pipeline.core.lexicons import alternation, word_list, word_set, word_table
from pipeline.core.records import Article, Author, CleanDocument, Line, Paragraph, Sentence
from pipeline.nlp.segment import get_segmenter, is_general_word, is_place_word, opens_a_clause, predicate_tag
from pipeline.text.chars import BULLETS, CJK, PUA, SENTENCE_STOPS, UNREADABLE, cjk_count, cjk_only, is_cjk, without_spaces
from pipeline.text.dates import checked_iso
from pipeline.text.lines import (OUTLET_TAG, TERMINAL, UNIT_END, DOCUMENT_TITLE, ISSUED_TITLE, boilerplate_reason, breadcrumb_headline, ends_sentence, is_bare_day, is_heading_like, is_section_heading,
                                 is_headline_like, is_title_like, strip_title_prefix)
from pipeline.text.meta import (NEWS_AGENCIES, bracket_bylines, signature_unit_role, unit_and_names, ordinary_words, closing_credits, closing_names, glued_names_line, iso_date, signature_at_end, signed_by_unit, parse_lead,
                                parse_byline_fields, is_person_name, person_names, phrase_not_name, plain_word, UNIT_LEVELS,
                                proper_names_only, split_names, WRITER_MARK, BYLINE_ROLE)

SENTENCE = re.compile(r"[^。！？!?\n]+(?:(?:[。！？!?]|……)+[”’」』)）\"]*|$)|[。！？!?]+")
_HEADER_KEYS = ("记者", "通讯员", "author", "byline", "date", "date_written", "source", "posted_by", "headline")
# 一、 / (一) / 1. / 第一章: numbered section headings, never the article's title.
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])")
# A title printed over several lines continues with these (某某办公室 / 印发《…》 / 和《…》的通知).
_CONTINUES = re.compile(r"^(?:印发|转发|关于|和|及|与|暨|的)")
# The issuer and date closing a notice (落款): 中共某某委员会办公室 / 2019年6月10日.
# (four characters at most, and a newline after them: searched in a line's last five, not from every position)
_ISSUER = re.compile(r"(?:委员会|办公室|办公厅|人民政府|政府|组织部|委|部|局|厅|办|院|中心|党组|党委|领导小组|指挥部|管委会|办事处)$")
_ROLE_RANK = {"记者": 3, "通讯员": 3, "作者": 2, None: 1}


_ATTACHMENT_LABEL = re.compile(r"^\s*附件\s*[\d一二三四五六七八九十]*\s*(?:[:：]|$)")


_STOPS = re.compile(f"[{TERMINAL}]")
# (60 characters and more: a row of links loses the spaces between them, a paragraph lacking its last stop may run
# on for 40 through a document's title given without 《》, rarely for 60)
_UNMARKED_RUN = re.compile(rf"[{CJK}“”]{{60,}}")


def _glued_links(s: str) -> bool:
    return not _STOPS.search(s) and bool(_UNMARKED_RUN.search(s))


def _header_starts(lines: list[Line]) -> list[int]:
    """Indices of the lines where a new article begins."""
    starts = [0]
    n = len(lines)
    # once per line: the walk below asks again of the line that ends each run
    title_like = [ln.kind == "meta" or is_title_like(ln.text) for ln in lines]
    body_at: list[int] = []  # (filled on first use: the first body line at or after each line)
    i = 0
    while i < n:
        j = i
        while j < n and title_like[j]:
            j += 1
        if j == i:
            i += 1
            continue
        signed = _signatures(lines, i, j)
        block = [lines[k] for k in range(i, j) if k not in signed]
        # (a pull quote over the byline, “…。”某某说, is no headline: a headline holds no 。)
        # (nor is a labelled line, 地点:某某会议室, or a numbered section's heading, 一、…)
        titles = [k for k in range(i, j) if lines[k].kind == "text" and k not in signed and "。" not in lines[k].text
                  and not _LABELLED_LINE.match(lines[k].text) and not _NUMBERED.match(lines[k].text)]
        # (a section's heading, 一、…, before the first of them: the body goes on under its sections)
        if titles and any(_NUMBERED.match(lines[k].text) for k in range(i, titles[0])):
            titles = []
        if titles and _ATTACHMENT_LABEL.match(lines[titles[0]].text):
            titles = []  # (某某街道党工委 / 2021年1月8日 / 附件1: / 某某方案: the notice's attachment, under its signature)
        if i > 0 and j < n and titles and any(_is_header_meta(ln) for ln in block) \
                and not _byline_after_lead(lines, starts[-1], i, block) and not _diary_day(lines, starts[-1], i, block) \
                and not _footer_heading(lines, body_at, i, titles[0], j):
            # Metadata above the title still closes the previous article.
            starts.append(titles[0])
        i = j
    # Chrome above the first headline (a site's banner, an ad's code) is no article of its own.
    # (a row of links run together, 关于…的通知关于…的通知, is long but holds no sentence's stop and runs on
    # for 40 characters and more without a mark: chrome too; prose lacking only its last stop has its commas)
    if len(starts) > 1 and not any(_is_body(ln) and not _glued_links(ln.text) for ln in lines[: starts[1]]):
        del starts[1]
    pieces = _piece_starts(lines)
    if pieces and not any(_is_header_meta(ln) for ln in lines[:pieces[0]]):
        starts = [k for k in starts if k > pieces[0]]  # (the collection's own title and blurb over its first piece)
    return sorted(set(starts) | set(_brief_starts(lines)) | set(pieces))


# 某某制度 篇一, 某某报告 篇2: a collection's piece (a document site's page of several samples), its headline
_PIECE_HEAD = re.compile(r"^\S.{1,40}?\s*篇\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")


def _piece_starts(lines: list[Line]) -> list[int]:
    """The headlines of a collection's pieces (…篇一, …篇二): each piece is an article of its own, and
    what stands over the first (the site's chrome, the collection's title, its blurb) is none."""
    return [k for k, ln in enumerate(lines) if ln.kind == "text" and "篇" in ln.text
            and _PIECE_HEAD.match(ln.text.strip()) and is_title_like(ln.text.strip())]


def _footer_heading(lines: list[Line], body_at: list[int], i: int, title: int, j: int) -> bool:
    """来源:某某 / 报料方式 / 热线:… / 编辑:某某: a heading in the page's footer, under the metadata that
    closes the article and over no paragraph of text: it opens no article (the footer's lines stay the
    article's, its editor among them)."""
    return any(_is_header_meta(ln) for ln in lines[i:title]) and not any(_is_header_meta(ln) for ln in lines[title:j]) \
        and _body_from(lines, body_at, j) == len(lines)


def _body_from(lines: list[Line], body_at: list[int], j: int) -> int:
    """The first paragraph of running text at or after line ``j`` (len(lines) when none), from
    ``body_at``, which the first call fills for the whole page."""
    if not body_at:
        nxt = len(lines)
        body_at.extend([nxt] * (len(lines) + 1))
        for k in range(len(lines) - 1, -1, -1):
            nxt = k if _is_body(lines[k]) else nxt
            body_at[k] = nxt
    return body_at[j]


# A column of news briefs: paragraphs each opened by a bullet and closed by its writer in brackets
_BRIEF = re.compile(r"^\s*[◆◇●■▲★]")
_SIGNED = re.compile(r"[（(][^（()）]{2,24}[)）]\s*$")


def _brief_starts(lines: list[Line]) -> list[int]:
    """The briefs of a column (two or more in a row; the page's last one may be cut off before its
    writer): each is an article of its own."""
    out, k, n = [], 0, len(lines)
    while k < n:
        j = k
        while j < n and lines[j].kind == "text" and _BRIEF.match(lines[j].text) \
                and (_SIGNED.search(lines[j].text) or j == n - 1):
            j += 1
        if j - k >= 2:
            out += range(k, j)
        k = max(j, k + 1)
    return out


def _diary_day(lines: list[Line], start: int, i: int, block: list[Line]) -> bool:
    """A day alone on its line among a diary's or a feed's entries (2018年8月31日 / 小标题 / text), two
    such days already in the article before line ``i``: an entry of the article, no new article's dateline."""
    header = [ln for ln in block if _is_header_meta(ln)]
    return all(_bare_day(ln) for ln in header) and sum(_bare_day(lines[k]) for k in range(start, i)) >= 2


def _bare_day(ln: Line) -> bool:
    """A day alone on its line: a dateline, or a diary's entry date kept in the text."""
    s = ln.text.strip()
    return ln.kind == "meta" and is_bare_day(s, ln.meta) or len(s) <= 12 and bool(_DAY_ONLY.fullmatch(s))


_DAY_ONLY = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})")


_LABELLED_LINE = re.compile(r"^(?:地点|时间|日期|主持人?|嘉宾|口述人|访谈组|采访组|整理)\s*[:：]")  # (王毅：… is a headline)
_BYLINE_KEYS = frozenset(("记者", "通讯员", "byline", "source", "author", "affiliation"))


def _byline_after_lead(lines: list[Line], start: int, i: int, block: list[Line]) -> bool:
    """□本报记者 某某 printed after an article's lead, above its first section heading: the byline
    of the article begun at ``start``, which has no metadata of its own yet.  A byline in brackets
    (（记者 某某）) is a footer and still closes that article."""
    metas = [ln for ln in block if ln.kind == "meta"]
    return (all(k in _BYLINE_KEYS for ln in metas for k, _ in ln.meta)
            and any(k != "source" for ln in metas for k, _ in ln.meta)  # a 来源 line alone is the next article's
            and not any(ln.text.lstrip(BULLETS).startswith(("（", "(")) for ln in metas)
            and not any(lines[k].kind == "meta" for k in range(start, i)))


def _is_header_meta(line: Line) -> bool:
    # A footer line such as (作者单位:…) or 责编 closes an article; it opens none.
    return any(k in _HEADER_KEYS for k, _ in line.meta)


def _signatures(lines: list[Line], i: int, j: int) -> set[int]:
    """Lines i..j-1 that are a notice's closing (落款): an issuer's name over a bare date.
    They close the notice; they do not open the next article."""
    out: set[int] = set()
    for k in range(i, j - 1):
        issuer, date = lines[k], lines[k + 1]
        if (issuer.kind == "text" and _ISSUER.search(issuer.text, max(0, len(issuer.text) - 5)) and date.kind == "meta"
                and all(key == "date" for key, _ in date.meta)):
            out |= {k, k + 1}
    return out


def _is_body(line: Line) -> bool:
    """A paragraph of running text (or a numbered section heading): the header zone ends here."""
    s = line.text
    if line.kind != "text":
        return False
    if (len(s) > 60 and not ISSUED_TITLE.match(s)) or _NUMBERED.match(s) and not _LISTED_HEADLINE.match(s):
        return True  # (某某办公室关于…的通报: a notice's long title, no paragraph; 1. 标题, a list page's headline)
    return ends_sentence(s) and not is_headline_like(s) and cjk_count(s) >= 6


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    out = []
    for m in SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((base + s, base + e))
    return out


_COLLECTION_TAIL = re.compile(r"(?<=[^\d\s])\s*[(（]?(?:共|精选)?[\d一二三四五六七八九十]{1,3}\s*[篇则份个套]"
                              r"(?:范文|文件|资料|合集)[)）]?$|\s*[(（](?:共|精选|推荐)[\d一二三四五六七八九十]{1,3}[篇则份][)）]$"
                              r"|\s*[\[［](?:范文|模板|模版|范文模版|范文模板|精选|转载|原创)[\]］]$"  # …[范文模版]
                              r"|(?<=总结|心得|体会|报告|讲话|发言|材料|汇报|范文)\s*[\d一二三四五六七八九十]{1,2}篇$")  # 工作总结3篇


_DAY_BEHIND = re.compile(r"(?<=\S)\s+(?P<day>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_PLAYER_LINK = re.compile(r"^(?:请)?(?:下载安装|下载|安装)(?:Adobe\s*)?Flash\s*(?:Player|播放器)\s*(?=\S{6})", re.IGNORECASE)
_ARCHIVE_TITLE = re.compile(r"^查看完整版本\s*[:：]\s*\[--\s*(.+?)\s*--\]$")


_SITE_HEAD = re.compile(rf"^(?:[{CJK}]{{2,10}}(?:新闻网|客户端)\s+|《[{CJK}]{{2,10}}(?:日报|晚报|报)》\s*[:：]\s*|[{CJK}]{{2,8}}(?:日报|晚报)数字报\s*[-—_|]\s*)(?=[^\s]{{6,}}$)")  # (not 织密基层监督网 守护…, 建好党建网站 …; 某某日报数字报-标题; 《某某日报》:标题)


# A betting brand and 官方网站登录 (官网入口) glued before a headline: injected spam, never a headline's
# words (an organ's own site in a headline goes on: 某县政府官网首页改版, 某局官网平台开通)
_SPAM_BRAND_HEAD = re.compile(rf"^(?P<brand>[{CJK}A-Za-z\d]{{1,8}}?)(?:官方网站|官网)(?:登录|登陆|入口)(?=[{CJK}]{{2}}\S{{6}})")
_ORGAN_CHARS = re.compile("[省市县区局部委办府厅院]")
_TEMPLATE_FIELD = re.compile(r"^\s*(?:\[\s*['\"][A-Za-z_]\w*['\"]\s*\]|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$\{[A-Za-z_][\w.]*\})\s*")


# clean_title's patterns, in the order it applies them
_WRAPPER_HEAD = re.compile(
    rf"^(?:【[^】]{{1,12}}】|[\[［][^\]］]{{2,4}}[\]］](?=\s*\S{{6}})|{OUTLET_TAG}(?=\s*[^\s(（]\S{{5}})|第[一二三四五六七八九十\d]+篇\s*[:：]|原题\s*[:：](?=\S{{6}})|原标题(?:\s*[:：]|\s+)\s*(?=\S{{6}})"
    r"|(?:(?:深度|独家|专题|世界|今日|热点|环球|全球|焦点)报道|特稿)\s*[:：](?=\S{6})|(?:世界|今日|热点|环球|全球|最新)?(?:焦点|精选|头条|快讯)[!！:：](?=\S{6}))\s*")
_CORNER_HEAD = re.compile(r"「([^」]{2,4})」\s*(?=\S{6})")
_COLUMN_BANNER = re.compile(
    rf"^(?:(?=\d*[{CJK}])[\d{CJK}]{{2,8}}(?:\s+[{CJK}]{{2,6}})?(?:·[{CJK}]{{2,6}}){{0,2}}|[{CJK}]{{7,16}}"
    rf"|“[{CJK}\s]{{2,14}}”系列[{CJK}]{{0,4}}[\d①-⑳]{{0,2}})\s*[|｜丨]\s*(?=\S{{6,}}$)"
    r"(?!.*(?:网|网站|频道|门户|政府|报|社|客户端)$)")
_PAGE_NUMBER_TAIL = re.compile(r"\s*[(（](?:\d{1,2}|第\s*\d{1,3}\s*/\s*\d{1,3}\s*页)[)）]$")
_ONE_BOOK_TITLE = re.compile(r"\s*《[^《》]+》\s*")
_PAGE_COUNT_TAIL = re.compile(r"\s*[(（]\d{1,2}[)）]$")
_PAGER_TAIL = re.compile(r"\s*(?:查看下一页|下一页|上一页|查看全文|阅读全文)$")
_PICTURES_MARK = re.compile(r"\s*[\[【](?:[组多]?图|视频)[\]】]$|^[\[【](?:[组多]?图|视频)[\]】]\s*")
_SEPARATOR_TAIL = re.compile(r"\s+[|｜_]+$")


@lru_cache(maxsize=4096)  # (a pure function of the line, asked again of the same headline by the title's choice)
def clean_title(s: str) -> str:
    """Drop what pages wrap around a headline: 【栏目】, 第一篇:, 原题:, 深度报道:, 全球报道:, 焦点! or 世界头条: in front; a
    page number (4), a column's mark ((人民观察)) or a site name (-某某网, ——某某网) behind; a
    document's number before its 《title》."""
    s = _ARCHIVE_TITLE.sub(r"\1", _EMOJI_HEAD.sub("", s.strip()))  # 查看完整版本: [-- 标题 --]: a forum archive's wrapper
    s = _TEMPLATE_FIELD.sub("", s)  # ['name'] 标题, {{title}}: a template's field the site never filled
    if "lash" in s or "LASH" in s:
        s = _PLAYER_LINK.sub("", s)  # 下载安装Flash播放器标题: a media player's link glued before the headline
    if s[-1:].isdigit():
        s = _DAY_BEHIND.sub("", s)  # 标题 2021-03-22: the day printed behind the headline (read as its date)
    s = _LISTED_HEADLINE.sub("", s)  # 1. 标题: a list page's number before the headline (a space after its dot)
    if s[:1].isdigit():
        s = _DAY_STAMP_HEAD.sub("", s)  # 06.21 标题: a list's month and day before the headline (no year: no date)
    s = _WRAPPER_HEAD.sub("", s.strip().lstrip(BULLETS).strip())  # ([时评] 标题: a forum's tag of the thread's kind)
    corner = _CORNER_HEAD.match(s)
    if corner and corner.group(1) in word_set("site_chrome.txt"):
        s = s[corner.end():]  # 「区县」某某市:…: a column's name in corner brackets (「七小工程」 opening a headline is its quote)
    s = _COLUMN_BANNER.sub("", s)  # 太行风|…, 甲乙 丙丁·戊己|…, a long series banner|…: a column or series (not …|某某网)
    s = _COLUMN_ISSUE.sub("", _COMMENTARY_LABEL.sub("", s))
    if (kind := _KIND_LABEL.match(s)) and s.endswith(kind["kind"]) and len(s) > 2 * len(kind.group()):
        s = s[kind.end():]  # 调研报告:某某调研报告: the page's label of the kind, the headline names it again
    s = _SITE_HEAD.sub("", s)  # 某某新闻网 标题: the site's name set apart before the headline
    s = _MEDIA_KIND_HEAD.sub("", s)  # 视频:标题, 组图:标题: what kind of item the page holds, before the headline
    if "考" in s or "招" in s:
        s = _EXAM_COLUMN_HEAD.sub("", s)  # 2014某省公务员考试信息:标题: an exam-coaching site's channel before the headline
    if " " in s:
        s = _publication_head().sub("", s)  # 瞭望 – 标题: the periodical's name before a spaced dash
    if (spam := _SPAM_BRAND_HEAD.match(s)) and not _ORGAN_CHARS.search(spam["brand"]):
        s = s[spam.end():]  # 某某官方网站登录标题: a betting site's brand that SEO spam glues before it
    s = _PAGE_NUMBER_TAIL.sub("", s)  # a page's number (…(共5篇范文)(2), …-某某网(2), …(第2/2页))
    s = _COLLECTION_TAIL.sub("", s)  # …建设(共五则范文), …办法(试行)7个文件: a document site's count
    if "_" in s:
        s = _TAG_TAIL.sub("", s)  # 标题_社区_服务_姑苏: the tags an SEO page glues behind the headline
    if "字" in s:
        s = _WORD_COUNT.sub("", s)  # 某区关于…的意见(2906字) 关于…的意见: the listing's entry and its length, then the headline
    s = _ATTACHED.sub("", _SITE_TAIL.sub("", _DOC_SITE_LABELS.sub("", s)))  # …办公(图): the page's pictures, no word of the headline
    numbered = _DOC_NUMBER.match(s)  # (after the site's name behind: …的通知-某某网)
    if numbered and _ONE_BOOK_TITLE.fullmatch(s, numbered.end()):
        s = s[numbered.end():].strip()[1:-1]  # 某府办字〔2022〕7号《关于…的通知》: the document's title
    elif numbered and s[numbered.end():numbered.end() + 1].isspace() and "关于" in s \
            and DOCUMENT_TITLE.match(s[s.index("关于"):]):
        s = s[numbered.end():].strip()  # 某委发〔2022〕3号 中共某某委员会关于印发…的通知: the notice's title
    s = _PAGE_COUNT_TAIL.sub("", s)  # and once the site's name and 《》 are off (…的通知(2)》)
    s = _own_opening_behind(s)
    s = _FILE_EXT.sub("", s)  # 某某发言.docx: a document-sharing site names the page after the uploaded file
    half = len(s) // 2
    if len(s) >= 13 and s[:half] == s[-half:] and (len(s) % 2 == 0 or s[half] in "■□●◆ |｜/"):
        s = s[:half].strip()  # 标题■标题: the headline printed twice on its line
    button = _BUTTON_TAIL.search(s)
    if button and button["label"] in word_set("page_furniture.txt"):
        s = s[:button.start()]  # 某某标题 [复制链接]: a forum's button beside the thread's title
    s = _PAGER_TAIL.sub("", s)  # a pager's link glued to the headline
    s = _PICTURES_MARK.sub("", s)  # …参观考察[图], [图]…: a portal's mark that the story has pictures
    s = _COLUMN_MARK.sub("", s)  # (延伸阅读), (人民观察): a column's mark
    return _SEPARATOR_TAIL.sub("", s).strip()  # …基地 |: a separator whose site name was cut off


# …(2906字): the length a document site prints after the title of its entry; a headline set after
# that entry (the document's own title, joined on as its next line) is the headline
_WORD_COUNT = re.compile(r"^\S.{4,}?[(（]\d{2,6}字[)）]\s*(?=关于\S{6})|\s*[(（]\d{2,6}字[)）]")  # (讲稿(5000字):副题: the count only)
# 2014某省公务员考试信息:, 某市事业单位招聘资讯:: an exam-coaching site's channel (a year, a region, the exam's
# kind, 信息/资讯/动态) set before the headline with a colon (not 某市公开遴选:…, a headline's region and act)
_EXAM_COLUMN_HEAD = re.compile(rf"^(?:(?:19|20)\d{{2}}年?)?[{CJK}]{{0,8}}?(?:考试|招考|招聘|公考|考录)"
                               r"(?:信息|资讯|动态|快讯|新闻|指导|辅导|热点)\s*[:：]\s*(?=\S{6})")
_MEDIA_KIND_HEAD = re.compile(r"^(?:视频|组图|图集|图片|直播|音频|微视频|H5)\s*[:：|｜]\s*(?=\S{6})")
_TAG_TAIL = re.compile(rf"(?<=\S{{4}})(?:_[{CJK}]{{1,6}}){{2,}}$")
# 🏛️ 标题, 📌标题: pictographs an SEO page sets before its headline (with their variation selector and joiner)
_EMOJI_HEAD = re.compile("^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+" + r"\s*")


@lru_cache(maxsize=1)
def _publication_head() -> re.Pattern[str]:
    """A medium of resources/publications.txt and a template's dash (en dash or hyphen) set apart by spaces."""
    names = alternation(word_list("publications.txt"))
    return re.compile(rf"^(?:{names})\s+[–-]\s+(?=\S{{6,}})")  # (旗帜 —— 追记…: a headline's own dash)


def _own_opening_behind(s: str) -> str:
    """某某市创新…打造过硬队伍某某: the site's place name glued behind the headline that opens with it
    and its level word (its separator lost with the page's <title>; 党建引领… …反哺党建 is no place)."""
    for n in range(5, 1, -1):
        if len(s) >= 12 + n and s[n] in "省市县区州盟旗" and s.endswith(s[:n]) and all(is_cjk(c) for c in s[:n]):
            return s[:-n]
    return s


_BUTTON_TAIL = re.compile(r"\s*[\[【](?P<label>[^\]】]{2,6})[\]】]$")
_FILE_EXT = re.compile(r"\.(?:docx?|pdf|pptx?|wps|xlsx?|txt)$", re.IGNORECASE)
_KIND_LABEL = re.compile(rf"^(?P<kind>[{CJK}]{{0,4}}(?:报告|通知|方案|意见|办法|讲话|发言|总结|材料|心得体会|经验交流))\s*[:：]\s*")
# 杂谈 标题, 时评:标题: the kind of commentary the page files it under, set apart before the headline
_COMMENTARY_LABEL = re.compile(rf"^(?:(?:杂谈|漫谈|时评|短评|随笔|札记|杂文|快评|微评|锐评|热评|社评|评论)(?:\s*[:：]\s*|\s+)"
                                rf"|[{CJK}]{{1,4}}(?:时评|短评|快评|锐评|热评|社评)\s*[:：]\s*)(?=\S{{6,}})")  # (某某时评: with its colon;
# 全省网络短评 征文…: a contest's subject, set off by a space)
_NUMERALS = "零〇一二两三四五六七八九十百千"
# 某某新语·第十三期: a column's name and its issue before the headline
_COLUMN_ISSUE = re.compile(rf"^(?P<column>[{CJK}]{{2,8}})\s*[·•]\s*第[\d一二三四五六七八九十百]{{1,4}}期\s*[:：]\s*(?=\S{{4,}})")
# (附全文), （组图）: what the page attaches, noted behind one copy of the headline
_ATTACHED = re.compile(r"\s*[(（](?:附?全文|附件|[组多]?图|附图|附?视频|附解读)[)）]$")
# -某某网, _某某频道: the site's name closing the page's own title (its <title>)
_SITE_TAIL = re.compile(rf"\s*(?:-|_|——|—|\|)\s*(?:[{CJK}A-Za-z]{{2,10}}(?:网|网站|频道|客户端|(?:官方|官网|网站|网)首页)|[{CJK}]{{1,6}}\d{{2,6}}[a-z]{{1,4}})$"  # (-某讯600cc: a betting site's brand; -某某官方首页: a site's home page, often a betting brand's)
                        r"|\s+(?:世界|今日|环球|全球|最新|热门|天天|每日|当前|实时)[观快速热时短看聚精]{0,2}"
                        r"(?:热点|焦点|资讯|快讯|头条|要闻|看点|热议|播报|讯|闻|最新)$"  # … 全球热点, … 环球观速讯: an aggregator's channel
                        r"|(?<=[\u4e00-\u9fff])人民资讯$")  # …调整人民资讯: the news app's brand glued on (not 入驻百家号: a headline's object)
# …(干部状态新观察), …(人民眼·某某), …(在某某指引下——某某系列): a paper's column or series after its headline
_COLUMN_MARK = re.compile(rf"(?<=\S)\s*[(（\[【](?:延伸阅读|深度关注|人民眼光|记者调查|[{CJK}]{{0,6}}(?:观察|时评|视点|聚焦)"
                          rf"|人民眼\s*[·•?？]\s*[{CJK}]{{2,16}}|(?![^()（）]*\d)[^()（）\[\]【】]{{4,40}}——[^()（）\[\]【】]{{4,20}})[)）\]】]$")  # (no (2023——2027年); [某某时评] too)
# …标题 本文关键词:甲,乙 / 本文简介:…: a document site's labels glued behind the headline
_DOC_SITE_LABELS = re.compile(r"\s+本文(?:关键词|简介|摘要|标签)\s*[:：].*$")
_AGENCY = rf"[(（][{CJK}]{{2,6}}[)）]"  # 某某摄(人民视觉), 某某摄（影像中国）: the photo agency that sells the picture
# A photo's caption, closed by its photographer's credit (…巡查。新华社记者 某某 摄, …听课。 某某 摄),
# or placing the people in the picture (某某(左二)与某某…) or crediting who gave it ((受访者供图);
# …。本报资料图片, …。本报记者 with the name on the next line).
_CAPTION = re.compile(rf"(?:(?:记者|通讯员|摄影)\s*[{CJK}·?]{{2,8}}|[。！]\s*[{CJK}]{{2,4}})(?:\s+[{CJK}]{{2,4}})*\s*摄\s*(?:[)）]|{_AGENCY}|[/／][{CJK}]{{2,6}})?\s*$"
                      rf"|[(（](?:前排|后排|中排)?[左右][一二三四五六七八九十\d]?[)）]|[(（][{CJK}]{{0,12}}供图[)）]\s*$"
                      r"|[。！]\s*(?:本报|本刊|新华社)?(?:记者|资料图片|资料照片|资料图|供图)\s*$"  # …述职。本报资料图片
                      r"|[。！]\s*[(（]\s*(?:本报|本刊|新华社)?(?:资料图片|资料照片|资料图|供图)\s*[)）]\s*$"  # …新貌。(资料图片): the label bracketed
                      rf"|[。！]\s*(?:通讯员|记者)?\s*[{CJK}]{{0,4}}\s*供图\s*$"  # …大讲堂”。通讯员 供图
                      rf"|^[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s+摄$"  # the credit's names on their own line
                      rf"|^[{CJK}]{{2,10}}\s*供图$"  # 视觉中国供图: the picture agency's credit alone
                      rf"|\S\s+[{CJK}]{{2,3}}(?<![拍编])摄$"  # 某镇党建服务中心 王建摄: what the photo shows, its photographer glued to 摄
                      rf"|[。！]\s*[{CJK}]{{1,4}}社发\s*$")  # …在群众家中(资料照片)。新华社发: the agency released the photo
# A line that is only an institution's name (中共某某州委组织部): the site's masthead, never a headline.
_INSTITUTION = re.compile(rf"^(?:中共)?[{CJK}]{{2,16}}(?:委员会|组织部|宣传部|人民政府|办公室|办事处|管委会|党工委|党委|纪委|[省市县区州旗]委)"
                          rf"(?:\s+[{CJK}]{{2,16}}(?:委员会|人民政府|政府|办公室|办事处|管委会|镇|乡|街道|部|局|厅)"
                          rf"|、[{CJK}]{{0,16}}(?:委员会|人民政府|政府|办公室|办事处|管委会))?$")  # two issuers side by side (某街道党工委、办事处)
# A document's number (某委发〔2017〕14号) or a newspaper's page label (第05版): never a headline.
_DOC_NUMBER = re.compile(rf"^[{CJK}]{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]\s*\d+\s*号")
_PAGE_LABEL = re.compile(r"^(?:(?:当前|本)版\s*[:：]?\s*)?第?\s*(?:[A-Z]?\d+|[一二三四五六七八九十]{1,3})\s*版|^(?:内容)?(?:摘要|简介|提要|导读)(?:简介)?\s*[:：]?$")  # 第05版, 第C02版, 当前版:03版, 摘要简介
_LINK_LABELS = re.compile(r"\S{1,16}(?:\s+\S{1,16}){2,}")  # three or more labels set apart by spaces: a row of links
_EPAPER_PAGE = re.compile(r"^第\s*(?:[A-Z]?\d+|[一二三四五六七八九十]{1,3})\s*版\s*[:：]")  # 第01版:头版: an e-paper's page
_TABLE_BAR = re.compile(r"\s*[|｜]\s*$")  # 标题 |: a table's cell, closed by its bar
# Two short parallel phrases split by a space (晋升有渠道 报酬有增长): a kicker or a subtitle
_PAIRED_PHRASES = re.compile(rf"^[{CJK}“”]{{2,8}}\s+[{CJK}“”]{{2,8}}$")
_SPACED_RUN = re.compile(rf"^[{CJK}“”]{{2,8}}(?:\s+[{CJK}“”]{{2,8}}){{2,3}}$")  # three or four phrases set apart by spaces
# 新华社北京6月6日电 题:…: the agency's lead names the headline
_LEAD_TITLE = re.compile(r"电\s*题\s*[:：]\s*(?P<title>.{6,80})$")


# ——写在某某获评先进集体之际: the occasion a feature is written for, under or over its headline
_DEDICATION = re.compile(r"^[—\-─]*\s*写在.{2,40}(?:之际|前夕|之时)$")
# 某某新闻-某某网站: a page title naming only the site (its brand twice), no headline
_SITE_ONLY = re.compile(rf"^(?P<brand>[{CJK}A-Za-z]{{2,4}})[{CJK}]{{0,4}}\s*[-_|—]+\s*(?P=brand)[{CJK}A-Za-z]{{0,6}}(?:网|网站|官网)$"
                        rf"|^[{CJK}A-Za-z]{{2,5}}(?:网|网站)\s*(?:-+|—+|_|\|)\s*[{CJK}A-Za-z]{{2,16}}(?:网|网站|官网)$")  # 某搜网--中国某某信息网 (a brand, not 织密监督网-…)
# A telephone number or where to call or write (预约咨询: 0771-…, 微信:): page furniture, never a headline.
_CONTACT = re.compile(r"(?<!\d)(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9})(?!\d)|(?:微信号?|QQ|电话|热线)\s*[:：]|发送短信\S{0,12}到\s*\d{5,}"
                      r"|[\w.-]+@[\w-]+\.[A-Za-z.]{2,}")  # (投稿邮箱:某某@126.com: where to send stories)


# 时政要闻, 本地新闻: a channel's name over its articles, no headline
_CHANNEL_NAMES = "要闻|新闻|动态|资讯|快讯|头条|专题|专栏"
_CHANNEL = re.compile(rf"[{CJK}]{{0,4}}(?:{_CHANNEL_NAMES})")
# 编者的话, 编者按, 编后: the label of an editor's note, alone on its line, over the note: no headline
_EDITORS_NOTE = re.compile(r"(?:编者按语?|编者的话|编后语?|编后记)\s*[:：]?")


def _editors_note_label(s: str) -> bool:
    return s.startswith("编") and bool(_EDITORS_NOTE.fullmatch(s.strip()))


# 问:…? / 答:…: a question-and-answer page's items; 温馨提示:…, 免责声明:…: a site's notice to its readers; 文/某某:
# a credit; “某某,某某?”: a speech quoted on its own line, longer than a headline's quoted words (“用心感悟农村,驻村才有收获!”)
_NOT_A_HEADLINE = re.compile(r"^(?:问|答|Q|A|引言|前言|导言|结语|结束语|温馨提示|友情提示|特别提示|免责声明)\s*[:：]|^(?:文|图|文图)\s*[|｜/／]\s*\S|.{0,12}?(?:图片来源|图片来自)\s*[:：]|^(?=.{25})“[^”]*[,，][^”]*[。！？!?…]”?$")
# 撰文、摄影/某某单位, 采写/某某 某某: a credit, roles joined by 、 (or a writing role no headline opens with)
# before a slash and a unit or people's names; not 图片/某某精彩瞬间, 摄影/秋日田园美如画, whose words after
# a single role's slash are a headline's
_CREDIT_ROLE_WORD = "(?:撰文|摄影|采写|文字|图片|视频|制图)"
_JOINED_CREDIT = re.compile(rf"^(?:{_CREDIT_ROLE_WORD}(?:、{_CREDIT_ROLE_WORD})+|采写|撰文)\s*[|｜/／]\s*"
                            rf"(?:(?:中共)?[{CJK}]{{2,16}}?(?:委员会|组织部|宣传部|融媒体中心|新闻中心|中心|委|部|局|办公室|办|厅|报社|报|网|台|站|政府)"
                            rf"|[{CJK}]{{2,3}}(?:[\s、]+[{CJK}]{{2,3}})*)\s*$")


# 5月6日,在…中,某市首个: a lead's day and two clauses, cut by the page's line, no headline (5月6日,某县召开…
# is one), nor is a day with its year or its hour before a comma; 栏目:本期策划: a column's label over the headline
_COLUMN_LABEL = re.compile(r"^\s*栏目\s*[:：]")
_CREDIT_ROLE = "(?:图|摄影|摄|文|图文|文图|文/图|图/文|视频|制图|采访|撰文|采写|文字)"
_CREDIT_NAMES = rf"\s*{_CREDIT_ROLE}\s*[/／:：|｜]\s*[{CJK}·]{{2,4}}(?:\s+[{CJK}·]{{2,4}})*"
_CREDIT = re.compile(rf"(?:{_CREDIT_NAMES})+\s*"  # (摄影/某某 某某 采访/某某: two credits on one line)
                     rf"|\s*[{CJK}·]{{2,4}}\s*[/／]\s*(?:绘|图|摄|漫画)\s*")  # 图/某某, 某某/绘: who took the picture or drew it
# 干部监督系列报道之二 over the headline: the series, not the headline
_SERIES_LABEL = re.compile(rf"[{CJK}]{{2,16}}系列(?:报道|评论|谈|述评|访谈)之[一二三四五六七八九十\d]{{1,3}}")
_HOURS = "上午|下午|晚上|早上|中午|凌晨|傍晚|夜间|晚间|晚"
_DAY_THEN_COMMA = re.compile(r"^\S{0,4}\s*\d{1,2}月\d{1,2}日\s*[,，][^,，。]{2,}[,，]"
                             rf"|^\S{{0,4}}\s*(?:(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}月\d{{1,2}}日(?={_HOURS}))"
                             rf"(?:{_HOURS})?\s*[,，]")  # 2017年4月13日上午,某镇…: the day and hour open a report


def _table_row(s: str) -> bool:
    """职务 姓名 学历 出生年月: a table's column labels (resources/table_header_words.txt); 某某区委常委 某某
    硕士 1975.2 36岁: one of its rows, a birth month or an age among four or more cells."""
    cells = s.split()
    if len(cells) >= 3 and all(c in word_set("table_header_words.txt") for c in cells):
        return True
    return len(cells) >= 4 and any(_BIRTH_OR_AGE.fullmatch(c) for c in cells)


_BIRTH_OR_AGE = re.compile(r"(?:19|20)\d\d[.．/-]\d{1,2}|\d{2}岁")


def _candidate(line: Line) -> bool:
    s = line.text
    bare = s.lstrip(BULLETS).strip()  # (□某某市某某委员会办公室: a journal's line of the writers' unit, behind a box)
    return (line.kind == "text" and is_headline_like(s) and not _NUMBERED.match(s)
            and not s.startswith(("—", "-", "─")) and person_names(s) is None and not _CONTACT.search(s)
            and not (_INSTITUTION.match(bare) and not ISSUED_TITLE.match(bare))  # (某某办公室关于…的通报 is a headline)
            and not _CAPTION.search(s) and not parse_lead(s)  # 某报讯(记者 某某)
            and not (_DOC_NUMBER.match(s) and "《" not in s) and not _PAGE_LABEL.match(s) and not _DEDICATION.match(s)
            and not s.startswith("图为")  # 图为…现场: a photo's caption
            and not _SITE_ONLY.match(s) and not _NOT_A_HEADLINE.match(s) and not _JOINED_CREDIT.match(s) and not proper_names_only(s)
            and not _CHANNEL.fullmatch(s) and not _DAY_THEN_COMMA.match(s) and not _COLUMN_LABEL.match(s)
            and not _CREDIT.fullmatch(s) and not _table_row(s) and not _SERIES_LABEL.fullmatch(s)
            and not _editors_note_label(s) and not _posts_byline(s) and not _pen_name(s) and not _ADVERT_BRAND.match(s)
            and not _DISPATCH_ALONE.fullmatch(bare))


# (据)新华社北京7月4日电, 本报北京7月4日电 alone on its line: a dated dispatch whose report the next line holds
# (a page's first line split at the space before 日前/近日), never a headline
_DISPATCH_ALONE = re.compile(rf"(?:据\s*)?(?:本[报刊网台]|[{CJK}]{{2,12}}?(?:社|网|报|台|在线))[{CJK}]{{0,8}}?"
                             r"(?:\d{1,2}月)?\d{1,2}日专?电")


# 某某银行, 某某保险, 某某集团: a firm's name alone on its line, an advert's banner over the page, never a headline
# (a headline of eight characters and more ending on its firm, 奋力建设人民满意银行, 党建引领打造一流银行: the
# firm's name is short and holds no headline's verb)
_ADVERT_BRAND = re.compile(rf"^\s*(?!\S*(?:打造|争创|争做|激活|引领|助力|奋力|赋能|护航|做强|做优|做大|建好|办好|当好|满意|一流))"
                           rf"[{CJK}A-Za-z]{{2,6}}(?:银行|保险|证券|集团|(?:股份)?有限公司)\s*$")


# ◎某某: the mark a paper sets before its writer's name (a pen name too: no family name), alone on its line
_MARKED_NAME = re.compile(rf"^\s*◎\s*(?P<name>[{CJK}]{{2,4}})\s*$")


def _pen_name(s: str) -> list[str] | None:
    """◎某某 in the header: the writer, however the name reads (◎导读, ◎前言: a label's word, no name)."""
    m = _MARKED_NAME.match(s)
    if not m:
        return None
    name = m["name"]  # (phrase_not_name refuses a plain word, ◎导读, as well as a phrase; _personal the site's staff, ◎小编)
    return [name] if not phrase_not_name(name) and not is_general_word(name) and _personal(name) and _reads_as_a_name(name) else None


def _reads_as_a_name(name: str) -> bool:
    """A person's name (a family name first), or a pen name of three characters the segmenter leaves whole:
    ◎快评, ◎数读 (two characters, no family name), ◎组工君 (组工|君), ◎某地之窗, ◎村官手记 are a column's labels."""
    return is_person_name(name) or len(name) == 3 and len(get_segmenter().cut(name)) == 1


# “有没有…问题?” / “没有。…”: lines of speech, each wholly quoted and closed by its own stop inside the
# quote, one after another: a dialogue (a quoted saying alone over the text may be the headline)
_SPOKEN = re.compile(r"“[^“”]{4,}[。？！?!…]”")


def _in_dialogue(lines: list[Line], k: int) -> bool:
    """The line and the two after it each a line of speech (a quoted saying over a quoted lead stays a headline)."""
    after = [ln for ln in lines[k + 1:] if ln.text.strip()][:2]
    return len(after) == 2 and all(_SPOKEN.fullmatch(ln.text.strip()) for ln in [lines[k]] + after)


# 10.15 万名…, 01.05 号文件: a decimal or a number printed with a space before its unit, no month and day
_AFTER_A_DECIMAL = "万|亿|千|名|号|元|个|项|件|户|批|届|期|版|人次"
# 06.21 标题, 11-03 标题: the month and day a column's list prints before each headline, set apart by a space
_DAY_STAMP_HEAD = re.compile(rf"^(?:0[1-9]|1[0-2])[.．/-](?:0[1-9]|[12]\d|3[01])\s+(?!{_AFTER_A_DECIMAL})(?=[{CJK}“][^。，,;；]{{5,}}$)")
_LISTED_HEADLINE = re.compile(rf"^\s*\d{{1,2}}[.．]\s+(?=[{CJK}“][^。，,;；]{{5,40}}$)")


# …(新春走基层): a newspaper's column tag closing a headline (not (征求意见稿), (试行), (2019年修订))
_COLUMN_TAG = re.compile(rf"[(（](?!征求意见稿|送审稿|讨论稿|修订草案|修正草案|第[一二三四五六七八九十]+部分|全文|实录|节选|摘编|摘要)[{CJK}]{{4,10}}[)）]$")


def _choose_title(zone: list[Line], after: str = "") -> int | None:
    """Index in the header zone of the headline: a headline glued to a 来源 line, else the one
    nearest above the first dateline/byline (or the first after it), else see below.  ``after`` is
    the text's first paragraph, under the zone."""
    for k, ln in enumerate(zone):
        if any(key == "headline" for key, _ in ln.meta):
            return k
    cands = [k for k, ln in enumerate(zone) if _candidate(ln) and not _listed(zone, k)]
    squeezed = _squeezed_copies(zone, cands, after)
    cands = [k for k in cands if k not in squeezed]
    page = next((k for k, ln in enumerate(zone) if ln.kind == "meta" and _EPAPER_PAGE.match(ln.text.strip())), None)
    if page is not None and any(k > page for k in cands) and all(_LINK_LABELS.fullmatch(zone[k].text.strip()) for k in cands if k < page):
        cands = [k for k in cands if k > page]  # 某某窗口 某某平台 / 第01版:头版 / 标题: an e-paper's links over its page
    if len(cands) >= 2 and cands[1] == cands[0] + 1 and [k for k in cands[:2] if _COLUMN_TAG.search(zone[k].text)] == [cands[1]]:
        return cands[1]  # a kicker over the headline that carries the column's tag (…(新春走基层))
    # (the page's today, 2024年11月24日 / 星期日, is no article's dateline where the article has one)
    headers = [k for k, ln in enumerate(zone) if _is_header_meta(ln)]
    dated = [k for k in headers if any(key == "date" for key, _ in zone[k].meta)]
    # (a line naming only the site that posts the page, under nothing but the site's brand and over a
    # headline with its own dated line: no dateline)
    headers = [k for k in headers if not (dated and _poster_under_brand(zone, k, cands, dated[-1]))]
    calendars = _calendars(zone)
    meta = next((k for k in headers if k not in calendars), headers[0] if headers else None)
    if meta is not None:
        # A subtitle between headline and dateline reads as a run of clauses (…,…,…); one comma
        # is a headline's (争先创优我先行,擂台比武见真章).
        above = [k for k in cands if k < meta]
        # (a headline of clauses with no candidate in the two lines over it: no headline's subtitle)
        plain = [k for k in above if _commas(zone[k].text) < 2 or not {k - 1, k - 2} & set(above)]
        cells = {k: _TABLE_BAR.sub("", zone[k].text) for k in plain}
        if len(plain) >= 2 and plain[-2] == plain[-1] - 1 and _PAIRED_PHRASES.match(cells[plain[-1]]) \
                and not _PAIRED_PHRASES.match(cells[plain[-2]]) and cjk_count(cells[plain[-2]]) >= cjk_count(cells[plain[-1]]):
            return plain[-2]  # the headline over its subtitle (a kicker above the headline stays a kicker; a
            # site's Latin name, 某某 ABOUT US, is no headline however long)
        if len(plain) >= 2 and plain[-2] == plain[-1] - 1 and _labelled_subtitle(cells[plain[-2]], cells[plain[-1]]):
            return plain[-2]  # 某省为某地培训干部 / 深度关注:甲,乙: the headline over its subtitle, a column's label opening it
        if len(plain) >= 2 and plain[-2] == plain[-1] - 1 and _acts_of_people(zone[plain[-1]].text):
            return plain[-2]  # 全市某会议召开 / 某某作出批示 某某讲话: the headline over its subtitle of who did what
        if len(plain) >= 2 and plain[-2] == plain[-1] - 1 and _asks(zone[plain[-2]].text) and len(zone[plain[-2]].text) >= 10 \
                and not _asks(zone[plain[-1]].text) and len(zone[plain[-1]].text) >= len(zone[plain[-2]].text):
            return plain[-2]  # a headline's question over a statement as long: its dek (a kicker's question is short)
        if len(plain) >= 2 and plain[-2] == plain[-1] - 1 and _figure_subtitle(cells[plain[-2]], cells[plain[-1]]):
            return plain[-2]  # 某省首次开展某工作 / 93名干部奔赴新岗位: the place's headline over its subtitle of a figure
        if len(plain) >= 2 and plain[-2] == plain[-1] - 1 == meta - 2 and _dek_under(cells[plain[-2]], cells[plain[-1]]):
            return plain[-2]  # 某县选派干部驻村 / 一年来,某村变了样 / dateline: the headline over its dek of clauses
        if not above and meta and _LISTED_HEADLINE.match(zone[meta - 1].text) and zone[meta - 1].kind == "text":
            return meta - 1  # 1. 标题 / 2019-08-02 来源:… 作者:…: a list page's numbered headline over its fields
        below = _over_body(zone, cands, meta)
        if below is not None and above and _SPACED_RUN.match(zone[above[-1]].text.strip()) \
                and " " not in zone[below].text.strip() and len(zone[below].text.strip()) > len(zone[above[-1]].text.strip()):
            return below  # 学习甲 争当甲 赶超甲 / 时间:… / 标题 / 作者:…: a kicker's run of phrases over the dateline
        if below is not None and (not above or not _next_to(zone, above[-1], meta) or _is_page_title(zone[above[-1]])):
            return below  # opening hours or the page's own title (…_某某网) above, the headline between dateline and body
        if above:
            k = (plain or above)[-1]
            if _quoted(zone[k].text) and k - 1 in cands:
                return k - 1  # “…”: a pull quote under the headline
            # the page's title over the dateline, its headline again just over the body
            # (or the series label over the dateline, the headline under it with the label before a bar:
            # 某某系列 / 日期 / 某某系列|标题)
            return next((c for c in reversed(cands) if c > meta and (_same_headline(zone[c].text, zone[k].text)
                                                                     or _labelled_by(zone[c].text, zone[k].text)
                                                                     or _reworded(zone[c].text, zone[k].text)
                                                                     or _tail_added(zone[c].text, zone[k].text)
                                                                     or _subtitle_set_under(zone, c, k)
                                                                     or _told_more(zone[c].text, zone[k].text))), k)
        after = [k for k in cands if k > meta]
        if len(after) >= 2 and after[1] == after[0] + 1 and _SPACED_RUN.match(zone[after[0]].text.strip()) \
                and not _SPACED_RUN.match(zone[after[1]].text.strip()):
            return after[1]  # 甲乙丙丁 戊己庚辛 壬癸子丑 / 标题: a kicker's run of phrases over the headline
        if len(after) >= 2 and after[1] == after[0] + 1 and _place_line(zone[after[0]].text):
            return after[1]  # 日期 / 某某县某某镇 / 标题: where the story is from, a kicker over the headline under the dateline
        return next(iter(after), None)
    # A headline printed twice (page title, then article headline): the copy above the body.
    texts = [clean_title(zone[k].text) for k in cands]
    times = Counter(texts)
    repeated = [k for k, t in zip(cands, texts) if times[t] > 1]
    repeated += [k for (j, a), (k, b) in pairwise(zip(cands, texts)) if k == j + 1 and _reworded(a, b)]
    # (its first copy broken over two lines, 2012某省…考核评 / 价办法实施细则, the whole one under them)
    whole = _whole_copy_under(cands, texts)
    repeated += [] if whole is None else [whole]
    if repeated or not cands:
        return repeated[-1] if repeated else None
    # 某地推行某制度—— / 主标题: a lead-in closed by a dash stands over the headline it opens; so does
    # a kicker that reports who said or asked it (某某在某会上提出 / 主标题, 某部通知要求… / 主标题)
    kicker = _lead_in(zone[cands[0]]) or _SAID.search(zone[cands[0]].text) or _place_line(zone[cands[0]].text)
    if len(cands) == 2 and cands[1] == cands[0] + 1 == len(zone) - 1 \
            and (kind := _NOTICE_KIND.search(zone[cands[1]].text)) and zone[cands[0]].text.rstrip().endswith(kind.group()):
        return cands[1]  # 某市某县招聘30人公告 / 某县公开招聘公告: a site's headline over the notice's own title
    return cands[0] + 1 if kicker and cands[0] + 1 in cands else cands[0]


_NOTICE_KIND = re.compile(r"(?:公告|通知|公示|通报|决定|简章|启事)$")


def _whole_copy_under(cands: list[int], texts: list[str]) -> int | None:
    """The candidate under two adjacent ones that is their headline whole (2012某省…考核评 / 价办法实施细则
    over 2012某省…考核评价办法实施细则, ``_reworded``): of the last such pair, the last copy.

    A list page holds thousands of candidates: instead of trying every pair against every line under it,
    only the lines an index offers are tried, and it offers every line ``_reworded`` can take: a copy of
    ten characters or more, its length within six of the pair's, either holds every character of the
    shorter of the two (so the shorter one's rarest character) or, as long, differs from it in two places
    at most (so one of its thirds is the same, at the same place)."""
    flat = [without_spaces(t) for t in texts]
    lengths = {len(s) for s in flat if len(s) >= 10}
    pairs = [n for n in reversed(range(len(cands) - 1)) if cands[n + 1] == cands[n] + 1  # (the last pair first)
             and any(size in lengths for size in range(len(flat[n]) + len(flat[n + 1]) - 6, len(flat[n]) + len(flat[n + 1]) + 7))]
    if not pairs:
        return None  # (no line as long as a pair, within six: a list of headlines, every pair twice as long)
    seen = Counter(ch for s in flat for ch in set(s))  # (in how many lines each character stands)
    rank = {ch: n for n, ch in enumerate(sorted(seen, key=lambda ch: (seen[ch], ch)))}  # (the rarest first)

    def rarest(s: str) -> str:
        return min(set(s), key=rank.__getitem__)
    holding: dict[tuple[str, int], list[int]] = {}  # (character, length): the lines holding it
    by_rarest: dict[str, dict[int, list[int]]] = {}  # rarest character: length: the lines
    by_third: dict[tuple[int, int, str], list[int]] = {}  # (length, which third, its text): the lines
    for n, s in enumerate(flat):
        if len(s) < 10:
            continue  # (_reworded takes no copy shorter than ten characters)
        for ch in set(s):
            holding.setdefault((ch, len(s)), []).append(n)
        by_rarest.setdefault(rarest(s), {}).setdefault(len(s), []).append(n)
        for third in range(3):
            by_third.setdefault((len(s), third, _third(s, third)), []).append(n)
    for n in pairs:
        pair = flat[n] + flat[n + 1]  # (without_spaces(a + b))
        rare = rarest(pair)
        offered = {m for size in range(len(pair), len(pair) + 7) for m in holding.get((rare, size), ())}
        offered.update(m for ch in set(pair) if ch in by_rarest for size, lines in by_rarest[ch].items()
                       if len(pair) - 6 <= size <= len(pair) for m in lines)
        offered.update(m for third in range(3) for m in by_third.get((len(pair), third, _third(pair, third)), ()))
        found = next((m for m in sorted(offered, reverse=True) if m > n + 1 and _reworded(pair, flat[m])), None)
        if found is not None:
            return cands[found]
    return None


def _third(s: str, which: int) -> str:
    return s[len(s) * which // 3:len(s) * (which + 1) // 3]


def _poster_under_brand(zone: list[Line], k: int, cands: list[int], dated: int) -> bool:
    """某某日报网 / 某某日报 / 标题 / 2015-02-09 来源:…: the line naming only the site that posts the page,
    nothing headline-like over it but the site's own name (a headline over the poster's line keeps it
    the dateline: 标题 / 某某日报 / 栏目 / 2023-06-01)."""
    posters = [v for key, v in zone[k].meta if key == "posted_by"]
    if len(posters) != len(zone[k].meta) or not posters or dated <= k:
        return False
    return all(zone[c].text.strip().startswith(posters[0]) for c in cands if c < k)


def _squeezed_copies(zone: list[Line], cands: list[int], after: str) -> set[int]:
    """某地干部达名记者某某记者从某省 over 某地干部达7490名 / 本报讯(记者 某某)…记者从某省…: a title the site
    made of the first characters of the headline and the text under it, its digits and stops dropped
    (some words too): the headline is the copy under it.  (Each candidate looks only at the candidates
    under it that open with its first six characters, and finds its characters in order by look-ups:
    a list page holds thousands of candidates.)"""
    lowers = {d: cjk_only(zone[d].text) for d in cands}
    opening: dict[str, list[int]] = {}  # the first six characters of a candidate: the candidates, in order
    for d in cands:
        if len(lowers[d]) >= 6:
            opening.setdefault(lowers[d][:6], []).append(d)
    out: set[int] = set()
    places: dict[str, list[int]] | None = None
    starts: list[int] = []  # (where each line's characters begin among them)
    for k in cands:
        upper = zone[k].text.strip()
        if not upper or cjk_only(upper) != upper:
            continue
        d = next((d for d in opening.get(upper[:6], ()) if d > k and len(upper) > len(lowers[d]) + 2
                  and _DROPPED_INSIDE.search(zone[d].text)), None)  # (a copy cut short, 某某开展培训..., drops nothing inside)
        if d is None:
            continue
        if places is None:  # (where each character stands in the zone's characters and the text's, once)
            pieces = [cjk_only(ln.text) for ln in zone]
            starts, places = list(accumulate(map(len, pieces), initial=0)), {}
            for at, ch in enumerate("".join(pieces) + cjk_only(after)):
                places.setdefault(ch, []).append(at)
        if _in_order(upper, places, starts[d]):  # (every character of it, in order, in the headline and the text)
            out.add(k)
    return out


def _in_order(s: str, places: dict[str, list[int]], at: int) -> bool:
    """Every character of ``s`` stands, in order, at or after ``at`` (``places``: each character's positions)."""
    for ch in s:
        spots = places.get(ch, ())
        n = bisect_left(spots, at)
        if n == len(spots):
            return False
        at = spots[n] + 1
    return True


_DROPPED_INSIDE = re.compile(rf"[{CJK}][^{CJK}.…]+[{CJK}]")  # 达7490名, 新时代 最美: digits, stops or a space between characters


_PERSON_ACT = re.compile(rf"(?P<name>[{CJK}]{{2,4}}?)(?:作出批示|作批示|批示|出席并讲话|出席|讲话|致辞|主持)")


_COMMA_OR_SPACE = re.compile(r"[,，\s]")


def _commas(s: str) -> int:
    """How many commas, half- or full-width (``len(re.findall("[,，]", s))``)."""
    return s.count(",") + s.count("，")


def _dek_under(upper: str, lower: str) -> bool:
    """A short headline of one clause over a longer line of clauses: the lower is its dek."""
    return not _COMMA_OR_SPACE.search(upper) and _commas(lower) == 1 and len(lower) >= len(upper) + 5 \
        and ":" not in lower and "：" not in lower and not _CHANNEL_WORD.search(upper) and bool(_ACTOR.search(upper))
    # (专题频道 over 某镇:甲,乙: a channel's label; 主题教育进行时, 一线调研: a column's, no actor)


_ACTOR = re.compile("[省市县区镇乡村州旗部委局厅]")


# 深度关注:, 基层观察:, 聚焦:: a paper's column, named with a colon before the line it labels
_COLUMN_COLON = re.compile(rf"^(?:深度关注|延伸阅读|人民眼光|记者调查|[{CJK}]{{0,4}}(?:观察|视点|聚焦|关注))\s*[:：](?=\S{{6}})")
# 新疆为…, 青禾县为…, 中共某某市委…: a headline that opens with the place it is news of (a province's short
# name, or a name closed by its level word); 学习贯彻省…, 乡村振兴…, 全省组织系统…: a kicker's phrase
_LEAD_PLACE = re.compile(rf"^(?:中共)?(?P<name>[{CJK}]{{2,6}}?)(?:省|自治区|市|州|县|区|旗|镇|乡|村)(?!级)")
_PROVINCE_SHORT = word_set("province_short_names.txt")


def _labelled_subtitle(upper: str, lower: str) -> bool:
    """某省为某地培训干部 over 深度关注:甲,乙: a subtitle in two clauses, its column's label before it, under
    a headline that opens with a place (a kicker of phrases over a labelled headline, 乡村振兴进行时 /
    记者调查:…, keeps the labelled line the headline)."""
    return bool(_COLUMN_COLON.match(lower)) and _commas(lower) >= 1 and not _COLUMN_COLON.match(upper) \
        and not _commas(upper) and _opens_with_place(upper)


# 93名…, 3000余个…, 12项…: a line opening with a count of people or things
_FIGURE_OPENING = re.compile(r"^\s*\d+(?:\.\d+)?[余多]?(?:万|千)?(?:名|个|位|项|批|人|家|户|支|件|条)")


def _figure_subtitle(upper: str, lower: str) -> bool:
    """A headline opening with its place, of one clause, over a shorter line opening with a count: the
    subtitle giving the figure (a kicker of phrases over a counted headline keeps the counted line)."""
    return bool(_FIGURE_OPENING.match(lower)) and not _FIGURE_OPENING.match(upper) and _opens_with_place(upper) \
        and not _COMMA_OR_SPACE.search(upper.strip()) and cjk_count(upper) > cjk_count(lower) and ":" not in upper and "：" not in upper


def _opens_with_place(s: str) -> bool:
    """The line opens with a place's name: a province's short name, or a name closed by its level word
    whose first word is no verb (学习贯彻省…)."""
    s = s.strip()
    if any(s.startswith(p) for p in _PROVINCE_SHORT):
        return True
    m = _LEAD_PLACE.match(s)
    return bool(m) and not opens_a_clause(m["name"][:2])


_CHANNEL_WORD = re.compile(_CHANNEL_NAMES + "|频道|聚焦")


def _acts_of_people(s: str) -> bool:
    """某某作出批示 某某讲话: a line of people's names each with an act, a subtitle's shape."""
    parts = s.split()
    return bool(parts) and all((m := _PERSON_ACT.fullmatch(p)) and is_person_name(m["name"]) for p in parts)


_SAID = re.compile("(?:提出|指出|强调|表示|要求|认为)$|(?:通知|会议|文件|讲话|意见|负责人)(?:要求|提出|强调|指出)")


def _asks(s: str) -> bool:
    return s.rstrip("”」").endswith(("?", "？", "!", "！"))


def _listed(zone: list[Line], k: int) -> bool:
    """· 标题 with another bulleted line beside it: an item of a list (an e-paper's headlines), no headline."""
    bulleted = [j for j in (k - 1, k, k + 1) if 0 <= j < len(zone) and zone[j].text[:1] in BULLETS
                and zone[j].text[1:].strip()]  # (a bullet alone on its line, what a list's markup left, lists nothing)
    return k in bulleted and len(bulleted) >= 2


def _lead_in(line: Line) -> bool:
    """A headline's first line, closed by a dash: the headline goes on on the next line."""
    return line.kind == "text" and line.text.endswith(("——", "—")) and _candidate(line)


def _titled_without_kicker(zone: list[Line], k: int) -> bool:
    """某报点赞某地:主标题 over 某地探索某机制,激发某活力—— / 主标题: the page's own title, above, closes
    with the lower line alone; the dash-closed line over it is the kicker (引题), no part of the headline."""
    main, kicker = without_spaces(clean_title(zone[k].text)), without_spaces(clean_title(zone[k - 1].text.rstrip("—")))
    return len(main) >= 4 and any(  # (not a copy of the two lines above: 引题—— / 主标题 printed twice)
        ln.kind == "text" and (t := without_spaces(clean_title(ln.text))).endswith(main) and kicker not in t
        and not (i and _lead_in(zone[i - 1])) for i, ln in enumerate(zone[:k - 1]))


def _same_headline(a: str, b: str) -> bool:
    """One headline: the same, or one is the other behind a prefix (某某问题:标题, the page's own title;
    雄安新区… over 新区…: a place's name the copy over the body leaves out)."""
    a, b = sorted((_ATTACHED.sub("", clean_title(a)), _ATTACHED.sub("", clean_title(b))), key=len)
    return a == b or len(a) >= 6 and b.endswith(a) and (b[-len(a) - 1] in ":：|｜_-—" or len(a) >= 10 and len(b) - len(a) <= 3)


def _labelled_by(headline: str, label: str) -> bool:
    """某某系列|标题 under 某某系列: the headline behind the series label the page printed above it."""
    headline, label = headline.strip(), label.strip()
    return len(label) >= 2 and headline.startswith(label) and headline[len(label):len(label) + 1] in ("|", "｜")


def _reworded(a: str, b: str) -> bool:
    """One headline told twice on two lines, one copy without a few of the other's words (2021年某省
    某县招聘…公告 / 某县2021年招聘…公告): every character of the shorter is in the longer."""
    short, long_ = sorted((a, b), key=len)
    if a != b and len(a) == len(b) >= 10 and sum(x != y for x, y in zip(a, b)) <= 2 \
            and not any(x != y and (x.isdigit() or x in _NUMERALS) for x, y in zip(a, b)):  # (第一季度 / 第二季度: two)
        return True  # 强制休假 / 强迫休假: a word changed between the page's title and the headline
    return a != b and len(short) >= 10 and len(long_) - len(short) <= 6 and not Counter(short) - Counter(long_)


def _tail_added(headline: str, page_title: str) -> bool:
    """某某公告,选调详情速看 over the dateline, 某某公告 under it: the page's title is the headline with a
    teaser's tail after a comma or a bar (a headline of ten characters at least, a tail of twelve at most)."""
    headline, page_title = clean_title(headline), clean_title(page_title)
    return len(headline) >= 10 and page_title.startswith(headline) and page_title[len(headline):len(headline) + 1] in _TAIL_MARKS \
        and 2 <= len(page_title) - len(headline) - 1 <= 12 and bool(_TEASER.search(page_title, len(headline) + 1))


def _subtitle_set_under(zone: list[Line], c: int, k: int) -> bool:
    """标题——副题 over the dateline, 标题 / ——副题 under it: the page's title is the headline and its
    subtitle on one line; the copy over the body sets the subtitle on a line of its own (the headline is
    the line over it)."""
    under = zone[c + 1].text.strip() if c + 1 < len(zone) else ""
    if not under.startswith("—") or zone[c + 1].kind != "text":
        return False
    headline = clean_title(zone[c].text)
    return len(headline) >= 4 and without_spaces(clean_title(zone[k].text)) == without_spaces(headline + under)


_LABEL_COLON = re.compile(rf"^[{CJK}《》]{{2,8}}[:：]")  # 人民日报:, 某某观察:: a label (a paper's name) before the page's title


def _told_more(headline: str, page_title: str) -> bool:
    """某报:某地开展某活动 over the dateline, 《某报》某地开展某活动,多措并举… under it: the copy over the
    body holds the page's whole title (its label before a colon left out) and says more: it is the headline."""
    # (the copy over the body opens with the label's own words, 《某报》 or 某报, then the whole title: a
    # lead sentence, a caption or a byline after the title, 标题,某某出席并讲话 / 标题(某某 摄), is no headline)
    m = _LABEL_COLON.match(clean_title(page_title))
    if not m:
        return False
    label = without_spaces(m.group()[:-1]).strip("《》")
    short = without_spaces(clean_title(page_title)[m.end():])
    full = without_spaces(clean_title(headline))
    rest = full.removeprefix(f"《{label}》") if full.startswith(f"《{label}》") else full.removeprefix(label)
    return cjk_count(short) >= 10 and rest != full and len(rest) > len(short) and rest.startswith(short)


_TAIL_MARKS = frozenset(",，|｜_")
# 详情速看, 点击查看, 报名条件一看就懂: a teaser's words (…，某某县在行动 or …系列报道之三，某某 is the headline's own)
_TEASER = re.compile("详情|速看|速览|点击|查看|必看|快看|一看就懂|一文读懂|看这里|戳这里|速戳")


def _quoted(s: str) -> bool:
    return s.startswith("“") and s.endswith("”") and s.count("“") == 1


def _over_body(zone: list[Line], cands: list[int], meta: int) -> int | None:
    """The headline between the dateline at ``meta`` and the body: one line, or the lower of two
    (a kicker stands over the headline; a subtitle under it opens with a dash), or the upper when
    the page printed it above the dateline too (the lower is its dek)."""
    while meta + 1 < len(zone) and zone[meta + 1].kind == "meta":
        meta += 1  # (the dateline's run of metadata lines: 发布日期…, then 核心提示…)
    after = [k for k in cands if k > meta][:2]
    if not after or after != list(range(meta + 1, meta + 1 + len(after))):
        return None
    rest = zone[after[-1] + 1:]
    if not all(ln.kind == "meta" or ln.text.startswith(("—", "-", "─")) for ln in rest):
        return None
    if len(after) == 2 and any(ln.kind == "text" and _same_headline(ln.text.lstrip(BULLETS), zone[after[0]].text)
                               for ln in zone[:meta]):
        return after[0]  # the headline printed above the dateline too: the line under it is its dek
    return after[-1]


def _is_page_title(line: Line) -> bool:
    """The page's own title (某某_某某网), its site's name cut off by the repair stage."""
    return any(key == "page_title" for key, _ in line.meta)


def _next_to(zone: list[Line], k: int, meta: int) -> bool:
    """Whether only metadata or name lines, or the headline's dashed subtitle (——…) right under it,
    stand between zone[k] and the dateline at ``meta`` (a column's banner over its tagline is no headline)."""
    return all(ln.kind == "meta" or person_names(ln.text)
               or i == k + 1 and ln.text.startswith(("——", "—", "─")) and not _BANNER.search(zone[k].text)
               for i, ln in enumerate(zone[k + 1:meta], k + 1))


_BANNER = re.compile(r"专栏|专题|栏目|系列|频道|特刊|\s")  # 学习某某精神专栏, 奋进新征程 建功新时代


# 某县组织开展甲、乙 at a line's end: a list cut by the line's break, no kicker of parallel phrases (强基础、促发展)
_OPEN_LIST = re.compile(rf"^[{CJK}]{{1,8}}[省市县区镇乡村旗](?:[{CJK}]{{0,4}}(?:开展|组织|召开|举办|举行|推进|启动|完成|部署))[{CJK}]{{2,}}、[{CJK}]{{1,5}}$")


def _broken_in_list(upper: Line, lower: Line) -> bool:
    """A headline printed over two lines, broken inside a list: the upper ends with one of its items."""
    return bool(_OPEN_LIST.match(upper.text)) and len(upper.text) >= 12 and _candidate(upper) \
        and "、" not in lower.text and not re.search(r"[\s，,]", lower.text) and len(upper.text + lower.text) <= 50


# 在…中, 在…里, 在…过程中 closing a line: an adverbial frame whose verb is still to come
_OPEN_FRAME = re.compile(r"在[^，,。；;：:！？!?\s]{2,16}(?:中|里|上|下|之中|之际|期间)$")
_HEADLINE_MARKS = re.compile(r"[,，\s:：;；。！!？?“”—]")


def _broken_after_the_act(upper: Line, lower: Line) -> bool:
    """某区推出跟踪培养办法 / 激励干部担当作为: a headline printed over two lines, broken after what its place did; the
    lower line goes on with what for, a verb first and no subject of its own, shorter than the upper (a kicker over
    the headline is a phrase with no place acting: 奋进新征程 / 某县…; a subtitle opens with its own subject).  So is
    one broken after an adverbial frame whose verb is still to come (某镇在…任务中 / 磨练年轻干部)."""
    up, low = upper.text.strip(), lower.text.strip()
    if _candidate(upper) and _candidate(lower) and _OPEN_FRAME.search(up) and not _HEADLINE_MARKS.search(low) \
            and 2 <= cjk_count(low) <= 12 and not _opens_with_place(low) and not _frame_after_its_verb(up, low):
        return True  # 某镇在“防汛救灾”一线中 / 锤炼青年干部: broken after its 在…中, the act on the next line
    if not (_candidate(upper) and _candidate(lower) and _opens_with_place(up)) or _HEADLINE_MARKS.search(up + low):
        return False
    if not 4 <= cjk_count(low) <= cjk_count(up) or len(up + low) > 40 or _opens_with_place(low) \
            or _NOTICE_KIND.search(up) or any(c.isdigit() for c in low):
        return False  # (某县招聘…公告 / 报名时间延长至6月底: a notice's whole title over a dek of news)
    words = get_segmenter().cut(low)
    return bool(words) and predicate_tag(words[0]) == "v"


def _frame_after_its_verb(up: str, low: str) -> bool:
    """青春绽放在乡村振兴一线上 / 驻村干部风采录: the 在…上 follows its verb (绽放在), a complete line, and the
    lower opens with no verb of its own: a heading of its own (a column's name), not the act the frame awaits."""
    seg = get_segmenter()
    before = seg.cut(up[:_OPEN_FRAME.search(up).start()])
    if not before or predicate_tag(before[-1]) != "v":
        return False
    words = seg.cut(low)
    return not (words and predicate_tag(words[0]) == "v")


def _title_text(zone: list[Line], k: int) -> str:
    """The headline at zone[k], with the lines it continues when it was printed over several."""
    glued = [v for key, v in zone[k].meta if key == "headline"]
    if glued:
        return glued[0]
    parts, last = [zone[k].text], k
    if k >= 3 and [ln.text for ln in zone[k - 3:k - 1]] == [ln.text for ln in zone[k - 1:k + 1]] \
            and zone[k - 1].text != zone[k].text and _candidate(zone[k - 1]):
        return clean_title(zone[k - 1].text + zone[k].text)  # a headline over two lines, printed twice
    if k >= 1 and _lead_in(zone[k - 1]) and not _titled_without_kicker(zone, k):
        return clean_title(zone[k - 1].text + zone[k].text)  # 某地以某举措破解某难题—— / 主标题: one headline
    if k >= 1 and _broken_in_list(zone[k - 1], zone[k]):
        return clean_title(zone[k - 1].text + zone[k].text)  # 某县组织开展甲、乙 / 丙活动: one headline
    if k >= 1 and _broken_after_the_act(zone[k - 1], zone[k]):
        return clean_title(zone[k - 1].text + zone[k].text)  # 某区建立某机制 / 激励干部担当作为: one headline
    # 中共某某市委办公室 / 印发《…》的通知: an issuer's name opens a headline printed over two lines
    # (关于…的实施办法 complete on its line under two issuers stands alone: they are a joint masthead)
    joint = DOCUMENT_TITLE.match(parts[0]) and k > 1 and all(_INSTITUTION.match(ln.text) for ln in zone[k - 2:k])
    while _CONTINUES.match(parts[0]) and not joint and k > 0 \
            and (_candidate(zone[k - 1]) and len(zone[k - 1].text) > 4 or _INSTITUTION.match(zone[k - 1].text)):
        # (a column's label of four characters over a 关于… headline, 科研工作, opens nothing)
        k -= 1
        parts.insert(0, zone[k].text)
    # 关于印发《某某办法 / 》的通知: a title broken inside 《》 goes on to the line that closes it
    while "".join(parts).count("《") > "".join(parts).count("》") and last + 1 < len(zone) \
            and zone[last + 1].kind == "text" and "》" in zone[last + 1].text:
        last += 1
        parts.append(zone[last].text)
    return clean_title("".join(parts))


# 某某镇人民政府镇长 某某 under a report's title: the official who delivers it
_SPEAKER = re.compile(rf"^[{CJK}]{{2,24}}?(?:书记|镇长|乡长|县长|市长|区长|旗长|主任|局长|部长|主席)\s+(?P<name>[{CJK}]{{2,4}})$")
# 某省某市委常委、组织部部长 某某: a writer's posts, joined by 、, then the writer's name (a byline; alone
# over the text, no headline) — each post held in an organ (委, 部, 局, 某县…), no clause (…的书记 is a headline's)
_POST = "副?(?:书记|部长|常委|主任|局长|厅长|处长|科长|省长|市长|县长|区长|旗长|州长|镇长|乡长|主席|委员|组长|秘书长|校长|院长|政委|巡视员|调研员|党组成员)"
_POSTS_BYLINE = re.compile(rf"^(?P<posts>[{CJK}]{{0,20}}?[委部局厅府办省市县区州旗镇乡党]{_POST}(?:、[{CJK}]{{0,20}}?{_POST})*)\s+(?P<name>[{CJK}]{{2,4}})$")


def _posts_byline(s: str) -> list[str] | None:
    """某省某市委常委、组织部部长 某某 alone on its line: the writer's name after his posts (a byline); None for a
    headline about the official (专访…, 优秀…, a word of the dictionary first) or any other line."""
    m = _POSTS_BYLINE.match(s.strip())
    return person_names(m["name"]) if m and not _POSTS_IN_A_HEADLINE.search(m["posts"]) and _posts_held_in_a_place(m["posts"]) else None


def _posts_held_in_a_place(posts: str) -> bool:
    """A writer's byline names the place whose posts he holds (某省某市委常委, 中共某县委…): its first word is
    a place's or a name the dictionary lacks.  A word of the dictionary first — 追寻/学习/点赞 县委书记 某某,
    a bare 县委书记 某某 or 村党支部书记 某某 — is a headline about the official (湖北省委: 湖北 is a place)."""
    words = get_segmenter().cut(posts.removeprefix("中共"))
    first = words[0] if words else ""
    return not plain_word(first) or is_place_word(first) or is_place_word(re.sub(r"[省市县区州]?(?:党)?委$", "", first))


# 专访某县委书记 某某, 全国优秀县委书记 某某, 好支部书记 某某: a headline about the official (an interview's
# verb before the post, or praise of it), not the writer's own posts
# (resources/headline_post_words.tsv)
_HEADLINE_POST_WORDS = word_table("headline_post_words.tsv")
_POSTS_IN_A_HEADLINE = re.compile(
    "^(?:" + "|".join(re.escape(w) for w, where in _HEADLINE_POST_WORDS if where == "opening") + ")|"
    + "|".join(re.escape(w) for w, where in _HEADLINE_POST_WORDS if where == "anywhere"))


def _speaker(s: str) -> list[str] | None:
    m = _SPEAKER.match(s)
    return person_names(m["name"]) if m else _posts_byline(s)


def _header(lines: list[Line]) -> tuple[str | None, int, dict[int, list[str]], str | None]:
    """(title, index of the first body line, the header's lines of people's names by index, kicker)."""
    end = next((k for k, ln in enumerate(lines) if _is_body(ln)), len(lines))
    zone = lines[:end]
    k = _choose_title(zone, lines[end].text if end < len(lines) else "")
    if k is not None and k + 1 < len(zone) and _lead_in(zone[k]) and _candidate(zone[k + 1]):
        k += 1  # 某某压力山大— / 请你读懂我的心: the line the lead-in opens, read with it (_title_text)
    if k is not None and not any(ln.kind == "text" for ln in lines[k + 1:]) or k is not None and _in_dialogue(lines, k):
        k = None
    # A line of names in the header is the byline (above the title too: a journal's author line).
    over = k if k is not None and _roles_named(zone) else 0  # (a bare name over the headline is then no writer)
    names = {i: person_names(ln.text) or _speaker(ln.text) or _pen_name(ln.text) or (glued_names_line(ln.text) if k is not None and i == k + 1 else None)
             for i, ln in enumerate(zone) if ln.kind == "text" and i != k and i >= over and not _bare_dateline(ln.text)}
    names = {i: _without_leading_unit(v) for i, v in names.items() if v}
    if k is None:
        # (a photo's caption / 编者的话 / the note: the text opens under the note's label)
        note = next((i for i, ln in enumerate(zone) if _editors_note_label(ln.text)), -1)
        return None, note + 1, names, None
    if _notice_title_goes_on(zone, k) or _document_title_goes_on(zone, k) or _broken_after_connective(zone, k) \
            or k + 1 < len(zone) and _broken_after_the_act(zone[k], zone[k + 1]):
        # 某省2024年度招录 / 某某人员到村任职公告: one notice's title
        return clean_title(zone[k].text + zone[k + 1].text), _after_copies(zone, k + 1), names, _kicker(zone, k)
    return _title_text(zone, k), _after_copies(zone, k), names, _kicker(zone, k)


def _notice_title_goes_on(zone: list[Line], k: int) -> bool:
    """The headline's line is cut short and the next, the last over the body, closes a notice's title."""
    if k + 1 != len(zone) - 1 or not _candidate(zone[k + 1]):
        return False
    upper, lower = zone[k].text.strip(), zone[k + 1].text.strip()
    return bool(_NOTICE_KIND.search(lower)) and bool(_RECRUITING_VERB.search(upper)) and len(upper) <= 16 and len(lower) <= 24 \
        and not re.search(r"[，,。：:！!？?　 ]", upper + lower)  # (某县干部大会召开 / 宣读…的通知: two lines)


def _document_title_goes_on(zone: list[Line], k: int) -> bool:
    """关于进一步加强某某学习 / 培训工作的实施方案: a document's title broken over two lines, neither a title alone."""
    if k + 1 >= len(zone) or not _candidate(zone[k + 1]):
        return False
    upper, lower = zone[k].text.strip(), zone[k + 1].text.strip()
    return not ISSUED_TITLE.match(upper) and not ISSUED_TITLE.match(lower) and bool(ISSUED_TITLE.match(upper + lower))


def _broken_after_connective(zone: list[Line], k: int) -> bool:
    """关于在某某培训班学习的 / 研讨发言材料: a headline's line opening 关于 and closed by 的 (关于…的 names
    the thing it is about after it) or closed by 暨 breaks off inside a phrase; the next line, a headline's
    too, closes it.  (A headline may end in 的, 是干出来的, or in a word ending 和/与/及: 政通人和, 参与.)"""
    text = zone[k].text.strip()
    broken = text.endswith("暨") or text.startswith("关于") and text.endswith("的")
    return broken and k + 1 < len(zone) and _candidate(zone[k + 1])


_RECRUITING_VERB = re.compile(r"(?:选调|招聘|招录|选拔|遴选|招考|考录|考调|选聘)$")


_BARE_DATELINE = re.compile(rf"(?P<place>[{CJK}]{{2,8}})讯")


def _bare_dateline(line: str) -> bool:
    """某某讯 alone on its line: where the report is from (本报讯, a place), not a writer named 某某讯."""
    m = _BARE_DATELINE.fullmatch(line.strip())
    return bool(m) and (m["place"].startswith("本") or is_place_word(m["place"]) or not is_person_name(m[0]))


def _roles_named(zone: list[Line]) -> bool:
    """A byline in the header names its writers with their roles: a bare name over the headline (余姚,
    a column's label) is then no writer."""
    return any(key in ("记者", "通讯员", "author") for ln in zone if ln.kind == "meta" for key, _ in ln.meta)


def _kicker(zone: list[Line], k: int) -> str | None:
    """The line between the dateline and the headline at zone[k] (_over_body chose the lower), or the
    unit in brackets that opens the headline's line ((某某县委党校):标题)."""
    if (tag := _UNIT_TAG.match(zone[k].text.strip())) and not opens_a_clause(tag["unit"][:2]):
        return tag["unit"]  # (not (聚焦两会):, (走进社区): a column's label that opens with a verb)
    if column := _COLUMN_ISSUE.match(zone[k].text.strip()):
        return column["column"]  # 某某新语·第十三期:标题: the column the headline runs in (its name may say whose organ)
    if k >= 1 and _lead_in(zone[k - 1]) and _titled_without_kicker(zone, k):
        return clean_title(zone[k - 1].text.rstrip("—"))  # 某地探索某机制—— / 主标题 the page's title names alone
    if k >= 2 and zone[k - 2].kind == "meta" and zone[k - 1].kind == "text" and _candidate(zone[k - 1]):
        return clean_title(zone[k - 1].text)
    if k >= 1 and _COLUMN_TAG.search(zone[k].text) and zone[k - 1].kind == "text" and _candidate(zone[k - 1]):
        return clean_title(zone[k - 1].text)  # the kicker over a headline that carries the column's tag
    if k >= 1 and zone[k - 1].kind == "text" and (m := _KICKER_LINE.match(zone[k - 1].text)):
        return m["name"]  # 浙江温州鹿城区: over the headline: where (or who) the story is from
    if k >= 1 and zone[k - 1].kind == "text" and _place_line(zone[k - 1].text):
        return zone[k - 1].text.strip()  # 某某市某某区 / 标题: where the story is from, over its headline
    return None


# 某某市某某区 alone on its line: one to three places' names, each with its level word (某某镇, 某某区某某街道办事处)
_PLACE_LINE = re.compile(rf"(?=.{{3,16}}$)(?:[{CJK}]{{1,4}}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗|镇|乡|街道)){{1,3}}(?:办事处)?")
_NOT_IN_A_PLACE_NAME = re.compile("[的了和与及在是获评建设城乡社老全各]")  # (青禾县获评全国文明城市, 建设和谐社区: no names)
def _place_line(s: str) -> bool:
    """某某市某某区 alone on its line: short names, each closed by its level word, no word of a clause."""
    return bool(_PLACE_LINE.fullmatch(s.strip())) and not _NOT_IN_A_PLACE_NAME.search(s)


# 【紧盯重点确保实效】2021年,…: a yearbook entry's heading in square brackets opening its paragraph, read as the
# headline only where the page shows none (a column's tag, 【组工动态】近日,…, is short or says it is a column)
_ENTRY_HEADING = re.compile(rf"【(?P<title>[^【】，,。；;！!？?：:\s]{{7,30}})】(?=[^\s【]{{20}})")
_COLUMN_WORDS = re.compile(r"动态|快讯|要闻|聚焦|专栏|专题|视点|观察|资讯|简讯|速递|头条|关注|链接|阅读|提示|导读|摘要")
# (某某县委党校):标题: the unit that sent the report, in brackets before its headline's colon
_UNIT_TAG = re.compile(rf"^[(（](?P<unit>[{CJK}]{{1,14}}{UNIT_END})[)）]\s*[:：]")
# a short name closed by a colon on a line of its own (某省某市某区:), not an editor's note or an address
_KICKER_LINE = re.compile(rf"^(?P<name>(?!各|编者|按语|导语|摘要|提要|内容提要|核心提示)[{CJK}·]{{2,16}})\s*[:：]$")  # (not 编者按:, 各乡镇党委:)


def _after_copies(zone: list[Line], k: int) -> int:
    """The first line after the headline at zone[k] and its copies (a page that prints its
    title again and again under the dateline): those copies are no text of the article."""
    title, i, last = clean_title(zone[k].text), k + 1, k
    while i < len(zone) and (zone[i].kind == "meta" or zone[i].kind == "text" and clean_title(zone[i].text) == title):
        last = i if zone[i].kind == "text" else last
        i += 1
    if i + 1 < len(zone) and zone[i].kind == zone[i + 1].kind == "text" \
            and without_spaces(zone[i].text + zone[i + 1].text) == without_spaces(title):
        last = i + 1  # the headline again, broken over two lines (its two parts)
    return last + 1


def _meta_fields(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], list[Author]]:
    """Metadata (key, value) pairs -> fields (the first value of a key wins) and authors."""
    fields: dict[str, str] = {}
    authors: list[Author] = []
    for key, val in sorted(pairs, key=lambda kv: kv[0] == "date_written"):  # 成文日期 yields to 发布日期 (stable sort)
        if key in ("记者", "通讯员"):
            if _personal(val):  # 通讯员 某某市台办: a unit, not a writer
                authors.append(Author(val, key))
        elif key == "byline":
            authors.append(Author(val, None))
        elif key == "author":
            val = _CREDIT_TAIL.sub("", val)  # 作者:某某 某某 文/图: the writers took the photos too
            if (post := _UNIT_POST_NAME.fullmatch(val)) and is_person_name(post["name"]):
                val = post["name"]  # 作者:某某市某某办公室处长某某: the writer's unit and post glued before the name
            people = [n for n in _without_unit(split_names(val)) if _personal(n)]
            authors.extend(Author(n, "作者") for n in people)
            if not people and _ORGAN_END.search(val.strip()):
                fields.setdefault("affiliation", val.strip())  # 作者:某某区委组织部: the unit that wrote it, no writer
        elif key == "editor":
            name = (split_names(val) or [val])[0]  # several editors: the first
            if (cjk_count(name) == 0 or _personal(name)) and not _SYSTEM_ACCOUNT.fullmatch(name):
                fields.setdefault(key, name)  # 编辑:某某网: the site that reposted (an editor's login is his)
                if cjk_count(fields[key]) == 0 and cjk_count(name):
                    fields[key] = name  # 编辑:linchuan … 责任编辑:某某: the name the page prints wins over the login
        elif key == "source" and fields.get(key) == val.strip("《》"):
            fields[key] = val  # 光明日报 (masthead), then 《光明日报》(byline): the paper is cited, as 来源:《群众》
        elif key == "source" and (by := unit_and_names(val)) and all(_personal(n) and not _UNIT_PLACE_END.search(n) for _, n in by[1:]):
            fields.setdefault(key, by[0][1])  # 来源:某某县委组织部 某某: the unit is the source, the name its writer
            authors.extend(Author(n, None) for _, n in by[1:])  # (not 来源:某局 某某镇, 某委 宣传部)
        elif val or key not in ("date", "date_written"):  # (a dateline's day the calendar lacks is "": no date, the next one may give it)
            fields.setdefault("date" if key == "date_written" else key, val)
    return fields, authors


# 编辑:Administrator: the site's system account, nobody's login (管理员 is no person's name already)
_SYSTEM_ACCOUNT = re.compile(r"(?:sys|web)?admin\w*|administrator|root|system|webmaster", re.I)
_CREDIT_TAIL = re.compile(r"(?:\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文)|\s+(?:文图|摄影?|文|图))$")
# An organ's name closing a 作者 field (某某区委组织部, 某某县人民政府办公室): the unit that wrote it (a medium,
# 某县融媒体中心, is none: its place is no mention)
_ORGAN_END = re.compile(rf"[{CJK}]{{2,}}(?:委员会|组织部|宣传部|统战部|办公室|党委|党组|党工委|政府|[委局办厅])$")
# Words of a unit's name: 作者:市委信息发布 / 作者:某县融媒体中心 name no writer.
_UNIT = re.compile(r"委|部|局|办|厅|中心|发布|网|报|社|站|组|院|所|处|科|室|政府|协会|学会|编辑")


_UNIT_POST_NAME = re.compile(rf"[{CJK}()（）]{{4,30}}?(?:{UNIT_LEVELS}|委员会|办公室|组织部|{_UNIT.pattern})[{CJK}]{{0,4}}?"
                             rf"(?:处长|科长|主任|书记|部长|局长|科员|干部|调研员|研究员|教授|馆员|专员)(?P<name>[{CJK}]{{2,3}})")


def _without_unit(names: list[str]) -> list[str]:
    """作者:某某镇 林小满: a place's name beside the writers is their unit (陈国镇 alone is a person)."""
    people = [n for n in names if not _UNIT_PLACE.search(n)]
    return people if len(names) >= 2 and people else names


def _without_leading_unit(names: list[str]) -> list[str]:
    """某某镇 张三 on a header line: the town opening it is the writer's unit (张三 某某镇, 陈国镇 alone: people)."""
    return names[1:] if len(names) >= 2 and _UNIT_PLACE.search(names[0]) else names


_UNIT_PLACE = re.compile(rf"^[{CJK}]{{2,6}}(?:{UNIT_LEVELS})$")
_UNIT_PLACE_END = re.compile(rf"(?:{UNIT_LEVELS}|[部委办局厅所站室科处])$")


_DIGIT = re.compile(r"\d")
_NAME_DOT = re.compile("[·•・.]")  # (a minority name's dot: 阿卜杜·某某)


def _personal(name: str) -> bool:
    """A writer's name, not a unit's (long minority names such as 某某其木格 are names) nor a
    site account or placeholder (admin, 会员上传: resources/not_a_person.txt)."""
    if cjk_count(name) == 0 or any(w in name for w in word_list("not_a_person.txt")):
        return False
    if _DIGIT.search(name) or len(name) > 6 and not _NAME_DOT.search(name):
        return False  # 作者:某某观察:传承20载,…如何再谱新篇: a headline's pieces (额尔敦巴雅尔 is six)
    if len(name) >= 4 and ordinary_words(name):
        return False  # 作者:调研中国: a programme's name made of ordinary words, not a person's
    if len(name) <= 3 and plain_word(name) and not is_person_name(name):
        return False  # 作者:村官, 作者:网友: a word for who wrote, not a name (沉思怡 holds a word, is none)
    if _CHANNEL.fullmatch(name):
        return False  # 作者:上海要闻: the column the page filed it under
    if name[-1] in "部委办局厅网报社台站":
        return False  # 周组部, 阳湖网 (a department's or a site's signature): a unit, however short
    if _UNIT_PLACE.fullmatch(name) and not is_person_name(name):
        return False  # 稿件作者:某某县: the county's site signs for its staff
    return len(name) <= 3 or not _UNIT.search(name)


def _merge_authors(authors: list[Author]) -> list[Author]:
    """One entry per name, in first-seen order, with the most specific role given anywhere
    (作者:某某 above, (记者 某某) in the lead: a 记者)."""
    best: dict[str, Author] = {}
    for a in authors:
        if a.name not in best or _ROLE_RANK.get(a.role, 0) > _ROLE_RANK.get(best[a.name].role, 0):
            best[a.name] = a
    return list(best.values())


def _signature_name(line: str) -> list[str] | None:
    """A bare name signing the article: one with a family name, or four characters that are no
    ordinary words (次仁卓嘎); not a fragment the page cut off (近十…)."""
    names = person_names(line)
    if names:
        return names
    four = len(line) == 4 and re.fullmatch(f"[{CJK}]+", line) and not re.search("[一二三四五六七八九十百千万]", line) \
        and line[-1] not in "的了着地得和与及在是把被" and line[2] not in "省市县区州镇乡村"  # 新选配的, 某某市实: a cut sentence
    return [line] if four and not ordinary_words(line) and not phrase_not_name(line) else None


def _next_item_cut(body: list[Line]) -> bool:
    """强化组织领导。… then a last line 强化宣: the next item of a parallel list, cut by the page's end
    (its first word opens an earlier paragraph), no name signing the article."""
    head = body[-1].text.strip()[:2]
    return len(head) == 2 and plain_word(head) and any(
        (t := ln.text.lstrip()).startswith(head) and _ITEM_HEADING_REST.match(t, 2) for ln in body[:-1])


_ITEM_HEADING_REST = re.compile(rf"[{CJK}]{{2,10}}[。:：]")  # an item's heading after its first word: 强化|组织领导。


def _cut_closing(body: list[Line], pattern: re.Pattern[str], marker: str, reach: int | None,
                 accept: Callable[[re.Match[str]], bool]) -> tuple[str | None, list[Line]]:
    """The value (the pattern's first group) closing the last paragraph that has one, among the last
    ``reach`` paragraphs (all when None), and the body with it cut off that paragraph. ``marker``: a
    string every match of the pattern holds (a paragraph without it is not searched), or "". ``accept`` is
    given the match (where it starts tells what the paragraph holds before it)."""
    stop = -1 if reach is None else max(-1, len(body) - 1 - reach)
    for k in range(len(body) - 1, stop, -1):
        if marker in body[k].text and (m := pattern.search(body[k].text)) and accept(m):
            rest = body[k].text[:m.start()].rstrip()  # (a line that held only the value goes)
            return m[1], body[:k] + ([replace(body[k], text=rest)] if rest else []) + body[k + 1:]
    return None, body


_CLOSING_EDITOR = re.compile(rf"(?<=[。！？!?”])\s*[（(]\s*(?:责任编辑|责编|(?:实习|见习)?编辑)\s*[:：]?\s*(?P<name>[{CJK}]{{2,4}})\s*[)）]\s*$")
# …。(某某)   责任编辑/某某: the editor's credit after the last paragraph's close, on its line
_EDITOR_SPACED_OFF = re.compile(rf"(?<=[。！？!?”)）])\s*(?:责任编辑|责编|编辑)\s*[/／:：]\s*(?P<name>[{CJK}]{{2,4}})\s*$")
def _closing_source(value: str) -> list[tuple[str, str]]:
    """(信息来源:某某报记者 某某), (信息来源 某某报 某某): the medium and its writer; (来源:某某网江苏): the medium."""
    if BYLINE_ROLE.search(value) and (by := parse_byline_fields(value)):
        return by
    signed = _MEDIUM_THEN_NAME.fullmatch(value)
    if signed and is_person_name(signed["name"]) and not is_general_word(signed["name"]):
        return [("source", signed["medium"]), ("byline", signed["name"])]
    return [("source", value)]


_MEDIUM_THEN_NAME = re.compile(rf"(?P<medium>[{CJK}]{{2,16}}?(?:报|网|在线|客户端))\s*(?P<name>[{CJK}]{{2,3}})")
# (来源:某某网), (信息来源 某某报 某某): the medium (and its writer) closing the text (a table cell's pipe after it)
_CLOSING_SOURCE = re.compile(r"\s*[（(]\s*(?:来源\s*[:：]|信息来源(?:于|自)?\s*[:：]?)\s*(?P<src>[^（()）:：]{2,24}?)\s*[)）][\s|｜]*$")
# …。(某某县政府网): a medium's name closing the text (not (欢迎群众监督举报), (全镇已实现村村联网), (据某某日报))
_CLOSING_MEDIUM = re.compile(rf"(?:(?<=[。！？!?”])|^)\s*[（(]\s*(?P<src>(?![据来转详图])[{CJK}]{{2,12}}?"
                             r"(?:政府网|新闻网|日报|晚报|电视台|融媒体中心|在线|客户端|(?<![联上互入组电专内外举])网))\s*[)）]\s*$")
# …。(新华社): a news agency's, the wire report a site carries, closing the text's last line (not (新华社发): a
# photo's credit)
_CLOSING_AGENCY = re.compile(r"(?:(?<=[。！？!?”])|^)\s*[（(]\s*(?P<src>" + "|".join(map(re.escape, sorted(NEWS_AGENCIES)))
                             + r")\s*[)）]\s*$")  # (no agency's name opens another's: the order cannot matter)
_PHOTO_LINE = re.compile(r"^\s*(?:图为|图片|图\s*[:：]|资料图)|摄\s*[)）]?\s*$")


def _agency_credits_a_part(body: list[Line], closing: re.Match[str]) -> bool:
    """(新华社) closing a photo's caption (图为…。(新华社), or on its line under it), or one of two paragraphs
    and more closed by an agency or a medium in brackets (a round-up of items, each credited): no source.
    ``closing``: _CLOSING_AGENCY's match closing the last paragraph."""
    held = body[-1].text[:closing.start()].strip()
    caption = held if held else (body[-2].text if len(body) > 1 else "")
    if _PHOTO_LINE.search(caption):
        return True
    return sum(bool(_CLOSING_AGENCY.search(ln.text) or _CLOSING_MEDIUM.search(ln.text)) for ln in body) > 1
_NOT_A_MEDIUM = re.compile("[的了已为是在和与及]|欢迎|实现|来自")
# (含某某区), (全市), (以上数据均不含某某区), (本文转自某某县), (不含某某区): a note on the text's scope or on where it
# came from, no unit that sent it: a bracket opening with a word of such notes (据, 来源, 全市, 不含, 以上, 本文,
# 截至, 其中, 共计…; not a place's name: 全椒县, 本溪市) or holding 含 (not 含山县), 数据, 转自 or 包括
_NOT_A_NOTE = (r"(?![据来转详图摘选不均除]|全[省市州县区镇乡旗]|以[上下]|本[文报期]|截[至止]|其[中他余]|共[计有])"
               rf"(?![{CJK}]*(?:含(?!山县)|数据|转自|包括))")
# …。(某某区), …。/ (某某县委组织部): the unit that sent the report, in brackets closing its text (a place of
# any level or an organ of one: its discipline commission too, 某某县纪委监委); not where every paragraph closes on
# its place (a round-up of places' news)
_CLOSING_UNIT = re.compile(rf"(?:(?<=[。！？!?”])|^)\s*[（(]\s*(?P<src>{_NOT_A_NOTE}[{CJK}]{{1,12}}?(?:委组织部|组织部|委宣传部|宣传部|党委|党工委|人民政府|政府"
                           r"|纪委监委|纪工委|纪委|监委"
                           r"|自治县|县|区|市|旗|镇|乡|街道))\s*[)）]\s*$")
# 《 某某日报 》( 2021年05月12日 08 版): a paper's print edition, its page number included
# (2023年10月18日《某某日报》记者 甲 通讯员 乙): a paper's report reprinted, its day, paper and writers in one bracket
_DATED_PAPER_BYLINE = re.compile(r"^\s*[（(]\s*(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*《\s*(?P<src>[^《》\s]{2,12})\s*》\s*"
                                 r"(?P<by>(?:记者|通讯员)[^()（）《》]{2,40})[)）]\s*$")


def _restore_paper(name: str) -> str:
    """某某日� -> 某某日报: the one listed publication a name with a character lost can be (else as written)."""
    if UNREADABLE not in name:
        return name
    head = name[:name.index(UNREADABLE)]
    if len(head) < 2:  # (青�日报: 青海日报 or a paper not listed, 青禾日报: the name's own word is lost, kept as written)
        return name
    known = [p for p in word_list("publications.txt") if len(p) == len(name)
             and all(a == b or a == UNREADABLE for a, b in zip(name, p))]
    return known[0] if len(known) == 1 else name


_PRINT_EDITION = re.compile(r"^\s*《\s*(?P<src>[^《》\s]{2,12}(?:报|刊|杂志))\s*》\s*[（(]\s*(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
                            r"\s*第?\s*\d{1,3}\s*版\s*[)）]\s*$")


def _units_close_paragraphs(body: list[Line]) -> bool:
    """Two paragraphs or more closed by a unit in brackets: a round-up, each item closed by its place."""
    return sum(bool(_CLOSING_UNIT.search(ln.text)) for ln in body) > 1


def _body_authors(body: list[Line], sourced: bool = False) -> tuple[list[tuple[str, str]], list[Line]]:
    """Fields of a news lead in the first paragraphs and of bracketed bylines anywhere; a bare
    name on the last line, or names in brackets there, sign the article (the text does not say
    in what role). ``sourced``: a metadata line names the source (a bracketed unit closing the
    text is then the text's, not a second source)."""
    found: list[tuple[str, str]] = []
    for i, ln in enumerate(body[:3]):
        lead = parse_lead(ln.text)
        if lead:
            found += lead
            if _DISPATCH_ALONE.fullmatch(ln.text.lstrip(BULLETS).strip()) and i + 1 < len(body):
                # 新华社北京7月4日电 / 记者某某报道:…: the dispatch alone names the source, the next line's lead its writers
                found += [f for f in parse_lead(body[i + 1].text) if f[0] != "source"]
            break
    for ln in body[:4]:  # (a feature's opening scenes, then its lead closed by the byline)
        glued = _GLUED_BYLINE.search(ln.text) if "□" in ln.text or "■" in ln.text or "◎" in ln.text else None  # (its mark)
        by = glued and parse_byline_fields(glued["by"])
        if by:  # …嚴在哪兒呢?□某某今報記者 某某: the lead's paragraph closed by its byline
            found += by
            break
    for ln in body:
        found += bracket_bylines(ln.text)
    # …进行问责。(编辑某某) in one of the last three paragraphs; …。(记者 某某) (来源:某某网), a site's blurbs after it
    # (every editor's credit holds 编: 责任编辑, 责编, 编辑; every source's 来源: 来源, 信息来源)
    for key, pattern, marker, reach, accept in (("editor", _CLOSING_EDITOR, "编", 3, lambda m: is_person_name(m[1])),
                                                ("editor", _EDITOR_SPACED_OFF, "编", 3, lambda m: is_person_name(m[1])),
                                                ("source", _CLOSING_SOURCE, "来源", None, lambda m: bool(m[1])),
                                                ("source", _CLOSING_AGENCY, "社", 1, lambda m: not _agency_credits_a_part(body, m)),
                                                ("source", _CLOSING_MEDIUM, "", 3, lambda m: not _NOT_A_MEDIUM.search(m[1])),
                                                ("source", _CLOSING_UNIT, "", 1, lambda m: not sourced
                                                 and not any(k == "source" for k, _ in found)
                                                 and not _NOT_A_MEDIUM.search(m[1]) and not _units_close_paragraphs(body))):
        value, body = _cut_closing(body, pattern, marker, reach, accept)
        found += (_closing_source(value) if key == "source" else [(key, value)]) if value else []
    edition = next((k for k in range(len(body) - 1, max(-1, len(body) - 4), -1) if _PRINT_EDITION.match(body[k].text)), None)
    if edition is not None:  # 《 某某日报 》( 2021年05月12日 08 版): where and when the paper printed it (the
        m = _PRINT_EDITION.match(body[edition].text)  # line stays: it cites the paper as a publication)
        found += [("source", m["src"]), ("date", iso_date(m["day"]) or "")]
    dated = next((m for ln in body[-2:] if (m := _DATED_PAPER_BYLINE.match(ln.text))), None)
    if dated and (by := parse_byline_fields(dated["by"])) and all(role in ("记者", "通讯员") for role, _ in by):
        # (2023年10月18日《某某日报》记者 甲 通讯员 乙): the day and the paper it printed in, then its writers
        found += [("source", _restore_paper(dated["src"])), ("date", iso_date(dated["day"]) or "")] + by
    if body and (credits := closing_credits(body[-1].text)):  # …贡献。(某某局 撰写:甲 审核:乙)
        at, fields = credits
        found += fields
        body = body[:-1] + ([replace(body[-1], text=body[-1].text[:at].rstrip())] if body[-1].text[:at].strip() else [])
    if body and (by := _CLOSING_BYLINE.search(body[-1].text)) and (fields := parse_byline_fields(by["by"])) \
            and not any(plain_word(n) and not is_person_name(n) for _, n in fields) \
            and (by.group(0)[:1].isspace() or all(is_person_name(n) for _, n in fields)):
        # …进取精神。 记者某某 通讯员某某 (not 记者手记); glued to the last sentence, only names (…说。记者 某某)
        return found + fields, body[:-1] + [replace(body[-1], text=body[-1].text[:by.start()].rstrip())]
    if len(body) > 1 and (by := _BYLINE_PARAGRAPH.match(body[-1].text)) and (fields := parse_byline_fields(by["by"])) \
            and all(is_person_name(n) for _, n in fields):  # …。/记者某某某某。 (not 记者深入一线。)
        return found + fields, body[:-1]
    if len(body) > 1 and ends_sentence(body[-2].text) and not _next_item_cut(body):
        unit = signed_by_unit(body[-1].text)  # 某某县财政局 张三, 某某镇 张三: the unit is no writer
        names = unit[0] if unit else _signature_name(body[-1].text) or closing_names(body[-1].text)
        if names:
            role = "author" if _WROTE.search(body[-1].text) else "byline"
            found += [(role, n) for n in names] + ([("affiliation", unit[1])] if unit else [])
            return found, body[:-1]
    for k in range(len(body) - 1, max(-1, len(body) - 4), -1):
        # the last paragraph, or one of the two before a site's closing blurbs if it says 报道, or before
        # lines of page furniture only (【打印正文】, 返回顶部, an e-paper's index line; not 图为… captions,
        # the issuing unit and its day, 附件:…)
        furniture = k < len(body) - 1 and all(_page_furniture(ln.text) for ln in body[k + 1:])
        if furniture and k > 0 and ends_sentence(body[k - 1].text) and (names := closing_names(body[k].text)):
            return found + [("byline", n) for n in names], body[:k] + body[k + 1:]  # …。/ (某某) / 【打印】: its own line
        signed = signature_at_end(body[k].text, said=k < len(body) - 1 and not furniture)
        if signed:  # …留住人才。(某某 某某): the signature leaves the paragraph; (某某 文/图): its writer
            role = "author" if _WROTE.search(body[k].text, signed[0]) else "byline"
            unit_kind = signature_unit_role(signed[2]) if signed[2] else None  # (某某党建 甲): the account ran it
            found += [(role, n) for n in signed[1]] + ([(unit_kind, signed[2])] if unit_kind else [])
            body = body[:k] + [replace(body[k], text=body[k].text[:signed[0]])] + body[k + 1:]
            break
    return found, body


# 【打印正文】【关闭窗口】: a page's buttons in their brackets (a print, close or back-to-top button of any label)
_BRACKETED_BUTTONS = re.compile(rf"^(?:\s*【\s*(?:打印|关闭|返回|收藏|推荐|纠错)[{CJK}]{{0,4}}\s*】)+\s*$")
# 某某日报 专刊 00011 标题 2023-05-08 某某日报 2023年05月08日 星期一: an e-paper's index line under the article
# (its page's number in five digits: 00011)
_EPAPER_INDEX = re.compile(rf"^[{CJK}]{{2,10}}报(?=[^。！？!?；;，,]*(?<!\d)\d{{5}}(?!\d))\s*[^。！？!?；;，,]{{0,80}}?(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}"
                           r"[^。！？!?；;，,]*$")


# The same index line closing the article's text, where it may run over several lines: the headline printed in two
# lines (年轻干部 / 下沉一线) keeps its break there.  Its day is the issue's, the article's day where nothing else
# dates it; the headline in it tells how far the headline over the text runs.
_EPAPER_INDEX_LINES = re.compile(rf"^[{CJK}]{{2,10}}报\s[^。！？!?；;，,\n]*?(?<!\d)\d{{5}}(?!\d)\s*(?P<head>[^。！？!?；;，,]*?)\s*"
                                 rf"(?P<day>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})[^。！？!?；;，,\n]*$")


def _epaper_index(body: list[Line]) -> tuple[int, list[str], str] | None:
    """Where the e-paper's index closing the text starts (its last four lines at most), the headline's lines in it
    and its day (ISO)."""
    for k in range(max(1, len(body) - 4), len(body)):  # (not the whole text)
        m = _EPAPER_INDEX_LINES.match("\n".join(ln.text.strip() for ln in body[k:]))
        if m and (day := iso_date(m["day"])):
            return k, [h.strip() for h in m["head"].split("\n") if h.strip()], day
    return None


def _headline_lines_in_body(title: str | None, heads: list[str], body: list[Line]) -> int:
    """How many lines opening the body go on the headline: the e-paper's index holds the headline as its
    first line (the title) and these after it."""
    rest = heads[1:]
    if not title or not rest or without_spaces(heads[0]) != without_spaces(title):
        return 0
    return len(rest) if [ln.text.strip() for ln in body[:len(rest)]] == rest else 0


def _page_furniture(s: str) -> bool:
    """A line of the page's furniture left among the text: its buttons (page_furniture.txt, site_chrome.txt,
    the lines stage's tests of furniture) or an e-paper's index line; never a caption, a unit or a day."""
    bare = s.strip()
    words = [w for w in re.split(r"[【】\[\]\s|｜]+", bare) if w]
    furniture, chrome = word_set("page_furniture.txt"), word_set("site_chrome.txt")
    return bool(words) and all(w in furniture or w in chrome for w in words) or bool(_BRACKETED_BUTTONS.match(bare)) \
        or bool(_EPAPER_INDEX.match(bare)) or boilerplate_reason(bare, None) is not None


# the last paragraph closed by its writers with their roles, set apart by a space: …。 记者某某 通讯员某某
_CLOSING_BYLINE = re.compile(rf"(?<=[。！？!?”])\s*(?P<by>(?:本报)?(?:记者|通讯员)\s*[{CJK}]{{2,4}}(?:\s*(?:本报)?(?:记者|通讯员)\s*[{CJK}]{{2,4}})*)\s*$")
# the last paragraph only a byline, closed by a full stop: 记者某某某某。
_BYLINE_PARAGRAPH = re.compile(rf"^(?P<by>(?:本报)?(?:记者|通讯员)\s*[{CJK}][{CJK}\s]{{1,13}}?)\s*。?$")
# a byline glued to the end of one of the first paragraphs after a box bullet: …呢?□某某报记者 某某
_GLUED_BYLINE = re.compile(rf"(?<=[。！？!?…”])\s*[□■◎]\s*(?P<by>[{CJK}]{{0,10}}记者\s*[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*)\s*$")
_WROTE = re.compile(WRITER_MARK + "|撰稿|撰文|作者|供稿人")  # (某某 文/图), (撰稿:某某), (供稿人:某某): the one who wrote
# 2022年10月14日讯: a notice's dated lead
_LEAD_DAY = r"(?P<day>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:讯|电)"
# 关于…的通知各县市区委,…: / …招聘公告2022年10月14日讯: a notice's title with no line break before
# its addressees (各…, then a comma or colon) or its dated lead
_GLUED_TITLE = re.compile(
    r"^(?P<title>.{6,100}?(?:的(?:" + "|".join(map(re.escape, word_list("document_kinds.txt"))) + r")|公告|公示))"
    r"(?=各[^，,。；;：:]{1,16}[，,、:：]|" + _LEAD_DAY +
    r"|为了?(?:进一步|推动|加强|深入|全面|切实|贯彻|落实|做好|规范|建立|健全|激励|鼓励|提高|加快|促进|优化)[^。]{2,80}[，,])")


# 某某在全县大会上的讲话同志们: / 凝聚合力推深做实某某工作近年来,…: a headline with no line break
# before the body's stock opening (a speech's salutation, 近年来,), read only where no headline is seen
# (某某新闻网讯近年来,: a dateline, no headline)
_GLUED_OPENING = re.compile(r"^(?![（(【])(?P<title>[^，,。；;：:！!？?、\s]{5,59}[^，,。；;：:！!？?、\s讯电])(?=同志们\s*[:：，,]|近年来\s*[，,])")
# a speech's title ends in its kind (…的讲话, 致辞); a reporter's lead (记者从某部了解到) is no headline
_SPEECH_END = ("讲话", "致辞", "发言", "讲稿", "讲话稿", "报告", "主持词")
_NOTE_AFTER = re.compile(r"[（(][^（）()]{1,6}[）)]$")  # …的讲话（摘要）
_A_REPORTERS_LEAD = re.compile("记者|通讯员|了解到|获悉|表示")
# 本网讯(政府办), 某某日报讯（某县委组织部）, 新华社电(某部): a dateline (a site's, a paper's, an agency's
# or a day's 讯/电) closed by the unit that sent it, no headline (…用上放心电(组图), …喜讯(图), …简讯(一),
# …快讯(第3期): a headline's own word and its note)
_DATELINE_UNIT = re.compile(r"(?:网|报|台|社|端|号|刊|日)[讯电]\s*[（(](?!\s*(?:组?图|图文|视频|摄影|[上中下续]|[一二三四五六七八九十\d]+|第|节选|摘要|全文)\s*[）)])"
                            r"[^（）()]{1,20}[）)]$")


def _glued_opening(text: str) -> re.Match[str] | None:
    m = _GLUED_OPENING.match(text)
    if not m or _A_REPORTERS_LEAD.search(m["title"]) or _DATELINE_UNIT.search(m["title"]) or text.startswith("同志们", m.end()) \
            and not _NOTE_AFTER.sub("", m["title"]).endswith(_SPEECH_END):
        return None
    return m


# A document-sharing site's text layer: its page mark (1、, 1、1, 第1页共2页) or template watermark
# (精选优质文档…) opens the page, then the document's title run into its text, closed by the kind of
# document where the text opens (…考核办法为提高…, …主持词这项…, …规定第一章) or runs on with no stop for
# a while, or by the day its text opens with (…标题 2016年1月4日,…); a kind of document read inside a
# sentence, a word or two before its comma (1、认真落实某某规定精神,…, …调查研究,…, …办法主要包括…), or after
# the sentence's own opener (根据某某要求结合…), closes no title
_SHARED_DOC_MARK = re.compile(r"^\s*(?:1\s*、\s*1?|第\s*1\s*页\s*共\s*\d{1,3}\s*页|精选优质文档\S{0,20}?专业)\s*(?=\S)")
_SHARED_DOC_TITLE = re.compile(
    r"(?P<title>(?!根据|按照|依据|为了|随着|各)[^，,。；;：:！!？?\s]{2,40}?(?:" + "|".join(map(re.escape, word_list("shared_document_ends.txt"))) + "))"
    rf"(?!精神|要求|研究|如下|主要|的)(?=为|这|此|本|根据|按照|依据|随着|近年来|同志们|各位|尊敬的|第[一二三四五六七八九十]+[章条]|[{CJK}]{{6}})"
    r"|(?P<dated>[^，,。；;！!？?\s]{6,40}?)(?=\s+(?:19|20)\d{2}\s*年)")
_SHARED_DOC_PAGE = 300  # characters: a page of text run into one line


# a covering notice (《关于…的方案》, passed by a standing committee, now sent out to you) issuing the document it names
# (《…》经…研究同意,现印发给你们; 现将《…》(予以)印发给你们: the commonest wording names the title after 现将)
_ISSUED_HERE = re.compile(r"《(?P<title>[^《》\n]{6,60})》[^。\n]{0,30}?现(?:予)?印发给你们"
                          r"|现将《(?P<named>[^《》\n]{6,60})》(?:予以)?印发给你们")
_ISSUED_REACH = 12  # lines: the covering notice, its signature and date, then the document's title


def _issued_title(body: list[Line]) -> str | None:
    """The title of the document a covering notice opening the body issues, where that title stands alone
    on a line below it (the document printed under its notice)."""
    m = next((m for ln in body[:2] if (m := _ISSUED_HERE.search(ln.text))), None)
    if m is None:
        return None
    own = (m["title"] or m["named"]).strip()
    # the title line may be printed in 《》 too (《关于…的方案》): compared without them
    return clean_title(own) if any(ln.text.strip().strip("《》").strip() == own for ln in body[1:_ISSUED_REACH]) else None


def _shared_document_title(text: str) -> tuple[str, int] | None:
    """(the title, where the text after it starts) of a shared document's first line, opened by the
    site's page mark and running a page of text on (a line of hundreds of characters; a list's first
    item, 1、…, is short); None for any other line."""
    mark = _SHARED_DOC_MARK.match(text) if text[:1] in "1第精 " and len(text) >= _SHARED_DOC_PAGE else None
    m = _SHARED_DOC_TITLE.match(text, mark.end()) if mark else None
    if not m:
        return None
    return (m["title"] or m["dated"]), m.end()


_DATED_LEAD = re.compile("^" + _LEAD_DAY)  # the lead on a line of its own, under the headline
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]$")


def _calendars(lines: list[Line]) -> set[int]:
    """The dated lines that end in a weekday, or stand over one (2026-01-21 / 星期三): a page's
    calendar or an e-paper's masthead, whose day the article's own dateline overrides."""
    return {i for i, ln in enumerate(lines) if ln.kind == "meta" and any(k == "date" for k, _ in ln.meta)
            and (_WEEKDAY.search(ln.text.strip()) or i + 1 < len(lines) and _WEEKDAY.fullmatch(lines[i + 1].text.strip()))}


def _article(doc: CleanDocument, lines: list[Line], index: int, first: bool) -> Article | None:
    title, body_from, name_lines, kicker = _header(lines)
    issuers = [ln.text for ln in lines[:body_from] if ln.kind == "text" and _INSTITUTION.match(ln.text)]
    masthead = " ".join(issuers) if len(issuers) >= 2 else None  # a joint document's issuers (one line may be a banner)
    body = [ln for i, ln in enumerate(lines) if i >= body_from and ln.kind == "text" and i not in name_lines]
    epaper = _epaper_index(body)
    if epaper:  # (某某日报 版名 00015 标题 / 2020-01-21 某某日报… 星期二: the e-paper's index, no text of the article)
        body = body[:epaper[0]]
        if more := _headline_lines_in_body(title, epaper[1], body):
            title, body = " ".join([title] + [ln.text.strip() for ln in body[:more]]), body[more:]
    found, body = _body_authors(body, any(k == "source" for ln in lines if ln.kind == "meta" for k, _ in ln.meta))
    # Metadata lines first (their values win), then the header's names, then the body's leads.
    dated = _DATED_LEAD.match(body[0].text) if body else None  # 2022年10月14日讯: a notice's lead under its headline
    # The page's today (2022年10月05日 星期三) gives way to the article's own day, and dates it only
    # when nothing else does.
    calendars = _calendars(lines)
    if not (dated or any(k == "date" for i, ln in enumerate(lines) if ln.kind == "meta" and i not in calendars
                         for k, _ in ln.meta)):
        calendars = set()
    shared = _shared_copy_lines(lines)
    pairs = [pair for i, ln in enumerate(lines) if ln.kind == "meta" and i not in shared for pair in ln.meta
             if pair[0] != "date" or i not in calendars]
    pairs += [("byline", n) for names in name_lines.values() for n in names] + found
    if dated:
        pairs.append(("date", iso_date(dated["day"]) or ""))
    if title and (behind := next((m for ln in lines[:body_from] if ln.kind == "text" and (m := _DAY_BEHIND.search(ln.text))
                                  and clean_title(ln.text) == title), None)):
        pairs.append(("date", iso_date(behind["day"]) or ""))  # 标题 2021-03-22: the headline's day
    glued = (_GLUED_TITLE.match(body[0].text) or _glued_opening(body[0].text)) if body else None
    if glued and title and not _reworded(clean_title(glued["title"]), title):
        glued = None  # (the page's title, 某会讲话, over 在某会上的讲话同志们:…: the copy over the body is the headline)
    if glued:  # 关于…的通知各县市区委: a notice's title run into its addressees or its dated lead
        # the longer copy is the headline (某某同志在某会上的讲话 over 在某会上的讲话同志们: keeps the speaker)
        title = max(title or "", clean_title(glued["title"]), key=len)
        pairs += [("date", iso_date(day) or "")] if (day := glued.groupdict().get("day")) else []
        cut = glued.end("title")  # the title leaves the body: read once, as the headline
        body[0] = replace(body[0], start=body[0].start + cut, text=body[0].text[cut:])
    if not title and first and body and (issued := _issued_title(body)):
        title = issued  # 各区县…: / 《关于…的方案》…现印发给你们 / … / 关于…的方案: the notice's page names no headline
        # over it; the document it issues, printed under it with its title on a line of its own, is the page's
    if not title and first and body and (shared := _shared_document_title(body[0].text)):
        title = clean_title(shared[0])  # 1、某某考核办法为提高…: a shared document's title run into its text
        rest = body[0].text[shared[1]:].lstrip()
        body[0] = replace(body[0], start=body[0].start + len(body[0].text) - len(rest), text=rest)
    if first and body and (not title or _BOOK_NAME.fullmatch(title)) and (heads := _book_section_heads(body)):
        # 第三节 干部结构 / prose: a chapter of a book or gazetteer, its section's heading the excerpt's headline
        # (the book's name alone in 《》 over it names the book, not the excerpt: read as its kicker)
        kicker, title, body = title or kicker, clean_title(body[heads - 1].text), body[heads:]
    pairs += _reprinted(title)
    pairs += [("date", epaper[2])] if epaper else []  # (the issue's day: after every other, it dates only an undated text)
    signed = _SIGNED_TITLE.match(title) if title else None
    if signed and is_person_name(signed["name"]) and not plain_word(signed["name"]) and not phrase_not_name(signed["name"]) \
            and not all(len(part) <= 8 for part in signed["title"].split()):  # (甲乙丙丁 戊己庚辛 惠民生: a run of phrases)
        title = signed["title"]  # …的实践与探索 凌杰: the writer's name closing the headline's line
        pairs.append(("byline", signed["name"]))
    fields, authors = _meta_fields(pairs)
    authors = _merge_authors(authors)
    pm = doc.raw.meta if first else {}
    # What the HTML page declares fills only what its text leaves open.
    # 某某社某地电 题:…: the agency's headline in its lead (a photo's caption may stand before it)
    lead_title = next((m for ln in body[:3] if (m := _LEAD_TITLE.search(ln.text))), None)
    if lead_title and title and clean_title(title) not in lead_title["title"]:
        lead_title = None  # the agency's headline over a cut copy of it only (…服务基 for …服务基层)
    if lead_title and not title and len(body) > 1 and not _LEAD_TITLE.search(body[0].text) \
            and _headline_over_dispatch(body[0].text, clean_title(lead_title["title"])):
        body = body[1:]  # (栏目)标题 / 某某社某地电 题:标题: the headline over the dispatch, its series' tag before it
    labelled = fields.get("labelled_title")
    if labelled and body and (full := _headline_cut_short(labelled, body[0].text)) and not (title or "").startswith(full[:6]):
        title, body = clean_title(full), body[1:]  # 标题: 某某… over a forum's printed post: its headline in full
    title_in_text = bool(lead_title) and not title and not labelled  # (no headline line over the dispatch)
    title = (clean_title(lead_title["title"]) if lead_title else None) or title or (clean_title(labelled) if labelled else None) \
        or pm.get("h1") or _page_title(pm.get("title")) \
        or (_crumbed_title(doc, lines[0].start) if first else None)  # 标题:… anywhere in the article when no headline is seen
    entry = _ENTRY_HEADING.match(body[0].text) if not title and body and body[0].text.startswith("【") else None
    if entry and not _COLUMN_WORDS.search(entry["title"]):
        title = clean_title(entry["title"])  # 【条目标题】正文…: a yearbook entry's heading opening its paragraph
    for key in ("date", "source"):
        if pm.get(key):
            fields.setdefault(key, pm[key])
    if not authors and pm.get("author"):
        authors.extend(Author(n, "作者") for n in split_names(pm["author"]) if _personal(n))
    if not body or not first and not any(cjk_count(ln.text) for ln in body):
        return None  # (…。/ 某某公司 / ?: a name over a mark the encoding lost, after the article, is none)
    start = body[0].start + (entry.end() if entry and title else 0)  # (the entry's heading is no text of it)
    end = body[-1].start + len(body[-1].text)
    text = doc.text[start:end]
    orig = doc.orig_span(start, end)
    source = _source_named(fields.get("source") or fields.get("posted_by"))
    if title and (opened := _publication_opening(title)):
        # 人民日报:标题: the paper that printed it, before its headline (the source, where no 来源 names one)
        source, title = source or opened[0], opened[1]
    if not source and (own := _own_paper_praising(lines[:body_from], lines[:body_from + 3])):
        source = own  # 某报点赞某地…:标题 over the headline, its byline 本报记者: the paper that printed it
    art = Article(
        doc_id=doc.raw.id, index=index, title=_without_medium(title, source), date=_iso(fields.get("date")), source=source,
        authors=authors, editor=fields.get("editor"), affiliation=fields.get("affiliation") or masthead,
        issue=fields.get("issue"), printed_in=fields.get("printed_in"), kicker=kicker, text=text, title_in_text=title_in_text,
        doc_start=start, orig_start=orig[0], orig_end=orig[1], other_days=_other_days(lines, pairs, _iso(fields.get("date"))),
    )
    art.paragraphs = _paragraphs(doc, text, start)
    art.unreadable = [m.span() for m in _UNREADABLE_RUN.finditer(text)]
    return art


# (在某某领导下——某某)标题, 【栏目】标题: a series' tag in brackets opening a headline's line
_BRACKETED_TAG = re.compile(r"^\s*[(（【〔\[][^()（）【】〔〕\[\]]{1,60}[)）】〕\]]")


def _headline_over_dispatch(line: str, headline: str) -> bool:
    """(栏目)标题 over 某某社某地电 题:标题: the line holds the dispatch's headline and is shaped as one, a
    series' tag in brackets before it at most (a lead or an editor's note repeating it is prose: 5月10日,…。)."""
    bare = clean_title(_BRACKETED_TAG.sub("", line))
    return bool(headline) and headline in bare and len(bare) <= len(headline) + 10 \
        and not _SENTENCE_MARK.search(bare.rstrip("！!？?"))


# 第六编 人才, 第一章 人才环境, 第三节 干部结构: a book's part, chapter or section, by its number and name (a
# regulation's 第一章 总则 and its 第N条 articles are a document's, whose title the page lacks)
_BOOK_SECTION = re.compile(rf"^第[一二三四五六七八九十百\d]{{1,4}}(?P<rank>[编章节])\s*(?!总则|附则|总 则|附 则)[{CJK}“”+\-]{{2,24}}$")
# 《某某县志》, 《某某年鉴》, 《某某党史》: a book or gazetteer by its kind (a plan's or an opinion's 《》 is a
# policy document's title, its chapters no headlines of their own)
_BOOK_NAME = re.compile(r"《[^《》]{1,18}(?:志|年鉴|史|史话|史略|史稿|大事记)》")
_ARTICLE_OF_RULES = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}条")


def _book_section_heads(body: list[Line]) -> int:
    """How many of the text's first lines are a book's section headings over its prose (0 if none, and 0
    when a later line is a heading of one of their ranks: the page holds the whole work, not an excerpt)."""
    n = 0
    while n < min(len(body), 4) and (s := body[n].text.strip()).startswith("第") and _BOOK_SECTION.match(s):
        n += 1
    following = body[n].text.strip() if n and n < len(body) else ""
    if not following or len(following) <= 30 or _ARTICLE_OF_RULES.match(following):
        return 0
    ranks = {_BOOK_SECTION.match(ln.text.strip())["rank"] for ln in body[:n]}
    if len(ranks) < n:
        return 0  # 第一章 某某 / 第二章 某某: a table of contents or the whole work, not one excerpt's heads
    return 0 if any((m := _BOOK_SECTION.match(ln.text.strip())) and m["rank"] in ranks for ln in body[n:]) else n


def _crumbed_title(doc: CleanDocument, start: int) -> str | None:
    """当前位置:首页 > 栏目 > 标题 over an article whose headline the page prints nowhere else: the
    breadcrumb's last step (the repair stage took the breadcrumb off; it is read in the original, in
    the few lines over the article)."""
    above = doc.raw.text[:doc.orig_span(start, start)[0]].splitlines()[-8:]
    return next((clean_title(t) for ln in reversed(above) if (t := breadcrumb_headline(ln))), None)


_UNREADABLE_RUN = re.compile(f"{UNREADABLE}+")
_ELLIPSIS_END = re.compile(r"\s*(?:\.{3,}|…+)$")


def _headline_cut_short(labelled: str, line: str) -> str | None:
    """The first line of the text when it is the headline a 标题: field cut short with an ellipsis."""
    stem = _ELLIPSIS_END.sub("", labelled)
    return line.strip() if stem != labelled and len(stem) >= 6 and line.startswith(stem) and is_headline_like(line.strip()) else None


_SHARING_SITE = re.compile(r"文库$|^(?:道客巴巴|豆丁网?|原创力文档|360doc|(?:360)?个人图书馆)$", re.IGNORECASE)


def _shared_copy_lines(lines: list[Line]) -> set[int]:
    """来源:某某文库 … 时间:(its upload) over 2011年…来源:某某周刊 作者:某某: a document-sharing site's fields
    give way to the original's, printed under them."""
    sourced = {i: v for i, ln in enumerate(lines) if ln.kind == "meta" for k, v in ln.meta if k == "source"}
    shared = {i for i, v in sourced.items() if _SHARING_SITE.search(v.strip("《》"))}
    return shared if shared and len(shared) < len(sourced) else set()


# A headline's line closed by its writer's name, set apart by a space
_SIGNED_TITLE = re.compile(rf"^(?P<title>\S.{{9,}}?[^\s，,、])\s+(?P<name>[{CJK}]{{2,3}})$")


# 《人民日报》刊发某某文章: a headline announcing a paper's article by a named writer
_REPRINT = re.compile(rf"^《(?P<src>[^《》]{{2,12}})》(?:刊发|刊登|发表|刊载)(?P<name>[{CJK}]{{2,4}})(?:署名)?(?:文章|评论|署名文章)")


def _reprinted(title: str | None) -> list[tuple[str, str]]:
    """The paper and the writer a reprint's headline names (after the page's own fields: theirs win)."""
    m = _REPRINT.match(title) if title else None
    return [("source", m["src"]), ("author", m["name"])] if m and is_person_name(m["name"]) else []


# 来源:某某镇 over 某某镇:干部下沉一线: a place as the source is the headline's kicker, not a medium
_PLACE_NAME = re.compile(r"^(?!今日|魅力|文明|美丽|掌上|智慧|幸福|诗画).*(?:省|市|县|区|州|旗|盟|镇|乡|街道|苏木|村|社区)$")  # (今日湖州: a medium)


def _other_days(lines: list[Line], pairs: list[tuple[str, str]], date: str | None) -> list[str]:
    """The days a notice is signed under its issuer (落款), a disclosure table's 成文日期 and a paper's
    print edition cited by its title: dates the article prints besides its own.  The one its date was read from, when no other line dates
    it, is that date again."""
    signed = [v for k in sorted(_signatures(lines, 0, len(lines))) if lines[k].kind == "meta"
              for key, v in lines[k].meta if key == "date"]
    # 《 某某日报 》( 2023年11月22日 10 版): the day the paper printed it, a date the page prints too
    signed += [v for ln in lines if ln.kind == "meta" and any(key == "printed_in" for key, _ in ln.meta)
               for key, v in ln.meta if key == "date"]
    days = [d for d in map(_iso, signed + [v for k, v in pairs if k == "date_written"][:1]) if d]
    elsewhere = Counter(_iso(v) for k, v in pairs if k == "date")
    elsewhere.subtract(map(_iso, signed))
    if date in days and not +elsewhere:
        days.remove(date)
    return days


# 人民日报点赞某地…:标题, 光明日报关注…:标题: a repost's page title naming the paper that ran the story and what
# it did, then (after a colon) the story's own headline; not a local site's own headline on the paper's notice
# (某报头版点赞我县…: the site's words, over its own reporter's copy)
_PAPER_DID = re.compile(r"^(?P<paper>[^\s:：，,]{2,8}?)(?:点赞|关注|聚焦|刊文|头版|报道|推介)"
                        r"(?=[^:：]*[:：]\s*\S)(?![^:：]*我[县市区镇乡省])")


def _own_paper_praising(header: list[Line], top: list[Line]) -> str | None:
    """The paper a repost's page title opens with (人民日报点赞某地…:标题, a paper of
    resources/publications.txt or named as one) where the byline under it (among the ``top`` lines)
    is the paper's own (本报记者 某某): the source."""
    if not any(ln.kind == "meta" and ln.text.lstrip(BULLETS + " ").startswith("本报") for ln in top):
        return None
    for ln in header:
        m = _PAPER_DID.match(ln.text.strip()) if ln.kind == "text" else None
        if m and (m["paper"] in word_set("publications.txt") and m["paper"].endswith("报") or _PAPER_NAME.fullmatch(m["paper"])):
            return m["paper"]
    return None


def _publication_opening(title: str) -> tuple[str, str] | None:
    """人民日报:标题 -> (人民日报, 标题): a publication and a colon opening the headline, whatever the source
    line names (_without_medium takes off only the source's own name): one of resources/publications.txt
    (a common word there, 群众, only as a paper's, …报), or a paper's name (某某财经报)."""
    head, colon, rest = title.partition(":") if ":" in title else title.partition("：")
    head = head.strip()
    paper = bool(_PAPER_NAME.fullmatch(head)) and not is_general_word(head)  # (中国财经报:…; not 工作简报:)
    listed = head in word_set("publications.txt") and (head[-1] in "报网社刊" or not is_general_word(head))  # (群众:…, 党建:…: words)
    if colon and (listed or paper) and len(rest.strip()) >= 6:
        return head, rest.strip()
    return None


_PAPER_NAME = re.compile(rf"[{CJK}]{{2,8}}(?:日报|晚报|时报|商报|青年报|财经报|经济报|法治报|法制报|农民报|工人报|妇女报)")


def _without_medium(title: str | None, source: str | None) -> str | None:
    """瞭望东方周刊:援藏干部驻村日记 under 来源:瞭望东方周刊: the medium's name before the headline."""
    # (a source of two characters without a medium's last character, 凤庆 over 凤庆:…, is a place's
    # short name, not a medium's like 红网)
    if title and source and (len(source) >= 3 or source[-1] in "网报台社刊") and title.startswith(source) \
            and not _PLACE_NAME.search(source):
        rest = title[len(source):]
        if rest[:1] in (":", "：", "|", "丨") and len(rest.strip(":：|丨 ")) >= 4:
            return rest.strip(":：|丨 ")
    return title


def _source_named(source: str | None) -> str | None:
    """A medium's name without its 原创 label or the platform an account posts on; a source naming a
    paper and its site (来源:某某网-某某日报) stays as written (a reporter's paper is taken apart in
    the byline, meta.reporters_paper)."""
    if source and source.endswith("原创") and len(source) > 4 and not any(map(source.__contains__, "-—·•/")):
        return source[:-2]  # 某某新闻原创: the medium's own label for its content
    if source and (platform := _PLATFORM_TAIL.search(source)) and platform.start() >= 2:
        return source[:platform.start()].rstrip("、,， ")  # 来源:某某发布微信公众号: the account is 某某发布
    return source


_PLATFORM_TAIL = re.compile(r"\s*(?:微信公众号|微信公众平台|公众号|微信号|官方微信|官方微博|微博号|抖音号)$")


def _page_title(title: str | None) -> str | None:
    """<title>标题_栏目_某某网</title> -> 标题: the longest part, without what wraps it."""
    if not title:
        return None
    parts = strip_title_prefix(title)
    return clean_title(parts[0] if parts else title)


_ISO_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _iso(date: str | None) -> str | None:
    """A date field's ISO form; a value already shaped so is checked against the calendar all the same
    (发布时间:2021-13-05, 时间:2021-04-31 date nothing)."""
    if not date:
        return None
    return checked_iso(date) if _ISO_DAY.fullmatch(date) else iso_date(date)


def _paragraphs(doc: CleanDocument, text: str, base: int) -> list[Paragraph]:
    paras = []
    pos = 0
    orig_span = doc.orig_span
    for i, ptext in enumerate(text.split("\n")):
        s, e = pos, pos + len(ptext)
        pos = e + 1
        p = Paragraph(i, s, e, *orig_span(base + s, base + e), text=ptext,
                      heading=is_heading_like(ptext) or is_section_heading(ptext))
        p.sentences = [Sentence(k, ss, se, *orig_span(base + ss, base + se), text=text[ss:se])
                       for k, (ss, se) in enumerate(split_sentences(ptext, s))]
        paras.append(p)
    return paras


def split_articles(doc: CleanDocument) -> list[Article]:
    lines = doc.lines
    if not lines:
        return []
    starts = _header_starts(lines) + [len(lines)]
    out = _articles(doc, starts)
    if _opens_with_a_teaser(out):
        out = _articles(doc, starts[1:])
    elif _opens_with_copy(out):
        out = out[1:]
    return [art for _, art in out]


def no_article_reason(doc: CleanDocument, articles: list[Article]) -> str | None:
    """Why a file gives no article, said as a skip naming it (it was stored as a document of 0 articles, under
    `--strict` too, with no word); None when it gives one."""
    if articles:
        return None
    if doc.text.strip():
        return "no article found in its text"
    if doc.quality.counts.get("metadata"):
        return "no article text, only metadata lines (a date, source, author or editor)"
    return "no article text once page furniture and spam were taken out"


def _opens_with_copy(arts: list[tuple[int, Article]]) -> bool:
    """An ad's copy over the page's headline (【某云】…新老同享 99元/年,…服务器): one untitled paragraph
    that holds no sentence is no article."""
    if len(arts) < 2 or arts[0][0] != 0:
        return False
    first = arts[0][1]
    return not first.title and len(first.paragraphs) == 1 and not _SENTENCE_MARK.search(first.text) \
        and bool(_AD_COPY.search(first.text)) and bool(arts[1][1].title)


_AD_COPY = re.compile(r"[A-Za-z]{2,}|\d+\s*元\s*/\s*(?:年|月|天)")  # (a brand's Latin letters, a price per year)


_SENTENCE_MARK = re.compile(f"[{SENTENCE_STOPS}]")


def _articles(doc: CleanDocument, starts: list[int]) -> list[tuple[int, Article]]:
    """(the segment it comes from, the article) for each segment between ``starts`` that makes one."""
    out = []
    for k, (a, b) in enumerate(zip(starts, starts[1:])):
        art = _article(doc, doc.lines[a:b], len(out), first=(k == 0))
        if art is not None:
            out.append((k, art))
    return out


# (what marks the decoder could not place read as: two in a row, or a private-use character; not one
# question mark ending a question)
_GARBLE_PRONE = re.compile(f"[?？!！]{{2}}|[{PUA}]")


def _opens_with_a_teaser(arts: list[tuple[int, Article]]) -> bool:
    """A page that opens with the article's first paragraph above its headline (a teaser): that
    untitled piece of one paragraph, whose opening a later article repeats, is no article of its own;
    nor is an undated headline over a paragraph of summary that the dated article repeats."""
    if len(arts) < 2 or arts[0][0] != 0 or len(arts[0][1].paragraphs) != 1:
        return False
    first, second = arts[0][1], arts[1][1]
    if first.title:  # 标题 / its summary / 标题 again with the dateline: the summary is the page's, no article
        return bool(second.title) and _same_headline(first.title, second.title) and not first.date and bool(second.date)
    opening = first.text.strip()[:30]
    if len(opening) >= 10 and any(opening in later.text for _, later in arts[1:]):
        return True
    # (or up to a mark the page's encoding may have garbled in one copy only: 。“ read as ?! and a wrong character)
    return any(_garbled_copy(first.text.strip().lstrip("“\"‘「"), later.text) for _, later in arts[1:])


def _garbled_copy(teaser: str, later: str) -> bool:
    """``teaser`` is ``later``'s text garbled at one place within its opening: the same ten or more
    characters up to the garbled marks, and after them (a run of wrong characters skipped) the same
    words again. A slogan or a question closed by !! or ？！ that a later article merely quotes
    (坚决打赢…阻击战!!青禾县… over …党员干部坚决打赢…阻击战,守好…) goes on differently: an article."""
    m = _GARBLE_PRONE.search(teaser[:30])
    if m is None or m.start() < 10:
        return False
    prefix, rest = teaser[:m.start()], _GARBLE_PRONE.sub("", teaser[m.end():])
    at = later.find(prefix)
    while at >= 0:
        after = later[at + len(prefix): at + len(prefix) + 30]
        # (eight characters of the teaser's rest at about the same place in the copy: the wrong run is
        # about as long as what it stands for)
        if any(len(rest[k:k + 8]) == 8 and after.find(rest[k:k + 8], max(0, k - 4), k + 12) >= 0 for k in range(12)):
            return True
        at = later.find(prefix, at + 1)
    return False
