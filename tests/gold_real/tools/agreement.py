"""Agreement of the first pass with the review, per field: python3 tests/gold_real/tools/agreement.py

For each field, items kept unchanged by the reviewer ÷ all items either annotator had
(kept + changed + added + removed): 1.0 means the reviewer changed nothing.
"""
from __future__ import annotations

from collections import Counter
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
LISTS = ("authors", "places", "slogans", "quoted_terms", "figures", "documents", "dates", "measures")
SCALARS = ("title", "date", "source", "editor", "region")


def main() -> None:
    after: Counter = Counter()
    for p in sorted((HERE / "annotations").glob("*.json")):
        for a in json.loads(p.read_text(encoding="utf-8"))["articles"]:
            for f in LISTS:
                after[f] += len(a[f])
            for f in SCALARS:
                after[f] += 1
    actions: dict[str, Counter] = {}
    pages = 0
    for p in sorted((HERE / "review").glob("*.json")):
        pages += 1
        for c in json.loads(p.read_text(encoding="utf-8"))["changes"]:
            field = c["field"].split(".")[0].split("[")[0]
            actions.setdefault(field, Counter())[c["action"]] += 1
    print(f"{pages} pages reviewed")
    print(f"{'field':<14}{'kept':>6}{'changed':>9}{'added':>7}{'removed':>9}{'agreement':>11}")
    tot = Counter()
    for f in SCALARS + LISTS:
        a = actions.get(f, Counter())
        kept = after[f] - a["add"] - a["change"]
        row = Counter(kept=kept, changed=a["change"], added=a["add"], removed=a["remove"])
        tot.update(row)
        n = sum(row.values())
        print(f"{f:<14}{kept:>6}{a['change']:>9}{a['add']:>7}{a['remove']:>9}{kept / n if n else 1:>11.3f}")
    n = sum(tot.values())
    print(f"{'all':<14}{tot['kept']:>6}{tot['changed']:>9}{tot['added']:>7}{tot['removed']:>9}{tot['kept'] / n:>11.3f}")
    other = sorted(set(actions) - set(SCALARS) - set(LISTS))
    if other:
        print("fields named otherwise in reviews:", ", ".join(f"{k} {sum(actions[k].values())}" for k in other))


if __name__ == "__main__":
    main()
