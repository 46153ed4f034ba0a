"""The character block's counts (pipeline/classify/predictor.py ``_GramTrie``, a whole batch in numpy) against
cutting out every n-gram of each text and counting those in the vocabulary."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from pipeline.classify.predictor import OUTSIDE, CharNgrams, _GramTrie
from pipeline.classify import features

_TEXTS = ["年轻干部到村里任职两年", "干部 培训", "", "一", "考核, 考核 again", "乡镇干部\U00020000补贴", "村村村村村",
          "\x00干部\x00", "表彰奖励优秀村干部"]


def _plain(texts: list[str], vocabulary: dict[str, int], lo: int, hi: int) -> list[Counter]:
    analyze = CharNgrams(features.text, lo, hi)
    return [Counter(c for c in (vocabulary.get(g, OUTSIDE) for g in analyze(features.MeasureInput(t))) if c != OUTSIDE)
            for t in texts]


def _as_counters(trie: _GramTrie, texts: list[str], width: int) -> list[Counter]:
    r = trie.counts(texts, width)
    assert r.indptr.tolist()[0] == 0 and len(r.indptr) == len(texts) + 1 and r.width == width
    return [Counter(dict(zip(r.indices[a:b].tolist(), r.data[a:b].tolist())))
            for a, b in zip(r.indptr[:-1].tolist(), r.indptr[1:].tolist())]


def _vocabulary(texts: list[str], lo: int, hi: int, keep=lambda g: True) -> dict[str, int]:
    analyze = CharNgrams(features.text, lo, hi)
    grams = sorted({g for t in texts for g in analyze(features.MeasureInput(t)) if keep(g)})
    return {g: k for k, g in enumerate(grams)}


@pytest.mark.parametrize("lo,hi", [(1, 4), (1, 3), (2, 2), (2, 4), (1, 1)])
@pytest.mark.parametrize("table_size", [_GramTrie.TABLE_SIZE, 0])  # the steps' tables, or binary searches only
def test_counts_as_every_ngram_looked_up(lo, hi, table_size, monkeypatch):
    monkeypatch.setattr(_GramTrie, "TABLE_SIZE", table_size)
    vocabulary = _vocabulary(_TEXTS[:3] + _TEXTS[5:], lo, hi, keep=lambda g: "部" not in g or len(g) < 3)
    trie = _GramTrie.of(vocabulary, lo, hi)
    assert _as_counters(trie, _TEXTS, len(vocabulary)) == _plain(_TEXTS, vocabulary, lo, hi)
    assert all(t is None for t in trie.tables) == (table_size == 0)


def test_grams_of_other_lengths_in_the_vocabulary_count_nowhere():
    """Only the analyser's n-grams count, as when each is looked up (a vocabulary from another range)."""
    vocabulary = _vocabulary(_TEXTS, 1, 5)
    trie = _GramTrie.of(vocabulary, 2, 3)
    assert _as_counters(trie, _TEXTS, len(vocabulary)) == _plain(_TEXTS, vocabulary, 2, 3)


def test_random_texts_over_a_small_alphabet():
    rng = np.random.default_rng(11)
    alphabet = list("干部村镇培训考核 \t\U0001F600a")
    texts = ["".join(rng.choice(alphabet, size=int(n))) for n in rng.integers(0, 40, size=200)]
    vocabulary = _vocabulary(texts[:20], 1, 4, keep=lambda g: sum(map(ord, g)) % 3 != 0)
    normalized = [CharNgrams(features.text, 1, 4).normalized(features.MeasureInput(t)) for t in texts]
    for table_size in (_GramTrie.TABLE_SIZE, 0):
        _GramTrie.TABLE_SIZE, saved = table_size, _GramTrie.TABLE_SIZE
        try:
            trie = _GramTrie.of(vocabulary, 1, 4)
        finally:
            _GramTrie.TABLE_SIZE = saved
        assert _as_counters(trie, normalized, len(vocabulary)) == _plain(normalized, vocabulary, 1, 4)


def test_no_texts_and_an_empty_vocabulary():
    trie = _GramTrie.of({"干部": 0}, 1, 2)
    r = trie.counts([], 1)
    assert r.indptr.tolist() == [0] and r.data.tolist() == []
    empty = _GramTrie.of({}, 1, 2)
    assert _as_counters(empty, ["干部"], 0) == [Counter()]


def test_all_normalized_as_each_normalized():
    analyze = CharNgrams(features.text, 1, 4)
    batches = [_TEXTS, ["干部  培训", "选派\t\t驻村", "a\u3000\u3000b", "\x1c\x1d", "无空白"], ["\x00 \x00", " ", ""], []]
    for texts in batches:
        xs = [features.MeasureInput(t) for t in texts]
        assert analyze.all_normalized(xs) == [analyze.normalized(x) for x in xs]
    assert analyze.all_normalized([features.MeasureInput("培训  考核")]) == ["培训 考核"]
