"""Figure subject and time error classes of session 66 (second figures helper), one test per class, in our own
words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def subject_of(text: str, figure: str):
    return next(f.subject for f in figures(text) if f.text == figure)


# -- an ellipsis trailing off right after a figure (…500亩……”): what follows it is no noun the figure counts -----

@pytest.mark.parametrize("text, figure, want", [
    ("村支书笑着说:“今年村里新栽了果树300亩……”大家都鼓起掌来。", "300亩", "果树"),
    ("全县重点项目开工率均超85%……青禾县靠着这股劲头一路向前。", "超85%", "开工率"),
    ("村里人均收入由去年的6000元增加到8200元……”老方说。", "8200元", "人均收入"),
    ("这里有3个……不,是4个合作社。", "3个", None),
])
def test_an_ellipsis_after_a_figure_names_nothing(text, figure, want, segmenter):
    got = subject_of(text, figure)
    assert got is None or "…" not in got
    if want:
        assert want in got


def time_of(text: str, figure: str):
    return next(f.time for f in figures(text) if f.text == figure)


# -- a date of a founding or a birth as an attribute (1995年新成立的县，…现辖9个镇): it times no figure of the clauses
# after it; a figure of its own clause, or a period (今年以来新建立的…), keeps it -----

@pytest.mark.parametrize("text, figure, want", [
    ("青禾县是1995年撤地设市后新成立的县,全县面积2300平方公里,现辖9个镇,186个村。", "9个", None),
    ("青禾县是1995年撤地设市后新成立的县,全县面积2300平方公里,现辖9个镇,186个村。", "2300平方公里", None),
    ("1980年出生的方小禾,不到35岁就当上了柳川镇党委书记。", "不到35岁", None),
    ("该服务中心2020年成立,现有工作人员30名。", "30名", None),
    ("2019年新成立的3个乡镇全部配齐了班子。", "3个", "2019"),
    ("今年以来新建立的帮扶机制,共帮扶困难群众2000名。", "2000名", "今年以来"),
    ("2022年全县创建示范村15个,带动农户800户。", "800户", "2022"),
])
def test_a_founding_or_birth_date_times_only_its_own_clause(text, figure, want, segmenter):
    assert time_of(text, figure) == want


# -- a verb of change with the result it reaches (香菇栽培面积扩大到260亩, 考核指标压缩至30项): not part of what is counted --

@pytest.mark.parametrize("text, figure, want", [
    ("通过盘活闲置大棚,使香菇栽培面积扩大到260亩。", "260亩", "香菇栽培面积"),
    ("村集体经济收入提升到50万元以上。", "50万元以上", "村集体经济收入"),
    ("县里将乡镇考核指标压缩至30项。", "30项", "乡镇考核指标"),
    ("全镇贫困发生率下降到0.5%。", "0.5%", "全镇贫困发生率"),
    ("每村两委干部补贴人数调整为7人。", "7人", "两委干部补贴人数"),
])
def test_a_verb_of_change_before_its_result_is_no_part_of_the_subject(text, figure, want, segmenter):
    got = subject_of(text, figure)
    assert got.endswith(want)


# -- review: a founding's date still times what the new body did in the clauses after it (全年共发现…, 先后走访…,
# 总投资…); only a state described after it (现有, 现辖, 面积, 岁) or a birth's date loses it -----

@pytest.mark.parametrize("text, figure, want", [
    ("2021年新组建的巡察组,全年共发现问题120个。", "120个", "2021"),
    ("去年新成立的工作专班,先后走访企业200家,解决难题56个。", "200家", "去年"),
    ("去年新成立的工作专班,先后走访企业200家,解决难题56个。", "56个", "去年"),
    ("2023年新成立的党组织120个,覆盖党员3000名。", "3000名", "2023"),
    ("该党群服务中心2023年建成,总投资500万元。", "500万元", "2023"),
    ("今年新成立的合作社,共带动农户800户,户均增收3000元。", "800户", "今年"),
    ("2019年組建的巡察隊,當年完成巡察村居45個。", "45个", "2019"),
    ("2018年设立的容错纠错委员会,当年为12名干部澄清正名。", "12名", "2018"),
    ("2021年创办的青年干部夜校,当年开班8期,培训学员600人次。", "600人次", "2021"),
    # a state after the founding, or anything after a birth: still none
    ("2023年新成立的合作社,现有社员50人。", "50人", None),
    ("1985年出生,现任青禾县委组织部部长,从事组织工作20年。", "20年", None),
])
def test_a_founding_date_still_times_what_was_done_after_it(text, figure, want, segmenter):
    assert time_of(text, figure) == want


# -- review: a pause (……) between a figure and the noun that closes its sentence (选派了100名……驻村干部。”): that noun
# is what it counts; a trailing-off ellipsis before more words still names nothing -----

@pytest.mark.parametrize("text, figure, want", [
    ("他回忆说:“那年我们一共选派了100名……驻村干部。”", "100名", "驻村干部"),
    ("方书记想了想说:“全镇有12个……软弱涣散村。”", "12个", "软弱涣散村"),
    ("老支书说:“当年全村只有三名……党员!”", "三名", "党员"),
])
def test_a_pause_before_the_noun_closing_the_sentence_names_it(text, figure, want, segmenter):
    got = subject_of(text, figure)
    assert got is not None and want in got and "…" not in got
