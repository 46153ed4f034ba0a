"""Session 75 (study of set 238's second batch, helper a): classes of error met on fresh pages, each
tested with texts written for the test."""
from __future__ import annotations

from pipeline.text.articles import split_articles
from pipeline.text.ingest import read_document
from pipeline.text.repair import repair_document
from pipeline.worker import process_document

BODY = "今年以来,青禾县委组织部分三批选派46名年轻干部到乡镇一线挂职锻炼,为期一年,期满进行考核。"
BODY2 = "县里还建立跟踪培养台账,对表现突出的11名挂职干部优先提拔使用,对不适宜的及时召回。"


def _articles(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return split_articles(repair_document(read_document(path)))


def _processed(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return process_document(read_document(path))


def test_a_caption_closed_by_a_bracketed_photo_label_is_no_headline(tmp_path):
    # class: a photo's caption under the headline, closed by (资料图片) / (资料照片) in brackets
    for label in ("(资料图片)", "（资料照片）"):
        page = "\n".join(["“领头羊”带富一方——青禾县选好育强村党组织书记",
                          f"柳川市青禾县石桥镇东湾村一角。{label}", BODY, BODY2])
        arts = _articles(tmp_path, page)
        assert [a.title for a in arts] == ["“领头羊”带富一方——青禾县选好育强村党组织书记"]


def test_a_lead_naming_the_paper_and_its_brand_before_the_reporter_gives_the_paper_as_source(tmp_path):
    # class: 某某晚报·某某新闻(记者 某某) opening the text: the paper, a middle dot and its news brand or column
    from pipeline.text.meta import parse_lead
    assert parse_lead("青禾晚报·民声新闻(记者 林小满)昨天,青禾县召开干部大会。") == [("source", "青禾晚报"), ("记者", "林小满")]
    art = _articles(tmp_path, "\n".join(["青禾晚报·民声新闻(记者 林小满)今天,青禾县选派46名干部下乡。", BODY, BODY2]))[0]
    assert art.source == "青禾晚报"
    assert [(a.name, a.role) for a in art.authors] == [("林小满", "记者")]


def test_january_by_its_old_name_after_this_year_or_last_year_is_a_month_of_the_articles_year():
    # class: 今年元月 / 去年元月 (元月 = January), a month resolved against the article's date, not its year alone
    from pipeline.extract.dates import find_dates
    got = [(d.text, d.iso) for d in find_dates("青禾县的新办法今年元月起施行,去年元月8日起草。", "2021-02-15")]
    assert got == [("今年元月", "2021-01"), ("去年元月8日", "2020-01-08")]
    assert [d.iso for d in find_dates("新办法今年元月起施行。", None)] == [None]  # no article date: no year


def test_the_place_cadres_went_to_learn_from_does_not_outweigh_the_visitors_own_unit():
    # class: 赴某地考察学习 … 学习某地的做法: the place visited named again and again, the visitors' own city
    # named less often; a text naming only the place visited reports its host
    from pipeline.extract.regions import locate
    visit = ("敢闯敢试成为安吉干部的共同特点。近日,市委组织部带领部分乡镇党委书记赴浙江省安吉县考察学习。"
             "大家看到安吉的村干部干劲十足。回来后,市委组织部要求把安吉的好做法和六安的实际结合起来,推动六安市乡村振兴。")
    assert locate(visit).region.name == "六安市"
    hosted = "近日,全国多地干部赴浙江省安吉县考察学习。安吉县的村干部介绍了安吉的经验,安吉县委组织部还组织了座谈。"
    assert locate(hosted).region.name == "安吉县"


def _slogans(text: str) -> dict[str, list[str]]:
    from pipeline.extract.slogans import find_slogans
    return {s.canonical: s.components for s in find_slogans(text)}


def test_a_quoted_formula_of_two_parts_under_one_head_named_a_mechanism_is_a_slogan():
    # class: “评先评后”工作机制 — two parts under one repeated head, named as a method or mechanism right after
    assert _slogans("青禾县建立“评先评后”工作机制,每季度通报一次。") == {"评先评后": ["评先", "评后"]}
    assert _slogans("他的话“自言自语”一般。") == {}  # an idiom, unnamed


def test_a_phrase_formula_closing_a_list_counted_as_rules_is_named():
    # class: 甲机制、乙机制、能上能下三个办法 — the national pair formula, written plain as the last item of a
    # list of rules the count after it names
    got = _slogans("省里准备制定激励担当、容错纠错和能上能下三个办法。")
    assert got.get("能上能下") == ["能上", "能下"]
    assert "能上能下" not in _slogans("要推进领导干部能上能下,激发活力。")  # the phrase, unnamed


def test_quoted_qualities_one_character_each_named_an_orientation_are_a_slogan():
    # class: “忠专实”导向 — single characters each naming a quality of cadres, quoted, named a standard or orientation
    got = _slogans("青禾县树立“诚勤廉”“专实干”导向,把干部的日常表现记入档案。")
    assert got == {"诚勤廉": ["诚", "勤", "廉"], "专实干": ["专", "实", "干"]}
    assert _slogans("干部要树立“诚勤廉”的形象。") == {}  # not named a standard


def test_a_quoted_label_of_a_word_and_a_numbered_head_is_a_slogan_not_a_quoted_term():
    # class: “新三问”, “小三讲”: a word, then a count and the formula's head, quoted
    from pipeline.extract.slogans import find_slogans, quoted_terms
    text = "青禾镇把这项活动称为“新三问”,干部进村先问收入、再问住房、后问就医。"
    slogans = find_slogans(text)
    assert [(s.canonical, s.count) for s in slogans] == [("新三问", 3)]
    assert "新三问" not in quoted_terms(text, slogans, [])
    assert _slogans("这里是“金三角”地区。") == {} and _slogans("每逢“周三晚”开会。") == {}


def test_long_statements_quoted_one_after_another_are_no_quoted_terms():
    # class: a list of complaints or tasks, each a long clause in its own quotes, glued together (”“)
    from pipeline.extract.slogans import find_slogans, quoted_terms
    text = ("座谈会上,代表们反映了“村级报表填报频次过多占用时间”“部门检查考核事项层层加码”……"
            "县里承诺厘清权责“分界线”,并提出“数据多跑路”。")
    assert quoted_terms(text, find_slogans(text), []) == ["分界线", "数据多跑路"]
    lone = "县里启动“全县乡镇干部能力素质提升计划”。"  # one long name, quoted alone: a term
    assert quoted_terms(lone, find_slogans(lone), []) == ["全县乡镇干部能力素质提升计划"]


def test_a_month_or_days_ago_after_a_word_placing_the_story_back_in_time_is_no_figure():
    # class: 回到两个月前, 早在三天前: a point in time the story goes back to, no amount (as 两年前 already)
    from pipeline.extract.figures import find_figures
    assert [f.text for f in find_figures("时间回到三个月前,林小满刚到青禾镇报到。")] == []
    assert [f.text for f in find_figures("早在五天前,县里就发出了通知。")] == []
    assert [f.text for f in find_figures("集中培训三个月后结业。")] == ["三个月"]  # a span counted


def test_the_xest_one_closing_its_phrase_is_no_figure():
    # class: 最难的一户, 最远的一个: a superlative with its 的 over "the one", no count; a cap (最多一名) counts
    from pipeline.extract.figures import find_figures
    assert [f.text for f in find_figures("最偏远的一户,他上门5次。")] == ["5次"]
    assert [f.text for f in find_figures("其中最远的一个,离镇上30公里。")] == ["30公里"]
    assert [f.text for f in find_figures("每村最多一名。")] == ["最多一名"]


def _subjects(text: str) -> dict[str, str | None]:
    from pipeline.extract.figures import find_figures
    return {f.text: f.subject for f in find_figures(text)}


def test_a_figure_subject_is_no_rate_over_units_and_no_document_telling_it():
    # class: 每村每年 / 村均 before the figure is its rate, not what it counts; 《办法》规定， opening the
    # sentence tells who says it, the sentence's own opening words name the thing
    got = _subjects("村级活动场所维护经费,每村每年一般不低于3万元。")
    assert got["不低于3万元"] == "村级活动场所维护经费"
    assert _subjects("全县下拨经费6000万元,村均15万元。")["15万元"] == "全县下拨经费"  # (not 村均)
    got = _subjects("《办法》规定,驻村工作队员生活补助按月发放,2024年起不低于800元。")
    assert got["不低于800元"].startswith("驻村工作队员生活补助")


def test_an_amount_set_by_a_rule_counts_what_the_rule_sets_not_its_verb():
    # class: 甲按照不低于乙的2倍核定: the amount of a rule, closed by a verb of setting (核定, 确定, 发放)
    got = _subjects("社区书记基本报酬按照不低于当地职工平均工资的1.5倍核定,副职按照书记报酬的80%确定。")
    assert got["1.5倍"] == "社区书记基本报酬" and got["80%"] == "副职"


def test_a_procedures_steps_counted_then_listed_after_a_colon_are_a_slogan():
    # class: 5道关口：甲、乙、丙、丁、戊 / 三个环节：… — the count, its steps' noun, a colon and every step listed
    got = _slogans("选拔乡镇党委书记要过5道关口:民主推荐、组织考察、纪委把关、集体讨论、任前公示。")
    assert got == {"5道关口": ["民主推荐", "组织考察", "纪委把关", "集体讨论", "任前公示"]}
    assert _slogans("选拔要过三道关口:推荐、考察。") == {}  # fewer steps listed than counted
    assert _slogans("全县共有3个乡镇:青禾镇、柳川镇、东湾镇。") == {}  # places counted, no procedure
