"""Township classes found by probing the extractor with short texts (session 75).

Every sentence here is written for these tests; the provinces, cities, counties and towns are real
divisions (丹凤县's 庾家河镇 was merged into a neighbour and is no longer in the list), but for 宁都县's 枫岭乡,
made up as a town the list lacks; the people made up."""
from __future__ import annotations

from pipeline.extract.regions import locate


def _towns(text, g, **kw):
    placed = locate(text, g, **kw)
    return ([(m.text, m.place.path) for m in placed.mentions if m.place.level == "township"],
            [(m.text, m.place.path) for m in placed.title_mentions if m.place.level == "township"])


# --- a town the list lacks, placed once after its county, named again on its own -------------------------

_YU = ("庾家河镇", "陕西省/商洛市/丹凤县/庾家河镇")


def test_an_unlisted_town_is_found_again_in_the_text(g):
    body, _ = _towns("丹凤县庾家河镇近日出台村干部补贴办法。庾家河镇共有村干部80名,全部纳入考核。", g)
    assert body == [_YU, _YU]


def test_an_unlisted_town_in_the_headline_is_the_one_the_text_places(g):
    body, title = _towns("近日,丹凤县庾家河镇出台村干部补贴办法。", g, title="庾家河镇:村干部吃上“定心丸”")
    assert body == [_YU] and title == [_YU]


def test_an_unlisted_town_with_a_two_character_stem_in_the_headline(g):
    text = "2012年,宁都县枫岭乡党委组织干部学习。近日枫岭乡又选派干部驻村。"
    body, title = _towns(text, g, title="枫岭乡:干部驻村解难题")
    assert title == [("枫岭乡", "江西省/赣州市/宁都县/枫岭乡")]
    assert [p for _, p in body] == ["江西省/赣州市/宁都县/枫岭乡"] * 2


def test_an_unlisted_town_is_not_read_inside_a_longer_name(g):
    # (the unlisted town's name closing a longer name's characters: no town of that name there)
    body, _ = _towns("2012年,宁都县枫岭乡党委组织干部学习。大枫岭乡村旅游点也开放了。", g)
    assert [t for t, _ in body] == ["枫岭乡"]


# --- stems listed and closed by a count after 等 --------------------------------------------------------

def test_towns_listed_then_counted_in_figures_after_deng(g):
    body, _ = _towns("丹凤县要求棣花、武关、竹林关等3个镇加快推进村级组织建设。", g)
    assert [p for _, p in body] == ["陕西省/商洛市/丹凤县/棣花镇", "陕西省/商洛市/丹凤县/武关镇", "陕西省/商洛市/丹凤县/竹林关镇"]


def test_towns_listed_then_counted_in_words_after_deng(g):
    body, _ = _towns("丹凤县在棣花、武关、竹林关等十二个乡镇开展年轻干部蹲点锻炼。", g)
    assert [t for t, _ in body] == ["棣花", "武关", "竹林关"]
