"""``policykb fetch``: collect the corpus from sites, politely, into WARC files.

Sources (URL lists, sitemaps, feeds, start pages) go in; every response comes
out as a gzip WARC record under the output folder, with a manifest line per
attempt.  See ``crawl`` for the loop, ``client`` for the pace and limits,
``store`` for how a killed fetch resumes.
"""
from __future__ import annotations

import os
from pathlib import Path

from pipeline.fetch.crawl import DEFAULT_USER_AGENT, Crawler, Options, Report
from pipeline.fetch.sources import DateWindow, Source, SourceError, UrlFilter, parse_source, read_source_file
from pipeline.fetch.store import MANIFEST, Store, StoreError

__all__ = ["DEFAULT_USER_AGENT", "DateWindow", "MANIFEST", "Options", "Report", "Source", "SourceError", "StoreError",
           "UrlFilter", "fetch", "resolve_sources"]


def resolve_sources(args: list[str], depth: int = 0) -> list[Source]:
    """Command-line sources: a URL (``site:`` to discover its sitemaps and feeds) or a file listing them."""
    out: list[Source] = []
    for arg in args:
        if os.path.isfile(arg):
            out.extend(read_source_file(arg, depth))
        elif "://" in arg:
            out.append(parse_source(arg, depth))
        else:
            raise SourceError(f"{arg}: neither a URL nor a file of sources")
    return out


def fetch(sources: list[Source], out: str | os.PathLike, opts: Options = Options()) -> Report:
    """Fetch everything ``sources`` lead to into ``out``; resumes the run a kill interrupted."""
    from pipeline.fetch.client import Client

    store = Store(Path(out), opts.user_agent)
    complete = False
    try:
        client = Client(opts.user_agent, opts.delay, opts.timeout, opts.max_bytes)
        crawler = Crawler(store, client, opts)
        for s in sources:
            crawler.add_source(s)
        report = crawler.run()
        complete = True
    finally:
        store.close(complete)
    return report
