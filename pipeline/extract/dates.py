"""Dates and periods: 2021年, 2023年度, 2023年5月以来, 上半年, 去年以来, 截至目前.

Relative periods resolve only against the article's own date; without one
their ISO form is None, never guessed from today.
"""
from __future__ import annotations

import re

from ..records import DateMention

_YEAR = r"(?:19|20)\d{2}"
FULL = re.compile(
    rf"(?P<y>{_YEAR})\s*[-/.年]\s*(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})\s*日?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:以来)?"
)
YEAR_MONTH = re.compile(rf"(?P<y>{_YEAR})年(?P<m>\d{{1,2}})月(?:份|底|初|中旬|下旬|上旬)?(?:以来)?")
YEAR = re.compile(rf"(?<![\d.])(?P<y>{_YEAR})(?:年度?|年底|年初|年末|年内|年以来|年上半年|年下半年)(?:以来)?(?!\d)")
MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|底|初|份|中旬|上旬|下旬)")
RELATIVE = re.compile(
    r"今年(?:以来|上半年|下半年|年初|年底|(?P<tm>\d{1,2})月(?:份|底|初)?)?|去年(?:以来|底|初|年底|年初|同期)?|前年|上年度?|"
    r"上半年|下半年|截至目前|截至今年\d{1,2}月(?:底)?|目前|近年来|近(?:[一二两三四五六七八九十]|\d{1,2})年(?:来|以来)?|"
    r"(?:[一二两三四五六七八九十]|\d{1,2})年来|一年多来|如今|当前"
)


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= d <= 31 else None


def _relative(text: str, article_date: str | None, m: re.Match[str]) -> str | None:
    if not article_date:
        return None
    year = int(article_date[:4])
    if text.startswith("截至目前") or text in ("目前", "当前"):
        return article_date
    if text.startswith("今年"):
        if m.group("tm"):
            return _iso(year, int(m.group("tm")))
        return _iso(year)
    if text.startswith(("去年", "上年")):
        return _iso(year - 1)
    if text.startswith("前年"):
        return _iso(year - 2)
    if text in ("上半年", "下半年"):
        return _iso(year)
    return None  # 近年来, 近三年, 八年来: a span, not a date


def find_dates(text: str, article_date: str | None = None) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, iso: str | None) -> None:
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        found.append(DateMention(text[s:e], iso, s, e))

    for m in FULL.finditer(text):
        add(m.start(), m.end(), _iso(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in YEAR_MONTH.finditer(text):
        add(m.start(), m.end(), _iso(int(m["y"]), int(m["m"])))
    for m in YEAR.finditer(text):
        add(m.start(), m.end(), _iso(int(m["y"])))
    for m in RELATIVE.finditer(text):
        add(m.start(), m.end(), _relative(m.group(0), article_date, m))
    year = int(article_date[:4]) if article_date else None
    for m in MONTH_DAY.finditer(text):
        d = int(m["d"]) if m["d"] else None
        add(m.start(), m.end(), _iso(year, int(m["m"]), d) if year else None)
    found.sort(key=lambda x: x.start)
    return found

