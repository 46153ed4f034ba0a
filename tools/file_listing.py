"""Write the listing of the files a build or a training reads, only when it changed (the Makefile's
prerequisite for them).

make compares times only: a file deleted, a manifest edited or an article copied in with its old
date (cp -p, rsync -a, unzip) left an up-to-date-looking knowledge base.  This listing (path, size
and modification time of every file under the folders given that the build reads, a missing
folder named as such) is rewritten, by temp file and rename, whenever one of them differs, so it
is newer than what was built before the change; left alone, it keeps its time and nothing rebuilds.
A first listing takes the time of its newest file, so that run judges as make did before it had one
(an up-to-date knowledge base is not rebuilt, nor the model retrained, for the listing's sake).
Standard library only and one pass of ``stat``: the Makefile runs it on every ``make kb``.

    python3 tools/file_listing.py outputs/.corpus-files corpora
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

# The names pipeline/text/ingest.py reads or names as skipped (SUFFIXES, warc.SUFFIXES, MANIFEST_NAMES,
# UNREAD_DOCUMENTS): kept in step by tests/test_make_s70.py, since this runs before .venv exists.
SUFFIXES = (".txt", ".md", ".html", ".htm", ".warc.gz", ".warc", ".pdf", ".doc", ".docx", ".wps", ".odt", ".rtf")
MANIFEST_NAMES = ("manifest.tsv", "manifest.csv", "manifest.jsonl", "manifest.json")


def read_by_build(name: str) -> bool:
    return name in MANIFEST_NAMES or name.lower().endswith(SUFFIXES)


def listing(roots: list[str]) -> tuple[str, int]:
    """The listing's text, and the newest modification time in it (ns; 0 without files)."""
    lines = []
    newest = 0
    for root in roots:
        if not os.path.isdir(root):
            lines.append(f"{root}\t{'not a folder' if os.path.exists(root) else 'missing'}")
            continue
        for path, size, mtime in sorted(_files(root)):
            lines.append(f"{path}\t{size}\t{mtime}")
            newest = max(newest, mtime)
    return "".join(line + "\n" for line in lines), newest


def _files(root: str):
    seen: set[str] = set()
    stack = [root]
    while stack:
        d = stack.pop()
        real = os.path.realpath(d)
        if real in seen:  # (a folder linked twice, or a link loop: the build reads it once)
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:
            yield d, "unreadable", e.errno
            continue
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not e.name.startswith("."):  # (the build skips hidden folders)
                    stack.append(e.path)
            elif read_by_build(e.name):
                try:
                    st = e.stat()
                    yield _printable(e.path), st.st_size, st.st_mtime_ns
                except OSError:  # (a dangling link: the build names it as skipped)
                    yield _printable(e.path), "dangling", 0


def _printable(path: str) -> str:
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def write_if_changed(out: Path, text: str, newest: int = 0) -> bool:
    first = not out.exists()
    if not first:
        try:
            if out.read_text(encoding="utf-8") == text:
                return False
        except (OSError, UnicodeDecodeError):
            pass
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    if first:
        os.utime(tmp, ns=(newest, newest))
    os.replace(tmp, out)  # (never a half-written listing that a later run would compare against)
    return True


def main(argv: list[str]) -> int:
    if len(argv) < 1:  # (no folder: an empty listing, as make kb REAL_DIR= SEEDS_DIR= asks)
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    write_if_changed(Path(argv[0]), *listing(argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
