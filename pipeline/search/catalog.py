"""What a knowledge base offers: every facet value with its label, count and aliases, read
from the index once per file version.
"""
from __future__ import annotations

from dataclasses import dataclass
from collections import Counter
import json
import sqlite3
import threading

from pipeline.core.records import VILLAGE_MARK
from pipeline.extract import places as P
from pipeline.search.facet_arrays import MEMO_BYTES, Memo
from pipeline.search.index import FACETS, PLACE_FACETS, has_filter_column, stored_value_rows
from pipeline.search.syntax import QueryError
from pipeline.search.tokens import SPACES, normalize
from pipeline.text.chars import INVISIBLE


@dataclass(frozen=True)
class Value:
    facet: str
    value: str
    label: str
    n: int
    sort: str = ""
    code: str | None = None
    aliases: tuple[str, ...] = ()
    idx: int = -1          # its number in the facet arrays (search_facet_index)

    def as_dict(self, n: int | None = None) -> dict:
        return {"facet": self.facet, "value": self.value, "label": self.label, "count": self.n if n is None else n}


class Catalog:
    """Every facet value of one knowledge base, for resolving filters and labelling facets."""

    def __init__(self, conn: sqlite3.Connection, rows: list[tuple] | None = None):
        """``rows``: the values as search_facet_values holds them, when not those (``article_catalog``'s); a value
        with no number (idx -1) is in no measure, so in none of the facet arrays."""
        if not has_filter_column(conn):  # (an index of schema 8 or older, or none: every filter would find nothing)
            raise QueryError(OLD_INDEX)
        rows = _value_rows(conn) if rows is None else rows
        self.values: dict[str, list[Value]] = {f: [] for f in FACETS}
        self.numbered: dict[str, list[Value]] = {}  # facet -> its values by number (numbers run 0, 1, ...)
        for f, v, label, n, sort, code, aliases, idx in sorted(rows, key=lambda r: (r[0], r[7])):
            x = Value(f, v, label, n, sort, code, tuple(json.loads(aliases)), idx)
            self.values.setdefault(f, []).append(x)
            if idx >= 0:
                self.numbered.setdefault(f, []).append(x)
        # What people type is compared with these, simplified once here rather than on every request.
        self.norm = {(x.facet, x.value): (norm(x.value), norm(x.label), tuple(norm(a) for a in x.aliases))
                     for vs in self.values.values() for x in vs}
        for f, vs in self.values.items():
            vs.sort(key=lambda x: (x.sort, -x.n, x.value) if f in PLACE_FACETS or f in ("category", "year")
                    else (-x.n, x.value))
        self.by_key = {(x.facet, x.value): x for vs in self.values.values() for x in vs}
        # Facet values with equal counts are listed in administrative / codebook / numeric order, then by value:
        # the place of each value number in that order.
        self.tiebreak = {f: _ranks(vs) for f, vs in self.numbered.items()}
        self.total = conn.execute("SELECT count(*) FROM search_measures").fetchone()[0]
        self.levels = P.levels(conn)
        self.noun = "举措"  # (what its counts count, as the notes say it: 文章 in the article search's)
        self.reposted = _reposted_sources(conn)
        self.reposted_places = _reposted_places(conn)
        self.villages = _villages(conn)
        self._arrays = None
        self._lock = threading.Lock()
        self._memo = Memo(MEMO_BYTES)
        self._kept: dict[str, object] = {}
        self._making = threading.Lock()

    def remembered(self, key: tuple, make, nbytes=lambda answer: 64):
        """``make()``, remembered under ``key`` for this file version (the catalog's own life): the article
        search's counts, which have no facet arrays to count with and took 100-490 ms a page, each time (a
        measure search's are remembered by ``facet_arrays.Counting``); ``nbytes``: an answer's size, roughly."""
        if (answer := self._memo.get(key)) is None:
            answer = make()
            self._memo.put(key, answer, nbytes(answer))
        return answer

    def kept(self, key: str, make):
        """``make()``, made once for this file version and kept as long as the catalog (``remembered``'s answers may
        be dropped): an index of the catalog's own that takes seconds to make (``pinyin.PinyinIndex``).  Requests
        asking while it is made wait for it."""
        with self._making:
            if key not in self._kept:
                self._kept[key] = make()
            return self._kept[key]

    def arrays(self, conn: sqlite3.Connection):
        """The facet arrays, ready for counting (``facet_arrays.Counting``), read once per file version."""
        from pipeline.search.facet_arrays import Counting, FacetArrays

        with self._lock:
            if self._arrays is None:
                self._arrays = Counting(FacetArrays.read(conn))
            return self._arrays

    def label(self, facet: str, value: str) -> str:
        x = self.by_key.get((facet, value))
        return x.label if x else value


def _value_rows(conn: sqlite3.Connection) -> list[tuple]:
    try:
        return stored_value_rows(conn)  # (an older build's place labels made again)
    except sqlite3.OperationalError as e:
        raise QueryError(OLD_INDEX) from e


OLD_INDEX = ("这个知识库由旧版 policykb 生成，缺少搜索表：请重新运行 `make kb`"
             " (this knowledge base predates the current search index; rebuild it)")


_catalogs: dict[tuple, Catalog] = {}
_catalog_lock = threading.Lock()
_building: dict[tuple, threading.Lock] = {}  # one lock per catalog being made: the others asking wait for it


def catalog(conn: sqlite3.Connection, articles: bool = False) -> Catalog:
    """The catalog of the file this connection reads (cached while that file is in place); with ``articles``,
    the article search's (``article_catalog``).  Made once per file version: requests asking while it is made
    wait for it (each made its own, 4.7 s of the article catalog's per request on a 20,000-article knowledge base,
    eight at once on two cores)."""
    make = _article_catalog if articles else Catalog
    key = getattr(conn, "file_key", None)
    if key is None:
        return make(conn)
    key = (*key, articles)
    with _catalog_lock:
        cat = _catalogs.get(key)
        building = _building.setdefault(key, threading.Lock()) if cat is None else None
    if cat is not None:
        return cat
    with building:
        with _catalog_lock:
            cat = _catalogs.get(key)
        if cat is None:
            cat = make(conn)
            with _catalog_lock:
                for old in [k for k in _catalogs if k[0] == key[0] and k[-1] == articles]:
                    del _catalogs[old]  # a replaced file's catalog is of no further use
                _catalogs[key] = cat
    with _catalog_lock:
        _building.pop(key, None)
    return cat


# The facets an article has of its own (its region, date, source); the others (category, group, slogan) are its
# measures'
ARTICLE_FACETS = (*PLACE_FACETS, "year", "source")


def _article_catalog(conn: sqlite3.Connection) -> Catalog:
    """The values an article search filters by: its places, years and sources those of the counted articles
    (counting them), an article with no measure too (寿宁县's only article, a description of the county, was 'no
    measure here' to --articles --county 寿宁县); categories, groups and slogans the measures'.  A value the measures
    have too keeps its number in the facet arrays."""
    from pipeline.search.index import article_pairs, facet_value_rows
    from pipeline.store.reader import counted

    lvls = P.levels(conn)
    place_cols = ", ".join(f"r.{lv}" if lv in lvls else "NULL" for lv in PLACE_FACETS)
    counts: Counter = Counter()
    for row in conn.execute(f"SELECT {place_cols}, CAST(substr(a.date, 1, 4) AS INTEGER), a.source FROM articles a"
                            f" LEFT JOIN regions r ON r.article_id = a.id WHERE {counted(conn, 'a')}"):
        counts.update(article_pairs(*row))
    measured = _value_rows(conn)
    stored = {(r[0], r[1]): r for r in measured}
    # (a value the measures have: its label, order and aliases as stored, with the articles' count; only the others,
    # places of articles without a measure, are labelled anew, which loads the gazetteer: it took 0.8 s a search)
    own = [(f, v, r[2], n, r[4], r[5], r[6], r[7]) for (f, v), n in counts.items() if (r := stored.get((f, v)))]
    missing = Counter({k: n for k, n in counts.items() if k not in stored})
    own += [r + (-1,) for r in facet_value_rows(conn, missing)] if missing else []
    # (a category, group or slogan: the articles holding a measure of it, as a click on it counts them; it showed
    # the measures' count, 关心关爱（142） above 50 articles)
    per_article = _articles_per_value(conn)
    cat = Catalog(conn, own + [r[:3] + (per_article.get((r[0], r[1]), r[3]),) + r[4:] for r in measured
                               if r[0] not in ARTICLE_FACETS])
    cat.noun = "文章"
    return cat


def _articles_per_value(conn: sqlite3.Connection) -> Counter:
    """(facet, value) -> the articles holding a measure of it, for the measures' own facets (category, group,
    slogan): counted from the facet arrays, each row's article read beside its key."""
    import numpy as np

    from pipeline.search.facet_arrays import FacetArrays

    try:
        arrays = FacetArrays.read(conn)
        rows = conn.execute("SELECT key, article_id FROM search_measures ORDER BY key").fetchall()
    except sqlite3.OperationalError:  # (an index of an older schema: the measures' counts kept)
        return Counter()
    if not np.array_equal(np.array([r[0] for r in rows], dtype=np.int64), arrays.keys):
        return Counter()  # (arrays of another round than the rows: the measures' counts kept)
    article = np.unique(np.array([r[1] for r in rows], dtype=object), return_inverse=True)[1].astype(np.int64)
    out: Counter = Counter()
    for facet, (indptr, indices) in arrays.csr.items():
        if facet in ARTICLE_FACETS or facet not in arrays.numbers:
            continue
        n = len(arrays.numbers[facet])
        rows = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
        pairs = np.unique(article[rows] * n + indices[:len(rows)])  # (one per article and value)
        counts = np.bincount(pairs % n, minlength=n)
        out.update({(facet, value): int(counts[i]) for value, i in arrays.numbers[facet].items()})
    return out


def _villages(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """The villages the articles name (region_mentions with a village's code, 411322106000V019), by their name and
    by their code as a filter's value is compared (``norm``): each the names of the units above it (province, city,
    county, township), its full name, its level.  A village is no facet value, so a place filter given one (新集村, or
    its code in the county filter) found nothing, or filtered by its township at the county level and found nothing.
    So too the places the pages show with a path but no code (a village or town not in the list: 某某村 after its
    town) and the zones, with their code or none (阿拉善高新区 152900H458, found from its zone word; a listed zone's
    code): no facet holds a zone, and a zone given a code stopped being a filter by name or code.  By their name and
    as written where that starts as the name does (not a bare 高新区); not an ambiguous name's (its candidates
    listed), whose path is shortened."""
    out: dict[str, list[tuple]] = {}
    try:
        rows = conn.execute("SELECT DISTINCT name, code, text, level, province, city, county, township, path"
                            " FROM region_mentions WHERE instr(code, ?) OR ((level = 'zone' OR code = '') AND instr(path, '/')"
                            " AND coalesce(candidates, '[]') = '[]')", (VILLAGE_MARK,)).fetchall()
    except sqlite3.OperationalError:  # (a knowledge base of an older schema: no villages known)
        return out
    for name, code, text, level, *above, where in rows:
        keys = {norm(name), norm(code or name)} | ({norm(text)} if text and text[:2] == name[:2] else set())
        for key in keys:
            if (row := (*above, P.full_name(where), level or "village")) not in out.get(key, []):
                out.setdefault(key, []).append(row)
    return out


def _reposted_sources(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """The reposts of each source (its value normalized as a filter's is): a repost is counted under its original,
    so its source is no facet value, and a filter by it said no measure had that source (四川党建网's copy of an
    article first published elsewhere).  Each with its id, title and original's id, title and source."""
    from pipeline.search.index import source_value
    from pipeline.store.reader import counted

    if counted(conn, "a") == "1":
        return {}
    out: dict[str, list[dict]] = {}
    for r in conn.execute("SELECT a.id, a.title, a.source, c.id, c.title, c.source FROM articles a"
                          f" JOIN articles c ON c.id = a.canonical_id WHERE NOT {counted(conn, 'a')}"
                          " AND a.source IS NOT NULL ORDER BY a.date, a.id"):
        if src := source_value(r[2]):
            out.setdefault(norm(src), []).append({"article_id": r[0], "title": r[1], "canonical_id": r[3],
                                                  "canonical_title": r[4], "canonical_source": r[5]})
    return out


def _reposted_places(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """The reposts placed in each region (its path, and every path above it) that is not their original's place: a
    repost is counted under its original, so a filter by its place found nothing, and said the knowledge base had
    no article there.  Each with its id and title and its original's id, title and place (full name, or "")."""
    from pipeline.store.reader import counted

    if counted(conn, "a") == "1":
        return {}
    out: dict[str, list[dict]] = {}
    for r in conn.execute("SELECT a.id, a.title, r.path, c.id, c.title, cr.path FROM articles a"
                          " JOIN articles c ON c.id = a.canonical_id JOIN regions r ON r.article_id = a.id"
                          f" LEFT JOIN regions cr ON cr.article_id = c.id WHERE NOT {counted(conn, 'a')}"
                          " AND r.path IS NOT NULL AND r.path != '' ORDER BY a.date, a.id"):
        parts, held = r[2].split("/"), (r[5] or "").split("/")
        for k in range(1, len(parts) + 1):
            if parts[:k] != held[:k]:  # (a place its original holds too: a filter by it finds the original)
                out.setdefault("/".join(parts[:k]), []).append(
                    {"article_id": r[0], "title": r[1], "canonical_id": r[3], "canonical_title": r[4],
                     "canonical_place": P.full_name(r[5]) if r[5] else ""})
    return out


def _ranks(numbered: list[Value]):
    import numpy as np

    # (sized by the largest number, not by the count: the article catalog keeps only the measures' numbers its
    # articles have, so a number may be missing (a repost's place) and the others run past the count; a missing
    # number ranks last)
    size = max((x.idx for x in numbered), default=-1) + 1
    ranks = np.full(size, len(numbered), dtype=np.int64)  # (below size, which facet_counts multiplies by)
    ranks[[x.idx for x in sorted(numbered, key=lambda x: (x.sort, x.value))]] = np.arange(len(numbered))
    return ranks


def norm(s: str) -> str:
    """A value or what people type for one, compared: normalized, without spaces, slashes or invisible characters."""
    return SPACES.sub("", normalize(INVISIBLE.sub("", s))).replace("/", "")
