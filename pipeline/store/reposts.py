"""Reposts counted once: near-duplicate articles found by MinHash / LSH.

The same article reposted on several sites differs in its boilerplate (site chrome, 来源 and
editor lines, share links), sometimes in a light edit or a cut, not in its content.  After the
repair stage the boilerplate is mostly gone, so articles are compared on their cleaned text
with punctuation and spaces dropped, as sets of character 5-grams (shingles).

LSH proposes candidate pairs whose estimated Jaccard similarity is at least ``CANDIDATE_JACCARD``:
two articles are candidates when they share a band key, a hash of one band of their MinHash
signatures (datasketch's MinHash, computed in ``store/similarity.py`` without importing it; the
package stays a dependency, pinned below 2.0, and the tests compare with it), with the bands and
rows datasketch's ``MinHashLSH`` chooses for that threshold.  A candidate is a copy when the *overlap*
of the two shingle sets, |A ∩ B| / min(|A|, |B|), reaches ``OVERLAP``, computed exactly (a copy
cut short on one site keeps a high overlap while its Jaccard falls), and their figures do not
contradict each other: when each text has numbers the other lacks and they share fewer than half
of them, the two are one template filled with other facts (two appointment notices, one county's
report of two years), not a repost.  Copies are grouped transitively; each group keeps one
canonical article: the earliest dated, then the longest, then the smallest id.

In a knowledge base the detection is incremental.  Each article's band keys are stored when it
is written (``article_bands``), so an article is hashed once, and the stored keys of the others
find an added article's candidates through an index.  Whether two articles are copies depends on
those two only, so a change can alter only the groups it touches: ``update_copies`` recomputes
the groups that held a removed article, the groups of the added articles' copies, and the added
articles, and leaves every other group as it was.  No edge of the copy relation leaves that set,
so its groups and canonical articles are those of a computation over every article
(``mark_copies``, which a fresh build runs).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
import json

from pipeline.core.records import ArticleCopy
from pipeline.store.writer import write_copies
from pipeline.store.similarity import MIN_SHINGLES, OVERLAP, band_keys, numbers, overlap, same_facts, shingles


@dataclass(frozen=True)
class Item:
    """What the detector needs of one article."""

    id: str
    text: str
    date: str | None = None


def _sharing_a_key(keys: dict[str, list[int]]) -> Iterator[tuple[str, str]]:
    """The pairs of articles with a band key in common (the candidates an LSH index returns), each
    once, article by article: never all at once, since a corpus of near-identical templates makes
    a fifth of all pairs candidates (10 M pairs, 2.6 GB as a set, for 10,000 synthetic articles)."""
    buckets: dict[tuple[int, int], list[str]] = {}
    for k, ks in keys.items():
        for band, h in enumerate(ks):
            buckets.setdefault((band, h), []).append(k)
    for a, ks in keys.items():
        later = {b for band, h in enumerate(ks) for b in buckets[(band, h)] if b > a}
        yield from ((a, b) for b in sorted(later))


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


class _Compared:
    """Articles with what comparing them takes: their numbers, and their shingles, made only for
    articles whose numbers agree with a candidate's (about 1 candidate pair in 75 on a corpus of
    near-identical templates, hardly any on real pages): shingle sets are most of the memory."""

    def __init__(self):
        self.items: dict[str, Item] = {}
        self.nums: dict[str, set[str]] = {}
        self._sets: dict[str, set[str]] = {}

    def add(self, items: Iterable[Item]) -> None:
        for a in items:
            self.items[a.id] = a
            self.nums[a.id] = numbers(a.text)

    def shingles(self, k: str) -> set[str]:
        sh = self._sets.get(k)
        if sh is None:
            sh = self._sets[k] = shingles(self.items[k].text)
        return sh

    def copies(self, a: str, b: str) -> bool:
        # The numbers first: a set comparison rejects most candidates (one template filled with
        # other facts) before the costlier exact overlap.
        return same_facts(self.nums[a], self.nums[b]) and overlap(self.shingles(a), self.shingles(b)) >= OVERLAP

    def records(self, candidates: Iterable[tuple[str, str]]) -> list[ArticleCopy]:
        """Every article that is a copy, with its group's canonical article, by article id."""
        out = []
        for group in _groups(p for p in candidates if self.copies(*p)):
            canon = _canonical(group, self.items)
            out += [ArticleCopy(k, canon, round(overlap(self.shingles(k), self.shingles(canon)), 3))
                    for k in sorted(group - {canon})]
        return sorted(out, key=lambda c: c.article_id)


def find_copies(articles: Iterable[Item]) -> list[ArticleCopy]:
    """Every article that is a copy of another, with its group's canonical article."""
    arts = _Compared()
    arts.add(articles)
    keys = {k: band_keys(sh) for k in arts.items if len(sh := arts.shingles(k)) >= MIN_SHINGLES}
    return arts.records(_sharing_a_key(keys))


# --- in a knowledge base ------------------------------------------------------------------------

def mark_copies(conn) -> None:
    """Find the reposts among every article of a knowledge base and record them, from scratch."""
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    arts = _Compared()
    arts.add(_read(conn, ids))
    write_copies(conn, arts.records(_sharing_a_key(_stored_keys(conn, ids))), ids)


def update_copies(conn, added: Collection[str], removed: Collection[str]) -> set[str]:
    """Bring the repost records up to date after the ``added`` articles were written and before
    the ``removed`` ones are deleted (their old groups are read here; the caller deletes their
    rows afterwards).  No id may be in both.

    Only the groups a change touches are recomputed (see the module's docstring): the added
    articles, the stored groups of their copies, and the stored groups of the removed articles.
    Returns the articles that existed before and still exist whose status flipped: their own
    canonical article before and a copy now, or the other way round.
    """
    added, removed = set(added), set(removed)
    arts = _Compared()
    arts.add(_read(conn, added))
    new_keys = _stored_keys(conn, added)  # written with the articles' rows (``similarity.band_rows``)
    _stage_keys(conn, new_keys)
    affected = (added | _old_groups(conn, _partners(conn, arts, removed) | removed)) - removed
    kept = affected - added  # stored before this run, and still there
    arts.add(_read(conn, affected - arts.items.keys()))
    before = _own_canonical(conn, kept)
    copies = arts.records(_sharing_a_key(new_keys | _stored_keys(conn, kept)))
    write_copies(conn, copies, affected)
    return before ^ (kept - {c.article_id for c in copies})


def _partners(conn, arts: _Compared, removed: set[str]) -> set[str]:
    """The stored articles, removed ones aside, that are copies of an added article: its
    candidates found by the keys ``_stage_keys`` put in temp.new_bands, then compared."""
    stored = [(a, b) for a, b in conn.execute(
        "SELECT DISTINCT n.article_id, b.article_id FROM temp.new_bands n"
        " JOIN article_bands b ON b.band = n.band AND b.hash = n.hash"
        " WHERE b.article_id NOT IN (SELECT article_id FROM temp.new_bands)") if b not in removed]
    arts.add(_read(conn, {b for _, b in stored} - arts.items.keys()))
    return {b for a, b in stored if arts.copies(a, b)}


def _ids(ids: Iterable[str]) -> str:
    """A JSON list of ids, for ``IN (SELECT value FROM json_each(?))`` (no limit on their number)."""
    return json.dumps(sorted(ids))


def _read(conn, ids: Iterable[str]) -> list[Item]:
    return [Item(*r) for r in conn.execute(
        "SELECT id, text, date FROM articles WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),))]


def _stage_keys(conn, keys: dict[str, list[int]]) -> None:
    """The added articles' band keys in a temp table, to look their candidates up in ``article_bands``."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS new_bands (article_id TEXT, band INTEGER, hash INTEGER)")
    conn.execute("DELETE FROM temp.new_bands")
    conn.executemany("INSERT INTO temp.new_bands VALUES (?,?,?)",
                     ((k, band, h) for k, ks in keys.items() for band, h in enumerate(ks)))


def _stored_keys(conn, ids: Iterable[str]) -> dict[str, list[int]]:
    keys: dict[str, list[int]] = {}
    for k, h in conn.execute("SELECT article_id, hash FROM article_bands"
                             " WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, band",
                             (_ids(ids),)):
        keys.setdefault(k, []).append(h)
    return keys


def _old_groups(conn, ids: Collection[str]) -> set[str]:
    """Every article of the stored groups of these articles (an article that is no copy: itself)."""
    if not ids:
        return set()  # a fresh build: no query (it would scan every article, articles_canonical is deferred)
    return {r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE canonical_id IN (SELECT canonical_id FROM articles"
        " WHERE id IN (SELECT value FROM json_each(?)))", (_ids(ids),))}


def _own_canonical(conn, ids: Iterable[str]) -> set[str]:
    """Those of these stored articles that are their own canonical article (no copy)."""
    return {r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND canonical_id = id",
        (_ids(ids),))}
