"""URL spelling shared by the corpus reader (one document per page) and the crawler."""
from __future__ import annotations

from urllib.parse import urldefrag, urlsplit, urlunsplit


def normalize_url(url: str) -> str:
    """One spelling per page: no fragment, lower-case scheme and host, no default port, "/" for an empty path."""
    url = urldefrag(url.strip())[0]
    p = urlsplit(url)
    host = (p.hostname or "").lower()
    port = p.port
    netloc = host if port is None or (p.scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if p.username:
        netloc = f"{p.username}@{netloc}"
    return urlunsplit((p.scheme.lower(), netloc, p.path or "/", p.query, ""))
