"""Figure, date and document error classes of session 61 (the freshest study sets first), one test per
class, in our own words.  Each text goes through the article extraction the pipeline runs
(extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in figures(text)]


# -- N届 before the body whose term it numbers (九届自治区党委, 十五届某县委): a label, not a count -----

@pytest.mark.parametrize("text", [
    "今年5月,十二届青禾县委第三轮巡察正式启动。",
    "方小禾传达了十九届中央第二轮巡视工作动员部署会精神。",
    "3月2日,八届自治区党委第五轮巡视进驻柳川市。",
    "七届区党委首轮巡视即对柳川市开展。",
    "青禾县政协十一届常务委员会组成人员参加了会议。",
])
def test_a_term_number_before_its_body_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "届"] == []


@pytest.mark.parametrize("text, want", [
    ("柳川村的方小禾已连任三届村委会主任。", (3, None, "届", None)),
    ("青禾县连续办了五届农民丰收节。", (5, None, "届", None)),
])
def test_terms_served_or_held_stay_counted(text, want, segmenter):
    assert want in keys(text)


# -- 不满/未满 + a span of time: a term not yet served (满5年 negated), no bound; an age keeps 以下 -----

@pytest.mark.parametrize("text, want", [
    ("调入青禾县机关工作不满2年的干部不得报名。", (2, None, "年", None)),
    ("方小禾未满3年服务期就提前离职,须退还补贴。", (3, None, "年", None)),
    ("入职不满一年的新人也参加了轮训。", (1, None, "年", None)),
])
def test_a_term_not_yet_served_has_no_qualifier(text, want, segmenter):
    assert want in keys(text)


def test_an_age_not_yet_reached_stays_below(segmenter):
    assert (40, None, "周岁", "以下") in keys("柳川镇选拔不满40周岁的村干部参加培训。")


# -- N职: a count of posts (身兼7职, 共设448职); X一职 is "the post of X" ------------------------------

@pytest.mark.parametrize("text, want", [
    ("方小禾在柳川镇工作时曾身兼6职,常常忙到深夜。", (6, None, "职", None)),
    ("青禾县乡镇领导班子共设312职,比上届减少18职。", (312, None, "职", None)),
    ("柳川镇各村干部设3或4职,由村民选举产生。", (3, 4, "职", None)),
])
def test_posts_are_counted(text, want, segmenter):
    assert want in keys(text)


def test_the_post_of_is_no_count(segmenter):
    assert [k for k in keys("方小禾辞去柳川镇镇长一职后回村任职。") if k[2] == "职"] == []


# -- 场(次), like 人(次) and 件(次): the unit keeps the 次 written after it in brackets ----------------

def test_sessions_written_with_their_times_in_brackets(segmenter):
    assert (12, None, "场(次)", None) in keys("柳川镇今年组织开展理论宣讲12场(次),参与群众900人。")


# -- N学年: a span of school years, like 学期; 2023学年 is a year ------------------------------------

@pytest.mark.parametrize("text, want", [
    ("报考者须在校期间担任一学年以上班干部。", (1, None, "学年", "以上")),
    ("担任学生会副主席满1学年的毕业生优先。", (1, None, "学年", None)),
])
def test_school_years_are_counted(text, want, segmenter):
    assert want in keys(text)


def test_a_school_year_named_by_its_year_is_no_count(segmenter):
    assert [k for k in keys("青禾中学2023学年共招收新生480人。") if k[2] == "学年"] == []


def test_posts_named_as_a_group_in_quotes_are_no_count(segmenter):
    assert [k for k in keys("离任的村“三职”干部每月领取生活补助。") if k[2] == "职"] == []
    assert [k for k in keys("离任的村 “ 三职 ” 干部每月领取生活补助。") if k[2] == "职"] == []


# -- measure words of things counted (盏, 颗) and nights (个晚上) ---------------------------------

@pytest.mark.parametrize("text, want", [
    ("柳川村今年新装太阳能路灯48盏,照亮了回家的路。", (48, None, "盏", None)),
    ("青禾县评选“五星”支部,三颗星对应三项重点任务。", (3, None, "颗", None)),
    ("柳川镇要求干部每月在村住宿不少于6个晚上。", (6, None, "个晚上", "不少于")),
])
def test_more_measure_words_are_units(text, want, segmenter):
    assert want in keys(text)


def test_a_heart_or_a_pill_is_no_count(segmenter):
    assert [k for k in keys("新规让干部吃了一颗“定心丸”,方小禾怀着一颗赤子之心回乡。") if k[2] == "颗"] == []


# -- 有一天/有一次/有一年 opening a clause, 某一天: "once, one day", a story's time, no count ------------

@pytest.mark.parametrize("text", [
    "方小禾回忆说,有一年雨水多,柳川村的机耕路塌了。",
    "驻村的日子很忙。有一天,我们凌晨五点就出发了。",
    "填表的事多得很。有一次,镇里一天要了三张表。",
    "2021年的某一天,方小禾接到了青禾县的电话。",
])
def test_once_upon_a_time_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[0] == 1 and k[2] in ("天", "次", "年")] == []


def test_a_year_one_has_is_counted(segmenter):
    assert (1, None, "年", None) in keys("能有一年时间脱产学习,方小禾非常珍惜。")


# -- documents: a short name given at a later citation of a title, and a space before its (试行) ------

def documents(text: str):
    return [(d.title, d.short_name) for d in extract_article(article(text)).documents]


def test_a_short_name_given_when_the_title_is_cited_again(segmenter):
    text = ("青禾县各单位要用好《青禾县干部容错免责办法(试行)》。今年3月,县委印发"
            "《青禾县干部容错免责办法(试行)》(以下简称《办法》),明确了8种可容错情形。《办法》还规定了申请程序。")
    assert documents(text) == [("青禾县干部容错免责办法(试行)", "办法")]


def test_a_kind_after_a_title_with_a_space_before_its_bracket(segmenter):
    text = ("柳川市出台的《柳川市村干部绩效考核办法 (试行)》日前施行。\n"
            "《办法》规定,考核结果与村干部报酬挂钩。")
    assert documents(text) == [("柳川市村干部绩效考核办法 (试行)", "办法")]
