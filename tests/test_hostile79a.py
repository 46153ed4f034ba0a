"""Hostile-input round 79 (fixhost79a): a user's files beside --out, unreadable folders on a rebuild, a full disk
under the readers, policykb's own output saved into the corpus, a long one-line file."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from tests.test_cli_fix70 import _few_labels


def _train(tmp_path: Path, out: Path):
    return CliRunner().invoke(cli, ["train", "--labels", str(_few_labels(tmp_path)), "--out", str(out),
                                    "--real-labels", str(tmp_path / "none.jsonl")])


# --- finding 1: train --out at a user's file (or with a user's .json beside it) replaces nothing


def test_train_refuses_an_out_that_is_a_users_file_and_keeps_both_files(tmp_path):
    notes, beside = tmp_path / "notes.txt", tmp_path / "notes.json"
    notes.write_text("三个月的调研笔记\n", encoding="utf-8")
    beside.write_text('{"answers": [1, 2]}', encoding="utf-8")
    result = _train(tmp_path, notes)
    assert result.exit_code == 1, result.output
    assert f"Error: {notes} is not a model saved by `policykb train`" in result.stderr
    assert "choose another --out" in result.stderr and "Traceback" not in result.output
    assert notes.read_text(encoding="utf-8") == "三个月的调研笔记\n"
    assert beside.read_text(encoding="utf-8") == '{"answers": [1, 2]}'


def test_train_refuses_when_only_the_json_beside_out_is_a_users_file(tmp_path):
    beside = tmp_path / "stats.json"
    beside.write_text('{"survey": true}', encoding="utf-8")
    result = _train(tmp_path, tmp_path / "stats.pkl")
    assert result.exit_code == 1 and f"{beside} is not a model's metadata" in result.stderr, result.output
    assert beside.read_text(encoding="utf-8") == '{"survey": true}' and not (tmp_path / "stats.pkl").exists()


def test_train_out_ending_json_is_refused(tmp_path):
    result = _train(tmp_path, tmp_path / "m.json")
    assert result.exit_code == 1 and "cannot end in .json" in result.stderr, result.output


def test_train_replaces_its_own_model_and_a_build_does_not_advise_training_over_a_users_file(tmp_path):
    model = tmp_path / "m.pkl"
    first = _train(tmp_path, model)
    again = _train(tmp_path, model)  # a model of its own is replaced, as before
    assert first.exit_code == again.exit_code == 0, first.output + again.output
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("某县实行干部考核新办法\n2023年4月1日，某县委组织部出台办法。\n"
                                  "一是把考核结果用于干部选拔任用。\n", encoding="utf-8")
    mine = tmp_path / "photo.txt"
    mine.write_bytes(b"not a model at all\n")
    built = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--model", str(mine)])
    assert built.exit_code == 0, built.output
    assert f"{mine} is not a model saved by `policykb train`" in built.stderr
    assert f"--out {mine}" not in built.stderr and "NEW.pkl" in built.stderr
