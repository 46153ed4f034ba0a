"""Scans of the line classifier made cheaper give the answers of the plain scans they replace."""
import re

import pytest

from pipeline.core.lexicons import word_set
from pipeline.text import lines, meta
from pipeline.text.chars import BULLETS

LINES = [
    "",
    "打印",
    "【打 印】 【 】 【关闭窗口】",
    "3 上一篇 下一篇 4",
    "青禾新闻网 打印 纠错",
    "广 告",
    "柳川镇召开秋季防汛工作会议，部署下一阶段任务。",
    "分享到： 微信 微博",
    "青禾日报，打印",
    "版权所有：青禾县人民政府 京ICP备12345678号",
    "青禾县公安局 公网安备 33010202000001号",
    "国内统一刊号:CN 43-0003 青禾日报社出版",
    "cn 12-3456",
    "ABCN 12-3456",
    "青新办2009[17]号",
    "网络出版许可证编号：1234567",
    "电话：0571-1234567 邮编：310000",
    "icp证 123456号-1",
    "全县共有党员1234名。",
]


def _plain_words(s: str) -> list[str]:
    return [w.rstrip(":：") for w in lines._BUTTON_SPLIT.split(lines._BUTTON.sub(lambda m: m.group().replace(" ", ""), s.lstrip(BULLETS))) if w]


def _word_tests(words: list[str]) -> tuple[bool, bool]:
    furniture = word_set("page_furniture.txt")
    buttons = any(not w.isdigit() for w in words) and all(w in furniture or w.isdigit() for w in words)
    medium = len(words) >= 3 and bool(lines._MEDIUM_LINK.fullmatch(words[0])) and all(w in furniture for w in words[1:])
    return buttons, medium


def test_no_button_holds_a_comma_or_a_full_stop():
    # (what _button_words' shortcut rests on)
    assert not [w for w in word_set("page_furniture.txt") if "，" in w or "。" in w]


@pytest.mark.parametrize("line", LINES)
def test_button_words_give_the_tests_of_every_word(line):
    assert _word_tests(lines._button_words(line)) == _word_tests(_plain_words(line))


_PLAIN_ICP = re.compile(r"ICP\s*[备证]|公网安备|网安备|京ICP|\d{6}号-\d|许可证\s*(?:编号)?\s*[:：]\s*\d{6,}"
                        r"|^[\u4e00-\u9fff]{1,2}新办\s*\[?\s*\d{4}\s*\]?\s*\[?\s*\d{1,4}\s*\]?\s*号$"
                        r"|(?:国内统一|国际标准)(?:连续出版物)?刊号|(?<![A-Za-z])CN\s?\d{2}\s?-\s?\d{4}(?!\d)", re.IGNORECASE)


@pytest.mark.parametrize("line", LINES)
def test_icp_finds_what_the_plain_alternation_finds(line):
    assert bool(lines._ICP.search(line)) == bool(_PLAIN_ICP.search(line))


def test_icp_lookahead_lets_every_first_character_through():
    # the characters, under IGNORECASE, that the alternatives after the lookahead can open with
    for first in "IiCc公网京0123456789许国":
        assert re.match(r"(?=[ic公网京\d许国])", first, re.IGNORECASE)


_PLAIN_COUNTER_CUE = re.compile(r"\d:\d\d(?::\d\d\d|\s*[(（]\d)|星期|礼拜|\d[\d,]*\s*次|次(?:浏览|阅读|点击)"
                                r"|(?:浏览|阅读|点击|评论|点赞|转发|收藏)(?:次数|量|数)?\s*[:：]?\s*\d|[|｜]\s*\d|日\s*\d{1,2}\s*时")


@pytest.mark.parametrize("line", LINES + ["2013年08月14日 16时56分 星期三 阅读:87次", "发布时间:2021-07-01 10:22 (87)", "| 12 条",
                                          "礼拜天 上午", "点击 32 次", "柳川镇 次阅读", "收藏量：5"])
def test_counter_cue_finds_what_the_plain_alternation_finds(line):
    assert bool(meta._COUNTER_CUE.search(line)) == bool(_PLAIN_COUNTER_CUE.search(line))


TRADITIONAL = [
    "柳川鎮召開會議\n這是繁體字的著述\n乾縣的幹部\n\n『三個高地』與「引號」",
    "著名的乾县\n青禾縣幹部培訓，隨著時代發展\n显著 么",
    "全縣黨員學習『條例』\n單行",
    "",
]


@pytest.mark.parametrize("text", TRADITIONAL)
@pytest.mark.parametrize("config", ["t2s", "tw2s"])
def test_whole_text_converted_is_each_line_converted(text, config):
    from pipeline.text.chars import _by_line, converter

    lines_ = text.split("\n")
    assert _by_line(converter(config).convert(text), lines_, config) == [converter(config).convert(line) for line in lines_]


@pytest.mark.parametrize("text", TRADITIONAL)
def test_to_simplified_as_line_by_line(text):
    from pipeline.text.chars import to_simplified

    assert to_simplified(text) == "\n".join(to_simplified(line) for line in text.split("\n"))


HEADLINES = [
    "柳川镇召开秋季防汛工作会议",
    "（青禾融媒）柳川镇开展村干部培训",
    "青禾县人民政府办公室关于做好春耕生产工作的通知",
    "全镇共有党员123名。",
    "_柳川镇要闻",
    "【在新时代指引下——奋力书写新篇章】",
    "青禾新闻网_要闻_柳川镇召开秋季防汛工作会议",
    "柳川镇召开会议(2)",
    "某府办字〔2022〕7号《关于印发柳川镇防汛预案的通知》",
    "短",
]


@pytest.mark.parametrize("s", HEADLINES)
def test_memoised_title_tests_as_computed(s):
    from pipeline.text.articles import clean_title

    for fn in (lines.is_title_like, clean_title):
        assert fn(s) == fn.__wrapped__(s)
        assert fn(s) == fn.__wrapped__(s)  # (the second answer comes from the memo)


def _eager_copy_text(b, text, start, end, report, prose=False):
    """_copy_text as it was: the bylines' spans found before any space is looked at."""
    if not prose and lines.is_headline_like(text[start:end]):
        b.copy(start, end)
        return
    pos = start
    names = [(start + a, start + b) for a, b in lines.byline_spans(text[start:end])]
    grouped = [g.span() for g in lines._GROUPED_DIGITS.finditer(text, start, end)] if " " in text[start:end] else []
    phrases = [q.span() for q in lines._QUOTED_PHRASES.finditer(text, start, end)] if "“" in text[start:end] else []
    for m in lines._INNER_SPACE.finditer(text, start, end):
        if text[m.start() - 1].isdigit() and text[m.end()].isdigit() and not any(a < m.start() < b for a, b in grouped):
            continue
        if any(a <= m.start() < b for a, b in names) or any(a < m.start() < b for a, b in phrases):
            continue
        b.copy(pos, m.start())
        pos = m.end()
        report.bump("whitespace")
    b.copy(pos, end)


@pytest.mark.parametrize("text", ["（记者 张三 李四）近日，柳川镇召开会议。", "柳川镇 召开 会议，选拔20 名干部。", "共有1 275个村 12 345 人次参加。",
                                  "“一线练兵 实干成才”活动在柳川镇举行。", "青禾日报讯 记者 林小满 近日，柳川镇开展培训。", "没有空格的一行字。",
                                  "本报讯（记者 林小满 通讯员 周可）柳川镇 近日 召开会议。"])
@pytest.mark.parametrize("prose", [False, True])
def test_copy_text_as_with_the_bylines_found_first(text, prose):
    from pipeline.core.records import QualityReport
    from pipeline.text.tracked import Builder, Tracked

    def copied(copy):
        b = Builder(Tracked.original(text))
        report = QualityReport(encoding="utf-8")
        copy(b, text, 0, len(text), report, prose)
        return b.build().text, b.build().origin, report.counts

    assert copied(lines._copy_text) == copied(_eager_copy_text)


# Each pattern of _meta_fields tried only where a literal stands, with lines it matches (the literal must
# be among them) and lines it does not.
GATED = [
    (lambda s: s.startswith("作者"), meta._SPACED_AUTHOR_KEY.match, ["作者 林小满 周可 2023-06-20", "来源 作者 林小满 2023"]),
    (lambda s: " " in s or "\u3000" in s, meta._SPACED_CREDITS.match, ["编辑 林小满 审核 周可", "编辑\u3000林小满", "编辑林小满"]),
    (lambda s: "发表于" in s, meta._MEMBER_POSTED.match, ["青禾网友A8 发表于 2012/7/19 09:58", "青禾网友 2012/7/19"]),
    (lambda s: "出品" in s or "制作" in s or "监制" in s, meta._PRODUCED_BY.fullmatch, ["青禾日报新媒体出品", "青禾融媒体中心制作", "青禾日报"]),
    (lambda s: "报" in s, meta._SITE_CARRIES_PAPER.fullmatch, ["新青禾-青禾日报精选", "新青禾-青禾网"]),
    (lambda s: "关注" in s, meta._FOLLOW_TO_READ.fullmatch, ["关注公众号，随时阅读青禾工人报", "随时阅读青禾工人报"]),
    (lambda s: "报" in s, lambda s: meta._PAPER_ALONE.fullmatch(s) or meta._PAPER_MASTHEAD.search(s),
     ["青禾农民报", "《青禾日报》", "国内统一刊号:CN 43-0003 青禾日报社出版", "燕赵都市报", "青禾网"]),
    (lambda s: "核心提示" in s, meta._TEASER.match, ["【核心提示】：柳川镇近日召开会议", "提示：柳川镇"]),
    (lambda s: "《" in s, meta._DATED_QUOTED_PAPER.match, ["2011-08-09 11:10《青禾日报》", "2011-08-09 11:10 青禾日报"]),
]


@pytest.mark.parametrize("gate, pattern, samples", GATED)
def test_meta_gates_stand_in_every_match(gate, pattern, samples):
    assert any(pattern(s) for s in samples)  # (the samples reach the pattern)
    for s in samples:
        assert gate(s) >= bool(pattern(s))


def test_field_lookahead_lets_every_opening_through():
    for first in ["【", "[", "(", "（"] + [k[0] for k in meta._KEYS]:
        assert re.match(f"(?={meta._FIELD_FIRST})", first), first


FIELD_LINES = ["来源：青禾日报  作者：林小满  2023-06-20 08:15", "【来源】青禾客户端", "(作者):林小满 编辑:周可", "撰文 | 林小满 来源 | 青禾日报",
               "柳川镇召开会议，来源不详。", "", "发布时间:2021-07-01 10:22:31 | 来源:青禾县人民政府网站"]


@pytest.mark.parametrize("line", FIELD_LINES)
def test_field_finds_what_it_found_without_the_lookahead(line):
    plain = re.compile(meta.FIELD.pattern.removeprefix(f"(?={meta._FIELD_FIRST})"))
    assert plain.pattern != meta.FIELD.pattern
    assert [(m.span(), m.groupdict()) for m in meta.FIELD.finditer(line)] == [(m.span(), m.groupdict()) for m in plain.finditer(line)]
    assert meta._cut_out(line, list(meta.FIELD.finditer(line))) == plain.sub("", line)


@pytest.mark.parametrize("text", ["柳川镇召开防汛会议时间:2021-12-20 10:30 近日，柳川镇召开会议。", "标题发布时间：2021-12-20\n正文",
                                  "报名时间:2021-12-20", "标题更新时间:2021-12-20 正文", "没有日期的一行"])
def test_glued_time_finds_what_it_found_without_the_lookahead(text):
    from pipeline.text import repair

    plain = re.compile(repair._GLUED_TIME.pattern.removeprefix("(?=[发更时])"))
    assert plain.pattern != repair._GLUED_TIME.pattern
    assert [(m.span(), m.groupdict()) for m in repair._GLUED_TIME.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
