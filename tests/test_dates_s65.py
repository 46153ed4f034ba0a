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
