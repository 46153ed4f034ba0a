"""Session 62's shortcuts in the repair stage give what the plain computations give: cue scans split by
their opening character, the shared table of positions, the narrower whitespace pattern, the field scan
for glued times, the title mark matched and put back, the run scan from the first rare character and the
URL-list test that stops at the first article line."""
import random
import re

import pytest

from pipeline.core.records import QualityReport
from pipeline.text import chars, ingest, mojibake, repair
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


def _collapse_plainly(text: str) -> tuple[str, list[int], int]:
    """Every run of spaces and tabs looked at: the computation before the narrower pattern."""
    t = Tracked.original(text)

    def fix(m):
        b = m.end()
        if b == len(text) or text[b] == "\n":
            return ""
        return " " if m.group(0) != " " else None

    t2, applied = t.sub(re.compile(r"[ \t\f\v]+"), fix)
    return t2.text, t2.origin, len(applied)


def test_collapse_whitespace_as_every_run():
    rng = random.Random(17)
    for text in SAMPLES + [_random_text(rng, [" ", "\t", "\f", "\v", "\n", "柳", "a"], 16) for _ in range(5000)]:
        report = QualityReport(encoding="utf-8")
        out = repair.collapse_whitespace(Tracked.original(text), report)
        assert (out.text, out.origin, report.counts.get("whitespace", 0)) == _collapse_plainly(text), repr(text)


def test_glued_times_as_the_scan_of_every_character():
    rng = random.Random(23)
    pieces = ["标题发布时间:2021-1-2", "时间：2021-12-20 10:22", "更新时间 : 2020-01-01", "发布", "更新", "时间", "发", "时",
              ":", "2021-1-2", " 10:22", " ", "\n", "柳川镇", "”", "a"]
    for text in SAMPLES + [_random_text(rng, pieces, 10) for _ in range(5000)]:
        assert [(m.span(), m.groupdict()) for m in repair._glued_times(text)] \
            == [(m.span(), m.groupdict()) for m in repair._GLUED_TIME.finditer(text)], text


def _spam_plainly(text: str) -> tuple[str, list[int], int]:
    """The pattern with the title mark in a lookbehind, its match replaced by nothing."""
    lookbehind = re.compile("(?<=《)" + repair._SPAM_IN_TITLE.pattern.removeprefix("《"))
    from pipeline.text.lines import has_spam_word

    t2, applied = Tracked.original(text).sub(lookbehind, lambda m: "" if has_spam_word(m["spam"], ambiguous=False) else None)
    return t2.text, t2.origin, len(applied)


def test_spam_in_titles_as_the_lookbehind():
    rng = random.Random(29)
    pieces = ["《", "》", "黄金城", "足彩", "推荐", ":", "：", "关于", "中共", "的意见", "青禾县", "\n", "干部工作"]
    texts = SAMPLES + [_random_text(rng, pieces, 12) for _ in range(3000)]
    assert any(_spam_plainly(text)[2] for text in texts)  # (the samples reach a spam word)
    for text in texts:
        report = QualityReport(encoding="utf-8")
        out = repair.strip_spam_in_titles(Tracked.original(text), report)
        assert (out.text, out.origin, report.counts.get("spam_in_title", 0)) == _spam_plainly(text), text


@pytest.mark.parametrize("text", ["青禾县龘靐鍏ㄥ幙，柳川镇αβγ干部Ж 2023年 abc 鍏辫鍏ㄥ幙鍏辫鍏ㄥ幙" * 3,
                                  "柳川镇" * 30 + "龘靐鍏ㄥ幙鍏辫" + "干部" * 40 + "，鍏ㄥ幙鍏辫", "鍏ㄥ幙鍏辫", "αβγ龘靐鍏"])
def test_runs_from_the_first_rare_characters_stretch(text):
    rare = mojibake._rare_positions(text)
    start = mojibake._stretch_start(text, rare[0])
    assert [m.span() for m in mojibake._HAN_RUN.finditer(text, start)] \
        == [m.span() for m in mojibake._HAN_RUN.finditer(text) if m.start() >= start]
    assert start == 0 or not re.fullmatch(mojibake._RUN_CHAR, text[start - 1])


def _url_list_plainly(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return bool(lines) and all(re.match(r"(site:)?https?://\S+", ln) for ln in lines)


@pytest.mark.parametrize("text", ["", "\n\n", "# 来源清单\n", "https://example.cn/a\n  # 注释\nsite:https://example.cn\n",
                                  "https://example.cn/a\n柳川镇召开会议", "柳川镇召开会议\nhttps://example.cn/a", "  https://a.cn  \n\n",
                                  "ftp://example.cn", " #https://a.cn\nhttp://b.cn"])
def test_url_list_as_every_line_stripped(text):
    assert ingest._is_url_list(text) == _url_list_plainly(text)


def test_url_list_on_random_lines():
    rng = random.Random(31)
    pieces = ["http://a.cn", "https://", "site:", "#", " ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\u2028", "\u3000", "柳川镇", "x"]
    texts = [_random_text(rng, pieces, 10) for _ in range(6000)]
    assert sum(map(_url_list_plainly, texts)) > 50  # (the samples reach URL lists)
    for text in texts:
        assert ingest._is_url_list(text) == _url_list_plainly(text), repr(text)


@pytest.mark.parametrize("text", ["柳川镇召开会议", "abc\u00e9 柳川镇", "鍏ㄥ幙鍏辫龘靐", "", "abc"])
def test_cjk_score_as_every_character_asked(text):
    han = [c for c in text[:4000] if chars.is_cjk(c)]
    assert ingest._cjk_score(text) == (sum(map(chars.is_common, han)) / len(han) if han else 0.0)
