"""Titles and writers by class (session 66): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, articles, only


def test_a_writers_posts_and_name_alone_over_the_text_are_a_byline_not_a_headline(tmp_path):
    # 某省某市委常委、组织部部长 某某 / text: no headline shown; the line names the writer
    for line, name in (("青禾省柳川市委常委、组织部部长 方小禾", "方小禾"),
                       ("山城县委副书记、县长 李明远", "李明远"),
                       ("青禾县委常委、组织部部长、县委党校校长 王青", "王青"),
                       ("柳川镇党委书记 陈立", "陈立")):
        art = only(tmp_path, "\n".join([line, BODY, BODY2]))
        assert art.title is None, line
        assert [a.name for a in art.authors] == [name], line


def test_a_headline_over_the_writers_posts_stays_the_headline(tmp_path):
    head = "以组织振兴引领乡村全面振兴"
    art = only(tmp_path, "\n".join([head, "青禾省柳川市委常委、组织部部长 方小禾", BODY, BODY2]))
    assert art.title == head
    assert [a.name for a in art.authors] == ["方小禾"]
    # a headline about a post, signed by its writer, is no line of posts (…的书记: a clause)
    art = only(tmp_path, "\n".join(["做一名群众信得过的村党支部书记 方小禾", BODY, BODY2]))
    assert art.title == "做一名群众信得过的村党支部书记"
    # an interview's or a profile's headline naming the official, alone over the text, stays a headline
    for head in ("专访青禾县委书记 方小禾", "全国优秀县委书记 王青", "走近村党支部书记 李明远"):
        assert only(tmp_path, "\n".join([head, BODY, BODY2])).title is not None, head


def test_a_name_behind_the_papers_writer_mark_is_the_writer_not_the_headline(tmp_path):
    # ◎某某: the mark a paper sets before its writer, a pen name too (no family name opening it)
    for line, name in (("◎禾言轩", "禾言轩"), ("◎ 柳组萱", "柳组萱"), ("◎方小禾", "方小禾")):
        art = only(tmp_path, "\n".join([line, BODY, BODY2]))
        assert art.title is None, line
        assert [a.name for a in art.authors] == [name], line
    # ◎小编, ◎导读, ◎乡村振兴: the site's staff, a label, a phrase: no writer
    for line in ("◎小编", "◎导读", "◎乡村振兴"):
        assert only(tmp_path, "\n".join([line, BODY, BODY2])).authors == [], line
    # a headline over it stays the headline
    art = only(tmp_path, "\n".join(["青禾县让年轻干部在一线成长", "◎禾言轩", BODY, BODY2]))
    assert art.title == "青禾县让年轻干部在一线成长"
    assert [a.name for a in art.authors] == ["禾言轩"]
