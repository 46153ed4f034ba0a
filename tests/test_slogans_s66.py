"""Slogan classes of session 66 (helper slog66), one test per class, in our own words.  Each text goes
through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def extracted(text: str):
    a = extract_article(article(text))
    return {s.canonical: s.components for s in a.slogans}, list(a.quoted_terms)


# -- 奖 (reward) is a stage of cadre work: a quoted run of stage verbs ending in it is a formula --------

@pytest.mark.parametrize("text, name, items", [
    ("青禾县建立村党组织书记“选育管奖”全链条机制，带头人队伍持续优化。", "选育管奖", ["选", "育", "管", "奖"]),
    ("柳川市围绕“引育用奖”四个环节，打造乡土人才队伍。", "引育用奖", ["引", "育", "用", "奖"]),
])
def test_a_run_of_stage_verbs_with_reward_is_a_formula(text, name, items, segmenter):
    slogans, terms = extracted(text)
    assert slogans.get(name) == items
    assert name not in terms
