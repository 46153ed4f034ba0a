"""The codebook's cue scores (pipeline/classify/features.py ``codebook_cues``), all texts' cues added in one
call, against the per-text sum they replace."""
from __future__ import annotations

import numpy as np

from pipeline.classify.codebook import load_codebook
from pipeline.classify.features import _cue_automaton, codebook_cues


def _one_text_at_a_time(texts: list[str], codebook) -> np.ndarray:
    ac, weights = _cue_automaton(codebook)
    out = np.zeros((len(texts), len(codebook.categories)))
    for i, text in enumerate(texts):
        found = {k for k, _, _ in ac.find_matches_as_indexes(text, overlapping=True)}
        if found:
            out[i] = weights[sorted(found)].sum(axis=0)
    return np.clip(out, 0, 2) / 2


def test_cue_scores_as_one_text_at_a_time():
    codebook = load_codebook()
    includes = [cue for c in codebook.categories for cue in c.include]
    excludes = [cue for c in codebook.categories for cue in c.exclude]
    texts = ["", "今天天气不错", "建立容错纠错机制，为担当者担当", "组织年轻干部到艰苦地区挂职锻炼，定期谈心谈话",
             "、".join(includes[:6]), "，".join(includes[::3]), "".join(excludes[:4]) + includes[0],
             includes[-1] * 3, "；".join(excludes), "。".join(includes + excludes)]
    got = codebook_cues(texts, codebook)
    want = _one_text_at_a_time(texts, codebook)
    assert got.tolist() == want.tolist()
    assert want[4:].any()  # the cues are found: the comparison is not of zeros only
    assert codebook_cues([], codebook).shape == (0, len(codebook.categories))
