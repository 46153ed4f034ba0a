"""Figures: value, unit, qualifier, what is counted, per what, and when.

A figure is a number with a unit (86名, 47.9%, 近百万元, 30余名, 300—500户,
不少于4500元, 十一级, 1/3, 两成).  Qualifiers may stand before (近, 不少于),
inside (余, 多), after (以上, 左右) or apart (至少有五位).  Dates, ordinals,
ranks, age cohorts, phone and document numbers, and numerals inside slogans
are not figures.
"""
from __future__ import annotations

from bisect import bisect_right
import re

from ..records import DateMention, Figure
from .numbers import ARABIC_ATOMIC, parse_number, tidy

UNITS = sorted(
    """个百分点 个工作日 平方公里 平方米 个月 人次 户次 台次 场次 轮次 批次 学时 课时 周岁 万元 亿元 千元
    名 人 个 家 项 次 场 期 批 套 户 元 岁 年 级 支 条 类 种 份 件 吨 亩 轮 位 届 门 倍 星 国 方面
    篇 本 册 所 座 间 公里 千米 小时 分钟 周 天 笔 起 宗 部 节 堂 首 张 块 辆 台 组 队 个点 处 成 %
    分 档 字 句 省""".split(),
    key=len, reverse=True,
)
UNIT = "|".join(map(re.escape, UNITS))
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Linear time on long digit runs: a number never starts inside another number, and its
# digits are possessive, so a run that finds no unit fails once instead of at every position.
NUMBER = (rf"(?:(?<!\d)(?<!\d[.,]){ARABIC_ATOMIC}[十百千万亿]*+"
          rf"|(?<![{_CN_DIGITS}数])数?+[{_CN_DIGITS}]++)")
PRE = r"最大不超过|最多不超过|最高不超过|不超过|不少于|不低于|不小于|将近|接近|大约|至少|超过|突破|最多|最高|低于|近|约|逾|超|上"
QUALIFIER = {
    "不低于": "不少于", "不小于": "不少于", "突破": "超过", "逾": "超过", "超": "超过",
    "最多": "不超过", "最高": "不超过", "最大不超过": "不超过", "最多不超过": "不超过", "最高不超过": "不超过",
    "低于": "以下", "内": "以内", "将近": "近", "接近": "近", "余": "余", "多": "多",
}
FIGURE = re.compile(
    # The lookahead lets the scan reject most positions at one character.
    rf"(?=[\d零〇一二两三四五六七八九十百千万亿数近约大不至超突最将接逾上低])(?P<pre>{PRE})?(?:"
    rf"(?P<frac>(?<![\d/])(?P<fn>\d{{1,3}})/(?P<fd>\d{{1,3}})(?![\d/])|(?<![一二三四五六七八九十百])(?P<cfd>[一二三四五六七八九十百]++)分之(?P<cfn>[一二三四五六七八九十]++)|(?<![一])一半)"
    rf"|百分之(?P<pcn>{NUMBER})"
    rf"|(?P<num>{NUMBER})(?P<inner>余|多)?(?:(?P<unit1>{UNIT})?(?P<rsep>[-—–~～至到])(?P<pre2>{PRE})?(?P<num2>{NUMBER})(?P<inner2>余|多)?)?(?P<unit>{UNIT})"
    rf")(?P<post>以上|以下|左右|以内|上下|内)?"
)
# 至少有五位, 约占三分之二, 大约投入1800万元, 至少配备1名
_APART = re.compile(
    r"(?:(?P<q>大约|至少|不少于|不低于|不超过|最大不超过|最多|最高|超过|将近)[\u4e00-\u9fff]{0,2}"
    r"|(?P<q2>约|近)[占为有达])$"
)
_RANK = re.compile(r"^(?:调研员|主任科员|巡视员|科员|主办|警长|警员|法官|检察官|职员|管理岗|专技岗|单位|指标|联动|医院|书记)")
_NOT_AFTER_YEAR = re.compile(r"^(?:来|以来)")
# 一 with these is "a" (一名干部说), not a count; with 次/年/天 it is one.
_TIME_UNITS = {"年", "个月", "周", "天", "小时", "季度"}
_INDEFINITE_UNITS = {"起", "名", "位", "个", "家", "人", "支", "批", "条", "件", "项", "所", "种", "类", "套", "处", "张", "部"}
_PER = re.compile(r"(每(?:人|名|户|村|年|月|季度|半年|周|天|次|个|期|位|镇|乡|个月|名[\u4e00-\u9fff]{1,3})){1,3}$")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
_SUBJECT_STOP = re.compile(r"[，,。；;：:、！？!?“”\n]|中|的|到|在|为|进行|开展|参加|担任|赴|和|及|等|以|对|从|被|予以")
_ARABIC_START = re.compile(r"\d")
_YEAR_NUM = re.compile(r"(?:19|20)\d{2}")
_AFTER_YEAR = re.compile(r"(?:19|20)\d{2}年$")
_PLENUM = re.compile(r"[一二三四五六七八九十]中全会|全会|人大|党代会|代表")
_MAGNITUDE_END = re.compile("[万亿]$")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def _parse(num: str | None) -> tuple[float | None, bool]:
    """(value, vague) for a NUMBER match; 数十 -> 10 and vague."""
    if num is None:
        return None, False
    vague = num.startswith("数")
    return parse_number(num[1:] if vague else num), vague


def _is_year(num: str, unit: str | None) -> bool:
    return unit == "年" and bool(_YEAR_NUM.fullmatch(num))


def _skip(text: str, m: re.Match[str], unit: str | None) -> bool:
    s, e = m.start(), m.end()
    num = m["num"]
    before = text[max(0, s - 1):s]
    after = text[e:e + 6]
    if before == "第" and not m["pre"]:
        return True
    if before == "每" and not m["pre"] and unit in _TIME_UNITS:
        return True  # 每两年评定一次: a rate, not a count (每300—500户配备1名 keeps its range)
    if num:
        if unit is None and not m["frac"]:
            return True
        if _is_year(num, unit):
            return True
        if _AFTER_YEAR.search(text[max(0, s - 5):s]) and unit == "期":
            return True  # 2021年8期: an issue number
        if unit == "年" and (_NOT_AFTER_YEAR.match(after) or m["pre"] == "近"):
            return True  # 八年来, 近三年: periods, reported as dates
        if unit in ("级", "等") and _RANK.match(after):
            return True  # 三级调研员
        if unit == "星" and after.startswith("级"):
            return True  # 五星级 is a label
        if unit == "届" and _PLENUM.match(after):
            return True
        if not m["num2"] and not _ARABIC_START.match(num):
            core = num.lstrip("数")
            if core == "一" and not m["pre"] and unit in _INDEFINITE_UNITS and not _APART.search(text[max(0, s - 6):s]):
                return True  # 一名干部: "a", not a count
            if core in ("千", "百", "万") and not m["pre"] and not m["inner"]:
                return True  # 千户苗寨, 百名书记: names and slogans
            if unit == "成" and core == "一":
                return True
        if unit == "%" and before == "/":
            return True
    return False


def _subject(text: str, s: int, e: int) -> str | None:
    tail = text[e:e + 24]
    stop = _SUBJECT_STOP.search(tail)
    cand = tail[: stop.start()] if stop else tail
    # keep a bracket whole: 县(市、区)领导班子成员
    if "(" in cand and ")" not in cand or "（" in cand and "）" not in cand:
        close = max(tail.find(")"), tail.find("）"))
        if close > 0:
            rest = tail[close + 1:]
            stop2 = _SUBJECT_STOP.search(rest)
            cand = tail[: close + 1] + (rest[: stop2.start()] if stop2 else rest)
    cand = cand.strip()
    if len(cand) >= 2:
        return cand[:16]
    head = text[max(0, s - 16):s]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    head = head[cut:].strip()
    return head[-12:] or None


_SHORT_QUOTE = re.compile(r"[“\"]([^”\"\n]{2,8})[”\"]")


def _inside_word(text: str, words: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    from ..segment import get_segmenter

    k = bisect_right(starts, s) - 1
    if k < 0:
        return False
    a, b = words[k]
    return e <= b and b - a > e - s and b - a >= 3 and get_segmenter().is_general_word(text[a:b])


def _inside_name(names: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect_right(starts, s) - 1  # quotes do not nest, so only the last one opening before s can hold it
    return k >= 0 and e <= names[k][1] and names[k] != (s, e)


def find_figures(
    text: str, exclude: list[tuple[int, int]] = (), dates: list[DateMention] = (),
    words: list[tuple[int, int]] = (),
) -> list[Figure]:
    """Figures in ``text``; spans in ``exclude`` (slogans, unreadable text) yield none.

    ``words`` are the segmenter's word spans, in order: a number inside a longer
    dictionary word (一次性, 三天打鱼两天晒网) is part of that word, not a count."""
    starts: list[int] = []
    excluded = sorted(exclude)
    ex_starts = [a for a, _ in excluded]
    stamps = sorted((d.end, d.text) for d in dates if d.end is not None)
    stamp_ends = [e for e, _ in stamps]
    out: list[Figure] = []
    # A number inside a short quoted name (“延安十三年”) is part of the name,
    # unless the quote is the figure itself (“十一级”).
    names = [(q.start(1), q.end(1)) for q in _SHORT_QUOTE.finditer(text)]
    name_starts = [a for a, _ in names]
    for m in FIGURE.finditer(text):
        if not (m["num"] or m["frac"] or m["pcn"]):
            continue
        s, e = m.start(), m.end()
        k = bisect_right(ex_starts, e - 1)
        if any(excluded[j][1] > s for j in range(max(0, k - 3), k)):
            continue
        if names and _inside_name(names, name_starts, s, e):
            continue
        if words and not text[s].isdigit():  # an Arabic number is never glued into a dictionary word
            starts = starts or [a for a, _ in words]
            if _inside_word(text, words, starts, s, e):
                continue
        unit = m["unit"] or m["unit1"]
        if m["pcn"]:
            unit = "%"
        if _skip(text, m, unit):
            continue
        qualifier = m["pre"] or None
        high = None
        if m["frac"]:
            if m["fn"]:
                n, d = int(m["fn"]), int(m["fd"])
            elif m["cfd"]:
                n, d = parse_number(m["cfn"]) or 0, parse_number(m["cfd"]) or 0
            else:
                n, d = 1, 2
            if not d or n > d:
                continue
            value, unit = n / d, None
        elif m["pcn"]:
            value, vague = _parse(m["pcn"])
        else:
            value, vague = _parse(m["num"])
            if vague:
                qualifier = "数"
            if m["num2"]:
                high, _ = _parse(m["num2"])
                mag = _MAGNITUDE_END.search(m["num2"])
                if mag and value is not None and not m["num"].endswith(("万", "亿")):
                    value *= 10_000 if mag.group(0) == "万" else 100_000_000  # 3-4万元: 万 applies to both
                if high is None or value is None or high <= value:
                    continue
            if m["inner"] or m["inner2"]:
                qualifier = m["inner"] or m["inner2"]
        if value is None:
            continue
        # 近百万元 -> 100 万元: a magnitude right before 元 joins the unit.
        if unit == "元" and m["num"]:
            core = (m["num2"] or m["num"]).lstrip("数")
            for mag, div, u in (("万", 10_000, "万元"), ("亿", 100_000_000, "亿元")):
                if core.endswith(mag) and len(core) > 1:
                    value, unit = value / div, u
                    high = high / div if high is not None else None
        if m["post"]:
            qualifier = m["post"]
        if qualifier is None:
            ap = _APART.search(text[max(0, s - 6):s])
            if ap:
                qualifier = ap["q"] or ap["q2"]
        qualifier = QUALIFIER.get(qualifier, qualifier) if qualifier else None
        if qualifier == "上" and not m["num"]:
            qualifier = None
        per = _PER.search(text[max(0, s - 12):s])
        k = bisect_right(stamp_ends, s)
        time = stamps[k - 1][1] if k and not _SENTENCE_END.search(text[stamps[k - 1][0]:s]) else None
        out.append(Figure(
            text=m.group(0), value=tidy(value), high=tidy(high), unit=unit, qualifier=qualifier,
            subject=_subject(text, s, e), time=time, per=per.group(0) if per else None, start=s, end=e,
        ))
    return out
