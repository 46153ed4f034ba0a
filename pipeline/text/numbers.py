"""Numerals: Arabic, Chinese and mixed (三千五百, 十一, 两, 5.15万, 近百万), parsed exactly.

Only ever applied to spans already isolated as numbers: converting whole
sentences is what corrupts 三个区分开来 and 一线 in general-purpose tools.
"""
from __future__ import annotations

from functools import lru_cache
import re

DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "双": 2,
          # financial capitals (大写数字), as written on receipts and in some notices
          "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
ARABIC_ATOMIC = r"\d++(?:,\d{3})*+(?:\.\d+)?+"  # for scans over user text: no backtracking into a digit run


_ARABIC_MAG = re.compile(rf"({ARABIC})([十百千万亿]*)")
# 三四十 (30-40), 六七 (6-7), 十七八 (17-18), 两三百 (200-300): two neighbouring digits are an estimate
_APPROX = re.compile(r"(十)?([一二两三四五六七八])([二三四五六七八九])([十百千万亿]*)")


def _integer(s: str) -> int | None:
    """The integer part of a Chinese numeral, or None if ``s`` is not one."""
    if not s:
        return None
    if any(c not in DIGITS and c not in SMALL_UNITS and c not in BIG_UNITS for c in s):
        return None
    if len(s) > 1 and all(c in DIGITS for c in s):
        return int("".join(str(DIGITS[c]) for c in s))  # 二〇二一, 一一: a digit string
    reader = _Reader()
    for c in s:
        ok = reader.digit(c) if c in DIGITS else reader.small_unit(c) if c in SMALL_UNITS else reader.big_unit(c)
        if not ok:
            return None
    return reader.value(s)


class _Reader:
    """A Chinese numeral with units read one character at a time; each step returns False where
    the characters stop being a numeral."""

    def __init__(self) -> None:
        self.total = 0      # completed 亿 and 万 sections
        self.section = 0    # value below the current 万/亿
        self.last: int | None = None  # the digit read and not yet multiplied by a unit
        self.zero = False   # a 零 since the last unit: 一千零五 is 1005, not colloquial 1500
        self.last_unit = 1
        self.prev_unit: str | None = None  # the unit just before, with no digit in between

    def digit(self, c: str) -> bool:
        if DIGITS[c] == 0:
            if self.last:
                return False  # 五零 inside a numeral with units
            self.zero, self.last, self.prev_unit = True, None, None
            return True
        if self.last is not None:
            return False  # two digits in a row beside units (三四十 is an estimate, parsed apart)
        self.last, self.prev_unit = DIGITS[c], None
        return True

    def small_unit(self, c: str) -> bool:
        if self.prev_unit is not None:
            return False  # 千千, 十百: not a numeral (千千万万 is an idiom)
        u = SMALL_UNITS[c]
        # 一千零十: a bare 十 after 零 is 一十
        self.section += (self.last if self.last is not None else 1) * u
        self.last, self.last_unit, self.prev_unit = None, u, c
        return True

    def big_unit(self, c: str) -> bool:
        u = BIG_UNITS[c]
        if self.prev_unit in BIG_UNITS and BIG_UNITS[self.prev_unit] >= u:
            return False  # 万万, 亿万 (亿万群众): an idiom, not a numeral
        self.section += self.last or 0
        if u > 10_000:
            self.total = (self.total + (self.section or (0 if self.total else 1))) * u
        else:
            if self.section == 0 and not (self.total and self.prev_unit is None):
                self.section = 1  # 万 alone, 百万 handled by the section above
            self.total += self.section * u
        self.section, self.last, self.last_unit, self.prev_unit = 0, None, u, c
        self.zero = False
        return True

    def value(self, s: str) -> int:
        section = self.section
        if self.last is not None:
            # 两万三 means 23000: a bare trailing digit counts in the unit below the last one.
            if self.last_unit >= 100 and not self.zero and len(s) >= 2 and s[-2] not in DIGITS:
                section += self.last * (self.last_unit // 10)
            else:
                section += self.last
        return self.total + section


@lru_cache(maxsize=4096)  # (a pure function of the string; the same numerals recur across a batch's texts)
def parse_chinese(s: str) -> float | None:
    """三千五百 -> 3500, 十一 -> 11, 两万三 -> 23000 (colloquial tail), 百万 -> 1e6,
    一千零十 -> 1010, 一万零百一十一 -> 10111, 壹佰零伍 -> 105, 三点五 -> 3.5."""
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        if frac[-1:] in ("万", "亿") and len(frac) > 1:  # 三点五万: the decimal, then its magnitude
            scale = 10_000 if frac[-1] == "万" else 100_000_000
            base = parse_chinese(f"{whole}点{frac[:-1]}")
            return None if base is None else round(base * scale, 4)
        if "点" in frac or (frac and any(c not in DIGITS for c in frac)):
            return None
        n = _integer(whole) if whole else 0
        if n is None:
            return None
        return float(f"{n}.{''.join(str(DIGITS[c]) for c in frac) or '0'}")
    n = _integer(s)
    return None if n is None else float(n)


def parse_approx(s: str) -> tuple[float, float] | None:
    """六七 -> (6, 7), 三四十 -> (30, 40), 十七八 -> (17, 18), 两三百 -> (200, 300); else None."""
    m = _APPROX.fullmatch(s)
    if not m:
        return None
    ten, a, b, mag = m.groups()
    lo, hi = DIGITS[a], DIGITS[b]
    if hi != lo + 1 and not (a == "两" and b == "三"):
        return None
    if ten:
        if mag:
            return None
        return 10.0 + lo, 10.0 + hi
    scale = parse_chinese("一" + mag) if mag else 1
    if scale is None:
        return None
    return lo * scale, hi * scale


@lru_cache(maxsize=4096)  # (a pure function of the string)
def parse_number(s: str) -> float | None:
    """Arabic, Chinese, or Arabic with a Chinese magnitude (5.15亿, 1.2万, 3千)."""
    s = s.strip()
    m = _ARABIC_MAG.fullmatch(s)
    if m:
        value = float(m.group(1).replace(",", ""))
        for c in m.group(2):
            value *= SMALL_UNITS.get(c) or BIG_UNITS[c]
        return value
    return parse_chinese(s)


def tidy(value: float | None) -> int | float | None:
    if value is None:
        return None
    if float(value).is_integer():
        return int(value)
    return round(value, 4)
