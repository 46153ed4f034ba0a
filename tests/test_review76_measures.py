"""Review of session 76's not-a-measure classes: the pledge row's 会 is the modal, not 会同 / 会后
(jointly with, after the meeting).  Every sentence here is
written for this file."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import not_a_measure


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
