"""Figure error classes seen on the study sets of session 58, one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from pipeline.extract.figures import find_figures
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in figures(text)]


# -- units ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("去年,青禾县纪委共处置问题线索1.2万件(次),同比上升。", "件(次)"),
    ("柳川镇纪委全年函询了结36件次,澄清正名一批干部。", "件次"),
    ("全县谈话提醒210件（次）,覆盖每个村。", "件（次）"),
])
def test_cases_counted_with_their_occasions(text, unit, segmenter):
    (f,) = figures(text)
    assert f.unit == unit


# -- qualifiers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("考核指标:群众满意率(≥95%)、办结率(≥90%)。", [(95, None, "%", "不少于"), (90, None, "%", "不少于")]),
    ("差错率(≤2%)纳入柳川镇年度考核。", [(2, None, "%", "不超过")]),
])
def test_a_bound_written_as_a_sign(text, want, segmenter):
    assert keys(text) == want


@pytest.mark.parametrize("text, want", [
    ("青禾县会议数量下降40% 以上,干部下村时间明显增加。", (40, None, "%", "以上")),
    ("填表报数占去干部30% 左右的工作时间。", (30, None, "%", "左右")),
])
def test_a_bound_after_a_space(text, want, segmenter):
    assert keys(text) == [want]


# -- page furniture -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "已阅读3页,还剩12页未读,继续免费阅读。",
    "您已阅读15%(520字),剩余85%(2946字)包含更多内容。",
    "青禾文库https://example.cn(省略905字,登录后看全文)",
    "(全文约1460字)",
    "第1页共4页 柳川镇述职报告,方小禾在全镇大会上作了述职。",
])
def test_reading_progress_of_the_page_is_no_figure(text, segmenter):
    assert figures(text) == []


@pytest.mark.parametrize("text, want", [
    ("柳川镇对返乡创业青年的最高奖励标准可达8000元。", (8000, None, "元", "不超过")),
    ("青禾县村干部的最低生活补贴为每月1200元。", (1200, None, "元", "不少于")),
])
def test_a_cap_or_floor_four_words_before_its_verb(text, want, segmenter):
    assert keys(text) == [want]


@pytest.mark.parametrize("text", [
    "柳川镇驻村工作方案\n五、保障措施\n5.1组织保障\n5.2人力资源配置\n镇党委统筹推进。",
])
def test_a_section_number_opening_a_heading_is_no_figure(text, segmenter):
    assert figures(text) == []


def test_a_decimal_amount_opening_a_line_still_counts(segmenter):
    assert keys("青禾县拨付专项资金:\n2.5万元用于村级阵地建设。") == [(2.5, None, "万元", None)]


@pytest.mark.parametrize("text, want", [
    ("青禾村新建的党群服务中心共三层,面积800平方米。", [(3, None, "层", None)]),
    ("柳川镇有十来栋两三层高的小楼。", [(2, 3, "层", None)]),
    ("综合楼一层为便民大厅,二层为会议室,三层以上是办公区。", []),
])
def test_storeys_counted_floors_named(text, want, segmenter):
    assert [k for k in keys(text) if k[2] == "层"] == want


# -- ordinals -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "青禾县举办学习县第十四次党代会精神培训班,解读县十四次党代会报告。",
    "深入贯彻党的十九届四、五中全会精神。",
    "学习贯彻二十届历次全会精神,推动柳川镇工作。",
])
def test_a_congress_or_plenum_numbered_is_no_count(text, segmenter):
    assert figures(text) == []


@pytest.mark.parametrize("text, want", [
    ("报考人员须在柳川镇服务满3周年。", [(3, None, "周年", None)]),
    ("青禾县隆重纪念建县60周年。", []),
])
def test_years_served_in_full_are_counted_an_anniversary_is_not(text, want, segmenter):
    assert keys(text) == want


# -- Chinese numerals -----------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("柳川镇要求填报的表格从五六个减少到一两个。", [(5, 6, "个", None), (1, 2, "个", None)]),
    ("方小禾每隔三五天就去青禾村走访。", [(3, 5, "天", None)]),
    ("她从二十七八岁起就在村里种植食用菌。", [(27, 28, "岁", None)]),
    ("大家三五成群地讨论村规民约。", []),
])
def test_loose_ranges_written_in_chinese(text, want, segmenter):
    assert keys(text) == want


@pytest.mark.parametrize("text, want", [
    ("青禾书院有着千年历史,是柳川镇的文化地标。", [(1000, None, "年", None)]),
    ("展馆回顾了青禾县党组织走过的百年光辉历程。", [(100, None, "年", None)]),
    ("柳川镇入选千年古城复兴试点。", []),
])
def test_the_length_of_a_history_in_hundreds_of_years(text, want, segmenter):
    assert keys(text) == want


# -- names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "柳川镇三套班子成员参加了述职评议会。",
    "青禾县四家班子领导带头下村走访。",
])
def test_the_leadership_bodies_named_together_are_no_count(text, segmenter):
    assert figures(text) == []


@pytest.mark.parametrize("text, want", [
    ("联村干部每月至少上门走访2次,了解群众诉求。", (2, None, "次", "至少")),
    ("每名党员每年至少重点联系5户困难群众。", (5, None, "户", "至少")),
])
def test_at_least_before_a_visit_with_its_manner(text, want, segmenter):
    assert want in keys(text)


@pytest.mark.parametrize("text", [
    "请欣赏驻村第一书记述职报告(精选5篇),由青禾文库整理。",
    "下面是小编整理的村级财务管理制度4篇(村级财务公开制度),以供借鉴。",
])
def test_a_model_essay_site_counting_its_pages_is_no_figure(text, segmenter):
    assert [k for k in keys(text) if k[2] == "篇"] == []


def test_essays_counted_in_the_text_still_count(segmenter):
    assert keys("方小禾在省级刊物发表调研文章12篇。") == [(12, None, "篇", None)]


@pytest.mark.parametrize("text", [
    "省委组织部干部三处处长方小禾一行到青禾县调研。",
    "市委组织部干部五处副调研员到柳川镇督导换届工作。",
])
def test_a_division_named_by_its_number_is_no_count(text, segmenter):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "县委巡察三组进驻柳川镇开展常规巡察。",
    "青禾村5组村民方小禾说,村里的路修好了。",
])
def test_a_team_or_village_group_named_by_its_number_is_no_count(text, segmenter):
    assert figures(text) == []


def test_groups_counted_in_each_village_still_count(segmenter):
    assert keys("柳川镇每村3组,每组配一名网格长。")[:1] == [(3, None, "组", None)]


@pytest.mark.parametrize("text, want", [
    ("柳川村承载着上万群众的期盼。", []),
    ("青禾村集体年收入从不到百万到如今过亿。", [(1000000, None, None, "以下"), (100000000, None, None, "超过")]),
    ("十年来青禾县人口增加了近千万。", [(10000000, None, None, "近")]),
    ("千万不要忘记群众。", []),
    ("不过万一遇到暴雨,方小禾就住在村里。", []),
])
def test_a_magnitude_alone_after_its_qualifier(text, want, segmenter):
    assert keys(text) == want


@pytest.mark.parametrize("text", [
    "柳川镇干部践行“勤、实、廉”三字方针,服务群众。",
    "青禾县提出“忠诚、干净、担当、实干”八字标准选拔干部。",
])
def test_a_motto_named_by_its_count_of_characters_is_no_figure(text, segmenter):
    assert [k for k in keys(text) if k[2] == "字"] == []


def test_a_vote_cast_is_no_count(segmenter):
    assert keys("青禾村选民在换届选举中投下了神圣的一票。") == []


def test_what_the_review_of_these_rules_showed_stays_a_figure():
    def units(text):
        return [(f.value, f.unit, f.qualifier) for f in find_figures(text)]
    assert units("柳川镇补贴80%,剩余20%由农户自筹。")[-1] == (20, "%", None)
    assert units("方小禾发表理论文章12篇(其中核心期刊3篇)。")[0] == (12, "篇", None)
    assert units("青禾县先后召开两次党代会。") == [(2, "次", None)]
    assert units("全县38套班子全部完成换届。") == [(38, "套", None)]
    assert units("按每篇2000字标准撰写心得体会。") == [(2000, "字", None)]
    assert units("最高人民法院为300名法官举办培训班。") == [(300, "名", None)]
    assert all(q != "超过" for _, _, q in units("方小禾累计走访过千余户群众。"))
    assert units("现场有过万名群众观看演出。") == [(10000, "名", "超过")]
    assert units("您已阅读8%(369字),剩余92%") == []
    assert [v for v, _, _ in units("小编了解到,今年全县共撰写调研报告35篇,其中获奖12篇。")] == [35, 12]
    assert [v for v, _, _ in units("撰写调研报告5篇(获奖1篇)\n")] == [5, 1]
    assert units("镇党政两套班子成员深入村组调研。") == [] and units("认真学习贯彻州十三次党代会精神。") == []
    assert units("践行好干部20字标准,锻造过硬队伍。") == []
