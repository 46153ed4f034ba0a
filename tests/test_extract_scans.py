"""The speed-ups of extraction's scans give the answers of the plain computation.

A scan pattern that opens with a lookahead for its first characters (``(?=[…])``, see
pipeline/extract/figures.py) must let through every character a match of the rest can start
with; the parser of ``re`` tells which those are.
"""
from __future__ import annotations

import random
import re

import pytest

try:
    from re import _constants as C, _parser as P  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_constants as C, sre_parse as P

from pipeline.extract import dates as D, figures as F
from pipeline.text import dates as TD

_ANY = object()  # a first position that can hold any character


def _first(items, rest=()) -> set:
    """The characters (or ``\\d``) a match of the parsed ``items`` can start with; _ANY when unknown."""
    out: set = set()
    for k, (op, av) in enumerate(items):
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero-width: the first character is the next item's
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav))
                elif iop is C.RANGE:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                    out.add(r"\d")
                elif iop is C.CATEGORY and iav is C.CATEGORY_SPACE:
                    out.add(r"\s")
                else:
                    out.add(_ANY)
        elif op is C.SUBPATTERN:
            out |= _first(list(av[-1]) + list(items[k + 1:]))
        elif op is C.BRANCH:
            for branch in av[1]:
                out |= _first(list(branch) + list(items[k + 1:]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, body = av
            if low == 0:
                out |= _first(list(items[k + 1:]))
            out |= _first(list(body))
        else:
            out.add(_ANY)
        return out
    return out or {_ANY}  # (an empty match: no first character)


def _lookahead_and_rest(rx: re.Pattern[str]) -> tuple[set, set]:
    """The characters ``rx``'s leading lookahead lets through, and the first characters of the rest."""
    items = list(P.parse(rx.pattern))
    op, av = items[0]
    assert op is C.ASSERT and av[0] == 1, f"{rx.pattern[:40]}…: no leading lookahead"
    return _first(list(av[1])), _first(items[1:])


GUARDED = {
    "figures.FIGURE": F.FIGURE, "figures._BARE_MAGNITUDE": F._BARE_MAGNITUDE, "figures._HALF": F._HALF,
    "figures._HALF_SOME": F._HALF_SOME, "figures._LASTING_HALF": F._LASTING_HALF,
    "figures._BOUNDED_HALF": F._BOUNDED_HALF, "figures._HALF_RANGE": F._HALF_RANGE, "figures._POINTS": F._POINTS,
    "figures._PLACE_COUNT": F._PLACE_COUNT, "figures._DAYS": F._DAYS, "figures._SUMMARY_DA": F._SUMMARY_DA,
    "dates.YEAR": D.YEAR, "dates.RELATIVE": D.RELATIVE,
    "dates.MONTH_DAY": D.MONTH_DAY, "dates.DAY": D.DAY, "dates.YEAR_DOT_MONTH": D.YEAR_DOT_MONTH,
    "dates.SHORT_YEAR": D.SHORT_YEAR, "dates.CN_MONTH": D.CN_MONTH,
    "text.DAY_FIRST": TD.DAY_FIRST, "text.SLASH_YEAR_LAST": TD.SLASH_YEAR_LAST, "text.SHORT_YEAR_CLOCK": TD.SHORT_YEAR_CLOCK,
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_lookahead_lets_every_first_character_through(name):
    allowed, first = _lookahead_and_rest(GUARDED[name])
    assert _ANY not in allowed and _ANY not in first
    missed = {c for c in first - allowed if not (r"\d" in allowed and len(c) == 1 and c.isdecimal())}
    assert not missed, sorted(missed)


def test_first_characters_of_a_pattern():
    assert _first(P.parse(r"(?<!x)(?:ab|\d+c)?d")) == {"a", r"\d", "d"}
    assert _first(P.parse(r"[2-4]|半")) == {"2", "3", "4", "半"}
    assert _lookahead_and_rest(re.compile(r"(?=[甲乙])(?:甲|丙)")) == ({"甲", "乙"}, {"甲", "丙"})


SENTENCES = [
    "全镇共有党员三千二百名，其中近两万元用于培训，另有1.5万、2万和3万元分别拨付。",
    "半年多来，他们花了半个多月走访12个村，为期半天的座谈会不足半年就见效，半年至一年内完成。",
    "北京、河北两地与三部委联合行动，会议提出三点要求，5日内办结，拘留10日。",
    "教育、卫生、养老三大民生领域投入逾十亿元，惠及数十万群众，不少于200人参加。",
    "1998.07参加工作，2003.9 — 2008.12任乡长；08年毕业后，2019“最美家庭”评选中获奖。",
    "今年八月，去年十一月底，2020年九月份，他说现在近三年来当年5月23日的事。",
    "工作半年，任职不足半年的干部，6月至8月和3月5日，2018、2019年两次。",
    "发布时间：29.05.2019 20:01 来源：某某网 10/12/2011 13:31:00 更新于 19-03-05 14:20",
]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_scan_finds_what_the_bare_pattern_finds(name):
    rx = GUARDED[name]
    bare = re.compile(re.sub(r"^\(\?=(?:\[[^\]]*\]|[^)]*)\)", "", rx.pattern, count=1))
    assert bare.pattern != rx.pattern
    for text in SENTENCES:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_ordinal_precheck_answers_as_the_scan():
    texts = ["第一、二批选派的干部", "第12、13期培训班", "一、二、三项工作", "第三批、四个村", "选派第一、二、三批干部"]
    for text in texts:
        for s in range(len(text) + 1):
            plain = any(m.end() == s for m in F._ORDINAL_BEFORE.finditer(text, max(0, s - 5), s + 1))
            assert F._after_ordinal(text, s) == plain, (text, s)
    assert F._after_ordinal("第一、二批", 3) and not F._after_ordinal("一、二批", 2)


def test_listed_numbers_need_their_fenbie():
    with_fenbie = F.find_figures("两镇新增党员分别为3、5和8名。")
    assert [(f.text, f.unit) for f in with_fenbie] == [("两镇", "镇"), ("3", "名"), ("5", "名"), ("8名", "名")]
    assert [f.text for f in F.find_figures("两镇新增党员为3、5和8名。")] == ["两镇", "8名"]


def test_find_dates_skips_only_scans_that_could_find_nothing():
    """find_dates scans for a written year only in a text holding 19 or 20, for MONTH_DAY only where
    a 月 stands and for DAY only where a 日 does: every match of each holds that string."""
    from pipeline.extract import dates
    from pipeline.extract.measures import needed_strings

    for rx in dates.YEAR_GATED:
        assert needed_strings(rx.pattern) is not None and needed_strings(rx.pattern) <= {"19", "20"}, rx.pattern
    assert needed_strings(dates.MONTH_DAY.pattern) == {"月"}
    assert needed_strings(dates.DAY.pattern) == {"日"}
    for text in ("2021年3月5日召开", "3月5日召开", "5日上午", "今年3月", "二〇二一年五月", "1998.05参加工作"):
        assert [d.text for d in dates.find_dates(text, "2022-04-01")]  # (each still finds its date)


def test_relative_opening_changes_no_match():
    """RELATIVE asks what its matches open with (_RELATIVE_OPENING) before its alternation: the same
    matches as the pattern without that lookahead, on sentences and on random strings of its words."""
    without = re.compile(D.RELATIVE.pattern.replace(D._RELATIVE_OPENING, "", 1))
    assert without.pattern != D.RELATIVE.pattern
    words = ["截至", "今年", "去年", "前年", "上年", "上年度", "明年", "上半年", "下半年", "目前", "近年来", "过去", "的", "一年",
             "近", "三", "十二", "10", "年", "来", "以来", "未来", "如今", "当前", "现在", "近日", "日前", "近期", "最近", "前不久",
             "当天", "同一天", "同日", "今天", "昨天", "昨日", "本月", "5", "日", "号", "份", "上个月", "上月", "初", "底", "年初",
             "年底", "年末", "年中", "多", "月", "，", "。", "\n", "、", "于", "上级", "青年", "日常", "前往", "同志", "本", "上", "下",
             "当", "现", "明", "未", "昨", "同", "最", "如", "目", "今", "去", "过", "前", "一", "八", "2"]
    sentences = ["截至目前，今年以来近三年来共召开会议；去年同期、前年、上年度比较，上个月底与本月5日、本月，同日下午。",
                 "八年多来，10年来，未来五年，近两年，过去一年，如今、当前、现在、近日、日前、近期、最近、前不久，当天，昨天。",
                 "青年干部上级前往日常同志下乡，明年上半年，年初年底年末年中，今年5月3日以来，去年4月底。"]
    rng = random.Random(5)
    texts = sentences + ["".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in without.finditer(text)]
        found += len(expected)
        assert [(m.span(), m.groupdict()) for m in D.RELATIVE.finditer(text)] == expected, text
    assert found > 1000


# YEAR_BEFORE_NAME and YEAR_LISTED as they were written with a leading lookahead and lookbehind
# (now the lookbehind follows the year's first two digits: _year_not_after)
_LOOKING_FIRST = {
    "YEAR_BEFORE_NAME": r"(?=[12])(?<![\d.\-/:：])(?P<y>(?:19|20)\d{2})(?=\s?[“\"《])",
    "YEAR_LISTED": r"(?=[12])(?<![\d.\-/])(?P<y>(?:19|20)\d{2})(?=(?:\s*(?:——|[、和及与\-—–~～－至到])\s*(?:19|20)\d{2})+年)",
}


@pytest.mark.parametrize("name", sorted(_LOOKING_FIRST))
def test_year_tested_after_its_digits(name):
    rx, before = getattr(D, name), re.compile(_LOOKING_FIRST[name])
    pieces = [*"0123456789.-/:：、和及至—～ “\"《年", "19", "20", "2019", "1998", "2020", "——", "2.2019", "12019", "2019、2020年", "2010和", "2011年", "2022-2025年", "至2021年"]
    sentences = ["2018“最美村干部”评选，2023《办法》，12019“某某”，3.2020“某某”，2020 “某某”", "2010和2011年，2018、2019年，2022-2025年，"
                 "2019 —— 2020年，1.2019、2020年，/2019和2020年"]
    rng = random.Random(name)
    texts = sentences + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in before.finditer(text)]
        found += len(expected)
        assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == expected, text
    assert found > 100
    assert not rx.pattern.startswith("(?=") and not rx.pattern.startswith("(?<")  # (re skips to its first characters)
