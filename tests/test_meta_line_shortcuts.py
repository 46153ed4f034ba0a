"""Shortcuts of the metadata line parser (pipeline/text/meta.py) give the answers of the scans they spare."""
import itertools

import pytest

from pipeline.text import meta


def test_medium_after_names_closes_with_a_title_then_one_bracket():
    # (what _closes_with_title reads: 》, spaces, one bracket at most, spaces, the end)
    assert meta._MEDIUM_AFTER_NAMES.pattern.endswith(r"》\s*[(（)）]?\s*$")


# every line of these pieces up to four long: the title's marks, brackets, spaces and a newline around a name
_PIECES = ("《青禾日报》", "《", "》", "(", "（", ")", "）", " ", "\n", "林小满", "。")


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_medium_after_names_only_on_a_line_closing_with_a_title(n):
    for parts in itertools.product(_PIECES, repeat=n):
        line = "".join(parts)
        assert meta._closes_with_title(line) or not meta._MEDIUM_AFTER_NAMES.search(line), line


@pytest.mark.parametrize("line", ["本刊记者 林小满 《青禾周刊》", "记者 林小满《青禾日报》（", "通讯员 林小满 《青禾日报》 )  "])
def test_medium_after_names_read_behind_the_shortcut(line):
    assert meta._closes_with_title(line) and meta._MEDIUM_AFTER_NAMES.search(line)
    assert meta.parse_byline_fields(line)[0] == ("source", "《" + meta._MEDIUM_AFTER_NAMES.search(line)["medium"] + "》")
