"""Patterns of pipeline/extract/slogans.py searched only in a window whose end could close a match:
_kinds_listed_before's clause (a comma, bared of a final newline, a quote and blanks) and
_components_before's quoted list (_ends_as_quotes_before).  Each gives the same answer as searching
every window, on windows written for the test and on random ones."""
from __future__ import annotations

import random

from pipeline.extract import slogans as S


def _searched_always(text: str, start: int, slogan: str, n: int | None) -> list[str]:
    """The function as it was: the pattern searched in every window."""
    m = S._CLAUSE_THEN_COMMA.search(text[max(0, start - 80):start])
    items = S._strip_lead_verbs(m.group(1)).split("、") if m and n else []
    if len(items) != n or n < 2 or not all(i.endswith(slogan[-1]) for i in items):
        return []
    items[0] = S._like_the_others(items[0], items[1:])
    return items if all(2 <= len(i) <= 8 for i in items) else []


TEXTS = [
    "努力打造学习型、服务型、创新型，“三型”机关",
    "努力打造学习型、服务型、创新型， “三型”机关",
    "努力打造学习型、服务型、创新型,\n“三型”机关",
    "努力打造学习型、服务型、创新型，\u3000\"三型\"机关",
    "要做到懂农业、爱农村、爱农民，“三爱”干部",
    "要做到懂农业、爱农村、爱农民。“三爱”干部",
    "学习型、服务型“两型”",
    "，“两型”",
    "甲型、乙型、丙型，“\n三型”",
]


def _cases():
    for text in TEXTS:
        for start in range(len(text) + 1):
            for n in (None, 0, 1, 2, 3, 4):
                yield text, start, "三型", n
                yield text, start, "三爱", n


def test_written_windows():
    hits = 0
    for text, start, slogan, n in _cases():
        want = _searched_always(text, start, slogan, n)
        hits += bool(want)
        assert S._kinds_listed_before(text, start, slogan, n) == want, (text, start, n)
    assert hits  # (some window lists its kinds)


def test_random_windows():
    pieces = [*"型爱、，,。“”\" \n\u3000甲乙丙丁", "学习型", "服务型", "培养", "通过参加"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start, n = rng.randint(0, len(text)), rng.choice((None, 1, 2, 3))
        assert S._kinds_listed_before(text, start, "三型", n) == _searched_always(text, start, "三型", n), (text, start, n)


HEADS = [
    "推行“红色”“绿色”“金色”",
    "推行“红色”、“绿色”、“金色”等",
    "推行“红色”、“绿色”、“金色”、",
    "推行“红色”“绿色”的\n",
    "推行‘红色’‘绿色’这",
    '推行"红色""绿色",',
    "推行“红色”“绿色”，等\n",
    "推行“红色”“绿色”。",
    "推行“红色”“绿色”\n\n",
    "“红色”",
    "",
]


def test_quotes_before_gate():
    for head in HEADS:
        for k in range(len(head) + 1):
            if S._QUOTES_BEFORE.search(head[:k]):
                assert S._ends_as_quotes_before(head[:k]), head[:k]
    pieces = [*"“”‘’\"、，,。等这的和及与红绿金 \n", "红色", "“红色”"]
    rng = random.Random(11)
    found = 0
    for _ in range(30000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if S._QUOTES_BEFORE.search(head):
            found += 1
            assert S._ends_as_quotes_before(head), head
    assert found


def test_components_before_with_the_gate_open():
    texts = [h + "三色工程" for h in HEADS] + ["开展甲、乙、丙三项活动", "以“一、二、三”为主的三项"]
    gated = [S._components_before(t, t.rindex("三"), 3) for t in texts]
    saved, S._ends_as_quotes_before = S._ends_as_quotes_before, lambda head: True
    try:
        assert [S._components_before(t, t.rindex("三"), 3) for t in texts] == gated
    finally:
        S._ends_as_quotes_before = saved
    assert any(gated)
