"""The tokens of the search index: every overlapping character bigram of the normalized text.

SQLite FTS5 cannot match two-character Chinese queries with its trigram
tokenizer (干部, 容错), and a jieba-word index loses hits where segmentation
is ambiguous (从容/错 hides 容错).  So the index holds every overlapping
character bigram of the text as a token: a term of n >= 2 characters is the
phrase of its n-1 bigrams, which matches exactly the texts containing it as a
substring, and BM25 ranks them.  Text is simplified first, so traditional
and simplified input find the same measures.
"""
from __future__ import annotations

from functools import lru_cache
from operator import add
import re
import unicodedata

from pipeline.text.chars import without_spaces

SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    from pipeline.text.chars import to_simplified

    return to_simplified(nfkc(text)).lower()


@lru_cache(maxsize=4096)  # (a suggestion counts the same words many times)
def readings(text: str) -> tuple[str, ...]:
    """The forms a query's word is searched in: as ``normalize`` gives it, and, for a word written in characters
    both scripts share, also as the text stage simplifies a traditional line (著力打造: also 着力打造, what a
    traditional page's 著力打造 is stored as; 陜西: also 陕西).  A word that holds a simplified character (显著,
    干部) is simplified text: tw2s would make 显著 显着."""
    from pipeline.text.chars import read_as_traditional, written_in_both_scripts

    plain = normalize(text)
    s = nfkc(text)
    other = read_as_traditional(s).lower() if written_in_both_scripts(s) else plain
    return (plain,) if other == plain else (plain, other)


def bigrams(text: str) -> list[str]:
    return pairs(without_spaces(normalize(text)))


def pairs(s: str) -> list[str]:
    """The bigrams of a text already normalized, without spaces (one character: itself)."""
    if len(s) == 1:
        return [s]
    return list(map(add, s, s[1:]))  # each character joined to the next: no index arithmetic per pair


def index_text(text: str) -> str:
    """``" ".join(bigrams(text))``: each bigram's two characters and a space written into an array of
    code units by two strided copies of the text's code units (UTF-32), decoded once, instead of a
    string made per bigram or per character."""
    s = without_spaces(normalize(text))
    n = len(s)
    if n <= 2:
        return s
    codes = memoryview(s.encode("utf-32-le", "surrogatepass")).cast("I")  # (normalize leaves no lone surrogate; one would round-trip)
    out = bytearray(_SPACE_UNIT * (3 * (n - 1)))  # (n - 1) x (first, second, space): the last space dropped
    units = memoryview(out).cast("I")
    units[0::3] = codes[:-1]
    units[1::3] = codes[1:]
    return out[:-4].decode("utf-32-le", "surrogatepass")


_SPACE_UNIT = " ".encode("utf-32-le")  # (copied as 4-byte units: "I", a C unsigned int, is 4 bytes wide)


# Blocks of the characters a Chinese page is written in: ASCII, Latin-1, general punctuation, CJK
# symbols, the unified ideographs, full- and half-width forms (not the half-width Hangul letters,
# whose forms are conjoining vowels and finals: they compose).
_PLAIN_BLOCKS = ((0x09, 0x0D), (0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0x4E00, 0x9FFF),
                 (0xFF00, 0xFF9F), (0xFFE0, 0xFFEF))


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``; a text of plain characters only (``_plain_forms``) by
    its table, about four times as fast: split at the few characters whose form differs (a Chinese
    text's full-width commas, colons, brackets), those replaced, the rest kept as it is."""
    others, _ = _plain_forms()
    if others.search(text) is not None:
        return unicodedata.normalize("NFKC", text)
    changing, forms = _changing_forms()
    parts = changing.split(text)  # text, changed character, text, …
    if len(parts) == 1:
        return text
    parts[1::2] = map(forms.__getitem__, parts[1::2])
    return "".join(parts)


@lru_cache(maxsize=1)
def _changing_forms() -> tuple[re.Pattern, dict[str, str]]:
    """The plain characters that NFKC changes, each with its form, and a pattern capturing any of them."""
    _, table = _plain_forms()
    forms = {chr(code): form if isinstance(form, str) else chr(form) for code, form in table.items() if form != code}
    return re.compile(f"([{_char_class(sorted(map(ord, forms)))}])"), forms


@lru_cache(maxsize=1)
def _plain_forms() -> tuple[re.Pattern, dict[int, int | str]]:
    """The characters of ``_PLAIN_BLOCKS`` whose NFKC form is their compatibility decomposition, of
    characters that combine with none (canonical class 0) -- with a pattern finding any other character.

    NFKC is that decomposition, canonically reordered, then composed.  In a text of these characters
    only, the decomposition is made character by character; nothing is reordered (only marks of a
    class above 0 are); and nothing composes, since no character of these blocks or of their forms
    is the second of any canonical pair (tests/test_search_tokens.py checks that against every code
    point).  So its NFKC form is each character's, end to end: a ``str.translate`` table."""
    table: dict[int, int | str] = {}
    for lo, hi in _PLAIN_BLOCKS:
        for code in range(lo, hi + 1):
            ch = chr(code)
            if not unicodedata.decomposition(ch):  # its own decomposition (most): its own form
                if not unicodedata.combining(ch):
                    table[code] = code  # every character in the table: no lookup misses
                continue
            form = unicodedata.normalize("NFKC", ch)
            if form == unicodedata.normalize("NFKD", ch) and not any(map(unicodedata.combining, form)):
                table[code] = form
    return re.compile(f"[^{_char_class(sorted(table))}]"), table


def _char_class(codes: list[int]) -> str:
    """A regular-expression class of these code points (ascending), as runs."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
