"""Cohen's kappa of the two labellers on the 150-measure overlap, per category, before adjudication.

python3 corpora/labels/real/agreement.py   (needs scikit-learn: run with .venv/bin/python)
"""
from __future__ import annotations

import json
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

HERE = Path(__file__).resolve().parent
CATEGORIES = ["select", "train", "practice", "evaluate", "supervise", "reward", "care", "tolerate", "workforce"]


def load(name: str) -> dict[str, dict]:
    rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def main() -> None:
    a, b = load("labels_L1.jsonl"), load("labels_L2.jsonl")
    ids = [i for i in (HERE / "overlap_ids.list").read_text().split() if i in a and i in b]
    print(f"{len(ids)} measures labelled by both")
    print(f"{'label':<12}{'kappa':>8}{'agree':>8}{'L1':>5}{'L2':>5}")
    rows = [("measure", [int(a[i]["measure"]) for i in ids], [int(b[i]["measure"]) for i in ids])]
    both = [i for i in ids if a[i]["measure"] and b[i]["measure"]]
    for c in CATEGORIES:  # on the items both call a measure
        rows.append((c, [int(c in a[i]["categories"]) for i in both], [int(c in b[i]["categories"]) for i in both]))
    for name, x, y in rows:
        k = cohen_kappa_score(x, y) if len(set(x) | set(y)) > 1 else float("nan")
        agree = sum(p == q for p, q in zip(x, y)) / len(x)
        print(f"{name:<12}{k:>8.3f}{agree:>8.3f}{sum(x):>5}{sum(y):>5}")
    exact = sum(set(a[i]["categories"]) == set(b[i]["categories"]) for i in both) / len(both)
    print(f"category sets identical on {len(both)} measures both labelled as measures: {exact:.3f}")


if __name__ == "__main__":
    main()
