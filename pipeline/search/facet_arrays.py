"""The facet arrays: for every key of the search index (ascending), the numbers of its values in
each facet, as CSR int32 arrays.  A round of index changes merges into them a window at a time
(``facet_merge``); here they are read whole, for counting.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
import sqlite3

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


class Counting:
    """The arrays made ready for counting (built once per file version): the row of every
    measure id, and a plain value-per-row array for facets where no row has two values."""

    def __init__(self, arrays: FacetArrays):
        self.arrays = arrays
        ids = arrays.keys & MEASURE_BITS
        self.row_of = np.full(int(ids.max(initial=-1)) + 1, -1, dtype=np.int64)
        self.row_of[ids] = np.arange(len(ids))
        self.single: dict[str, np.ndarray] = {}
        for facet, (indptr, indices) in arrays.csr.items():
            lens = np.diff(indptr)
            if len(lens) and lens.max() <= 1:
                one = np.full(len(lens), len(arrays.numbers[facet]), dtype=np.int64)  # "no value" counted past the end
                one[lens == 1] = indices
                self.single[facet] = one

    def rows(self, measure_ids: np.ndarray) -> np.ndarray:
        """The rows of these measures (ids not in the arrays are left out)."""
        ids = measure_ids[measure_ids < len(self.row_of)]
        rows = self.row_of[ids]
        return rows[rows >= 0]

    def count(self, facet: str, rows: np.ndarray) -> np.ndarray:
        """How many of these rows carry each value number of the facet."""
        n = len(self.arrays.numbers[facet])
        if facet in self.single:
            return np.bincount(self.single[facet][rows], minlength=n + 1)[:n]
        indptr, indices = self.arrays.csr[facet]
        starts, lens = indptr[rows], indptr[rows + 1] - indptr[rows]
        first = np.repeat(starts - np.cumsum(lens) + lens, lens)
        return np.bincount(indices[first + np.arange(int(lens.sum()))], minlength=n)
