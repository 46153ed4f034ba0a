"""Writing the facet arrays (``facet_arrays``) after a round of index changes, a window of rows at a
time, so a build's memory does not grow with the index.

The stored arrays are read a window at a time (incremental blob I/O), the rows taken out are
dropped, the rows put in (given in key order, read again from ``search_measures``) are merged in
by key, every value is renumbered (values sorted, as ``counts`` has them), and the new arrays are
written a window at a time into blobs of the sizes the counts give.  Windows end at a key both
inputs have passed, so each is merged on its own and the result is the same as building the
arrays at once from the final rows.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
import sqlite3

import numpy as np

Pairs = list[tuple[str, str]]
WINDOW = 1 << 16  # rows read from each side per step
_CHUNK = 1 << 22  # bytes copied per blob read or write


def numbering(counts: Counter) -> dict[str, dict[str, int]]:
    """facet -> value -> its number: the values of each facet in sorted order."""
    numbers: dict[str, dict[str, int]] = {}
    for facet, value in sorted(counts):
        numbers.setdefault(facet, {})[value] = len(numbers.get(facet, ()))
    return numbers


def write_arrays(conn: sqlite3.Connection, old_numbers: dict[str, dict[str, int]], counts: Counter,
                 gone_keys: Iterable[int], added: Iterator[tuple[int, Pairs]],
                 n_added: int) -> dict[str, dict[str, int]]:
    """Replace the stored arrays by the arrays of the rows that remain (``gone_keys`` taken out)
    and the ``n_added`` rows of ``added`` (key, facet pairs), ascending by key; ``counts`` are
    the measures that carry each (facet, value) afterwards.  Returns the values' new numbers."""
    numbers = numbering(counts)
    gone = np.unique(np.fromiter(gone_keys, dtype=np.int64))
    old = _Stored(conn, old_numbers, numbers)
    new = _Added(added, numbers)
    entries = Counter()
    for (facet, _), n in counts.items():
        entries[facet] += n
    with _Out(conn, old.n - len(gone) + n_added, {f: entries[f] for f in numbers}) as out:
        while True:
            old_keys, new_keys = old.peek(), new.peek()
            if not len(old_keys) and not len(new_keys):
                break
            bound = min([side[-1] for side, more in ((old_keys, old.more()), (new_keys, new.more())) if more],
                        default=np.iinfo(np.int64).max)
            kept_keys, kept = old.take(int(np.searchsorted(old_keys, bound, "right")), gone)
            put_keys, put = new.take(int(np.searchsorted(new_keys, bound, "right")))
            keys = np.concatenate([kept_keys, put_keys])
            order = np.argsort(keys, kind="stable")
            out.write(keys[order], {f: _reordered(*_joined(kept, put, f, len(kept_keys), len(put_keys)), order)
                                    for f in numbers})
    old.close()
    out.install()
    return numbers


def _joined(kept: dict, put: dict, facet: str, n_kept: int, n_put: int) -> tuple[np.ndarray, np.ndarray]:
    """Lengths and values of one facet's entries: the kept rows', then the added rows'."""
    empty = (None, np.zeros(0, dtype=np.int32))
    (kl, kv), (pl, pv) = kept.get(facet, empty), put.get(facet, empty)
    kl = np.zeros(n_kept, dtype=np.int64) if kl is None else kl
    pl = np.zeros(n_put, dtype=np.int64) if pl is None else pl
    return np.concatenate([kl, pl]), np.concatenate([kv, pv])


def _reordered(lens: np.ndarray, values: np.ndarray, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lengths and values of the segments (``lens`` long, one after the other in ``values``) taken in ``order``."""
    starts = np.cumsum(lens) - lens
    new_lens = lens[order]
    gather = np.repeat(starts[order] - (np.cumsum(new_lens) - new_lens), new_lens) + np.arange(int(new_lens.sum()))
    return new_lens, values[gather].astype(np.int32)


def _read(blob, start: int, stop: int, dtype) -> np.ndarray:
    size = np.dtype(dtype).itemsize
    blob.seek(start * size)
    return np.frombuffer(blob.read((stop - start) * size), dtype=dtype)


class _Stored:
    """The stored arrays, read a window at a time, their values renumbered."""

    def __init__(self, conn: sqlite3.Connection, old_numbers: dict[str, dict[str, int]],
                 numbers: dict[str, dict[str, int]]):
        row = conn.execute("SELECT rowid, length(keys) FROM search_facet_keys").fetchone()
        self.keys = conn.blobopen("search_facet_keys", "keys", row[0]) if row else None
        self.n = row[1] // 8 if row else 0
        self.pos = 0
        self.facets = {}
        for facet, rowid in conn.execute("SELECT facet, rowid FROM search_facet_index"):
            remap = np.full(max(old_numbers.get(facet, {}).values(), default=-1) + 1, -1, dtype=np.int32)
            for value, i in old_numbers.get(facet, {}).items():
                remap[i] = numbers.get(facet, {}).get(value, -1)
            self.facets[facet] = (conn.blobopen("search_facet_index", "indptr", rowid),
                                  conn.blobopen("search_facet_index", "indices", rowid), remap)

    def peek(self) -> np.ndarray:
        return _read(self.keys, self.pos, min(self.pos + WINDOW, self.n), np.int64) if self.keys else np.zeros(0, np.int64)

    def more(self) -> bool:
        """Rows beyond the window ``peek`` gives."""
        return self.pos + WINDOW < self.n

    def take(self, k: int, gone: np.ndarray) -> tuple[np.ndarray, dict]:
        """The next ``k`` rows but those whose keys are ``gone``: keys, and per facet (lengths, values)."""
        keys = self.peek()[:k]
        keep = ~np.isin(keys, gone)
        out = {}
        for facet, (indptr, indices, remap) in self.facets.items():
            ptr = _read(indptr, self.pos, self.pos + k + 1, np.int32).astype(np.int64)
            lens = np.diff(ptr)
            values = remap[_read(indices, int(ptr[0]), int(ptr[-1]), np.int32)[np.repeat(keep, lens)]]
            if (values < 0).any():
                raise ValueError(f"search index out of step: a kept measure carries a {facet} value counted out")
            out[facet] = (lens[keep], values)
        self.pos += k
        return keys[keep], out

    def close(self) -> None:
        for indptr, indices, _ in self.facets.values():
            indptr.close()
            indices.close()
        if self.keys:
            self.keys.close()


class _Added:
    """The rows put in, a window at a time: keys, and per facet the lengths and value numbers."""

    def __init__(self, rows: Iterator[tuple[int, Pairs]], numbers: dict[str, dict[str, int]]):
        self.rows, self.numbers = rows, numbers
        self.keys = np.zeros(0, dtype=np.int64)
        self.facets: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.done = False

    def _fill(self) -> None:
        """Read rows until a window is buffered (or there are no more)."""
        want = WINDOW - len(self.keys)
        if want <= 0 or self.done:
            return
        keys: list[int] = []
        lens: dict[str, list[int]] = {f: [] for f in self.numbers}
        vals: dict[str, list[int]] = {f: [] for f in self.numbers}
        for key, pairs in self.rows:
            row = Counter(f for f, _ in pairs)
            keys.append(key)
            for f in self.numbers:
                lens[f].append(row[f])
            for f, v in pairs:
                vals[f].append(self.numbers[f][v])
            if len(keys) == want:
                break
        else:
            self.done = True
        self.keys = np.concatenate([self.keys, np.asarray(keys, dtype=np.int64)])
        for f in self.numbers:
            old_lens, old_vals = self.facets.get(f, (np.zeros(0, np.int64), np.zeros(0, np.int32)))
            self.facets[f] = (np.concatenate([old_lens, np.asarray(lens[f], dtype=np.int64)]),
                              np.concatenate([old_vals, np.asarray(vals[f], dtype=np.int32)]))

    def peek(self) -> np.ndarray:
        self._fill()
        return self.keys

    def more(self) -> bool:
        return not self.done

    def take(self, k: int) -> tuple[np.ndarray, dict]:
        keys, self.keys = self.keys[:k], self.keys[k:]
        out = {}
        for f, (lens, vals) in self.facets.items():
            n = int(lens[:k].sum())
            out[f] = (lens[:k], vals[:n])
            self.facets[f] = (lens[k:], vals[n:])
        return keys, out


class _Out:
    """The new arrays, written a window at a time into blobs made at their final sizes (in temp
    tables while the old ones are read, then copied over them by ``install``)."""

    def __init__(self, conn: sqlite3.Connection, n: int, entries: dict[str, int]):
        self.conn, self.n, self.entries = conn, n, entries
        conn.execute("DROP TABLE IF EXISTS temp.facet_keys_new")
        conn.execute("DROP TABLE IF EXISTS temp.facet_index_new")
        conn.execute("CREATE TEMP TABLE facet_keys_new (keys BLOB)")
        conn.execute("CREATE TEMP TABLE facet_index_new (facet TEXT, indptr BLOB, indices BLOB)")
        rowid = conn.execute("INSERT INTO temp.facet_keys_new VALUES (zeroblob(?))", (8 * n,)).lastrowid
        self.keys = conn.blobopen("facet_keys_new", "keys", rowid, readonly=False, name="temp")
        self.facets = {}
        for facet, m in entries.items():
            rowid = conn.execute("INSERT INTO temp.facet_index_new VALUES (?, zeroblob(?), zeroblob(?))",
                                 (facet, 4 * (n + 1), 4 * m)).lastrowid
            indptr = conn.blobopen("facet_index_new", "indptr", rowid, readonly=False, name="temp")
            indptr.write(np.zeros(1, dtype=np.int32).tobytes())
            self.facets[facet] = [indptr, conn.blobopen("facet_index_new", "indices", rowid, readonly=False, name="temp"), 0]
        self.rows = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for indptr, indices, _ in self.facets.values():
            indptr.close()
            indices.close()
        self.keys.close()

    def write(self, keys: np.ndarray, facets: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        if self.rows + len(keys) > self.n:
            raise ValueError("search index out of step: more rows than the counts say")
        self.keys.write(keys.astype(np.int64).tobytes())
        for facet, (lens, values) in facets.items():
            indptr, indices, end = self.facets[facet]
            if end + len(values) > self.entries[facet]:
                raise ValueError(f"search index out of step: more {facet} values than the counts say")
            indptr.write((end + np.cumsum(lens)).astype(np.int32).tobytes())
            indices.write(values.astype(np.int32).tobytes())
            self.facets[facet][2] = end + len(values)
        self.rows += len(keys)

    def install(self) -> None:
        """The new arrays in place of the old (checked complete first)."""
        if self.rows != self.n or any(end != self.entries[f] for f, (_, _, end) in self.facets.items()):
            raise ValueError("search index out of step: fewer rows or values than the counts say")
        conn = self.conn
        conn.execute("DELETE FROM search_facet_keys")
        conn.execute("DELETE FROM search_facet_index")
        _copy(conn, "facet_keys_new", "search_facet_keys", ("keys",), ())
        _copy(conn, "facet_index_new", "search_facet_index", ("indptr", "indices"), ("facet",))
        conn.execute("DROP TABLE temp.facet_keys_new")
        conn.execute("DROP TABLE temp.facet_index_new")


def _copy(conn: sqlite3.Connection, src: str, dst: str, blobs: tuple[str, ...], plain: tuple[str, ...]) -> None:
    """Every row of temp table ``src`` into ``dst``, its blob columns copied a chunk at a time."""
    cols = ", ".join((*plain, *(f"length({b})" for b in blobs)))
    for row in conn.execute(f"SELECT rowid, {cols} FROM temp.{src}").fetchall():
        rowid, values, sizes = row[0], row[1:1 + len(plain)], row[1 + len(plain):]
        marks = ", ".join(["?"] * len(plain) + ["zeroblob(?)"] * len(blobs))
        new = conn.execute(f"INSERT INTO {dst} ({', '.join((*plain, *blobs))}) VALUES ({marks})",
                           (*values, *sizes)).lastrowid
        for b, size in zip(blobs, sizes):
            with conn.blobopen(src, b, rowid, name="temp") as s, conn.blobopen(dst, b, new, readonly=False) as d:
                for _ in range(0, size, _CHUNK):
                    d.write(s.read(_CHUNK))
