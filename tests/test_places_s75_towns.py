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


# --- stems listed and closed by a count after 等 --------------------------------------------------------

def test_towns_listed_then_counted_in_figures_after_deng(g):
    body, _ = _towns("丹凤县要求棣花、武关、竹林关等3个镇加快推进村级组织建设。", g)
    assert [p for _, p in body] == ["陕西省/商洛市/丹凤县/棣花镇", "陕西省/商洛市/丹凤县/武关镇", "陕西省/商洛市/丹凤县/竹林关镇"]


def test_towns_listed_then_counted_in_words_after_deng(g):
    body, _ = _towns("丹凤县在棣花、武关、竹林关等十二个乡镇开展年轻干部蹲点锻炼。", g)
    assert [t for t, _ in body] == ["棣花", "武关", "竹林关"]
