"""Dates (session 58): classes of date text the study sets showed read wrongly."""
from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates


def _dates(text: str, article_date: str | None = "2021-04-02") -> list[tuple[str, str | None]]:
    return [(d.text, d.iso) for d in find_dates(text, article_date)]


@pytest.mark.parametrize("article_date", ["2021-04-02", None])
def test_a_bare_day_closing_a_range_is_part_of_the_one_date_the_range_opens(article_date):
    assert _dates("2021年3月9日至12日,青禾县举办年轻干部培训班。", article_date) == [("2021年3月9日至12日", "2021-03-09")]
    assert [iso for _, iso in _dates("5月4日~7日,柳川镇组织村干部外出考察。")] == ["2021-05-04"]
    # a range whose end names its month again is two dates; a day before the start is no range's end
    assert [iso for _, iso in _dates("2020年6月3日至7月3日,方小禾在青禾村驻点。")] == ["2020-06-03", "2020-07-03"]
    assert _dates("3月21日至3日")[-1] == ("3日", "2021-04-03")


def test_the_same_day_after_a_leads_day_is_that_day_a_paragraph_or_two_on():
    lead = ("“一定扎根青禾村。”4月2日,柳川县举行选派干部出征仪式。仪式上,方小禾代表新队员发言。\n\n"
            "当天,首批队员乘车奔赴各村。")
    assert _dates(lead, "2022-04-12") == [("4月2日", "2022-04-02"), ("当天", "2022-04-02")]
    told = ("本报讯(记者 方小禾) 7月23日上午,青禾县公务员遴选笔试在县党校举行。\n\n"
            "考生们提前半小时进入考场,按要求核对信息。\n\n当天下午,面试名单在县委组织部网站公布。")
    assert [iso for _, iso in _dates(told, "2022-07-24")] == ["2022-07-23", "2022-07-23"]
    # three paragraphs on, the day is no longer the one told
    far = "7月23日,青禾县举行笔试。\n\n甲。\n\n乙。\n\n丙。\n\n当天,县里又开会。"
    assert _dates(far, "2022-07-24")[-1] == ("当天", "2022-07-24")


def test_today_and_yesterday_inside_a_direct_quotation_are_the_speakers_days():
    quoted = "“被人匿名告了一状,心里一直不踏实。今天组织上给了说法,我总算能安心干活了。”方小禾说。"
    assert _dates(quoted, "2021-11-05") == [("今天", None)]
    assert _dates("“老方,昨天卖菜的钱到账了!”柳川村村民说。", "2026-02-19") == [("昨天", None)]
    # the report's own today and yesterday, after a quotation closes, are the article's
    told = "“青禾村变了样。”村民说。今天上午,柳川镇召开表彰会。昨天,镇里已公示名单。"
    assert _dates(told, "2021-11-05") == [("今天", "2021-11-05"), ("昨天", "2021-11-04")]
    # a quote mark typed the wrong way round opens no quotation that lasts
    assert _dates("深入开展“两学一做“学习教育。今天,青禾县委组织部召开推进会。", "2024-05-10")[-1] == ("今天", "2024-05-10")
    # a speech over several paragraphs: each opens a quotation, the last closes it
    speech = "方小禾说:“今天我们召开这次会议,很有必要。\n“下面,我讲三点意见。”"
    assert _dates(speech, "2024-06-25") == [("今天", None)]
    said = "他说:“这是我们的责任“。他还说:“今天我们在这里集会,就是要凝聚力量。”"
    assert _dates(said, "2024-06-10") == [("今天", None)]


def test_the_same_years_month_is_in_the_year_last_named_in_its_paragraph():
    text = "2011年,方小禾调往柳川镇任职历练,同年10月又进了青禾县中青年干部培训班。"
    assert _dates(text, None)[-1] == ("同年10月", "2011-10")
    assert _dates("2019年9月,青禾县启动创建工作,方某负责背街小巷改造。同年10月,县里召开推进会。")[-1] == ("同年10月", "2019-10")
    other = "2019年9月,青禾县启动创建工作,方某负责背街小巷改造。\n同年10月,县里召开推进会。"
    assert _dates(other)[-1] == ("同年10月", None)  # a year of another paragraph, not just before
    # a rule's 当年 far from any year is any year's
    text = "2019年出台的《实施办法》规定,新录用公务员试用期满考核合格的,当年12月底前办理任职手续。"
    assert _dates(text, "2020-10-05")[-1] == ("当年12月底", None)


def test_a_years_start_or_end_told_after_its_year_is_one_date_of_that_year():
    assert _dates("2013年年初,青禾县启动村干部轮训。", "2014-03-18") == [("2013年年初", "2013")]
    assert _dates("截止到2024年年末,柳川村已完成订单6万个。", "2025-01-10") == [("2024年年末", "2024")]
    assert _dates("自2011年起至2012年上半年,青禾县各乡镇陆续完成换届。", "2024-04-25") == [("2011年", "2011"), ("2012年上半年", "2012")]
    # 大年初一 is a holiday, 每年年底 any year's end
    assert _dates("大年初一一大早,方小禾就去了青禾村。每年年底村里都要评比。", "2019-02-22") == []


def test_a_year_glued_to_its_month_is_that_month():
    table = "方小禾,196212月生,青禾县委书记;\n柳川,19635月生,柳川镇党委书记。"
    assert _dates(table, "2011-02-12") == [("196212月", "1962-12"), ("19635月", "1963-05")]
    assert _dates("2015 10月,青禾县印发培训条例。", "2018-01-02") == [("2015 10月", "2015-10")]
    assert _dates("全县共有20156个党员,12012个月没有变化。") == []  # amounts, not dates


def test_days_months_ahead_of_the_articles_date_stay_in_its_year():
    # plans and deadlines in a report of the year's first months are that year's
    assert [iso for _, iso in _dates("各单位须于6月30日前完成自查,11月15日前报送总结。", "2024-01-15")] == \
        ["2024-06-30", "2024-11-15"]
    assert _dates("全县公务员考试笔试定于5月25日举行。", "2024-01-20") == [("5月25日", "2024-05-25")]
    assert _dates("青禾县换届选举将于10月18日召开县党代会。", "2024-01-08") == [("10月18日", "2024-10-18")]


def test_that_day_and_that_evening_after_a_named_day_are_that_day():
    text = "7月26日,柳川县首批援建干部抵达青禾县。当日,县委组织部举办了欢迎会。"
    assert _dates(text, "2022-07-27") == [("7月26日", "2022-07-26"), ("当日", "2022-07-26")]
    text = "8月17日,是工作队进驻柳川镇的第43天。这一天,队员兵分两路走访农户。"
    assert _dates(text, "2021-08-23")[-1] == ("这一天", "2021-08-17")
    assert _dates("该镇无人值班,当日值班人员已回家。", "2014-05-12") == [("当日", None)]  # no day named: none
    # an anniversary's day in history, a paragraph before, is not the day reported
    text = "1921年7月1日,中国共产党成立。\n一百多年来,党带领人民不懈奋斗。\n这一天,青禾县各级党组织开展庆祝活动。"
    assert _dates(text, "2024-07-02")[-1] == ("这一天", None)
    # a day of the month before the report, a paragraph back, is the day told (across the year's end too)
    text = "2023年12月29日,青禾县召开述职评议会。\n当天下午,与会人员分组讨论。"
    assert _dates(text, "2024-01-03")[-1] == ("当天", "2023-12-29")
    text = "2023年6月15日,青禾县委组织部举办年轻干部培训班。\n当天,还举行了开班仪式。"
    assert _dates(text, "2023-09-01")[-1] == ("当天", "2023-06-15")
