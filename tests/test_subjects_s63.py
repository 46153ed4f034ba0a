"""Figure subject error classes of session 63 (study sets 212–213 and the real dev half), one test per class,
in our own words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subject_of(text: str, number: str) -> str | None:
    figures = [f for f in extract_article(article(text)).figures if f.text == number]
    assert figures, number
    return figures[-1].subject


# -- a comparison or a share: what stands before 比/较/同比/占 is what the figure measures, not the base;
#    a clause that only compares, shares or bounds goes on about the count that ends the clause before it ----

@pytest.mark.parametrize("text, number, subject", [
    # the base of a comparison inside the clause is cut off
    ("青禾县发给乡镇的文件比上年减少三分之一以上。", "三分之一以上", "青禾县发给乡镇的文件"),
    ("全县简报数、文件数要同比减少20%以上。", "20%以上", "全县简报数、文件数"),  # (no modal glued to the noun: s72)
    ("全县大专以上学历的村干部分别较上届增长12%和8%。", "12%", "全县大专以上学历的村干部"),
    ("换届后，村“两委”成员中女性占比为32%。", "32%", "村“两委”成员中女性"),
    # a clause of a comparison, a share or an adverb alone: the count before it
    ("全县村党组织书记平均年龄46.5岁，较上届下降3.2岁。", "3.2岁", "全县村党组织书记平均年龄"),
    ("柳川镇排查出后进村党组织12个，占全镇村党组织总数的8%。", "8%", "柳川镇排查出后进村党组织"),
    ("今年新录用的40名公务员中，分配到乡镇的公务员26名、占比65%。", "65%", "分配到乡镇的公务员"),
    ("县财政安排驻村工作经费500万元，较去年增长15%。", "15%", "县财政安排驻村工作经费"),
    ("柳川镇今年召开会议26次，同比减少30%。", "30%", "柳川镇今年召开会议"),
    ("全县村干部人均年收入达到4.2万元，比2020年提高了两成。", "两成", "全县村干部人均年收入"),
    ("拟选拔正科级干部60名左右，一般不超过35岁；副科级干部90名左右，一般不超过32岁。", "不超过32岁", "副科级干部"),
    # the noun after the count before is what it counts
    ("青禾县选派了120名干部到村任职，占全县机关干部的15%。", "15%", "到村任职的干部"),
])
def test_a_comparison_or_share_measures_what_comes_before_it(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


@pytest.mark.parametrize("text, number, not_subject", [
    # a total or a preposition opens a count of its own: not the count before
    ("今年以来为420余名干部容错免责，为150余名受到诬告的干部澄清正名。", "150余名", "干部容错免责"),
    # a date before the clause is no count
    ("柳川镇的改革始于2019年，同比提高了三成。", "三成", "柳川镇的改革始于"),
    # 比 inside a word (比例) is no comparison
    ("全县女干部比例达到38%。", "38%", "全县女干部"),
])
def test_no_comparison_without_one(text, number, not_subject, segmenter):
    assert subject_of(text, number) != not_subject


# -- a change from one figure to another (由A增加至B, 从A提高到B): both count what changes; the verb of change
#    after the first is no noun, and 由/从 with the starting point is no part of the subject ----------------

@pytest.mark.parametrize("text, number, subject", [
    ("青禾县委党校培训人数由2021年的3200人次增加至2023年的4100人次。", "3200人次", "青禾县委党校培训人数"),
    ("青禾县委党校培训人数由2021年的3200人次增加至2023年的4100人次。", "4100人次", "青禾县委党校培训人数"),
    ("全县村干部平均年龄由49.5岁下降到44.2岁。", "49.5岁", "全县村干部平均年龄"),
    ("全县村干部平均年龄由49.5岁下降到44.2岁。", "44.2岁", "全县村干部平均年龄"),
    ("柳川镇集体经济收入从2020年的80万元提高到150万元。", "150万元", "柳川镇集体经济收入"),
    ("优秀等次比例由15%提高至20%。", "15%", "优秀等次比例"),
])
def test_a_change_from_one_figure_to_another(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


@pytest.mark.parametrize("text, number, subject", [
    # 由/从 that opens no change keeps what it had
    ("由县委组织部从全县选拔30名干部到乡镇任职。", "30名", "到乡镇任职的干部"),
    ("全县从1200名报名者中选出80名村级后备力量。", "80名", "村级后备力量"),
])
def test_from_without_a_change(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- a part of a counted group (N个X中[尚有Y]M个; N名X中，M人…; N个X有M个…): the part's own noun, else the group's;
#    never the group's count with it -------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("全县96名驻村第一书记中，41人被安排到产业薄弱村任职。", "41人", "驻村第一书记"),
    ("全县312个行政村中尚有后进村27个。", "27个", "后进村"),
    ("全县1500名党员中有女党员420名。", "420名", "女党员"),
    ("全省12个地级市有5个已完成换届。", "5个", "地级市"),
])
def test_a_part_of_a_counted_group(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


@pytest.mark.parametrize("text, number, subject", [
    # an age bound is no group (45岁以下的 has no noun of its own)
    ("村党组织书记中45岁以下的有98人。", "98人", "党组织书记中45岁以下的"),
    # a clause of its own after the group keeps its own subject
    ("在12个乡镇中推行积分管理，共评出先进个人86名。", "86名", "共评出先进个人"),
])
def test_no_group_without_one(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- a share of a base after 为/是 … 的 (X为Y的80%, X仅为Y的三分之一): X is what is measured; a quoted name that
#    opens X stays whole ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("支部书记报酬为全县平均工资的1.5倍、“两委”其他成员为支部书记的80%。", "80%", "“两委”其他成员"),
    ("全县农民人均收入5200元，仅为全省平均水平的三分之二。", "三分之二", "全县农民人均收入"),
    ("柳川镇今年的培训经费是去年的2倍。", "2倍", "柳川镇今年的培训经费"),
])
def test_a_share_of_a_base(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- 等 as a stop (甲、乙等[12名]) never cuts a noun that begins with it: 等级, 等次, 等第 ------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("考核结果设优秀、称职、基本称职、不称职4个等次。", "4个", "等次"),
    ("每类岗位设6个等级，薪酬逐级递增。", "6个", "等级"),
    ("柳川镇把村干部报酬划为3个等第。", "3个", "等第"),
])
def test_a_noun_of_grades_after_the_figure(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


def test_deng_after_a_list_still_stops(segmenter):
    assert subject_of("青禾县选派方小禾、李清等12名干部到村任职。", "12名") == "到村任职的干部"


# -- an adverb of rule between what is bounded and the figure (年龄[一般]不超过45周岁, 人员[原则上]…): not part of
#    the subject; a two-character noun the segmenter splits (时|长) still names it ------------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("选派人员年龄一般不超过45周岁。", "不超过45周岁", "选派人员年龄"),
    ("新招聘的社区工作者原则上不超过35周岁。", "不超过35周岁", "新招聘的社区工作者"),
    ("青年干部挂职期一般为6至12个月。", "6至12个月", "青年干部挂职期"),
    ("每期时长一般1周左右。", "1周左右", "时长"),
])
def test_an_adverb_of_rule_before_the_figure(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- 以N为X (以3个月为周期, 以5年为一个周期, 以20户为单元): the figure is taken as X ------------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("以3个月为周期，选派年轻干部到重点部门历练。", "3个月", "周期"),
    ("以5年为一个周期开展全员轮训。", "5年", "周期"),
    ("全县以20户为单元划分网格。", "20户", "单元"),
])
def test_a_figure_taken_as_a_unit(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- narrowed (review of session 63): 比/较 compare only with a change or a difference after them, never as 较 "rather"
#    before an adjective, a ratio (1比2) or a phrase (比学赶超); only after the clause's last figure or 、; a rating
#    right before a bare count names it --------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("青禾县选拔综合素质较高的优秀年轻干部42名。", "42名", "综合素质较高的优秀年轻干部"),
    ("全镇干部中具有较高学历的有215人。", "215人", "全镇干部中具有较高学历的"),
    ("全镇群众满意度较高的社区有17个。", "17个", "全镇群众满意度较高的社区"),
    ("全镇社区党组织书记中，女性占21%、本科以上学历占57%。", "57%", "本科以上学历"),
    ("按照1比2的比例差额考察干部36名。", "36名", "1比2的比例差额考察干部"),
    ("全镇比学赶超活动开展27场。", "27场", "全镇比学赶超活动开展"),
    ("年度评议结果：好74人，较好15人，一般4人。", "15人", "较好"),
    ("年度评议结果：好74人，较好15人，一般4人。", "4人", "一般"),
    ("满意票63张、较满意票11张、一般7张。", "7张", "一般"),
    # a comparison with a difference still cuts its base
    ("全镇村干部比上年多12人。", "12人", "全镇村干部"),
])
def test_a_comparison_needs_a_change_after_it(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- narrowed: 由/从 open a change only with its starting figure close after them, not a date opening a period nor an
#    agent with its verb; a noun after the figure that begins with a verb of change (提高班) is still what it counts --

@pytest.mark.parametrize("text, number, subject", [
    ("柳川镇从2025年起将社区干部补贴提高到每人每年1800元。", "1800元", "2025年起将社区干部补贴"),
    ("柳川镇由镇财政出资将社区干部报酬提高到每月2800元。", "2800元", "镇财政出资将社区干部报酬"),
    ("县委党校今年举办4期提高班。", "4期", "提高班"),
])
def test_from_a_date_or_an_agent_is_no_change(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


# -- narrowed: a counted group closes with 中 of its own (not 中心, 中层, 中学), its noun keeps out 共/均/都有 and never
#    starts with 的, and a span of time (为期4天的…中) is no group ----------------------------------------------------

@pytest.mark.parametrize("text, number, subject", [
    ("全镇7个乡镇中心卫生院有医务人员280名。", "280名", "乡镇中心卫生院有医务人员"),
    ("全县16个乡镇共有840名。", "840名", "乡镇"),
    # (后备干部 after the count is what it counts: session 77, a noun opening with 后; tests/test_subjects_s77.py)
    ("全县16个乡镇共有840名后备干部。", "840名", "后备干部"),
])
def test_a_group_closes_with_its_own_zhong(text, number, subject, segmenter):
    assert subject_of(text, number) == subject


def test_a_span_of_time_is_no_group(segmenter):
    assert subject_of("在为期4天的集中培训中，有112人次参加考试。", "112人次") != "的集中培训"


# -- narrowed: 一般 is stripped only as an adverb of rule, with a verb of bound or a bound on the figure after it;
#    before a bare count it names the grade ---------------------------------------------------------------------

def test_yiban_before_a_bare_count_is_a_grade(segmenter):
    assert subject_of("年度测评中评为一般3人。", "3人") == "年度测评中评为一般"


# -- narrowed: X of 以N为X is one word of the segmenter, and never a mere measure (单位, 标准) --------------------------

@pytest.mark.parametrize("text, number, not_subject", [
    ("以15%为上限确定优秀等次。", "15%", "上限确定优秀等次"),
    ("以10户为单位划分网格。", "10户", "单位"),
    ("以3%为标准划定警戒线。", "3%", "标准"),
])
def test_taken_as_one_word_not_a_measure(text, number, not_subject, segmenter):
    assert subject_of(text, number) != not_subject


def test_taken_as_one_word(segmenter):
    assert subject_of("以15%为上限确定优秀等次。", "15%") == "上限"


def test_yiban_before_a_range_is_an_adverb_of_rule(segmenter):
    assert subject_of("每个督导组一般5—6人。", "5—6人") == "每个督导组"
