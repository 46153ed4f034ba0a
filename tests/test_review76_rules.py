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


def test_not_only_once_is_no_count_of_one():
    # 不仅一次, 不只一个: "more than once", unlike 只有一个, 仅有一名 (only one: the count is the point)
    assert _figures("老书记不仅一次说起修路的难处。") == []
    assert _figures("村里不只一个后生想回乡创业。") == []
    assert _figures("这件事他不仅仅一次向镇里反映。") == []
    assert _figures("全乡只有一个村没有通公交。") == [("一个", 1)]
