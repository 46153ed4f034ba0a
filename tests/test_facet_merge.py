"""The facet arrays written a window of rows at a time: with windows of a few rows (many windows,
ends falling on either side) every round of changes still leaves the arrays of a fresh build."""
from __future__ import annotations

import shutil

import numpy as np

from pipeline.build import build
from pipeline.search import facet_merge
from pipeline.search.facet_arrays import FacetArrays
from tests.test_search_incremental import BASE, _same_as_fresh
from tests.test_scale import SAMPLE


def test_small_windows_give_the_arrays_of_a_fresh_build(tmp_path, segmenter, monkeypatch):
    monkeypatch.setattr(facet_merge, "WINDOW", 3)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in BASE[:2]:
        shutil.copy(SAMPLE / name, corpus / name)
    out = tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    shutil.copy(SAMPLE / BASE[2], corpus / BASE[2])  # rows put in among the old ones
    conn = _same_as_fresh(corpus, out, tmp_path)
    arrays = FacetArrays.read(conn)
    assert len(arrays.keys) > 10 * facet_merge.WINDOW and (np.diff(arrays.keys) > 0).all()
    (corpus / BASE[0]).unlink()  # rows taken out
    _same_as_fresh(corpus, out, tmp_path)


def test_an_array_out_of_step_with_the_counts_fails_the_build(tmp_path, segmenter):
    import pytest
    import sqlite3

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE / BASE[0], corpus / BASE[0])
    out = tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    con = sqlite3.connect(out)
    con.execute("UPDATE search_facet_values SET n = n + 1 WHERE facet = 'year'")  # counts that lie
    con.commit()
    con.close()
    shutil.copy(SAMPLE / BASE[1], corpus / BASE[1])
    with pytest.raises(ValueError, match="out of step"):
        build(corpus, out, jobs=1, model=None, cache=False)
