"""Writing the knowledge base (the parent process): a new file renamed into place (a fresh
build) or the old one changed in one transaction (an incremental build), documents' rows
inserted with their local ids shifted, a changed document's rows deleted, and the tables that
describe the whole build (codebook, lexicon, reposts, meta).

The search index is not this module's: whoever changes the rows rebuilds it
(``pipeline.search.index.rebuild_index``, at the end of a build).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from contextlib import contextmanager
import json
import os
from pathlib import Path
import sqlite3

from pipeline.core import fsutil
from pipeline.core.records import UNCLASSIFIED
from pipeline.store.rows import ID_SOURCES, LOCAL_IDS, DocRows
from pipeline.store.schema import column_names, columns, create


BUSY_SECONDS = 60  # how long a build waits for readers in its way (emptying the WAL before it starts)
SHORT_BUSY_MS = 200  # ... after its commit, when the WAL may as well be emptied by the next build


@contextmanager
def atomic_db(path: str | os.PathLike, also: str = ""):
    """A new database in a unique temp file that replaces ``path`` only if the block succeeds (a
    fresh build), in WAL mode like every knowledge base (see ``in_place``).  It is made with the
    schema and the tables ``also`` declares, then the block runs in one transaction.

    The temp file is fsynced before the rename and the folder after it, so a crash leaves the
    old knowledge base or the new one.  (The build removes killed builds' temp files once it
    holds the lock, and ``settle``s the old file first: no WAL frame may be left beside the new
    file, which would read them as its own.)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = fsutil.temp_name(path)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA foreign_keys=ON")  # a record pointing nowhere fails the build, not a reader
    # The rollback journal in memory lets one document's rows be undone (SAVEPOINT)
    # without writing a journal file; durability comes from the fsync before the rename.
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MB: index pages stay in memory while the tables grow
    try:
        create(conn)
        conn.executescript(also)
        if not conn.in_transaction:
            conn.execute("BEGIN")  # one transaction: savepoints inside it never commit on their own
        yield conn
        conn.commit()
        conn.execute("PRAGMA journal_mode=WAL")  # recorded in the file's header
        conn.close()
        fsutil.replace_durably(tmp, path)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def in_place(path: str | os.PathLike):
    """The knowledge base at ``path`` changed in one transaction (an incremental build).

    Knowledge bases are in WAL mode: while the transaction runs, readers go on reading the old
    version and see the new one from the commit on, never a part of it, and are never blocked;
    the file itself is not written before the commit.  A build killed at any moment leaves the
    old version (a WAL's frames past its last commit are ignored) or the new one (committed
    frames are read from the WAL until they are copied in).  After the commit the WAL is copied
    into the file and emptied (``settle`` does it at the next build if a reader was in the way).
    """
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        if conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] != "wal":
            raise sqlite3.OperationalError(f"{path}: cannot be put in WAL mode to be changed in place")
        conn.execute("PRAGMA synchronous=FULL")  # the WAL is fsynced at the commit: the commit is durable
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.commit()
        finally:
            if conn.in_transaction:  # the block failed: nothing of it stays
                conn.rollback()
        conn.execute(f"PRAGMA busy_timeout = {SHORT_BUSY_MS}")  # readers using the WAL: leave it to ``settle``
        _copy_wal_in(conn, strict=False)
    finally:
        conn.close()


def settle(path: str | os.PathLike) -> None:
    """Copy into the knowledge base the WAL a build left beside it (killed after its commit, or
    kept by a reader from copying it), dropping frames past the last commit, and empty the WAL.
    A build does this before anything else: a new file renamed over one whose WAL still held
    frames would read them as its own."""
    wal = Path(f"{path}-wal")
    if not (wal.exists() and wal.stat().st_size):
        return
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        _copy_wal_in(conn, strict=True)
    finally:
        conn.close()


@contextmanager
def tidied(path: str | os.PathLike):
    """At the block's end, however it ends (Ctrl-C before anything was written included), no -wal or -shm is
    left beside the knowledge base by this process: the build's read-only looks at it (``reader``) make them
    and cannot remove them, as the last connection to close does when it may write.  A server that has the
    file open keeps them, as it should."""
    try:
        yield
    finally:
        if Path(path).is_file() and (Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists()):
            try:
                conn = sqlite3.connect(path, timeout=0)
                try:
                    conn.execute("PRAGMA schema_version").fetchone()  # (opens the WAL, so closing removes it)
                finally:
                    conn.close()
            except sqlite3.Error:
                pass  # (in use, or damaged: the next build settles it)


def _copy_wal_in(conn: sqlite3.Connection, strict: bool) -> None:
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy and strict:
        raise sqlite3.OperationalError("a reader kept the knowledge base's WAL from being emptied; build again")


class IdCounter:
    """The next free id of each local-id sequence in a database being written.

    A measure id, once given, names that measure for good: a link to it (?m=, the API, a CSV's 举措编号) leads to
    it or, when it is gone, to nothing, never to another measure.  So new measures are numbered past every id the
    knowledge base used (``_last_measure_id``: its measures', its moves', its retired ones'), and a measure of an
    article that had it before (the same article id: the same file content) with the same text takes its old id
    again: from ``kept``, the knowledge base a fresh build (new code, codebook or model) replaces, read-only, and
    from the retired ids of removed or edited files (``retired_measures``: a file put back).
    """

    def __init__(self, conn: sqlite3.Connection, kept: sqlite3.Connection | None = None):
        self.conn = conn
        self.next = {seq: (conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1
                     for seq, table in ID_SOURCES.items()}
        self.kept = kept
        self.unkept: set[str] = set()  # documents of kept articles some of whose old measures kept no id (text changed)
        for db in (conn, kept):
            if db is not None:
                self.next["measure"] = max(self.next["measure"], _last_measure_id(db) + 1)

    def take(self, doc: DocRows, old: list[dict[tuple[str, str], list[int]]] | None = None) -> dict:
        """The offsets for ``doc``'s local ids, reserving as many ids as it uses; with ``old`` (maps of
        ``_old_ids``, first first), the measures' ids as a map (local id -> id), those of a measure the knowledge
        base had taken from it."""
        base: dict = dict(self.next)
        for seq, table in ID_SOURCES.items():
            if seq != "measure" or old is None:
                self.next[seq] += len(doc.tables.get(table, ()))
        if old is not None:
            ids = base["measure"] = {}
            for row in doc.tables.get("measures", ()):
                key = (row[_M_ARTICLE], row[_M_TEXT])
                same = next((ids_ for m in old if (ids_ := m.get(key))), None)
                ids[row[0]] = same.pop(0) if same else self._new_measure()
        return base

    def take_all(self, docs: list[DocRows]) -> list[dict]:
        kept = _old_ids(self.kept, "measures", docs)
        retired = _old_ids(self.kept, "retired_measures", docs)
        for key, ids in _old_ids(self.conn, "retired_measures", docs).items():
            retired.setdefault(key, []).extend(ids)
        bases = [self.take(doc, [kept, retired] if kept or retired else None) for doc in docs]
        self.unkept.update(aid.rpartition("-")[0] for (aid, _), left in kept.items() if left)  # (article id: doc's-n)
        return bases

    def _new_measure(self) -> int:
        self.next["measure"] += 1
        return self.next["measure"] - 1


def _old_ids(db: sqlite3.Connection | None, table: str, docs: list[DocRows]) -> dict[tuple[str, str], list[int]]:
    """(article id, text) -> the ids ``table`` of ``db`` gave measures of that text in these documents' articles,
    in their order: one query per batch, by the articles' index ({} with no ``db``, or one of an older shape)."""
    if db is None:
        return {}
    articles = sorted({row[_M_ARTICLE] for doc in docs for row in doc.tables.get("measures", ())})
    order = "article_id, idx" if table == "measures" else "article_id, id"
    out: dict[tuple[str, str], list[int]] = {}
    try:
        for mid, aid, text in db.execute(f"SELECT id, article_id, text FROM {table}"
                                         f" WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY {order}",
                                         (json.dumps(articles),)):
            out.setdefault((aid, text), []).append(mid)
    except sqlite3.Error:  # (an old file of another shape: its measures are numbered afresh)
        return {}
    return out


_M_ARTICLE, _M_TEXT = (next(i for i, (n, _) in enumerate(columns("measures")) if n == name) for name in ("article_id", "text"))


def _last_measure_id(conn: sqlite3.Connection) -> int:
    """The highest measure id a knowledge base used: its measures', those its moves still lead from, its retired."""
    last = 0
    for sql in ("SELECT max(id) FROM measures", "SELECT max(old_id) FROM measure_moves",
                "SELECT max(id) FROM retired_measures"):
        try:
            last = max(last, conn.execute(sql).fetchone()[0] or 0)
        except sqlite3.Error:  # (a table older knowledge bases lack)
            pass
    return last


def write_documents(conn: sqlite3.Connection, docs: list[DocRows], bases: list[dict[str, int]]) -> None:
    """The rows of these documents (``bases``: each one's id offsets, ``IdCounter.take``), one
    ``executemany`` per table for them all: a call per document and table cost more than the rows of
    a 64-document batch (~0.4 s of the parent's CPU over 2,000 documents).  Tables go in the order the
    rows have them (parents before children), and each table's rows in document order, as written
    one document at a time."""
    tables: dict[str, list[tuple]] = {}
    for doc, base in zip(docs, bases):
        for table, rows in doc.tables.items():
            if not rows:
                continue
            shift = LOCAL_IDS.get(table)
            tables.setdefault(table, []).extend([_shifted(r, shift, base) for r in rows] if shift else rows)
    for table, rows in tables.items():
        conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)


def _shifted(row: tuple, shift: dict[int, str], base: dict[str, int]) -> tuple:
    r = list(row)
    for i, seq in shift.items():
        if r[i] is not None:
            b = base[seq]
            r[i] = b[r[i]] if isinstance(b, dict) else r[i] + b  # (a map: measures that kept their ids)
    return tuple(r)


def record_moves(conn: sqlite3.Connection, replaced: dict[str, str], old: str = "main.articles",
                 old_measures: str = "main.measures") -> None:
    """Where the articles of replaced documents went (old document id -> the new document of the same
    file): each old article to the new one at the same place in the file (or the file's first, when the
    new text holds fewer), moves recorded earlier that led to an old article led on to the new one.
    ``old`` names the table holding the old articles (id, doc_id, idx), ``old_measures`` their measures (id,
    article_id, idx, text): this database's before their rows are deleted, or those of the knowledge base a
    fresh build replaces, copied.  Each old measure goes to the new article's measure of the same text, else
    to the one at the same place.  Set-based: a build that gives every document a
    new id (a manifest column added) records them all in a few statements."""
    if not replaced:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS replaced (old_doc TEXT PRIMARY KEY, new_doc TEXT NOT NULL)")
    conn.execute("DELETE FROM temp.replaced")
    conn.executemany("INSERT INTO temp.replaced VALUES (?, ?)", replaced.items())
    conn.execute("DROP TABLE IF EXISTS temp.new_moves")
    conn.execute(f"""CREATE TEMP TABLE new_moves AS SELECT oa.id AS old_id, coalesce(
        (SELECT na.id FROM main.articles na WHERE na.doc_id = r.new_doc AND na.idx = oa.idx),
        (SELECT na.id FROM main.articles na WHERE na.doc_id = r.new_doc ORDER BY na.idx LIMIT 1)) AS new_id
        FROM temp.replaced r JOIN {old} oa ON oa.doc_id = r.old_doc""")
    _follow(conn, old_measures)


def _follow(conn: sqlite3.Connection, old_measures: str) -> None:
    """The moves of ``temp.new_moves`` (old article id, new article id) recorded, with their measures' (each old
    measure of ``old_measures`` to the new article's measure of the same text, else to the one at the same place);
    moves recorded earlier that led to an old article lead on to the new one."""
    conn.execute("DELETE FROM temp.new_moves WHERE new_id IS NULL")
    conn.execute("CREATE INDEX temp.new_moves_old ON new_moves(old_id)")
    conn.execute("UPDATE main.article_moves SET new_id = (SELECT n.new_id FROM temp.new_moves n WHERE n.old_id = article_moves.new_id)"
                 " WHERE new_id IN (SELECT old_id FROM temp.new_moves)")
    conn.execute("INSERT OR REPLACE INTO main.article_moves SELECT old_id, new_id FROM temp.new_moves")
    conn.execute(f"""CREATE TEMP TABLE new_measure_moves AS SELECT om.id AS old_id, coalesce(
        (SELECT nm.id FROM main.measures nm WHERE nm.article_id = mv.new_id AND nm.text = om.text ORDER BY nm.idx LIMIT 1),
        (SELECT nm.id FROM main.measures nm WHERE nm.article_id = mv.new_id AND nm.idx = om.idx)) AS new_id
        FROM temp.new_moves mv JOIN {old_measures} om ON om.article_id = mv.old_id""")
    conn.execute("DELETE FROM temp.new_measure_moves WHERE new_id IS NULL")
    conn.execute("CREATE INDEX temp.new_measure_moves_old ON new_measure_moves(old_id)")
    conn.execute("UPDATE main.measure_moves SET new_id = (SELECT n.new_id FROM temp.new_measure_moves n"
                 " WHERE n.old_id = measure_moves.new_id) WHERE new_id IN (SELECT old_id FROM temp.new_measure_moves)")
    conn.execute("INSERT OR REPLACE INTO main.measure_moves SELECT old_id, new_id FROM temp.new_measure_moves")
    conn.execute("DROP TABLE temp.new_measure_moves")
    conn.execute("DROP TABLE temp.new_moves")


def twins_of(conn: sqlite3.Connection, articles: Iterable[str], edited: Collection[str] = ()) -> dict[str, list[str]]:
    """For each of these articles (about to be removed) that has one, the articles of its text that stay: the
    canonical article it reposts, or its reposts (``article_copies``; read before the repost groups are updated).
    None for an article of an ``edited`` document: it goes where ``record_moves`` takes it."""
    gone = set(articles)
    ids = json.dumps(sorted(gone))
    out: dict[str, list[str]] = {}
    for copy, canonical in conn.execute(
            "SELECT article_id, canonical_id FROM article_copies WHERE article_id IN (SELECT value FROM json_each(?1))"
            " OR canonical_id IN (SELECT value FROM json_each(?1)) ORDER BY article_id", (ids,)):
        if copy in gone and canonical not in gone:
            out.setdefault(copy, []).insert(0, canonical)
        elif canonical in gone and copy not in gone:
            out.setdefault(canonical, []).append(copy)
    return {a: twins for a, twins in out.items() if a.rpartition("-")[0] not in edited}  # (an article id: doc's-n)


def record_twin_moves(conn: sqlite3.Connection, twins: dict[str, list[str]], old_measures: str = "main.measures") -> None:
    """Removed articles whose text another article holds (``twins_of``: an original whose repost stays, a repost
    whose original stays) lead to it, as an edited file's articles lead to what they became: a link to the
    removed original was a 404 while the same text stood under another id.  Each goes to the article its first
    twin is counted under now (after the repost groups were updated), its measures (in ``old_measures``, as for
    ``record_moves``) to that one's of the same text.  Called before the removed rows are deleted."""
    if not twins:
        return
    moves = []
    for old, (first, *_) in twins.items():
        row = conn.execute("SELECT coalesce(canonical_id, id) FROM articles WHERE id = ?", (first,)).fetchone()
        if row is not None:
            moves.append((old, row[0]))
    conn.execute("DROP TABLE IF EXISTS temp.new_moves")
    conn.execute("CREATE TEMP TABLE new_moves (old_id TEXT, new_id TEXT)")
    conn.executemany("INSERT INTO temp.new_moves VALUES (?, ?)", moves)
    _follow(conn, old_measures)


def forget_moves(conn: sqlite3.Connection) -> None:
    """Moves that lead nowhere now (the file removed) or from an id that is an article again (the file's
    old text restored): after the removed documents' rows are deleted."""
    conn.execute("DELETE FROM article_moves WHERE new_id NOT IN (SELECT id FROM articles)"
                 " OR old_id IN (SELECT id FROM articles)")
    conn.execute("DELETE FROM measure_moves WHERE new_id NOT IN (SELECT id FROM measures)"
                 " OR old_id IN (SELECT id FROM measures)")  # (an id a new measure took: no longer the old one's)
    conn.execute("DELETE FROM retired_measures WHERE id IN (SELECT id FROM measures)")  # (its file put back)


def retire(conn: sqlite3.Connection, old: Iterable[tuple[int, str, str]]) -> None:
    """The measures of ``old`` (id, article id, text; in id order) whose ids no measure of ``conn`` holds now,
    retired (``IdCounter``).  A walk beside the new ids, both in id order: the rows stream, memory stays flat."""
    new = (i for i, in conn.execute("SELECT id FROM measures ORDER BY id"))
    now = next(new, None)

    def gone():
        nonlocal now
        for row in old:
            while now is not None and now < row[0]:
                now = next(new, None)
            if now != row[0]:
                yield row
    conn.executemany("INSERT OR IGNORE INTO retired_measures VALUES (?, ?, ?)", gone())


def delete_documents(conn: sqlite3.Connection, doc_ids: list[str], keep: Iterable[str] = ()) -> None:
    """Remove every row of these documents, from every table that points at them.

    Tables are found by their columns (``measure_id``, ``article_id``, ``doc_id``), so
    a table added later is cleaned too.  The tables in ``keep`` are left alone: the
    caller passes the search index's, which it rebuilds from these tables afterwards.
    """
    keep = set(keep) | {"sources", "retired_measures"}
    conn.execute("PRAGMA defer_foreign_keys = ON")  # parents and children go in one transaction, in any order
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone_docs (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.gone_docs")
    conn.executemany("INSERT OR IGNORE INTO temp.gone_docs VALUES (?)", ((d,) for d in doc_ids))
    conn.execute("DROP TABLE IF EXISTS temp.gone_articles")
    conn.execute("CREATE TEMP TABLE gone_articles AS SELECT id FROM articles WHERE doc_id IN temp.gone_docs")
    conn.execute("DROP TABLE IF EXISTS temp.gone_measures")
    conn.execute("CREATE TEMP TABLE gone_measures AS SELECT id FROM measures WHERE article_id IN temp.gone_articles")
    conn.execute("INSERT OR IGNORE INTO retired_measures SELECT id, article_id, text FROM measures"  # (before any row goes)
                 " WHERE id IN temp.gone_measures")
    for table, cols in _tables(conn):
        if table in keep:
            continue
        if table == "documents":
            conn.execute("DELETE FROM documents WHERE id IN temp.gone_docs")
        elif "measure_id" in cols and table != "figures":
            conn.execute(f"DELETE FROM {table} WHERE measure_id IN temp.gone_measures")
        elif "article_id" in cols:
            conn.execute(f"DELETE FROM {table} WHERE article_id IN temp.gone_articles")
        elif "doc_id" in cols:
            conn.execute(f"DELETE FROM {table} WHERE doc_id IN temp.gone_docs")
    conn.execute("DELETE FROM measures WHERE id IN temp.gone_measures")
    conn.execute("DELETE FROM articles WHERE id IN temp.gone_articles")


def _tables(conn: sqlite3.Connection) -> list[tuple[str, set[str]]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%'")]
    return [(n, column_names(conn, n)) for n in names]


# Reposts are found after every document is written (pipeline/store/reposts.py), so their column is
# filled then: the positional INSERT INTO articles of ``write_documents`` leaves it NULL.
# articles.canonical_id is the article itself, or the one it reposts; count DISTINCT canonical_id
# to count each article once.


def write_copies(conn: sqlite3.Connection, copies, articles: Iterable[str]) -> None:
    """Replace the repost records of ``articles``, whose groups were recomputed (``copies`` are
    the copies among them): their article_copies rows and their articles.canonical_id."""
    ids = json.dumps(sorted(articles))
    conn.execute("DELETE FROM article_copies WHERE article_id IN (SELECT value FROM json_each(?))", (ids,))
    conn.executemany("INSERT INTO article_copies VALUES (?,?,?)",
                     [(c.article_id, c.canonical_id, c.similarity) for c in copies])
    conn.execute("UPDATE articles SET canonical_id = coalesce("
                 "(SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id), id)"
                 " WHERE id IN (SELECT value FROM json_each(?))", (ids,))


def write_codebook(conn: sqlite3.Connection, tagger) -> None:
    """Which codebook and which classifier produced the categories."""
    cb = tagger.codebook
    conn.executemany("INSERT OR REPLACE INTO categories VALUES (?,?,?,?)",
                     [(c.id, c.name_zh, c.name_en, c.definition) for c in cb.categories]
                     + [(UNCLASSIFIED, "未归类", "Unclassified", "No category passed its threshold; `policykb label` "
                                                                "proposes these measures first.")])
    rows = [("codebook", cb.path), ("codebook_sha256", cb.sha256), ("classifier", tagger.source)]
    if tagger.model_meta:
        rows += [("model_trained", tagger.model_meta.get("trained", "")),
                 ("model_training_sha256", tagger.model_meta.get("training_sha256", ""))]
    conn.executemany("INSERT INTO meta VALUES (?,?)", rows)


def write_lexicon(conn: sqlite3.Connection, entries: Iterable) -> None:
    """The slogan lexicon's entries (``pipeline.extract.slogans.lexicon``), one row per canonical form."""
    by_canonical = {e.canonical: e for e in entries}
    conn.executemany("INSERT INTO lexicon VALUES (?,?,?,?)", [
        (e.canonical, None if e.count is None else json.dumps(list(e.count) if isinstance(e.count, tuple) else e.count),
         e.definition, e.category)  # (no count: NULL, not the text 'null')
        for e in by_canonical.values()])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
