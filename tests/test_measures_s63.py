"""Measures, session 63: classes of clauses the measures layer missed or took wrongly on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"
_BODY = "全镇23个村的党组织每季度开展一次专题培训，建立培训档案。\n"


@pytest.mark.parametrize("lead", [
    "青禾县培育村干部不仅靠课堂讲授，还组织他们到外地考察学习。",   # a region, then a task verb
    "柳川镇强化年轻干部历练，选派他们到信访一线跟班学习。",
])
def test_a_lead_whose_region_subject_is_followed_by_a_task_verb_is_a_measure(segmenter, lead):
    text = f"青禾县加强村干部队伍建设\n{_OPENING}{lead}{_BODY}"
    assert lead in [m.text for m in find_measures(article(text))]


def test_picking_units_for_a_check_is_a_measure(segmenter):
    # 选取 is the only verb of the sentence: an organ picks teams or villages to look at or to try.
    sentence = "每半年随机选取部分乡镇领导班子，采取座谈、实地察看等方式了解其履职情况。"
    text = f"青禾县加强干部考核\n{_OPENING}{sentence}\n"
    assert sentence in [m.text for m in find_measures(article(text))]
