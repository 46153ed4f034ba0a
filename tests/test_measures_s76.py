"""Session 76: narrow classes of sentences the measures layer kept that the guideline says are no measures
(a report's or a plan's announcement of itself, a regulation's reach, a list of criteria's lead,
a speaker's charge in his own sentence, a sentence of results only), each with the
look-alikes that stay measures.  Every sentence here is written for this file."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures, not_a_measure
from tests.test_extract import article


@pytest.mark.parametrize("kind,sentence", [
    ("preamble", "按照会议要求，现将我镇干部培训工作开展情况汇报如下："),
    ("preamble", "为扎实做好社区“两委”换届工作，结合本街道实际，特制定如下实施方案："),
    ("preamble", "为规范村干部报酬管理，根据有关规定，特制定本办法。"),
    ("scope", "第二条 本办法适用于全县各乡镇党委、政府及其所属事业单位。"),
    ("scope", "县属国有企业中层以上管理人员，参照本办法执行。"),
    ("scope", "本细则主要规范对不胜任现职干部的调整工作。"),
    ("conditions", "第五条 干部有下列情形之一的，可以予以容错："),
    ("conditions", "第三条 开展容错纠错工作，应当遵循以下原则："),
    ("conditions", "在本县连续工作满三年，符合下列条件的，可申请人才补贴："),
    ("charge", "会议强调，要认真落实全会精神，扎实做好换届各项工作。"),
    ("charge", "县委书记在会上强调，要严明纪律，确保换届风清气正。"),
    ("charge", "培训班开班式上，县委副书记强调，全体参训人员要珍惜机会、潜心学习。"),
    ("charge", "县委组织部部长要求广大年轻干部要到基层一线经受锻炼。"),
    ("charge", "会议指出，干部监督员要增强责任感，认真履行监督职责。"),
    ("result", "全镇村级组织的战斗力进一步增强，服务群众的水平明显提升，干部队伍活力不断激发。"),
])
def test_not_a_measure_classes_s76(kind, sentence):
    assert not_a_measure(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "《通知》强调，要把从严管理和关心爱护统一起来，建立容错纠错机制。",  # a document's directive
    "通知要求，各级党委（党组）要把激励干部担当作为摆上重要位置。",
    "会议要求，各乡镇要在月底前建立后备干部台账。",  # a meeting's directive to organs, not a charge to attendees
    "县委书记强调，年轻干部要到基层经受磨炼，县委组织部据此选派干部到村任职。",  # a charge an organ acts on
    "县委组织部采取以下措施：",  # a list of acts
    "县委出台《干部容错纠错办法》，明确了可以容错的八种情形。",
    "该县进一步加强干部日常管理，建立谈心谈话制度。",  # an act, its verb has an object
    "全县干部培训覆盖面进一步扩大，共培训村干部1200人次。",  # a result with the count of the act
    "本办法自印发之日起施行。",
])
def test_look_alikes_stay_measures_s76(sentence):
    assert not_a_measure(sentence) is None


def test_a_list_of_criteria_leaves_its_lead_not_the_acts_under_its_items(segmenter):
    text = ("某县干部容错纠错实施办法\n"
            "第四条 干部容错工作应当遵循以下原则：\n"
            "（一）支持担当、鼓励探索。坚持为敢于负责的干部撑腰鼓劲，每年对容错案例进行一次通报。\n"
            "第四条 县纪委监委对干部的容错申请进行核实，并在十个工作日内作出认定。\n")
    got = [m.text for m in find_measures(article(text))]
    assert not any("遵循以下原则" in g for g in got)
    assert any("每年对容错案例进行一次通报" in g for g in got) and any("十个工作日内作出认定" in g for g in got)


def test_a_list_of_acts_keeps_its_items(segmenter):
    text = ("某县关心关爱基层干部\n"
            "县委组织部采取以下措施：\n"
            "（一）建立干部谈心谈话制度，每年至少谈话一次；\n"
            "（二）为乡镇干部建设周转房120套。\n")
    got = [m.text for m in find_measures(article(text))]
    assert any("谈心谈话制度" in g for g in got) and any("周转房120套" in g for g in got)


@pytest.mark.parametrize("kind,sentence", [
    ("quote", "县人社局副局长告诉本刊记者。"),  # the attribution alone, the words in the next paragraph
    ("quote", "巡察组组长听完大家的发言后笑着说。"),
    ("pledge", "老周表示，将卸下顾虑，一心扑在村里的事上。"),
    ("pledge", "最后，驻村队长代表工作队表示，一定服从安排，认真完成各项任务。"),
    ("result", "通过本次擂台比武，进一步促进了各村之间的交流，找到了差距。"),
    ("result", "通过培训，学员们都觉得有了更加明确的努力方向。"),
    ("result", "这次活动使全镇干部受到了一次深刻的教育。"),
    ("result", "这一举措不仅让干部放下了包袱，也赢得了群众的信任。"),
])
def test_not_a_measure_classes_s76_second(kind, sentence):
    assert not_a_measure(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "县委组织部负责人表示，将为每个村配备一名后备干部。",  # an organ's plan
    "这位负责人表示，明年还将选派30名年轻干部到基层历练。",  # a plan with its figures
    "通过培训，共有120名村干部取得了职业技能证书。",  # the act's reach counted
    "通过开展谈心谈话，县委组织部掌握了干部的思想动态。",  # an organ's act
    "此次培训班注重让优秀村书记现场讲授经验。",  # how the training was run
    "今年以来，县纪委为5名干部澄清正名，他说。",  # not an attribution alone
])
def test_look_alikes_stay_measures_s76_second(sentence):
    assert not_a_measure(sentence) is None


@pytest.mark.parametrize("sentence", [
    "今年1至6月，全县召开县级会议18次，同比减少45%；",
    "退休返聘的村书记占12.5%，较换届前减少9.3%。",
    "援建项目从第一批120个逐步增加到第五批460个，增长了283%。",
])
def test_a_figure_told_against_an_earlier_time_is_a_statistic(sentence):
    assert not_a_measure(sentence) == "stat"


@pytest.mark.parametrize("sentence", [
    "县委要求各单位全年的会议和文件数量要同比压减10%以上；",  # a target
    "今年以来，全市招录选调生86名，其中硕士研究生占比达40%。",  # the statistic counts the act
])
def test_targets_and_counted_acts_stay_measures(sentence):
    assert not_a_measure(sentence) is None


@pytest.mark.parametrize("sentence", [
    "座谈会最后，镇党委书记对年轻干部的发言给予了充分肯定，并对今后的工作提出了殷切希望。",
    "县委副书记肯定了该乡的村级换届工作，认为换届组织有序、风清气正。",
    "县委组织部部长在充分肯定培训成效的同时，对全体学员提出三点要求。",
])
def test_a_leaders_praise_and_hopes_is_ritual(sentence):
    assert not_a_measure(sentence) == "ritual"


def test_an_award_counted_with_praise_stays_a_measure():
    assert not_a_measure("县委对12名表现突出的驻村干部给予了充分肯定和表彰，并要求各单位优先使用。") is None


@pytest.mark.parametrize("sentence", [
    "党的二十大报告提出，要加强干部队伍的源头建设。",
    "党的十九大报告也强调：“激励和约束并重。”",
    "去年的《政府工作报告》也提到“为实干者鼓劲”。",
])
def test_a_national_reports_words_are_background(sentence):
    assert not_a_measure(sentence) == "leader"


@pytest.mark.parametrize("sentence", [
    "为落实党的二十大报告提出的要求，该县建立了年轻干部储备库。",  # a region carrying them out
    "县委组织部按照政府工作报告提出的任务，选派30名干部到园区挂职。",
])
def test_carrying_out_a_national_report_stays_a_measure(sentence):
    assert not_a_measure(sentence) is None
