"""Dates (session 59): classes of date text the study sets showed read wrongly."""
from __future__ import annotations

from pipeline.extract.dates import find_dates


def _dates(text: str, article_date: str | None = "2021-04-02") -> list[tuple[str, str | None]]:
    return [(d.text, d.iso) for d in find_dates(text, article_date)]


def test_a_comparison_with_last_year_is_before_the_year_its_paragraph_named():
    told = "柳川镇公布了2019年村干部考核结果。考核显示,群众满意度比上年提高6个百分点。"
    assert _dates(told)[-1] == ("上年", "2018")
    # 去年 names the year too, and 上一年 is 上年
    text = "去年,青禾县引进大学生1200人。其中硕士研究生300人,较上一年增长40%。"
    assert _dates(text, "2024-01-15") == [("去年", "2023"), ("上一年", "2022")]
    # no comparison: a rule's base year stays any year's, and a year of another paragraph names none
    rule = "2019年起,青禾县调整补贴。村干部补贴按不低于上年度农民人均收入2倍发放。"
    assert _dates(rule)[-1] == ("上年度", None)
    other = "2019年,青禾县考核各乡镇。\n全县村级集体收入比上年增长两成。"
    assert _dates(other)[-1] == ("上年", None)


def test_today_counts_from_the_day_a_dispatch_or_a_diary_entry_was_written():
    dispatch = "青禾网柳川9月28日电 “没想到组织这么快为我澄清。”方小禾说。今天上午,柳川县召开澄清正名会。"
    assert _dates(dispatch, "2022-09-29") == [("9月28日", "2022-09-28"), ("今天", "2022-09-28")]
    diary = "驻村日记\n2018年5月10日 晴 星期四\n今天一早,我跟着方书记去柳川村走访。\n昨天下的雨,路还很滑。"
    assert _dates(diary, "2018-06-12") == [("2018年5月10日", "2018-05-10"), ("今天", "2018-05-10"), ("昨天", "2018-05-09")]
    # a date opening a sentence is no heading, and a quoted today stays the speaker's
    told = "2018年5月10日,柳川村召开村民大会。\n今天,记者来到柳川村回访。"
    assert _dates(told, "2018-06-12")[-1] == ("今天", "2018-06-12")
    assert _dates("青禾网9月28日讯 “今天我们很高兴。”村民说。", "2022-09-29")[-1] == ("今天", None)
    told = "9月28日电视电话会议后,柳川县立即部署。今天,县委召开常委会。"
    assert _dates(told, "2022-09-29")[-1] == ("今天", "2022-09-29")


def test_the_years_ahead_and_the_new_year_count_from_the_articles_year():
    assert _dates("这批后备干部将为来年的村级换届打下基础。", "2015-12-31") == [("来年", "2016")]
    assert _dates("柳川新区力争后年不再需要财政拨款。", "2011-09-16") == [("后年", "2013")]
    assert _dates("新的一年,青禾县要全面落实组织工作部署。", "2023-03-01") == [("新的一年", "2023")]
    assert _dates("新的一年即将到来,青禾县谋划明年工作。", "2023-11-20")[0] == ("新的一年", None)  # late in a year: which one?
    # words holding the characters are no years
    assert _dates("全县80后年轻干部已超过300人,须在最后年限前完成;多年来年均增长5%。", "2020-05-01") == []


def test_a_decade_is_no_year():
    assert _dates("青禾县的后备干部制度起源于1990年代初,2003年5月形成规范。") == [("2003年5月", "2003-05")]
