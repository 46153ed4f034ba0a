"""Session 74's faster scans (issue 13): each skips or narrows a regex scan where no match can be, and must
still see every match the full scan saw. Texts in our own words; the edge cases are where a precheck or an
anchor could miss one (the rare character at the text's start or end, matches side by side, the full-width and
the ASCII forms of a mark)."""
from __future__ import annotations

import pytest

from pipeline.extract import regions
from pipeline.extract.dates import find_dates
from pipeline.extract.slogans import _components_before, _shaped_candidates
from pipeline.text.lines import _line_spans, _pipe_table_rows
from pipeline.text.meta import bracket_bylines, signature_at_end


@pytest.mark.parametrize("text", [
    "省委召开全会。全省上下学习，省直各单位和省级机关跟进，省政府部署。",
    "全省",  # (省 one character after the match's start, at the text's end)
    "省委省政府联合发文，我省本省各省委外省省委常委会均有安排。",  # (side by side; 各省委, 外省 left out)
    "本市市委市直部门和全州州委、盟委与各市委、省市委都提到。",
    "省纪委监委和省人力资源和社会保障厅、节省、反省、省人大、省政协的说法。",
    "文中没有这个字。",
])
def test_place_counts_see_every_match(text):
    assert regions._occurrences(regions._PROVINCE_OWN, regions._PROVINCE_CHAR, text) \
        == len(regions._PROVINCE_OWN.findall(text))
    assert regions._occurrences(regions._PROVINCE_ORGAN, regions._PROVINCE_CHAR, text) \
        == len(regions._PROVINCE_ORGAN.findall(text))
    assert regions._occurrences(regions._CITY_OWN, regions._CITY_CHAR, text) == len(regions._CITY_OWN.findall(text))


def test_a_date_in_numerals_opening_the_text_is_found():
    dates = find_dates("二〇二三年五月十日，某镇召开干部大会。")  # (年 four characters after the text's start)
    assert [(d.start, d.iso) for d in dates if d.start == 0] == [(0, "2023-05-10")]


def test_a_posts_and_grades_scale_and_a_named_year_plan_are_still_candidates():
    text = "二岗十二级的岗位体系。三年人才振兴计划顺利实施。"
    found = {c[2] for c in _shaped_candidates(text, frozenset(), None)}
    assert "二岗十二级" in found and any(c.startswith("三年") and c.endswith("计划") for c in found)


@pytest.mark.parametrize("line", [
    "全镇开展走访活动（通讯员 刘晓东）",
    "全镇开展走访活动(通讯员 刘晓东)",
])
def test_a_bracketed_byline_in_either_bracket_is_read(line):
    assert bracket_bylines(line) == [("通讯员", "刘晓东")]


def test_a_paragraph_without_brackets_has_no_bracketed_byline():
    assert bracket_bylines("通讯员刘晓东说，全镇开展走访活动。") == []


@pytest.mark.parametrize("paragraph", [
    "干部们纷纷表示要把学到的用起来。（刘晓东 陈思远）",
    "干部们纷纷表示要把学到的用起来。(刘晓东 陈思远)",
])
def test_a_signature_closing_the_paragraph_is_read(paragraph):
    signed = signature_at_end(paragraph)
    assert signed is not None and signed[1] == ["刘晓东", "陈思远"]


def test_a_table_printed_with_full_width_bars_is_a_table():
    spans = _line_spans("甲镇｜120｜35%\n乙镇丨98丨41%\n")
    assert _pipe_table_rows(spans) == {0, 1}


def test_a_quoted_list_long_before_the_formula_head_is_read():
    lead = "为了把这项工作落到实处，县里在反复调研、多方征求意见之后，决定在全县推行"
    text = lead + "“学习、实践、创新”三项机制"
    assert _components_before(text, text.index("三项"), 3) == ["学习", "实践", "创新"]


def test_the_list_a_formula_mainly_builds_is_read():
    text = "某村以“修路、引水、亮灯”建设为主的“三小工程”进展顺利。"
    assert _components_before(text, text.index("“三小"), 3) == ["修路", "引水", "亮灯"]


def test_the_issuer_window_sees_the_longest_issuer_and_a_line_break():
    from pipeline.text.articles import _ISSUER

    for line in ("某某县人才工作领导小组", "某某县人民政府\n", "某某县委员会", "某某县委"):
        assert _ISSUER.search(line, max(0, len(line) - 5)).span() == _ISSUER.search(line).span()


@pytest.mark.parametrize("text", [
    "我省近日召开全省组织工作会议，部署年轻干部培养。",
    "记者从省委组织部获悉，今年将选派一批干部驻村。",
    "自治区党委组织部印发通知，要求各地抓好落实。",
    "本市出台新办法。市委组织部召开会议。",
    "各地干部踊跃参加培训。",
])
def test_the_organ_acting_in_the_opening_sentence_is_found(text):
    from pipeline.extract.spans import finditer_near

    stop = regions._OPENING_STOP.search(text)
    whole = regions._OPENING_ORGAN.search(text, 0, stop.start() if stop else len(text))
    near = next(finditer_near(regions._OPENING_ORGAN, regions._ORGAN_SEAT_CHAR, 1, text[:stop.start()] if stop else text), None)
    assert (near and near.span()) == (whole and whole.span())


@pytest.mark.parametrize("title, kept", [
    ("某某网_干部工作_全县选派干部驻村", "全县选派干部驻村"),
    ("全县选派干部驻村 - 某某网", "全县选派干部驻村"),
    ("某某网｜全县选派干部驻村", "全县选派干部驻村"),
])
def test_a_title_behind_its_site_prefix_is_still_split(title, kept):
    from pipeline.text.lines import strip_title_prefix

    split = strip_title_prefix(title)
    assert split is not None and split[0] == kept


def test_a_title_without_a_separator_is_left_whole():
    from pipeline.text.lines import strip_title_prefix

    assert strip_title_prefix("全县选派干部驻村") is None


@pytest.mark.parametrize("line, source", [
    ("来源：某某日报  浏览次数：128", "某某日报"),
    ("来源：某某日报 【打印】【关闭】", "某某日报"),
    ("来源：某某日报", "某某日报"),
])
def test_a_source_keeps_its_name_without_the_page_widgets_after_it(line, source):
    from pipeline.text.meta import parse_meta_line

    assert ("source", source) in (parse_meta_line(line) or [])
