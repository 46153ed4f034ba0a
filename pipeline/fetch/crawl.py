"""The crawl: sources in; WARC records and manifest lines out.

A single-threaded loop over a frontier of tasks, one queue per host; the next
task is taken from the host that may be asked soonest.  A task is skipped
without a request when this run already finished it (a resumed run) or when an
earlier run fetched it and nothing says it changed; its links are then read
from the stored copy.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
import hashlib
import logging
import time
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

from pipeline.fetch.client import Client, Exchange, FetchFailure, retry_after
from pipeline.fetch.discover import charset_of, feed_links, kind_of, page_feeds, page_links, robots_sitemaps, sitemap_links, to_text
from pipeline.fetch.sources import DateWindow, Source, UrlFilter, host_of, normalize_url, origin_of, same_site, url_date
from pipeline.fetch.store import Entry, Store, StoreError

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = ("policykb/0.1 (research crawler collecting public articles on cadre work; "
                      "obeys robots.txt, one request at a time per host)")
REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 10
LISTING_KINDS = ("sitemap", "feed")


@dataclass(frozen=True)
class Options:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 2.0  # seconds between two requests to one host
    timeout: float = 30.0  # for a whole response
    retries: int = 3  # further attempts after a 429, a 5xx, a timeout or a network error
    max_pages: int = 1000  # URLs per host per run
    max_bytes: int = 10 * 1024 * 1024
    revisit_after: float = 30 * 86400  # seconds before a known, unchanged page is asked again
    max_retry_after: float = 600.0
    url_filter: UrlFilter = UrlFilter()
    window: DateWindow = DateWindow()


@dataclass(frozen=True)
class Task:
    url: str
    role: str  # "source": a start page or listing, always asked again; "page": an article candidate
    kind: str  # "auto" | "site"
    depth: int  # how many more links deep to follow from this page
    origin: Source
    day: date | None = None  # lastmod or publication day the listing gave
    attempt: int = 0
    not_before: float = 0.0


@dataclass
class Report:
    run: str
    resumed: bool
    outcomes: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    problems: list[tuple[str, str]] = field(default_factory=list)
    host_requests: Counter = field(default_factory=Counter)
    host_span: dict[str, list[float]] = field(default_factory=dict)  # first and last request (monotonic)

    def count_request(self, host: str, at: float) -> None:
        self.host_requests[host] += 1
        self.host_span.setdefault(host, [at, at])[1] = at

    @property
    def exit_code(self) -> int:
        """1 when nothing could be fetched at all (every URL failed or every host was unreachable): a script
        running `policykb fetch` sees the run failed; some failures among pages got are a crawl's normal state."""
        answered = sum(v for k, v in self.outcomes.items() if k not in ("robots.txt", "failed", "http-error"))
        known = sum(self.skipped.values()) - self.skipped.get("host not reachable", 0)
        return int(not (answered or known) and bool(self.problems or self.skipped.get("host not reachable")))

    def summary(self) -> str:
        done = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())) or "nothing"
        lines = [f"run {self.run}{' (resumed)' if self.resumed else ''}: {done}"]
        if self.skipped:
            lines.append("not fetched: " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        for host, n in sorted(self.host_requests.items()):
            first, last = self.host_span[host]
            rate = f", {(n - 1) / (last - first):.2f} requests/s" if n > 1 and last > first else ""
            lines.append(f"{host}: {n} requests in {last - first:.1f} s{rate}")
        if self.problems:
            lines.append(f"{len(self.problems)} URLs gave no page (each logged above; every attempt is in manifest.jsonl)")
        return "\n".join(lines)


class Frontier:
    """Per-host queues; the next task comes from the host that may be asked soonest."""

    def __init__(self, ready_time: Callable[[str], float]):
        self._ready = ready_time
        self._queues: dict[str, deque[Task]] = {}

    def push(self, task: Task) -> None:
        self._queues.setdefault(host_of(task.url), deque()).append(task)

    def pop(self) -> Task | None:
        live = [h for h, q in self._queues.items() if q]
        if not live:
            return None
        host = min(live, key=lambda h: max(self._ready(h), self._queues[h][0].not_before))
        return self._queues[host].popleft()


class Crawler:
    def __init__(self, store: Store, client: Client, opts: Options,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.store, self.client, self.opts = store, client, opts
        self.clock, self.sleep = clock, sleep
        self.frontier = Frontier(client.ready_time)
        self.report = Report(store.run, store.resumed)
        self._seen: set[str] = set()
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_txt: dict[str, str] = {}
        self._unreachable: set[str] = set()  # origins whose robots.txt got no answer at all

    # --- the loop -------------------------------------------------------------------------

    def add_source(self, s: Source) -> None:
        if s.url not in self._seen:
            self._seen.add(s.url)
            role = "source" if s.depth > 0 or s.kind == "site" else "page"
            self.frontier.push(Task(s.url, role, s.kind, s.depth, s))

    def run(self) -> Report:
        while (task := self.frontier.pop()) is not None:
            self._visit(task)
        return self.report

    def _visit(self, t: Task) -> None:
        done = self.store.done_in_run(t.url)
        if done is not None and self._replay(t, done):
            self.report.skipped["done before an interruption"] += 1
            return
        prev = self.store.last_with_body(t.url)
        if prev is not None and done is None and not self._due(t, prev) and self._replay(t, prev):
            self.report.skipped["known and unchanged"] += 1
            return
        if not self._allowed(t.url):
            # (a host that does not answer is no host whose robots.txt forbids: the summary said so of both)
            unreachable = origin_of(t.url) in self._unreachable
            self.report.skipped["host not reachable" if unreachable else "disallowed by robots.txt"] += 1
            log.info("%s %s", "host not reachable:" if unreachable else "robots.txt disallows", t.url)
            return
        if t.attempt == 0 and self.store.requests_in_run(host_of(t.url)) >= self.opts.max_pages:
            self.report.skipped["over the per-host page cap"] += 1
            return
        wait = t.not_before - self.clock()
        if wait > 0:
            self.sleep(wait)
        attempt = max(t.attempt, self.store.attempts_in_run(t.url))  # retries journalled before a kill count
        entry, body, wait = self._attempt(t.url, t.role, prev, attempt)
        if entry.outcome == "retry":
            self._retry(t, entry, wait)
        elif body is not None:
            self._expand(t, entry, body)

    def _due(self, t: Task, prev: Entry) -> bool:
        """Whether a URL fetched in an earlier run is worth a (conditional) request now."""
        latest = next((e for e in reversed(self.store.history(t.url)) if e.final), prev)
        if latest.body is None or t.role == "source" or prev.kind in LISTING_KINDS:
            return True
        fetched = datetime.fromisoformat(prev.fetched_at.replace("Z", "+00:00"))
        if t.day is not None and t.day >= fetched.date():  # the listing says it changed since (same day: ask)
            return True
        return (datetime.now(timezone.utc) - fetched).total_seconds() >= self.opts.revisit_after

    def _replay(self, t: Task, entry: Entry) -> bool:
        """Follow a stored copy's links as if just fetched; False when the copy cannot be read."""
        if entry.body is None or not (t.role == "source" or t.depth > 0 or entry.kind in LISTING_KINDS):
            return True
        try:
            body = self.store.read_body(entry, self.opts.max_bytes)
        except StoreError as e:
            log.warning("stored copy unreadable, fetching again: %s", e)
            return False
        self._expand(t, entry, body)
        return True

    def _retry(self, t: Task, entry: Entry, wait: float) -> None:
        """Back off the whole host (a struggling server), then ask again."""
        self.client.hold(host_of(t.url), wait)
        self.frontier.push(replace(t, attempt=entry.attempt + 1, not_before=self.clock() + wait))

    # --- one attempt ----------------------------------------------------------------------

    def _attempt(self, url: str, role: str, prev: Entry | None, attempt: int) -> tuple[Entry, bytes | None, float]:
        """One request chain, stored and journalled: (entry, payload to follow links in, wait before a retry)."""
        exchanges: list[Exchange] = []
        error, retryable = self._chain(url, exchanges, prev.final_url if prev else None, _validators(prev), role != "robots")
        entry = Entry(self.store.run, url, role, "failed", attempt=attempt, error=error,
                      hops=[[ex.status, ex.url] for ex in exchanges[:-1]])
        if exchanges:
            _describe(entry, exchanges[-1])
        if error:
            entry.outcome = "retry" if retryable and attempt < self.opts.retries and role != "robots" else "failed"
            body, revisit, wait = None, None, self._backoff(attempt)
        else:
            body, revisit, wait = self._judge(entry, exchanges[-1], prev)
        if exchanges:
            w = self.store.write(exchanges, role, revisit, prev if revisit else None)
            entry.warc, entry.offset, entry.end = w.warc, w.offset, w.end
            if entry.outcome in ("fetched", "changed"):
                entry.body, entry.payload_digest = [w.warc, w.offset], w.payload_digest
        self.store.append(entry)
        self._log(entry)
        return entry, body, wait

    def _judge(self, entry: Entry, last: Exchange, prev: Entry | None) -> tuple[bytes | None, str | None, float]:
        """Judge the final response; (payload, revisit kind, wait before a retry)."""
        if last.status == 304 and prev is not None:
            entry.outcome = "not-modified"
            entry.etag, entry.last_modified = entry.etag or prev.etag, entry.last_modified or prev.last_modified
            _copy_payload(entry, prev)
            return self._stored_body(prev), "not-modified", 0.0
        if last.status == 200:
            entry.sha256 = hashlib.sha256(last.body).hexdigest()
            entry.length, entry.kind = len(last.body), kind_of(entry.content_type, last.body)
            entry.charset = _charset(entry.content_type, last.body, entry.kind)
            if prev is not None and prev.sha256 == entry.sha256:
                entry.outcome = "unchanged"
                _copy_payload(entry, prev)
                return last.body, "unchanged", 0.0
            entry.outcome = "changed" if prev is not None else "fetched"
            return last.body, None, 0.0
        entry.outcome, entry.error, wait = self._http_error(last, entry.attempt, entry.role)
        return None, None, wait

    def _backoff(self, attempt: int) -> float:
        return max(self.opts.delay, 0.1) * 2 ** (attempt + 1)

    def _http_error(self, last: Exchange, attempt: int, role: str) -> tuple[str, str, float]:
        status = last.status
        if status != 429 and status < 500:
            return "failed" if status in REDIRECTS else "http-error", f"HTTP {status}", 0.0
        asked = retry_after(last.header("Retry-After"))
        if asked is not None and asked > self.opts.max_retry_after:
            return "http-error", f"HTTP {status}; the server asks to wait {asked:.0f} s (over --max-retry-after), left for a later run", 0.0
        if attempt < self.opts.retries and role != "robots":
            return "retry", f"HTTP {status}", asked if asked is not None else self._backoff(attempt)
        return "http-error", f"HTTP {status} after {attempt + 1} attempts", 0.0

    def _chain(self, url: str, exchanges: list[Exchange], validated_url: str | None, validators: dict[str, str],
               check_robots: bool) -> tuple[str | None, bool]:
        """Follow redirects from ``url``, each hop a polite request; (error, retryable) or (None, False)."""
        chain = [url]
        for _ in range(MAX_REDIRECTS + 1):
            if check_robots and url != chain[0] and not self._allowed(url):
                return f"redirected to {url}, which robots.txt disallows", False
            try:
                ex = self.client.get(url, validators if url == validated_url else None)
            except FetchFailure as e:
                return e.reason, e.retryable
            finally:
                self.report.count_request(host_of(url), self.clock())
            exchanges.append(ex)
            location = ex.header("Location")
            if ex.status not in REDIRECTS or not location:
                return None, False
            url = normalize_url(urljoin(url, location))
            if url in chain:
                return "redirect loop: " + " -> ".join(chain + [url]), False
            chain.append(url)
        return f"more than {MAX_REDIRECTS} redirects", False

    def _stored_body(self, entry: Entry) -> bytes | None:
        try:
            return self.store.read_body(entry, self.opts.max_bytes)
        except StoreError as e:
            log.warning("%s", e)
            return None

    def _log(self, e: Entry) -> None:
        if e.outcome in ("failed", "http-error") and not (e.role == "robots" and e.status and e.status < 500):
            self.report.problems.append((e.url, e.error or f"HTTP {e.status}"))
            log.warning("%s: %s", e.url, e.error)
        else:
            log.info("%s %s %s", e.outcome, e.status or "-", e.url)
        if e.final:
            self.report.outcomes["robots.txt" if e.role == "robots" else e.outcome] += 1

    # --- robots.txt -----------------------------------------------------------------------

    def _allowed(self, url: str) -> bool:
        origin = origin_of(url)
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        return self._robots[origin].can_fetch(self.opts.user_agent, url)

    def _load_robots(self, origin: str) -> RobotFileParser:
        url = f"{origin}/robots.txt"
        rp = RobotFileParser(url)
        entry = self.store.done_in_run(url)
        body = self._stored_body(entry) if entry is not None and entry.body else None
        if entry is None or (entry.body and body is None):
            entry, body, _ = self._attempt(url, "robots", self.store.last_with_body(url), 0)
        status = entry.status
        if status is None or status == 429 or status >= 500 or status in REDIRECTS:
            rp.disallow_all = True
            if status is None:
                self._unreachable.add(origin)
            log.warning("%s: robots.txt unavailable (%s): nothing is fetched from there in this run", origin,
                        entry.error or f"HTTP {status}")
        elif status in (401, 403):
            rp.disallow_all = True
        elif status >= 400 or body is None:
            rp.allow_all = True
        else:
            text = to_text(body, entry.charset)
            rp.parse(text.splitlines())
            self._robots_txt[origin] = text
        delay = rp.crawl_delay(self.opts.user_agent)
        rate = rp.request_rate(self.opts.user_agent)
        self.client.set_crawl_delay(host_of(url), max(float(delay or 0), rate.seconds / rate.requests if rate else 0.0))
        return rp

    # --- what a response points to ------------------------------------------------------------

    def _expand(self, t: Task, entry: Entry, body: bytes) -> None:
        base = entry.final_url or t.url
        if entry.kind == "sitemap":
            for link in sitemap_links(body, base):
                if link.sitemap:  # its lastmod is the newest of its entries: older than --since, all are
                    if self.opts.window.since and link.day and link.day < self.opts.window.since:
                        self.report.skipped["outside the date window"] += 1
                    else:
                        self._push(Task(link.url, "source", "auto", 0, t.origin, link.day))
                elif same_site(link.url, base):
                    self._push_page(link.url, t.origin, 0, link.day)
                else:
                    self.report.skipped["off-site sitemap entry"] += 1
        elif entry.kind == "feed":
            for link in feed_links(body, base):
                self._push_page(link.url, t.origin, 0, link.day)
        elif entry.kind == "html" and (t.depth > 0 or t.kind == "site"):
            html = to_text(body, entry.charset)
            if t.kind == "site":
                for u in page_feeds(html, base) + robots_sitemaps(self._robots_txt.get(origin_of(base), ""), origin_of(base)):
                    self._push(Task(u, "source", "auto", 0, t.origin))
            for u in page_links(html, base) if t.depth > 0 else []:
                if same_site(u, t.origin.url):
                    self._push_page(u, t.origin, t.depth - 1, None)

    def _push(self, task: Task) -> None:
        if task.url not in self._seen:
            self._seen.add(task.url)
            self.frontier.push(task)

    def _push_page(self, url: str, origin: Source, depth: int, day: date | None) -> None:
        if url in self._seen:
            return
        self._seen.add(url)
        if not self.opts.url_filter.allows(url, origin.match):
            self.report.skipped["filtered out by URL pattern"] += 1
        elif not self.opts.window.allows((day, day) if day else url_date(url)):
            self.report.skipped["outside the date window"] += 1
        else:
            self.frontier.push(Task(url, "page", "auto", depth, origin, day))


def _describe(entry: Entry, last: Exchange) -> None:
    entry.final_url, entry.status, entry.fetched_at = last.url, last.status, last.fetched_at
    entry.content_type = last.header("Content-Type")
    entry.etag, entry.last_modified = last.header("ETag"), last.header("Last-Modified")


def _validators(prev: Entry | None) -> dict[str, str]:
    out = {}
    if prev is not None and prev.etag:
        out["If-None-Match"] = prev.etag
    if prev is not None and prev.last_modified:
        out["If-Modified-Since"] = prev.last_modified
    return out


def _copy_payload(entry: Entry, prev: Entry) -> None:
    """A revisit: the payload is the earlier response's."""
    entry.body, entry.payload_digest = prev.body, prev.payload_digest
    entry.sha256, entry.length, entry.kind, entry.charset = prev.sha256, prev.length, prev.kind, prev.charset


def _charset(content_type: str | None, body: bytes, kind: str) -> str | None:
    declared = charset_of(content_type, body)
    if declared or kind != "html":
        return declared
    from pipeline.text.ingest import IngestError, decode

    try:
        return decode(body)[1]  # what the corpus reader will take it for
    except IngestError:
        return None
