"""Findings of the session-74 usability test (extraction): a time word after a town opens no village's name,
paired slogans keep both halves, a headline's figure the body repeats counts once, a figure's subject drops
its year.

Every sentence here is written for these tests; the divisions are real ones."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _villages(text, g):
    return [m.text for m in locate(text, g).mentions if m.place.level == "village"]


# --- places: a time word right after a town, then the villages' cadres in general -----------------

@pytest.mark.parametrize("clause", ["今年组织村“两委”干部集中培训3期", "近期召开村“两委”联席会议",
                                    "日前开展村两委换届回头看", "上半年开展村“两委”成员述职"])
def test_a_time_word_after_a_town_opens_no_village(g, clause):
    # 某镇|今年|组织|村“两委”: the town's clause about villages in general, no village 今年组织村
    assert _villages(f"四川省广元市剑阁县普安镇{clause}。", g) == []


def test_a_village_named_after_its_town_is_still_read(g):
    assert _villages("四川省广元市剑阁县普安镇石板村“两委”今年组织了两次培训。", g) == ["石板村"]
