"""Measures and figures are written column by column (pipeline/store/rows.py): their rows are the
ones laid out from their JSON form (``to_dict``), which the other extraction records are laid out
from, column for column and type for type."""
from __future__ import annotations

import pytest

from pipeline.core.records import Figure, Measure, RawDocument
from pipeline.store import rows as R

# An article of my own: measures holding figures, a figure outside any measure.
TEXT = """某县推进年轻干部选育工作

本报讯 今年以来，某县组织部门把年轻干部选育作为重点工作来抓。

一是选派30名年轻干部到乡镇一线挂职锻炼，为期2年。二是举办3期培训班，培训村级后备力量150人次。

全县现有35岁以下科级干部62名，占比达到18.5%。
"""


@pytest.fixture(scope="module")
def processed():
    from pipeline.worker import process_document

    raw = RawDocument(path="own.txt", id="own", encoding="utf-8", format="txt", text=TEXT, size=len(TEXT.encode()))
    return process_document(raw)


def _expected(pd, table: str, records: str, extra) -> list[tuple]:
    """The rows laid out from each record's JSON form, as every other extraction table is."""
    c, out, first = pd.clean, [], 0
    for art, x in zip(pd.articles, pd.extractions):
        owner = {j: first + i for i, m in enumerate(x.measures) for j in m.figures}
        for i, r in enumerate(getattr(x, records)):
            o = (None, None) if r.start is None else c.orig_span(art.doc_start + r.start, art.doc_start + r.end)
            values = {"article_id": art.id, "idx": i} | r.to_dict() | {"orig_start": o[0], "orig_end": o[1]}
            out.append(R.laid_out(table, values | extra(first, i, owner)))
        first += len(x.measures)
    return out


def _typed(rows):
    return [tuple((type(v), v) for v in row) for row in rows]


def test_the_sample_has_measures_holding_figures(processed):
    x = processed.extractions[0]
    assert len(x.measures) >= 2 and len(x.figures) >= 3
    assert any(m.figures for m in x.measures)


def test_measure_rows_are_those_of_the_json_form(processed):
    tables = R.document_rows(processed).tables
    expected = _expected(processed, "measures", "measures", lambda first, i, owner: {"id": first + i})
    assert _typed(tables["measures"]) == _typed(expected)


def test_figure_rows_are_those_of_the_json_form(processed):
    tables = R.document_rows(processed).tables
    expected = _expected(processed, "figures", "figures", lambda first, i, owner: {"measure_id": owner.get(i)})
    assert _typed(tables["figures"]) == _typed(expected)
    assert any(r[2] is not None for r in tables["figures"])  # some held by a measure


def test_records_without_a_span_and_with_nothing_inside(processed):
    """A figure of the headline (no span) and a measure holding nothing: rows as from the JSON form."""
    pd = processed
    x = pd.extractions[0]
    saved = x.figures, x.measures
    try:
        # every field of its own value, so a column out of place shows
        x.figures = [Figure("每村约二至三名", 2, 3.0, "名", "约", "后备干部", "每年", "村", None, None)] + list(saved[0])
        x.measures = [Measure("选派干部挂职", "一是", 5, 11)]
        tables = R.document_rows(pd).tables
        assert _typed(tables["figures"]) == _typed(_expected(pd, "figures", "figures",
                                                             lambda first, i, owner: {"measure_id": owner.get(i)}))
        assert _typed(tables["measures"]) == _typed(_expected(pd, "measures", "measures",
                                                              lambda first, i, owner: {"id": first + i}))
        assert tables["measure_links"] == [] and tables["measure_groups"] == []
    finally:
        x.figures, x.measures = saved
