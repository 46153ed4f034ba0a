"""A lost character (U+FFFD) in correct text: marked, and the text around it kept.

The mojibake repair re-aligns runs read one byte out of step; correct text beside a lost character
shifts into chance "words" too, and two marks close together were joined over what lay between
them.  The real pages (../shared/real, read at run time, skipped when absent) with marks put in at
random points check that no readable character outside the marks changes.
"""
from __future__ import annotations

import random

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.core.records import QualityReport
from pipeline.text.chars import is_cjk, is_frequent
from pipeline.text.mojibake import repair_mojibake
from pipeline.text.tracked import Tracked
from tests.conftest import REAL

MARK = "\ufffd"


def _repaired(text: str) -> str:
    return repair_mojibake(Tracked.original(text), QualityReport("utf-8")).text


def _readable_lost(before: str, after: str) -> list[str]:
    """Frequent Chinese characters of ``before`` that ``after`` replaced or dropped."""
    import difflib

    ops = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    return [before[a:b] for op, a, b, _, _ in ops
            if op in ("replace", "delete") and any(is_cjk(c) and is_frequent(c) for c in before[a:b])]


@pytest.mark.parametrize("text", [
    "给全体驻村工作队员购买人身\ufffd外伤害保险。",  # (a lost 意: the words before it shift into chance words)
    "组织部把干部容易犯的\ufffd错误列成清单。",
    "要求各乡镇对照\ufffd项任务逐条整改。",
])
def test_correct_text_beside_a_lost_character_stays(text):
    assert _repaired(text) == text


@pytest.mark.parametrize("text", [
    "今年选\ufffd和表\ufffd工作顺利完成。",  # (ordinary characters between two marks: the text around them)
    "全镇\ufffd到了稳\ufffd定的效果。",
    "村里\ufffd律等\ufffd事务公开。",
])
def test_text_between_two_lost_characters_stays(text):
    assert _repaired(text) == text


def test_garbage_between_two_marks_still_joins_them():
    # (干部作风 read one byte out of step, its edges lost)
    assert _repaired("加强\ufffd刹孔鞣\ufffd建设。") == "加强\ufffd建设。"


def test_clean_keeps_the_words_beside_a_lost_character(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("某镇关爱基层干部\n\n　　某镇为干部办实事。\n　　给全体驻村工作队员购买人身".encode()
                  + b"\xef\xbf\xbd" + "外伤害保险。\n".encode())
    r = CliRunner().invoke(cli, ["clean", str(f)])
    assert r.exit_code == 0, r.output
    assert "驻村工作队员购买人身\ufffd外伤害保险" in r.output
    assert "re-aligned" not in r.output


def test_real_pages_with_marks_put_in_keep_their_readable_characters():
    if not REAL.is_dir():
        pytest.skip(f"real pages not present at {REAL}")
    from pipeline.text.ingest import decode

    rng = random.Random(71)
    damaged = []
    for f in sorted(REAL.glob("*.txt"))[:40]:
        text = decode(f.read_bytes())[0]
        clean = _repaired(text)
        for marks in (1, 2):
            i = rng.randrange(1, len(text))
            marked = text[:i] + MARK + text[i:]
            if marks == 2:  # (a second lost character a few characters on)
                j = i + 1 + rng.randrange(1, 5)
                marked = marked[:j] + MARK + marked[j:]
            lost = _readable_lost(clean, _repaired(marked))
            if lost:
                damaged.append((f.name, i, lost))
    assert not damaged


def test_page_read_as_latin1_keeps_the_text_between_its_lost_bytes(tmp_path):
    # UTF-8 bytes read as Windows-1252 and saved: the bytes it has no character for are lost (意, 保, 每
    # here), and the words between two of them were rewritten or joined into one mark.
    text = "某镇关爱基层干部\n\n　　给全体驻村工作队员购买人身意外伤害保险，每年一次。\n　　镇里为干部每年安排体检。\n"
    f = tmp_path / "a.txt"
    f.write_text(text.encode("utf-8").decode("cp1252", errors="replace"), encoding="utf-8")
    r = CliRunner().invoke(cli, ["clean", str(f)])
    assert r.exit_code == 0, r.output
    assert "驻村工作队员购买人身\ufffd外伤害\ufffd险" in r.output
