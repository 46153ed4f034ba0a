"""Where the text stages' regular expressions spend their time: every call of every pattern over a set of
files, counted, with the characters it was given and its seconds, beside the stages' own seconds.

It answers whether merging the rules' passes over the text into fewer scans can pay: how many scans of a
whole document each document gets (a search, finditer, findall, sub or split given at least half of the
document's text), what they cost, and what all pattern calls cost, as a share of the stages' time.

Stage seconds come from a plain run in a child process (no instrumentation); the pattern counts from a
second run whose patterns are wrapped (each call timed, so that run is slower: its regex seconds are an
upper bound).  The wrapped patterns return matches that give the wrapper as ``m.re``, so code comparing
``m.re is PATTERN`` behaves as in the plain run; ``--check`` compares the extractions of both runs.

Usage: python bench/regex_scans.py FILE_OR_FOLDER... [--limit 400] [--top 25] [--json OUT] [--check]
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
import json
from pathlib import Path
import re
import subprocess
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WHOLE = ("search", "finditer", "findall", "sub", "subn", "split")  # the methods that scan what they are given
_SCANNING = ("search", "match", "fullmatch", "findall", "split")
_clock = time.perf_counter


class _Stats:
    """(pattern, method) -> [calls, characters given, seconds, whole-document calls]; the document being read."""

    def __init__(self) -> None:
        self.calls: defaultdict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0.0, 0])
        self.doc_len = 0

    def add(self, key: tuple[str, str], given: int, seconds: float) -> None:
        row = self.calls[key]
        row[0] += 1
        row[1] += given
        row[2] += seconds
        if key[1] in WHOLE and self.doc_len and 2 * given >= self.doc_len:
            row[3] += 1


STATS = _Stats()


def _given(string, args: tuple, kw: dict) -> int:
    """Characters between pos and endpos of a call (the whole string without them)."""
    if not isinstance(string, (str, bytes)):
        return 0
    pos = args[0] if args else kw.get("pos", 0)
    end = args[1] if len(args) > 1 else kw.get("endpos", len(string))
    return max(0, min(end, len(string)) - pos)


class _Match:
    """A match whose ``re`` is the wrapped pattern (``m.re is PATTERN`` as in a plain run)."""

    __slots__ = ("_m", "re")

    def __init__(self, m: re.Match, wrapped: "_Pattern") -> None:
        self._m, self.re = m, wrapped

    def __getattr__(self, name):
        return getattr(self._m, name)

    def __getitem__(self, g):
        return self._m[g]


def _match_of(m, wrapped: "_Pattern"):
    return None if m is None else _Match(m, wrapped)


class _Pattern:
    """A compiled pattern whose calls are counted into ``STATS``."""

    __slots__ = ("_p", "pattern")

    def __init__(self, p: re.Pattern) -> None:
        self._p, self.pattern = p, p.pattern

    def __getattr__(self, name):
        return getattr(self._p, name)

    def __hash__(self) -> int:
        return hash(self._p)

    def __eq__(self, other) -> bool:
        return self._p == (other._p if isinstance(other, _Pattern) else other)

    def _timed(self, name: str, given: int, call, *args, **kw):
        t = _clock()
        out = call(*args, **kw)
        STATS.add((self.pattern, name), given, _clock() - t)
        return out

    def search(self, string, *a, **kw):
        return _match_of(self._timed("search", _given(string, a, kw), self._p.search, string, *a, **kw), self)

    def match(self, string, *a, **kw):
        return _match_of(self._timed("match", _given(string, a, kw), self._p.match, string, *a, **kw), self)

    def fullmatch(self, string, *a, **kw):
        return _match_of(self._timed("fullmatch", _given(string, a, kw), self._p.fullmatch, string, *a, **kw), self)

    def findall(self, string, *a, **kw):
        return self._timed("findall", _given(string, a, kw), self._p.findall, string, *a, **kw)

    def split(self, string, *a, **kw):
        return self._timed("split", len(string), self._p.split, string, *a, **kw)

    def sub(self, repl, string, *a, **kw):
        return self._timed("sub", len(string), self._p.sub, self._repl(repl), string, *a, **kw)

    def subn(self, repl, string, *a, **kw):
        return self._timed("subn", len(string), self._p.subn, self._repl(repl), string, *a, **kw)

    def _repl(self, repl):
        return (lambda m: repl(_Match(m, self))) if callable(repl) else repl

    def finditer(self, string, *a, **kw):
        key, given = (self.pattern, "finditer"), _given(string, a, kw)
        it = self._p.finditer(string, *a, **kw)
        spent = 0.0
        try:
            while True:
                t = _clock()
                m = next(it, None)
                spent += _clock() - t
                if m is None:
                    return
                yield _Match(m, self)
        finally:
            STATS.add(key, given, spent)


def _wrap_compiler() -> None:
    """Every str pattern compiled from now on comes wrapped (before the stages' modules are imported)."""
    import re._compiler as compiler

    compile_ = compiler.compile

    def wrapped(p, flags=0):
        out = compile_(p, flags)
        return _Pattern(out) if isinstance(p, str) else out

    compiler.compile = wrapped
    re.purge()


def _files(args: list[str], limit: int | None) -> list[str]:
    from pipeline.text.ingest import Skipped, discover

    out = [str(p) for a in args for p in discover(a) if not isinstance(p, Skipped)]
    return sorted(out)[:limit] if limit else sorted(out)


def _readable(path: str):
    """The file's RawDocument, or None for one the build skips (a README beside the pages)."""
    from pipeline.text.ingest import IngestError, read_document

    try:
        return read_document(path)
    except IngestError:
        return None


def _run(files: list[str], instrumented: bool) -> dict:
    """process_document over the files (after one to load everything); stage seconds, characters, and a digest
    of every extraction."""
    import hashlib
    import gc

    from pipeline import worker
    if instrumented:
        worker.precompiled = __import__("contextlib").nullcontext  # (the table's patterns would bypass the wrapper)
    from pipeline.extract.regions import Gazetteer

    worker.import_stages()
    Gazetteer.load()
    raws = list(filter(None, map(_readable, files)))
    worker.process_document(raws[0])
    STATS.calls.clear()
    timings: Counter = Counter()
    digest = hashlib.sha256()
    gc.disable()
    for raw in raws:
        STATS.doc_len = len(raw.text)
        pd = worker.process_document(raw, timings)
        digest.update(repr(pd.extractions).encode())
    return {"documents": len(raws), "characters": sum(len(r.text) for r in raws),
            "stage_seconds": {k: round(v, 3) for k, v in timings.most_common()}, "digest": digest.hexdigest()}


def summary(files: list[str], plain: dict, top: int) -> dict:
    docs, chars = plain["documents"], plain["characters"]
    rows = STATS.calls
    whole = {k: v for k, v in rows.items() if v[3]}
    text_stages = sum(plain["stage_seconds"].values())
    regex_seconds = sum(v[2] for v in rows.values())
    return {
        "documents": docs, "characters": chars, "stage_seconds": plain["stage_seconds"],
        "text_stage_seconds": round(text_stages, 3),
        "pattern_calls": sum(v[0] for v in rows.values()), "patterns_used": len({k[0] for k in rows}),
        "regex_seconds_instrumented": round(regex_seconds, 3),
        "whole_document_scans_per_document": round(sum(v[3] for v in whole.values()) / docs, 1),
        "patterns_scanning_whole_documents": len({k[0] for k in whole}),
        "whole_document_scan_seconds": round(sum(v[2] * v[3] / v[0] for v in whole.values()), 3),
        "top_by_seconds": [{"pattern": p[:100], "method": m, "calls": n, "chars_given_per_text_char": round(c / chars, 2),
                            "seconds": round(s, 4), "whole_document_calls": w}
                           for (p, m), (n, c, s, w) in sorted(rows.items(), key=lambda kv: -kv[1][2])[:top]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--limit", type=int, default=400, help="files read (sorted), 0 for all")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--json", help="write the summary here")
    ap.add_argument("--check", action="store_true", help="fail unless both runs extracted the same")
    ap.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)  # (the child's run)
    args = ap.parse_args()
    files = _files(args.paths, args.limit or None)
    if args.plain:
        print(json.dumps(_run(files, False)))
        return
    child = subprocess.run([sys.executable, __file__, *args.paths, "--limit", str(args.limit), "--plain"],
                           capture_output=True, text=True)
    if child.returncode:
        raise SystemExit(f"the plain run failed:\n{child.stderr}")
    plain = json.loads(child.stdout.splitlines()[-1])
    _wrap_compiler()
    counted = _run(files, True)
    out = summary(files, plain, args.top)
    out["same_extractions"] = counted["digest"] == plain["digest"]
    text = json.dumps(out, ensure_ascii=False, indent=1)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    print(text)
    if args.check and not out["same_extractions"]:
        raise SystemExit("the instrumented run extracted otherwise than the plain one")


if __name__ == "__main__":
    main()
