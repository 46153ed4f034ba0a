"""Measures: the clauses that say what a region did, each under its section heading."""
from __future__ import annotations

import re

from pipeline.core.lexicons import word_list
from pipeline.core.records import Article, Measure
from pipeline.text.chars import UNREADABLE

def _action() -> re.Pattern[str]:
    global _ACTION
    if _ACTION is None:
        verbs = sorted(word_list("measure_verbs.txt"), key=len, reverse=True)
        _ACTION = re.compile("|".join(map(re.escape, verbs)))
    return _ACTION


_ACTION: re.Pattern[str] | None = None
# A sentence with a subject, a modal or an aspect marker is body text, not a lead heading.
_BODY_MARKERS = re.compile(r"要|应当|应|将|了|已|通过|目前|截至|据|由于|根据|按照")
# Abstracts and editors' notes summarise the article: their clauses are not measures.
_SUMMARY = re.compile(r"^[【\[(（]?\s*(?:摘要|内容提要|提要|编者按|导语|核心提示)\s*[】\])）]?\s*[:：]?")
_CLAUSE = re.compile(r"[^；;。！？!?]+[；;。！？!?]*")


def _lead(paragraph: str) -> tuple[str | None, int]:
    """树立鲜明用人导向,提升基层经历的“含金量”。 opening a paragraph: (lead, its length)."""
    m = re.match(r"[^。！？!?]{4,40}[。！？!?]", paragraph)
    if not m or len(m.group(0)) >= len(paragraph) - 2 or re.search(r"\d", m.group(0)):
        return None, 0
    lead = m.group(0)
    if _action().search(lead) and re.search("[，,]", lead) is None and len(lead) > 20:
        return None, 0
    if _BODY_MARKERS.search(lead):
        return None, 0
    return lead.rstrip("。！？!?"), m.end()


def find_measures(article: Article) -> list[Measure]:
    out: list[Measure] = []
    heading: str | None = None
    for p in article.paragraphs:
        if p.heading:
            heading = p.text
            continue
        if _SUMMARY.match(p.text):
            continue
        lead, skip = _lead(p.text) if p.index > 0 else (None, 0)
        current = lead or heading
        body_start = p.start + skip
        for m in _CLAUSE.finditer(article.text, body_start, p.end):
            clause = m.group(0).strip()
            if len(clause) < 6 or not _action().search(clause) or UNREADABLE in clause:
                continue
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append(Measure(text=clause, heading=current, start=s, end=s + len(clause)))
    return out


def link(measures: list[Measure], items, attr: str) -> None:
    """Attach the index of every item (figure, slogan, …) lying inside a measure."""
    for i, it in enumerate(items):
        spans = getattr(it, "mentions", None) or [(it.start, it.end)]
        for s, e in spans:
            if s is None:
                continue
            for m in measures:
                if m.start <= s and e <= m.end:
                    getattr(m, attr).append(i)
                    break

