"""The report's font cut once per set of characters (session 74): ``compare`` cut the packaged 16 MB CJK font to
the page's characters on every report (1.6 s CPU of a county report, the same cut again when the report was made
anew); the cut is kept in the project's cache, keyed on the font's bytes, the characters and fontTools."""
from __future__ import annotations

import pytest

# In my own words: a page's texts, Chinese and Latin.
PAGE = "<html><body><h1>各区县举措类别</h1><p>某县为村干部发放补贴，容错纠错 12.5%</p></body></html>"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    from pipeline.core.fonts import cjk_font_path

    if cjk_font_path() is None:
        pytest.skip("mplfonts' font is not installed")
    monkeypatch.setenv("POLICYKB_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def cuts(monkeypatch) -> list:
    from fontTools import subset

    made = []
    cut = subset.Subsetter.subset
    monkeypatch.setattr(subset.Subsetter, "subset", lambda self, font: made.append(1) or cut(self, font))
    return made


def _chars(path) -> set[str]:
    from fontTools.ttLib import TTFont

    return {chr(u) for u in TTFont(path).getBestCmap()}


def test_the_same_characters_are_cut_once_and_the_font_is_the_same(cache, cuts, tmp_path):
    from pipeline.report.compare import FONT_FILE, _bundle_font

    for out in ("a", "b"):
        (tmp_path / out).mkdir()
        assert _bundle_font(tmp_path / out, PAGE) == FONT_FILE
    assert cuts == [1]
    first, again = ((tmp_path / out / FONT_FILE).read_bytes() for out in ("a", "b"))
    assert first == again and first[:4] == b"OTTO"
    assert set(PAGE) <= _chars(tmp_path / "b" / FONT_FILE)  # every character of the page


def test_a_page_with_other_characters_is_cut_anew_and_holds_them(cache, cuts, tmp_path):
    from pipeline.report.compare import FONT_FILE, _bundle_font

    _bundle_font(tmp_path, PAGE)
    _bundle_font(tmp_path, PAGE + "<p>乡镇街道</p>")
    assert cuts == [1, 1]
    assert set("乡镇街道") <= _chars(tmp_path / FONT_FILE)


def test_a_torn_cache_file_is_cut_again(cache, cuts, tmp_path):
    from pipeline.report.compare import FONT_FILE, _bundle_font

    _bundle_font(tmp_path, PAGE)
    [kept] = (cache / "fonts").iterdir()
    kept.write_bytes(kept.read_bytes()[:100])
    _bundle_font(tmp_path, PAGE)
    assert cuts == [1, 1] and set(PAGE) <= _chars(tmp_path / FONT_FILE)
