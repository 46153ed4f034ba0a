"""bench/regex_scans.py: pattern calls counted without changing what the stages do."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.conftest import ROOT, bench_module


def test_wrapped_pattern_counts_calls_and_keeps_match_identity():
    scans = bench_module("regex_scans")
    scans.STATS.calls.clear()
    scans.STATS.doc_len = 20
    p = scans._Pattern(re.compile(r"(\d+)名"))
    text = "选派12名干部，其中3名到村任职。"
    m = p.search(text)
    assert m.re is p and m[1] == "12" and m.span() == (2, 5)  # (code comparing m.re with the pattern as before)
    assert [x.group(1) for x in p.finditer(text)] == ["12", "3"]
    assert p.sub(lambda x: x.re is p and "N名" or "?", text) == "选派N名干部，其中N名到村任职。"
    assert p.match(text) is None
    calls = scans.STATS.calls
    assert calls[(p.pattern, "search")][:2] == [1, len(text)]
    assert calls[(p.pattern, "finditer")][3] == 1  # the whole text given: a scan of the whole document
    assert calls[(p.pattern, "match")][3] == 0  # (a match is anchored: never counted as a scan)


def test_instrumented_run_extracts_as_the_plain_one(tmp_path):
    out = tmp_path / "scans.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "regex_scans.py"), str(ROOT / "corpora" / "sample"),
                    "--limit", "4", "--top", "3", "--json", str(out), "--check"], check=True, capture_output=True, cwd=ROOT)
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["same_extractions"] and r["documents"] == 4
    assert r["whole_document_scans_per_document"] > 0 and r["pattern_calls"] > 0 and len(r["top_by_seconds"]) == 3
