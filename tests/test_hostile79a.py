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


# --- finding 2: a file or folder there but unreadable on a rebuild keeps its articles (--strict: nothing written)

NOTE = "{n}号：某县推行干部谈心谈话制度\n2023年5月{n}日，某县委组织部印发通知，第{n}批干部参加。\n一是每季度开展一次谈心谈话，第{n}项。\n"


def _as_a_user(args: list[str]) -> list[str]:
    from tests.test_robust_s69 import _as_a_user as as_user

    return as_user(args)


def _rebuild_as_a_user(corpus: Path, out: Path, *more: str):
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(out.parent)}
    return subprocess.run(_as_a_user([sys.executable, "-m", "pipeline", "build", str(corpus), "--out", str(out),
                                      "-j", "1", "--model", "none.pkl", *more]),
                          capture_output=True, text=True, cwd=out.parent, env=env)


def _articles(out: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(out)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def _three(tmp_path: Path) -> tuple[Path, Path]:
    corpus, out = tmp_path / "corpus", tmp_path / "kb" / "kb.sqlite"
    (corpus / "2023").mkdir(parents=True)
    for n, where in ((1, corpus), (2, corpus / "2023"), (3, corpus / "2023")):
        (where / f"n{n}.txt").write_text(NOTE.format(n=n), encoding="utf-8")
    first = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-j", "1", "--model", "none.pkl"])
    assert first.exit_code == 0 and _articles(out) == 3, first.output
    return corpus, out


def test_an_unreadable_folder_on_a_rebuild_keeps_its_articles_and_is_not_called_gone(tmp_path):
    corpus, out = _three(tmp_path)
    (corpus / "2023").chmod(0)
    try:
        r = _rebuild_as_a_user(corpus, out)
    finally:
        (corpus / "2023").chmod(0o755)
    assert r.returncode == 0, r.stderr
    assert _articles(out) == 3
    assert " 0 gone" in r.stderr and "0 removed" in r.stderr, r.stderr
    assert f"skipped {corpus / '2023'}: permission denied: the articles of its 2 files kept" in r.stderr, r.stderr


def test_a_changed_file_that_cannot_be_read_keeps_its_articles(tmp_path):
    corpus, out = _three(tmp_path)
    secret = corpus / "2023" / "n2.txt"
    secret.write_text(NOTE.format(n=2) + "二是建立台账。\n", encoding="utf-8")  # changed, then made unreadable
    secret.chmod(0)
    try:
        r = _rebuild_as_a_user(corpus, out)
    finally:
        secret.chmod(0o644)
    assert r.returncode == 0 and _articles(out) == 3, r.stderr
    assert " 1 gone" not in r.stderr and f"skipped {secret}: permission denied: its articles kept" in r.stderr, r.stderr
    again = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-j", "1", "--model", "none.pkl"])
    assert "1 changed" in again.stderr, again.stderr  # readable again: read as changed, as it is


def test_strict_with_an_unreadable_folder_writes_nothing(tmp_path):
    corpus, out = _three(tmp_path)
    before = out.read_bytes()
    (corpus / "2023").chmod(0)
    try:
        r = _rebuild_as_a_user(corpus, out, "--strict")
    finally:
        (corpus / "2023").chmod(0o755)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "not written: --strict, and 1 file or folder could not be read" in r.stderr, r.stderr
    assert out.read_bytes() == before


# --- finding 3: a knowledge base on a full disk: every reader says so in one line and leaves nothing beside it

_ON_A_FULL_DISK = r"""
set -e
mount -t tmpfs -o size=1m tmpfs "$SHELF"
cp "$KB" "$SHELF/kb.sqlite"
dd if=/dev/zero of="$SHELF/filler" bs=4k 2>/dev/null || true
for args in "search 干部" "search 干部 --articles" "export --format csv --out $OUTS/e" "compare --out $OUTS/c"; do
  $PY -m pipeline $args --db "$SHELF/kb.sqlite" 2>&1 && echo "rc=0" || echo "rc=$?"
done
ls -a "$SHELF"
"""


def test_readers_on_a_full_disk_say_so_in_one_line_and_leave_no_wal_or_shm(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    import pytest

    from tests.conftest import ROOT

    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("a full disk is made as a tmpfs in a mount namespace of its own: root and unshare needed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "n1.txt").write_text(NOTE.format(n=1), encoding="utf-8")
    kb = tmp_path / "kb" / "kb.sqlite"
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", str(kb), "-j", "1", "--model", "none.pkl"]).exit_code == 0
    (tmp_path / "shelf").mkdir()
    (tmp_path / "outs").mkdir()
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PY": sys.executable,
           "KB": str(kb), "SHELF": str(tmp_path / "shelf"), "OUTS": str(tmp_path / "outs")}
    r = subprocess.run(["unshare", "--mount", "sh", "-c", _ON_A_FULL_DISK], capture_output=True, text=True, env=env)
    if "mount:" in r.stdout + r.stderr:
        pytest.skip(f"no tmpfs could be mounted here: {r.stderr.strip()}")
    lines = r.stdout.splitlines()
    said = [x for x in lines if x.startswith("Error:")]
    assert len(said) == 4 and lines.count("rc=1") == 4, r.stdout + r.stderr
    assert all("kb.sqlite: cannot open the knowledge base: no space left on the device" in x for x in said), said
    assert "Traceback" not in r.stdout
    assert not [x for x in lines if x.endswith(("-wal", "-shm"))], r.stdout


# --- finding 6: policykb's own search output saved into the corpus is not read back as an article


def test_search_output_saved_into_the_corpus_is_not_read_back(tmp_path):
    corpus, out = _three(tmp_path)
    db = ["--db", str(out)]
    saved = {"hits.txt": ["search", "干部", *db],
             "articles.txt": ["search", "干部", "--articles", *db],
             "hits_csv.txt": ["search", "干部", "--format", "csv", *db],
             "articles_csv.txt": ["search", "干部", "--articles", "--format", "csv", "--lang", "en", *db],
             "hits_json.md": ["search", "干部", "--format", "json", *db]}
    for name, args in saved.items():
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 0 and r.stdout.strip(), r.output
        (corpus / name).write_text(r.stdout, encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-j", "1", "--model", "none.pkl", "--strict"])
    assert r.exit_code == 0, r.output
    assert _articles(out) == 3
    for name in saved:
        assert f"not read {corpus / name}: " in r.stderr and "policykb's own output, not an article" in r.stderr, r.stderr


def test_an_article_opening_like_a_hit_is_still_read(tmp_path):
    from pipeline.text.ingest import policykb_output

    text = "[1] 某县 2023-05-01 干部工作\n    一是建立谈心谈话制度。\n某县委组织部近日印发通知，推行干部谈心谈话制度。\n"
    assert policykb_output(text) is None
    assert policykb_output("举措编号,文章编号,说明\n1,2,某县\n") is None


# --- finding 7: a long text on few lines: items linked to measures without scanning every measure per item


class _Counted(list):
    """A list that counts the walks over it."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def _naive_link(measures, items) -> list[list[int]]:
    out = [[] for _ in measures]
    for i, (s, e) in enumerate(items):
        for k, m in enumerate(measures):
            if m.start <= s and e <= m.end:
                out[k].append(i)
                break
    return out


def test_linking_items_to_measures_walks_the_measures_a_bounded_number_of_times():
    from types import SimpleNamespace

    from pipeline.core.records import Measure
    from pipeline.extract.measures import link

    measures = _Counted(Measure("举措", None, 10 * k, 10 * k + 8) for k in range(2000))
    items = [SimpleNamespace(start=10 * k + 1, end=10 * k + 3) for k in range(0, 20000, 7)]
    _Counted.walks = 0
    link(measures, items, "figures")
    assert _Counted.walks <= 3  # (the scan walked them once per item: 2,858 walks here)
    assert [m.figures for m in measures] == _naive_link(measures, [(it.start, it.end) for it in items])


def test_linking_is_the_same_as_the_scan_on_spans_across_and_between_measures():
    import random
    from types import SimpleNamespace

    from pipeline.core.records import Measure
    from pipeline.extract.measures import link

    rng = random.Random(79)
    for _ in range(200):
        cuts = sorted(rng.sample(range(200), 12))
        measures = [Measure("举措", None, a, b) for a, b in zip(cuts[::2], cuts[1::2])]
        spans = [(s, s + rng.randrange(0, 15)) for s in (rng.randrange(200) for _ in range(30))]
        link(measures, [SimpleNamespace(start=s, end=e) for s, e in spans], "figures")
        assert [m.figures for m in measures] == _naive_link(measures, spans)


def test_a_line_far_longer_than_any_article_is_skipped_with_its_length(tmp_path):
    from pipeline.text.ingest import IngestError, read_document

    p = tmp_path / "long.txt"
    p.write_text(NOTE.format(n=1) + "干部考核" * 60_000 + "\n" + NOTE.format(n=2), encoding="utf-8")
    try:
        read_document(p)
    except IngestError as e:
        assert e.reason == "a line of 240,000 characters (over 200,000): not an article"
    else:
        raise AssertionError("read as an article")
