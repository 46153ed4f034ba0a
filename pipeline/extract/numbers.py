"""Numerals: Arabic, Chinese and mixed (三千五百, 十一, 两, 5.15万, 近百万), parsed exactly.

Only ever applied to spans already isolated as numbers: converting whole
sentences is what corrupts 三个区分开来 and 一线 in general-purpose tools.
"""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "双": 2}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
CN_NUMBER = f"[{CN_CHARS}]+"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
ARABIC_ATOMIC = r"\d++(?:,\d{3})*+(?:\.\d+)?+"  # for scans over user text: no backtracking into a digit run


_ARABIC_MAG = re.compile(rf"({ARABIC})([十百千万亿]*)")


def parse_chinese(s: str) -> float | None:
    """三千五百 -> 3500, 十一 -> 11, 两万三 -> 23000 (colloquial tail), 百万 -> 1e6."""
    if not s or any(c not in DIGITS and c not in SMALL_UNITS and c not in BIG_UNITS for c in s):
        return None
    total = 0
    section = 0  # value below the current 万/亿
    digit: int | None = None
    last_unit = 1
    for c in s:
        if c in DIGITS:
            if digit is not None and digit != 0 and DIGITS[c] != 0:
                # 二〇二一 style digit strings
                return float(int("".join(str(DIGITS[x]) for x in s))) if all(x in DIGITS for x in s) else None
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            u = SMALL_UNITS[c]
            section += (digit if digit is not None else 1) * u
            digit = None
            last_unit = u
        else:
            u = BIG_UNITS[c]
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * u if u > 10_000 else total + section * u
            section = 0
            digit = None
            last_unit = u
    if digit is not None:
        # 两万三 means 23000: a bare trailing digit counts in the unit below the last one.
        if last_unit >= 100 and not s.endswith(("零", "〇")) and s[-2] not in DIGITS:
            section += digit * (last_unit // 10)
        else:
            section += digit
    return float(total + section)


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
