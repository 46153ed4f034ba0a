"""The workers' bigrams travel with a document's rows, are taken out before the rows are written,
and are held by the index round in memory until their articles are put in (pipeline/search/index.py):
a held body is the one used, and an article or measure without one is indexed from its stored text."""
from __future__ import annotations

import sqlite3

from pipeline.search import index as I
from pipeline.store import schema


def _tables() -> dict[str, list[tuple]]:
    """Rows of one article with two measures, laid out as store.rows makes them (other columns NULL)."""
    def row(table: str, **values) -> tuple:
        return tuple(values.get(name) for name, _ in schema.columns(table))

    return {"articles": [row("articles", id="d1-0", title="县里选派年轻干部", text="全县选派一批年轻干部到乡镇任职。")],
            "measures": [row("measures", article_id="d1-0", idx=0, text="选派年轻干部到乡镇任职"),
                         row("measures", article_id="d1-0", idx=1, text="任职期满后考核")]}


def test_take_bodies_removes_what_add_bodies_added():
    tables = _tables()
    I.add_bodies(tables)
    measures, articles = I.take_bodies(tables)
    assert set(tables) == {"articles", "measures"}  # nothing of the index's is left to be written
    assert measures == [("d1-0", 0, I.index_text("选派年轻干部到乡镇任职")), ("d1-0", 1, I.index_text("任职期满后考核"))]
    assert articles == [("d1-0", I.article_body("县里选派年轻干部", "全县选派一批年轻干部到乡镇任职。"))]
    assert I.take_bodies({"articles": []}) == ([], [])  # rows that came without bigrams


def test_held_bodies_are_used_once_and_a_missing_one_is_made_from_the_text():
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    conn.execute("INSERT INTO articles (id, doc_id, idx, title, text, doc_start, orig_start, orig_end, unreadable,"
                 " quality) VALUES ('d2-0', 'd2', 0, '乡镇干部培训', '举办乡镇干部培训班，学员五十名。', 0, 0, 16, '[]', '{}')")
    update = I.IndexUpdate(conn)
    update.hold(([("d1-0", 0, "held measure")], [("d1-0", "held article")]))
    assert update.measure_bodies == {("d1-0", 0): "held measure"}
    assert update._article_body("d1-0", "whatever title") == "held article"
    assert update.article_bodies == {}  # used up
    # none held (an older copy that became canonical): the bigrams of its stored title and text
    assert update._article_body("d2-0", "乡镇干部培训") == I.article_body("乡镇干部培训", "举办乡镇干部培训班，学员五十名。")
