"""What to fetch: source lines, URL normalisation (pipeline.text.urls), URL filters and date windows.

Pure functions only; nothing here touches the network or the disk except
``read_source_file``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
import os
import re
from urllib.parse import urlsplit

from pipeline.text.saved import decode_saved
from pipeline.text.urls import normalize_url

KINDS = ("auto", "site")


class SourceError(ValueError):
    """A source line that cannot be used; the message names the line and the reason."""


@dataclass(frozen=True)
class Source:
    """One thing to start fetching from.

    ``auto``: a sitemap, a feed or an HTML page, told apart by what it returns.
    ``site``: a site's home page, whose sitemaps (robots.txt) and feeds (<link rel=alternate>) are
    looked up as well.  ``depth`` is how many links deep to follow same-site links from an HTML page.
    """

    url: str
    kind: str = "auto"
    depth: int = 0
    match: tuple[str, ...] = ()


def parse_source(text: str, depth: int = 0, where: str = "argument") -> Source:
    """``[site:]URL [depth=N] [match=REGEX]...`` -> Source."""
    parts = text.split()
    if not parts:
        raise SourceError(f"{where}: empty source")
    url, kind = parts[0], "auto"
    for k in KINDS:
        if url.startswith(k + ":") and not url.startswith(k + "://"):
            kind, url = k, url[len(k) + 1:]
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise SourceError(f"{where}: {parts[0]!r} is not an http(s) URL")
    match: list[str] = []
    for opt in parts[1:]:
        key, _, value = opt.partition("=")
        if key == "depth" and value.isdigit():
            depth = int(value)
        elif key == "match" and value:
            _compile(value, where)
            match.append(value)
        else:
            raise SourceError(f"{where}: unknown option {opt!r} (expected depth=N or match=REGEX)")
    return Source(normalize_url(url), kind, depth, tuple(match))


def read_source_file(path: str | os.PathLike, depth: int = 0) -> list[Source]:
    """A list of sources, one per line; ``#`` starts a comment.  Read as a crawl's manifest is (UTF-8, UTF-16 with
    its mark, else GB18030): a list saved by Notepad on a Chinese Windows, with a Chinese comment, was a traceback."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = decode_saved(data)
    except ValueError as e:
        raise SourceError(f"{path}: not read as a list of sources ({e})") from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split(" #")[0].strip()
        if line and not line.startswith("#"):
            out.append(parse_source(line, depth, where=f"{path}:{n}"))
    return out


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise SourceError(f"{where}: bad regular expression {pattern!r}: {e}") from None


def host_of(url: str) -> str:
    """The politeness unit: one server, whichever scheme reaches it (host and port)."""
    return urlsplit(normalize_url(url)).netloc


def origin_of(url: str) -> str:
    """What one robots.txt governs: scheme, host and port."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def same_site(url: str, other: str) -> bool:
    """Same host and port, where ``www.`` makes no difference."""
    def key(u: str) -> tuple[str, str]:
        p = urlsplit(u)
        return p.netloc.lower().removeprefix("www."), p.scheme.replace("https", "http")

    return key(url) == key(other)


@dataclass(frozen=True)
class UrlFilter:
    """Which discovered URLs to fetch: any ``match`` (if given) and no ``exclude``."""

    match: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def allows(self, url: str, extra_match: tuple[str, ...] = ()) -> bool:
        match = extra_match or self.match
        if match and not any(re.search(p, url) for p in match):
            return False
        return not any(re.search(p, url) for p in self.exclude)


# Dates that Chinese news sites put in article paths: /2024/05/20/, /2024-05/20/, /2024/0520/,
# /20240520/, t20240520_123.html.  A lone year-month (/2024-05/) counts as that month.
_URL_DATE = re.compile(r"(?<![\d])(20\d\d|19\d\d)([-/_]?)(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?![\d])")


def url_date(url: str) -> tuple[date, date] | None:
    """The day (or month) a URL's path names, as a (first, last) day range; None when it names none."""
    path = urlsplit(url).path
    for m in _URL_DATE.finditer(path):
        y, sep, mo, d = int(m[1]), m[2], int(m[3]), m[4]
        if d:
            try:
                day = date(y, mo, int(d))
            except ValueError:
                continue
            return day, day
        if sep:  # a bare 6-digit number is more often an id than a month
            return date(y, mo, 1), _month_end(y, mo)
    return None


def _month_end(y: int, mo: int) -> date:
    import calendar

    return date(y, mo, calendar.monthrange(y, mo)[1])


def parse_day(text: str | None) -> date | None:
    """The day of an ISO date or timestamp (sitemap lastmod, Atom dates), or of an RFC 822 date (RSS)."""
    if not text:
        return None
    text = text.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


@dataclass(frozen=True)
class DateWindow:
    since: date | None = None
    until: date | None = None

    def allows(self, span: tuple[date, date] | None) -> bool:
        """True when the span overlaps the window, or when nothing is known about the date."""
        if span is None:
            return True
        first, last = span
        return (self.since is None or last >= self.since) and (self.until is None or first <= self.until)
