"""Session 59: classes of slogans the extractor got wrong on the real pages (texts written for the test)."""
from __future__ import annotations

from pipeline.extract.slogans import find_slogans


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(s.text, s.canonical, s.local) for s in find_slogans(text)]


def test_a_numbered_part_of_a_national_formula_named_beside_it_is_national():
    text = ("青禾县核查干部档案，重点是“三龄两历一身份”。其中“三龄”指年龄、工龄、党龄，"
            "“二历”指学历、工作经历，“一身份”指干部身份。")
    found = {c: (t, local) for t, c, local in _found(text)}
    assert found["三龄"] == ("三龄", False)
    assert found["两历"] == ("二历", False)  # (二历 is the part 两历 written with 二)
    assert found["一身份"] == ("一身份", False)
    assert [s.components for s in find_slogans(text) if s.canonical == "一身份"] == [["干部身份"]]


def test_a_part_of_a_national_formula_alone_stays_the_texts_own():
    # without the whole, a county's “三新”干部 is its own formula, not the part of 三新一高
    assert _found("柳川县去年培养“三新”干部四十人。") == [("三新", "三新", True)]
    assert _found("柳川县档案室提醒：“一身份”要核实。") == []  # (the whole is not named: no part of it)


def test_a_or_ordinary_then_a_word_opening_with_one_is_no_paired_formula():
    # 一名/一个/一位 is "a", 一般/一等 "ordinary"/"first-class"; the next 一 opens a word of its own
    assert _found("方小禾原是县档案局的一名一般干部。") == []
    assert _found("柳川村准备新建一个一定规模的合作社。") == []
    assert _found("合作社准备建一个一次能养两百头牛的棚。") == []
    assert _found("青禾镇推行一村一策，一户一档。")[0][1] == "一村一策"  # (a unit and its plan still pairs)


def test_a_quoted_list_the_text_reports_finding_or_causing_is_a_problem_not_a_formula():
    assert _found("个别单位存在“开会传达、转发了事”，落实不到位。") == []
    assert _found("考核过多，一度出现“多报多错、少报少错”的消极心态。") == []
    assert _found("层层加码导致干部 “白天迎检、夜里补表”。") == []
    assert _found("柳川镇推行“早上碰头、晚上复盘”，工作更顺。")[0][1] == "早上碰头、晚上复盘"  # (no problem word)


def test_a_pay_scale_of_posts_and_grades_is_a_formula_unquoted():
    assert _found("青禾县社区工作者薪酬按三岗十八级确定。") == [("三岗十八级", "三岗十八级", True)]
    assert _found("柳川区的社工按四岗十二级定薪。")[0][1] == "四岗十二级"
    assert _found("全镇设三个岗位，共十八名干部。") == []



def test_an_explanation_in_clauses_split_by_semicolons_gives_one_item_per_clause():
    text = ("青禾县落实“三个分清”，即把初次探索中的失误、偏差，同明知故犯的行为分清；"
            "把政策未明时的试错，同令行禁止后的违规分清；把为公的过失，同为私的违纪分清。")
    assert [s.components for s in find_slogans(text) if s.canonical == "三个分清"] == [[
        "把初次探索中的失误、偏差，同明知故犯的行为分清", "把政策未明时的试错，同令行禁止后的违规分清", "把为公的过失，同为私的违纪分清"]]
    # the sentence goes on to explain the next part: no clause is this part's item
    text = "柳川镇核查“两龄”，其中“两龄”即年龄、党龄；“一历”即学历。"
    assert [s.components for s in find_slogans(text) if s.canonical == "两龄"] == [["年龄", "党龄"]]


def test_a_formula_that_is_one_more_item_of_a_list_takes_no_items_from_it():
    # 甲、乙、丙、“某某”标准和丁: the list runs through the formula, which is one of its items
    text = "柳川镇坚持实干精神、为民情怀、担当作风、“三个一流”标准和创新意识，推进工作。"
    assert [s.components for s in find_slogans(text) if s.canonical == "三个一流"] == [[]]
    text = "青禾县落实看项目、看民生、看班子“三个看”，推进工作。"  # (the list right before it spells it out)
    assert [s.components for s in find_slogans(text) if s.canonical == "三个看"] == [["看项目", "看民生", "看班子"]]


def test_a_count_of_the_grades_of_a_rating_is_no_formula():
    # the grades of any rating, counted: the quoted scale may be one, the count names nothing
    assert _found("测评按“优秀”、“称职”、“基本称职”、“不称职”四个等次打分。") == []
    assert _found("每张表上有“满意”、“基本满意”、“不满意”三个选项。") == []
    assert [c for _, c, _ in _found("柳川镇把村干部分为“好、较好、一般、差”四个等次。")] == ["好、较好、一般、差"]
