"""Write the listing of the files a build or a training reads, only when it changed (the Makefile's
prerequisite for them).

make compares times only: a file deleted, a manifest edited or an article copied in with its old
date (cp -p, rsync -a, unzip) left an up-to-date-looking knowledge base.  This listing (path, size
and modification time of every file under the folders given that the build reads; a folder that is
not there adds nothing, as one not named) is rewritten, by temp file and rename, whenever one of
them differs, so it is newer than what was built before the change; left alone, it keeps its time
and nothing rebuilds.  A first listing takes the time of its newest file, so that run judges as
make did before it had one (an up-to-date knowledge base is not rebuilt, nor the model retrained,
for the listing's sake).

``--trained FILE``: the listing the model was last trained with (the Makefile copies it there, with
its time, after training).  A listing that comes back to it takes that time again, not now: a run
that named other folders (``make -n kb SEEDS_DIR=``, whose listing runs under -n too) then leaves
the ordinary ``make kb`` nothing to redo, while a model trained on other folders is retrained.
``--kb FILE``: the knowledge base built from the folders listed.  One whose meta table records other
folders (``policykb build ONE_FILE --replace`` into it) no longer mirrors them, though no listed file
changed: the listing is then dated now, so make builds it again (a checkout moved elsewhere, whose
folders are spelled as before, is not another corpus).
Standard library only and one pass of ``stat``: the Makefile runs it on every ``make kb``.

    python3 tools/file_listing.py outputs/.corpus-files --kb outputs/kb.sqlite corpora
    python3 tools/file_listing.py outputs/.labelled-articles --trained outputs/.labelled-articles-trained ../shared/seeds
"""
from __future__ import annotations

import json
import os
import sqlite3
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
        if not os.path.isdir(root):  # (nothing read from it, as from a folder not named: SEEDS_DIR= is the same)
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


def _read(path: Path | None) -> str | None:
    try:
        return path.read_text(encoding="utf-8") if path else None
    except (OSError, UnicodeDecodeError):
        return None


def _files_only(text: str) -> str:
    """An older listing without its lines for folders not there (``DIR\tmissing``): what it lists today."""
    return "".join(line for line in text.splitlines(keepends=True) if line.count("\t") == 2)


def write_if_changed(out: Path, text: str, newest: int = 0, trained: Path | None = None) -> bool:
    old = _read(out)
    if old == text:
        return False
    when = None  # (now: newer than what was made from the listing before)
    if not out.exists():
        when = newest
    elif old is not None and _files_only(old) == text:  # (the same files, listed as this version lists them)
        when = out.stat().st_mtime_ns
    if trained is not None and _read(trained) == text:  # (back to what the model was trained with)
        when = trained.stat().st_mtime_ns
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    if when is not None:
        os.utime(tmp, ns=(when, when))
    os.replace(tmp, out)  # (never a half-written listing that a later run would compare against)
    return True


def built_from_others(kb: Path, roots: list[str]) -> bool:
    """Whether the knowledge base records corpus folders (meta 'corpus': [given, resolved] each) other than
    ``roots``, neither spelled nor resolving the same."""
    try:
        conn = sqlite3.connect(kb.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'corpus'").fetchone()
        finally:
            conn.close()
        stored = json.loads(row[0]) if row else None
    except (OSError, sqlite3.Error, ValueError):  # (none yet, or not one: the build says what it is)
        return False
    if not stored:
        return False
    if [os.path.normpath(g) for g, _ in stored] == [os.path.normpath(r) for r in roots]:
        return False
    return [r for _, r in stored] != [os.path.realpath(r) for r in roots]


def _dated_now(out: Path) -> None:
    if out.exists():
        os.utime(out)


def main(argv: list[str]) -> int:
    trained = kb = None
    while argv[1:2] in (["--trained"], ["--kb"]) and len(argv) >= 3:
        if argv[1] == "--trained":
            trained = Path(argv[2])
        else:
            kb = Path(argv[2])
        argv = argv[:1] + argv[3:]
    if len(argv) < 1:  # (no folder: an empty listing, as make kb REAL_DIR= SEEDS_DIR= asks)
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    changed = write_if_changed(Path(argv[0]), *listing(argv[1:]), trained=trained)
    if not changed and kb is not None and built_from_others(kb, argv[1:]):
        _dated_now(Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
