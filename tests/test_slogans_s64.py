"""Slogan error classes of session 64 (study sets 212–215), one test per class, in our own words.  Each text
goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def extracted(text: str):
    return extract_article(article(text))


# -- short items quoted one by one, side by side and of one length, named right after the run as one model,
# mechanism or method of work (“甲乙引才”“丙丁引才”模式), are one slogan whose items are its components (and no
# quoted terms) ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, canonical, items", [
    ("青禾县推行“项目聚才”“平台育才”“服务留才”模式,一年引进人才200人。", "项目聚才、平台育才、服务留才",
     ["项目聚才", "平台育才", "服务留才"]),
    ("柳川市建立“分层”“分类”谈心机制,书记带头谈。", "分层、分类", ["分层", "分类"]),
    ("该镇总结出“晨会派单”、“午间督办”、“晚间复盘”工作法。", "晨会派单、午间督办、晚间复盘",
     ["晨会派单", "午间督办", "晚间复盘"]),
])
def test_a_run_of_quoted_items_named_as_a_method_is_one_slogan(text, canonical, items, segmenter):
    x = extracted(text)
    assert [(s.canonical, s.components, s.local) for s in x.slogans] == [(canonical, items, True)]
    assert x.quoted_terms == []


@pytest.mark.parametrize("text", [
    "县里学习“枫林经验”“石桥做法”等模式,提升治理水平。",  # examples of models, listed with 等
    "发挥“头雁”“领头羊”作用,带动群众增收。",  # no model or mechanism named
    "推行“揭榜挂帅”“赛马”机制,激发干劲。",  # items of other lengths
    "把“为公”与“为私”区分开来的机制逐步完善。",  # a pair joined by 与
])
def test_quoted_items_not_named_as_one_method_stay_terms(text, segmenter):
    assert extracted(text).slogans == []


@pytest.mark.parametrize("text, terms", [
    ("石桥镇把“庸作为”“懒作为”纳入督查机制,每月通报。", ["庸作为", "懒作为"]),  # 把 before: the run is put in
    ("该区将“实绩”“口碑”纳入评价机制。", ["实绩", "口碑"]),  # 将 before, 纳入 between
    ("枫林县坚持“德行”“才干”作为选用机制的依据。", ["德行", "才干"]),  # 作为 between: what counts in it
    ("该县“品行”“实绩”列入考评机制。", ["品行", "实绩"]),  # 列入 between
    ("石桥镇对“先进”“合格”党员激励机制作出调整。", ["先进", "合格"]),  # 对 before: the mechanism's subject
    ("该镇健全“优秀”“良好”人员奖励机制。", ["优秀", "良好"]),  # the words name people rated so
])
def test_quoted_items_put_into_a_mechanism_stay_terms(text, terms, segmenter):
    x = extracted(text)
    assert x.slogans == []
    assert x.quoted_terms == terms


# -- a counted formula whose items follow, each opened by its ordinal and the word the formula counts
# (两个结合：第一个结合是甲…，第二个结合是乙…): the items are its components, each to the end of its clause -----------

def test_items_opened_by_ordinal_and_the_counted_word_are_components(segmenter):
    text = ("柳川镇第一书记说,今年抓好两个结合:第一个结合是党建与产业相结合,建成果园一座;"
            "第二个结合是驻村与帮扶相结合,修通道路三公里。")
    (s,) = [s for s in extracted(text).slogans if s.canonical == "两个结合"]
    assert s.components == ["党建与产业相结合", "驻村与帮扶相结合"]


@pytest.mark.parametrize("text, canonical, items", [
    # an item opening with a quoted name: the name, cut at its closing quote
    ("柳川县推进“两个行动”,第一个行动就是“万人植树”行动,第二个行动就是“千户清洁”行动。", "两个行动",
     ["万人植树", "千户清洁"]),
    # quotes inside an item: the item without them
    ("镇里抓好两个结合:第一个结合是“党建”与“产业”相结合;第二个结合是驻村与帮扶相结合。", "两个结合",
     ["党建与产业相结合", "驻村与帮扶相结合"]),
])
def test_ordinal_items_keep_no_stray_quote(text, canonical, items, segmenter):
    (s,) = [s for s in extracted(text).slogans if s.canonical == canonical]
    assert s.components == items


def test_ordinals_of_another_word_are_no_items(segmenter):
    text = "镇里抓好两个结合。第一个项目是果园,第二个项目是道路。"
    (s,) = [s for s in extracted(text).slogans if s.canonical == "两个结合"]
    assert s.components == []


# -- a list right before a counted formula stays its items when words of 化 follow the formula (甲、乙、丙“三项机制”
# 制度化、常态化): they say what becomes of it, the formula is no item of a list going on ----------------------

@pytest.mark.parametrize("text, canonical, items", [
    ("青禾县推动谈心、走访、督导“三步工作法”制度化、常态化。", "三步工作法", ["谈心", "走访", "督导"]),
    ("柳川镇把学习、实践、考核“三结合”规范化、长效化。", "三结合", ["学习", "实践", "考核"]),
])
def test_a_list_before_a_formula_made_regular_is_its_items(text, canonical, items, segmenter):
    (s,) = [s for s in extracted(text).slogans if s.canonical == canonical]
    assert s.components == items


def test_a_formula_inside_a_list_going_on_has_no_items_from_it(segmenter):
    text = "抓好村务公开、农村集体“三资”管理、村级财务审计等工作。"
    (s,) = [s for s in extracted(text).slogans if s.canonical == "三资"]
    assert s.components == []


# -- a formula of several numerals, each counting parts of one kind (一厅三室: a hall and three rooms), explained
# by its parts and then a clause of the sentence going on: the numerals' sum is how many parts it has --------------

def test_parts_counted_by_the_numerals_end_where_the_sum_does(segmenter):
    text = ("柳川镇便民中心按“一厅三室”布局,即办事大厅,调解室、档案室、阅览室,每天可接待群众300余人次。")
    (s,) = [s for s in extracted(text).slogans if s.canonical == "一厅三室"]
    assert s.components == ["办事大厅", "调解室", "档案室", "阅览室"]


@pytest.mark.parametrize("text, canonical, items", [
    # parts past the sum that still end with a counted kind (室, 治) and hold no numeral are parts listed, kept
    ("石桥村建成“一厅两室”，即便民大厅、议事室、书屋、老年活动室。", "一厅两室",
     ["便民大厅", "议事室", "书屋", "老年活动室"]),
    ("该镇推行“一核三治”，即党建引领、自治、法治、德治、智治。", "一核三治",
     ["党建引领", "自治", "法治", "德治", "智治"]),
])
def test_parts_past_the_sum_of_a_counted_kind_are_kept(text, canonical, items, segmenter):
    (s,) = [s for s in extracted(text).slogans if s.canonical == canonical]
    assert s.components == items


# -- a plan named by its years and the words of what it does (五年脱产培训计划, 三年补充计划) is a slogan like
# 三年行动计划; a year counted or a period (第三年, 近三年, 三年内) is none ----------------------------------------

@pytest.mark.parametrize("text, canonical, count", [
    ("青禾市出台社区干部五年轮训提升计划,由党校承办。", "五年轮训提升计划", 5),
    ("柳川县针对教师短缺制定三年补充计划。", "三年补充计划", 3),
])
def test_a_plan_named_by_its_years_and_words_is_a_slogan(text, canonical, count, segmenter):
    x = extracted(text)
    assert [(s.canonical, s.count, s.local) for s in x.slogans] == [(canonical, count, True)]
    assert x.figures == []


@pytest.mark.parametrize("text", [
    "近三年培训计划完成良好。",
    "第三年工作计划已经制定。",
    "该县三年内计划培训干部。",
])
def test_years_counted_before_a_plan_are_no_slogan(text, segmenter):
    assert extracted(text).slogans == []


@pytest.mark.parametrize("text", [
    "石桥局连续两年超额完成计划,受到表彰。",  # the years it took (连续; 超额完成)
    "全镇历时三年编制修订计划。",  # 历时: time spent
    "该县用两年推进轮训计划。",  # 用: time spent
    "该局三年制定培训计划。",  # drawn up, not named
    "该局五年开展轮训计划。",  # carried out, not named
    "石桥县对任职满八年干部轮岗计划进行优化。",  # 满: years served
    "该县任职五年干部轮岗计划已启动。",  # 任职 … 干部: the cadres' years in office
    "二〇一九年干部轮训计划按期收官。",  # the year of a date
    "二零二二年人员培训计划顺利完成。",
])
def test_years_spent_served_or_dated_before_a_plan_are_no_slogan(text, segmenter):
    assert extracted(text).slogans == []


def test_years_a_plan_took_stay_a_figure(segmenter):
    assert [f.text for f in extracted("石桥局连续两年超额完成计划,受到表彰。").figures] == ["两年"]


# -- a quoted name whose numerals are an amount counted in 亿 (“五千亿俱乐部”: cities of that output) is a quoted
# term, no numbered formula ----------------------------------------------------------------------------------

def test_an_amount_counted_in_yi_is_no_formula(segmenter):
    x = extracted("青禾市今年迈入“五千亿俱乐部”,同时推进“百千万工程”。")
    assert [s.canonical for s in x.slogans] == ["百千万工程"]
    assert x.quoted_terms == ["五千亿俱乐部"]


# -- national formulas of party-spirit education missing from the lexicon (两弹一星): national, counted [2, 1] ----

def test_a_national_spirit_formula_is_national(segmenter):
    x = extracted("学员走进“两弹一星”纪念馆,接受党性教育。")
    assert [(s.canonical, s.count, s.local) for s in x.slogans] == [("两弹一星", [2, 1], False)]
    assert x.quoted_terms == []


# -- a counted formula whose items follow as quoted words each explained by 即/是指 (or opening the next clause after a
# semicolon): “三位一体”……建立“甲评”，即…；“乙评”，即…；“丙评”，… — its components, no quoted terms --------

def test_quoted_words_explained_one_by_one_after_the_formula_are_its_items(segmenter):
    text = ("柳川县构建“三位一体”考评机制。建立了“组织评”,即组织部门评价干部实绩;“同事评”,即同级干部相互评价;"
            "“群众评”,由服务对象打分。")
    x = extracted(text)
    (s,) = [s for s in x.slogans if s.canonical == "三位一体"]
    assert s.components == ["组织评", "同事评", "群众评"]
    assert x.quoted_terms == []


@pytest.mark.parametrize("text, canonical, terms", [
    # four explained after a formula of three: some other list, none its items
    ("柳川县推行“三维考评”。“能升”即实绩突出者优先提拔；“能降”即不胜任者及时调整；“能转”即跨部门交流任职；"
     "“能退”即到龄干部有序退出。", "三维考评", ["能升", "能降", "能转", "能退"]),
    ("青禾县落实“两个到位”。“责任到位”即书记抓总；“人员到位”即专人专岗；“经费到位”即列入预算。", "两个到位",
     ["责任到位", "人员到位", "经费到位"]),
])
def test_more_explained_quotes_than_the_formula_counts_are_no_items(text, canonical, terms, segmenter):
    x = extracted(text)
    (s,) = [s for s in x.slogans if s.canonical == canonical]
    assert s.components == []
    assert x.quoted_terms == terms


def test_only_the_last_item_may_go_unexplained(segmenter):
    text = "青禾县推行“三位一体”考评。“上评”即领导打分；“下评”,群众打分；“自评”,干部自我总结。"
    (s,) = [s for s in extracted(text).slogans if s.canonical == "三位一体"]
    assert s.components == []


def test_one_explained_quote_is_no_list(segmenter):
    x = extracted("推行“三位一体”机制,“阳光”是指公开透明,其他工作照常。")
    (s,) = [s for s in x.slogans if s.canonical == "三位一体"]
    assert s.components == []


# -- a formula counting its last word (双维课堂: two 课堂), then exactly that many quoted words of its paragraph that
# end with that word (“交流课堂”, “讨论课堂”): its components, no quoted terms -----------------------------------

def test_quoted_words_ending_with_the_counted_word_are_its_items(segmenter):
    text = ("青禾县创新打造“三维课堂”,让学员学以致用。做实“理论课堂”,请专家讲授政策。做活“现场课堂”,"
            "到项目一线教学。办好“网络课堂”,随时在线学习。")
    x = extracted(text)
    (s,) = [s for s in x.slogans if s.canonical == "三维课堂"]
    assert s.components == ["理论课堂", "现场课堂", "网络课堂"]
    assert x.quoted_terms == []


def test_more_quoted_words_of_that_ending_than_it_counts_are_no_items(segmenter):
    text = "县里打造“双维课堂”。做实“理论课堂”,做活“现场课堂”,开设“网络课堂”。"
    (s,) = [s for s in extracted(text).slogans if s.canonical == "双维课堂"]
    assert s.components == []


@pytest.mark.parametrize("text, canonical, terms", [
    # a formula of the lexicon: its own fixed items, none read from the quotes after it
    ("石桥镇推进“两新组织”党建,实现“党组织”和“群团组织”全覆盖。", "两新", ["党组织", "群团组织"]),
    # words before the counted word longer than the formula's (省级孵化 for 双创): titles won, no items
    ("柳川县建成“双创中心”,先后获评“省级孵化中心”“市级服务中心”。", "双创中心", ["省级孵化中心", "市级服务中心"]),
    # quotes right after 被评为/称为 (and those side by side with them): titles or names given, no items
    ("柳川县建成“双创中心”,先后被评为“优秀中心”、“示范中心”。", "双创中心", ["优秀中心", "示范中心"]),
    ("青禾县推行“三色管理”,干部称之为“阳光管理”,群众称为“透明管理”,媒体称之为“暖心管理”。", "三色管理",
     ["阳光管理", "透明管理", "暖心管理"]),
])
def test_quoted_titles_and_names_ending_with_the_counted_word_are_no_items(text, canonical, terms, segmenter):
    x = extracted(text)
    (s,) = [s for s in x.slogans if s.canonical == canonical]
    assert s.components == []
    assert x.quoted_terms == terms
