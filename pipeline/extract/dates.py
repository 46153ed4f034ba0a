"""Dates and periods: 2021年, 2023年度, 2023年5月以来, 上半年, 去年4月底, 截至目前, 6月.

Relative periods resolve only against the article's own date; without one
their ISO form is None, never guessed from today.  Vague words (近日, 当前,
现在) are mentions without an ISO form.  Dates inside a cited title
(《2019-2022年…规划》) belong to the title and are left to the caller to exclude.
Full dates and ISO forms come from the one date parser, pipeline/text/dates.py, which
reads the datelines too; this module adds the shorter and relative forms of running text.
"""
from __future__ import annotations

from datetime import date, timedelta
import re

from pipeline.core.lexicons import word_list
from pipeline.core.records import DateMention
from pipeline.text.numbers import parse_chinese
from pipeline.extract.spans import Taken, finditer_near
from pipeline.text.chars import CJK, SENTENCE_END
from pipeline.text.dates import CN_DATE, DATETIME, YEAR as _YEAR, checked_iso, iso, iso_cn, iso_of

_CN_NUM = "一二两三四五六七八九十"
# A pattern scanned over the whole text may open with a lookahead for the characters its matches can start
# with (YEAR's (?=[12]), …): most positions then fail at one character (tests/test_extract_scans.py checks the sets).
# A full date (the text layer's DATETIME), and the period it opens (2023年5月1日以来).
FULL = re.compile(DATETIME.pattern + "(?:以来)?")
YEAR_MONTH = re.compile(rf"(?P<y>{_YEAR})年(?P<m>\d{{1,2}})月(?:份|底|初|中旬|下旬|上旬)?(?:以来)?")
# 196212月生, 20157月, 2015 10月: a year glued to its month, its 年 lost in the page's encoding (no 年 between
# them in a count: 2015 10月 is no amount)
GLUED_YEAR_MONTH = re.compile(rf"(?<![\d.])(?P<y>{_YEAR}) ?(?P<m>1[0-2]|[1-9])月(?:份|底|初|中旬|上旬|下旬)?(?:以来)?(?![\d个])")
# 1975.02参加工作, 1993.07—1996.09 任某乡干部, 某某 硕士 1975.2 36岁: a résumé's year and month joined by a
# dot, known by what follows it (a life event, a dash to another, an age); never a decimal (2010.5、2102.3吨)
_DOT_MONTH = rf"(?<![\d.])(?P<y>{_YEAR})\.(?P<m>0[1-9]|1[0-2]|[1-9])(?![\d.])"
YEAR_DOT_MONTH = re.compile(r"(?=[12\s])(?:" + _DOT_MONTH + r"(?=参加|入党|出生|生|毕业|起|以来|\s+\d{2}岁|\s*[-—–~～]+\s*(?:19|20)\d\d\.\d)"
                            r"|(?<=[-—–~～])\s*" + _DOT_MONTH.replace("<y>", "<y2>").replace("<m>", "<m2>") + ")")
# 当年4月, 同年10月: a month of the year the text has just named (同年 without a day: figures.py's
# _DAY_ONLY knows 当年4月17日 alone as an event's day, no figure's time)
THAT_YEAR_MONTH = re.compile(r"(?P<that>当|同(?=年\d{1,2}月(?!\d)))年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?(?:份|底|初|中旬|上旬|下旬)?")
# 2013年元月16日, 元月: January by its old name; 今年元月, 去年元月: of the article's year or the one before
_FIRST_MONTH = re.compile(rf"(?P<y>{_YEAR})\s*年\s*元月(?:\s*(?P<d>[12]?\d|3[01])\s*[日号])?"
                          rf"|(?P<rel>今年|去年)元月(?:\s*(?P<d3>[12]?\d|3[01])\s*[日号])?"
                          rf"|(?<![\d.万千百十亿零一二三四五六七八九两])元月\s*(?P<d2>[12]?\d|3[01])\s*[日号]")  # (5万元月底: yuan)


def _year_not_after(chars: str) -> str:
    """A written year (19xx, 20xx) not right after one of ``chars`` (a class's contents), the test made
    after its first two digits: the pattern then opens with 1 or 2, and re's scan skips to those
    characters (a pattern opening with a lookahead or a lookbehind is entered at every position)."""
    return rf"(?:19(?<![{chars}]19)|20(?<![{chars}]20))\d{{2}}"


# 2020年5期 / 2024年第19期 (an issue citation) still dates the year.
# 2013年年初, 2024年年末, 2012年上半年: the part of the year told after its 年 is one date, that year (the
# longer words first: re takes the first alternative that matches, and 年 alone always does)
YEAR = re.compile(rf"(?=[12])(?<![\d.])(?P<y>{_YEAR}) ?(?:年年[初底末中]|年上半年|年下半年|年以来|年底|年初|年末|年内|年度?)(?:以来)?(?!\d{{1,2}}[月日号])")
# 08年毕业的大学生: a year of the 2000s written with two digits; the leading zero tells it from a
# count of years (10年, 60年 can be spans)
SHORT_YEAR = re.compile(r"(?=0)(?<![\d.:：\-/])0(?P<y>\d)年(?![\d代级龄纪轻])")  # (08年度; not 05年级组, 05年龄段)
# 2010和2011年, 2018、2019年, 2022-2025年: years listed or a span of years, 年 written after the last only
# 2018“最美村干部”评选, 2023《某某》: the edition's year opening a quoted or cited name
YEAR_BEFORE_NAME = re.compile("(?P<y>" + _year_not_after(r"\d.\-/:：") + r")(?=\s?[“\"《])")
YEAR_LISTED = re.compile("(?P<y>" + _year_not_after(r"\d.\-/") + rf")(?=(?:\s*(?:——|[、和及与\-—–~～－至到])\s*{_YEAR})+年)")
# 6月, 3月5日, 6月底; a range of months in one year (1月至5月) is one mention of that year.
MONTH_DAY = re.compile(
    r"(?=\d)(?<![\d月.\-/])(?<!(?<![次翌])年)(?P<m>\d{1,2})(?:月(?P<to>(?:至|到|—|-|~)(?P<m2>\d{1,2})月)|(?:[-—~至到](?P<m3>\d{1,2}))?月)"
    r"(?:(?P<d>\d{1,2})(?:[-—–~至到]\d{1,2})?[日号]|底|初|份|中旬|上旬|下旬)?(?:以来)?(?!个|\d(?!\d?[时点]))"  # 5月4—10日: from its first day; 1月27日15时
)
# 23日上午 in a report dated that month: the day of the article's month
DAY = re.compile(r"(?=\d)(?<![\d月.\-/每])(?P<d>\d{1,2})日(?![内前后起])")
_CLAUSE_START = r"(?<![^\n，,。；;：:（(在])"  # at the start of a clause (or after 在)
# 八月, 2014年八月, 今年十月: a month in numerals (一月 only after a year, 去年一月份: 一月一次 is "once a month"), at a
# clause's start or after a year, not a count of months (八月余, 三月内)
CN_MONTH = re.compile(rf"(?=[12今去十一二三四五六七八九])(?:(?P<y>{_YEAR})年|(?P<rel>今年|去年)|{_CLAUSE_START})(?P<m>十[一二]?|[二三四五六七八九]|(?<=年)一)月"
                      r"(?:份|底|初|中旬|上旬|下旬)?(?![一二三四五六七八九十\d个余多内来后前之革])")  # (十月革命: an event)
# What a RELATIVE match opens with: the first two characters of each of its words (上年, 上半年, 上个月 and
# 上月 open 上 with 年, 半, 个 or 月), a numeral's 年 (三年来, 10年来, 八年多来).  Asked after the first
# character, it spares the alternation at most of the 上, 年, 日, 前 and 同 of a text (上级, 青年, 日常, 前往);
# tests/test_extract_scans.py compares RELATIVE with the pattern without it.
_RELATIVE_OPENING = (rf"(?=今[年天明]|去年|截至|前[年不]|上[年半个月]|下半|明年|目前|近|过去|未来|如今|当[前天日晚]|这一天|现在|日前|最近"
                     rf"|同[一日]|昨[天日]|本月|年[初底末中]|[{_CN_NUM}\d]{{1,3}}年|十[六七八九]大|二十大)")
RELATIVE = re.compile(
    # the lookahead lets the scan skip most positions at one character
    rf"(?=[截今去过前上下目近如当这现日最年昨本同明未{_CN_NUM}\d])" + _RELATIVE_OPENING + "(?:"
    r"(?:截至)?(?:今年|去年|明年) ?(?P<rm>\d{1,2}) ?月(?:(?P<rd>\d{1,2})日)?(?:份|底|初|中旬|上旬|下旬)?(?:以来)?|"
    r"今年(?:以来|来|上半年|下半年|年初|年底)?|去年(?:以来|底|初|年底|年初|同期)?|前年|上年度?|明年(?:上半年|下半年|年初|年底|底|初)?|"
    r"上半年|下半年|截至目前|目前|近年来|过去的?一年(?![多半来])|今明两年|"
    rf"近(?:[{_CN_NUM}]{{1,3}}|\d{{1,2}})年(?:来|以来)|{_CLAUSE_START}近(?:[{_CN_NUM}]{{1,3}}|\d{{1,2}})年|"
    rf"{_CLAUSE_START}未来(?:[{_CN_NUM}]{{1,3}}|\d{{1,2}})年(?![、和至到])|"
    rf"{_CLAUSE_START}近[几些]年(?:来|以来)?|"  # (近几年，…: the recent years, as 近年来; 最近几年 opens no clause here)
    r"(?:十[六七八九]|二十)大以来|"  # (党的十八大以来: the period since a party congress)
    rf"(?:[{_CN_NUM}]{{1,3}}|\d{{1,2}})年来|[{_CN_NUM}]年多来|如今|当前|现在|近日|(?<![\d号])日前|近期|最近|前不久|当天|(?<![^\n，,。；;])(?:同一天|同日|当日|当晚|这一天)|今天|昨天|昨日|(?<![日基成样一版资])本月(?:(?P<bd>[12]?\d|3[01])(?:日|号(?![线楼院文]))|(?![刊均数]|份?[一二三四五六七八九十]|份?\d+(?:日|号(?![线楼院文]))))|(?<![^\n，,。；;：:、（(“\s于在至到从自较比])上个?月(?:初|底|中旬|上旬|下旬)?(?![刊均数度报亮])|"
    r"(?<![\d今去明前上本当年大一二两三四五六七八九十几])(?:年初|年底|年末|年中))"  # (not 大年初一, 每年年底; 一年中,
    # 三年中, 几年中: "within N years", a span, no point of the year)
)
# 年底 listed with a quarter or a half-year (季度、半年、年底; 年中、年底): the points of every year a rule
# sets (the guidelines' recurring periods), no date; not a run of one year's points (今年年初、年底, 2023年
# 上半年、年底, 今年前三季度、年底: the year's own), nor one naming a half of it (上半年、年底: that year's)
_YEAR_POINTS = frozenset(("年初", "年底", "年末", "年中"))
_POINT = r"(?:前?[一二三四]?季度末?|[上下]?半年|年中|年初|年底|年末)"
_RECURRING_POINTS = re.compile(rf"{_POINT}(?:、{_POINT})+")
_ONE_YEAR = re.compile(rf"(?:[今去明本当\d{_CN_NUM}〇零]年|第)$")
_VAGUE = frozenset(word_list("vague_time_words.txt"))  # 近日, 如今: no date


_FIGURATIVE_YESTERDAY = re.compile(r"(?:告别|回顾|回首|铭记|忘记)昨[天日]|昨[天日]之")
_TODAY_NEAR = re.compile(r"今天|今日|明天|明日")


def _in_quote(text: str, k: int) -> bool:
    """Position ``k`` stands inside a direct quotation (“…) opened in its own paragraph and not yet closed
    (a speech's paragraphs each open one and only the last closes it); a mark typed the wrong way round
    after a term, “两学一做“, closes it.  Looked for over _QUOTE_REACH characters back."""
    lo = max(0, k - _QUOTE_REACH)
    line = text.rfind("\n", lo, k) + 1 or lo
    open_at = -1
    for q in _QUOTE_MARK.finditer(text, line, k):
        typed_closed = open_at >= 0 and q.start() - open_at <= _TERM_REACH and not _STOP.search(text, open_at, q.start())
        open_at = -1 if q.group() == "”" or typed_closed else q.start()
    return open_at >= 0


_QUOTE_REACH = 300
_QUOTE_MARK = re.compile("[“”]")
_TERM_REACH = 10  # “两学一做“: an opening mark a few characters after another, no stop between, closes a term
_STOP = re.compile("[。！？；，]")


def _day_before(day: str) -> str | None:
    try:
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    except ValueError:
        return None  # a month or a year only: no day before it


def _relative(text: str, article_date: str | None, m: re.Match[str]) -> str | None:
    if not article_date or text in _VAGUE:
        return None
    year = int(article_date[:4])
    if text in ("今天", "昨天", "昨日") and _in_quote(m.string, m.start()):
        return None  # “今天我们…”: the speaker's day, said before the report was dated
    if text.startswith("截至目前") or text in ("目前", "当天", "今天"):
        return article_date
    if text == "本月":
        return article_date[:7] if len(article_date) >= 7 else None  # this month: the article's
    if m.group("bd"):  # 本月5日: a day of the article's month
        return iso(year, int(article_date[5:7]), int(m.group("bd"))) if len(article_date) >= 7 else None
    if text.startswith("上月") or text.startswith("上个月"):  # last month (上月初, 上个月底): the one before the article's
        if len(article_date) < 7:
            return None
        y, mo = int(article_date[:4]), int(article_date[5:7])
        return iso(y - (mo == 1), 12 if mo == 1 else mo - 1)
    if text in ("昨天", "昨日"):  # the day before the article's (a news report's yesterday) …
        if _FIGURATIVE_YESTERDAY.search(m.string, max(0, m.start() - 2), m.end() + 1) \
                or _TODAY_NEAR.search(m.string, max(0, m.start() - 6), m.end() + 6):
            return None  # … not the past of 告别昨日的落后面貌, 昨日之我, nor 回顾昨天、立足今天
        return _day_before(article_date)
    if m.group("rm"):  # 今年10月, 去年4月13日以来, 明年6 月份 (a plan's deadline; a page that pads its digits with spaces)
        y = year - 1 if "去年" in text else year + 1 if "明年" in text else year
        return iso(y, int(m.group("rm")), int(m.group("rd")) if m.group("rd") else None)
    if text.startswith("今年"):
        return iso(year)
    if text.startswith("去年"):
        return iso(year - 1)
    if text.startswith("前年"):
        return iso(year - 2)
    if text.startswith("明年"):
        return iso(year + 1)  # next year, the article's plans
    if text in ("过去的一年", "过去一年"):  # early in a year the one before; later it may be this one's review
        return iso(year - 1) if len(article_date) >= 7 and int(article_date[5:7]) <= 6 else None
    if text in ("上半年", "下半年", "年初", "年底", "年末", "年中"):
        return iso(year)
    return None  # 近年来, 近三年, 八年来: a span, not a date


# The characters a scan's matches hold near their start (finditer_near tries only the positions
# before one): 月 at most 7 characters after a CN_MONTH's start (2014年十二月), 5 after a MONTH_DAY's
# (10-12月), 2 after a DAY's (23日); 年 at most 5 after a YEAR's (2020 年) and 2 after a SHORT_YEAR's (08年).
_MONTH_CHAR, _DAY_CHAR, _YEAR_CHAR = re.compile("月"), re.compile("日"), re.compile("年")
# A YEAR_DOT_MONTH match holds the dot right after its four-digit year, which opens the match or
# follows its blanks (after a dash: 1993.07— 1996.09): it starts at _dotted_month_start of its dot.
_DOT_CHAR = re.compile(r"\.")


def _dotted_month_start(text: str, k: int, lo: int) -> int:
    """The first position a YEAR_DOT_MONTH match holding the dot at ``k`` can start at (not before ``lo``):
    four characters back, then back over blanks (re's \\s is str.isspace)."""
    s = k - 4
    while s > lo and text[s - 1].isspace():
        s -= 1
    return max(lo, s)

# The scans find_dates skips in a text without 19 or 20 (each match holds one: tests/test_extract_scans.py).
YEAR_GATED = (FULL, YEAR_MONTH, GLUED_YEAR_MONTH, YEAR_DOT_MONTH, YEAR, YEAR_LISTED, YEAR_BEFORE_NAME)


# 新华社某地, 某某日报某地, 人民网某地: an agency's or paper's name, then the place its dispatch was filed
# from, just before the dispatch's day (各乡镇于7月10日电话报送 has none)
_DISPATCH_LEAD = re.compile(rf"(?:社|报|台|网)\s*[{CJK}]{{1,8}}$")
# 电 closing the dateline, not the first character of 电话, 电视, 电报, 电子, 电影 … after a day
_DISPATCH_MARK = re.compile("电(?![视话报告子讯影力脑信])")


def _dispatch_filed_later(text: str, start: int, end: int, month: int, d: int, article_date: str | None) -> bool:
    """某社某地11月1日电 on a page dated June: a dispatch filed after the page's own day, so in an earlier
    year the page does not tell (a repost)."""
    if not article_date or len(article_date) != 10 or (month, d) <= (int(article_date[5:7]), int(article_date[8:10])):
        return False
    return bool(_DISPATCH_MARK.match(text, end)) and bool(_DISPATCH_LEAD.search(text[max(0, start - 12):start]))


def _recurring_point(text: str, start: int, end: int) -> bool:
    """Is the point of the year at text[start:end] (年底) one of a run of points listed (半年、年底) that
    names no one year (no 今年, 2023年 before the run; no 上半年 in it)?"""
    for run in _RECURRING_POINTS.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if run.start() <= start and end <= run.end():
            return not _ONE_YEAR.search(text, max(0, run.start() - 2), run.start()) and "上半年" not in run.group(0) \
                and "下半年" not in run.group(0)
    return False


def find_dates(text: str, article_date: str | None = None,
               exclude: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Dates in ``text``; none inside the spans of ``exclude`` (cited titles)."""
    article_date = checked_iso(article_date)  # (a day the calendar lacks, 2021-02-30, dates no 当天 nor 本月)
    found: list[DateMention] = []
    taken = Taken(len(text), exclude)  # excluded spans and dates already found: the first pattern wins
    # every match of the patterns of a written year holds its 19 or 20 (YEAR_GATED), every match of
    # MONTH_DAY a 月 and of DAY a 日: a text without them is not scanned for them
    has_year = "19" in text or "20" in text

    def add(s: int, e: int, value: str | None) -> None:
        if taken.claim(s, e):
            found.append(DateMention(text[s:e], value, s, e))

    for m in FULL.finditer(text) if has_year else ():
        add(m.start(), m.end(), iso_of(m))
    for m in _FIRST_MONTH.finditer(text) if "元月" in text else ():
        y = int(m["y"]) if m["y"] else int(article_date[:4]) - (m["rel"] == "去年") if article_date else None
        day = m["d"] or m["d2"] or m["d3"]
        add(m.start(), m.end(), iso(y, 1, int(day) if day else None))  # (iso refuses a 0th day and no year)
    for m in finditer_near(CN_DATE, _YEAR_CHAR, 4, text, near=4) if "年" in text else ():  # (年 after its four numerals)
        if (value := iso_cn(m)) is not None:
            add(m.start(), m.end(), value)
    for m in YEAR_MONTH.finditer(text) if has_year else ():
        add(m.start(), m.end(), iso_of(m))
    for m in finditer_near(GLUED_YEAR_MONTH, _MONTH_CHAR, 7, text, near=5) if has_year else ():
        add(m.start(), m.end(), iso_of(m))
    for m in THAT_YEAR_MONTH.finditer(text) if "当年" in text or "同年" in text else ():
        add(m.start(), m.end(), None)  # the year: see _that_year
    for m in finditer_near(YEAR_DOT_MONTH, _DOT_CHAR, _dotted_month_start, text) if has_year else ():
        y, mo = (m["y"], m["m"]) if m["y"] else (m["y2"], m["m2"])
        add(m.start(), m.end(), iso(int(y), int(mo)))  # (the second of a range: right after its dash)
    for m in finditer_near(CN_MONTH, _MONTH_CHAR, 7, text):
        month = int(parse_chinese(m["m"]))
        y = int(m["y"]) if m["y"] else int(article_date[:4]) - (m["rel"] == "去年") if article_date else None
        if y and not m["y"] and not m["rel"]:
            y = _year_told(y, month, None, article_date, text, m.start(), m.end())  # (十二月 in a January report: December before)
        add(m.start(), m.end(), iso(y, month) if y else None)
    for m in finditer_near(YEAR, _YEAR_CHAR, 5, text) if has_year else ():
        add(m.start(), m.end(), iso(int(m["y"])))
    for m in YEAR_LISTED.finditer(text) if has_year else ():
        add(m.start(), m.end(), iso(int(m["y"])))
    for m in YEAR_BEFORE_NAME.finditer(text) if has_year and ("“" in text or "《" in text or '"' in text) else ():
        add(m.start(), m.end(), iso(int(m["y"])))
    for m in finditer_near(SHORT_YEAR, _YEAR_CHAR, 2, text) if "0" in text else ():
        add(m.start(), m.end(), iso(2000 + int(m["y"])))
    for m in RELATIVE.finditer(text):
        if m.group(0) in _YEAR_POINTS and _recurring_point(text, m.start(), m.end()):
            continue  # 各镇于半年、前三季度、年底分三次报送: a checkpoint of every year, no date
        add(m.start(), m.end(), _relative(m.group(0), article_date, m))
    year = int(article_date[:4]) if article_date else None
    for m in finditer_near(MONTH_DAY, _MONTH_CHAR, 5, text):
        month = int(m["m"])
        last = int(m["m2"] or m["m3"] or month)
        if not 1 <= month <= last <= 12:
            continue
        if m["m2"] or m["m3"]:
            add(m.start(), m.end(), iso(year) if year else None)  # 1月至5月: within the year
            continue
        d = int(m["d"]) if m["d"] else None
        after_next_year = text[max(0, m.start() - 2):m.start()] in ("次年", "翌年")  # (its year: see _next_year)
        filed_later = d is not None and _dispatch_filed_later(text, m.start(), m.end(), month, d, article_date)
        value = iso(_year_told(year, month, d, article_date, text, m.start(), m.end()), month, d) if year else None
        add(m.start(), m.end(), value if not after_next_year and not filed_later else None)
    for m in finditer_near(DAY, _DAY_CHAR, 2, text):
        d = int(m["d"])
        if _EVERY_MONTH_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # 每月1日至15日, 每月10日前, 每月3日、18日: a day of every month, a rule's recurring day, no date
        if 1 <= d <= 31:
            add(m.start(), m.end(), _day_of(article_date, d) if article_date and len(article_date) >= 7 else None)
    found.sort(key=lambda x: x.start)
    found = _closed_ranges(text, found)
    _previous_year(text, found)
    _that_year(text, found)
    _listed_days(text, found)
    _next_year(text, found)
    _days_after(text, found)
    _same_day(text, found, article_date)
    return found


_RANGE = ("至", "到", "—", "——", "－", "-", "~", "～", "起至", "起到", "开始至")
# the days before this one may be a range or a list (每月3日、18日; 每月5日和20日): every one recurs
_EVERY_MONTH_BEFORE = re.compile(r"每(?:个)?月(?:的)?(?:\d{1,2}[日号]?\s*(?:至|到|—|－|-|~|～|、|和|及|与)\s*){0,4}$")
_LIST_OR_RANGE = ("、", "和", "及", "与") + _RANGE


_MONTH_OF = re.compile(r"(\d{1,2})月(?:(\d{1,2})[日号])?")


def _next_year(text: str, found: list[DateMention]) -> None:
    """该项目于2018年启动,次年5月建成; 2019年12月至次年3月: a month after 次年 (翌年) is in the year after the
    last dated mention of its sentence (one a 次年 before it dated counts)."""
    # One pass: the last dated mention and the last sentence stop are carried along, the stop looked for
    # only in the text since the last 次年 (a search back to the text's start for each was quadratic).
    last, stop, seen = None, -1, 0
    for d in found:
        if d.iso is None and text[max(0, d.start - 2):d.start] in ("次年", "翌年"):
            stop = max(stop, *(text.rfind(c, seen, d.start) for c in _SENTENCE_STOPS))
            seen = d.start
            m = _MONTH_OF.fullmatch(d.text)
            if m and last and last.start > stop:
                d.iso = iso(int(last.iso[:4]) + 1, int(m.group(1)), int(m.group(2)) if m.group(2) else None)
        if d.iso:
            last = d


_SENTENCE_STOPS = "。！？；\n"


def _listed_days(text: str, found: list[DateMention]) -> None:
    """2016年8月15日、12月11日, 2022年3月1日至4月4日, 2021年1月至3月: a day listed right after a dated one, or
    closing the range it opens (a month closing a year's month range), is in that year, not the article's."""
    for prev, d in zip(found, found[1:]):
        listed = _MONTH_DAY_ONLY.fullmatch(d.text)
        between = text[prev.end:d.start].strip()
        if (month := closing_month(text, prev.end, d)) and prev.iso and len(prev.iso) == 7 \
                and _YEAR_FIRST.match(prev.text) and int(month.group(1)) > int(prev.iso[5:7]):
            d.iso = iso(int(prev.iso[:4]), int(month.group(1)))  # 2021年1月至3月: the range's last month, in its year
            continue
        if listed and prev.iso and len(prev.iso) == 10 and _YEAR_FIRST.match(prev.text) \
                and between in _LIST_OR_RANGE:  # (至次年1月5日: see _next_year)
            month, day = map(int, listed.groups())
            if (month, day) > (int(prev.iso[5:7]), int(prev.iso[8:10])):  # later in that year, not a deadline after it
                d.iso = iso(int(prev.iso[:4]), month, day)
            elif between in _RANGE:  # 2019年12月20日至1月5日: the range runs into the next year
                d.iso = iso(int(prev.iso[:4]) + 1, month, day)


_MONTH_DAY_ONLY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")
_MONTH_ONLY = re.compile(r"(\d{1,2})月(?:份|底|初|中旬|上旬|下旬)?")


def closing_month(text: str, end: int, d: DateMention) -> re.Match[str] | None:
    """2021年1月至3月: ``d`` as a bare month (its number the match's group 1) right after a range word that
    follows the mention ending at ``end``, the month closing the range that one opens; None otherwise."""
    return _MONTH_ONLY.fullmatch(d.text) if text[end:d.start].strip() in _RANGE else None


_ENDS_WITH_DAY = re.compile(r"(\d{1,2})\s*[日号]$")


def _closed_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """2022年3月11日至13日, 5月4日~7日: a bare day closing the range a dated day opens is part of that one
    date (the annotators write the range as one, dated by its first day), not a day of its own."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev and (day := _DAY_ONLY.fullmatch(d.text)) and text[prev.end:d.start].strip() in _RANGE \
                and (first := _ENDS_WITH_DAY.search(prev.text)) and int(first.group(1)) < int(day.group(1)):
            prev.text, prev.end = text[prev.start:d.end], d.end
            continue
        out.append(d)
    return out
_DAY_ONLY = re.compile(r"(\d{1,2})[日号]")


def _days_after(text: str, found: list[DateMention]) -> None:
    """11月16日，…公布。17日，…: a bare day opening its sentence a few days after the month's day the mention
    before it names as the day of what happened (opening its sentence, as for 当天) in the same or the next
    paragraph goes on that story: it is in that month, not the article's (a report dated in December tells
    November's days)."""
    for prev, d in zip(found, found[1:]):
        day = _DAY_ONLY.fullmatch(d.text)
        named = _MONTH_DAY_ONLY.search(prev.text) if day and prev.iso and len(prev.iso) == 10 else None
        if not named or int(named.group(2)) != int(prev.iso[8:10]):
            continue
        between = text[prev.end:d.start]
        if not _opens_as_the_days_event(text, prev):
            continue  # (自2019年12月6日发布…后, 于6月10日前: a start or a deadline in passing, no day of the story)
        if _TOLD_BEFORE.search(text[max(0, prev.start - 12):prev.start]):
            continue  # (会议强调，2023年5月6日，…; 他回忆说，2019年5月6日，…: a day told as background, not the story's)
        if 0 < int(day.group(1)) - int(named.group(2)) <= _DAYS_AFTER_REACH and len(between) <= 300 \
                and len(_BREAKS.findall(between)) <= 1 and (d.start == 0 or text[d.start - 1] in "\n。；;！？!?" or text[d.start - 1].isspace()):
            # (30日 after 2月27日: that month has no such day, and the story's day is not told: None)
            d.iso = iso(int(prev.iso[:4]), int(prev.iso[5:7]), int(day.group(1)))


# 会议指出，… / 他回忆说，… / 通知要求，…: the clause before the day reports what someone said, recalled or laid down, so
# the day is background to the story, and a bare day after it stays in the article's month
_TOLD_BEFORE = re.compile(r"(?:指出|强调|表示|说道?|讲|提到|谈到|回忆|回顾|坦言|感慨|认为|规定|要求|明确)[，,：:]\s*$")
_DAYS_AFTER_REACH = 7  # the next days of one story (a bare 28日 three weeks on is more likely the article's month)


def _same_day(text: str, found: list[DateMention], article_date: str | None = None) -> None:
    """9月30日是放假前一天。当天下午…: 当天 (当日, 当晚, 这一天, 同日) opening a clause after a day the text
    names as the day of what happened is that day, not the article's.  A report's lead may name the day and its next paragraphs
    tell it (4月2日，某县举行…仪式。…\n当天，…): up to two paragraph breaks and _SAME_DAY_REACH characters
    between, with no other date; across a paragraph, only a day of the article's year (1921年7月1日，…\n这一天: an
    anniversary's history, not the day reported)."""
    for prev, d in zip(found, found[1:]):
        if d.text not in _SAME_DAY_WORDS:
            continue
        between = text[prev.end:d.start]
        if "\n" in between and not _just_before(prev.iso, article_date):
            continue
        if prev.iso and len(prev.iso) == 10 and len(between) <= _SAME_DAY_REACH and len(_BREAKS.findall(between)) <= 2 \
                and _opens_as_the_days_event(text, prev) and not _ROUTINE_AFTER.match(text, d.end) and (d.start == 0 or text[d.start - 1] in "\n。；！？，,"):
            d.iso = prev.iso


_SAME_DAY_REACH = 400


def _opens_as_the_days_event(text: str, mention: DateMention) -> bool:
    """9月30日，… / 9月30日上午: the day opening its clause as the day of what happened, the one test a later
    当天 and a later bare 17日 both need before reading their day from it (one test, so the two cannot drift)."""
    return (mention.start == 0 or text[mention.start - 1] in _DAY_OPENS_AFTER or text[mention.start - 1].isspace()) \
        and bool(_EVENT_DAY.match(text, mention.end))


def _just_before(day: str | None, article_date: str | None) -> bool:
    """A day of the article's year, or of the month before its date: what a report tells (an anniversary's
    1921年7月1日 is history)."""
    try:
        gap = (date.fromisoformat(article_date) - date.fromisoformat(day)).days
    except (TypeError, ValueError):
        return False
    return day[:4] == article_date[:4] or 0 <= gap <= 31
_SAME_DAY_WORDS = ("当天", "同一天", "同日", "当日", "当晚", "这一天")
_BREAKS = re.compile(r"\n\s*")
_DAY_OPENS_AFTER = "\n。；！？，,”)）"
# 9月30日，… / 9月30日是… / 9月30日上午: a day opening its sentence as the day of what happened (not 6月30日前,
# 7月1日起, a deadline or a start); 当天受理、当天办结: a routine's "the same day"
_EVENT_DAY = re.compile(r"(?:[，,]|是|上午|下午|晚上|早上|中午|当晚)")
_ROUTINE_AFTER = re.compile(r"(?:受理|办结|办理|处理|解决|反馈|答复|回复|录入|上报|完成)")


def _day_of(article_date: str, d: int) -> str | None:
    """23日 in a report of that month; 30日 in a report dated in February: the month before."""
    y, mo = int(article_date[:4]), int(article_date[5:7])
    return iso(y, mo, d) or (iso(y, mo - 1, d) if mo > 1 else iso(y - 1, 12, d))


def _year_told(year: int, month: int, day: int | None, article_date: str, text: str, start: int, end: int) -> int:
    """12月30日 in a report dated 2022-01-04 is the December before: a month (or its day) named without
    its year that falls more than _AHEAD_REACH days after the article's date in the article's year is
    told of the year before; unless the text sets it ahead: a deadline or a start (12月31日前, 12月1日起),
    a plan or a duty earlier in its clause (将于10月18日召开, 须于11月报送)."""
    if len(article_date) < 7 or not (then := iso(year, month, day or 1)):
        return year  # (a year alone dates no month to compare; 2月30日 is no day at all)
    told = date.fromisoformat(article_date if len(article_date) == 10 else article_date + "-01")
    if (date.fromisoformat(then) - told).days <= _AHEAD_REACH or _SET_AHEAD.match(text, end):
        return year
    clause = _CLAUSE_STOP.split(text[max(0, start - _PLAN_REACH):start])[-1]
    return year if _PLAN_WORD.search(clause) else year - 1


_AHEAD_REACH = 183  # half a year: further ahead, the month of the year before is the nearer one
_SET_AHEAD = re.compile(r"以?前|之前|起|止|为止")
_PLAN_REACH = 20  # characters of the clause before the month looked at for a plan word
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?：:\n]")
_PLAN_WORD = re.compile("|".join(map(re.escape, word_list("plan_words.txt"))))


def is_dotted_month(text: str) -> bool:
    """A résumé's year and month joined by a dot (1975.02): a point in a life, no period nor a year's anchor."""
    return bool(_DOTTED_MONTH.fullmatch(text))


_DOTTED_MONTH = re.compile(r"\d{4}\.\d{1,2}")
_YEAR_FIRST = re.compile(_YEAR)  # (matched at a mention's start: it opens with its year)


def _anchors_a_year(d: DateMention) -> bool:
    """A date that names its year in the text (2014年, 2014年4月), not a résumé's dotted 1975.02."""
    return bool(d.iso and _YEAR_FIRST.match(d.text) and not is_dotted_month(d.text))


def _that_year(text: str, found: list[DateMention]) -> None:
    """当年4月 told right after 2014年 (across a stop or a dash): that year's month; a rule's 须在当年3月前
    or 每年当年… is any year's.  同年10月 (the same year) is always the year last named in its paragraph."""
    year, year_end = None, 0
    for d in found:
        month = THAT_YEAR_MONTH.fullmatch(d.text) if d.text[1:2] == "年" else None  # (the only pattern whose mentions open with 当年, 同年)
        if month and year and (d.start - year_end <= 20 and _TOLD_AFTER.search(text, year_end, d.start)
                               and not _RULE_BEFORE.search(text, max(0, d.start - 4), d.start)
                               or month["that"] == "同" and "\n" not in text[year_end:d.start]):
            d.iso = iso(year, int(month["m"]), int(month["d"]) if month["d"] else None)
        elif _anchors_a_year(d):
            year, year_end = int(d.iso[:4]), d.end


_TOLD_AFTER = re.compile(r"[，,。；;—]")
_RULE_BEFORE = re.compile(r"每年|须|应|要")


def _previous_year(text: str, found: list[DateMention]) -> None:
    """上年 is the year before an explicit year of its sentence (2023年…比上年增长 → 2022);
    without one it is a rule's recurring base (按上年度收入核定), not a date: ISO None."""
    year = None
    last_end = 0
    for d in found:
        if SENTENCE_END.search(text, last_end, d.start):
            year = None
        last_end = d.end
        if d.text.startswith("上年"):
            d.iso = iso(year - 1) if year else None
        elif _anchors_a_year(d):
            year = int(d.iso[:4])
