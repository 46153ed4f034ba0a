"""Line-level repairs: boilerplate, SEO spam, metadata lines, page breaks.

Runs after the character repairs, so it sees simplified, half-width text with
whitespace already collapsed inside lines.  It decides, line by line, what is
article text and what is page furniture, rejoins paragraphs that a page break
cut in two, and returns the final clean text.
"""
from __future__ import annotations

import re

from pipeline.core.lexicons import word_list
from pipeline.text.meta import byline_spans, parse_byline_fields, parse_meta_line
from pipeline.core.records import Line, QualityReport, Repair
from pipeline.text.tracked import Builder, Tracked

TERMINAL = "。！？!?…；;"
CLOSERS = "”’」』)）】》\"'"
_BOILER_EXACT = {
    "微信公众号", "官方微博", "最新消息", "打印", "关闭", "打印本页", "关闭窗口", "返回顶部",
    "分享到", "分享", "收藏", "扫一扫", "手机版", "网站地图", "联系我们", "相关新闻", "相关阅读",
    "上一篇", "下一篇", "返回", "首页", "字号", "【打印】", "【关闭】", "[打印]", "[关闭]",
}
_BOILER_PREFIX = re.compile(
    r"^(?:【?\s*字体\s*[:：]|【?\s*字号\s*[:：]|分享到|上一篇\s*[:：]|下一篇\s*[:：]|相关阅读|相关新闻|"
    r"版权所有|copyright|©|\(c\)|主办单位\s*[:：]|主办\s*[:：]|承办\s*[:：]|技术支持\s*[:：]|"
    r"地址\s*[:：]|邮编\s*[:：]|联系电话\s*[:：]|电话\s*[:：]|传真\s*[:：]|e-?mail\s*[:：]|"
    r"浏览次数|阅读次数|点击数|访问量|当前位置|您的位置|您现在的位置|您当前的位置|本页位置|扫描二维码|"
    r"关键[词字]\s*[:：]|[^\s:：]{0,4}位置\s*[:：]|"
    r"本文链接|原标题\s*[:：]|【?\s*(?:打印|关闭)(?:窗口|本页)?\s*】?\s*$)",
    re.IGNORECASE,
)
_ICP = re.compile(r"ICP\s*[备证]|公网安备|网安备|京ICP|\d{6}号-\d", re.IGNORECASE)
# Possessive quantifiers: a long run of digits must not backtrack exponentially.
_PAGINATION = re.compile(r"^(?:\d{1,3}\s*)*+(?:上一页|下一页|尾页|首页|末页)(?:\s*\d{1,3})*+(?:\s*(?:上一页|下一页|尾页|首页|末页))*$")
_PAGE_NUMBER = re.compile(r"^(?:[-—]\s*)?\d{1,3}(?:\s*[-—])?$|^(?:\d{1,3}\s+){1,9}\d{1,3}$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
_FONT_SIZES = re.compile(r"^(?:字体|字号)?\s*[:：]?\s*【?\s*大\s*中\s*小\s*】?$")
_ADMIN_SUFFIX = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|自治区|特别行政区)$")
_SEPARATORS = re.compile(r"\s*[|｜丨]\s*")
_LIST_SEPARATORS = re.compile(r"[|｜丨_＿,，\s]+")
_TITLE_PREFIX_SEP = re.compile(r"\s*(?:_|＿|\s-\s|\s—\s|\s\|\s|｜|丨)\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def ends_sentence(s: str) -> bool:
    s = s.rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in TERMINAL


def is_heading_like(s: str) -> bool:
    return 2 <= len(s) <= 30 and not ends_sentence(s) and s[-1] not in "，,、：:"


def is_headline_like(s: str) -> bool:
    """A title, or a short headline that ends in ! or ? (重磅!… / …哪些80后?)."""
    if is_title_like(s):
        return True
    return (
        4 <= len(s) <= 40 and s.rstrip(CLOSERS)[-1:] in "！？!?" and not re.search("[。；;]", s)
        and len(_HAN.findall(s)) >= 3 and s[0] not in "(（"
    )


def is_title_like(s: str) -> bool:
    return (
        4 <= len(s) <= 60
        and not ends_sentence(s)
        and s[-1] not in "，,、：:；;"
        and len(_HAN.findall(s)) >= 3
        and s[0] not in "(（"
    )


def spam_reason(s: str) -> str | None:
    items = [i for i in _SEPARATORS.split(s) if i]
    if len(items) >= 4 and s.count("|") + s.count("｜") + s.count("丨") >= 3:
        short = sum(len(i) <= 10 for i in items)
        if short >= 0.7 * len(items) and not any(c in s for c in "。，,；"):
            places = sum(bool(_ADMIN_SUFFIX.search(i)) for i in items)
            return "place-name list" if places >= 0.4 * len(items) else "keyword list"
    words = s.split()
    if len(words) >= 5 and all(len(w) <= 8 for w in words) and not any(c in s for c in "。，,；"):
        places = sum(bool(_ADMIN_SUFFIX.search(w)) for w in words)
        if places >= 0.7 * len(words):
            return "place-name list"
    return _keyword_spam(s)


def _spam_words() -> re.Pattern[str]:
    global _SPAM_RE
    if _SPAM_RE is None:
        words = sorted(word_list("spam_words.txt"), key=len, reverse=True)
        _SPAM_RE = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    return _SPAM_RE


_SPAM_RE: re.Pattern[str] | None = None


def _keyword_spam(s: str) -> str | None:
    """Spam by shape: short items joined by separators, two or more of them spam words;
    or a line made mostly of spam words.  One such word in a heading is not spam."""
    if "。" in s or "；" in s:
        return None
    items = [i for i in _LIST_SEPARATORS.split(s) if i]
    spam_items = sum(bool(_spam_words().search(i)) for i in items)
    if len(items) >= 3 and sum(len(i) <= 14 for i in items) >= 0.7 * len(items) and spam_items >= 2:
        return "spam keyword list"
    hits = _spam_words().findall(s)
    solid = len(s) - s.count(" ")
    if len(set(hits)) >= 2 and sum(map(len, hits)) >= 0.3 * solid and not ends_sentence(s):
        return "spam keywords"
    return None


def boilerplate_reason(s: str, following: str | None) -> str | None:
    bare = s.strip("【】[]<>《》 ")
    if bare in _BOILER_EXACT or all(w.strip("【】[]") in _BOILER_EXACT for w in s.split()):
        return "page furniture"
    if _BOILER_PREFIX.match(s) or _FONT_SIZES.match(s):
        return "page furniture"
    if _ICP.search(s) and len(s) < 120:
        return "footer"
    if _PAGINATION.match(s):
        return "pagination"
    if is_navigation(s):
        return "navigation"
    if _PAGE_NUMBER.match(s):
        return "page number"
    # The account name that stands above "微信公众号" / "官方微博".
    if following in ("微信公众号", "官方微博", "公众号", "微信号") and len(s) <= 16 and not ends_sentence(s):
        return "account name"
    if re.match(r"^(?:微信|微博|公众号|抖音|今日头条|客户端)\s*[:：]", s):
        return "account name"
    return None


_NAV_SEP = re.compile(r"\s*(?:>>?|»|›|/|\||｜|\s)\s*")
_SITE_NAME = re.compile(r"(?:网|网站|频道|论坛|客户端|稿源单位)$")
# A site's name alone on a line (某某市人民政府网站, 某某新闻网); a headline does not end so.
_SITE_BANNER = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,16}(?:网站|官网|新闻网|政府网|门户)")


def is_navigation(s: str) -> bool:
    """A menu or breadcrumb: short items split by spaces or >, one of them a navigation word
    (resources/site_chrome.txt), or most of them site names (某某网 某某论坛)."""
    if re.search(r"[，,。；;！!？?“”《]", s) or len(s) > 80:
        return False
    items = [i for i in _NAV_SEP.split(s.strip()) if i]
    if len(items) == 1:
        return bool(_SITE_BANNER.fullmatch(s.strip()))
    if any(len(i) > 16 for i in items):
        return False
    chrome = set(word_list("site_chrome.txt"))
    if any(i in chrome for i in items) and (">" in s or len(items) >= 2 and all(len(i) <= 8 for i in items)):
        return True
    return 2 * sum(bool(_SITE_NAME.search(i)) for i in items) >= len(items) + (len(items) == 2)


def strip_title_prefix(s: str) -> tuple[str, str] | None:
    """`某某网_干部工作_随州市…` -> keep the real title; returns (title, removed)."""
    parts = [p for p in _TITLE_PREFIX_SEP.split(s) if p]
    if len(parts) < 2:
        return None
    best = max(parts, key=len)
    if len(best) < 6:
        return None
    return best, s.replace(best, "…", 1)


def line_repairs(t: Tracked, report: QualityReport) -> tuple[Tracked, list[Line]]:
    """Drop furniture, turn metadata into Line records, rejoin broken paragraphs."""
    text = t.text
    spans = []  # (start, end, stripped content)
    pos = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        content = raw.strip()
        spans.append((pos + lead, pos + lead + len(content), content))
        pos += len(raw) + 1

    nonblank = [i for i, sp in enumerate(spans) if sp[2]]
    next_nonblank = {a: b for a, b in zip(nonblank, nonblank[1:])}
    kinds: dict[int, str] = {}
    metas: dict[int, tuple[tuple[str, str], ...]] = {}
    for i in nonblank:
        start, end, s = spans[i]
        nxt = spans[next_nonblank[i]][2] if i in next_nonblank else None
        orig = t.orig_span(start, end)
        byline = parse_byline_fields(s)
        if byline:
            kinds[i] = "meta"
            metas[i] = tuple(byline)
            report.add(Repair("metadata", *orig, s, "", "byline"))
            continue
        # Before the spam test: a disclosure table row (索引号 | … |) has the shape of a keyword list.
        fields = parse_meta_line(s)
        if fields:
            kinds[i] = "meta"
            metas[i] = tuple(fields)
            report.add(Repair("metadata", *orig, s, "", ", ".join(k for k, _ in fields)))
            continue
        reason = spam_reason(s)
        if reason:
            kinds[i] = "spam"
            report.add(Repair("spam", *orig, s, "", reason))
            continue
        reason = boilerplate_reason(s, nxt)
        if reason:
            kinds[i] = "boilerplate"
            report.add(Repair("boilerplate", *orig, s, "", reason))
            continue
        kinds[i] = "text"

    text_idx = [i for i in nonblank if kinds[i] == "text"]
    indented = {i for i in text_idx if spans[i][0] > 0 and text[spans[i][0] - 1] == " "}
    b = Builder(t)
    entries: list[tuple] = []  # ("text", start, end) | ("meta", pos, content, fields)
    last_i = -1
    k = 0
    while k <= len(text_idx):
        i = text_idx[k] if k < len(text_idx) else len(spans)
        for j in nonblank:
            if kinds[j] == "meta" and last_i < j < i:
                entries.append(("meta", b.pos, spans[j][2], metas[j]))
        if k == len(text_idx):
            break
        if b.pos:
            b.put("\n", spans[i][0])
        start, end, s = spans[i]
        line_start = b.pos
        prefix = strip_title_prefix(s) if len(s) <= 80 and not ends_sentence(s) else None
        if prefix and is_title_like(prefix[0]):
            title, _ = prefix
            off = s.index(title)
            report.add(Repair("spam", *t.orig_span(start, end), s, title, "title prefix"))
            b.copy(start + off, start + off + len(title))
        else:
            _copy_text(b, text, start, end, report)
        last_i = i
        # Rejoin the next text line while a page break cut this paragraph.
        while k + 1 < len(text_idx) and _page_break(spans, kinds, last_i, text_idx[k + 1], indented):
            j = text_idx[k + 1]
            gap = (spans[last_i][1], spans[j][0])
            report.add(Repair("page_break", *t.orig_span(*gap), text[gap[0]:gap[1]], "", "rejoined"))
            _copy_text(b, text, spans[j][0], spans[j][1], report)
            last_i = j
            k += 1
        nxt = text_idx[k + 1] if k + 1 < len(text_idx) else None
        if _truncated(spans, last_i, nxt, indented):
            report.bump("truncated")
            report.warnings.append(f"truncated paragraph ending …{spans[last_i][2][-12:]}")
        entries.append(("text", line_start, b.pos))
        k += 1
    out = b.build()
    lines = [
        Line("text", out.text[e[1]:e[2]], e[1]) if e[0] == "text" else Line("meta", e[2], e[1], e[3])
        for e in entries
    ]
    return out, lines


_INNER_SPACE = re.compile(r"(?<=[\u3400-\u9fff0-9]) (?=[\u3400-\u9fff0-9])")


def _copy_text(b: Builder, text: str, start: int, end: int, report: QualityReport) -> None:
    """Copy a text line, dropping spaces between Chinese characters (选拔20 名).

    Titles and headings keep theirs: there a space separates two phrases."""
    if is_headline_like(text[start:end]):
        b.copy(start, end)
        return
    pos = start
    names = [(start + a, start + b) for a, b in byline_spans(text[start:end])]
    for m in _INNER_SPACE.finditer(text, start, end):
        if text[m.start() - 1].isdigit() and text[m.end()].isdigit():
            continue
        if any(a <= m.start() < b for a, b in names):
            continue  # (记者 张三 李四): the space separates two people
        b.copy(pos, m.start())
        pos = m.end()
        report.bump("whitespace")
    b.copy(pos, end)


def _paragraph_like(s: str) -> bool:
    """Too long, or too clause-laden, to be a heading."""
    return len(s) > 30 or (len(s) >= 24 and bool(re.search("[，,；;、]", s)))


def _page_break(spans, kinds, a: int, b: int, indented: set[int]) -> bool:
    """Is text line ``b`` the continuation of text line ``a``, cut by a page break?"""
    if any(kinds.get(x) == "meta" for x in range(a + 1, b)):
        return False
    if b in indented:
        return False  # an indented line opens a paragraph; ``a`` was cut short
    sa, sb = spans[a][2], spans[b][2]
    open_quote = sa.count("“") > sa.count("”")
    if ends_sentence(sa) or not (_paragraph_like(sa) or open_quote and _paragraph_like(sb)):
        return False
    # A closing quote ends headings and quoted slogans; only an open quote says "cut".
    if sa[-1] in CLOSERS and sa.count("“") <= sa.count("”"):
        return False
    return not is_heading_like(sb)


def _truncated(spans, a: int, b: int | None, indented: set[int]) -> bool:
    sa = spans[a][2]
    if ends_sentence(sa) or not _paragraph_like(sa) or sa[-1] in CLOSERS:
        return False
    return b is None or b in indented or is_heading_like(spans[b][2])
