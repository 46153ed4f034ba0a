"""Defects a review of session 75's change found, each fixed by class (texts in our own words)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.extract.measures import not_a_measure
from pipeline.search.syntax import parse


def test_an_or_alternative_that_does_not_fit_is_left_out_not_cut_to_another_word():
    # 驻村 cut to 驻 found every measure holding 驻: an alternative is kept whole or not at all
    q = parse("干部" * 99 + "x OR 驻村")
    assert q.cut and [[t.text for t in c] for c in q.clauses] == [["干部" * 99 + "x"]]


@pytest.mark.parametrize("sentence", [
    "为保障培训的开展，县委组织部投入专项经费，建成实训基地。",  # a purpose opening the act's own sentence
    "围绕活动的开展，该县建立了三项工作机制。",
    "县委组织部为村党组织书记设定五项职责：宣传政策、带领致富。",  # an organ setting duties, another verb
])
def test_acts_with_a_purpose_or_setting_duties_stay_measures(sentence):
    assert not_a_measure(sentence) is None


def test_the_search_does_not_load_the_extractors_patterns():
    # a catalog read the village mark from regions, compiling its ~450 patterns on every search
    code = ("import sqlite3, sys; from pipeline.search.catalog import _villages; _villages(sqlite3.connect(':memory:'));"
            " print('pipeline.extract.regions' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
