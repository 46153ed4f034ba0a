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
    "方小禾传达了十九届中央第三轮巡视的反馈意见。",
    "3月2日,八届自治区党委第五轮巡视进驻柳川市。",
    "七届区党委首轮巡视即对柳川市开展。",
    "青禾县政协十一届常务委员会第五次会议在柳川镇召开。",
])
def test_a_term_number_before_its_body_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "届"] == []


@pytest.mark.parametrize("text, want", [
    ("柳川村的方小禾已连任三届村委会主任。", (3, None, "届", None)),
    ("青禾县连续办了五届农民丰收节。", (5, None, "届", None)),
    # after a verb or an adverb of serving or holding, before 社区, or 两届: terms counted, whatever body follows
    ("柳川镇历经四届党委接力攻坚,终于修通了进山公路。", (4, None, "届", None)),
    ("连续四届党委班子坚持把产业发展放在首位。", (4, None, "届", None)),
    ("方小禾连任四届社区党委书记,居民都信得过她。", (4, None, "届", None)),
    ("方小禾担任两届常委,一直分管组织工作。", (2, None, "届", None)),
    ("青禾中学连续举办了六届中央苏区红色故事宣讲比赛。", (6, None, "届", None)),
    ("开发区先后经历四届园区党委,每届都抓招商。", (4, None, "届", None)),
    ("柳川镇连续两届全县委员会测评位列第一。", (2, None, "届", None)),
    ("三届社区党委班子都把养老服务当作头等大事。", (3, None, "届", None)),
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


# -- N职: a count of posts (身兼7职, 共设300职); X一职 is "the post of X" ------------------------------

@pytest.mark.parametrize("text, want", [
    ("方小禾在柳川镇工作时曾身兼6职,常常忙到深夜。", (6, None, "职", None)),
    ("青禾县乡镇领导班子共设312职,比上届减少18职。", (312, None, "职", None)),
    ("柳川镇各村干部设3或4职,由村民选举产生。", (3, 4, "职", None)),
])
def test_posts_are_counted(text, want, segmenter):
    assert want in keys(text)


def test_the_post_of_is_no_count(segmenter):
    assert [k for k in keys("方小禾辞去柳川镇镇长一职后回村任职。") if k[2] == "职"] == []


@pytest.mark.parametrize("text", [
    "青禾县委组织部在市五职中召开村党组织书记座谈会。",  # a vocational school's short name
    "方小禾带队到县二职高调研学生党建工作。",
    "柳川市三职校党总支开展了主题党日活动。",
    "柳川市四职专新校区今年秋季投入使用。",
    "2025职教活动周青禾县分会场活动昨日启动。",  # a year before 职教
])
def test_a_school_or_a_year_before_zhi_is_no_count_of_posts(text, segmenter):
    assert [k for k in keys(text) if k[2] == "职"] == []


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


# -- 盏: lamps counted; 一盏 is a figure of speech (一盏明灯, 一盏茶的功夫) -------------------------------
# (颗 and 个晚上 are no units: 一颗红心, 两颗红心向党 and 有一个晚上 are commoner in the genre than counts)

@pytest.mark.parametrize("text, want", [
    ("柳川村今年新装太阳能路灯48盏,照亮了回家的路。", (48, None, "盏", None)),
    ("村口的老槐树下新装了两盏路灯。", (2, None, "盏", None)),
])
def test_lamps_are_counted(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", [
    "不到一盏茶的工夫,方小禾就把群众的诉求登记好了。",
    "老支书就像一盏明灯,照亮了柳川村的致富路。",
])
def test_a_lamp_or_a_cup_of_tea_in_a_figure_of_speech_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] == "盏"] == []


@pytest.mark.parametrize("text", [
    "柳川镇要求每名党员都要有一颗为民的红心。",
    "两颗红心向着党,一条心跟党走。",
    "新办法给基层干部送上一颗“定心丸”,方小禾怀着一颗赤子之心回乡。",
    "有一个晚上,方小禾在村部值班到凌晨。",
    "那是一个晚上,柳川村的山洪来得很急。",
])
def test_a_heart_or_a_night_of_a_story_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[0] in (1, 2) and k[2] in ("颗", "个晚上", "个")] == []


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


@pytest.mark.parametrize("text, want", [
    # a requirement or a span measured: 有一年以上, 有一年半, 有一天内, 有一年时间, 有一年…工作经历
    ("报名人员应当具备下列条件:有一年以上乡镇工作经历。", (1, None, "年", "以上")),
    ("年龄在35周岁以下,有一年以上村(社区)工作经历的优先考虑。", (1, None, "年", "以上")),
    ("在柳川镇挂职期间,有一年半时间住在村里。", (1.5, None, "年", None)),
    ("有一次以上被提醒谈话的,年度考核不得评为优秀。", (1, None, "次", "以上")),
    ("有一年时间在青禾县信访局跟班学习。", (1, None, "年", None)),
])
def test_a_year_required_or_spent_is_counted(text, want, segmenter):
    assert want in keys(text)


def test_once_upon_a_time_before_the_weather_is_no_count(segmenter):
    assert [k for k in keys("方小禾说,有一年冬天雪下得大,柳川村断了路。") if k[2] == "年"] == []


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


def test_levels_of_cadres_named_twice_in_a_clause_are_both_counts(segmenter):
    # 四级干部 and 县乡三级干部: each counts the levels its cadres come from, no row of grades of one noun
    assert [(k[0], k[2]) for k in keys("青禾县召开四级干部和县乡三级干部大会。")] == [(4, "级"), (3, "级")]
    assert [(k[0], k[2]) for k in keys("一级网格5个、二级网格12个。") if k[2] == "级"] == []


# -- a list's number glued to the number its item opens with (3.18周岁以上): item 3, aged 18 ----------

def test_a_list_number_glued_to_an_age_is_the_item_number(segmenter):
    text = "报考人员须符合以下条件:\n1.热爱基层工作;\n2.18周岁以上,35周岁以下;\n3.30周岁以下的可放宽学历要求。"
    assert keys(text) == [(18, None, "周岁", "以上"), (35, None, "周岁", "以下"), (30, None, "周岁", "以下")]


def test_a_column_of_decimals_at_line_starts_is_left_alone(segmenter):
    text = "各镇人均增收情况如下:\n2.5万元为柳川镇;\n3.1万元为青禾镇。"
    assert [k[0] for k in keys(text)] == [2.5, 3.1]


def test_a_decimal_line_without_a_list_next_to_it_is_read_whole(segmenter):
    text = "调研报告摘要:\n1.干部队伍结构持续优化;\n5.6岁是全县科级干部平均年龄下降的幅度。"
    assert 5.6 in [k[0] for k in keys(text)]


def test_a_decimal_paragraph_after_a_list_is_read_whole(segmenter):
    # the list numbers 2 apart from a digit: 2.3万 opening a later paragraph is a figure, no item 2
    text = "工作安排如下:\n1.加强学习;\n2.严格考核;\n3.注重实效。\n2.3万名党员参加了线上学习。"
    assert (23000, None, "名", None) in keys(text)


def test_sub_section_numbers_are_no_figures(segmenter):
    # 1.1, 1.2 number the parts of section 1: no item 1 opening with a figure
    text = "一、组织保障\n1.1成立领导小组;\n1.2建立3项工作机制;\n2.工作要求\n2.1强化督导。"
    assert keys(text) == [(3, None, "项", None)]


def test_the_subject_of_a_glued_age_is_no_list_number(segmenter):
    text = "报考条件:\n1.热爱基层工作;\n2.遵纪守法;\n3.18周岁以上,具有大专以上学历;\n4.身体健康。"
    got = [f for f in extract_article(article(text)).figures if f.unit == "周岁"]
    assert len(got) == 1 and not (got[0].subject or "").rstrip().endswith((".", "．"))
