"""A search mark covers the words searched for, also after characters that normalising makes longer
(…… becomes six dots, ℃ two characters): marks placed by the normalised text's offsets fell that many
characters late (……某县建立容错纠错<mark>机制，对</mark>)."""
from __future__ import annotations

import pytest

from pipeline.search.hits import highlight


@pytest.mark.parametrize("text, term, marked", [
    ("……针对这些顾虑，某县建立容错纠错机制。", "容错纠错", "容错纠错"),
    ("室外气温46℃，某县选调生仍在村里走访。", "选调生", "选调生"),
    ("第一书记（ⅰ）说……村里建起了合作社。", "合作社", "合作社"),
    ("某县幹部容錯糾錯辦法出臺。", "容错纠错", "容錯糾錯"),
])
def test_the_mark_covers_the_term(text, term, marked):
    assert f"<mark>{marked}</mark>" in highlight(text, [term])


def test_a_window_around_the_first_mark_still_holds_it():
    text = "……" * 30 + "某县为基层干部落实带薪休假制度。" + "……" * 30
    assert "<mark>带薪休假</mark>" in highlight(text, ["带薪休假"], width=40)
