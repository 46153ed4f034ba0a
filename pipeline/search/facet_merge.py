"""Writing the facet arrays (``facet_arrays``) after a round of index changes, a window of rows at a
time, so a build's memory does not grow with the index.

The stored arrays are read a window at a time (incremental blob I/O), the rows taken out are
dropped, the rows put in (given in key order, read again from ``search_measures``) are merged in
by key, every value is renumbered (values sorted, as ``counts`` has them), and the new arrays are
written a window at a time into new rows beside the old ones, whose blobs are made at the sizes the
counts give; then the old rows are deleted.  Windows end at a key both inputs have passed, so each is merged on its own and the result is the same as building the
arrays at once from the final rows.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
import json
import sqlite3

import numpy as np

Pairs = Sequence[tuple[str, str]]
WINDOW = 1 << 16  # rows read from each side per step


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
    entries = Counter()
    for (facet, _), n in counts.items():
        entries[facet] += n
    old_rows = _stored_rows(conn)
    out = _Out(conn, old_rows - len(gone) + n_added, {f: entries[f] for f in numbers})
    old = _Stored(conn, old_numbers, numbers, out)  # opened after the new rows are in
    new = _Added(added, numbers)
    with out:
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


def _stored_rows(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT length(keys) FROM search_facet_keys").fetchone()
    return row[0] // 8 if row else 0


class _Stored:
    """The stored arrays (the rows ``out`` did not make), read a window at a time, their values renumbered."""

    def __init__(self, conn: sqlite3.Connection, old_numbers: dict[str, dict[str, int]],
                 numbers: dict[str, dict[str, int]], out: _Out):
        row = conn.execute("SELECT rowid, length(keys) FROM search_facet_keys WHERE rowid != ?", (out.keys_row,)).fetchone()
        self.keys = conn.blobopen("search_facet_keys", "keys", row[0]) if row else None
        self.n = row[1] // 8 if row else 0
        self.pos = 0
        self.facets = {}
        for facet, rowid in conn.execute("SELECT facet, rowid FROM search_facet_index WHERE rowid NOT IN"
                                         " (SELECT value FROM json_each(?))", (out.index_rows(),)):
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
        # Every (facet, value) by one number, with its facet's position and its value number: a
        # window's rows are read as the numbers of their pairs, sorted out by facet at once.
        self.pair_number = {(f, v): i for i, (f, v) in enumerate((f, v) for f, values in numbers.items() for v in values)}
        self.pair_facet = np.fromiter((i for i, values in enumerate(numbers.values()) for _ in values), dtype=np.int64,
                                      count=len(self.pair_number))
        self.pair_value = np.fromiter((n for values in numbers.values() for n in values.values()), dtype=np.int32,
                                      count=len(self.pair_number))

    def _fill(self) -> None:
        """Read rows until a window is buffered (or there are no more)."""
        want = WINDOW - len(self.keys)
        if want <= 0 or self.done:
            return
        keys: list[int] = []
        sizes: list[int] = []  # each row's number of pairs
        pairs_read: list[int] = []  # the numbers of every row's pairs, one row after the other
        number = self.pair_number.__getitem__
        for key, pairs in self.rows:
            keys.append(key)
            sizes.append(len(pairs))
            pairs_read.extend(map(number, pairs))
            if len(keys) == want:
                break
        else:
            self.done = True
        self.keys = np.concatenate([self.keys, np.asarray(keys, dtype=np.int64)])
        read = np.asarray(pairs_read, dtype=np.int64)
        row_of = np.repeat(np.arange(len(keys)), np.asarray(sizes, dtype=np.int64))
        facet_of = self.pair_facet[read]
        for i, f in enumerate(self.numbers):
            here = facet_of == i  # the facet's pairs, in the order of the rows and of each row's pairs
            old_lens, old_vals = self.facets.get(f, (np.zeros(0, np.int64), np.zeros(0, np.int32)))
            self.facets[f] = (np.concatenate([old_lens, np.bincount(row_of[here], minlength=len(keys)).astype(np.int64)]),
                              np.concatenate([old_vals, self.pair_value[read[here]]]))

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
    """The new arrays, written a window at a time into new rows of the arrays' tables, made at their
    final sizes beside the old rows (which are read meanwhile); ``install`` deletes the old rows.
    (Readers never see both: it is one transaction.)"""

    def __init__(self, conn: sqlite3.Connection, n: int, entries: dict[str, int]):
        self.conn, self.n, self.entries = conn, n, entries
        self.keys_row = conn.execute("INSERT INTO search_facet_keys VALUES (zeroblob(?))", (8 * n,)).lastrowid
        self.keys = conn.blobopen("search_facet_keys", "keys", self.keys_row, readonly=False)
        self.facets = {}
        for facet, m in entries.items():
            rowid = conn.execute("INSERT INTO search_facet_index VALUES (?, zeroblob(?), zeroblob(?))",
                                 (facet, 4 * (n + 1), 4 * m)).lastrowid
            indptr = conn.blobopen("search_facet_index", "indptr", rowid, readonly=False)
            indptr.write(np.zeros(1, dtype=np.int32).tobytes())
            self.facets[facet] = [indptr, conn.blobopen("search_facet_index", "indices", rowid, readonly=False), 0, rowid]
        self.rows = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for indptr, indices, _, _ in self.facets.values():
            indptr.close()
            indices.close()
        self.keys.close()

    def write(self, keys: np.ndarray, facets: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        if self.rows + len(keys) > self.n:
            raise ValueError("search index out of step: more rows than the counts say")
        self.keys.write(keys.astype(np.int64).tobytes())
        for facet, (lens, values) in facets.items():
            indptr, indices, end, _ = self.facets[facet]
            if end + len(values) > self.entries[facet]:
                raise ValueError(f"search index out of step: more {facet} values than the counts say")
            indptr.write((end + np.cumsum(lens)).astype(np.int32).tobytes())
            indices.write(values.astype(np.int32).tobytes())
            self.facets[facet][2] = end + len(values)
        self.rows += len(keys)

    def index_rows(self) -> str:
        """The rowids of the new search_facet_index rows, as a JSON list."""
        return json.dumps([row for *_, row in self.facets.values()])

    def install(self) -> None:
        """The old rows deleted (the new ones checked complete first)."""
        if self.rows != self.n or any(end != self.entries[f] for f, (_, _, end, _) in self.facets.items()):
            raise ValueError("search index out of step: fewer rows or values than the counts say")
        self.conn.execute("DELETE FROM search_facet_keys WHERE rowid != ?", (self.keys_row,))
        self.conn.execute("DELETE FROM search_facet_index WHERE rowid NOT IN (SELECT value FROM json_each(?))",
                          (self.index_rows(),))
