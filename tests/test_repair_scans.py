"""Session 62's shortcuts in the repair stage give what the plain computations give: cue scans split by
their opening character and the shared table of positions."""
import random
import re

import pytest

from pipeline.text import chars, repair
from pipeline.text.tracked import Tracked, _positions, _SHARED_POSITIONS

SAMPLES = [
    "",
    "柳川镇召开秋季防汛工作会议。",
    "近日,,青禾县召开干部大会，能者上、优者奖,、庸者下。",
    "标题$ `. `& |3 a1 b2 c3 正文",
    "1 + 1 + 1 > 3",
    "记 者:林小满\n编 辑:周可\n来源:\n青禾日报\n",
    "村里的干(gàn)部\n會（ huì） 議 W(wǎng)站 ?(bào)道 Windows(win)",
    "法【pinyin:fǎ】 作(拼音:zuò) 办(繁:辦) 务[繁体:務] 坚《繁体:堅》",
    "柳川镇秋季防汛会议时间:2021-12-20 10:30 近日，柳川镇召开会议。",
    "标题发布时间：2021-12-20\n正文 更新时间:2020-1-2 报名时间:2021-12-20",
    "《青禾黄金城:关于加强基层干部队伍建设的意见》《关于做好秋季防汛工作的通知》",
    "  第一段落的缩进  \n\t第二段\f落\v 末尾 \n  \n",
]


def _random_text(rng: random.Random, pieces: list[str], most: int = 14) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(0, most)))


PIECES = [" ", "\t", "\n", ",", "，", "、", "。", "?", "！", ":", "：", "(", "（", ")", "）", "【", "[", "《", "》",
          "a", "Z", "1", "$", "&", "gàn", "xian", "读", "拼音", "繁", "记", "者", "柳川镇", "干部"]


def _cues():
    return [chars._RESIDUE_CUE, chars._LABELLED_CUE, chars._LOST_RESIDUE_CUE, repair._JUNK_RUN_CUE,
            repair._DOUBLED_STOP, repair._COLON_AT_LINE_END, repair._SPACED_LABEL_CUE]


def test_opening_scans_answer_as_their_class_pattern():
    rng = random.Random(11)
    for text in SAMPLES + [_random_text(rng, PIECES, 30) for _ in range(4000)]:
        for cue in _cues():
            assert cue.found(text) == bool(cue.pattern.search(text)), (cue.pattern.pattern, text)


def test_opening_scans_stand_for_the_patterns_written_before():
    assert chars._RESIDUE_CUE.pattern.pattern == rf"[\(（]\s?[{chars.PINYIN_LETTERS}]"
    assert chars._LOST_RESIDUE.pattern.removeprefix("(?<=[A-Za-z?])").removeprefix("[(（]") \
        == chars._LOST_RESIDUE_CUE.pattern.pattern.removeprefix(r"[\(（]")
    assert repair._DOUBLED_STOP.pattern.pattern == r"[,，](?=[,，、。;；!?！？])"
    # the junk run's cue asked at its first space, as the cue that opened on its first token
    before = re.compile(r"[!-~][!-~]?[ \t]+(?:[!-~]{1,2}[ \t]+){4,}[!-~]{1,2}(?![!-~])")
    rng = random.Random(5)
    for text in SAMPLES + [_random_text(rng, ["a", "1", "$", "&|", " ", "\t", "  ", "柳", "\n"], 40) for _ in range(4000)]:
        assert repair._JUNK_RUN_CUE.found(text) == bool(before.search(text)), text


def test_an_opening_with_a_quantifier_is_refused():
    with pytest.raises(AssertionError):
        chars.OpeningScan("ab", "+c")


@pytest.mark.parametrize("n", [0, 1, 2, 257, 1000, _SHARED_POSITIONS - 1, _SHARED_POSITIONS, _SHARED_POSITIONS + 1])
def test_positions_as_a_range(n):
    assert _positions(n) == list(range(n))
    assert Tracked.original("字" * n).origin == list(range(n + 1))


def test_positions_are_copies():
    a = _positions(10)
    a[3] = -1
    assert _positions(10) == list(range(10))
