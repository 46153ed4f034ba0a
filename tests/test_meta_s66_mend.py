"""Titles and writers (session 66 review): invented pages (names, places, sentences made up) where the
session's byline rules must not reach — a headline about an official, a column's label after ◎."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_a_headline_about_an_official_opening_with_a_verb_or_a_bare_post_stays_the_headline(tmp_path):
    # 追寻/学习/寻访/聆听/点赞 + the post + the name: a headline about the official, not his byline;
    # a bare post without the place that holds it (县委书记 某某, 村党支部书记 某某) is a profile's headline
    for head in ("追寻县委书记 方小禾", "学习县委书记 方小禾", "寻访村党支部书记 黄小禾", "聆听县委书记 方小禾",
                 "缘何点赞村党支部书记 黄小禾", "县委书记 方小禾", "村党支部书记 黄小禾", "县委常委、组织部部长 方小禾"):
        art = only(tmp_path, "\n".join([head, BODY, BODY2]))
        assert art.title == head, head
        assert art.authors == [], head
    # the writer's posts held in a named place stay a byline (a province's committee too: 某省委常委)
    for line, name in (("湖北省委常委、组织部部长 方小禾", "方小禾"), ("中共青禾县委副书记、县长 李明远", "李明远")):
        art = only(tmp_path, "\n".join([line, BODY, BODY2]))
        assert art.title is None, line
        assert [a.name for a in art.authors] == [name], line


def test_a_columns_label_after_the_writer_mark_names_no_writer(tmp_path):
    # ◎快评, ◎数读, ◎组工君, ◎青禾之窗, ◎村官手记: a column's or an account's label after ◎, not a pen name
    for line in ("◎数说", "◎快评", "◎热评", "◎锐评", "◎数读", "◎漫评", "◎悦读", "◎组工君",
                 "◎青禾之窗", "◎柳川之声", "◎初心之路", "◎村官手记", "◎柳川答卷", "◎山乡巨变"):
        assert only(tmp_path, "\n".join([line, BODY, BODY2])).authors == [], line
    # a writer's name (a family name first) or a pen name of three characters read as one word stays the writer
    for line, name in (("◎禾言轩", "禾言轩"), ("◎墨组然", "墨组然"), ("◎江一苇", "江一苇"), ("◎欧阳青", "欧阳青")):
        art = only(tmp_path, "\n".join([line, BODY, BODY2]))
        assert art.title is None, line
        assert [a.name for a in art.authors] == [name], line
