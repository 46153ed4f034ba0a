"""Session 77's review of the place changes (int77): the visitors rule took the host's own verb for a party of
guests and a county's own trip for a visit; 中心镇 opening a sentence became a place; reasons without Chinese;
a zone note hid a county of the same name; a placed village was marked undetermined; resolved names had
candidates in the API."""
from __future__ import annotations

from pipeline.extract.regions import locate


# --- 1. the host's own verb before the guests' word keeps the host ---------------------------------------------------

def test_a_county_that_receives_guests_is_the_region_of_its_own_report(g, segmenter):
    for text in ("三都县热情接待各地客人来此观光。", "三都县热情欢迎各地代表团来访。"):
        placed = locate(text, g)
        assert placed.region is not None and placed.region.county == "三都水族自治县", (text, placed.reason)
    # (the party's kind between the place and its word still makes guests: 临沂市党政考察团来我县)
    text = "欢迎临沂市党政考察团来我县考察。凯里市委组织部介绍了本市干部培训的做法。"
    assert locate(text, g).region.county == "凯里市"


# --- 2. a county's own delegation going somewhere keeps the county ---------------------------------------------------

def test_a_county_that_sends_a_group_to_another_city_is_not_moved_there(g, segmenter):
    placed = locate("三都县组团来到嘉兴市参加招商推介会。", g)
    assert placed.region is None or placed.region.city != "嘉兴市", placed.reason
    # (派人来交流 still names a guest's home: the host's report)
    text = "安远镇推行村干部轮流坐班。这一做法传开后，江西安远县也派人来交流。"
    assert locate(text, g).region.township == "安远镇"
