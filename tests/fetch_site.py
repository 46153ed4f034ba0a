"""A web site on 127.0.0.1 for the fetch tests: routes, a request log, ETags.

Every request is logged with its arrival and finishing times (the server's
monotonic clock), its path and its headers, so tests can check politeness
from the server's side.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import hashlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import threading
import time


@dataclass
class Hit:
    path: str
    start: float  # arrival
    end: float  # answer written (inf while still answering)
    headers: dict[str, str]


@dataclass
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    etag: bool = False  # answer If-None-Match with 304


class Site:
    def __init__(self):
        self.routes: dict[str, Page | Callable[[BaseHTTPRequestHandler], None]] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - the http.server name
                hit = Hit(self.path, time.monotonic(), float("inf"), dict(self.headers))
                with site._lock:
                    site.hits.append(hit)
                try:
                    site._serve(self)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True
                finally:
                    hit.end = time.monotonic()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def paths(self) -> list[str]:
        with self._lock:
            return [h.path for h in self.hits]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(h.path)
        if route is None:
            route = Page(b"<html><body>not here</body></html>", status=404)
        if callable(route):
            route(h)
            return
        etag = '"%s"' % hashlib.sha1(route.body).hexdigest()[:12] if route.etag else None
        if etag and h.headers.get("If-None-Match") == etag:
            send(h, 304, b"", headers=[("ETag", etag)])
            return
        headers = list(route.headers) + ([("ETag", etag)] if etag else [])
        send(h, route.status, route.body, route.content_type, headers)


def send(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8",
         headers: list[tuple[str, str]] | tuple = ()) -> None:
    h.send_response(status)
    if content_type and status != 304:
        h.send_header("Content-Type", content_type)
    for k, v in headers:
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def article(title: str, *paragraphs: str, charset_meta: str | None = None, links: tuple[str, ...] = ()) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    nav = "".join(f'<li><a href="{u}">{u}</a></li>' for u in links)
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head>{meta}<title>{title}</title></head><body>"
            f'<div class="nav"><a href="/">首页</a></div><ul>{nav}</ul>'
            f"<article><h1>{title}</h1>{paras}</article><div class=\"footer\">本站版权所有</div></body></html>")


# Text written for these tests (not taken from any real article).
BODY = ("县委组织部近日出台办法，把年轻干部放到乡村振兴一线接受锻炼，每季度开展一次谈心谈话。",
        "办法明确，对在改革中出现失误但出于公心的干部，经调查核实后依规予以容错，并在一定范围内澄清正名。",
        "今年以来，全县共选派四十二名机关干部到村任职，建立跟踪培养台账，考核结果作为提拔使用的重要依据。")


def page_html(title: str, note: str, **kw) -> str:
    """An article page whose title and one sentence make it unlike every other page."""
    return article(title, note, *BODY, **kw)


def sitemap(urls: list[tuple[str, str | None]], index: bool = False) -> bytes:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    rows = "".join(f"<{item}><loc>{u}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}</{item}>" for u, d in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{rows}</{tag}>").encode()


def rss(items: list[tuple[str, str]]) -> bytes:
    rows = "".join(f"<item><title>条目</title><link>{u}</link><pubDate>{d}</pubDate></item>" for u, d in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>组工动态</title>{rows}</channel></rss>'.encode()
