"""Session 78 (ux78d): findings of a researcher comparing regions in pandas and Excel."""
from __future__ import annotations

from pipeline.store.reposts import Item, find_copies

# One template filled in twice: for a county one year, for its province another, with other figures.
_TEMPLATE = ("{year}年以来，{where}党委坚持严管和厚爱结合，围绕选育管用全链条，打造“青苗工程”工作品牌，"
             "着力解决干部队伍中存在的突出问题，把年轻干部放到基层一线去历练。"
             "一是实施青苗工程，每年储备优秀年轻干部{a}名，分批安排到乡镇和村里任职。"
             "二是调整不胜任现职干部{b}名，推动干部能上能下，形成良好的用人导向。"
             "三是面向社会公开选拔{c}名社区工作者，其中35岁以下占30%，充实基层力量。"
             "四是提拔重用在一线表现突出的干部{d}名，让实干者有舞台。"
             "下一步，{short}将继续完善相关制度，让广大干部在基层一线安心干事、放手创业。")


def _article(k, where, short, year, figures, province, county, chrome=""):
    a, b, c, d = figures
    text = chrome + _TEMPLATE.format(year=year, where=where, short=short, a=a, b=b, c=c, d=d)
    return Item(k, text, f"{year}-03-01", province, county, f"{short}：以青苗工程推动干部工作")


def test_one_template_for_two_places_with_other_figures_is_no_repost():
    county = _article("a", "浙江省湖州市德清县", "德清县", 2022, (846, 7, 15, 21), "浙江省", "德清县")
    province = _article("b", "浙江省", "浙江省", 2021, (174, 8, 35, 7), "浙江省", None)
    assert find_copies([county, province]) == []


def test_a_repost_with_other_numbers_in_its_chrome_is_still_one():
    # A repost placed as its original is, whose site added numbers of its own (a date, a view count)
    # while its print lost a figure of the original's: numbers differ on both sides, half agree.
    first = _article("a", "浙江省湖州市德清县", "德清县", 2022, (846, 7, 15, 21), "浙江省", "德清县")
    again = Item("b", "发布时间 2023-06-18 浏览 512 次 " + first.text.replace("846名，", "一批，"), "2023-06-18",
                 "浙江省", "德清县", first.title)
    assert [(c.article_id, c.canonical_id) for c in find_copies([first, again])] == [("b", "a")]


def test_a_repost_placed_higher_with_the_same_figures_is_still_one():
    # A print whose place was only in its original's chrome: placed at the province, its figures a part of
    # the original's -- still a copy.
    first = _article("a", "浙江省湖州市德清县", "德清县", 2022, (846, 7, 15, 21), "浙江省", "德清县")
    again = Item("b", first.text, "2022-05-01", "浙江省", None, first.title)
    assert [(c.article_id, c.canonical_id) for c in find_copies([first, again])] == [("b", "a")]
