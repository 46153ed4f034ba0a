"""Session 76 (study of set 241, helper a): figure classes met on fresh pages, each tested with texts written
for the test."""
from __future__ import annotations

import pytest

from pipeline.extract.figures import find_figures


def figures(text: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text)]


# -- figures ---------------------------------------------------------------------------------------------

def test_a_formula_written_again_bare_before_its_work_is_no_amount():
    # class: “三万”活动 … 三万工作: the article's numbered formula again, unquoted, before 工作/活动
    from pipeline.extract.article import extract_article
    from tests.test_extract import article
    x = extract_article(article("学校开展“三万”活动已有五年,今年继续做好三万工作。全年共投入资金三万元。"))
    assert [f.text for f in x.figures] == ["五年", "三万元"]


def test_recent_years_after_a_list_comma_or_a_preposition_are_a_date():
    # class: 近N年 + what the people named next did in them (退休, 新录用): when, not a length of time
    assert figures("调研组先后与镇领导、近三年退休老党员座谈。") == []
    assert figures("县里对近3年新录用的公务员开展培训。") == []
    assert figures("他在基层工作近二十年,扎根一线。") == [("近二十年", 20, "年", "近")]  # (a duration)


def test_nights_counted_with_ge_keep_their_noun_in_the_unit():
    # class: 个 + a time noun (晚上, 周末, 通宵) is one unit, as 个月 and 个星期 are
    assert figures("班子成员每周住乡不少于3个晚上。") == [("不少于3个晚上", 3, "个晚上", "不少于")]
    assert figures("干部每月至少两个周末到村服务。") == [("至少两个周末", 2, "个周末", "至少")]


def test_twice_between_once_and_three_times_is_a_count():
    # class: a scale of penalties by how often (一次的…；二次的…；三次以上的…)
    got = figures("未经批准离岗的,一次的,内部提醒;二次的,约谈;三次以上的,调整岗位。")
    assert ("二次", 2, "次", None) in got
    assert figures("要防止二次污染。") == []  # ("secondary": no count)


def test_a_count_after_a_demonstrative_glued_to_it_by_the_segmenter_stays():
    # class: 这三大问题 (the segmenter's word 这三大): the demonstrative is no part of a word with the count
    from pipeline.nlp.segment import get_segmenter
    text = "面对产业弱、村容差、集体穷这三大短板,县里将加快调整。"
    words, pos = [], 0
    for w in get_segmenter().cut(text):
        words.append((pos, pos + len(w)))
        pos += len(w)
    assert [f.text for f in find_figures(text, words=words)] == ["三大"]


@pytest.mark.parametrize("text, want", [
    ("原来有8个人办公,现在只剩一个留守。", ("一个", 1, "个", None)),
    ("全村仅有一名专职干部。", ("一名", 1, "名", None)),
])
def test_only_one_is_a_count(text, want):
    # class: 只剩 / 仅有 / 只有 before 一: "only one", the count is the point (not the article "a")
    assert want in figures(text)


def test_one_as_the_article_a_stays_out():
    assert figures("有一个干部说,工作很累。") == []


# -- subjects --------------------------------------------------------------------------------------------

def subjects(text: str) -> list[tuple[str, str | None]]:
    from pipeline.extract.article import extract_article
    from tests.test_extract import article
    return [(f.text, f.subject) for f in extract_article(article(text)).figures]


def test_a_subject_cut_inside_a_list_opens_at_an_item():
    # class: a long 、-list before the figure: the 12-character cut fell inside an item, whose broken end (its
    # 、, a closing quote) no longer opens the subject
    assert subjects("多年来累计免费救治先天性心脏病、白内障、大骨节病等患者8300余名。") == [("8300余名", "白内障、大骨节病等患者")]
    assert subjects("县里创成大型实景剧《柳川传奇》、“青禾好物”、白桥蔬菜等特色品牌数百个。") == [("数百个", "白桥蔬菜等特色品牌")]


def test_a_share_with_no_count_before_it_is_of_its_base():
    # class: 占(到了)X的 + a fraction or percent after a clause with no count: the share is of X, not a verb phrase
    assert subjects("柳川镇年轻人多,占到了镇机关人员的五分之三,干劲足。") == [("五分之三", "镇机关人员")]
    assert subjects("全县女干部326名,占干部总数的30%。") == [("326名", "全县女干部"), ("30%", "全县女干部")]  # (the count before)


# -- times -----------------------------------------------------------------------------------------------

def times(text: str) -> list[tuple[str, str | None]]:
    from pipeline.extract.article import extract_article
    from tests.test_extract import article
    return [(f.text, f.time) for f in extract_article(article(text)).figures]


def test_the_recent_few_years_opening_a_clause_time_its_figures():
    # class: 近几年 / 近些年 at a clause's start: the recent years, as 近年来 (a date without iso)
    assert times("他介绍,近几年学校连续派出了五轮工作队。") == [("五轮", "近几年")]


def test_the_period_since_a_party_congress_times_its_figures():
    # class: (党的/中共)十八大以来, 二十大以来: a period since a congress
    assert times("党的十八大以来,全县累计实施各类帮扶项目950余个。") == [("950余个", "十八大以来")]
    from pipeline.extract.dates import find_dates
    assert [d.text for d in find_dates("全县深入学习十九大精神。", "2020-01-01")] == []  # (the congress alone: no period)


def test_the_counted_noun_follows_the_quality_given_before_de():
    # class: N名 + a quality closed by an adjective + 的 + the noun (两名经验丰富的副职): the noun is what is counted
    assert subjects("随后,三名基层经验丰富的街道班子副职被抽调到村。") == [("三名", "街道班子副职")]
    assert subjects("县里表彰了20名优秀的村党组织书记。") == [("20名", "优秀的村党组织书记")]
    assert subjects("工作组走访了3个村的党支部。") == [("3个", "村")]  # (a noun before 的: the villages are counted)
