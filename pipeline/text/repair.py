"""Repair and normalise crawled text, keeping offsets back to the original.

``repair_document`` is the stage: a pure function from a ``RawDocument`` to a
``CleanDocument``.  Each step below rewrites a ``Tracked`` text and records
what it changed in the document's quality report: mojibake (``mojibake``), the
character steps (``chars``), whitespace here, then the line repairs (``lines``).
"""
from __future__ import annotations

import re

from pipeline.core.records import CleanDocument, QualityReport, RawDocument
from pipeline.text.chars import UNREADABLE, halfwidth, simplify, strip_pinyin_residue
from pipeline.text.lines import line_repairs
from pipeline.text.mojibake import repair_mojibake
from pipeline.text.tracked import Tracked

_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_SPACES = re.compile(r"[ \t\f\v]+")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", re.M)


def collapse_whitespace(t: Tracked, report: QualityReport) -> Tracked:
    """Runs of spaces become one; spaces at line ends go.  Spaces between Chinese
    characters are dropped later, in text lines only: bylines need them."""
    text = t.text

    def fix(m: re.Match[str]) -> str | None:
        b = m.end()
        if b == len(text) or text[b] == "\n":
            return ""
        # Indentation stays as one space: it tells a new paragraph from a page break.
        return " " if m.group(0) != " " else None

    t2, applied = t.sub(_SPACES, fix)
    report.bump("whitespace", len(applied))
    return t2


def repair_document(raw: RawDocument) -> CleanDocument:
    report = QualityReport(encoding=raw.encoding)
    t = Tracked.original(raw.text)
    t, _ = t.sub(re.compile(r"\r\n?"), lambda m: "\n")
    t, _ = t.sub(_INVISIBLE, lambda m: "")
    if raw.format == "md":  # markdown marks are layout, not text
        t, applied = t.sub(_MD_MARKS, lambda m: "")
        report.bump("markdown", len(applied))
    t = repair_mojibake(t, report)
    t = strip_pinyin_residue(t, report)
    t = simplify(t, report)
    t = halfwidth(t, report)
    t = collapse_whitespace(t, report)
    t, lines = line_repairs(t, report)
    report.unreadable = [(m.start(), m.end()) for m in re.finditer(f"{UNREADABLE}+", t.text)]
    return CleanDocument(raw=raw, text=t.text, offsets=t.origin, lines=lines, quality=report)


def clean_snippet(text: str) -> str:
    """A piece of crawled text repaired as a document would be, on one line."""
    raw = RawDocument(path="<snippet>", id="", encoding="utf-8", format="txt", text=text, size=len(text))
    return repair_document(raw).text.replace("\n", "")
