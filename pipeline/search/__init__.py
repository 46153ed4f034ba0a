"""Chinese full-text search over measures and articles: query syntax, filters, exact facets,
suggestions, neighbours, and the one serialiser of a search hit.

The rooms, each one job: ``syntax`` (query syntax, bigrams), ``index`` (the search
tables, rebuilt at the end of every build), ``catalog`` (a knowledge base's facet
values), ``filters`` (what people type, read against them), ``query`` (searching,
counting), ``hits`` (one hit as the API, CLI and downloads give it), ``facet_counts``
(exact counts, top values, one facet's values), ``beside`` (a second connection on a pool
thread), ``suggestions``, ``neighbours``, ``articles``.  The names below are the API the
page, the JSON API, the CLI and Datasette use.
"""
from pipeline.search.articles import (PLACE_FIELDS_ZH, article, article_facets, count_article_choices, count_articles, find_articles, measure_beside, measure_moved_to, measure_retired, moved_to, original,
                                      search_articles)
from pipeline.search.facet_counts import FACET_LIMIT, NEWEST_FIRST, FacetValues, facet_values, facets
from pipeline.search.filters import Filters, Note, Resolved, resolve
from pipeline.search.hits import ARTICLE_COLUMNS, FLAT_COLUMNS, flat, flat_article, flat_columns, highlight, record, region, spreadsheet_text
from pipeline.search.index import FACET_ZH, FACETS, PLACE_FACETS, rebuild_index
from pipeline.search.neighbours import repost_of, similar
from pipeline.search.query import (LAST_ROW, MAX_RESULTS, ORDER_ZH, ORDERS, RANK_ALL, RANK_FULL, SearchResult, check_limit, check_order, count, count_choices,
                                   search)
from pipeline.search.suggestions import NOTHING_ZH, Suggestion, articles_found, named_places, nothing_found, suggest
from pipeline.search.syntax import MAX_QUERY_CHARS, SYNTAX_HELP, Query, QueryError, Term, parse
from pipeline.search.tokens import normalize

__all__ = [
    "ARTICLE_COLUMNS", "FACETS", "FACET_LIMIT", "FACET_ZH", "FLAT_COLUMNS", "LAST_ROW", "MAX_QUERY_CHARS", "MAX_RESULTS", "NEWEST_FIRST", "ORDER_ZH", "ORDERS", "PLACE_FACETS", "PLACE_FIELDS_ZH", "RANK_ALL", "RANK_FULL", "SYNTAX_HELP",
    "NOTHING_ZH", "FacetValues", "Filters", "Note", "Query", "QueryError", "Resolved", "SearchResult", "Suggestion", "Term",
    "article", "article_facets", "articles_found", "check_limit", "check_order", "count", "count_article_choices", "count_articles", "count_choices", "find_articles", "facet_values", "measure_beside", "measure_moved_to", "measure_retired", "moved_to", "facets", "named_places", "nothing_found", "flat", "flat_article", "flat_columns", "highlight", "normalize", "original",
    "parse", "rebuild_index", "record", "region", "repost_of", "resolve", "search", "search_articles", "similar", "spreadsheet_text", "suggest",
]
