"""Session 71's review of dates (and of a manifest that broke the build): one test per class of error, in our
own words; each section names its class."""
from __future__ import annotations

import json
import random

from click.testing import CliRunner
import pytest

from pipeline.core.records import RawDocument
from pipeline.extract.dates import _MONTH_OF, find_dates
from pipeline.text import manifest
from pipeline.text.articles import split_articles
from pipeline.text.dates import iso
from pipeline.text.meta import parse_meta_line
from pipeline.text.repair import clean_snippet, repair_document

BODY = ("青禾县委组织部日前召开年轻干部座谈会，围绕乡村治理听取大家的意见建议，与会干部结合岗位实际逐一发言。\n"
        "会议要求，各乡镇要把年轻干部放到基层一线培养锻炼，建立成长档案，跟踪了解他们的表现。\n")


def _articles(text):
    raw = RawDocument(path="t.txt", id="t", encoding="utf-8", format="txt", text=text, size=len(text))
    return split_articles(repair_document(raw))


# -- a dateline shaped like a date but not one on the calendar dates nothing -------------------------------

@pytest.mark.parametrize("line", ["发布时间：2021-13-05", "来源：青禾县融媒体中心  时间：2021-04-31",
                                  "发布时间：2021-02-30 10:20", "发布日期：2019年2月29日"])
def test_a_dateline_the_calendar_lacks_dates_nothing(line):
    [art] = _articles("青禾县召开年轻干部座谈会\n" + line + "\n" + BODY)
    assert art.date is None
    assert art.title == "青禾县召开年轻干部座谈会" and not art.text.startswith(("发布", "来源"))  # (still a dateline)


def test_a_later_dateline_dates_the_article_when_the_first_is_no_day():
    [art] = _articles("青禾县召开年轻干部座谈会\n发布时间：2021-13-05\n" + BODY + "发布日期：2021-05-13\n")
    assert art.date == "2021-05-13"


@pytest.mark.parametrize("value, want", [("2021-04-30", "2021-04-30"), ("2021-04", "2021-04"), ("2021", "2021"),
                                         ("2021-04-31", None), ("2021-13-05", None), ("2021-13", None),
                                         ("2021-02-29", None), ("2020-02-29", "2020-02-29"), ("", None), (None, None),
                                         ("2021年4月", None)])
def test_checked_iso_takes_only_days_of_the_calendar(value, want):
    from pipeline.text.dates import checked_iso

    assert checked_iso(value) == want


def test_an_article_date_the_calendar_lacks_resolves_no_relative_date():
    got = find_dates("本月，青禾县完成村级换届。当天，柳川镇召开大会。", "2021-02-30")
    assert [(d.text, d.iso) for d in got] == [("本月", None), ("当天", None)]


# -- days built from parts go through iso() --------------------------------------------------------------

@pytest.mark.parametrize("text, date, want", [
    ("2021年2月27日，青禾县召开干部大会。30日，全县开展培训。", "2021-03-05", ["2021-02-27", None]),
    ("4月28日，柳川镇启动驻村帮扶。31日，工作队进村。", "2022-05-10", ["2022-04-28", None]),
    ("4月28日，柳川镇启动驻村帮扶。30日，工作队进村。", "2022-05-10", ["2022-04-28", "2022-04-30"]),
])
def test_a_bare_day_after_a_named_one_is_a_day_of_that_month_or_none(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want


@pytest.mark.parametrize("line, want", [
    ("February 30, 2021, 10:15 AM", [("date", "")]),
    ("Title: 柳川镇干部培训 Posted by: abc on Sept 31, 2019", [("headline", "柳川镇干部培训"), ("date", "")]),
    ("February 28, 2021, 10:15 AM", [("date", "2021-02-28")]),
    ("Title: 柳川镇干部培训 Posted by: abc on Sept 30, 2019", [("headline", "柳川镇干部培训"), ("date", "2019-09-30")]),
])
def test_an_english_date_the_calendar_lacks_is_no_date(line, want):
    assert parse_meta_line(line) == want


# -- a month named without its year, far after the article's date: the year before -----------------------

@pytest.mark.parametrize("text, date, want", [
    ("12月30日，青禾县召开年轻干部座谈会。31日，全县开展新任干部集中培训。", "2022-01-04", ["2021-12-30", "2021-12-31"]),
    ("11月，柳川镇完成村级换届。", "2022-02-10", ["2021-11"]),
    ("十二月，柳川镇完成村级换届。", "2022-01-20", ["2021-12"]),
    # a deadline or a start set ahead, a month near enough, the year named: the article's year
    ("各乡镇于12月31日前完成换届。", "2022-01-04", ["2022-12-31"]),
    ("该办法自12月1日起施行。", "2022-01-04", ["2022-12-01"]),
    ("柳川镇换届大会将于11月8日召开。", "2022-01-04", ["2022-11-08"]),
    ("按照安排，各村须于10月报送述职报告。", "2022-02-14", ["2022-10"]),
    ("6月30日，柳川镇召开大会。", "2022-01-04", ["2022-06-30"]),
    ("今年12月，柳川镇将完成换届。", "2022-01-04", ["2022-12"]),
    ("12月5日，柳川镇召开大会。", "2022-12-20", ["2022-12-05"]),
])
def test_a_month_far_after_the_articles_date_is_of_the_year_before(text, date, want):
    assert [d.iso for d in find_dates(text, date)] == want


# -- 二OO七年: the letter O for 〇 inside a year in numerals ----------------------------------------------

@pytest.mark.parametrize("text", ["该办法于二ＯＯ七年九月十八日印发。", "该办法于二OO七年九月十八日印发。",
                                  "该办法于二〇〇七年九月十八日印发。"])
def test_a_year_in_numerals_may_write_zero_as_the_letter_o(text):
    assert [d.iso for d in find_dates(clean_snippet(text))] == ["2007-09-18"]


def test_the_letter_o_alone_is_no_year():
    assert [d.iso for d in find_dates("编号为OOOO年的档案。")] == []


@pytest.mark.parametrize("day", ["二OO七年九月十八日", "二ＯＯ七年九月十八日"])
def test_a_notice_signed_with_the_letter_o_is_dated(day):
    [art] = _articles("关于开展年轻干部座谈的通知\n" + BODY + "中共青禾县委组织部\n" + day + "\n")
    assert art.date == "2007-09-18" and "七年" not in art.text  # (the signature's day, not a line of the text)


# -- a manifest row that is no text (a lone surrogate) is said with its file and line; the build goes on ---

def test_a_manifest_row_with_a_lone_surrogate_is_said_and_left_out(tmp_path, segmenter):
    from pipeline.cli import cli

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.replace("青禾县", "柳川县"), encoding="utf-8")
    rows = ['{"file": "a.txt", "title": "\\u67d0\\ud800\\u53bf", "url": "http://x.cn/a"}',
            json.dumps({"file": "b.txt", "title": "柳川县干部座谈", "url": "http://x.cn/b"}, ensure_ascii=False)]
    (tmp_path / "manifest.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    pages, problems = manifest.read(tmp_path)
    assert pages[manifest.key(tmp_path / "a.txt")].url == "http://x.cn/a"
    assert pages[manifest.key(tmp_path / "a.txt")].title is None
    assert pages[manifest.key(tmp_path / "b.txt")].title == "柳川县干部座谈"
    [said] = problems
    assert said.path == f"{tmp_path / 'manifest.jsonl'}:1" and "lone surrogate" in said.reason
    res = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "kb.sqlite"), "-j", "1"])
    assert res.exit_code == 0, res.output
    assert f"{tmp_path / 'manifest.jsonl'}:1: title" in res.output


# -- 次年: one pass, the same dates as the walk back it replaces ------------------------------------------

def _plain_next_year(text, found):
    for k, d in enumerate(found):
        if d.iso is not None or text[max(0, d.start - 2):d.start] not in ("次年", "翌年"):
            continue
        m = _MONTH_OF.fullmatch(d.text)
        sentence = max(text.rfind(c, 0, d.start) for c in "。！？；\n")
        prev = next((p for p in reversed(found[:k]) if p.iso and p.start > sentence), None)
        if m and prev:
            d.iso = iso(int(prev.iso[:4]) + 1, int(m.group(1)), int(m.group(2)) if m.group(2) else None)


def test_next_year_dates_as_the_plain_walk(monkeypatch):
    import pipeline.extract.dates as dates

    rng = random.Random(71)
    pieces = ["2018年", "次年", "翌年", "5月", "12月3日", "。", "，", "\n", "；", "同年4月", "2020年1月5日", "至", "、", "柳川镇"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        for date in (None, "2021-06-01"):
            got = [(d.text, d.iso) for d in find_dates(text, date)]
            with monkeypatch.context() as m:
                m.setattr(dates, "_next_year", _plain_next_year)
                assert got == [(d.text, d.iso) for d in find_dates(text, date)], text
    assert [d.iso for d in find_dates("该项目于2018年启动，次年5月建成，翌年6月验收。")] == ["2018", "2019-05", "2020-06"]
