"""Measures, session 65: classes of clauses the measures layer took wrongly on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"


def _measures(sentence: str) -> list[str]:
    return [m.text for m in find_measures(article(f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"))]


_LEAD_IN = "会议要求，新任村干部要坚定理想信念，始终对党忠诚；"


@pytest.mark.parametrize("charge", [
    "要坚持从严管理，切实把学习成果转化为推动工作的实际行动。",       # a speaker's charge run on
    "要强化结果运用，建立健全干部考核激励机制，树牢实干导向。",
    "二是要健全考核评价机制，落实干部激励措施，在基层一线锤炼本领。",   # an item of a speech
])
def test_a_charge_run_on_after_a_speakers_lead_in_is_no_measure(segmenter, charge):
    assert charge not in _measures(_LEAD_IN + charge)
    assert charge not in _measures("县委书记李明强调，要把担子压实到每名干部身上。" + charge)


def test_a_must_sentence_after_no_speech_is_left_to_the_other_classes(segmenter):
    sentence = "要建立健全干部考核激励机制，强化结果运用。"
    assert sentence in _measures("考准考实干部历来是个难题。" + sentence)


@pytest.mark.parametrize("sentence", [
    "要求各乡镇建立村干部履职台账，每季度开展一次考核。",              # 要求: a directive told
    "各乡镇党委要为村干部逐人建立履职台账，按季度更新。",            # a rule with its subject
    "县委组织部对新任村干部开展集中培训，要点包括政策解读和实务操作。",  # 要点, a noun
])
def test_a_directive_or_a_rule_with_its_subject_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("text, rule", [
    # a notice's rules after one with its subject
    ("县委组织部下发《关于规范村干部管理的通知》。各乡镇党委要建立村干部考勤登记制度，实行一月一通报。"
     "要建立村干部述职评议制度，每半年组织一次。要每年对村干部开展一次全面体检式考核，结果张榜公布。",
     "要每年对村干部开展一次全面体检式考核，结果张榜公布。"),
    # a document's rules reported, semicolon after semicolon
    ("《细则》规定，各村要设立村干部值班岗；要每月公开一次村务财务；要将群众评议结果纳入年度考核。",
     "要将群众评议结果纳入年度考核。"),
    # numbered items with no speaker
    ("（一）要建立后备干部人才库，每两年调整一次。（二）要推行后备干部导师帮带制度，由乡镇班子成员结对培养。",
     "（二）要推行后备干部导师帮带制度，由乡镇班子成员结对培养。"),
    # 重要, 主要: no speech
    ("该县把村干部培训作为一项重要任务。要组织村干部分批赴先进地区考察学习，今年已组织4批。",
     "要组织村干部分批赴先进地区考察学习，今年已组织4批。"),
    ("该县的村干部管理主要有三条做法。要对村干部实行星级评定，每半年评定一次。",
     "要对村干部实行星级评定，每半年评定一次。"),
    # 要求 told of a thing, not a speaker's lead-in
    ("现就有关要求通知如下。要严格执行村干部请销假制度，外出须向乡镇报备。",
     "要严格执行村干部请销假制度，外出须向乡镇报备。"),
    ("县委组织部派出督导组深入各乡镇。要求各村建立党员积分档案。要建立健全村干部绩效考核制度。",
     "要建立健全村干部绩效考核制度。"),
])
def test_a_rule_opening_with_must_after_no_speakers_lead_in_stays_a_measure(segmenter, text, rule):
    assert rule in _measures(text)


def test_a_speakers_numbered_charges_run_on_are_no_measures(segmenter):
    text = ("县委书记希望全体学员：一是要加强理论学习，提高政治站位。二是要建立学习笔记制度，每月交流一次。"
            "三是要坚持深入基层调研，每年撰写调研报告一篇。")
    found = _measures(text)
    assert "二是要建立学习笔记制度，每月交流一次。" not in found
    assert "三是要坚持深入基层调研，每年撰写调研报告一篇。" not in found


@pytest.mark.parametrize("sentence", [
    "推进干部队伍建设，就是要让能干事的人有舞台、有奔头，切实建立健全激励机制。",  # what a thing means
    "这次集中整顿，正是要给干部作风来一次全面体检，建立长效监督机制。",
])
def test_commentary_on_what_a_thing_is_meant_to_do_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


def test_an_act_told_as_done_before_its_meaning_stays_a_measure(segmenter):
    sentence = "县委出台了干部容错纠错办法，就是要为担当者担当。"
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "该区推行村干部坐班轮值制度，就是要让群众办事随时找得到人。",          # an act with its doer
    "市委组织部印发《关于从严管理村干部的办法》，目的就是要把规矩立在前面。",
    "柳川镇抽调机关干部组建帮扶工作队，正是要把服务送到群众家门口。",
    "近年来，该市对新任乡镇干部实行导师帮带，就是要帮助他们尽快适应岗位。",
    "镇党委建立村干部履职纪实档案，其目的正是要让实绩看得见、可比较。",
    "实行村干部星级评定，就是要比出干劲，全镇已评出五星村干部26名。",      # told with its figures
])
def test_an_act_before_its_meaning_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "作为组织部门，就是要把选人用人的导向立起来，建立健全考核激励机制。",    # organs in general
    "市委书记王刚说，市委决定评选表彰一批敢于担当的好干部，目的就是要让实干者受重用。",  # a speaker's gloss
])
def test_a_gloss_with_no_organ_acting_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "习近平总书记指出，要建立健全干部担当作为的激励和保护机制。",     # the leader's words as background
    "党的十八大以来，习近平总书记多次强调要大抓基层，组织开展村干部轮训。",
])
def test_the_general_secretarys_words_are_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


def test_an_act_carrying_out_the_general_secretarys_words_stays_a_measure(segmenter):
    sentence = "按照习近平总书记提出的“三个区分开来”要求，建立容错纠错机制。"
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # his words followed in the same sentence by a region's or an organ's act
    "习近平总书记关于基层减负的重要要求，柳川镇逐条对照落实，清理规范各类工作群。",
    "习近平总书记提出的好干部标准，全县各级党组织对照落实，建立干部政治素质档案。",
    "习近平总书记强调要大抓基层，河湾县坚持把村党组织书记队伍建设作为基础工程，选派机关干部到村任职。",
    "习近平总书记提出的“三个区分开来”要求，该市出台容错纠错办法予以落实。",
    "习近平总书记强调，年轻干部要到基层一线经受磨炼，市委组织部据此选派优秀年轻干部到村任职。",
    "习近平总书记考察时提出的要求写入市委全会决定，全市据此建立干部实绩档案。",
    "习近平总书记对选调生工作提出的要求，该区细化为6项培养措施，分批轮训选调生。",  # figures
])
def test_an_act_after_the_general_secretarys_words_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "市委常委、组织部部长王明出席了培训班开班仪式并讲话。",    # who attended a ceremony
    "县委常委、组织部部长李华出席结业仪式。",
])
def test_who_attended_a_ceremony_is_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # an act told before the attendee, with a verb the exclusions do not list
    "全市280名新提拔科级干部参加宪法宣誓，市委主要领导出席宣誓仪式。",
    "该区评选出20名“最美村干部”，区委书记出席颁奖典礼。",
    "全镇选聘15名返乡大学生担任村级后备干部，镇党委书记出席欢迎仪式。",
    "为期一周的轮训中，全区120名村干部参加集中轮训，区委副书记出席结业仪式。",
    "4月8日，河湾县年轻干部能力提升班开班，县委常委、组织部部长出席开班仪式。",
])
def test_an_act_told_before_who_attended_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


def test_who_attended_after_a_time_is_no_measure(segmenter):
    sentence = "9月12日，县委常委、组织部部长李华出席年轻干部培训班结业仪式。"
    assert sentence not in _measures(sentence)


def test_a_ceremony_held_stays_a_measure(segmenter):
    sentence = "县委组织部举办年轻干部培训班开班仪式，县委常委李华出席仪式并讲话。"
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("quote", [
    "“培训让我们开阔了眼界。”市委常委、组织部部长张强告诉记者。",     # the attribution alone
    "“我们把考核结果作为选用干部的依据。”县委常委、组织部部长刘军介绍。",
])
def test_a_closing_quotes_attribution_alone_is_no_measure(segmenter, quote):
    attribution = quote[quote.index("”"):]
    assert attribution not in _measures(quote)


@pytest.mark.parametrize("sentence", [
    "驻村工作队队长王强深有感触：“我们组织群众一起修渠，干部和村民的心贴得更近了。",   # words after a colon
    "县委组织部干部科科长李明介绍：“今年我们共选派45名年轻干部到村任职。",
    "一位村民反映：“以前村里很少组织培训，大家学不到新技术。",
])
def test_words_brought_in_by_a_colon_after_a_verb_of_saying_are_no_measure(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    # an act or a rule told before the verb of saying
    "该市出台《干部容错纠错办法》，明确表示：“对在改革中出现非主观失误的干部，予以容错免责。”",
    "区委组织部向各乡镇下发通知，明确表示：“凡是年度考核排名末位的，一律约谈提醒。”",
    "近年来，该区选派80名机关干部驻村蹲点，区委组织部负责人介绍：“驻村干部每月在村不少于20天。”",
    "该镇出台村干部坐班制度，对坐班时间作出规定，村民普遍反映：“现在办事找得到人了。”",
    "市委组织部建立年轻干部成长档案，市委组织部部长介绍：“全市已为500名年轻干部建档。”",
])
def test_an_act_told_before_a_colon_quotation_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)  # (the quotation's ” closes the measure's own sentence)


def test_words_brought_in_after_a_time_are_no_measure(segmenter):
    sentence = "今年以来，一位驻村第一书记感慨：“我们把党员活动室建到了田间地头，群众有事随时来找。"
    assert sentence not in _measures(sentence)


def test_a_rule_quoted_after_its_document_stays_a_measure(segmenter):
    sentence = "县委出台规定：“凡连续两年考核优秀的村干部，优先推荐提拔。"
    assert sentence in _measures(sentence)


@pytest.mark.parametrize("question", [
    "柳川镇如何建立村级后备力量培养机制？",                          # an interview's question
    "十年来，全省选派的驻村干部队伍建设发展几何？",
])
def test_an_unquoted_question_is_no_measure(segmenter, question):
    assert question not in _measures(question)


@pytest.mark.parametrize("sentence", [
    # a quoted title that asks, then a garbled ?
    "截至目前，全市组织开展“怎样做群众贴心人”主题研讨60余场次?",
    "今年以来，各乡镇开展“党员为群众做了哪些好事”回访活动90余场次?",
    "该镇推行“村干部表现怎么样、村民来打分”的评议办法?",
    "区委组织部开展“新任干部最缺什么本领”专题调研?",
])
def test_an_act_with_a_quoted_title_that_asks_before_a_garbled_question_mark_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)


def test_a_question_with_a_quoted_term_after_its_asking_word_is_no_measure(segmenter):
    question = "河湾县如何建好年轻干部“练兵场”?"
    assert question not in _measures(question)


def test_a_bare_question_mark_in_an_act_stays_a_measure(segmenter):
    sentence = "县委组织部建立干部实绩档案?"
    assert sentence in _measures(sentence)
