"""The labels file as a codebook keeper edits it by hand, and `policykb label` as staff answer it (session 76's
tester): a slip on one line crashed `label` (and some `train`) with a traceback, an answer was lost, a string of
categories was read letter by letter, a split "Train" dropped without a word; an answer could not be taken back."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.classify.data import load_labels
from pipeline.cli import cli

GOOD = {"id": "x1", "text": "县委组织部组织新任乡镇干部参加集中轮训。", "categories": ["train"], "split": "train"}


def _labels(tmp_path, second: str, bom: bool = False):
    path = tmp_path / "labels.jsonl"
    path.write_text(("\ufeff" if bom else "") + json.dumps(GOOD, ensure_ascii=False) + "\n" + second + "\n",
                    encoding="utf-8")
    return path


def _label(db, labels, tmp_path, answers: str):
    return CliRunner().invoke(cli, ["label", "--db", str(db), "--labels", str(labels), "--n", "2",
                                    "--model", str(tmp_path / "none.pkl")], input=answers)


def _train(labels, tmp_path):
    return CliRunner().invoke(cli, ["train", "--labels", str(labels), "--out", str(tmp_path / "m.pkl"),
                                    "--seeds", "", "--real", ""])


@pytest.mark.parametrize("line, said", [
    ('{"id": "x2", "text": "开展谈心谈话。", "categories": ["care"],}', "not a JSON object"),
    ('{"text": "开展谈心谈话。", "categories": ["care"]}', "no id"),
    ('{"id": "x2", "text": "开展谈心谈话。", "split": "train"}', "no categories"),
    ('{"id": "x2", "text": "开展谈心谈话。", "categories": "care"}', 'categories must be a list of ids'),
    ('{"id": "x2", "text": "开展谈心谈话。", "categories": ["care"], "split": "Train"}', 'split "Train" is none of'),
    ('{"id": "x2", "categories": ["care"]}', "no text"),
])
def test_a_hand_edited_labels_line_is_one_line_naming_file_and_line_in_label_and_train(
        tmp_path, sample_kb, line, said):
    labels = _labels(tmp_path, line)
    before = labels.read_bytes()
    for r in (_label(sample_kb[0], labels, tmp_path, "1\nq\n"), _train(labels, tmp_path)):
        assert r.exit_code == 1 and f"{labels} line 2: {said}" in r.output, r.output
        assert not isinstance(r.exception, (KeyError, ValueError, TypeError)) and "Traceback" not in r.output
    assert labels.read_bytes() == before  # (said before any question: no answer given, none lost)
    assert not (tmp_path / "m.pkl").exists()


def test_a_labels_file_with_a_bom_is_read_by_train_and_label(tmp_path, sample_kb):
    labels = _labels(tmp_path, json.dumps(GOOD | {"id": "x2", "text": "落实干部带薪休假制度。", "categories": ["care"],
                                                  "split": "test"}, ensure_ascii=False), bom=True)
    assert [i.id for i in load_labels(labels)] == ["x1", "x2"]  # (train's and evaluate's reader)
    r = _label(sample_kb[0], labels, tmp_path, "1\nq\n")
    assert r.exit_code == 0 and "1 measure added" in r.output, r.output
    assert [i.categories for i in load_labels(labels)][-1] == ["select"]


def test_an_answer_is_not_glued_to_a_last_line_without_newline(tmp_path, sample_kb):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")  # (no newline at the end)
    r = _label(sample_kb[0], labels, tmp_path, "1\nq\n")
    assert r.exit_code == 0, r.output
    assert [i.id for i in load_labels(labels)] == ["x1", "k0001"]


def test_label_says_the_id_each_answer_is_saved_as_and_u_takes_the_last_one_back(tmp_path, sample_kb):
    labels = tmp_path / "labels.jsonl"
    r = _label(sample_kb[0], labels, tmp_path, "u\n1\n2\nu\n3\nq\n")
    assert r.exit_code == 0, r.output
    assert "u = undo the last answer" in r.output and "nothing to undo" in r.output
    assert "saved k0001: select" in r.output and "saved k0002: train" in r.output
    assert "undone: k0002" in r.output and "saved k0002: practice" in r.output
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    assert [(d["id"], d["categories"]) for d in rows] == [("k0001", ["select"]), ("k0002", ["practice"])]
    shown = [line.strip() for line in r.output.splitlines() if line.startswith("[2/2]")]
    assert len(shown) == 2  # (the undone measure was asked again, and it is the one saved as practice)
    assert r.output.rstrip().endswith(f"2 measures added to {labels}")


def test_undo_leaves_the_lines_written_before_the_session_as_they_were(tmp_path, sample_kb):
    labels = _labels(tmp_path, json.dumps(GOOD | {"id": "x2"}, ensure_ascii=False), bom=True)
    before = labels.read_bytes()
    r = _label(sample_kb[0], labels, tmp_path, "n\nu\nu\nq\n")
    assert r.exit_code == 0 and "saved k0001: not a measure" in r.output and "undone: k0001" in r.output, r.output
    assert labels.read_bytes() == before and "0 measures added" in r.output
