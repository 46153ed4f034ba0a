"""How many of the townships bench/synth.py wrote a built knowledge base places, and how many of its
township mentions and primary townships are the ones synth wrote.

Usage: python bench/township_agreement.py KB --n N [--seed 13]
"""
from __future__ import annotations

import argparse
from pathlib import Path
import re
import sqlite3
import sys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402


# The file name synth writes article i under (``synth.path_of``: a0000042.txt, .md, .html)
_SYNTH_FILE = re.compile(r"(?:^|[/\\])a(\d{7})\.[^/\\]+$")


def synth_number(path: str) -> int | None:
    """The number of the synthetic article at ``path``, or None for a file synth did not write (the corpora, the real
    pages or reposts built beside the synthetic corpus: they crashed the count, having no number)."""
    m = _SYNTH_FILE.search(path)
    return int(m.group(1)) if m else None


def agreement(kb: str | Path, n: int, seed: int = 13) -> dict:
    """Counts over the first ``n`` articles of the seed's corpus, built into ``kb`` (paths as synth writes them)."""
    con = sqlite3.connect(kb)
    by_path: dict[int, str] = {}
    for path, article in con.execute("SELECT s.path, a.id FROM sources s JOIN articles a ON a.doc_id = s.doc_id"):
        if (i := synth_number(path)) is not None:
            by_path[i] = article
    mentions: dict[str, set[str]] = {}
    for article, code in con.execute("SELECT article_id, code FROM region_mentions WHERE level = 'township'"):
        mentions.setdefault(article, set()).add(code)
    primary = dict(con.execute("SELECT article_id, code FROM regions WHERE level = 'township'"))
    headed = dict(con.execute("SELECT a.id, a.title FROM articles a"))
    out = {"articles": 0, "with_towns": 0, "towns_written": 0, "towns_placed": 0, "mentions": 0,
           "mentions_written": 0, "ambiguous_mentions": 0, "primary_townships": 0, "primary_written": 0,
           "headed_by_town": 0, "headed_primary_town": 0}
    for i in range(n):
        article = by_path.get(i)
        if article is None:
            continue
        out["articles"] += 1
        written = set(synth.towns_written(i, seed))
        found = mentions.get(article, set())
        out["with_towns"] += bool(written)
        out["towns_written"] += len(written)
        out["towns_placed"] += len(written & found)
        out["mentions"] += len(found)
        out["mentions_written"] += len(found & written)
        out["ambiguous_mentions"] += sum(1 for c in found if not c)
        if article in primary:
            out["primary_townships"] += 1
            out["primary_written"] += primary[article] in written
        title = headed.get(article) or ""
        names = [synth.gazetteer().places[c].name for c in written]
        if any(x in title for x in names):
            out["headed_by_town"] += 1
            out["headed_primary_town"] += primary.get(article) in written
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kb")
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    print(agreement(args.kb, args.n, args.seed))


if __name__ == "__main__":
    main()
