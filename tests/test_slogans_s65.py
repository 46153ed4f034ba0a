"""Slogan error classes of session 65 (study sets 212–217), one test per class, in our own words."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans, quoted_terms


def got(text: str):
    return [(s.canonical, s.count, s.components) for s in find_slogans(text)]


def terms(text: str):
    return quoted_terms(text, find_slogans(text), [])


# -- a quoted list of three or more short items closed by one repeated character: a formula -----------

@pytest.mark.parametrize("text, want", [
    ("全县干部中“想为、敢为、善为”之风渐浓。", ("想为、敢为、善为", None, ["想为", "敢为", "善为"])),
    ("青禾县引导党员“苦干、实干、巧干”,项目提速明显。", ("苦干、实干、巧干", None, ["苦干", "实干", "巧干"])),
])
def test_a_quoted_list_under_one_tail_is_a_formula(text, want, segmenter):
    assert got(text) == [want]


@pytest.mark.parametrize("text", [
    "柳川村吸引“能人、强人、好人”回村任职。",  # kinds of people, no formula
    "整治“不为、慢为、乱为”等问题。",  # problems
])
def test_people_and_problems_under_one_tail_are_no_formula(text, segmenter):
    assert got(text) == []


@pytest.mark.parametrize("text", [
    "青禾县组织“教师、医师、律师”下沉村组服务群众。",  # kinds of people
    "帮助“农民、居民、市民”解决急难愁盼问题。",
    "柳川镇组织“国企、民企、外企”参与村企共建。",  # kinds of enterprises
    "推动“省属、市属、县属”国有企业结对帮扶。",  # levels
    "对“本村、邻村、外村”务工人员统一登记。",  # places
    "按“大村、中村、小村”分类配备村干部。",  # sizes
    "为困难党员补助“水费、电费、网费”。",  # fees
    "组织党员学习“党史、国史、村史”。",  # topics
    "对项目实行“红码、黄码、绿码”动态管理。",  # colours
    "鼓励“公办、民办、私办”托育机构共同发展。",  # a doing tail under heads of a class: who, not how
])
def test_kinds_and_classes_under_one_tail_are_no_formula(text, segmenter):
    assert got(text) == []


def test_a_doing_verb_under_one_tail_is_a_formula(segmenter):
    assert got("青禾县倡导“真抓、实抓、狠抓”,项目落地提速。") == [("真抓、实抓、狠抓", None, ["真抓", "实抓", "狠抓"])]


# -- a short quoted name made of the heads of a list quoted in the article: its acronym -----------------

def test_a_quoted_acronym_of_a_quoted_list_is_a_formula(segmenter):
    text = "柳川市开展“亮晒比”行动,“亮身份、亮承诺,晒成绩、晒短板,比进度、比贡献”在各村展开。"
    assert got(text) == [("亮晒比", None, ["亮身份", "亮承诺", "晒成绩", "晒短板", "比进度", "比贡献"])]
    assert terms(text) == []


def test_the_acronym_of_a_formula_of_its_own_has_its_characters(segmenter):
    text = "青禾县“帮民富强民基暖民心”工作队进村。三年来,“帮强暖”驻村工作覆盖全部行政村。"
    assert got(text) == [("帮民富强民基暖民心", None, ["帮民富", "强民基", "暖民心"]), ("帮强暖", None, ["帮", "强", "暖"])]
    assert terms(text) == []


def test_an_acronym_with_a_numeral_is_no_formula(segmenter):
    text = "年度考评分为“优秀、良好、一般”三档,“优良一”比例由组织部核定。"  # a grade list: its 一 counts nothing
    assert "优良一" not in [c for c, _, _ in got(text)]


def test_a_quoted_word_that_happens_to_spell_no_list_stays_a_term(segmenter):
    assert got("推行“党建”工作法,“党员带头、建设家园”。") == [("党员带头、建设家园", None, ["党员带头", "建设家园"])]
    assert terms("推行“党建”工作法,“党员带头、建设家园”。") == ["党建"]


# -- 双 and a thing counted that drives or moves the work together: a formula, as with 两 ----------------

@pytest.mark.parametrize("text, want", [
    ("青禾县坚持“双轮驱动”,为干部成长提速。", "双轮驱动"),
    ("两地落实“双城联动”要求,联合办班。", "双城联动"),
    ("推进“双核驱动”。", "双核驱动"),
])
def test_two_things_driving_together_are_a_formula(text, want, segmenter):
    assert [(c, n) for c, n, _ in got(text)] == [(want, 2)]
    assert terms(text) == []


@pytest.mark.parametrize("text", ["推进“双向联动”。", "实行“双重联动”。"])
def test_two_way_is_no_count(text, segmenter):
    assert got(text) == []


@pytest.mark.parametrize("text", [
    "镇村两级坚持“双方联动”,共解难题。",  # both parties
    "青禾县整治作风问题坚持“双管并举”。",  # a variant of 双管齐下
    "柳川镇抓党建促发展要“双手并举”。",
])
def test_both_parties_and_both_hands_are_no_count(text, segmenter):
    assert got(text) == []
    assert terms(text)


# -- examples before or after a formula are not its items -----------------------------------------------

@pytest.mark.parametrize("text", [
    "柳川镇坚持“两轮驱动”,通过跟班学习、外出培训等系列举措,为干部成长提速。",  # the means, given as examples (等)
    "课程突出特色,安排了两城辩论赛、两城论坛等带有“两城联动”印记的活动。",  # things named after the formula
])
def test_examples_near_a_formula_are_not_its_items(text, segmenter):
    (s,) = find_slogans(text)
    assert s.components == []


@pytest.mark.parametrize("text, want", [
    ("青禾县实施“三个一”工程：建一支队伍、立一套制度、享同等待遇。", ["建一支队伍", "立一套制度", "享同等待遇"]),
    ("柳川镇推行“两个一”：一次谈话、一次平等对话。", ["一次谈话", "一次平等对话"]),
    ("建立“三个一”机制：一月一调度、一季一通报、一年一等级评定。", ["一月一调度", "一季一通报", "一年一等级评定"]),
])
def test_a_word_with_deng_in_it_does_not_close_the_list(text, want, segmenter):
    assert find_slogans(text)[0].components == want  # (the formula first; its items may be entries of their own)


@pytest.mark.parametrize("text, want", [
    ("青禾县实施红色教育、红色阵地、红色队伍等“红色三联”行动。", ["红色教育", "红色阵地", "红色队伍"]),
    ("柳川县推进人才强县、人才兴业、人才惠民“人才三策”。", ["人才强县", "人才兴业", "人才惠民"]),
])
def test_parts_sharing_a_theme_word_with_the_formula_are_its_items(text, want, segmenter):
    assert [s.components for s in find_slogans(text)] == [want]


def test_things_named_after_a_formula_after_a_lead_verb_are_not_its_items(segmenter):
    (s,) = find_slogans("学院通过双城沙龙、双城讲坛等带有“双城联动”印记的活动培养干部。")
    assert s.components == []


def test_a_list_before_a_formula_still_gives_its_items(segmenter):
    (s,) = find_slogans("健全甲体系、乙体系和丙体系等干部队伍“三大体系”。")
    assert s.components == ["甲体系", "乙体系", "丙体系"]


# -- one-character verbs fused right before a quoted formula, as many as it counts: its parts ------------

def test_verbs_fused_before_a_quoted_formula_are_its_parts(segmenter):
    (s,) = find_slogans("青禾县坚持招留“两轮驱动”,为干部成长提速。")
    assert s.components == ["招", "留"]


@pytest.mark.parametrize("text", ["干部要做到“两不误”。", "推进村社“两委”换届。"])
def test_a_word_or_nouns_before_a_formula_are_not_its_parts(text, segmenter):
    (s,) = find_slogans(text)
    assert s.components == [] or s.canonical == "两委" and "村" not in s.components


# -- an entry of the lexicon kept for its definition that is no national formula: local wherever it stands --

@pytest.mark.parametrize("text, want", [
    ("青禾县健全正向激励、容错纠错、能上能下“三项机制”。", "三项机制"),  # a generic count, whatever the items
    ("柳川镇组织村干部学习运用“千万工程”经验。", "千万工程"),  # one province's own programme
])
def test_a_generic_count_or_a_provinces_programme_is_local(text, want, segmenter):
    assert [(s.canonical, s.local) for s in find_slogans(text)] == [(want, True)]


@pytest.mark.parametrize("text, want", [("树牢“四个意识”。", "四个意识"), ("践行“三严三实”要求。", "三严三实")])
def test_national_formulas_stay_national(text, want, segmenter):
    assert [(s.canonical, s.local) for s in find_slogans(text)] == [(want, False)]


# -- a national name over items of a county's own, sharing only the word it counts: the county's formula ---

def test_a_national_name_over_items_of_its_own_is_local(segmenter):
    (s,) = find_slogans("青禾社区坚持“两个结合”,即社区建设与产业发展相结合、本职工作与分管工作相结合。")
    assert (s.canonical, s.local) == ("两个结合", True)
    (s,) = find_slogans("增强“四个意识”,即政治意识、大局意识、核心意识、看齐意识。")  # the national items
    assert (s.canonical, s.local) == ("四个意识", False)


# -- national formulas the lexicon lacked: national, found as the article writes them ---------------------

@pytest.mark.parametrize("text, want", [
    ("学员对标“学思想、强党性、重实践、建新功”的总要求。", ("学思想、强党性、重实践、建新功", ["学思想", "强党性", "重实践", "建新功"])),
    ("青禾县纪委把“红脸出汗、咬耳扯袖”用在日常监督中。", ("咬耳扯袖、红脸出汗", ["红脸出汗", "咬耳扯袖"])),  # in the order written
    ("工作队把米面送到“五保”户家中。", ("五保", [])),
    ("柳川县是“两权”抵押贷款试点县。", ("两权", [])),
])
def test_national_formulas_of_the_lexicon_are_national(text, want, segmenter):
    assert [((s.canonical, s.components), s.local) for s in find_slogans(text)] == [(want, False)]


@pytest.mark.parametrize("text, want", [
    ("村务监督委员会依法行使“两权”，即知情权、监督权。", ["知情权", "监督权"]),  # a village's own pair of rights
    ("青禾县规范村干部“两权”运行，即决策权、执行权。", ["决策权", "执行权"]),
])
def test_a_pair_of_rights_of_its_own_is_no_national_liangquan(text, want, segmenter):
    assert [(s.canonical, s.components, s.local) for s in find_slogans(text)] == [("两权", want, True)]


def test_liangquan_named_by_its_two_rights_is_national(segmenter):
    text = "柳川县把农村承包土地经营权和农民住房财产权（简称“两权”）纳入试点。"
    assert [(s.canonical, s.local) for s in find_slogans(text)] == [("两权", False)]


def test_each_written_form_of_the_lexicon_is_listed_once():
    import collections
    from pipeline.core.lexicons import load_yaml, resource_path
    data = load_yaml(open(resource_path("slogans.yaml"), encoding="utf-8").read())
    forms = collections.Counter(f for e in data["slogans"] for f in {e["canonical"], *(e.get("aliases") or ())})
    assert [f for f, k in forms.items() if k > 1] == []  # (a second entry would silently win over the first)


@pytest.mark.parametrize("text", ["柳川村有五保户12户。", "公司推行所有权与经营权两权分离。"])
def test_their_everyday_words_are_no_formula(text, segmenter):
    assert find_slogans(text) == []


# -- a numbered formula among the plain items of a quoted list: an entry of its own too -------------------

def test_a_numbered_formula_among_plain_items_is_its_own_entry(segmenter):
    assert [c for c, _, _ in got("柳川镇对照“排队抓尾、双整双创”逐村研判。")] == ["排队抓尾、双整双创", "双整双创"]
    assert [c for c, _, _ in got("要做到“两不误、两促进”。")] == ["两不误、两促进"]  # numbered items all: one formula


@pytest.mark.parametrize("text", ["青禾县实行“一把手、二把手、三把手”逐级约谈。", "柳川镇要求“二把手”当好参谋助手。"])
def test_the_ranks_after_yibashou_are_no_formula(text, segmenter):
    assert not {"二把手", "三把手"} & {c for c, _, _ in got(text)}  # the second and third in command: ranks


# -- one province's own reform named in the lexicon: a formula, local -------------------------------------

def test_a_provinces_reform_of_the_lexicon_is_local(segmenter):
    assert [(s.canonical, s.count, s.local) for s in find_slogans("青禾县深化“最多跑一次”改革。")] == [("最多跑一次", 1, True)]


@pytest.mark.parametrize("text, want", [
    ("柳川县推进最多跑一次改革向基层延伸。", ["最多跑一次"]),  # the reform named plain, before 改革
    ("青禾县重点考虑‘最多跑一次’等改革任务。", ["最多跑一次"]),  # in nested single quotes
    ("青禾县优化流程，让群众办事最多跑一次。", []),  # a description of the service, not the reform's name
    ("企业开办最多跑一次，审批时限压缩一半。", []),
])
def test_the_reform_is_named_quoted_or_before_gaige(text, want, segmenter):
    assert [c for c, _, _ in got(text)] == want
