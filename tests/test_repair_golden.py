"""Golden cases: tests/golden/<case>/{input.txt, expected.txt, report.json}.

report.json gives the expected repair counts (null: "at least one") and
repairs that must be listed as [kind, before, after].
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.text.ingest import read_document
from pipeline.text.repair import repair_document

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.txt").exists())


@pytest.mark.parametrize("case", CASES)
def test_golden_repair(case):
    d = GOLDEN / case
    doc = repair_document(read_document(d / "input.txt"))
    expected = (d / "expected.txt").read_text(encoding="utf-8")
    assert doc.text == expected
    report = json.loads((d / "report.json").read_text(encoding="utf-8"))
    counts = doc.quality.counts
    for kind, n in report["counts"].items():
        if n is None:
            assert counts.get(kind, 0) > 0, kind
        else:
            assert counts.get(kind, 0) == n, (kind, counts)
    listed = {(r.kind, r.before, r.after) for r in doc.quality.repairs}
    for kind, before, after in report["repairs"]:
        assert (kind, before, after) in listed


@pytest.mark.parametrize("case", CASES)
def test_offsets_point_into_original(case):
    """Every clean character maps to an original character it came from."""
    from pipeline.text.chars import UNREADABLE, converter, to_simplified

    raw = read_document(GOLDEN / case / "input.txt")
    doc = repair_document(raw)
    assert len(doc.offsets) == len(doc.text) + 1
    assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:]))
    for i, ch in enumerate(doc.text):
        o = raw.text[doc.offsets[i]]
        if ch in ("\n", UNREADABLE) or ch.isspace():
            continue
        forms = {o, unicodedata_fold(o), to_simplified(o), converter("tw2s").convert(o)}
        # Characters rebuilt from a mis-decoded run come from its span, not one char.
        if any(r.kind == "mojibake" and r.orig_start <= doc.offsets[i] < r.orig_end for r in doc.quality.repairs):
            continue
        assert ch in forms, (i, ch, o)


def unicodedata_fold(c: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", c)
