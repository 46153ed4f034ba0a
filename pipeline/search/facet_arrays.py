"""The facet arrays: for every key of the search index (ascending), the numbers of its values in
each facet, as CSR int32 arrays.  A round of index changes merges into them (keys taken out,
keys put in, values renumbered in sorted order): nothing is re-read from the rows, and the
result is the same as building them at once from the final rows.
"""
from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
import sqlite3
import threading

import numpy as np

Pairs = list[tuple[str, str]]


@dataclass
class FacetArrays:
    keys: np.ndarray                                   # int64, ascending: row i of every CSR pair
    numbers: dict[str, dict[str, int]]                 # facet -> value -> its number
    csr: dict[str, tuple[np.ndarray, np.ndarray]]      # facet -> (indptr, indices)
    n: Counter                                         # (facet, value) -> measures carrying it

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> FacetArrays:
        row = conn.execute("SELECT keys FROM search_facet_keys").fetchone()
        keys = np.frombuffer(row[0], dtype=np.int64) if row else np.zeros(0, dtype=np.int64)
        numbers: dict[str, dict[str, int]] = {}
        n: Counter = Counter()
        for facet, value, idx, count in conn.execute("SELECT facet, value, idx, n FROM search_facet_values"):
            numbers.setdefault(facet, {})[value] = idx
            n[(facet, value)] = count
        csr = {f: (np.frombuffer(a, dtype=np.int32), np.frombuffer(b, dtype=np.int32))
               for f, a, b in conn.execute("SELECT facet, indptr, indices FROM search_facet_index")}
        return cls(keys, numbers, csr, n)

    def updated(self, gone_keys: list[int], added: list[tuple[int, Pairs]], counts: Counter) -> FacetArrays:
        """The arrays without ``gone_keys`` and with ``added`` (key, pairs), values numbered anew
        (sorted by value) for the ``counts`` that remain."""
        numbers: dict[str, dict[str, int]] = {}
        for facet, value in sorted(counts):
            numbers.setdefault(facet, {})[value] = len(numbers.get(facet, ()))
        keep = ~np.isin(self.keys, np.asarray(gone_keys, dtype=np.int64))
        add_keys = np.fromiter((k for k, _ in added), dtype=np.int64, count=len(added))
        merged = np.concatenate([self.keys[keep], add_keys])
        order = np.argsort(merged, kind="stable")
        rows, vals = _added_by_facet(added, numbers)
        csr = {}
        for facet, by_value in numbers.items():
            old_lens, old_vals = self._kept(facet, keep, by_value)
            add_lens = np.bincount(np.asarray(rows.get(facet, []), dtype=np.int64), minlength=len(added))
            lens = np.concatenate([old_lens, add_lens])
            values = np.concatenate([old_vals, np.asarray(vals.get(facet, []), dtype=np.int32)])
            csr[facet] = _reordered(lens, values, order)
        return FacetArrays(merged[order], numbers, csr, counts)

    def _kept(self, facet: str, keep: np.ndarray, by_value: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        """Lengths and renumbered values of the kept rows' entries in this facet."""
        if facet not in self.csr:
            return np.zeros(int(keep.sum()), dtype=np.int64), np.zeros(0, dtype=np.int32)
        indptr, indices = self.csr[facet]
        lens = np.diff(indptr).astype(np.int64)
        old = self.numbers.get(facet, {})
        remap = np.full(max(old.values(), default=-1) + 1, -1, dtype=np.int32)
        for value, i in old.items():
            remap[i] = by_value.get(value, -1)
        values = remap[indices[np.repeat(keep, lens)]]
        if (values < 0).any():
            raise ValueError(f"search index out of step: a kept measure carries a {facet} value counted out")
        return lens[keep], values

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM search_facet_keys")
        conn.execute("INSERT INTO search_facet_keys VALUES (?)", (self.keys.astype(np.int64).tobytes(),))
        conn.execute("DELETE FROM search_facet_index")
        conn.executemany("INSERT INTO search_facet_index VALUES (?, ?, ?)",
                         [(f, p.astype(np.int32).tobytes(), i.astype(np.int32).tobytes()) for f, (p, i) in self.csr.items()])


def _added_by_facet(added: list[tuple[int, Pairs]], numbers: dict[str, dict[str, int]]):
    """Per facet, the row (position in ``added``) and value number of every new entry, in order."""
    rows: dict[str, list[int]] = {}
    vals: dict[str, list[int]] = {}
    for i, (_, pairs) in enumerate(added):
        for facet, value in pairs:
            rows.setdefault(facet, []).append(i)
            vals.setdefault(facet, []).append(numbers[facet][value])
    return rows, vals


def _reordered(lens: np.ndarray, values: np.ndarray, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CSR arrays of the segments (``lens`` long, one after the other in ``values``) taken in ``order``."""
    starts = np.cumsum(lens) - lens
    new_lens = lens[order]
    gather = np.repeat(starts[order] - (np.cumsum(new_lens) - new_lens), new_lens) + np.arange(int(new_lens.sum()))
    indptr = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(new_lens, out=indptr[1:])
    return indptr.astype(np.int32), values[gather].astype(np.int32)


MEASURE_BITS = 0xFFFFFFFF  # a key's low 32 bits are its measure id (search.index)
COMPLEMENT_OVER = 0.5  # share of all rows past which the rows that do not match are counted instead
MEMO_BYTES = 32 << 20  # counts remembered per file version: a facet's counts are one int64 per value


class Counting:
    """The arrays made ready for counting (built once per file version): the row of every
    measure id, a plain value-per-row array for facets where no row has two values, and the
    counts already made, remembered by what they count."""

    def __init__(self, arrays: FacetArrays):
        self.arrays = arrays
        ids = arrays.keys & MEASURE_BITS
        self.row_of = np.full(int(ids.max(initial=-1)) + 1, -1, dtype=np.int64)
        self.row_of[ids] = np.arange(len(ids))
        self.middle = int(arrays.keys[len(ids) // 2]) if len(ids) else 0  # a key with half the index below it
        self.single: dict[str, np.ndarray] = {}
        for facet, (indptr, indices) in arrays.csr.items():
            lens = np.diff(indptr)
            if len(lens) and lens.max() <= 1:
                one = np.full(len(lens), len(arrays.numbers[facet]), dtype=np.int64)  # "no value" counted past the end
                one[lens == 1] = indices
                self.single[facet] = one
        every = np.arange(len(ids))
        self._totals = {facet: self.count(facet, every) for facet in arrays.csr}
        for n in self._totals.values():
            n.setflags(write=False)
        self._memo = Memo(MEMO_BYTES)

    def rows(self, measure_ids: np.ndarray) -> np.ndarray:
        """The rows of these measures (ids not in the arrays are left out)."""
        ids = measure_ids[measure_ids < len(self.row_of)]
        rows = self.row_of[ids]
        return rows[rows >= 0]

    def counts(self, facets: list[str], key: str, measure_ids: Callable[[], np.ndarray]) -> dict[str, np.ndarray]:
        """How many of the measures ``measure_ids()`` gives carry each value number of each facet.
        Remembered under ``key`` (what names those measures in this file version, e.g. their FTS
        expression): ``measure_ids`` is called only when a facet's counts are not remembered."""
        out = {f: self._memo.get((key, f)) for f in facets}
        missing = [f for f, n in out.items() if n is None]
        if missing:
            rows = self.rows(measure_ids())
            # Counting the rows that do not match costs less when fewer do not: all minus those.
            rest = self._complement(rows) if len(rows) > COMPLEMENT_OVER * len(self.arrays.keys) else None
            for f in missing:
                out[f] = self.count(f, rows) if rest is None else self.total(f) - self.count(f, rest)
                self._memo.put((key, f), out[f])
        return out

    def total(self, facet: str) -> np.ndarray:
        """How many measures of the whole index carry each value number of the facet."""
        return self._totals[facet]

    def _complement(self, rows: np.ndarray) -> np.ndarray:
        keep = np.ones(len(self.arrays.keys), dtype=bool)
        keep[rows] = False
        return np.flatnonzero(keep)

    def count(self, facet: str, rows: np.ndarray) -> np.ndarray:
        """How many of these rows (distinct) carry each value number of the facet."""
        n = len(self.arrays.numbers[facet])
        if facet in self.single:
            return np.bincount(self.single[facet][rows], minlength=n + 1)[:n]
        indptr, indices = self.arrays.csr[facet]
        starts, lens = indptr[rows], indptr[rows + 1] - indptr[rows]
        first = np.repeat(starts - np.cumsum(lens) + lens, lens)
        return np.bincount(indices[first + np.arange(int(lens.sum()))], minlength=n)


class Memo:
    """Arrays by key, the least recently used dropped past ``limit`` bytes; safe across threads."""

    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key) -> np.ndarray | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key, value: np.ndarray) -> None:
        with self._lock:
            if key in self._items:
                return
            value.setflags(write=False)  # shared by every later request that asks for the same
            self._items[key] = value
            self.size += value.nbytes
            while self.size > self.limit and self._items:
                self.size -= self._items.popitem(last=False)[1].nbytes
