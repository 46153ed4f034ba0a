"""Figure subjects, session 78: one test per class met on the dev half and eight blind batches, texts written
for the test.  Each text goes through the article extraction the pipeline runs."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text, None)).figures}


# -- the noun after a figure ends where its predicate opens, also when the segmenter glues the predicate's first
# character to the noun (村全|覆盖) or makes one word of an adverb and the verb after it (全面推行, 全部都是) --

@pytest.mark.parametrize("text, figure, want", [
    ("今年，市里从机关选派第一书记，实现1200个边境村全覆盖。", "1200个", "边境村"),
    ("从6月起，该区在18个镇街全面推行干部夜间值班。", "18个", "镇街"),
    ("省里拿出96个岗位，这96个岗位全部都是实职。", "96个", "岗位"),
    ("据了解，这7个科室主要是考评得分偏低。", "7个", "科室"),
    ("如今，全县150个村每村都有一名选调生。", "150个", "村"),
    ("张三等5位年轻干部第一次上门就吃了闭门羹。", "5位", "年轻干部"),
])
def test_noun_after_a_figure_ends_where_its_predicate_opens(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("县里为每个村配备2名安全员。", "2名", "安全员"),
    ("乡里建起3个安全生产网格。", "3个", "安全生产网格"),
])
def test_a_dictionary_word_holding_such_an_opening_stays_whole(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("其中45名学员的路费由工作队承担。", "45名", "学员"),
    ("县里审核了40名优秀村干部的报名材料。", "40名", "优秀村干部"),
    ("她负责5个动迁安置小区的治理工作。", "5个", "动迁安置小区"),
])
def test_a_noun_phrase_before_de_is_what_is_counted(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- an age before a long title chain closing in a person's name: the age is that person's; when the chain is
# longer than a subject holds, the name (and 年龄) is kept, not the chain's places cut off before the name --

@pytest.mark.parametrize("text, figure, want", [
    ("“这活不好干。”47岁的河南省安阳市滑县城关镇党委书记郑卫东说。", "47岁", "郑卫东年龄"),
    ("36岁的甘肃省定西市安定区香泉镇党委书记赵小龙已在基层工作多年。", "36岁", "赵小龙年龄"),
])
def test_an_age_before_a_long_title_names_the_person(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure, want", [
    ("58岁的青禾村党支部书记郑卫东笑着说。", "58岁", "青禾村党支部书记郑卫东年龄"),
    ("52岁的村党支部书记说起这件事。", "52岁", "村党支部书记年龄"),
])
def test_a_title_and_name_that_fit_stay_whole(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- a counted noun right after its measure word stays what is counted, whatever clause with 不 and 的 follows it
# (review78b finding 1: the thing after 的 had been named instead) --

@pytest.mark.parametrize("text, figure, want", [
    ("检查中发现7个社区不落实的情况。", "7个", "社区"),
    ("全县仍有4个乡镇不上报的问题。", "4个", "乡镇"),
])
def test_a_counted_noun_before_bu_and_de_stays_the_subject(text, figure, want, segmenter):
    assert subjects(text)[figure] == want
