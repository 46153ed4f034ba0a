"""What a figure counts (its subject): the noun phrase after the number, else the clause before it.

Pure functions over an article's text and the figure's offsets; ``words`` is anything with
``at(pos)`` giving the segmenter's word span that holds ``pos``.
"""
from __future__ import annotations

import re

from pipeline.core.lexicons import word_list
from pipeline.nlp.segment import predicate_tag
from pipeline.text.chars import CJK
from pipeline.text.dates import YEAR

_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
_SUBJECT_STOP = re.compile(r"[，,。；;：:、！？!?“”\n]|中|的|到|在|为|进行|开展|参加|担任|赴|和|及|等|以|对|从|被|予以")

# A phrase after the figure that is not what it counts (…人之多, …名将参加, …岁就上学)
_TAIL_NOT_SUBJECT = re.compile(r"^(?:之|就|也|都|将|是|已|被|把|让|使|占|共|均|分别|每|以上|以下|左右|后|前|时间|来)")
# Verbs and adverbs between what is counted and the number (干部人数达到, 占比分别为), a list of
# figures (1.96%、21.9%、) and a rate phrase (每人每月) at the end of the clause before a figure.
# Matched on the reversed text at its start, so stripping a suffix costs the suffix's length.
_HEAD_VERBS_REV = re.compile(
    "(?:" + "|".join(re.escape(v[::-1]) for v in sorted(word_list("figure_head_verbs.txt"), key=len, reverse=True)) + ")+")
_FIGURE_LIST_REV = re.compile(rf"(?:[、和及][{CJK}]{{0,2}}[^{CJK}、和及]{{0,2}}[\d.]*\d)+")
_PER_REV = re.compile(rf"(?:(?:人|名|户|村|年|月|度季|周|天)[{CJK}]{{0,2}}?每)+")
_DIGIT = re.compile(r"\d")


def clause_start(head: str) -> int:
    """Where the last clause of ``head`` begins (after its last ，。；！？ or line break)."""
    m = _CLAUSE_END.search(head[::-1])
    return len(head) - m.start() if m else 0


def _strip_end(s: str, rev: re.Pattern[str]) -> str:
    m = rev.match(s[::-1])
    return s[: len(s) - m.end()] if m else s


_LEADING_TIME = re.compile(rf"(?:在|从|自|截至|截止|至|到)?(?:{YEAR}年(?:度|底|初|以来)?|(?:今年|去年|前年|当年|上年)(?:度|底|初|以来)?|目前|截至目前)")
_LEAD_WORDS = re.compile("|".join(sorted(map(re.escape, word_list("clause_lead_words.txt")), key=len, reverse=True)))
_LEADING_PER = re.compile(r"^(?:每个?(?:人|月|年|季度|半年|周|天|期))+")
# Where an attribute before 的 starts: after the clause's copula, preposition or verb (…是|某市首批选派的)
_ATTRIBUTE_BREAKS = frozenset("是 对 将 把 向 给 为 与 有 曾 都 已 已有 共有".split())
_ATTRIBUTE_MAX = 16
_ONE_CHAR_KINDS = frozenset("村镇乡县市区省州组户人")
# Nouns jieba's dictionary tags as verbs that end a noun phrase (社会组织, 群众来信)
_HEADS_TAGGED_VERBS = frozenset(("组织", "来信"))
_FRAME_AFTER = re.compile(r"(?<=..)[上里内间下]$")
_FRAME_NOUNS = frozenset(("基础", "前提"))  # (增长10%的基础上: the figure is the base, no thing it counts)
_RATE_AFTER = re.compile(r"[/每](?:年|月|人|天|日|周|次)")
_NOT_IN_ATTRIBUTE = re.compile(r"[\d、“”\"()（）《》\ufffd]")
_OPEN_QUOTES = "“‘「"
_QUOTED_OPENING = re.compile(r"“[^“”\n]{1,12}”|‘[^‘’\n]{1,12}’|「[^「」\n]{1,12}」")
_AGE_BOUND = re.compile(r"\d{2}周?岁(?:及以下|及以上|以下|以上|左右)?")


def subject(text: str, s: int, e: int, w=None, head: bool = True) -> str | None:
    """What the figure at ``s:e`` counts: the noun phrase right after it (86名[干部], 为期2天的[培训班]),
    with the attribute that the clause gives it before the number (新招录的45名选调生); else the clause
    before it without its verbs and dates (2015年[举办主体班次]71个)."""
    if not head and text[e:e + 1].isdigit():
        return None  # a run of figures (1名2个): nothing after it to name, no clause before it
    de = text.startswith("的", e)
    after = "" if _RATE_AFTER.match(text, e) else _noun_after(text, e + de, w)  # 1.5万元/年: a rate, no noun
    if de:
        after = _FRAME_AFTER.sub("", after)  # 4天的[培训时间]里: the noun without its place word
        after = "" if after in _FRAME_NOUNS else after
    if after[:1] in "(（":
        after = ""  # 498人[(动态数据)], 500万元[(人民币)]: a remark in brackets, not what is counted
    if not after and head and text.endswith(_KINDS_OF_GROUPS, s, e) and _NEXT_FIGURE_START.match(text, e):
        after = _noun_after_next_figure(text, e, w)
    if len(after) >= 2 and not _TAIL_NOT_SUBJECT.match(after) or after in _ONE_CHAR_KINDS:  # 全县58个[村]
        return ("" if de else _attribute_before(text, s, w)) + after[:16]
    if not head:
        return _group_before(text, s, e, w)
    return _clause_before(text, s, w) or (after[:16] if len(after) >= 2 else None)


# A figure of groups right before a second count (梳理出[6大类]21种情形, 已选派[3批]120名干部,
# 收集[40项]、1.2万条信息): the noun after the second names what both count.
_KINDS_OF_GROUPS = ("批", "批次", "类", "方面", "大项", "项")
_NEXT_FIGURE_START = re.compile(r"、?[\d一二两三四五六七八九十]")
_NEXT_FIGURE = re.compile(
    r"、?(?:约|近|共)?(?:[\d.]*\d|[一二两三四五六七八九十百千]+)(?:余|多)?[万亿]?(?:"
    + "|".join(map(re.escape, sorted(word_list("subject_count_units.txt"), key=len, reverse=True))) + ")")


def _noun_after_next_figure(text: str, e: int, w) -> str:
    m = _NEXT_FIGURE.match(text, e)
    return _noun_after(text, m.end(), w) if m else ""


# A count glued after one of households, cases or batches (全村128户[616人], 查处问题12起[15人],
# 培训5期[300人]): both count one group, which the clause before the first figure names.
_GROUP_UNITS = "户起批期"
_GROUP_BEFORE_REV = re.compile(r"[户起批期](?:余|多)?(?:[\d.,]*\d|[一二两三四五六七八九十百千万]+)")


def _group_before(text: str, s: int, e: int, w) -> str | None:
    m = _GROUP_BEFORE_REV.match(text[max(0, s - 12):s][::-1]) if s and text[s - 1] in _GROUP_UNITS else None
    group = _clause_before(text, s - m.end(), w) if m else None
    if group and group.endswith("户") and text[e - 1] == "人":
        return group[:-1] + "人口"  # 贫困户34户[133人]: the people of the households counted
    return group


def _noun_after(text: str, start: int, w) -> str:
    """The phrase from ``start`` up to a stop word or mark, a number, or (with the segmenter's
    words) the first verb, adverb or preposition after a noun (8名干部[都]走上…)."""
    tail = text[start:start + 24]
    # 5名[“墩苗”]干部, 为期两年的[“墩苗”锻炼]: a quoted name opens the noun; its marks and digits stop nothing
    quoted = _QUOTED_OPENING.match(tail) if tail[:1] in _OPEN_QUOTES else None
    age = None if quoted else _AGE_BOUND.match(tail)  # 1名[35岁以下(的)]妇联主席: an age bound describes who is counted
    opened = quoted.end() if quoted else age.end() + tail.startswith("的", age.end()) if age else 0
    stop = _SUBJECT_STOP.search(tail, opened)
    cand = tail[: stop.start()] if stop else tail
    # keep a bracket whole: 县(市、区)领导班子成员
    if "(" in cand and ")" not in cand or "（" in cand and "）" not in cand:
        close = max(tail.find(")"), tail.find("）"))
        if close > 0:
            rest = tail[close + 1:]
            stop2 = _SUBJECT_STOP.search(rest)
            cand = tail[: close + 1] + (rest[: stop2.start()] if stop2 else rest)
    digit = _DIGIT.search(cand, quoted.end() if quoted else age.end() if age else 0)
    cand = cand[: digit.start()] if digit else cand
    if w is not None:
        # after a quoted name, from its closing mark: a verb right after it ends the noun (“村官”[脱产])
        a = start + quoted.end() - 1 if quoted else start
        cand = cand[: _predicate_after_noun(text, a, start + len(cand), w) - start]
    return cand.strip().rstrip("(（“‘「")  # (“访惠聚”[(“]访民情…: a bracket or quote left open names nothing


def _predicate_after_noun(text: str, a: int, b: int, w) -> int:
    """Where the noun phrase at ``text[a:b]`` ends: at its first adverb, preposition or conjunction
    (8名干部[都]走上…), or at a verb after a word that is none (选调生 is a verb to jieba)."""
    pos, plain, long_before = a, False, False
    while pos < b:
        span = w.at(pos)
        if span is None:
            return b
        word = text[max(a, span[0]):span[1]]
        tag = predicate_tag(word)
        if pos > a and (tag in ("d", "p", "c") or tag == "v" and plain and not (word in _HEADS_TAGGED_VERBS and long_before)):
            return pos
        long_before = len(word) >= 2  # (社会|组织 is a noun; 两个村|组织召开 a verb)
        plain = plain or tag is None
        pos = span[1]
    return b


def _attribute_before(text: str, s: int, w) -> str:
    """The words that qualify what a figure counts when they end in 的 just before it
    (挂职归来的[8名]干部 → 挂职归来的): from the last copula, preposition or verb in
    the perfect (是, 对, 了) of the clause, and short. None for a list or a number (来自甲、乙的)."""
    if not text.startswith("的", s - 1):
        return ""
    head = text[max(0, s - 24):s]
    a = _lead_end(text, s - len(head) + clause_start(head), s, w)
    if w is not None:
        pos = a
        while pos < s - 1:
            span = w.at(pos)
            if span is None:
                break
            if text[span[0]:span[1]] in _ATTRIBUTE_BREAKS or text[span[1] - 1] in "了是":  # (这是, 开展了)
                a = span[1]
            pos = span[1]
        a = _lead_end(text, a, s, w)  # 这是|今年以来查处的: the time after the break too
    attr = text[a:s]
    if len(attr) < 3 or len(attr) > _ATTRIBUTE_MAX or _NOT_IN_ATTRIBUTE.search(attr):
        return ""
    return attr


def _one_noun(text: str, a: int, w) -> bool:
    """The two characters at ``a`` are one word of the segmenter and no predicate (男性; not 共分, 增加)."""
    return not predicate_tag(text[a:a + 2]) and (w is None or w.at(a) == (a, a + 2))


def _lead_end(text: str, a: int, b: int, w) -> int:
    """Where ``text[a:b]`` begins without its opening times, connectives and attributions (其中,
    据统计, 2020年), each a whole word (not the 对此 of 对此次, the 现在 of 现在编)."""
    while True:
        a = _skip_marks(text, a, b)
        m = _LEADING_TIME.match(text, a, b) or _LEAD_WORDS.match(text, a, b)
        if not m or not m.end() - a or w is not None and _inside_word(w, m.end()):
            return a
        a = m.end()


def _skip_marks(text: str, a: int, b: int) -> int:
    while a < b and text[a] in "，,、 ":
        a += 1
    return a


def _inside_word(w, pos: int) -> bool:
    span = w.at(pos)
    return span is not None and span[0] < pos


def _clause_before(text: str, s: int, w) -> str | None:
    """The clause before the figure without its verbs, dates and rate phrase, or the sentence's
    opening words when the clause names nothing (…，增加至5000人次)."""
    head = text[max(0, s - 60):s]
    head = text[_lead_end(text, s - len(head) + clause_start(head), s, w):s]
    if _DIGIT.search(head):  # 占比分别为1.96%、21.9%、[23.86%]: a list of figures shares the phrase before its first
        head = _strip_end(head, _FIGURE_LIST_REV)
        item = _strip_end(_strip_end(head[head.rfind("、") + 1:].strip(), _HEAD_VERBS_REV), _PER_REV)
        if "、" in head and len(item) >= 2 and not _DIGIT.search(item):
            return item[-12:]  # 村干部320人、[后备力量]达到150人, 警告3人、[记过]1人: each item of a list of counts names its own
    bare = _strip_end(_strip_end(_strip_end(head.strip(), _HEAD_VERBS_REV), _PER_REV).strip("，,、和及与 "), _HEAD_VERBS_REV)
    bare = _LEADING_PER.sub("", bare)  # 每个月工资500元: the rate is the figure's per, not its subject
    if len(bare) < 2 or len(bare) == 2 and not _one_noun(text, text.rfind(bare, max(0, s - 60), s), w):  # 男性9名 names; 共分5期 does not
        lead = _sentence_lead(text, s, w)
        if lead:
            return lead
    head = bare or head.strip()
    if predicate_tag(head) in ("p", "c", "d"):
        return None  # 经过[2年]的努力: a preposition alone names nothing
    if len(head) > 12:
        keep = 12
        if w is not None:  # never start inside a word (…工作者平均年收入 → 社区工作者平均年收入)
            at = text.rfind(head, max(0, s - 60), s) + len(head) - keep
            word = w.at(at)
            if word and word[0] < at:
                keep = min(len(head), keep + at - word[0]) if at - word[0] <= 4 else keep - (word[1] - at)
        head = head[-keep:] if keep > 0 else head[-12:]
    return head or None


_SENTENCE_START = re.compile(r"[。；;！？!?\n]")
_LEAD_STOP = re.compile(r"[\d，,、：:（(“]|从|由|比|较|同比")


def _sentence_lead(text: str, s: int, w) -> str | None:
    """The opening words of the sentence holding a figure, up to its first number or comma
    (浙江省委党校培训人次从…增加至…): what a figure whose own clause names nothing counts."""
    head = text[max(0, s - 80):s]
    m = _SENTENCE_START.search(head[::-1])
    head = text[_lead_end(text, s - (m.start() if m else len(head)), s, w):s]
    stop = _LEAD_STOP.search(head)
    lead = _strip_end((head[:stop.start()] if stop else head).strip(), _HEAD_VERBS_REV)
    return lead[:12] if len(lead) >= 2 and predicate_tag(lead) not in ("p", "c", "d") else None  # (经过…: none)
