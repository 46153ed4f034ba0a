"""Measures, session 63: classes of clauses the measures layer missed or took wrongly on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"
_BODY = "全镇23个村的党组织每季度开展一次专题培训，建立培训档案。\n"


def _found(text: str) -> list[str]:
    """The measures' texts of the article ``text``."""
    return [m.text for m in find_measures(article(text))]


@pytest.mark.parametrize("lead", [
    "青禾县培育村干部不仅靠课堂讲授，还组织他们到外地考察学习。",   # a region, then a task verb
    "柳川镇强化年轻干部历练，选派他们到信访一线跟班学习。",
])
def test_a_lead_whose_region_subject_is_followed_by_a_task_verb_is_a_measure(segmenter, lead):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}{_BODY}"
    assert lead in _found(text)


def test_picking_units_for_a_check_is_a_measure(segmenter):
    # 选取 is the only verb of the sentence: an organ picks teams or villages to look at or to try.
    sentence = "每半年随机选取部分乡镇领导班子，采取座谈、实地察看等方式了解其履职情况。"
    text = f"青禾县加强干部考核\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("quote", [
    "“村干部天天和群众打交道，是推动发展最靠得住的力量。",        # someone's words, running on
    "“只有把年轻干部选派到基层一线，他们才能在实践中真正成长起来。",
    "”柳川镇党委书记王明说，培养干部最要紧的是给平台。",               # the speaker goes on speaking
    "”县委组织部干部科负责人介绍道。",
])
def test_a_quotation_or_its_speaker_is_no_measure(segmenter, quote):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{quote}\n"
    assert quote.lstrip("”") not in _found(text)  # (a measure leaves the ” to the sentence it closes)


@pytest.mark.parametrize("sentence", [
    "“三个区分开来”写入全县干部考核办法，推动容错纠错落地。",           # a quoted term, closed at once
    "“在年初的布置会上，我们组织各村列出重点工作，每名村干部认领一项任务。",  # his organ's own act
    "”县委组织部负责人介绍，今年全县选派120名干部驻村。",              # a reported action
    "”县委组织部负责人表示，今年全县已选派120名干部驻村。",
    "“这几年，镇党委坚持把年轻干部选派到信访一线，成长快多了。",          # an organ named: its act told
])
def test_a_quoted_term_or_a_reported_act_stays_a_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence.lstrip("”") in _found(text)


@pytest.mark.parametrize("verdict", [
    "这是青禾县第三次面向全国公开选调优秀干部。",                       # 这是… on the sentence before
    "如今，这也是全县落实基层建设年部署的具体行动。",
    "这是青禾县第三次面向全国公开选调优秀干部，也是全市首次。",         # a second verdict after it
    "选派机关干部到村任职，是全县多年坚持的一项重要工作。",               # an act as a topic, then its worth
    "在当前发展形势下，探索建立容错纠错机制，是激发干部活力的迫切需要。",
    "选调优秀毕业生到乡镇锻炼，是培养年轻干部的“源头工程”。",
])
def test_a_verdict_on_an_act_is_no_measure(segmenter, verdict):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{verdict}\n"
    assert verdict not in _found(text)


@pytest.mark.parametrize("sentence", [
    "该县出台《容错纠错实施办法》，是激励干部担当作为的重要举措。",       # the doer named
    "全县组织了120名干部下沉一线，是历年来规模最大的一次。",              # told as done
])
def test_an_act_with_its_doer_before_a_verdict_stays_a_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("scene", [
    "走进柳川镇石门村，新建的党群服务中心前立着村干部承诺公开栏。",
    "国庆假期，记者来到青禾县，走访了5个村庄，听村民讲述驻村干部的故事。",
    "初冬时节，记者走进群山环抱的柳川镇，探访村干部的一天。",
])
def test_a_features_opening_scene_is_no_measure(segmenter, scene):
    text = f"青禾县加强村干部队伍建设\n{scene}\n{_OPENING}"
    assert scene not in _found(text)


def test_an_organ_walking_in_stays_a_measure(segmenter):
    sentence = "今年以来，县委组织部走进全县23个乡镇，开展年轻干部专题调研。"
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("callout", [
    "公示期间，如对公示对象有异议，可向县委组织部干部监督科反映。",
    "如果您发现候选人有违反评选条件的行为，请向评选活动办公室举报。",
])
def test_a_notices_call_to_the_public_is_no_measure(segmenter, callout):
    text = f"青禾县拟提拔干部任前公示\n{_OPENING}{callout}\n"
    assert callout not in _found(text)


def test_an_organ_acting_on_objections_stays_a_measure(segmenter):
    sentence = "对群众反映的问题，县委组织部逐一核实并暂缓任用2名干部。"
    text = f"青禾县拟提拔干部任前公示\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("lead", [
    "村党委扛牢第一责任，建立包户联系台账。",        # an organ, not a region named
    "各级党委压紧责任，开展结对帮扶。",
    "社区强化楼栋联系，组织在职党员报到。",          # a general word for places
    "园区激活服务引擎，选派专员驻企帮办。",
    "市县强化协同，建立干部双向交流机制。",
    "县乡培育储备人才，实施“领雁”计划。",
    "城市提升服务效能，推行“接诉即办”。",
    "城乡社区强化楼栋联系，组织在职党员报到。",
])
def test_a_task_verb_after_an_organ_or_a_general_place_word_stays_a_heading(segmenter, lead):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}{_BODY}"
    assert lead not in _found(text)


def test_a_task_verb_after_this_county_is_a_measure(segmenter):
    lead = "该县强化年轻干部历练，选派他们到信访一线跟班学习。"
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}{_BODY}"
    assert lead in _found(text)


@pytest.mark.parametrize("sentence", [
    "她选取了村里最偏远的三个组，一守就是八年。",      # a person's choice in a story
    "这部纪录片选取了四位驻村书记的日常。",            # a report's choice of material
    "选取先进典型要注重群众认可。",                    # a maxim
    "选取干部，首先要看担当实绩。",
])
def test_bare_picking_is_no_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence not in _found(text)


@pytest.mark.parametrize("sentence", [
    "县委组织部选取部分村开展试点。",
    "每年选取一定数量的村作为基层观察点。",
])
def test_picking_some_units_for_a_trial_is_a_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("sentence", [
    "”镇党委副书记李青说，今年全镇已选派36名干部到村任职，建立了驻村考勤办法。",
    "”赵平说，全乡组织开展了8期专题培训，覆盖村干部260余人次。",
])
def test_a_speaker_reporting_his_organs_act_stays_a_measure(segmenter, sentence):
    # the speaker goes on speaking, but his words name a region and figures: a reported action
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence.lstrip("”") in _found(text)  # (a measure leaves the ” to the sentence it closes)


@pytest.mark.parametrize("sentence", [
    "据了解，这是该区首次面向全省公开遴选年轻干部，共拿出30个职位。",   # 这是… going on with the act
    "这是柳川镇继前年之后又一次举办村干部专题轮训，共轮训干部150余人。",
    "石门县委组织部选派80名干部驻村任职，是夯实基层基础的一项重要工作。",  # the doer opens the topic
    "县委组织部建立干部成长档案，是全县推行的“一线识人法”。",
    "桐溪镇建立村干部轮值坐班制度，这既是方便群众的需要，也是改进作风的一项重要工作。",
])
def test_a_verdict_that_tells_the_act_or_its_doer_stays_a_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("sentence", [
    "走进新时代，县委组织部坚持把年轻干部放到一线锤炼，选派160名干部驻村。",   # an era, not a place
    "步入新发展阶段，石门县建立干部“蹲苗”机制，每年选派40名年轻干部到乡镇任职。",
    "同时，走进社区、园区、学校开展宣讲90余场，覆盖党员干部3000余人次。",      # places listed, an act
    "此外，走进田间地头开展政策宣讲，帮助群众解决实际问题28件。",
    "活动期间，来到各村的150名机关干部开展入户走访，建立民情台账。",            # the cadres who came
    "每季度，来到联系村的县级领导干部都要召开一次座谈会，听取村干部意见。",
])
def test_walking_into_an_act_stays_a_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)


@pytest.mark.parametrize("sentence", [
    "凡符合容错情形的，可由所在单位向县纪委监委提出申请，县纪委监委在10个工作日内反馈结果。",
    "如确因工作需要，可由县委组织部统一调配干部，并将结果向县委反馈。",      # 可由: an organ acts
    "若干村试行村干部轮流坐班，可为群众代办事项，并及时反馈办理进度。",        # 若干: some units
    "凡新任职的村干部，均可参加县级示范培训，培训结束后反馈学习体会。",        # a rule's condition
    "如群众有困难，可随时联系包户干部，包户干部要及时走访并反馈办理情况。",
])
def test_a_rules_condition_with_a_report_back_stays_a_measure(segmenter, sentence):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"
    assert sentence in _found(text)
