"""Dates (session 65): classes of date text the study sets showed read wrongly, in our own words."""
from __future__ import annotations

from pipeline.extract.dates import find_dates


def _dates(text: str, article_date: str | None = "2021-04-02") -> list[tuple[str, str | None]]:
    return [(d.text, d.iso) for d in find_dates(text, article_date)]


def test_a_dispatch_filed_on_a_day_after_the_page_is_dated_tells_no_year():
    # 某社某地11月1日电 on a page dated June: filed in an earlier year, which one the page does not say
    assert _dates("新华社青禾11月1日电 青禾县近年来选派干部驻村。", "2019-06-02")[0] == ("11月1日", None)
    # a dispatch filed before the page's day is that year's; a later day that is no dateline stays too
    assert _dates("新华社青禾5月30日电 青禾县选派干部驻村。", "2019-06-02")[0] == ("5月30日", "2019-05-30")
    assert _dates("新办法11月1日起施行。", "2019-06-02") == [("11月1日", "2019-11-01")]


def test_a_later_day_before_a_phone_or_a_broadcast_is_no_dispatch():
    # 7月10日电话报送, 7月1日电视直播, 6月30日电视电话会议: a day of the page's year, later than its date,
    # with no agency and place before it: 电 opens a word there, it closes no dateline
    page = "2021-06-20"
    assert _dates("各乡镇于7月10日电话上报进度。", page)[0] == ("7月10日", "2021-07-10")
    assert _dates("7月1日电视直播大会时组织党员收看。", page)[0] == ("7月1日", "2021-07-01")
    assert _dates("全县将于6月30日电视电话会议后开展督查。", page)[0] == ("6月30日", "2021-06-30")
    assert _dates("各村须于7月10日电传材料到县里。", page)[0] == ("7月10日", "2021-07-10")  # (电传: no agency before it)
    # an agency's dateline with 电话 after its day is no dispatch either; a paper's dateline is one
    assert _dates("新华社青禾8月2日电话采访显示,村里多了年轻人。", page)[0] == ("8月2日", "2021-08-02")
    assert _dates("青禾日报山城8月2日电 村里多了年轻人。", page)[0] == ("8月2日", None)
    assert _dates("新华社青禾8月2日电", page)[0] == ("8月2日", None)
