"""core.regexes: patterns made from the table of compiled patterns are the compiler's own (the
same groups, flags and matches), a damaged table only costs the compile, the compiler is left
as found; the text stages import through it."""
import os
import re
import re._compiler as compiler
import subprocess
import sys

import pytest

from pipeline.core import pickled, regexes

PATTERNS = [
    (r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月", 0),
    (r"[一-鿿]{2,4}(?:镇|乡|街道)(?=[，,。])", 0),
    (r"^(?!.*(?:要求|明确))[^，,。；;]*(?:平均年龄|占比)", 0),
    (r"(\w+)\s+\1", re.IGNORECASE),
    (r"^来源[:：]\s*(.+)$", re.MULTILINE),
    (rb"[\x80-\xff]+", 0),
]
TEXT = "2023年5月，某县城关镇、桥头乡，平均年龄下降。The the 来源：某某日报\n来源: 某网"


def _fresh(monkeypatch, tmp_path):
    monkeypatch.setenv(pickled.CACHE_ENV, str(tmp_path))
    re.purge()  # (re's own cache would answer before the compiler is asked)


def _compiled_under_table():
    with regexes.precompiled():
        return [re.compile(p, f) for p, f in PATTERNS]


def _same(got, want):
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (want.pattern, want.flags, want.groups, want.groupindex)
    text = TEXT.encode() if isinstance(want.pattern, bytes) else TEXT
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_from_the_table_as_compiled(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    first = _compiled_under_table()  # (compiled, and the table written)
    assert list((tmp_path / "regex").glob("patterns-*.pkl"))
    re.purge()
    again = _compiled_under_table()  # (made from the table)
    re.purge()
    for got_1, got_2, (p, f) in zip(first, again, PATTERNS):
        want = re.compile(p, f)
        _same(got_1, want)
        _same(got_2, want)


def test_damaged_table_compiles_as_usual(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    _compiled_under_table()
    for path in (tmp_path / "regex").glob("patterns-*.pkl"):
        path.write_bytes(b"not a pickle")
    re.purge()
    for got, (p, f) in zip(_compiled_under_table(), PATTERNS):
        _same(got, re.compile(p, f))


@pytest.mark.parametrize("table", [{(p, f): ("no", "such", "code") for p, f in PATTERNS}, ["not", "a", "table"]])
def test_wrong_entry_compiles_as_usual(monkeypatch, tmp_path, table):
    _fresh(monkeypatch, tmp_path)
    pickled.store("regex", "patterns", regexes._table_key(), table)
    for got, (p, f) in zip(_compiled_under_table(), PATTERNS):
        _same(got, re.compile(p, f))


def test_bad_pattern_and_compiler_restored(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    compile_ = compiler.compile
    with pytest.raises(re.error):
        with regexes.precompiled():
            re.compile("[一-")
    assert compiler.compile is compile_


def test_stages_import_through_the_table(monkeypatch, tmp_path):
    # (in a process of its own: this one has imported the stages already)
    monkeypatch.setenv(pickled.CACHE_ENV, str(tmp_path))
    run = [sys.executable, "-c", "import pipeline.worker as w; w.import_stages()"]
    subprocess.run(run, env=os.environ, check=True)
    table = pickled.load("regex", "patterns", regexes._table_key())
    assert len(table) > 500  # (the stages' patterns, about a thousand)
