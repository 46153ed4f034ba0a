"""The command line as a newcomer met it in session 71."""
from click.testing import CliRunner

from pipeline import cli as cli_module
from pipeline.cli import cli


def test_search_piped_into_head_ends_quietly(sample_kb, monkeypatch):
    # `policykb search 考核 --format csv | head -1` said 'Error: cannot write the results: Broken pipe'
    db, _ = sample_kb

    def closed(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli_module, "_print_results", closed)
    r = CliRunner().invoke(cli, ["search", "考核", "--db", str(db), "--format", "csv"])
    assert "cannot write" not in r.output and "Traceback" not in r.output, r.output
    assert r.exit_code == 1  # (click's own ending for a closed pipe, as every other command)
