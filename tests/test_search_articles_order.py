"""Articles of equal score come back by date, then id, whatever order they were written in (the
index numbers articles as they are written, so keys alone would order them by a build's history)."""
from __future__ import annotations

import sqlite3

from pipeline.search.articles import search_articles
from pipeline.search.index import rebuild_index
from pipeline.store import schema


def _article(conn: sqlite3.Connection, cols: list[str], aid: str, title: str, date: str, text: str) -> None:
    given = {"id": aid, "doc_id": "d", "idx": 0, "title": title, "date": date, "text": text, "doc_start": 0,
             "orig_start": 0, "orig_end": 0, "unreadable": "[]"}
    unset = ("title", "date", "source", "editor", "affiliation", "canonical_id")
    row = [given.get(c, None if c in unset else "{}" if c.endswith("quality") else 0) for c in cols]
    conn.execute(f"INSERT INTO articles ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", row)


def test_equal_scores_come_by_date_then_id_not_by_write_order():
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    schema.create(conn)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    # the same words, so the same score: written in the reverse of the order they should come back in
    _article(conn, cols, "b-0", "乙", "2024-03-02", "青禾镇召开会议")
    _article(conn, cols, "c-0", "丙", "2024-03-01", "柳川镇召开会议")
    _article(conn, cols, "a-0", "甲", "2024-03-02", "方山镇召开会议")
    rebuild_index(conn)
    found = [r["article_id"] for r in search_articles(conn, "会议", 5)]
    assert found == ["c-0", "a-0", "b-0"]
    assert [r["article_id"] for r in search_articles(conn, "会议", 1)] == ["c-0"]
