"""Session 76 study (set 241), metadata classes: a magazine's reprint whose byline names each writer
with the medium they write for, and the database's line gluing the day to those writers and media.

Pages invented for the test (names, places and sentences made up), in the shape of the class.
"""
from __future__ import annotations

from pipeline.text.articles import split_articles
from pipeline.text.ingest import read_document
from pipeline.text.meta import parse_byline_fields, parse_meta_line
from pipeline.text.repair import repair_document

BODY = "近日,青禾县从县直机关选派120名干部组成驻村工作队,全部进驻各行政村开展帮扶工作。"
BODY2 = "出发前,工作队队员集中参加了为期三天的专题培训,学习基层党建和产业发展知识。"


def only(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    arts = split_articles(repair_document(read_document(path)))
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


def test_writers_each_with_their_medium_in_brackets_are_the_authors():
    assert parse_byline_fields("文/林小满(青禾网) 赵一鸣(青禾日报)") == [("author", "林小满"), ("author", "赵一鸣")]
    assert parse_byline_fields("文/林小满（青禾晚报）") == [("author", "林小满")]
    assert parse_byline_fields("文/林小满(本刊记者)") == [("记者", "林小满")]  # (a role in the brackets: unchanged)


def test_a_day_glued_to_writers_and_their_media_is_no_source():
    assert parse_meta_line("2020-05-12林小满青禾网赵一鸣青禾日报") == [("date", "2020-05-12")]
    # a day then one paper is still that paper's dateline
    assert ("source", "青禾日报") in parse_meta_line("2020-05-12 青禾日报")
    assert ("source", "青禾日报") in parse_meta_line("2020-05-12青禾日报")


def test_a_journal_reprint_keeps_the_journal_as_source_and_the_writers(tmp_path):
    page = "\n".join(["青禾:120名驻村干部进驻各村", "2020-05-12林小满青禾网赵一鸣青禾日报",
                      "山乡建设 2020年3期", "文/林小满(青禾网) 赵一鸣(青禾日报)", BODY, BODY2])
    art = only(tmp_path, page)
    assert art.source == "山乡建设"
    assert sorted((a.name, a.role) for a in art.authors) == [("林小满", "作者"), ("赵一鸣", "作者")]
    assert "文/" not in art.text and art.date == "2020-05-12"
