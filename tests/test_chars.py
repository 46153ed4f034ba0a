"""Character rules (pipeline.text.chars), URL spelling (pipeline.text.urls) and the word-list loader."""
from __future__ import annotations

from pathlib import Path

from pipeline.core.lexicons import resource_path, word_list, word_set, word_table
from pipeline.core.records import QualityReport
from pipeline.text.chars import (
    cjk_count, halfwidth, is_cjk, is_common, is_frequent, readings, simplify, strip_pinyin_residue, to_simplified,
)
from pipeline.text.tracked import Tracked
from pipeline.text.urls import normalize_url


def test_han_ranges():
    assert is_cjk("干") and not is_cjk("㐀") and not is_cjk("a") and not is_cjk("。")
    assert cjk_count("选拔20名干部, ok") == 5


def test_gb2312_levels():
    assert is_common("干") and is_common("“") and is_common("幹")  # 幹 simplifies to 干
    assert not is_common("\ue000")
    assert is_frequent("部") and not is_frequent("㐀")


def test_to_simplified_leaves_simplified_lines_alone():
    assert to_simplified("幹部選拔任用") == "干部选拔任用"
    assert to_simplified("成效显著") == "成效显著"  # tw2s would make 显着
    assert to_simplified("选拔\n幹部選拔") == "选拔\n干部选拔"


def test_corner_quotes_standing_alone_are_read_as_quote_marks():
    # big5 pages quote with 『』; inside 「」 they are the nested quotes and stay
    assert to_simplified("圍繞構築『三個高地』") == "围绕构筑“三个高地”"
    assert to_simplified("他說「要做到『三個高地』」") == "他说「要做到『三个高地』」"


def test_character_steps_keep_offsets():
    report = QualityReport(encoding="utf-8")
    t = strip_pinyin_residue(Tracked.original("干(gàn)部選拔２０名"), report)
    t = halfwidth(simplify(t, report), report)
    assert t.text == "干部选拔20名"
    assert t.orig_span(t.text.index("部"), len(t.text)) == (6, 12)
    assert report.counts == {"pinyin_residue": 1, "traditional": 1, "fullwidth": 2}
    assert "gan" in readings("干")


def test_a_reading_printed_twice_goes_whole():
    report = QualityReport(encoding="utf-8")
    t = strip_pinyin_residue(Tracked.original("地、縣(xian)(xian)兩級領導"), report)
    assert t.text == "地、縣兩級領導" and t.orig_span(t.text.index("兩"), t.text.index("兩") + 1) == (15, 16)


def test_a_space_after_a_reading_is_the_pages_own_unless_the_page_spaces_every_reading():
    def strip(text):
        return strip_pinyin_residue(Tracked.original(text), QualityReport(encoding="utf-8")).text

    assert strip("會(huì)議選派縣級(jí)幹(gàn)部(記者 林曉滿(mǎn) 方小禾)") == "會議選派縣級幹部(記者 林曉滿 方小禾)"
    assert strip("會(huì) 議選派縣(xiàn) 級幹(gàn) 部") == "會議選派縣級幹部"  # (a page that spaces them all)
    assert strip("(記者 王澤會(huì) 瞿若焱)") == "(記者 王澤會 瞿若焱)"  # (one reading alone shows no style)


def test_normalize_url():
    assert normalize_url(" HTTP://Www.A.cn:80#top ") == "http://www.a.cn/"
    assert normalize_url("https://a.cn:8443/x?q=1#f") == "https://a.cn:8443/x?q=1"


def test_word_lists_have_headers_and_load_once():
    for name in ("page_furniture.txt", "not_a_source.txt", "metadata_labels.tsv", "disclosure_table_labels.tsv"):
        assert Path(resource_path(name)).read_text(encoding="utf-8").startswith("# "), name
    assert word_set("page_furniture.txt") is word_set("page_furniture.txt")
    assert "返回顶部" in word_set("page_furniture.txt")
    assert ("来源", "source") in word_table("metadata_labels.tsv")
    assert all(len(row) == 2 for row in word_table("disclosure_table_labels.tsv"))
    assert len(word_list("not_a_source.txt")) == len(word_set("not_a_source.txt"))


def test_a_converters_labelled_readings_and_traditional_forms_go():
    report = QualityReport(encoding="utf-8")
    text = "干部工(pinyin:gōng)作办(繁:辦)法颁(读:bān)布的【pinyin:de】通知,另(繁:車)字"
    t = strip_pinyin_residue(Tracked.original(text), report)
    assert t.text == "干部工作办法颁布的通知,另(繁:車)字"  # 車 is no form of 另: kept
    assert report.counts == {"pinyin_residue": 4}
    assert t.orig_span(t.text.index("法"), t.text.index("法") + 1) == (text.index("法"), text.index("法") + 1)
    # in square brackets and in title marks too (务[繁体:務], 坚《繁体:堅》, 施《pinyin:shī》): no document's title
    text = "干部服务[繁体:務]要坚《繁体:堅》持实施《pinyin:shī》到位,办[pinyin:bàn]好实事"
    assert strip_pinyin_residue(Tracked.original(text), QualityReport(encoding="utf-8")).text == "干部服务要坚持实施到位,办好实事"


def test_qian_of_the_simplified_standard_stays_in_a_simplified_line():
    from pipeline.text.chars import to_simplified

    assert to_simplified("咸阳市乾县推行干部实绩档案") == "咸阳市乾县推行干部实绩档案"  # 乾县, not 干县
    assert to_simplified("辦公室保持乾淨") == "办公室保持干净"  # traditional: 乾 is "dry"


def test_a_toned_reading_after_a_character_lost_to_mojibake_is_residue():
    from pipeline.core.records import QualityReport

    def strip(s):
        return strip_pinyin_residue(Tracked.original(s), QualityReport(encoding="utf-8")).text

    assert strip("青禾W(wǎng) 时间:2012-03-08") == "青禾W 时间:2012-03-08"
    assert strip("用Windows(win)系统") == "用Windows(win)系统"  # no tone mark: a word in brackets
