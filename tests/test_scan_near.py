"""finditer_near (pipeline/extract/spans.py) gives the matches of a whole-text scan.

Each scan of dates and figures that tries only the positions near an anchor character is
compared with ``finditer`` on sentences written for the test (some at the greatest reach: 2014年十二月,
10-12月, 三十日) and on random strings of the characters the patterns read.
"""
from __future__ import annotations

import random
import re

import pytest

from pipeline.extract import dates as D, figures as F, slogans as S
from pipeline.extract.spans import finditer_near

# (pattern, anchor, reach) as the extractors scan them
SCANS = {
    "dates.CN_MONTH": (D.CN_MONTH, D._MONTH_CHAR, 7),
    "dates.YEAR": (D.YEAR, D._YEAR_CHAR, 5),
    "dates.SHORT_YEAR": (D.SHORT_YEAR, D._YEAR_CHAR, 2),
    "dates.MONTH_DAY": (D.MONTH_DAY, D._MONTH_CHAR, 5),
    "dates.DAY": (D.DAY, D._DAY_CHAR, 2),
    "dates.YEAR_DOT_MONTH": (D.YEAR_DOT_MONTH, D._DOT_CHAR, D._dotted_month_start),
    "figures._HALF": (F._HALF, F._HALF_CHAR, 0),
    "figures._LASTING_HALF": (F._LASTING_HALF, F._HALF_CHAR, 0),
    "figures._BOUNDED_HALF": (F._BOUNDED_HALF, F._HALF_CHAR, 0),
    "figures._HALF_SOME": (F._HALF_SOME, F._HALF_CHAR, 0),
    "figures._HALF_RANGE": (F._HALF_RANGE, F._HALF_CHAR, 0),
    "figures._POINTS": (F._POINTS, F._POINT_CHAR, 1),
    "figures._PLACE_COUNT": (F._PLACE_COUNT, F._NUMERAL_THEN_PLACE_UNIT, 1),
    "figures._DAYS": (F._DAYS, F._DAY_CHAR, 3),
    "figures._SUMMARY_DA": (F._SUMMARY_DA, F._DA_CHAR, 2),
    "figures._BARE_MAGNITUDE": (F._BARE_MAGNITUDE, F._MAGNITUDE_CHAR, F._magnitude_run_start),
    "slogans._PLUS": (S._PLUS, S._PLUS_SIGN, 1),
}

SENTENCES = [
    "2014年十二月，新建的文化站开放；今年八月又办了夜校。",
    "10-12月共走访农户300户，3月5日至7日集中培训，5月4—10日复查。",
    "行拘三十日，15日内办结，七日未回复的再催办，每5日通报一次。",
    "2020 年起，2021年度、2022年以来，08年毕业的学生回乡，05年级组不算。",
    "为期半年的培训结束后，又用了半个多月整改，不足半年的不计，半年至一年的补发，半天内答复。",
    "会上提出三点要求和5点意见，下午三点散会。",
    "北京、河北两地，辖1市8县7区，中编办等六部委，甘德县辖8乡。",
    "教育、卫生两大民生领域，乡村振兴、产业园区等6大重点领域，十二大报告。",
    "某某 硕士 1975.2 36岁，1993.07—1996.09 任乡干部，2001.5参加工作，2010.5吨，1998.10 ~  \u30002003.1止。",
    "全县不少于1.5万人参加，投入10到20万元，近两三万户受益，数十万群众，60多万元、2万、1.5万和1万元。",
    "资金达到３万元，一万、二亿，上亿元，超过12.5亿，最多不超过5000万，约3-4万。",
    "",
    "日月年大半点区乡地部万亿",
    # formulas of digits and letters joined by + (1+2+X), and arithmetic
    "推行1+2+X模式，A+B+C，3+1，12+3+4，1+1+1+1+1+1，a+1+2。",
    # place units after other words (基地, 干部, 地区) and after numerals, one or two (十二区)
    "基地的干部在地区工作；辖十二区、两地、8乡，六部委，五部门，二部部委，三区三州。",
]

# characters and a few words the patterns read (a year needs its four digits in a row)
_PIECES = [*"0123456789一二两三四五六七八九十百千半年月日号大点区乡地部委个多余内以来前后至到—-~、，。；第每今去当的天周 \n",
           "2014", "1998", "20", "08", "今年", "去年", "十二", "为期", "历时", "不足", "超过", "未满", "过去", "之前",
           "小时", "时间", "要求", "领域", "部委", "个多", "点要求", "点意见", "半年，", "半年时间", "半个多月", "为期半年的",
           "不足半天的", "半年至", "两大", "万", "亿", "万元", "3.5", "不少于", "最多不超过", "约", "数", "上", "至", "１２",
           ".", "1993", "2001.", ".07", "+", "X", "A", "a", "1+2", "参加", "—", "～", " ", "\u3000", "岁", "2001.5参加", "1993.07", "1996.09"]


def _spans(ms) -> list:
    return [(m.span(), m.groups()) for m in ms]


@pytest.mark.parametrize("name", sorted(SCANS))
def test_sentences(name):
    rx, anchor, reach = SCANS[name]
    for text in SENTENCES:
        assert _spans(finditer_near(rx, anchor, reach, text)) == _spans(rx.finditer(text)), (name, text)


@pytest.mark.parametrize("name", sorted(SCANS))
def test_random_strings(name):
    rx, anchor, reach = SCANS[name]
    rng = random.Random(name)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        expected = _spans(rx.finditer(text))
        found += len(expected)
        assert _spans(finditer_near(rx, anchor, reach, text)) == expected, (name, text)
    assert found, f"{name}: the random strings held no match"


def test_a_reach_too_short_is_caught():
    """The comparison can fail: 10-12月 needs MONTH_DAY's whole reach of 5."""
    text = "10-12月"
    assert _spans(finditer_near(D.MONTH_DAY, D._MONTH_CHAR, 4, text)) != _spans(D.MONTH_DAY.finditer(text))
    assert _spans(finditer_near(D.MONTH_DAY, D._MONTH_CHAR, 5, text)) == _spans(D.MONTH_DAY.finditer(text))


def test_after_a_match_the_scan_goes_on_at_its_end():
    rx, anchor = re.compile(r"\d+日"), re.compile("日")
    assert [m.group() for m in finditer_near(rx, anchor, 3, "12日3日 45日日")] == ["12日", "3日", "45日"]


def test_unit_and_qualifier_lookaheads_let_every_one_through():
    """UNIT and PRE open with a lookahead for their first characters: every first character the
    parser finds in their alternatives is let through, and each unit and qualifier still matches."""
    from re import _parser as P

    from test_extract_scans import _ANY, _first

    for words, rx in ((F._UNIT_WORDS, F.UNIT), (F._PRE_WORDS, F.PRE)):
        lookahead = re.compile(rx[:rx.index("])") + 2])  # (?=[…])
        firsts = _first(list(P.parse(words)))
        assert _ANY not in firsts and r"\d" not in firsts
        assert [c for c in firsts if not lookahead.match(c)] == []
    unit, pre = re.compile(F.UNIT), re.compile(F.PRE)
    assert all(unit.fullmatch(u) for u in F.UNITS) and unit.fullmatch(":1")
    for q in ("不少于", "最多不超过", "不得低于", "将近", "逾", "上"):
        assert pre.match(q + "百"), q


def test_a_text_without_numerals_has_no_figures():
    """find_figures returns at once for a text without a digit, a Chinese numeral or 半: the passes
    would have found nothing there either."""
    texts = ["最近大家都很忙，超过预期，将近完成任务。", "至少有人知道，不足之处在于约定俗成。", "千方百计", "十分重要", "过半数", "3人"]
    gated = [F.find_figures(t) for t in texts]
    saved, F._NUMERAL = F._NUMERAL, re.compile("")  # (every text scanned)
    try:
        assert [F.find_figures(t) for t in texts] == gated
    finally:
        F._NUMERAL = saved
    assert gated[0] == gated[1] == [] and any(gated[2:])
