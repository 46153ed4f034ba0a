"""What a figure counts (its subject): the noun phrase after the number, else the clause before it.

Pure functions over an article's text and the figure's offsets; ``words`` is anything with
``at(pos)`` giving the segmenter's word span that holds ``pos``.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
import re

from pipeline.core.lexicons import alternation, word_list, word_table
from pipeline.nlp import segment
from pipeline.nlp.segment import is_general_word, is_place_word, predicate_tag
from pipeline.text.chars import CJK, ORGAN_ENDS
from pipeline.text.dates import YEAR
from pipeline.text.meta import family_names

# (an unreadable mark, a lost character or an icon font's, ends a subject as a clause's end does: no subject holds one)
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n\ufffd]")
# (中 ends the noun as a postposition, 255个行政村[中], 300名村干部[中]专科…)
_SUBJECT_STOP = re.compile(r"[，,。；;：:、！？!?“”\n\ufffd]|中|的|到|在|为|进行|开展|参加|担任|赴|和|及|等(?!级|次|第)|以|对|从|被|予以")
# a counted noun that opens with 中 right after the measure word (9名[中小学教师], 14所[中学], 20名[中层干部]): that
# 中 is no postposition; any later 中 still is (300名村干部[中]专科以上学历的…, 12个乡镇[中]级别…)
_ZHONG_OPENS_NOUN = re.compile(r"中(?=小学|学|青年|层|央|级|职|专|青班)")

# A phrase after the figure that is not what it counts (…人之多, …名将参加, …岁就上学)
_TAIL_NOT_SUBJECT = re.compile(r"^(?:之|就|也|都|将|是|已|被|把|让|使|占|共|均|分别|每|以上|以下|左右|后|前|时间|来|降至|增至)")
# A verb of change after the figure (由49岁[下降到]44岁, 3200人次[增加至]…): no noun it counts; only with 至/到/了/为 or a
# number after it, for a noun may begin with one (4期[提高班])
# Verbs of change (resources/change_verbs.tsv): those that count right after a figure too (增加, 下降…: its tail,
# _TAIL_CHANGE); with those that count between (扩大, 缩短…), a clause going on about the count before (_CONTINUING),
# a comparison (_CHANGE_OR_DIFFERENCE), a change from one figure to another (_CHANGE_TO); with 调整 too, before the
# result they reach (_HEAD_VERBS_REV)
_CHANGE_KINDS = ("after", "between", "result")
_CHANGE_VERB_TABLE = word_table("change_verbs.tsv")
if not {kind for _, kind in _CHANGE_VERB_TABLE} <= set(_CHANGE_KINDS):
    raise ValueError(f"change_verbs.tsv: a kind other than {_CHANGE_KINDS}")


def _change_verbs(widest: str) -> tuple[str, ...]:
    """The verbs of change of the kinds up to ``widest`` (after ⊂ between ⊂ result)."""
    kinds = _CHANGE_KINDS[:_CHANGE_KINDS.index(widest) + 1]
    return tuple(v for v, kind in _CHANGE_VERB_TABLE if kind in kinds)


_CHANGE_VERBS = "|".join(_change_verbs("after"))
_CHANGE_VERBS_BETWEEN = "|".join(_change_verbs("between"))
_TAIL_CHANGE = re.compile(rf"(?:{_CHANGE_VERBS})(?:至|到|了|为|\d)")
# Verbs and adverbs between what is counted and the number (干部人数达到, 占比分别为), a list of
# figures (1.96%、21.9%、) and a rate phrase (每人每月) at the end of the clause before a figure.
# A verb of change with the result it reaches (扩大到, 缩短至, 调整为) is one of them.
# Matched on the reversed text at its start, so stripping a suffix costs the suffix's length.
_HEAD_VERBS = word_list("figure_head_verbs.txt") + tuple(v + to for v in _change_verbs("result") for to in "到至为")
_HEAD_VERBS_REV = re.compile("(?:" + "|".join(re.escape(v[::-1]) for v in sorted(_HEAD_VERBS, key=len, reverse=True)) + ")+")
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
# (每村每年, 村均, 户均: a rate over units, as over people or periods; left alone it names nothing)
_LEADING_PER = re.compile(r"^(?:每个?(?:人|名|户|村|社区|乡镇|镇|乡|单位|月|年|季度|半年|周|天|期)|[人户村镇]均)+")
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
_QUOTED_OPENING = re.compile(r"(?:“[^“”\n]{1,12}”)+|(?:‘[^‘’\n]{1,12}’)+|(?:「[^「」\n]{1,12}」)+")  # (“80后”“90后”)
# 为期N: a length of time the clause's thing lasts.  Before it (本次培训为期5天，) that thing is the clause's noun
# without 为期 and its determiner; after it with 的 (为期4个月的2023年春季…培训班) the noun after the session's year
_LASTS_FOR = "为期"  # (text is simplified on the way in: no 為期)
_SESSION_YEAR = re.compile(rf"{YEAR}年度?(?:[春秋夏冬]季|[上下]半年度?)?(?:学期)?")
_THIS_ONE = re.compile(r"^(?:本次|此次|这次|该次|本期|此期|该|这|本|此)")


# a length of time (5年, 3个多月, 10天) before 时间
_LENGTH_UNIT = re.compile(r"(?:年|个多?月|月|天|日|周|个星期|星期|小时)$")
# 分N期 / 分N批 / 分N轮: a whole done in sessions, batches or rounds (the unit closing the figure)
_SESSION_UNIT = re.compile(r"(?:期|批次?|轮次?)$")
# what is done in them: the predicate right after the figure, up to the clause's end or the next number, without
# a leading adverb (分三期[共]培训…); a bare verb of doing (分7批次[进行]) names nothing
_DONE_IN_SESSIONS = re.compile(rf"(?:共|依次|先后|陆续|分别)?([{CJK}“”]{{2,40}}?)(?=$|[\d，,。；;！？!?、\n（(]|[一二三四五六七八九十两]+[名个人批期])")
_BARE_DOING = frozenset(("进行", "开展", "实施", "举行", "完成", "组织", "推进"))


def _done_in_sessions(text: str, e: int, w) -> str | None:
    """分[三期]共培训村干部800名: what is done in the sessions counted (培训村干部), when a verb opens it (not 对…进行,
    a preposition's phrase); None when the clause ends at the figure (整个培训分10期，)."""
    m = _DONE_IN_SESSIONS.match(text, e, min(len(text), e + 40))
    if not m:
        return None
    done = m[1]
    first = w.at(m.start(1)) if w is not None else None
    word = text[first[0]:first[1]] if first else done[:1]
    if done in _BARE_DOING or predicate_tag(word) != "v" and predicate_tag(done[:1]) != "v":
        return None
    return done[:16]


def _lasting_thing(text: str, s: int, w) -> str | None:
    """The clause's noun before 为期 (本次[培训]为期5天), without its determiner; None when it names nothing."""
    thing = _clause_before(text, s - 2, w)
    thing = _THIS_ONE.sub("", (thing or "").strip())
    return thing if len(thing) >= 2 and not _DIGIT.search(thing) else None


# Words between a verb and the figure it takes (选拔了, 共|选派, 为期): no noun that the figure's own noun could follow
_BEFORE_FIGURE_SKIP = frozenset(("过", "共", "约", "近", "达"))
_VERB_LIKE = frozenset(("为期", "选派", "选送", "派驻"))  # (为期 a pronoun to jieba, 选派 a noun)
# Words right before a figure after which its noun follows: an attribute's 的, a list's 等, a determiner (这21名)
_NOUN_FOLLOWS = frozenset("的 等 这 這 该 該 这些 這些 其中".split())
_PLACE_BEFORE = re.compile(r"^(?:(?:全|本|我|该)?[省市县区州镇乡村旗]|[^\W\d]{1,3}[省市县区州镇乡旗])$")
# A notice's kind closing the headline of a selection or recruitment (…招聘社区工作者120名[简章], …遴选公务员48人[公告]):
# the count of people before it is of the noun before the number
_NOTICE_KINDS = frozenset(("公告", "简章", "公示", "启事", "通告"))
_AGE_BOUND = re.compile(r"\d{2}周?岁(?:及以下|及以上|以下|以上|左右)?")


def subject(text: str, s: int, e: int, w=None, head: bool = True, since: int = -1) -> str | None:
    """What the figure at ``s:e`` counts: the noun phrase right after it (86名[干部], 为期2天的[培训班]),
    with the attribute that the clause gives it before the number (新招录的45名选调生); else the clause
    before it without its verbs and dates (2015年[举办主体班次]71个), from the end of the figure before it
    (``since``) when that one stands in the same clause (培训干部120人次[覆盖村(社区)]45个)."""
    if not head and text[e:e + 1].isdigit():
        return None  # a run of figures (1名2个): nothing after it to name, no clause before it
    # (text[s - 1:s], not startswith(…, s - 1): at s == 0 that reads the text's last character)
    if text[s - 1:s] == "以" and text.startswith("为", e):  # 以[3个月]为[周期]: what the figure is taken as
        unit = _taken_as(text, e + 1 + (2 if text.startswith("一个", e + 1) else text.startswith("一", e + 1)), w)
        if unit:
            return unit
    if text[s - 1:s] == "分" and _SESSION_UNIT.search(text, s, e) and (done := _done_in_sessions(text, e, w)):
        return done  # 分[三期]培训村干部, 分[四批]赴某大学学习: the sessions are of what is done in them
    if text.startswith("时间", e) and _LENGTH_UNIT.search(text, s, e) \
            and (done := _done_in_sessions(text, _skip_marks(text, e + 2, len(text)), w)):
        return done + "时间"  # 用[5年]时间，培养出…, 集中[5天]时间学习研讨: the time taken is that of what is done in it
    if (remark := _closing_remark(text, s, e, w)) is not None:
        return remark or None
    de = text.startswith("的", e)
    lasting = text.endswith(_LASTS_FOR, max(0, s - 2), s)
    plain_after = _noun_after(text, e, w) if lasting and not de else None  # (asked once: reused below)
    if lasting and not de and not plain_after:
        thing = _lasting_thing(text, s, w)  # 本次培训为期[5天]，: what lasts is the clause's noun, not 为期
        if thing:
            return thing
    # 为期4个月的2023年春季[中青年干部培训班]: the year naming the session is no stop before its noun
    opening = _SESSION_YEAR.match(text, e + 1) if lasting and de else None
    quote = text[e + de:e + de + 1] in _OPEN_QUOTES and (de or _takes_quoted_noun(text, s, e, w))
    if _RATE_AFTER.match(text, e):
        after = ""  # 1.5万元/年: a rate, no noun
    elif plain_after is not None and not quote:
        after = plain_after  # (为期5天: the noun after it, already read)
    else:
        after = _noun_after(text, opening.end() if opening else e + de, w, quote)
    if de:
        after = _FRAME_AFTER.sub("", after)  # 4天的[培训时间]里: the noun without its place word
        after = "" if after in _FRAME_NOUNS else after
    elif after and _FRAME_AFTER.search(after) and _word_of_its_own(text, text.find(after, e, e + 40) + len(after) - 1, w):
        after = after[:-1]  # 两份[表格]上都…: the place word after the noun, a word of its own, is no part of it
    if after[:1] in ("(", "（") and not _noun_after_bracket(text, e + de, w):
        after = ""  # 498人[(动态数据)], 500万元[(人民币)]: a remark in brackets, not what is counted (52个[(省级)重点项目] is)
    if after and w is not None:  # [86个]社区全覆盖, [46名]干部主动…: no adverb, preposition or conjunction closing it
        after = _without_loose_end(text, text.find(after, e, e + 40), after, w)
    if after in _NEXT_FIGURE_OPENERS and head and text.endswith(_KINDS_OF_GROUPS, s, e) and _NEXT_FIGURE.match(text, e):
        after = _noun_after_next_figure(text, s, e, w)
    if after in _NOTICE_KINDS and text[e - 1:e] in "人名" and text[e + len(after):e + len(after) + 1] in ("", "\n"):
        after = ""  # 公开选拔乡镇领导班子成员25人[公告]: the notice that the headline names, not who is counted
    if after == "人" and (w is None or (w.at(e + de) or (0, 0))[1] > e + de + 1 or is_general_word(text[e + de:e + de + 2])):
        after = ""  # 5个[人为]因素: 人 opening a word is no person counted (两个[人] is)
    if after and not de and w is not None and (noun := _noun_after_its_quality(text, e, after, w)):
        after = noun  # 三名[基层经验丰富的]街道班子副职: what is counted follows the quality the count is given
    if after and (topic := _set_by_rule(text, s, e, after, w)):
        return topic  # 报酬按照不低于…的2倍[核定]: a verb setting the amount by its rule, no noun; what it sets is
    nexts = after if after and head and not de and _next_figures_phrase(text, s, e, after, w) else ""
    if nexts:
        after = ""  # 培训干部120人次[覆盖村(社区)]45个: the phrase before the next figure is that one's
    if len(after) >= 2 and not (_tail_not_subject(text, e, after, w) or _TAIL_CHANGE.match(text, e + de)
                                or _starts_a_change(text, s, e)) \
            or after in _ONE_CHAR_KINDS:  # 全县58个[村]
        attr = "" if de else _attribute_before(text, s, w)
        age = _age_of(text, s, e, after)
        if age and len(after) > _SUBJECT_MAX and w is not None and (name := _named_after_title(text, text.find(after, e), after, w)):
            attr, after = "", name  # 43岁的某县某镇党委书记[蔡某某]: the age is the named person's, whom the cap would cut off
        done = "" if de or attr or age or not head else _done_by_counted(text, s, e, text.find(after, e) + len(after), after, w)
        return (done + "的" if done else attr) + after[:_SUBJECT_MAX] + age
    if not head:
        return _group_before(text, s, e, w)
    before = _clause_before(text, s, w, e, since)
    if before and w is not None:
        before = _without_loose_edges(text, text.rfind(before, max(0, s - 90), s), before, w, s)
    return before or (after[:16] if len(after) >= 2 else nexts[:16] or None)


# A remark in brackets that a figure closes (招录1500名(含随军家属[60名])社区工作者): the noun after the bracket is the
# count's outside it; this one counts what the remark names before it, after its 含, 其中 or 包括
_REMARK_OPENS = re.compile(r"[(（](?:含|其中|包括|包含)?[：:，,]?")
_REMARK_MAX = 20


def _closing_remark(text: str, s: int, e: int, w) -> str | None:
    """What the figure at ``s:e`` counts when it closes a bracketed remark (it stands right before the
    closing bracket, the opening one in its clause): the remark's words before it ("" when none), else None."""
    if text[e:e + 1] not in (")", "）"):
        return None
    k = max(text.rfind("(", max(0, s - _REMARK_MAX), s), text.rfind("（", max(0, s - _REMARK_MAX), s))
    if k < 0 or _CLAUSE_END.search(text, k, s) or text.find(")", k, s) >= 0 or text.find("）", k, s) >= 0:
        return None
    a = _lead_end(text, _REMARK_OPENS.match(text, k).end(), s, w)
    named = _strip_end(text[a:s].strip(), _HEAD_VERBS_REV)
    return named if len(named) >= 2 and not _DIGIT.search(named) else ""


_RATE_BASE_BEFORE = re.compile(r"每[多满]?$")
# 按照…的2倍核定, 按…的70%确定: verbs that set an amount by a rule, closing the clause right after the figure
_SETTING_VERB = re.compile(r"(?:核定|确定|核算|计算|计发|核发|发放|执行|兑现)(?=$|[，,。；;！!）)])")
_BY_RULE = re.compile(r"按照|依照|参照|按")


def _tail_not_subject(text: str, e: int, after: str, w) -> bool:
    """The phrase after a figure opens with a word that is no noun it counts (…人之多, …名将参加, 3年后…:
    _TAIL_NOT_SUBJECT); not when that character opens a longer word of the segmenter that names something (50名
    [共产党员], 30名[后备干部], 2名[后勤人员]: a noun whose first character is 共, 后 or 前)."""
    m = _TAIL_NOT_SUBJECT.match(after)
    if not m or m[0] == "每":
        return bool(m)  # (每村, 每多500户: a rate's per, whatever word the segmenter makes of it)
    at = text.find(after, e, e + 40) if w is not None else -1
    span = w.at(at) if at >= 0 else None
    if span is None or span[0] != at or span[1] - at <= m.end():
        return True
    word = text[span[0]:span[1]]
    return word in _all_tags() or predicate_tag(word) is not None


# 由…[32.8%]提升到…, 由[5页]变成16页: the figure a change starts from (由 or 从 before it in its clause), with a verb
# of change of any kind, or 变, and the result's 到/至/为/成 after it
_CHANGE_FROM = re.compile(r"[由从][^，,。；;！？!?\n]{0,12}$")
_CHANGE_FROM_TO = re.compile(rf"(?:{_CHANGE_VERBS_BETWEEN}|变)(?:到|至|为|成)")


def _starts_a_change(text: str, s: int, e: int) -> bool:
    """The figure at ``s:e`` is where a change starts (…比例由2019年的[32.8%]提升到83.9%): the verb after it names
    no thing it counts; what changes is named before 由."""
    return bool(_CHANGE_FROM_TO.match(text, e)) and _CHANGE_FROM.search(text, max(0, s - 13), s) is not None


def _noun_after_its_quality(text: str, e: int, after: str, w) -> str | None:
    """30名[政治素质过硬]的年轻干部: the phrase after the count stops at a 的 closing a quality (its last word an
    adjective: 过硬, 丰富, 优秀); the noun after the 的 is what is counted (not 3个村的党支部: a noun before 的),
    kept with a quality of one word (20名优秀的书记)."""
    end = text.find(after, e, e + 40) + len(after)
    if end < len(after) or not text.startswith("的", end):
        return None
    last = w.at(end - 1)
    word = text[last[0]:end] if last and last[1] == end else ""
    if _adjectives().get(word) != "a" and not (len(word) >= 4 and _adjectives().get(word[-2:]) == "a"):
        return None  # (经验丰富, one word of the segmenter: its adjective closes it)
    noun = _noun_after(text, end + 1, w)
    if len(noun) < 2:
        return None
    return after + "的" + noun if len(after) <= 2 else noun  # (两名年轻的公示人选: a bare adjective stays with its noun)


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """jieba's adjectives (tag a: 优秀, 过硬, 年轻), read when first asked."""
    return segment.jieba_tags("a")


def _set_by_rule(text: str, s: int, e: int, after: str, w) -> str | None:
    """村干部报酬按照不低于…收入的2倍[核定]: what is set (the words before 按照 in the clause), when the figure
    is the rule's amount and a verb of setting closes the clause after it."""
    if not _SETTING_VERB.match(after) or not _SETTING_VERB.match(text, e + text.startswith("的", e)):
        return None
    head = text[max(0, s - 60):s]
    a = _lead_end(text, s - len(head) + clause_start(head), s, w)
    by = _BY_RULE.search(text, a, s)
    topic = _strip_end(text[a:by.start()].strip(), _HEAD_VERBS_REV) if by else ""
    return topic[:16] if len(topic) >= 2 else None


def _word_of_its_own(text: str, pos: int, w) -> bool:
    """The character at ``pos`` is a word of the segmenter on its own."""
    return w is not None and pos >= 0 and w.at(pos) == (pos, pos + 1)


def _next_figures_phrase(text: str, s: int, e: int, after: str, w) -> bool:
    """The phrase ``after`` the figure at ``s:e`` runs up to the number of the next figure, the figure closes
    the phrase of a noun before it (培训干部[120人次]: not 选派[12名]…, 全县[130名]…, which open theirs) and
    something joins the phrase to it (a space, 并, 同时 …) or the phrase opens with a verb or an adverb: it
    tells what the next figure counts (培训干部120人次 覆盖村45个, 轮训干部260人次并走访困难党员38户)."""
    k = text.find(after, e, e + 40)
    if k < 0 or not _DIGIT.match(text, k + len(after)) or _RATE_BASE_BEFORE.search(text, max(0, s - 2), s):
        return False  # (每[300户]配备1名: the base of a rate, whose verb and count follow it)
    joined = _JOINER.match(text, e).end() > e or _opens_with_predicate(text, e, w)
    return joined and not _figure_opens_phrase(text, s, w)


# The words a subject may not open or close with (拟在[3年内], 某县则仅有[900元], 分别以[46—50岁]…): an adverb, a
# preposition or a conjunction closing it (jieba's d, ad, p, c), and the modal verbs and adverbs jieba tags otherwise
# (resources/subject_edge_words.tsv); a conjunction or an adverb opening the clause before a figure (并吸收…,
# 现已举办…). Not an adverbial adjective opening it (公开选调的职位, 集中培训: ad)
_EDGE_TAGS = frozenset(("d", "ad", "p", "c"))
_EDGE_KINDS = ("modal", "closing", "opening", "share", "noun", "predicate")
_EDGE_TABLE = word_table("subject_edge_words.tsv")
if not {kind for _, kind in _EDGE_TABLE} <= set(_EDGE_KINDS):
    raise ValueError(f"subject_edge_words.tsv: a kind other than {_EDGE_KINDS}")
_EDGE_WORDS = {kind: frozenset(w for w, k in _EDGE_TABLE if k == kind) for kind in _EDGE_KINDS}
_CLOSING_WORDS = _EDGE_WORDS["modal"] | _EDGE_WORDS["closing"]
# words that name no thing: jieba's adverbs, prepositions, conjunctions, times, place words and numerals (拟在, 在今后,
# 经过前后, 乃至), and the modal verbs. A verb or an adjective alone does name what a count before it is (已移交[12条],
# 良好[9个])
_NAMES_NOTHING_TAGS = frozenset(("d", "ad", "p", "c", "t", "f", "m", "u", "y", "e", "o"))
_HAN_CHAR = re.compile(f"[{CJK}]")
# a count or a band of them in what is left ([45岁及以下]占比为…, 比[2010年]增加…): it names who or what is measured
_COUNTED_BAND = re.compile(rf"\d[{CJK}]")
# verbs that say where a figure comes from (…的数据[显示], 据…[介绍]): closing the clause before it, a source
_SHOWING = frozenset(("显示", "表明", "透露", "获悉"))
_PART = "\x00"  # marks a piece of a word that the span cuts (see _pieces)


@lru_cache(maxsize=1)
def _all_tags() -> dict[str, str]:
    """jieba's tag of each word of its general dictionary that names nothing (the tags the edges ask about; any
    other word reads as naming something), read once a process: 349,045 words would cost every worker 0.18 s and
    tens of megabytes."""
    return segment.jieba_tags("|".join(sorted(_NAMES_NOTHING_TAGS | _EDGE_TAGS)))


def _pieces(text: str, a: int, b: int, w) -> list[str]:
    """The segmenter's words of ``text[a:b]``; a word across the span's edge gives its part inside, marked with a
    leading or trailing ``_PART``: a part of a word (比 of 比分, 多 of 最多) is no word to trim."""
    out, pos = [], a
    words, starts, k = w.words, w.starts(), w.index(a)
    n = len(words)
    while pos < b:
        while k + 1 < n and starts[k + 1] <= pos:
            k += 1  # (w.at(pos), walked to from the word before instead of bisected again)
        span = words[k] if k >= 0 and pos < words[k][1] else None
        end = min(b, span[1]) if span and span[1] > pos else pos + 1
        piece = text[pos:end]
        if span and span[0] < pos:
            piece = _PART + piece
        if span and span[1] > end:
            piece += _PART
        out.append(piece)
        pos = end
    return out


def _glued(edge: str, beside: str, closing: bool) -> bool:
    """The word at an edge (``edge``, closing or opening the phrase) makes a word with the character beside it
    (最|多相差, 的占|比, 共约|谈干部), or 才 after a verb of bringing talent in or a name (共引|才, 张有|才): the
    segmenter's cut, not an adverb or a preposition standing apart. A closing word of two characters is one of its
    own (党员干部|分别: not 部分)."""
    if not edge or not beside or closing and len(edge) > 1:
        return False
    if closing and edge == "才" and (beside[-1] in _TALENT_VERBS or _ends_in_given_name(beside)):
        return True  # 共引|才, 张有|才: talent counted, a given name (see _without_bound_verb)
    pair = beside[-1] + edge[0] if closing else edge[-1] + beside[0]
    return is_general_word(pair) or pair in _EDGE_WORDS["share"]


def _closes_loosely(word: str, tags: dict[str, str]) -> bool:
    return (tags.get(word) in _EDGE_TAGS or word in _CLOSING_WORDS) and word not in _EDGE_WORDS["noun"]


def _leads_on(word: str, text: str, end: int, stop: int | None = None) -> bool:
    """A word closing a phrase that ends at ``end`` leads on to what follows it: true but for a modal verb (会, 能,
    要…) that no verb follows, before the figure (``stop``) or a mark. A modal verb governs the verb after it (成绩应|达到,
    工资能|达到); directly before a count or a mark it is a noun's last character that the segmenter cut
    (召开院坝|会[120场], [45场]板凳|会。)."""
    if word not in _EDGE_WORDS["modal"]:
        return True
    return end != stop and bool(_HAN_CHAR.match(text, end))


def _opens_loosely(word: str, tags: dict[str, str]) -> bool:
    """A conjunction, or an adverb of two characters or of the opening ones, opening the clause before a figure:
    not another one-character adverb, which may be part of a word jieba cut (共约|谈)."""
    tag = tags.get(word)
    if word in _EDGE_WORDS["noun"]:
        return False
    return tag == "c" or tag == "d" and (len(word) >= 2 or word in _EDGE_WORDS["opening"])


# an adverbial the segmenter makes one word of with its 地 (创造性地, 经常性地; 积极|地 are two)
_ADVERBIAL_DI = ("性地",)


def _without_loose_end(text: str, at: int, cand: str, w) -> str:
    """``cand``, the noun after a figure (found at ``at``), without the words that may not close it
    ([86个]社区全覆盖…, [3名]书记直接提拔…); "" for a lone preposition or conjunction ([5到10年]乃至…). A lone word of
    another tag stays: jieba tags some nouns adverbs ([1个]正处, 经过[4个月]的努力)."""
    if at < 0:
        return cand
    tags = _all_tags()
    words = _pieces(text, at, at + len(cand), w)
    if words[-1] == "地" and len(words) >= 3 or words[-1].endswith(_ADVERBIAL_DI) and len(words) >= 2:
        # [120名]村干部[积极地]参与…, [1632名]干部[创造性地]开展…: an adverbial closed by 地 says how they act
        words = words[:-2] if words[-1] == "地" else words[:-1]
        return "".join(words).replace(_PART, "")
    if not _closes_loosely(words[-1], tags):
        return cand  # (the common case: asked once)
    if len(words) == 1:
        return "" if tags.get(words[0]) in ("p", "c") else cand
    end = at + len(cand)
    while len(words) > 1 and _closes_loosely(words[-1], tags) and not _glued(words[-1], words[-2], True) \
            and _leads_on(words[-1], text, end):
        end -= len(words.pop().replace(_PART, ""))
    return "".join(words).replace(_PART, "")


def _without_loose_edges(text: str, at: int, cand: str, w, s: int | None = None) -> str | None:
    """``cand``, the clause before a figure (found at ``at``; the figure at ``s``), without the words that may not
    close or open it; None when what is left names nothing (``_NAMES_NOTHING_TAGS``) and holds no count."""
    if at < 0:
        return cand
    tags = _all_tags()
    words = _pieces(text, at, at + len(cand), w)
    end = at + len(cand)
    while words and _closes_loosely(words[-1], tags) and not _glued(words[-1], words[-2] if len(words) > 1 else "", True) \
            and _leads_on(words[-1], text, end, s):
        end -= len(words.pop().replace(_PART, ""))
    while words and _opens_loosely(words[0], tags) and not _glued(words[0], words[1] if len(words) > 1 else "", False) \
            and not (tags.get(words[0]) == "d" and "的" in words[1:]):
        words.pop(0)  # (an adverb before a verb that 的 makes an attribute stays: 长期在外务工的党员, 率先完成换届的乡镇)
    while words and words[0] in _CLOSING_MARKS:
        words.pop(0)  # (the close of a quotation before: ”某某说…)
    kept = "".join(words).replace(_PART, "")
    if words and (words[0] == "据" or words[-1] in _SAYING or words[-1] in _SHOWING):
        return None  # 据某部发布的…, 某某说, 调查的数据显示: who says it, not what the figure measures
    names = any(_HAN_CHAR.search(x) and (tags.get(x) not in _NAMES_NOTHING_TAGS or x in _EDGE_WORDS["noun"])
                and x not in _EDGE_WORDS["modal"] for x in words)
    return kept if names or _COUNTED_BAND.search(kept) else None


# A count of people or bodies whose noun a predicate follows to the clause's end ([10名]干部[被提拔到副处级岗位]，
# [48家]市直单位[建立了正面清单]。): what the clause says they did or had done to them names which ones are counted,
# said as the noun's attribute (被提拔到副处级岗位的干部)
_DONE_BY_UNITS = re.compile(r"(?:[\d一二两三四五六七八九十百千万]|余|多)(?:名|人|位|个|家|所|户|支)$")
_AGENT_HEADS = tuple(word_list("subject_agent_heads.txt"))
_DONE_END = re.compile(r"[，,。；;！？!?：:\n\ufffd]")
_DONE_OPENERS = frozenset("被 到 赴 在 参加 进行 开展 担任 予以 受到 得到 进入 纳入".split())
_DONE_ADVERBS = frozenset("将 已 已经 均 都 先后 分别 也 还 正 陆续 共 仍".split())
# no other figure (…干部[被提拔]，[14名]…), no quoted name or title, no attribute's 的 nor a copula (均为, 都是)
_DONE_NOT = re.compile(r"[\d“”\"《》]|[一二两三四五六七八九十]+(?:个|名|人|年|天|次|批|期|周)|的|为|是")
_DONE_MAX = 18
# what the counted say is no deed that tells them apart (20名干部[表示]…, 3位村民[说]…)
_SAYING = frozenset("说 表示 认为 介绍 指出 坦言 告诉 谈到 说道 感慨 称".split())
# A count that a preposition or a verb of giving governs (县委对[12名]干部进行了提醒谈话, 工作专班由[5名]干部组成,
# 县里为全县[200名]村干部购买了保险): what follows its noun is someone else's doing to it, or the whole it makes up,
# no deed of the counted. Not 被, 把, 将 (the counted undergo what follows: 将[10名]干部派到…), 与, 同, 跟 (they share
# it: 与[15家]企业签订了协议) nor 在 (it is done in them: 在[6个]乡镇推行…)
_GOVERNORS = frozenset("对 向 为 给 给予 从 由 替 帮助".split())
# a body's closing character that the segmenter glues to the preposition after it (巡察组对8个…: 巡察|组对|8)
_BODY_THEN_GOVERNOR = re.compile(rf"[{ORGAN_ENDS}队][对向为给从由替]")
# what may stand between a governor and the count: a scope (全县, 本市) or 了
_BEFORE_COUNT_SKIP = re.compile(r"(?:[全本][省市县区州镇乡国]|了)$")
# A predicate that is only an adverbial before the clause goes on (50名干部结合自身实际，…; 12名干部在培训结束后，…):
# it says how or when, not what the counted did
_ADVERBIAL_OPENERS = ("结合", "围绕", "针对", "按照", "根据", "带着")
_AT_A_TIME = re.compile(r"在.+(?:后|中|时|前|期间|以来|上|里)")
# adverbs saying that all or each of the counted do it (均来自…, 分别到…): no part of the deed that names them
_SHARED_ADVERBS = re.compile(r"^(?:均|都|也|还|仍|分别)+")
# a count of people or bodies joined to more after it (70名甲、30名乙奔赴…; 8个乡镇和12个部门提交了…): the predicate
# after the last noun is the deed of each of them
_JOINED_COUNT = re.compile(r"(?:、|和|及|以及)[\d.一二两三四五六七八九十百千万]+(?:余|多)?(?:名|人|位|个|家|所|户|支)")


_BRACKET_CLOSING = re.compile(r"(.+?)[(（]([^()（）]+)[)）]")  # a noun and the bracket closing it


def _names_agents(noun: str) -> bool:
    """``noun`` ends like a count of people or bodies (``_AGENT_HEADS``), or holds such a noun in its closing bracket."""
    noun = noun.strip("“”‘’")
    m = _BRACKET_CLOSING.fullmatch(noun)
    return noun.endswith(_AGENT_HEADS) or bool(m and (m[1].endswith(_AGENT_HEADS) or m[2].endswith(_AGENT_HEADS)))


def _done_by_counted(text: str, s: int, e: int, end: int, noun: str, w) -> str:
    """The predicate after a count's noun ending at ``end`` up to the clause's end, when the noun names people or
    bodies that no preposition governs and the predicate opens with a verb (or an adverb and a verb), holds no other
    figure and is more than an adverbial; "" otherwise. A list in it runs on to the clause's end (到甲、乙等地挂职)
    unless a verb follows its 、 (下得去、待得住: only the first)."""
    if w is None or not _DONE_BY_UNITS.search(text, s, e) or not _names_agents(noun) or _governed(text, s, w):
        return ""
    end = _after_joined_counts(text, end, w)
    done = _predicate_after(text, end, w)
    if not done or not _opens_with_deed(text, end, w):
        return ""
    done = _SHARED_ADVERBS.sub("", done)
    return "" if done.startswith(_ADVERBIAL_OPENERS) or _AT_A_TIME.fullmatch(done) else done


def _governed(text: str, s: int, w) -> bool:
    """The count at ``s`` is the object of a preposition or verb of giving (``_GOVERNORS``)."""
    p = s
    while m := _BEFORE_COUNT_SKIP.search(text, max(0, p - 2), p):
        p = m.start()
    span = w.at(p - 1) if p > 0 else None
    if span is None or span[1] != p:
        return False
    return text[span[0]:p] in _GOVERNORS or bool(_BODY_THEN_GOVERNOR.fullmatch(text, span[0], p))


def _after_joined_counts(text: str, end: int, w) -> int:
    """Where the last noun of the counts of people or bodies joined after ``end`` ends (``end`` when none is)."""
    while m := _JOINED_COUNT.match(text, end):
        noun = _noun_after(text, m.end(), w)
        if not noun or not text.startswith(noun, m.end()) or not _names_agents(noun):
            break
        end = m.end() + len(noun)
    return end


def _predicate_after(text: str, end: int, w) -> str:
    """What follows ``end`` to the clause's end, short, with no other figure, quote, 的 nor copula; "" otherwise."""
    stop = _DONE_END.search(text, end, end + _DONE_MAX + 1)
    if not stop:
        return ""
    done = text[end:stop.start()]
    k = done.find("、")
    if k >= 0:
        nxt = w.at(end + k + 1)
        if nxt and predicate_tag(text[nxt[0]:nxt[1]]) == "v":
            done = done[:k]
    return "" if len(done) < 2 or _DONE_NOT.search(done) else done


def _opens_with_deed(text: str, end: int, w) -> bool:
    """The words at ``end`` open with a verb of doing (or an adverb and one), not of saying."""
    span = w.at(end)
    if span is None or span[0] != end:
        return False
    word = text[span[0]:span[1]]
    if word in _DONE_ADVERBS:
        span = w.at(span[1])
        word = text[span[0]:span[1]] if span else ""
    return word in _DONE_OPENERS or predicate_tag(word) == "v" and word not in _SAYING


# what an age said before a noun is not the age of (在我50岁的[时候], 30岁的[年纪], 62岁[高龄]): a time of life, or the age itself
_NOT_AGED = re.compile(r"时|年纪|年龄|高龄|生日|那年|这年|当年|左右|出头")


def _age_of(text: str, s: int, e: int, noun: str) -> str:
    """年龄 after the noun an age describes (24岁的[孔维玲], 35岁以下[年轻干部]): the figure measures that
    person's or group's age, not the person; nothing for any other figure."""
    return "年龄" if "岁" in text[s:e] and not _NOT_AGED.match(noun) and not noun.endswith("年龄") else ""


_SUBJECT_MAX = 16  # (a noun after a figure kept to its first 16 characters)


def _named_after_title(text: str, at: int, noun: str, w) -> str | None:
    """The personal name closing ``noun`` (found at ``at``) after a title (某镇党委书记[王某某], 村党支部书记[吴某]): the
    segmenter's last word, of two or three characters, opening with a family name, no word of the dictionary and
    no place or organ (方山村, 某某局); None when the noun is the name alone or ends otherwise."""
    if at < 0 or len(noun) < 5:
        return None
    span = w.at(at + len(noun) - 1)
    if span is None or span[1] != at + len(noun) or span[0] <= at:
        return None
    name = text[span[0]:span[1]]
    family = w.at(span[0] - 1) if len(name) <= 2 and span[0] - 1 > at else None
    if family is not None and family[1] - family[0] == 1 and text[family[0]] in _FAMILY_NAMES:
        name = text[family[0]] + name  # (郑|卫东: the family name a word of its own)
    elif is_general_word(name):
        return None
    if not 2 <= len(name) <= 3 or name[0] not in _FAMILY_NAMES or predicate_tag(name[1:]) \
            or name[-1] in _ONE_CHAR_KINDS or name[-1] in ORGAN_ENDS or is_place_word(name):
        return None
    return name


# 以N为X where X only measures the figure (以10户为单位, 以3%为标准): it names nothing the figure counts
_NOT_TAKEN_AS = frozenset(("单位", "标准"))


def _taken_as(text: str, start: int, w) -> str | None:
    """X of 以N为X at ``start``: one word of the segmenter of two characters or more (以15%为[上限]确定…), not a mere
    measure (``_NOT_TAKEN_AS``)."""
    span = w.at(start) if w is not None else None
    if span is None or span[0] != start:
        return None
    word = text[start:span[1]]
    return word if len(word) >= 2 and word not in _NOT_TAKEN_AS and predicate_tag(word) not in ("d", "p", "c") else None


# A figure of groups right before a second count of people or kinds (梳理出[6大类]21种情形, 已选派[3批]120名干部):
# the noun after the second names what both count. Not across 、 (征集[40项]、12个部门作出回应: two counts), not
# before a time (办理[30项]2个月内) nor a noun that opens a clause of its own (20项1000余份文件[得到]清理).
_KINDS_OF_GROUPS = ("批", "批次", "类", "方面", "大项", "项")
# (the second count may be a total or an estimate, 2批[共]300名, 3批[近]800名, and its magnitude come before 余/多: 11批1.3[万余]名)
_NEXT_FIGURE = re.compile(
    r"(?:共|近|约)?(?:[\d.]*\d)(?:余|多)?[万亿萬億]?(?:余|多)?(?:"
    + alternation(word_list("subject_count_units.txt")) + ")")
_NEXT_FIGURE_OPENERS = ("", "共", "近", "约")
_TIME_AFTER_COUNT = re.compile(r"个(?:月|工作日|小时|季度|星期|礼拜|年头|半月)")
_NEW_CLAUSE_AFTER = re.compile(r"得到|作出|做出|全部|均|都|已|受到|获得|被")


def _noun_after_next_figure(text: str, s: int, e: int, w) -> str:
    m = _NEXT_FIGURE.match(text, e)
    if not m or _TIME_AFTER_COUNT.match(text, m.end() - 1) or not _figure_opens_phrase(text, s, w):
        return ""
    noun = _noun_after(text, m.end(), w)
    end = text.find(noun, m.end()) + len(noun) if noun else m.end()
    return noun if noun and not _NEW_CLAUSE_AFTER.match(text, end) else ""


def _takes_quoted_noun(text: str, s: int, e: int, w) -> bool:
    """A quoted name after the figure at ``s:e`` opens the noun it counts (选派12名[“墩苗”]干部) when the figure
    follows a verb or opens its clause; not after money or a share (500万元“输血”变…), nor when a noun stands
    right before the number (选派干部120名“驻村”开展…: the quote opens the next phrase)."""
    if w is None or "元" in text[s:e] or re.search(r"[%％‰]", text[s:e]):
        return False
    return _figure_opens_phrase(text, s, w)


def _figure_opens_phrase(text: str, s: int, w) -> bool:
    """The figure at ``s`` follows a verb, preposition or conjunction, or opens its clause, with at most an adverb
    or a place between (共选派[12名], 全省[918名], 划转[6类]), or comes after 的, 等 or a determiner: what
    follows it is what it counts. Not after a noun (选派干部[120名]“驻村”…, 征集问题[40项]12个部门…)."""
    if w is None:
        return False
    head = text[max(0, s - 40):s]
    a = _lead_end(text, s - len(head) + clause_start(head), s, w)
    pos = s
    while pos > a:
        span = w.at(pos - 1)
        if span is None:
            return False
        word = text[max(a, span[0]):pos]
        if word in _HEADS_TAGGED_VERBS:
            return False  # 村级组织168个: a noun jieba tags a verb
        if (predicate_tag(word) in ("v", "p", "c") or word in _tagged("vn") or word in _VERB_LIKE or word in _NOUN_FOLLOWS or word.endswith("了")
                or len(word) >= 4 and predicate_tag(word[-2:]) == "v"):  # (量身定做)
            return True
        # skipped: an adverb (共选派), a place that the count belongs to (全省[918名]“90后”…, 覆盖琼中[30个]“十三五”…)
        if not (word in _BEFORE_FIGURE_SKIP or predicate_tag(word) == "d" or is_place_word(word) or _PLACE_BEFORE.match(word)):
            return False
        pos = max(a, span[0])
    return True


@lru_cache(maxsize=None)
def _tagged(tags: str) -> frozenset[str]:
    """The words jieba's dictionary tags ``tags`` (vn: verbal nouns, 设置, verbs before the figure they take; a:
    adjectives, 高, 好, after which 较 is "rather"), read once a process."""
    return segment.jieba_words_tagged(tags)


def _noun_after_bracket(text: str, start: int, w) -> bool:
    """A noun follows the bracket opening at ``start`` (52个(省级)[重点项目], 3名(女)[干部]): the bracket
    qualifies it; none when punctuation, a verb or the clause's end follows (52人(其中…)[，])."""
    # (a bracket closing further on than 24 characters is none: sought that far only)
    close = min((i for i in (text.find(")", start, start + 25), text.find("）", start, start + 25)) if i > 0), default=-1)
    if close < 0 or close - start > 24:
        return False
    nxt = text[close + 1:close + 2]
    if not nxt or not re.match(f"[{CJK}]", nxt):
        return False
    if w is None:
        return True
    span = w.at(close + 1)
    return not (span and predicate_tag(text[span[0]:span[1]]) in ("v", "d", "p", "c"))


# A count glued after one of households, cases or batches (全村128户[616人], 查处问题12起[15人],
# 培训5期[300人]): both count one group, which the clause before the first figure names.
_GROUP_UNITS = "户起批期"
_GROUP_BEFORE_REV = re.compile(r"[户起批期](?:余|多)?(?:[\d.,]*\d|[一二两三四五六七八九十百千万]+)")


def _group_before(text: str, s: int, e: int, w) -> str | None:
    m = _GROUP_BEFORE_REV.match(text[max(0, s - 12):s][::-1]) if s and text[s - 1] in _GROUP_UNITS else None
    group = _clause_before(text, s - m.end(), w) if m else None
    if group and group.endswith("户") and text[e - 1] == "人":
        return None  # 贫困户34户[133人]: the clause names households, not the people counted
    return group


def _noun_after(text: str, start: int, w, quote: bool = False) -> str:
    """The phrase from ``start`` up to a stop word or mark, a number, or (with the segmenter's
    words) the first verb, adverb or preposition after a noun (8名干部[都]走上…)."""
    tail = text[start:start + 24]
    # 5名[“墩苗”]干部, 为期两年的[“墩苗”锻炼]: a quoted name opens the noun; its marks and digits stop nothing
    quoted = _QUOTED_OPENING.match(tail) if quote else None
    age = None if quoted else _AGE_BOUND.match(tail)  # 1名[35岁以下(的)]妇联主席: an age bound describes who is counted
    opened = quoted.end() if quoted else age.end() + tail.startswith("的", age.end()) if age else 0
    stop = _SUBJECT_STOP.search(tail, opened + bool(_ZHONG_OPENS_NOUN.match(tail, opened)))
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
        cand = cand[: _predicate_opening(text, max(a, start) + 1 - start, start, len(cand), w)]
        if quoted and len(cand) > quoted.end():
            span = w.at(start + quoted.end())  # “村官”[脱产学习]: a word ending in a verb after the closing mark
            word = text[span[0]:span[1]] if span else ""
            if predicate_tag(word) == "v" or len(word) >= 4 and predicate_tag(word[-2:]) == "v":
                cand = cand[: quoted.end()]
        if quoted and len(cand) > 16:  # never cut inside a word at the cap (…主题教育[培训])
            span = w.at(start + 16)
            cand = cand[: span[0] - start if span and span[0] > start + quoted.end() else 16]
    if cand.lstrip().startswith(("…", "...", "⋯")):
        # 落实了500亩[……]”, 均超90%[……黄梅县]: a trailing-off ellipsis ends the figure's clause; what follows it is no
        # noun; but a pause before the noun that closes the sentence (选派了100名[……驻村干部]。”) is one
        end = start + len(cand)
        rest = cand.lstrip().lstrip("…⋯.").strip()
        if not rest or end < len(text) and text[end] not in "。！？!?”\"」":
            return ""
        cand = rest
    return cand.strip().rstrip("(（“‘「")  # (“访惠聚”[(“]访民情…: a bracket or quote left open names nothing


_PREDICATE_OPENINGS = re.compile("|".join(sorted(map(re.escape, _EDGE_WORDS["predicate"]), key=len, reverse=True)))


def _predicate_opening(text: str, i: int, start: int, n: int, w) -> int:
    """Where in the noun after a figure (``text[start:start + n]``, from its offset ``i`` on) a predicate opens that
    the segmenter glued into one word ([1393个]边境村|全覆盖, [21个]镇街|全面推行, [9个]处室|主要是: subject_edge_words,
    kind predicate), relative to ``start``; ``n`` when none does. Inside a word of the dictionary (安全, 健全) none."""
    for k in range(start + i, start + n):
        m = _PREDICATE_OPENINGS.match(text, k)
        if m is None:
            continue
        span = w.at(k)
        if span is None or span[0] == k or not is_general_word(text[span[0]:span[1]]):
            return k - start
    return n


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


# An attribute that names some of those counted (包括某某在内的[23名]大学生): no part of what is counted; the noun, or
# what the clause after says they do, names them. Where they come from or live (来自某村的, 家住某村的) does tell which
# ones are counted and stays
_INCLUDING_FRAME = re.compile(r"包括.+在内的")
# 包括 opening any other attribute (包括在乡镇工作的[12名]选调生在内的…): the rest still says which ones are counted
_INCLUDING = "包括"


def _attribute_before(text: str, s: int, w) -> str:
    """The words that qualify what a figure counts when they end in 的 just before it
    (挂职归来的[8名]干部 → 挂职归来的): from the last copula, preposition or verb in
    the perfect (是, 对, 了) of the clause, and short. None for a list or a number (来自甲、乙的)."""
    if text[s - 1:s] != "的":
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
    if _INCLUDING_FRAME.fullmatch(attr):
        return ""
    attr = attr.removeprefix(_INCLUDING)
    if len(attr) < 3 or len(attr) > _ATTRIBUTE_MAX or _NOT_IN_ATTRIBUTE.search(attr):
        return ""
    return attr


def _one_noun(text: str, a: int, w) -> bool:
    """The two characters at ``a`` are one word of the segmenter and no predicate (男性; not 共分, 增加)."""
    return not predicate_tag(text[a:a + 2]) and (w is None or w.at(a) == (a, a + 2) or is_general_word(text[a:a + 2]))


# An item's number opening a clause ((四)年龄…, （二）, 3.、, 二是): it orders a list and names nothing
_ITEM_NUMBER = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]+是")


def _lead_end(text: str, a: int, b: int, w) -> int:
    """Where ``text[a:b]`` begins without its opening item number, times, connectives and attributions ((一), 其中,
    据统计, 2020年), each a whole word (not the 对此 of 对此次, the 现在 of 现在编)."""
    while True:
        a = _skip_marks(text, a, b)
        m = _ITEM_NUMBER.match(text, a, b) or _LEADING_TIME.match(text, a, b) or _LEAD_WORDS.match(text, a, b)
        if not m or not m.end() - a or w is not None and _inside_word(w, m.end()) and not _years_own(text, m.end()):
            return a
        a = m.end()


def _years_own(text: str, end: int) -> bool:
    """The 年 before ``end`` closes a year in digits (2023|年县财政…: the segmenter glued it to the word after)."""
    return text.startswith("年", end - 1) and text[end - 2:end - 1].isdigit()


def _skip_marks(text: str, a: int, b: int) -> int:
    while a < b and text[a] in "，,、 ":
        a += 1
    return a


def _inside_word(w, pos: int) -> bool:
    span = w.at(pos)
    return span is not None and span[0] < pos


# a count of people the clause goes on to say something was done to (其中[4人]在年度考核中被评为优秀, [57人]被安排到…,
# 200多人受到处分): with no noun after the figure and none before it, the passive predicate names who is counted
_PASSIVE_AFTER = re.compile(r"(?:在[^，,。；;！？!?\n被]{1,8}?中)?(?:已|都|均|也|先后|分别)?(?:被|受到|得到|获得)[^，,。；;：:！？!?\n]{1,10}")
# …中，有[50名]是原班子成员, 其中[30%]为女性: what the count or share is, said after 是 (or 为 after a share; after
# a count of people 为 is mostly a preposition: 3人为此受到处理, 2000余人为群众解难题, 5人为一组)
_IS_AFTER_FORM = r"(?:都|均|也|仍|分别)?{copula}(?P<what>[^，,。；;：:！？!?\n\d]{{2,12}})"
_IS_AFTER = re.compile(_IS_AFTER_FORM.format(copula="是"))
_SHARE_IS_AFTER = re.compile(_IS_AFTER_FORM.format(copula="[是为]"))


def _what_it_is(text: str, e: int) -> str | None:
    """What a count of people or a share ending at ``e`` is, said right after it (有12名是…, 60%为…)."""
    unit = text[e - 1]
    what = _SHARE_IS_AFTER.match(text, e) if unit == "%" else _IS_AFTER.match(text, e) if unit in "人名位" else None
    return what["what"] if what else None


# A quotation opening after its speaker's colon (…书记说:“我们村…): what is said begins a clause of its own; not
# one that opens with the speaker's own 我 (…说:“我今年已经[56岁]…, “我入党[52年]…): then the speaker is what the
# figure is about, and stays in the clause (我们, 我村, 我县… are a body: the quotation's clause, as before)
_QUOTATION_OPENS = re.compile(r"[:：]\s*[“\"「『](?!\s*我(?![们們村县縣乡鄉镇鎮市区區省国國家校院部局厅委所站队隊组組社]))")


def _clause_before(text: str, s: int, w, e: int | None = None, since: int = -1) -> str | None:
    """The clause before the figure without its verbs, dates and rate phrase, or the sentence's
    opening words when the clause names nothing (…，增加至5000人次); a passive predicate after a figure of
    people that nothing before names (``_PASSIVE_AFTER``, with the figure's end ``e``).  Another figure
    ending in the clause at ``since`` (with no clause mark after it: 培训干部120人次 覆盖村45个, …120人次和
    村书记45人) closes the phrase of its own count: what follows it names this one, when it names anything."""
    head = text[max(0, s - 60):s]
    a = _lead_end(text, s - len(head) + clause_start(head), s, w)
    quoted = _QUOTATION_OPENS.search(text, a, s) if "“" in head or '"' in head or "「" in head else None
    while quoted:  # 一名干部说:“[如果测评分值]…: the quotation opens the clause; the speaker is outside it
        a = _lead_end(text, quoted.end(), s, w)
        quoted = _QUOTATION_OPENS.search(text, a, s)
    found, head = _measured_in_clause(text, a, s, w)
    if found:  # (…60名成员中，有[42名]是原班子成员: what the part is, said after it, names it better than its group)
        return (_what_it_is(text, e) if e is not None else None) or found
    divided = _DIVIDED_INTO.search(head)  # 将[考核指标]分为政治、作风、实绩三类: kinds of the whole divided
    if divided and len(divided["whole"]) >= 2:
        return _last_twelve(text, divided["whole"], s, w)
    if _DIGIT.search(head):  # 占比分别为1.96%、21.9%、[23.86%]: a list of figures shares the phrase before its first
        head = _strip_end(head, _FIGURE_LIST_REV)
        item = _strip_end(_strip_end(head[head.rfind("、") + 1:].strip(), _HEAD_VERBS_REV), _PER_REV)
        item = _without_glued_modal(item, text, s)
        if "、" in head and len(item) >= 2 and not _DIGIT.search(item):
            return _quote_whole(item, item[-12:])  # 村干部320人、[后备力量]达到150人, 警告3人、[记过]1人: each item of a list of counts names its own
    k = text.find(head, a, s)  # (where what is left of the clause stands)
    if k >= 0 and a < since < k + len(head) and (own := _after_figure_before(text, since, k + len(head), w)):
        head = own
    bare = _strip_end(_strip_end(_strip_end(head.strip(), _HEAD_VERBS_REV), _PER_REV).strip("，,、和及与 "), _HEAD_VERBS_REV)
    bare = _without_glued_modal(bare, text, s)
    bare = _what_changes(bare, head)
    bare = _without_rule_adverb(bare, text, s)
    bare = _without_bound_verb(bare, text, s, w)
    bare = _without_rule_adverb(bare, text, s)  # (年龄一般[在]40周岁以下: the rule's adverb stood before the bound's verb)
    rate_only = bool(bare) and _LEADING_PER.fullmatch(bare) is not None  # (村均[20万元]: a rate, nothing named)
    bare = _LEADING_PER.sub("", bare)  # 每个月工资500元: the rate is the figure's per, not its subject
    if len(bare) < 2 or len(bare) == 2 and not _one_noun(text, text.rfind(bare, max(0, s - 60), s), w):  # 男性9名 names; 共分5期 does not
        passive = _PASSIVE_AFTER.match(text, e) if e is not None and text[e - 1] in "人名位" else None
        if passive and len(bare) < 2:
            return passive.group(0)[:12]
        what = _what_it_is(text, e) if e is not None and len(bare) < 2 else None
        if what:
            return what
        lead = _sentence_lead(text, s, w)
        if lead:
            return lead
    head = bare or ("" if rate_only else head.strip())
    if predicate_tag(head) in ("p", "c", "d"):
        return None  # 经过[2年]的努力: a preposition alone names nothing
    return _last_twelve(text, head, s, w) or None


_ONE_CHAR_MODALS = frozenset(m for m in _EDGE_WORDS["modal"] if len(m) == 1)


def _without_glued_modal(bare: str, text: str, s: int) -> str:
    """``bare`` (the clause before the figure at ``s``, its verbs stripped) without a closing modal verb that
    governed them and that the segmenter glued to the noun before it (发文数要|同比减少10%: 数要 is one word to
    jieba, so the edge trimming never sees 要).  A modal that ends a word of the dictionary stays (主要, 需要,
    供应), and so does one right before the figure, no verb after it: a noun's last character (院坝会[120场])."""
    if len(bare) <= 2 or bare[-1] not in _ONE_CHAR_MODALS or is_general_word(bare[-2:]):
        return bare
    after = text.rfind(bare, max(0, s - 60), s) + len(bare)
    return bare[:-1] if len(bare) <= after < s and _HAN_CHAR.match(text, after) else bare


# 了 closing a verb (实现了, 推动了), not inside a word (了解, 为了, 除了, 了如指掌)
_PERFECTIVE_END = re.compile(r"(?<![为除])了(?![解如然结])")
_CHANGE_VERB_ANY = re.compile(_CHANGE_VERBS_BETWEEN)


def _what_changes(bare: str, head: str) -> str:
    """``bare`` from after the clause's own verb in the perfect (实现了, 推动了) when the verbs stripped from the
    clause's end (``head`` without ``bare``) tell a change: what changes is the noun before the verb of change
    ([推动了]全镇后进村党组织减少12个), the verb before it the clause's doing, not what the figure measures."""
    k = head.rfind(bare) if bare else -1
    if k < 0 or not _CHANGE_VERB_ANY.search(head, k + len(bare)):
        return bare
    m = None
    for m in _PERFECTIVE_END.finditer(bare):
        pass
    rest = bare[m.end():] if m else ""
    return rest if len(rest) >= 2 and not _DIGIT.search(rest) else bare


# A whole divided into kinds that are listed, then counted (将考核指标分为政治、作风、实绩[三类]): the figure counts
# kinds of that whole.  (The whole after a leading 将 or 把, up to the verb of dividing; the list has a 、.)
_DIVIDED_INTO = re.compile(r"(?:^|将|把)(?P<whole>[^将把、]{2,16}?)(?:划分为|划分成|分为|分成|划为)[^、]*、[^、]+(?:、[^、]+)*$")


# What joins a figure to the phrase of the next one in a clause: a space, 、, a conjunction (培训干部120人次[和]村书记45人)
_JOINER = re.compile(r"[\s、]*(?:以及|和|及|与|并|同时)?[\s、]*")


def _after_figure_before(text: str, since: int, end: int, w) -> str | None:
    """``text[since:end]``, what follows the figure before in the clause, when that figure closes the phrase
    of its own count (something joins the two, or a verb or an adverb follows it: 培训干部120人次[覆盖]…; not a
    noun, which it counts: 两项人选…一共4人) and the rest names something of its own: without its opening times
    and connectives, two characters or more once the verbs before the figure are stripped, and no number."""
    joined = _JOINER.match(text, since, end).end()
    if joined == since and not _opens_with_predicate(text, since, w):
        return None
    a = _lead_end(text, joined, end, w)
    own = text[a:end]
    bare = _strip_end(_strip_end(own.strip(), _HEAD_VERBS_REV), _PER_REV).strip("，,、和及与 ")
    bare = _strip_end(bare, _HEAD_VERBS_REV)
    return own if len(bare) >= 2 and _HAN_CHAR.search(bare) and not _DIGIT.search(own) else None


def _opens_with_predicate(text: str, pos: int, w) -> bool:
    """The segmenter's word at ``pos`` starts there and is a verb, an adverb, a preposition or a conjunction."""
    span = w.at(pos) if w is not None else None
    return span is not None and span[0] == pos and predicate_tag(text[pos:span[1]]) in ("v", "d", "p", "c")


_A_YEAR = re.compile(rf"(?:{YEAR}|[今去前当上明])年")


def _last_twelve(text: str, head: str, s: int, w) -> str:
    """``head`` cut to its last 12 characters, never inside a word (…工作者平均年收入 → 社区工作者平均年收入) nor at a
    closing quote."""
    if len(head) <= 12:
        return head
    keep = 12
    if w is not None:
        at = text.rfind(head, max(0, s - 60), s) + len(head) - keep
        word = w.at(at)
        if word and word[0] < at:
            keep = min(len(head), keep + at - word[0]) if at - word[0] <= 4 else keep - (word[1] - at)
    for m in _A_YEAR.finditer(head):  # (…2025年|选派新一轮…: never the 年 of a year cut from its digits)
        if m.start() < len(head) - keep < m.end():
            keep = len(head) - m.end()
    piece = head[-keep:] if keep > 0 else head[-12:]
    piece = _with_its_group(head, piece)
    broken = _BROKEN_ITEM.match(piece)
    if broken and len(piece) - broken.end() >= 2:
        return piece[broken.end():]  # 救治甲病、乙病、丙病等患者 cut to [、乙病、丙病等患者]: no item's broken end first
    return _quote_whole(head, piece)


# the group a cut's opening 中 closes (村党组织书记|中大学学历的): at most this long, back to a list's or a clause's mark
_GROUP_MAX = 10
_GROUP_BREAK = re.compile(r"[、，,：:（(“”\s]")


def _with_its_group(head: str, piece: str) -> str:
    """``piece`` (the end of ``head``) with the group before it when it opens with the 中 that closes that group
    (班子成员中全日制本科以上…: those counted are among the group; 中全日制本科… alone is no phrase). Not the 中 that
    opens a noun (中层干部, 中小学教师)."""
    k = len(head) - len(piece)
    if not piece.startswith("中") or _ZHONG_OPENS_NOUN.match(piece) or k < 2:
        return piece
    group = head[max(0, k - _GROUP_MAX):k]
    cut = max((m.end() for m in _GROUP_BREAK.finditer(group)), default=0)
    return group[cut:] + piece if len(group) - cut >= 2 else piece


# 占到了机关干部的, 占全县干部的: the share's verb, then its base and 的 right before the figure
_SHARE_OF_BASE = re.compile(rf"占(?:到|据)?了?([{CJK}]{{2,12}}?)(?:总数|总量|总人数|人数)?的")
# what a cut leaves of a list's item before the next one: its 、, or the end of a quoted item and its 、 (好物”、)
_BROKEN_ITEM = re.compile(rf"[{CJK}]{{0,4}}[”’\"]、|、")


def _measured_in_clause(text: str, a: int, s: int, w) -> tuple[str | None, str]:
    """What the clause ``text[a:s]`` before a figure says the figure measures: an answer found outright (a part of a
    counted group, a rating before a bare count, the count a comparison or a bound goes on about), else None and the
    clause cut to what is measured (without a comparison's base or a change's starting point)."""
    part = _part_of_group(text, a, s, w)
    if part:
        return part, ""
    cut = _comparison_at(text, a, s, w)
    if cut is None and text.endswith("的", a, s) and _SHARE.match(text, s):
        cut = _comparison_at(text, max(a, text.rfind("、", a, s) + 1), s, w, _SHARE_OF)  # 其他成员[为]书记的80%: a share of a base
    head = text[a:s]
    rating = head[head.rfind("、") + 1:].strip()
    if _RATING.fullmatch(rating) and _BARE_COUNT.match(text, s):
        return rating, head  # 好74人，[较好]15人，[一般]4人: a rating right before a bare count is what it counts
    start = _change_from_at(text, a, s, w) if cut is None else None
    if start is not None and len(text[a:start].strip()) >= 2:
        head = text[a:start]  # 培训人数[由2013年的]4500人次增加至…: what changes, not the starting point
    if cut is not None:  # 发给县级以下的文件[比2018年]减少…, 女性[占比]仅为…: what is compared, not its base
        k = text.rfind("、", a, cut)
        item = k + 1 if k >= 0 else a
        if len(_strip_end(text[item:cut].strip(), _ADVERBS_REV)) >= 2:
            head = _strip_end(text[a:cut].strip(), _ADVERBS_REV)
        else:  # …57688个，[占]总数的9.6%; …30名、[占比]51.7%: the count before is what the share is of
            cont = _count_continued(text, item, w)
            if cont:
                return cont, head
            base = _SHARE_OF_BASE.fullmatch(text, cut, s)
            if base:
                return base.group(1), head  # 年轻人多，占到了镇机关人员的五分之三: no count before, the share is of the base
    elif _CONTINUING.fullmatch(head.strip()):
        cont = _count_continued(text, a, w)  # 正处级干部80名左右，[一般]不超过38岁: the count before is what it bounds
        if cont:
            return cont, head
    return None, head


# 一般 as an adverb of rule (年龄[一般]不超过45周岁, 挂职期[一般]为6至12个月, 时长[一般]1周左右): only with a verb of bound
# between it and the figure or a bound on the figure itself; before a bare count it is a rating (测评结果中，一般3人)
_BOUND_VERB = re.compile(r"\s*(?:为|在|控制在|不超过|不少于|不低于|不高于)\s*")
# (a range, 5—6人, is a bound too)
_BOUNDED_FIGURE = re.compile(r"(?:不超过|不少于|不低于|不高于|控制在|约|近)|[\d.]+[^\W\d]{0,3}?(?:左右|以上|以下|以内)"
                            r"|[\d.]+\s*[—–\-~～至到]\s*[\d.]")


def _without_rule_adverb(bare: str, text: str, s: int) -> str:
    """``bare`` without a closing 一般 that states a rule for the figure at ``s`` (see ``_BOUND_VERB``)."""
    if not bare.endswith("一般"):
        return bare
    k = text.rfind("一般", max(0, s - 24), s)
    if _BOUND_VERB.fullmatch(text, k + 2, s) or text[k + 2:s].strip() == "" and _BOUNDED_FIGURE.match(text, s):
        return _strip_end(bare[:-2], _HEAD_VERBS_REV)
    return bare


# A bound's verb or an adverb, a word of its own, between what a figure measures and the figure (年龄[在]35周岁以下,
# 比例[控制在]20%以内, 年龄[均在]…, 女儿[才]4岁): not the 在 of 存在, 现在, 所在 nor the 才 of 人才
_BOUND_END = re.compile(r"(?:(?:控制|保持|稳定|维持)?(?:均|都|也|仍|还)?在|才)$")


def _without_bound_verb(bare: str, text: str, s: int, w) -> str:
    """``bare`` without a closing bound's verb or 才 (``_BOUND_END``) whose last character is a word of its own."""
    m = _BOUND_END.search(bare)
    if not m or len(bare) - len(m.group(0)) < 2:
        return bare
    at = text.rfind(bare, max(0, s - 60), s)
    k = at + len(bare) - 1  # the closing 在 or 才 (its words are known only where the text holds ``bare``)
    if w is not None and at >= 0 and w.at(k) != (k, k + 1) or w is None and is_general_word(bare[-2:]):
        return bare
    if m.group(0) == "才" and (bare[-2] in _TALENT_VERBS or _ends_in_given_name(bare[:-1])):
        return bare  # 全年共引[才]356名, 聚[才]: talent brought in; 书记张有[才]32岁: a name the segmenter splits
    cut = _strip_end(bare[:m.start()], _HEAD_VERBS_REV)
    if len(cut) > 12:  # the room freed in the last twelve is not spent across a byline's bracket or a dateline's colon
        p = max(cut.rfind(c, len(cut) - 12) for c in _WINDOW_STOPS)
        if p >= 0 and len(cut) - p - 1 >= 2:
            cut = cut[p + 1:]
    return cut


_TALENT_VERBS = frozenset("引聚招选揽育求储留纳荐")  # 引才, 聚才, 招才, 选才: 才 is the talent counted
_WINDOW_STOPS = (":", "：", ")", "）", "]", "】", " ", "\u3000")
_FAMILY_NAMES = family_names()


def _ends_in_given_name(head: str) -> bool:
    """``head`` (what is before a 才) ends in a surname and one character that make no word (张有, 刘长, 王德): 才 ends a
    name (张有才), not an adverb (任职才, 女儿才)."""
    two = head[-2:]
    return len(two) == 2 and two[0] in _FAMILY_NAMES and not is_general_word(two) and predicate_tag(two) is None


_CLOSING_MARKS = "”’」』"
_OPENING_MARKS = "“‘「『"


def _quote_whole(whole: str, tail: str) -> str:
    """``tail``, the end of ``whole`` cut to length, never starting at a closing mark: the quoted name it closes is
    kept whole when short (“两委”其他成员…), else the mark dropped."""
    close = _CLOSING_MARKS.find(tail[:1]) if tail else -1
    if close < 0:
        return tail
    k = whole.rfind(_OPENING_MARKS[close], 0, len(whole) - len(tail))
    return whole[k:] if 0 <= k and len(whole) - k <= 16 else tail[1:]


# A comparison or a share in the clause before a figure (文件[比]上年减少…, 学历分别[较]换届前增长…, 女性[占比]…,
# [同比]减少…): what stands before it is what the figure measures; the rest is the base. Whole words of the segmenter
# only (not the 比 of 比例, the 占 of 占地).
_COMPARED_WORDS = frozenset(("比", "较", "同比", "相比", "较之", "相较", "占", "占比", "相当于"))
# Adverbs between what is compared and the comparison, or alone in a clause that continues a count (…80名，[一般]不超过…)
_ADVERBS = ("分别", "均", "都", "要", "将", "仅", "只", "一般", "原则上", "也")
_ADVERBS_REV = re.compile("(?:" + "|".join(re.escape(v[::-1]) for v in _ADVERBS) + ")+$")
# A clause of nothing but a change or an adverb of bounds (…6000元，[增长]20%; …80名左右，[一般]不超过40岁): it goes on
# about the count before it. Not a total (共, 累计) nor a copula or preposition (为, 有): they open counts of their own.
_CONTINUING = re.compile("(?:" + "|".join(_ADVERBS) + f"|{_CHANGE_VERBS_BETWEEN}|了)+")
# A count right before a clause's separator (…软弱涣散村党组织57688[个]，占…; 乡镇公务员30[名]、占比…): its digits and unit
_COUNT_BEFORE_SEP = re.compile(r"(?<![\d.])\d[\d.]*(?:余|多)?[万亿]?[^\W\d]{1,8}$")
# figure_units.txt as one alternation, longest first (a unit that another opens is tried after it)
_UNITS_ALT = alternation(word_list("figure_units.txt"))
_COUNT_UNIT = re.compile(rf"\d[\d.]*(?:余|多)?[万亿]?(?:{_UNITS_ALT})")


# A share of a base after 为/是 … 的 (副职为正职的七成, 仅为全国平均值的三分之一)
_SHARE = re.compile(r"[\d.]+(?:%|％|倍)|[一二两三四五六七八九十]+(?:分之|成|倍)|[\d.]+成|[\d]+/\d")
_SHARE_OF = frozenset(("为", "是", "仅为", "约为", "只有", "仅", "达"))


# 比/较/相比 compare only with a change or a difference later in the clause (文件比上年[减少]…, 比上年[多]3人); without
# one they are 较 "rather" (素质较高的干部), a ratio (1比1), or part of a phrase (比学赶超)
_MEASURED_BY_CHANGE = frozenset(("比", "较", "相比", "较之", "相较"))
_CHANGE_OR_DIFFERENCE = re.compile(f"{_CHANGE_VERBS_BETWEEN}|多|少")
# The last figure before a comparison word, or a list's 、: a comparison before it belongs to another item (女性占18%、
# [大专以上学历占]…). A date is no figure here: it is the base of the comparison itself (比2020年提高…)
_LAST_FIGURE = re.compile(r"[\d.]*\d(?![\d.])(?!年|月|日)")
_NUMERAL = re.compile(r"[\d一二两三四五六七八九十]")


# Ratings of a vote or an appraisal (好, 较好, 一般; 满意票): right before a bare count they name what it counts
_RATING = re.compile(r"(?:好|较好|一般|差|较差|满意|较满意|基本满意|不满意)票?")
_BARE_COUNT = re.compile(r"[\d.]*\d(?:余|多)?[万]?(?:人次|人|名|张|票|个|户|家)(?!以上|以下|左右|以内)")


def _comparison_at(text: str, a: int, b: int, w, words: frozenset[str] = _COMPARED_WORDS) -> int | None:
    """Where the first comparison or share word of ``text[a:b]`` after its last figure or 、 begins, a word of the
    segmenter that compares (``_compares``); None without one."""
    if w is None or not _any_of(words).search(text, a, b):
        return None  # (none of them written in the clause: most clauses compare nothing)
    start = max([a, text.rfind("、", a, b) + 1] + [m.end() for m in _LAST_FIGURE.finditer(text, a, b)])
    return next((span[0] for span in _words_from(w, start, b) if span[0] >= start and span[1] <= b
                 and text[span[0]:span[1]] in words and _compares(text, span, b, w)), None)


@lru_cache(maxsize=None)
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` written: a clause without one holds no word of them."""
    return re.compile("|".join(sorted(map(re.escape, words))))


def _words_from(w, pos: int, end: int) -> Iterator[tuple[int, int]]:
    """The segmenter's words from the one holding ``pos`` on, while they start before ``end``; none past a gap in
    them (text the segmenter was not given)."""
    while pos < end:
        span = w.at(pos)
        if span is None:
            return
        yield span
        pos = span[1]


def _compares(text: str, span: tuple[int, int], b: int, w) -> bool:
    """比/较/相比 at ``span`` compare when a change or a difference follows in the clause, and they are neither between
    numbers (1比1), nor opening a word (比学赶超), nor right before an adjective (较高, 较好)."""
    word = text[span[0]:span[1]]
    if word not in _MEASURED_BY_CHANGE:
        return True
    end = _CLAUSE_END.search(text, b)
    if not _CHANGE_OR_DIFFERENCE.search(text, span[1], end.start() if end else b + 24):
        return False
    if _NUMERAL.match(text, span[1]) and span[0] and _NUMERAL.match(text, span[0] - 1):
        return False
    nxt = w.at(span[1])
    return not (is_general_word(text[span[0]:span[1] + 1]) and len(word) == 1
                or text[span[1]:span[1] + 1] not in "多少" and (text[span[1]:span[1] + 1] in _tagged("a")
                                                               or nxt and text[nxt[0]:nxt[1]] in _tagged("a")))


# A change from one figure to another (由2013年的4500人次增加至…, 从61%提高到…): its 由/从, whole words of the segmenter,
# with a verb of change and 至/到/为 later in the clause
_CHANGE_TO = re.compile(rf"^[^，,。；;！？!?\n]*?(?:{_CHANGE_VERBS_BETWEEN}|降|增|升)了?(?:至|到|为)")


def _change_from_at(text: str, a: int, b: int, w) -> int | None:
    """Where the 由 or 从 of a change from one figure to another begins in ``text[a:b]``; None without one."""
    if w is None or text.find("由", a, b) < 0 and text.find("从", a, b) < 0:
        return None  # (the common case: neither written in the clause)
    return next((span[0] for span in _words_from(w, a, b) if span[0] >= a and text[span[0]:span[1]] in ("由", "从")
                 and _starting_figure(text, span[1], b + 12, w) and _CHANGE_TO.match(text[span[1]:b + 24])), None)


# 由/从 open a change only with its starting figure close after them (由[2021年的]3200人次, 从61%), not a date that opens a
# period (从2025年起…) nor an agent with its verb (由县财政[出资]将…提高到…)
_FROM_FIGURE_WITHIN = 6
_PERIOD_START = re.compile(r"[\d.]+(?:年|月|日)(?:[\d.]+(?:月|日))*(?:起|开始|以来)")


def _starting_figure(text: str, a: int, b: int, w) -> bool:
    """A figure begins within a few characters after the 由/从 ending at ``a``, with no verb before it, and is no date
    opening a period."""
    digit = _DIGIT.search(text, a, min(b, a + _FROM_FIGURE_WITHIN + 1))  # (b: past the figure itself)
    if not digit or _PERIOD_START.match(text, digit.start()):
        return False
    reached = a
    for span in _words_from(w, a, digit.start()):
        if predicate_tag(text[span[0]:span[1]]) == "v":
            return False
        reached = span[1]
    return reached >= digit.start()  # (a gap in the words before the figure: no start of a change)


# A count of a group and the part of it the figure counts (255个行政村中[尚有贫困村]181个; 128名第一书记中，51人…;
# 全省8个地市有5个…): the group's noun after its count, the rest of the clause after 中
# (the group's noun never starts with 的, and a span of time is no group: 为期5天[的集中培训]中)
_GROUP_COUNT = rf"(?<![\d.])\d[\d.]*(?:余|多)?[万亿]?(?:{_UNITS_ALT})(?<!天|年|月|周|日|时)(?!以下|以上|左右|及|至|到|之|的)"
_GROUP_OF = re.compile(rf"{_GROUP_COUNT}([^\W\d]{{1,11}}[^\W\d的])(当中|之中|中)(?:[，,]\s*)?(?:其中)?([^，,。；;！？!?\n\d]*)$")
_GROUP_HAS = re.compile(rf"{_GROUP_COUNT}([^\W\d]{{1,11}}?[^\W\d的])(?:尚|还|仍|共|均|都)?有$")  # (18个乡镇[共]有: not the noun)
# 中 that closes a group is a word of its own or opens 中共; never 中心, 中层, 中学 (5个乡镇[中心]卫生院)
_NOT_GROUP_ZHONG = ("中心", "中层", "中学")
_GROUP_ZHONG_WORDS = frozenset(("中", "中有"))  # (党员|中有|女党员: the segmenter joins 中 to the 有 after it)
_PART_LEAD = re.compile(r"^(?:尚|还|仍|共|另|则)?有")


def _part_of_group(text: str, a: int, s: int, w) -> str | None:
    """What a figure counts when its clause, or the clause before when its own is empty, names a group it is part of."""
    head = text[a:s]
    if _PART_LEAD.sub("", head.strip()):
        at = a
    elif a and text[a - 1] in "，,":
        at = max(0, a - 30)  # 128名第一书记中，[51人]…: the group closes the clause before
    else:
        return None
    window = text[at:s]
    if not _DIGIT.search(window):
        return None  # (both shapes open with the group's count: most clauses before a figure hold no other)
    m = _GROUP_OF.search(window)
    if m and not _zhong_closes_group(text, at + m.start(2), w):
        m = None
    if m:
        rest = _strip_end(_PART_LEAD.sub("", m.group(3).strip()), _HEAD_VERBS_REV)
        return rest[-12:] if len(rest) >= 2 and predicate_tag(rest) not in ("v", "d", "p", "c") else m.group(1)
    m = _GROUP_HAS.search(window)
    return m.group(1) if m else None


def _zhong_closes_group(text: str, pos: int, w) -> bool:
    """The 中 at ``pos`` closes a group: a word of the segmenter or 中共's, not the 中 of 中心, 中层 or 中学."""
    if text.startswith(_NOT_GROUP_ZHONG, pos):
        return False
    if w is None or not text.startswith("中", pos) or text.startswith("中共", pos):
        return True  # (当中, 之中: words of their own)
    span = w.at(pos)
    return span is not None and span[0] == pos and text[pos:span[1]] in _GROUP_ZHONG_WORDS


def _count_continued(text: str, a: int, w) -> str | None:
    """A clause that only compares, shares or bounds (…57688个，[占]村党组织总数的9.6%; …48.1岁，[较上届下降]2岁;
    …30名、[占比]51.7%) continues the count that ends the clause before it: the figure measures what that one counts."""
    sep = a - 1
    while sep >= 0 and text[sep] == " ":
        sep -= 1
    if sep < 1 or text[sep] not in "，,、；;":
        return None
    m = _COUNT_BEFORE_SEP.search(text, max(0, sep - 16), sep)
    unit = _COUNT_UNIT.match(text, m.start(), sep) if m else None
    if not unit or re.fullmatch(r"\d{4}年(?:度|底|初)?|\d+[月日号时].*", m.group(0)):
        return None  # (2019年，同比…: a date, not a count)
    return subject(text, m.start(), unit.end(), w)  # (选派120名[干部]，占…: the noun after the count)


_SENTENCE_START = re.compile(r"[。；;！？!?\n]")
# 《意见》提出，/ 文件明确：/ 据统计显示，: a document or a speaker telling what follows, a clause of its own
_TOLD_BY = re.compile(r"[^，,。；;：:\d]{1,16}?(?:提出|规定|明确|要求|指出|强调|显示|表明)\s*[，,：:]\s*")
_LEAD_STOP = re.compile(r"[\d，,、：:（(“\ufffd]|从|由|比|较|同比")


def _sentence_lead(text: str, s: int, w) -> str | None:
    """The opening words of the sentence holding a figure, up to its first number or comma
    (浙江省委党校培训人次从…增加至…): what a figure whose own clause names nothing counts."""
    head = text[max(0, s - 80):s]
    m = _SENTENCE_START.search(head[::-1])
    a = _lead_end(text, s - (m.start() if m else len(head)), s, w)
    if (told := _TOLD_BY.match(text, a, s)) is not None:
        # 《意见》提出，[村干部报酬]…: what the text says, not who says it (when what it says names anything)
        return _opening_words(text, _lead_end(text, told.end(), s, w), s) or _opening_words(text, a, s)
    return _opening_words(text, a, s)


def _opening_words(text: str, a: int, s: int) -> str | None:
    """The words from ``a`` up to the first number or comma before ``s``, without closing verbs."""
    head = text[a:s]
    stop = _LEAD_STOP.search(head)
    lead = _strip_end((head[:stop.start()] if stop else head).strip(), _HEAD_VERBS_REV)
    return lead[:12] if len(lead) >= 2 and predicate_tag(lead) not in ("p", "c", "d") else None  # (经过…: none)
