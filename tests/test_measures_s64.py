"""Measures, session 64: classes of clauses the measures layer took wrongly on the study sets."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures
from tests.test_extract import article

_OPENING = "今年以来，青禾县持续加强村干部队伍建设。\n"


def _measures(sentence: str) -> list[str]:
    return [m.text for m in find_measures(article(f"青禾县加强村干部队伍建设\n{_OPENING}{sentence}\n"))]


@pytest.mark.parametrize("sentence", [
    "全县村党组织书记中，大专以上学历的有86人。",          # 党组织: the organisations, no act
    "多年来，一些农村基层组织软弱涣散的情况并不少见。",
    "开班仪式由市委常委、组织部部长李华主持。",       # 组织部部长: a post
    "柳川镇纪委相关负责人对记者说明了情况。",                # 负责人: a person
])
def test_a_verb_read_inside_a_noun_names_no_act(segmenter, sentence):
    assert sentence not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "县委组织部组织开展年轻干部专题培训，共培训学员120人。",     # a verb beside the noun
    "各村党组织每月召开一次党员大会。",
    "县委组织部对全县乡镇领导班子进行了集中考察。",              # 组织部 as the doer
    "会前，全体驻村干部进行了集中动员，组织部长作了动员讲话。",    # a mobilisation
    "村党组织书记的基本报酬每人每年提高到4.8万元。",            # a pay standard raised to an amount
    "各村党组织到社区报到，共认领服务岗位36个。",                # posts claimed
])
def test_a_verb_beside_the_noun_or_an_act_without_a_listed_verb_stays_a_measure(segmenter, sentence):
    assert sentence in _measures(sentence)
