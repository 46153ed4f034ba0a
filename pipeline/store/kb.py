"""The knowledge base as typed pandas DataFrames: the Python API for researchers (``kb.open``)."""
from __future__ import annotations

import os
from pathlib import Path

from pipeline.store.reader import categories, connect_readonly, counted

_DATES = ("date",)  # columns read as datetime64 (ISO dates, partial ones at the start of their period)
# How much of a date is known, by the length of its stored ISO text ('2016', '2016-05', '2016-05-03'):
# a manifest may give a year alone, which datetime64 can only hold as its first day.
PRECISION = {4: "year", 7: "month", 10: "day"}  # an ISO date's length -> what it knows


def precision_of(dates):
    """What each stored ISO date knows (day, month, year; None for none): 2016 is a year, 2016-05 a month."""
    known = {t: PRECISION.get(len(t)) for t in dict.fromkeys(dates.dropna()) if isinstance(t, str)}  # (once a date)
    return dates.map(known.get)  # (None where no text: NaN, None)


class KnowledgeBase:
    """Read-only access to a built knowledge base as typed pandas DataFrames.

    Integers are ``Int64`` (nullable: a figure outside every measure has ``<NA>`` as
    measure_id, never ``1.0``), reals ``Float64``, dates ``datetime64[us]`` (``NaT`` when
    unknown), places ``category`` in administrative order, codebook categories ``category``
    in codebook order (their ids: tolerate; ``name_zh`` and ``categories()`` give the Chinese names).
    A date known only to its year or month (a crawl's manifest may give ``2016``) is held as the
    period's first day: ``date_precision`` (``day``, ``month`` or ``year``) and ``year`` (``Int64``)
    stand beside every ``date``, so read ``date`` only to the precision it has.  Same-named counties stay apart in ``place``, the full path
    (福建省/福州市/鼓楼区); group by it rather than by ``county``.

    Every article counts once, as search and the comparison count it: a repost (the same article on another site)
    is left out of ``measures()``, ``articles()``, ``figures()``, ``slogans()``, ``quoted_terms()`` and ``measure_categories()``, its
    canonical article standing for it (``articles(reposts=True)`` and the others' ``reposts=True`` keep the copies,
    with ``canonical_id`` and ``is_repost`` to tell them apart; ``table(name)`` is every row as stored).

    >>> from pipeline.store import kb
    >>> with kb.open("outputs/kb.sqlite") as k:
    ...     m = k.measures()
    """

    TABLES = ("documents", "articles", "authors", "paragraphs", "sentences", "repairs", "regions", "region_mentions",
              "measures", "measure_categories", "measure_groups", "measure_links", "slogans", "figures",
              "cited_documents", "dates", "quoted_terms", "lexicon", "categories", "meta", "article_copies")

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.conn = connect_readonly(self.path)

    def _frame(self, sql: str, params=()):
        import pandas as pd

        return pd.read_sql_query(sql, self.conn, params=params)

    def table(self, name: str):
        """One table as stored, typed by its declared column types."""
        if name not in self.TABLES:
            raise ValueError(f"no table {name!r}; tables: {', '.join(self.TABLES)}")
        decl = {r[1]: (r[2] or "").upper() for r in self.conn.execute(f"PRAGMA table_info({name})")}
        df = _levels_together(_no_json_null(self._frame(f"SELECT * FROM {name}"), name))
        return self._typed(df, ints=[c for c, t in decl.items() if t == "INTEGER"],
                           floats=[c for c, t in decl.items() if t == "REAL"])

    def measures(self):
        """One row per measure of the articles counted (a repost's are its canonical article's: left out): measure_id
        (Int64), article_id, title, date (datetime64), date_precision, year (Int64), source, province/city/county (and
        township where recorded; category), place (category, full path), category (the best-scoring codebook
        category, category), categories / groups / slogans (space-separated), heading, text."""
        from pipeline.extract.places import levels

        df = self._frame(  # (the search index's rows: it holds the articles counted, by the same rule)
            "SELECT s.measure_id, s.article_id, s.title, s.date, s.year, s.source, "
            + "".join(f"s.{lv}, " for lv in levels(self.conn)) + "s.place, (SELECT c.category FROM measure_categories c WHERE c.measure_id = s.measure_id"
            "           ORDER BY c.score DESC LIMIT 1) AS category,"
            " trim(s.categories) AS categories, trim(s.groups) AS groups, trim(s.slogans) AS slogans, s.heading, s.text"
            " FROM search_measures s ORDER BY s.measure_id")
        return self._typed(df, ints=["measure_id", "year"])

    def measure_categories(self, reposts: bool = False):
        """One row per measure and category: measure_id (Int64), category (category), name_zh, score (Float64); of
        the articles counted (``reposts=True``: of every article)."""
        df = self._frame("SELECT c.measure_id, c.category, k.name_zh, c.score FROM measure_categories c"
                         " LEFT JOIN categories k ON k.id = c.category"
                         + ("" if reposts else f" JOIN measures m ON m.id = c.measure_id JOIN articles a ON a.id = m.article_id"
                                               f" WHERE {self._counted('a')}")
                         + " ORDER BY c.measure_id, c.score DESC")
        return self._typed(df, ints=["measure_id"], floats=["score"])

    def articles(self, reposts: bool = False):
        """One row per article counted (``reposts=True``: every article, reposts too): article_id, title, date
        (datetime64), date_precision, year (Int64), source, editor, affiliation, province/city/county/place (category),
        code, path (the file's name as given to the build), url, fetched_at, canonical_id (the article it reposts,
        or its own id) and is_repost (bool)."""
        df = self._frame(
            f"SELECT a.id AS article_id, a.title, a.date, a.source, a.editor, a.affiliation, {self._place_cols('r')},"
            f" r.code, d.path, d.url, d.fetched_at, {self._canonical('a')} AS canonical_id"
            " FROM articles a LEFT JOIN regions r ON r.article_id = a.id JOIN documents d ON d.id = a.doc_id"
            + ("" if reposts else f" WHERE {self._counted('a')}") + " ORDER BY a.date, a.id")
        df["is_repost"] = (df["canonical_id"] != df["article_id"]).astype(bool)
        return self._typed(df)

    def figures(self, reposts: bool = False):
        """Every figure of the articles counted (``reposts=True``: of every article) with its measure's text
        (``measure``), article date and title, and region.  A figure is (article_id, idx).  ``value``/``unit`` are
        as written (50万元: 50 万元), ``base_value``/``base_high``/``base_unit`` the amount in its base unit (500000
        元), to compare amounts; ``headline`` (1: the headline's figure, no span) and ``body_idx`` (a headline
        figure the body gives again: that body figure's idx): ``f[f.body_idx.isna()]`` counts each number once."""
        df = self._frame(
            f"SELECT f.*, {self._place_cols('r')}, a.date, a.title, m.text AS measure FROM figures f"
            " JOIN articles a ON a.id = f.article_id LEFT JOIN regions r ON r.article_id = f.article_id"
            " LEFT JOIN measures m ON m.id = f.measure_id" + ("" if reposts else f" WHERE {self._counted('a')}"))
        return self._typed(df, ints=["idx", "measure_id", "headline", "body_idx", "start", "end", "orig_start",
                                     "orig_end"], floats=["value", "high", "base_value", "base_high"])

    def quoted_terms(self, reposts: bool = False):
        """Every quoted term (“红黑榜”, a practice's name) of the articles counted (``reposts=True``: of every
        article), once per article at its first quotation (start/end into the article's text, orig_start/orig_end
        into the document's original; none for a term of the headline), with the article's date, title and region."""
        df = self._frame(
            f"SELECT q.*, {self._place_cols('r')}, a.date, a.title FROM quoted_terms q JOIN articles a"
            " ON a.id = q.article_id LEFT JOIN regions r ON r.article_id = q.article_id"
            + ("" if reposts else f" WHERE {self._counted('a')}") + " ORDER BY q.article_id, q.idx")
        return self._typed(df, ints=["idx", "start", "end", "orig_start", "orig_end"])

    def slogans(self, reposts: bool = False):
        """Every slogan of the articles counted (``reposts=True``: of every article), with the article's date, title
        and region."""
        df = _no_json_null(self._frame(
            f"SELECT s.*, {self._place_cols('r')}, a.date, a.title FROM slogans s JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN regions r ON r.article_id = s.article_id" + ("" if reposts else f" WHERE {self._counted('a')}")),
            "slogans")
        return self._typed(df, ints=["idx", "numbered", "count_matches", "local", "mentions", "start", "end",
                                     "orig_start", "orig_end"])

    def repost_ids(self) -> set[str]:
        """The ids of the articles that repost another (left out of the frames but with ``reposts=True``)."""
        return {r[0] for r in self.conn.execute(f"SELECT id FROM articles a WHERE NOT {self._counted('a')}")}

    def _counted(self, alias: str) -> str:
        """The articles counted, each once (``reader.counted``: the search index's rule)."""
        return counted(self.conn, alias)

    def _canonical(self, alias: str) -> str:
        """An article's canonical article's id (its own where it is none's repost, or the knowledge base predates reposts)."""
        return f"coalesce({alias}.canonical_id, {alias}.id)" if counted(self.conn) != "1" else f"{alias}.id"

    def _place_cols(self, alias: str) -> str:
        from pipeline.extract.places import levels

        lv = levels(self.conn)
        return ", ".join(f"{alias}.{x}" for x in lv) + ", " + " || '/' || ".join(
            f"coalesce({alias}.{x}, '')" for x in lv) + " AS place"

    def _typed(self, df, ints=(), floats=()):
        import pandas as pd

        from pipeline.extract.places import catalogue

        for c in ints:
            if c in df.columns:
                df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        for c in floats:
            if c in df.columns:
                df[c] = pd.to_numeric(df[c], errors="coerce").astype("Float64")
        for c in _DATES:
            if c in df.columns:
                text = df[c].astype(object).where(df[c].notna(), None)
                df[c] = pd.to_datetime(text, errors="coerce", format="ISO8601")
                at = df.columns.get_loc(c) + 1
                df.insert(at, f"{c}_precision", precision_of(text).where(df[c].notna(), None).astype("str"))
                if "year" not in df.columns:
                    df.insert(at + 1, "year", df[c].dt.year.astype("Int64"))
        for c in df.columns:  # a text column with no value at all is read as object: str like the others
            if df[c].dtype == object and df[c].map(lambda v: v is None or isinstance(v, str)).all():
                df[c] = df[c].astype("str")
        if "place" in df.columns:  # built with '/' between every level: drop the empty ones
            # (an article no place was found for has none: NULL, which pandas may read as NaN, a float)
            # (once a distinct place: half a million figures name a few thousand)
            known = {p: "/".join(x for x in p.split("/") if x) or None for p in dict.fromkeys(df["place"].dropna())
                     if isinstance(p, str)}
            df["place"] = df["place"].map(known.get)  # (None where no text)
        if any(c in df.columns for c in ("province", "place")):
            places = catalogue(self.conn)
            for level in ("province", "city", "county", "township"):
                if level in df.columns:
                    names = list(dict.fromkeys(p.name for p in places if p.level == level))
                    names += _others_in_code_order(df, level, set(names))
                    df[level] = pd.Categorical(df[level], categories=names, ordered=True)
            if "place" in df.columns:
                order = sorted(places, key=lambda p: (p.code or "9" * 9).ljust(9, "0") + str(len(p.path)))
                df["place"] = pd.Categorical(df["place"], categories=[p.path for p in order], ordered=True)
        if "category" in df.columns:
            ids = [c for c, _, _ in categories(self.conn)]
            df["category"] = pd.Categorical(df["category"], categories=ids)
        return df

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _others_in_code_order(df, level: str, known: set) -> list[str]:
    """Places in the frame that are no article's region (places merely mentioned), by their codes."""
    rows = df[df[level].notna() & ~df[level].isin(known)]
    if rows.empty:
        return []
    if "code" in rows.columns:
        return list(rows.assign(_c=rows["code"].astype(str)).groupby(level)["_c"].min().sort_values().index)
    return sorted(rows[level].unique())


def open(path: str | os.PathLike = "outputs/kb.sqlite") -> KnowledgeBase:  # noqa: A001 - the documented API name
    """The knowledge base at ``path`` for reading (see ``KnowledgeBase`` for the frames and their types)."""
    return KnowledgeBase(path)


# Columns holding JSON text, as the frames give them (the JSON of a count: 3, [3, 4]).
_JSON_TEXT = {"slogans": ("count", "components"), "lexicon": ("count",)}


def _no_json_null(df, table: str):
    """A JSON column's text 'null' as missing: knowledge bases built before session 71 stored an unnumbered
    slogan's count as that text, which read as a count named null."""
    for c in _JSON_TEXT.get(table, ()):
        if c in df.columns:
            df[c] = df[c].where(df[c] != "null", None)
    return df


def _levels_together(df):
    """The place levels side by side (a table given township after its other columns, as an older knowledge base
    was extended, has it moved after county)."""
    cols = list(df.columns)
    if "township" in cols and "county" in cols and cols.index("township") != cols.index("county") + 1:
        cols.remove("township")
        cols.insert(cols.index("county") + 1, "township")
        df = df[cols]
    return df
