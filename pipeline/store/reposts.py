"""Reposts counted once: near-duplicate articles found by MinHash / LSH.

The same article reposted on several sites differs in its boilerplate (site chrome, 来源 and
editor lines, share links), sometimes in a light edit or a cut, not in its content.  After the
repair stage the boilerplate is mostly gone, so articles are compared on their cleaned text
with punctuation and spaces dropped, as sets of character 5-grams (shingles).

LSH (``datasketch``, pinned below 2.0, whose hashing differs) proposes candidate pairs whose
estimated Jaccard similarity is at least ``CANDIDATE_JACCARD``; a candidate is a copy when the
*overlap* of the two shingle sets, |A ∩ B| / min(|A|, |B|), reaches ``OVERLAP``, computed
exactly (a copy cut short on one site keeps a high overlap while its Jaccard falls), and their
figures do not contradict each other: when each text has numbers the other lacks and they share
fewer than half of them, the two are one template filled with other facts (two appointment
notices, one county's report of two years), not a repost.  Copies
are grouped transitively; each group keeps one canonical article: the earliest dated, then the
longest, then the smallest id.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
import re

from pipeline.core.records import ArticleCopy
from pipeline.store.writer import write_copies
from pipeline.text.chars import CJK_EXT_A

SHINGLE = 5
NUM_PERM = 128
CANDIDATE_JACCARD = 0.3
OVERLAP = 0.6
MIN_SHINGLES = 40  # below ~45 characters an article is too short to call a copy
_NOT_TEXT = re.compile(rf"[^{CJK_EXT_A}A-Za-z0-9]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Item:
    """What the detector needs of one article."""

    id: str
    text: str
    date: str | None = None


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
    if not (x - y and y - x):
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


def _candidate_pairs(sets: dict[str, set[str]]) -> set[tuple[str, str]]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    sigs = {}
    for key, sh in sets.items():
        sigs[key] = _signature(sh)
        lsh.insert(key, sigs[key])
    return {tuple(sorted((key, other))) for key, sig in sigs.items() for other in lsh.query(sig) if other != key}


def _groups(pairs: Iterable[tuple[str, str]]) -> list[set[str]]:
    """Connected components of the copy relation (union-find)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(a)] = root(b)
    out: dict[str, set[str]] = {}
    for x in parent:
        out.setdefault(root(x), set()).add(x)
    return list(out.values())


def _canonical(group: set[str], items: dict[str, Item]) -> str:
    """Earliest dated (an undated copy cannot be the first), then longest, then smallest id."""
    return min(group, key=lambda k: (items[k].date is None, items[k].date or "", -len(items[k].text), k))


def find_copies(articles: Iterable[Item]) -> list[ArticleCopy]:
    """Every article that is a copy of another, with its group's canonical article."""
    items = {a.id: a for a in articles}
    sets = {k: sh for k, a in items.items() if len(sh := shingles(a.text)) >= MIN_SHINGLES}
    # The numbers first: once per article, and a set comparison per pair rejects most candidates
    # (one template filled with other facts) before the costlier exact overlap.
    nums = {k: numbers(items[k].text) for k in sets}
    pairs = [(a, b) for a, b in _candidate_pairs(sets)
             if same_facts(nums[a], nums[b]) and overlap(sets[a], sets[b]) >= OVERLAP]
    out = []
    for group in _groups(pairs):
        canon = _canonical(group, items)
        out += [ArticleCopy(k, canon, round(overlap(sets[k], sets[canon]), 3)) for k in sorted(group - {canon})]
    return sorted(out, key=lambda c: c.article_id)


def mark_copies(conn) -> int:
    """Find the reposts among the articles of a knowledge base being built and record them."""
    rows = conn.execute("SELECT id, text, date FROM articles").fetchall()
    copies = find_copies(Item(*r) for r in rows)
    write_copies(conn, copies)
    return len(copies)
