"""Figure and figure-subject error classes of session 64 (study sets 212–215), one test per class,
in our own words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in figures(text)]


# -- N部委 (ministries and commissions counted together) and N个层面 (as N个方面): the unit is the word ---

@pytest.mark.parametrize("text, want", [
    ("中央组织部、国家发展改革委等7部委联合印发了实施意见。", (7, None, "部委", None)),
    ("国家十部委近日联合出台支持返乡创业的政策。", (10, None, "部委", None)),
    ("青禾县从县、乡、村三个层面推进干部轮训。", (3, None, "个层面", None)),
])
def test_units_of_a_counted_word(text, want, segmenter):
    assert want in keys(text)


def test_ministries_without_a_number_count_nothing(segmenter):
    assert keys("中央和国家机关各部委选派干部到柳川市挂职。") == []


# -- N年 in the name of a plan or campaign (五年脱产培训计划, 两年提升工程): a name, no span counted ---------

@pytest.mark.parametrize("text", [
    "青禾县出台村干部五年脱产培训计划,分批送干部进修。",
    "柳川市制定两年人才补充规划,补齐专业短板。",
])
def test_a_plan_named_by_its_years_is_no_figure(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


@pytest.mark.parametrize("text, want", [
    ("青禾县开展为期三年的干部轮训计划。", (3, None, "年", None)),
    ("柳川镇连续三年开展清廉村居建设行动。", (3, None, "年", None)),
    ("青禾县用三年实施人才提升工程。", (3, None, "年", None)),
    ("柳川镇计划三年内完成改造工程。", (3, None, "年", "以内")),
])
def test_a_span_measured_before_a_plan_still_counts(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text, want", [
    ("力争三年完成改造工程。", (3, None, "年", None)),
    ("争取两年建成示范工程。", (2, None, "年", None)),
    ("今后五年规划建设人才公寓2000套。", (5, None, "年", None)),
    ("柳川镇拟三年打造人才驿站工程。", (3, None, "年", None)),
    ("青禾县预计两年落实村级活动场所提升行动。", (2, None, "年", None)),
])
def test_years_the_work_takes_before_a_plan_word_count(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", ["柳川镇制定了三年规划。", "青禾县印发三年建设规划。"])
def test_a_plan_named_by_its_years_alone_is_no_figure(text, segmenter):
    assert [k for k in keys(text) if k[2] == "年"] == []


# -- an age before the person or group it describes (24岁的方小禾, 35岁以下年轻干部): the subject is their age --

def subjects(text: str):
    return {f.text: f.subject for f in figures(text)}


@pytest.mark.parametrize("text, fig, want", [
    ("今年24岁的方小禾去年考上了选调生。", "24岁", "年龄"),
    ("一位80多岁的老人拉着她的手。", "80多岁", "老人年龄"),
    ("青禾县选拔35岁以下年轻干部到乡镇锻炼。", "35岁以下", "年轻干部年龄"),
])
def test_an_age_names_the_age_of_whom_it_describes(text, fig, want, segmenter):
    assert want in (subjects(text)[fig] or "")


@pytest.mark.parametrize("text, fig", [
    ("他说等到自己50岁的时候再回乡创业。", "50岁"),
    ("已经62岁高龄的老支书仍坚守岗位。", "62岁"),
    ("年过七旬的方大爷,80岁高龄仍每天巡河。", "80岁"),
    ("柳川镇共选派干部120名到村任职。", "120名"),
])
def test_no_age_where_the_figure_is_none_or_a_time_of_life(text, fig, segmenter):
    assert "年龄" not in (subjects(text)[fig] or "")


# -- a counted noun that opens with 中 (中小学教师, 中学, 中层干部, 中央单位): 中 is no postposition there ---------

@pytest.mark.parametrize("text, fig, want", [
    ("青禾县曾抽调9名中小学教师去做非教学事务。", "9名", "中小学教师"),
    ("巡察组延伸巡察了14所中学。", "14所", "中学"),
    ("柳川市选拔20名中青年干部到乡镇任职。", "20名", "中青年干部"),
    ("来自31家中央单位的干部参加了培训。", "31家", "中央单位"),
])
def test_a_noun_opening_with_zhong_is_counted(text, fig, want, segmenter):
    assert want in (subjects(text)[fig] or "")


@pytest.mark.parametrize("text, fig, want", [
    ("全县255个行政村中,有30个村集体经济薄弱。", "255个", "行政村"),
    ("全县300名村干部中专科以上学历的有180名。", "300名", "村干部"),
    ("在50名学员中学历最高的是硕士。", "50名", "学员"),
    ("参训的200名干部中级别最高的是处级。", "200名", "参训的干部"),
    ("全县420名村党组织书记中青年干部占三成。", "420名", "村党组织书记"),
    ("120名驻村干部中央企选派的有15名。", "120名", "驻村干部"),
    ("全县218个村中学习成效明显的有45个。", "218个", "村"),
    ("12个乡镇中级别为二类的有5个。", "12个", "乡镇"),
    ("柳川镇86名网格员中层级最低的是村组网格员。", "86名", "网格员"),
])
def test_zhong_after_the_noun_still_ends_it(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


# -- N人/N名 opening its clause, then what was done to them (被提拔, 受到处分): the passive names who is counted ---

@pytest.mark.parametrize("text, fig, want", [
    ("柳川市查处问题30余起,40多人被处分。", "40多人", "被处分"),
    ("青禾县共提拔干部30名,其中6人在换届中被选为乡镇长。", "6人", "被选为乡镇长"),
    ("其中12人受到党纪处分。", "12人", "受到党纪处分"),
])
def test_a_count_of_people_named_by_what_befell_them(text, fig, want, segmenter):
    assert want in (subjects(text)[fig] or "")


def test_a_noun_before_the_count_still_names_it(segmenter):
    assert subjects("全县共有党员120名,其中女党员30名被评为优秀。")["30名"] == "女党员"


# -- a count or share opening its clause, then 是/为 what they are (有12名是…, 近六成为…): that names it -----------

@pytest.mark.parametrize("text, fig, want", [
    ("选派的13名干部,有12名是驻村工作队员。", "12名", "驻村工作队员"),
    ("新招录的选调生中,60%为外省籍毕业生。", "60%", "外省籍毕业生"),
    ("全县党员120名,其中30%为女性。", "30%", "女性"),
])
def test_a_count_named_by_what_it_is(text, fig, want, segmenter):
    assert want in (subjects(text)[fig] or "")


@pytest.mark.parametrize("text, fig, wrong", [
    ("经查,有3人为此受到了处理。", "3人", "此受到了处理"),
    ("2人为此感动不已。", "2人", "此感动不已"),
    ("活动中,2000余人为群众解难题。", "2000余人", "群众解难题"),
    ("5人为一组,分组开展讨论。", "5人", "一组"),
    ("青禾县组织志愿者,120人为留守老人理发。", "120人", "留守老人理发"),
])
def test_wei_after_a_count_of_people_is_a_preposition(text, fig, wrong, segmenter):
    assert wrong not in (subjects(text)[fig] or "")


# -- a length of time takes a date only from its own clause (今年5月开展培训，每期3天: no time for 3天) ---------

def times(text: str):
    return {f.text: f.time for f in figures(text)}


@pytest.mark.parametrize("text, fig", [
    ("今年5月,青禾县开展送课下乡活动,每期3天。", "3天"),
    ("2021年以来,柳川镇以3个月为周期轮换干部。", "3个月"),
    ("今年6月,柳川市举办青年干部培训班,为期一周。", "一周"),
    ("2022年,青禾县分批轮训村干部,每批5天。", "5天"),
    ("自2019年起,柳川镇陆续借调干部,最长借调时间超过4年。", "超过4年"),
    ("今年3月,青禾县启动村级巡察,拟在2年内覆盖全部村。", "2年内"),
])
def test_a_length_of_each_round_in_another_clause_has_no_time(text, fig, segmenter):
    assert times(text)[fig] is None


@pytest.mark.parametrize("text, fig, want", [
    ("2023年,全县干部人均参训时长达到120小时。", "120小时", "2023"),
    ("今年以来,驻村干部累计下沉服务1.2万天。", "1.2万天", "今年以来"),
    ("2024年,全县干部在线学习时长累计超过2万小时。", "超过2万小时", "2024"),
    ("2023年度,驻村干部在岗天数均超过200天。", "超过200天", "2023"),
    ("今年上半年,青禾县干部下沉时长累计达15天。", "15天", "今年上半年"),
    ("2023年,全市选派120名干部赴浙江跟班学习3个月。", "3个月", "2023"),
    ("2022年,柳川镇共开展志愿服务300天。", "300天", "2022"),
])
def test_a_total_or_an_average_of_time_keeps_the_sentence_date(text, fig, want, segmenter):
    assert times(text)[fig] == want


def test_an_average_time_limit_keeps_a_span_of_months(segmenter):
    assert times("今年1至10月,审批时限平均压缩至3个工作日。")["3个工作日"] is not None


@pytest.mark.parametrize("text, fig", [
    ("5月份选派优秀青年赴外地锻炼一个月。", "一个月"),
    ("今年5月,青禾县培训村干部300名。", "300名"),
])
def test_a_date_of_the_clause_or_of_a_count_stays(text, fig, segmenter):
    assert times(text)[fig] is not None


# -- 夫妻两人, 父子二人: the two of a family pair named together, not a count ---------------------------------------

@pytest.mark.parametrize("text", [
    "选派时一般不让夫妻两人同期驻村。",
    "方家父子二人都在柳川村当过村干部。",
    "柳川村张家兄弟两个都考上了选调生。",
    "方家姐妹两个,一个当了村医。",
])
def test_a_family_pair_is_no_count(text, segmenter):
    assert [k for k in keys(text) if k[2] in ("人", "个")] == []


@pytest.mark.parametrize("text", [
    "与周边兄弟两个县建立干部交流机制。",
    "学习兄弟两个省份的经验做法。",
    "结成姐妹两个镇共建关系。",
    "柳川市与兄弟两个市签订了人才合作协议。",
])
def test_two_places_after_a_family_word_count(text, segmenter):
    assert (2, None, "个", None) in keys(text)


def test_two_people_without_a_family_pair_count(segmenter):
    assert (2, None, "人", None) in keys("柳川村今年有两人考上了选调生。")
