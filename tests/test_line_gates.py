"""The cheap tests that spare the line classifiers' patterns (pipeline/text/lines.py, meta.py) give the
pattern's own answer: each gate lets through every string a match of its pattern can be.

Two kinds of gate: a string the line must hold (every match of the pattern holds one of the gate's
strings, read from the parsed pattern), or the characters the line must open with (the first characters
of a match, read likewise; the pattern is tried at the line's start).
"""
from __future__ import annotations

import re

import pytest

from pipeline.text import dates, lines, meta
from pipeline.text.chars import without_spaces
from tests.test_extract_scans import _ANY, C, P, _first


def _holds_one_of(items, strings: tuple[str, ...], before: tuple[str, ...] = ("",)) -> bool:
    """Whether every match of the parsed ``items`` (after one of the literal strings ``before``) holds one
    of ``strings``: some part of the sequence always holds one (a run of literals, classes of a few
    listed characters among them, whose every spelling contains one; an alternation whose every branch
    holds one, read after the run before it; a group or a repetition at least once of such a body; a
    lookahead that holds one)."""
    runs = list(before)  # (the spellings of the run of literals and small classes so far)
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            runs = [r + chr(av) for r in runs]
            continue
        if op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 8:
            runs = [r + chr(c) for r in runs for _, c in av]
            continue
        if all(any(s in r for s in strings) for r in runs):
            return True
        if op is C.BRANCH and all(_holds_one_of(b, strings, tuple(runs)) for b in av[1]):
            return True
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE and _holds_one_of(av[-1], strings, tuple(runs)):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds_one_of(av[2], strings):
            return True
        if op is C.ATOMIC_GROUP and _holds_one_of(av, strings):
            return True
        if op is C.ASSERT and av[0] == 1 and _holds_one_of(av[1], strings):
            return True  # (a lookahead's text stands in the line searched, after the match's start)
        runs = [""]
    return False


def _needs(rx: re.Pattern[str], *strings: str) -> bool:
    assert not rx.flags & re.IGNORECASE, rx.pattern[:40]
    return _holds_one_of(P.parse(rx.pattern), strings)


def test_holds_one_of_reads_the_pattern():
    assert _needs(re.compile(r"^(?:甲|乙丙)\d+"), "甲", "丙")
    assert not _needs(re.compile(r"^(?:甲|乙)?\d+"), "甲", "乙")
    assert _needs(re.compile(r"[ab]{2,}c?"), "a", "b")
    assert _needs(re.compile(r"x(?:访问|访客)"), "访问", "访客") and not _needs(re.compile(r"x(?:访问|访)"), "访问", "访客")
    assert _needs(re.compile(r"x页[头脚]"), "页头", "页脚") and not _needs(re.compile(r"x页[头脚尾]"), "页头", "页脚")
    assert not _needs(re.compile(r"x(?:甲)*"), "甲")


# pattern, then the strings one of which the gate before it asks the line to hold
NEEDED = {
    # meta.parse_byline_fields and its helpers
    "meta._PAPER_AND_APP": (meta._PAPER_AND_APP, "/", "／"),
    "meta._GLUED_CREDITS": (meta._GLUED_CREDITS, "记者"),
    "meta._NAME_THEN_OWN_PAPER": (meta._NAME_THEN_OWN_PAPER, "本"),
    "meta._GLUED_MEDIUM": (re.compile(meta._GLUED_MEDIUM.pattern.replace("(?=", "(?:")), "记者", "通讯员", "实习生", "采访人员"),
    "meta._COMMENTATORS": (meta._COMMENTATORS, "评论员"),
    # meta.parse_meta_line and _meta_fields
    "meta._DAY_BAR_MEDIUM": (meta._DAY_BAR_MEDIUM, "|", "｜"),
    "meta._BAR_BEFORE_DAY": (meta._BAR_BEFORE_DAY, "|", "｜"),
    "meta.CN_DATE": (meta.CN_DATE, "年"),
    "meta._SOURCE_AT_TIME": (meta._SOURCE_AT_TIME, "来源"),
    "meta.SOURCE_DATE": (meta.SOURCE_DATE, "19", "20"),
    "meta._TAGS_DATE": (meta._TAGS_DATE, "19", "20"),
    "meta._EPAPER_BANNER": (meta._EPAPER_BANNER, "报"),
    "meta.PAPER_PAGE": (meta.PAPER_PAGE, "版", "报"),
    "meta._PAPER_DAY_PAGE": (meta._PAPER_DAY_PAGE, "版", "报"),
    "meta._EPAPER_PATH": (meta._EPAPER_PATH, "版", "报"),
    "meta._TITLED_PAPER_DAY": (meta._TITLED_PAPER_DAY, "版", "报"),
    "meta._PAPER_DAY_BYLINE": (meta._PAPER_DAY_BYLINE, "报"),
    "meta._DIARY_DAY": (meta._DIARY_DAY, "月"),
    "meta._REPRINTED_FROM": (meta._REPRINTED_FROM, "《"),
    "meta._NAMES_AND_MEDIUM": (meta._NAMES_AND_MEDIUM, "、"),
    "meta.EDITOR_LINE": (meta.EDITOR_LINE, "编"),
    "meta._CELL_LABEL": (meta._CELL_LABEL, ":", "："),
    # lines.boilerplate_reason
    "lines._SCRIPT_TOGGLE": (lines._SCRIPT_TOGGLE, "/"),
    "lines._FONT_SIZES": (lines._FONT_SIZES, "小"),
    "lines._LINK_PROMPT": (lines._LINK_PROMPT, "扫", "查看", "下载", "打开"),
    "lines._TODAY_WIDGET": (lines._TODAY_WIDGET, "今天是"),
    "lines._WELCOME": (lines._WELCOME, "欢迎"),
    "lines._SHARED_DOC": (lines._SHARED_DOC, "可在线阅读", "上搜索"),
    "lines._HOSTED_BY": (lines._HOSTED_BY, "办", "技术支持"),
    "lines._BUILT_BY": (lines._BUILT_BY, "维护"),
    "lines._TIP_LINE": (lines._TIP_LINE, "料", "热线", "欢迎广大"),
    "lines._PAGINATION": (lines._PAGINATION, "上一", "下一", "页"),
    "lines._BREADCRUMB": (lines._BREADCRUMB, ">", "»", "›"),
    "lines._REPRINT_BAN": (lines._REPRINT_BAN, "未经", "不得", "转载请注明"),
    "lines._DISCLAIMER": (lines._DISCLAIMER, "声明", "侵权", "网", "站", "版权"),
    "lines._RIGHTS_AFTER_YEARS": (lines._RIGHTS_AFTER_YEARS, "版权所有"),
    "lines._POSTCODE": (lines._POSTCODE, "邮"),
    "lines.BETTING_BRAND": (lines.BETTING_BRAND, "官"),
    # search_date's patterns (meta._dateline_date)
    "dates.DATETIME": (meta.DATETIME, "19", "20", ":"),
    "dates.DAY_FIRST": (dates.DAY_FIRST, "19", "20", ":"),
    "dates.SLASH_YEAR_LAST": (dates.SLASH_YEAR_LAST, "19", "20", ":"),
    "dates.YEAR_MONTH": (dates.YEAR_MONTH, "19", "20", ":"),
    "dates.SHORT_YEAR_CLOCK": (dates.SHORT_YEAR_CLOCK, "19", "20", ":"),
}


def test_search_date_is_all_the_dateline_gate_spares():
    import inspect

    assert set(re.findall(r"\b([A-Z_]+)\.search", inspect.getsource(dates.search_date))) \
        == {"DATETIME", "DAY_FIRST", "SLASH_YEAR_LAST", "YEAR_MONTH", "SHORT_YEAR_CLOCK"}


def test_icp_gate_holds_every_alternative():
    # (the pattern folds case, but every string the gate asks for has none: 号, 备, 证, 京, -)
    assert _holds_one_of(P.parse(lines._ICP.pattern), ("号", "备", "证", "京", "-"))
    assert all(c.lower() == c.upper() == c for c in "号备证京-")  # (caseless: folding maps nothing onto them)
    for line in ["京ICP备12345678号", "icp证030173号", "青禾公网安备 33010602000001", "国内统一刊号:CN 43-0003", "柳川镇召开会议"]:
        assert lines._may_be_licence(line) >= bool(lines._ICP.search(line))


@pytest.mark.parametrize("s", ["柳川镇柳川镇", "柳川镇。柳川镇。柳川镇。", "好好学习 好好学习", "ab", "", "天天向上天天", "a.a.a."])
def test_repeated_phrase_opens_the_line_and_comes_again(s):
    assert (s[:2] in s[2:]) >= bool(lines._REPEATED.fullmatch(s))


@pytest.mark.parametrize("name", sorted(NEEDED))
def test_gate_strings_stand_in_every_match(name):
    rx, *strings = NEEDED[name]
    assert _needs(rx, *strings)


def test_image_file_needs_its_dot():  # (case-insensitive: only the dot before the extension is read)
    assert _holds_one_of(P.parse(lines._IMAGE_FILE.pattern), (".",))


def test_site_notice_cue_stands_in_every_alternative():
    assert not (lines._SITE_NOTICE.flags | lines._SITE_NOTICE_CUE.flags) & re.IGNORECASE  # (the cue's strings as written)
    items = list(P.parse(lines._SITE_NOTICE.pattern))  # (the parser takes the branches' common ^ out before them)
    assert [op for op, _ in items] == [C.AT, C.BRANCH]
    branches = items[1][1][1]
    assert len(branches) >= 18
    cues = tuple(sorted({m.group() for text in ["欢迎", "已经是", "官方微信", "官方微博", "手机版", "客户端", "二维码", "APP下载", "关注",
                                                 "已同步至", "页头", "页脚", "页眉", "页尾", "设为", "加入收藏", "立即", "马上", "点击",
                                                 "免费", "》作者", "打造", "即将离开", "访问", "访客", "您是", "热门", "热点", "您需要",
                                                 "查看", "阅读", "回复", "开通VIP", "小编"]
                         for m in lines._SITE_NOTICE_CUE.finditer(text)}))
    for branch in branches:
        assert _holds_one_of(branch, cues), branch


# pattern (tried at the line's start), then the characters the gate lets a line open with
OPENING = {
    "meta._WRITER_MARK": (meta._WRITER_MARK, "文"),
    "meta._WRITER_THEN_BYLINE": (meta._WRITER_THEN_BYLINE, "文"),
    "meta._BOTH_BY": (meta._BOTH_BY, "文图"),
    "meta._TEXT_MARK": (meta._TEXT_MARK, "文"),
    "meta._TEXT_BY": (meta._TEXT_BY, "文撰"),
    "meta.BYLINE_ROLE": (meta.BYLINE_ROLE, "".join(meta._ROLE_OPENINGS)),
    "meta._DAY_THEN_PROVINCE": (meta._DAY_THEN_PROVINCE, "12"),
    "meta._MONTHS_ISSUE": (meta._MONTHS_ISSUE, "12"),
    "meta._ACCOUNT_HEADER": (meta._ACCOUNT_HEADER, "12"),
    "meta._DAY_AND_TIME": (meta._DAY_AND_TIME, "12"),
    "meta.AFFILIATION": (meta.AFFILIATION, "(（"),
    "meta._FORUM_TOPIC": (meta._FORUM_TOPIC, "T"),
    "meta._ENGLISH_DAY": (meta._ENGLISH_DAY, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "meta._SENT_FROM": (meta._SENT_FROM, "发"),
    "meta._PAGE_LABEL": (meta._PAGE_LABEL, "第专栏"),
    "meta._CREDIT_LINE": (meta._CREDIT_LINE, "《"),
    "meta._BARE_WRITER": (meta._BARE_WRITER, "作"),
    "lines._SERVER_ERROR": (lines._SERVER_ERROR, "45DPSU"),
    "lines._RELATED_LINK": (lines._RELATED_LINK, "-·•●◆"),
    "lines._DATED_LINK": (lines._DATED_LINK, "-·•●◆"),
    "lines._ACCOUNT_KEY": (lines._ACCOUNT_KEY, "微公抖今客"),
}


@pytest.mark.parametrize("name", sorted(OPENING))
def test_gate_openings_hold_every_first_character(name):
    rx, allowed = OPENING[name]
    assert not rx.flags & re.IGNORECASE
    first = _first(list(P.parse(rx.pattern)))
    assert _ANY not in first and first <= set(allowed), sorted(first - set(allowed))


def test_boiler_prefix_openings():
    items = list(P.parse(lines._BOILER_PREFIX.pattern))
    assert [op for op, _ in items] == [C.AT, C.BRANCH]
    for branch in items[1][1][1]:
        first = _first(list(branch))
        if _ANY in first:  # (栏目位置:: anything before 位置)
            assert _holds_one_of(branch, ("位置",)), branch
            continue
        letters = {c for c in first if len(c) == 1 and c.isascii() and c.isalpha()}
        assert letters <= set("TtCcEe") and {c.swapcase() for c in letters} <= lines._FURNITURE_OPENINGS
        assert {c for c in first if len(c) == 1} <= lines._FURNITURE_OPENINGS, first  # (\d and \s: isdigit, isspace)
    for line in ["当前位置: 首页", "栏目位置：新闻", "12#", " 版权所有", "Copyright 2020", "E-mail: a@b.cn", "柳川镇召开会议"]:
        assert lines._may_open_furniture(line) >= bool(lines._BOILER_PREFIX.match(line))


def test_case_insensitive_openings():
    # (re's case folding of these letters gives only their two ASCII cases)
    assert _first(list(P.parse(lines._RIGHTS.pattern))) <= {r"\s", "版", "c", "©", "("}
    assert _first(list(P.parse(meta._FORUM_PRINT.pattern))) == {"T"}
    for c, other in (("c", "C"), ("t", "T"), ("e", "E")):
        assert {x for x in map(chr, range(0x110000)) if re.fullmatch(c, x, re.IGNORECASE)} == {c, other}
    assert _first(list(P.parse(lines._LATIN_WORD.pattern))) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    assert _first(list(P.parse(lines._PAGE_NUMBER.pattern))) <= {"-", "—", "【", "[", "第", r"\d", r"\s"}


@pytest.mark.parametrize("s", ["ABC彩票", "abc彩票", "真人视频在线观看", "柳川镇召开会议", "ＡＢＣ", "ǅ", "K", "ſ", ""])
def test_spam_words_as_written_where_nothing_has_a_case(s):
    for text in (s, s + "六合彩", "AV" + s, s + "av"):
        assert lines._spam_words_for(text).findall(text) == lines._spam_words().findall(text)
        assert lines.has_spam_word(text) == bool(lines._spam_words().search(text))
    assert lines._spam_words_as_written().pattern == lines._spam_words().pattern
    assert not lines._spam_words_as_written().flags & re.IGNORECASE


def test_closing_gates():
    # _COMMENTATOR ends with 评论员, _ROLE_AFTER_NAME with its bracket; a line's stripped end is the pattern's end
    assert meta._COMMENTATOR.pattern.endswith("评论员$")
    assert meta._ROLE_AFTER_NAME.pattern.endswith("[)）]$")


LINES = [
    "", "记者 林小满 通讯员 周可", "青禾日报记者 林小满", "文/林小满", "文 | 青禾县委书记 林小满", "图/周可 文/林小满",
    "本报评论员", "青禾日报特约评论员 林小满 周可", "林小满(本刊记者)", "林小满本报记者周可", "撰文：林小满",
    "来源：青禾日报  作者：林小满  2023-06-20 08:15", "2018-08-12 06:36 | 青禾日报", "新闻资讯 | 2023-05-01 06:45",
    "二〇一九年六月十日", "2023.05.08 浙江", "文章来源: 青禾周刊 于 2025-05-10 06:49:46", "(作者单位:青禾县委党校)",
    "Title: 柳川 Post by: someone on June 30, 2017, 09:04:49 AM", "Topic: 柳川镇 (Read 149 times)", "July 04, 2017, 11:19:48 AM",
    "青禾日报 2019年5月20日", "青禾战线 2020年5期", "2022年06月《青禾》中旬刊", "2017-08-05 林小满 青禾之声",
    "三农 社会 青禾新闻网 2017-05-08", "2019-09-19林小满周可", "青禾日报 数字报纸", "《青禾日报》(2018年8月3日,第11版)",
    "青禾日报 2023年4月5日 第3版", "青禾日报/2025 年/5 月/16 日/第 005 版", "《青禾日报》2005年6月27日",
    "青禾日报 2月19日 A1版 作者 林小满", "发自柳川", "8月27日 多云", "第02版:要闻", "原载于《青禾日报》2014年12月17日",
    "《柳川镇的秋天》由青禾网提供，转载请注明出处", "林小满、周可青禾网", "作者林小满", "(责任编辑 周可)", "本文责编/周可",
    "索 引 号: 1150-2021-00021 主题分类: 其他", "柳川镇召开秋季防汛工作会议，全镇干部参加。",
    "版权所有 青禾网", "Copyright 2005 © 青禾网", "简/繁 体", "字体：大 中 小", "您好，欢迎访问青禾网！", "查看: 218|回复: 0",
    "NEWS", "404 Not Found", "柳川.png", "扫描二维码 手机阅读", "今天是: 2024年3月5日 星期二", "- 柳川镇召开现场会(2019-12-19 15:33:55)",
    "- [ 01-29]柳川镇开展培训", "青禾报业集团主办", "青禾镇官方网站 青禾新闻网制作维护", "新闻热线：0000-1234567",
    "首页 上一页 1 2 3 下一页 尾页", "第 3 页", "当前位置: 首页 > 新闻 > 正文", "微信：青禾发布",
]


def test_the_lines_reach_the_gated_patterns_through_their_gates():
    """Lines written for the gated patterns: each pattern matches one of them (so the gates are met
    with matches, not only with misses), and every match stands behind its gate."""
    reached = set()
    for line in LINES:
        for name, (rx, *strings) in NEEDED.items():
            if rx.search(line):
                reached.add(name)
                assert any(s in line for s in strings), (name, line)
        for name, (rx, allowed) in OPENING.items():
            if rx.match(line):
                reached.add(name)
                assert line[:1] in allowed, (name, line)
    assert len(reached) >= 40, sorted(set(NEEDED) | set(OPENING) - reached)


def test_menu_shapes_cues_pass_every_line_of_the_shape():
    item, link, word, crumb = (shape for shape, _, _ in lines._MENU_SHAPES)
    assert (item, link, word, crumb) == (lines._MENU_ITEM, lines._LINK_ITEM, lines._MENU_WORD, lines._NUMBERED_CRUMB)
    assert _first(list(P.parse(item.pattern))) <= set(lines.BULLETS)
    assert _first(list(P.parse(link.pattern))) == {"-"}
    assert _needs(crumb, ".")
    (_, _, cue_item), (_, _, cue_link), (_, _, cue_word), (_, _, cue_crumb) = lines._MENU_SHAPES
    for s in ["• 时政", "■ 国际", "- ·柳川镇开展培训", "客户端", "官方微博", "NEWS", "1. 当前位置:", "12.首页", "柳川镇召开会议", "- 某地", "·"]:
        for shape, cue in zip((item, link, word, crumb), (cue_item, cue_link, cue_word, cue_crumb)):
            assert cue(s) >= bool(shape.match(s)), (shape.pattern, s)
    # (a line's content is stripped: no newline for $ to stand before, so a word of the menu is six characters at most)
    assert word.match("柳川镇召开会\n") and not word.match("柳川镇召开会议")


@pytest.mark.parametrize("s", ["柳川镇 召开\t会议\u3000全体", "", "  ", "a\u2028b\x1cc\x85d\u00a0e", "柳川镇召开会议"])
def test_without_spaces_as_the_pattern(s):
    assert without_spaces(s) == re.sub(r"\s+", "", s)


def test_every_space_character_splits_as_the_pattern():
    spaces = [chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))]
    assert spaces == [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert all(len(f"a{c}b".split()) == 2 for c in spaces)


def test_summary_copy_opens_with_the_next_line():
    line = "柳川镇召开秋季防汛工作会议部署各村做好准备全镇干部参加会议并分组讨论具体措施确保群众安全度汛会后各村立即行动起来清理河道加固堤坝"
    assert len(line) >= 60
    parts = [line[:30], line[30:]]
    spans, nonblank, kinds = [], [0, 1, 2], {0: "text", 1: "text", 2: "text"}
    for s in [line] + parts:
        spans.append((0, len(s), s))
    assert lines._summary_copies(spans, nonblank, kinds) == [0]
    spans[1] = (0, 30, "柳川镇开展" + line[5:30])  # (the next line differs: no copy)
    assert lines._summary_copies(spans, nonblank, kinds) == []


def test_labelled_copy_needs_a_space_and_its_length():
    assert _needs(lines._LABELLED_COPY, " ", "\u3000")
    assert lines._LABELLED_COPY.match("美丽柳川 " + "柳" * 40) and not lines._LABELLED_COPY.match("美丽柳川 " + "柳" * 37)
