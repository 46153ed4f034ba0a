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
report of two years), not a repost; nor are two articles whose primary regions lie in other
provinces or other counties (a repost keeps its text, so its places: two such articles are one
template filled in for other places), nor two whose headlines share less than half of the
shorter's trigrams while neither headline is in the other's text (short notices of one template,
one per measure, can be alike past ``OVERLAP`` in their text, not in their headlines; a site that
retitles a repost keeps the old headline at its top or takes the new one from the text).

Copies are not grouped transitively: a chain of near-duplicates (A like B, B like C) joins
articles that are nothing alike (A and C: one template filled with one place's facts, then
another's), and on a corpus of such notices it joined thousands.  So every copy is a copy of its
canonical article itself.  The articles are taken in canonical order (earliest dated, then the
longest, then the smallest id): an article joins the first canonical article it is a copy of
among its copies and their canonical articles (compared even when LSH did not propose the pair),
and is a canonical article when there is none.

Hot band keys.  A band key held by more than ``HOT`` articles is boilerplate of a template that
many articles fill in (on real pages no key is held by more than a handful: a key is shared by an
article and its reposts).  Proposing every pair of such a bucket makes detection quadratic in the
corpus, and the pairs are mostly not copies.  So a pair whose only common keys are hot is a
candidate only if it shares at least two of them: true copies share most of their 37 keys and
still pass, two articles of one template share one by chance.  Pairs sharing a key that is not
hot are candidates as before; while no key is hot (every corpus of real pages so far), the
candidates are exactly those of datasketch's index.  Each candidate pair is compared (a pair
found a copy once is not compared again), and the copies, with their overlap, form the groups.

In a knowledge base the detection is incremental and streams.  Each article's band keys are
stored when it is written (``article_bands``), so an article is hashed once; ``mark_copies``
walks the buckets of two or more articles in key order and reads an article's text only when a
candidate pair needs it (a bounded cache); it holds the copies found (pairs and their overlap),
not the corpus.
Whether two articles are candidates and copies depends on those two and on which keys are hot,
and an article's group on its connected part of the copy relation (articles joined copy by copy),
so a change that moves no key across ``HOT`` can alter only the parts it touches:
``update_copies`` follows copies from the added articles and from the removed articles' copies
and groups until it finds no new article, recomputes the groups of that set, and leaves every
other group as it was.  No edge of the copy relation leaves that set, so its groups and
canonical articles are those of a computation over every article.  A change that makes a key
hot or not hot changes pairs it does not touch, so then detection starts over (``mark_copies``).
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
from pipeline.store.similarity import (MIN_SHINGLES, OVERLAP, band_keys, headline, numbers, overlap, same_facts,
                                       same_headline, shingles)

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
    province: str | None = None  # of its primary region, when known
    county: str | None = None
    title: str | None = None


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


@dataclass(frozen=True)
class _Facts:
    date: str | None
    length: int
    numbers: frozenset[str]
    province: str | None
    county: str | None
    title: str | None
    headline: frozenset[str]


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
        return _Facts(a.date, len(a.text), frozenset(numbers(a.text)), a.province, a.county, a.title,
                      frozenset(headline(a.title)))

    def likeness(self, a: str, b: str) -> float | None:
        """The overlap of two articles that are copies of each other, else None."""
        fa, fb = self.facts(a), self.facts(b)
        # The facts first: place and set comparisons reject most candidates (one template filled
        # with other facts, or for other places) before the costlier exact overlap.
        if not (same_place(fa, fb) and same_facts(fa.numbers, fb.numbers)):
            return None
        sa, sb = self.shingles(a), self.shingles(b)
        if (o := overlap(sa, sb)) < OVERLAP:
            return None
        # A site may retitle a repost, often with a line of its text (or the headline it had
        # elsewhere, kept at its top); notices of one template for other measures do neither.
        if not (same_headline(fa.headline, fb.headline) or _quoted(fa.title, sb) or _quoted(fb.title, sa)):
            return None
        return o

    def copies(self, a: str, b: str) -> bool:
        return self.likeness(a, b) is not None

    def rank(self, k: str):
        """Canonical order: earliest dated (an undated copy cannot be the first), then longest, then smallest id."""
        f = self.facts(k)
        return f.date is None, f.date or "", -f.length, k

    def found(self, candidates: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
        """The candidates that are copies, each pair once (smaller id first), with their overlap."""
        out: dict[tuple[str, str], float] = {}
        for a, b in candidates:
            pair = (a, b) if a < b else (b, a)
            if pair not in out and (o := self.likeness(a, b)) is not None:
                out[pair] = o
        return out

    def grouped(self, pairs: dict[tuple[str, str], float]) -> list[ArticleCopy]:
        """Every article that is a copy, with its canonical article, by article id (see the
        module's docstring): taken in canonical order, an article joins the first canonical
        article it is a copy of, or is one.  Every copy is thus a copy of its canonical article
        itself; a chain of copies does not join its ends."""
        pairs = dict(pairs)
        near: dict[str, list[str]] = {}
        for a, b in pairs:
            near.setdefault(a, []).append(b)
            near.setdefault(b, []).append(a)
        rank = {k: self.rank(k) for k in near}
        canon: dict[str, str] = {}
        for k in sorted(near, key=rank.__getitem__):  # the articles before it are decided
            heads = {canon[c] for c in near[k] if c in canon}
            canon[k] = min((c for c in heads if self._paired(pairs, k, c)), key=rank.__getitem__, default=k)
        return [ArticleCopy(k, c, round(pairs[(k, c) if k < c else (c, k)], 3))
                for k, c in sorted(canon.items()) if c != k]

    def _paired(self, pairs: dict[tuple[str, str], float], a: str, b: str) -> bool:
        """Whether two articles of one connected part are copies.  The canonical article of a
        copy's copy is compared even when LSH did not propose the pair (a cut page and a longer
        reworded one can be alike to their overlap, not to the Jaccard LSH looks for), so that a
        copy missing only that proposal still joins it; the overlap found is kept in ``pairs``."""
        pair = (a, b) if a < b else (b, a)
        if pair not in pairs:
            if (o := self.likeness(a, b)) is None:
                return False
            pairs[pair] = o
        return True

    def records(self, candidates: Iterable[tuple[str, str]]) -> list[ArticleCopy]:
        """Every article that is a copy, with its canonical article, by article id."""
        return self.grouped(self.found(candidates))


def _quoted(title: str | None, text: set[str]) -> bool:
    """Whether most of a headline's shingles are in another article's text (its shingles)."""
    sh = shingles(title or "")
    return bool(sh) and 2 * len(sh & text) >= len(sh)


def same_place(x: _Facts, y: _Facts) -> bool:
    """False when the primary regions of two articles are known to lie in other provinces or
    other counties: a repost keeps its text and so its places (a region known only to the city,
    or unknown, compares with any)."""
    return not ((x.province and y.province and x.province != y.province)
                or (x.county and y.county and x.county != y.county))


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

    Only the groups a change touches are recomputed (see the module's docstring): those of the
    articles joined copy by copy to the added articles, to the removed articles' copies and to
    the rest of their stored groups; everything, when the change makes a key hot or not hot.
    Returns the articles that existed before and still exist whose status flipped: their own
    canonical article before and a copy now, or the other way round.
    """
    added, removed = set(added), set(removed)
    flips = _hot_flips(conn, added, removed)
    gone_keys = _stored_keys(conn, removed)
    conn.execute("DELETE FROM article_bands WHERE article_id IN (SELECT value FROM json_each(?))", (_ids(removed),))
    if flips:
        return _redo(conn, added, removed)
    arts = _Compared(lambda ids: _read(conn, ids))
    # The removed articles' copies are looked up by their keys among the articles that stay (with
    # the hot keys of the knowledge base after the change); their texts are still stored.
    seeds = {x for pair in _copies_of(conn, arts, gone_keys) for x in pair} | _old_groups(conn, removed)
    affected, pairs = _connected(conn, arts, (added | seeds) - removed)
    kept = affected - added  # stored before this run, and still there
    before = _own_canonical(conn, kept)
    copies = arts.grouped(pairs)
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


def _connected(conn, arts: _Compared, seeds: set[str]) -> tuple[set[str], dict[tuple[str, str], float]]:
    """These articles and every stored article joined to them copy by copy, and the copies among
    them with their overlap (``_Compared.found``)."""
    seen, frontier, pairs = set(seeds), set(seeds), {}
    while frontier:
        found = _copies_of(conn, arts, _stored_keys(conn, frontier))
        pairs.update(found)
        frontier = {x for pair in found for x in pair} - seen
        seen |= frontier
    return seen, pairs


def _copies_of(conn, arts: _Compared, keys: dict[str, list[int]]) -> dict[tuple[str, str], float]:
    """The copies of the articles holding these band keys among the stored articles (other than
    those whose keys are not stored any more): their candidates, found by the keys ``_stage_keys``
    puts in temp.new_bands, then compared."""
    if not keys:
        return {}
    _stage_keys(conn, keys)
    shared: dict[tuple[str, str], list[Key]] = {}
    for a, b, band, h in conn.execute(
            "SELECT n.article_id, b.article_id, b.band, b.hash FROM temp.new_bands n"
            " JOIN article_bands b ON b.band = n.band AND b.hash = n.hash WHERE b.article_id != n.article_id"):
        shared.setdefault((a, b), []).append((band, h))
    hot = _hot(conn, {key for keys in shared.values() for key in keys})
    return arts.found((a, b) for (a, b), ks in shared.items() if len(ks) >= 2 or ks[0] not in hot)


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
        "SELECT a.id, a.text, a.date, r.province, r.county, a.title FROM articles a"
        " LEFT JOIN regions r ON r.article_id = a.id WHERE a.id IN (SELECT value FROM json_each(?))", (_ids(ids),))]


def _stage_keys(conn, keys: dict[str, list[int]]) -> None:
    """Some articles' band keys in a temp table, to look their candidates up in ``article_bands``."""
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
