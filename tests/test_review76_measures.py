"""Review of session 76's not-a-measure classes: the new rows must not drop an organ's, a region's
or a village's own act told with a figure against last year, after an event (通过培训，各村…), after
a leader's praise (…要求各单位…) or after a national report's words (…，各镇据此…); and the pledge
row's 会 is the modal, not 会同 / 会后 (jointly with, after the meeting).  Every sentence here is
written for this file."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import not_a_measure


@pytest.mark.parametrize("sentence", [
    # stat: an organ's act with its figure against last year
    "县委组织部今年共选派86名机关干部到村挂职，同比增加20%。",
    "该区纪委监委今年处置问题线索312件，较上年增加41件。",
    # result: the region, the village or the street acting after the event
    "通过这次培训，各村普遍建立了村级后备力量台账。",
    "经过这次专项整治，街道对辖区社区干部逐一开展了考核。",
    "通过学习交流，各单位完善了干部谈心谈话制度。",
    # ritual: a leader's praise, then a charge laid on the units or the towns, their directive
    "县委书记在充分肯定各单位工作的同时，要求各单位在年底前建立干部关爱台账。",
    "副市长肯定了前期的试点做法，要求各区县全面推开。",
    # leader: a national report's words, then a town or a unit acting on them
    "党的二十大报告提出，要建设高素质干部队伍，各镇据此建立了年轻干部储备库。",
    "政府工作报告明确，要为基层减负，街道随即精简了各类台账。",
])
def test_an_organs_or_a_regions_own_act_stays_a_measure(sentence):
    assert not_a_measure(sentence) is None


@pytest.mark.parametrize("kind,sentence", [
    # the classes still drop what they were made for
    ("stat", "退休返聘的村书记占9.5%，较换届前减少6.1%。"),
    ("result", "通过这次比武，进一步激发了大家比学赶超的劲头。"),
    ("ritual", "镇党委书记在充分肯定培训成效的同时，对全体学员提出了三点希望。"),
    ("ritual", "副书记肯定了学员们的学习态度，要求大家学以致用。"),
    ("leader", "党的二十大报告提出，要加强干部队伍的源头建设。"),
    # an organ named but not acting (以…名义: the count of its papers moved), a village's hopes,
    # a 党组织 (a general word, no 党组 acting)
    ("stat", "今年以县委办名义印发的文件共28件，同比减少30%。"),
    ("ritual", "镇长对各村的进展给予肯定，并希望各村再接再厉、争创佳绩。"),
    ("result", "通过这次轮训，进一步提高了全县村党组织书记的履职本领。"),
])
def test_the_new_classes_still_drop_their_own_sentences(kind, sentence):
    assert not_a_measure(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "局长表示，会同有关部门建立干部容错纠错机制。",  # 会同: jointly with, an act
    "镇长表示，会后立即组织全体村干部集中学习。",  # 会后: after the meeting
    "副局长表示，会议议定的干部轮岗事项已全部落实。",
])
def test_the_pledge_row_reads_hui_as_the_modal_only(sentence):
    assert not_a_measure(sentence) is None


@pytest.mark.parametrize("sentence", [
    "老周表示，会一如既往扎根村里，把群众的事放在心上。",
    "驻村队员表示将珍惜机会，尽快熟悉村情。",
])
def test_a_persons_pledge_is_still_dropped(sentence):
    assert not_a_measure(sentence) == "pledge"
