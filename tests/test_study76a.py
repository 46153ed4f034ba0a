"""Session 76 (study of set 241, helper a): slogan classes met on fresh pages, each tested with
texts written for the test."""
from __future__ import annotations

from pipeline.extract.slogans import find_slogans, quoted_terms


def slogans(text: str) -> dict[str, tuple[bool, list[str]]]:
    return {s.text: (s.local, s.components) for s in find_slogans(text)}


# -- slogans ----------------------------------------------------------------------------------------------

def test_a_hospital_grade_is_a_quoted_term_not_a_formula():
    # class: 三甲 / 二乙 (三级甲等 short), 强三甲 (a strong grade-A hospital): a rank, as 三级调研员 is
    text = "县医院加快“强三甲”建设,两家医院创成“三甲”,一家创成“二乙”。"
    assert slogans(text) == {}
    assert quoted_terms(text, find_slogans(text), []) == ["强三甲", "三甲", "二乙"]


def test_a_counted_formula_still_counts_after_the_grade_rule():
    assert "三个一批" in slogans("全县推行“三个一批”,储备年轻干部。")


def test_the_first_component_starts_where_the_others_do():
    # class: the clause naming the formula runs into its first item (…重要思想，把甲…区分开来；把乙…)
    text = ("办理此类事项,要贯彻“三个区分开来”重要思想,把新手试点中的失误,同故意违规的行为区分开来;"
            "把没有先例的尝试中的偏差,同明令禁止后仍然违反的行为区分开来;"
            "把为了公事的无心过错,同为了私利的违纪行为区分开来。")
    assert slogans(text)["三个区分开来"][1] == [
        "把新手试点中的失误,同故意违规的行为区分开来",
        "把没有先例的尝试中的偏差,同明令禁止后仍然违反的行为区分开来",
        "把为了公事的无心过错,同为了私利的违纪行为区分开来"]


def test_mechanisms_counted_then_named_one_by_one_are_the_components():
    # class: 三项机制 whose mechanisms the next paragraph names each with 机制 (通过/用/实施 open the clause)
    text = ("近年来,青禾县发挥“三项机制”在考核中的激励作用。\n"
            "该县通过荣誉表彰机制提振士气,评优比例逐年提高;用绩效奖励机制激发动能,奖金逐年增加;"
            "实施结果运用机制树立导向,作为选拔任用的依据。")
    assert slogans(text)["三项机制"][1] == ["荣誉表彰机制", "绩效奖励机制", "结果运用机制"]


def test_mechanisms_named_more_often_than_counted_give_no_components():
    text = ("青禾县发挥“两项机制”作用。\n该县通过荣誉表彰机制提振士气;用绩效奖励机制激发动能;"
            "实施结果运用机制树立导向。")
    assert slogans(text)["两项机制"][1] == []


def test_items_opened_by_ordinals_and_the_formulas_character_are_its_components():
    # class: 三怕 / 七看 / 四问: 一怕甲，…；二怕乙，…: each item opens with its ordinal and the formula's character
    text = "一些干部中存在“三怕”心理:一怕担责冒风险,不如当个老好人;二怕得罪人丢选票,宁可不作为;三怕出力不讨好,干多错多。"
    assert slogans(text)["三怕"][1] == ["怕担责冒风险", "怕得罪人丢选票", "怕出力不讨好"]
    headed = "坚持“三看”标准:\n\n一看动机,是否出于公心。\n\n二看程序,是否集体研究。\n\n三看结果,是否造成损失。"
    assert slogans(headed)["三看"][1] == ["看动机", "看程序", "看结果"]


def test_a_page_stopping_inside_the_list_keeps_the_items_it_shows():
    assert slogans("一些干部中存在“三怕”心理:一怕担责冒风险,不如当个老好人;")["三怕"][1] == ["怕担责冒风险"]
    # the list does not go on and the article does: no items
    assert slogans("一些干部中存在“三怕”心理:一怕担责冒风险,不如当个老好人。\n县里为此出台了办法。")["三怕"][1] == []


def test_a_formula_the_general_secretary_put_forward_is_national():
    # class: 总书记关于…的“X”, 党中央提出的“X”: the clause names the centre as the formula's author
    assert slogans("大家要牢记总书记关于年轻干部的‘五个必须做到’,扎根基层。")["五个必须做到"][0] is False
    assert slogans("青禾县推行“五个必须做到”,扎根基层。")["五个必须做到"][0] is True
    assert slogans("总书记视察后,县里推出的“三个一”工作法效果明显。")["三个一"][0] is True  # (the county's own)


def test_the_three_periods_overlapping_is_a_national_formula():
    assert slogans("面对“三期叠加”的形势,一些干部畏难。")["三期叠加"][0] is False


def test_one_matter_one_discussion_is_the_rural_policy_only_among_its_words():
    # class: a lexicon entry whose national sense needs its context (村, 筹资筹劳, 公益事业)
    assert slogans("村里修路实行一事一议,村民筹资筹劳。")["一事一议"][0] is False
    assert slogans("单位对干部容错事项实行一事一议,严格按规定办理。")["一事一议"][0] is True
