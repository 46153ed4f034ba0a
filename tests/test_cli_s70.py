"""The command line as session 70's testers and reviewer used it."""
from __future__ import annotations

import re

from click.testing import CliRunner

from pipeline.cli import cli


def test_compare_says_an_unknown_category_in_english_for_lang_en(sample_kb, tmp_path):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "nonsense", "--lang", "en",
                                 "--out", str(tmp_path)])
    assert r.exit_code == 1 and "no measure has the category 'nonsense'" in r.output, r.output
    assert "没有" not in r.output and re.search(r"try: [a-z]+ \([\u4e00-\u9fff]+\)", r.output), r.output


def test_compare_says_how_it_read_a_category_in_the_report_language(sample_kb, tmp_path):
    db, _ = sample_kb
    en = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "容错", "--lang", "en",
                                  "--out", str(tmp_path / "en")])
    zh = CliRunner().invoke(cli, ["compare", "--db", str(db), "--category", "容错", "--out", str(tmp_path / "zh")])
    assert en.exit_code == zh.exit_code == 0, en.output + zh.output
    assert "category '容错' read as tolerate (容错纠错)" in en.output and "按“容错纠错”筛选" not in en.output
    assert "按“容错纠错”筛选" in zh.output
