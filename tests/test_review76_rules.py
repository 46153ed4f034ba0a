"""Defects a review of session 76's change found (figures, slogans, titles), each fixed by class.

Texts written for these tests."""
from __future__ import annotations

from pipeline.extract.figures import find_figures


def _figures(text):
    return [(f.text, f.value) for f in find_figures(text)]


def test_second_round_is_no_count_beside_a_once_inside_a_longer_word():
    # 二次 counts only in a scale of times (一次的…二次的…); 一次性, 第一次, 再一次 are words of their own
    assert _figures("镇里给困难党员发了一次性慰问金，鼓励大家二次创业。") == []
    assert _figures("他再一次来到村里，谈起二次开发的打算。") == []
    assert _figures("首次谈话后，第一次整改不到位的，开展二次整改。") == []
    assert [t for t, _ in _figures("迟到一次的，批评；二次的，通报；三次的，调离。")] == ["一次", "二次", "三次"]

