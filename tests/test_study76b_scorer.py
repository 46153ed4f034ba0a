"""Session 76 study (set 241): the real gold's scorer pairs an ethnic township's official name with the
short form an annotator wrote (the guidelines ask for the official name; the page writes it short)."""
from __future__ import annotations

from pipeline.realgold import _same_place


def test_an_ethnic_township_and_its_short_form_are_one_township():
    assert _same_place("青禾乡", "township", "青禾彝族乡", "township")
    assert _same_place("柳川土家族苗族乡", "township", "柳川乡", "township")
    assert not _same_place("青禾乡", "township", "青山彝族乡", "township")  # another stem
    assert not _same_place("青禾乡", "county", "青禾彝族乡", "township")  # another level


def test_a_place_of_the_author_field_is_paired_with_the_gold_in_its_metadata_line():
    from types import SimpleNamespace

    from pipeline.core.records import RegionMention
    from pipeline.realgold import _unit_span

    page = "高坪区开展干部座谈\n来源:南充组工网    作者:高坪区委组织部\n正文第一段。"
    art = SimpleNamespace(affiliation="高坪区委组织部", doc_start=0, text="正文第一段。", orig_start=page.index("正文"))
    clean = SimpleNamespace(text="正文第一段。")  # (the metadata line is kept apart from the cleaned text)
    m = RegionMention(text="高坪区", place=None, start=0, end=3)
    assert _unit_span(art, clean, m, page) == (page.index("作者:") + 3, page.index("作者:") + 6)
