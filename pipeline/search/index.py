"""The search index: FTS5 tables of character bigrams and filter tokens, and the facet arrays,
kept up to date with the knowledge-base tables by ``IndexUpdate`` as a build writes them.

Filters are tokens of the same index ('§p福建省'), so a filtered query is an
intersection of posting lists inside FTS5; they are its second column (``filters``), matched there
(``filters : "§p福建省"``) and weighed nothing by the ranking (``RANK``): a filter narrows the hits and does
not reorder them (in the text's column, BM25 scored the filter token too, the more for a short measure, and
the same hits came in another order once a category or a province was chosen) -- within the ranked window:
when the search without the filter has more than ``query.RANK_ALL`` matches, it ranks only the RANK_ALL most
recent and lists the rest by date, and the filtered search, with fewer matches, may rank an older hit higher.

A measure's key (its FTS rowid) is ``date number << 32 | measure id``: keys follow the
articles' dates (then the measures' ids), so "most recent" is ``ORDER BY rowid DESC``, and
the measures of an article added later take their place among the others, as they would
in an index built from scratch.  An article's key (its article_fts rowid) is ``date number << 32 |
its number``, articles numbered in the order they are written: the same however a build's
documents were batched.

Updating: a build puts each batch of articles in as soon as its rows are written (``put``), so
the index grows while the workers run rather than in the parent's serial end; the entries of
removed articles are taken out *before* their rows are deleted (contentless FTS5 tables delete a
row by re-reading the text it indexed, which is rebuilt from the stored row), then every canonical
article not yet indexed is added and every indexed one that became a repost is taken out
(``sync``); ``commit`` rewrites the facet values and arrays from the old ones and the changes
(``facet_merge``), reading again only the rows put in.  Rows stream through all of it: a build's
memory does not grow with the index.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
import json
import re
import sqlite3

from pipeline.extract import places as P
from pipeline.search.facet_merge import Pairs, write_arrays
from pipeline.search.tokens import index_text
from pipeline.store.reader import categories, counted
from pipeline.store.schema import columns


INDEX_SCHEMA = """
CREATE TABLE search_measures (
    key INTEGER PRIMARY KEY,              -- the measure_fts rowid: date number << 32 | measure id (date order)
    measure_id INTEGER NOT NULL UNIQUE REFERENCES measures(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL, heading TEXT, title TEXT, date TEXT, year INTEGER, source TEXT,
    province TEXT, city TEXT, county TEXT, township TEXT,
    place TEXT,                           -- the region's full path: 福建省/福州市/鼓楼区
    categories TEXT NOT NULL,             -- ' select care ' (space separated, padded)
    groups TEXT NOT NULL, slogans TEXT NOT NULL
);
CREATE INDEX search_measures_article ON search_measures(article_id);
CREATE TABLE search_facet_values (        -- every facet value: what it is called and how many measures carry it
    facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, n INTEGER NOT NULL,
    sort TEXT NOT NULL,                   -- administrative / codebook / numeric order
    code TEXT, aliases TEXT NOT NULL,     -- a place's division code; other names people type (JSON list)
    idx INTEGER NOT NULL,                 -- the value's number in search_facet_index
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;
CREATE TABLE search_facet_keys (          -- every key of search_measures, ascending (int64 array): row i of the arrays
    keys BLOB NOT NULL
);
CREATE TABLE search_facet_index (         -- per facet, row -> value numbers as CSR int32 arrays, for exact counts fast
    facet TEXT NOT NULL, indptr BLOB NOT NULL, indices BLOB NOT NULL  -- one row per facet (no key: a round
);                                        -- writes the new rows beside the old ones, then deletes those)
CREATE TABLE search_articles (            -- the article_fts rowids
    key INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE REFERENCES articles(id), title TEXT, date TEXT
);
CREATE TABLE search_article_values (      -- an indexed article's own facet values: its places, year, source
    facet TEXT NOT NULL, value TEXT NOT NULL, article_id TEXT NOT NULL,  -- (the article filters look them up here:
    PRIMARY KEY (facet, value, article_id)                               -- no scan of regions and articles)
) WITHOUT ROWID;
CREATE INDEX search_article_values_article ON search_article_values(article_id);
CREATE VIRTUAL TABLE measure_fts USING fts5(body, filters, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE article_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE measure_vocab USING fts5vocab(measure_fts, row);
"""

# The measures' ranking: BM25 of the text's column alone (weight 0 for the filters' column).  A filter's
# phrase scores 0 and the others score as without it, so a filtered search lists its hits in the order the
# search without the filter lists them.  (A row's length is still both columns': the same with or without a
# filter, and as long as the filter tokens were in the text's column.)
RANK = "bm25(measure_fts, 1.0, 0.0)"
FILTER_COLUMN = "filters"


def has_filter_column(conn: sqlite3.Connection) -> bool:
    """Whether measure_fts keeps the filter tokens in a column of their own (an index built before schema 9 holds
    them among the bigrams, and the queries made now find nothing there)."""
    return any(r[1] == FILTER_COLUMN for r in conn.execute("PRAGMA table_info(measure_fts)"))


FACETS = ("province", "city", "county", "township", "category", "group", "slogan", "year", "source")
FACET_ZH = {"province": "省份", "city": "地市", "county": "区县", "township": "乡镇", "category": "类别",
            "group": "对象", "slogan": "提法", "year": "年份", "source": "来源"}
PLACE_FACETS = P.LEVELS
_MULTI = {"category": "categories", "group": "groups", "slogan": "slogans"}


_FILTER_PREFIX = {"province": "§p", "city": "§c", "county": "§k", "township": "§w", "year": "§y", "category": "§t",
                  "group": "§g", "slogan": "§s", "source": "§o"}


def facet_values(row) -> tuple[tuple[str, str], ...]:
    """(facet, value) pairs of one search_measures row: places by full path, never by short name."""
    return _facet_values(*(row[c] for c in _FACET_COLUMNS))


_FACET_COLUMNS = (*PLACE_FACETS, "year", "source", *_MULTI.values())
_ENTRY_COLUMNS = ", ".join(f"s.{c}" for c in ("key", *_FACET_COLUMNS))  # what an index round reads of a row put in


_N_ARTICLE_COLUMNS = len(PLACE_FACETS) + 2  # the article's columns (places, year, source), then the measure's


@lru_cache(maxsize=65536)
def _facet_values(*cols) -> tuple[tuple[str, str], ...]:
    """The pairs of one combination of a row's facet columns: an index round reads each new row
    twice (its entry, then the facet arrays), and the measures of an article mostly share one.
    A combination not seen yet is made of its article's pairs and its own, each remembered apart
    (an article's measures differ in their categories, groups and slogans; the pairs of the two
    parts are of different facets, and each part's are distinct: no pair is repeated)."""
    return _article_pairs(*cols[:_N_ARTICLE_COLUMNS]) + _measure_pairs(*cols[_N_ARTICLE_COLUMNS:])


@lru_cache(maxsize=65536)
def _article_pairs(*cols) -> tuple[tuple[str, str], ...]:
    """The pairs of an article's facet columns: its places (by full path), year and source."""
    places, (year, source) = cols[:len(PLACE_FACETS)], cols[len(PLACE_FACETS):]
    return _place_pairs(*places) + tuple((k, str(v)) for k, v in (("year", year), ("source", source_value(source))) if v)


def article_pairs(*cols) -> tuple[tuple[str, str], ...]:
    """The facet pairs of an article of its own (its places down its region, year, source): those its measures
    carry, which the article search's catalog counts over every article, one with no measure too."""
    return _article_pairs(*cols)


_TITLE_MARKS = re.compile("[《》〈〉]")


def source_value(source: str | None) -> str | None:
    """A source as the facet and its filter know it: without title marks.  Pages write one newspaper
    both ways (《光明日报》, 光明日报): with the marks kept, it was two values and a filter found one of them.
    The stored source keeps them (as written)."""
    return (_TITLE_MARKS.sub("", source).strip() or None) if source else source


@lru_cache(maxsize=65536)
def _measure_pairs(*cols) -> tuple[tuple[str, str], ...]:
    """The pairs of a measure's own facet columns (space-separated categories, groups, slogans),
    each value once."""
    return tuple((facet, v) for facet, col in zip(_MULTI, cols) for v in dict.fromkeys((col or "").split()))


def measure_entry(row, body: str | None = None) -> tuple[tuple[tuple[str, str], ...], tuple[str, str]]:
    """The facet pairs of one search_measures row and what measure_fts indexes for it, its two columns (to
    insert it, and to delete it again: a contentless table is given every column's text back); ``body``: the
    bigrams of its text, when a worker made them."""
    pairs = facet_values(row)
    return pairs, _entry_body(pairs, row["text"], body)


def _entry_body(pairs: tuple[tuple[str, str], ...], text: str, body: str | None) -> tuple[str, str]:
    """What measure_fts indexes for a measure, (body, filters): its bigrams (``body``, else made from ``text``),
    and the filter tokens of its facet pairs."""
    return body or index_text(text), _filter_tokens(pairs)


@lru_cache(maxsize=65536)
def _filter_tokens(pairs: tuple[tuple[str, str], ...]) -> str:
    """The filter tokens of one combination of facet pairs (the measures of an article mostly share one)."""
    return " ".join(filter_token(f, v) for f, v in pairs)


@lru_cache(maxsize=65536)
def _place_pairs(*names) -> tuple[tuple[str, str], ...]:
    """(level, path) of a region and its ancestors; measures of one article share it."""
    return tuple(P.region_places(dict(zip(PLACE_FACETS, names))).items())


@lru_cache(maxsize=65536)
def filter_token(facet: str, value) -> str:
    return _FILTER_PREFIX[facet] + re.sub(r"\s+", "_", str(value))


def article_body(title: str | None, text: str) -> str:
    return index_text((title or "") + " " + text)


# The bigrams of the measures and articles a build writes, made in the workers (``add_bodies``) so
# the parent only looks them up as it puts each batch in the index (``IndexUpdate.hold``, then
# ``put``); a row without one (an older copy that became canonical) gets its bigrams when it is
# indexed.  They travel with a document's rows under these names, and are never written: the
# parent holds them in memory until their articles are indexed (a temporary table cost an insert,
# a join and a delete per row).
MEASURE_BODIES, ARTICLE_BODIES = "temp.measure_bodies", "temp.article_bodies"


def add_bodies(tables: dict[str, list[tuple]]) -> None:
    """Add the bigrams of a document's measures and articles to its rows (``store.rows.DocRows.tables``):
    (article id, measure number, bigrams) and (article id, bigrams)."""
    m, a = _positions()
    tables[MEASURE_BODIES] = [(r[m[0]], r[m[1]], index_text(r[m[2]])) for r in tables.get("measures", ())]
    tables[ARTICLE_BODIES] = [(r[a[0]], article_body(r[a[1]], r[a[2]])) for r in tables.get("articles", ())]


def take_bodies(tables: dict[str, list[tuple]]) -> tuple[list[tuple], list[tuple]]:
    """The bigrams ``add_bodies`` added, taken out of a document's rows (before they are written)."""
    return tables.pop(MEASURE_BODIES, []), tables.pop(ARTICLE_BODIES, [])


@lru_cache(maxsize=None)
def _positions() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a measures row keeps its article, number and text; an articles row its id, title and text."""
    mcols, acols = ([n for n, _ in columns(t)] for t in ("measures", "articles"))
    return (tuple(mcols.index(c) for c in ("article_id", "idx", "text")),
            tuple(acols.index(c) for c in ("id", "title", "text")))


# The index's own tables: never cleaned row by row by ``writer.delete_documents`` (the build passes
# them as tables to keep); ``IndexUpdate`` keeps them in step with the knowledge-base tables.
INDEX_TABLES = ("search_measures", "search_facet_values", "search_facet_keys", "search_facet_index",
                "search_articles", "search_article_values", "measure_vocab", "measure_fts", "article_fts")

# The date number: yyyy·416 + mm·32 + dd orders like the ISO text ('2023' < '2023-05' < '2023-05-02').
# Keys hold it above a number in their low 32 bits (a measure's id, an article's number).
_NUMBER_MASK = (1 << 32) - 1
_DATE_NUMBER = ("(CAST(substr(coalesce(a.date, ''), 1, 4) AS INTEGER) * 416"
                " + CAST(substr(coalesce(a.date, ''), 6, 2) AS INTEGER) * 32"
                " + CAST(substr(coalesce(a.date, ''), 9, 2) AS INTEGER))")


# The indexes a round's look-ups need (an article's measures and index rows, a measure's categories,
# groups and slogans): a fresh build keeps them while its rows come in, since ``put`` reads each
# batch back (without them, every batch would scan the tables written so far).
LOOKUP_INDEXES = ("measures_article", "slogans_article", "measure_categories_measure", "measure_groups_measure",
                  "measure_links_measure", "search_measures_article")


def create_schema(conn: sqlite3.Connection) -> None:
    """The index's tables, if absent.  Creating them commits the transaction under way (a script):
    a fresh build makes them with its other tables (``store.writer.atomic_db``), since a commit
    in its middle would have every page changed after it journaled in memory until the end."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_measures'").fetchone():
        conn.executescript(INDEX_SCHEMA)
    elif not has_article_values(conn):  # (an index made before the table: its articles' values put in once)
        for ddl in INDEX_SCHEMA[INDEX_SCHEMA.index("CREATE TABLE search_article_values"):].split(";")[:2]:
            conn.execute(ddl)
        _put_article_values(conn, "SELECT article_id FROM search_articles")


def has_article_values(conn: sqlite3.Connection) -> bool:
    """Whether the index holds its articles' own facet values (an index made before it does not)."""
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_article_values'").fetchone())


def _put_article_values(conn: sqlite3.Connection, ids_sql: str) -> None:
    """The facet values of their own (places, year, source) of the articles ``ids_sql`` selects, as the article
    catalog counts them (``article_pairs``)."""
    lvls = P.levels(conn)
    place_cols = ", ".join(f"r.{lv}" if lv in lvls else "NULL" for lv in PLACE_FACETS)
    rows = conn.execute(f"SELECT a.id, {place_cols}, CAST(substr(a.date, 1, 4) AS INTEGER), a.source FROM articles a"
                        f" LEFT JOIN regions r ON r.article_id = a.id WHERE a.id IN ({ids_sql})")
    conn.executemany("INSERT OR IGNORE INTO search_article_values VALUES (?, ?, ?)",
                     ((f, v, r[0]) for r in rows for f, v in _article_pairs(*r[1:])))


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Drop the search index (if any) and build it again from the knowledge-base tables."""
    for table in INDEX_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    build_index(conn)


def build_index(conn: sqlite3.Connection) -> None:
    """Index every canonical article of a knowledge base that has no index yet."""
    update = IndexUpdate(conn)
    update.sync()
    update.commit()


class IndexUpdate:
    """One round of changes to the index of the database ``conn`` writes (created if absent).

    A repost (an article whose ``canonical_id`` names another) is indexed once, through its
    canonical article, so results, facets and counts are of distinct articles."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        create_schema(conn)
        # the workers' bigrams of the rows written and not yet put in (``hold``)
        self.measure_bodies: dict[tuple[str, int], str] = {}  # (article id, measure number) -> bigrams
        self.article_bodies: dict[str, str] = {}  # article id -> bigrams
        self.articles_put: int | None = None  # the number of the last article put in (read when first needed)
        self._new_round()

    def _new_round(self) -> None:
        """Nothing taken out or put in yet (until ``commit``)."""
        self.gone_keys: list[int] = []
        self.gone: Counter = Counter()  # (facet, value) -> stored measures taken out
        self.added: Counter = Counter()  # (facet, value) -> measures put in (their articles are in temp.index_in)
        self.n_added = 0
        _temp_ids(self.conn, "index_in", ())

    def remove(self, article_ids: Iterable[str]) -> None:
        """Take these articles out of the index (call before their rows are deleted)."""
        ids = _temp_ids(self.conn, "index_out", article_ids)
        if not ids:
            return
        self.conn.row_factory = sqlite3.Row
        try:
            rows = self.conn.execute("SELECT *, article_id IN temp.index_in AS this_round FROM search_measures"
                                     " WHERE article_id IN temp.index_out").fetchall()
            arts = self.conn.execute("SELECT s.key, a.title, a.text FROM search_articles s JOIN articles a"
                                     " ON a.id = s.article_id WHERE s.article_id IN temp.index_out").fetchall()
        finally:
            self.conn.row_factory = None
        deletes = []
        for r in rows:
            pairs, (body, filters) = measure_entry(r)
            if r["this_round"]:  # put in by this round (a repost found at its end): never in the stored arrays
                self.added.subtract(pairs)
                self.n_added -= 1
            else:
                self.gone.update(pairs)
                self.gone_keys.append(r["key"])
            deletes.append((r["key"], body, filters))
        self.conn.executemany("INSERT INTO measure_fts(measure_fts, rowid, body, filters) VALUES ('delete', ?, ?, ?)",
                              deletes)
        self.conn.executemany("INSERT INTO article_fts(article_fts, rowid, body) VALUES ('delete', ?, ?)",
                              ((a["key"], article_body(a["title"], a["text"])) for a in arts))
        self.conn.execute("DELETE FROM search_measures WHERE article_id IN temp.index_out")
        self.conn.execute("DELETE FROM search_articles WHERE article_id IN temp.index_out")
        self.conn.execute("DELETE FROM search_article_values WHERE article_id IN temp.index_out")
        self.conn.execute("DELETE FROM temp.index_in WHERE id IN temp.index_out")

    def hold(self, bodies: tuple[list[tuple], list[tuple]]) -> None:
        """Keep a written document's bigrams (``take_bodies``) until its articles are put in."""
        measures, articles = bodies
        self.measure_bodies.update(((a, i), b) for a, i, b in measures)
        self.article_bodies.update(articles)

    def put(self, article_ids: Iterable[str]) -> None:
        """Index these articles, just written, as canonical ones; ``sync`` takes out those that
        turn out to be reposts once every article is written."""
        if _temp_ids(self.conn, "index_batch", article_ids):
            self._add()

    def sync(self, among: Iterable[str] | None = None) -> None:
        """Index every canonical article not yet indexed; take out indexed ones that are now reposts:
        of every article, or only ``among`` these (the articles whose status may have changed)."""
        canonical = _canonical_articles(self.conn)
        if among is not None:
            _temp_ids(self.conn, "index_maybe", among)
            canonical = f"SELECT id FROM ({canonical}) WHERE id IN temp.index_maybe"
        indexed = "SELECT article_id FROM search_articles" + (
            "" if among is None else " WHERE article_id IN temp.index_maybe")
        self.remove(r[0] for r in self.conn.execute(f"{indexed} {'WHERE' if among is None else 'AND'}"
                                                    f" article_id NOT IN ({canonical})"))
        ids = _temp_ids(self.conn, "index_batch", (r[0] for r in self.conn.execute(
            f"SELECT id FROM ({canonical}) WHERE id NOT IN (SELECT article_id FROM search_articles)")))
        if ids:
            self._add()

    def _add(self) -> None:
        """Put in the articles of temp.index_batch; their workers' bigrams are used up."""
        self._add_measures()
        self._add_articles()
        self.conn.execute("INSERT INTO temp.index_in SELECT id FROM temp.index_batch")

    def _add_measures(self) -> None:
        township = "r.township" if "township" in P.levels(self.conn) else "NULL"
        self.conn.execute(f"""
            INSERT INTO search_measures (key, measure_id, article_id, text, heading, title, date, year, source,
                                         province, city, county, township, place, categories, groups, slogans)
            SELECT ({_DATE_NUMBER} << 32) | m.id, m.id, m.article_id, m.text, m.heading, a.title, a.date,
                   CAST(substr(a.date, 1, 4) AS INTEGER), a.source, r.province, r.city, r.county, {township},
                   r.province || coalesce('/' || r.city, '') || coalesce('/' || r.county, '') || coalesce('/' || {township}, ''),
                   ' ' || coalesce((SELECT group_concat(category, ' ') FROM measure_categories c WHERE c.measure_id = m.id), '') || ' ',
                   ' ' || coalesce((SELECT group_concat(grp, ' ') FROM measure_groups g WHERE g.measure_id = m.id), '') || ' ',
                   ' ' || coalesce((SELECT group_concat(s.canonical, ' ') FROM measure_links l JOIN slogans s
                                    ON s.article_id = m.article_id AND s.idx = l.idx
                                    WHERE l.measure_id = m.id AND l.kind = 'slogan'), '') || ' '
            FROM measures m JOIN articles a ON a.id = m.article_id LEFT JOIN regions r ON r.article_id = m.article_id
            WHERE m.article_id IN temp.index_batch
            ORDER BY 1
        """)
        self.conn.executemany("INSERT INTO measure_fts(rowid, body, filters) VALUES (?, ?, ?)", self._entries())

    def _entries(self) -> Iterator[tuple[int, str, str]]:
        """(key, body, filters) of every measure of the articles being put in, counting its facet values on the way."""
        combos: dict[tuple[tuple[str, str], ...], int] = {}  # each combination of pairs -> measures carrying it
        end = 1 + len(_FACET_COLUMNS)
        held = self.measure_bodies
        for r in self._read("index_batch", bodies=True):
            pairs = _facet_values(*r[1:end])
            combos[pairs] = combos.get(pairs, 0) + 1
            yield r[0], *_entry_body(pairs, r[end], held.pop((r[end + 1], r[end + 2]), None))
        self._count(combos.items())

    def _count(self, combos: Iterable[tuple[tuple[tuple[str, str], ...], int]]) -> None:
        """Count the facet values of measures put in, by combination of pairs (pairs, measures carrying
        them): far fewer than measures.  (Combinations in order of their first measure: values are
        counted in the order they are first met, as measure by measure.)"""
        added = self.added
        for pairs, n in combos:
            for pair in pairs:
                added[pair] += n
            self.n_added += n

    def _rows_in(self, articles: str) -> Iterator[tuple[int, tuple[tuple[str, str], ...]]]:
        """(key, facet pairs) of each measure of the ``articles`` (a temporary table), by key."""
        for r in self._read(articles):
            yield r[0], _facet_values(*r[1:])

    def _read(self, articles: str, bodies: bool = False) -> sqlite3.Cursor:
        """Key and facet columns of each measure of the ``articles`` (a temporary table), by key; with ``bodies``,
        also its text, article and number (what its held bigrams are found by).  Rows are read as plain
        tuples of the columns these need (a ``sqlite3.Row`` per measure, of every column, cost more than
        the query)."""
        sql = (f"SELECT {_ENTRY_COLUMNS}, s.text, m.article_id, m.idx FROM search_measures s JOIN measures m"
               " ON m.id = s.measure_id" if bodies else f"SELECT {_ENTRY_COLUMNS} FROM search_measures s")
        return self.conn.execute(f"{sql} WHERE s.article_id IN temp.{articles} ORDER BY s.key")

    def _add_articles(self) -> None:
        arts = self.conn.execute(f"SELECT {_DATE_NUMBER} << 32, a.id, a.title, a.date FROM articles a"
                                 " WHERE a.id IN temp.index_batch ORDER BY a.rowid")
        if self.articles_put is None:  # numbered on from the stored articles' highest
            self.articles_put = self.conn.execute(
                f"SELECT coalesce(max(key & {_NUMBER_MASK}), 0) FROM search_articles").fetchone()[0]
        while batch := list(islice(arts, 1024)):  # a batch at a time
            # by key: FTS5 flushes what it holds whenever a rowid is lower than the one before
            keyed = sorted((dated | (self.articles_put + i), *a) for i, (dated, *a) in enumerate(batch, 1))
            self.articles_put += len(batch)
            self.conn.executemany("INSERT INTO search_articles VALUES (?, ?, ?, ?)", keyed)
            bodies = [(k, self._article_body(a, t)) for k, a, t, _ in keyed]  # (a text may be read: before the insert)
            self.conn.executemany("INSERT INTO article_fts(rowid, body) VALUES (?, ?)", bodies)
        _put_article_values(self.conn, "SELECT id FROM temp.index_batch")

    def _article_body(self, article_id: str, title: str | None) -> str:
        """The bigrams a worker made of the article, else of its stored text (read only then: article
        texts are long)."""
        body = self.article_bodies.pop(article_id, None)
        if body is None:
            text = self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            body = article_body(title, text)
        return body

    def commit(self) -> None:
        """Facet values (labels, counts, numbers) and arrays after this round's changes."""
        old_numbers: dict[str, dict[str, int]] = {}
        counts: Counter = Counter()
        for facet, value, idx, n in self.conn.execute("SELECT facet, value, idx, n FROM search_facet_values"):
            old_numbers.setdefault(facet, {})[value] = idx
            counts[(facet, value)] = n
        counts = +(counts - self.gone + self.added)  # values no measure carries any more are dropped
        added = self._pairs_in() if self.n_added else iter(())
        numbers = write_arrays(self.conn, old_numbers, counts, self.gone_keys, added, self.n_added)
        write_facet_values(self.conn, counts, numbers)
        self._new_round()

    def _pairs_in(self) -> Iterator[tuple[int, Pairs]]:
        return self._rows_in("index_in")


def _canonical_articles(conn: sqlite3.Connection) -> str:
    return "SELECT id FROM articles WHERE " + counted(conn)  # (the rule kb.open and the comparison count by)


def _temp_ids(conn: sqlite3.Connection, name: str, ids: Iterable[str]) -> int:
    """Fill temp table ``name`` with these ids, as they come (a fresh build's are every article's);
    how many."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY)")
    conn.execute(f"DELETE FROM temp.{name}")
    conn.executemany(f"INSERT OR IGNORE INTO temp.{name} VALUES (?)", ((i,) for i in ids))
    return conn.execute(f"SELECT count(*) FROM temp.{name}").fetchone()[0]


# How the place labels search_facet_values holds were made (meta 'place_labels'): 3, a township's three last names
# where its two last are shared (鞍山市铁东区解放街道, 四平市铁东区解放街道; session 73).  A knowledge base built
# before holds other labels (two townships one label): they are made again when read (stored_value_rows).
PLACE_LABELS = "3"


def write_facet_values(conn: sqlite3.Connection, counts: Counter, numbers: dict[str, dict[str, int]]) -> None:
    """Labels, counts and numbers of every facet value (labels of places depend on which others exist)."""
    conn.execute("DELETE FROM search_facet_values")
    conn.executemany("INSERT INTO search_facet_values VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [r + (numbers[r[0]][r[1]],) for r in _value_rows(conn, counts)])
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('place_labels', ?)", (PLACE_LABELS,))


def stored_value_rows(conn: sqlite3.Connection) -> list[tuple]:
    """search_facet_values' rows (facet, value, label, n, sort, code, aliases, idx), the places labelled as a build
    labels them now where the knowledge base was built with older labels (which the file keeps: it is read only)."""
    rows = conn.execute("SELECT facet, value, label, n, sort, code, aliases, idx FROM search_facet_values").fetchall()
    made = conn.execute("SELECT value FROM meta WHERE key = 'place_labels'").fetchone()
    if made and made[0] == PLACE_LABELS:
        return rows
    labels = {(p.level, p.path): p.label for p in P.catalogue(conn)}
    return [(f, v, labels.get((f, v), label), *rest) for f, v, label, *rest in rows]


def facet_value_rows(conn: sqlite3.Connection, counts: Counter) -> list[tuple]:
    """Labels, order and aliases of these values (facet, value) -> n, as search_facet_values holds them (no number)."""
    return _value_rows(conn, counts)


def _value_rows(conn: sqlite3.Connection, counts: Counter) -> list[tuple]:
    """Labels, order and aliases of every facet value, for the page and for reading what people type."""
    from pipeline.extract.regions import Gazetteer

    g = Gazetteer.load()
    placed = {(p.level, p.path): p for p in P.catalogue(conn)}
    cats = {c: (zh, en, i) for i, (c, zh, en) in enumerate(categories(conn))}
    out = []
    for (facet, value), n in counts.items():
        label, sort, code, aliases = value, "", None, []
        if (facet, value) in placed:
            p = placed[(facet, value)]
            label, code, sort = p.label, p.code, (p.code or "9").ljust(9, "0")
            aliases = [p.full_name, p.name] + (g.short_forms(P.full_code(p.code)) if p.code else [])
        elif facet == "category" and value in cats:
            label, aliases, sort = cats[value][0] or value, [cats[value][1] or ""], f"{cats[value][2]:04d}"
        elif facet == "year":
            sort = value.rjust(6, "0")
        out.append((facet, value, label, n, sort, code, json.dumps([a for a in aliases if a], ensure_ascii=False)))
    return out
