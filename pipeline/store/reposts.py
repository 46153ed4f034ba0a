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

Hot band keys.  A band key held by more than ``HOT`` articles is boilerplate of a template that
many articles fill in (on real pages no key is held by more than a handful: a key is shared by an
article and its reposts).  Proposing every pair of such a bucket makes detection quadratic in the
corpus, and the pairs are mostly not copies.  So a pair whose only common keys are hot is a
candidate only if it shares at least two of them: true copies share most of their 37 keys and
still pass, two articles of one template share one by chance.  Pairs sharing a key that is not
hot are candidates as before; while no key is hot (every corpus of real pages so far), the
candidates are exactly those of datasketch's index.  Pairs already joined in a group are not
compared again, so a large group of copies costs about one comparison per member.

In a knowledge base the detection is incremental and streams.  Each article's band keys are
stored when it is written (``article_bands``), so an article is hashed once; ``mark_copies``
walks the buckets of two or more articles in key order and reads an article's text only when a
candidate pair needs it (a bounded cache), so its memory does not grow with the corpus.
Whether two articles are candidates and copies depends on those two and on which keys are hot,
so a change that moves no key across ``HOT`` can alter only the groups it touches:
``update_copies`` recomputes the groups that held a removed article, the groups of the added
articles' copies, and the added articles, and leaves every other group as it was.  No edge of
the copy relation leaves that set, so its groups and canonical articles are those of a
computation over every article.  A change that makes a key hot or not hot changes pairs it does
not touch, so then detection starts over (``mark_copies``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, groupby
import json

from pipeline.core.records import ArticleCopy
from pipeline.store.writer import write_copies
from pipeline.store.similarity import MIN_SHINGLES, OVERLAP, band_keys, numbers, overlap, same_facts, shingles

HOT = 128  # articles holding one band key past which the key is a template's (see the module's docstring)
# Articles whose numbers (and date and length) are kept at once, and whose shingle sets are (~100 kB each).
FACTS_CACHE, SHINGLE_CACHE = 4096, 128

Key = tuple[int, int]  # (band, hash)


@dataclass(frozen=True)
class Item:
    """What the detector needs of one article."""

    id: str
    text: str
    date: str | None = None


def _sharing_a_key(keys: dict[str, list[int]], hot: Collection[Key] = frozenset()) -> Iterator[tuple[str, str]]:
    """The candidate pairs among these articles, each once, article by article: those sharing a
    band key that is not ``hot``, and those sharing two hot ones (no key is hot unless given)."""
    buckets: dict[Key, list[str]] = {}
    for k, ks in keys.items():
        for key in enumerate(ks):
            buckets.setdefault(key, []).append(k)
    for a, ks in keys.items():
        later: set[str] = set()
        hot_hits: Counter = Counter()
        for key in enumerate(ks):
            (hot_hits if key in hot else later).update(b for b in buckets[key] if b > a)
        later.update(b for b, n in hot_hits.items() if n >= 2)
        yield from ((a, b) for b in sorted(later))


class _Links:
    """Groups of copies as they are found (union-find); only articles in a group are held."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def root(self, x: str) -> str:
        while (up := self.parent.get(x, x)) != x:
            self.parent[x] = self.parent.get(up, up)
            x = up
        return x

    def join(self, a: str, b: str) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        self.parent[self.root(a)] = self.root(b)

    def groups(self) -> list[set[str]]:
        out: dict[str, set[str]] = {}
        for x in self.parent:
            out.setdefault(self.root(x), set()).add(x)
        return list(out.values())


@dataclass(frozen=True)
class _Facts:
    date: str | None
    length: int
    numbers: frozenset[str]


class _Compared:
    """Articles read as comparing them needs (``read`` gives the Items of some ids): their facts
    (date, length, numbers) and shingle sets, each kept in a bounded cache.  Shingles are made
    only for candidates whose numbers agree (about 1 pair in 75 on a corpus of near-identical
    templates, hardly any on real pages): shingle sets are most of the memory."""

    def __init__(self, read: Callable[[Iterable[str]], Iterable[Item]]):
        self._read = read
        self.facts = lru_cache(maxsize=FACTS_CACHE)(self._facts)
        self.shingles = lru_cache(maxsize=SHINGLE_CACHE)(lambda k: shingles(self._item(k).text))

    def _item(self, k: str) -> Item:
        return next(iter(self._read([k])))

    def _facts(self, k: str) -> _Facts:
        a = self._item(k)
        return _Facts(a.date, len(a.text), frozenset(numbers(a.text)))

    def copies(self, a: str, b: str) -> bool:
        # The numbers first: a set comparison rejects most candidates (one template filled with
        # other facts) before the costlier exact overlap.
        return (same_facts(self.facts(a).numbers, self.facts(b).numbers)
                and overlap(self.shingles(a), self.shingles(b)) >= OVERLAP)

    def canonical(self, group: set[str]) -> str:
        """Earliest dated (an undated copy cannot be the first), then longest, then smallest id."""
        def rank(k: str):
            f = self.facts(k)
            return f.date is None, f.date or "", -f.length, k
        return min(group, key=rank)

    def records(self, candidates: Iterable[tuple[str, str]]) -> list[ArticleCopy]:
        """Every article that is a copy, with its group's canonical article, by article id."""
        links = _Links()
        for a, b in candidates:
            if links.root(a) != links.root(b) and self.copies(a, b):
                links.join(a, b)
        out = []
        for group in links.groups():
            canon = self.canonical(group)
            out += [ArticleCopy(k, canon, round(overlap(self.shingles(k), self.shingles(canon)), 3))
                    for k in sorted(group - {canon})]
        return sorted(out, key=lambda c: c.article_id)


def find_copies(articles: Iterable[Item]) -> list[ArticleCopy]:
    """Every article that is a copy of another, with its group's canonical article."""
    items = {a.id: a for a in articles}
    arts = _Compared(lambda ids: (items[k] for k in ids))
    keys = {k: band_keys(sh) for k in items if len(sh := arts.shingles(k)) >= MIN_SHINGLES}
    held = Counter(key for ks in keys.values() for key in enumerate(ks))
    return arts.records(_sharing_a_key(keys, {key for key, n in held.items() if n > HOT}))


# --- in a knowledge base ------------------------------------------------------------------------

def mark_copies(conn) -> None:
    """Find the reposts among every article of a knowledge base and record them, from scratch."""
    copies = _Compared(lambda ids: _read(conn, ids)).records(_stored_pairs(conn))
    conn.execute("DELETE FROM article_copies")
    conn.executemany("INSERT INTO article_copies VALUES (?,?,?)",
                     [(c.article_id, c.canonical_id, c.similarity) for c in copies])
    conn.execute("UPDATE articles SET canonical_id = coalesce("
                 "(SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id), id)")


def _stored_pairs(conn) -> Iterator[tuple[str, str]]:
    """The candidate pairs of every stored article, bucket by bucket (a pair sharing several keys
    comes once per key): pairs of each bucket of two or more articles whose key is not hot, and of
    a hot bucket, the pairs that share another hot key after it (``_hot_pairs``)."""
    hot = set(conn.execute("SELECT band, hash FROM article_bands GROUP BY band, hash HAVING count(*) > ?", (HOT,)))
    rows = conn.execute(
        "SELECT band, hash, article_id FROM article_bands WHERE (band, hash) IN"
        " (SELECT band, hash FROM article_bands GROUP BY band, hash HAVING count(*) > 1) ORDER BY band, hash")
    for key, held in groupby(rows, key=lambda r: (r[0], r[1])):
        members = sorted(r[2] for r in held)
        yield from _hot_pairs(conn, key[0], members, hot) if key in hot else combinations(members, 2)


def _hot_pairs(conn, band: int, members: list[str], hot: set[Key]) -> Iterator[tuple[str, str]]:
    """The pairs of a hot bucket's members that share a hot key of a later band (pairs sharing a key
    that is not hot come from that key's bucket; an earlier hot band's bucket gave its own)."""
    sub: dict[Key, list[str]] = {}
    for b, h, a in conn.execute("SELECT band, hash, article_id FROM article_bands"
                                " WHERE article_id IN (SELECT value FROM json_each(?)) AND band > ?",
                                (json.dumps(members), band)):
        if (b, h) in hot:
            sub.setdefault((b, h), []).append(a)
    for held in sub.values():
        yield from combinations(sorted(held), 2)


def update_copies(conn, added: Collection[str], removed: Collection[str]) -> set[str]:
    """Bring the repost records up to date after the ``added`` articles were written and before
    the ``removed`` ones are deleted (their old groups are read here, and their band keys
    deleted; the caller deletes their other rows afterwards).  No id may be in both.

    Only the groups a change touches are recomputed (see the module's docstring): the added
    articles, the stored groups of their copies, and the stored groups of the removed articles;
    everything, when the change makes a key hot or not hot.  Returns the articles that existed
    before and still exist whose status flipped: their own canonical article before and a copy
    now, or the other way round.
    """
    added, removed = set(added), set(removed)
    flips = _hot_flips(conn, added, removed)
    conn.execute("DELETE FROM article_bands WHERE article_id IN (SELECT value FROM json_each(?))", (_ids(removed),))
    if flips:
        return _redo(conn, added, removed)
    arts = _Compared(lambda ids: _read(conn, ids))
    new_keys = _stored_keys(conn, added)  # written with the articles' rows (``similarity.band_rows``)
    _stage_keys(conn, new_keys)
    affected = (added | _old_groups(conn, _partners(conn, arts) | removed)) - removed
    kept = affected - added  # stored before this run, and still there
    before = _own_canonical(conn, kept)
    keys = new_keys | _stored_keys(conn, kept)
    copies = arts.records(_sharing_a_key(keys, _hot(conn, (key for ks in keys.values() for key in enumerate(ks)))))
    write_copies(conn, copies, affected)
    return before ^ (kept - {c.article_id for c in copies})


def _hot_flips(conn, added: set[str], removed: set[str]) -> bool:
    """Whether the change makes a band key hot or not hot: held by more than HOT articles before it
    (the removed articles' keys counted, the added ones' not) and not after, or the other way."""
    if not (added or removed):
        return False
    for _, total, new, gone in conn.execute(
            "SELECT b.band, count(*), sum(b.article_id IN (SELECT value FROM json_each(?1))),"
            " sum(b.article_id IN (SELECT value FROM json_each(?2)))"
            " FROM article_bands b WHERE (b.band, b.hash) IN (SELECT band, hash FROM article_bands"
            " WHERE article_id IN (SELECT value FROM json_each(?1)) OR article_id IN (SELECT value FROM json_each(?2)))"
            " GROUP BY b.band, b.hash HAVING count(*) > ?3", (_ids(added), _ids(removed), HOT)):
        if (total - new > HOT) != (total - gone > HOT):
            return True
    return False


def _redo(conn, added: set[str], removed: set[str]) -> set[str]:
    """Detection over every article again (``mark_copies``; the removed articles' keys are gone
    already); the kept articles whose status flipped."""
    conn.execute("DROP TABLE IF EXISTS temp.own_before")
    conn.execute("CREATE TEMP TABLE own_before AS SELECT id, canonical_id = id AS own FROM articles"
                 " WHERE id NOT IN (SELECT value FROM json_each(?))", (_ids(added | removed),))
    mark_copies(conn)
    return {r[0] for r in conn.execute("SELECT a.id FROM articles a JOIN temp.own_before b ON b.id = a.id"
                                       " WHERE (a.canonical_id = a.id) != b.own")}


def _partners(conn, arts: _Compared) -> set[str]:
    """The stored articles that are copies of an added article: its candidates found by the keys
    ``_stage_keys`` put in temp.new_bands (the removed articles' keys are deleted already), then
    compared."""
    shared: dict[tuple[str, str], list[Key]] = {}
    for a, b, band, h in conn.execute(
            "SELECT n.article_id, b.article_id, b.band, b.hash FROM temp.new_bands n"
            " JOIN article_bands b ON b.band = n.band AND b.hash = n.hash"
            " WHERE b.article_id NOT IN (SELECT article_id FROM temp.new_bands)"):
        shared.setdefault((a, b), []).append((band, h))
    hot = _hot(conn, {key for keys in shared.values() for key in keys})
    return {b for (a, b), keys in shared.items()
            if (len(keys) >= 2 or keys[0] not in hot) and arts.copies(a, b)}


def _hot(conn, wanted: Iterable[Key]) -> set[Key]:
    """Those of these band keys that are hot in the knowledge base."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hot_probe (band INTEGER, hash INTEGER, PRIMARY KEY (band, hash))")
    conn.execute("DELETE FROM temp.hot_probe")
    conn.executemany("INSERT OR IGNORE INTO temp.hot_probe VALUES (?,?)", wanted)
    return set(conn.execute("SELECT p.band, p.hash FROM temp.hot_probe p JOIN article_bands b"
                            " ON b.band = p.band AND b.hash = p.hash GROUP BY p.band, p.hash HAVING count(*) > ?",
                            (HOT,)))


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
        return set()  # nothing removed and no partner: no query
    return {r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE canonical_id IN (SELECT canonical_id FROM articles"
        " WHERE id IN (SELECT value FROM json_each(?)))", (_ids(ids),))}


def _own_canonical(conn, ids: Iterable[str]) -> set[str]:
    """Those of these stored articles that are their own canonical article (no copy)."""
    return {r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND canonical_id = id",
        (_ids(ids),))}
