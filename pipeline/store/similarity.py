"""How alike two articles are, computed per article: shingles, numbers, and the MinHash band keys
that propose candidate pairs (``pipeline.store.reposts`` compares them across articles).

These are pure functions of one article, so the workers compute each article's band keys with
its other rows (``store.rows``), and the parent only looks keys up.
"""
from __future__ import annotations

from functools import lru_cache
from hashlib import blake2b
import re

from pipeline.text.chars import CJK_EXT_A

SHINGLE = 5
NUM_PERM = 128
CANDIDATE_JACCARD = 0.3
OVERLAP = 0.6
MIN_SHINGLES = 40  # below ~45 characters an article is too short to call a copy
_NOT_TEXT = re.compile(rf"[^{CJK_EXT_A}A-Za-z0-9]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Character k-grams of the text without punctuation or spaces (boilerplate-insensitive)."""
    s = _NOT_TEXT.sub("", text)
    return {s[i:i + k] for i in range(len(s) - k + 1)}


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def numbers(text: str) -> set[str]:
    """The numbers a text states (what ``same_facts`` compares)."""
    return set(_NUMBER.findall(text))


def same_facts(x: set[str], y: set[str]) -> bool:
    """False when two texts' numbers (``numbers``) disagree on both sides (see the module's docstring)."""
    if x <= y or y <= x:  # no set built: a full build can test hundreds of candidates per article
        return True  # equal, or one text's numbers are a part of the other's (a cut, a dropped clause)
    return 2 * len(x & y) >= min(len(x), len(y))


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def _signature(sh: set[str]):
    from datasketch import MinHash

    # The permutations are drawn once: drawing them is a third of the cost of a signature.
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations())
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


@lru_cache(maxsize=1)
def _bands() -> list[tuple[int, int]]:
    """The (start, end) of each band of a signature: the split ``MinHashLSH`` makes for our threshold."""
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM).hashranges


def band_keys(sh: set[str]) -> list[int]:
    """The article's key in each LSH band: a 63-bit hash of the band's signature values (it fits a
    SQLite INTEGER).  Two different bands get one key with probability 2**-63 per pair of articles
    and band, which is negligible; such a pair would still have to pass the exact comparison."""
    values = _signature(sh).hashvalues
    return [int.from_bytes(blake2b(values[s:e].tobytes(), digest_size=8).digest(), "big") >> 1 for s, e in _bands()]


def band_rows(article_id: str, text: str) -> list[tuple[str, int, int]]:
    """The article's ``article_bands`` rows: none when it is too short to call a copy."""
    sh = shingles(text)
    return [(article_id, band, h) for band, h in enumerate(band_keys(sh))] if len(sh) >= MIN_SHINGLES else []
