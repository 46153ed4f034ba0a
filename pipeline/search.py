"""Chinese full-text search over measures and articles, with filters, facets and neighbours.

SQLite FTS5 cannot match two-character Chinese queries with its trigram
tokenizer (干部, 容错), and a jieba-word index loses hits where segmentation
is ambiguous (从容/错 hides 容错).  So the index holds every overlapping
character bigram of the text as a token: a query of n >= 2 characters is the
phrase of its n-1 bigrams, which matches exactly the texts containing it as a
substring, and BM25 ranks them.  Queries are simplified first, so traditional
and simplified input find the same measures.  User input never reaches FTS5
syntax: it is split into literal terms and quoted by this module.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
import html
import json
import re
import sqlite3
import threading
import unicodedata

INDEX_SCHEMA = """
CREATE TABLE search_measures (
    id INTEGER PRIMARY KEY,               -- measures.id
    article_id TEXT NOT NULL, text TEXT NOT NULL, heading TEXT,
    title TEXT, date TEXT, year INTEGER, source TEXT,
    province TEXT, city TEXT, county TEXT,
    categories TEXT NOT NULL,             -- ' select care ' (padded, for exact word filters)
    groups TEXT NOT NULL, slogans TEXT NOT NULL
);
CREATE INDEX search_measures_province ON search_measures(province, city, county);
CREATE INDEX search_measures_year ON search_measures(year);
CREATE VIRTUAL TABLE measure_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE VIRTUAL TABLE article_fts USING fts5(body, content='', tokenize="unicode61 categories 'L* N* M* P* S* Co'");
CREATE TABLE article_rowids (rowid INTEGER PRIMARY KEY, article_id TEXT UNIQUE NOT NULL);
CREATE VIRTUAL TABLE measure_vocab USING fts5vocab(measure_fts, row);
"""

_SPACE = re.compile(r"\s+")
# Every term is searched as a quoted phrase, inside which + - : ( ) are literal; only
# quotes, * and the operator words would mean something else, and are dropped.
_SYNTAX = re.compile(r"[\"“”*]|(?<![A-Za-z])(?:AND|OR|NOT|NEAR)(?![A-Za-z])")


class QueryError(ValueError):
    """A query with nothing to search for; the message is for the person who typed it."""


def normalize(text: str) -> str:
    from .repair import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", text)).lower()


def bigrams(text: str) -> list[str]:
    s = _SPACE.sub("", normalize(text))
    if len(s) == 1:
        return [s]
    return [s[i:i + 2] for i in range(len(s) - 1)]


def index_text(text: str) -> str:
    return " ".join(bigrams(text))


# Filters are tokens of the index too ('§p福建省', '§ttolerate'): a filtered query is an
# intersection of posting lists inside FTS5, not a join over every match.
_FILTER_PREFIX = {"province": "§p", "city": "§c", "county": "§k", "year": "§y", "category": "§t", "group": "§g",
                  "slogan": "§s", "source": "§o"}


def _filter_token(kind: str, value) -> str:
    return _FILTER_PREFIX[kind] + re.sub(r"\s+", "_", str(value))


def _filter_tokens(row) -> list[str]:
    out = [_filter_token(k, row[k]) for k in ("province", "city", "county", "year", "source") if row[k]]
    for kind, col in (("category", "categories"), ("group", "groups"), ("slogan", "slogans")):
        out += [_filter_token(kind, v) for v in (row[col] or "").split()]
    return out


# Maintained by the build (``kb.delete_documents`` leaves these to ``remove_from_index``).
INDEX_TABLES = ("search_measures", "article_rowids")
_MEASURE_COLUMNS = ("id", "article_id", "text", "heading", "title", "date", "year", "source", "province", "city",
                    "county", "categories", "groups", "slogans")


def _year(date: str | None) -> int | None:
    """SQLite's CAST(substr(date, 1, 4) AS INTEGER): the leading digits, 0 when there are none."""
    if date is None:
        return None
    digits = re.match(r"\s*[+-]?\d*", date[:4]).group(0).strip()
    return int(digits) if digits not in ("", "+", "-") else 0


def _words(values) -> str:
    return " " + " ".join(values) + " "  # padded, so filters match whole words


def measure_row(measure_id: int, art, region, m, slogans: list[str]) -> tuple:
    """One measure's row of ``search_measures`` (columns as ``_MEASURE_COLUMNS``)."""
    return (measure_id, art.id, m.text, m.heading, art.title, art.date, _year(art.date), art.source,
            region.province if region else None, region.city if region else None, region.county if region else None,
            _words(c for c, _ in m.categories), _words(m.groups), _words(slogans))


def measure_body(row: tuple) -> str:
    """What the FTS index holds for a ``search_measures`` row: its bigrams and its filter tokens."""
    r = dict(zip(_MEASURE_COLUMNS, row))
    return index_text(r["text"]) + " " + " ".join(_filter_tokens(r))


def article_body(title: str | None, text: str) -> str:
    return index_text((title or "") + " " + text)


def remove_from_index(conn: sqlite3.Connection, articles: str) -> None:
    """Take the articles listed in table ``articles`` (column ``id``) out of the search index.

    The FTS tables are contentless, so a row is deleted by giving FTS5 the text it
    indexed: it is recomputed from the stored rows (the build key includes this
    module, so the recomputation matches what was inserted).
    """
    cols = ", ".join(_MEASURE_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM search_measures WHERE id IN"
                        f" (SELECT m.id FROM measures m WHERE m.article_id IN {articles})").fetchall()
    conn.executemany("INSERT INTO measure_fts(measure_fts, rowid, body) VALUES ('delete', ?, ?)",
                     ((r[0], measure_body(r)) for r in rows))
    conn.executemany("DELETE FROM search_measures WHERE id = ?", ((r[0],) for r in rows))
    arts = conn.execute(f"SELECT r.rowid, a.title, a.text FROM article_rowids r JOIN articles a ON a.id = r.article_id"
                        f" WHERE r.article_id IN {articles}").fetchall()
    conn.executemany("INSERT INTO article_fts(article_fts, rowid, body) VALUES ('delete', ?, ?)",
                     ((k, article_body(t, x)) for k, t, x in arts))
    conn.executemany("DELETE FROM article_rowids WHERE rowid = ?", ((k,) for k, _, _ in arts))


def build_index(conn: sqlite3.Connection) -> None:
    """Fill the search tables from the knowledge-base tables (a build fills them document by
    document instead; this rebuilds them, e.g. after the tables were changed by hand)."""
    conn.executescript("DELETE FROM search_measures; DELETE FROM article_rowids;"
                       " INSERT INTO measure_fts(measure_fts) VALUES ('delete-all');"
                       " INSERT INTO article_fts(article_fts) VALUES ('delete-all');")
    conn.execute("""
        INSERT INTO search_measures
        SELECT m.id, m.article_id, m.text, m.heading, a.title, a.date, CAST(substr(a.date, 1, 4) AS INTEGER), a.source,
               r.province, r.city, r.county,
               ' ' || coalesce((SELECT group_concat(category, ' ') FROM measure_categories c WHERE c.measure_id = m.id), '') || ' ',
               ' ' || coalesce((SELECT group_concat(grp, ' ') FROM measure_groups g WHERE g.measure_id = m.id), '') || ' ',
               ' ' || coalesce((SELECT group_concat(s.canonical, ' ') FROM measure_links l JOIN slogans s
                                ON s.article_id = m.article_id AND s.idx = l.idx
                                WHERE l.measure_id = m.id AND l.kind = 'slogan'), '') || ' '
        FROM measures m JOIN articles a ON a.id = m.article_id LEFT JOIN regions r ON r.article_id = m.article_id
    """)
    cols = ", ".join(_MEASURE_COLUMNS)
    conn.executemany("INSERT INTO measure_fts(rowid, body) VALUES (?, ?)",
                     ((r[0], measure_body(r)) for r in conn.execute(f"SELECT {cols} FROM search_measures").fetchall()))
    arts = conn.execute("SELECT id, title, text FROM articles").fetchall()
    conn.executemany("INSERT INTO article_rowids(rowid, article_id) VALUES (?, ?)", ((k, a) for k, (a, _, _) in enumerate(arts, 1)))
    conn.executemany("INSERT INTO article_fts(rowid, body) VALUES (?, ?)",
                     ((k, article_body(t, x)) for k, (_, t, x) in enumerate(arts, 1)))


def terms(query: str) -> list[str]:
    """The literal terms of a query: FTS syntax (quotes, *, AND/OR/NOT) is dropped, not obeyed."""
    return [t for t in _SPACE.split(_SYNTAX.sub(" ", query or "")) if t]


def fts_expression(query: str, filters: "Filters | None" = None) -> str:
    """`容错 驻村` -> '"容错" AND "驻村"'; each term a quoted phrase of its bigrams,
    each filter a quoted filter token."""
    parts = []
    for t in terms(query):
        grams = bigrams(t)
        if not grams or not grams[0]:
            continue
        if len(grams) == 1 and len(grams[0]) == 1:
            parts.append('"' + grams[0].replace('"', '""') + '"*')  # one character: bigrams that start with it
        else:
            parts.append('"' + " ".join(g.replace('"', '""') for g in grams) + '"')
    if not parts and (query or "").strip():
        raise QueryError("没有可搜索的文字：请输入中文词语，例如 容错纠错 或 驻村第一书记。")
    if filters is not None:
        parts += ['"' + t.replace('"', '""') + '"' for t in filters.tokens()]
    return " AND ".join(parts)


@dataclass
class Filters:
    province: str | None = None
    city: str | None = None
    county: str | None = None
    category: str | None = None
    group: str | None = None
    slogan: str | None = None
    year: int | None = None
    source: str | None = None

    def tokens(self) -> list[str]:
        return [_filter_token(k, v) for k, v in vars(self).items() if v not in (None, "")]


@dataclass
class SearchResult:
    total: int
    results: list[dict] = field(default_factory=list)
    order: str = "relevance"


def _region(row) -> dict:
    return {"province": row["province"], "city": row["city"], "county": row["county"]}


def highlight(text: str, query: str | None, width: int | None = None) -> str:
    """HTML-escaped text with <mark> around every occurrence of the query's terms;
    with ``width``, a window around the first one."""
    ts = sorted({normalize(t) for t in terms(query or "")}, key=len, reverse=True)
    norm = normalize(text)
    spans = []
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


RANK_ALL = 2000  # up to this many matches are all ranked; beyond, the most recent RANK_ALL are


def search(conn: sqlite3.Connection, query: str | None, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, details: bool = True) -> SearchResult:
    """Measures matching ``query`` (all of its terms) and the filters, best first.

    BM25 over every match costs time in proportion to the matches (300 ms for a
    term in 200,000 of a million measures), so when a query matches more than
    RANK_ALL measures, the best are chosen among the RANK_ALL most recent ones
    (``order`` says so); ``total`` is always exact.
    """
    filters = filters or Filters()
    limit = max(1, min(int(limit), 500))
    has_query = bool(query and query.strip())
    expr = fts_expression(query or "", filters)
    if not expr:  # no query, no filters: the newest measures
        total = conn.execute("SELECT count(*) FROM search_measures").fetchone()[0]
        ids = [r[0] for r in conn.execute("SELECT id FROM search_measures ORDER BY date DESC, id LIMIT ? OFFSET ?",
                                          (limit, offset))]
        return SearchResult(total=total, results=_rows(conn, ids, {}, query, details), order="date")
    pending = _count_async(conn, expr)
    if not has_query:
        total = pending.result()
        if total <= RANK_ALL:
            ids = [r[0] for r in conn.execute(
                "SELECT s.id FROM measure_fts JOIN search_measures s ON s.id = measure_fts.rowid"
                " WHERE measure_fts MATCH ? ORDER BY s.date DESC, s.id LIMIT ? OFFSET ?", (expr, limit, offset))]
            order = "date"
        else:
            ids = [r[0] for r in conn.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?"
                                              " ORDER BY rowid DESC LIMIT ? OFFSET ?", (expr, limit, offset))]
            order = "recent"
        return SearchResult(total=total, results=_rows(conn, ids, {}, query, details), order=order)
    # The RANK_ALL most recent matches, with their scores; fewer means these are all of them.
    window = conn.execute("SELECT rowid, bm25(measure_fts) FROM measure_fts WHERE measure_fts MATCH ?"
                          " ORDER BY rowid DESC LIMIT ?", (expr, RANK_ALL)).fetchall()
    scored = sorted(window, key=lambda r: (r[1], -r[0]))[offset:offset + limit]
    if len(window) == RANK_ALL and offset + limit > RANK_ALL:
        # Past the ranked window, pages go on from the newest unranked match.
        start = max(offset, RANK_ALL)
        scored += conn.execute("SELECT rowid, NULL FROM measure_fts WHERE measure_fts MATCH ? ORDER BY rowid DESC"
                               " LIMIT ? OFFSET ?", (expr, offset + limit - start, start)).fetchall()
    total = pending.result()
    order = "relevance" if total <= RANK_ALL else f"relevance among the {RANK_ALL} most recent matches"
    scores = {i: sc for i, sc in scored}
    return SearchResult(total=total, results=_rows(conn, [i for i, _ in scored], scores, query, details), order=order)


def _count(conn: sqlite3.Connection, expr: str) -> int:
    return conn.execute("SELECT count(*) FROM measure_fts WHERE measure_fts MATCH ?", (expr,)).fetchone()[0]


_side = threading.local()
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="policykb-count")


def _count_elsewhere(path: str, expr: str) -> int:
    """The count on a connection of the pool thread's own (SQLite runs it without the GIL)."""
    conns = getattr(_side, "conns", None)
    if conns is None:
        conns = _side.conns = {}
    if path not in conns:
        conns[path] = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    return _count(conns[path], expr)


def _count_async(conn: sqlite3.Connection, expr: str) -> Future:
    """Count the matches while the caller ranks them: the two scans overlap on two cores."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:  # an in-memory database has no second connection
        f: Future = Future()
        f.set_result(_count(conn, expr))
        return f
    return _pool.submit(_count_elsewhere, path, expr)


def _rows(conn: sqlite3.Connection, ids: list[int], scores: dict[int, float], query: str | None, details: bool) -> list[dict]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    by_id = {r["id"]: r for r in conn.execute(f"SELECT * FROM search_measures WHERE id IN ({marks})", ids)}
    return [_result(conn, by_id[i], query, details, scores.get(i)) for i in ids if i in by_id]


def _result(conn: sqlite3.Connection, r, query: str | None, details: bool, score: float | None = None) -> dict:
    out = {
        "measure_id": r["id"], "text": r["text"], "snippet": highlight(r["text"], query, width=120),
        "heading": r["heading"], "article_id": r["article_id"], "title": r["title"], "date": r["date"],
        "source": r["source"], "region": _region(r),
        "categories": [{"id": c, "score": sc} for c, sc in conn.execute(
            "SELECT category, score FROM measure_categories WHERE measure_id = ? ORDER BY score DESC", (r["id"],))],
        "groups": [g for g in r["groups"].split() if g],
        "slogans": [s for s in r["slogans"].split() if s],
        "score": round(-score, 3) if score else None,
    }
    if details:
        out["figures"] = [dict(f) for f in conn.execute(
            "SELECT text, value, high, unit, qualifier, subject, time FROM figures WHERE measure_id = ? ORDER BY idx", (r["id"],))]
    return out


FACETS = ("province", "city", "county", "category", "group", "slogan", "year", "source")


def facets(conn: sqlite3.Connection, query: str | None, filters: Filters | None = None, top: int = 15) -> dict[str, list]:
    """Counts of the matching measures by each facet (each facet ignores its own filter).

    Exact while a facet's match set is at most RANK_ALL measures; beyond that,
    counted over its RANK_ALL most recent matches (``facets_sampled``)."""
    filters = filters or Filters()
    out: dict[str, list] = {}
    for facet in FACETS:
        f = Filters(**{k: (None if k == facet else v) for k, v in vars(filters).items()})
        expr = fts_expression(query or "", f)
        if expr:
            sub = "SELECT rowid FROM measure_fts WHERE measure_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
            src, params = f"search_measures s WHERE s.id IN ({sub})", [expr, RANK_ALL]
        else:
            src, params = "(SELECT * FROM search_measures ORDER BY id DESC LIMIT ?) s WHERE 1", [RANK_ALL]
        if facet in ("category", "group", "slogan"):
            col = {"category": "categories", "group": "groups", "slogan": "slogans"}[facet]
            counts: dict[str, int] = {}
            for (v,) in conn.execute(f"SELECT s.{col} FROM {src}", params):
                for item in v.split():
                    counts[item] = counts.get(item, 0) + 1
            out[facet] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        else:
            out[facet] = [tuple(r) for r in conn.execute(
                f"SELECT s.{facet}, count(*) AS n FROM {src} AND s.{facet} IS NOT NULL GROUP BY s.{facet}"
                f" ORDER BY n DESC, s.{facet} LIMIT ?", params + [top])]
    return out


def similar(conn: sqlite3.Connection, measure_id: int, k: int = 5) -> list[dict]:
    """Measures of other regions that share the rarest character bigrams of this one."""
    row = conn.execute("SELECT * FROM search_measures WHERE id = ?", (measure_id,)).fetchone()
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
        "SELECT s.*, bm25(measure_fts) AS score FROM measure_fts JOIN search_measures s ON s.id = measure_fts.rowid"
        " WHERE measure_fts MATCH ? AND s.id != ? AND coalesce(s.county, s.city, s.province, '') != coalesce(?, ?, ?, '')"
        " AND s.article_id != ? ORDER BY score LIMIT ?",
        (expr, measure_id, row["county"], row["city"], row["province"], row["article_id"], k)).fetchall()
    return [_result(conn, r, None, False, r["score"]) for r in rows]


def search_articles(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict]:
    expr = fts_expression(query)
    rows = conn.execute(
        "SELECT r.article_id, a.title, a.date, bm25(article_fts) AS score FROM article_fts"
        " JOIN article_rowids r ON r.rowid = article_fts.rowid JOIN articles a ON a.id = r.article_id"
        " WHERE article_fts MATCH ? ORDER BY score LIMIT ?", (expr, limit)).fetchall()
    return [{"article_id": r["article_id"], "title": r["title"], "date": r["date"]} for r in rows]


def article(conn: sqlite3.Connection, article_id: str) -> dict | None:
    a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        return None
    region = conn.execute("SELECT * FROM regions WHERE article_id = ?", (article_id,)).fetchone()
    measures = []
    for m in conn.execute("SELECT * FROM measures WHERE article_id = ? ORDER BY idx", (article_id,)).fetchall():
        links = conn.execute("SELECT kind, idx FROM measure_links WHERE measure_id = ?", (m["id"],)).fetchall()
        measures.append({
            "measure_id": m["id"], "text": m["text"], "heading": m["heading"], "start": m["start"], "end": m["end"],
            "orig_start": m["orig_start"], "orig_end": m["orig_end"],
            "categories": [{"id": c, "score": s} for c, s in conn.execute(
                "SELECT category, score FROM measure_categories WHERE measure_id = ? ORDER BY score DESC", (m["id"],))],
            "groups": [g for (g,) in conn.execute("SELECT grp FROM measure_groups WHERE measure_id = ?", (m["id"],))],
            "figures": [dict(f) for f in conn.execute(
                "SELECT text, value, high, unit, qualifier, subject, time FROM figures WHERE measure_id = ? ORDER BY idx", (m["id"],))],
            "slogans": [dict(s) for s in conn.execute(
                "SELECT s.text, s.canonical, s.count, s.components, s.local FROM slogans s JOIN measure_links l"
                " ON l.kind = 'slogan' AND l.idx = s.idx WHERE l.measure_id = ? AND s.article_id = ?", (m["id"], article_id))],
        })
    for m in measures:
        for s in m["slogans"]:
            s["components"] = json.loads(s["components"])
            s["count"] = json.loads(s["count"]) if s["count"] else None
    return {
        "id": a["id"], "title": a["title"], "date": a["date"], "source": a["source"], "editor": a["editor"],
        "affiliation": a["affiliation"],
        "authors": [{"name": n, "role": r} for n, r in conn.execute(
            "SELECT name, role FROM authors WHERE article_id = ? ORDER BY pos", (article_id,))],
        "region": dict(region) if region else None, "text": a["text"], "measures": measures,
        "slogans": [dict(s) | {"components": json.loads(s["components"])} for s in conn.execute(
            "SELECT text, canonical, local, components FROM slogans WHERE article_id = ? ORDER BY idx", (article_id,))],
        "doc_id": a["doc_id"],
    }


def original(conn: sqlite3.Connection, article_id: str) -> dict | None:
    row = conn.execute("SELECT a.orig_start, a.orig_end, d.original, d.path FROM articles a JOIN documents d ON d.id = a.doc_id"
                       " WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    return {"path": row["path"], "text": row["original"], "start": row["orig_start"], "end": row["orig_end"]}
