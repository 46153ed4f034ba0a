"""Where to go from a search: the category, slogan or group named like the query; and when
nothing matched, a shorter query, its words apart, a filter dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
import sqlite3

from pipeline.search.catalog import Catalog, Value, catalog, norm
from pipeline.search.filters import Filters, Resolved, resolve
from pipeline.search.index import FACET_ZH
from pipeline.search.query import SearchResult, count
from pipeline.search.syntax import Query, Term, edge_strip
from pipeline.search.tokens import SPACES


@dataclass
class Suggestion:
    text: str
    query: str
    filters: dict[str, str]
    n: int

    def as_dict(self) -> dict:
        return {"text": self.text, "q": self.query, "filters": self.filters, "count": self.n}


def suggest(conn: sqlite3.Connection, result: SearchResult, articles: bool = False) -> list[Suggestion]:
    """Where to go from here: the category (or slogan, group) named like the query; and when
    nothing matched, a shorter query, the query's words found apart, a filter dropped.
    ``articles``: the result is an article search's, and so are the counts offered."""
    from pipeline.search.articles import count_articles

    counted, unit, things = (count_articles, "篇", "篇文章") if articles else (count, "条", "条举措")
    cat = catalog(conn)
    q, res = result.query, result.resolved or Resolved(Filters())
    base = res.filters
    out: list[Suggestion] = []

    def offer(text: str, query: Query, filters: Filters) -> None:
        if not query.clauses and not filters.active() and (articles or query.exclude):
            return  # (an article search needs words or a filter; excluded words alone select nothing to search)
        r = resolve(cat, filters)
        n = counted(conn, query, r)
        key = (query.text(), tuple(sorted(filters.active().items())))
        if n and all((s.query, tuple(sorted(s.filters.items()))) != key for s in out):
            out.append(Suggestion(text.format(n=n), query.text(), filters.active(), n))

    for clause in q.clauses:
        for facet in ("category", "slogan", "group"):
            for x in _same_name(cat, facet, clause):
                if all(v.value != x.value for v in res.values.get(facet, [])):
                    rest = q.replaced([c for c in q.clauses if c is not clause])
                    offer(f"{FACET_ZH[facet]}“{x.label}”共 {{n}} {things}", rest, base.with_(facet, x.value))
    if result.total:
        return out
    for t in (t for c in q.clauses if len(c) == 1 for t in c):
        words = _words(t.text)
        if len(words) > 1:
            apart = q.replaced([[Term(w)] if c == [t] else c for c in q.clauses for w in (words if c == [t] else [None])])
            offer("分开搜索 " + apart.text() + "：{n} " + unit, apart, base)
    if len(q.clauses) > 1:
        for c in q.clauses:
            shorter = q.replaced([x for x in q.clauses if x is not c])
            offer("去掉“" + " OR ".join(t.text for t in c) + "”：{n} " + unit, shorter, base)
    elif q.clauses and len(q.clauses[0]) == 1:
        for part in _shorter(q.clauses[0][0].text)[:8]:
            before = len(out)
            offer(f"更短的词“{part}”：{{n}} {unit}", q.replaced([[Term(part)]]), base)
            if len(out) > before:
                break
    for facet, given in base.active().items():
        vals = res.values.get(facet) or []
        # (as its chip names it: 容错纠错, not the id tolerate; but a span of years as given, 2020-2023, even
        # when only 2023 of it has measures)
        shown = vals[0].label if len(vals) == 1 and facet != "year" else given
        offer(f"去掉筛选 {FACET_ZH.get(facet, facet)}“{shown}”：{{n}} {unit}", q, base.without(facet))
    return out


def _same_name(cat: Catalog, facet: str, clause: list[Term]) -> list[Value]:
    want = {norm(t.text) for t in clause}
    return [x for x in cat.values.get(facet, []) if not want.isdisjoint(cat.norm[(x.facet, x.value)][:2])]


def _words(text: str) -> list[str]:
    from pipeline.nlp.segment import get_segmenter

    return [w for w in get_segmenter().cut(SPACES.sub("", text)) if edge_strip(w)]


def _shorter(text: str) -> list[str]:
    """Runs of whole words of the term, longest first (驻村第一书记补贴 -> 驻村第一书记, …)."""
    words = _words(text)
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    runs.discard(SPACES.sub("", text))
    return sorted((r for r in runs if len(r) >= 2), key=lambda r: (-len(r), r))
