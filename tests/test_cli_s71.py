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


def test_an_export_folder_an_earlier_version_wrote_is_written_again(tmp_path, sample_kb):
    # (its CSV files and dtypes.json, no .policykb-output yet: export refused it until --force)
    import json

    db, _ = sample_kb
    out = tmp_path / "export"
    out.mkdir()
    (out / "articles.csv").write_text("id\n1\n", encoding="utf-8")
    (out / "dtypes.json").write_text(json.dumps({"articles.csv": {"id": "Int64"}}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out), "-q"])
    assert r.exit_code == 0, r.output
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "articles.csv").write_text("my own\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(mine), "-q"])
    assert r.exit_code == 1 and "--force" in r.output and (mine / "articles.csv").read_text(encoding="utf-8") == "my own\n"
