"""Hostile and broken input, as the session 79 tester tried it (findings 4, 5, 8-14): one line naming the file
and the reason, never a traceback."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli

_LINE = '{"id": "x1", "text": "县委组织部开展干部培训，选派年轻干部到基层锻炼。", "categories": ["train"]}\n'


def test_a_labels_file_not_saved_as_utf8_is_one_line_naming_it(tmp_path):
    for name, data in (("gbk.jsonl", _LINE.encode("gbk")), ("utf16.jsonl", _LINE.encode("utf-16"))):
        labels = tmp_path / name
        labels.write_bytes(data)
        for args in (["train", "--labels", str(labels), "--out", str(tmp_path / "m.pkl"), "--seeds", "", "--real", ""],
                     ["evaluate", "--task", "classify", "--labels", str(labels)]):
            r = CliRunner().invoke(cli, args)
            assert r.exit_code == 1 and f"{labels} line 1: not UTF-8 text" in r.output, (args, r.output)
            assert "save the labels file as UTF-8" in r.output and isinstance(r.exception, SystemExit), r.exception
        assert not (tmp_path / "m.pkl").exists()


def test_a_source_list_saved_as_gbk_or_utf16_is_read_and_one_that_is_neither_is_one_line(tmp_path):
    from pipeline.fetch import resolve_sources

    listed = "# 某县组织部网站（每周看一次）\nhttp://127.0.0.1:9/news/ depth=1\n"
    for name, data in (("gbk.txt", listed.encode("gbk")), ("utf16.txt", listed.encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        assert [s.url for s in resolve_sources([str(tmp_path / name)])] == ["http://127.0.0.1:9/news/"], name
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8http")  # (a UTF-16 mark, then half a character)
    r = CliRunner().invoke(cli, ["fetch", str(bad), "--out", str(tmp_path / "raw"), "--delay", "0"])
    assert r.exit_code == 1 and f"{bad}: not read as a list of sources" in r.output, r.output
    assert "save it as UTF-8" in r.output and isinstance(r.exception, SystemExit), r.exception
