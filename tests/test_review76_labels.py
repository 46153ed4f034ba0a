"""Session 76's review of the codebook and `policykb label`: a number as an id (`id: 10`, a number to YAML) was
written to the labels as 10, then label crashed echoing the answer and refused the file it had written; a misspelt
key of the file itself (`group:` for `groups:`) loaded no group without a word; undo left a newline behind in a
file that had ended without one; the README's and the help's `label --category` example named no shipped category."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner
import pytest

from pipeline.classify.codebook import CodebookError, load_codebook
from pipeline.classify.data import load_labels
from pipeline.cli import cli
from tests.conftest import ROOT

SHIPPED = (ROOT / "pipeline/resources/codebook.yaml").read_text(encoding="utf-8")


def _codebook(tmp_path, text: str) -> str:
    path = tmp_path / "cb.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _label(db, labels, tmp_path, answers: str, *extra: str):
    return CliRunner().invoke(cli, ["label", "--db", str(db), "--labels", str(labels), "--n", "2",
                                    "--model", str(tmp_path / "none.pkl"), *extra], input=answers)


def test_a_number_as_an_id_or_a_name_is_read_as_its_digits(tmp_path):
    cb = load_codebook(_codebook(tmp_path, SHIPPED.replace("id: care", "id: 10", 1)
                                 .replace("id: female", "id: 20", 1).replace("name_zh: 女干部", "name_zh: 30", 1)))
    assert "10" in cb.ids and all(isinstance(c.id, str) and isinstance(c.name_zh, str) for c in cb.categories)
    assert {g.id for g in cb.groups} >= {"20"} and "30" in {g.name_zh for g in cb.groups}
    assert all(isinstance(g.id, str) and isinstance(g.name_zh, str) for g in cb.groups)


@pytest.mark.parametrize("value, kind", [("yes", "bool"), ("1.50", "float"), ("2024-01-01", "date")])
def test_an_id_yaml_reads_as_no_word_is_refused_asking_for_quotes(tmp_path, value, kind):
    with pytest.raises(CodebookError, match=f"category id .* is read by YAML as a {kind}.*write it in quotes"):
        load_codebook(_codebook(tmp_path, SHIPPED.replace("id: care", f"id: {value}", 1)))
    # (quoted, it is the word typed)
    assert value in load_codebook(_codebook(tmp_path, SHIPPED.replace("id: care", f'id: "{value}"', 1))).ids


def test_label_with_a_numeric_id_saves_it_as_text_and_reads_the_file_back(tmp_path, sample_kb):
    cb = _codebook(tmp_path, SHIPPED.replace("id: care", "id: 10", 1))
    labels = tmp_path / "labels.jsonl"
    r = _label(sample_kb[0], labels, tmp_path, "7\n7\nq\n", "--codebook", cb)
    assert r.exit_code == 0, r.output
    assert "saved k0001: 10" in r.output and "saved k0002: 10" in r.output
    assert [json.loads(line)["categories"] for line in labels.read_text(encoding="utf-8").splitlines()] == [["10"]] * 2
    assert [i.categories for i in load_labels(labels)] == [["10"]] * 2
    again = _label(sample_kb[0], labels, tmp_path, "q\n", "--codebook", cb)  # (the file it wrote is read again)
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize("key, slip, said", [
    ("\ngroups:", "\ngroup:", "group: is no key of a codebook (did you mean groups:?)"),
    ("\ncategories:", "\ncategorys:", "categorys: is no key of a codebook (did you mean categories:?)"),
    ("version:", "versoin:", "versoin: is no key of a codebook (did you mean version:?)"),
])
def test_a_misspelt_key_of_the_codebook_itself_is_refused_with_the_key_it_meant(tmp_path, key, slip, said):
    cb = _codebook(tmp_path, SHIPPED.replace(key, slip, 1))
    with pytest.raises(CodebookError, match=re.escape(said)):
        load_codebook(cb)
    text = tmp_path / "a.txt"
    text.write_text("某县关心干部\n县委每月安排专人同驻村干部开展谈心谈话。\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(text), "--codebook", cb, "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 1 and said in r.output and "Traceback" not in r.output, r.output


def test_undo_in_a_file_that_ended_without_a_newline_leaves_it_byte_for_byte(tmp_path, sample_kb):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "x1", "text": "乡镇党委每季度组织一次干部集中学习。", "categories": ["train"]},
                                 ensure_ascii=False), encoding="utf-8")  # (no newline at the end)
    before = labels.read_bytes()
    r = _label(sample_kb[0], labels, tmp_path, "1\nu\nq\n")
    assert r.exit_code == 0 and "saved k0001" in r.output and "undone: k0001" in r.output, r.output
    assert labels.read_bytes() == before
    # (two answers, the last undone: the first stays on a line of its own, the file as the one answer left it)
    r = _label(sample_kb[0], labels, tmp_path, "1\n2\nu\nq\n")
    assert r.exit_code == 0, r.output
    assert [i.id for i in load_labels(labels)] == ["x1", "k0001"] and labels.read_bytes().endswith(b"\n")


def test_the_label_category_examples_name_a_category_of_the_shipped_codebook():
    cb = load_codebook()
    known = set(cb.ids) | {c.name_zh for c in cb.categories}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if "`policykb label --n 20`" in line)
    helped = CliRunner().invoke(cli, ["label", "--help"]).output
    named = re.findall(r"--category (?!TEXT\b)([^\s`,()]+)", row + "\n" + helped)  # (TEXT: the option's metavar)
    assert named and set(named) <= known, named
