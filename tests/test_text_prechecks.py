"""The cheap tests that spare the line parsers a regex scan give the scan's own answer."""
import re

import pytest

from pipeline.text import chars, meta

SAMPLES = [
    "",
    "柳川镇召开秋季防汛工作会议",
    "本报青禾5月12日讯（记者 林小满 通讯员 周可）近日，柳川镇组织干部学习新修订的条例。",
    "新华社北京3月9日电 记者从有关部门获悉，相关工作正在推进。",
    "某某网消息：今年以来，全县共培训村干部300余人次。",
    "记者 王一帆 报道：在青禾县的田间，农技员正在指导农户。",
    "这是一段很长的文字" * 8 + "，直到这里才出现讯字。",
    "来源：青禾日报  作者：林小满  2023-06-20 08:15  浏览次数：1,024",
    "发布时间:2021-07-01 10:22:31 | 来源:某某县人民政府网站",
    "■ 通讯员 周可 文/图",
    "第4389期:第03版 本期出版日期:2024-03-05",
    "http://www.example.cn/news/1.html 2019年11月23日07:05 青禾日报",
    "2018-12-01 青禾网830",
    "【字体：大 中 小】 打印本页 关闭窗口",
    "2013年08月14日 16时56分 星期三 阅读:87次",
    "青禾新闻网 www.example.cn 发布时间：2020-01-02",
    "柳川镇 | 2023-05-01 06:45",
    "我要评论(0) 收藏 打印",
    "全镇共有党员１２３名，其中女党员４５名。",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_lead_precheck_agrees_with_the_pattern(text):
    full = meta._LEAD.match(text)
    guarded = meta._lead_match(text)
    assert (guarded and (guarded.span(), guarded.groupdict())) == (full and (full.span(), full.groupdict()))


@pytest.mark.parametrize("text", SAMPLES)
def test_cjk_count_counts_the_ideographs(text):
    assert chars.cjk_count(text) == len(re.findall(f"[{chars.CJK}]", text))


@pytest.mark.parametrize("text", SAMPLES)
def test_prechecks_only_skip_scans_that_find_nothing(text):
    s = text.strip()
    if not meta._may_have_residue(s):
        assert meta._LINE_RESIDUE.sub("", s) == s
    if not meta._has_separator(s):
        assert meta.FIELD.search(s) is None
    if not meta._COUNTER_CUE.search(s):
        assert meta._COUNTER.sub("  ", s) == s


@pytest.mark.parametrize("label", ["我要评论(0)", "参与互动（3）", "上一版3", "123", "打印", "分享()", "评论(12)5"])
def test_button_label_as_the_unguarded_expression(label):
    assert meta._button_label(label) == (re.sub(r"[(（]\d*[)）]$", "", label).strip("0123456789") or label)


@pytest.mark.parametrize("text", ["柳川镇召开防汛会议", "鍏ㄥ幙鍏辫", "乾县著述谁著史", "陜西甯夏龘靐", "αβγ干部Ж", "",
                                  "青禾县龘靐鍏ㄥ幙，柳川镇αβγ干部Ж 2023年 abc 鍏辫鍏ㄥ幙鍏辫鍏ㄥ幙" * 3])
def test_rare_positions_as_asking_every_character(text):
    from bisect import bisect_left

    from pipeline.text.chars import is_frequent
    from pipeline.text.mojibake import _HAN_RUN, _RUN_CHAR, _rare_positions

    rare = _rare_positions(text)
    assert rare == [i for i, c in enumerate(text) if re.fullmatch(_RUN_CHAR, c) and not is_frequent(c)]
    for run in _HAN_RUN.finditer(text):  # (what _unmarked counts of each run)
        assert bisect_left(rare, run.end()) - bisect_left(rare, run.start()) == [is_frequent(c) for c in run.group()].count(False)


@pytest.mark.parametrize("text", ["柳川镇召开会议\n\n青禾县干部培训", "著名的乾县\n這是繁體字\n『引号』", "", "\n\n"])
def test_to_simplified_line_by_line(text):
    from pipeline.text.chars import converter, to_simplified

    t2s = converter("t2s")
    assert t2s.convert(text) == "\n".join(t2s.convert(line) for line in text.split("\n"))
    assert to_simplified(text) == "\n".join(to_simplified(line) for line in text.split("\n"))


@pytest.mark.parametrize("text", ["标题$ `. `& |3 a1 b2 c3 正文", "1 + 1 + 1 > 3", "记 者:林小满\n编 辑:周可", "记者:林小满", "来 源 :青禾日报", ""])
def test_repair_cues_find_every_text_the_scans_would(text):
    from pipeline.text import repair

    assert repair._JUNK_RUN_CUE.found(text) >= bool(repair._JUNK_RUN.search(text))
    assert repair._SPACED_LABEL_CUE.found(text) >= bool(repair._SPACED_LABEL.search(text))


@pytest.mark.parametrize("text", ["2021-07-01 10:22:318", "发布时间:2021-07-01 10:22 (87)", "星期三", "礼拜天 上午", "共1,024次浏览",
                                  "柳川镇 次阅读", "点击 32 次", "浏览次数：9773", "评论:0", "| 12 条", "2013年08月14日 16时56分",
                                  "第3次会议于下午5时召开", "阅读全文"])
def test_counter_cue_before_every_counter(text):
    assert bool(meta._COUNTER_CUE.search(text)) >= bool(meta._COUNTER.search(text))


@pytest.mark.parametrize("line", ["2007年7月6日 收藏 打印 推荐", "只看楼主 倒序阅读 3 发表于:2015-04-21", "【 】 【打印", "责任编辑:林小满我来说两句",
                                  "来源:青禾日报 我要评论(0)", "柳川镇 召开 会议 上一版3 4下一版", "打印", ""])
def test_without_buttons_as_labelling_every_word(line):
    from pipeline.core.lexicons import word_set

    words = list(re.finditer(r"\S+", line))
    labels = [meta._button_label(w.group().strip("【】[]|｜")) for w in words]
    furniture = word_set("page_furniture.txt")
    while len(words) > 1 and (labels[len(words) - 1] in furniture or not labels[len(words) - 1]):
        words.pop()
    first = 0
    while first < len(words) - 1 and (labels[first] in furniture or first and labels[first].isdigit()):
        first += 1
    if words:
        last = words[-1].group().rstrip("】]0123456789")
        glued = next((b for b in meta._GLUED_BUTTONS if last.endswith(b) and len(last) > len(b)), "")
        end = words[-1].start() + len(last) - len(glued) if glued else words[-1].end()
        expected = line[words[first].start():end]
    else:
        expected = line
    assert meta._without_buttons(line) == expected


@pytest.mark.parametrize("text", ["干(gàn)部", "县(xian)(xian)", "会（ huì） 议", "法【pinyin:fǎ】", "作(拼音:zuò)", "办(繁:辦)", "务[繁体:務]",
                                  "坚《繁体:堅》", "柳川镇（2023年）", "GDP(国内生产总值)", ""])
def test_pinyin_cues_find_every_text_the_scans_would(text):
    assert chars._RESIDUE_CUE.found(text) >= bool(chars._RESIDUE.search(text))
    assert chars._LABELLED_CUE.found(text) >= bool(chars._LABELLED.search(text))


@pytest.mark.parametrize("text", SAMPLES + ["柳川镇开展秋季防汛演练 青禾日报 | 2025-08-04", "青禾战线 2020年5期", "关键词:防汛,演练责任编辑:周可",
                                            "林小满 周可 青禾日报记者 王一帆", "记者 林小满 文/图", "通讯员 周可 文图"])
def test_substring_tests_before_the_byline_and_field_patterns(text):
    s = text.strip()
    if "报" not in s:
        assert meta._TITLE_PAPER_DATE.match(s) is None and meta._TITLE_DATE_PAPER_PAGE.match(s) is None
    if "期" not in s:
        assert meta.PERIODICAL.match(s) is None
    if "责" not in s:
        assert meta._EDITOR_GLUED.search(s) is None
    if "记者" not in s and "通讯员" not in s:
        assert meta._LATER_BYLINE.search(s) is None
    if not s.endswith(("图", "文")):
        assert meta._BOTH_BY_AFTER.sub("", s) == s
