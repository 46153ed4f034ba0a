"""Chinese words a query typed in pinyin spells, of those the knowledge base holds: zhucun 驻村, diyishuji 第一书记,
ganbu 干部, rong cuo jiu cuo 容错纠错 (syllables typed apart), with tones or tone numbers too (zhù cūn, zhu4cun1).

The words are the segmenter's dictionary (jieba's general words and the domain dictionary, cadre_dict.txt) kept to
those whose every bigram the search index holds, each filed under the toneless readings of its characters (a
character of several readings under each).  Made once per file version and kept with its catalog: reading the
index's vocabulary and the dictionary took about 3 s on a 20,000-article knowledge base, too long for a request.
A query is only ever offered the words, never searched as them (the person chooses).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice, product
import math
import re
import sqlite3

from pipeline.text.chars import HAN, HAN_CHAR, readings, toneless

WORD_CHARS = (2, 8)  # characters of the words filed (a single character spells too little to offer)
READINGS_FILED = 8  # a word's readings filed at most (the product of its characters' several readings)
OFFERED = 3  # words offered for one spelling, the knowledge base's commonest first
LETTERS = (4, 48)  # letters of a spelling looked up (fewer: one syllable, too many words; more: a sentence)


@dataclass
class PinyinIndex:
    words: dict[str, tuple[str, ...]]  # toneless letters -> the words read so, the commonest first
    measures: dict[str, int]  # word -> measures at most that hold it (the fewest of its bigrams' measures)

    def spelled(self, letters: str) -> list[str]:
        """The words ``letters`` spell (toneless, nothing but a-z), the commonest first, at most OFFERED; else the
        fewest words that spell them one after another (nianqingganbu: 年轻干部), joined, when there are several."""
        if found := self.words.get(letters):
            return list(found[:OFFERED])
        split = self._split(letters)
        return ["".join(split)] if split and len(split) > 1 else []

    def _split(self, letters: str) -> list[str] | None:
        """The letters as the fewest filed words (then the commonest: by the product of their measures)."""
        best: list[tuple[int, float, list[str]] | None] = [None] * (len(letters) + 1)
        best[0] = (0, 0.0, [])
        for end in range(1, len(letters) + 1):
            for start in range(end):
                if best[start] is None or not (found := self.words.get(letters[start:end])):
                    continue
                n, score, words = best[start]
                option = (n + 1, score - math.log(self.measures[found[0]]), words + [found[0]])
                if best[end] is None or option[:2] < best[end][:2]:
                    best[end] = option
        return best[-1][2] if best[-1] else None


def index_of(conn: sqlite3.Connection) -> PinyinIndex:
    """The pinyin index of the file version ``conn`` reads, made at its first use (or when the server makes the
    version ready: ``KBPool.warm``)."""
    from pipeline.search.catalog import catalog

    return catalog(conn).kept("pinyin", lambda: make_index(conn))


def letters_of(typed: str) -> str | None:
    """What was typed as toneless pinyin letters (zhù cūn, zhu4 cun1, Zhu'cun: zhucun), or None where it is no
    pinyin: a Chinese character in it, or too few or too many letters."""
    if HAN_CHAR.search(typed):
        return None
    letters = re.sub("[^a-z]", "", toneless(typed))
    return letters if LETTERS[0] <= len(letters) <= LETTERS[1] else None


def make_index(conn: sqlite3.Connection) -> PinyinIndex:
    """The index of the file ``conn`` reads (see the module's docstring)."""
    held = {t: n for t, n in conn.execute("SELECT term, doc FROM measure_vocab WHERE term >= ?", ("\u3400",))
            if len(t) == 2}
    measures: dict[str, int] = {}
    for w in _dictionary_words():
        if w[:2] in held and (n := min(held.get(w[i:i + 2], 0) for i in range(len(w) - 1))):
            measures[w] = n
    filed: dict[str, list[str]] = {}
    for w in measures:
        for letters in {"".join(r) for r in islice(product(*(sorted(readings(c)) for c in w)), READINGS_FILED)}:
            filed.setdefault(letters, []).append(w)
    return PinyinIndex({k: tuple(sorted(ws, key=lambda w: (-measures[w], w))) for k, ws in filed.items()}, measures)


def _dictionary_words() -> list[str]:
    """The words of WORD_CHARS Chinese characters of jieba's general dictionary and the domain one (337,000 of
    jieba's 349,000; read for each index made and not kept: 20 MB a process)."""
    from pipeline.nlp.segment import get_segmenter, jieba_words_tagged

    shape = re.compile(f"[{HAN}]{{{WORD_CHARS[0]},{WORD_CHARS[1]}}}")
    return [w for w in jieba_words_tagged("[a-z]+") | get_segmenter().domain_words if shape.fullmatch(w)]

