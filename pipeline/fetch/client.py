"""One HTTP exchange at a time, per host, at a polite pace.

The client sends one GET and reads its response within a size and a time limit;
redirects, retries and robots.txt are the crawler's business.  Every host has
a next-allowed time: a request waits for it, and the end of a response pushes
it ``delay`` seconds ahead (more if robots.txt asks for a Crawl-delay, or a
server for a Retry-After).  The crawler is single-threaded, so there is never
more than one request in flight, to any host.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
import logging
import time
import zlib

from pipeline.fetch.sources import host_of

log = logging.getLogger(__name__)

ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class Exchange:
    """A request sent and the response received, as the WARC file keeps them."""

    url: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]  # as received
    raw: bytes  # the body as transferred (still gzip-encoded if the server compressed it)
    body: bytes  # the payload: content encoding undone
    fetched_at: str  # ISO 8601 UTC, microseconds

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class FetchFailure(Exception):
    """No usable response: timeout, network error, too large.  ``retryable`` if trying later may help."""

    def __init__(self, url: str, reason: str, retryable: bool):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.retryable = url, reason, retryable


@dataclass
class Client:
    user_agent: str
    delay: float
    timeout: float
    max_bytes: int
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    ready_at: dict[str, float] = field(default_factory=dict)
    host_delay: dict[str, float] = field(default_factory=dict)

    def __post_init__(self):
        import urllib3

        self._pool = urllib3.PoolManager(retries=False, maxsize=1, headers={"User-Agent": self.user_agent})

    def set_crawl_delay(self, host: str, seconds: float | None) -> None:
        """robots.txt may slow us down, never speed us up (from the robots.txt request on)."""
        self.host_delay[host] = max(self.delay, seconds or 0.0)
        if self.host_delay[host] > self.delay:
            self.hold(host, self.host_delay[host])

    def hold(self, host: str, seconds: float) -> None:
        """No request to ``host`` for ``seconds`` (a Retry-After, a back-off)."""
        self.ready_at[host] = max(self.ready_at.get(host, 0.0), self.clock() + seconds)

    def ready_time(self, host: str) -> float:
        return self.ready_at.get(host, 0.0)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Exchange:
        host = host_of(url)
        wait = self.ready_time(host) - self.clock()
        if wait > 0:
            self.sleep(wait)
        try:
            return self._exchange(url, headers or {})
        finally:
            self.ready_at[host] = self.clock() + self.host_delay.get(host, self.delay)

    def _exchange(self, url: str, extra: dict[str, str]) -> Exchange:
        import urllib3

        hdrs = {"User-Agent": self.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5", **extra}
        deadline = self.clock() + self.timeout
        try:
            resp = self._pool.request("GET", url, headers=hdrs, redirect=False, preload_content=False,
                                      decode_content=False, timeout=urllib3.Timeout(connect=self.timeout, read=self.timeout))
        except urllib3.exceptions.NewConnectionError as e:
            # (before TimeoutError: urllib3 2 makes a refused connection and an unknown host timeouts' subclasses)
            why = "host not found" if isinstance(e, urllib3.exceptions.NameResolutionError) else "connection refused"
            raise FetchFailure(url, f"cannot connect: {why} ({_short(e)})", retryable=True) from None
        except urllib3.exceptions.TimeoutError:
            raise FetchFailure(url, f"timeout: no response within {self.timeout:g} s", retryable=True) from None
        except (urllib3.exceptions.HTTPError, OSError) as e:
            raise FetchFailure(url, f"network error: {_short(e)}", retryable=True) from None
        fetched_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        try:
            raw = self._read_body(url, resp, deadline)
        except BaseException:
            resp.close()  # an unread body makes the connection useless
            raise
        finally:
            resp.release_conn()
        body = _decode_body(url, raw, resp.headers.get("Content-Encoding"), self.max_bytes)
        headers = tuple((k, v) for k, v in resp.headers.items())
        return Exchange(url, tuple(hdrs.items()), resp.status, resp.reason or "", headers, raw, body, fetched_at)

    def _read_body(self, url: str, resp, deadline: float) -> bytes:
        import urllib3

        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise FetchFailure(url, f"too large: Content-Length {int(length):,} bytes > limit {self.max_bytes:,}",
                               retryable=False)
        chunks, n = [], 0
        try:
            # read1 returns as soon as some bytes arrive, so a trickling body meets the deadline check.
            while chunk := resp.read1(65536, decode_content=False):
                n += len(chunk)
                if n > self.max_bytes:
                    raise FetchFailure(url, f"too large: more than {self.max_bytes:,} bytes", retryable=False)
                if self.clock() > deadline:
                    raise FetchFailure(url, f"timeout: body not complete within {self.timeout:g} s", retryable=True)
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError:
            raise FetchFailure(url, f"timeout: body stalled for {self.timeout:g} s", retryable=True) from None
        except (urllib3.exceptions.HTTPError, OSError) as e:
            raise FetchFailure(url, f"network error while reading: {_short(e)}", retryable=True) from None
        return b"".join(chunks)


def _decode_body(url: str, raw: bytes, encoding: str | None, limit: int) -> bytes:
    """The payload of a gzip- or deflate-encoded body, refused past ``limit`` (a small body can unpack huge)."""
    encoding = (encoding or "").strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate") or not raw:
        return raw
    for wbits in (32 + zlib.MAX_WBITS, -zlib.MAX_WBITS):  # gzip or zlib header; then raw deflate, as some servers send
        try:
            d = zlib.decompressobj(wbits)
            out = d.decompress(raw, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit:
            raise FetchFailure(url, f"too large: unpacks to more than {limit:,} bytes", retryable=False)
        return out
    raise FetchFailure(url, f"body is not valid {encoding} data", retryable=False)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def _short(e: Exception) -> str:
    reason = getattr(e, "reason", None) or e
    return f"{type(reason).__name__}: {reason}"[:200]
