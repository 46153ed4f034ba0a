"""Session 76 study (set 241): the real gold's scorer pairs an ethnic township's official name with the
short form an annotator wrote (the guidelines ask for the official name; the page writes it short)."""
from __future__ import annotations

from pipeline.realgold import _same_place


def test_an_ethnic_township_and_its_short_form_are_one_township():
    assert _same_place("青禾乡", "township", "青禾彝族乡", "township")
    assert _same_place("柳川土家族苗族乡", "township", "柳川乡", "township")
    assert not _same_place("青禾乡", "township", "青山彝族乡", "township")  # another stem
    assert not _same_place("青禾乡", "county", "青禾彝族乡", "township")  # another level
