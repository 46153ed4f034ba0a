"""Articles: found by their words, shown with their measures, and their span in the original file."""
from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath
import sqlite3

from pipeline.extract import places as P
from pipeline.report.labels import reason_zh, region_explained
from pipeline.search.catalog import ARTICLE_FACETS, Catalog, catalog
from pipeline.search.facet_counts import FACET_LIMIT, NEWEST_FIRST, FacetValues
from pipeline.search.filters import Filters, Resolved, resolve
from pipeline.search.hits import copies, highlight, measure_categories, measure_figures
from pipeline.search.index import has_article_values, source_value
from pipeline.search.query import LAST_ROW, SearchResult, check_limit
from pipeline.search.syntax import ONLY_EXCLUDED, Query, QueryError, parse
from pipeline.store.reader import decoded, document_origin


def search_articles(conn: sqlite3.Connection, query: str, limit: int = 20, filters: Filters | None = None,
                    offset: int = 0, details: bool = False) -> list[dict]:
    """Articles whose title or text matches the query (same syntax), best first; equal scores
    by date, then id (not by the index's keys, which depend on the order articles were written).
    With filters: the articles whose own region, year and source are those filtered by (an article with no
    measure too), and that hold a measure of the category, group or slogan filtered by (a value no article has is
    nothing found, with a note naming what there is); with filters and no words, those articles newest first; with neither, every article, newest first (as the measure
    search lists every measure).  With ``details``, each also says where it is from
    (source, region, url) and begins (``snippet``, the matched passage marked), so that an untitled, undated
    article can be told from the others."""
    return find_articles(conn, query, filters, limit, offset, total=False, details=details).results


SNIPPET = 80  # characters of an article's text shown in a list of articles


def _identity(conn: sqlite3.Connection, article_id: str, terms: list[str]) -> dict:
    """What tells an article apart in a list: its source, primary region, URL and a passage of its text."""
    a = conn.execute("SELECT text, source, doc_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    reg = conn.execute("SELECT * FROM regions WHERE article_id = ?", (article_id,)).fetchone()
    where = P.path(reg[lv] for lv in P.levels(conn)) if reg is not None else None
    deepest = next((lv for lv in reversed(P.levels(conn)) if reg[lv]), None) if reg is not None else None
    x = catalog(conn, articles=True).by_key.get((deepest, where)) if deepest else None
    return {"source": a["source"], "region": {"path": where, "name": P.full_name(where) or None,
                                              "code": P.full_code(x.code) if x else None},
            "url": document_origin(conn, a["doc_id"])["url"],
            "snippet": highlight(a["text"].replace("\n", " "), terms, width=SNIPPET)}


def find_articles(conn: sqlite3.Connection, query: str | Query, filters: Filters | None = None, limit: int = 20,
                  offset: int = 0, total: bool = True, details: bool = False) -> SearchResult:
    """``search_articles`` as a ``SearchResult``, as the measure search gives one: with the exact ``total``
    (unless not asked for), the query and the filters as read; ``details`` as for ``search_articles``."""
    q = query if isinstance(query, Query) else parse(query)
    limit, offset = check_limit(limit, "篇文章"), max(0, int(offset))  # (its error said 条举措)
    # (a value no article has is answered as the measure search answers it: nothing found, with the notes saying
    # why and what to click instead; it was a 400 worded for measures)
    res = resolve(catalog(conn, articles=True), filters)
    if not q.clauses and not res.values and q.exclude:
        raise QueryError(ONLY_EXCLUDED)
    out = SearchResult(total=0, query=q, resolved=res, offset=offset, limit=limit,
                       order="relevance" if q.clauses else "date", unit="篇")
    count_article_choices(conn, q, res)
    if res.impossible:
        return out
    matching, params = _matching(q, res, conn)
    order = ("bm25(article_fts), coalesce(s.date, ''), s.article_id" if q.clauses
             else "coalesce(s.date, '') DESC, s.article_id")
    rows = conn.execute(f"SELECT s.article_id, s.title, s.date {matching} ORDER BY {order} LIMIT ? OFFSET ?",
                        params + [limit, min(offset, LAST_ROW)]).fetchall()
    out.results = [{"article_id": r["article_id"], "title": r["title"], "date": r["date"],
                    "copies": copies(conn, r["article_id"])} for r in rows]
    if details:
        out.results = [a | _identity(conn, a["article_id"], q.terms) for a in out.results]
    if total:
        out.total = count_articles(conn, q, res)
    return out


def count_article_choices(conn: sqlite3.Connection, q: Query, res: Resolved) -> None:
    """The values a filter's note offers, counted in articles as a click on one finds them: under the query and the
    other filters (``query.count_choices``'s counterpart): 省份：广西壮族自治区（3） was offered for 桂 beside words
    that 1 article holds.  A value a click would find nothing with is no longer offered when the filter found none."""
    for note in res.notes:
        if not note.choices or note.kind == "repeated" or (q.empty and not any(f != note.facet for f in res.values)):
            continue
        others = {f: vs for f, vs in res.values.items() if f != note.facet}
        counted = [replace(c, n=count_articles(conn, q, Resolved(res.filters, others | {c.facet: [c]})))
                   for c in note.choices]
        note.choices = [c for c in counted if c.n] if note.kind == "unknown" else counted


def article_facets(conn: sqlite3.Connection, q: Query, res: Resolved, limit: int = FACET_LIMIT) -> dict[str, FacetValues]:
    """The article's own facets (places at each level, year, source) of the articles the query and the filters find,
    counted in articles (``count_articles``' matches, as ``facet_counts.facets`` counts measures): each facet without
    its own filter, its ``limit`` most frequent values (years: the newest), and the selected ones wherever they rank.
    The article list had no facets, and a filter could only be typed into its address (tester, session 74).  An
    index made before search_article_values has none to count: no facets."""
    if not has_article_values(conn):
        return {}
    cat = catalog(conn, articles=True)
    out = {}
    for f in ARTICLE_FACETS:
        if not cat.values.get(f):
            continue
        others = Resolved(res.filters, {g: vs for g, vs in res.values.items() if g != f})
        n = {} if others.impossible else _facet_counts(conn, cat, f, q, others)
        chosen = {v.value for v in res.values.get(f, [])}
        rank = {x.value: i for i, x in enumerate(cat.values[f])}  # (the catalog's order: administrative, newest year)
        found = sorted(n, key=lambda v: (-int(v) if f in NEWEST_FIRST else -n[v], rank.get(v, len(rank)), v))
        top = found[:limit]
        listed = top + sorted(chosen - set(top), key=lambda v: rank.get(v, len(rank)))
        out[f] = FacetValues(f, [cat.by_key[(f, v)].as_dict(n.get(v, 0)) | {"selected": v in chosen} for v in listed
                                 if (f, v) in cat.by_key], len(found), more=len(found) - len(top))
    return out


def _facet_counts(conn: sqlite3.Connection, cat: Catalog, facet: str, q: Query, res: Resolved) -> dict[str, int]:
    """Value -> the articles of it the query and the filters find, remembered per file version (``Catalog.remembered``)."""
    matching, params = _matching(q, res, conn)
    sql = (f"SELECT value, count(*) FROM search_article_values WHERE facet = ? AND article_id IN (SELECT s.article_id"
           f" {matching}) GROUP BY value")
    return cat.remembered((sql, facet, *params), lambda: dict(conn.execute(sql, [facet] + params).fetchall()),
                          lambda n: 64 + 100 * len(n))


def count_articles(conn: sqlite3.Connection, query: Query, res: Resolved) -> int:
    """How many articles match (``query.count``'s counterpart, for the totals and the suggestions), remembered per
    file version: the search page counts them when fewer than 10 measures match, and with a category filter that
    cost 250-350 ms, each time."""
    if res.impossible:
        return 0
    matching, params = _matching(query, res, conn)
    sql = f"SELECT count(*) {matching}"

    def count() -> int:
        return conn.execute(sql, params).fetchone()[0]

    if getattr(conn, "file_key", None) is None:  # (a connection to no known file version: nothing to remember it by)
        return count()
    return catalog(conn, articles=True).remembered((sql, *params), count)


def _matching(q: Query, res: Resolved, conn: sqlite3.Connection) -> tuple[str, list]:
    """FROM and WHERE of the articles the query and the filters select, and their parameters."""
    where, params = _own_filters(conn, res)
    if measured := [f for f in res.values if f not in ARTICLE_FACETS]:  # (the articles of the measures they select)
        where.append("s.article_id IN (SELECT m.article_id FROM measure_fts JOIN search_measures m"
                     " ON m.key = measure_fts.rowid WHERE measure_fts MATCH ?)")
        params.append(" AND ".join(Resolved(res.filters, {f: res.values[f] for f in measured}).parts()))
    if q.clauses:
        return ("FROM article_fts JOIN search_articles s ON s.key = article_fts.rowid WHERE article_fts MATCH ?"
                + "".join(" AND " + w for w in where), [q.expression()] + params)
    if q.exclude:  # (filters and excluded words: the filters' articles whose title and text hold none of them)
        where.append("s.key NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
        params.append(q.excluded())
    return "FROM search_articles s" + (" WHERE " + " AND ".join(where) if where else ""), params


def _own_filters(conn: sqlite3.Connection, res: Resolved) -> tuple[list[str], list]:
    """WHERE conditions (on search_articles s) of the filters of an article's own region, year and source, and
    their parameters: read from the article, not from its measures, so that one with none is found too."""
    where, params = [], []
    lvls = P.levels(conn)
    stored = has_article_values(conn)
    for facet, vs in res.values.items():
        if facet not in ARTICLE_FACETS or not vs:
            continue
        wanted = [v.value for v in vs]
        if stored:  # (the index's own table of them: a look-up by its key, not a scan of regions or articles)
            where.append("s.article_id IN (SELECT article_id FROM search_article_values WHERE facet = ?"
                         f" AND value IN ({', '.join('?' * len(wanted))}))")
            params += [facet, *wanted]
            continue
        if facet == "source":  # (the stored source as written, 《光明日报》 or 光明日报: the value is without marks)
            wanted = [src for (src,) in conn.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL")
                      if source_value(src) in wanted] or [None]
        marks = ", ".join("?" * len(wanted))
        if facet == "year":
            where.append(f"CAST(substr(s.date, 1, 4) AS INTEGER) IN ({marks})")
            wanted = [int(v) for v in wanted]
        elif facet == "source":
            where.append(f"s.article_id IN (SELECT id FROM articles WHERE source IN ({marks}))")
        else:
            where.append(f"s.article_id IN (SELECT r.article_id FROM regions r WHERE {_place_sql(facet, lvls)} IN ({marks}))")
        params += wanted
    return where, params


def _place_sql(level: str, lvls: tuple[str, ...]) -> str:
    """A regions row's path down to ``level`` (NULL where it names no place at that level), as the index's place
    values are written (``places.region_places``: the names down to it, a missing one left out)."""
    upto = lvls[:lvls.index(level) + 1] if level in lvls else ()
    if not upto:
        return "NULL"
    parts = " || ".join([f"r.{upto[0]}"] + [f"coalesce('/' || nullif(r.{lv}, ''), '')" for lv in upto[1:]])
    return f"(CASE WHEN nullif(r.{level}, '') IS NOT NULL AND nullif(r.{upto[0]}, '') IS NOT NULL THEN {parts} END)"


def article(conn: sqlite3.Connection, article_id: str) -> dict | None:
    """An article with its region, measures and slogans, as the API and the article page give it.

    Its records are the stored rows read back under their field names (``reader.decoded``),
    the names ``policykb extract --json`` gives them too."""
    a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        return None
    cat = catalog(conn)
    reg = conn.execute("SELECT * FROM regions WHERE article_id = ?", (article_id,)).fetchone()
    # (the regions row as extract gives it, by the one function: the hit's region recomputed from the level names had
    # given a town placed nowhere no name, path or code, and a second flag of doubt)
    region_ = region_explained(dict(reg)) if reg is not None else None
    return {
        "id": a["id"], "title": a["title"], "date": a["date"], "source": a["source"], "editor": a["editor"],
        "affiliation": a["affiliation"], "from_manifest": ((a["from_manifest"] if "from_manifest" in a.keys() else None) or "").split(),  # (older KBs lack it)
        "authors": [decoded("authors", r) for r in conn.execute(
            "SELECT name, role FROM authors WHERE article_id = ? ORDER BY pos", (article_id,))],
        "region": region_, "places": place_mentions(conn, article_id), "text": a["text"],
        "measures": [_measure(conn, cat, article_id, m) for m in conn.execute(
            "SELECT * FROM measures WHERE article_id = ? ORDER BY idx", (article_id,)).fetchall()],
        "slogans": [decoded("slogans", s) for s in conn.execute(
            "SELECT text, canonical, local, components FROM slogans WHERE article_id = ? ORDER BY idx", (article_id,))],
        "doc_id": a["doc_id"], **document_origin(conn, a["doc_id"]),  # url, fetched_at of a fetched page
    } | _repost(conn, a)


# The fields of each of an article's ``places``, as the API documents them (/openapi.json says these, written once
# here: it named six of the twelve, and not ambiguous, candidates or level_zh)
PLACE_FIELDS_ZH = {"text": "原文", "level": "层级（province、city、county、township、village、zone）",
                   "level_zh": "层级的中文名（乡镇、村/社区、功能区…）", "name": "地名", "path": "路径",
                   "code": "12 位代码（未能确定、名录没有的为空）", "candidates": "未能确定时的候选代码",
                   "ambiguous": "是否未能确定（页面的“未能确定”）", "start": "在正文中的起点（标题里的为空）",
                   "end": "终点", "reason": "判定依据", "reason_zh": "判定依据的中文"}


def place_mentions(conn: sqlite3.Connection, article_id: str) -> list[dict]:
    """Each place the article names, as extract's JSON and export's region_mentions give it: the words, its level
    (level_zh: 乡镇, 村/社区, 功能区, as export heads them), path, 12-digit code ('' for an ambiguous name, with its
    candidates' codes, none for a name with a code; '' too for a place the list lacks, 某镇某村 placed under the town the
    text writes), ambiguous (a name left among its candidates: the page's 未能确定), offsets in the text (none for one named in the title or a unit's name) and the finder's
    reason, in Chinese too (reason_zh, as the Chinese export says it).  The page and the API gave the article's
    region alone, though issue 11 has every mention explained (tester, session 77)."""
    out = []
    for r in conn.execute("SELECT * FROM region_mentions WHERE article_id = ? ORDER BY start IS NULL, start, rowid",
                          (article_id,)):
        m = decoded("region_mentions", r)
        code, reason = m["code"] or "", m.get("reason") or ""
        # (candidates belong to a name left without a code: 土门镇 resolved had its 9 namesakes; a village placed under
        # the town the text writes has no code by design, and is no ambiguous name: the page said 未能确定 of it)
        candidates = [] if code else m.get("candidates") or []
        out.append({"text": m["text"], "level": m.get("level"), "level_zh": P.MENTION_LEVEL_ZH.get(m.get("level"), m.get("level")),
                    "name": m["name"], "path": m.get("path"), "code": code, "candidates": candidates,
                    "ambiguous": not code and (reason.startswith("ambiguous") or len(candidates) > 1),
                    "start": m.get("start"), "end": m.get("end"), "reason": m.get("reason"), "reason_zh": reason_zh(m.get("reason"))})
    return out


def _repost(conn: sqlite3.Connection, a: sqlite3.Row) -> dict:
    """``canonical_id``, the article this one is counted under (a repost's measures are searched and counted there;
    its own id for an article counted itself, as the exports' 原文章编号 and the README have it: it was None here),
    ``is_repost``, ``canonical``, that article's title, date and source (None for one counted itself), ``copies``,
    how many reposts are counted under this one (a number, as every search result gives it: it was their list here),
    and ``reposts``, those, each with its title, date and source: neither page said so, and a repost's measures
    found no similar measures (tester, session 73)."""
    own = a["canonical_id"] if "canonical_id" in a.keys() else None  # (older KBs lack it)
    fields = "SELECT id, title, date, source FROM articles WHERE "
    canonical = conn.execute(fields + "id = ?", (own,)).fetchone() if own and own != a["id"] else None
    copies = conn.execute(fields + "canonical_id = ? AND id != ? ORDER BY date, id", (a["id"], a["id"])).fetchall() \
        if own else []
    return {"canonical_id": canonical["id"] if canonical else a["id"], "is_repost": canonical is not None,
            "canonical": dict(canonical) if canonical else None, "copies": len(copies),
            "reposts": [dict(c) for c in copies]}


def _measure(conn: sqlite3.Connection, cat: Catalog, article_id: str, m: sqlite3.Row) -> dict:
    """One measure of the article with its categories (named), groups, figures and slogans."""
    return {
        "measure_id": m["id"], "text": m["text"], "heading": m["heading"], "start": m["start"], "end": m["end"],
        "orig_start": m["orig_start"], "orig_end": m["orig_end"],
        "categories": measure_categories(conn, cat, m["id"]),
        "groups": [g for (g,) in conn.execute("SELECT grp FROM measure_groups WHERE measure_id = ?", (m["id"],))],
        "figures": measure_figures(conn, m["id"]),
        "slogans": _once_each(decoded("slogans", s) for s in conn.execute(
            "SELECT s.text, s.canonical, s.count, s.components, s.local FROM measure_links l JOIN slogans s"
            " ON s.article_id = ? AND s.idx = l.idx WHERE l.measure_id = ? AND l.kind = 'slogan' ORDER BY l.rowid",
            (article_id, m["id"]))),
    }


def _once_each(slogans) -> list[dict]:
    """A measure's slogans, once per canonical name: a measure naming one twice (村“两委”… 村“两委”, or
    百县千镇万村高质量发展工程 and then 百千万工程) is linked to it once per mention, and showed it as often."""
    first: dict[str, dict] = {}
    for s in slogans:
        first.setdefault(s["canonical"], s)
    return list(first.values())


def moved_to(conn: sqlite3.Connection, article_id: str) -> str | None:
    """The article an id that is no article now became when its file was edited (None: never one, or its file
    was removed, or a knowledge base older than the record of moves)."""
    try:
        row = conn.execute("SELECT new_id FROM article_moves WHERE old_id = ?", (article_id,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def measure_beside(conn: sqlite3.Connection, article_id: str, measure_id: int) -> str | None:
    """The article of the same file holding the measure, when this one does not (None: the measure is this
    article's, another file's, or none): a link to a file's second article with a measure of its first (the
    split between them moved in a rebuild, an id edited by hand) said the article had no such measure."""
    row = conn.execute("SELECT m.article_id FROM measures m JOIN articles a ON a.id = m.article_id"
                       " JOIN articles b ON b.doc_id = a.doc_id WHERE m.id = ? AND b.id = ? AND m.article_id != b.id",
                       (measure_id, article_id)).fetchone()
    return row[0] if row else None


def measure_moved_to(conn: sqlite3.Connection, measure_id: int) -> int | None:
    """The measure an old measure id became when its file was edited (None: never moved, or unknown)."""
    try:
        row = conn.execute("SELECT new_id FROM measure_moves WHERE old_id = ?", (measure_id,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def measure_retired(conn: sqlite3.Connection, measure_id: int) -> bool:
    """Whether the id was a measure's whose file has been removed or edited since (``retired_measures``)."""
    try:
        return conn.execute("SELECT 1 FROM retired_measures WHERE id = ?", (measure_id,)).fetchone() is not None
    except sqlite3.OperationalError:  # (a knowledge base of an older schema)
        return False


def original(conn: sqlite3.Connection, article_id: str, measure_id: int | None = None) -> dict | None:
    """The article's span in its file as decoded; the file by its name only, never the server's path. With one
    of the article's measures, its span too (``measure``, ``measure_start``, ``measure_end``, inside the
    article's); ``measure`` is None when the id names none of them."""
    row = conn.execute("SELECT a.orig_start, a.orig_end, d.original, d.path FROM articles a JOIN documents d ON d.id = a.doc_id"
                       " WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    name = PurePath(row["path"].replace("\\", "/")).name
    start, end = row["orig_start"], row["orig_end"]
    m = conn.execute("SELECT orig_start, orig_end FROM measures WHERE id = ? AND article_id = ?",
                     (measure_id, article_id)).fetchone() if measure_id else None
    ms, me = (m["orig_start"], m["orig_end"]) if m and m["orig_start"] is not None else (end, end)
    return {"file": name, "text": row["original"], "start": start, "end": end, "measure": measure_id if m else None,
            "measure_start": max(start, min(ms, end)), "measure_end": max(start, min(me, end))}
