"""The search index's tokens (pipeline/search/tokens.py): NFKC by a table for texts of plain characters and
the bigrams written by doubling, against ``unicodedata.normalize`` and the bigrams joined."""
from __future__ import annotations

import random
import unicodedata

from pipeline.search import tokens as T
from pipeline.text.chars import without_spaces


def test_no_plain_character_or_form_is_the_second_of_a_canonical_pair():
    """What makes NFKC a per-character table over plain text: nothing in it composes with what precedes it."""
    seconds = set()
    for code in range(0x110000):
        nfd = unicodedata.normalize("NFD", chr(code))
        seconds.update(nfd[1:])
    _, table = T._plain_forms()
    assert not seconds & {chr(c) for c in table}
    assert not seconds & {ch for form in table.values() if isinstance(form, str) for ch in form}
    assert len(table) > 20000 and all(unicodedata.combining(chr(c)) == 0 for c in table)


_TEXTS = ["建立健全干部容错纠错机制（试行），激励担当作为！", "全年培训１２０人次：其中女干部占３０％……",
          "干部\u3000交流\t轮岗\n", "ＡＢＣ ａｂｃ ｶﾞｲﾄﾞ", "cafe\u0301 é ¨ ① ㍿ ﬁ", "", "乾隆年间 後來", "“两个维护”『三个高地』",
          "\U00020000部", "ﾞ", "Ａ\u0301", "한국어 조선말"]


def test_nfkc_is_unicodedatas():
    for text in _TEXTS:
        assert T.nfkc(text) == unicodedata.normalize("NFKC", text), text


def test_nfkc_of_random_strings_is_unicodedatas():
    """Strings of plain characters (the table), mixed at times with ones around them."""
    _, table = T._plain_forms()
    plain = [chr(c) for c in table]
    others = [chr(c) for c in (0x0301, 0x0308, 0x3099, 0xFF9E, 0x1161, 0x11A8, 0x0B3E, 0xAC00, 0xF900, 0x2460)]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(plain if rng.random() < 0.95 else others) for _ in range(rng.randint(0, 12)))
        assert T.nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)


def test_index_text_is_the_bigrams_joined():
    for text in _TEXTS + ["", "a", "ab", "abc", " a ", "a b", "干部", "干部考核", "  \n "]:
        assert T.index_text(text) == " ".join(T.bigrams(text)), text


def test_normalize_lowers_and_simplifies_after_nfkc():
    assert T.normalize("ＡＢＣ幹部") == "abc干部"


def test_without_spaces_drops_what_the_pattern_drops_at_every_code_point():
    every = "".join(chr(c) for c in range(0x110000))
    assert without_spaces(every) == T.SPACES.sub("", every)
    for text in ("", " ", "干部 考核", "\u3000选\u00a0派\t\n干部\u2028", "a\u200bb"):
        assert without_spaces(text) == T.SPACES.sub("", text), ascii(text)


def test_index_text_writes_the_bigrams_of_every_kind_of_character():
    """The code units copied: astral characters, Latin and full-width letters (a lone surrogate never gets
    this far: normalize's OpenCC pass refuses it)."""
    assert memoryview(T._SPACE_UNIT).cast("I").itemsize == 4
    for text in ("𠀀乡𠀁镇", "ABC１２３干部", "考核 办法 \U0001F600", "xyz", "甲乙丙丁戊" * 50):
        assert T.index_text(text) == " ".join(T.bigrams(text)), ascii(text)
    rng = random.Random(11)
    for _ in range(500):
        text = "".join(chr(rng.choice((rng.randint(0x20, 0x7E), rng.randint(0x4E00, 0x9FFF), rng.randint(0x10000, 0x2FFFF))))
                       for _ in range(rng.randint(0, 20)))
        assert T.index_text(text) == " ".join(T.bigrams(text)), ascii(text)


def test_nfkc_of_every_plain_character_in_running_text():
    """Each character of the table, alone and between two ideographs, as unicodedata normalizes it
    (the characters whose form differs are split out and replaced; the rest is kept)."""
    _, table = T._plain_forms()
    for code in table:
        for text in (chr(code), f"干{chr(code)}部{chr(code)}"):
            assert T.nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)
