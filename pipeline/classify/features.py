"""What the trained classifiers read of a measure: its text, the words segmentation made of it,
its heading and its relative position in the article, and the codebook's cue scores.

The functions here are referenced by the vectorisers of saved models: they are module-level
(so models pickle), and a change to this file changes ``model.feature_sha256``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from pipeline.classify.codebook import Codebook


@dataclass
class MeasureInput:
    text: str
    tokens: tuple[str, ...] | None = None  # the build's own segmentation of the text
    heading: str | None = None
    position: float | None = None  # index of the measure in its article ÷ count, 0..1


def as_inputs(X) -> list[MeasureInput]:
    out = []
    for x in X:
        if isinstance(x, MeasureInput):
            out.append(x)
        elif isinstance(x, str):
            out.append(MeasureInput(x))
        else:  # a labelled item or a record with the same fields
            out.append(MeasureInput(x.text, getattr(x, "tokens", None), getattr(x, "heading", None),
                                    getattr(x, "position", None)))
    return out


# Words the build already segmented, by measure text: ``tokenize_zh`` reads them instead of
# running jieba a second time (filled by ``MeasureTagger.__call__`` for the batch it classifies).
known_tokens: dict[str, list[str]] = {}


def tokenize_zh(text: str) -> list[str]:
    """jieba words of a bare text (the word vectoriser of ``MeasureClassifier``)."""
    words = known_tokens.get(text)
    if words is None:
        from pipeline.nlp.segment import get_segmenter

        words = get_segmenter().cut(text)
    return list(filter(str.strip, words))  # (the words with something besides white space)


def words(x: MeasureInput) -> list[str]:
    """The measure's words: the build's segmentation when it came along, else jieba's."""
    if x.tokens is not None:
        return list(filter(str.strip, x.tokens))  # (a filter calls strip without a Python frame per word)
    from pipeline.nlp.segment import get_segmenter

    return list(filter(str.strip, get_segmenter().cut(x.text)))


def text(x: MeasureInput) -> str:
    return x.text


def heading(x: MeasureInput) -> str:
    return x.heading or "无标题"  # "no heading" is a feature too, and keeps the vocabulary non-empty


def position(xs: list[MeasureInput]) -> np.ndarray:
    """One-hot thirds of the article (beginning, middle, end), or a fourth column: position unknown."""
    bins = np.zeros((len(xs), 4))
    for i, x in enumerate(xs):
        if x.position is None:
            bins[i, 3] = 1
        else:
            bins[i, min(2, int(x.position * 3))] = 1
    return bins


def codebook_cues(texts: list[str], codebook: Codebook) -> np.ndarray:
    """Per category: (distinct include cues present - distinct exclude cues present) / 2, capped
    at 1 (``RuleClassifier``'s scores, here without scikit-learn)."""
    ac, weights = _cue_automaton(codebook)
    rows: list[int] = []
    cues: list[int] = []
    for i, text in enumerate(texts):
        found = {k for k, _, _ in ac.find_matches_as_indexes(text, overlapping=True)}
        rows += [i] * len(found)
        cues += found
    out = np.zeros((len(texts), len(codebook.categories)))
    # The cues of all texts added in one call: weights are whole numbers, so any order sums them exactly.
    np.add.at(out, np.asarray(rows, dtype=np.intp), weights[np.asarray(cues, dtype=np.intp)])
    return np.clip(out, 0, 2) / 2


def cue_decisions(P: np.ndarray) -> np.ndarray:
    """Categories from cue scores: half the cap (one include cue and no exclude cue) or more."""
    return (P >= 0.5).astype(int)


@lru_cache(maxsize=8)
def _cue_automaton(codebook: Codebook):
    """All cues in one Aho-Corasick automaton (overlapping matches, so every cue present is
    found, as ``cue in text`` would), and per cue its +1 / -1 for each category."""
    import ahocorasick_rs

    cues = sorted({cue for c in codebook.categories for cue in c.include + c.exclude})
    index = {cue: k for k, cue in enumerate(cues)}
    weights = np.zeros((len(cues), len(codebook.categories)))
    for j, c in enumerate(codebook.categories):
        for cue in set(c.include):
            weights[index[cue], j] += 1
        for cue in set(c.exclude):
            weights[index[cue], j] -= 1
    return ahocorasick_rs.AhoCorasick(cues, matchkind=ahocorasick_rs.MatchKind.Standard), weights
