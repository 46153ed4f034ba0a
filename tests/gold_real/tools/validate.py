"""Check real-gold annotation files: python3 tests/gold_real/tools/validate.py [NNN.json ...].

Checks the schema, that every offset span lies in the page and matches its sha1, and that the
place spans' text agrees with the page (ignoring traditional/simplified differences is left to
the reader: a mismatch is printed as a warning, not an error).
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
REAL = HERE.parents[2] / "shared" / "real"
ARTICLE_KEYS = ["title", "date", "source", "authors", "editor", "region", "places", "slogans", "quoted_terms",
                "figures", "documents", "dates", "measures"]
FIGURE_KEYS = ["text", "value", "high", "unit", "qualifier", "subject", "time", "per"]
SLOGAN_KEYS = ["text", "canonical", "numbered", "count", "components", "local"]
LEVELS = {"province", "city", "county", "township", "village", "zone"}


def _span(text: str, sp: dict, where: str, errors: list[str]) -> None:
    s, e = sp.get("start"), sp.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        errors.append(f"{where}: bad offsets {s}..{e}")
        return
    if "sha1" in sp and hashlib.sha1(text[s:e].encode("utf-8")).hexdigest() != sp["sha1"]:
        errors.append(f"{where}: sha1 does not match text[{s}:{e}]")


def check(path: Path) -> list[str]:
    errors: list[str] = []
    g = json.loads(path.read_text(encoding="utf-8"))
    page = REAL / g["file"]
    text = page.read_text(encoding="utf-8")
    if g.get("sha256") != hashlib.sha256(page.read_bytes()).hexdigest():
        errors.append(f"{path.name}: sha256 of the page differs")
    if not g.get("articles"):
        errors.append(f"{path.name}: no articles")
    for i, a in enumerate(g.get("articles", [])):
        w = f"{path.name} article {i}"
        if list(a) != ARTICLE_KEYS:
            errors.append(f"{w}: keys {list(a)} != {ARTICLE_KEYS}")
            continue
        if a["title"] is not None:
            _span(text, a["title"], f"{w} title", errors)
        for f in a["figures"]:
            if list(f) != FIGURE_KEYS:
                errors.append(f"{w} figure {f.get('text')}: keys {list(f)}")
        for s in a["slogans"]:
            if list(s) != SLOGAN_KEYS:
                errors.append(f"{w} slogan {s.get('text')}: keys {list(s)}")
        for p in a["places"]:
            if p.get("level") not in LEVELS:
                errors.append(f"{w} place {p.get('text')}: level {p.get('level')}")
            _span(text, p, f"{w} place {p.get('text')}", errors)
            if 0 <= p.get("start", -1) < p.get("end", -1) <= len(text) and text[p["start"]:p["end"]] != p["text"]:
                print(f"warning {w} place {p['text']!r} at {p['start']}: page has {text[p['start']:p['end']]!r}")
        for m in a["measures"]:
            _span(text, m, f"{w} measure", errors)
        for au in a["authors"]:
            if set(au) != {"name", "role"}:
                errors.append(f"{w} author {au}: keys")
    return errors


def main(argv: list[str]) -> int:
    files = [Path(a) if Path(a).exists() else HERE / "annotations" / a for a in argv] or sorted(
        (HERE / "annotations").glob("*.json"))
    errors = [e for f in files for e in check(f)]
    print("\n".join(errors) or f"{len(files)} files OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
