"""Slogans (提法): numbered formulas, +-formulas and short enumerations, with the
items the article lists for them.

National formulas come from ``resources/slogans.yaml`` and are found quoted or
not; local ones are found by shape, mostly inside quotes.  Components are read
from brackets after the slogan, 即-lists, runs of quoted items, a 、-list just
before it, or the next N paragraphs that open with the slogan's head word
(三个突出 → 突出政治标准 / 突出需求导向 / 突出人岗相适).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, pairwise
from pathlib import Path
import os
from os.path import commonprefix
import re

from pipeline.core.lexicons import alternation, load_yaml, resource_path, word_list, word_set, word_table
from pipeline.core.records import QuotedTerm, Slogan
from pipeline.text.numbers import parse_chinese, parse_number
from pipeline.extract.spans import Taken, finditer_near
from pipeline.nlp.segment import get_segmenter, is_general_word, predicate_tag
from pipeline.text.chars import CJK, CLAUSE_END, ORGAN_ENDS, QUOTE_CLOSERS as _QUOTE_CLOSE, QUOTE_OPENERS as _QUOTE_OPEN, is_cjk

NUMERALS = "一二两三四五六七八九十百千万双"
_NUM_RUN = re.compile(rf"\d+|[{NUMERALS}]+")
_NTH_TIME = re.compile(rf"[二三两]次[{CJK}]{{1,2}}")
# “双百计划”, “双千工程”: numerals alone, then the programme they count (双百 is a word too)
_COUNTS_PROGRAMME = re.compile(rf"[{NUMERALS}]{{2,4}}(?:计划|工程|行动)")
QUOTE = re.compile(r"“([^“”\n]{1,40})”|\"([^\"\n]{1,40})\"|「([^「」\n]{1,40})」|‘([^‘’\n]{1,40})’")


def _content(q: re.Match[str]) -> str:
    """The text inside the quote marks of a QUOTE match."""
    return q.group(q.lastindex)  # one alternative matches, so the last group set is its content
_PLUS = re.compile(r"(?=[\dA-Z])(?<![\dA-Za-z+])(?:\d|[A-Z])(?:\+(?:\d|[A-Z])){1,4}(?![\dA-Za-z+])")
_PLUS_SIGN = re.compile(r"\+")  # (every _PLUS match holds one right after its first character)
# the character right after the numeral opening every match of _POSTS_AND_GRADES and _YEAR_PLAN_NAMED: their scans
# try only the position before each (the lookbehinds opening them make a regex scan try every position of the text)
_POST_CHAR, _YEAR_CHAR = re.compile("岗"), re.compile("年")
_HAN_NOT_NUM = rf"(?:(?![{NUMERALS}])[{CJK}])"
_PAIRED = re.compile(rf"([{NUMERALS}])({_HAN_NOT_NUM}{{1,2}}?)([{NUMERALS}])({_HAN_NOT_NUM}{{1,2}})")
_PAIRED_QUOTED = re.compile(rf"一({_HAN_NOT_NUM}{{1,2}})一({_HAN_NOT_NUM}{{3}})")  # “一村一农业园”: quoted, a longer second part
_ONE_MANY = re.compile(rf"一{_HAN_NOT_NUM}多{_HAN_NOT_NUM}")  # “一村多品”, “一岗多责”: one thing, many of another
_ONE_MANY_LISTED = re.compile(rf"一{_HAN_NOT_NUM}多{_HAN_NOT_NUM}(?:、一{_HAN_NOT_NUM}多{_HAN_NOT_NUM})+(?![{CJK}])")
_UNQUOTED = re.compile(rf"(?=[二三四五六七八九十两])(?:(?<![“\"{CJK}])([二三四五六七八九十两]{{1,2}})(?:个|张|项|条|种|道|大)[{CJK}]{{2,3}}?(?<![的地得了着过])(?=[（(，,。；;]|$)"
                       rf"|(?<=[”\"’])([二三四五六七八九十两]{{1,2}})(?:(?:个|张|项|条|种|道|大)[{CJK}]{{2}}(?:[{CJK}]{{2}}(?=[，,。；;])|[{CJK}](?=的))?|位一体))")
_GREAT_LIST = re.compile(rf"(?<![{CJK}])大[{CJK}]{{2}}(?:、大[{CJK}]{{2}}){{1,3}}(?=活动|行动|运动)|(?<=开展)大[{CJK}]{{2}}(?:、大[{CJK}]{{2}}){{1,3}}(?=活动|行动|运动)")
# 三岗十八级, 四岗十八级: a pay scale of posts and the grades within them, a formula unquoted (the numerals
# differ, which elsewhere mostly count things); its posts counted whole (not the 三岗 of 十三岗), not a rise
# from or to one point of it (从二岗四级, 为三岗一级)
_POSTS_AND_GRADES = re.compile(r"(?<![一二三四五六七八九十两从至到由])([二三四五六七八九十两])岗([一二三四五六七八九十]{1,3})级")
_YEAR_PLAN = re.compile(r"[一二两三四五六七八九十]年(?:行动计划|提升计划|攻坚行动|行动|计划)")
# 五年脱产培训计划, 三年补充计划: the years, then the words of what the plan does (no particle, no time word), then
# 计划/行动计划 (not 第三年, 近三年, 前两年: a year counted or a period, nor 三年内计划: when something is planned)
# Nor the years of a date (二〇二四年, 二零二二年: a numeral before), nor a span of time spent or served (连续三年,
# 满十年, 用两年, 历时三年)
_YEAR_PLAN_NAMED = re.compile(rf"(?<![第近前后每这那〇零满续用{NUMERALS}])(?<!历时)[一二两三四五六七八九十]年((?:(?![的了和与及在是将把对为内来后前中里间度底初末])[{CJK}]){{2,4}}?)(?:行动计划|计划)")
# “甲乙”3年培养计划, “甲乙”三年行动计划: a quoted name right before the years of its plan (digits too), the words of
# what the plan does between (none of a date or a span: see _YEAR_PLAN_NAMED)
_NAMED_YEAR_PLAN = re.compile(rf"[“\"]([{CJK}]{{2,8}})[”\"]((?:[1-9]|[一二两三四五六七八九十])年"
                              rf"(?:(?![的了和与及在是将把对为内来后前中里间度底初末])[{CJK}]){{0,4}}?(?:行动计划|计划))")
# 三年超额完成计划, 三年制定培训计划: words of carrying a plan out or drawing it up — the years are how long it took
_PLAN_CARRIED_OUT = re.compile(r"完成|超额|实施|制定|开展")
# 任职五年干部交流计划: the years are the cadres' time in office, the plan is theirs
_SERVED_BEFORE = re.compile(r"任职$")
_CADRES_FIRST = re.compile(r"干部|人员")
_FIGURE_SHAPE = re.compile(r"^[\d一二两三四五六七八九十百千万.]+(?:名|人|个|级|岁|年|元|万元|次|项|期|批|户|%)$")
_UNITED = re.compile(r"[二三四五六七八九十两]+[位维]一体")  # 四位一体: parts made one, a formula though jieba lists it
# 应当坚持以下原则：, 总体要求：: a line ending in the name of the rules the next lines list, one to a line
_RULES_HEADED = re.compile(r"(?:原则|要求|方针)[：:][ \t\u3000]*\n")
_RULE_LINE = re.compile(rf"[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{{0,2}}[)）]|[一二三四五六七八九十]{{1,2}}[、是]|\d{{1,2}}[.、．])?"
                        rf"[ \t\u3000]*([{CJK}]{{4}}[,，、][{CJK}]{{4}})[。；;]?[ \t\u3000]*(?:\n|$)")
# a count right after a list's last item or its closing 等 (not 第三项, 每两个, 十三项: an ordinal, a rate, a longer number)
_COUNT_AFTER_LIST = re.compile(rf"(?<=[{CJK}])(?<![{NUMERALS}第每前近这那各])([二三四五六七八九十两])(?:个|项|条|种|大)"
                               rf"([{CJK}]{{2}})(?=[（(，,。；;]|$)")
def _first_as_long(items: list[str]) -> list[str]:
    """建立村级干部甲乙、丙丁、戊己: the others of one length, the first cut to it (the clause's opening words went with it)."""
    size = len(items[1])
    return [items[0][-size:]] + items[1:] if all(len(i) == size for i in items[1:]) else items


_PROGRAMME_NOUNS = frozenset(w for w in word_list("programme_words.txt") if len(w) == 2)
_UNITED_PLAIN = re.compile(rf"(?<![{NUMERALS}\d])[二三四五六七八九十两]位一体")  # (not 十三位一体…: a count of people)
_HAN_ONLY = re.compile(rf"[{CJK}]+")
_HAN_DIGITS = re.compile(rf"[{CJK}\d]+")
_NOT_FORMULA = re.compile(r"\d{2}后|第|等功|级调研员|主任科员|[十百]佳|[十百千\d]强|[一二两三四五六七八九十百千万\d]亿|届[一二三四五六七八九]中全会|颗星|^[五七]彩|(?<![一二三四五六七八九十两\d即马就])办$|办公室$|[一二两三四五六七八九十]把手|[一二三][甲乙丙](?:医院)?$")  # (五颗星: a rating; 8强村: a rank; 七彩阳光:
# colourful; “三比办”: the office that runs a campaign, not 一事一办 or “六办”, six ways of handling; “三万亿俱乐部”,
# “千亿级”: an amount of money or output counted in 亿, no formula; 二把手、三把手: the second and third in
# command, ranks as 一把手 is, no formula; “三甲”, “二乙”, “强三甲”: a hospital's grade (三级甲等 short), a rank)
# a paragraph's opening phrase, after its list marker (一、, (一), 一是, 1.) and any stray ? a lost character left
_HEAD_ITEM = re.compile(r"^[?？\s]*(?:[一二三四五六七八九十]{1,2}(?:、|是)|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])?\s*"
                        r"([^，,。；;：:！？]{2,20})")
_SPLIT_ITEMS = re.compile(r"[、,，;；]")
_CLAUSE_SPLIT = re.compile(r"[，,]")
_DIGIT_MEDIUM = re.compile(rf"^\d+[{CJK}]{{0,2}}(?:网|报|台)$")
# “三个100%”: a count of targets each met in full, a formula
_COUNTED_PERCENT = re.compile(r"^(?:[两二三四五六七八九十]|[2-9])个\d+%$")  # (“4个100%” as “四个100%”)
# 一告了之, 一罚了事: idioms on 一, not formulas
_IDIOM_ONE = re.compile(rf"^一[{CJK}]了[之事]$")
# A named programme whose number closes its name: 乡村人才开发5年行动计划, 人才新政十条, 某某人才40条,
# 培养六法 (quoted).
_NUMBERED_PROGRAMME = re.compile(
    rf"^[{CJK}]{{1,16}}?(?:[一二两三四五六七八九十\d]+年(?:行动|提升|攻坚)?(?:计划|行动|工程)|[一二三四五六七八九十百\d]+条"
    rf"|[二三四五六七八九十]+(?:法|招|策|字诀)|[百千万][人名岗村户企校](?:计划|工程))$")  # …, 培养六法, 服务十招, 某某千人计划, 某某千岗计划
# “百县千镇万村高质量发展工程”: a programme named by a chain of counted units, whatever follows them
# (units counted, not 千方百计: a chain of idiom characters)
_CHAINED_PROGRAMME = re.compile(rf"^(?:[十百千万][县区乡镇村街社户家企人名岗校院站所]){{2,3}}[{CJK}]{{0,10}}(?:工程|计划|行动)$")
# “六一”, “三八”, “十一”: a festival named by its month and day, no count (“四二”工作法 is one)
_FESTIVALS = frozenset(("三八", "五一", "五四", "六一", "七一", "八一", "十一"))
# 1+1+1>3: arithmetic, not a formula
_ARITHMETIC = re.compile(r"\s*[>＞<＜=＝≥≤]")
# 三个“一线”: a numeral counting a quoted word is a formula of its own (canonical 三个一线)
_COUNTED_QUOTE = re.compile(rf"([二三四五六七八九十两]{{1,2}})(个|大|项|条|种|道|张)“([{CJK}]{{1,6}})”")
# An unquoted list named right after it as a method, standard, requirement or set of steps:
# 重A、重B、重C的用人导向; 甲查、乙测、丙评四个步骤; 选、任、考、动四个方面; 精A、精B、精C的工作思路; 以甲学、乙学、
# 丙学为主要方式 (the way of work named, as 为主要任务 names the tasks).  Items are parallel (the same length).
# The scan goes from each list's last 、 (found by str.find) to the naming words after it, then reads
# the list back from them; the group ``thought`` marks a line of thought named (…的工作思路), ``way`` a main way
# (…为主要方式).
_ENUM_TAIL = re.compile(
    rf"[{CJK}]{{1,4}}?(?=等(?:原则|程序)|的?(?:(?:选人用人|用人|工作|鲜明|正确|良好)?导向|工作机制|(?:选人)?用人机制|工作法|工作方法|工作要求|评价标准|(?:好干部|干部)?标准|要求|(?:工作|发展)?理念|手段|(?P<aim>(?<![总大新远终])(?:发展|奋斗|工作)?目标)|(?:选人)?(?:用人)?原则(?!上)"
    rf"|方针|步骤|环节|流程|工作部署|(?P<thought>工作思路)|好(?:做法|经验)|为主要(?:任务|(?P<way>方式))|(?:[二三四五六七八九十]{{1,2}}|\d{{1,2}})(?:个|大|道|项)?(?:步骤|环节|个字|字|方面|目标|任务))"
    rf"|(?P<strategy>(?<=[省市县州区旗镇乡])战略)"
    rf"|(?P<mech>的[{CJK}]{{2,6}}?机制))"
)
# …的工作思路 after a list says whose line of thought it is as often as what it is: not of bodies (各乡镇, 宣传部,
# 各单位, 各部门)
_BODY_ENDS = frozenset(ORGAN_ENDS + "位门")
# …的长效机制 after 常态化、制度化 or 针对性、实效性: qualities of a mechanism, not its parts
_QUALITY_ENDS = frozenset("化性")
# …的X机制 (not one of the tails above, 工作机制, 用人机制) after a list that says whom or what the mechanism
# covers, not its parts: people or bodies (老干部、老党员; 村会计、村支书; 各乡镇、各部门;
# 组织部、宣传部), kinds of one thing sharing a last character (处级、科级、股级; 年终奖、绩效奖; 红色、黄色、
# 绿色; 月度、季度、年度) or levels one character each (区、街、居; 镇、村、组)
_WHOSE_ENDS = frozenset(ORGAN_ENDS + "位门员记任计书师范生长手民众工")
_WHOSE_HEADS = frozenset("各老")
_LEVEL_CHARS = frozenset("省市县区乡镇村街居组社户")


def _covered_by_mechanism(items: list[str]) -> bool:
    """The items of a list before …的X机制 name whom or what it covers (see _WHOSE_ENDS), not its parts."""
    if all(len(i) == 1 for i in items):
        return all(i in _LEVEL_CHARS for i in items)
    return (all(i[-1] in _WHOSE_ENDS or i[0] in _WHOSE_HEADS for i in items)
            or len({i[-1] for i in items}) == 1)


_ASPECTS = re.compile(r"的?(?:[二三四五六七八九十]{1,2}|\d{1,2})(?:个|大)?方面")
# (原则上: "as a rule"); 提醒、约谈、函询、诫勉工作机制: a list the text names as its mechanism
_PRINCIPLE = re.compile(r"(?:的|等)?(?:(?:选人)?用人)?(?:原则(?!上)|工作机制)")  # (…的用人原则, 甲、乙、丙等原则)
_PLAIN_ORIENTATION = re.compile(r"的?(?:(?:鲜明|正确|良好)?导向|(?:选人)?用人机制)")  # (甲者上、乙者让: short items make one)
_ENUM_BEFORE = re.compile(rf"((?:[{CJK}]{{1,4}}、){{1,7}}[{CJK}]{{1,4}}?)$")
# 好中选优、优中选强的原则; 党要管党、从严治党的方针: two four-character items make a formula only when
# named as a principle or guideline (集中培训、分散培训的方式 is how a thing was done).  National only as the
# lexicon's (任人唯贤、德才兼备): 统一命题、统一阅卷的原则 is an exam's own
_PAIR_PRINCIPLE = re.compile(r"的?(?:原则(?!上)|方针)")
_QUOTE_MARKS = str.maketrans("", "", "“”\"‘’")


def _unquote(s: str) -> str:
    return s.translate(_QUOTE_MARKS)


@dataclass(frozen=True)
class LexiconEntry:
    canonical: str
    aliases: tuple[str, ...]
    count: int | tuple[int, ...] | None
    definition: str | None
    category: str | None
    quoted_only: bool = False  # (能上能下: a plain phrase too, a formula in quote marks or before 机制/制度)
    components: tuple[str, ...] = ()  # the standard items where the list is fixed nationally
    local: bool = False  # (千万工程: one province's own programme; 三项机制: a generic count; local wherever they stand)
    context: re.Pattern[str] | None = None  # (两权: the national pair only in a sentence on its loans, 抵押/经营权)
    named_by: re.Pattern[str] | None = None  # (a quoted_only entry's plain form before this names it: 最多跑一次改革)


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, LexiconEntry], frozenset[str]]:
    """National formulas by every written form, and the strings that are never slogans."""
    path = Path(resource_path("slogans.yaml"))
    if not path.is_file():
        return {}, frozenset()
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    forms: dict[str, LexiconEntry] = {}
    for item in data.get("slogans", []):
        count = item.get("count")
        if isinstance(count, list):  # a repeated numeral counts once: 三严三实 -> 3
            count = tuple(dict.fromkeys(count))
            count = count[0] if len(count) == 1 else count
        entry = LexiconEntry(
            canonical=item["canonical"], aliases=tuple(item.get("aliases") or ()),
            count=count,
            definition=item.get("definition"), category=item.get("category"),
            quoted_only=bool(item.get("quoted_only")),
            components=tuple(str(c) for c in item.get("components") or ()),
            local=bool(item.get("local")),
            context=re.compile(item["context"]) if item.get("context") else None,
            named_by=re.compile(item["named_by"]) if item.get("named_by") else None,
        )
        for form in (entry.canonical, *entry.aliases):
            forms[form] = entry  # 好干部“二十字”标准 as written, and without its quote marks
            forms[_unquote(form)] = entry
            parts = _NUMBERED_PART.findall(_unquote(form))
            if len(parts) >= 2 and "".join(parts) == _unquote(form) and _HAN_ONLY.fullmatch(form) \
                    and not any(p[1] in _COUNTING_WORDS for p in parts):
                forms.setdefault("、".join(parts), entry)  # “两不愁、三保障”: its numbered parts set apart by 、
                # (not 五个、一批, 五位、一体: a count of things is no part)
        if _items_name_it(entry.components):
            forms.setdefault("、".join(entry.components), entry)  # 政治意识、大局意识、核心意识、看齐意识: the
            # items written out with no name are the formula (not 农业、农村、农民, 党委、人大、政府、政协: nouns
            # any text lists; not 政治判断力…: items too long for a list to be a formula, the guidelines' four)
    return forms, frozenset(str(x) for x in data.get("not_slogans", []))


def _items_name_it(components: tuple[str, ...]) -> bool:
    """A national formula's standard items that name it when written out alone: three or more, each three or four
    characters, not all of them people or bodies (党代表、人大代表、政协委员: whom a text invites, listed)."""
    return len(components) >= 3 and all(3 <= len(c) <= 4 and _HAN_ONLY.fullmatch(c) for c in components) \
        and not all(c.endswith(_PEOPLE_OR_BODIES) for c in components)


_PEOPLE_OR_BODIES = tuple(word_list("subject_agent_heads.txt"))


# A national formula built of numbered parts, each a numeral and one to three characters (三龄两历一身份,
# 两不愁三保障, 五险一金), the numerals all different (not 三严三实: 三严 alone says less)
_NUMBERED_PART = re.compile(rf"[{NUMERALS}]+[^{NUMERALS}]{{1,3}}")
_EXPLAINED_PART = re.compile(r"\s*(?:是指|指|即|[：:])")  # “一身份”指干部身份: the part quoted and explained


@lru_cache(maxsize=1)
def national_parts() -> dict[str, tuple[str, str]]:
    """The numbered parts of the lexicon's formulas by every written form (二历 is 两历), each with its
    whole: an article that names the whole and one part of it (“三龄两历一身份”…“三龄”是指…) names a piece of
    the national formula, national as the whole is (alone, “三新”干部 may be a county's own).  A part that
    is also an everyday word (一般 of 四个铁一般) is none."""
    forms, _ = lexicon()
    out: dict[str, tuple[str, str]] = {}
    for e in set(forms.values()):
        c = _unquote(e.canonical)
        parts = _NUMBERED_PART.findall(c)
        if len(parts) < 2 or "".join(parts) != c or not _HAN_ONLY.fullmatch(c) or len({p[0] for p in parts}) < len(parts):
            continue
        for p in parts:
            if not is_general_word(p) and p[-1] not in _COUNTING_WORDS:
                out[p] = out[p.replace("两", "二")] = (p, e.canonical)
    return out


@lru_cache(maxsize=1)
def _lexicon_matcher():
    """Every written form of the national formulas, matched longest-first in one pass."""
    import ahocorasick_rs

    forms, _ = lexicon()
    keys = list(forms)
    return ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), keys


def numerals(text: str) -> list[int]:
    """三岗十八级 -> [3, 18]; 三访三评 -> [3]; 1+2+X -> [1, 2]; 百千万工程 -> [100, 1000, 10000]; 双百 -> [2, 100]."""
    out: list[int] = []
    for run in _NUM_RUN.findall(text):
        if run.isdigit():
            values = [int(run)]
        elif all(c in "百千万" for c in run) and len(run) > 1:
            values = [int(parse_chinese(c)) for c in run]
        elif run[0] == "双" and len(run) > 1:
            values = [2, *numerals(run[1:])]  # 双百, 双千: two hundreds (two programmes of a hundred), not 200
        else:
            v = parse_chinese(run.replace("双", "两"))
            values = [int(v)] if v else [int(parse_chinese(c.replace("双", "两"))) for c in run if parse_chinese(c.replace("双", "两"))]
        for v in values:
            if v not in out:
                out.append(v)
    return out


# a programme's code of three or more digits (not a round 100 or 1000: an amount)
_DIGIT_CODE = re.compile(r"(?!\d0+$)(?!(?:19|20)\d\d$)\d{3,8}")
_COUNTED_HEAD = re.compile(rf"([{NUMERALS}]+)(?:个|项|大|条|种|道|张|支)(?=.)")


def _count(text: str) -> int | list[int] | None:
    run = _NUMERAL_RUN.match(_unquote(text))
    if run and all(_COUNTING.index(a) < _COUNTING.index(b) for a, b in pairwise(run.group())):
        return [int(parse_chinese(c)) for c in run.group()]  # “一二三”工作法: one, two and three parts (not 123)
    if _DIGIT_CODE.fullmatch(_unquote(text)):
        if "0" in _unquote(text):
            return None  # “1500”工程, “0571”行动: a 0 counts no part, so the digits are a number or a code, no count
        return numerals(" ".join(_unquote(text)))  # “5313”行动计划: a code of digits, each a numeral (5, 3, 1), no 5313
    m = _COUNTED_HEAD.match(text)
    if m:
        text = m.group(1)  # 三个一批 counts 3: 一批 is a word ("a batch"), not a second numeral
    ns = numerals(text)
    if not ns:
        return None
    return ns[0] if len(ns) == 1 else ns


# 百日攻坚, 千村示范, 万家灯火: a numeral counting days, villages or homes starts a formula;
# 万福辣椒, 百姓: a word that merely starts with a numeral character does not.
_COUNTED_CHARS = set("日天年月人名户家村镇乡县企校项个件次场期")
_DAY_OR_GRADE = set("周初高大第星礼")  # (周三晚, 初三班, 高三生, 大三学: a weekday or a school year, no count)


def _is_figure(c: str) -> bool:
    from pipeline.extract.figures import FIGURE

    m = FIGURE.fullmatch(c)
    return bool(m and (m["num"] or m["pcn"] or m["frac"]))


_COUNTING_WORDS = set("名个位支批套张本户")


def _named_pair(c: str) -> bool:
    """一村一名大学生: a pair formula whose second half is a measure word (一村一名) and the noun it
    counts (大学生); 一村一品示范村 is 一村一品 and what it makes."""
    pair, noun = c[:4], c[4:]
    return (c[0] == c[2:3] and c[3:4] in _COUNTING_WORDS and 2 <= len(noun) <= 4 and is_general_word(noun) and not is_general_word(pair)
            and not _describes_a_pair(pair))


_BEYOND = re.compile(r"(?:以外|之外|外)$")
_A_YEAR = re.compile(r"(?:19|20)\d\d年")
# “双轮驱动”, “双城联动”: two things counted that drive or move together. Not a 双 that counts nothing:
# 双向 (two-way), 双重 (double), 双方 (both parties), 双管/双手 (双管齐下's variants), 双边 (bilateral)
_TWO_DRIVING = re.compile(rf"双(?![向重方管手边])[{CJK}](?:驱动|联动|并进|并举)")


# a quoted enumeration holds at most so many items: a procedure's eight steps (发布公告、自主报名、…、公示聘用) are one
_MOST_ITEMS = 8


# A pure function of the quote: the lexicon is read once per process and is_general_word answers from
# jieba's general dictionary whatever the segmenter; the same quotes recur across an article's mentions.
@lru_cache(maxsize=1 << 14)
def classify_quoted(content: str) -> str | None:
    """'numbered' | 'plus' | 'enumeration' | 'chain' | 'stages' | 'repeated' | 'lexicon' for slogan-shaped quotes, else None."""
    forms, never = lexicon()
    c = content.strip()
    if not c or c in never or len(c) > 30 and "、" not in c:
        return None  # (a 、-list of short items may run longer: its items are checked below)
    if c in forms:
        return "lexicon"
    if c.isdigit() or _IDIOM_ONE.match(c) or _DIGIT_MEDIUM.match(c) or c.startswith(("双月", "双周")) or c in _FESTIVALS:
        return None  # “12308” (a hotline), “985” (a label), 一告了之 (an idiom), “0517网” (a website), 双月 (every other month), “六一”
    if _CHAINED_PROGRAMME.match(c) and len(set(_NUM_RUN.findall(c))) >= 2:
        return "numbered"
    if _NUMERAL_RUN.fullmatch(c) and c in _COUNTING:
        return "numbered"  # “一二三”: parts counted by numerals alone, one, two, three (not 一九七八, a year; “九一八”, a day)
    if _NTH_TIME.fullmatch(c) and is_general_word(c[2:]):
        return None  # “二次创业”, “二次元”: the second time of a thing (an ordinal), no count of parts
    if _COUNTED_PERCENT.match(c):
        return "numbered"  # “五个100%”: five targets each met in full, a formula
    if _is_figure(c) or c.endswith("外") and _is_figure(_BEYOND.sub("", c)):
        return None  # “八小时内”, “八小时以外”, “十一级”: an amount (and what lies beyond it) is no formula
    if _PLUS_WORD.fullmatch(c) and not is_general_word(c):
        return "plus"
    if "+" in c:
        parts = [p for p in c.split("+")]
        if len(parts) == 2 and not parts[1] and 2 <= len(parts[0]) <= 8 and _HAN_ONLY.fullmatch(parts[0]):
            return "plus"  # “乌兰牧骑+”, “互联网+”: one thing joined to whatever the work needs
        if any(sign in c for sign in "×*÷%"):
            return None  # 笔试成绩×60%+面试成绩×40%: a score's arithmetic, not a formula
        if 2 <= len(parts) <= 6 and all(1 <= len(p) <= 12 for p in parts):
            return "plus"
        return None
    if 3 <= len(c) <= 6 and all(ch in _STAGE_VERBS for ch in c) and len(set(c)) == len(c) and not is_general_word(c) \
            and all(len(c) >= run and word not in c for v, (run, word) in _STAGE_VERB_BOUNDS.items() if v in c):
        return "stages"  # “选育激用”: the stages of cadre work, one character each (奖, the reward, in a run of
        # four or more: “选育管奖”; “培育奖”, “带训奖” are prizes, “考评奖励”, “奖励培训” words of reward)
    if _CHAIN.fullmatch(c) and len(set(links := _CHAIN_LINK.split(c))) == len(links):
        return "chain"  # “人才—园区—产业”, “选—育—管—用”: the links of a chain, each leading to the next (not “快—快—快”)
    if (_GREAT_RUN.fullmatch(c) or _HEAD_RUN.fullmatch(c) and c[0] not in _NOT_HEADS
            or _MIDDLE_RUN.fullmatch(c) and not _TROUBLE.search(c)) and not is_general_word(c):
        return "repeated"  # “大走访大排查”, “同吃同住同劳动”: parts under one repeated head; “访民情惠民生聚民心”: round one
    if _SHARED_TAIL_CLAUSES.fullmatch(c) and len({i[:-2] for i in re.split("[,，]", c)}) > 1:
        return "enumeration"  # “培养一批,储备一批”: clauses ending in one count of one kind, set apart by commas
        # (not the sayings “组织满意,群众满意”, “早也盼,晚也盼”)
    if _SPACED_PHRASES.fullmatch(c) and "·" in c and all(classify_quoted(i) == "numbered" and not _PAIRED.fullmatch(i)
                                                         for i in _ITEMS_SPLIT.split(c)):
        return "enumeration"  # “十村示范·百村振兴”: numbered halves joined by a middle dot, one programme of them
        # (paired formulas, “一村一策·一户一档”, stay formulas each)
    if "、" in c or _SPACED_PHRASES.fullmatch(c) and not _DOTTED_NAME.search(c):
        items = _items_of(c)  # 甲发展、乙发展,丙发展、丁发展: a stray comma inside the list
        if 2 <= len(items) <= _MOST_ITEMS and all(1 <= len(i) <= 4 and _HAN_ONLY.fullmatch(i) for i in items):
            if all(_SUPERLATIVE.fullmatch(i) for i in items):
                return None  # “贫中之贫、难中之难”: the poorest of the poor, said twice for weight, no formula
            # 不愿担当、不敢担当: a list of problems; 两不误、两促进: numbered items make a formula
            if not any("不" in i for i in items) or all(i[0] in NUMERALS for i in items):
                return "enumeration"
        if 2 <= len(items) <= 4 and all(_PAIRED.fullmatch(i) for i in items):
            return "enumeration"  # “一月一主题、一季一督查”: paired formulas listed, each longer than four
        return None
    if _NUMBERED_PROGRAMME.match(c) and not _FIGURE_SHAPE.match(c) and not _NOT_FORMULA.search(c):
        return "numbered"
    if len(c) > 10 or len(c) < 2 or not _HAN_DIGITS.fullmatch(c):
        return None
    if _FIGURE_SHAPE.match(c) or _NOT_FORMULA.search(c):
        return None
    if _A_YEAR.match(c):
        return None  # “1983年的”: a year, quoted as said
    if len(c) == 4 and c[2] == "双" and not is_general_word(c[:2]) and not is_general_word(c):
        return "numbered"  # “志智双扶”: two objects, one verb for both
    if len(c) == 4 and c[2] in "三四五六七八九十" and c[0] not in NUMERALS and c[3] not in _COUNTED_CHARS \
            and c[1] not in "月周期拜" and not is_general_word(c):  # (腊月三十, 每周三晚: a day)
        return "numbered"  # “心中三味”, “基层三问”: a head, then the count of its parts (丢三落四 is a word)
    if len(c) == 3 and c[1] in "二三四五六七八九十两" and c[0] not in NUMERALS and c[0] not in _DAY_OR_GRADE \
            and c[2] not in NUMERALS and c[2] not in _COUNTED_CHARS and not is_general_word(c):
        return "numbered"  # “小三讲”, “新三问”: a word, then a formula's count and its head (铁三角, 金三角 are words)
    if (twice := _ONE_EACH_TWICE.fullmatch(c)) and twice[1] != twice[3] and not is_general_word(c):
        return "numbered"  # “成熟一个使用一个”, “调整一批提拔一批”: two acts on one count each, a rule of the work
    if _PAIRING.fullmatch(c) and "一" in c:
        return "numbered"  # “一帮一”, “一带多”, “多带一”: who helps how many, a formula of pairing (一带 is a word)
    if c[0] in NUMERALS or c[0].isdigit():
        if (c[0] in "万千百" and c[1] not in NUMERALS and c[1] not in _COUNTED_CHARS and is_general_word(c[:2])
                and not _PAIRED.fullmatch(c)):
            return None  # 万福辣椒, 千岛湖: a name that starts with a numeral character
        if len(c) == 2 and c[0] == "一":
            return None  # 一线, 一图, 一贯: words, not formulas
        if _TWO_DRIVING.fullmatch(c):
            return "numbered"  # “双轮驱动”, “双城联动”: two things counted that drive or move the work together, as
            # “两轮驱动” (双轮 and 双城 are words too; “双向联动”: two-way, no count)
        if c[0] in "一双" and is_general_word(c[:2]) and not _PAIRED.fullmatch(c) and not _PAIRED_QUOTED.fullmatch(c) \
                and not _ONE_MANY.fullmatch(c) \
                and len(set(_NUM_RUN.findall(c))) < 2 \
                and not _named_pair(c) and not _COUNTS_PROGRAMME.fullmatch(c):
            return None  # 一线蹲苗, 双向挂职: an ordinary word, not a numeral (一任务两要点三清单 counts three parts)
        if (len(c) >= 4 and is_general_word(c) or _describes_a_pair(c)) and not _UNITED.fullmatch(c):
            return None  # 一心一意, 三心二意: idioms (三位一体 counts parts made one); 一南一北: a pair described
        return "numbered"
    if _PAIRED.search(c) or _PAIRED_QUOTED.fullmatch(c):
        return "numbered" if not is_general_word(c) and not _describes_a_pair(c) else None
    return None


# 实施“引水、蓄水、放水”工程: words after and verbs before an enumeration that make it a programme
# (resources/programme_words.txt, resources/programme_verbs.txt)
_PROGRAMME_AFTER = re.compile(r"^[”\"]?(?:" + "|".join(map(re.escape, word_list("programme_words.txt"))) + ")")
_PROGRAMME_BEFORE = re.compile("(?:" + "|".join(map(re.escape, word_list("programme_verbs.txt"))) + r")[“\"]?$")


# 人才—园区—产业, 享编—进编—职级晋升: three to five links joined by dashes or arrows, quoted as one formula
_CHAIN_LINK = re.compile(r"\s*(?:—+|－|→)\s*")
_ROUTE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:专线|线路|班车|航线|铁路|高速|公路|博览会)")
_CHAIN = re.compile(rf"[{CJK}]{{1,6}}(?:{_CHAIN_LINK.pattern}[{CJK}]{{1,6}}){{2,4}}")
# 大学习大讨论, 大走访大排查大整治: two or three campaigns under one repeated head
_GREAT_RUN = re.compile(rf"(?:大[{CJK}]{{2,3}}?){{2,3}}")
# 同吃同住同劳动, 全覆盖全天候全方位: three or four parts under any one repeated character (不 opens a list of problems)
_HEAD_RUN = re.compile(rf"([{CJK}])[{CJK}]{{1,2}}?(?:\1[{CJK}]{{1,2}}?){{2,3}}")
# 访民情惠民生聚民心: three or four verb-object parts about one repeated middle character (not 看不清摸不透拿不准,
# 门难进脸难看事难办: what officials do wrong)
_MIDDLE_RUN = re.compile(rf"[{CJK}]([{CJK}])[{CJK}](?:[{CJK}]\1[{CJK}]){{2,3}}")
_TROUBLE = re.compile("[不难没无乱慢差]")
_VIRTUES = frozenset(word_list("virtue_characters.txt"))
_QUOTES_THEN = re.compile(r"(?:[“\"][^“”\"\n]{1,8}[”\"])*")  # (“忠专实”“勤正廉”导向: the quotes the name follows)


def _virtues_named(content: str, text: str, end: int) -> bool:
    """“忠专实”导向, “德能勤绩廉”标准: three to five distinct qualities of cadres, one character each (resources/
    virtue_characters.txt), no word, named a standard, requirement or orientation after the quote (and any
    quotes listed with it)."""
    if not 3 <= len(content) <= 5 or len(set(content)) != len(content) or not all(c in _VIRTUES for c in content) \
            or is_general_word(content):
        return False
    after = text[_QUOTES_THEN.match(text, end).end():][:6]
    return after.startswith("导向") or bool(_PROGRAMME_AFTER.match(after))


# 谈优谈差, 有进有出: two parts under one repeated head, a formula when the quote is named a method or mechanism
_TWO_UNDER_ONE_HEAD = re.compile(rf"([{CJK}])[{CJK}]\1[{CJK}]")
_NOT_HEADS = frozenset("不没无难乱怕慢差弱懒散庸我你他她它市县区省乡镇村" + NUMERALS)  # (troubles, pronouns, levels)
# “头雁领航 储雁兴村”: four-character phrases set apart by a space, as by 、
# 甲乙丙丁 戊己庚辛, 甲乙丙丁·戊己庚辛: four-character phrases set apart by spaces or a middle dot
_SPACED_PHRASES = re.compile(rf"[{CJK}]{{4}}(?:(?:[ \u3000]+|\s*[·•]\s*)[{CJK}]{{4}})+")
# (dotted names are not phrases: 某某日报·某某新闻, 某某讲堂·干部夜校; numbered items are formulas each)
_DOTTED_NAME = re.compile(rf"[报闻堂校院站网台刊社馆]\s*[·•]|[·•].*[报闻堂校院站网台刊社馆]$|[{NUMERALS}\d].*[·•]|[·•].*[{NUMERALS}\d]")
_NUMERAL_RUN = re.compile("[一二三四五六七八九]{3,5}")
_COUNTING = "一二三四五六七八九"  # (a run of it, in order)
_PLUS_WORD = re.compile(r"[白黑昼夜日晴雨早晚五六七]加[白黑昼夜日晴雨早晚一二两]")  # “白加黑”, “五加二”: around the clock, written with 加
_SHARED_TAIL_CLAUSES = re.compile(rf"[{CJK}]{{1,4}}([一二两三四五六七八九十][{CJK}])(?:[,，][{CJK}]{{1,4}}\1){{1,3}}")
# “一帮一”, “一带多”, “多带一”: one (or many) helping or leading one (or many), three characters (not
# “一对一”: a talk or a service one to one, a way of doing it, no scheme of pairs)
_PAIRING = re.compile("[一两二三多][帮带包联扶][一两二三多]")
_ONE_EACH_TWICE = re.compile(rf"([{CJK}]{{2}})(一[个批名项件])([{CJK}]{{2}})\2")  # (成熟|一个|使用|一个)
_SUPERLATIVE = re.compile(r"(.)中之\1")  # 贫中之贫, 难中之难, 重中之重


def _item_splitter(marks: str) -> re.Pattern[str]:
    """A run of the ``marks`` between a list's items, with the marks a page doubles them with (以甲、以乙,、以丙),
    a middle dot or spaces."""
    return re.compile(rf"(?:[{marks}]|\s*[·•]\s*|[ \u3000]+)+")


_ITEMS_SPLIT = _item_splitter("、,，")
# “甲乙、丙丁;戊己、庚辛”: two or three groups of a list, set apart by semicolons, each group itself a list
# with 、 (a quoted sentence with a semicolon has longer parts); the semicolon parts the items too
_GROUP_MARK = re.compile(r"\s*[;；]\s*")
_ITEMS_AND_GROUPS_SPLIT = _item_splitter("、,，;；")


@lru_cache(maxsize=4096)
def _list_groups(c: str) -> bool:
    """A quoted list in two or three groups set apart by semicolons, each group a list with 、 and every item
    a phrase of one length, three or four characters (asked several times of each quote: cached)."""
    groups = _GROUP_MARK.split(c)
    if not (2 <= len(groups) <= 3 and all("、" in g for g in groups)):
        return False
    sizes = {len(i) for i in _ITEMS_AND_GROUPS_SPLIT.split(c)}
    return len(sizes) == 1 and sizes <= {3, 4}  # phrases of one length (重实干、重实绩；看品行、看担当); words in
    # groups (周一、周三;周二、周四, 苹果、核桃;花椒、中药材, 二级、三级;四级、五级) are a plain list, no formula


def _items_of(c: str) -> list[str]:
    """The items of a quoted list: split at 、 (and the marks a page doubles it with), and at the
    semicolons between groups of a list."""
    return (_ITEMS_AND_GROUPS_SPLIT if _list_groups(c) else _ITEMS_SPLIT).split(c)


def _item_spans(c: str) -> list[tuple[int, str]]:
    """(start, item) of each item of a list in groups, split as _items_of splits it."""
    out, pos = [], 0
    for m in _ITEMS_AND_GROUPS_SPLIT.finditer(c):
        out.append((pos, c[pos:m.start()]))
        pos = m.end()
    out.append((pos, c[pos:]))
    return [(k, item) for k, item in out if item]


_STAGE_VERB_ROWS = word_table("stage_verbs.txt")
_STAGE_VERBS = frozenset(row[0] for row in _STAGE_VERB_ROWS)
# a stage verb counted only in a run of so many, and not in a word (奖: four, not in 奖励; stage_verbs.txt)
_STAGE_VERB_BOUNDS = {row[0]: (int(row[1]), row[2]) for row in _STAGE_VERB_ROWS if len(row) > 1}
# 人、财、物: everyday lists, no slogans (resources/plain_lists.txt)
_PLAIN_LISTS = frozenset(word_list("plain_lists.txt"))


_ETC_AFTER_QUOTE = re.compile(r"^[”\"]?等")


def _names_a_programme(text: str, start: int, end: int) -> bool:
    """An enumeration is a slogan when it names a programme or method (实施“引水、蓄水、放水”工程) or a
    scale of grades it counts (分“好、一般、差”三档), not when it describes people (“能打仗、善打仗”的干部)."""
    after = _ETC_AFTER_QUOTE.sub("", text[end:end + 6])  # (“甲、乙、丙”等程序: 等 closes the list, the word names it)
    return bool(_PROGRAMME_AFTER.match(after) or _PROGRAMME_BEFORE.search(text[max(0, start - 4):start])
                or _GRADES_COUNTED.match(text, end))


# the words of a rating's grades (三个等次, 三档): counted after a quoted scale, they make it a formula here;
# in _shaped_candidates the count itself names no formula (_GRADES)
_GRADE_WORDS = ("等次", "档次", "等级")
_GRADES_COUNTED = re.compile(r"[两三四五六七八九十\d]{1,2}个?(?:" + "|".join(_GRADE_WORDS) + "|档)")


# (“甲”指…，“乙”指…) after a formula: its parts, each quoted and explained in turn
_DEFINED_PART = re.compile(rf"(?:^|[，,；;])\s*[“\"]([^“”\"]{{1,12}})[”\"](?:是指|指|即|是)")
# 指 as "means", not the first character of 指导, 指出, 指标, 指引 …
_NOT_MEANS = "导出标引示挥数南针定向令派明望责控尖战点正认使纹甲头"


_BRACKETED_AFTER = re.compile(rf"[”\"]?[{CJK}]{{0,4}}\s*[（(](?:即|指)?([^（）()]{{2,120}})[）)]")
_EXPLAINED_AFTER = re.compile(rf"(?:[”\"]?[{CJK}]{{0,4}}[，,：:]?\s*(?:即|指的是)|[”\"](?:是|主要)?指(?![{_NOT_MEANS}]))([^。；;！？]{{2,150}})")
_QUOTES_AFTER = re.compile(r"[”\"]?[，,：:]?\s*((?:[“\"][^“”\"\n]{1,20}[”\"][、，,]?){2,8})")
_QUOTE_OPENS = re.compile(r"[”\"]?[“\"]")


# （把甲…，同乙…区分开来；把丙…；把丁…）: a bracket after the formula holding long clauses split by semicolons,
# longer than the short lists _BRACKETED_AFTER reads (its commas are inside the clauses, not between items)
_BRACKET_OPENS = re.compile(rf"[”\"’]?[{CJK}]{{0,4}}\s*[（(](?:即|指)?")
_BRACKET_MARK = re.compile(r"[（()）\n。！？]")
_BRACKET_REACH = 600


def _clauses_bracketed(text: str, end: int, n: int | None) -> list[str]:
    """The semicolon clauses of a bracket right after the formula, as many as it counts, each one item.  The
    last clause is cut where it closes as the others do (…区分开来，保护改革者…: a summary after the list)."""
    m = _BRACKET_OPENS.match(text, end)
    if not m or not n or n < 2:
        return []
    close = _BRACKET_MARK.search(text, m.end(), m.end() + _BRACKET_REACH)
    if not close or close.group() not in "）)":
        return []  # no bracket closing within the sentence, or one nested inside: not read here
    clauses = _SEMICOLON.split(text[m.end():close.start()].strip())
    if len(clauses) != n:
        return []
    ending = commonprefix([c[::-1] for c in clauses[:-1]])[::-1][-2:]  # (the others' last two characters)
    if len(ending) == 2 and (cut := re.search(re.escape(ending) + "(?=[，,])", clauses[-1])):
        clauses[-1] = clauses[-1][:cut.end()]
    if not all(4 <= len(c) <= 120 for c in clauses):
        return []
    parallel = len({c[0] for c in clauses}) == 1 or len({c[-2:] for c in clauses}) == 1
    return clauses if parallel else []


def _bracket_cut_off(text: str, end: int) -> list[str]:
    """(即甲、乙、丙、丁… and the page ends: a bracketed 、-list the page cuts off; its last item is a fragment."""
    m = _BRACKET_OPENS.match(text, end)
    rest = text[m.end():].rstrip() if m else ""
    if not rest or len(rest) > 200 or _BRACKET_MARK.search(rest) or "，" in rest or "," in rest:
        return []
    items = rest.split("、")[:-1]
    return items if len(items) >= 2 and all(2 <= len(i) <= 20 for i in items) else []


def _components_after(text: str, end: int, n: int | None = None, one_part: bool = False) -> list[str]:
    """The items listed right after a formula; one_part: the formula is one numeral and its word (一身份),
    which may name a single item (not 一村一策, counted 1 but paired: its explanation is no item)."""
    if clauses := _clauses_bracketed(text, end, n) or _bracket_cut_off(text, end):
        return clauses
    after = text[end:end + 200]
    m = _BRACKETED_AFTER.match(after)
    if m and len(parts := _DEFINED_PART.findall(m.group(1))) >= 2:
        return parts  # (“甲”指…，“乙”指…): each part of the formula named and then explained
    if m:
        items = [i.strip("“”\"") for i in _SPLIT_ITEMS.split(m.group(1)) if i.strip("“”\" ")]
        if len(items) == 1:  # (甲-乙-丙): the stages of a method, joined by dashes or arrows
            items = [i.strip() for i in re.split(r"[-—–→]+", items[0]) if i.strip()]
        items = [re.sub(r"等$", "", i) for i in items]
        last = re.split(r"和|及", items[-1]) if items else []
        if len(last) == 2 and all(len(x) >= 2 for x in last):
            items[-1:] = last  # (负面清单、正面清单、责任清单和年度分析报告)
        if len(items) >= 2:
            return items
    quoted = _QUOTED_RUN.match(after)
    if quoted:  # 是指“甲一批”“乙一批”和“丙一批”: the items quoted one after another
        return [_content(q) for q in QUOTE.finditer(quoted.group("items"))]
    m = _EXPLAINED_AFTER.match(after)
    if m and n and n >= 2 and (clauses := _clauses_explained(text, end + m.start(1), n)):
        return clauses
    if m:
        listed = m.group(1)
        if sum(map(listed.count, "）)")) > sum(map(listed.count, "（(")):
            listed = re.split(r"[）)]", listed)[0]  # (“乙”指甲、丙）: the explanation ends with its bracket
        parts = _CLAUSE_SPLIT.split(listed)
        clauses = [c for c in parts if c.strip("“”\" ")]
        if n and len(clauses) == n and len(_SPLIT_ITEMS.split(clauses[0])) != n and "、" in clauses[0] \
                and all("%" in c for c in clauses):
            return [c.strip().replace("“", "").replace("”", "").replace('"', "") for c in clauses]
            # “四个100%”，即100%甲、乙…，100%丙，100%丁: as many clauses as the formula counts, a 、 inside the
            # first, each clause a target met in full (not 即甲、乙和丙，全县…，效果明显: the sentence going on)
        if "、" in parts[0]:
            listed = parts[0]  # 即甲、乙、丙，全县…: the clause after the list is not an item
        items = [i.strip("“”\" ") for i in re.split(r"[、，,]|和", listed) if i.strip("“”\" ")]
        if m.end() == len(text) - end and len(items) > 1:
            items = items[:-1]  # the page cut off inside the list: its last item is a fragment
        if n and len(items) > n and "、" not in listed:
            items = items[:n]  # 即甲…，乙…，丙…，着力…: clauses past the promised number are the sentence going on
        if len(items) >= 2 or one_part and n == 1 and len(items) == 1 and "、" not in listed:
            return items  # (“一身份”指干部身份: a formula of one names its one item)
    m = _QUOTES_AFTER.match(after)
    if m and not _QUOTE_OPENS.match(after):  # “甲”“乙”“丙”: formulas side by side, not items
        return [_content(q) for q in QUOTE.finditer(m.group(1))]
    return _counted_list_after(after, n) or _numbered_after(after, n)


# 即把甲…，同乙…区分开来；把丙…；把丁…。: an explanation whose sentence runs in clauses split by semicolons,
# as many as the formula counts: each clause is one item, its commas and 、 inside it
_SENTENCE = re.compile(r"[^。！？\n]{4,600}")
_SEMICOLON = re.compile(r"\s*[；;]\s*")
_DEFINES_ANOTHER = re.compile(rf"[“\"]?[{CJK}\d]{{1,6}}[”\"]?(?:是指|指|即)")


def _clauses_explained(text: str, pos: int, n: int) -> list[str]:
    m = _SENTENCE.match(text, pos)
    clauses = _SEMICOLON.split(m.group(0).strip()) if m and ("；" in m.group(0) or ";" in m.group(0)) else []
    if any(_DEFINES_ANOTHER.match(c) for c in clauses[1:]):
        return []  # “三龄”指甲、乙；“二历”指丙: the sentence goes on to define the next part, not this one's items
    if len(clauses) != n or not all(4 <= len(c) <= 120 for c in clauses):
        return []
    parallel = len({c[0] for c in clauses}) == 1 or len({c[-2:] for c in clauses}) == 1
    return clauses if parallel else []  # 把甲；把乙；把丙 (one head or one tail): not 即甲、乙；各乡镇要…, the list
    # ending before the semicolon and the sentence going on


_ORDINAL_IS = "一二三四五六七八九十"


_FIRST_IS = re.compile(rf"[”\"]?[{CJK}]{{0,8}}[：:，,]\s*一是")


def _numbered_after(after: str, n: int | None) -> list[str]:
    """“五个提高”的目标：一是提高甲；二是提高乙；…: the items numbered 一是, 二是 … right after the
    formula, as many as it counts, each up to the end of its clause."""
    if not n or not 2 <= n <= 10:
        return []
    first = _FIRST_IS.match(after)
    if not first:
        return []
    items, pos = [], first.end()
    for k in range(1, n + 1):
        nxt = after.find(_ORDINAL_IS[k] + "是", pos) if k < n else -1
        body = after[pos:nxt if nxt > 0 else len(after)]
        clause = re.split(r"[，,。；;！？\n]", body)[0].strip("“”\" ")
        if not 2 <= len(clause) <= 30:
            return []
        items.append(clause)
        if k < n and (nxt < 0 or re.search(r"[。！？\n]", after[pos:nxt])):
            return []  # the numbering stops, or runs on past the sentence
        pos = nxt + 2
    return items


_QUOTED_RUN = re.compile(rf"[”\"]?[{CJK}]{{0,4}}[，,：:]?\s*(?:即|是指|指的是|分别是|分别为)\s*"
                         r"(?P<items>(?:[“\"][^“”\"\n]{1,20}[”\"](?:[、，,]|和|及|与)?){2,8})")


_CLAUSE_AFTER = re.compile(rf"[”\"]?(?:[，,]|[{CJK}]{{0,4}}[：:])\s*([^，,。；;！？：:\n“”]{{4,100}})(?=[，,。；;！？\n]|$)")
_LEAD_IS = re.compile(r"^(?:主要是|就是|即|是)")
_QUALIFIES_A_NOUN = re.compile(rf"的[{CJK}]{{2,}}$")
# ，通过甲、乙等系列举措: 等 closing a list says it gives examples only. Not the 等 inside a word (平等, 同等,
# 对等, 均等, 高等, 中等, 初等, 优等, 相等; 等级, 等次, 等额, 等值, 等待, 等奖): 享同等待遇, 一次平等对话 are items
_CLOSING_ETC = re.compile(r"(?<![平同对均高中初优相])等(?![级次额值待奖])")


def _counted_list_after(after: str, n: int | None) -> list[str]:
    """“三看三比”，看甲比乙、看丙比丁、看戊比己 (“三个一”工程：甲、乙、丙): a clause right after the
    formula (and its kind) that lists as many short items as the formula counts spells it out."""
    m = _CLAUSE_AFTER.match(after)
    items = _LEAD_IS.sub("", m.group(1)).split("、") if m and n else []
    if items and (_QUALIFIES_A_NOUN.search(items[-1]) or _CLOSING_ETC.search(items[-1])):
        return []  # ，树立甲、乙、丙的鲜明导向: the list qualifies a noun after it, it spells nothing out; ，通过甲、乙等
        # 举措: examples of the means, 等 says the list is not all of them
    lead = _MOVES_PEOPLE.match(items[0]) if items and len(items) == n else None
    if lead and {len(i) for i in items[1:]} == {len(items[0]) - lead.end()}:
        items[0] = items[0][lead.end():]  # 引导新进干部学甲、访乙、记丙: who is set to the items opens the clause
    return items if len(items) == n >= 2 and all(2 <= len(i) <= 12 for i in items) else []


_COMMITTEES = re.compile(r"[“\"]?[两三]委")
_UNIT_KINDS = re.compile(r"(?:村|社区|居|嘎查|镇|乡|街道|单位)$")
_MAINLY_OF = re.compile(r"以([^以、]+(?:、[^以、]+)+)为(?:主体|主|核心|重点|基础|抓手)$")


_QUOTES_BEFORE = re.compile(r"((?:(?:和|及|与)?[“\"‘][^“”\"‘’\n]{1,20}[”\"’][、，,]?){2,8})(?:等|这|的)?$")


def _ends_as_quotes_before(head: str) -> bool:
    """What every _QUOTES_BEFORE match ends the head with (a search tries each of its starts): a closing
    quote, then at most a 、 or comma, then 等, 这 or 的, then the newline before which $ matches too."""
    head = head[:-1] if head.endswith("\n") else head
    head = head[:-1] if head.endswith(("等", "这", "的")) else head
    head = head[:-1] if head.endswith(("、", "，", ",")) else head
    return head.endswith(("”", '"', "’"))


_QUOTE_BEFORE = re.compile(r"[“\"]([^“”\"\n]{3,40})[”\"](?:等|这|的)?$")
_QUOTE_BEFORE_REACH = 44  # (the longest match, and a newline before $: searched from there, not from every position)
_MAINLY_QUOTED = re.compile(rf"以[“\"]([^“”\"\n]{{3,60}})[”\"][{CJK}]{{0,4}}为主(?:要内容)?的$")


_FORMULA_WORD = re.compile(rf"[“\"]?[{NUMERALS}]+(?:个|项|大|条|种|道|张)?([{CJK}])")


def _items_of_its_word(head: str, text: str, start: int, n: int | None) -> list[str]:
    """访民情、解民忧、暖民心、“三民”行动: a list that runs into the formula (its 、 right before it) still
    spells it out when it holds as many items as the formula counts, each with the formula's word (民);
    else the formula is one more item of the list (实干精神、为民情怀、担当作风、“三个一流”标准和创新意识)."""
    word = _FORMULA_WORD.match(text, start)
    items = _strip_lead_verbs(CLAUSE_END.split(head)[-1])[:-1].split("、")  # (开展甲、乙、丙、: no verb)
    if word and n and len(items) == n and all(2 <= len(i) <= 8 and word.group(1) in i for i in items):
        return items
    return []


# A lead verb or preposition that opens a list's first item (通过双城论坛、双城讲堂): not part of the item's name
_LEAD_WORD = re.compile(r"(?:通过|开设|开展|举办|组织|依托|利用|借助|围绕|安排)")


def _named_after_the_formula(items: list[str], formula: str) -> bool:
    """双城论坛、双城讲堂…“双城联动”: every item opens with the formula's numbered head (双城), so they are
    things named after it, not its parts. A shared theme word with no numeral (红色教育、红色阵地…“红色三联”,
    人才强县、人才兴业…“人才三策”) is how a formula's own parts are often named."""
    head = formula[:2]
    return any(ch in NUMERALS for ch in head) and all(_after_lead_word(i).startswith(head) for i in items)


def _after_lead_word(item: str) -> str:
    m = _LEAD_WORD.search(item)
    return item[m.end():] if m else item  # (学院通过双城论坛 -> 双城论坛)


def _components_before(text: str, start: int, n: int | None = None) -> list[str]:
    """The items listed right before a formula (甲、乙、丙四个渠道; “甲”“乙”等): quoted ones, or an
    unquoted list of as many items as the formula counts that ends where the formula begins."""
    head = text[max(0, start - 200):start].rstrip()  # (甲、乙的“ 六有”, 甲、乙等⏎“五位一体”: a page's spaces and breaks)
    if head.endswith(("“", "‘")) or head.endswith('"') and head.count('"') % 2:
        head = head[:-1].rstrip()  # the formula's own opening quote (a straight one closes a quote when it is the pair's second)
    if head.endswith("、"):
        return _items_of_its_word(head, text, start, n)  # 甲、乙、“三个代表”重要思想和丙: one more item of the list
    m = _QUOTES_BEFORE.search(head) if _ends_as_quotes_before(head) else None
    side_by_side = text[start - 1:start] in ("“", '"') and head.endswith(("”", '"'))  # “甲”“乙”“丙”
    if m and not side_by_side:
        return [_content(q) for q in QUOTE.finditer(m.group(1))]
    m = _QUOTE_BEFORE.search(head, max(0, len(head) - _QUOTE_BEFORE_REACH))
    if m and "、" in m.group(1):
        return m.group(1).split("、")  # “选、育、管、用”四道加法: the quoted list names the items
    if m and "+" in m.group(1) and all(re.fullmatch(rf"[{CJK}]{{2,}}", p) for p in m.group(1).split("+")):
        return m.group(1).split("+")  # “甲+乙+丙”三位一体: the quoted formula's parts are the items (not “1+N”: its own formula)
    m = _MAINLY_QUOTED.search(head) if "为主" in head else None  # (every match holds it: most heads are spared the scan)
    if m and n and len(m.group(1).split("、")) == n:
        return m.group(1).split("、")  # 以“甲、乙、丙”建设为主的“三小工程”: what it mainly builds, as many as it counts
    clause = CLAUSE_END.split(head)[-1]
    quoted_before = "、" in clause and "”" in clause[:clause.find("、")] and "“" not in clause[clause.find("、"):]
    if quoted_before:  # 村“两委”班子呈现甲结构、乙结构: the list starts after the quote, its items alike
        clause = clause[clause.rfind("”", 0, clause.find("、")) + 1:]
        rest = clause.split("、")[1:]
        if len(rest) < 2 or not all(rest) or len({len(i) for i in rest}) != 1 or len({i[-1] for i in rest}) != 1:
            return []
    if "、" in clause and "“" not in clause and "”" not in clause:
        if _ISSUED_BY.search(clause):
            return []  # 省委、省政府提出的“…”: the bodies that issued the formula, not its parts
        clause = _strip_lead_verbs(clause)
        clause = re.sub(r"(?:的|等|这)+$", "", clause)
        if around := _MAINLY_OF.search(clause):
            clause = around.group(1)  # 建立了以甲、乙、丙为主的“三位一体”: what it is mainly made of
        composed = _COMPOSED_AFTER_ETC.search(clause) and _TEAMS_COUNTED.match(text, start)
        if "等" in clause.rsplit("、", 1)[-1]:
            counted = _COUNTED_AFTER_ETC.search(clause)
            if counted and n and parse_number(counted.group(1)) != n:
                return []  # 甲局、乙局等4个单位…组成的“三民”工作队: the list counts the units, not the formula's parts
            clause = clause[: clause.rindex("等")]  # 甲、乙和丙等干部队伍五大体系: the list ends at 等
        items = [i.strip(" “”\"‘’") for i in clause.split("、") if i.strip(" “”\"‘’")]
        if not items:
            return []  # a bare 、 before the formula lists nothing
        if composed:
            items[0] = re.sub(r"^.{0,6}由(?=..)", "", items[0])  # (由甲、乙等组成的: 由 opens the members)
        if n is not None and len(items) == n - 1:
            items = items[:-1] + [i for i in re.split(r"和|及|与", items[-1]) if i]  # …、丁和戊
        if len(items[0]) > 6:
            items[0] = re.split(r"[的把将对在从]", items[0])[-1]  # …和配套的鼓励激励 -> 鼓励激励
            items[0] = re.sub(r"^一[支批个种群](?=..)", "", items[0])  # (打造)一支甲强、乙强: the quantity opens no item
        items[0] = _like_the_others(_after_particle(items[0], items[1:]), items[1:])
        if _named_after_the_formula(items, _unquote(text[start:start + 3]).lstrip("“\"‘")):
            return []  # 双城沙龙、双城讲坛等带有“双城联动”印记的活动: things named after the formula, not its parts
        if any(c in i for i in items for c in "()（）「」『』"):
            return []  # 县(市、区): a bracketed aside, not a list
        if len(items[-1]) == 1 and any(len(i) > 1 for i in items):
            return []  # 他与工作队、村“两委”: 村 names whose committees, not a last item
        if _COMMITTEES.match(text, start) and _UNIT_KINDS.search(items[-1]):
            return []  # 全区村、社区“两委”: the units whose committees it names, not its items
        if any(re.match(r"(?:19|20)\d\d", i) for i in items):
            return []  # 2018、2019年度服务期满的“三支一扶”人员: years listed, not the formula's items
        if items[-1].endswith(("及", "和", "与", "以及")):
            return []  # 甲、乙及村两委: the formula is one more item of the list, not its name
        if any(t in i for i in items for t in _person_titles()) and not _POSTS_HELD.match(text, start) and not composed:
            return []  # 省委组织部副部长、省委“两新”工委书记: people's posts, not the formula's items (甲书记、乙主任“一肩挑” are)
        if "的" in items[-1] or n is not None and len(items) != n and not (composed and 2 <= len(items) < n):
            return []  # 甲、乙、丙的人才选进村“两委”: the list describes something else before the formula (甲、乙、丙等
            # 组成的“十支队伍”: the members it is made of, the list closed by 等 short of its count)
        if len(items) >= 2 and all(len(i) <= 14 for i in items):
            return items
    if n == 2 and (pair := _pair_before(clause)):
        return pair
    return []


# 依托甲教师和乙教师“双师体系”: a formula of two right after two kinds of one thing joined by 和 (the clause
# from its start or from a word that leads to what it uses), their last character shared
_PAIR_BEFORE = re.compile(rf"([{CJK}]{{2,8}})(?:和|与|及)([{CJK}]{{2,8}})")


def _pair_before(clause: str) -> list[str]:
    lead = [m.end() for m in _LEAD_WORD.finditer(clause)]
    m = _PAIR_BEFORE.fullmatch(clause, lead[-1] if lead else 0)
    if not m or m[1][-1] != m[2][-1] or "的" in m[0]:
        return []
    return [m[1], m[2]]


# 甲、乙提出的 / 赋予的 / 部署的“…”: a verb of issuing or assigning, then 的, right before the formula
_ISSUED_BY = re.compile(r"(?:提出|赋予|确定|确立|部署|作出|明确|制定|印发|出台|下达)的$")
_POSTS_HELD = re.compile(rf"[“\"]?[{NUMERALS}]肩挑")  # 一肩挑, 三肩挑: one person holding the posts listed
# 甲、乙、丙等组成的“十支队伍”: the people a count of teams is made of, the list closed by 等 short of the count
_COMPOSED_AFTER_ETC = re.compile(r"等(?:组成|构成|组建)$")  # (the clause's closing 的 already cut)
_TEAMS_COUNTED = re.compile(rf"[“\"]?[{NUMERALS}]+(?:支|个)?[{CJK}]{{0,4}}队")
_COUNTED_AFTER_ETC = re.compile(rf"等([{NUMERALS}\d]+)[个名家类]")


_PARTICLE = re.compile(r"^.*?[了着](?![解结却如然得])(?=..)")


def _after_particle(first: str, others: list[str]) -> str:
    """梳理了成绩、任务、责任: a first item as long as the others or longer, the verb and its particle before it."""
    return _PARTICLE.sub("", first, count=1) if len(first) >= max(map(len, others), default=99) else first


def _like_the_others(first: str, others: list[str]) -> str:
    """让干部敢干、实干、苦干、善干: items of one length sharing their last character (the formula's
    head) make the first as long as they are; what stood before it opened the clause."""
    size = len(others[0]) if others else 0
    if size and len(first) > size + 1 and all(len(o) == size for o in others) \
            and (all(o[-1] == first[-1] for o in others) or re.search(r"\d", first[:-size]) or size <= 3 and len(first) >= size + 5):
        return first[-size:]  # (推动1100余名干部下沉甲乙、丙丁; 为搭建年轻干部学习、交流、活动: a clause opens the list)
    return first


# 让年轻干部学甲、查乙、用丙: a verb that sets people to the items, and the people, before the first
_MOVES_PEOPLE = re.compile(rf"(?:让|使|引导|带领|组织|推动|鼓励|要求|督促|促使)[{CJK}]{{0,6}}?(?:干部|党员|群众|人员|青年|学员|书记|人才)")


@lru_cache(maxsize=1)
def _person_titles() -> tuple[str, ...]:
    """Titles of posts (部长, 书记, 主任 …: resources/person_titles.txt)."""
    return tuple(t for t in word_list("person_titles.txt") if len(t) >= 2)


@lru_cache(maxsize=1)
def _lead_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(word_list("list_lead_verbs.txt"))
    return re.compile(f"^.*?(?P<verb>{verbs})"), re.compile(f"^{_SINCE}(?:{verbs})")


# 从去年起启动实施甲、乙: when the verbs began, between them
_SINCE = r"(?:(?:去年|今年|当年|近年|年初|(?:19|20)\d\d年)(?:起|以来|来)?)?"


def _strip_lead_verbs(clause: str) -> str:
    """通过参加甲、乙、丙的“三段式” -> 甲、乙、丙: drop the verbs that introduce the list."""
    anywhere, at_start = _lead_verbs()
    m = anywhere.match(clause)
    if m and "、" in clause[m.end():] and not _opens_each_item(m["verb"], clause[m.end():]):
        clause = clause[m.end():]
        for _ in range(2):  # 通过参加…: verbs in a row
            m = at_start.match(clause)
            if not m or "、" not in clause[m.end():] or _opens_each_item(m.group(), clause[m.end():]):
                break
            clause = clause[m.end():]
    return clause


def _opens_each_item(verb: str, rest: str) -> bool:
    """争当先锋、争做表率、争创一流; 不能做、不敢做; 秉承初心、担当使命: the verb is part of the first
    item of a parallel list (the others open alike, or the first would be left empty or too short)."""
    first, *others = re.split(r"、|和|及|与", rest)
    return not first or any(o[:1] == verb[:1] for o in others) or (
        len(first) + 1 < min(map(len, others)) and not _ending_alike(first, others))


def _ending_alike(first: str, others: list[str]) -> bool:
    """激励机制、容错纠错机制、能上能下机制: items ending in one word of two characters or more (机制, the formula's
    head) are whole however long each is, the first too when a word stands before that head: a shorter first is
    no part of an item cut off (全面落实激励机制 kept 落实 in it)."""
    tail = os.path.commonprefix([x[::-1] for x in (first, *others)])[::-1]
    return len(tail) >= 2 and len(first) >= len(tail) + 2


def _head(slogan: str) -> str | None:
    """The word a numbered formula repeats in its items: 三个突出 -> 突出, 三个一批 -> 批, 四查四看 -> 查."""
    m = re.match(rf"[{NUMERALS}\d]+(?:个|大|项|道|种|条)?([^{NUMERALS}\d]{{1,2}})?[{NUMERALS}]?([^{NUMERALS}]?)", slogan)
    if not m:
        return None
    return m.group(1) or m.group(2) or None


def _components_paragraphs(paragraphs: list[tuple[int, int, str]], start: int, slogan: str, n: int | None,
                           head: str | None = None) -> list[str]:
    """抓好“三个突出” … then paragraphs 突出政治标准，… / 突出需求导向，… / 突出人岗相适，…"""
    head = head or _head(slogan)
    if not head or not n:
        return []
    items: list[str] = []
    k = bisect_right(paragraphs, (start, _AFTER_ALL))
    for ps, pe, ptext in paragraphs[k:k + n + 3]:
        hm = _HEAD_ITEM.match(ptext)
        lead = hm.group(1) if hm else ""
        if lead and head in lead and lead != slogan and len(lead) <= 16:
            q = _OPENING_QUOTE.search(lead)  # 围绕破解“不甲不乙”难题: the quoted item, not the lead-in around it
            items.append(q.group(1) if q and head in q.group(1) and q.start() > 0 else lead.strip("“”\""))
        elif items:
            break
        if len(items) == n:
            break
    return items if len(items) >= 2 else []


_AFTER_ALL = float("inf")


# “三不”问题 … then paragraphs opening 着眼解决“不甲不乙”问题: the negation the formula counts opens each quoted item
_NEGATED = re.compile(rf"[“\"]?[{NUMERALS}]+(?:个)?([不无没])")
_OPENING_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,16})[”\"]")


def _negations_quoted_in_paragraphs(paragraphs: list[tuple[int, int, str]], end: int, slogan: str,
                                    n: int | None) -> list[str]:
    """A formula counting negations (三不, 四无) spelt out in the next paragraphs, each opening (within its first
    twenty characters) with one quoted item that starts with the same negation."""
    m = _NEGATED.match(slogan)
    if not m or not n or n < 2:
        return []
    items: list[str] = []
    k = bisect_right(paragraphs, (end, _AFTER_ALL))
    for _, _, ptext in paragraphs[k:k + 3 * n]:
        q = _OPENING_QUOTE.search(ptext, 0, 40)
        if q and q.start() <= 20 and q.group(1).startswith(m.group(1)):
            items.append(q.group(1))
        if len(items) == n:
            break
    return items if len(items) >= 2 else []


def _splits_word(words: list[tuple[int, int]] | None, pos: int) -> bool:
    """True when ``pos`` falls strictly inside one of the segmenter's words (sorted spans)."""
    if not words:
        return False
    k = bisect_right(words, (pos, _AFTER_ALL)) - 1
    return k >= 0 and words[k][0] < pos < words[k][1]


def _ordinary_words(items: list[str]) -> bool:
    """Items that are words of the dictionary: any of two or three characters (作风、纪律、廉洁); of four,
    most of them (政治素质、业务能力、工作作风), for four-character phrases of a formula are often set phrases
    too (选准苗子、优化结构、压实培养、提高质量 holds two)."""
    general = sum(map(is_general_word, items))
    return general * 2 > len(items) if len(items[-1]) >= 4 else general > 0


def _enumerations_named(text: str, never: frozenset[str]) -> list[tuple[int, int, str, str, str, list[str]]]:
    """Unquoted lists named by what follows them (…的用人导向, …四个步骤): parallel items of one length."""
    out = []
    i = text.find("、")
    while i >= 0:
        nxt = text.find("、", i + 1)
        if 0 <= nxt <= i + 5:
            i = nxt
            continue  # not the list's last separator yet
        tail = _ENUM_TAIL.match(text, i + 1)
        i = nxt
        if not tail:
            continue
        lo = max(0, tail.end() - 40)
        m = _ENUM_BEFORE.search(text, lo, tail.end())
        if not m:
            continue
        items = m.group(1).split("、")
        size = len(items[-1])
        if any(len(i) != size for i in items[1:]) or len(items[0]) < size:
            continue
        if tail["strategy"] is not None and (size != 4 or len({i[-1] for i in items}) > 1 or not all(i[-2] in "兴强立富" for i in items)):
            continue  # 科教兴州、人才强州战略: a place's strategies of making it thrive, each closed by its unit (乡村振兴战略
            # and other lists before 战略 name no formula)
        if len(items) == 2 and not (size == 4 and _PAIR_PRINCIPLE.match(text, tail.end())
                                    or size == 3 and tail["aim"] is not None or tail["strategy"] is not None):
            continue  # (甲乙丙、丁戊己目标: two short aims named as one goal make a formula too; two of four
            # characters named so are qualities wished for a thing, 功能完备、安全实用的目标)
        if size > 1 and _ASPECTS.match(text, tail.end()):
            continue  # 甲乙、丙丁四个方面: aspects of a task; only single characters (选、任、考、动) make a formula
        if size > 3 and _PLAIN_ORIENTATION.match(text, tail.end()):
            continue  # 保护改革、支持担当…的鲜明导向: aims described; short parallel items (能者上、庸者下) make a formula
        if size > 3 and tail["way"] is not None and text.startswith("为", tail.end()):  # (为主要方式 right after it)
            continue  # 以集中授课、分组研讨…为主要方式: ways of training listed; short ones (课堂讲、基层练) make a formula
        first = items[0][-size:]
        start = m.start() + len(items[0]) - size
        items[0] = first
        if tail["mech"] is not None and (all(i[-1] in _QUALITY_ENDS for i in items) or _covered_by_mechanism(items)):
            continue  # 常态化、制度化、规范化的长效机制: what the mechanism is like, not its parts; 处级、科级、股级的
            # 晋升机制, 各乡镇、各部门的考核机制: whom it covers
        if any("不" in i for i in items) or "".join(items) in _PLAIN_LISTS \
                or all(i[-1] in "省市县区乡镇村" for i in items) and tail["strategy"] is None:
            continue  # 不愿担当、不敢担当: problems; 人、财、物: a plain list; 甲乡、乙镇: places
        if tail["thought"] is not None and (all(i[0] == "各" or i[-1] in _BODY_ENDS for i in items)
                                                 or any(classify_quoted(i) == "numbered" for i in items)):
            continue  # 各乡镇、各部门…的工作思路, 组织部、宣传部…的工作思路: whose thoughts, not their content;
            # 一村一策、一户一档…的工作思路: numbered formulas, each one of its own
        if size >= 2 and _ordinary_words(items) and len(set(i[0] for i in items)) > 1 \
                and len(set(i[-1] for i in items)) > 1 and not _PRINCIPLE.match(text, tail.end()):
            continue  # ordinary nouns in a row (作风、纪律、廉洁): no shared head or tail, not a formula (公平、公正、客观的原则 is one)
        canonical = "".join(items) if size == 1 else "、".join(items)
        if canonical in never:
            continue
        kind = "principle" if len(items) == 2 else "enumeration"
        out.append((start, m.end(), text[start:m.end()], kind, canonical, items))
    return out


# A candidate mention: start, end, text as written, kind, canonical (None: from the text), items (None: find them)
_Cand = tuple[int, int, str, str, str | None, list[str] | None]

# 坚持甲甲甲甲、乙乙乙乙，丙丙丙丙、丁丁丁丁的原则; 坚持“…”四条原则: three or more four-character items, parted by
# 、 and by commas (principles written in pairs), that the sentence holds to (坚持, 遵循, 按照, 本着, or a quote
# opening the run) and names as its principles: one formula, every item a component (_enumerations_named reads
# only the last pair, the run before its last comma being cut off)
# unquoted, the run names its principles through 的 or a count (…的原则, …四条原则): a fourth word of its own
# before a bare 原则 (…，严格落实原则) is a verb taking it, no principle
_RUN_COUNT = "(?:[一二三四五六七八九十]{1,2}(?:条|项|个|大))"
_PRINCIPLE_RUN = re.compile(rf"(?:坚持|遵循|按照|本着|(?P<q>[“\"]))([{CJK}]{{4}}(?:[、，,][{CJK}]{{4}}){{2,11}})"
                            rf"(?(q)[”\"]{_RUN_COUNT}?的?|(?:{_RUN_COUNT}的?|的))(?:原则(?!上)|方针)")


def _principle_runs(text: str, never: frozenset[str]) -> list[_Cand]:
    out: list[_Cand] = []
    for m in (_PRINCIPLE_RUN.finditer(text) if "原则" in text or "方针" in text else ()):
        run = m.group(2)
        if "、" not in run or not any(c in run for c in "，,"):
            continue  # one kind of mark only: a plain list, read by _enumerations_named where it is one
        items = re.split(r"[、，,]", run)
        if "、".join(items) in never:
            continue
        out.append((m.start(2), m.end(2), run, "enumeration", "、".join(items), items))
    return out


def _inside_a_run(cand: _Cand, runs: list[_Cand]) -> bool:
    return any(r[0] <= cand[0] and cand[1] <= r[1] and (r[0], r[1]) != (cand[0], cand[1]) for r in runs)


# “甲乙引才”“丙丁引才”“戊己引才”模式, “分级”“分期”约谈机制: short items quoted one by one, side by side, of one
# length, that the words right after the run name as one model, mechanism or method of work.  Not an
# example list (“甲”“乙”等做法/模式), not items of other lengths (“揭榜挂帅”“赛马”), not numbered items (their
# own formulas), not quotes joined by 和/与 (“为公”与“为私”).  The items are its components, no quoted terms
_QUOTED_ITEM_RUN = re.compile(rf"[“\"][{CJK}]{{2,4}}[”\"](?:、?[“\"][{CJK}]{{2,4}}[”\"]){{1,5}}")
_ONE_QUOTED_ITEM = re.compile(rf"[“\"]([{CJK}]{{2,4}})[”\"]")
_QUOTED_RUN_NAMED = re.compile(rf"(?!等)(?:的)?([{CJK}]{{0,4}}?)(?:模式|[机機]制|工作法)")
# 把“甲”“乙”纳入问责机制, 对“优秀”“称职”干部激励机制: the run is what is put into the mechanism or what it
# deals with, not its parts — a 把/将/对 right before the run, a verb of putting in (纳入, 作为) between it and
# the mechanism, or the words there opening with the people the items rate (干部, 党员, 人员) or name (导师)
_RUN_AS_OBJECT_BEFORE = "把将对"
_RUN_PUT_INTO = re.compile(r"纳入|列入|融入|作为")
_RUN_RATES_PEOPLE = re.compile(r"干部|党员|人员|导师")  # (“老甲”“老乙”导师帮带机制: the people who serve as mentors)


def _run_is_an_object(text: str, start: int, between: str) -> bool:
    return (start > 0 and text[start - 1] in _RUN_AS_OBJECT_BEFORE or bool(_RUN_PUT_INTO.search(between))
            or bool(_RUN_RATES_PEOPLE.match(between)))


def _quoted_items_named(text: str, never: frozenset[str]) -> list[_Cand]:
    out: list[_Cand] = []
    for m in (_QUOTED_ITEM_RUN.finditer(text) if "”“" in text or "”、“" in text else ()):
        named = _QUOTED_RUN_NAMED.match(text, m.end())
        if not named or _run_is_an_object(text, m.start(), named.group(1)):
            continue
        items = _ONE_QUOTED_ITEM.findall(m.group(0))
        if len({len(i) for i in items}) != 1 or any(ch in NUMERALS or ch in "不没无难" for i in items for ch in i):
            continue
        canonical = "、".join(items)
        if canonical in never or "".join(items) in never or any(i in lexicon()[0] for i in items):
            continue  # (“能上能下”“能进能出”机制: formulas of the lexicon, each its own)
        out.append((m.start() + 1, m.end() - 1, m.group(0)[1:-1], "enumeration", canonical, items))
    return out


_NAMED_AS_MECHANISM = re.compile(r"(?:工作)?(?:机制|制度)")
# 能上能下、能进能出的“某某”激励保障机制: a formula and another after it that a mechanism later in
# the clause is named by (not 能上能下的关键在于…机制: one formula, and what it hinges on)
_MECHANISM_OF_THE_PAIR = re.compile(r"、[^，,。；;、]{2,6}的[^，,。；;]{0,12}?(?:机制|制度)")
# 激励、容错纠错、能上能下三项机制 (…两个办法): the last item of a list the count after it names as rules
_COUNTED_RULES_AFTER = re.compile(r"(?:[两二三四五六七八九十]|\d)(?:个|项|种|条)?(?:工作)?(?:机制|制度|办法|规定)")


def _named_plain(entry: LexiconEntry, text: str, b: int) -> bool:
    """A quoted_only entry written plain is the formula when what follows names it: a mechanism (能上能下机制)
    or the entry's own word (named_by: 最多跑一次改革, not 让群众办事最多跑一次, a description), or the count of
    the rules a list it closes names (容错纠错、能上能下两项机制)."""
    return bool(_NAMED_AS_MECHANISM.match(text, b) or _MECHANISM_OF_THE_PAIR.match(text, b)
                or entry.named_by and entry.named_by.match(text, b)
                or _COUNTED_RULES_AFTER.match(text, b) and "、" in text[max(0, b - 12):b])  # (a list's last item)


_PAIR_GAP = re.compile(rf"[，,、]?[{CJK}]{{0,3}}")  # (干部能上能下，编制能进能出: a comma and whose, between)


def _side_by_side_plain(plain: list[_Cand], forms: dict[str, LexiconEntry], text: str) -> list[_Cand]:
    """干部能上能下，编制能进能出: two quoted_only formulas written plain next to each other (a comma and a word
    or two between, no more) are the formulas, each naming the other as quote marks would (the phrase of running
    text comes alone: 推进领导干部能上能下)."""
    return [c for c in plain if any(forms[d[2]] is not forms[c[2]] and (_PAIR_GAP.fullmatch(text, c[1], d[0])
                                                                       or _PAIR_GAP.fullmatch(text, d[1], c[0]))
                                    for d in plain)]


@lru_cache(maxsize=1)
def _entries_with_context() -> tuple[LexiconEntry, ...]:
    return tuple({id(e): e for e in lexicon()[0].values() if e.context}.values())


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def _sentence_around(text: str, a: int, b: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, a)]
    end = _SENTENCE_END.search(text, b)
    return text[starts[-1] if starts else 0:end.start() if end else len(text)]


def _forms_in_context(forms: dict[str, LexiconEntry], text: str) -> dict[str, LexiconEntry]:
    """The lexicon for this text: an entry whose sense needs a context (两权: the national pair of rights
    mortgaged, not a village's 知情权、监督权) is left out when no sentence naming it gives that context,
    so the article's own pair is read as it would be without the entry (its items, local)."""
    for e in _entries_with_context():
        mentions = [(m.start(), m.end()) for f in (e.canonical, *e.aliases) for m in re.finditer(re.escape(f), text)]
        if mentions and not any(e.context.search(_sentence_around(text, a, b)) for a, b in mentions):
            forms = {f: x for f, x in forms.items() if x is not e}
    return forms


# A medium's name made of a formula and the word of a medium, the name ending there (no character after it:
# a space, a line's end), 报道 or a dateline (三农在线长春3月1日电): 来源：三农在线, 三农网 (not 三农网格员,
# 两学一做在线学习, 两委报乡镇)
# (the group ``reporting``: 报道, 消息 or a dateline follows; else no character does)
_MEDIA_AFTER_FORM = re.compile(rf"(?:在线|日报|周刊|杂志|频道|新闻网|网讯|网|报)"
                               rf"(?:(?P<reporting>(?=报道|消息|[{CJK}]{{2,8}}?\s*\d{{1,2}}月\d{{1,2}}日(?:电(?![视话脑力网子影商站台气])|讯)))"
                               rf"|(?![{CJK}]))")
# A name ending there is a medium's only where a source is named: after 来源, 转自…, or alone on its line's
# start before a space, a date or the line's end (not 网站开设两学一做频道, 通过“三会一课在线”平台: a column
# or a platform for the formula, a mention of it)
# (the source labels of resources/metadata_labels.tsv, and the words of a reprint: 转自, 摘自, 选自, 转载)
_SOURCE_LABELS = tuple(label for label, field in word_table("metadata_labels.tsv") if field == "source") + ("转自", "摘自", "选自", "转载")
_SOURCE_BEFORE = re.compile(rf"(?:{'|'.join(map(re.escape, _SOURCE_LABELS))})\s*[:：]?\s*[{CJK}]{{0,8}}$")
_LINE_START_BEFORE = re.compile(rf"(?:^|\n)[ \t　]*[{CJK}]{{0,4}}$")


def _names_a_medium(text: str, a: int, b: int) -> bool:
    """来源：三农在线, 三农网报道, 三农在线长春3月1日电: the formula names a medium there."""
    m = _MEDIA_AFTER_FORM.match(text, b)
    if not m:
        return False
    if m.group("reporting") is not None:
        return True
    line = text[max(0, a - 40):a]
    if _SOURCE_BEFORE.search(line):
        return True
    after = text[m.end():m.end() + 1]
    return bool(_LINE_START_BEFORE.search(line)) and (not after or after.isspace() or after.isdigit())


def find_slogans(text: str, exclude: list[tuple[int, int]] = (),
                 words: list[tuple[int, int]] | None = None) -> list[Slogan]:
    """Slogans in ``text``; none overlapping ``exclude`` (cited titles, unreadable text).

    ``words`` (the segmenter's word spans, in order) keep shape-found formulas from
    starting or ending inside a word (一批在一线工作 is no 一批在一线工)."""
    forms, never = lexicon()
    forms = _forms_in_context(forms, text)
    cands = _quoted_candidates(text)
    plain: list[_Cand] = []  # quoted_only formulas written plain, no word after naming them (see _side_by_side_plain)
    if forms:
        ac, keys = _lexicon_matcher()
        for k, a, b in ac.find_matches_as_indexes(text):
            if keys[k] not in forms:
                continue  # an entry out of its context in this text (see _forms_in_context)
            quoted = text[a - 1:a] in _QUOTE_OPEN and text[b:b + 1] in _QUOTE_CLOSE  # (not “四大家族”)
            if forms[keys[k]].quoted_only and not quoted and not _named_plain(forms[keys[k]], text, b):
                plain.append((a, b, keys[k], "lexicon", None, None))
                continue  # 推进领导干部能上能下: the phrase, not the formula (“能上能下”, 能上能下机制 are)
            if not quoted and _names_a_medium(text, a, b):
                continue  # 来源：三农在线, 某某网: a medium named after the formula, no mention of it
            if keys[k][1:2] == "套" and text[a - 1:a] in _QUOTE_CLOSE:
                continue  # “党支部、村委会、合作社”三套班子: the bodies just listed, counted (not the formula)
            if _written_out(keys[k], forms[keys[k]]) and (_FAULTS_AFTER.match(text, b)
                                                         or _PROBLEMS_BEFORE.search(text, max(0, a - 8), a)):
                continue  # 整治形式主义、官僚主义、享乐主义、奢靡之风: faults the text fights, listed (the guidelines' problems)
            if "、" in keys[k] and text[b:b + 1] == "、":
                continue  # “德才兼备、以德为先、以实为要”: a longer list of its own that opens with the formula's items
            if _splits_word(words, b) and "、" not in keys[k]:
                continue  # 三下|乡镇调研: went down three times, the formula's last character opens a word (a
                # listed run of its items stands however its last word is cut: 不想|腐中)
            cands.append((a, b, keys[k], "lexicon", None, None))
    cands += _side_by_side_plain(plain, forms, text)
    cands += _shaped_candidates(text, never, words)
    runs = _principle_runs(text, never)
    cands += _enumerations_named(text, never)
    # a pair of the run is no formula of its own, however it was found (a lexicon's 德才兼备、以德为先 too)
    cands = [c for c in cands if not _inside_a_run(c, runs)] + runs
    cands += _quoted_items_named(text, never)
    paragraphs = []
    pos = 0
    for ptext in text.split("\n"):
        paragraphs.append((pos, pos + len(ptext), ptext))
        pos += len(ptext) + 1
    groups = _mentions(cands, forms, Taken(len(text), exclude))
    out = [_slogan(text, paragraphs, canonical, group, forms) for canonical, group in groups.items()]
    parts = national_parts()
    out = [replace(s, local=False) if s.local and s.canonical in parts and parts[s.canonical][1] in groups
           and _items_of_the_whole(s.components, forms.get(parts[s.canonical][1])) else s for s in out]
    out = _named_bare_before_its_kind(_spelled_then_shortened(_short_forms_joined(out, text), text), text, exclude)
    out = _listed_then_counted_by_its_head(out, text)
    return sorted(out, key=lambda x: x.start)


# 开展“三万”活动 … 继续做好三万工作: a numbered formula of the article written again without quotes, right before
# the word of the work it names (a campaign, a programme), is the formula, not an amount (三万元, 三万名 are)
_WORK_OF_THE_FORMULA = re.compile(r"工作|活动|行动|工程|计划")


def _literal_spans(text: str, word: str):
    """(start, end) of each occurrence of ``word`` (not empty) in ``text``, left to right, none overlapping the
    one before: what ``re.finditer(re.escape(word), text)`` finds, without compiling a pattern per word (a
    slogan's text: hundreds of distinct ones push the re module's cache, 512 patterns, past its size)."""
    n = len(word)
    k = text.find(word)
    while k >= 0:
        yield k, k + n
        k = text.find(word, k + n)


def _named_bare_before_its_kind(slogans: list[Slogan], text: str, exclude) -> list[Slogan]:
    taken = Taken(len(text), exclude)
    for s in slogans:
        for a, b in s.mentions:
            taken.take(a, b)
    out = []
    for s in slogans:
        more = []
        if s.numbered and _HAN_ONLY.fullmatch(s.text):
            for a, b in _literal_spans(text, s.text):
                before = text[a - 1:a]
                if _WORK_OF_THE_FORMULA.match(text, b) and before not in _QUOTE_OPEN \
                        and not (before and (before in NUMERALS or before.isdigit())) and taken.claim(a, b):
                    more.append((a, b))
        out.append(replace(s, mentions=sorted(s.mentions + more)) if more else s)
    return out


# “甲乙、丙丁、戊己”（简称“甲丙戊”）: the list spelt out, then the short form the article names it by
_SHORT_FORM_AFTER = re.compile(r"[”\"’]?\s*[（(]\s*(?:以下)?简称\s*[“\"‘]?([^（）()“”\"‘’\n]{2,12}?)[”\"’]?\s*[）)]")


def _spelled_then_shortened(slogans: list[Slogan], text: str) -> list[Slogan]:
    """An enumeration followed by （简称“X”） where X is a slogan of the article is one slogan, X, whose
    components are the enumeration's items; the spelt-out list is not a second slogan."""
    by_name = {s.text: s for s in slogans} | {s.canonical: s for s in slogans}
    gone, items = set(), {}  # (ids of the spelt-out lists; id of a short form -> the items spelt out)
    for s in slogans:
        if s.numbered or not s.components:
            continue
        for _, e in s.mentions:
            m = _SHORT_FORM_AFTER.match(text, e)
            t = by_name.get(m.group(1)) if m else None
            if t is not None and t is not s:
                gone.add(id(s))
                items.setdefault(id(t), s.components)
                break
    return [replace(s, components=s.components or items[id(s)]) if id(s) in items else s
            for s in slogans if id(s) not in gone]


# “比学习、比服务、比实绩、比作风”的四比: right after a quoted list, the count of its items and the head they share
_COUNT_OF_THE_HEAD = re.compile(r"[”\"’]的?([二三四五六七八九十两])(.)")


def _listed_then_counted_by_its_head(slogans: list[Slogan], text: str) -> list[Slogan]:
    """A quoted list of items under one head, named right after by the count of its items and that head
    (“比甲、比乙、比丙、比丁”的四比), is one slogan, the counted name, the list its components; the list is no
    second slogan, and the name found on its own (“四比”) takes the list's items."""
    names: dict[int, tuple[str, int]] = {}  # (id of a list -> its name and where the name ends)
    for s in slogans:
        if s.numbered or len(s.components) < 2 or len({c[:1] for c in s.components}) != 1:
            continue
        for _, e in s.mentions:
            m = _COUNT_OF_THE_HEAD.match(text, e)
            if m and m.group(2) == s.components[0][0] and parse_chinese(m.group(1)) == len(s.components):
                names[id(s)] = (m.group(1) + m.group(2), m.end())
                break
    found = {s.canonical: s for s in slogans if id(s) not in names}
    items = {names[id(s)][0]: s.components for s in slogans if id(s) in names}
    out = [replace(s, components=items[s.canonical], count_matches=len(items[s.canonical]) == s.count)
           if s.canonical in items and not s.components else s for s in slogans if id(s) not in names]
    for s in slogans:
        if id(s) in names and names[id(s)][0] not in found:
            name, b = names[id(s)]
            out.append(replace(s, text=name, canonical=name, numbered=True, count=len(s.components),
                               count_matches=True, start=b - 2, end=b, mentions=[(b - 2, b)]))
    return out  # (find_slogans sorts them)


# 百县千镇万村高质量发展工程: a programme named by numbered parts, one to three characters each, then its words
_SPELLED_PARTS = re.compile(rf"((?:[{NUMERALS}][^{NUMERALS}、，,]{{1,3}}?){{2,}})([^{NUMERALS}、，,]{{2,}})")


# “百千万工程”与“百村千户万人增收工程”: two names side by side, joined only by a word of "and" (quotes around
# them), are two programmes put together, not one spelt out and then shortened
_SIDE_BY_SIDE = re.compile(r"[\s“”\"‘’]*(?:与|和|及|、|同)?[\s“”\"‘’]*")


def _side_by_side(a: Slogan, b: Slogan, text: str) -> bool:
    """Some mention of ``a`` stands next to one of ``b``, joined by no more than 与/和/及/、/同 and quotes."""
    return any(_SIDE_BY_SIDE.fullmatch(text, x_end, y_start) is not None
               for x, y in ((a, b), (b, a)) for _, x_end in x.mentions for y_start, _ in y.mentions if x_end <= y_start)


def _short_forms_joined(slogans: list[Slogan], text: str) -> list[Slogan]:
    """百县千镇万村高质量发展工程 … “百千万工程”: a programme spelt out and then shortened to its numerals and its
    last word is one slogan (counts alike), written first as the article first writes it, named by the short form
    (not two names side by side: “百千万工程”与“百村千户万人增收工程”)."""
    short = {s.canonical: s for s in slogans if s.numbered and isinstance(s.count, list)}
    if len(short) < 2:
        return slogans
    out, gone = [], set()
    for s in slogans:
        m = _SPELLED_PARTS.fullmatch(s.text) if s.numbered and isinstance(s.count, list) else None
        if m:
            heads = "".join(c for c in m.group(1) if c in NUMERALS)
            tail = m.group(2)
            for k in range(len(tail) - 1):
                t = short.get(heads + tail[k:])
                if t is not None and t is not s and t.count == s.count and not _side_by_side(s, t, text):
                    first, then = (s, t) if s.start <= t.start else (t, s)
                    out.append(replace(first, canonical=t.canonical, components=t.components or s.components,
                                       mentions=sorted(first.mentions + then.mentions), local=t.local and s.local))
                    gone.add(id(t))
                    break
            else:
                out.append(s)
        else:
            out.append(s)
    return [s for s in out if id(s) not in gone]


def _items_of_the_whole(items: list[str], whole: LexiconEntry | None) -> bool:
    """A part named beside its national whole is the whole's piece when the article lists no items for it,
    or items the whole holds (“三龄”指年龄、工龄、党龄); a part spelt out in items of its own (“四不”：不推诿、
    不扯皮… beside 四不两直) is the county's own formula that shares the name."""
    if not items:
        return True
    known = whole.components if whole else ()
    return any(i in c or c in i for i in items for c in known)


_PERIODS = frozenset("日周旬月季年")


def _formula_anywhere(content: str) -> bool:
    """An enumeration that is a formula wherever it stands: single characters (选、育、管、用, but
    not the everyday 人、财、物), numbered items (两不误、两促进) or one item per period (月调度、季评估、年考核)."""
    items = content.split("、")
    if all(i[:1] in NUMERALS for i in items):
        return True
    if len(items) >= 3 and all(1 < len(i) <= 4 and i[0] in _PERIODS for i in items) and len({i[0] for i in items}) == len(items):
        return True  # “日记、周谈、月报、季督、年考”: a task for each period, a work cycle
    return all(len(i) == 1 for i in items) and len(items) >= 3 and content.replace("、", "") not in _PLAIN_LISTS


# “能打仗、善打仗”的干部: a quoted list that describes people is no formula.
# “有激情、敢担当、善作为”的干部队伍标识: what the people are known by, a standard named (not the people)
_PEOPLES_STANDARD = re.compile(r"(?:队伍)?的?(?:标识|标准|形象|画像|特质)")
_DESCRIBES_PEOPLE = re.compile(rf"[”\"]?(?:[的型][{CJK}]{{0,2}}?)?(?:干部|人才|党员|队伍|人员|书记|班子|青年|带头人)")


def _one_head(items: list[str]) -> bool:
    """“治慵、治懒、治散、治奢”, “大学习、大讨论”: parts under one repeated head (not a list of troubles,
    难甲、难乙, 怕甲、怕乙, nor of a city's bodies, 市委、市政府)."""
    return len({i[:1] for i in items}) == 1 and items[0][:1] not in _NOT_HEADS and all(2 <= len(i) <= 4 for i in items) \
        and (len(items) >= 3 or items[0][0] == "大") and len(set(items)) == len(items)


# The closing characters that make a quoted list under one tail a formula: a way of doing the work
# (敢为、愿为、善为; 苦干、实干、巧干; 真抓、实抓、狠抓). Any other shared tail names kinds or classes of things
# (教师、医师、律师; 国企、民企、外企; 水费、电费、网费; 党史、国史、村史), no formula.
_DOING_TAILS = frozenset("为干抓做办改")
# Heads of a list of places, levels, sizes or colours (省抓、市抓、县抓; 大村、中村、小村; 红码、黄码、绿码):
# who or which, sorted by class, even when a doing verb closes them.
_CLASS_HEADS = frozenset("省市县乡镇村区国民公私本邻外大中小红黄绿")


def _one_tail(items: list[str]) -> bool:
    """“敢为、愿为、善为”, “苦干、实干、巧干”: three or more short items closed by one repeated doing verb (the
    way they all qualify it), as one head opens “治慵、治懒、治散”."""
    return len({i[-1:] for i in items}) == 1 and len(items) >= 3 and all(2 <= len(i) <= 4 for i in items) \
        and len(set(items)) == len(items) and items[0][-1] in _DOING_TAILS \
        and not any(i[0] in _CLASS_HEADS for i in items)


_ENUM_MARK = re.compile(r"[,，]*、[,，]*")  # 、 and the commas a page doubles it with (以比破题,、以比争优)


# “区属、街管、街用”，: three or more words of two quoted as one and closing the clause, a formula the text holds to
# (before a noun they describe it: “报纸、电台、网站”的报道; named as a programme they are one anyway; under one
# shared tail, “水费、电费、网费”, they are kinds of one thing, see _one_tail)
_CLAUSE_CLOSES = re.compile(r"[，,。；;]")


def _parallel_phrases(content: str, text: str, end: int) -> bool:
    """A quoted run of phrases of one length, three or four characters (“政治铸魂、能力筑基、实践砺才”,
    “访民情、惠民生、聚民心”), is a formula, as its quote marks say, unless it describes people."""
    if _SPACED_PHRASES.fullmatch(content) or "、" not in content:
        items = _ITEMS_SPLIT.split(content)
    else:  # (a list with 、: its groups' semicolons part items too; else 、 alone, with the commas doubling it)
        items = _items_of(content) if _list_groups(content) else _ENUM_MARK.split(content)
    people = _DESCRIBES_PEOPLE.match(text, end)
    alike = len({len(i) for i in items}) == 1 and (len(items[0]) in (3, 4) or len(items[0]) == 2 and len(items) >= 3
                                                     and len({i[-1] for i in items}) > 1 and _CLAUSE_CLOSES.match(text, end))
    return len(items) >= 2 and (alike or _one_head(items) or _one_tail(items)) \
        and not (people and not _PEOPLES_STANDARD.match(text, people.end())) and not all(i[-1] in _SHORTCOMING_ENDS for i in items) \
        and not all(i[-1] in _INSTITUTION_ENDS for i in items) and not _PROBLEMS_AFTER.match(text, end) \
        and not _PROBLEMS_BEFORE.search(text, max(0, end - len(content) - 8), end - len(content) - 1) \
        and not (_APPEARS_BEFORE.search(text, max(0, end - len(content) - 6), end - len(content) - 1)
                 and _BAD_STATE_AFTER.match(text, end)) \
        and not all(i[-2:-1] == "最" for i in items)  # “签约最快、投产最快”的项目: records set, no formula


# “年龄大、学历低、精力散”: a list of shortcomings, each closed by an adjective of lack, is no formula
_SHORTCOMING_ENDS = frozenset("多少散弱差低难慢乱老偏窄短缺大旧")
# “党支部、村委会、合作社”: institutions listed; “人难选、钱难筹”等问题: problems listed
_INSTITUTION_ENDS = frozenset("部会社委站所队组院校")
_PROBLEMS_AFTER = re.compile(r"\s*[”\"]?\s*(?:的|等)?(?:[两三四五六七八九十\d]{1,2}个)?(?:问题|难题|困难|现象|短板|困局|困境|怪圈|弊端|顽疾)"
                             r"|式?(?:腐败|违纪|违法)(?!治理|惩治|防控|[违法]*问题专项)")  # (‘托人说情、暗中操作’式腐败, “系统性、塌方式”腐败:
# how officials went wrong; not “…”腐败治理格局, “…”违纪违法问题专项整治: the work against it)
# 疲于应对“月月督查、层层留痕”, 破解“甲、乙”: what the text fights or suffers is a problem listed
# 存在“甲、乙”, 出现“甲、乙”的心态, 导致干部“甲、乙”: what the text reports finding or causing is a problem too
_PROBLEMS_BEFORE = re.compile(rf"(?:疲于应对|疲于|陷入|避免|防止|杜绝|克服|破解|整治|纠治|遏制|摆脱|走出"
                              rf"|(?:存在|导致)(?:的|[{CJK}]{{1,2}}\s*)?)[“\"]?$")
# 出现“甲、乙”的消极心态: a list that appears is a problem only when the words after it name a bad state
# (出现了“比学赶超、争先创优”的良好局面: a campaign's success, its formula)
_APPEARS_BEFORE = re.compile(r"出现(?:了|的)?[“\"]?$")
_BAD_STATE_AFTER = re.compile(rf"\s*[”\"]?\s*的?[{CJK}]{{0,4}}?(?:心态|心理|倾向|苗头|情况|情形|状况|乱象|怪象|风气|偏差|问题|现象|弊端)")
# “拖、推、慢”等不良风气, “庸、懒、散”等作风问题: faults named so by 等 and the word for them after the quote
# (“晒、比、评、议”等良好风气: a climate praised, resources/good_qualities.txt, is what the list built)
_GOOD_QUALITY = alternation(word_list("good_qualities.txt"))
_FAULTS_AFTER = re.compile(rf"\s*[”\"]?\s*等(?!的?(?:{_GOOD_QUALITY}))(?:不良|不正|消极)?[{CJK}]{{0,2}}?(?:风气|作风|问题|现象|顽疾|顽症|歪风|陋习|弊端|倾向)"
                           r"(?!线索|清单|闭环|处置|导向|台账|整改|管理)")  # (…等问题清单: a method of handling them)


def _faults_listed(text: str, start: int, end: int) -> bool:
    """A quoted list the text names as faults after it, or fights or suffers before it (整治“庸、懒、散”), even
    of single characters, which are otherwise a formula, or one made only of characters naming faults (“懒、庸、拖”
    的干部): the guidelines' lists of problems."""
    items = [i.strip() for i in _ENUM_MARK.split(text[start + 1:end - 1])]
    return bool(_FAULTS_AFTER.match(text, end) or _PROBLEMS_BEFORE.search(text, max(0, start - 8), start + 1)
                or len(items) >= 2 and all(i in _FAULT_CHARACTERS for i in items))


_FAULT_CHARACTERS = word_set("fault_characters.txt")


_TOPICS_AFTER = re.compile(r"\s*等(?:内容|方面|领域|事项)")  # 围绕“甲、乙、丙、丁”等内容: topics listed, no formula
# 围绕“考什么、怎么考、怎么用”等问题: questions or problems listed, named so by 等 right after the quote; not 问题
# opening a compound (“早发现、早纠正”问题线索处置机制, “收集、梳理、解决”问题清单工作法: a method of handling them)
_QUESTIONS_LISTED_AFTER = re.compile(r"\s*[”\"]?\s*等(?:[两三四五六七八九十\d]{1,2}个)?(?:方面的?)?(?:问题|难题|困难|短板|弊端|顽疾)"
                                     r"(?!线索|清单|闭环|处置|导向|台账|整改|管理)")


# “一对一”, “一帮一”: one mentor paired with one cadre, a method set in quotes (一对一 unquoted is a word)
_ONE_TO_ONE = re.compile(r"一[对帮带包联]一")
_PAIRING_AFTER = re.compile(r"(?:结对|帮带|帮扶|导师|师徒|传帮带)")  # (not “一对一”方式谈话, 面谈, 服务: a talk or service)
# “五星”支部, “十星级”文明户: the stars of a rating scheme that ranks the units named after it
_STARS = re.compile(rf"[{NUMERALS}]{{1,2}}星级?")
_STARRED_UNIT = re.compile(r"(?:村?党支部|支部|党组织|村|社区|书记|干部|文明户|家庭)")
# Quoted digits (not a year) and the programme word right after the quote
_DIGITS_NAME = re.compile(r"(?!(?:19|20)\d\d$)\d{2,8}")
# “5313”, “一二三”: a programme's code, digits or a run of numerals, that only the word after the quote says is a name
_CODE_NAME = re.compile(rf"{_DIGITS_NAME.pattern}|{_NUMERAL_RUN.pattern}")
_NUMBER_NAME = re.compile(r"(?:行动计划|工作法|工程|计划|行动|模式|机制|战略|体系)")
# “以城带乡万名干部驻村”计划: a short name counting the people of the plan or project named after it
# (not “全县要发动上万名党员参与”行动起来: a sentence quoted)
_HUNDREDS_OF = re.compile(rf"[{CJK}]{{0,6}}[百千万]名[{CJK}]{{2,6}}")
_HUNDREDS_NAME = re.compile(rf"(?:(?![的了是在和与及将已])[{CJK}]){{0,8}}?(?:计划|工程)")  # (“千名党员”进党校轮训工程)
# 带头推进民生工程, 助力重点项目建设工程: the people counted then act on a programme of their own (not its name)
_ACTS_ON = re.compile(r"带头|推进|助力|落实|参与|投身|服务|推动|实施|开展|支持|保障|帮扶")
_NUMBER_PLAN = re.compile(r"(?:总体|战略)?(?:部署|布局)")  # “314”总体部署: a plan the digits name by themselves
# “六城”同创, “三城”联创: the cities (districts, towns) counted run one campaign together (not “双报到”共建活动:
# the work a formula names)
_JOINT = re.compile(r"(?:同创|共创|联创)")
_JOINT_UNITS = re.compile(rf"[{NUMERALS}]{{1,2}}[城市县区镇村]")


def _quotes(text: str) -> list[re.Match[str]]:
    """Every quote, and the single quotes inside a double one (“打造‘四型’干部”), in order."""
    out = []
    for q in QUOTE.finditer(text):
        out.append(q)
        if q.group(1) and "‘" in q.group(1):
            out += _INNER_QUOTE.finditer(text, q.start() + 1, q.end() - 1)
    return out


_INNER_QUOTE = re.compile(r"‘([^‘’“”\n]{1,40})’")


def _lists_by_their_heads(quotes: list[re.Match[str]]) -> dict[str, list[str]]:
    """The quoted lists of the text by the first characters of their items, each run of one head once:
    “亮甲、亮乙，晒丙、晒丁，比戊、比己” → 亮晒比; “访民情惠民生聚民心” → 访惠聚."""
    out: dict[str, list[str]] = {}
    for q in quotes:
        c = _content(q).strip()
        items = [i for i in _ITEMS_SPLIT.split(c) if i]
        own = len(items) == 1 and _MIDDLE_RUN.fullmatch(c)
        if own:
            items = [c[i:i + 3] for i in range(0, len(c), 3)]  # 访民情/惠民生/聚民心
        if len(items) < 2 or not all(2 <= len(i) <= 6 and _HAN_ONLY.fullmatch(i) for i in items):
            continue
        heads = "".join(h for k, h in enumerate(i[0] for i in items) if k == 0 or items[k - 1][0] != h)
        if 2 <= len(heads) <= 4 and len(set(heads)) == len(heads):
            out.setdefault(heads, list(heads) if own else items)  # (a formula of its own keeps its items: the
            # acronym of “访民情惠民生聚民心” is its characters, 访/惠/聚, as 选育管用's are)
    return out


def _acronym_of_a_list(content: str, lists: dict[str, list[str]]) -> list[str] | None:
    """“亮晒比” … “亮甲、亮乙，晒丙、晒丁，比戊、比己”: a short quoted name, no word, made of the heads of a list
    quoted in the article, before or after it, in their order; the list's items are its items."""
    if content in lists and 2 <= len(content) <= 4 and not is_general_word(content) \
            and not any(ch in NUMERALS for ch in content):  # “优良一” of 优秀、良好、一般: a grade list, its 一 no count
        return lists[content]
    return None


# 戏称, 调侃, 吐槽 right before a quote: people's mocking saying about a fault (“跑三趟、盖五章…”), not a programme
_MOCKED_BEFORE = re.compile(r"(?:戏称|调侃|笑称|自嘲|吐槽|讥讽|嘲讽|揶揄)(?:为|说|道)?\s*[：:，,]?\s*$")


def _quoted_candidates(text: str) -> list[_Cand]:
    """Quotes shaped like a slogan (see classify_quoted)."""
    cands: list[_Cand] = []
    spelled_to = -1  # the end of an acronym's spelled-out list: its quotes are the acronym's items
    quotes = _quotes(text)
    lists = _lists_by_their_heads(quotes) if len(quotes) > 1 else {}
    for q in quotes:
        raw = _content(q)
        content = raw.strip()
        if q.start() < spelled_to:
            continue
        if _MOCKED_BEFORE.search(text, max(0, q.start() - 8), q.start()):
            continue  # 群众戏称“…”: a joke or complaint people repeat, no formula of the work
        kind = classify_quoted(content)
        if kind is None and (_ONE_TO_ONE.fullmatch(content) and _PAIRING_AFTER.match(text, q.end())
                             or _STARS.fullmatch(content) and _STARRED_UNIT.match(text, q.end())):
            kind = "numbered"  # “一对一”结对, “五星”支部: a pairing, a star rating of units
        if kind is None and _TWO_UNDER_ONE_HEAD.fullmatch(content) and content[0] not in _NOT_HEADS \
                and not is_general_word(content) and _PROGRAMME_AFTER.match(text[q.end():q.end() + 7].removeprefix("工作")):
            kind = "repeated"  # “谈优谈差”工作机制, “评星定级”…: two parts under one repeated head, named a method
        if kind is None and _virtues_named(content, text, q.end()):
            kind = "stages"  # “忠专实”“勤正廉”导向: qualities of cadres, one character each, named a standard
        if kind is None and _describes_a_pair(content) and not is_general_word(content) and content[1] not in _PLANNED_UNITS:
            kind = "numbered"  # “一升一降”, “一老一小”: set in quotes, the pair is named as a formula (一南一北 unquoted is
            # not; “一人一间” gives each person a room: an arrangement)
        if kind is None and (spelled := _acronym_spelled(content, text, q.end())):
            a = q.start() + 1 + (len(raw) - len(raw.lstrip()))
            cands.append((a, a + len(content), content, "acronym", None, spelled[0]))
            spelled_to = spelled[1]
            continue
        if kind is None and lists and (listed := _acronym_of_a_list(content, lists)):
            a = q.start() + 1 + (len(raw) - len(raw.lstrip()))
            cands.append((a, a + len(content), content, "acronym", None, listed))
            continue
        if kind == "chain" and _ROUTE_AFTER.match(text, q.end()):
            continue  # “西宁—湟中—贵德”旅游专线, “中国—东盟—南亚”博览会: stops of a route, parties of a fair
        if kind == "chain" and (joined := "".join(_CHAIN_LINK.split(content))) in lexicon()[0]:
            a = q.start() + 1 + (len(raw) - len(raw.lstrip()))
            cands.append((a, a + len(content), content, "lexicon", joined, None))
            continue  # “选—育—管—用”: the lexicon's formula written with dashes
        if kind == "enumeration" and _faults_listed(text, q.start(), q.end()):
            continue  # “虚、懒、散”等不良风气, 整治“庸、懒、散”: faults listed (a list of problems is no slogan)
        if kind == "enumeration" and not _formula_anywhere(content) and (
                _TOPICS_AFTER.match(text, q.end()) or _QUESTIONS_LISTED_AFTER.match(text, q.end())
                or not _names_a_programme(text, q.start(), q.end()) and not _parallel_phrases(content, text, q.end())):
            continue  # (围绕“考什么、怎么考、怎么用”等问题: questions listed, whatever verb comes before)
        if kind is None and (part := national_parts().get(content)) and part[1] in text and _EXPLAINED_PART.match(text, q.end()):
            a = q.start() + 1 + (len(raw) - len(raw.lstrip()))
            cands.append((a, a + len(content), content, "numbered", part[0], None))
            continue  # “一身份” after “三龄两历一身份”: a part of the formula, quoted alone (一身 reads as a word)
            # (explained right after it: “一岗”多责, “一选”是镇里的测评 only share a character or two with the part)
        named = _programme_named_after(content, kind, text, q.end())
        if named and _CODE_NAME.fullmatch(content):  # “125”工程, “5313”行动计划: the programme word makes the quoted
            # code a formula, but the name is the code the quote sets apart (as “六大人才”行动 is 六大人才)
            cands.append((q.start() + 1, q.end() - 1, content, "numbered", None, None))
            continue
        if named:  # “万名干部驻村”计划: the programme word after the quote names it with the people counted
            a = q.start() + 1
            cands.append((a, q.end() + len(named.group(0)), content + named.group(0), "numbered", None, None))
            continue
        if kind == "numbered" and _JOINT_UNITS.fullmatch(content) and (joint := _JOINT.match(text, q.end())):
            cands.append((q.start() + 1, joint.end(), content + joint.group(0), "numbered", None, None))
            continue
        if _DIGITS_NAME.fullmatch(content) and _NUMBER_PLAN.match(text, q.end()):
            cands.append((q.start() + 1, q.end() - 1, content, "numbered", None, None))
            continue
        a = q.start() + 1 + (len(raw) - len(raw.lstrip()))
        if (kind == "enumeration" or kind is None and _COUNTED_LIST.fullmatch(content)) and (own := _formulas_listed(content)):
            cands += [(a + i, a + i + len(item), item, item_kind, None, None) for i, item, item_kind in own]
        elif kind and not (kind == "numbered" and _national_then_noun(content)):
            cands.append((a, a + len(content), content, kind, None, None))
            if kind == "enumeration":
                cands += _formulas_among_items(content, a)
        elif kind is None and (_COMMA_PHRASES.fullmatch(content) and _COMMA_LIST_NAMED.match(text, q.end())
                               or _COMMA_PHRASES_OF_FIVE.fullmatch(content) and _COMMA_LIST_A_RULE.match(text, q.end())) \
                and len({len(i) for i in _ITEMS_SPLIT.split(content)}) == 1:
            cands.append((a, a + len(content), content, "enumeration", None, None))
            cands += _formulas_among_items(content, a)  # (“甲乙丙丁,双戊双己”导向: 双戊双己 a formula of its own too)
        elif _PAIR_WORD.fullmatch(content) and not content.startswith(("双月", "双周")) \
                and (_PROGRAMME_AFTER.match(text[q.end():q.end() + 5]) or _PAIR_NAMED.match(text, q.end())) \
                or kind is None and _spelled_in_brackets(content, text, q.end()):
            cands.append((a, a + len(content), content, "numbered", None, None))
    return cands


# “事先告知，公开透明”的原则, “幸福生活，快乐工作”为主题, “一线考察，依事识人”长效机制: two or three
# phrases of one length (three or four characters) set apart by commas, named right after the quote as a
# principle, aim, theme or mechanism, are a formula (unnamed, “麻雀虽小，五脏俱全” is a saying)
_COMMA_PHRASES = re.compile(rf"[{CJK}]{{3,4}}(?:[，,][{CJK}]{{3,4}}){{1,2}}")
# “甲乙式培训,丙丁制考核”的原则: phrases of five named as a principle or mechanism, a rule of the work (not a theme
# or an aim: quoted lines of five are slogans of an event, sentences)
_COMMA_PHRASES_OF_FIVE = re.compile(rf"[{CJK}]{{5}}(?:[，,][{CJK}]{{5}}){{1,2}}")
_COMMA_LIST_A_RULE = re.compile(r"[”\"]?\s*的?(?:原则|机制)")
_COMMA_LIST_NAMED = re.compile(rf"[”\"]?\s*(?:的|这一|为)?[{CJK}]{{0,2}}?(?:原[则則]|目[标標]|主[题題]|[机機]制|理念|思路|方[针針]|[导導]向)")  # (pages in traditional characters too)


# “访惠聚”(“访民情、惠民生、聚民心”…): a short name made of one character of each item in brackets after it
_SPELLED_AFTER = re.compile(r"\s*[（(]\s*[“\"]?(?P<items>[^（）()“”\"\n]{3,60}?)(?=[”\"）)])")


def _acronym_spelled(content: str, text: str, end: int) -> tuple[list[str], int] | None:
    """(the items, the end of the brackets) when the quoted ``content`` abbreviates the list after it."""
    if not 2 <= len(content) <= 4 or not _HAN_ONLY.fullmatch(content):
        return None
    m = _SPELLED_AFTER.match(text, end)
    items = [i.strip() for i in re.split("[、,，]", m["items"])] if m else []
    if len(items) != len(content) or not all(1 < len(i) <= 6 and ch in i for ch, i in zip(content, items)):
        return None
    close = text.find("）", m.end()) if "）" in text[m.end():m.end() + 20] else text.find(")", m.end())
    return items, (close + 1 if 0 <= close - m.end() <= 20 else m.end())


def _programme_named_after(content: str, kind: str | None, text: str, end: int) -> re.Match[str] | None:
    """The programme word after a quote that names the programme with it: “125”工程, “万名干部驻村”计划,
    “千名党员”进党校轮训工程 (not “百名书记”带头推进民生工程: the people counted act on a programme)."""
    if _CODE_NAME.fullmatch(content):
        return _NUMBER_NAME.match(text, end)  # (“一二三”工作法)
    if kind not in (None, "numbered") or not _HUNDREDS_OF.fullmatch(content):
        return None
    named = _HUNDREDS_NAME.match(text, end)
    return None if named and _ACTS_ON.search(named.group(0)[:-2]) else named


def _spelled_in_brackets(content: str, text: str, end: int) -> bool:
    """“三门”（家门—校门—机关门）: a quoted count that reads like an amount (三门, 两节) is a formula
    when brackets right after it spell out exactly as many parts."""
    n = _count(content) if 2 <= len(content) <= 4 and content[0] in NUMERALS and content[-1] not in _PEOPLE_OR_TIME else None
    return isinstance(n, int) and n >= 2 and text[end:end + 1] in "（(" and len(_components_after(text, end, n)) == n


# “三人”（甲、乙、丙）, “两天”（周二、周五）, “两节”: people, days and holidays spelled out, no formula
_PEOPLE_OR_TIME = frozenset("人名位个天日年月周次节期批")


def _national_then_noun(content: str) -> bool:
    """“五社联动导师”: a national formula and the people or thing it names, quoted together; the
    formula is found on its own (lexicon), the quote is a term, not a local formula."""
    forms, _ = lexicon()
    # the formula is a form of two or more characters that leaves one to three after it: look those
    # prefixes up rather than scan every form
    n = len(content)
    return any(content[:j] in forms and not _DIGIT_OR_NUMERAL.search(content, j) and (j >= 3 or content[j:] in _MEMBERS)
               for j in range(max(2, n - 3), n))


_DIGIT_OR_NUMERAL = re.compile(rf"[\d{NUMERALS}]")


# “两委班子”: a two-character formula and the body it names (“双百工程” stays a name of its own)
_MEMBERS = ("班子", "成员", "干部", "委员", "换届")


# “双联”行动, “双带”能力: a pair's name that is also a dictionary word, made a formula by what it names
# (a programme word or 能力; “双语”干部 are bilingual cadres)
_PAIR_WORD = re.compile(rf"双[{CJK}]")
_PAIR_NAMED = re.compile(r"能力")


# “5个严禁、17个不准、5个一律”: rules counted with 个, listed
_COUNTED_LIST = re.compile(rf"(?:[\d{NUMERALS}]+个[{CJK}]{{2,4}}、)+[\d{NUMERALS}]+个[{CJK}]{{2,4}}")


def _one_frame(items: list[str]) -> bool:
    """“十人在岗、百人在村”: the numerals change, the words after them open alike (人在): a ladder of
    parts of one formula, not formulas of their own."""
    rests = [_NUM_RUN.sub("", i, count=1) if _NUM_RUN.match(i) else None for i in items]
    if len(rests) < 2 or None in rests:
        return False
    frame = commonprefix(rests)
    return len(frame) >= 2 and frame[0] != "个"  # (“三个一批、五个一线”: formulas counted with 个, each its own)


def _formulas_listed(content: str) -> list[tuple[int, str, str]]:
    """“六争攻坚、三年攀高”: formulas of their own, each with its numeral (the numerals differ; one
    numeral shared, 两不误、两促进, makes one formula of the list): (offset, item, kind) each."""
    items, out, pos = content.split("、"), [], 0
    shared = len({item[:1] for item in items}) < len(items) and not _COUNTED_LIST.fullmatch(content)
    if shared or any(len(i) < 3 for i in items) or _one_frame(items):
        return []  # (rules counted with 个, “5个严禁、17个不准、5个一律”, are each a formula though 5 repeats)
    for item in items:
        kind = classify_quoted(item)
        if kind not in ("numbered", "lexicon"):
            return []
        out.append((pos, item, kind))
        pos += len(item) + 1
    return out


def _formulas_among_items(content: str, a: int) -> list[_Cand]:
    """“甲乙丙丁、双整双创”: an item of a quoted list that is a numbered formula of its own, among items that are
    none, is also an entry of its own (the list keeps it as an item); not “两不误、两促进”, numbered items
    all, one formula."""
    if _list_groups(content):  # (一月一查、一季一评;半年一考、全年一总: the semicolon parts items too)
        items = _item_spans(content)
        out = [(a + k, a + k + len(item), item, "numbered", None, None) for k, item in items
               if classify_quoted(item) == "numbered"]
        return out if len(out) < len(items) else []
    items = [(m.start(), m.group(0)) for m in _ONE_ITEM.finditer(content)]  # (a comma parts items too: 甲乙丙丁,双戊双己)
    out = [(a + k, a + k + len(item), item, "numbered", None, None) for k, item in items if classify_quoted(item) == "numbered"]
    return out if len(out) < len(items) else []


_ONE_ITEM = re.compile(r"[^、,，]+")


# What a count names when it names nothing of its own (三个方面): its items are the formula.
_COUNTED_NOUN = re.compile(r"^[二三四五六七八九十两]{1,2}(?:个|张|项|条|种|道|大)")  # (三个|环节: the noun counted)
_TEXT_UNITS = frozenset("字词")  # (三个字, 四个词: the words of the quote, counted)
_GENERIC_TAILS = ("方面", "部分", "层面")  # (三个重要方面: any noun ending so)
_GENERIC_COUNTED = _GENERIC_TAILS + ("环节", "步骤", "重点", "职责", "阶段", "任务", "流程")  # the parts of any work, not a name
# “甲”“乙”“丙”三大主题, 甲、乙、丙三个板块: the topics, sections or modules a course, a forum or a case collection
# is divided into, counted, are no formula of their own (the topics quoted one by one stay terms); not a
# campaign named by them (三大主题活动, 四个专题教育)
# (nor 四个主题实践活动, 三大主题宣讲活动, 三大主题教育活动: a campaign's word after a word of its kind;
# resources/course_divisions.tsv)
_COURSE_DIVISIONS = word_table("course_divisions.tsv")
_CONTENT_DIVISIONS = tuple(w for w, kind in _COURSE_DIVISIONS if kind == "division")
_CAMPAIGN_AFTER_DIVISION_RE = re.compile(
    "(?:" + "|".join(w for w, kind in _COURSE_DIVISIONS if kind == "campaign_kind") + ")?"
    "(?:" + "|".join(w for w, kind in _COURSE_DIVISIONS if kind == "campaign") + ")")
# (not ‘好学’‘好吃’‘好住’‘好游’四大主题: quoted topics under one repeated head make a formula of their own)
_QUOTED_RUN_BEFORE = re.compile(r"(?:[“‘\"][^“”‘’\"\n]{1,12}[”’\"]、?){2,}$")
_QUOTED_TOPIC = re.compile(r"[“‘\"]([^“”‘’\"\n]+)[”’\"]")


def _course_divisions_counted(text: str, m: re.Match[str], noun: str) -> bool:
    """“甲”“乙”“丙”三大主题: the counted ``noun`` opens with a course's division, and names no campaign
    (三大主题活动) and no quoted topics under one head."""
    if noun[:2] not in _CONTENT_DIVISIONS:
        return False
    return not _CAMPAIGN_AFTER_DIVISION_RE.match(noun[2:] + text[m.end():m.end() + 6]) and not _topics_under_one_head(text, m.start())


def _topics_under_one_head(text: str, at: int) -> bool:
    """The quoted items right before ``at`` (‘好学’‘好吃’‘好住’‘好游’四大主题) share one head: a formula of their
    own, not the topics of a course."""
    run = _QUOTED_RUN_BEFORE.search(text, max(0, at - 80), at)
    return bool(run) and _one_head(_QUOTED_TOPIC.findall(run.group(0)))


_OPTIONS = "选项"  # (a scale quoted as one unit names a rating, 分“好、较好、一般、差”四个等次; options name none)
_GRADES = _GRADE_WORDS + (_OPTIONS,)  # (“优秀”、“称职”…四个等次打分: the grades of any rating, counted)


# “甲、乙、丙”三重定位, 甲、乙和丙的三重驱动, “甲+乙+丙+丁”四维培养体系: a formula counting the layers
# (重) or dimensions (维) of the list right before it, as many as it counts (not 二维码 alone)
_LAYERED = re.compile(rf"([二三四五六七八九十两])[重维](?!码)[{CJK}]{{2}}(?:体系)?")
_LAYER_ITEMS = re.compile(r"\s*[、,，+＋]\s*|和|及|与")


def _layers_listed(text: str, start: int) -> list[str]:
    """The items of the list right before ``start``: a quoted list (closing quote, blanks allowed), or
    an unquoted one in the same clause that ends in 的."""
    head = text[max(0, start - 60):start].rstrip(" \u3000")
    if head.endswith(("”", '"')):
        q = max(head.rfind("“"), head.rfind('"', 0, len(head) - 1))
        listed = head[q + 1:-1] if q >= 0 else ""
    elif head.endswith("的"):
        listed = _strip_lead_verbs(CLAUSE_END.split(head[:-1])[-1])
    else:
        return []
    items = [i for i in _LAYER_ITEMS.split(listed.strip()) if i]
    return items if len(items) >= 2 and all(2 <= len(i) <= 6 and _HAN_ONLY.fullmatch(i) for i in items) else []


def _names_a_year_plan(text: str, m: re.Match) -> bool:
    """五年轮训提升计划 names a plan; 三年超额完成计划 (the years it took), 任职五年干部交流计划 (the cadres' years)
    do not."""
    words = m.group(1)
    if _PLAN_CARRIED_OUT.search(words):
        return False
    return not (_CADRES_FIRST.match(words) and _SERVED_BEFORE.search(text, max(0, m.start() - 2), m.start()))


def _shaped_candidates(text: str, never: frozenset[str], words: list[tuple[int, int]] | None) -> list[_Cand]:
    """Unquoted formulas found by their shape: 1+2+X, 三访三评, 三年行动计划, 三张清单 with its
    items beside it, 三个“一线”."""
    cands: list[_Cand] = []
    for m in (finditer_near(_PLUS, _PLUS_SIGN, 1, text) if "+" in text else ()):  # (tried just before each +)
        if _ARITHMETIC.match(text, m.end()) or text[max(0, m.start() - 1):m.start()] in ("=", "＝"):
            continue  # 1+1+1>3 is arithmetic
        cands.append((m.start(), m.end(), m.group(0), "numbered", None, None))
    for m in _PAIRED.finditer(text):
        cand = _paired(text, m, never, words)
        if cand:
            cands.append(cand)
    # 开展大学习、大讨论活动: campaigns under the head 大, named a campaign (every such list holds 、大)
    for m in (_GREAT_LIST.finditer(text) if "、大" in text else ()):
        cands.append((m.start(), m.end(), m.group(0), "enumeration", None, None))
    for m in (finditer_near(_POSTS_AND_GRADES, _POST_CHAR, 1, text, near=1) if "岗" in text else ()):
        if parse_chinese(m.group(2)) >= 3 * parse_chinese(m.group(1)):  # several grades to each post (18 over 3)
            cands.append((m.start(), m.end(), m.group(0), "numbered", None, None))
        # (not one cadre's point on the scale, 从二岗四级晋升为三岗一级, nor 专技十二岗七级: no scale's whole)
    for m in _YEAR_PLAN.finditer(text):
        cands.append((m.start(), m.end(), m.group(0), "numbered", None, None))
    for m in finditer_near(_YEAR_PLAN_NAMED, _YEAR_CHAR, 1, text, near=1):
        if not _splits_word(words, m.start()) and _names_a_year_plan(text, m):
            cands.append((m.start(), m.end(), m.group(0), "numbered", None, None))
    for m in (_NAMED_YEAR_PLAN.finditer(text) if "年" in text else ()):
        # “甲乙”3年培养计划: a programme's quoted name, then its years and plan (the name stays a quoted term too)
        cands.append((m.start(1), m.end(), m.group(1) + m.group(2), "numbered", m.group(1) + m.group(2), None))
    for m in _LAYERED.finditer(text):
        items = _layers_listed(text, m.start())
        if items and len(items) == parse_chinese(m.group(1)):
            cands.append((m.start(), m.end(), m.group(0), "numbered", None, items))
    for m in _UNQUOTED.finditer(text):
        # Unquoted local formulas only with their items beside them, as many as they promise:
        # 三张清单（任务清单、…）, “定标+选聘”“考核+激励”…三个组合.
        n = parse_chinese(m.group(1) or m.group(2))
        items = _components_after(text, m.end()) or _components_before(text, m.start())
        if not n or len(items) != n or m.group(0) in never or m.group(0).endswith("问题") \
                or is_general_word(m.group(0)) and not _UNITED.fullmatch(m.group(0)) \
                or _national_then_noun(m.group(0)):
            continue  # (“甲、乙、丙”三个问题: questions asked, no formula; …五大振兴目标: the national formula's aim)
        noun = _COUNTED_NOUN.sub("", m.group(0))
        if noun[:1] in _TEXT_UNITS:
            continue  # “甲、乙、丙”三个字来概括: the quoted words counted, no formula named after them
        generic = noun.endswith(_GENERIC_TAILS) or noun in _GENERIC_COUNTED or noun.startswith(_GRADES)
        if generic or _course_divisions_counted(text, m, noun):  # “甲、乙、丙”三个方面: the quoted list is the formula
            q = text.rfind("“", max(0, m.start() - 60), m.start())
            short = all(len(i) <= 4 for i in text[q + 1:m.start() - 1].split("、"))  # (GUIDELINES: items of 4 at most)
            options = noun.startswith(_OPTIONS)  # (“满意、基本满意、不满意”三个选项: a questionnaire's answers to tick)
            if q >= 0 and text[m.start() - 1:m.start()] == "”" and "、" in text[q:m.start()] and short and not options:  # (not “选”“育”“管”)
                cands.append((q + 1, m.start() - 1, text[q + 1:m.start() - 1], "enumeration", None, None))
            continue
        cands.append((m.start(), m.end(), m.group(0), "numbered", None, None))
    for m in (_COUNT_AFTER_LIST.finditer(text) if "、" in text else ()):
        # 甲、乙、丙和丁等四项制度: an unquoted list, then its count and what it makes (a system, a mechanism, a
        # programme: resources/programme_words.txt), as many items as counted (甲镇、乙镇等三个乡镇 counts places)
        n, noun = parse_chinese(m.group(1)), m.group(2)
        if noun in _PROGRAMME_NOUNS and noun not in _GENERIC_COUNTED and m.group(0) not in never \
                and len(items := _components_before(text, m.start(), n)) == n:  # (甲、乙…七个环节: the steps of any work)
            cands.append((m.start(), m.end(), m.group(0), "numbered", None, _first_as_long(items)))
    for m in (_RULES_HEADED.finditer(text) if "：\n" in text or ":\n" in text else ()):
        # 坚持以下原则：⏎（一）甲乙丙丁，戊己庚辛⏎（二）…: each line under a heading that names them principles is a
        # formula of its own, a pair of four-character phrases (the lines of a rule book, unquoted)
        pos = m.end()
        while line := _RULE_LINE.match(text, pos):
            cands.append((line.start(1), line.end(1), line.group(1), "enumeration", None, None))
            pos = line.end()
    for m in (_UNITED_PLAIN.finditer(text) if "位一体" in text else ()):
        # 甲、乙、丙等四位一体的方式: parts made one, a formula's name by its shape, quoted or not (the items the
        # page lists before it need not be as many: the count names the whole)
        cands.append((m.start(), m.end(), m.group(0), "numbered", None, None))
    for m in (_ONE_MANY_LISTED.finditer(text) if "多" in text else ()):
        # 做到一室多用、一所多能: one thing for many uses, two or more such rules listed, each a formula of its own
        # (unquoted: the list of them marks them; an idiom of the dictionary, 一举多得, stays a word)
        for item in _ONE_MANY.finditer(text, m.start(), m.end()):
            if item.group(0) not in never and not is_general_word(item.group(0)):
                cands.append((item.start(), item.end(), item.group(0), "numbered", None, None))
    for m in (_STEPS_COUNTED.finditer(text) if "：" in text or ":" in text else ()):
        items = _steps_listed(text, m.end())
        if len(items) == parse_number(m.group(1)) >= 2:  # 必经6道关口：甲、乙、丙…: a procedure's steps, all listed
            cands.append((m.start(), m.end() - 1, m.group(0)[:-1], "numbered", None, items))
    for m in (_COUNTED_QUOTE.finditer(text) if "“" in text else ()):
        written = m.group(1) + m.group(2) + m.group(3)
        if written not in never and not _splits_word(words, m.start()):
            cands.append((m.start(), m.end(), written, "counted", written, None))
    return cands


# 6道关口：…, 三个环节：…: a procedure's steps (checkpoints, stages, steps), counted, then listed after a colon
_STEPS_COUNTED = re.compile(r"(?=[\d二三四五六七八九十两])(?<![\d.])(\d{1,2}|[二三四五六七八九十两]{1,2})(?:道|个|项|步)(?:关口|关|环节|步骤|程序)[:：]")
_STEP_ITEM = re.compile(rf"[{CJK}]{{2,10}}")


def _steps_listed(text: str, start: int) -> list[str]:
    """The items of the 、-list after the colon at ``start`` up to the sentence's end, each a short phrase."""
    end = _SENTENCE_END.search(text, start)
    items = text[start:end.start() if end else len(text)].split("、")
    return items if all(_STEP_ITEM.fullmatch(i) for i in items) else []


def _describes_a_pair(c: str) -> bool:
    """一南一北, 一枝一叶, 一人一间: the two halves make an everyday word (南北, 枝叶, 人间), so the
    phrase describes a pair; a formula pairs what no word joins (一村一策, 一岗一责)."""
    return len(c) == 4 and c[0] == c[2] == "一" and is_general_word(c[1] + c[3])


# 一镇一方案, 一村一规划: a unit that gets its own plan (not 一坐一整天: a verb)
_PLANNED_UNITS = frozenset("村镇乡县户人企校岗事周月季年")  # (一周一座谈: a task for each period)


_TIME_UNITS = frozenset(("天", "夜", "日", "晚", "年", "月", "周", "时", "小时"))
_VERB_MEASURES = frozenset("遍回站次趟下番顿场")  # 一改三遍, 一跑两回: how many times, no second action
_A_OR_ORDINARY = frozenset("个名位般等")  # 一个, 一名, 一位: "a"; 一般, 一等: ordinary, first-class
_CLASSIFIERS = frozenset("场个种")  # 一场, 一个, 一种: "a" (一次双签, 一件双办 may pair a step and its halves)
# 一次, 一批, 一轮: how often or how many at once, a count that runs into the next word when that word opens with 一
# (召开一次一线工作会, 选派一批一流人才); a formula pairs a unit with what it gets (一村一策, 一月一评, 一人一档)
_ONCE_OR_A_BATCH = _VERB_MEASURES | frozenset("批轮期")


def _paired(text: str, m: re.Match[str], never: frozenset[str], words) -> _Cand | None:
    """An unquoted paired formula: 三访三评, 一岗双责 (halves of one length, each a numeral and one
    or two characters, the numerals alike), not cut out of a longer word."""
    n1, a, n2, b = m.groups()
    plan = n1 == n2 == "一" and len(b) > len(a) and a in _PLANNED_UNITS and is_general_word(b)  # 一镇一方案
    if len(b) > len(a) and not plan:
        b = b[:len(a)]  # 三访三评活动: the second half as long as the first
    start, end = m.start(), m.start() + 2 + len(a) + len(b)
    s = text[start:end]
    if len(a) != len(b) and not plan or a[0] == b[0]:
        return None  # 一代又一代, 一批又一批: a repetition, not two items
    if n1 == "一" and n2 == "双" and a[0] in _CLASSIFIERS:
        return None  # 一场双向奔赴, 一个以双季稻…: 一场 is "a", 双向 an ordinary word (一岗双责 pairs a post and two duties)
    if n1 == "一" and (a[0] in _A_OR_ORDINARY or a in _ONCE_OR_A_BATCH) and is_general_word(n2 + b[0]) \
            and (is_cjk(text[end:end + 1]) and text[end] not in "和与及" or b in _TIME_UNITS or b[0] in _A_OR_ORDINARY):
        return None  # 一名一般干部, 一个一定规模的, 一般一个村: "a" or "ordinary", the next 一 opens a word that goes on;
        # 一般一周, 一个一等: ordinarily a week, a first-class one; 一次一线工作: once, then 一线 opens a word (一名一档，,
        # 一般一档、, 一位一策帮扶, 一次一清: the pair closes there, or its second half is no word: a formula)
    if n1 == "一" and start and text[start - 1] in "此这那该每":
        return None  # 仅此一项一年要…: this one item, then a year; 每一项: each, no formula
    if "之" in a + b or a[0] in "至到或和及与比":
        return None  # 三分之一, 一县之长, 一至五星: a fraction, a title or a range, not two items
    if len(a) > 1 and a[-1] == "不" or b[-1] in "的地得了着过":
        return None  # 一支不一样的: 不 negates the word the second numeral opens; a particle closes a phrase
    if _describes_a_pair(s):
        return None
    if a in _TIME_UNITS and b in _TIME_UNITS or any(len(h) == 2 and h[-1] in "省市县区州镇乡" for h in (a, b)):
        return None  # 两天两夜: a duration; 万宁市万城镇: a city and its town, 万 in their names
    if _splits_word(words, start) or _splits_word(words, end) or _splits_word(words, start + 1 + len(a)) \
            or s in never or is_general_word(s):
        return None  # …, 一要统一思想: the second numeral is inside 统一
    if n1 != n2 and (n1, n2) != ("一", "双") and not (len(a) == len(b) == 1 and predicate_tag(a) == predicate_tag(b) == "v"
                                                   and b not in _VERB_MEASURES):
        return None  # 一天三次, 两省五地: unquoted, different numerals mostly count things (三改一拆: two actions, a campaign)
    if n1 == "一" and _DASH_CHAIN.search(text, max(0, start - 3), min(len(text), end + 4)):
        return None  # 沟通一反馈一整改一沟通: 一 printed for a dash between the steps, no numeral
    return start, end, s, "paired", None, None


# Steps of a cycle joined by 一 where a dash was meant: three words or more in a chain
_STEP = rf"(?:(?![{NUMERALS}])[{CJK}]){{2}}"
_DASH_CHAIN = re.compile(rf"{_STEP}一{_STEP}一{_STEP}")


def _mentions(cands: list[_Cand], forms: dict[str, LexiconEntry], taken: Taken) -> dict[str, list[_Cand]]:
    """The mentions of each slogan, by canonical form, in order of the text.

    A candidate inside a longer one stays when it is a slogan in its own right (五险一金 inside
    底薪+奖金+保险), but one mention is never counted twice (“两委” found quoted and
    through the lexicon); none overlaps a taken span.  A pair found by its shape alone (三龄两历)
    or a two-character name of the lexicon (双带) inside a longer mention with numerals of its own
    (“三龄两历一身份”, “双培双带”; not “两委会”) is part of it."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    groups: dict[str, list[_Cand]] = {}
    reach: dict[str, int] = {}  # the furthest end of a kept mention, per slogan (candidates come by start)
    outer, outer_start, outer_text = -1, -1, ""  # the furthest end of any kept mention, and that mention
    for cand in cands:
        start, end, s, kind, canonical, _ = cand
        entry = forms.get(s) or (forms.get(canonical) if canonical else None)
        if taken.overlaps(start, end) or end <= outer and _part_of_outer(kind, entry, start, end, outer_start, outer_text):
            continue
        if entry:
            canonical = entry.canonical
        elif canonical:
            pass
        elif kind == "enumeration" and _list_groups(s):
            canonical = "、".join(_ITEMS_SPLIT.split(_GROUP_MARK.sub(lambda m: m.group(0).strip(), s)))  # (groups' marks as written)
        elif kind == "enumeration":
            items = _ITEMS_SPLIT.split(s)
            canonical = "".join(items) if all(len(i) == 1 for i in items) else "、".join(items)
        else:
            canonical = national_parts().get(s, (s,))[0]  # “二历”: the part 两历 written with 二
        if not entry:
            canonical = _TWO_COUNTED.sub("两", canonical)  # “二个平台” is the standard 两个平台 (one slogan with it)
        group = groups.setdefault(canonical, [])
        if start >= reach.get(canonical, -1):
            group.append(cand)
            reach[canonical] = end
            if end > outer:
                outer, outer_start, outer_text = end, start, s
    return groups


# 二 counting with a measure word (二个, 二项) where standard writing has 两; not inside a number (十二个, 二十二项)
# nor an ordinal (第二个, 第二项: the second)
_TWO_COUNTED = re.compile(r"(?<![第一二三四五六七八九十百千万零〇\d])二(?=个|项|条|种|张|大)")


def _part_of_outer(kind: str, entry: LexiconEntry | None, start: int, end: int, outer_start: int, outer_text: str) -> bool:
    """Whether a candidate ending inside the longer mention outer_text (written from outer_start) is
    part of it: a pair found by its shape (三龄两历 in “三龄两历一身份”), a two-character lexicon name
    in a formula with numerals of its own (双带 in “双培双带”), or an unnumbered lexicon formula glued
    to a character of it (选育管用 in “选育管用备”)."""
    if kind == "paired":
        return True
    if kind != "lexicon":
        return False
    if end - start <= 2 and sum(ch in NUMERALS for ch in outer_text) >= 2:
        return True
    a, b = start - outer_start, end - outer_start
    return entry is not None and entry.count is None and 0 <= a and b <= len(outer_text) \
        and (a > 0 and is_cjk(outer_text[a - 1]) or b < len(outer_text) and is_cjk(outer_text[b]))


# 公开、公平、公正; 公开、民主、竞争、择优: a list made only of the words of the national rule for selecting
# people is that rule in one of its wordings, national wherever it is applied
_SELECTION_RULE_WORDS = frozenset(("公开", "公平", "公正", "平等", "民主", "竞争", "择优"))
# 民主推荐、组织考察、会议决定: the steps of the national rules' procedure for appointing cadres (动议, 民主推荐,
# 考察, 讨论决定, 任职), a list of them only is that procedure, national wherever it is followed
_APPOINTMENT_STEPS = frozenset(("动议", "酝酿", "民主推荐", "考察", "组织考察", "讨论决定", "会议决定", "集体讨论决定",
                                "任前公示", "公示", "任职"))


def _national_wording(kind: str, components: list[str]) -> bool:
    return kind == "enumeration" and len(components) >= 3 and (
        all(c in _SELECTION_RULE_WORDS for c in components) or all(c in _APPOINTMENT_STEPS for c in components)
        or tuple(components) in _national_item_lists())


@lru_cache(maxsize=1)
def _national_item_lists() -> frozenset[tuple[str, ...]]:
    """The fixed items of the lexicon's national formulas (信念坚定、为民服务… of the 好干部 standard): a list
    written out item by item, without the formula's name, is that national formula."""
    return frozenset(e.components for e in lexicon()[0].values() if not e.local and len(e.components) >= 3)


def _applies_a_national_plus(s: str, forms: dict[str, LexiconEntry]) -> bool:
    """“互联网+党建”: the national “互联网+” applied to one field, national; the field is no part of it."""
    head, plus, field = _unquote(s).partition("+")
    return bool(plus and field) and head + plus in forms


def _slogan(text: str, paragraphs: list[tuple[int, int, str]], canonical: str, group: list[_Cand],
            forms: dict[str, LexiconEntry]) -> Slogan:
    """One slogan from its mentions: its count, its items and the lexicon's definition."""
    start, end, s, kind, _, items = group[0]
    entry = forms.get(s) or forms.get(canonical)
    if _written_out(s, entry):
        count = None  # (its numeral is in its name, which the text does not write)
    elif entry:
        count = list(entry.count) if isinstance(entry.count, tuple) else entry.count
    elif kind == "counted":
        count = _count(re.match(f"[{NUMERALS}]+", s).group(0))  # 三个“一线” counts 3: 一线 is a word
    elif kind in ("enumeration", "principle"):
        # 两不误、两促进 counts 2; 重一线、重实干: a numeral inside an item's word counts nothing
        count = _count(s) if all(i[:1] in NUMERALS for i in s.split("、")) else None
    else:
        count = _count(s)
    n = count if isinstance(count, int) else count[0] if count and (_UNITED.fullmatch(_unquote(s)) or _COUNTED_PERCENT.match(_unquote(s))) else None  # 四位一体: four parts; 4个100%: four targets
    applied = entry is None and _applies_a_national_plus(s, forms)
    components = [] if applied else items or _components(text, paragraphs, group, kind, entry, n)
    bare = None
    if not components and not entry and kind in ("numbered", "counted") and isinstance(n, int) and n >= 2:
        components, bare = _listed_before_a_bare_mention(text, group[-1][1], _unquote(s), n)
    components = [c for c in (c.strip(_ITEM_TRIM) for c in components) if c]  # 即:甲、乙: no colon in 甲
    if isinstance(count, list) and not entry and _COUNTED_PARTS.fullmatch(_unquote(s)) and len(components) > sum(count):
        components = _parts_to_their_sum(components, sum(count), _unquote(s))
    return Slogan(
        text=_unquote(s), canonical=_unquote(canonical) if not entry else canonical,
        numbered=count is not None or bool(entry and numerals(s)), count=count, components=components,
        count_matches=(len(components) == n) if components and n else None,
        local=(entry is None or entry.local or _own_parts_united(s, components, entry)) and not applied
        and not _national_wording(kind, components) and not (entry is None and _put_forward_by_the_centre(text, group)),
        start=start, end=end, definition=entry.definition if entry else None,
        mentions=[(g[0], g[1]) for g in group] + ([bare] if bare else []),  # (the bare mention: no figure)
    )


def _written_out(s: str, entry: LexiconEntry | None) -> bool:
    """政治意识、大局意识、核心意识、看齐意识: a national formula's items written out, its name unsaid (they are
    its components)."""
    return entry is not None and s == "、".join(entry.components)


_ITEM_TRIM = " :：，,、；;"
# 总书记关于年轻干部的“六个必须做到”, 党中央提出的“甲乙”: the formula of whom the clause names as the
# one who put it forward, the party's centre, is national (not 总书记视察后，县里推出的“三个一”: the county's own)
_CENTRE_BEFORE = re.compile(r"(?:总书记|党中央)(?P<span>[^。！？!?；;，,\n“”‘’\"]{0,16}?的|提出的?|强调的?)\s*[“‘\"]?$")
# 按照总书记重要指示要求创新推出的“三个一”, 党中央部署后该县推出的: an organ's verb of launching between the
# centre and the 的 makes the formula the organ's, the centre only followed (a place named there is no sign:
# 总书记视察我县时提出的 is the centre's; so is 关于…的, a topic holding any verb: 总书记关于打造…队伍的)
_OWN_ACT_BETWEEN = re.compile("|".join(map(re.escape, word_list("own_launch_verbs.txt"))))


def _put_forward_by_the_centre(text: str, group: list[_Cand]) -> bool:
    return any((m := _CENTRE_BEFORE.search(text, max(0, g[0] - 24), g[0])) and _the_centres_own(m["span"]) for g in group)


def _the_centres_own(span: str) -> bool:
    return span.startswith("关于") or not _OWN_ACT_BETWEEN.search(span)

# 一廊三区六室, 一厅两室三区: each numeral and the one character of the kind it counts, the parts named after it
_COUNTED_PARTS = re.compile(rf"(?:[{NUMERALS}](?![{NUMERALS}])[{CJK}]){{2,4}}")


def _parts_to_their_sum(components: list[str], total: int, formula: str) -> list[str]:
    """一廊三区六室，即甲廊，乙区、…，可容纳200人: its numerals count its parts (1 + 3 + 6), a clause past them is
    the sentence going on.  An item past the sum that ends with a kind the formula counts and holds no numeral
    (一厅两室，即大厅、甲室、乙室、丙室) is a part listed all the same: the parts run on to the first that is not."""
    kinds = set(formula[1::2])
    kept = total
    while kept < len(components) and components[kept][-1] in kinds and not numerals(components[kept]):
        kept += 1
    return components[:kept]


def _own_parts_united(s: str, components: list[str], entry: LexiconEntry) -> bool:
    """五位一体 made of 电话、信访、网络…: the parts a county unites under the national formula's name, none of
    the national five, make the county's own formula."""
    if not (components and entry.components):
        return False
    if _UNITED.fullmatch(_unquote(s)):
        return not _shares_a_word(components, entry.components)
    # 两个结合 made of 甲与乙相结合、丙与丁相结合: items of its own that share with the national two only the word
    # the formula counts (结合), the county's own pair of the same name
    word = _counted_words(_unquote(entry.canonical), 2)
    if not word:
        return False
    cut = re.compile(f"[{re.escape(word)}]")  # (its characters made marks no pair of the other side holds)
    return all(word in c for c in components) \
        and not _shares_a_word([cut.sub("\x01", c) for c in components], tuple(cut.sub("\x02", c) for c in entry.components))


def _shares_a_word(items: list[str], standard: tuple[str, ...]) -> bool:
    """Some item shares two characters running with one of the national formula's standard items (its
    items as an article words them: 严以修身 of 三严三实, 农业强 of 三农)."""
    pairs = {c[k:k + 2] for c in standard for k in range(len(c) - 1)}
    return any(i[k:k + 2] in pairs for i in items for k in range(len(i) - 1)) \
        or any(len(i) == 1 and any(i in c for c in standard) for i in items)  # (选 of 选育管用)


_ONE_NUMERAL = re.compile(rf"[{NUMERALS}](?:(?![{NUMERALS}]).)+")  # 一身份, 一报告: one numeral, then its word
# 懂农业、爱农村、爱农民的“三农”工作队伍: the list before describes the people the formula qualifies
_NAMES_PEOPLE_AFTER = re.compile(rf"[”\"]?[{CJK}]{{0,2}}?(?:干部|人才|党员|队伍|人员|书记|班子|带头人)")
_COMPONENT_MENTIONS = 5  # items are listed where a slogan is introduced, not at its hundredth mention


def _components(text, paragraphs, group, kind, entry, n) -> list[str]:
    s = group[0][2]
    if _PLUS_WORD.fullmatch(_unquote(s)):
        return []  # 白加黑: single characters, no items (as 5+2), quoted or from the lexicon
    if _NUMERAL_RUN.match(_unquote(s)) and (parts := _parts_by_numeral(text, group[0][1], _unquote(s))):
        return parts
    if kind == "plus" and not re.search(r"\d", s):
        return [p for p in s.split("+") if p] if not s.endswith("+") else []  # (乌兰牧骑+: one thing, no parts)
    if "+" in s:
        # “1”即每年至少1次集中轮训，“X”即…: each part explained after it
        end = group[0][1]
        window = text[end:end + 300]
        parts = [re.search(rf"[“\"]{re.escape(p)}[”\"](?:即|是指|指)([^，,。；;]+)", window) for p in s.split("+")]
        if all(parts):
            return [m.group(1) for m in parts]
    if kind == "enumeration":
        return _items_of(s)
    if kind == "chain":
        return _CHAIN_LINK.split(s)
    if kind == "stages":
        return list(s)
    if kind == "repeated":
        u = _unquote(s)
        if _MIDDLE_RUN.fullmatch(u) and u[0] != u[3]:
            return [u[i:i + 3] for i in range(0, len(u), 3)]  # 访民情/惠民生/聚民心
        return [u[0] + part for part in u.split(u[0])[1:]]
    if _written_out(s, entry):
        return list(entry.components)
    if entry and entry.count is None:
        # An unnumbered formula is its own list: 选育管用 -> 选/育/管/用, 能上能下 -> 能上/能下.
        c = _unquote(entry.canonical)
        if "、" in c:
            written = [i for i in _ITEMS_SPLIT.split(_unquote(s)) if i]
            return written if sorted(written) == sorted(c.split("、")) else c.split("、")  # (in the order written:
            # 红脸出汗、咬耳扯袖 and 咬耳扯袖、红脸出汗 are one formula)
        if _CHAIN_LINK.search(c):
            return _CHAIN_LINK.split(c)  # 团结—批评—团结: the links of the chain
        if len(c) == 4 and c[0] == c[2]:
            return [c[:2], c[2:]]
        if "+" in c:
            return []  # 互联网+: one thing joined to whatever the work needs, no parts
        if len(c) <= 5 and not numerals(c):
            return list(c)  # (not 二十字方针: a count of characters names it, they are not its items)
    if kind == "counted":
        # 三个“一线” … then paragraphs that each open with a phrase on 一线
        m = _COUNTED_QUOTE.match(text, group[0][0])
        found = _components_paragraphs(paragraphs, group[0][1], s, n, head=m.group(3) if m else None)
        if found:
            return found
    if _ONE_MANY.fullmatch(_unquote(s)) and any(_in_one_many_list(text, a, b) for a, b, *_ in group):
        return []  # 一人多岗、一岗多责: each rule of the list is a formula of its own, its neighbours none of its parts
    one_part = _ONE_NUMERAL.fullmatch(_unquote(s)) is not None
    # a national formula's items share words with its standard ones (not 四位一体, 五位一体: whatever parts a
    # county unites); the first source whose list does is read
    standard = entry.components if entry and not _UNITED.fullmatch(_unquote(s)) else ()
    for start, end, *_ in group[:_COMPONENT_MENTIONS]:
        for found, named in _component_lists(text, paragraphs, start, end, s, n, entry, one_part):
            if found and (not standard or named or _shares_a_word(found, standard)):
                return found  # (树立“四个意识”，着力解决甲不优、乙不严: a list near a national formula, none of its items)
    return []


def _in_one_many_list(text: str, start: int, end: int) -> bool:
    """Whether ``start``–``end`` is one rule of a list of 一X多Y rules (一室多用、一所多能)."""
    lo = max(0, start - 40)
    return any(m.start() <= start and end <= m.end() for m in _ONE_MANY_LISTED.finditer(text, lo, end + 40))


def _listed_before_a_bare_mention(text: str, after: int, name: str, n: int) -> tuple[list[str], tuple[int, int] | None]:
    """“一个目标、两个平台、三个体系”, then 甲、乙、丙三个体系: a counted formula named in quotes, then written
    bare after the list it sums up; the list is its components (the bare mention is no candidate of its own: a
    character is glued before its numeral)."""
    at = text.find(name, after)
    for _ in range(3):
        if at < 0:
            break
        found = _components_before(text, at, n)
        if len(found) == n:
            return found, (at, at + len(name))
        at = text.find(name, at + len(name))
    return [], None


def _component_lists(text, paragraphs, start, end, s, n, entry, one_part):
    """Each source's items for the mention at ``start``–``end``, in the order they are tried (read lazily: the
    first that serves ends the search), with whether the source names the formula itself (items quoted side
    by side right before it, “甲”“乙”“丙”“三项机制”: a county's own three, whatever their words)."""
    yield _components_cited(text, start, s), False
    yield _quoted_pairs_after(text, end, n), False
    yield _components_grouped(text, end, s), False
    yield _components_after(text, end, n, one_part=one_part), False
    yield _listed_then_counted_after(text, end, s, n), False
    yield _ordinal_items_after(text, end, s, n), False
    yield _items_counted_by_its_verb_after(text, end, s, n), False
    yield _quoted_items_explained_after(text, end, s, n), False
    yield (None if entry else _quoted_items_of_its_tail_after(text, end, s, n)), False  # (两新组织: fixed items)
    yield _components_paired(text, end, s, n), False
    yield _components_sharing_tail(text, end, s, n), False
    yield _pair_of_its_word_after(text, end, s, n), False
    yield (None if entry else _components_paragraphs(paragraphs, end, s, n)), False  # (两委: fixed items, no headings)
    yield (None if entry else _negations_quoted_in_paragraphs(paragraphs, end, s, n)), False
    yield _components_sharing_head_before(text, start, s, n), False
    yield _components_before_people(text, start, end, s, n), False
    yield _components_sharing_tail_before(text, start, s, n), False
    yield _kinds_listed_before(text, start, s, n), False
    yield _quoted_list_of_the_head_before(text, start, s, n), False
    yield _quoted_run_before(text, start, n), True
    yield _components_sharing_head(text, end, s, n), False
    yield (None if entry else _quoted_words_of_the_count(text, end, s, n)), False
    yield (None if entry else _verbs_fused_before(text, start, n)), False
    yield (None if entry else _components_headed_later(text, end, s, n)), False
    yield (None if entry else _counted_list_earlier(text, start, n)), False
    yield _rules_of_its_word_after(text, end, s, n), False
    yield _items_holding_its_word_after(text, end, s, n), False


# 甲、乙和丙三个方面, 甲、乙、丙3个考核参数: a list closed by its own count and a word of the parts of a whole
_LISTED_THEN_COUNTED = re.compile(
    rf"(?<![{CJK}])([{CJK}]{{2,10}}(?:、[{CJK}]{{2,10}})+)([{NUMERALS}\d]{{1,2}})(?:个|项|大)?[{CJK}]{{0,2}}?"
    r"(?:方面|维度|环节|参数|要素|层面|板块|模块|步骤|部分)")
_LIST_LEAD = re.compile(r"^(?:狠抓|突出|聚焦|围绕|包括|涵盖|注重|将|把|从|对|在|抓)(?=..)")
# the rest of the sentence right after a formula (its closing quote skipped), and the few words that may open
# it before the list
_SENTENCE_AFTER = re.compile(r"[”\"]?[^。！？!?；;\n“]{0,60}")
_SHORT_LEAD = re.compile(rf"[{CJK}]{{0,12}}[，,]?")
# 从甲、乙、丙三个方面评议, 在甲、乙、丙三个环节发力: where the work is done, the formula's parts only when it
# unites them (三维一体: 从甲、乙、丙三个维度)
_LIST_WHERE = re.compile(r"^(?:突出|聚焦|围绕|注重|从|对|在)")


def _listed_then_counted_after(text: str, end: int, s: str, n: int | None) -> list[str]:
    """狠抓“三项机制”甲、乙、丙三个方面; 实行“三维一体”机制，将甲、乙和丙3个考核参数结合: in the
    sentence right after the formula, a 、-list of as many items as it counts, closed by that count and a
    word of parts (方面, 维度, 环节, 参数…), spells it out (not 甲镇、乙镇、丙镇3个乡镇: places, no parts)."""
    if not n or not 2 <= n <= 8:
        return []
    sentence = _SENTENCE_AFTER.match(text, end, end + 61).group(0).lstrip("”\"")
    for m in _LISTED_THEN_COUNTED.finditer(sentence):
        if parse_number(m.group(2)) != n:
            continue
        if not _SHORT_LEAD.fullmatch(sentence[:m.start()]):
            continue  # (“三级联动”，县、乡、村三级共同发力，围绕甲、乙、丙三个环节: a later clause's list, not the formula's)
        items = m.group(1).split("、")
        if len(items) == n - 1:
            items[-1:] = [i for i in re.split(r"和|及|与", items[-1], maxsplit=1) if i]
        lead = _LIST_LEAD.match(items[0])
        if lead and get_segmenter().cut(items[0])[0] == lead.group(0):  # (在线学习, 对口帮扶: no lead, a word)
            if _LIST_WHERE.match(items[0]) and not _UNITED.fullmatch(_unquote(s)):
                continue
            items[0] = items[0][lead.end():]
        if len(items) == n and all(2 <= len(i) <= 8 for i in items) and len(items[0]) <= max(map(len, items[1:])) + 2:
            return items  # (该体系由甲、乙、丙三个部分组成, 全县从甲、乙、丙: a subject's words make no first item)
    return []


def _verbs_fused_before(text: str, start: int, n: int | None) -> list[str]:
    """坚持培引“双轮驱动”: as many one-character verbs as the quoted formula counts, fused right before its quote
    into no word (培养 and 引进 as 培引), are its parts (not 做到“两不误”: a word; not 村社“两委”: no verbs)."""
    if not n or not 2 <= n <= 3 or text[start - 1:start] not in ("“", '"') or start <= n:
        return []
    fused = text[start - 1 - n:start - 1]
    if not _HAN_ONLY.fullmatch(fused) or is_general_word(fused) or not all(predicate_tag(c) == "v" for c in fused):
        return []
    if start - 2 - n >= 0 and is_general_word(text[start - 2 - n:start - n]) and not _cut_before(text, start - 1 - n, start - 1):
        return []  # 组织要解“三难”: the first verb closes a word before it (组织), the run is no fused verbs
        # (县委培引“双轮驱动”, 着力抓促“双提升”: 委培 and 力抓 are words too, but 县委 and 着力 close before 培, 抓)
    return list(fused)


_HAN_RUN_BEFORE = re.compile(rf"[{CJK}]{{1,16}}$")


def _han_run_before(text: str, stop: int) -> str:
    """The Chinese characters running up to ``stop``, sixteen at most ("" where another character stands
    right before it): the words of the clause that ends there, as far as a segmenter needs them."""
    m = _HAN_RUN_BEFORE.search(text, max(0, stop - 16), stop)
    return m.group(0) if m else ""


def _cut_before(text: str, at: int, stop: int) -> bool:
    """Whether the words of the clause running up to ``stop`` are cut right at ``at`` (乡村组织要解: not at 织)."""
    clause = _han_run_before(text, stop)
    edge = len(clause) - (stop - at)
    return edge in accumulate(len(w) for w in get_segmenter().cut(clause))


# 第一个行动就是“万人植树”行动: an item that is a quoted name and the word the formula counts is the name (no
# stray ” left in it); quotes inside an item otherwise (“党建”与“产业”相结合) are no part of its words
_QUOTED_NAME_ITEM = re.compile(r"\s*[“\"]([^“”\"]+)[”\"]\s*(.*)")


def _ordinal_item(clause: str, word: str) -> str:
    name = _QUOTED_NAME_ITEM.fullmatch(clause)
    if name and name.group(2) in ("", word):
        return name.group(1)
    return re.sub(r"[“”\"]", "", clause).strip()


def _ordinal_items_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """做好两个结合：第一个结合是甲…，…第二个结合是乙…: each item opened by its ordinal and the word the formula
    counts (第一个结合是, 第二项机制：), as many as it counts, each up to the end of its clause."""
    if text.find("第一", end, end + 122) < 0:  # the first item opens within 120 characters (most formulas have none)
        return []
    word = _counted_words(_unquote(slogan), n)
    if not word or n > 10:
        return []
    window = text[end:end + 600]
    items, pos = [], 0
    for k in range(1, n + 1):
        m = re.compile(rf"第{_ORDINAL_IS[k - 1]}(?:个|项|条|大)?{re.escape(word)}(?:就?是|[：:])\s*").search(window, pos)
        if not m or k == 1 and m.start() > 120:
            return []
        clause = _ordinal_item(re.split(r"[，,。；;！？\n]", window[m.end():])[0], word)
        if not 2 <= len(clause) <= 30:
            return []
        items.append(clause)
        pos = m.end()
    return items


# 三怕, 七看, 四问: a numeral and the one character (mostly a verb) each item opens with
_NUMERAL_AND_VERB = re.compile(rf"[二三四五六七八九十两]([{CJK}])")


def _items_counted_by_its_verb_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """存在“三怕”：一怕甲，…；二怕乙，…；三怕丙: items opened by the ordinals one, two, three… and the formula's
    character (一看动机, 二看程序), soon after it, each the character and its words up to the clause's end.
    A page that stops inside the list keeps the items it shows; otherwise all of them must be there."""
    m = _NUMERAL_AND_VERB.fullmatch(_unquote(slogan))
    if not m or not n or not 2 <= n <= 10:
        return []
    head = m.group(1)
    items, pos = [], end
    for k in range(n):
        at = re.compile(rf"(?:^|(?<=[：:；;，,。\s]))\s*{_ORDINAL_IS[k]}{re.escape(head)}", re.M).search(text, pos, pos + (150 if k == 0 else 400))
        if not at:
            break
        clause = CLAUSE_END.split(text[at.end():at.end() + 40], maxsplit=1)[0].strip()
        if not clause or numerals(clause[:1]):
            break
        items.append(head + clause)
        pos = at.end()
    if len(items) == n:
        return items
    page_stops = items and "\n" not in text[pos:] and len(text) - pos < 300  # (the list runs to the page's end)
    return items if page_stops else []


# “乙评甲”，即…；“甲评乙”，即…: a quoted word, then 即/是指 and what it means
_QUOTE_EXPLAINED = re.compile(rf"[“\"]([{CJK}]{{1,8}})[”\"]\s*[，,：:]?\s*(?:即|是指|指的是)")
# the last item alone may go unexplained: the next quote, opening a clause after a semicolon (；“丁评”，把…)
_QUOTE_OPENS_LAST_CLAUSE = re.compile(rf"[^“”\"]*?[；;]\s*[“\"]([{CJK}]{{1,8}})[”\"]\s*[，,：:]")


def _quoted_items_explained_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """构建“四位一体”测评机制……建立了“上评下”，即…；“下评上”，即…；…: the quoted words of the paragraph explained
    each by 即 or 是指, exactly as many as the formula counts (the last may open a clause after a semicolon), the
    first soon after it.  Four explained after “三维考评” are some other list, none its items."""
    if not n or not 2 <= n <= 8:
        return []
    window = _paragraph_after(text, end, 800)
    explained = list(_QUOTE_EXPLAINED.finditer(window))
    if not explained or explained[0].start() > 150:
        return []
    items = [m.group(1) for m in explained]
    if len(items) == n - 1 and (last := _QUOTE_OPENS_LAST_CLAUSE.match(window, explained[-1].end())):
        items.append(last.group(1))
    if len(items) != n or len(set(items)) < n or any(numerals(i) for i in items):
        return []  # (其中“两龄”即…；“一历”即…: the formula's own numbered parts, explained one by one)
    return items


# 获评“省级孵化中心”“市级服务中心”, 称之为“阳光管理”: titles the formula's work won or a name others give it
# (the quotes right after the verb, and those side by side with them), no part of it
_QUOTE_AS_TITLE = re.compile(r"(?:获评|被评为|评为|称之为|称为)$")


def _quotes_but_titles(window: str) -> list[str]:
    out, title_end = [], None
    for q in QUOTE.finditer(window):
        beside_a_title = title_end is not None and window[title_end:q.start()] in ("", "、")
        if beside_a_title or _QUOTE_AS_TITLE.search(window[max(0, q.start() - 3):q.start()]):
            title_end = q.end()
        else:
            out.append(_content(q))
    return out


def _quoted_items_of_its_tail_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """打造“双维课堂”……深化“交流课堂”……用活“讨论课堂”: the formula's numeral counts its last word (课堂); the
    quoted words of the paragraph after it that end with that word, their words before it as long as the
    formula's numeral and word (交流 as 双维, not 省级孵化 of 双创中心), exactly as many as it counts, are its items."""
    u = _unquote(slogan)
    head = _KEY_HEAD.match(u)
    if not (head and n and 2 <= n <= 8) or len(u) - head.end() != 2:
        return []
    tail = u[-2:]
    window = _paragraph_after(text, end, 600)
    quotes = [c for c in _quotes_but_titles(window) if c != u]
    items = [c for c in quotes if len(c) == len(u) and c.endswith(tail) and not numerals(c)]
    return items if len(items) == n and len(set(items)) == n else []


# “甲”与“乙”、“丙”与“丁”: pairs of quoted words, each pair one item (the 三个区分开来 it spells out)
_QUOTED_PAIR = rf"[“\"]([{CJK}]{{1,8}})[”\"](与|和|同)[“\"]([{CJK}]{{1,8}})[”\"]"
_QUOTED_PAIRS = re.compile(rf"(?:{_QUOTED_PAIR}[、，,]?){{2,8}}")


def _quoted_pairs_after(text: str, end: int, n: int | None) -> list[str]:
    """对“三个区分开来”的把握——将“甲”与“乙”、“丙”与“丁”、“戊”与“己”区分: as many quoted pairs as the
    formula counts, later in its sentence, are its items."""
    sentence = re.split(r"[。；;！？!?\n]", text[end:end + 150])[0]
    m = _QUOTED_PAIRS.search(sentence)
    pairs = re.findall(_QUOTED_PAIR, m.group(0)) if m and n else []
    return ["".join(p) for p in pairs] if len(pairs) == n else []


_CITED_KINDS = re.compile(r"^([两二三四五六七八九十])个?(办法|意见|文件|条例|规定|通知|方案|细则)$")


def _parts_by_numeral(text: str, end: int, slogan: str) -> list[str]:
    """“一二三”工作法 … 搭建“一个平台” … 推行“两个试行” … 抓实“三个环节”: the quotes after it that open
    with each numeral in turn are its parts."""
    run = _NUMERAL_RUN.match(slogan).group()
    parts, pos = [], end
    for ch in run:
        want = "两二" if ch == "二" else ch
        m = re.compile(rf"[“\"]([{want}](?:个|项|条|种|大)[{CJK}]{{1,6}})[”\"]").search(text, pos, min(len(text), pos + 400))
        if not m:
            return []
        parts.append(m.group(1))
        pos = m.end()
    return parts


def _components_cited(text: str, start: int, slogan: str) -> list[str]:
    """出台《关于甲的办法》和《关于乙的办法》……“两个办法”: the documents of that kind cited just
    before, as many as the formula counts."""
    m = _CITED_KINDS.match(slogan)
    if not m:
        return []
    n, kind = int(parse_chinese(m.group(1)) or 0), m.group(2)
    titles = [t for t in re.findall(r"《([^《》]{4,80})》", text[max(0, start - 400):start])
              if kind == "文件" or re.sub(r"[（(][^（()）]*[)）]$", "", t).endswith(kind)]
    return titles[-n:] if len(titles) >= n >= 2 else []


def _components_grouped(text: str, end: int, slogan: str) -> list[str]:
    """“三看三问三了解”，即看甲，问乙，了解丙；看丁，问戊，…: groups split by ；, one per count of the
    first half, each opening with its verb: the components are the first half's items (as 三访三评's)."""
    m = _PAIRED.match(slogan)
    if not m or m.group(1) != m.group(3):
        return []
    n, verb = int(parse_chinese(m.group(1).replace("双", "两")) or 0), m.group(2)
    lm = re.match(rf"[”\"]?[{CJK}]{{0,4}}[，,：:]?\s*即([^。！？\n]{{4,400}})", text[end:end + 400])
    groups = re.split(r"[；;]", lm.group(1)) if lm and n else []
    firsts = [re.split(r"[，,、]", g.strip())[0] for g in groups[:n]]
    if len(groups) >= n >= 2 and all(f.startswith(verb) and len(f) <= 16 for f in firsts):
        return firsts
    return []


def _components_before_people(text: str, start: int, end: int, slogan: str, n: int | None) -> list[str]:
    """The list before a formula that qualifies people (甲、乙的“三农”工作队伍) describes them, unless
    every item ends with the formula's own last character (政治素质强、…、亲和力强的“五强”队伍)."""
    items = _components_before(text, start, n)
    counted = _COUNT_AFTER_FORMULA.match(text, end)
    if items and counted and n != (k := parse_number(counted.group(1))) and len(items) == k:
        return []  # 分甲、乙、投身“百千万工程”四个主题: the list is the four the count after the formula names, the
        # formula only the object of its last item
    opened = start - (text[start - 1:start] in _QUOTE_OPEN)  # where the formula's quote opens
    goes_on = _LIST_GOES_ON.match(text, end) or text[opened - 1:opened] != "的" and _ITEM_GOES_ON.match(text, end)
    if items and goes_on and not all(i[-1] == slogan[-1] for i in items):
        return []  # 甲、乙、农村“五治”、城市“三改”: one item of a list going on (自治、法治、德治“三治”、… are its items)
    quoted_beside = text[start - 2:start] == "”“" and len(items) == n  # “甲一批、乙一批”“两批联动”人才帮带
    if items and _NAMES_PEOPLE_AFTER.match(text, end) and not all(i[-1] == slogan[-1] for i in items) \
            and not quoted_beside:
        return []
    return items


# 投身“百千万工程”四个主题: a count of something else right after the formula
_COUNT_AFTER_FORMULA = re.compile(rf"[”\"]?([{NUMERALS}\d]{{1,2}})(?:个|项|类|条|种|大|方面|批)")
_LIST_GOES_ON = re.compile(r"[”\"]?、")
# 农村集体“三资”管理、…: the formula inside an item (not …的“三段式”培训等, which the list describes, nor
# 甲、乙、丙“三项机制”制度化、常态化: words of 化 after it say what becomes of the formula, no list goes on)
_ITEM_GOES_ON = re.compile(rf"[”\"]?(?![{CJK}]{{1,3}}化[、和与])[{CJK}]{{1,4}}(?:、|等)")
_NUMBER_HEAD = re.compile(rf"^[{NUMERALS}\d]+个?")


def _counted_words(slogan: str, n: int | None) -> str | None:
    """三个区分开来 -> 区分开来: the words a formula of two or more counts, which its items end with."""
    tail = _NUMBER_HEAD.sub("", slogan)
    return tail if n and n >= 2 and len(tail) >= 2 and tail != slogan else None


def _components_sharing_tail(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """三个区分开来 … 把甲…区分开来；把乙…区分开来；把丙…区分开来: exactly n clauses after the
    formula, each ending with the words it counts (区分开来, 下基层)."""
    tail = _counted_words(slogan, n)
    if not tail:
        return []
    window = text[end:end + 600]
    stop = window.find("。")
    window = window[: stop if stop >= 0 else len(window)]
    for sep in (r"[；;]", r"[、，,]"):
        parts = [p.strip(" “”\"") for p in re.split(sep, window)]
        items = [p for p in parts if p.endswith(tail) and len(p) > len(tail)]
        if len(items) == n and all(parts[i].endswith(tail) for i in range(n)):
            items[0] = re.split(r"[“：:]|即", items[0])[-1].lstrip("要是就")  # 强调“要把…: the lead-in goes
            return [_from_the_shared_opening(items[0], items[1:])] + items[1:]
    return []


# “六个一”党性教育课程：甲、乙…; “三色”评价，对…分别标注甲、乙、丙: the formula, a name of what it is longer than
# _CLAUSE_AFTER's four characters, a colon or comma, then the clause listing its items (up to its end)
_NAMED_THEN_LISTED = re.compile(rf"[”\"]?[{CJK}]{{0,12}}[：:，,]\s*([^，,。；;！？：:\n“”]{{4,150}})(?=[，,。；;！？\n]|$)")
_ITEM_MOST = 12  # (as _counted_list_after's items: a short phrase each)


def _items_holding_its_word_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """“四个一”谈心谈话机制：入职必谈一次、调岗必谈一次…: the clause after the formula's name lists as many
    items as it counts, each holding the formula's word (一 of 四个一, 色 of 三色), so they spell it out
    however long the name between; a list of another count, or an item without the word, is none of it.
    A lead ending in 分别 (对…分别标注甲、乙、丙) goes: the list's first item is as long as the others.  Not a
    formula of two numbered halves (三联三帮), whose list names one half."""
    word = _FORMULA_WORD.match(slogan)
    if not (word and n and n >= 2) or _PAIRED.fullmatch(_unquote(slogan)):
        return []  # (三联三帮, 三会一课: two numbered halves, a list holding one half's word spells out half of it)
    m = _NAMED_THEN_LISTED.match(text, end)
    items = _LEAD_IS.sub("", m.group(1)).split("、") if m else []  # (“三必谈”制度，即甲必谈、乙必谈…)
    if len(items) != n:
        return []
    if "分别" in items[0][:-len(items[1])]:
        items = _first_as_long(items)  # (cut only where the others are of one length)
    return items if all(2 <= len(i) <= _ITEM_MOST and word.group(1) in i for i in items) else []


# 三项机制, 两项制度: the formula counts rules of one kind; its items are later named each with that word
_RULE_WORDS = ("机制", "制度", "体系")
_COUNT_WORD = re.compile(r"^[项条种大]")


def _rules_of_its_word_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """发挥“三项机制”作用 … 通过甲乙机制…；用丙丁机制…；实施戊己机制…: a formula counting mechanisms (systems,
    rules) whose items the text goes on to name one by one, each a phrase closed by that word: exactly as many
    different ones within the next lines as it counts.  Each phrase runs back from the word, six characters at
    most, to a preposition or adverb, or to a verb once it holds four characters (通过, 用, 实施 open the clause,
    not the mechanism's name; 表彰 of 荣誉表彰机制 is part of it)."""
    tail = _COUNT_WORD.sub("", _counted_words(_unquote(slogan), n) or "")  # (三项机制: the 项 counts, no part of a name)
    if tail not in _RULE_WORDS or not 2 <= n <= 8:
        return []
    window = text[end:end + 600]
    items: list[str] = []
    for at, _ in _literal_spans(window, tail):
        clause = _han_run_before(window, at)
        if not clause:
            continue  # (“三项机制”: the formula itself, or a word after a quote)
        name = ""
        for w in reversed(get_segmenter().cut(clause)):
            tag = predicate_tag(w)
            if tag and (tag != "v" or len(name) >= 4) or len(name) + len(w) > 6 or numerals(w):
                break  # (a verb inside a short name stays: 荣誉表彰机制; one before four characters opens the clause)
            name = w + name
        if len(name) >= 2 and name + tail not in items:
            items.append(name + tail)
    return items if len(items) == n else []


def _from_the_shared_opening(first: str, others: list[str]) -> str:
    """贯彻“三个区分开来”重要思想，把甲…区分开来；把乙…；把丙…: when the other items open alike (把), the first
    starts at the clause that opens so too: the clause before it names the formula, no part of the item."""
    head = commonprefix(others)[:1]
    if not head or first.startswith(head):
        return first
    cut = [m.end() for m in re.finditer(rf"[，,]\s*(?={re.escape(head)})", first)]
    return first[cut[-1]:] if cut else first


_PAIR_OF = re.compile(rf"[“\"]?[双两]([{CJK}]{{1,3}})[”\"]?$")


def _pair_of_its_word_after(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """“双导师” … 配备甲导师与乙导师: a pair's formula, then in its sentence two kinds of the thing it pairs, joined
    by 与/和/及/、 (the first cut to the second's length: the verb before it is no part of it)."""
    m = _PAIR_OF.match(slogan)
    if not m or n != 2:
        return []
    word = re.escape(m.group(1))
    window = re.split(r"[。；;！？\n]", text[end:end + 80])[0]
    pair = re.search(rf"([{CJK}]{{1,4}}{word})(?:与|和|及|、)([{CJK}]{{1,4}}{word})", window)
    if not pair:
        return []
    first, second = pair.groups()
    return [first[-len(second):] if len(first) > len(second) else first, second]


def _paragraph_after(text: str, end: int, reach: int) -> str:
    """The rest of the paragraph after ``end``, no more than ``reach`` characters: where a formula's items are
    looked for."""
    return text[end:end + reach].partition("\n")[0]


def _quoted_words_of_the_count(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """“四心工程” … 确保干部“暖心”住村、“放心”驻村、“安心”助村、“尽心”筑村: the next n quotes of its
    paragraph, one after another, are words closed by the character the formula counts."""
    key = _KEY_HEAD.match(slogan)
    if not (key and n and 2 <= n <= 8):
        return []
    window = _paragraph_after(text, end, 200)
    quotes = [_content(q) for q in QUOTE.finditer(window)][:n]
    if len(quotes) == n and all(2 <= len(w) <= 3 and w.endswith(key.group(1)) for w in quotes) and len(set(quotes)) == n:
        return quotes
    return []


_KEY_HEAD = re.compile(rf"^[{NUMERALS}]+个?([{CJK}])")
_ITEM_TAIL = re.compile(rf"(?:[{NUMERALS}\d]|等|的|和|及|与).*$")


# One pattern for every head character, compiled once (a pattern per head cost ~3 ms to compile, for its
# CJK class): group 1 is the run's first character and every later item opens with it again (\1).
# _head_runs matches them only where the head stands, so group 1 is the head.
# 小甲、小乙、小丙: a 、-list whose items open with one head character.
_HEAD_RUN_AFTER = re.compile(rf"([{CJK}])[{CJK}]{{1,6}}(?:、\1[{CJK}]{{1,6}})+")
# The same list closing a window, a comma, dash, 等 or 的 and a quote mark after it.
_HEAD_RUN_BEFORE = re.compile(rf"([{CJK}])[{CJK}]{{1,10}}(?:、\1[{CJK}]{{1,10}})+(?=(?:[，,]|——|—|：|:)?(?:等|的)?[“\"]?$)")


def _head_runs(pattern: re.Pattern[str], k: str, window: str):
    """The matches of ``pattern`` opening with the CJK character ``k``, left to right and not
    overlapping: what ``finditer`` of the pattern with ``k`` for its group 1 finds (that pattern
    can match only where ``k`` stands)."""
    i = window.find(k)
    while i >= 0:
        m = pattern.match(window, i)
        if m:
            yield m
            i = window.find(k, m.end())
        else:
            i = window.find(k, i + 1)


_SENTENCE_STOP = re.compile("[。；;！？]")


def _components_sharing_head(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """“五小设施” … 统一建设小食堂、小书屋、小澡堂、小活动室、小菜园五项设施: the n items of a 、-list
    in the formula's sentence or the next, each opening with the character it counts (小, 有, 无)."""
    key = _KEY_HEAD.match(slogan)
    if not (key and n and n >= 2):
        return []
    k = key.group(1)
    window = text[end:end + 300]
    first = _SENTENCE_STOP.search(window)
    second = first and _SENTENCE_STOP.search(window, first.end())
    window = window[:second.start()] if second else window  # the formula's sentence and the next
    for run in _head_runs(_HEAD_RUN_AFTER, k, window):
        items = run.group().split("、")
        items[-1] = k + _ITEM_TAIL.sub("", items[-1][1:])  # …小菜园五项设施: the list ends at its count
        if len(items) == n and all(len(i) >= 2 for i in items):
            return items
    return []


_NUMERAL_AND_WORD = re.compile(rf"[“\"]?[二三四五六七八九十]([{CJK}])[”\"]?")
_LIST_CLAUSE = re.compile(r"[^，,。；;！？!?：:\n]*")
_LAST_ITEM_ENDS = re.compile(rf"各|等|的|和|及|与|[{NUMERALS}\d]")


def _components_headed_later(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """“四优”干部 … (paragraphs on) 涵盖优秀甲、优秀乙、优秀丙、优秀丁各个领域: a formula of a numeral and one
    character whose n items come as a 、-list later in the article, far from any mention, each opening with
    one two-character word on that character (优秀 for 优); the last item ends as one of the others does."""
    key = _NUMERAL_AND_WORD.fullmatch(slogan)
    if not (key and n and n >= 3):
        return []
    k = key.group(1)
    i = text.find(k, end)
    while i >= 0:
        head = text[i:i + 2]
        items = _LIST_CLAUSE.match(text, i).group().split("、")
        if len(items) == n and len(head) == 2 and all(x.startswith(head) and len(x) >= 3 for x in items):
            items[-1] = head + _LAST_ITEM_ENDS.split(items[-1][2:])[0]  # (…丁各个领域: the list ends at 各)
            if all(3 <= len(x) <= 12 for x in items):
                return items
        i = text.find(k, i + 1)
    return []


# 针对甲、乙、丙、丁四大群体，…，推出“四个某某计划”: a clause earlier in the formula's sentence lists kinds and
# counts them with the formula's own number: one item of the formula for each
_COUNTED_KINDS = re.compile(rf"^(?:[{CJK}]{{0,8}}?(?:针对|面向|围绕|聚焦|对于))?((?:[{CJK}]{{2,10}}、)+[{CJK}]{{2,10}})"
                            rf"([{NUMERALS}\d]{{1,2}})(?:个|大|类|支)[{CJK}]{{1,3}}$")
_SENTENCE_OPENS = re.compile(r"[。！？!?\n]")


def _counted_list_earlier(text: str, start: int, n: int | None) -> list[str]:
    if not n or n < 3:
        return []
    lo = max(0, start - 150)
    opens = [m.end() for m in _SENTENCE_OPENS.finditer(text, lo, start)]
    for clause in _CLAUSE_SPLIT.split(text[opens[-1] if opens else lo:start])[:-1]:
        m = _COUNTED_KINDS.match(clause.strip())
        if m and parse_number(m.group(2)) == n and len(items := m.group(1).split("、")) == n:
            return items
    return []


def _components_sharing_head_before(text: str, start: int, slogan: str, n: int | None) -> list[str]:
    """怕甲、怕乙，“两怕”是…; 小食堂、小书屋等“两小”: the n items of a 、-list that closes just before the
    formula (a comma, a dash, 等 or 的 between), in its sentence, each opening with the character it counts."""
    key = _KEY_HEAD.match(slogan)
    if not (key and n and n >= 2):
        return []
    k = key.group(1)
    before = text[max(0, start - 200):start].rstrip()  # (甲、乙的“ 六有”: a page's space inside the quote)
    window = before[max(before.rfind(c) for c in "。；;！？\n") + 1:]
    run = next(_head_runs(_HEAD_RUN_BEFORE, k, window), None)
    items = run.group().split("、") if run else []
    if items:
        items[-1] = re.sub(r"(?:等|的)$", "", items[-1])  # (the run's last item takes 等 or 的 along)
        if "的" in items[-1] and not any("的" in i for i in items[:-1]):
            items[-1] = items[-1][:items[-1].rindex("的")]  # 问甲、问乙、问丙的院坝“三问”: what the items qualify
        items[0] = _first_like_the_others(items[0], k, items[1:])
    if len(items) == n and all(len(i) >= 2 for i in items):
        return items
    # “比甲、比乙、比丙。”某镇以“三比”为主要内容…: the items quoted earlier in the paragraph
    for q in reversed(list(QUOTE.finditer(before[before.rfind("\n") + 1:]))):
        quoted = [i.strip() for i in _content(q).rstrip("。！!；;").split("、")]
        if len(quoted) == n and all(len(i) >= 2 and i.startswith(k) for i in quoted):
            return quoted
    return []


def _first_like_the_others(first: str, k: str, others: list[str]) -> str:
    """大力推进大排查、大整治: the first item opens at the head character that makes it as long as the
    others (大排查); 怕苦怕累、怕担风险 keeps its inner 怕."""
    starts = [i for i, c in enumerate(first) if c == k and len(first) - i >= 2]
    mean = sum(map(len, others)) / len(others)
    return first[min(starts, key=lambda i: (abs(len(first) - i - mean), i)):] if starts else first


_LEADING_COUNT = re.compile(rf"^[{NUMERALS}\d]+个?")
_LONG_QUOTE = re.compile(r"[“\"]([^“”\"\n]{5,60})[”\"]")


def _quoted_list_of_the_head_before(text: str, start: int, slogan: str, n: int | None) -> list[str]:
    """开展“访甲民、惠乙民、聚丙民”活动 … 组成的“三民”工作队: the last quoted list before the formula,
    as many items as it counts, each holding the one character it counts (“甲能乙、丙能丁”的“两能型”: the
    kind's 型 aside)."""
    head = _LEADING_COUNT.sub("", _unquote(slogan))
    head = head[:-1] if len(head) == 2 and head.endswith("型") else head
    quotes = _LONG_QUOTE.findall(text[max(0, start - 300):start - 1]) if n and len(head) == 1 else []
    items = quotes[-1].split("、") if quotes else []
    return items if len(items) == n >= 2 and all(head in i and len(i) <= 8 for i in items) else []


_QUOTED_ITEM = r"[“\"]([^“”\"\n]{1,20})[”\"][、，,]?"
_QUOTED_ITEMS = re.compile(_QUOTED_ITEM)


@lru_cache(maxsize=64)
def _quoted_run(n: int) -> re.Pattern[str]:
    """n quoted items in a row closing the text (a pattern per count: formulas count few)."""
    return re.compile(rf"(?:{_QUOTED_ITEM}){{{n}}}$")


def _quoted_run_before(text: str, start: int, n: int | None) -> list[str]:
    """要下好“甲度”“乙度”“丙度”“三重功夫”: as many items as the formula counts, each in its own
    quotes, printed right before it."""
    if not isinstance(n, int) or n < 2 or text[start - 1:start] not in "“\"":
        return []
    window = text[max(0, start - 1 - 24 * n):start - 1]
    run = _quoted_run(n).search(window)
    if run is None or window[:run.start()].endswith(("”", "\"", "”、", "”，")):
        return []  # (“甲”“乙”“丙”“两个X”: a longer run of quoted names, no items of the last)
    items = _QUOTED_ITEMS.findall(run.group())
    parallel = len({i[-1] for i in items}) == 1 or len({len(i) for i in items}) == 1 or all(len(i) >= 6 for i in items)
    # (甲度、乙度; items of one length; or clauses each)
    return items if parallel and not any(classify_quoted(i) for i in items) else []
    # (“四个意识”“四个自信”“两个维护”: formulas each; “放管服”“最多跑一次”“两个清单”: names of their own)


_CLAUSE_THEN_COMMA = re.compile(r"([^，,。；;！？\n“”]+)[，,]\s*[“\"]?$")


def _kinds_listed_before(text: str, start: int, slogan: str, n: int | None) -> list[str]:
    """培养甲型、乙型、丙型,“三型”干部: the clause before the formula lists as many kinds as it
    counts, each ending with the formula's own last character."""
    if not n or n < 2:
        return []  # (no list counts fewer than two kinds)
    window = text[max(0, start - 80):start]
    # a match ends in a comma, then blanks, a quote, a newline at most: the window does, bared of those
    # (the pattern's search tries every start in the window)
    m = _CLAUSE_THEN_COMMA.search(window) if window.rstrip().rstrip("“\"").rstrip().endswith(("，", ",")) else None
    items = _strip_lead_verbs(m.group(1)).split("、") if m else []
    if len(items) != n or not all(i.endswith(slogan[-1]) for i in items):
        return []
    items[0] = _like_the_others(items[0], items[1:])
    return items if all(2 <= len(i) <= 8 for i in items) else []


def _components_sharing_tail_before(text: str, start: int, slogan: str, n: int | None) -> list[str]:
    """“把甲…区分开来，把乙…区分开来，把丙…区分开来”的“三个区分开来”: the n clauses just before the
    formula (a few words between), each ending with the words it counts."""
    tail = _counted_words(slogan, n)
    if not tail:
        return []
    window = text[max(0, start - 800):start]
    last = window.rfind(tail)
    between = window[last + len(tail):] if last >= 0 else ""
    if last < 0 or len(between) > 12 or re.search(r"[。；;！？]", between):
        return []
    window = window[:last + len(tail)]
    window = window[window.rfind("。") + 1:]
    for sep in (r"[；;]", r"[，,]"):  # clauses split by semicolons may hold commas
        parts = [p.strip(" “”\"") for p in re.split(sep, window)]
        items = parts[-n:]
        if len(items) == n and all(p.endswith(tail) and len(p) > len(tail) for p in items) \
                and not (len(parts) > n and parts[-n - 1].endswith(tail)):  # exactly n such clauses in a row
            items[0] = re.split(r"[“：:]", items[0])[-1].lstrip("要是就")  # 提出“要把…: the lead-in goes
            return items
    return []


def _components_paired(text: str, end: int, slogan: str, n: int | None) -> list[str]:
    """三访三评 … “集中访” … “深入访” … “重点访”: the quoted items that carry the first head (访)."""
    m = _PAIRED.fullmatch(slogan)
    if not m or not n:
        return []
    head = m.group(2)
    window = text[end:end + 300]
    stop = re.search(r"[。\n]", window)
    window = window[: stop.start()] if stop else window
    items = [c for c in map(_content, QUOTE.finditer(window)) if c.endswith(head) or c.startswith(head)]
    return items[:n] if len(items) >= 2 else []


# Words said, not a term named: a clause with a pronoun (a short “管他的” is a term), a closing
# particle, a long clause with a verb of need, ability or will (“…需要及时补修”), or a statement with 是.
_SPOKEN = re.compile(r"^(?=.{6}).*(?:我们|你们|他们|她们|咱们)|[了吗呢吧啊呀]$|^.{6,}(?:需要|可以|能够|应该|只能)"
                     r"|^[^“”\"]{2,}是(?!否)[^“”\"]{3,}$"  # …是…: a statement quoted (激励的关键是用人导向)
                     rf"|^[{CJK}]{{1,3}}了[{CJK}]{{5,}}$"  # 树立了…的样板: a verb done, then its object: a judgement said
                     rf"|^[这那][{CJK}]{{2,}}(?:真|太|好|很|挺|特别|非常)[{CJK}]{{1,2}}[!！]?$")  # 这回…真热闹: a remark


_PAIR_ITEM = re.compile(rf"([{CJK}]{{1,8}}?)(?:与|和)([{CJK}]{{1,8}})")


_LATIN_CLAUSE = re.compile(r"[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]*$")  # English words just before the quote
_CLAUSE_MARK = re.compile(r"[，,、;；。？！?!\ufffd]")  # a quote holding these is a clause, not a term
_HAS_CJK = re.compile(f"[{CJK}]")
# a line that only asks the reader to scan a code and follow an account (微信“扫一扫”添加“某某”, 扫一扫关注“某某”,
# 扫一扫“某某”公众号): a verb of following right after the scan or an account named at the line's end, no clause
# mark inside (“扫一扫”扫出…新气象, 扫一扫，“某某课堂”随时学 are the article's own lines)
_ACCOUNT_WORDS = r"官微|公众号|微信号|二维码|小程序|APP|App|app"
_FOLLOW_PROMPT = re.compile(rf"[ \t\u3000]*(?:用?(?:微信|手机))?[“\"]?扫一扫[”\"]?"
                            rf"(?:(?:添加|关注|识别|进入|下载)[^\n，,。；;！!]{{0,24}}|[^\n，,。；;！!]{{0,24}}?(?:{_ACCOUNT_WORDS})[”\"]?)"
                            r"[ \t\u3000]*(?:\n|$)")


_STATEMENT_LENGTH = 10  # (a term so long is rare: a programme's or a meeting's full name)


def _listed_statements(quotes: list[re.Match[str]], i: int) -> bool:
    """Quote ``i`` and a neighbour glued to it (”“), both long: statements or complaints quoted one after
    another as a list, each a clause of its own, not a term the article names."""
    def long(k: int) -> bool:
        return 0 <= k < len(quotes) and len(_content(quotes[k]).strip()) >= _STATEMENT_LENGTH
    return long(i) and (long(i - 1) and quotes[i - 1].end() == quotes[i].start()
                        or long(i + 1) and quotes[i].end() == quotes[i + 1].start())


def quoted_terms(text: str, slogans: list[Slogan], taken: list[tuple[int, int]]) -> list[QuotedTerm]:
    """Quoted single terms that are not slogans or their components: “含金量”, “立交桥”, each with the span of its
    first quotation (the term's characters, inside the quote marks).

    Quotes in “”, "" or 「」 count; ‘’ nested inside a quotation (a speaker's ‘本土干部’)
    do not.  A quote inside a slogan's mention (三个“一线”) belongs to the slogan."""
    skip = {s.text for s in slogans} | {c for s in slogans for c in s.components} | {s.canonical for s in slogans} \
        | {w for s in slogans for c in s.components if (p := _PAIR_ITEM.fullmatch(c)) for w in p.group(1, 2)} \
        | {text[a:b] for s in slogans for a, b in s.mentions}  # (甲与乙; “村两委”: a form of 两委, mentioned)
    inside = sorted(sp for s in slogans for sp in s.mentions)
    reach = list(accumulate((b for _, b in inside), max))
    excluded = Taken(len(text), taken)
    out: list[QuotedTerm] = []
    quotes = list(QUOTE.finditer(text))
    for i, q in enumerate(quotes):
        if q.group(0).startswith("‘"):
            continue
        if _listed_statements(quotes, i):
            continue  # “某某责任下移基层”“某某负担过重”……: statements quoted one after another, a list, no term
        c = _content(q).strip()
        if not c or c in skip or _unquote(c) in skip or _CLAUSE_MARK.search(c) or c in out \
                or _SPOKEN.search(c) or len(c) == 1 and c.isascii():  # “5”即…、“X”即…: a formula's parts
            continue
        if not _HAS_CJK.search(c) and _LATIN_CLAUSE.search(text, max(0, q.start() - 30), q.start()):
            continue  # the "Opinions" of a translation printed after the Chinese: English prose, no term of the text
        k = bisect_right(inside, (q.start(), _AFTER_ALL))
        if k and reach[k - 1] >= q.end():
            continue  # inside a slogan's mention (三个“一线”)
        if excluded.overlaps(q.start(), q.end()):
            continue  # in a cited title or unreadable text
        if _FOLLOW_PROMPT.match(text, text.rfind("\n", 0, q.start()) + 1):
            continue  # 微信“扫一扫”添加“某某”官微: a site's prompt to follow its account, no term of the article
        lo = max(0, q.start() - 200)  # bounded look back: linear in the text
        if "=" in c or "<" in c or ">" in c or text.rfind("<", lo, q.start()) > text.rfind(">", lo, q.start()):
            continue  # markup left in the text (<img alt="…">), not a term
        at = q.start(q.lastindex) + _content(q).index(c)  # (c is stripped of the spaces around it)
        out.append(QuotedTerm(c, at, at + len(c)))
    return out
