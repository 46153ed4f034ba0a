"""A word's readings in one bracket after it (加强(jiā qiáng)) go as a character's do (session 73, hostile
tester: they stayed in headlines and measures)."""
from __future__ import annotations

from pipeline.core.records import QualityReport
from pipeline.text.chars import strip_pinyin_residue
from pipeline.text.tracked import Tracked


def _strip(text: str) -> tuple[str, QualityReport]:
    report = QualityReport(encoding="utf-8")
    return strip_pinyin_residue(Tracked.original(text), report).text, report


def test_a_words_spaced_readings_go():
    text, report = _strip("关于加强(jiā qiáng)年轻干部导(dǎo)师帮带的意见，选派(xuǎn pài)三名干部")
    assert text == "关于加强年轻干部导师帮带的意见，选派三名干部"
    assert report.counts["pinyin_residue"] == 3


def test_a_bracket_of_other_words_stays():
    assert _strip("成立人才实验室(AI Lab)一个")[0] == "成立人才实验室(AI Lab)一个"
    assert _strip("选派干部(xuǎn bá)两名")[0] == "选派干部(xuǎn bá)两名"  # (拔's reading, not 部's)


def test_a_words_readings_printed_twice_or_run_together_go():
    assert _strip("严格(yán gé)(yán gé)考核干部")[0] == "严格考核干部"
    assert _strip("严格(yángé)考核，培养(péiyǎng)新人")[0] == "严格考核，培养新人"
    assert _strip("安装软件(Windows)一套")[0] == "安装软件(Windows)一套"  # (toneless letters: no reading)
