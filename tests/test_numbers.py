"""The numeral parser over the whole plain-numeral family: every place value, 零 before a
small unit (一千零十), 零 skipping a section (一万零一), capitals (壹佰), digit strings,
decimals with 点, colloquial tails (两万三), estimates (六七, 三四十) and idioms that only
look like numerals (千千万万, 亿万)."""
from __future__ import annotations

import pytest

from pipeline.text.numbers import parse_approx, parse_chinese, parse_number

# Place values 1 … 10^11, each written out in full.
ONES = ["一", "十一", "一百一十一", "一千一百一十一", "一万一千一百一十一", "一十一万一千一百一十一",
        "一百一十一万一千一百一十一", "一千一百一十一万一千一百一十一", "一亿一千一百一十一万一千一百一十一",
        "一十一亿一千一百一十一万一千一百一十一", "一百一十一亿一千一百一十一万一千一百一十一",
        "一千一百一十一亿一千一百一十一万一千一百一十一"]

CASES = {
    "两": 2, "十": 10, "一十一": 11, "二十": 20, "九十九": 99,
    # 零 between units, and a bare 十 after 零 meaning 一十
    "一百零一": 101, "一千零一": 1001, "一千零十": 1010, "一千零十一": 1011, "一千零一十一": 1011,
    "一千一百零一": 1101, "一万零一": 10001, "一万零十一": 10011, "一万零一十一": 10011,
    "一万零一百一十一": 10111, "一万零百一十一": 10111, "一十万零一": 100001, "一百万零一": 1000001,
    "一千万零一": 10000001, "一千零一万一千零一": 10011001, "一千零一万零一": 10010001,
    "一亿零一": 100000001, "一十亿零一": 1000000001, "一百亿零一": 10000000001,
    "一千零一亿一千零一万一千零一": 100110011001, "一千亿一千万一千零一": 100010001001,
    "一千亿零一": 100000000001, "十万": 100000, "十万零一": 100001, "十亿零一万零一": 1000010001,
    "两千零二十": 2020, "三千零五": 3005,
    # bare magnitudes and colloquial tails
    "万": 10000, "亿": 100000000, "百万": 1000000, "千万": 10000000, "万亿": 10 ** 12,
    "两万三": 23000, "三千五": 3500, "一百一": 110, "三万五千": 35000,
    # financial capitals
    "壹": 1, "拾": 10, "拾壹": 11, "壹拾壹": 11, "壹佰壹拾壹": 111, "壹仟壹佰壹拾壹": 1111,
    "壹万壹仟壹佰壹拾壹": 11111, "拾万零壹": 100001, "拾亿零壹万零壹": 1000010001, "贰佰零伍": 205,
    # digit strings (years, codes) and decimals
    "一一": 11, "一一一": 111, "一七二零": 1720, "二〇二四": 2024,
    "零点一": 0.1, "零点零零一": 0.001, "点五": 0.5, "零点": 0, "一七二零点一三四": 1720.134, "三点五": 3.5,
    "三点五万": 35000, "十二点五亿": 1250000000,  # a decimal, then its magnitude
}


@pytest.mark.parametrize("numeral, value", [(s, int("1" * (i + 1))) for i, s in enumerate(ONES)] + list(CASES.items()))
def test_plain_numerals(numeral, value):
    assert parse_chinese(numeral) == pytest.approx(value)


@pytest.mark.parametrize("text", ["千千万万", "亿万", "万万", "十百", "零点点", "零点零大", "三五零十", ""])
def test_not_numerals(text):
    assert parse_chinese(text) is None


@pytest.mark.parametrize("text, pair", [
    ("六七", (6, 7)), ("三四十", (30, 40)), ("十七八", (17, 18)), ("两三百", (200, 300)), ("七八千", (7000, 8000)),
    ("六八", None), ("二十", None), ("五", None),
])
def test_estimates(text, pair):
    assert parse_approx(text) == pair


@pytest.mark.parametrize("text, value", [("5.15亿", 5.15e8), ("1.2万", 12000), ("3千", 3000), ("1,200", 1200)])
def test_arabic_with_magnitude(text, value):
    assert parse_number(text) == pytest.approx(value)
