"""WARC files as corpus input: each HTML page a server returned is one document.

A WARC file holds many records; the corpus reader names one of them by a
member path, ``<file>.warc.gz#<byte offset>``, so the rest of the pipeline can
treat it like a file.  Only ``response`` records with status 200 and an HTML
content type count, minus the pages ``policykb fetch`` marked as sources
(start pages of a crawl).  A page fetched more than once is one document: the
latest response for its URL, across all the WARC files read together.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
import os
import re

from pipeline.text.urls import normalize_url

ROLE_HEADER = "WARC-Policykb-Role"  # "source" | "page" | "robots", set by policykb fetch
SUFFIXES = (".warc.gz", ".warc")
_MEMBER = re.compile(r"^(?P<file>.+\.warc(?:\.gz)?)#(?P<offset>\d+)$")


class WarcError(Exception):
    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


@dataclass(frozen=True)
class Member:
    """One HTML response inside a WARC file."""

    file: str
    offset: int
    url: str
    date: str  # WARC-Date: when the response was received (UTC)

    @property
    def path(self) -> str:
        return f"{self.file}#{self.offset}"


def is_warc(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(SUFFIXES)


def split_member_path(path: str | os.PathLike) -> tuple[str, int] | None:
    """(WARC file, offset) for a member path; None for an ordinary path."""
    m = _MEMBER.match(str(path))
    if not m or os.path.exists(path):
        return None
    return m["file"], int(m["offset"])


def members(path: str | os.PathLike) -> Iterator[Member]:
    """The document records of one WARC file, in file order; WarcError after the last readable one."""
    from warcio.archiveiterator import ArchiveIterator

    path = str(path)
    records = 0
    try:
        with open(path, "rb") as f:
            it = ArchiveIterator(f)
            for records, rec in enumerate(it, 1):
                found = _is_document(rec)
                offset = it.get_record_offset()
                if not _read_to_end(rec):  # warcio stops quietly at a cut-off gzip member
                    raise ValueError(f"record at byte {offset} is cut off")
                if found:
                    h = rec.rec_headers
                    yield Member(path, offset, h.get_header("WARC-Target-URI"), h.get_header("WARC-Date") or "")
            if it.offset < os.fstat(f.fileno()).st_size:  # (a gzip member cut in its header or body ends the
                raise ValueError(f"record at byte {it.offset} is cut off")  # iteration as if the file ended there)
    except OSError as e:
        raise WarcError(path, e.strerror or str(e)) from None
    except AttributeError:  # (warcio reads a record's URI as a string: a record without one is no WARC record)
        raise WarcError(path, f"damaged WARC file: record {records + 1} has no WARC-Target-URI; records from it "
                              "on are not read") from None
    except Exception as e:  # warcio and zlib raise several types on a damaged file
        raise WarcError(path, f"damaged WARC file ({type(e).__name__}: {e}); records after this point are not read") from None


def _read_to_end(rec) -> bool:
    """Drain the record; False if the file ends before its Content-Length does."""
    while rec.raw_stream.read(65536):
        pass
    return getattr(rec.raw_stream, "limit", 0) == 0


def _is_document(rec) -> bool:
    if rec.rec_type != "response" or rec.http_headers is None:
        return False
    if rec.rec_headers.get_header(ROLE_HEADER) == "source":
        return False
    ct = (rec.http_headers.get_header("Content-Type") or "").lower()
    return rec.http_headers.get_statuscode() == "200" and "html" in ct and bool(rec.rec_headers.get_header("WARC-Target-URI"))


def latest(found: Iterable[Member]) -> list[Member]:
    """One member per URL: the latest response (later file and offset break ties), in a stable order."""
    best: dict[str, tuple[tuple, Member]] = {}
    for order, m in enumerate(found):
        key = normalize_url(m.url)
        rank = (_when(m.date), order)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, m)
    return sorted((m for _, m in best.values()), key=lambda m: (m.file, m.offset))


def _when(date: str) -> datetime:
    from warcio.timeutils import iso_date_to_datetime

    try:
        return iso_date_to_datetime(date)
    except (ValueError, TypeError):
        return datetime.min


def read_member(file: str, offset: int, max_bytes: int) -> tuple[bytes, dict[str, str]]:
    """The payload of the record at ``offset`` (transfer and content encodings undone) and its metadata."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(file, "rb") as f:
            f.seek(offset)
            rec = next(iter(ArchiveIterator(f)), None)
            if rec is None or rec.rec_type not in ("response", "resource"):
                raise WarcError(f"{file}#{offset}", "no WARC response record at this offset")
            data = rec.content_stream().read(max_bytes + 1)
            h = rec.rec_headers
            meta = {"url": h.get_header("WARC-Target-URI") or "", "fetched_at": h.get_header("WARC-Date") or ""}
            if rec.http_headers is not None:
                meta["content_type"] = rec.http_headers.get_header("Content-Type") or ""
    except OSError as e:
        raise WarcError(f"{file}#{offset}", e.strerror or str(e)) from None
    except WarcError:
        raise
    except Exception as e:
        raise WarcError(f"{file}#{offset}", f"damaged WARC record ({type(e).__name__}: {e})") from None
    if len(data) > max_bytes:
        raise WarcError(f"{file}#{offset}", f"{meta['url']}: page too large (> {max_bytes / 1e6:.0f} MB limit): not an article")
    return data, meta
