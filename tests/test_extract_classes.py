"""Error classes seen on real crawled articles (issue 10), one test per class, in our own words:
figure rates and times, dates, slogans, quoted terms and documents."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from pipeline.extract.dates import find_dates
from pipeline.extract.figures import find_figures
from pipeline.extract.slogans import find_slogans
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


# -- figures: rate phrases and times ---------------------------------------------------------

@pytest.mark.parametrize("text, per", [
    ("各支部每季度至少开展1次谈心谈话。", "每季度"),
    ("考核组每半年评估一次,结果公开。", "每半年"),
    ("村干部每人每月补贴500元。", "每人每月"),
    ("平均每年增长15%。", "平均每年"),
    ("按每300—500户配备1名社工。", "每300—500户"),
    ("全县共有干部500名。", None),
])
def test_per_phrase_found_in_the_clause(text, per, segmenter):
    (f,) = [f for f in figures(text) if f.unit != "户"]
    assert f.per == per


def test_time_is_iso_for_explicit_dates_and_words_for_relative_ones(segmenter):
    fs = figures("2023年5月,全县选派干部86名。今年以来,新招录社工40名。")
    assert [(f.text, f.time) for f in fs] == [("86名", "2023-05"), ("40名", "今年以来")]


def test_time_never_from_a_cited_title_or_a_comparison_base(segmenter):
    fs = figures("依据《干部教育培训行动方案(2024—2026年)》,培训干部300名。"
                 "从2019年起,会议数量比2018年减少三分之一。")
    assert [(f.text, f.time) for f in fs] == [("300名", None), ("三分之一", "2019")]


@pytest.mark.parametrize("text", ["5月12日,全县召开大会,表彰优秀村干部30名。", "近日,全县召开大会,表彰优秀村干部30名。"])
def test_a_day_dates_an_event_not_the_period_counted(text, segmenter):
    (f,) = figures(text)
    assert f.time is None


# -- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, isos", [
    ("截至去年4月底,全县完成换届。", ["2021-04"]),
    ("去年3月12日以来,共开展督查5次。", ["2021-03-12"]),
    ("今年来,各地出台措施。", ["2022"]),
    ("年初,县委印发方案。", ["2022"]),
    ("6月,举办培训班;7月,开展考核。", ["2022-06", "2022-07"]),
    ("1月至5月召开会议15次。", ["2022"]),
    ("刊于《学习》2020年5期。", ["2020"]),
    ("当前,基层减负持续推进;近日,县里召开会议。", [None, None]),
    ("目前,全县已完成。", ["2022-08-01"]),
    ("本报讯 8月1日电 1日上午,县里召开大会。", ["2022-08-01", "2022-08-01"]),
    ("材料须在15日前报送,5日内办结。", []),
    ("2021年1-6月,全县查处问题12个。", ["2021"]),  # months of a year, not 2021-01-06
    ("县委组织部 二〇二一年十二月二十五日", ["2021-12-25"]),  # a document signed in numerals
    ("二○二○年三月,县里印发方案。", ["2020-03"]),
    ("2021年1-12月,全县查处问题12个。", ["2021"]),  # a range of two-digit months too
    ("2016和2017年均超过30名,2018、2019年持平。", ["2016", "2017", "2018", "2019"]),  # 年 after the last year listed
    ("青禾县开展2022-2025年度人才评审。", ["2022", "2025"]),  # a span of years: its first year is named too
    ("青禾县印发2021～2025年规划。", ["2021", "2025"]),
    ("咨询电话0931-2012-2019年。", ["2019"]),  # a number's digits run on: no first year
    ("全县选派2016名干部。", []),
    ("5月4—10日,培训班在青禾举办。", ["2022-05-04"]),  # a run of days: from its first
    ("未来三年,青禾县将培养百名年轻干部。", [None]),  # the years ahead opening a clause: a period
    ("着眼青禾未来5年、10年的发展。", []),  # spans listed: figures, no period
    ("巡察从2020年9月7日至10月30日进行。", ["2020-09-07", "2020-10-30"]),  # a range's end is in its opening's year
    ("2019年12月20日—1月6日集中轮训。", ["2019-12-20", "2020-01-06"]),  # (and runs on into the next)
    ("巡察从2020年9月7日 至 10月30日进行。", ["2020-09-07", "2020-10-30"]),  # (spaces around 至)
    ("2020年9月7日起至10月30日止。", ["2020-09-07", "2020-10-30"]),
    ("2019年12月20日至次年1月6日轮训。", ["2019-12-20", "2020-01-06"]),
    ("次年3月起施行。", [None]),  # the year after one the text does not say
    ("该项目于2018年启动,次年5月建成投用。", ["2018", "2019-05"]),
    ("2019年12月至次年3月开展冬训。", ["2019-12", "2020-03"]),
    ("青禾县选聘的是07年和08年毕业的学生。", ["2007", "2008"]),  # a year of the 2000s in two digits
    ("林小满在村里干了10年。", []),  # no leading zero: a count of years
    ("青禾小学05年级组的老师和05年龄段的学生。", []),  # (年级, 年龄: no year)
])
def test_relative_and_partial_dates(text, isos):
    assert [d.iso for d in find_dates(text, "2022-08-01")] == isos


def test_years_inside_a_cited_title_are_not_dates(segmenter):
    x = extract_article(article("认真落实《2019-2022年全市干部教育培训规划》,2023年继续推进。"))
    assert [d.iso for d in x.dates if d.start is not None] == ["2023"]


@pytest.mark.parametrize("text, date_iso, figure", [
    ("近三年,全县提拔干部120名。", "date", None),
    ("近5年来,全县提拔干部120名。", "date", None),
    ("他扎根山区近二十年,从未离开。", None, (20, "年", "近")),
])
def test_near_n_years_is_a_period_opening_a_clause_and_a_duration_after_a_verb(text, date_iso, figure, segmenter):
    x = extract_article(article(text))
    spans = [d.text for d in x.dates if d.start is not None]
    assert bool(spans) == (date_iso is not None)
    if figure:
        assert [(f.value, f.unit, f.qualifier) for f in x.figures] == [figure]
    else:
        assert [f.text for f in x.figures] == ["120名"]


# -- slogans ---------------------------------------------------------------------------------

def test_slogan_text_is_written_form_without_quotes_and_each_mention_counts_once(segmenter):
    x = extract_article(article("村“两委”换届顺利,“两委”成员平均年龄下降,落实“三个区分开来”要求。"))
    got = {s.canonical: (s.text, len(s.mentions)) for s in x.slogans}
    assert got == {"两委": ("两委", 2), "三个区分开来": ("三个区分开来", 1)}
    assert all(x.article.text[a:b] in ("两委", "三个区分开来") for s in x.slogans for a, b in s.mentions)


@pytest.mark.parametrize("text", [
    "储备了一批在一线工作岗位锻炼的干部。",  # a paired shape cut out of longer words
    "培养一代又一代中坚力量。",  # a repetition, not two items
])
def test_shapes_cut_inside_words_are_not_slogans(text, segmenter):
    assert extract_article(article(text)).slogans == []


def test_same_slogan_is_national_wherever_it_stands(segmenter):
    quoted = find_slogans("按照“公开、平等、竞争、择优”原则招聘。")
    plain = find_slogans("坚持公开、平等、竞争、择优的原则。")
    assert [(s.canonical, s.local) for s in quoted] == [(s.canonical, s.local) for s in plain] == [
        ("公开、平等、竞争、择优", False)]


# -- quoted terms ------------------------------------------------------------------------------

def test_quoted_terms_classes(segmenter):
    x = extract_article(article(
        "他说:“要用好‘本土人才’。”县里推行「积分制」,拨打“12308”,推进三个“一线”,"
        "打造“百合米酒”,不搞“一告了之”。<img src=\"a.png\" alt=\"示意图\">"))
    assert x.quoted_terms == ["积分制", "12308", "百合米酒", "一告了之"]


def test_words_said_in_quotes_are_no_terms(segmenter):
    x = extract_article(article(
        "村民说,“现在可以回村过年了”,“他们真正放手让我们干事”,村里还推行“管他的”清单和“积分超市”。"))
    assert x.quoted_terms == ["管他的", "积分超市"]


# -- mojibake residue --------------------------------------------------------------------------

@pytest.mark.parametrize("text, clean", [
    ("今年全镇\ufffd涓新进干部9名", "今年全镇\ufffd新进干部9名"),  # one rare character after the mark
    ("选派干部?!睗\ufffd南岗任职", "选派干部?!\ufffd南岗任职"),  # and before it
    ("经费统筹,\ufffd芨麈\ufffd,镇里统筹", "经费统筹,\ufffd,镇里统筹"),  # a stretch between two marks
    ("全县\ufffd干部", "全县\ufffd干部"),  # frequent characters and words stay
])
def test_mojibake_residue_joins_the_mark(text, clean):
    from pipeline.text.mojibake import repair_mojibake
    from pipeline.core.records import QualityReport
    from pipeline.text.tracked import Tracked

    report = QualityReport(encoding="utf-8")
    out = repair_mojibake(Tracked.original(text), report)
    assert out.text == clean
    assert len(out.origin) == len(clean) + 1 and all(o < len(text) for o in out.origin[:-1])
    assert bool(report.repairs) == (text != clean)


def test_figures_never_read_from_residue(segmenter):
    x = extract_article(article("全镇\ufffd涓百名干部到岗,另有12名干部待岗。"))
    assert [f.text for f in x.figures] == ["12名"]


# -- headline, 上年 ----------------------------------------------------------------------------

def test_headline_documents_dates_and_terms_belong_to_the_article(segmenter):
    x = extract_article(article("全县召开会议,部署干部培训工作。",
                                title="2023年县里印发《干部培训办法》推行“周四课堂”"))
    assert [d.title for d in x.documents] == ["干部培训办法"] and x.documents[0].start is None
    assert [(d.iso, d.start) for d in x.dates] == [("2023", None)]
    assert x.quoted_terms == ["周四课堂"]


@pytest.mark.parametrize("text, isos", [
    ("2023年全县新提拔干部比上年增长12%。", ["2023", "2022"]),
    ("报酬按不低于上年度农村居民人均收入的2倍核定。", [None]),
])
def test_previous_year_needs_an_explicit_year_in_its_sentence(text, isos):
    assert [d.iso for d in find_dates(text, "2024-05-01")] == isos


@pytest.mark.parametrize("text, subject", [
    ("据统计,全市专职社区工作者平均年收入比上年增长12%,队伍更稳定。", "专职社区工作者平均年收入"),  # never cut mid-word; no base of the comparison
    ("2019年全县举办各类培训班49期。", "全县举办各类培训班"),  # no date before it
    ("学历为初中、高中的占比分别为21.9%、23.86%。", "学历为初中、高中的"),  # a list shares its phrase (not its 占比)
    ("县委党校培训人次从2019年的800人次,增加至1200人次。", "县委党校培训人次"),  # the clause names nothing
])
def test_subject_is_a_whole_phrase(text, subject, segmenter):
    fs = figures(text)
    assert fs[-1].subject == subject


@pytest.mark.parametrize("text, number, subject", [
    ("镇里举办了为期3天的网格员业务培训班。", "3天", "网格员业务培训班"),  # what the figure measures follows 的
    ("今年新招录的45名选调生已全部到岗。", "45名", "新招录的选调生"),  # the attribute before the count
    ("去年底挂职归来的8名干部都走上了新岗位。", "8名", "挂职归来的干部"),  # and a verb after ends the noun
    ("参训学员共60名。其中，女性27名，男性33名。", "27名", "女性"),  # a connective names nothing
    ("老王说，每个月补贴600元，年底另有奖励。", "600元", "补贴"),  # the rate is the per, not the subject
    ("全年培训村干部320人、后备力量150人。", "150人", "后备力量"),  # the item of a list of counts
    ("全年处分干部12人，其中警告3人、记过1人。", "1人", "记过"),  # even when the item is a verb
    ("全年发放补贴320万元、慰问金达到150万元。", "150万元", "慰问金"),  # without its verb
    ("对此次换届中表现突出的12名干部进行表彰。", "12名", "此次换届中表现突出的干部"),  # 对此 of 对此次 is no connective
    ("全县共有12个社会组织参加了活动。", "12个", "社会组织"),  # a noun jieba tags a verb
    ("在去年增长10%的基础上再提高。", "10%", "增长"),  # the base of a rise names nothing
    ("每个村配备1名35岁以下的年轻干部。", "1名", "35岁以下的年轻干部"),
    ("这是今年以来查处的3起案件。", "3起", "查处的案件"),
    ("制定考核细则5项。", "5项", "制定考核细则"),  # 则 of 细则 is no verb
    ("该村支部书记为2.4万元/年。", "2.4万元", "该村支部书记"),  # a rate's time after the number
    ("新当选的委员里，本科学历26人，占52%。", "52%", "本科学历"),  # a share of what the figure before counts
    ("节前走访慰问困难党员38人次1.9万元。", "1.9万元", "节前走访慰问困难党员"),  # the sum paid to those counted
    ("截至目前，全县58个村都建起了议事会。", "58个", "村"),  # a one-character kind of place
    ("要求每个村配备1名35岁以下妇联主席。", "1名", "35岁以下妇联主席"),  # an age bound describes who
])
def test_subject_names_what_is_counted(text, number, subject, segmenter):
    (f,) = [f for f in figures(text) if f.text == number]
    assert f.subject == subject


def test_unreadable_titles_are_skipped():
    from pipeline.extract.documents import find_documents

    docs = find_documents("印发《关于\ufffd的办法》和《干部考核办法(试行)》(以下简称《办法》),《办法》明确程序。")
    assert [(d.title, d.short_name) for d in docs] == [("干部考核办法(试行)", "办法")]


# -- linear time on repeated items ----------------------------------------------------------------

@pytest.mark.parametrize("unit", ["“三严三实”", "“含金量”三严三实", "《办法》三严三实", "2021年3月5日", "《办法甲》"])
def test_repeated_items_cost_linear_time(unit, segmenter):
    import time

    def cost(n):
        text = unit * n
        t = time.perf_counter()
        sl = find_slogans(text)
        from pipeline.extract.documents import find_documents
        from pipeline.extract.slogans import quoted_terms

        docs = find_documents(text)
        quoted_terms(text, sl, [(d.start, d.end) for d in docs])
        find_dates(text, "2022-01-01", exclude=[(d.start, d.end) for d in docs])
        return time.perf_counter() - t

    cost(200)  # warm-up
    small, large = min(cost(1000) for _ in range(3)), min(cost(8000) for _ in range(3))
    assert large < 8 * small * 3  # eight times the text, well under eight times the square


def test_a_figure_of_the_headline_counts_without_a_span(segmenter):
    x = extract_article(article("近日，柳川县发布公告，面向全县选拔年轻干部，重点在乡镇一线识别。",
                                title="柳川县将选拔360名年轻干部"))
    (f,) = x.figures
    assert (f.value, f.unit, f.start, f.end) == (360, "名", None, None)
    repeated = extract_article(article("柳川县将选拔360名年轻干部。近日，柳川县发布公告。", title="柳川县将选拔360名年轻干部"))
    assert [(f.value, f.start is None) for f in repeated.figures] == [(360, False)]  # the body says it


def test_a_slogan_of_the_headline_counts_without_a_span(segmenter):
    x = extract_article(article("近日，柳川县举办村干部培训班，邀请党校教师授课。", title="柳川县提升“两委”干部履职能力"))
    assert [(s.canonical, s.start, s.mentions) for s in x.slogans] == [("两委", None, [])]
    repeated = extract_article(article("柳川县“两委”干部参加培训。", title="柳川县提升“两委”干部履职能力"))
    assert [s.start is None for s in repeated.slogans] == [False]  # the body says it


def test_parts_made_one_is_a_formula_with_as_many_items(segmenter):
    (s,) = find_slogans("青禾县建立选派、管理和考核“三位一体”制度体系。")
    assert (s.canonical, s.count, s.components, s.count_matches) == ("三位一体", [3, 1], ["选派", "管理", "考核"], True)


def test_a_quoted_list_of_formulas_each_with_its_own_numeral(segmenter):
    got = [(s.canonical, s.start) for s in find_slogans("青禾县在“五比争先、两年见效”活动中考察干部。")]
    assert got == [("五比争先", 5), ("两年见效", 10)]
    (s,) = find_slogans("要做到“两不误、两促进”。")  # one numeral for both: one formula
    assert s.components == ["两不误", "两促进"]


@pytest.mark.parametrize("text", ["按“笔试成绩×60%+面试成绩×40%”计算总成绩。",
                                  "培训曾面临“教室少、老师缺、教材旧”的难题。"])
def test_a_scores_arithmetic_and_a_list_of_shortcomings_are_no_slogans(text, segmenter):
    assert find_slogans(text) == []


@pytest.mark.parametrize("text, want", [
    ("为困难党员争取补助3万余元", [("3万余元", 3, "万元", "余")]),  # 余 between 万 and 元: still so many 万元
    ("村集体增收12万多元", [("12万多元", 12, "万元", "多")]),
    ("投入40余万元", [("40余万元", 40, "万元", "余")]),  # 万 right before 元 joins the unit
    ("柳川县出台激励干部“十二条”,“十二条”明确了容错情形", []),  # a policy named by its count of articles
])
def test_magnitudes_across_a_qualifier_and_policies_named_by_a_count(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text)] == want


@pytest.mark.parametrize("text, want", [
    ("柳川镇导师帮带制已坚持十余载", [("十余载", 10, "载", "余")]),  # 载: years, in a literary register
    ("按五星、四星、三星三个等次评定村级组织", [("三个", 3, "个", None)]),  # grades listed are labels
    ("星级分为一至五星", [("一至五星", 1, "星", None)]),  # a range of grades stays a figure
])
def test_years_in_a_literary_register_and_listed_grades(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text)] == want


def test_a_national_formula_written_with_a_variant_word(segmenter):
    (s,) = find_slogans("全县落实“三个区别开来”要求,为担当者担当。")
    assert (s.text, s.canonical, s.local) == ("三个区别开来", "三个区分开来", False)


def test_single_characters_listed_before_n_aspects_and_long_quoted_digits_before_a_programme(segmenter):
    (s,) = find_slogans("白石县从选、育、评、退四个方面发力,“选”有标准、“退”有渠道。")
    assert (s.canonical, s.components) == ("选育评退", ["选", "育", "评", "退"])
    assert find_slogans("从培养选拔、管理监督、关心关爱三个方面发力。") == []  # aspects of a task
    (s,) = find_slogans("青禾县实施年轻干部“213141”工程。")
    assert (s.canonical, s.count) == ("213141", [2, 1, 3, 4])  # the quoted code is the name, its digits the count


@pytest.mark.parametrize("text, want", [
    ("县委下发《关于做好关爱驻村干部工作的通知》,要求各地落实。《通知》还要求定期体检。",
     [("关于做好关爱驻村干部工作的通知", "通知")]),  # the cited one again, by the tail of its title
    ("印发《青禾县干部考核规划纲要(2024-2026年)》(以下简称规划纲要),规划纲要明确", [("青禾县干部考核规划纲要(2024-2026年)", "规划纲要")]),
    ("对照《柳川县考核办法》和《青禾县考核办法》,《考核办法》明确", [("柳川县考核办法", None), ("青禾县考核办法", None), ("考核办法", None)]),
    ("青禾县出台《关于激励村干部担当作为的十二条措施》。各乡镇学习《12条措施》", [("关于激励村干部担当作为的十二条措施", "12条措施")]),
    ("青禾县出台《三年行动计划》。各乡镇落实《3年规划》", [("三年行动计划", None), ("3年规划", None)]),
    ("青禾县出台《关于激励村干部的十八条措施》。柳川镇出台《8条措施》", [("关于激励村干部的十八条措施", None), ("8条措施", None)]),
    # a bare kind quoted ahead of the one full title it ends (a commentary's opening quote)
    ("“《规定》为基层立了规矩。”日前印发的《青禾县村干部履职规定》明确", [("青禾县村干部履职规定", "规定")]),
    # another issuer's notice, a text's decision, a kind two earlier titles end: no short name ahead
    ("按照省委组织部《通知》要求,县委组织部印发《关于做好村干部培训的通知》", [("通知", None), ("关于做好村干部培训的通知", None)]),
    ("根据《决定》精神,县委作出《关于加强干部工作的决定》", [("决定", None), ("关于加强干部工作的决定", None)]),
    ("传达《关于甲的通知》和《关于乙的通知》。《通知》要求从严。会后印发《关于丙的通知》",
     [("关于甲的通知", None), ("关于乙的通知", None), ("通知", None), ("关于丙的通知", None)]),
])
def test_a_document_cited_again_by_its_kind_or_a_bare_short_name(text, want):
    from pipeline.extract.documents import find_documents

    assert [(d.title, d.short_name) for d in find_documents(text)] == want


def test_a_quoted_statement_is_no_term(segmenter):
    from pipeline.extract.slogans import quoted_terms

    text = "他说,“激励干部的关键是树立正确导向”,要当好“领头雁”,不做“是非人”。"
    assert quoted_terms(text, [], []) == ["领头雁", "是非人"]


def test_the_clauses_a_formula_counts_just_before_it(segmenter):
    text = ("会上重申“把探索中的失误,同明知故犯的行为区分开来;把先行先试的失误,同明令禁止后的行为区分开来;"
            "把无意过失,同谋取私利的行为区分开来”的“三个区分开来”要求。")
    (s,) = find_slogans(text)
    assert s.components == ["把探索中的失误,同明知故犯的行为区分开来", "把先行先试的失误,同明令禁止后的行为区分开来",
                            "把无意过失,同谋取私利的行为区分开来"]


def test_years_listed_before_a_formula_are_not_its_items(segmenter):
    (s,) = find_slogans("县里为2021、2022年度服务期满的“三支一扶”人员办理续聘。")
    assert s.components == []


@pytest.mark.parametrize("text", ["要建强一支懂政策、爱基层、肯吃苦的“三农”工作队伍。",
                                  "他与工作队、村“两委”一道走访农户。"])
def test_lists_before_a_formula_that_describe_people_or_end_on_its_qualifier(text, segmenter):
    assert [s.components for s in find_slogans(text)] == [[]]


@pytest.mark.parametrize("text, want", [
    ("按照功能定位,一乡一方案建设周转房。", ["一乡一方案"]),  # the second half one word of two characters
    ("回答了“学什么、干什么、留什么”三个问题。", []),  # questions asked, no formula
    ("常态推进“双周沟通”工作。", []),  # every other week: a period
])
def test_one_to_one_with_a_word_questions_and_periods(text, want, segmenter):
    assert [s.canonical for s in find_slogans(text)] == want


@pytest.mark.parametrize("text, want", [
    ("柳川县任现职半年以上的40名干部参加测评。", [("半年以上", 0.5, "年", "以上"), ("40名", 40, "名", None)]),
    ("谈心谈话持续了半个多小时。", [("半个多小时", 0.5, "个小时", "多")]),  # the qualifier between 个 and the noun
    ("补贴半个多月后才发到村干部手中。", [("半个多月", 0.5, "个月", "多")]),
    ("过去半个多月里,村干部走访了全部农户。", []),  # the past half-month: a time, no count
    ("报名不足3人的岗位取消。", [("不足3人", 3, "人", "以下")]),  # 不足, 不到: less than, as 低于
    ("参训时间不到一年的干部不参评。", [("不到一年", 1, "年", "以下")]),
    ("他想不到3天就办好了。", [("3天", 3, "天", None)]),  # 想不到: a verb's complement, no qualifier
    ("班子成员共查找不足12条。", [("12条", 12, "条", None)]),  # 查找不足: shortcomings found
    ("想不到村里的300名群众都来了。", [("300名", 300, "名", None)]),
    ("村干部报酬不低于上年度当地农村居民人均可支配收入的两倍。", [("两倍", 2, "倍", "不少于")]),
    ("群众来信40余封,整理档案3万余页。", [("40余封", 40, "封", "余"), ("3万余页", 30000, "页", "余")]),
])
def test_qualifiers_after_a_half_less_than_words_and_a_long_comparison_base(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    words = [(a, b) for _, a, b in segmenter.spans(text)]
    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, words=words)] == want


def test_lead_verbs_of_adherence_and_of_refusal_are_no_part_of_the_first_item(segmenter):
    from pipeline.extract.slogans import _strip_lead_verbs

    (s,) = find_slogans("柳川社区秉承用好邻里人、办好邻里事、重塑邻里情的“三邻”原则。")
    assert s.components == ["用好邻里人", "办好邻里事", "重塑邻里情"]
    assert _strip_lead_verbs("坚决不能做做表面文章、做甩手掌柜") == "做表面文章、做甩手掌柜"


@pytest.mark.parametrize("text, want", [
    ("镇长提出三点要求。", [("三点", 3, "点")]),  # the points of a speech are counted
    ("会上谈了4点具体体会。", [("4点", 4, "点")]),
    ("下午三点召开会议。", []),  # a time of day
    ("调来冲锋舟2艘、雨鞋300双。", [("2艘", 2, "艘"), ("300双", 300, "双")]),
    ("他用一双手撑起了家。", []),  # 一双 + noun: "a pair of"
])
def test_points_of_a_speech_and_boats_and_pairs_are_counted(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit) for f in find_figures(text)] == want


@pytest.mark.parametrize("clause, want", [
    ("开展争当先锋、争做表率、争创一流", "争当先锋、争做表率、争创一流"),  # every item opens with the verb
    ("不能做、不敢做、不想做", "不能做、不敢做、不想做"),
    ("秉承初心、担当使命、服务群众", "秉承初心、担当使命、服务群众"),  # the first item would be too short
    ("通过参加理论学习、实践锻炼、挂职交流", "理论学习、实践锻炼、挂职交流"),
])
def test_a_lead_verb_that_opens_a_parallel_list_stays_in_its_first_item(clause, want, segmenter):
    from pipeline.extract.slogans import _strip_lead_verbs

    assert _strip_lead_verbs(clause) == want


@pytest.mark.parametrize("text, want", [
    ("每天早上8点要求全体干部到岗。", []),  # a time of day
    ("群众看到了一点希望。", []),  # 一点: a little
    ("班子成员共查找不足12条。", [("12条", 12, "条", None)]),
])
def test_points_and_shortcomings_that_count_nothing_less(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    words = [(a, b) for _, a, b in segmenter.spans(text)]
    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, words=words)] == want


def test_a_graduating_class_is_a_year_not_an_amount(segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.unit) for f in find_figures("招录2020届毕业生30名,已连续举办5届。")] == [("30名", "名"), ("5届", "届")]


def test_a_day_the_articles_month_does_not_have_is_the_month_before(segmenter):
    from pipeline.extract.dates import find_dates

    assert [(d.text, d.iso) for d in find_dates("30日,县委召开会议。23日又开会。", "2012-02-21")] == [
        ("30日", "2012-01-30"), ("23日", "2012-02-23")]
    assert [d.iso for d in find_dates("2023年2月30日召开会议。", None)] == [None]  # no such day


def test_yesterday_is_the_day_before_a_dated_article_and_dates_no_figure(segmenter):
    from pipeline.extract.dates import find_dates
    from pipeline.extract.figures import find_figures

    text = "昨日,记者从县委组织部获悉,全县共选派干部120名。"
    dates = find_dates(text, "2012-03-01")
    assert [(d.text, d.iso) for d in dates] == [("昨日", "2012-02-29")]
    assert [d.iso for d in find_dates(text, None)] == [None]  # an undated article: no day to count back from
    assert [f.time for f in find_figures(text, dates=dates)] == [None]  # a report's day, not the count's period
    this_month = find_dates("全县将在本月配齐专职村干部251名。", "2015-11-20")
    assert [(d.text, d.iso) for d in this_month] == [("本月", "2015-11")]
    assert [f.time for f in find_figures("全县将在本月配齐专职村干部251名。", dates=this_month)] == [None]
    figurative = find_dates("告别昨日的落后面貌，回顾昨天、立足今天。", "2012-03-01")
    assert [(d.text, d.iso) for d in figurative][:2] == [("昨日", None), ("昨天", None)]
    assert [d.iso for d in find_dates("县委书记昨天的讲话引起反响。", "2012-03-01")] == ["2012-02-29"]
    assert find_dates("他订阅了一本月刊，样本月份数据齐全。", "2012-03-01") == []
    days = find_dates("县委常委会已于本月5日审议方案，本月20号前报名。", "2015-11-20")
    assert [(d.text, d.iso) for d in days] == [("本月5日", "2015-11-05"), ("本月20号", "2015-11-20")]
    assert [d.iso for d in find_dates("县委常委会已于本月5日审议方案。", None)] == [None]
    assert [(d.text, d.iso) for d in find_dates("明年将在全县推开,明年底前完成。", "2006-12-21")] == [
        ("明年", "2007"), ("明年底", "2007")]  # next year: the article's plans
    # 本月 before a number that is no day (5号线, 3个乡镇) is this month still
    assert [(d.text, d.iso) for d in find_dates("本月5号线开通后,本月3个乡镇完成换届。", "2015-11-20")] == [
        ("本月", "2015-11"), ("本月", "2015-11")]


def test_last_month_is_the_month_before_a_dated_article(segmenter):
    from pipeline.extract.dates import find_dates

    assert [(d.text, d.iso) for d in find_dates("上月初,柳川市启动机关干部下沉工作。", "2025-08-04")] == [("上月初", "2025-07")]
    assert [(d.text, d.iso) for d in find_dates("上个月底,青禾县召开推进会。", "2025-01-10")] == [("上个月底", "2024-12")]
    assert [d.iso for d in find_dates("上月初,柳川市启动下沉工作。", None)] == [None]  # no article date: no month to count back from
    assert find_dates("他在上月刊发表了文章。", "2025-01-10") == []
    for text in ("该县坚持线上月度考核。", "通过网上月报系统上报。", "晚上月亮升起时,会议结束。", "加上月绩效奖励一并发放。"):
        assert find_dates(text, "2025-01-10") == [], text  # 上 closing another word


def test_a_formula_of_parts_counted_by_different_numerals_and_a_formulas_letter_parts(segmenter):
    from pipeline.extract.slogans import classify_quoted, quoted_terms

    assert [s.canonical for s in find_slogans("柳川县推行“一岗位两清单三台账”。")] == ["一岗位两清单三台账"]
    assert classify_quoted("一线蹲苗") is None and classify_quoted("一村一品示范村") is None
    assert quoted_terms("“5”即五项任务,“X”即特色项目,打造“新引擎”。", [], []) == ["新引擎"]


@pytest.mark.parametrize("text, want", [
    ("过去一年,全县干部工作成效明显。", []),  # the year just past, named
    ("保证在新的一年里各项工作高效推进。", []),
    ("大家的积极性一年比一年高。", []),  # a comparison
    ("杨某又白等了一年。", [("一年", 1, "年")]),  # a duration counted
    ("明年是全面推进改革的关键一年。", []),  # a plan's key year
    ("驻村书记一年总收入才3200元。", [("3200元", 3200, "元")]),  # the period of the amount after it
    ("一个星期要到县城开三个会。", [("三个", 3, "个")]),
    ("挂职一年,期满考核。", [("一年", 1, "年")]),
    ("用一年时间完成轮训。", [("一年", 1, "年")]),
])
def test_a_period_named_or_compared_is_no_count_of_one(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit) for f in find_figures(text)] == want


@pytest.mark.parametrize("text, want", [
    ("市委召开九届四次全体(扩大)会议。", []),  # a congress's fourth session
    ("传达县委十二届五次、六次、七次全会精神。", []),  # sessions listed before 全会
    ("全年共召开三次会议。", [("三次", 3, "次")]),
    ("全年开展三次、四次督查。", [("三次", 3, "次"), ("四次", 4, "次")]),
])
def test_a_congresss_numbered_sessions_are_no_counts(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit) for f in find_figures(text)] == want


@pytest.mark.parametrize("text, want", [
    ("该村先后换了8任村支书。", [("8任", 8, "任")]),  # terms of office
    ("连续两任县委书记都抓这项工作。", [("两任", 2, "任")]),
    ("完成3任务。", []), ("一任接着一任干。", []),  # 任务; 一任 + a verb: "one term after another"
])
def test_terms_of_office_are_counted(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit) for f in find_figures(text)] == want


@pytest.mark.parametrize("text, want", [
    ("他们结束了一天工作后去走访。", []),  # "a day"
    ("一天走个十里地是常事。", []),
    ("一天内办结。", [("一天内", 1, "天", "以内")]), ("用了一天半时间。", [("一天半", 1.5, "天", None)]),
    ("培训为期1天。", [("1天", 1, "天", None)]),
])
def test_a_day_in_words_counts_only_with_a_qualifier_or_a_half(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text)] == want


@pytest.mark.parametrize("text, want", [
    ("他在7年前当选县长。", []), ("比五年前提高了12个百分点。", [("12个百分点", 12, "个百分点")]),  # years ago: a time
    ("服务满2年后择优选拔。", [("2年", 2, "年")]),  # the interval after an event is counted
])
def test_years_ago_are_a_point_in_time(text, want, segmenter):
    from pipeline.extract.figures import find_figures

    assert [(f.text, f.value, f.unit) for f in find_figures(text)] == want


@pytest.mark.parametrize("text, want", [
    ("青禾县启动乡镇“五小”建设,县里给予奖补,各乡镇统一建好小食堂、小书屋、小澡堂、小活动室、小菜园五项设施。",
     ["小食堂", "小书屋", "小澡堂", "小活动室", "小菜园"]),
    ("柳川镇推行“四有”标准,要求每个村做到有场所、有制度、有经费、有队伍,全镇已有12个村达标。",
     ["有场所", "有制度", "有经费", "有队伍"]),
    ("柳川镇推行“四有”标准。全镇已有12个村达标,小李、小王参与验收。", []),  # two names, not four items
])
def test_items_opening_with_the_character_a_formula_counts(text, want, segmenter):
    (s,) = find_slogans(text)
    assert s.components == want


def test_a_pair_formula_that_counts_a_noun_is_the_whole_quote():
    got = [s.canonical for s in find_slogans("柳川县继续实施“一村一名大学生”计划,充实村级后备力量。")]
    assert got == ["一村一名大学生计划"]  # 一村一名 alone would cut the noun it counts (the national programme, lexicon)
    got = [s.canonical for s in find_slogans("柳川县推进“一村一品示范村”建设。")]
    assert "一村一品示范村" not in got  # 品 is no measure word: 一村一品 and what it makes


def test_durations_and_place_names_on_numeral_characters_are_no_formulas():
    assert find_slogans("万宁市万城镇的一名干部连夜赶到村里。") == []  # 万 in a city's and a town's name
    assert find_slogans("他和村民待在一起,两天两夜没有回家。") == []  # a duration
    assert [s.canonical for s in find_slogans("柳川县推行三访三评。")] == ["三访三评"]


def test_a_gambling_sites_bait_in_title_marks_is_no_document():
    from pipeline.extract.documents import find_documents

    text = "该县印发《某某娱乐官网在线怎么进去》和《关于加强年轻干部培养的意见》。"
    assert [d.title for d in find_documents(text)] == ["关于加强年轻干部培养的意见"]


def test_a_month_in_numerals_at_a_clauses_start_or_after_a_year():
    got = [(d.text, d.iso) for d in find_dates("八月,我们来到青禾乡。2015年十月、去年十二月底又去了两次。他驻村已八月余,一月一次回城。",
                                              "2016-03-02")]
    assert got == [("八月", "2016-08"), ("2015年十月", "2015-10"), ("去年十二月底", "2015-12")]


def test_a_month_that_names_an_event_is_no_date():
    assert [d.text for d in find_dates("在十月革命的炮声中。八月,青禾村开工。", "2024-01-01")] == ["八月"]


def test_a_year_spaced_from_its_year_word(segmenter):
    # e-paper text sets numbers apart (2023 年, 1912 学时): still a year
    from pipeline.extract.dates import find_dates

    assert [(d.text, d.iso) for d in find_dates("——2023 年青禾县组织工作回顾", "2024-02-27")] == [("2023 年", "2023")]


def test_a_document_named_again_by_a_short_name_holds_no_figure_or_date(segmenter):
    text = ("青禾县出台《关于激励村干部担当作为的十二条措施》。方小禾说,《十二条措施》很实在。"
            "各乡镇要宣传《12条措施》和《2024年12条措施》的精神,落实《2024年12条措施》。")
    x = extract_article(article(text))
    assert [f.text for f in x.figures] == []
    assert [d.text for d in x.dates] == []  # 2024年 of the title named again is the title's
    assert [d.title for d in x.documents] == ["关于激励村干部担当作为的十二条措施", "2024年12条措施"]


@pytest.mark.parametrize("text, isos", [
    ("2013年元月16日，柳川镇组织拉练。", ["2013-01-16"]),  # 元月: January by its old name
    ("元月16日，柳川镇组织拉练。", ["2014-01-16"]),
    ("1月30日是放假前一天。当天下午，工作组前往柳川镇。", ["2014-01-30", "2014-01-30"]),  # the day just named (a day months on would be last year's)
    ("会议当天，工作组前往柳川镇。", ["2014-02-10"]),  # no day named: the article's
])
def test_old_month_names_and_the_day_just_named(text, isos):
    assert [d.iso for d in find_dates(text, "2014-02-10")] == isos


def test_a_calendar_widget_is_furniture():
    from pipeline.text.lines import boilerplate_reason

    assert boilerplate_reason("今天是:", None) == "page furniture"
    assert boilerplate_reason("今天是：2024年3月5日 星期二", None) == "page furniture"
    assert boilerplate_reason("今天是个好日子，村里办喜事。", None) is None


@pytest.mark.parametrize("text", [
    "各村须于6月30日前完成自查整改。当天，县委组织部还对村干部进行了集中培训。",  # a deadline
    "出生于1985年3月2日的方小禾当天被推选为村党支部书记。",
    "自7月1日起，群众诉求当天受理、当天办结。",  # a routine's same day
])
def test_the_same_day_is_not_a_deadline_a_birthday_or_a_routine(text):
    same = [d.iso for d in find_dates(text, "2023-06-15") if d.text == "当天"]
    assert same and all(iso == "2023-06-15" for iso in same)


def test_yuan_before_a_month_is_money():
    assert [d.text for d in find_dates("资金5万元月底前拨付到村，补贴二百元月底统一发放。", "2023-06-15")] == []



def test_a_day_listed_after_a_dated_one_is_in_its_year_and_the_same_day_is_that_day():
    assert [d.iso for d in find_dates("县委组织部于2016年8月15日、12月11日分两批开展培训。", "2018-03-01")] == \
        ["2016-08-15", "2016-12-11"]
    assert [d.iso for d in find_dates("2月9日，柳川镇召开会议。同一天，白石镇也召开会议。", "2020-02-10")] == \
        ["2020-02-09", "2020-02-09"]


@pytest.mark.parametrize("text, isos", [
    ("统计时间截至2023年12月31日，1月10日前各单位须报送材料。", ["2023-12-31", "2024-01-10"]),  # a new clause
    ("青禾县于2023年12月25日和1月3日分别召开了两次座谈会。", ["2023-12-25", "2024-01-03"]),  # earlier in the year
    ("两次考试不在同一天举行。", []),
    ("3月5日，柳川镇召开会议。同日，白石村召开党员大会。", ["2024-03-05", "2024-03-05"]),
])
def test_a_listed_day_and_the_same_day_only_where_they_are(text, isos):
    assert [d.iso for d in find_dates(text, "2024-03-15")] == isos



def test_a_bound_on_a_multiple_of_a_base_named_between_them(segmenter):
    fs = figures("村党组织书记基本报酬不低于上年度所在乡镇农民人均纯收入两倍,并按月发放。")
    assert [(f.value, f.unit, f.qualifier) for f in fs] == [(2, "倍", "不少于")]
    fs = figures("今年全县村干部的收入是去年的两倍。")
    assert [(f.value, f.unit, f.qualifier) for f in fs] == [(2, "倍", None)]


def test_quoted_english_words_of_a_translation_are_no_terms(segmenter):
    x = extract_article(article("青禾县出台“墩苗计划”。The county issued the Opinions (hereinafter referred to as “Opinions”)."))
    assert x.quoted_terms == ["墩苗计划"]


def test_zhu_means_to_write_before_history_in_traditional_text():
    from pipeline.text.repair import clean_snippet

    assert clean_snippet("領導幹部推薦《誰著史》和《著述選讀》兩本書") == "领导干部推荐《谁著史》和《著述选读》两本书"
    assert clean_snippet("他們隨著改革開放的深入而成長，看著孩子們") == "他们随着改革开放的深入而成长，看着孩子们"


def test_an_issuing_organ_as_the_source(tmp_path):
    from tests.test_page_metadata import only

    art = only(tmp_path, "青禾县民政局关于村干部报酬的答复\n2020年11月20日\n发布机关:青禾县民政局\n\n您提出的建议收悉,现答复如下:县里已提高村干部报酬。\n")
    assert art.source == "青禾县民政局"


def test_the_units_whose_committees_are_no_items_of_liang_wei():
    (s,) = find_slogans("青禾县为全县村、社区“两委”换届打下了好基础。")
    assert (s.canonical, s.components) == ("两委", [])
    (s,) = find_slogans("新一届班子呈现年轻化、知识化“两化”特点。")
    assert s.components == ["年轻化", "知识化"]


def test_a_half_bounded_before_it_is_a_span_even_before_de(segmenter):
    fs = figures("任现职不足半年的,不参加年度考核;请假超过半年的,不评定等次。")
    assert [(f.value, f.unit, f.qualifier) for f in fs] == [(0.5, "年", "以下"), (0.5, "年", "超过")]
    assert figures("半年的考核结果向全县通报。") == []  # a semiannual review, no span
    fs = figures("报酬不低于所在县(市、区)上一年度农民人均可支配收入2-2.5倍。")
    assert [(f.value, f.high, f.unit, f.qualifier) for f in fs] == [(2, 2.5, "倍", "不少于")]


def test_the_year_of_a_bounds_base_is_no_time_of_the_figure(segmenter):
    fs = figures("村干部报酬不低于上年度城乡居民人均收入2倍,每人每月3000元以上。")
    assert [(f.text, f.time) for f in fs if f.unit == "倍"] == [("2倍", None)]
    fs = figures("上年度全县村干部人均报酬提高了2倍。")
    assert [(f.text, f.time) for f in fs] == [("2倍", "上年度")]


def test_short_names_given_in_turn_to_the_documents_listed():
    from pipeline.extract.documents import find_documents

    text = ("县委印发了《青禾县干部选拔报告办法(试行)》、《青禾县民主评议办法(试行)》、《青禾县离任检查办法(试行)》"
            "和《青禾县干部监督信息沟通办法》(以下分别简称《选拔报告办法》、《“一报两评”办法》、《离任审查办法》、"
            "《信息沟通办法》)。《选拔报告办法》规定了报告事项。")
    assert [(d.title, d.short_name) for d in find_documents(text)] == [
        ("青禾县干部选拔报告办法(试行)", "选拔报告办法"), ("青禾县民主评议办法(试行)", "“一报两评”办法"),
        ("青禾县离任检查办法(试行)", "离任审查办法"), ("青禾县干部监督信息沟通办法", "信息沟通办法")]


def test_a_gambling_sites_words_spun_into_a_cited_title_are_dropped():
    from pipeline.extract.documents import find_documents
    from pipeline.text.repair import clean_snippet

    text = clean_snippet("县里又制定《村干部考勤细则》、《澳门黄金城:轮训村干部的意见》,并贯彻"
                         "《胜平负足彩推荐中共青禾县委关于加强基层建设的意见》和《青禾县:干部关爱办法》。")
    assert [d.title for d in find_documents(text)] == ["村干部考勤细则", "轮训村干部的意见", "中共青禾县委关于加强基层建设的意见",
                                                        "青禾县:干部关爱办法"]
    assert "澳门" not in text


def test_a_formulas_parts_each_quoted_and_explained_with_zhi():
    text = ("青禾县复核干部档案，重点看“两龄一历”（“两龄”指年龄、党龄，“一历”指学历）是否一致。"
            "柳川镇推行“三查两审”（“三查”指查档案、查考核、查口碑，“两审”指初审、复审）。")
    by_name = {s.canonical: s.components for s in find_slogans(text)}
    assert by_name["两龄一历"] == ["两龄", "一历"]
    assert by_name["两龄"] == ["年龄", "党龄"]
    assert by_name["三查"] == ["查档案", "查考核", "查口碑"]
    assert by_name["两审"] == ["初审", "复审"]  # (no closing bracket in the last item)
    guided = find_slogans("白石县用“两个清单”指导村级工作，逐项对账。")
    assert [s.components for s in guided] == [[]]  # 指导 is no "means"


def test_a_resumes_year_and_month_joined_by_a_dot_is_a_date_and_no_figures_time():
    table = "姓名 学历 出生年月 年龄\n林小满 硕士 1981.3 43岁\n方小禾 大学 1979.11 45岁\n"
    assert [(d.text, d.iso) for d in find_dates(table)] == [("1981.3", "1981-03"), ("1979.11", "1979-11")]
    career = "1998.07—2003.09 青禾乡干部；2003.09参加工作满五年"
    assert [d.iso for d in find_dates(career)][:3] == ["1998-07", "2003-09", "2003-09"]
    assert find_dates("全县投入2019.5万元，增长2012.5%，得分88.5分") == []  # decimals, not months
    ages = find_figures(table, dates=find_dates(table))
    assert [(f.text, f.time) for f in ages] == [("43岁", None), ("45岁", None)]  # a birth month is no figure's time


def test_that_years_month_and_the_past_year():
    text = "青禾县最早在2014年左右探索容错机制——当年4月,县委出台文件。"
    assert [(d.text, d.iso) for d in find_dates(text)][-1] == ("当年4月", "2014-04")
    rule = "2012年度考核按照规定执行。考核对象以在职人员为准,各单位须于每年报送,截至当年12月31日的人员均列入。"
    assert [d.iso for d in find_dates(rule) if d.text.startswith("当年")] == [None]  # a rule's "that year": any year
    assert [(d.text, d.iso) for d in find_dates("过去的一年,青禾县新提拔年轻干部12名。", "2013-03-06")] == [("过去的一年", "2012")]
    assert [d.iso for d in find_dates("回顾过去的一年,青禾县新提拔年轻干部12名。", "2013-12-26")] == [None]  # this year's review?
    assert [d.text for d in find_dates("过去一年多来,青禾县新提拔年轻干部12名。", "2013-03-06")] == ["一年多来"]
    assert [d.iso for d in find_dates("按照2019年印发的办法,干部须在当年3月底前提交。")][-1] is None  # a rule's "that year"
    assert find_dates("全县产粮分别为2010.5、2102.3吨,面积由1998.6至2000.3平方米。") == []  # decimals, no résumé


def test_a_comma_the_crawl_put_before_another_stop_is_dropped():
    from pipeline.text.repair import clean_snippet
    assert clean_snippet("本月,,青禾县出台细则,让干部能上、能下,、能进,各有章法,。") == "本月,青禾县出台细则,让干部能上、能下、能进,各有章法。"


def test_a_short_name_abbreviating_the_list_in_brackets_after_it():
    text = "青禾县三百名“联帮扶”(“联群众、帮发展、扶困难”)工作队员进村入户。"
    [s] = find_slogans(text)
    assert (s.canonical, s.components) == ("联帮扶", ["联群众", "帮发展", "扶困难"])
    assert find_slogans("青禾县推行“红色物业”(红色引领、物业服务)模式。") == []  # two items for four characters


def test_a_day_followed_by_its_hour_is_a_date():
    assert [(d.text, d.iso) for d in find_dates("截止1月27日15时,全县完成村级换届。", "2021-01-28")] == [("1月27日", "2021-01-27")]
    assert find_dates("全镇5月3个村完成换届。", "2021-01-28") == []  # a month before a count is no date


def test_quoted_links_of_a_chain_are_a_formula(segmenter):
    got = {(s.canonical, tuple(s.components)) for s in find_slogans("青禾县推行“育苗—蹲苗—选苗”培养链条,形成“招才→留才→用才”闭环。")}
    assert got == {("育苗—蹲苗—选苗", ("育苗", "蹲苗", "选苗")), ("招才→留才→用才", ("招才", "留才", "用才"))}
    assert find_slogans("开通“北京—青禾”直达班车。") == []  # two ends of a route: no chain
    assert find_slogans("开通“西宁—湟中—贵德”旅游专线,参加“中国—东盟—南亚”博览会。") == []  # stops, parties
    assert find_slogans("他连声说“快—快—快”。") == []  # one word said again


def test_a_quoted_list_of_troubles_suffered_or_fought_is_no_formula(segmenter):
    assert find_slogans("基层干部曾疲于应对“层层填表、次次留痕”,如今负担减轻。") == []
    assert find_slogans("考核常陷入“只看材料、不看实绩”的困局。") == []
    assert [s.canonical for s in find_slogans("推行“党建引领、能力筑基、实践砺才”培养路径。")] == ["党建引领、能力筑基、实践砺才"]


def test_a_paired_shape_after_a_demonstrative_is_no_formula(segmenter):
    assert find_slogans("青禾县仅此一项一年要多花八百万元。") == []
    assert [s.canonical for s in find_slogans("青禾县推行一事一议,落实一岗双责。")] == ["一事一议", "一岗双责"]


def test_a_year_before_a_verb_and_the_amount_it_rates_is_no_duration(segmenter):
    assert [f.text for f in find_figures("仅此一项一年要多花八百万元。")] == ["八百万元"]
    assert [f.text for f in find_figures("他在村里干了一年,节省经费三万元。")] == ["一年", "三万元"]


def test_the_years_ahead_opening_a_clause_are_no_count_of_years(segmenter):
    assert [f.text for f in find_figures("未来三年,青禾县将培养100名年轻干部。")] == ["100名"]
    assert [f.text for f in find_figures("着眼青禾未来5年、10年的发展。")] == ["5年", "10年"]


def test_second_review_chains_of_one_character_links_and_of_paths(segmenter):
    got = {(s.canonical, s.local) for s in find_slogans("构建“选—育—管—用”链条,打通“学历—能力—职级”晋升通道。")}
    assert got == {("选育管用", False), ("学历—能力—职级", True)}


def test_second_review_a_year_served_before_what_it_won_counts(segmenter):
    assert [f.text for f in find_figures("他驻村一年争取资金50万元。")] == ["一年", "50万元"]


@pytest.mark.parametrize("text", ["这座祠堂建于公元1600年，如今是村史馆。", "祠堂建于嘉庆五年（公元1800年），如今是村史馆。"])
def test_calendar_years_are_no_durations(text):
    assert [(f.value, f.unit) for f in find_figures(text) if f.unit == "年"] == []


def test_durations_stay_counted_beside_them():
    assert [(f.value, f.unit) for f in find_figures("他在村里干了两年，建村史馆用了五年。")] == [(2, "年"), (5, "年")]


def test_a_formulas_items_quoted_one_by_one_right_before_it():
    got = [(s.canonical, s.components) for s in find_slogans("巡察组要练好“眼力”“脚力”“笔力”“三种功力”,提升质量。")]
    assert got == [("三种功力", ["眼力", "脚力", "笔力"])]
    # as many as it counts, or none: a fourth quoted word before three items is no item
    got = [(s.canonical, s.components) for s in find_slogans("推行“眼力”“脚力”“三种功力”的做法。")]
    assert got == [("三种功力", [])]


def test_review_of_session_48_figures_and_slogans():
    assert [(f.value, f.unit) for f in find_figures("他在村里干了十年（公元2014年至2024年），带领群众脱贫。")] == [(10, "年")]
    for text in ("深入推进“放管服”“最多跑一次”“两个清单”改革。", "要把“四个意识”“四个自信”“两个维护”落实到行动上。"):
        assert all(s.components == [] for s in find_slogans(text)), text


def test_second_review_of_session_48_figures_and_slogans():
    assert [(s.canonical, s.components) for s in find_slogans("建立“包片联户”“结对帮扶”“定期走访”“三项机制”")] == [
        ("三项机制", ["包片联户", "结对帮扶", "定期走访"])]
    assert [f.unit for f in find_figures("清光绪二十四年（公元一八九八年），此地建村。")] == []


def test_a_classifier_before_shuang_and_the_quoted_words_counted_name_no_formula(segmenter):
    names = lambda t: [s.canonical for s in extract_article(article(t)).slogans]
    assert names("结对帮带是一场双向奔赴，师徒都有收获。") == []  # 一场 is "a"
    assert names("全面落实一岗双责，压实责任。") == ["一岗双责"]
    assert names("这是一种双向奔赴。") == []
    assert names("西溪村是一个以双季稻种植为主的农业大村。") == []  # 一个 with a word between
    # the quoted grades are no formula, and since session 59 neither is their count (两个等次)
    assert names("评为“一般”“差”两个等次的,督促整改。") == []
    # the 2008 programme of graduates as village officials is not the 2004 programme of the same opening
    assert names("当年推出的一村一名大学生村官计划,吸引了大批毕业生。") == ["一村一名大学生村官"]
    assert names("依托电大实施一村一名大学生计划。") == ["一村一名大学生计划"]
    # “甲、乙、丙”三个字来概括: the quoted list is the formula, its words counted are none
    assert names("一年的感受，可以用“忙、累、甜”三个字来概括。") == ["忙累甜"]


def test_a_lost_characters_mark_opens_no_document_title(segmenter):
    titles = lambda t: [d.title for d in extract_article(article(t)).documents]
    assert titles("县里印发《?干部交流轮岗暂行办法》，明确任职年限。") == ["干部交流轮岗暂行办法"]
    assert titles("县里印发《干部交流轮岗暂行办法》，明确任职年限。") == ["干部交流轮岗暂行办法"]


def test_review_of_session_50_figures_and_towns(segmenter):
    from pipeline.extract.figures import find_figures
    from pipeline.extract.regions import Gazetteer, locate

    texts = lambda t: [f.text for f in find_figures(t)]
    assert texts("试用期一年的新录用公务员共28人。") == ["一年", "28人"]  # a term, counted
    assert texts("村支书一年的工资为3.9万元。") == ["3.9万元"]  # the period of the pay
    assert texts("中共青禾县委十四届三次全委会召开。") == []
    g = Gazetteer.load()
    towns = lambda t: [m.text for m in locate(t, g).mentions if m.place.level == "township"]
    assert towns("顺义区张镇召开村干部培训会。会上,张镇长作动员讲话。") == ["张镇"]  # its mayor
    assert towns("奈曼旗新镇召开干部大会。会议指出,新镇建设要统筹推进。") == ["新镇"]  # a word


def test_a_quoted_pair_whose_halves_make_a_word_is_named_as_a_formula(segmenter):
    names = lambda t: [s.canonical for s in extract_article(article(t)).slogans]
    assert names("新一届班子学历年龄实现“一升一降”,结构更优。") == ["一升一降"]
    assert names("村里建成“一老一小”服务站。") == ["一老一小"]
    assert names("一南一北两个村结成对子。") == []  # unquoted: a pair described
    assert names("大家“一心一意”为群众办事。") == []  # an idiom, quoted or not


def test_a_bound_written_as_no_fewer_than(segmenter):
    figs = lambda t: [(f.value, f.unit, f.qualifier) for f in find_figures(t)]
    assert figs("一年来各级开会不下200次。") == [(200, "次", "不少于")]
    assert figs("他放不下3个孩子。") == [(3, "个", None)]


def test_a_slogan_written_with_a_dot_between_its_items_is_the_same_slogan():
    from pipeline.realgold import _lexicon_name

    assert _lexicon_name("比武亮绩·勇当先锋") == _lexicon_name("比武亮绩勇当先锋")


def test_a_point_in_time_after_shi_and_a_half_passed_through(segmenter):
    # 这是18年后: "eighteen years on", a point in time after the copula, no span of years
    assert [(f.value, f.unit) for f in figures("3个离职,这是18年后的样子。")] == [(3, "个")]
    assert [(f.value, f.unit) for f in figures("他在村里工作了18年。")] == [(18, "年")]
    # 经过半个月的调试: a half after a word of lasting is a span even before 的
    assert [(f.value, f.unit) for f in figures("经过半个月的调试,平台上线运行。")] == [(0.5, "个月")]


def test_a_ranges_dash_lost_to_a_mark_and_a_span_after_shi(segmenter):
    # 50?80名: the dash between the ends lost to the mark of an unreadable character
    fs = figures("今年计划引进博士50?80名,引进领军人才1?2名。")
    assert [(f.value, f.high, f.unit) for f in fs] == [(50, 80, "名"), (1, 2, "名")]
    assert [(f.value, f.unit) for f in figures("共有50名干部?80名群众参加。")] == [(50, "名"), (80, "名")]
    assert [(f.value, f.unit) for f in figures("他又是一年没有回家了。")] == [(1, "年")]  # a span, again
    assert [(f.value, f.unit) for f in figures("服务期限是5年,期满可以调动。")] == [(5, "年")]  # (是 alone: a span)


def test_a_listed_run_of_a_formulas_items_whose_last_word_the_segmenter_glues_on(segmenter):
    text = "青禾县纪委要在一体推进不敢腐、不能腐、不想腐中当好尖兵。"
    assert [s.canonical for s in extract_article(article(text)).slogans] == ["三不腐"]


def test_an_unquoted_pair_of_two_actions_under_different_numerals(segmenter):
    # 三改一拆: two actions under their numerals, a campaign's name (一天三次, 两省五地 count things)
    slogans = extract_article(article("青禾县围绕三改一拆、社区管理开展干部实绩考核。")).slogans
    assert [s.text for s in slogans] == ["三改一拆"]
    for text in ("他一天三次到村里走访群众。", "两省五地的干部联合开展培训。"):
        assert extract_article(article(text)).slogans == [], text


def test_how_many_times_after_a_verb_is_no_pair_of_actions(segmenter):
    for text in ("这份讲话稿他一改三遍,反复推敲。", "基层干部一跑两回,事情还没办成。", "他一坐两站就下车了。"):
        assert extract_article(article(text)).slogans == [], text


@pytest.mark.parametrize("text, canonical, components", [
    ("青禾县选干部时坚守德才兼备、以德为先,不拘一格。", "德才兼备、以德为先", ["德才兼备", "以德为先"]),
    ("党员干部要敢于红红脸、出出汗,互相提醒。", "红红脸、出出汗", ["红红脸", "出出汗"]),
    ("对苗头性问题,对“咬耳扯袖、红脸出汗”常抓不懈。", "咬耳扯袖、红脸出汗", ["咬耳扯袖", "红脸出汗"]),
    ("党课上讲了四大考验和四种危险。", "四大考验", []),  # (the article lists none)
    ("坚定三个自信,走好新的赶考路。", "三个自信", []),
    ("社区把一老一小的事办实。", "一老一小", []),
    ("青禾县要求锻造“忠诚、干净、担当”的乡镇班子。", "忠诚、干净、担当", ["忠诚", "干净", "担当"]),
])
def test_national_formulas_of_cadre_work_are_national(text, canonical, components):
    s = next(s for s in find_slogans(text) if s.canonical == canonical)
    assert not s.local and s.definition
    assert s.components == components


@pytest.mark.parametrize("text", [
    "学员来自五湖四海,相聚青禾县委党校。",  # everywhere, not the principle of choosing people
    "青禾县锻造忠诚干净担当的乡镇班子。",  # running text describing a team
    "执行四项监督制度等一批规定。",
])
def test_a_national_formula_that_is_also_a_plain_phrase_counts_only_in_quote_marks(text):
    assert find_slogans(text) == []


def test_a_villages_numbered_group_is_a_name_not_a_count():
    assert figures("青禾村二组的一家企业扩建厂房。") == []
    assert [(f.value, f.unit) for f in figures("每村三组,每组配一名网格员。")][:1] == [(3, "组")]


@pytest.mark.parametrize("article_date", ["2021-04-02", None])
def test_a_bare_day_closing_a_range_is_in_the_months_of_its_start(article_date):
    got = [(d.text, d.iso) for d in find_dates("2021年3月9日至12日,青禾县举办年轻干部培训班。", article_date)]
    assert got == [("2021年3月9日至12日", "2021-03-09")]  # one date, by its first day (see test_dates_s58.py)


def test_a_bare_day_before_the_ranges_start_keeps_the_articles_month():
    got = [(d.text, d.iso) for d in find_dates("3月21日至3日", "2021-04-02")]
    assert got[-1] == ("3日", "2021-04-03")  # (no later day of March: not read as the range's end)


def test_two_groups_are_counted_and_a_danger_formula_needs_its_quote_marks():
    assert [(f.value, f.unit) for f in figures("镇村两组干部分片包干。")] == [(2, "组")]
    assert [s.canonical for s in find_slogans("学生上学路上的四种危险行为要排查。")] == []
    assert [s.canonical for s in find_slogans("警惕“四种危险”,经受四大考验。")] == ["四种危险", "四大考验"]


def test_a_longer_list_that_opens_with_a_national_formulas_items_is_its_own():
    got = [s.canonical for s in find_slogans("青禾县坚持“德才兼备、以德为先、以实为要”的用人导向。")]
    assert got == ["德才兼备、以德为先、以实为要"]


def _slogans_of(text: str) -> list[tuple[str, list[str]]]:
    return [(s.text, s.components) for s in find_slogans(text)]


def test_a_formula_in_single_quotes_inside_a_quoted_sentence():
    text = "镇长说：“各村要抓好‘三改一拆’、‘五水共治’等工作。”禾城开办“培养‘四强’干部，建设美丽禾城”专题班。"
    assert [t for t, _ in _slogans_of(text)] == ["三改一拆", "五水共治", "四强"]


def test_a_quoted_list_of_pair_formulas_is_one_slogan():
    # (each pair as an entry of its own was tried: two of three annotators list the whole only)
    assert [t for t, _ in _slogans_of("推行“一村一档案、一人一清单”，压实责任。")] == ["一村一档案、一人一清单"]
    assert [t for t, _ in _slogans_of("做到“两不误、两促进”。")] == ["两不误、两促进"]  # one numeral for all: one formula


@pytest.mark.parametrize("text, found", [
    ("青禾县推行“一带一”结对帮带，师徒同岗。", ["一带一"]),
    ("开展“一对一”面谈，了解思想动态。", []),  # a talk, no pairing scheme
    ("围绕“五星”支部创建开展述职。", ["五星"]),
    ("酒店评为“五星”。", []),
    ("拨打“12345”热线反映问题。", []),
])
def test_quoted_pairings_and_star_schemes(text, found):
    assert [t for t, _ in _slogans_of(text)] == found


def test_parts_round_one_middle_character_are_a_formula_with_those_parts():
    assert _slogans_of("县里开展“听民声解民忧暖民心”活动。") == [("听民声解民忧暖民心", ["听民声", "解民忧", "暖民心"])]


@pytest.mark.parametrize("text", ["干部要做到不“看不清摸不透拿不准”。", "整治“门难进脸难看事难办”问题。",
                                  "采取“一对一”方式开展谈心谈话。", "社区采用“一对一”模式为独居老人提供上门服务。"])
def test_review_of_session_54_no_slogans(text):
    assert _slogans_of(text) == []


def test_a_quoted_list_naming_a_kind_of_corruption_is_no_slogan():
    assert _slogans_of("“这属于‘托人说情、暗中操作’式腐败。”纪委工作人员说。") == []
    assert [t for t, _ in _slogans_of("推行“托人办事、暗中操作”专项整治工作法。")] != []  # (named as a method: stays)


def test_the_four_steps_of_study_quoted_are_the_national_formula():
    assert [(s.text, s.local) for s in find_slogans("镇里组织青年干部围绕“学思践悟”开展读书活动。")] == [("学思践悟", False)]
    assert find_slogans("要学思践悟新思想。") == []  # (a verb in running text)


def test_review_of_session_54_a_formula_before_the_word_for_corruption():
    assert [t for t, _ in _slogans_of("“零容忍、无禁区、全覆盖”腐败治理格局持续巩固。")] == ["零容忍、无禁区、全覆盖"]
    assert [t for t, _ in _slogans_of("防止“系统性、塌方式”腐败。")] == []  # how officials went wrong


@pytest.mark.parametrize("quote", ["“”", '""'])
def test_a_quoted_plus_formula_then_its_counted_name_gives_both(quote):
    o, c = quote
    found = [(s.canonical, s.count, s.components) for s in find_slogans(f"青禾县推行{o}政治+实绩+口碑{c}三位一体考核办法,干部心服口服。")]
    assert found == [("政治+实绩+口碑", None, ["政治", "实绩", "口碑"]), ("三位一体", [3, 1], ["政治", "实绩", "口碑"])]
    # a straight quote closing a list before its name (“甲、乙、丙”四道加法 written with straight quotes)
    found = [(s.canonical, s.components) for s in find_slogans(f"推行{o}选、育、管、用{c}四道加法。")]
    assert ("四道加法", ["选", "育", "管", "用"]) in found


def test_round_the_clock_formulas_are_national_with_no_items():
    for text in ("青禾镇的干部“五加二、白加黑”成了家常便饭。", "驻村干部还得五加二,白加黑,家里顾不上。"):
        found = [(s.canonical, s.count, s.local, s.components) for s in find_slogans(text)]
        assert found == [("五加二", [5, 2], False, []), ("白加黑", None, False, [])], text


def test_review_of_session_55_evenings_and_wells_are_no_figures_and_a_numbered_pair_no_items():
    # (晚 and 口人 as units were taken out: 每周一晚上, 大年三十晚上, 8口人饮水井 are days, evenings and wells)
    assert find_figures("每周一晚上集中学习,大年三十晚上照常值班。") == []
    assert [f.text for f in find_figures("村里新打了8口人饮水井。")] == []
    # a quoted 1+N beside the next quote is a formula of its own, not the other's items
    assert [(s.canonical, s.components) for s in find_slogans("该县推行“1+N”“三联三帮”工作机制。")] == [("1+N", []), ("三联三帮", [])]