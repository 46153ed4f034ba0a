"""Chinese full-text search over measures and articles: query syntax, filters, exact facets,
suggestions, neighbours, and the one serialiser of a search hit.

SQLite FTS5 cannot match two-character Chinese queries with its trigram
tokenizer (干部, 容错), and a jieba-word index loses hits where segmentation
is ambiguous (从容/错 hides 容错).  So the index holds every overlapping
character bigram of the text as a token: a term of n >= 2 characters is the
phrase of its n-1 bigrams, which matches exactly the texts containing it as a
substring, and BM25 ranks them.  Queries are simplified first, so traditional
and simplified input find the same measures.

Query syntax (the same on the page, in the API and on the command line):
``容错 纠错`` both words; ``驻村 OR 挂职`` either; ``-问责`` not this word;
``"驻村 第一书记"`` a phrase (spaces and the words OR / - inside are literal).
Punctuation at the edges of a word is ignored (``容错*`` = ``容错``).  User
input never reaches FTS5 syntax: this module builds every expression.

Filters are tokens of the same index ('§p福建省'), so a filtered query is an
intersection of posting lists inside FTS5.  The measures' keys (the FTS rowids)
follow the articles' dates, so "most recent" is ``ORDER BY rowid DESC``.
"""
from __future__ import annotations

from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
import difflib
import html
import json
from pathlib import PurePath
import re
import sqlite3
import threading
import unicodedata

from pipeline.extract import places as P

INDEX_SCHEMA = """
CREATE TABLE search_measures (
    key INTEGER PRIMARY KEY,              -- the measure_fts rowid; in order of article date (1 = oldest)
    measure_id INTEGER NOT NULL UNIQUE REFERENCES measures(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL, heading TEXT, title TEXT, date TEXT, year INTEGER, source TEXT,
    province TEXT, city TEXT, county TEXT, township TEXT,
    place TEXT,                           -- the region's full path: 福建省/福州市/鼓楼区
    categories TEXT NOT NULL,             -- ' select care ' (space separated, padded)
    groups TEXT NOT NULL, slogans TEXT NOT NULL
);
CREATE INDEX search_measures_article ON search_measures(article_id);
CREATE TEMP TABLE search_facets (         -- while building: one row per measure and facet value
    key INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, facet, value)
) WITHOUT ROWID;
CREATE TABLE search_facet_values (        -- every facet value: what it is called and how many measures carry it
    facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, n INTEGER NOT NULL,
    sort TEXT NOT NULL,                   -- administrative / codebook / numeric order
    code TEXT, aliases TEXT NOT NULL,     -- a place's division code; other names people type (JSON list)
    idx INTEGER NOT NULL,                 -- the value's number in search_facet_index
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;
CREATE TABLE search_facet_index (         -- per facet, key -> value numbers as CSR int32 arrays, for exact counts fast
    facet TEXT PRIMARY KEY, indptr BLOB NOT NULL, indices BLOB NOT NULL
);
CREATE TABLE search_articles (            -- the article_fts rowids
    key INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE REFERENCES articles(id), title TEXT, date TEXT
);
CREATE VIRTUAL TABLE measure_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE article_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE measure_vocab USING fts5vocab(measure_fts, row);
"""

# The one cap: no request (page, API, CLI, download) returns more measures than this.
MAX_RESULTS = 10_000
RANK_ALL = 2000  # up to this many matches are all ranked; beyond, the most recent RANK_ALL are

FACETS = ("province", "city", "county", "township", "category", "group", "slogan", "year", "source")
FACET_ZH = {"province": "省份", "city": "地市", "county": "区县", "township": "乡镇", "category": "类别",
            "group": "对象", "slogan": "提法", "year": "年份", "source": "来源"}
PLACE_FACETS = P.LEVELS
_MULTI = {"category": "categories", "group": "groups", "slogan": "slogans"}

_SPACE = re.compile(r"\s+")


class QueryError(ValueError):
    """A query or filter that cannot be read; the message is for the person who typed it."""


def normalize(text: str) -> str:
    from pipeline.text.repair import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", text)).lower()


def bigrams(text: str) -> list[str]:
    s = _SPACE.sub("", normalize(text))
    if len(s) == 1:
        return [s]
    return [s[i:i + 2] for i in range(len(s) - 1)]


def index_text(text: str) -> str:
    return " ".join(bigrams(text))


# --- the index ----------------------------------------------------------------------------

_FILTER_PREFIX = {"province": "§p", "city": "§c", "county": "§k", "township": "§w", "year": "§y", "category": "§t",
                  "group": "§g", "slogan": "§s", "source": "§o"}


def filter_token(facet: str, value) -> str:
    return _FILTER_PREFIX[facet] + re.sub(r"\s+", "_", str(value))


def facet_values(row) -> list[tuple[str, str]]:
    """(facet, value) pairs of one search_measures row: places by full path, never by short name."""
    out = [(lv, p) for lv, p in P.region_places(row).items()]
    out += [(k, str(row[k])) for k in ("year", "source") if row[k]]
    for facet, col in _MULTI.items():
        out += [(facet, v) for v in dict.fromkeys((row[col] or "").split())]
    return out


# The index's own tables: never cleaned row by row (``kb.delete_documents`` skips them);
# ``rebuild_index`` makes them again from the knowledge-base tables.
INDEX_TABLES = ("search_measures", "search_facet_values", "search_facet_index", "search_articles",
                "measure_vocab", "measure_fts", "article_fts")


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Drop the search index (if any) and build it again from the knowledge-base tables."""
    for table in INDEX_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    build_index(conn)


def build_index(conn: sqlite3.Connection) -> None:
    """Fill the search tables from a freshly written knowledge base.

    A repost (an article whose ``canonical_id`` names another) is indexed once, through its
    canonical article, so results, facets and counts are of distinct articles."""
    conn.executescript(INDEX_SCHEMA)
    lvls = P.levels(conn)
    township = "r.township" if "township" in lvls else "NULL"
    has_copies = "canonical_id" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    canonical = "WHERE a.canonical_id IS NULL OR a.canonical_id = a.id" if has_copies else ""
    conn.execute(f"""
        INSERT INTO search_measures (measure_id, article_id, text, heading, title, date, year, source,
                                     province, city, county, township, place, categories, groups, slogans)
        SELECT m.id, m.article_id, m.text, m.heading, a.title, a.date, CAST(substr(a.date, 1, 4) AS INTEGER), a.source,
               r.province, r.city, r.county, {township},
               r.province || coalesce('/' || r.city, '') || coalesce('/' || r.county, '') || coalesce('/' || {township}, ''),
               ' ' || coalesce((SELECT group_concat(category, ' ') FROM measure_categories c WHERE c.measure_id = m.id), '') || ' ',
               ' ' || coalesce((SELECT group_concat(grp, ' ') FROM measure_groups g WHERE g.measure_id = m.id), '') || ' ',
               ' ' || coalesce((SELECT group_concat(s.canonical, ' ') FROM measure_links l JOIN slogans s
                                ON s.article_id = m.article_id AND s.idx = l.idx
                                WHERE l.measure_id = m.id AND l.kind = 'slogan'), '') || ' '
        FROM measures m JOIN articles a ON a.id = m.article_id LEFT JOIN regions r ON r.article_id = m.article_id
        {canonical}
        ORDER BY coalesce(a.date, ''), m.id
    """)
    conn.row_factory = sqlite3.Row
    counts = index_measures(conn, conn.execute("SELECT * FROM search_measures ORDER BY key").fetchall())
    conn.row_factory = None
    write_facet_values(conn, counts)
    arts = conn.execute(f"SELECT id, title, date, coalesce(title, '') || ' ' || text FROM articles a {canonical}"
                        " ORDER BY coalesce(date, ''), id").fetchall()
    conn.executemany("INSERT INTO search_articles VALUES (?, ?, ?, ?)", ((k, a, t, d) for k, (a, t, d, _) in enumerate(arts, 1)))
    conn.executemany("INSERT INTO article_fts(rowid, body) VALUES (?, ?)", ((k, index_text(x)) for k, (*_, x) in enumerate(arts, 1)))


def index_measures(conn: sqlite3.Connection, rows) -> Counter:
    """Index search_measures rows (mappings with its columns) for text and facets; the facet counts."""
    counts: Counter = Counter()
    fts, facet_rows = [], []
    for r in rows:
        pairs = list(dict.fromkeys(facet_values(r)))
        counts.update(pairs)
        facet_rows += [(r["key"], f, v) for f, v in pairs]
        fts.append((r["key"], index_text(r["text"]) + " " + " ".join(filter_token(f, v) for f, v in pairs)))
    conn.executemany("INSERT INTO measure_fts(rowid, body) VALUES (?, ?)", fts)
    conn.executemany("INSERT OR IGNORE INTO search_facets VALUES (?, ?, ?)", facet_rows)
    return counts


def write_facet_values(conn: sqlite3.Connection, counts: Counter) -> None:
    """Labels and counts of every facet value, and the arrays that count them for any set of matches."""
    import numpy as np

    rows = _value_rows(conn, counts)
    ids: dict[str, dict[str, int]] = {}
    for facet, value, *_ in sorted(rows, key=lambda r: (r[0], r[1])):
        numbers = ids.setdefault(facet, {})
        numbers[value] = len(numbers)
    conn.executemany("INSERT INTO search_facet_values VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [r + (ids[r[0]][r[1]],) for r in rows])
    top = conn.execute("SELECT coalesce(max(key), 0) FROM search_measures").fetchone()[0]
    per: dict[str, tuple[list, list]] = {f: ([], []) for f in ids}
    for key, facet, value in conn.execute("SELECT key, facet, value FROM search_facets ORDER BY key"):
        keys, vals = per[facet]
        keys.append(key)
        vals.append(ids[facet][value])
    for facet, (keys, vals) in per.items():
        indptr = np.zeros(top + 2, dtype=np.int32)  # rows 0..top: key k's values are indices[indptr[k]:indptr[k+1]]
        np.add.at(indptr, np.asarray(keys, dtype=np.int64) + 1, 1)
        conn.execute("INSERT INTO search_facet_index VALUES (?, ?, ?)",
                     (facet, np.cumsum(indptr, dtype=np.int32).tobytes(), np.asarray(vals, dtype=np.int32).tobytes()))


def _value_rows(conn: sqlite3.Connection, counts: Counter) -> list[tuple]:
    """Labels, order and aliases of every facet value, for the page and for reading what people type."""
    from pipeline.extract.regions import Gazetteer

    g = Gazetteer.load()
    placed = {(p.level, p.path): p for p in P.catalogue(conn)}
    cats = {r[0]: (r[1], r[2], i) for i, r in enumerate(conn.execute("SELECT id, name_zh, name_en FROM categories ORDER BY rowid"))}
    out = []
    for (facet, value), n in counts.items():
        label, sort, code, aliases = value, "", None, []
        if (facet, value) in placed:
            p = placed[(facet, value)]
            label, code, sort = p.label, p.code, (p.code or "9").ljust(9, "0")
            aliases = [p.full_name, p.name] + (g.short_forms(p.code.ljust(12, "0")) if p.code else [])
        elif facet == "category" and value in cats:
            label, aliases, sort = cats[value][0] or value, [cats[value][1] or ""], f"{cats[value][2]:04d}"
        elif facet == "year":
            sort = value.rjust(6, "0")
        out.append((facet, value, label, n, sort, code, json.dumps([a for a in aliases if a], ensure_ascii=False)))
    return out


# --- what a KB offers: facet values, cached per file version -------------------------------

@dataclass(frozen=True)
class Value:
    facet: str
    value: str
    label: str
    n: int
    sort: str = ""
    code: str | None = None
    aliases: tuple[str, ...] = ()

    def as_dict(self, n: int | None = None) -> dict:
        return {"facet": self.facet, "value": self.value, "label": self.label, "count": self.n if n is None else n}


class Catalog:
    """Every facet value of one knowledge base, for resolving filters and labelling facets."""

    def __init__(self, conn: sqlite3.Connection):
        try:
            rows = conn.execute("SELECT facet, value, label, n, sort, code, aliases, idx FROM search_facet_values").fetchall()
        except sqlite3.OperationalError as e:
            raise QueryError("这个知识库由旧版 policykb 生成，缺少搜索表：请重新运行 `make kb`"
                             " (this knowledge base predates the current search index; rebuild it)") from e
        self.values: dict[str, list[Value]] = {f: [] for f in FACETS}
        self.numbered: dict[str, dict[int, Value]] = {}
        for f, v, label, n, sort, code, aliases, idx in rows:
            x = Value(f, v, label, n, sort, code, tuple(json.loads(aliases)))
            self.values.setdefault(f, []).append(x)
            self.numbered.setdefault(f, {})[idx] = x
        # What people type is compared with these, simplified once here rather than on every request.
        self.norm = {(x.facet, x.value): (_norm(x.value), _norm(x.label), tuple(_norm(a) for a in x.aliases))
                     for vs in self.values.values() for x in vs}
        for f, vs in self.values.items():
            vs.sort(key=lambda x: (x.sort, -x.n, x.value) if f in PLACE_FACETS or f in ("category", "year")
                    else (-x.n, x.value))
        self.by_key = {(x.facet, x.value): x for vs in self.values.values() for x in vs}
        self.total = conn.execute("SELECT count(*) FROM search_measures").fetchone()[0]
        self.levels = P.levels(conn)
        self._arrays: dict | None = None
        self._lock = threading.Lock()

    def arrays(self, conn: sqlite3.Connection) -> dict:
        """facet -> (indptr, indices): the value numbers of every key, read once per file version."""
        import numpy as np

        with self._lock:
            if self._arrays is None:
                self._arrays = {f: (np.frombuffer(a, dtype=np.int32), np.frombuffer(b, dtype=np.int32))
                                for f, a, b in conn.execute("SELECT facet, indptr, indices FROM search_facet_index")}
            return self._arrays

    def label(self, facet: str, value: str) -> str:
        x = self.by_key.get((facet, value))
        return x.label if x else value


_catalogs: dict[tuple, Catalog] = {}
_catalog_lock = threading.Lock()


def catalog(conn: sqlite3.Connection) -> Catalog:
    """The catalog of the file this connection reads (cached while that file is in place)."""
    key = getattr(conn, "file_key", None)
    if key is None:
        return Catalog(conn)
    with _catalog_lock:
        cat = _catalogs.get(key)
    if cat is None:
        cat = Catalog(conn)
        with _catalog_lock:
            for old in [k for k in _catalogs if k[0] == key[0]]:
                del _catalogs[old]  # a replaced file's catalog is of no further use
            _catalogs[key] = cat
    return cat


# --- query syntax ----------------------------------------------------------------------------

_QUOTES = "\"“”「」『』"
_TOKEN = re.compile(rf"(-?)(?:[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|(\S+))")


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False  # written in quotes

    def fts(self) -> str:
        grams = bigrams(self.text)
        if len(grams) == 1 and len(grams[0]) == 1:  # one character: the bigrams that start with it
            return '"' + grams[0].replace('"', '""') + '"*'
        return '"' + " ".join(g.replace('"', '""') for g in grams) + '"'

    def written(self) -> str:
        return f'"{self.text}"' if self.phrase or " " in self.text or self.text in ("OR",) else self.text


def _edge_strip(word: str) -> str:
    """容错* -> 容错, ^干部 -> 干部, (挂职) -> 挂职: only letters and digits start or end a word."""
    def keep(c: str) -> bool:
        return unicodedata.category(c)[0] in "LN"

    s, e = 0, len(word)
    while s < e and not keep(word[s]):
        s += 1
    while e > s and not keep(word[e - 1]):
        e -= 1
    return word[s:e]


@dataclass
class Query:
    """All of ``clauses`` (each: any of its terms), none of ``exclude``."""

    clauses: list[list[Term]] = field(default_factory=list)
    exclude: list[Term] = field(default_factory=list)
    given: str = ""

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.exclude

    @property
    def terms(self) -> list[str]:
        return [t.text for c in self.clauses for t in c]

    def expression(self, filter_parts: list[str] = ()) -> str:
        parts = ["(" + " OR ".join(t.fts() for t in c) + ")" if len(c) > 1 else c[0].fts() for c in self.clauses]
        parts += list(filter_parts)
        if not parts:
            if self.exclude:
                raise QueryError("只有排除词（-词语）无法搜索：请再加一个要找的词或一项筛选，例如 干部 -问责。")
            return ""
        expr = " AND ".join(parts)
        if self.exclude:
            expr = f"({expr}) NOT ({' OR '.join(t.fts() for t in self.exclude)})"
        return expr

    def text(self) -> str:
        """The query written back in its own syntax."""
        out = [" OR ".join(t.written() for t in c) for c in self.clauses]
        return " ".join(out + ["-" + t.written() for t in self.exclude])

    def describe(self) -> str:
        """The query as a sentence: 同时包含“容错”和“纠错”，不含“问责”."""
        if self.empty:
            return ""
        def q(t: Term) -> str:
            return f"“{t.text}”"
        parts = ["或".join(q(t) for t in c) for c in self.clauses]
        s = ("包含" if len(parts) == 1 else "同时包含") + "、".join(parts) if parts else "全部举措"
        if self.exclude:
            s += "，不含" + "或".join(q(t) for t in self.exclude)
        return s

    def replaced(self, clauses: list[list[Term]]) -> "Query":
        return Query(clauses=clauses, exclude=list(self.exclude))


def parse(query: str | None) -> Query:
    """Read the documented syntax; characters with no meaning in it are searched literally."""
    given = (query or "").strip()
    s = unicodedata.normalize("NFKC", given)
    out = Query(given=given)
    join = False
    for m in _TOKEN.finditer(s):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if quoted is None and bare == "OR" and not neg:
            join = bool(out.clauses)
            continue
        if quoted is not None:
            term = Term(_SPACE.sub(" ", quoted).strip(), phrase=True)
        else:
            term = Term(_edge_strip(bare.strip(_QUOTES)))
        if not _SPACE.sub("", term.text):
            continue
        if neg:
            out.exclude.append(term)
        elif join and out.clauses:
            out.clauses[-1].append(term)
        else:
            out.clauses.append([term])
        join = False
    if given and out.empty:
        raise QueryError("没有可搜索的文字：请输入中文词语，例如 容错纠错 或 驻村第一书记。")
    return out


SYNTAX_HELP = ("空格＝同时包含（容错 澄清）；OR＝任一（驻村 OR 挂职）；-词＝排除（干部 -问责）；"
               "引号＝整个短语，可含空格（\"驻村 第一书记\"）。两个字即可搜，繁体也可。")


# --- filters: what people type, read against the knowledge base -----------------------------

@dataclass
class Filters:
    """Filter values as typed: 福建 / 福建省 / 350000, a category's Chinese name or id, 2020-2023."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    category: str | None = None
    group: str | None = None
    slogan: str | None = None
    year: str | int | None = None
    source: str | None = None

    def active(self) -> dict[str, str]:
        return {k: str(v).strip() for k, v in vars(self).items() if v not in (None, "") and str(v).strip()}

    def without(self, facet: str) -> "Filters":
        return Filters(**{k: (None if k == facet else v) for k, v in vars(self).items()})

    def with_(self, facet: str, value: str | None) -> "Filters":
        return Filters(**(vars(self) | {facet: value}))


@dataclass
class Note:
    """What became of one filter that did not match exactly one value."""

    facet: str
    given: str
    kind: str                     # unknown (nothing matched) | several (all are used) | read_as (one, by part of its name)
    message: str
    choices: list[Value] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"facet": self.facet, "given": self.given, "kind": self.kind, "message": self.message,
                "choices": [c.as_dict() for c in self.choices]}


@dataclass
class Resolved:
    filters: Filters
    values: dict[str, list[Value]] = field(default_factory=dict)  # facet -> the values it matched (any of them)
    notes: list[Note] = field(default_factory=list)

    @property
    def impossible(self) -> bool:
        """A filter matched nothing, so no measure can match."""
        return any(not vs for vs in self.values.values())

    def parts(self, without: str | None = None) -> list[str]:
        """FTS expressions of the filters (a facet with several values: any of them)."""
        out = []
        for facet, vs in self.values.items():
            if facet == without or not vs:
                continue
            toks = ['"' + filter_token(facet, v.value).replace('"', '""') + '"' for v in vs]
            out.append(toks[0] if len(toks) == 1 else "(" + " OR ".join(toks) + ")")
        return out


def resolve(cat: Catalog, filters: Filters | None) -> Resolved:
    """Each filter read as people write it; raises QueryError for a year that is not a year."""
    filters = filters or Filters()
    res = Resolved(filters)
    for facet, given in filters.active().items():
        if facet not in FACETS:
            continue
        vals, note = _resolve_one(cat, facet, given)
        res.values[facet] = vals
        if note:
            res.notes.append(note)
    return res


def _norm(s: str) -> str:
    return _SPACE.sub("", normalize(s)).replace("/", "")


def _resolve_one(cat: Catalog, facet: str, given: str) -> tuple[list[Value], Note | None]:
    if facet == "year":
        return _resolve_year(cat, given)
    v = _norm(given)
    found = _match(cat, facet, v)
    name = FACET_ZH[facet]
    if len(found) == 1:
        loose = v not in cat.norm[(facet, found[0].value)][1:2] + cat.norm[(facet, found[0].value)][2] \
            and v != cat.norm[(facet, found[0].value)][0] and not v.isdigit()
        note = Note(facet, given, "read_as", f"{name}“{given}”按“{found[0].label}”筛选。", found) if loose else None
        return found, note
    if found:
        labels = "、".join(x.label for x in found[:8])
        return found, Note(facet, given, "several", f"{name}“{given}”对应 {len(found)} 项：{labels}；结果包含全部，可点选其中一项。", found)
    return [], _unknown(cat, facet, given, v)


def _match(cat: Catalog, facet: str, v: str) -> list[Value]:
    """Exact value, name or code first; then names that end with it (鼓楼区) or are it
    without a suffix (福建); then names that contain it (容错 for 容错纠错)."""
    pool = [(x, cat.norm[(x.facet, x.value)]) for x in cat.values.get(facet, [])]
    exact = [x for x, (nv, nl, na) in pool if v in (nv, nl) or na[:1] == (v,)]
    if not exact and facet in PLACE_FACETS and v.isdigit() and len(v) >= 2:
        code = v.ljust(12, "0")
        exact = [x for x, _ in pool if x.code and code[:len(x.code)] == x.code and not code[len(x.code):].strip("0")]
    if exact:
        return exact
    if facet in PLACE_FACETS:
        return [x for x, (nv, nl, na) in pool if nv.endswith(v) or v in na]
    return [x for x, (nv, nl, na) in pool if v in na] or [x for x, (nv, nl, na) in pool if v and v in nl]


def _unknown(cat: Catalog, facet: str, given: str, v: str) -> Note:
    name = FACET_ZH[facet]
    if facet in PLACE_FACETS:  # 南京市 given as a province: say where it is
        for other in cat.levels:
            if other != facet and (hit := _match(cat, other, v)):
                return Note(facet, given, "unknown", f"“{given}”是{FACET_ZH[other]}，不是{name}：可改按{FACET_ZH[other]}筛选。", hit[:5])
        if known := _gazetteer_note(cat, facet, given, v):
            return known
    pool = cat.values.get(facet, [])
    by_label = {x.label: x for x in pool}
    close = difflib.get_close_matches(given, list(by_label), n=5, cutoff=0.3)
    shared = [x for x in sorted(pool, key=lambda x: -x.n) if set(v) & set(cat.norm[(x.facet, x.value)][1]) and x.label not in close]
    if not pool:
        return Note(facet, given, "unknown", f"这个知识库没有记录{name}。", [])
    choices = [by_label[c] for c in close] + shared[: 5 - len(close)]
    lead = "最接近的" if choices else "举措最多的"
    choices = choices or sorted(pool, key=lambda x: -x.n)[:5]
    return Note(facet, given, "unknown", f"没有{name}为“{given}”的举措。{lead}：" + "、".join(c.label for c in choices) + "。", choices)


def _gazetteer_note(cat: Catalog, facet: str, given: str, v: str) -> Note | None:
    """A real place with no measures here: say what it is, and offer what the KB has around it."""
    try:
        from pipeline.extract.regions import Gazetteer

        g = Gazetteer.load()
    except Exception:  # no division data: fall back to the nearest names
        return None
    found = [g.places[c] for c in g.names_of(v) if c in g.places]
    if not found:
        return None
    p = found[0]
    where = P.full_name(P.path([p.province, p.city, p.county]))
    around = [x for x in cat.values.get(facet, []) if x.value.startswith(p.province)]
    around += [x for x in cat.values.get("province", []) if x.value == p.province and facet != "province"]
    kind = FACET_ZH.get(p.level, "地方")
    return Note(facet, given, "unknown", f"“{given}”是{where}（{kind}），知识库里没有它的举措。" +
                ("同省已有：" + "、".join(x.label for x in around[:5]) + "。" if around else ""), around[:5])


_YEAR = re.compile(r"(\d{4})\s*年?\s*(?:(?:-|–|—|~|～|至|到)\s*(\d{4})?\s*年?)?")


def _resolve_year(cat: Catalog, given: str) -> tuple[list[Value], Note | None]:
    m = _YEAR.fullmatch(unicodedata.normalize("NFKC", given).strip())
    if not m:
        raise QueryError(f"年份“{given}”无法识别：请写成 2023 或 2020-2023。")
    years = cat.values.get("year", [])
    lo = int(m.group(1))
    dash = m.group(0).rstrip("年 ") != m.group(1) and m.group(2) is None  # 2020- : from 2020 on
    hi = int(m.group(2)) if m.group(2) else (9999 if dash else lo)
    lo, hi = min(lo, hi), max(lo, hi)
    found = [y for y in years if lo <= int(y.value) <= hi]
    if found:
        return found, None
    near = sorted(years, key=lambda y: min(abs(int(y.value) - lo), abs(int(y.value) - hi)))[:5]
    span = f"{years[0].value}–{years[-1].value}" if years else "无"
    return [], Note("year", given, "unknown", f"{given} 没有举措（已有年份：{span}）。最接近的：" +
                    "、".join(y.label for y in near) + "。", near)


# --- searching -----------------------------------------------------------------------------------

@dataclass
class SearchResult:
    total: int
    results: list[dict] = field(default_factory=list)
    order: str = "relevance"     # relevance | date | relevance_window (ranked among the RANK_ALL newest)
    query: Query = field(default_factory=Query)
    resolved: Resolved | None = None
    offset: int = 0
    limit: int = 20

    @property
    def notes(self) -> list[Note]:
        return self.resolved.notes if self.resolved else []

    def to_dict(self) -> dict:
        """The one JSON form of a search (API and CLI)."""
        return {"total": self.total, "offset": self.offset, "limit": self.limit, "shown": len(self.results),
                "order": self.order, "order_note": ORDER_ZH[self.order], "query": self.query.text(),
                "query_note": self.query.describe(), "notes": [n.as_dict() for n in self.notes],
                "results": self.results}


ORDER_ZH = {"relevance": "按相关度排序", "date": "按日期排序，最新在前",
            "relevance_window": f"匹配太多：在最新的 {RANK_ALL} 条中按相关度排序，其余按日期排在后面"}


def check_limit(limit: int) -> int:
    limit = int(limit)
    if not 1 <= limit <= MAX_RESULTS:
        raise QueryError(f"每次最多返回 {MAX_RESULTS:,} 条举措（limit 应在 1–{MAX_RESULTS:,} 之间）。")
    return limit


def search(conn: sqlite3.Connection, query: str | Query | None, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, details: bool = True) -> SearchResult:
    """Measures matching ``query`` and the filters, best first; ``total`` is always exact.

    BM25 over every match costs time in proportion to the matches (300 ms for a
    term in 200,000 of a million measures), so when a query matches more than
    RANK_ALL measures, the best are chosen among the RANK_ALL most recent ones and
    the rest follow by date (``order`` says so).
    """
    limit, offset = check_limit(limit), max(0, int(offset))
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    out = SearchResult(total=0, query=q, resolved=res, offset=offset, limit=limit, order="date" if not q.clauses else "relevance")
    if res.impossible:
        return out
    expr = q.expression(res.parts())
    if not expr:  # no query, no filters: the newest measures
        out.total = cat.total
        keys = [r[0] for r in conn.execute("SELECT key FROM search_measures ORDER BY key DESC LIMIT ? OFFSET ?", (limit, offset))]
        out.results = _rows(conn, cat, keys, {}, q, details)
        return out
    pending = _count_async(conn, expr)
    if not q.clauses:  # filters (and exclusions) only: newest first
        keys = [r[0] for r in conn.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?"
                                           " ORDER BY rowid DESC LIMIT ? OFFSET ?", (expr, limit, offset))]
        out.total = _result_of(pending, conn, expr)
        out.results = _rows(conn, cat, keys, {}, q, details)
        return out
    # The RANK_ALL most recent matches, with their scores; fewer means these are all of them.
    window = conn.execute("SELECT rowid, bm25(measure_fts) FROM measure_fts WHERE measure_fts MATCH ?"
                          " ORDER BY rowid DESC LIMIT ?", (expr, RANK_ALL)).fetchall()
    scored = sorted(window, key=lambda r: (r[1], -r[0]))[offset:offset + limit]
    if len(window) == RANK_ALL and offset + limit > RANK_ALL:
        # Past the ranked window, pages go on from the newest unranked match.
        start = max(offset, RANK_ALL)
        scored += conn.execute("SELECT rowid, NULL FROM measure_fts WHERE measure_fts MATCH ? ORDER BY rowid DESC"
                               " LIMIT ? OFFSET ?", (expr, offset + limit - start, start)).fetchall()
    out.total = _result_of(pending, conn, expr)
    out.order = "relevance" if out.total <= RANK_ALL else "relevance_window"
    out.results = _rows(conn, cat, [k for k, _ in scored], dict(scored), q, details)
    return out


def count(conn: sqlite3.Connection, query: Query, res: Resolved) -> int:
    if res.impossible:
        return 0
    expr = query.expression(res.parts())
    return _count(conn, expr) if expr else catalog(conn).total


def _count(conn: sqlite3.Connection, expr: str) -> int:
    return conn.execute("SELECT count(*) FROM measure_fts WHERE measure_fts MATCH ?", (expr,)).fetchone()[0]


_side = threading.local()
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="policykb-count")


def _count_elsewhere(key: tuple, expr: str) -> int | None:
    """The count on a connection of the pool thread's own (SQLite runs it without the GIL),
    on the same file version as the caller's, or None if that file has since been replaced."""
    from pipeline.store.kb import connect_readonly

    conns = getattr(_side, "conns", None)
    if conns is None:
        conns = _side.conns = {}
    c = conns.get(key[0])
    if c is None or c.file_key != key:
        if c is not None:
            c.close()
        c = conns[key[0]] = connect_readonly(key[0])
        if c.file_key != key:
            return None
    return _count(c, expr)


def _count_async(conn: sqlite3.Connection, expr: str) -> Future:
    """Count the matches while the caller ranks them: the two scans overlap on two cores."""
    key = getattr(conn, "file_key", None)
    if key is None:  # an in-memory database has no second connection
        f: Future = Future()
        f.set_result(_count(conn, expr))
        return f
    return _pool.submit(_count_elsewhere, key, expr)


def _result_of(pending: Future, conn: sqlite3.Connection, expr: str) -> int:
    n = pending.result()
    return _count(conn, expr) if n is None else n


def _rows(conn: sqlite3.Connection, cat: Catalog, keys: list[int], scores: dict, q: Query, details: bool) -> list[dict]:
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    by_key = {r["key"]: r for r in conn.execute(f"SELECT * FROM search_measures WHERE key IN ({marks})", keys)}
    return [record(conn, cat, by_key[k], q.terms, details, scores.get(k)) for k in keys if k in by_key]


def region(cat: Catalog, row) -> dict:
    """A hit's place: its names by level, full path, and the label people read (福州市鼓楼区)."""
    out = {lv: row[lv] for lv in ("province", "city", "county", "township") if lv in row.keys()}
    path = row["place"] if "place" in row.keys() else P.path(out.values())
    deepest = next((lv for lv in reversed(P.LEVELS) if out.get(lv)), None)
    out |= {"path": path, "name": P.full_name(path) or None,
            "label": cat.label(deepest, path) if deepest and path else None}
    return out


def record(conn: sqlite3.Connection, cat: Catalog, r, terms: list[str], details: bool = True,
           score: float | None = None) -> dict:
    """One search hit as the API, the CLI and the downloads give it."""
    out = {
        "measure_id": r["measure_id"], "text": r["text"], "snippet": highlight(r["text"], terms, width=120),
        "heading": r["heading"], "article_id": r["article_id"], "title": r["title"], "date": r["date"],
        "source": r["source"], "region": region(cat, r),
        "categories": [{"id": c, "name": cat.label("category", c), "score": sc} for c, sc in conn.execute(
            "SELECT category, score FROM measure_categories WHERE measure_id = ? ORDER BY score DESC", (r["measure_id"],))],
        "groups": (r["groups"] or "").split(),
        "slogans": (r["slogans"] or "").split(),
        "score": round(-score, 3) if score else None,
    }
    if details:
        out["figures"] = [dict(f) for f in conn.execute(
            "SELECT text, value, high, unit, qualifier, subject, time FROM figures WHERE measure_id = ? ORDER BY idx",
            (r["measure_id"],))]
    return out


# The columns of a download (CSV, Excel, `policykb search --format csv`): id, Chinese, English.
FLAT_COLUMNS = [("measure_id", "举措编号", "measure id"), ("article_id", "文章编号", "article id"), ("title", "文章标题", "title"),
                ("date", "日期", "date"), ("source", "来源", "source"), ("place", "地区", "region"),
                ("province", "省份", "province"), ("city", "地市", "city"), ("county", "区县", "county"),
                ("heading", "小标题", "heading"), ("text", "举措", "measure"), ("categories", "类别", "categories"),
                ("groups", "对象", "target groups"), ("slogans", "提法", "slogans"), ("figures", "数据", "figures")]


def flat_columns(lang: str = "zh") -> list[str]:
    return [c if lang == "id" else zh if lang == "zh" else en for c, zh, en in FLAT_COLUMNS]


def flat(rec: dict, lang: str = "zh") -> dict:
    """One hit as a row of plain cells, headed in ``lang`` (zh, en, or id for the field names)."""
    sep = "；" if lang == "zh" else ";"
    cats = [c["name"] if lang == "zh" else c["id"] for c in rec["categories"]]
    cells = {"measure_id": rec["measure_id"], "article_id": rec["article_id"], "title": rec["title"], "date": rec["date"],
             "source": rec["source"], "place": rec["region"].get("name"), "province": rec["region"].get("province"),
             "city": rec["region"].get("city"), "county": rec["region"].get("county"), "heading": rec["heading"],
             "text": rec["text"], "categories": sep.join(cats), "groups": sep.join(rec["groups"]),
             "slogans": sep.join(rec["slogans"]), "figures": sep.join(f["text"] for f in rec.get("figures", []))}
    return dict(zip(flat_columns(lang), cells.values()))


def highlight(text: str, terms: list[str] | str | None, width: int | None = None) -> str:
    """HTML-escaped text with <mark> around every occurrence of the terms;
    with ``width``, a window around the first one."""
    if isinstance(terms, str) or terms is None:
        terms = parse(terms).terms if terms and terms.strip() else []
    ts = sorted({normalize(t).replace(" ", "") for t in terms if t}, key=len, reverse=True)
    norm = normalize(text)
    spans: list[tuple[int, int]] = []
    for t in ts:
        for m in re.finditer(re.escape(t), norm):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    spans.sort()
    lo, hi = 0, len(text)
    if width and len(text) > width:
        first = spans[0][0] if spans else 0
        lo = max(0, min(first - width // 3, len(text) - width))
        hi = lo + width
    out, pos = [], lo
    for a, b in spans:
        if a < lo or b > hi:
            continue
        out.append(html.escape(text[pos:a]))
        out.append("<mark>" + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:hi]))
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(text) else "")


# --- facets and suggestions -------------------------------------------------------------------

def facets(conn: sqlite3.Connection, query: str | Query | None, filters: Filters | None = None) -> dict[str, list[dict]]:
    """Exact counts of the matching measures by every value of every facet, most frequent first
    (each facet ignores its own filter, so its other values stay reachable)."""
    cat = catalog(conn)
    q = query if isinstance(query, Query) else parse(query)
    res = resolve(cat, filters)
    wanted = [f for f in FACETS if cat.values.get(f)]
    own = [f for f in wanted if res.values.get(f)]
    shared = [f for f in wanted if f not in own]
    counts: dict[str, dict[str, int]] = {}
    for group, expr in [(shared, q.expression(res.parts()))] + [([f], q.expression(res.parts(without=f))) for f in own]:
        if not group:
            continue
        if not expr:
            counts |= {f: {x.value: x.n for x in cat.values[f]} for f in group}
            continue
        keys = _match_keys(conn, expr)
        counts |= {f: _count_values(cat, f, keys, conn) for f in group}
    out = {}
    for f in wanted:
        items = [cat.by_key[(f, v)] for v, n in counts[f].items() if n]
        items.sort(key=lambda x: (-counts[f][x.value], x.sort, x.value))
        out[f] = [x.as_dict(counts[f][x.value]) for x in items]
    return out


def _match_keys(conn: sqlite3.Connection, expr: str):
    import numpy as np

    rows = conn.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?", (expr,))
    return np.fromiter((r[0] for r in rows), dtype=np.int64)


def _count_values(cat: Catalog, facet: str, keys, conn: sqlite3.Connection) -> dict[str, int]:
    """How many of ``keys`` carry each value of the facet: a gather over its CSR arrays."""
    import numpy as np

    indptr, indices = cat.arrays(conn)[facet]
    keys = keys[keys < len(indptr) - 1]
    starts, lens = indptr[keys], indptr[keys + 1] - indptr[keys]
    first = np.repeat(starts - np.cumsum(lens) + lens, lens)
    picked = indices[first + np.arange(int(lens.sum()))]
    n = np.bincount(picked, minlength=len(cat.numbered[facet]))
    return {cat.numbered[facet][i].value: int(c) for i, c in enumerate(n) if c}


@dataclass
class Suggestion:
    text: str
    query: str
    filters: dict[str, str]
    n: int

    def as_dict(self) -> dict:
        return {"text": self.text, "q": self.query, "filters": self.filters, "count": self.n}


def suggest(conn: sqlite3.Connection, result: SearchResult) -> list[Suggestion]:
    """Where to go from here: the category (or slogan, group) named like the query; and when
    nothing matched, a shorter query, the query's words found apart, a filter dropped."""
    cat = catalog(conn)
    q, res = result.query, result.resolved or Resolved(Filters())
    base = res.filters
    out: list[Suggestion] = []

    def offer(text: str, query: Query, filters: Filters) -> None:
        r = resolve(cat, filters)
        n = count(conn, query, r)
        key = (query.text(), tuple(sorted(filters.active().items())))
        if n and all((s.query, tuple(sorted(s.filters.items()))) != key for s in out):
            out.append(Suggestion(text.format(n=n), query.text(), filters.active(), n))

    for clause in q.clauses:
        for facet in ("category", "slogan", "group"):
            for x in _same_name(cat, facet, clause):
                if all(v.value != x.value for v in res.values.get(facet, [])):
                    rest = q.replaced([c for c in q.clauses if c is not clause])
                    offer(f"{FACET_ZH[facet]}“{x.label}”共 {{n}} 条举措", rest, base.with_(facet, x.value))
    if result.total:
        return out
    for t in (t for c in q.clauses if len(c) == 1 for t in c):
        words = _words(t.text)
        if len(words) > 1:
            apart = q.replaced([[Term(w)] if c == [t] else c for c in q.clauses for w in (words if c == [t] else [None])])
            offer("分开搜索 " + apart.text() + "：{n} 条", apart, base)
    if len(q.clauses) > 1:
        for c in q.clauses:
            shorter = q.replaced([x for x in q.clauses if x is not c])
            offer("去掉“" + " OR ".join(t.text for t in c) + "”：{n} 条", shorter, base)
    elif q.clauses and len(q.clauses[0]) == 1:
        for part in _shorter(q.clauses[0][0].text)[:8]:
            before = len(out)
            offer(f"更短的词“{part}”：{{n}} 条", q.replaced([[Term(part)]]), base)
            if len(out) > before:
                break
    for facet, given in base.active().items():
        offer(f"去掉筛选 {FACET_ZH.get(facet, facet)}“{given}”：{{n}} 条", q, base.without(facet))
    return out


def _same_name(cat: Catalog, facet: str, clause: list[Term]) -> list[Value]:
    want = {_norm(t.text) for t in clause}
    return [x for x in cat.values.get(facet, []) if not want.isdisjoint(cat.norm[(x.facet, x.value)][:2])]


def _words(text: str) -> list[str]:
    from pipeline.nlp.segment import get_segmenter

    return [w for w in get_segmenter().cut(_SPACE.sub("", text)) if _edge_strip(w)]


def _shorter(text: str) -> list[str]:
    """Runs of whole words of the term, longest first (驻村第一书记补贴 -> 驻村第一书记, …)."""
    words = _words(text)
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    runs.discard(_SPACE.sub("", text))
    return sorted((r for r in runs if len(r) >= 2), key=lambda r: (-len(r), r))


# --- neighbours, articles ----------------------------------------------------------------------

def similar(conn: sqlite3.Connection, measure_id: int, k: int = 5) -> list[dict]:
    """Measures of other regions that share the rarest character bigrams of this one."""
    row = conn.execute("SELECT * FROM search_measures WHERE measure_id = ?", (measure_id,)).fetchone()
    if row is None:
        return []
    grams = list(dict.fromkeys(g for g in bigrams(row["text"]) if re.search(r"[\u4e00-\u9fff]{2}", g)))
    if not grams:
        return []
    marks = ",".join("?" * len(grams))
    df = dict(conn.execute(f"SELECT term, doc FROM measure_vocab WHERE term IN ({marks})", grams).fetchall())
    rare = sorted((g for g in grams if df.get(g, 0) > 1), key=lambda g: df[g])[:12]
    if not rare:
        return []
    expr = " OR ".join('"' + g + '"' for g in rare)
    rows = conn.execute(
        "SELECT s.*, bm25(measure_fts) AS score FROM measure_fts JOIN search_measures s ON s.key = measure_fts.rowid"
        " WHERE measure_fts MATCH ? AND s.key != ? AND coalesce(s.place, '') != coalesce(?, '')"
        " AND s.article_id != ? ORDER BY score LIMIT ?",
        (expr, row["key"], row["place"], row["article_id"], k)).fetchall()
    cat = catalog(conn)
    return [record(conn, cat, r, [], False, r["score"]) for r in rows]


def search_articles(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict]:
    """Articles whose title or text matches the query (same syntax), best first."""
    expr = parse(query).expression()
    if not expr:
        raise QueryError("请输入要在文章中查找的词语，例如 三个区分开来。")
    rows = conn.execute(
        "SELECT s.article_id, s.title, s.date, bm25(article_fts) AS score FROM article_fts"
        " JOIN search_articles s ON s.key = article_fts.rowid"
        " WHERE article_fts MATCH ? ORDER BY score LIMIT ?", (expr, check_limit(limit))).fetchall()
    return [{"article_id": r["article_id"], "title": r["title"], "date": r["date"]} for r in rows]


def article(conn: sqlite3.Connection, article_id: str) -> dict | None:
    from pipeline.store.kb import document_origin

    a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        return None
    cat = catalog(conn)
    reg = conn.execute("SELECT * FROM regions WHERE article_id = ?", (article_id,)).fetchone()
    measures = []
    for m in conn.execute("SELECT * FROM measures WHERE article_id = ? ORDER BY idx", (article_id,)).fetchall():
        measures.append({
            "measure_id": m["id"], "text": m["text"], "heading": m["heading"], "start": m["start"], "end": m["end"],
            "orig_start": m["orig_start"], "orig_end": m["orig_end"],
            "categories": [{"id": c, "name": cat.label("category", c), "score": s} for c, s in conn.execute(
                "SELECT category, score FROM measure_categories WHERE measure_id = ? ORDER BY score DESC", (m["id"],))],
            "groups": [g for (g,) in conn.execute("SELECT grp FROM measure_groups WHERE measure_id = ?", (m["id"],))],
            "figures": [dict(f) for f in conn.execute(
                "SELECT text, value, high, unit, qualifier, subject, time FROM figures WHERE measure_id = ? ORDER BY idx", (m["id"],))],
            "slogans": [dict(s) | {"components": json.loads(s["components"]), "count": json.loads(s["count"]) if s["count"] else None}
                        for s in conn.execute(
                "SELECT s.text, s.canonical, s.count, s.components, s.local FROM measure_links l JOIN slogans s"
                " ON s.article_id = ? AND s.idx = l.idx WHERE l.measure_id = ? AND l.kind = 'slogan'", (article_id, m["id"]))],
        })
    region_ = None
    if reg is not None:
        region_ = dict(reg) | region(cat, {k: reg[k] for k in reg.keys()} | {"place": P.path(
            reg[lv] for lv in P.levels(conn))})
    return {
        "id": a["id"], "title": a["title"], "date": a["date"], "source": a["source"], "editor": a["editor"],
        "affiliation": a["affiliation"],
        "authors": [{"name": n, "role": r} for n, r in conn.execute(
            "SELECT name, role FROM authors WHERE article_id = ? ORDER BY pos", (article_id,))],
        "region": region_, "text": a["text"], "measures": measures,
        "slogans": [dict(s) | {"components": json.loads(s["components"])} for s in conn.execute(
            "SELECT text, canonical, local, components FROM slogans WHERE article_id = ? ORDER BY idx", (article_id,))],
        "doc_id": a["doc_id"], **document_origin(conn, a["doc_id"]),  # url, fetched_at of a fetched page
    }


def original(conn: sqlite3.Connection, article_id: str) -> dict | None:
    """The article's span in its file as decoded; the file by its name only, never the server's path."""
    row = conn.execute("SELECT a.orig_start, a.orig_end, d.original, d.path FROM articles a JOIN documents d ON d.id = a.doc_id"
                       " WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    name = PurePath(row["path"].replace("\\", "/")).name
    return {"file": name, "text": row["original"], "start": row["orig_start"], "end": row["orig_end"]}
