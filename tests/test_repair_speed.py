"""The repair stage's shortcuts (pre-checks, cue scans, memos, slices) give what the plain computation gives."""
from collections import Counter
import random
import re

import pytest

from pipeline.text import chars, dates, mojibake, repair
from pipeline.text.tracked import Tracked, _stretched

TEXTS = [
    "",
    "柳川镇召开秋季防汛工作会议。",
    "全镇干部参加了培训。青禾县新闻中心编辑部出品\n村里修好了水渠！青禾县新闻中心编辑部出品\n"
    "他说：“要办实事。”青禾县新闻中心编辑部出品\n大家都很满意?  青禾县新闻中心编辑部出品  \n",
    "会议强调。”青禾县新闻中心编辑部出品\n好。 短尾巴\n好。       八个字符的尾巴在此\n结束。，不是尾巴的一段文字很长很长",
    "标题 ■记者 林小满 正文从这里开始",
    "王小川    今年以来，柳川镇坚持把干部队伍建设摆在突出位置，成效明显。",
    "来源:\n青禾日报\n作者:\n林小满\n",
    "2021\n/ 05/20\n正文",
    "2019\n12/16",
    "标题$ `. `& |3 a1 b2 c3 正文",
    "1 + 1 + 1 > 3",
    "柳川镇干部座谈会时间:2021-12-20 近日，正文",
    "扫描二维码访问青禾网移动版 标题 扫描二维码访问青禾日报微信 正文",
    "村里的(xiao)学\n會(huì) 議",
    "W(wǎng)站 ?(bào)道 Windows(win)",
    "全县共?jì)培训\ue2fd干部 ?? 为什么?",
]


@pytest.mark.parametrize("start,n,k", [(0, 0, 3), (2, 0, 1), (1, 1, 4), (1, 3, 1), (0, 5, 2), (3, 2, 5), (4, 1, 0), (6, 0, 2)])
def test_stretched_as_a_look_up_per_character(start, n, k):
    src = [10 * i for i in range(8)]
    last = start + max(n - 1, 0)
    assert _stretched(src, start, n, k) == [src[min(start + i, last)] for i in range(k)]


def test_replace_spans_keeps_the_offsets():
    t = Tracked.original("甲乙丙丁戊己庚")
    out = t.replace_spans([(0, 0, "前"), (1, 3, "X"), (3, 4, "长长长"), (5, 7, "")])
    assert out.text == "前甲X长长长戊"
    assert out.origin == [0, 0, 1, 3, 3, 3, 4, 7]


@pytest.mark.parametrize("line,conv", [("幹部選拔", "干部选拔"), ("乾县干部", "干县干部"), ("乾淨的幹部", "干净的干部"),
                                       ("幹部", "干部"), ("选拔干部", "选拔干部"), ("一二", "一二三"), ("甲乙丙", "丁乙戊")])
def test_changed_characters_answer_as_the_full_list(line, conv):
    full = [a for a, b in zip(line, conv) if a != b]
    short = chars._changed_characters(line, conv)
    assert all(a in chars._also_simplified() for a in short) == all(a in chars._also_simplified() for a in full)
    assert (len(short) >= 2) == (len(full) >= 2)


@pytest.mark.parametrize("text", ["甯海縣的幹部", "陜西省\n选拔干部", "著名的學者著述頗豐", "谁著史\n土著居民的傳統", "記者甯小满報道"])
def test_to_simplified_as_translating_every_converted_line(text):
    lines = text.split("\n")
    out = chars.to_simplified(text).split("\n")
    for line, conv in zip(lines, out):  # the variants left in a line that changed: none
        if conv != line:
            assert conv == conv.translate(chars._variants())


@pytest.mark.parametrize("syllable", ["gàn", "Lǚ", "nǚ ", "xian", "u:", "ḿ", "NÜ"])
def test_toneless_memo(syllable):
    assert chars.toneless(syllable) == chars.toneless.__wrapped__(syllable)


@pytest.mark.parametrize("text", ["幹部選拔任用工作會議，幹部們", "兩岸關係\n乾淨", "选拔干部"])
def test_simplify_counts_as_pairs_of_changed_characters(text):
    from pipeline.core.records import QualityReport

    report = QualityReport(encoding="utf-8")
    t2 = chars.simplify(Tracked.original(text), report)
    changed = Counter((a, b) for a, b in zip(text, t2.text) if a != b)
    n = sum(changed.values())
    assert report.counts.get("traditional", 0) == n
    if n:
        top = ", ".join(f"{a}→{b}×{c}" for (a, b), c in changed.most_common(8))
        assert report.repairs[-1].note.endswith(top)


def test_cues_find_every_text_the_scans_would():
    for text in TEXTS:
        assert chars._LOST_RESIDUE_CUE.found(text) >= bool(chars._LOST_RESIDUE.search(text))
        assert bool(repair._NAME_BEFORE_TEXT_CUE.search(text)) >= bool(repair._NAME_BEFORE_TEXT.search(text))
        assert repair._COLON_AT_LINE_END.found(text) >= bool(repair._KEY_OVER_VALUE.search(text))
        assert bool(repair._DAY_AT_LINE_END.search(text)) >= bool(repair._BROKEN_DAY.search(text))
        assert bool(mojibake._LOST_MARK.search(text)) >= bool(mojibake._LOST_RUN.search(text))
        old_junk_cue = re.compile(r"(?:[!-~]{1,2}[ \t]+){5,}[!-~]{1,2}(?![!-~])")
        assert repair._JUNK_RUN_CUE.found(text) == bool(old_junk_cue.search(text))


def _random_text(rng: random.Random) -> str:
    pieces = ["。", "！", "?", "”", "，", ",", " ", "\t", "\n", "柳川镇", "干部", "青禾县新闻中心", "ab", "1", "的"]
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60)))


def test_glued_tails_as_every_match():
    rng = random.Random(7)
    for text in TEXTS + [_random_text(rng) for _ in range(3000)]:
        plain = [m[1] for m in repair._GLUED_TAIL.finditer(text)]
        cued = [repair._GLUED_TAIL.match(text, stop.end())[1] for stop in repair._BEFORE_GLUED_TAIL.finditer(text)]
        assert cued == plain, text


def test_beyond_level_one_in_runs_as_the_lookahead():
    beyond_level_one = "[^" + "".join(re.escape(c) for c in mojibake._level_one()) + "]"
    lookahead = re.compile(f"(?={mojibake._RUN_CHAR})" + beyond_level_one)  # (the class before: a lookahead, then not level 1)
    one_class = mojibake._beyond_level_one_in_runs()
    every = "".join(map(chr, range(0x20, 0x10000)))
    assert one_class.findall(every) == lookahead.findall(every)


DATELINES = ["发布时间：2021-07-01 10:22", "29.05.2019 20:01", "10/12/2011 13:31:00", "2023年9月", "19-03-05 14:20",
             "2023年 9 月 5日", "来源：青禾日报", "第3期", "2020.5.1", "12:30 开会", "19-03-05", "20/11", "二〇二三年三月",
             "Sat Apr 25 10:13:42 CST 2020", "1919年5月4日", "阅读 2000 次 21-01-02 08:00"]


@pytest.mark.parametrize("text", DATELINES)
def test_search_date_as_every_scan(text):
    plain = dates.DATETIME.search(text) or dates.DAY_FIRST.search(text) or dates.SLASH_YEAR_LAST.search(text) \
        or dates.YEAR_MONTH.search(text) or dates.SHORT_YEAR_CLOCK.search(text)
    found = dates.search_date(text)
    assert (found and (found.re, found.span())) == (plain and (plain.re, plain.span()))



@pytest.mark.parametrize("s", ["三千五百", "十一", "两万三", "百万", "一千零十", "壹佰零伍", "三点五", "三点五万", "5.15亿", "1,200", " 3千 ", "万万", "", "abc"])
def test_number_memos(s):
    from pipeline.text.numbers import parse_chinese, parse_number

    assert parse_chinese(s) == parse_chinese.__wrapped__(s)
    assert parse_number(s) == parse_number.__wrapped__(s)



def test_replace_spans_as_a_look_up_per_character():
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice("甲乙丙丁戊") for _ in range(rng.randrange(0, 12)))
        t = Tracked(text, [5 * i + 1 for i in range(len(text) + 1)])
        edits, pos = [], 0
        while pos <= len(text) and rng.random() < 0.7:
            start = rng.randrange(pos, len(text) + 1)
            end = rng.randrange(start, min(len(text), start + 4) + 1)
            edits.append((start, end, "新" * rng.randrange(0, 5)))
            pos = end + 1
        origin, at = [], 0
        for start, end, repl in edits:  # (the computation before the slices)
            origin += t.origin[at:start]
            last = start + max(end - start - 1, 0)
            origin += [t.origin[min(start + i, last)] for i in range(len(repl))]
            at = end
        origin += t.origin[at:]
        assert t.replace_spans(edits).origin == origin
