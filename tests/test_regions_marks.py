"""spans.finditer_near gives what finditer gives, for each region pattern it stands in for:
every match of those patterns holds its mark within the reach it is asked with (near to far).

The sentences are written for these tests; the random texts are drawn from the characters the
patterns read."""
from __future__ import annotations

import random

import pytest

from pipeline.extract import regions as R
from pipeline.extract.spans import finditer_near

CASES = [
    (R._TOWN_LIST, R._LIST_MARK, range(2, 4)),
    (R._UNIT_LIST, R._LIST_MARK, range(2, 5)),
    (R._VILLAGE_RUN, R._LIST_MARK, range(3, 11)),
    (R._LONE_TOWN, R._TOWN_LEVEL_MARK, range(2, 5)),
    (R._LONE_COMMUNITY, R._VILLAGE_LEVEL_MARK, range(2, 5)),
]

SENTENCES = [
    "会议要求红星、东风、前进三个村和新华、光明等社区抓好落实。",
    "他先后到青山镇、白水乡和长岭街道调研,又去了东坡村党支部。",
    "甲乙、丙丁两镇,戊己、庚辛、壬癸等地,以及城关、麻街、牧护关等镇办。",
    "东北街社区、寺脚社区、李官村委会、上坝村民委员会都派了人。",
    "南山镇党委书记和北岭乡政府干部在红旗社区党委、向阳村党支部开会。",
    "、、、镇镇乡乡街道社区村村委会" * 3,
    "没有任何地名的一句话。",
    "",
]

ALPHABET = "、、、镇乡街道社区村委会民员等两三个族苗党支部总政府和及与地嘎查苏木试点甲乙丙丁东南西北中,。 a1“"
PIECES = list(ALPHABET) + ["红星", "东风", "前进村", "光明社区", "李官村委会", "上坝村民委员会", "、", "、", "等", "三个",
                           "镇", "乡", "街道", "党支部", "两委", "居委会", "党委", "政府", "苗族乡", "试点镇", "等地",
                           "红星村、", "东北街社区、", "李官村委会、", "寺脚村民委员会、"]


def _same(pattern, text, marks, reach):
    got = [(m.start(), m.end(), m.groups()) for m in finditer_near(pattern, marks, reach[-1], text, near=reach[0])]
    want = [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]
    return got == want


@pytest.mark.parametrize("pattern,marks,reach", CASES)
def test_written_sentences(pattern, marks, reach):
    for text in SENTENCES:
        assert _same(pattern, text, marks, reach), text


@pytest.mark.parametrize("pattern,marks,reach", CASES)
def test_random_texts(pattern, marks, reach):
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 40)))
        assert _same(pattern, text, marks, reach), text
        found += any(True for _ in pattern.finditer(text))
    assert found  # (the texts do hold matches to compare)


def test_a_mark_out_of_reach_misses_matches():
    """The reach matters: one character short of it, matches are lost (the test can fail)."""
    text = "红星、东风、前进三个村"
    assert not _same(R._UNIT_LIST, text, R._LIST_MARK, range(3, 5))
