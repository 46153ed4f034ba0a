"""extract/slogans.py: patterns shared by every head character, the prefix look-up of national
formulas and the memo of classify_quoted answer as the computations they replace."""
from __future__ import annotations

import re

from pipeline.extract import slogans
from pipeline.text.chars import CJK

WINDOWS = ["开展小调研、小走访、小座谈活动", "比学习、比干劲、赛作风、赛成效，", "大排查、大整治、大调解等",
           "一是小书屋、小课堂，二是小广场", "甲小乙、小丙小丁、小戊", "小、小、小", "", "推进小微权力清单、小额资金"]


def _head_run_after(k: str) -> re.Pattern[str]:  # the pattern per head the shared one replaced
    return re.compile(rf"{re.escape(k)}[{CJK}]{{1,6}}(?:、{re.escape(k)}[{CJK}]{{1,6}})+")


def _head_run_before(k: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(k)}[{CJK}]{{1,10}}(?:、{re.escape(k)}[{CJK}]{{1,10}})+"
                      rf"(?=(?:[，,]|——|—|：|:)?(?:等|的)?[“\"]?$)")


def test_head_runs_are_the_per_head_patterns():
    assert sum(1 for w in WINDOWS for _ in slogans._head_runs(slogans._HEAD_RUN_AFTER, "小", w)) >= 3
    for window in WINDOWS:
        for k in "小比赛大乙甲":
            found = [m.group() for m in slogans._head_runs(slogans._HEAD_RUN_AFTER, k, window)]
            assert found == [m.group() for m in _head_run_after(k).finditer(window)], (k, window)
            first = next(slogans._head_runs(slogans._HEAD_RUN_BEFORE, k, window), None)
            expected = _head_run_before(k).search(window)
            assert (first and first.group()) == (expected and expected.group()), (k, window)


def test_national_then_noun_is_the_scan_of_every_form():
    forms, _ = slogans.lexicon()

    def scan(content: str) -> bool:  # the linear scan the prefix look-up replaced
        return any(content.startswith(f) and 1 <= len(content) - len(f) <= 3
                   and not re.search(rf"[\d{slogans.NUMERALS}]", content[len(f):])
                   and (len(f) >= 3 or content[len(f):] in slogans._MEMBERS) for f in forms if len(f) >= 2)

    contents = ["四个意识导师", "四个意识三人", "两学一做班子", "两学一做活动", "四个意识", "两学一做成员会议",
                "三严三实2", "某某", "两委班子", "x"]
    assert any(scan(c) for c in contents) and not all(scan(c) for c in contents)
    for c in contents:
        assert slogans._national_then_noun(c) == scan(c), c


def test_classify_quoted_memo_gives_the_computed_answer():
    quotes = ["四个意识", "三访三评", "1+2+X", "互联网+", "选育管用", "大走访大排查", "12308", "一心一意", "含金量", "甲、乙、丙"]
    for q in quotes * 2:
        assert slogans.classify_quoted(q) == slogans.classify_quoted.__wrapped__(q), q


def test_quoted_run_pattern_per_count():
    text = "要下好“深度”“广度”“力度”"
    run = slogans._quoted_run(3).search(text)
    assert run and slogans._QUOTED_ITEMS.findall(run.group()) == ["深度", "广度", "力度"]
    assert slogans._quoted_run(3) is slogans._quoted_run(3)


def test_literal_spans_are_finditer_of_the_escaped_word():
    """A numbered formula written bare again (三万工作) is found by str.find, not a pattern compiled per formula:
    the same spans as re.finditer, overlapping runs (三三三 in 三三三三三) taken left to right."""
    import random

    rng = random.Random(77)
    texts = ["继续做好三万工作，三万活动和三万行动", "三三三三三", "", "两学一做两学一做学习教育"]
    texts += ["".join(rng.choice("三万一做两学工作") for _ in range(rng.randint(0, 80))) for _ in range(300)]
    for text in texts:
        for word in ("三万", "三三", "三三三", "两学一做", "做", "工作工作"):
            expected = [m.span() for m in re.finditer(re.escape(word), text)]
            assert list(slogans._literal_spans(text, word)) == expected, (text, word)
