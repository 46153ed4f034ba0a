"""Fields studied on blind batch 77 (helper study78): bylines, figures' units, spam inside a headline.
Every sentence here is written for these tests; the place names and media names in them are facts."""
from __future__ import annotations

from pipeline.text.meta import parse_byline_fields, parse_meta_line
from tests.test_page_metadata import BODY, BODY2, only


def test_a_dated_byline_naming_a_paper_glued_to_its_app_reads_all_three_fields(tmp_path):
    # 2025-08-22 某某日报某某新闻 某某: the day, the paper with its app's name glued on, the writer; the
    # shortest medium name (the paper alone) left the app's name before the writer and the line was read as none
    assert parse_byline_fields("四川日报川观新闻 周小禾") == [("source", "四川日报川观新闻"), ("byline", "周小禾")]
    assert parse_meta_line("2024-03-05 贵州日报天眼新闻 周小禾") == [
        ("date", "2024-03-05"), ("source", "贵州日报天眼新闻"), ("byline", "周小禾")]
    head = "青禾县:为基层减负 让干部腾出手来"
    art = only(tmp_path, "\n".join([head, "", "2024-03-05 浙江日报潮新闻 周小禾", "", BODY, BODY2]))
    assert (art.date, art.source, [(a.name, a.role) for a in art.authors]) == ("2024-03-05", "浙江日报潮新闻", [("周小禾", None)])
    # the paper alone, or the paper and a reporter's role, read as before
    assert parse_byline_fields("贵州日报 周小禾") == [("source", "贵州日报"), ("byline", "周小禾")]
    assert parse_byline_fields("浙江日报潮新闻记者 周小禾") == [("source", "浙江日报潮新闻"), ("记者", "周小禾")]
