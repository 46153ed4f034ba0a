"""Classes met on the session-74 blind pages for slogans and quoted terms, texts in our own words: a
digest whose sentences are split by spaces and cite their sources ([1], [2]) is the article's body, not a
run of headlines; a list spelt out before （简称“X”） is the one slogan X; numbered parts in one frame
(the words after each numeral open alike) are one slogan."""
from __future__ import annotations

from pipeline.extract.article import extract_article
from tests.test_extract import article
from tests.test_page_metadata import only


def _extract(text: str):
    return extract_article(article(text))


# -- a digest with spaces for stops ------------------------------------------------------------------

_DIGEST = ("要点摘要 青禾县通过深入实施“春苗成长”年轻干部培养计划 推动年轻干部从“新兵”加快成长为“骨干” "
           "实现年轻干部培养与乡村振兴工作同频共振 [1] 培养方式与能力提升 推行“老带新”结对帮带培养模式 "
           "为每名年轻干部明确一名业务带教导师 定期开展常态化谈心谈话 帮助年轻干部解决成长中的难题 [1] "
           "搭建“擂台赛”实践锻炼平台 组织开展公文写作比赛和主题演讲活动 累计参与年轻干部八十余人次 [2] "
           "下一步将持续深化年轻干部培养计划 进一步完善干部激励保障机制 [2]")


def test_a_digest_citing_its_sources_is_the_body_not_a_run_of_headlines(tmp_path):
    art = only(tmp_path, "\n".join(["青禾县“春苗成长”育新人", "某某财经·2025-03-02 08:15", _DIGEST]))
    assert "新兵" in art.text and "擂台赛" in art.text


def test_a_run_of_headlines_without_source_marks_is_still_dropped(tmp_path):
    index = ("青禾县召开年轻干部座谈会强调担当作为 柳川市推进村级组织换届工作有序开展 某某镇开展党员冬训活动成效明显 "
             "某某区组织部部署干部监督工作新举措 青禾县全面推进干部作风建设年活动 某某街道创新社区治理模式获点赞 "
             "柳川市举办年轻干部能力提升培训班")
    art = only(tmp_path, "\n".join(["青禾县破解干部队伍老化难题", "2025-08-26", index,
                                    "今年以来,青禾县委组织部分三批选派46名年轻干部到乡镇一线挂职锻炼,为期一年,期满进行考核。",
                                    "县里还建立跟踪培养台账,对表现突出的11名挂职干部优先提拔使用,对不适宜的及时召回。"]))
    assert "座谈会" not in art.text


# -- slogans: a list spelt out, then the short form it is named by -----------------------------------

def test_a_list_spelt_out_before_its_short_form_is_one_slogan(segmenter):
    x = _extract("全县开展“察民意、解民忧、暖民心”（简称“察解暖”）活动，机关干部分批驻村。“察解暖”活动已开展两年。")
    assert [(s.canonical, s.components) for s in x.slogans] == [("察解暖", ["察民意", "解民忧", "暖民心"])]


# -- slogans: numbered parts of one ladder ------------------------------------------------------------

def test_numbered_parts_in_one_frame_are_one_slogan(segmenter):
    # the numerals climb, the words after them open alike: one formula of three parts, not three formulas
    x = _extract("全市形成“千人进企、百人进村、十人进户”的干部下沉格局。")
    assert [(s.canonical, s.components) for s in x.slogans] == [
        ("千人进企、百人进村、十人进户", ["千人进企", "百人进村", "十人进户"])]


def test_numbered_formulas_of_their_own_in_one_quote_stay_apart(segmenter):
    x = _extract("全县推进“六争攻坚、三年攀高”行动。")
    assert [s.canonical for s in x.slogans] == ["六争攻坚", "三年攀高"]


# -- slogans: an unquoted list named as a requirement or a standard ----------------------------------

def test_a_list_of_four_character_phrases_named_as_a_requirement_is_a_slogan(segmenter):
    # some of the phrases are dictionary words (提高质量, 优化结构); most are not: a formula, not nouns in a row
    x = _extract("全县按照选准苗子、优化结构、压实培养、提高质量的要求，推进年轻干部工作。")
    assert [(s.canonical, s.local) for s in x.slogans] == [("选准苗子、优化结构、压实培养、提高质量", True)]


def test_a_list_of_ordinary_nouns_before_a_requirement_is_no_slogan(segmenter):
    x = _extract("对干部的政治素质、业务能力、工作作风提出要求。")
    assert x.slogans == []


def test_the_good_cadre_standard_written_out_is_a_national_slogan(segmenter):
    # (since session 79 a national formula's items written out are named by the lexicon's name, so that one formula
    # is one slogan across articles)
    x = _extract("镇党委对照信念坚定、为民服务、勤政务实、敢于担当、清正廉洁好干部标准选人用人。")
    assert [(s.canonical, s.local, s.components) for s in x.slogans] == [
        ("好干部“二十字”标准", False,
         ["信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"])]


# -- slogans: lists of faults and mocking sayings -----------------------------------------------------

def test_a_quoted_list_of_fault_characters_is_no_slogan_whatever_follows(segmenter):
    # no 等…风气 after it, no 整治 before it: the characters alone name faults
    x = _extract("村民口中“推、拖、瞒”的干部被调离岗位，全镇推行“严、实、快”作风。")
    assert [s.canonical for s in x.slogans] == ["严实快"]


def test_a_saying_people_mock_with_is_no_slogan(segmenter):
    x = _extract("办事要跑好几个部门，群众戏称“一件事、三张表、跑十趟”。县里推行“一件事一次办”改革。")
    assert [s.canonical for s in x.slogans] == ["一件事一次办"]


# -- components: a lead verb glued to the first item, the issuers of a formula -------------------------

def test_the_verb_zhua_before_the_first_item_is_no_part_of_it(segmenter):
    x = _extract("县委注重抓班子建设、人才储备、梯次培养、作风养成“四个同步”，统筹推进。")
    (s,) = x.slogans
    assert s.components == ["班子建设", "人才储备", "梯次培养", "作风养成"]


def test_the_bodies_that_issued_a_formula_are_not_its_components(segmenter):
    x = _extract("全市紧扣市委、市政府提出的“一城两带三区”发展布局，选派干部到一线。")
    (s,) = x.slogans
    assert (s.canonical, s.components) == ("一城两带三区", [])


# -- a quote cut by a page's fixed-width line ---------------------------------------------------------

def test_a_short_quote_cut_at_a_line_end_is_joined_across_the_break(tmp_path):
    lines = ["青禾县破解干部队伍老化难题", "2025-08-26",
             "今年以来,青禾县委组织部分三批选派46名年轻干部到乡镇一线挂职锻炼,为期一年,期满进行考核,紧扣实施“三",
             "大行动”,推动干部队伍建设",
             "县里还建立跟踪培养台账,对表现突出的11名挂职干部优先提拔使用,对不适宜的及时召回。"]
    art = only(tmp_path, "\n".join(lines))
    assert "“三大行动”" in art.text


# -- components: the negations a 三不 formula counts, quoted in the paragraphs after it ----------------

def test_a_formula_of_negations_takes_the_quoted_items_opening_the_next_paragraphs(segmenter):
    x = _extract("县委着力破解干部监督“三不”难题，推动监督常态化。\n"
                 "围绕破解“不谈心不提醒”难题，建立谈心谈话台账。\n"
                 "围绕破解“不督查不问效”难题，完善跟踪问效机制。\n"
                 "围绕破解“不公开不透明”难题，推行监督事项公开。")
    (s,) = x.slogans
    assert (s.canonical, s.components) == ("三不", ["不谈心不提醒", "不督查不问效", "不公开不透明"])
    assert x.quoted_terms == []  # the items are the formula's, no quoted terms beside it


def test_a_formula_of_negations_named_with_its_noun_takes_the_quoted_items_too(segmenter):
    x = _extract("全镇集中整治村级事务“三无现象”，推动村务规范。\n"
                 "聚焦整改“无台账无记录”情况，建立村务档案。\n"
                 "聚焦整改“无公示无监督”情况，推行村务公开。")
    (s,) = x.slogans
    assert (s.canonical, s.components) == ("三无现象", ["无台账无记录", "无公示无监督"])


# -- quoted terms: remarks and judgements quoted whole -------------------------------------------------

def test_a_quoted_remark_or_judgement_is_no_term(segmenter):
    x = _extract("村民说“这回选举真热闹”。这一做法被认为“树立了为干部减负的一个样板”。全县推行“红色管家”服务。")
    assert x.quoted_terms == ["红色管家"]


def test_a_list_named_as_a_goal_is_a_slogan(segmenter):
    x = _extract("全旗聚焦实现强产业、富农牧目标，选派干部驻村。全市锚定稳增长、惠民生、促和谐的发展目标。")
    assert [(s.canonical, s.components) for s in x.slogans] == [
        ("强产业、富农牧", ["强产业", "富农牧"]), ("稳增长、惠民生、促和谐", ["稳增长", "惠民生", "促和谐"])]


def test_two_qualities_named_as_a_goal_are_no_slogan(segmenter):
    x = _extract("新建的党群服务中心达到布局合理、服务便捷的目标。")
    assert x.slogans == []


# -- components: the two kinds a pair's formula names in its sentence ---------------------------------

def test_a_pair_formula_takes_the_two_kinds_of_its_word_named_after_it(segmenter):
    x = _extract("街道推行“双网格员”制度，为每个小区安排党员网格员和物业网格员，及时收集居民诉求。")
    (s,) = x.slogans
    assert (s.canonical, s.components) == ("双网格员", ["党员网格员", "物业网格员"])


def test_a_compound_goal_word_is_not_cut_into_a_list_item(segmenter):
    # 总目标: the list's last word is 总目标, not an item 完成总 then 目标
    x = _extract("全镇上下要打赢歼灭仗、完成总目标，确保各项任务落地。")
    assert x.slogans == []
