"""Repair and normalise crawled text, keeping offsets back to the original.

``repair_document`` is the stage: a pure function from a ``RawDocument`` to a
``CleanDocument``.  Each step below rewrites a ``Tracked`` text and records
what it changed in the document's quality report: mojibake (``mojibake``), the
character steps (``chars``), a forum's anti-scraping filler and whitespace here, then the line
repairs (``lines``).
"""
from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from pipeline.core.lexicons import alternation, word_list, word_set, word_table
from pipeline.core.records import CleanDocument, QualityReport, RawDocument
from pipeline.nlp.segment import get_segmenter, is_common_word
from pipeline.text.chars import CJK, INVISIBLE, UNREADABLE, OpeningScan, halfwidth, simplify, strip_pinyin_residue
from pipeline.text.ingest import undecodable_marked
from pipeline.text.lines import has_spam_word, line_repairs
from pipeline.text.meta import person_names, plain_word
from pipeline.text.mojibake import repair_mojibake
from pipeline.text.tracked import Tracked

_CARRIAGE_RETURN = re.compile(r"\r\n?")
_UNREADABLE_RUN = re.compile(f"{UNREADABLE}+")
# A run of spaces or tabs that changes: at a line's end (dropped), of two characters or more, or a lone
# tab, form feed or vertical tab (made one space).  A lone space inside a line stays and is no match, so
# the scan makes no call per space between words.  Each match is a whole run, found at its first
# character: the greedy run is tried first, and a run these reject is a lone space, after which the
# scan goes on past it.
_SPACES_TO_MEND = re.compile(r"[ \t\f\v]+(?:(?=\n|\Z)|(?<=[ \t\f\v]{2})|(?<=[\t\f\v]))")
# A markdown link or image: its text stays, its address goes ([50名](http://…) → 50名; ![图](a.png) → nothing)
_MD_LINK = re.compile(r"(!?)\[([^\]\n]{0,200})\]\([^)\s]{1,500}(?:\s+\"[^\"\n]*\")?\)")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", re.M)


def collapse_whitespace(t: Tracked, report: QualityReport) -> Tracked:
    """Runs of spaces become one; spaces at line ends go.  Spaces between Chinese
    characters are dropped later, in text lines only: bylines need them."""
    text = t.text

    def fix(m: re.Match[str]) -> str:
        b = m.end()
        if b == len(text) or text[b] == "\n":
            return ""
        # Indentation stays as one space: it tells a new paragraph from a page break.
        return " "

    t2, applied = t.sub(_SPACES_TO_MEND, fix)
    report.bump("whitespace", len(applied))
    return t2


# A forum's anti-scraping filler (+ S/ i$ M7 P2 z0): runs of one- and two-character ASCII tokens
# between spaces, a third of them holding a symbol other than arithmetic's (1 + 1 + 1 > 3 stays) and
# one at least a letter glued to a digit or a symbol (the first may be glued to the text before it:
# 标题$ `. `& |3 …).  No text of the genre looks like that.
_JUNK_RUN = re.compile(rf"(?:(?<=[ \t])|^|(?<=[{CJK}]))(?:[!-~]{{1,2}}[ \t]+){{5,}}[!-~]{{1,2}}(?![!-~])", re.M)
# (_JUNK_RUN without what it asks of the character before the run: a text where this finds nothing has
# no run at all, and the scan for it skips to the ASCII characters)
# (asked at the run's first space or tab, the token before it seen by a lookbehind: a run holds one after
# its first token, which ends in an ASCII character, and one such character before a space or tab is a
# token of one; so the scans skip to the spaces and tabs, where a class that opens on ASCII stops at
# every digit of the text)
_JUNK_RUN_CUE = OpeningScan(" \t", r"(?<=[!-~][ \t])[ \t]*(?:[!-~]{1,2}[ \t]+){4,}[!-~]{1,2}(?![!-~])")
_SYMBOL = re.compile(r"[!-*,/:;?@\[-`{-~]")
_GLUED_TOKEN = re.compile(r"[A-Za-z][\d!-/:-@\[-`{-~]|[\d!-/:-@\[-`{-~][A-Za-z]")


# …的积极性。 下一篇新闻:某某标题: the pager's link to the next article, glued after the text's last sentence
_GLUED_NEXT = re.compile(r"(?<=[。！？!?”])[ \t\u3000]*下一篇(?:新闻|文章)?\s*[:：][^\n]*$", re.M)


def strip_glued_pager(t: Tracked, report: QualityReport) -> Tracked:
    if "下一篇" not in t.text:
        return t  # (every match holds it)
    t2, applied = t.sub(_GLUED_NEXT, lambda m: "")
    report.bump("glued_pager", len(applied))
    return t2


# 近日,,中共… / 能者上、优者奖,、庸者下: a comma the crawl put before another stop; no text writes two
_DOUBLED_STOP = OpeningScan(",，", r"(?=[,，、。;；!?！？])")


# …说道。某某新闻网|今日某某|某某新闻信息发布平台: a site's watermark glued after the last sentence of
# paragraph after paragraph (an anti-copying tail); the same tail three times is no text of the article
_GLUED_TAIL = re.compile(r"(?:(?<=[。！？!?])|(?<=[。！？!?]”))[ \t]*([^\n。！？!?”，,]{8,60})$", re.M)
# The stop (and ”) before each match of _GLUED_TAIL, the match starting where this one ends.  A match runs to
# its line's end through none of 。！？!?”，, so it starts after the last of them on its line, and a line holds
# one at most: this finds the same matches in a scan that skips to the stops (_GLUED_TAIL's lookbehinds are
# tried at every character).
_BEFORE_GLUED_TAIL = re.compile(r"[。！？!?]”?(?=[ \t]*[^\n。！？!?”，,]{8,60}$)", re.M)


# （牵头单位：县委组织部）, 责任单位:县人社局: an item's note in brackets or a key and its value, which a
# plan repeats after item after item; a site's watermark is its name or slogan, neither
_ITEM_NOTE = re.compile(r"[(（【\[].*[)）】\]]|[^:：]{1,8}[:：].*")


def strip_glued_watermark(t: Tracked, report: QualityReport) -> Tracked:
    tails = Counter(_GLUED_TAIL.match(t.text, stop.end())[1] for stop in _BEFORE_GLUED_TAIL.finditer(t.text))
    marks = {tail for tail, n in tails.items() if n >= 3 and not _ITEM_NOTE.fullmatch(tail.strip())}
    if not marks:
        return t
    t2, applied = t.sub(_GLUED_TAIL, lambda m: "" if m[1] in marks else None)
    report.bump("glued_watermark", len(applied))
    return t2


def strip_doubled_stops(t: Tracked, report: QualityReport) -> Tracked:
    if not _DOUBLED_STOP.found(t.text):
        return t  # (no match: the same text, nothing to count)
    t2, applied = t.sub(_DOUBLED_STOP.pattern, lambda m: "")
    report.bump("doubled_stop", len(applied))
    return t2


# What a closing tag leaves at a paragraph's end when its '<' went with a misread byte (…有温度?!?/p>): the tag's
# rest, and before it the quotation's close and the stop the misreading turned into ?!? (。” in every page seen).
# Left, it glued the paragraph to the next (no stop ends the line).
_TAG_REMNANT = re.compile(r"(\?!\?)?/(?:p|div|span|li|td|font|strong|h[1-6])>[ \t]*$", re.M)


def _tag_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every listed element name, the block ones): pipeline/resources/html_tag_names.txt."""
    rows = [e.split() for e in word_set("html_tag_names.txt")]
    return frozenset(r[-1] for r in rows), frozenset(r[-1] for r in rows if r[0] == "block")


# A tag of a listed element (<p>, </p>, <br/>, <span class="x">: attributes in ASCII, no < or > in them) and a character reference (&nbsp; &#28548; &#x4e2d;)
_MARKUP = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b(?:\s[ -;=?-~]{0,300})?/?>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,30});")


def strip_markup_in_text(t: Tracked, report: QualityReport) -> Tracked:
    """A plain-text file holding a page's markup (<p>…</p> around its lines, &nbsp;): tags of HTML elements
    are removed (a block element's tag ends its line when text follows on that line) and character
    references decoded.  Left, '/p>' was cut as a tag's rest (leaving '<' at each line's end), joined the
    paragraphs and hid the list marks (一是) behind '<p>'."""
    if ("<" not in t.text or ">" not in t.text) and "&" not in t.text:
        return t  # (nearly every text)
    names, blocks = _tag_names()

    def fix(m: re.Match[str]) -> str | None:
        if m[0][0] == "&":
            out = html.unescape(m[0])
            return None if out == m[0] else out.replace("\xa0", " ")
        name = m[2].lower()
        if name not in names:
            return None  # (<2023年> or a formula: not markup)
        ends_line = m.end() < len(m.string) and m.string[m.end()] != "\n"
        return "\n" if name in blocks and (m[1] or name == "br") and ends_line else ""

    t2, applied = t.sub(_MARKUP, fix)
    report.bump("markup", len(applied))
    return t2


@lru_cache(maxsize=1)
def _bbcode() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(a listed BBCode tag, the closing tag a text needs to be scanned, the block ones):
    pipeline/resources/bbcode_tag_names.txt."""
    rows = [e.split() for e in word_list("bbcode_tag_names.txt")]
    names = alternation(r[-1] for r in rows)
    tag = re.compile(rf"\[(/?)({names})(?:=[^\[\]\n]{{1,60}})?\]", re.I)
    return tag, re.compile(rf"\[/(?:{names})\]", re.I), frozenset(r[-1] for r in rows if r[0] == "block")


def strip_bbcode(t: Tracked, report: QualityReport) -> Tracked:
    """A forum post printed with its BBCode ([size=4][font=宋体]全县[/font][font=Times New Roman]141[/font]…):
    the tags go, the text between them stays at its offsets, and a paragraph's tag ([align=left], [/align]) ends
    its line when text follows (a post's paragraphs are parted by these tags alone).  Left, the tags parted each figure from its unit (141 from 个) and glued
    the paragraphs into one."""
    if "[/" not in t.text:
        return t  # (nearly every text)
    tag, closing, blocks = _bbcode()
    if not closing.search(t.text):
        return t  # ([/] alone, or a bracket of the text's own)

    def fix(m: re.Match[str]) -> str:
        ends_line = m.end() < len(m.string) and m.string[m.end()] != "\n"
        return "\n" if m[2].lower() in blocks and ends_line else ""

    t2, applied = t.sub(tag, fix)
    report.bump("bbcode", len(applied))
    return t2


def strip_tag_remnants(t: Tracked, report: QualityReport) -> Tracked:
    if "/" not in t.text or ">" not in t.text:
        return t  # (nearly every text: no tag's rest in it)
    t2, applied = t.sub(_TAG_REMNANT, lambda m: "。”" if m[1] else "")
    report.bump("tag_remnant", len(applied))
    return t2


def strip_scrape_junk(t: Tracked, report: QualityReport) -> Tracked:
    def fix(m: re.Match[str]) -> str | None:
        tokens = m.group(0).split()
        junk = sum(bool(_SYMBOL.search(x)) for x in tokens) * 3 >= len(tokens) and any(map(_GLUED_TOKEN.search, tokens))
        return "" if junk else None

    if not _JUNK_RUN_CUE.found(t.text):
        return t  # (no match: the same text, nothing to count)
    t2, applied = t.sub(_JUNK_RUN, fix)
    report.bump("scrape_junk", len(applied))
    return t2


# 标题 ■记者某某 “正文…: a crawler joined the headline, a bulleted byline and the body on one line
# One space on each side, each made a line break: the text keeps its length, so every offset holds.
_GLUED_BYLINE = re.compile(r"(?<=\S)[ \t\u3000]([■□●◆][ \t]*(?:本报)?(?:记者|通讯员)[ \t]*[\u4e00-\u9fff]{2,4}"
                           r"(?:[ \t]*(?:记者|通讯员)[ \t]*[\u4e00-\u9fff]{2,4})*)[ \t\u3000](?=\S)")


# 扫描二维码访问某网移动版 标题 扫描二维码访问某社微信: a QR code's captions printed on the headline's line
_GLUED_QR_BEFORE = re.compile(r"(?<=\S)[ \t\u3000]+(?=扫描二维码访问\S{2,14}?(?:移动版|手机版|微信|客户端|网站)(?:[ \t\u3000\n]|$))")
_GLUED_QR_AFTER = re.compile(r"(?P<prompt>扫描二维码访问\S{2,14}?(?:移动版|手机版|微信|客户端|网站))[ \t\u3000]+(?=\S)")


def split_glued_prompts(t: Tracked, report: QualityReport) -> Tracked:
    if "扫描二维码访问" not in t.text:
        return t  # (every match of both holds it)
    t2, before = t.sub(_GLUED_QR_BEFORE, lambda m: "\n")
    t2, after = t2.sub(_GLUED_QR_AFTER, lambda m: m["prompt"] + "\n")
    report.bump("glued_prompt", len(before) + len(after))
    return t2


# 《某某黄金城:关于…的意见》, 《足彩…推荐中央关于…的意见》: a gambling site's words spun into a cited title
# (the opening mark is matched and put back, not a lookbehind: a scan for the pattern then skips to the
# marks, and the mark keeps its offset, the replacement's first character pointing at it)
_SPAM_IN_TITLE = re.compile(r"《(?P<spam>[^《》:：\n]{2,14}?)(?:[:：]|(?=(?:中共|中央|国务院|关于|全国)))(?=[^《》\n]{4,}》)")


def strip_spam_in_titles(t: Tracked, report: QualityReport) -> Tracked:
    if "《" not in t.text:
        return t
    # (a gambling or adult word only: 《某市社会福利院关于…》 keeps its issuer)
    t2, applied = t.sub(_SPAM_IN_TITLE, lambda m: "《" if has_spam_word(m["spam"], ambiguous=False) else None)
    report.bump("spam_in_title", len(applied))
    return t2


# 某某某    正文…: a writer's name opening a paragraph, set apart from its text by two spaces or more (a
# portal's author cell run into the text).  The first space becomes a line break, so the name stands as a
# line of names; only a three-character person's name (two characters are as often a city's: 常州)
_NAME_BEFORE_TEXT = re.compile(rf"(?m)^([ \t\u3000]*[{CJK}]{{3}})[ \t\u3000](?=[ \t\u3000]+[{CJK}“][^\n]{{20,}}?[。！？])")


def _writers_name(s: str) -> bool:
    """A person's name, no ordinary or frequent word (石家庄, 关键词 and 高质量 are words; 王建国 is a name
    the dictionary holds too) and no place's."""
    return bool(person_names(s)) and not plain_word(s) and not is_common_word(s) and s[-1] not in "市县区镇村州山江湖省乡"


# (the two spaces or more after the name and the text's first character, which every match of
# _NAME_BEFORE_TEXT holds: a scan that skips to the spaces, where the pattern tries every line)
_NAME_BEFORE_TEXT_CUE = re.compile(rf"[ \t\u3000][ \t\u3000]+[{CJK}“]")


def split_name_from_text(t: Tracked, report: QualityReport) -> Tracked:
    if not _NAME_BEFORE_TEXT_CUE.search(t.text):
        return t
    t2, applied = t.sub(_NAME_BEFORE_TEXT, lambda m: m.group(1) + "\n" if _writers_name(m.group(1).strip()) else None)
    report.bump("glued_byline", len(applied))
    return t2


def split_glued_byline(t: Tracked, report: QualityReport) -> Tracked:
    if not any(mark in t.text for mark in "■□●◆"):
        return t  # (every match holds one)
    t2, applied = t.sub(_GLUED_BYLINE, lambda m: "\n" + m.group(1) + "\n")
    report.bump("glued_byline", len(applied))
    return t2


# 某某消息(记者甲 通讯员乙⏎丙)正文…: a line break inside a lead's byline bracket, made a space (one
# character for one: every offset holds)
_BROKEN_BYLINE = re.compile(r"([(（][ \t]*(?:本报|本台|本刊)?(?:记者|通讯员)[^()（）\n]{1,40})\n(?=[ \t]*[\u4e00-\u9fff·、 \t]{2,16}[)）])")


# 来源:⏎某某日报⏎作者:: a page's field table printed one cell a line, the value under its key (a name:
# no space, digit or punctuation, and no field's label such as 发布时间)
# (a blank line may stand between them; a button such as 手机查看 under an empty 作者: is no name)
_KEY_OVER_VALUE = re.compile(
    r"(?m)^([ \t]*(?:(?:来源|稿源|信息来源)[ \t]*[:：])[ \t]*)\n(?:[ \t]*\n)?(?=[ \t]*(?![^\n]*(?:时间|日期)[ \t]*\n)(?P<medium>[\u4e00-\u9fffA-Za-z·\-－—]{2,16})[ \t]*\n)"
    r"|^([ \t]*(?:作者|责任编辑|责编|编辑)[ \t]*[:：][ \t]*)\n(?:[ \t]*\n)?(?=[ \t]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*\n)")  # (a medium; a name)
# 2020⏎/ 05/20, 2021⏎12/16: a page's date printed year over month and day
_BROKEN_DAY = re.compile(r"(?m)^[ \t]*(?P<y>(?:19|20)\d\d)[ \t]*\n(?:[ \t]*\n)?[ \t]*/?[ \t]*(?P<md>(?:0?[1-9]|1[0-2])/\d{1,2})[ \t]*$")


# 文?|《某某》周刊记者?甲?乙: a page saved through a narrow code page wrote ? for the spaces it could not
# encode (U+3000, U+00A0).  Read so only on a byline's line: opening with the writer's mark or a role,
# no clause punctuation, every ? between two characters of text, and each piece after one a name of
# two to four characters or a piece holding a role, a bar or a title mark (驻村干部该干什么?记者走访 is
# a headline's question; 记者 王?明 lost a character of the name, no space); the label a whole word and
# no question word before the '?' (文明村镇怎么创?看某县, 本报调查:…为何…?专家解读: headlines)
_LOST_SPACE_LINE = re.compile(r"(?m)^(?:文|作者|记者|通讯员|本报|本刊|摄影|编辑)[^\n。，,；;！!“”]{2,58}$")
_LOST_SPACE = re.compile(rf"(?<=[{CJK}|｜》])\?(?=[{CJK}|｜《])")
_NAME_PIECE = re.compile(rf"[{CJK}]{{2,4}}|.*(?:记者|通讯员|作者|摄影|编辑|[|｜《》]).*")
_ONE_CHARACTER_BESIDE = re.compile(rf"(?:^|[\s|｜])(?!文\?)[{CJK}]\?|\?[{CJK}](?:[\s|｜]|$)")


# the byline's opening label as the segmenter reads the line's first word (文明村镇…, 记者站… open no byline)
_BYLINE_LABELS = frozenset(("文", "作者", "记者", "通讯员", "本报", "本刊", "摄影", "编辑", "本报记者", "本刊记者", "本报讯", "本刊讯"))


@lru_cache(maxsize=1)
def _question_word() -> re.Pattern[str]:
    """Any word of resources/question_words.txt (怎么, 为何, 是否…)."""
    return re.compile(alternation(word_list("question_words.txt")))


def _byline_like(line: str) -> bool:
    """A line _LOST_SPACE_LINE found opens with a whole label, and no question word stands before its last '?'."""
    return get_segmenter().cut(line[:8])[0] in _BYLINE_LABELS and not _question_word().search(line, 0, line.rindex("?"))


def restore_lost_spaces(t: Tracked, report: QualityReport) -> Tracked:
    edits = []
    for line in _LOST_SPACE_LINE.finditer(t.text) if "?" in t.text else ():
        a, b = line.span()
        pieces = line.group(0).split("?")
        if len(pieces) > 1 and len(pieces) - 1 == len(_LOST_SPACE.findall(t.text, a, b)) \
                and all(_NAME_PIECE.fullmatch(p) for p in pieces[1:]) and not _ONE_CHARACTER_BESIDE.search(line.group(0)) \
                and _byline_like(line.group(0)):
            edits += [(q.start(), q.end(), " ") for q in _LOST_SPACE.finditer(t.text, a, b)]
    report.bump("lost_space", len(edits))
    return t.replace_spans(edits) if edits else t


# (what every match of _KEY_OVER_VALUE holds: the key's colon at its line's end; a scan that skips to colons)
_COLON_AT_LINE_END = OpeningScan(":：", r"[ \t]*\n")


def join_broken_byline(t: Tracked, report: QualityReport) -> Tracked:
    t2, applied = t.sub(_BROKEN_BYLINE, lambda m: m.group(1) + " ") if "记者" in t.text or "通讯员" in t.text else (t, [])
    if _COLON_AT_LINE_END.found(t2.text):
        furniture = word_set("page_furniture.txt")
        t2, under = t2.sub(_KEY_OVER_VALUE, lambda m: None if (m["medium"] or m["name"]) in furniture else (m.group(1) or m.group(3)) + " ")
    else:
        under = []
    report.bump("broken_byline", len(applied) + len(under))
    return t2


# (the month/day closing every match of _BROKEN_DAY: a scan that skips to the slashes)
_DAY_AT_LINE_END = re.compile(r"/\d{1,2}[ \t]*$", re.M)


def join_broken_day(t: Tracked, report: QualityReport) -> Tracked:
    if not _DAY_AT_LINE_END.search(t.text):
        return t
    t2, days = t.sub(_BROKEN_DAY, lambda m: f"{m['y']}/{m['md']}")
    report.bump("broken_day", len(days))
    return t2


# 记 者:某某, 编 辑:某某, 来 源:某报: a two-character label spaced out to line up with longer ones
_SPACED_LABEL = re.compile(rf"(?:^|(?<=[ \t【\[]))([{CJK}])[ \t]{{1,3}}([{CJK}])(?=[ \t]*[:：])", re.M)
_LABELS = frozenset(k for k, _ in word_table("metadata_labels.tsv") if len(k) == 2) | {"记者"}
_SPACED_LABEL_CUE = OpeningScan(" \t", rf"[{CJK}][ \t]*[:：]")  # (the end of every _SPACED_LABEL match)


def join_spaced_labels(t: Tracked, report: QualityReport) -> Tracked:
    if not _SPACED_LABEL_CUE.found(t.text):
        return t  # (no match: the same text, nothing to count)
    t2, applied = t.sub(_SPACED_LABEL, lambda m: m[1] + m[2] if m[1] + m[2] in _LABELS else None)
    report.bump("spaced_label", len(applied))
    return t2


# 标题时间:2021-12-20 正文…: a crawler joined the headline, its date field and the body on one line
# (it opens with a lookahead for 发, 更 or 时, what its matches start with: a search rejects most positions
# at one character instead of trying the lookbehinds there)
_GLUED_TIME = re.compile(r"(?=[发更时])(?<=[\u4e00-\u9fff”」)）])(?<!发布)(?<!更新)(?:发布|更新)?时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}"
                         r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:(?P<gap>[ \t\u3000]+)(?=\S)|[ \t\u3000]*(?=\n|$))")
# 报名截止时间, 培训时间, 出生时间: 时间 closing a key of the text's own, not a date field glued to a headline
_KEY_BEFORE_TIME = re.compile(r"(?:截止|报名|培训|考试|面试|会议|活动|开始|结束|举办|办理|受理|服务|工作|上班|下班|提交|申报|公示"
                              r"|有效|办公|缴费|出生|入党|参加工作|召开|完成|开标|投标|交货|入学|毕业|任职|到岗|截至)$")
# what stands before it on its line reads as a headline: 8 to 60 characters, no clause break, no list
# item's number (not 报名时间:… inside a sentence, not 三、考试时间:… or (二)面试时间:… of a notice's items)
_HEADLINE_BEFORE = re.compile(r"(?![(（]?[\d一二三四五六七八九十]{1,3}[)）、.．])[^\n。，,；;!?！？]{8,60}")


_HEAD_LINES = 6  # a headline stands among the page's first lines (menus and a site's name before it)

# The field's key and date, as every match of _GLUED_TIME holds them: a scan for it skips to 时间 (its
# literal prefix), where _GLUED_TIME is tried at every character
_TIME_FIELD_CUE = re.compile(r"时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}")


def _glued_times(text: str) -> Iterator[re.Match[str]]:
    """The matches of _GLUED_TIME.finditer(text), tried only where _TIME_FIELD_CUE finds the field: a match
    opens at its 发布 or 更新 where one stands before 时间 (its lookbehinds refuse 时 then), else at 时.
    (Matches cannot overlap: after the key a match holds only spaces, the date and the time.)"""
    for cue in _TIME_FIELD_CUE.finditer(text):
        at = cue.start()
        m = _GLUED_TIME.match(text, at - 2 if at >= 2 and text[at - 2:at] in ("发布", "更新") else at)
        if m:
            yield m


def _head_end(text: str) -> int:
    """Where the page's head ends: the start of its _HEAD_LINES-th non-blank line (a line starting there
    or before has fewer non-blank lines over it), or the text's end when it has fewer."""
    seen, start = 0, 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            seen += 1
            if seen == _HEAD_LINES:
                return start
        start = end + 1
    return len(text)


def split_glued_time(t: Tracked, report: QualityReport) -> Tracked:
    """The date field set on a line of its own, between the headline and the body glued to it: a
    line break inserted before the field, and the space after it made one (every offset holds)."""
    edits = []
    head_end = None
    for m in _glued_times(t.text):
        line_start = t.text.rfind("\n", 0, m.start()) + 1
        head_end = _head_end(t.text) if head_end is None else head_end  # (found once: the lines over each field are not counted again)
        if line_start <= head_end and _HEADLINE_BEFORE.fullmatch(t.text, line_start, m.start()) \
                and not _KEY_BEFORE_TIME.search(t.text, line_start, m.start()):
            edits.append((m.start(), m.start(), "\n"))
            if m["gap"]:
                edits.append((m.start("gap"), m.end("gap"), "\n"))
    report.bump("glued_time", sum(a == b for a, b, _ in edits))
    return t.replace_spans(edits) if edits else t


# 某某县:标题近年来,某某县…: a page printed on one line, its "place: headline" glued to the body's
# opening time phrase; a line break inserted before the phrase (the page's first line of text only,
# and a long one: the body runs on after it)
_GLUED_HEADLINE = re.compile(rf"[ \t]*[{CJK}]{{2,10}}[:：][^\n,，。;；!?！？:：\s“”]{{6,30}}?(?<!截至)"
                             r"(?=(?:近年来|今年以来|去年以来|近日|日前|近期)[,，][^\n]{80})")


# 标题 近日,正文…: the headline and the body's opening on the page's first line, a space between
_SPACED_HEADLINE = re.compile(r"[ \t]*[^\s。;；!?！？,，][^\n。;；!?！？]{6,38}?[^\s,，、](?P<gap>[ \t\u3000]+)"
                              r"(?=(?:近年来|今年以来|去年以来|近日|日前|近期)[,，][^\n]{80})")


def split_glued_headline(t: Tracked, report: QualityReport) -> Tracked:
    first = re.search(r"\S", t.text)
    at = t.text.rfind("\n", 0, first.start()) + 1 if first else 0
    m = _GLUED_HEADLINE.match(t.text, at) if first else None
    spaced = _SPACED_HEADLINE.match(t.text, at) if first and not m else None
    report.bump("glued_headline", int(m is not None or spaced is not None))
    if spaced:
        return t.replace_spans([(spaced.start("gap"), spaced.end("gap"), "\n")])
    return t.replace_spans([(m.end(), m.end(), "\n")]) if m else t


# A digest written in points (a portal's 文章核心观点 box: 标题 - 要点 要点 [1] 小标题 - 要点 [2]), one line, each point
# closed by the number of the source it came from and opened by a dash, clauses parted by spaces: no stop or
# comma stands in it, so it was one sentence (a measure of 700 characters) and once taken for a run of
# headlines.  The source's number becomes the point's stop (。: a line left without one was joined to the next
# as a page break) and each point, like each dash, ends its line.
_CITED_POINT_END = re.compile(r"(?<=[^\s\d\[]) \[\d{1,2}\](?= |$)")
_DIGEST_BREAK = re.compile(r"(?P<cited> \[\d{1,2}\])(?: - | |$)| - ")
_DIGEST_LINE = re.compile(r"^.*(?<=[^\s\d\[]) \[\d{1,2}\] .*$", re.M)


def split_cited_digest(t: Tracked, report: QualityReport) -> Tracked:
    if " [" not in t.text:
        return t  # (nearly every text)
    edits = []
    for line in _DIGEST_LINE.finditer(t.text):
        a, b = line.span()
        # (a dash opens a point: an essay's notes, 某某认为 [1] … [2], stay in their sentences)
        if " - " in line.group() and len(_CITED_POINT_END.findall(t.text, a, b)) >= 2:
            edits += [(m.start(), m.end(), ("。" if m["cited"] else "") + ("\n" if m.end() < b else ""))
                      for m in _DIGEST_BREAK.finditer(t.text, a, b)]
    report.bump("cited_digest", len(edits))
    return t.replace_spans(edits) if edits else t


def strip_markdown_links(t: Tracked) -> tuple[Tracked, int]:
    """A link's text stays, each of its characters at its own offset: the ``[`` and the ``](address)`` are
    two deletions, not one replacement of the whole link (which would point the text at the ``[`` and
    past); an image goes whole.  Returns the new text and the number of links and images."""
    edits = []
    links = 0
    for m in _MD_LINK.finditer(t.text):
        links += 1
        if m[1] or not m[2]:
            edits.append((m.start(), m.end(), ""))
        else:
            edits += [(m.start(), m.start(2), ""), (m.end(2), m.end(), "")]
    return (t.replace_spans(edits) if edits else t), links


def repair_document(raw: RawDocument) -> CleanDocument:
    report = QualityReport(encoding=raw.encoding)
    report.bump("undecodable", undecodable_marked(raw.encoding))  # (bytes decode marked: counted as repairs are)
    t = Tracked.original(raw.text)
    if "\r" in t.text:
        t, _ = t.sub(_CARRIAGE_RETURN, lambda m: "\n")
    t, _ = t.sub(INVISIBLE, lambda m: "")
    if raw.format == "md":  # markdown marks are layout, not text
        t, links = strip_markdown_links(t)
        t, applied = t.sub(_MD_MARKS, lambda m: "")
        report.bump("markdown", links + len(applied))
    if raw.format != "html":  # (a page's text is extracted from its markup already)
        t = strip_markup_in_text(t, report)
    t = strip_bbcode(t, report)
    t = strip_tag_remnants(t, report)
    t = repair_mojibake(t, report)
    t = strip_pinyin_residue(t, report)
    t = simplify(t, report)
    t = halfwidth(t, report)
    t = strip_doubled_stops(t, report)
    t = strip_scrape_junk(t, report)
    t = strip_spam_in_titles(t, report)
    t = strip_glued_pager(t, report)
    t = strip_glued_watermark(t, report)
    t = join_spaced_labels(t, report)
    t = restore_lost_spaces(t, report)
    t = split_glued_byline(t, report)
    t = split_name_from_text(t, report)
    t = split_glued_prompts(t, report)
    t = join_broken_byline(t, report)
    t = join_broken_day(t, report)
    t = split_glued_time(t, report)
    t = split_glued_headline(t, report)
    t = split_cited_digest(t, report)
    t = collapse_whitespace(t, report)
    t, lines = line_repairs(t, report)
    report.unreadable = [m.span() for m in _UNREADABLE_RUN.finditer(t.text)] if UNREADABLE in t.text else []
    return CleanDocument(raw=raw, text=t.text, offsets=t.origin, lines=lines, quality=report)


def clean_snippet(text: str) -> str:
    """A piece of crawled text repaired as a document would be, on one line."""
    raw = RawDocument(path="<snippet>", id="", encoding="utf-8", format="txt", text=text, size=len(text))
    return repair_document(raw).text.replace("\n", "")
