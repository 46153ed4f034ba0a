"""Offsets of a substring in a real page: python3 tests/gold_real/tools/locate.py FILE SUBSTRING [--nth N].

Prints {"start", "end", "sha1"} (and how many times the substring occurs) so that annotations
can refer to the page by position without copying its text.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "real"


def locate(text: str, sub: str, nth: int = 0) -> dict:
    pos, found = -1, []
    while True:
        pos = text.find(sub, pos + 1)
        if pos < 0:
            break
        found.append(pos)
    if len(found) <= nth:
        raise SystemExit(f"substring occurs {len(found)} times; --nth {nth} not available")
    s = found[nth]
    e = s + len(sub)
    return {"start": s, "end": e, "sha1": hashlib.sha1(text[s:e].encode("utf-8")).hexdigest(), "occurrences": len(found)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("substring")
    ap.add_argument("--nth", type=int, default=0)
    a = ap.parse_args()
    path = Path(a.file)
    if not path.exists():
        path = REAL / a.file
    print(json.dumps(locate(path.read_text(encoding="utf-8"), a.substring, a.nth), ensure_ascii=False))


if __name__ == "__main__":
    main()
