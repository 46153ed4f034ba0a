"""The one date parser: written dates (2020-09-11 15:29, 2023年9月5日, 2023年9月) and their ISO form.

The text layer reads datelines with it (``iso_date``, meta.py); extraction
(pipeline/extract/dates.py) builds its mention patterns from the same pieces and
turns every match into ISO through ``iso``, so a date reads the same wherever it stands.
"""
from __future__ import annotations

from calendar import monthrange
import re

from pipeline.text.numbers import parse_chinese

# A pattern that opens with a lookahead for the characters its matches start with ((?=\d)) lets a search
# reject most positions at one character instead of trying the whole pattern (tests/test_extract_scans.py
# checks the sets).
# A year the articles can mean: 1900-2099.
YEAR = r"(?:19|20)\d{2}"
# 2020-09-11, 2020/9/11, 2020年9月11日, each with an optional clock time (15:29, 15:29:00).
DATETIME = re.compile(
    rf"(?P<y>{YEAR})\s*[-/.年]\s*(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{2}}(?=(?:[01]?\d|2[0-3]):[0-5]\d)|\d{{1,2}}(?!\d|\s*月))\s*日?"  # (2024年1-6月, 1-12月: months;
    # 2021-06-0909:32:23: the clock glued to a two-digit day)
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# 29.05.2019 20:01: a site template that writes the day first (12.08.2015 reads the same way).
DAY_FIRST = re.compile(rf"(?=\d)(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR})(?![\d.])(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")
# 10/12/2011 13:31:00: a site template in the American order, month first (a first number over 12
# is the day: 29/05/2019)
SLASH_YEAR_LAST = re.compile(rf"(?=\d)(?<![\d/])(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>{YEAR})(?![\d/])(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")
# 19-03-05 14:20: a portal's dateline with the year in two digits (this century), known by its clock time
SHORT_YEAR_CLOCK = re.compile(r"(?=[0-2])(?<![A-Za-z\d\-/.:])(?P<y>[0-2]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)")
# 2023年9月 (spaces allowed) not followed by a day: a dateline that names only the month.
YEAR_MONTH = re.compile(rf"(?P<y>{YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月(?!\s*\d)")


# 二〇二三年三月十五日, 二00七年九月十八日, 二OO七年: a date in numerals, the way an official document is signed (a 0
# or a letter O may stand for 〇: halfwidth() turns a fullwidth Ｏ into O); the month and the day may be left out
CN_DATE = re.compile(r"(?P<y>[〇零○ＯO0一二三四五六七八九]{4})年(?:(?P<m>十[一二]?|[一二三四五六七八九])月"
                     r"(?:(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?")
_ZERO_LOOKALIKES = str.maketrans("0O", "〇〇")


def iso_cn(m: re.Match[str]) -> str | None:
    """The ISO form of a CN_DATE match (二〇二一 is read digit by digit, a 0 or an O as 〇); None outside
    1900-2099 (OOOO年 is no year)."""
    year = int(parse_chinese(m["y"].translate(_ZERO_LOOKALIKES)))
    month, day = (int(parse_chinese(x)) if x else None for x in (m["m"], m["d"]))
    return iso(year, month, day) if 1900 <= year <= 2099 else None


def iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    """2023 -> '2023', (2023, 5) -> '2023-05', (2023, 5, 1) -> '2023-05-01'; None for an
    impossible month or day (or no year)."""
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= d <= monthrange(y, m)[1] else None  # (no 2012-02-30)


_ISO_FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def checked_iso(value: str | None) -> str | None:
    """A date already in ISO form (2021, 2021-04, 2021-04-30) if the calendar has it, else None: a value
    shaped like one (2021-13-05, 2021-04-31, from a page's dateline or a caller) is no date for being shaped so."""
    m = _ISO_FORM.fullmatch(value) if value else None
    return iso(*(int(g) if g else None for g in m.groups())) if m else None


def search_date(text: str) -> re.Match[str] | None:
    """The first full date in ``text`` (year first, else day first), else the first year and month."""
    # Each scan only where what every match of it holds stands: a year of four digits (19…, 20…) in all but
    # the last, a dot or a slash between day and month, 年 and 月; a clock time's colon in the last.
    if "19" in text or "20" in text:
        found = DATETIME.search(text) or ("." in text and DAY_FIRST.search(text)) or ("/" in text and SLASH_YEAR_LAST.search(text)) \
            or ("月" in text and YEAR_MONTH.search(text))
        if found:
            return found
    return SHORT_YEAR_CLOCK.search(text) if ":" in text else None


def iso_of(m: re.Match[str]) -> str | None:
    """The ISO form of a DATETIME or YEAR_MONTH match (or any match with groups y, m and maybe d)."""
    d = m.groupdict().get("d")
    month, day = int(m["m"]), int(d) if d else None
    if month > 12 and day and day <= 12 and m.re is SLASH_YEAR_LAST:
        month, day = day, month  # 29/05/2019: the day first after all
    year = int(m["y"])
    return iso(year + 2000 if m.re is SHORT_YEAR_CLOCK else year, month, day)


# Sat Apr 25 10:13:42 CST 2020: a site template printing a Java Date as it is
JAVA_DATE = re.compile(rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                       rf"(?P<d>\d{{1,2}}) \d{{2}}:\d{{2}}:\d{{2}} [A-Z]{{2,5}} (?P<y>{YEAR})\b")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")


def month_number(name: str) -> int:
    """1-12 for an English month's name or its abbreviation (Apr, April), 0 for none."""
    return next((k + 1 for k, full in enumerate(MONTH_NAMES) if full.startswith(name.lower())), 0)


def iso_date(text: str) -> str | None:
    """2020-09-11 15:29:00 -> 2020-09-11; 2023年9月 -> 2023-09; Sat Apr 25 10:13:42 CST 2020 -> 2020-04-25."""
    m = search_date(text)
    if m:
        return iso_of(m)
    j = JAVA_DATE.search(text) if "CST" in text or "GMT" in text or "UTC" in text else None
    return iso(int(j["y"]), month_number(j["mon"]), int(j["d"])) if j else None
