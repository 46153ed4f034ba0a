"""Session 76 study (set 241): a news agency's headline printed in its dateline's line (某某社某地电
题:…) names its places once; a 作者 field holding an organ (某某区委组织部) is the writing unit.

Pages invented for the test (sentences and people made up; the places are real divisions)."""
from __future__ import annotations

from pipeline.text.ingest import read_document
from pipeline.worker import process_document

BODY = "近年来,四川省南充市建立干部容错纠错机制,对敢于担当的干部予以保护,已为42名干部澄清正名。"
BODY2 = "该市还把考核结果与干部选拔任用挂钩,激励干部担当作为。"


def _page(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    pd = process_document(read_document(path))
    assert len(pd.articles) == 1, [a.title for a in pd.articles]
    return pd.articles[0], pd.extractions[0]


def test_an_agency_headline_in_its_dateline_line_names_its_places_once(tmp_path):
    page = "\n".join(["新华社成都5月6日电 题:四川南充:容错纠错让干部放开手脚", "新华社记者林小满", BODY, BODY2])
    art, x = _page(tmp_path, page)
    assert art.title == "四川南充:容错纠错让干部放开手脚"
    assert x.title_regions == []  # the body's line holds the headline: its places are read there
    assert [m.text for m in x.regions][:3] == ["成都", "四川", "南充"]


def test_a_headline_line_over_the_dispatch_that_repeats_it_keeps_its_places(tmp_path):
    # the page's own headline line, then the dispatch printing it again after 题: both are mentions
    page = "\n".join(["四川南充:容错纠错让干部放开手脚", "新华社成都5月6日电 题:四川南充:容错纠错让干部放开手脚",
                      "新华社记者林小满", BODY, BODY2])
    art, x = _page(tmp_path, page)
    assert [m.place.name for m in x.title_regions] == ["四川省", "南充市"]


def test_a_headline_over_the_body_still_names_its_places(tmp_path):
    art, x = _page(tmp_path, "\n".join(["四川南充:容错纠错让干部放开手脚", BODY, BODY2]))
    assert [m.place.name for m in x.title_regions] == ["四川省", "南充市"]


def test_an_organ_in_the_author_field_is_the_writing_unit(tmp_path):
    page = "\n".join(["青居镇开展年轻干部座谈活动",
                      "来源:南充组工网    作者:高坪区委组织部    发布时间:2025-05-06", BODY, BODY2])
    art, x = _page(tmp_path, page)
    assert art.authors == [] and art.affiliation == "高坪区委组织部"
    assert [m.place.name for m in x.unit_regions] == ["高坪区"]


def test_a_person_in_the_author_field_is_still_the_author(tmp_path):
    page = "\n".join(["青居镇开展年轻干部座谈活动", "来源:南充组工网    作者:林小满    发布时间:2025-05-06", BODY, BODY2])
    art, _ = _page(tmp_path, page)
    assert [(a.name, a.role) for a in art.authors] == [("林小满", "作者")] and art.affiliation is None


def test_a_lottery_tip_headline_over_a_real_report_is_no_title(tmp_path):
    # SEO spam: a number game's tips (its killed numbers, picture riddle) set as the headline of a copied report
    page = "\n".join(["25年118期某某福彩3D杀码图谜", "中新网成都5月6日电 (林小满)" + BODY, BODY2])
    art, _ = _page(tmp_path, page)
    assert art.title is None and art.source == "中新网"


def test_a_heading_of_a_lottery_office_is_still_a_title(tmp_path):
    art, _ = _page(tmp_path, "\n".join(["南充市体育彩票管理中心开展干部作风整顿", BODY, BODY2]))
    assert art.title == "南充市体育彩票管理中心开展干部作风整顿"


# --- a report printed twice on its page: the copy under the headline is the article's ------------------

LONG1 = "近年来,南充市高坪区把考核结果运用作为激励干部的重要抓手,对年度考核优秀的单位给予通报表扬并增加奖励名额。"
LONG2 = "该区还先后三次修订考核办法,将考核奖金总额由200万元提高到600多万元,有效激发了各镇街和部门的工作热情。"


def test_a_report_printed_again_under_a_follow_prompt_is_read_in_its_first_copy(tmp_path):
    head = "高坪区用好考核结果激励干部担当作为"
    page = "\n".join([head, LONG1, LONG2, "关注公众号,随时阅读南充日报", LONG1, LONG2, "关注公众号,随时阅读南充日报"])
    art, x = _page(tmp_path, page)
    assert art.title == head and art.text.count(LONG1) == 1
    assert art.orig_start < page.index("关注公众号")  # the copy under the headline
    assert all(m.start < len(art.text) for m in x.regions)


def test_a_lead_printed_over_the_headline_is_read_under_it(tmp_path):
    head = "高坪区用好考核结果激励干部担当作为"
    page = "\n".join([LONG1, head, LONG1, LONG2])
    art, _ = _page(tmp_path, page)
    assert art.title == head and art.text.count(LONG1) == 1 and art.orig_start > page.index(head)


# --- a compilation's table of contents (目录, then headings with their pages) --------------------------

def test_a_compilations_contents_are_no_text_and_its_first_piece_has_the_title(tmp_path):
    page = "\n\n".join(["干部激励办法汇编(2篇)", "目录", "干部担当作为激励办法 1", "雄安新区干部容错办法 5",
                        "干部担当作为激励办法", "第一条 为激励干部担当作为,结合本单位实际,制定本办法。",
                        "第二条 本办法适用于本单位全体干部职工,由人事部门负责组织实施和解释。"])
    art, x = _page(tmp_path, page)
    assert art.title == "干部担当作为激励办法"
    assert "目录" not in art.text and "雄安" not in art.text and x.region is None


# --- a yearbook database's entry: its record lines, then 【heading】 opening the entry's paragraph ------------

def test_a_yearbook_entrys_bracketed_heading_is_its_title(tmp_path):
    page = "\n".join(["书名:", "一级目:中共高坪区委 CPC Committee of Gaoping District",
                      "【强化驻村干部日常管理考核】2022年,高坪区对全区驻村工作队实行季度考核,考核结果与评优评先挂钩," + BODY2])
    art, x = _page(tmp_path, page)
    assert art.title == "强化驻村干部日常管理考核" and art.text.startswith("2022年")
    assert [m.text for m in x.regions] == ["高坪区"]  # (the record's 一级目 line names no place of the text)


def test_a_columns_tag_opening_a_lead_is_no_title(tmp_path):
    art, _ = _page(tmp_path, "\n".join(["【组工动态】" + BODY, BODY2]))
    assert art.title is None
