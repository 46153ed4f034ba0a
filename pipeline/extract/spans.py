"""The span layer of extraction, after spaCy's design: components declare what they read
(``requires``) and what they write (``assigns``); their spans live in named span groups
(``SpanGroups``, core/records.py); overlaps are settled in one place, by one rule (``Taken``).

The rule.  A component lists the groups it *yields to* (``yields``).  Before it runs, the
spans of those groups are taken (``Taken``), and the component emits no span that shares a
character with a taken span.  So between components, precedence is the order of ``COMPONENTS``
(pipeline/extract/article.py): a group can only yield to a group assigned earlier, which
``check_order`` enforces at import time.  Where a component settles its own candidates by the
same rule (dates, place names) it claims each span as it goes and the first offered wins: a
date in the order of its patterns (full, year and month, year, relative, month and day, day),
a place name leftmost first, then longest first (where spaCy's ``filter_spans`` takes the
longest first).  Spans are half-open ``(start, end)`` offsets into the article text; an empty
span takes nothing.

Two tests look like overlaps but are not, and stay with their component: a quoted term lying
wholly inside a slogan's mention belongs to that slogan (containment: a quote that only
touches a mention is still a term), and a clause holding unreadable marks close together is not a
measure (a test of the clause's own text, not of another group's spans; a lone mark, an icon's or a
lost character's, is read past: extract/measures.py).
"""
from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Any, Callable, Iterable, Iterator


class Taken:
    """Characters of one text already claimed: the one overlap test of extraction (see above)."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()):
        self._mask = mask = bytearray(size)  # linear however many spans are taken or asked about
        for a, b in spans:
            mask[a:b] = b"\x01" * (b - a)  # take(a, b), without a call per span (hundreds per article)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``start:end`` shares a character with a taken span."""
        # (find reads its bounds as a slice does: the same answer as any(mask[start:end]), no copy)
        return self._mask.find(1, start, end) >= 0

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def claim(self, start: int, end: int) -> bool:
        """Take ``start:end`` unless it overlaps a taken span; True when it was free."""
        if self.overlaps(start, end):
            return False
        self.take(start, end)
        return True


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int | Callable[[str, int, int], int],
                  text: str, near: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each match of which holds a match of ``anchor`` (a
    character: 日 for 23日, the 、 of a list) starting ``near`` to ``reach`` characters after the
    match's own start; or, with ``reach`` a function, at or after the position ``reach(text, k, lo)``
    gives for an anchor at ``k`` (no match starting before ``lo`` is asked for).

    No match can start elsewhere, so only those starts are tried (a whole-text scan tries every
    position: a text holds a few 日 in thousands of characters).  The anchors come left to right,
    and so do their windows of starts: each window is tried from where the last one stopped, each
    start once, and after a match the scan goes on at its end, as finditer's does.  ``pattern``
    never matches the empty string."""
    s = 0  # the next start to try: past the last one tried and the last match
    match = pattern.match
    for a in anchor.finditer(text):
        k = a.start()
        s = max(s, k - reach if reach.__class__ is int else reach(text, k, s))
        while s <= k - near:
            if m := match(text, s):
                yield m
                s = m.end()
            else:
                s += 1


@dataclass(frozen=True)
class Component:
    """One extractor: ``run(doc, exclude)`` reads the groups of ``requires`` from ``doc``, writes
    those of ``assigns``, and emits no span overlapping ``exclude`` (the spans of ``yields``)."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Any, list[tuple[int, int]]], None]
    yields: tuple[str, ...] = ()


def check_order(components: Iterable[Component], given: Iterable[str] = ()) -> None:
    """Raise ValueError when a component requires (or yields to) a group that neither ``given``
    nor an earlier component assigns."""
    known = set(given)
    for c in components:
        missing = [g for g in (*c.requires, *c.yields) if g not in known]
        if missing:
            raise ValueError(
                f"extraction component {c.name!r} requires {', '.join(map(repr, missing))}, which no earlier "
                f"component assigns (assigned so far: {', '.join(sorted(known)) or 'nothing'})")
        unread = [g for g in c.yields if g not in c.requires]
        if unread:
            raise ValueError(f"extraction component {c.name!r} yields to {', '.join(map(repr, unread))} "
                             "without requiring it")
        known.update(c.assigns)
