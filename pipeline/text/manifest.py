"""A crawl's own record of its pages: ``manifest.tsv`` / ``manifest.csv`` / ``manifest.jsonl`` (or ``manifest.json``,
the same objects as one JSON array) beside the files.

Crawlers keep, for each saved page, where it came from and the headline and date the site
showed, while the saved text often starts below them (on the 80 real pages of ../shared/real,
30 give no headline and 52 no date in their text).  A manifest row fills what the text does not
give: the document's URL, and the title and date of an article that has none of its own (the
title only when the page holds one article); ``Article.from_manifest`` names what was taken, so
the knowledge base tells the page's own words from the crawl's.

A row is part of its document's input: ``ingest.doc_id`` hashes it with the bytes, so a changed
row rebuilds that document alone.  Columns are found by name (English or Chinese, any case):
the file (relative to the manifest's folder), url, title, date or year; others are ignored.  A
manifest that cannot be read is one warning line naming it and why; the build goes on without it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
import csv
from dataclasses import dataclass
import io
import json
import os
from pathlib import Path
import re

from pipeline.core.records import Article, PageMeta
from pipeline.text.chars import to_simplified
from pipeline.text.dates import iso, iso_date
from pipeline.text.ingest import MANIFEST_NAMES, discover
from pipeline.text.saved import decode_saved

NAMES = MANIFEST_NAMES
MAX_BYTES = 200 * 1024 * 1024

# column -> the names crawlers give it
_COLUMNS = {
    "file": ("file", "path", "filename", "file_name", "文件", "文件名"),
    "url": ("url", "link", "href", "source_url", "链接", "网址"),
    "title": ("title", "headline", "visible_title", "标题", "题目"),
    "date": ("date", "published", "publish_date", "pub_date", "日期", "发布时间", "发布日期"),  # (not "time": a crawler's fetch time)
    "year": ("year", "年份", "年"),
}
_FETCH_JOURNAL = frozenset({"run", "url", "outcome"})  # the keys of pipeline/fetch/store.py's manifest lines
_LONGEST_TITLE = 200  # longer is a page's text in the wrong column, not a headline
_YEAR = re.compile(r"\s*((?:19|20)\d{2})\s*年?\s*")
_SURROGATE = re.compile("[\ud800-\udfff]")  # one half of a UTF-16 pair, alone: what a JSON "\ud800" decodes to
_YEAR_MONTH = re.compile(r"\s*((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*")  # 2018-05: a month known, not its day
# 08/05/2019: 8 May (day first, as most of the world writes it) or 5 August (as US software does)? Not read.
_DAY_OR_MONTH = re.compile(r"\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*((?:19|20)\d{2})\s*")


@dataclass(frozen=True)
class Problem:
    """A manifest (or one of its rows) that could not be read: the path and the reason."""

    path: str
    reason: str


def find(root: str | os.PathLike) -> list[Path]:
    """The manifests under ``root``, shallowest first, met on the walk ``discover`` makes (the real tree, then
    the folders links lead to, each once); for a file, those beside it (whose rows may name it)."""
    root = Path(root)
    if root.is_file():
        return sorted(p for p in root.parent.glob("manifest.*") if p.name in NAMES and p.is_file())
    if not root.is_dir():
        return []
    found: list[Path] = []
    for _ in discover(root, found):
        pass
    return _shallowest_first(found)


def _shallowest_first(paths: Iterable[Path]) -> list[Path]:
    return sorted(paths, key=lambda p: (len(p.parts), str(p)))


def read(root: str | os.PathLike, found_files: Iterable[str] | None = None, manifests: Iterable[Path] | None = None
         ) -> tuple[dict[str, PageMeta], list[Problem]]:
    """Every manifest row under ``root``, by the file's absolute, normalised path (``key``).  A
    deeper manifest's row for a file wins over a shallower one's.  ``found_files``: the files the caller
    found there (a row naming another is said to name no file; without them each row's file is looked for);
    ``manifests``: those its own walk met (``discover``), else they are looked for."""
    pages: dict[str, PageMeta] = {}
    problems: list[Problem] = []
    try:
        found = _shallowest_first(manifests) if manifests is not None else find(root)
    except OSError as e:  # (a folder too deep to name: discover names it, and the rest is built)
        return {}, [Problem(e.filename or str(root), f"crawl manifests not looked for ({_reason(e)}); "
                                                     "the pages are built without them")]
    read_ = []
    known = {key(f) for f in found_files} if found and found_files is not None else None  # (only when there are rows)
    for path in found:
        try:
            rows = _rows(path)
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as e:
            problems.append(Problem(str(path), f"manifest not read ({_reason(e)}); its pages are built without it"))
            continue
        read_.append(path)
        got, bad = _pages(path, rows, known)
        pages.update(got)
        problems += bad
    folders = Counter(p.parent for p in read_)
    for folder in sorted(f for f, n in folders.items() if n > 1):
        names = sorted(p.name for p in read_ if p.parent == folder)
        problems.append(Problem(str(folder), f"several manifests ({', '.join(names)}): their rows are merged, "
                                             f"{names[-1]}'s kept for a file more than one names"))
    return pages, problems


def key(path: str | os.PathLike) -> str:
    return os.path.normpath(os.path.abspath(path))


def _reason(e: Exception) -> str:
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return str(e) if isinstance(e, ValueError) and not isinstance(e, UnicodeDecodeError) else f"{type(e).__name__}: {e}"


def _rows(path: Path) -> list[dict[str, str]]:
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 2**20} MB")
    text = decode_saved(path.read_bytes())
    if path.suffix == ".json":  # (what a crawler that dumps its list at the end writes: the .jsonl lines in one array)
        try:
            items = json.loads(text)
        except json.JSONDecodeError as e:
            raise ValueError(f"not JSON (line {e.lineno}: {e.msg})") from None
        if not isinstance(items, list):
            raise ValueError("not a JSON array of objects (one per file)")
        if bad := next((n for n, row in enumerate(items, 1) if not isinstance(row, dict)), None):
            raise ValueError(f"item {bad} is not a JSON object")
        return [{str(k): "" if v is None else str(v) for k, v in row.items()} for row in items]
    if path.suffix == ".jsonl":
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"line {n} is not JSON: {e.msg}") from None
                if not isinstance(row, dict):
                    raise ValueError(f"line {n} is not a JSON object")
                rows.append({str(k): "" if v is None else str(v) for k, v in row.items()})
        return rows
    reader = csv.DictReader(io.StringIO(text), delimiter="\t" if path.suffix == ".tsv" else ",")
    return [{k: v or "" for k, v in row.items() if k is not None} for row in reader]


def _pages(path: Path, rows: list[dict[str, str]], known: set[str] | None) -> tuple[dict[str, PageMeta], list[Problem]]:
    if not rows:
        return {}, []
    jsonl = path.suffix in (".jsonl", ".json")  # (each object names its own fields: crawlers leave out the empty ones)
    columns = _columns(set().union(*(r.keys() for r in rows)) if jsonl else rows[0].keys())
    if "file" not in columns and _FETCH_JOURNAL <= rows[0].keys():
        return {}, []  # `policykb fetch`'s own journal beside its WARC files (which carry their URLs)
    if "file" not in columns:
        return {}, [Problem(str(path), f"manifest has no file column ({', '.join(_COLUMNS['file'])}); not used")]
    pages: dict[str, PageMeta] = {}
    problems: list[Problem] = []
    missing, twice, ambiguous, seen = [], [], [], set()
    here = key(path.parent)
    for n, row in enumerate(rows, 1 if jsonl else 2):
        if jsonl:
            columns = _columns(row.keys())
            if "file" not in columns:
                continue
        for field, col in columns.items():
            if _SURROGATE.search(row.get(col, "")):  # (a JSON \ud800 escape: half of a character, which no text holds)
                problems.append(Problem(f"{path}:{n}", f"{field} {row[col][:40]!r} is not text (a lone surrogate); left out"))
                row = {**row, col: ""}
        name = row.get(columns["file"], "").strip().replace("\\", "/")  # (a path written on Windows)
        if not name:
            continue
        where = os.path.normpath(os.path.join(here, name))
        if not where.startswith(here + os.sep) or ((known is None or where not in known) and not os.path.isfile(where)):
            missing.append(name)  # (no such file, or one outside the manifest's folder; not one left out of this build)
            continue
        if where in seen:
            twice.append(name)
        seen.add(where)
        page = page_meta(**{field: row.get(col, "") for field, col in columns.items() if field != "file"})
        if _ambiguous(row.get(columns.get("date", ""), "")):
            ambiguous.append(row[columns["date"]].strip())
        elif page.date is None and (given := row.get(columns.get("date", ""), "") or row.get(columns.get("year", ""), "")):
            problems.append(Problem(f"{path}:{n}", f"date {given.strip()[:40]!r} not understood; left out"))
        if page != PageMeta():
            pages[where] = page
    if missing:
        problems.append(Problem(str(path), f"{len(missing)} {'rows name' if len(missing) > 1 else 'row names'} no file in its folder "
                                           f"({_some(missing)}); not used"))
    if ambiguous:
        problems.append(Problem(str(path), f"{len(ambiguous)} {'dates' if len(ambiguous) > 1 else 'date'} ambiguous, day or "
                                           f"month first ({_some(ambiguous)}); left out: write YYYY-MM-DD"))
    if twice:
        problems.append(Problem(str(path), f"{len(twice)} file{'s' if len(twice) > 1 else ''} named in more than one row "
                                           f"({_some(twice)}); the last row kept"))
    return pages, problems


def _some(names: list[str], shown: int = 3) -> str:
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def _columns(names) -> dict[str, str]:
    """Our field -> the manifest's column holding it (the first of its names that is there)."""
    by_name = {n.strip().lower(): n for n in names if n}
    found = {field: [by_name[a] for a in aliases if a in by_name] for field, aliases in _COLUMNS.items()}
    return {field: cols[0] for field, cols in found.items() if cols}


def _ambiguous(text: str) -> bool:
    """A date both of whose first two numbers could be the month (08/05/2019), and differ."""
    m = _DAY_OR_MONTH.fullmatch(text)
    return bool(m) and int(m[1]) <= 12 and int(m[2]) <= 12 and int(m[1]) != int(m[2])


def page_meta(url: str = "", title: str = "", date: str = "", year: str = "") -> PageMeta:
    """A row's fields, cleaned: a title on one line (none when it is too long to be one), a date in
    ISO form (a year alone: '2019'), None for what is empty or not understood."""
    title = to_simplified(" ".join(title.split()))  # (as the text's own titles are stored)
    return PageMeta(url=url.strip() or None,
                    title=title if 0 < len(title) <= _LONGEST_TITLE else None,
                    date=_date(date) or _date(year))


def _date(text: str) -> str | None:
    if not text.strip() or _ambiguous(text):
        return None
    if m := _YEAR.fullmatch(text):
        return iso(int(m[1]))
    if m := _YEAR_MONTH.fullmatch(text):
        return iso(int(m[1]), int(m[2]))
    return iso_date(text)


# A news lead's month and day before its mark (红网时刻新闻7月6日讯, 新华社北京5月1日电), in the opening of the text: a
# day without its year, which the text stages do not take for a date
_DATELINE_DAY = re.compile(r"^[^\n。，,]{0,30}?(?<!\d)(\d{1,2})月(\d{1,2})日(?:讯|电|消息)")


def _dateline_day(text: str, manifest_date: str) -> str | None:
    """The day a year-only (or year-and-month) manifest date and the text's dateline make together (2023 and
    7月6日讯: 2023-07-06), None where they do not fit: the page said the date was the manifest's 2023 and that the
    text carried none."""
    m = _DATELINE_DAY.match(text or "")
    if not m or len(manifest_date) not in (4, 7):
        return None
    month = int(m[1])
    if len(manifest_date) == 7 and int(manifest_date[5:]) != month:
        return None
    return iso(int(manifest_date[:4]), month, int(m[2])) or None


def fill(articles: list[Article], page: PageMeta | None) -> None:
    """What the page's text leaves out, from its manifest row: the date of every article without
    one, the title of its only article when that has none (several articles on one page do not
    share its headline)."""
    if page is None:
        return
    for art in articles:
        if art.date is None and page.date:
            day = _dateline_day(art.text, page.date)
            art.date = day or page.date
            art.from_manifest.append("year" if day else "date")
    if len(articles) == 1 and articles[0].title is None and page.title:
        articles[0].title = page.title
        articles[0].from_manifest.append("title")
