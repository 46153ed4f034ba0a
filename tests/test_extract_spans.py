"""The span layer of extraction: declared components, their order, the one overlap rule,
and the one date parser the text layer and extraction share."""
from __future__ import annotations

import pytest

from pipeline.extract.article import COMPONENTS, GIVEN
from pipeline.extract.dates import find_dates
from pipeline.extract.spans import Component, Taken, check_order
from pipeline.text.dates import iso_date


def _noop(doc, exclude):
    pass


def test_the_shipped_order_is_valid():
    check_order(COMPONENTS, GIVEN)
    names = [c.name for c in COMPONENTS]
    assert names.index("documents") < names.index("dates") < names.index("figures")
    assert names.index("slogans") < names.index("figures")


def test_a_component_requiring_a_later_group_is_refused():
    swapped = (Component("figures", requires=("dates",), assigns=("figures",), run=_noop),
               Component("dates", requires=(), assigns=("dates",), run=_noop))
    with pytest.raises(ValueError, match=r"'figures' requires 'dates', which no earlier component assigns"):
        check_order(swapped)


def test_moving_a_shipped_component_first_is_refused():
    figures = next(c for c in COMPONENTS if c.name == "figures")
    with pytest.raises(ValueError, match="figures"):
        check_order((figures, *[c for c in COMPONENTS if c is not figures]), GIVEN)


def test_yielding_to_a_group_not_required_is_refused():
    bad = (Component("a", requires=(), assigns=("a",), run=_noop),
           Component("b", requires=(), yields=("a",), assigns=("b",), run=_noop))
    with pytest.raises(ValueError, match="yields to 'a' without requiring it"):
        check_order(bad)


def test_taken_is_the_overlap_rule():
    t = Taken(20, [(2, 5)])
    assert t.overlaps(4, 6) and t.overlaps(0, 3) and t.overlaps(3, 4)
    assert not t.overlaps(5, 8) and not t.overlaps(0, 2)
    assert t.claim(5, 8) and not t.claim(7, 9)  # the first claim wins
    assert not Taken(10, [(3, 3)]).overlaps(2, 5)  # an empty span takes nothing


@pytest.mark.parametrize("text, iso", [
    ("2020-09-11 15:29:00", "2020-09-11"), ("2023年9月5日", "2023-09-05"), ("2023 年 9 月", "2023-09"),
    ("2023-13-01", None), ("没有日期", None),
])
def test_dateline_dates(text, iso):
    assert iso_date(text) == iso


@pytest.mark.parametrize("text", ["2020-09-11 15:29:00", "2023年9月5日", "2023/9/5", "2023年9月", "2023-13-01"])
def test_mentions_read_dates_as_datelines_do(text):
    """A full date or a year and month reads the same in a dateline and in the text."""
    assert [d.iso for d in find_dates(text)] == [iso_date(text)]


def test_an_article_s_spans_respect_the_precedence(segmenter):
    """Figures yield to slogans, documents and dates; dates yield to documents."""
    from tests.test_extract import article
    from pipeline.extract.article import extract_article

    art = article("根据《2021-2025年干部教育培训规划》，全县2023年开展“三个一批”培训12期，"
                  "培训干部1200余名，“三个一批”即培养一批、选拔一批、储备一批。")
    x = extract_article(art)
    docs = [(d.start, d.end) for d in x.documents if d.start is not None]
    dates = [(d.start, d.end) for d in x.dates if d.start is not None]
    slogans = [sp for s in x.slogans for sp in s.mentions]
    assert docs and dates and slogans and x.figures

    def overlap(a, b):
        return a[0] < b[1] and b[0] < a[1]

    assert not any(overlap(d, doc) for d in dates for doc in docs)
    assert not any(overlap((f.start, f.end), sp) for f in x.figures for sp in docs + dates + slogans)
    assert [f.text for f in x.figures] == ["12期", "1200余名"]


def test_extraction_word_lists_have_a_header_naming_their_reader():
    """Every list extraction reads says in its `#` header what it is and which module reads it."""
    import re
    from pathlib import Path

    from pipeline.core.lexicons import resource_path

    for module in sorted((Path(__file__).parents[1] / "pipeline" / "extract").glob("*.py")):
        for name in re.findall(r'word_list\("([^"]+)"\)', module.read_text(encoding="utf-8")):
            lines = Path(resource_path(name)).read_text(encoding="utf-8").splitlines()
            header = " ".join(line for line in lines if line.startswith("#"))
            assert lines[0].startswith("#"), name
            assert f"pipeline/extract/{module.name}" in header, (name, module.name)
