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
longest once its marks of damage are paid for, then the smallest id: ``_rank``): an article joins
the first canonical article it is a copy of
among its copies' canonical articles (compared even when LSH did not propose the pair), and is a
canonical article when there is none.

How the groups are found without comparing every pair.  Through session 71 every candidate pair
was compared, then the copies grouped: 800 copies of one article, all candidates of each other,
cost 320,000 comparisons (70 s).  The rule needs less.  For an article k it takes the first, in
canonical order, of the canonical articles h such that (1) a candidate c of k ranked before k and
put under h is a copy of k, and (2) k is a copy of h.  So ``_Compared.grouped`` files the articles
decided so far under their canonical article in each bucket of their keys, and k's buckets name
every group that may hold a candidate of k (a group in a bucket of a key of k that is not hot, or
in two of its hot ones: every h of (1) is named, and a few more).  They are tried in canonical
order and the first that passes takes k: first (2), h compared with k (LSH's pair or not; on its
gist first, its places and figures, which reject most pairs and are kept while the articles are
grouped: one template's notices name thousands of groups, more than the facts cache holds), then
(1), h itself when it is a candidate of k (a copy: just compared), else the group's members that
are candidates of k, each compared until one is a copy.  That is the rule's choice; a group that
fails (2) is never searched, and no group after the one taken is compared at all.  An article
with no copy among its candidates is filed as a group of its own, which nothing joins (a member
would be a candidate of it that is its copy) and which is not recorded, as before.  So a copy
among n is compared about once, with its canonical article, whose shingles stay in the cache
while the articles after it come (they come in canonical order), and many candidates with few
copies (notices of one template, most of them a group of their own) cost at most a comparison per
candidate group, as comparing every candidate pair did.  tests/test_reposts_incremental.py keeps
the pairwise computation and compares the two on random corpora, in memory and in a knowledge
base built at once and change by change.

Hot band keys.  A band key held by more than ``HOT`` articles is boilerplate of a template that
many articles fill in (on real pages no key is held by more than a handful: a key is shared by an
article and its reposts).  Proposing every pair of such a bucket makes detection quadratic in the
corpus, and the pairs are mostly not copies.  So a pair whose only common keys are hot is a
candidate only if it shares at least two of them: true copies share most of their 37 keys and
still pass, two articles of one template share one by chance.  Pairs sharing a key that is not
hot are candidates as before; while no key is hot (every corpus of real pages so far), the
candidates are exactly those of datasketch's index.  Candidates are looked up in buckets, never
listed pair by pair (``_sharing_a_key`` and ``_stored_pairs`` list them, for the tests): a pair
of copies shares up to 37 keys.

In a knowledge base the detection is incremental.  Each article's band keys are stored when it is
written (``article_bands``), so an article is hashed once.  ``mark_copies`` first joins the
articles of each bucket of two or more into parts (read bucket by bucket from the covering key
index), so that a part holds every candidate of its articles, then groups each part alone as
above, which gives its articles the groups they get among every article: a part's keys that
another article holds too, its articles' dates and lengths read a chunk at a time for their
canonical order, their texts as comparing needs them (bounded caches).  Memory holds an entry
per article sharing a key and the largest part's keys, not every key of the corpus.
Whether two articles are candidates and copies depends on those two and on which keys are hot,
and an article's group only on its candidates that are copies of it and on their groups, so a
change that moves no key across ``HOT`` can alter only the groups of the articles joined copy by
copy to the articles it touches: ``update_copies`` follows copies from the added articles and from
the removed articles' copies and groups until it finds no new article (``_Reach``: an article's
candidates are compared only while not reached yet, so n copies of one article cost about n
comparisons, not n²/2), then groups that set as above, its members' keys only, and leaves every
other group as it was.  Every candidate of a member that is a copy of it is a member, and the
rule decides an article only from those of its candidates that are copies of it and from their
groups; so, article by article in canonical order, each member gets the group it gets among
every article (the candidates the set leaves out are no copies of it, and the canonical article
of a member's copy is a member, by the same induction).  A change that makes a
key hot or not hot changes pairs it does not touch, so then detection starts over
(``mark_copies``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
import json
import re
from typing import NamedTuple

from pipeline.core.records import ArticleCopy
from pipeline.text.chars import PUA
from pipeline.store.writer import write_copies
from pipeline.store.similarity import (MIN_SHINGLES, OVERLAP, band_keys, headline, nested_facts, numbers, overlap,
                                       same_facts, same_headline, shingles)

HOT = 128  # articles holding one band key past which the key is a template's (see the module's docstring)
# Articles whose numbers (and date and length) are kept at once, and whose shingle sets are (~100 kB each).
FACTS_CACHE, SHINGLE_CACHE = 4096, 128

Key = tuple[int, int]  # (band, hash)
# Marks of damage a text keeps: U+FFFD where the repair stage found characters lost, private-use
# characters where a decoder left bytes it could not place.
_MARK = re.compile(f"[{PUA}]")
# Repairs that leave the repair stage's guesses in the text (characters read back from mojibake, or
# lost and marked): ``Item.repairs``.  Lines dropped as chrome or spam, bylines read as metadata and
# rejoined page breaks leave a clean text, however many a site's page needed.
DAMAGE = frozenset({"mojibake", "unreadable"})
# How many characters of length one mark of damage outweighs: a print longer only by its debris is
# not preferred, a print cut short by a paragraph still is.
MARK_COST = 20


@dataclass(frozen=True)
class Item:
    """What the detector needs of one article."""

    id: str
    text: str
    date: str | None = None
    province: str | None = None  # of its primary region, when known
    county: str | None = None
    title: str | None = None
    repairs: int = 0  # the repairs the text stages recorded inside it that left a guess in it (``DAMAGE``, ``noise``)


def _sharing_a_key(keys: dict[str, list[int]], hot: Collection[Key] = frozenset()) -> Iterator[tuple[str, str]]:
    """The candidate pairs among these articles, each once, article by article: those sharing a
    band key that is not ``hot``, and those sharing two hot ones (no key is hot unless given).
    Detection looks candidates up in buckets instead (see the module's docstring); this lists
    them, for the tests and ``_stored_pairs``."""
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


class _Gist(NamedTuple):
    """The facts of an article that reject most pairs (``_agree``)."""

    province: str | None
    county: str | None
    numbers: frozenset[str]


@dataclass(frozen=True)
class _Facts:
    numbers: frozenset[str]
    province: str | None
    county: str | None
    title: str | None
    headline: frozenset[str]

    def gist(self) -> _Gist:
        return _Gist(self.province, self.county, self.numbers)


class _Compared:
    """Articles read as comparing them needs (``read`` gives the Items of some ids): their facts
    (numbers, places, headline) and shingle sets, each kept in a bounded cache.  Shingles are made
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
        return _Facts(frozenset(numbers(a.text)), a.province, a.county, a.title, frozenset(headline(a.title)))

    def likeness(self, a: str, b: str) -> float | None:
        """The overlap of two articles that are copies of each other, else None."""
        fa, fb = self.facts(a), self.facts(b)
        # The facts first: place and set comparisons reject most candidates (one template filled
        # with other facts, or for other places) before the costlier exact overlap.
        if not _agree(fa, fb):
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

    def ranked(self, ids: Iterable[str]) -> list[str]:
        """These articles in canonical order (``_rank``), read a chunk at a time (not one query per article)."""
        ids, rank = list(ids), {}
        for i in range(0, len(ids), 512):
            for a in self._read(ids[i:i + 512]):
                rank[a.id] = _rank(a)
        return sorted(rank, key=rank.__getitem__)

    def grouped(self, keys: dict[str, list[Key]], hot: Collection[Key]) -> list[ArticleCopy]:
        """Every article that is a copy, with its canonical article, by article id (see the module's
        docstring): taken in canonical order, an article joins the first canonical article it is a
        copy of among its copies' canonical articles (its copies among its candidates: ``keys``
        holds each article's band keys that another of them holds too, ``hot`` the hot ones), or
        is one.  Every copy is thus a copy of its canonical article itself; a chain of copies does
        not join its ends.

        ``held`` files the articles decided so far under their canonical article, bucket by bucket,
        so an article meets each group among its candidates once, not each candidate: one
        comparison places a copy in a group of hundreds.  A bucket is dropped once its last article
        is decided, and ``keys`` is consumed as the articles are: memory holds the buckets still
        open and each canonical article's gist, not every key of a large corpus twice."""
        order = self.ranked(keys)
        place = {k: i for i, k in enumerate(order)}
        left = Counter(key for ks in keys.values() for key in ks)  # articles of each bucket still to come
        held: dict[Key, dict[str, list[str]]] = {}  # band key -> canonical article -> articles under it
        gists: dict[str, _Gist] = {}  # of each canonical article
        out = []
        for k in order:
            ks = keys.pop(k)
            head, o = self._head(k, ks, held, hot, place, gists)
            if head == k:
                gists[k] = self.facts(k).gist()
            for key in ks:
                if left[key] > 1:
                    left[key] -= 1
                    held.setdefault(key, {}).setdefault(head, []).append(k)
                else:  # the bucket's last article: no article after it looks it up
                    del left[key]
                    held.pop(key, None)
            if head != k:
                out.append(ArticleCopy(k, head, round(o, 3)))
        return sorted(out, key=lambda c: c.article_id)

    def _head(self, k: str, ks: list[Key], held, hot: Collection[Key], place: dict[str, int], gists):
        """The canonical article k joins and their overlap, or (k, None).  The groups that may hold
        a candidate of k are those in a bucket of a key of k that is not hot, or in two hot ones;
        of those whose canonical article is a copy of k, the first that holds a candidate of k that
        is a copy of k (``_under``)."""
        near, hits = set(), Counter()
        for key in ks:
            if heads := held.get(key):
                if key in hot:
                    hits.update(heads.keys())
                else:
                    near.update(heads)
        near.update(h for h, n in hits.items() if n > 1)
        # The groups in canonical order; the first that can take k does (the rule), so the later
        # ones are never compared.  A group's canonical article is compared with k first, LSH's pair
        # or not (a cut page and a longer reworded one can be alike to their overlap, not to the
        # Jaccard LSH looks for): a group whose canonical article is no copy of k cannot take it,
        # and those whose places or figures disagree with k's are passed over on their gist, not
        # on their facts read again (one template's notices name thousands of groups).
        mine = self.facts(k)
        for h in sorted(near, key=place.__getitem__):
            if _agree(mine, gists[h]) and (o := self.likeness(k, h)) is not None and self._under(k, h, ks, held, hot):
                return h, o
        return k, None

    def _under(self, k: str, h: str, ks: list[Key], held, hot: Collection[Key]) -> bool:
        """Whether a candidate of k filed under h is a copy of k: h itself, when it is a candidate
        (it is a copy: ``_head`` compared them), else the first other one found that is."""
        theirs = [(key, held[key][h]) for key in ks if h in held.get(key, ())]
        own = [key for key, members in theirs if members[0] == h]  # h is filed first under itself
        if len(own) > 1 or any(key not in hot for key in own):
            return True
        tried, hits = set(), Counter()
        for key, members in sorted(theirs, key=lambda t: t[0] in hot):  # keys not hot first: all candidates
            for c in members:
                if key in hot:
                    hits[c] += 1
                    if hits[c] < 2:
                        continue
                if c not in tried:
                    tried.add(c)
                    if self.copies(k, c):
                        return True
        return False


def _rank(a: Item) -> tuple:
    """Canonical order: earliest dated (an undated copy cannot be the first), then the longest once
    each mark of damage (``noise``) has cost MARK_COST characters, then the smallest id.  Damage makes
    a print longer, so by length alone the worst print of an article would be the one shown; by
    damage alone a print missing whole paragraphs would be."""
    return a.date is None, a.date or "", MARK_COST * noise(a) - len(a.text), a.id


def noise(a: Item) -> int:
    """The marks of damage an article keeps: lost characters its text marks (U+FFFD, private-use
    characters) and the repairs that left a guess in it (``DAMAGE``, recorded by the text stages)."""
    return len(_MARK.findall(a.text)) + a.repairs


def _quoted(title: str | None, text: set[str]) -> bool:
    """Whether most of a headline's shingles are in another article's text (its shingles)."""
    sh = shingles(title or "")
    return bool(sh) and 2 * len(sh & text) >= len(sh)


def _agree(x: _Facts | _Gist, y: _Facts | _Gist) -> bool:
    """Whether two articles' places and figures allow them to be copies (``same_place``, ``same_facts``).
    Figures that differ on both sides pass ``same_facts`` while half agree (a repost's chrome or a light
    edit adds numbers on each side), but only for one place: two articles of one template placed apart
    (one at a county, the other at its province only) with other figures each are versions of it, one
    per place, not copies (``placed_alike``)."""
    if not same_place(x, y):
        return False
    if nested_facts(x.numbers, y.numbers):
        return True
    return placed_alike(x, y) and same_facts(x.numbers, y.numbers)


def placed_alike(x: _Facts | _Gist, y: _Facts | _Gist) -> bool:
    """Whether two articles' primary regions are known to the same province and county: a repost keeps
    its text, so its places, and is placed as its original is."""
    return (x.province, x.county) == (y.province, y.county)


def same_place(x: _Facts | _Gist, y: _Facts | _Gist) -> bool:
    """False when the primary regions of two articles are known to lie in other provinces or
    other counties: a repost keeps its text and so its places (a region known only to the city,
    or unknown, compares with any)."""
    return not ((x.province and y.province and x.province != y.province)
                or (x.county and y.county and x.county != y.county))


def find_copies(articles: Iterable[Item]) -> list[ArticleCopy]:
    """Every article that is a copy of another, with its group's canonical article."""
    items = {a.id: a for a in articles}
    arts = _Compared(lambda ids: (items[k] for k in ids))
    keys = {k: list(enumerate(band_keys(sh))) for k in items if len(sh := arts.shingles(k)) >= MIN_SHINGLES}
    held = Counter(key for ks in keys.values() for key in ks)
    return arts.grouped(_shared(keys, held), {key for key, n in held.items() if n > HOT})


def _shared(keys: dict[str, list[Key]], held: Counter) -> dict[str, list[Key]]:
    """Of each article, the keys another article holds too (``held``: how many hold each); the
    articles with none left out (they have no candidate)."""
    return {k: shared for k, ks in keys.items() if (shared := [key for key in ks if held[key] > 1])}


# --- in a knowledge base ------------------------------------------------------------------------

def mark_copies(conn) -> None:
    """Find the reposts among every article of a knowledge base and record them, from scratch."""
    arts = _Compared(lambda ids: _read(conn, ids))
    hot = set(conn.execute("SELECT band, hash FROM article_bands GROUP BY band, hash HAVING count(*) > ?", (HOT,)))
    copies = sorted((c for part in _parts(conn) for c in arts.grouped(_shared_stored(conn, part), hot)),
                    key=lambda c: c.article_id)
    conn.execute("DELETE FROM article_copies")
    conn.executemany("INSERT INTO article_copies VALUES (?,?,?)",
                     [(c.article_id, c.canonical_id, c.similarity) for c in copies])
    conn.execute("UPDATE articles SET canonical_id = coalesce("
                 "(SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id), id)")


def _parts(conn) -> Iterable[list[str]]:
    """The stored articles that share a band key with another, in parts no bucket spans: the
    articles of each bucket of two or more (read bucket by bucket from the covering key index) are
    joined into one part.  No candidate pair spans two parts, so each is grouped alone, its keys
    read and dropped in turn (``_shared_stored``): memory holds the largest part's, not every key
    of a large corpus."""
    root: dict[str, str] = {}

    def find(a: str) -> str:
        root.setdefault(a, a)
        while root[a] != a:
            root[a] = a = root[root[a]]  # (halving the path as it goes)
        return a

    rows = conn.execute(
        "SELECT band, hash, article_id FROM article_bands WHERE (band, hash) IN"
        " (SELECT band, hash FROM article_bands GROUP BY band, hash HAVING count(*) > 1) ORDER BY band, hash")
    for _, bucket in groupby(rows, key=lambda r: (r[0], r[1])):
        first, *others = (r[2] for r in bucket)
        for a in others:
            root[find(a)] = find(first)
    parts: dict[str, list[str]] = {}
    for a in root:
        parts.setdefault(find(a), []).append(a)
    return parts.values()


def _shared_stored(conn, ids: list[str]) -> dict[str, list[Key]]:
    """Of each of these stored articles, the band keys another article holds too (``_shared``)."""
    keys: dict[str, list[Key]] = {}
    for k, band, h in conn.execute(
            "SELECT b.article_id, b.band, b.hash FROM article_bands b WHERE b.article_id IN (SELECT value FROM"
            " json_each(?)) AND EXISTS (SELECT 1 FROM article_bands o WHERE o.band = b.band AND o.hash = b.hash"
            " AND o.article_id != b.article_id) ORDER BY b.article_id, b.band", (_ids(ids),)):
        keys.setdefault(k, []).append((band, h))
    return keys


def _stored_pairs(conn) -> Iterator[tuple[str, str]]:
    """The candidate pairs of every stored article, each once: the pairs ``mark_copies`` groups
    without listing them (``_Compared.grouped`` looks them up bucket by bucket), listed."""
    keys = _stored_keys(conn, [a for part in _parts(conn) for a in part])
    held = Counter(key for ks in keys.values() for key in enumerate(ks))
    return _sharing_a_key(keys, {key for key, n in held.items() if n > HOT})


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
    reach = _Reach(conn, arts)
    seeds = reach.copies({k: list(enumerate(ks)) for k, ks in gone_keys.items()})
    affected = reach.closure((added | seeds | _old_groups(conn, removed)) - removed)
    kept = affected - added  # stored before this run, and still there
    before = _own_canonical(conn, kept)
    held = Counter(key for ks in reach.keys.values() for key in ks)
    copies = arts.grouped(_shared(reach.keys, held), {key for key, n in reach.size.items() if n > HOT})
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


class _Reach:
    """The stored articles joined copy by copy to some articles.  An article's candidates are looked
    up in the stored buckets of its band keys, each bucket read once, and compared only while not
    reached yet (they are joined already when they are): a group of n copies costs about n
    comparisons, not n²/2.  ``keys`` holds the band keys of the articles whose candidates were
    looked up, ``size`` how many articles hold each key read, ``gists`` the places and figures of
    the articles compared: a copy of one template's notice has thousands of candidates, too many
    for the facts cache, and their gists reject most of them without reading them again."""

    def __init__(self, conn, arts: _Compared):
        self.conn, self.arts = conn, arts
        self.seen: set[str] = set()
        self.keys: dict[str, list[Key]] = {}
        self.size: dict[Key, int] = {}
        self._left: dict[Key, list[str]] = {}  # of each bucket, the articles not reached when last read
        self.gists: dict[str, _Gist] = {}

    def closure(self, start: set[str]) -> set[str]:
        """These articles and every stored article joined to them copy by copy (all reached)."""
        self.seen |= start
        frontier = set(start)
        while frontier:
            keys = {k: list(enumerate(ks)) for k, ks in _stored_keys(self.conn, frontier).items()}
            self.keys.update(keys)
            frontier = self.copies(keys)
        return set(self.seen)

    def copies(self, keys: dict[str, list[Key]]) -> set[str]:
        """The stored articles not reached yet that are copies of the articles holding these keys
        (their candidates: sharing a key that is not hot, or two hot ones); reached now."""
        self._load({key for ks in keys.values() for key in ks})
        found = set()
        for a, ks in keys.items():
            near, hits = set(), Counter()
            for key in ks:
                self._left[key] = left = [b for b in self._left[key] if b not in self.seen]
                if self.size[key] > HOT:
                    hits.update(left)
                else:
                    near.update(left)
            near.update(b for b, n in hits.items() if n > 1)
            mine = self._gist(a)
            for b in sorted(near):
                if b not in self.seen and _agree(mine, self._gist(b)) and self.arts.copies(a, b):
                    self.seen.add(b)
                    found.add(b)
        return found

    def _gist(self, k: str) -> _Gist:
        if (g := self.gists.get(k)) is None:
            g = self.gists[k] = self.arts.facts(k).gist()
        return g

    def _load(self, keys: set[Key]) -> None:
        """The buckets of these keys not read yet."""
        new = keys - self.size.keys()
        if not new:
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS key_probe (band INTEGER, hash INTEGER)")
        self.conn.execute("DELETE FROM temp.key_probe")
        self.conn.executemany("INSERT INTO temp.key_probe VALUES (?,?)", new)
        for key in new:
            self.size[key], self._left[key] = 0, []
        # (CROSS JOIN: each key looked up in the key index, not the whole table scanned for the keys)
        for band, h, a in self.conn.execute("SELECT b.band, b.hash, b.article_id FROM temp.key_probe p"
                                            " CROSS JOIN article_bands b ON b.band = p.band AND b.hash = p.hash"):
            self.size[band, h] += 1
            self._left[band, h].append(a)


def _ids(ids: Iterable[str]) -> str:
    """A JSON list of ids, for ``IN (SELECT value FROM json_each(?))`` (no limit on their number)."""
    return json.dumps(sorted(ids))


def _read(conn, ids: Iterable[str]) -> list[Item]:
    ids = list(ids)
    one = len(ids) == 1  # (most reads, as comparing needs them: no JSON list)
    return [Item(*r[:-1], _repairs(r[-1])) for r in conn.execute(
        "SELECT a.id, a.text, a.date, r.province, r.county, a.title, a.quality FROM articles a LEFT JOIN regions r"
        " ON r.article_id = a.id WHERE a.id " + ("= ?" if one else "IN (SELECT value FROM json_each(?))"),
        (ids[0] if one else _ids(ids),))]


def _repairs(quality: str | None) -> int:
    """``Item.repairs`` of a stored article, from its quality record (``store/rows.py``)."""
    counts = json.loads(quality or "{}").get("counts", {})
    return sum(n for kind, n in counts.items() if kind in DAMAGE)


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
