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

from operator import add
import re
import unicodedata

SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    from pipeline.text.chars import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", text)).lower()


def bigrams(text: str) -> list[str]:
    s = SPACES.sub("", normalize(text))
    if len(s) == 1:
        return [s]
    return list(map(add, s, s[1:]))  # each character joined to the next: no index arithmetic per pair


def index_text(text: str) -> str:
    return " ".join(bigrams(text))
