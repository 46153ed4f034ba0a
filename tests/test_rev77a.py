"""Review of session 77's integrated change (review77a): nine defects, one test or more each.
Texts are written for these tests."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli


# --- 1. compare on a knowledge base built before the search's filter column -------------------------------------------

def test_compare_reports_on_a_knowledge_base_of_the_schema_before(tmp_path, segmenter):
    """compare never reads measure_fts: a schema-8 knowledge base still gets its report with no --category, and a
    --category asked of it is one line, not a traceback."""
    from tests.test_fts_filters77 import _as_schema_8, _build

    _, _, db = _build(tmp_path)
    _as_schema_8(db)
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "province", "--out", str(tmp_path / "rep"),
                                 "--quiet"])
    assert r.exit_code == 0 and r.exception is None, r.output
    assert (tmp_path / "rep" / "report.html").exists()
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "province", "--category", "tolerate",
                                 "--out", str(tmp_path / "rep2")])
    assert r.exit_code == 1 and "Traceback" not in r.output and "旧版" in r.output, r.output
