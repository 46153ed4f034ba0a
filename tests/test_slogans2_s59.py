"""Session 59, second pass on slogans: harms a review found in the session's rules, and classes of
slogans the extractor got wrong on the real pages (texts written for the test)."""
from __future__ import annotations

import pytest

from pipeline.extract.slogans import find_slogans


def _by_canonical(text: str) -> dict[str, tuple[bool, list[str]]]:
    return {s.canonical: (s.local, s.components) for s in find_slogans(text)}


def test_a_part_spelt_out_in_items_of_its_own_stays_local_beside_the_national_whole():
    # the county's “四不” (its own four don'ts) shares the name of a part of 四不两直, not its items
    found = _by_canonical("巡察组按“四不两直”要求下沉。柳川镇则要求窗口做到“四不”：不刁难、不拖拉、不推脱、不冷漠。")
    assert found["四不"] == (True, ["不刁难", "不拖拉", "不推脱", "不冷漠"])
    found = _by_canonical("方小禾所在支部落实“三会一课”。村里另设“三会”，即会讲政策、会办实事、会化纠纷。")
    assert found["三会"][0] is True
    # the part explained with the whole's own items is the national piece
    found = _by_canonical("巡察组按“四不两直”要求下沉，“四不”即不发通知、不打招呼、不听汇报、不用陪同接待。")
    assert found["四不"] == (False, ["不发通知", "不打招呼", "不听汇报", "不用陪同接待"])


def test_a_quoted_part_of_a_national_formula_is_one_only_when_explained():
    # “一岗”多责, “一选”是…: the quote holds a character or two of the part, and nothing explains it
    assert "一岗" not in _by_canonical("青禾县落实“一岗双责”。柳川村试行“一岗”多责，一名干部兼管几摊事。")
    assert "一选" not in _by_canonical("该镇换届坚持“两推一选”，此外“一选”是村里自定的民主测评。")
    assert _by_canonical("青禾县招募“三支一扶”人员，其中“一扶”指扶贫。")["一扶"] == (False, ["扶贫"])


def test_a_paired_formula_counted_one_names_no_single_item():
    # 一村一策 counts 1 but pairs two things: what 即 says after it is a sentence, not its one item
    assert _by_canonical("柳川镇推行“一村一策”，即结合各村山林资源和产业基础，量身制定发展路子。")["一村一策"][1] == []
    assert _by_canonical("青禾县实行“一季一评”，即每季度对驻村干部打一次分，结果存档。")["一季一评"][1] == []
    # a formula of one numeral and its word still names its one item
    text = "青禾县核查干部档案，重点是“三龄两历一身份”，其中“一身份”指干部身份。"
    assert _by_canonical(text)["一身份"] == (False, ["干部身份"])


def test_a_or_ordinary_opens_a_pair_that_closes_there():
    # 一名一档，: "a" would need a word going on after 一档; the pair ends at the comma, a formula
    assert "一名一档" in _by_canonical("青禾县推行一名一档，给每名年轻干部建立成长记录。")
    assert "一位一策" in _by_canonical("柳川镇实行一位一策帮扶，给每位困难老党员定方案。")
    assert "一般一档" in _by_canonical("柳川镇对村级资料推行一般一档、重点一册的办法。")
    # 一名一线干部: "a" and a word that goes on, still none
    assert _by_canonical("方小禾是青禾县的一名一线干部。") == {}


def test_a_praised_list_that_appears_is_a_formula_a_bad_state_is_not():
    assert "比学习、比服务、比实绩" in _by_canonical("柳川镇机关出现“比学习、比服务、比实绩”的浓厚氛围。")
    assert "抓项目、稳就业、优服务" in _by_canonical("青禾县出现了“抓项目、稳就业、优服务”的热潮。")
    assert _by_canonical("少数村干部出现“多干多挨批、少干少挨批”的消极心态。") == {}


def test_a_point_on_a_pay_scale_is_no_formula():
    assert _by_canonical("柳川社区的方小禾从二岗四级晋升为三岗一级。") == {}
    assert _by_canonical("青禾县共设置十三岗十二级。") == {}  # (no 三岗 inside 十三岗)
    assert _by_canonical("该名护林员现为专技十二岗七级。") == {}
    assert "三岗十八级" in _by_canonical("柳川镇社区工作者薪酬分为三岗十八级，逐年晋档。")


def test_a_list_closed_by_a_semicolon_is_the_items_when_the_sentence_goes_on():
    found = _by_canonical("柳川镇压实“两个责任”，即镇党委主体责任、镇纪委监督责任；各村要逐级签订承诺书。")
    assert found["两个责任"][1] == ["镇党委主体责任", "镇纪委监督责任"]
    found = _by_canonical("青禾县建立“两张清单”，即权力清单和负面清单；各部门对照清单自查。")
    assert found["两张清单"][1] == ["权力清单", "负面清单"]
    # parallel clauses (one head) are one item each
    found = _by_canonical("青禾县树立“三个导向”，即以实绩论英雄；以口碑论优劣；以成效论奖惩。")
    assert found["三个导向"][1] == ["以实绩论英雄", "以口碑论优劣", "以成效论奖惩"]


def test_a_list_running_into_the_formula_spells_it_out_when_its_items_carry_the_formulas_word():
    found = _by_canonical("柳川镇开展听民声、察民情、解民难、“三民”走访活动。")
    assert found["三民"][1] == ["听民声", "察民情", "解民难"]
    # items without the formula's word: the formula is one more item of the list
    found = _by_canonical("青禾县倡导奉献精神、务实作风、“三个一流”标准和创新意识。")
    assert found["三个一流"][1] == []


def test_the_options_of_a_questionnaire_are_no_formula():
    assert _by_canonical("这次测评设“满意、较满意、不满意”三个选项，由群众当场勾选。") == {}
    # a rating's grades quoted as one unit still are one
    assert "好、较好、一般、差" in _by_canonical("柳川镇将村级班子分为“好、较好、一般、差”四个等次。")


def test_phrases_set_apart_by_commas_in_quotes_named_as_a_principle_or_aim_are_a_formula():
    found = _by_canonical("柳川镇招聘社区干部，坚持“报名公开，结果公示”的原则，全程接受监督。")
    assert found["报名公开、结果公示"] == (True, ["报名公开", "结果公示"])
    assert "学在一线、干在一线" in _by_canonical("青禾县团委以“学在一线，干在一线”为主题开展活动。")
    # unnamed, the same shape is a saying
    assert _by_canonical("方小禾常说“台上三分钟，台下十年功”，练兵从不松懈。") == {}
    assert _by_canonical("村民都说“人心齐了，事情好办”，村里面貌一新。") == {}


def test_the_new_development_label_without_its_numeral_is_no_slogan():
    # GUIDELINES: a numbered formula, a +-formula or an enumeration; 新发展理念 is none (a label)
    assert _by_canonical("青禾县坚持以新发展理念引领乡村振兴。") == {}
    assert "五大发展理念" in _by_canonical("柳川镇干部专题学习五大发展理念。")


def test_a_list_near_a_national_formula_sharing_none_of_its_words_is_not_its_items():
    found = _by_canonical("柳川镇党委牢固树立“四个意识”，着力解决选人不准、管理不细、作风不硬等问题。")
    assert found["四个意识"][1] == []
    found = _by_canonical("青禾县干部要践行“三严三实”，自觉做到勤勉、清廉、务实。")
    assert found["三严三实"][1] == []
    # the standard items as the article words them are read
    found = _by_canonical("青禾县开展“三严三实”专题教育，即严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实。")
    assert found["三严三实"][1][:3] == ["严以修身", "严以用权", "严以律己"]
    # and a county's own parts of a united whole stay
    found = _by_canonical("柳川镇建立“四位一体”监督网络（电话、信访、网络、走访）。")
    assert found["四位一体"][1] == ["电话", "信访", "网络", "走访"]


def test_a_space_inside_the_formulas_quote_keeps_the_list_before_it():
    text = "青禾县明确有场地、有队伍、有制度、有经费的“ 四有”标准，逐村验收。"
    assert _by_canonical(text)["四有"][1] == ["有场地", "有队伍", "有制度", "有经费"]


def test_a_list_named_by_its_principles_with_deng_or_as_the_rule_of_appointment():
    assert "依规依纪、宽严相济、实事求是" in _by_canonical("处理问题时要把握依规依纪、宽严相济、实事求是等原则，区别对待。")
    assert "公开透明、竞争择优、人岗相适" in _by_canonical("柳川镇竞聘站所负责人，遵循公开透明、竞争择优、人岗相适的用人原则。")


def test_parts_a_county_unites_under_a_national_name_make_its_own_formula():
    found = _by_canonical("柳川镇建立“五位一体”受理机制（来信、来访、电话、网络、短信）。")
    assert found["五位一体"] == (True, ["来信", "来访", "电话", "网络", "短信"])
    found = _by_canonical("青禾县统筹推进“五位一体”总体布局（经济建设、政治建设、文化建设、社会建设、生态文明建设）。")
    assert found["五位一体"][0] is False


def test_ordinarily_a_week_and_a_first_class_one_are_no_paired_formula():
    # (second review of the session's mends)
    assert _by_canonical("审批时间一般一周，逾期说明理由。") == {}
    assert _by_canonical("柳川镇获得一个一等、两个二等奖。") == {}
    assert "一名一档" in _by_canonical("柳川镇推行一名一档，为每名干部建立档案。")


@pytest.mark.parametrize("text", ["个别村出现“推诿扯皮、敷衍塞责”的情形。", "少数干部出现“等靠要、慢作为”的不良风气。",
                                  "考核中出现“重显绩、轻潜绩”的偏差。"])
def test_a_quoted_list_that_appears_as_a_bad_state_is_a_problem(text):
    assert _by_canonical(text) == {}
