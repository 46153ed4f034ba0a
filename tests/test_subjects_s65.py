"""Figure-subject error classes of session 65 (study sets 212–217), one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text)).figures}


# -- a count of batches before a count of people whose magnitude comes before 余/多 (11批1.3万余名), or which a total
# or an estimate opens (2批共300名): the noun after the second count names what both count ----------------------

@pytest.mark.parametrize("text, fig, want", [
    ("三十年来,中央先后选派11批1.3万余名援藏干部人才进藏工作。", "11批", "援藏干部人才"),
    ("省里已选派两批共2300名驻村第一书记。", "两批", "驻村第一书记"),
    ("全省先后选派5批近800名科技特派员。", "5批", "科技特派员"),
])
def test_batches_before_a_count_with_its_magnitude(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


# -- an attribute that names some of those counted (包括…在内的): no part of what is counted; where they come from
# or live (来自…的, 家住…的) says which ones are counted and stays -------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("包括老周在内的15名驻村干部,一年到头没有休息。", "15名", "驻村干部"),
    ("包括两位镇长在内的9名干部,连夜赶到现场。", "9名", "干部"),
])
def test_who_is_included_is_no_part_of_what_is_counted(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


@pytest.mark.parametrize("text, fig, want", [
    ("来自全县各乡镇的36名村干部将接受为期一周的培训。", "36名", "来自全县各乡镇的村干部"),
    ("家住青禾村的42户低保户领到了取暖补贴。", "42户", "家住青禾村的低保户"),
    ("来自省直机关的20名干部,分赴各乡镇。", "20名", "来自省直机关的干部"),
    ("来自省直机关的20名干部参加了开班仪式。", "20名", "来自省直机关的干部"),
    ("来自贫困村的200名学生获得资助。", "200名", "来自贫困村的学生"),
    ("来自青禾县的3个村入选示范名单。", "3个", "来自青禾县的村"),
    ("来自基层一线的30名优秀干部走上领导岗位。", "30名", "来自基层一线的优秀干部"),
])
def test_where_they_come_from_or_live_says_which_are_counted(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


def test_including_opening_another_attribute_keeps_the_rest(segmenter):
    # 包括 opens the attribute of the first count but does not frame it: the rest of it still says which ones
    text = "包括在乡镇工作的12名选调生在内的60名年轻干部参加了考试。"
    assert subjects(text)["12名"] == "在乡镇工作的选调生"


# -- a count of people or bodies whose noun a predicate follows to the clause's end: what they did or had done to
# them names which ones are counted, said as the noun's attribute (被提拔到…的干部) -------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("青禾县今年已有12名干部被提拔到乡镇领导岗位,成效初显。", "12名", "被提拔到乡镇领导岗位的干部"),
    ("柳川市组织60名选调生参加岗前集中培训。", "60名", "参加岗前集中培训的选调生"),
    ("去年全市共有35家市直单位建立了容错免责清单。", "35家", "建立了容错免责清单的市直单位"),
    ("该区选派8名年轻干部在省级部门跟班学习,为期半年。", "8名", "在省级部门跟班学习的年轻干部"),
    ("全县40名村党组织书记纳入专业化管理。", "40名", "纳入专业化管理的村党组织书记"),
    # a list of places inside the predicate runs on to the clause's end
    ("柳川市推荐15名乡镇干部参加省、市两级中青班。", "15名", "参加省、市两级中青班的乡镇干部"),
])
def test_what_the_counted_do_names_them(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


@pytest.mark.parametrize("text, fig, want", [
    ("全县20名干部表示将扎根基层。", "20名", "干部"),  # what they say tells no one apart
    ("全市12个乡镇均为试点乡镇。", "12个", "乡镇"),  # a copula: a statement about all of them
    ("全县选派30名干部到村任职2年。", "30名", "干部"),  # another figure in the predicate
    ("青禾县4个步骤开展平时考核。", "4个", "步骤"),  # no people nor bodies
    ("新招录的45名选调生参加了培训。", "45名", "新招录的选调生"),  # an attribute before the figure already says which
    ("全省9000名第一书记下得去、待得住,受到好评。", "9000名", "下得去的第一书记"),  # a list of predicates: only the first
])
def test_what_the_counted_do_stays_out(text, fig, want, segmenter):
    assert subjects(text)[fig] == want
