"""A Datasette plugin (registered under the ``datasette`` entry point): the SQL function
``policykb_match(q)`` turns a query in policykb's syntax into the FTS5 expression of the
bigram index, so the canned queries 搜索举措 / 搜索文章 take words of any length."""
from __future__ import annotations

from datasette import hookimpl


def policykb_match(q: str | None) -> str:
    from pipeline.search.syntax import QueryError, parse

    try:
        return parse(q or "").expression() or '"§nothing"'
    except QueryError:
        return '"§nothing"'  # matches nothing: Datasette shows an empty table, not an error


@hookimpl
def prepare_connection(conn):
    conn.create_function("policykb_match", 1, policykb_match, deterministic=True)
