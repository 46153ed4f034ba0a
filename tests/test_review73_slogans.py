"""Review of session 73 (slogans): a praised climate is no list of faults, a 0 counts no part, an ordinal keeps 第二.

Texts written for these tests."""
from __future__ import annotations

from pipeline.extract import slogans
from pipeline.extract.slogans import find_slogans


def _found(text):
    return [(s.text, s.count) for s in find_slogans(text)]


def test_a_list_named_a_good_climate_after_deng_is_kept():
    # 等良好风气 / 等浓厚风气: what the quoted list built, not faults (等不良风气 still is)
    assert [t for t, _ in _found("全村慢慢养成了“晒、比、评、议”等良好风气。")] == ["晒、比、评、议"]
    assert [t for t, _ in _found("各支部营造出“学、比、赶、帮”等浓厚风气。")] == ["学、比、赶、帮"]
    assert _found("下决心纠正“庸、懒、散”等不良风气。") == []


def test_a_digit_code_with_a_zero_has_no_count():
    for code in ("1500", "1050", "0571"):
        counts = [c for t, c in _found(f"县里启动了“{code}”工程。") if t == code]
        assert counts and counts[0] is None, code
    assert [c for t, c in _found("县里启动了“5313”工程。") if t == "5313"] == [[5, 3, 1]]


def test_an_ordinal_two_is_not_written_as_liang():
    # 二个 counting is standardised to 两个; 第二个, 第二项 are ordinals and stay
    assert slogans._TWO_COUNTED.sub("两", "争创第二个示范村、抓好第二项任务") == "争创第二个示范村、抓好第二项任务"
    assert slogans._TWO_COUNTED.sub("两", "建二个平台") == "建两个平台"
