"""Figure and figure-time error classes of session 65 (study sets 212–217), one test per class, in our
own words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def times(text: str):
    return {f.text: f.time for f in figures(text)}


# -- a count of kinds, levels or aspects closing the list it counts sums the list up: no time -------------

@pytest.mark.parametrize("text, fig", [
    ("2019年,青禾县围绕干部选拔、日常监督和关心关爱3个方面,确定了12项改革任务。", "3个方面"),
    ("近年来,柳川市建成市县乡三级人才服务站46个。", "三级"),
    ("2021年,青禾县、柳川市两级组织部门联合开展调研。", "两级"),
    ("去年,柳川县把乡镇划成“以工业为主,以农业为主”的两种考核模式。", "两种"),
    ("今年以来,青禾县按照优秀、称职、基本称职等三类确定考核结果。", "三类"),
])
def test_a_count_of_kinds_after_their_list_has_no_time(text, fig, segmenter):
    assert times(text)[fig] is None


@pytest.mark.parametrize("text, fig, want", [
    ("2019年,青禾县围绕干部选拔、日常监督和关心关爱3个方面,确定了12项改革任务。", "12项", "2019"),
    ("近年来,柳川市建成市县乡三级人才服务站46个。", "46个", "近年来"),
    ("2022年,柳川市新增三类岗位。", "三类", "2022"),
    # kinds made or done in the period, with no classification verb before their list, keep the date
    ("2021年,柳川县共开办政策理论、法律法规、乡村治理等专题讲座15类。", "15类", "2021"),
    ("今年,青禾县委组织部为村、社区干部印发工作手册6种。", "6种", "今年"),
    ("2020年,青禾镇壮大了种植、养殖、加工等9种产业。", "9种", "2020"),
    ("2019年,全县共扶持香菇、木耳和茶叶3种特色产业。", "3种", "2019"),
])
def test_other_figures_and_kinds_not_after_a_list_keep_the_date(text, fig, want, segmenter):
    assert times(text)[fig] == want


# -- the year in the name of a meeting held (召开2020年度…会, 举行“…”2021年…大会) does not time those attending --

@pytest.mark.parametrize("text, fig", [
    ("5月6日上午,青禾镇召开“驻村干部”2022年度工作述职会议,该镇11名驻村干部参加。", "11名"),
    ("柳川市召开2021年度村级组织换届工作部署会,全市14名乡镇党委书记列席。", "14名"),
    ("青禾县举行2023年度新任职干部集体谈话会,23名干部参加。", "23名"),
])
def test_the_year_of_a_meeting_held_is_no_time(text, fig, segmenter):
    assert times(text)[fig] is None


@pytest.mark.parametrize("text, fig, want", [
    ("2022年,柳川市召开2021年度总结会议,12名先进个人代表参加。", "12名", "2022"),
    # figures other than those attending mostly report the year the meeting names
    ("青禾市召开2022年度干部实绩考核大会,全市共评出考核优秀干部280名。", "280名", "2022"),
    ("柳川县召开2021年度容错纠错工作推进会,通报全年共为46名干部澄清正名。", "46名", "2021"),
    ("青禾县召开2022年度组织工作会议,会议总结了全年发展党员900名等成绩。", "900名", "2022"),
    ("柳川县举办2023年人才发展论坛,现场签约引进硕士研究生18名。", "18名", "2023"),
    ("青禾县召开会议部署2024年工作,全年计划选调干部60名。", "60名", "2024"),
    ("2023年,柳川市共召开座谈会12场。", "12场", "2023"),
])
def test_other_dates_around_a_meeting_stay(text, fig, want, segmenter):
    assert times(text)[fig] == want


# -- the date a process started (…工作2月启动，经…，最终/最后…) does not time its result -----------------------

@pytest.mark.parametrize("text, fig, want", [
    ("今年4月评选工作正式启动,经层层推荐、实地考察,最终从3000余名人选中确定了60名表彰对象。", "60名", None),
    ("今年4月评选工作正式启动,经层层推荐、实地考察,最终从3000余名人选中确定了60名表彰对象。", "3000余名", None),
    ("今年青禾省选调生招录5月份启动,经笔试、面试等环节,最后确定录用260人,其中男生110人。", "260人", "今年"),
    ("今年青禾省选调生招录5月份启动,经笔试、面试等环节,最后确定录用260人,其中男生110人。", "110人", "今年"),
])
def test_the_start_of_a_process_does_not_time_its_result(text, fig, want, segmenter):
    assert times(text)[fig] == want


@pytest.mark.parametrize("text, fig, want", [
    ("2023年,青禾县启动好干部评选,最终评出20名好干部。", "20名", "2023"),
    ("2023年3月,柳川市启动人才引进工作,共引进人才80名。", "80名", "2023-03"),
    ("从2021年开始,青禾县推行积分管理,最终评出优秀干部30名。", "30名", "2021"),
    # a bare year when the process started is the year of its result
    ("2022年柳川市公开遴选工作启动,经报名、笔试、面试,最后遴选公务员45人。", "45人", "2022"),
    ("今年青禾县优秀村干部评选启动,经推荐、考察,最终评出80名。", "80名", "今年"),
])
def test_a_date_opening_the_sentence_still_times_the_result(text, fig, want, segmenter):
    assert times(text)[fig] == want


# -- a date opening its sentence (or after 据介绍，) times the parts the sentence sets apart by ； ------------

@pytest.mark.parametrize("text, fig, want", [
    ("据介绍,目前全市乡镇党委书记中具有基层经历的占61.5%;县级班子成员中具有乡镇经历的占72.3%。", "72.3%", "目前"),
    ("2023年,青禾县新录用选调生120人,其中男生50人;研究生学历46人;应届毕业生98人。", "46人", "2023"),
    ("2023年,青禾县新录用选调生120人,其中男生50人;研究生学历46人;应届毕业生98人。", "98人", "2023"),
])
def test_a_date_opening_the_sentence_times_its_parts_after_a_semicolon(text, fig, want, segmenter):
    assert times(text)[fig] == want


@pytest.mark.parametrize("text, fig", [
    ("一是2022年出台激励办法;二是培训村干部300名。", "300名"),
    ("青禾县2022年提拔干部50名;交流干部30名。", "30名"),
    ("2022年,青禾县提拔干部50名。交流干部30名。", "30名"),
    # a part opening a new point of an enumeration, or an earlier period, is not the opening date's
    ("一是抓学习。2022年,全县轮训党员2000人次;二是抓监督,开展专项检查15次;三是抓激励,表彰优秀党员80名。", "15次"),
    ("一是抓学习。2022年,全县轮训党员2000人次;二是抓监督,开展专项检查15次;三是抓激励,表彰优秀党员80名。", "80名"),
    ("据统计,2021年柳川市招录选调生40名;二是完善管理制度,出台考核办法5项。", "5项"),
    ("2022年,青禾县选派驻村干部90名;此前已累计选派600名。", "600名"),
])
def test_a_date_inside_a_part_or_an_earlier_sentence_does_not_reach_past_it(text, fig, segmenter):
    assert times(text)[fig] is None


# -- a quota for each place, unit or member (每村1名、1名…, 每名干部至少一项) is no amount of the period ------

@pytest.mark.parametrize("text, fig", [
    ("2022年以来,青禾区公开招考专干120人,实现每村1名大学生、1名35岁以下妇联主席。", "1名"),
    ("2022年以来,青禾区公开招考专干120人,实现每村1名大学生、1名35岁以下妇联主席。", "35岁以下"),
    ("年初,柳川镇要求每名党员至少领办一项民生实事。", "一项"),
    ("到目前,全县96个村每村配有一名大学生协理员。", "一名"),
    ("2021年,青禾县共组建驻村工作队210支,每村3名队员。", "3名"),
])
def test_a_quota_for_each_has_no_time(text, fig, segmenter):
    assert times(text)[fig] is None


@pytest.mark.parametrize("text, fig, want", [
    ("2022年以来,青禾区公开招考专干120人,实现每村1名大学生、1名35岁以下妇联主席。", "120人", "2022"),
    ("2020年,书记报酬为每人每年63000元。", "63000元", "2020"),
    ("2023年,青禾县每月开展集中学习2次。", "2次", "2023"),
    # per household or firm, per a number, money, an average, a growth or a total: an amount of the period
    ("2022年,全县脱贫户每户增收2500元。", "2500元", "2022"),
    ("2021年,全县每100名党员中有青年党员28名。", "28名", "2021"),
    ("今年,柳川镇每名村干部平均增收1800元。", "1800元", "今年"),
    ("2022年,青禾县村级集体经济稳步增长,每村平均收入达到18万元。", "18万元", "2022"),
    ("2021年,全县每个乡镇新增编制4名。", "4名", "2021"),
    ("今年以来,全县每家企业平均吸纳就业9人。", "9人", "今年以来"),
    ("2022年,全县实现每村1名大学生、全县共计280名大学生村官。", "280名", "2022"),
])
def test_rates_over_time_and_other_figures_keep_the_date(text, fig, want, segmenter):
    assert times(text)[fig] == want
