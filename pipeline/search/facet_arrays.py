"""The facet arrays: for every key of the search index (ascending), the numbers of its values in
each facet, as CSR int32 arrays.  A round of index changes merges into them a window at a time
(``facet_merge``); here they are read whole, for counting.
"""
from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
import sqlite3
import threading

import numpy as np


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
    """Values by key (arrays, or any other answer with its size given), the least recently used dropped past
    ``limit`` bytes; safe across threads."""

    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key][0]

    def put(self, key, value, nbytes: int | None = None) -> None:
        """``nbytes``: what the value holds, for one that is no array."""
        with self._lock:
            if key in self._items:
                return
            if isinstance(value, np.ndarray):
                value.setflags(write=False)  # shared by every later request that asks for the same
            size = value.nbytes if nbytes is None else nbytes
            self._items[key] = (value, size)
            self.size += size
            while self.size > self.limit and self._items:
                self.size -= self._items.popitem(last=False)[1][1]
