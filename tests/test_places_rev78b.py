"""Places, session 78 review (review78b): the place finder's cost and town lists.  The texts are short notices
written for these tests."""
from __future__ import annotations

import time

from pipeline.extract.regions import locate


# --- 4: a county before a medium's word, many times over, costs time in proportion to the text --------------------

def test_many_counties_before_a_mediums_word_cost_little(g, segmenter):
    # (each 县 + 网/报 asked every match of the text whether one of its own units starts there: 6,000 such leads
    # took 3-5 s, quadratic; indexed by start they take a tenth of a second)
    locate("渠县网报道。", g)
    text = "。".join(f"渠县网第{i}期报道，攸县报第{i}期刊发" for i in range(6000)) + "。"
    start = time.perf_counter()
    locate(text, g)
    assert time.perf_counter() - start < 1.5
