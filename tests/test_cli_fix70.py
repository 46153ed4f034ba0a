"""The command line as session 70's CLI tester found it: each test fails on the code before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.classify.codebook import default_codebook_path
from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ONE_FILE = ROOT / "corpora" / "sample" / "jiangsu_nantong_haimen_ganbu_kaohe.txt"


def _broken_codebook(tmp_path: Path) -> tuple[Path, int]:
    """The shipped codebook with a colon typed into one category's English name (a YAML error), and its line."""
    lines = Path(default_codebook_path()).read_text(encoding="utf-8").split("\n")
    at = next(i for i, x in enumerate(lines) if x.strip().startswith("name_en:"))
    lines[at] = lines[at] + ": oops"
    path = tmp_path / "codebook.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize("command", [
    ["extract", str(ONE_FILE)],
    ["train", "--out", "{tmp}/m.pkl"],
    ["label", "--db", "{tmp}/kb.sqlite"],
    ["evaluate", "--task", "classify"],
])
def test_a_yaml_mistake_in_the_codebook_is_one_line_naming_file_and_line(tmp_path, command):
    book, line = _broken_codebook(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in command] + ["--codebook", str(book)]
    r = CliRunner().invoke(cli, args, input="q\n")
    assert r.exit_code == 1 and not isinstance(r.exception, ValueError), (r.output, r.exception)
    errors = [x for x in r.output.splitlines() if x.startswith("Error:")]
    assert errors == [f"Error: {book} line {line}: mapping values are not allowed in this context"], r.output
    assert "<unicode string>" not in r.output
