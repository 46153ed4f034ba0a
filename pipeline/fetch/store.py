"""Where fetched responses go, so that a killed fetch loses and repeats nothing.

The output folder holds:

* ``<run>-<seq>.warc.gz`` — finished WARC segments, gzip per record.  A segment
  is written as ``….warc.gz.part`` and renamed when it is finished.
* ``manifest.jsonl`` — an append-only journal, one line per attempt at a URL
  (its records are written and fsynced to the segment before the line is).
* ``fetch-state.json`` — which run is current and whether it completed
  (replaced atomically).
* ``.fetch.lock`` — held while a fetch writes here.

After a kill -9 the journal may end in a torn line and the open segment in a
torn record or in records no journal line names; both tails are cut off on the
next start (they belong to attempts that will be made again), and the segment
is renamed into place.  Nothing else is ever removed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
import io
import json
import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.text import warc as warcfile
from pipeline.core.fsutil import fsync_dir
from pipeline.fetch.client import Exchange
from pipeline.fetch.sources import host_of

log = logging.getLogger(__name__)

MANIFEST = "manifest.jsonl"
STATE = "fetch-state.json"
LOCK = ".fetch.lock"
SEGMENT_BYTES = 100 * 1024 * 1024
NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


class StoreError(Exception):
    """The output folder cannot be used; the message names it and says why."""


@dataclass
class Entry:
    """One manifest line: an attempt at a URL and what came of it."""

    run: str
    url: str
    role: str  # "page" | "source" | "robots"
    outcome: str  # fetched | changed | unchanged | not-modified | http-error | failed | retry
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    sha256: str | None = None  # of the payload (content encoding undone)
    content_type: str | None = None
    charset: str | None = None
    length: int | None = None
    kind: str | None = None  # sitemap | feed | html | other
    warc: str | None = None  # segment holding this attempt's final record
    offset: int | None = None
    end: int | None = None  # segment size after this attempt's records
    body: list | None = None  # [segment, offset] of the response holding the payload
    payload_digest: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    hops: list = field(default_factory=list)  # [[status, url], ...] of the redirects followed
    error: str | None = None
    attempt: int = 0

    @property
    def final(self) -> bool:
        return self.outcome != "retry"


@dataclass(frozen=True)
class Written:
    warc: str
    offset: int  # of the last exchange's record
    end: int
    payload_digest: str | None


class Store:
    def __init__(self, out: str | os.PathLike, user_agent: str):
        self.out = Path(out)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{self.out}: cannot create the output folder: {e.strerror or e}") from None
        self.user_agent = user_agent
        self._lock_fd = _lock(self.out / LOCK)
        self.entries = _load_manifest(self.out / MANIFEST)
        state = _read_json(self.out / STATE)
        self.resumed = bool(state) and not state.get("complete", True)
        self.run = state["run"] if self.resumed else _new_run_id()
        self._by_url: dict[str, list[Entry]] = {}
        self._run_urls: dict[str, set[str]] = {}  # host -> URLs attempted in this run
        for e in self.entries:
            self._index(e)
        self._recover_segments()
        if not self.resumed:
            _write_json(self.out / STATE, {"run": self.run, "complete": False, "started": _now()})
        self._journal = open(self.out / MANIFEST, "ab")
        self._seg: io.BufferedWriter | None = None
        self._seg_name = ""
        self._seg_journalled = 0  # end of the open segment's last journalled attempt (0: none yet)

    # --- what is known ------------------------------------------------------------------

    def history(self, url: str) -> list[Entry]:
        return self._by_url.get(url, [])

    def last_with_body(self, url: str, this_run: bool = False) -> Entry | None:
        for e in reversed(self.history(url)):
            if e.body and (e.run == self.run or not this_run):
                return e
        return None

    def done_in_run(self, url: str) -> Entry | None:
        return next((e for e in reversed(self.history(url)) if e.run == self.run and e.final), None)

    def attempts_in_run(self, url: str) -> int:
        return sum(e.run == self.run for e in self.history(url))

    def requests_in_run(self, host: str) -> int:
        """URLs of ``host`` attempted in this run (robots.txt not counted), for the per-host cap."""
        return len(self._run_urls.get(host, ()))

    def _index(self, e: Entry) -> None:
        self._by_url.setdefault(e.url, []).append(e)
        if e.run == self.run and e.role != "robots":
            self._run_urls.setdefault(host_of(e.url), set()).add(e.url)

    def read_body(self, entry: Entry, max_bytes: int) -> bytes:
        name, offset = entry.body
        path = self.out / name
        if not path.exists():
            path = self.out / (name + ".part")
        try:
            return warcfile.read_member(str(path), offset, max_bytes)[0]
        except warcfile.WarcError as e:
            raise StoreError(str(e)) from None

    # --- writing --------------------------------------------------------------------------

    def write(self, exchanges: list[Exchange], role: str, revisit: str | None = None, ref: Entry | None = None) -> Written:
        """The records of one attempt, durable before the caller journals it.

        ``revisit`` ("not-modified" or "unchanged") stores the last exchange as a revisit record
        pointing at ``ref``, the earlier response whose payload it repeats.
        """
        from warcio.warcwriter import WARCWriter

        seg = self._segment()
        base = os.fstat(seg.fileno()).st_size
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True, warc_version="1.1")
        offset, digest = base, None
        for i, ex in enumerate(exchanges):
            last = i == len(exchanges) - 1
            offset = base + buf.tell()
            rec = _revisit_record(writer, ex, role, revisit, ref) if last and revisit else _response_record(writer, ex, role)
            writer.write_record(rec)
            writer.write_record(_request_record(writer, ex, rec.rec_headers.get_header("WARC-Record-ID")))
            digest = rec.rec_headers.get_header("WARC-Payload-Digest")
        seg.write(buf.getvalue())
        seg.flush()
        os.fsync(seg.fileno())
        return Written(self._seg_name, offset, base + buf.tell(), digest)

    def append(self, entry: Entry) -> None:
        self._journal.write(json.dumps(asdict(entry), ensure_ascii=False).encode() + b"\n")
        self._journal.flush()
        os.fsync(self._journal.fileno())
        self.entries.append(entry)
        self._index(entry)
        if entry.warc == self._seg_name and entry.end:
            self._seg_journalled = entry.end

    def _segment(self) -> io.BufferedWriter:
        if self._seg is not None and os.fstat(self._seg.fileno()).st_size < SEGMENT_BYTES:
            return self._seg
        self._finish_segment()
        seq = 1 + max((_seq(p.name) for p in self.out.glob(f"{self.run}-*.warc.gz*")), default=0)
        self._seg_name = f"{self.run}-{seq:03d}.warc.gz"
        self._seg = open(self.out / (self._seg_name + ".part"), "ab")
        self._seg.write(_warcinfo(self._seg_name, self.user_agent))
        self._seg.flush()
        self._seg_journalled = 0
        return self._seg

    def _finish_segment(self) -> None:
        """Put the open segment in place, cut back to its last journalled attempt (an interrupted
        write may have left part of a record); a segment with none is dropped."""
        if self._seg is None:
            return
        seg, self._seg = self._seg, None
        seg.flush()
        part = self.out / (self._seg_name + ".part")
        if not self._seg_journalled:
            seg.close()
            part.unlink()
            return
        seg.truncate(self._seg_journalled)
        os.fsync(seg.fileno())
        seg.close()
        os.replace(part, self.out / self._seg_name)
        fsync_dir(self.out)

    def _recover_segments(self) -> None:
        """Cut an interrupted segment back to its last journalled attempt and put it in place."""
        for part in sorted(self.out.glob("*.warc.gz.part")):
            name = part.name.removesuffix(".part")
            ends = [e.end for e in self.entries if e.warc == name and e.end is not None]
            size = part.stat().st_size
            if not ends:
                log.info("%s: interrupted before any attempt was journalled; its %d bytes are discarded", part, size)
                part.unlink()
                continue
            keep = max(ends)
            if size > keep:
                log.info("%s: cutting %d bytes of unjournalled records left by an interrupted fetch", part, size - keep)
                with open(part, "r+b") as f:
                    f.truncate(keep)
                    f.flush()
                    os.fsync(f.fileno())
            os.replace(part, self.out / name)
        fsync_dir(self.out)

    # --- ending ---------------------------------------------------------------------------

    def close(self, complete: bool) -> None:
        """Finish the open segment; ``complete`` marks the run done (else the next fetch resumes it)."""
        self._finish_segment()
        if complete:
            _write_json(self.out / STATE, {"run": self.run, "complete": True, "finished": _now()})
        self._journal.close()
        os.close(self._lock_fd)


def _response_record(writer, ex: Exchange, role: str):
    from warcio.statusandheaders import StatusAndHeaders

    # The body is stored de-chunked, so the chunked framing header would mislead a reader.
    headers = [(k, v) for k, v in ex.headers if k.lower() != "transfer-encoding"]
    http = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), headers, protocol="HTTP/1.1")
    return writer.create_warc_record(ex.url, "response", payload=io.BytesIO(ex.raw), length=len(ex.raw), http_headers=http,
                                     warc_headers_dict={"WARC-Date": ex.fetched_at, warcfile.ROLE_HEADER: role})


def _revisit_record(writer, ex: Exchange, role: str, revisit: str, ref: Entry):
    from warcio.statusandheaders import StatusAndHeaders

    headers = [(k, v) for k, v in ex.headers if k.lower() != "transfer-encoding"]
    http = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), headers, protocol="HTTP/1.1")
    rec = writer.create_revisit_record(ex.url, ref.payload_digest or f"sha256:{ref.sha256}", ref.final_url or ref.url,
                                       ref.fetched_at, http_headers=http,
                                       warc_headers_dict={"WARC-Date": ex.fetched_at, warcfile.ROLE_HEADER: role})
    if revisit == "not-modified":
        rec.rec_headers.replace_header("WARC-Profile", NOT_MODIFIED)
    return rec


def _request_record(writer, ex: Exchange, response_id: str):
    from warcio.statusandheaders import StatusAndHeaders

    p = urlsplit(ex.url)
    target = (p.path or "/") + (f"?{p.query}" if p.query else "")
    http = StatusAndHeaders(f"GET {target} HTTP/1.1", [("Host", p.netloc), *ex.request_headers],
                            protocol="HTTP/1.1", is_http_request=True)
    return writer.create_warc_record(ex.url, "request", http_headers=http,
                                     warc_headers_dict={"WARC-Date": ex.fetched_at, "WARC-Concurrent-To": response_id})


def _warcinfo(name: str, user_agent: str) -> bytes:
    from warcio.warcwriter import WARCWriter

    from pipeline import __version__

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True, warc_version="1.1")
    w.write_record(w.create_warcinfo_record(name, {
        "software": f"policykb/{__version__} fetch (warcio)", "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "robots": "obey", "http-header-user-agent": user_agent}))
    return buf.getvalue()


def _load_manifest(path: Path) -> list[Entry]:
    """The journal's entries; a torn last line (a kill mid-write) is cut off, any other bad line is an error."""
    if not path.exists():
        return []
    data = path.read_bytes()
    names = {f.name for f in fields(Entry)}
    entries, good = [], 0
    lines = data.splitlines(keepends=True)
    for n, line in enumerate(lines, 1):
        try:
            if not line.endswith(b"\n"):
                raise ValueError("no line end")
            entries.append(Entry(**{k: v for k, v in json.loads(line).items() if k in names}))
        except (ValueError, TypeError) as e:
            if n < len(lines):
                raise StoreError(f"{path}:{n}: not a manifest line ({e}); fix or move the file") from None
            log.info("%s: cutting a torn last line left by an interrupted fetch", path)
            with open(path, "r+b") as f:
                f.truncate(good)
                os.fsync(f.fileno())
            break
        good += len(line)
    return entries


def _lock(path: Path) -> int:
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreError(f"{path.parent}: another policykb fetch is writing here") from None
    return fd


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as e:
        raise StoreError(f"{path}: unreadable ({e}); fix or move the file") from None


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _seq(name: str) -> int:
    try:
        return int(name.split(".warc")[0].rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return 0


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")[:-3] + "Z"
