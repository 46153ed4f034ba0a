"""Review of session 73 (places): the medium-dateline rule and the city's voice read too much.

Sentences written for these tests; the counties and towns are real divisions."""
from __future__ import annotations

from pipeline.extract.regions import locate


def _seen(text, g):
    r = locate(text, g)
    return (r.region.name if r.region else None), [m.text for m in r.mentions]


def test_a_countys_own_office_or_website_before_a_reporter_keeps_the_county(g):
    # a county (no province) before 网信办/网站/日报社 and a reporter: the county's own office, no masthead
    region, found = _seen("平江县委网信办通讯员前些天去了安定镇的几个村子。", g)
    assert region == "平江县" and "平江县" in found and "安定镇" in found
    region, found = _seen("平江县政府网站资讯栏目登出了年轻干部的选拔名单。", g)
    assert region == "平江县"
    region, found = _seen("平江县的日报社通讯员下到乡镇采访。", g)
    assert region == "平江县"


def test_a_province_before_its_citys_medium_is_still_a_masthead(g):
    _, found = _seen("湖南岳阳网平江讯 前几天，平江县给村干部办了一期培训班。", g)
    assert "湖南" not in found


def test_market_words_are_not_the_city_speaking(g):
    # 超市委托 holds no 市委, 全市场 is the whole market: the county stays the region
    region, _ = _seen("平江县的超市委托网店代卖当地的土特产，让全市场的经营户都多了收入。", g)
    assert region == "平江县"
