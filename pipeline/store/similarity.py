"""How alike two articles are, computed per article: shingles, numbers, and the MinHash band keys
that propose candidate pairs (``pipeline.store.reposts`` compares them across articles).

These are pure functions of one article, so the workers compute each article's band keys with
its other rows (``store.rows``), and the parent only looks keys up.
"""
from __future__ import annotations

from functools import lru_cache
from hashlib import blake2b, sha1
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
    if nested_facts(x, y):  # no set built: a full build can test hundreds of candidates per article
        return True
    return 2 * len(x & y) >= min(len(x), len(y))


def nested_facts(x: set[str], y: set[str]) -> bool:
    """Two texts' numbers equal, or one's a part of the other's (a cut, a dropped clause): no number on
    both sides that the other lacks."""
    return x <= y or y <= x


HEADLINE = 3  # character n-grams of headlines, which are short


def headline(title: str | None) -> set[str]:
    """A headline's character trigrams (what ``same_headline`` compares)."""
    return shingles(title or "", HEADLINE)


def same_headline(x: set[str], y: set[str]) -> bool:
    """False when two headlines (``headline``) share fewer than half of the shorter one's
    trigrams.  A repost keeps its headline (a site may add its name or 转载 to it, which the
    shorter one's share ignores); two notices of one template filled with other measures for one
    place do not, while their short texts can be alike past ``OVERLAP``.  A missing or very short
    headline says nothing."""
    return len(x) < 3 or len(y) < 3 or 2 * len(x & y) >= min(len(x), len(y))


# MinHash as datasketch (pinned below 2.0) computes it, without importing datasketch, whose package
# import pulls in scipy.integrate (0.75 s of a one-file rebuild): a shingle's hash is the first 4
# bytes of its SHA-1, permuted by (a·h + b) mod 2^61−1 with the (a, b) its MinHash(seed=1) draws, and
# kept to 32 bits.  BANDS: the 37 bands of 3 rows MinHashLSH(threshold=0.3, num_perm=128) chooses.
# tests/test_reposts_incremental.py checks both against datasketch itself.
_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1
ROWS = 3
BANDS = [(i * ROWS, (i + 1) * ROWS) for i in range(37)]  # the last 17 values of a signature are in no band


@lru_cache(maxsize=1)
def _permutations():
    import numpy as np

    gen = np.random.RandomState(1)
    pairs = [(gen.randint(1, _PRIME, dtype=np.uint64), gen.randint(0, _PRIME, dtype=np.uint64))
             for _ in range(NUM_PERM)]
    return np.array(pairs, dtype=np.uint64).T


def signature(sh: set[str], width: int = NUM_PERM):
    """The MinHash signature (uint64 array of NUM_PERM values) of a shingle set, or its first
    ``width`` values."""
    import numpy as np

    a, b = (p[:width] for p in _permutations())
    if not sh:
        return np.full(width, _MAX_HASH, dtype=np.uint64)
    # Every (permutation, shingle) value in one array, changed in place: a new array per step
    # would make four of ~1 MB per article.  The overflowing product wraps as datasketch's does.
    # A permutation's values fill a row: each minimum is read along contiguous memory.
    phv = a[:, None] * _hashes(sh)
    phv += b[:, None]
    _low_bits_mod_prime(phv)
    return phv.min(axis=1)


def _low_bits_mod_prime(x) -> None:
    """``x`` (uint64) replaced by ``(x mod 2^61-1) & 0xffffffff``, in place, without dividing (numpy's
    uint64 remainder costs more than the other steps of ``signature`` together).  2^61 ≡ 1 modulo the
    Mersenne prime p = 2^61-1, so x ≡ (x >> 61) + (x & p), a sum r ≤ p + 7: x mod p is r, or r - p when
    r ≥ p.  Such sums (p to p + 7: a chance of 2^-58 per value) are looked for in one reading of the
    array (its maximum) and only then corrected, instead of three passes writing every value.
    tests/test_similarity.py compares it with ``np.remainder`` at the edges and at random."""
    import numpy as np

    prime = np.uint64(_PRIME)  # (numpy integers throughout: the comparisons stay exact)
    carry = x >> np.uint64(61)
    x &= prime
    x += carry  # r
    if x.max(initial=0) >= prime:
        x[x >= prime] -= prime
    x &= np.uint64(_MAX_HASH)


def _hashes(sh: set[str]):
    """Each shingle's hash (the first 4 bytes of its SHA-1, little-endian), as a uint64 array:
    the digests joined and read by numpy, not converted one by one."""
    import numpy as np

    digests = b"".join([sha1(s.encode("utf-8")).digest() for s in sh])
    return np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint64)  # 20-byte digests: 5 words


def band_keys(sh: set[str]) -> list[int]:
    """The article's key in each LSH band: a 63-bit hash of the band's signature values (it fits a
    SQLite INTEGER).  Two different bands get one key with probability 2**-63 per pair of articles
    and band, which is negligible; such a pair would still have to pass the exact comparison."""
    values = signature(sh, BANDS[-1][1]).tobytes()  # the values past the last band are never read
    width = len(values) // BANDS[-1][1]  # bytes per value: each band's bytes sliced, no array per band
    return [int.from_bytes(blake2b(values[s * width:e * width], digest_size=8).digest(), "big") >> 1 for s, e in BANDS]


def band_rows(article_id: str, text: str) -> list[tuple[str, int, int]]:
    """The article's ``article_bands`` rows: none when it is too short to call a copy."""
    sh = shingles(text)
    return [(article_id, band, h) for band, h in enumerate(band_keys(sh))] if len(sh) >= MIN_SHINGLES else []
