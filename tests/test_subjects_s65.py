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
    ("多年来,国家先后派出11批1.3万余名援藏专业人才进藏工作。", "11批", "援藏专业人才"),
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
    ("全县40名村党组织书记实行专职化管理。", "40名", "实行专职化管理的村党组织书记"),
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
    ("全省9000名第一书记沉得下、留得住,受到好评。", "9000名", "沉得下的第一书记"),  # a list of predicates: only the first
])
def test_what_the_counted_do_stays_out(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


# -- the predicate after a count that a preposition or a verb of giving governs (对, 向, 为, 给予, 从, 由 …) is someone
# else's doing to the counted, or the whole they make up: the noun stays bare ---------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("县委组织部对12名干部进行了提醒谈话。", "12名", "干部"),
    ("市委巡察组对8个市直单位开展了专项巡察。", "8个", "市直单位"),
    ("镇党委向20名困难党员发放了慰问金。", "20名", "困难党员"),
    ("县委为30名优秀村干部颁发了荣誉证书。", "30名", "优秀村干部"),
    ("县里为全县200名村干部购买了意外保险。", "200名", "村干部"),  # a scope between the preposition and the count
    ("巡察组向12家单位反馈了巡察意见。", "12家", "单位"),
    ("县委从5个乡镇抽调干部组建工作队。", "5个", "乡镇"),
    ("县委给予3名干部诫勉处理。", "3名", "干部"),
    ("对3名干部予以容错免责。", "3名", "干部"),
    ("工作专班由5名干部组成。", "5名", "干部"),
    ("评审组由7名专家组成。", "7名", "专家"),
    ("青禾县纪委去年对4名村干部进行了容错纠错。", "4名", "村干部"),
])
def test_a_governed_count_takes_no_predicate(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


@pytest.mark.parametrize("text, fig, want", [
    # 与: the counted share what is done; 在: it is done in them; 将: they undergo it
    ("青禾县与15家企业签订了用工协议。", "15家", "签订了用工协议的企业"),
    ("柳川市在6个乡镇推行积分管理。", "6个", "推行积分管理的乡镇"),
    ("县委将10名干部派到乡镇任职。", "10名", "派到乡镇任职的干部"),
])
def test_a_shared_or_undergone_predicate_still_names_them(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


# -- a predicate that is only an adverbial before the clause goes on (结合…, 围绕…, 在…后) says how or when, not what
# the counted did; adverbs saying that all or each do it (均, 都, 分别) are no part of the deed -----------------------

@pytest.mark.parametrize("text, fig, want", [
    ("50名干部结合自身工作实际，畅谈学习体会。", "50名", "干部"),
    ("20名干部围绕乡村振兴主题，分组开展讨论。", "20名", "干部"),
    ("12名干部在接受培训后，回到各自岗位。", "12名", "干部"),
    ("10名干部在此次调整中，走上了新岗位。", "10名", "干部"),
    ("60名干部带着问题下基层、进农户。", "60名", "干部"),
    ("18名选调生按照组织安排，奔赴各个村。", "18名", "选调生"),
])
def test_an_adverbial_is_no_deed(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


@pytest.mark.parametrize("text, fig, want", [
    ("30名选调生均来自重点高校。", "30名", "来自重点高校的选调生"),
    ("今年有25名村干部都参加了学历提升。", "25名", "参加了学历提升的村干部"),
    ("6名青年干部分别到乡镇挂职。", "6名", "到乡镇挂职的青年干部"),
    # a predicate of origin after the noun agrees with the same origin said before the count
    ("10名干部来自机关。", "10名", "来自机关的干部"),
    ("来自机关的10名干部。", "10名", "来自机关的干部"),
])
def test_adverbs_of_all_or_each_stay_out_of_the_deed(text, fig, want, segmenter):
    assert subjects(text)[fig] == want


# -- counts of people or bodies joined before one predicate (甲和乙提交了…): it is the deed of each of them ------------

@pytest.mark.parametrize("text, fig, want", [
    ("8个乡镇和12个部门提交了整改报告。", "8个", "提交了整改报告的乡镇"),
    ("8个乡镇和12个部门提交了整改报告。", "12个", "提交了整改报告的部门"),
    ("青禾县有40名教师、25名医生到乡村服务。", "40名", "到乡村服务的教师"),
    ("青禾县有40名教师、25名医生到乡村服务。", "25名", "到乡村服务的医生"),
])
def test_joined_counts_share_the_predicate(text, fig, want, segmenter):
    assert subjects(text)[fig] == want
