"""What a fetched source points to: sitemap entries, feed items, page links.

Pure functions of the bytes a server returned.  trafilatura finds feeds named
by a home page and sitemaps named by robots.txt, and courlan (its URL library)
pulls links out of a page; the sitemap and feed parsers are local because
trafilatura's drop the dates (``lastmod``, ``pubDate``) the date window needs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
import re
from urllib.parse import urljoin, urlsplit
import zlib

from pipeline.fetch.sources import normalize_url, parse_day

MAX_LINKS = 50_000  # the sitemap protocol's own limit per file


@dataclass(frozen=True)
class Link:
    url: str
    day: date | None = None  # lastmod / publication day, when the source gives one
    sitemap: bool = False  # a nested sitemap rather than a page


def charset_of(content_type: str | None, body: bytes = b"") -> str | None:
    """The charset the response declares: Content-Type first, then the page's own <meta>."""
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    if m:
        return m[1].lower()
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", body[:4096], re.I)
    if m:
        return m[1].decode("ascii").lower()
    m = re.search(rb"<\?xml[^>]+encoding=[\"']([\w.:-]+)", body[:200], re.I)
    return m[1].decode("ascii").lower() if m else None


def to_text(body: bytes, charset: str | None) -> str:
    """Text for link finding: the declared charset if it decodes, else the corpus reader's detection."""
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    from pipeline.text.ingest import IngestError, decode

    try:
        return decode(body)[0]
    except IngestError:
        return body.decode("utf-8", "replace")


def kind_of(content_type: str | None, body: bytes) -> str:
    """"sitemap", "feed", "html" or "other", from the body first (servers mislabel XML)."""
    head = _ungzip(body)[:1024].lstrip().lower()
    root = _root_name(head)
    if root in ("urlset", "sitemapindex"):
        return "sitemap"
    if root in ("rss", "feed", "rdf"):
        return "feed"
    ct = (content_type or "").lower()
    if "html" in ct or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if ct.startswith("text/plain") and all(ln.startswith(b"http") for ln in head.splitlines()[:5] if ln.strip()):
        return "sitemap"  # the protocol's plain-text form: one URL per line
    return "other"


def _root_name(head: bytes) -> str | None:
    """The root element's local name ("rdf" for rdf:RDF), after any prolog and comments."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>", b"", head, flags=re.S).lstrip()
    m = re.match(rb"<([\w:.-]+)", head)
    return m[1].decode("ascii", "replace").split(":")[-1] if m else None


def _ungzip(body: bytes, limit: int = 50 * 1024 * 1024) -> bytes:
    """A gzipped sitemap (sitemap.xml.gz), unpacked to at most ``limit`` bytes."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, limit)
    except zlib.error:
        return body


def _xml(body: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(_ungzip(body), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    for child in el:  # <news:news><news:publication_date>
        found = _child_text(child, *names) if len(child) else None
        if found:
            return found
    return None


def sitemap_links(body: bytes, base_url: str) -> list[Link]:
    """Entries of a sitemap or sitemap index, with their lastmod day."""
    root = _xml(body)
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        text = _ungzip(body).decode("utf-8", "replace")
        return [Link(normalize_url(u)) for u in re.findall(r"^\s*(https?://\S+)\s*$", text, re.M)[:MAX_LINKS]]
    out = []
    for el in root:
        name = _local(el.tag)
        loc = _child_text(el, "loc") if name in ("url", "sitemap") else None
        if loc and urlsplit(urljoin(base_url, loc)).scheme in ("http", "https"):
            day = parse_day(_child_text(el, "lastmod", "publication_date"))
            out.append(Link(normalize_url(urljoin(base_url, loc)), day, sitemap=name == "sitemap"))
        if len(out) >= MAX_LINKS:
            break
    return out


def feed_links(body: bytes, base_url: str) -> list[Link]:
    """Items of an RSS, RDF or Atom feed, with their publication (or update) day."""
    root = _xml(body)
    out: list[Link] = []
    if root is not None:
        for el in root.iter():
            name = _local(el.tag)
            if name == "item":  # RSS and RDF
                href = _child_text(el, "link") or _permalink(el)
                day = _child_text(el, "pubdate", "date", "published", "updated")
            elif name == "entry":  # Atom
                href = _atom_link(el)
                day = _child_text(el, "published", "updated")
            else:
                continue
            if href and urlsplit(urljoin(base_url, href)).scheme in ("http", "https"):
                out.append(Link(normalize_url(urljoin(base_url, href)), parse_day(day)))
    if not out:  # JSON feeds and broken XML: trafilatura's reader, without dates
        from trafilatura.feeds import FeedParameters, find_links

        p = urlsplit(base_url)
        params = FeedParameters(f"{p.scheme}://{p.netloc}", p.hostname or "", base_url)
        out = [Link(normalize_url(urljoin(base_url, u))) for u in find_links(to_text(body, None).strip(), params)
               if urlsplit(urljoin(base_url, u)).scheme in ("http", "https")]
    return out[:MAX_LINKS]


def _permalink(item) -> str | None:
    for child in item:
        if _local(child.tag) == "guid" and child.get("isPermaLink", "true") != "false" and (child.text or "").startswith("http"):
            return child.text.strip()
    return None


def _atom_link(entry) -> str | None:
    for child in entry:
        if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate" and child.get("href"):
            return child.get("href")
    return None


def page_links(html: str, page_url: str) -> list[str]:
    """Links on a page that may lead to articles (courlan finds them; files and login pages dropped)."""
    from courlan import extract_links
    from courlan.filters import extension_filter, is_not_crawlable

    try:
        found = extract_links(html, url=page_url, no_filter=True)
    except ValueError:  # a malformed relative link
        return []
    out = set()
    for u in found:
        p = urlsplit(u)
        if p.scheme in ("http", "https") and extension_filter(p.path) and not is_not_crawlable(u):
            out.add(normalize_url(u))
    return sorted(out)


def page_feeds(html: str, page_url: str) -> list[str]:
    """Feeds a home page names (trafilatura's feed discovery)."""
    from trafilatura.feeds import FeedParameters, determine_feed

    p = urlsplit(page_url)
    params = FeedParameters(f"{p.scheme}://{p.netloc}", p.hostname or "", page_url)
    return [normalize_url(u) for u in determine_feed(html, params)]


def robots_sitemaps(robots_txt: str, base_url: str) -> list[str]:
    """Sitemaps a robots.txt names (trafilatura's reader)."""
    from trafilatura.sitemaps import extract_robots_sitemaps

    return [normalize_url(u) for u in extract_robots_sitemaps(robots_txt, base_url)]
