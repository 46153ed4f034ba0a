"""Text that remembers where each character came from.

Every repair rewrites a ``Tracked`` into a new one, so after any number of
repairs each character of the cleaned text still points at its position in
the original file.  Characters that replace a span of a different length all
point into that span (the first character at its start).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
import re


class Tracked:
    __slots__ = ("text", "origin")

    def __init__(self, text: str, origin: list[int] | None = None):
        self.text = text
        # origin has one extra slot: the position just past the end.
        self.origin = origin if origin is not None else _positions(len(text) + 1)

    @classmethod
    def original(cls, text: str) -> "Tracked":
        return cls(text)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def replace_spans(self, edits: Iterable[tuple[int, int, str]]) -> "Tracked":
        """Apply non-overlapping (start, end, replacement) edits, sorted by start."""
        parts: list[str] = []
        origin: list[int] = []
        pos = 0
        src = self.origin
        for start, end, repl in edits:
            if start < pos:
                raise ValueError(f"overlapping edit at {start}")
            parts.append(self.text[pos:start])
            origin.extend(src[pos:start])
            n, k = end - start, len(repl)
            if k <= n:  # (as long or shorter: each character points at the replaced one in its place)
                origin.extend(src[start:start + k])
            else:
                origin.extend(_stretched(src, start, n, k))
            parts.append(repl)
            pos = end
        parts.append(self.text[pos:])
        origin.extend(src[pos:])
        return Tracked("".join(parts), origin)

    def sub(
        self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None]
    ) -> tuple["Tracked", list[tuple[re.Match[str], str]]]:
        """Like ``re.sub`` with a function; a None replacement keeps the match.

        Returns the new text and the (match, replacement) pairs applied.
        """
        edits = []
        applied = []
        for m in pattern.finditer(self.text):
            r = repl(m)
            if r is None or r == m.group(0):
                continue
            edits.append((m.start(), m.end(), r))
            applied.append((m, r))
        if not edits:
            return self, []
        return self.replace_spans(edits), applied

    def map_chars(self, fn: Callable[[str], str]) -> "Tracked":
        """Apply a length-preserving conversion; falls back per chunk if it is not."""
        out = fn(self.text)
        if len(out) == len(self.text):
            return Tracked(out, self.origin)
        # Rare: a phrase conversion changed a length.  Convert chunk by chunk so
        # the damage to the offsets stays inside one chunk.
        edits = []
        for m in re.finditer(r"[^\n。，,；;！？!?]+", self.text):
            conv = fn(m.group(0))
            if conv != m.group(0):
                edits.append((m.start(), m.end(), conv))
        return self.replace_spans(edits)


_SHARED_POSITIONS = 1 << 16  # (a long article is 50 KB: most texts are far shorter)


@lru_cache(maxsize=1)
def _position_table() -> list[int]:
    """0, 1, 2, … up to _SHARED_POSITIONS: never changed, only sliced."""
    return list(range(_SHARED_POSITIONS))


def _positions(n: int) -> list[int]:
    """``list(range(n))``, as a slice of one shared table where it is long enough: a slice copies references
    to the table's int objects, where range makes a new object for every position past 256 (an original
    text's offsets cost a tenth as much)."""
    return _position_table()[:n] if n <= _SHARED_POSITIONS else list(range(n))


def _stretched(src: list[int], start: int, n: int, k: int) -> list[int]:
    """The origins of ``k`` characters replacing the ``n`` from ``start``: the i-th points at the i-th
    replaced one, those beyond the span's last at the last (an insertion's all at ``start``).  Slices,
    not a look-up per character."""
    last = start + max(n - 1, 0)
    head = min(k, last - start)
    return src[start:start + head] + [src[last]] * (k - head)


class Builder:
    """Assemble a new ``Tracked`` from pieces of an old one."""

    def __init__(self, src: Tracked):
        self.src = src
        self.parts: list[str] = []
        self.origin: list[int] = []
        self.pos = 0

    def copy(self, start: int, end: int) -> None:
        self.parts.append(self.src.text[start:end])
        self.origin.extend(self.src.origin[start:end])
        self.pos += end - start

    def put(self, text: str, at: int) -> None:
        """Insert new text that stands for the original position of src char ``at``."""
        self.parts.append(text)
        self.origin.extend([self.src.origin[at]] * len(text))
        self.pos += len(text)

    def build(self) -> Tracked:
        end = self.origin[-1] + 1 if self.origin else self.src.origin[-1]
        return Tracked("".join(self.parts), self.origin + [end])
