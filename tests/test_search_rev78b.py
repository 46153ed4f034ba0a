"""Session 78, review78b: what a query finding nothing is offered when a place stands in the query."""
from __future__ import annotations

import pytest

TEXTS = {
    "b1.txt": "吉林省选派大学生到村任职\n发布时间：2024-03-01\n"
              "吉林省今年选派大学生到村任职，大学生村官每月领取生活补贴。\n吉林省为到村任职的大学生安排岗前培训。\n",
    "b2.txt": "北京市朝阳区培育产业带头人\n发布时间：2024-04-02\n"
              "北京市朝阳区组织村干部学习产业发展知识，培育一批产业带头人。\n",
    "b3.txt": "福建省龙岩市加强年轻干部培养\n发布时间：2024-05-03\n"
              "福建省龙岩市选派年轻干部到乡镇挂职锻炼。\n龙岩市建立干部实绩档案，干部考核结果与使用挂钩。\n",
    "b4.txt": "浙江省湖州市出台容错纠错实施办法\n发布时间：2024-06-04\n"
              "湖州市建立容错纠错机制，对干部在改革探索中的失误依规免责。\n湖州市每年评选一批敢于担当的优秀干部。\n",
}


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    from conftest import kb_of_texts

    c = kb_of_texts(tmp_path_factory, "rev78b", TEXTS)
    yield c
    c.close()


def offers(conn, q: str) -> list:
    from pipeline import search as S

    return S.suggest(conn, S.search(conn, q))


# --- 2: no place is split out of one ordinary word of the dictionary -----------------------------------------------

@pytest.mark.parametrize("q", ["吉林大学", "朝阳产业"])
def test_no_place_is_cut_out_of_a_single_dictionary_word(conn, q):
    # (吉林大学 was offered “大学”，省份 吉林省; 朝阳产业 “产业”，区县 朝阳区: each is one word, no place and a rest)
    assert not [(s.query, s.filters) for s in offers(conn, q) if s.filters], q


# --- 3: a place typed with a mark between it and the words still gets its filter offer ------------------------------

@pytest.mark.parametrize("q", ["龙岩·干部", "龙岩（干部）", "龙岩-干部"])
def test_a_place_and_words_parted_by_a_mark_are_offered_the_place_filter(conn, q):
    # (the rest was offered as typed, '·干部' / '（干部）' / '-干部' (read as a word left out), and no offer came)
    got = [(s.query, s.filters) for s in offers(conn, q) if s.filters]
    assert ("干部", {"city": "龙岩市"}) in got, (q, got)


# --- 5: a query finding nothing reads the division data only for a word closed by a level word --------------------

def test_a_query_with_no_level_word_never_reads_the_division_data(conn, monkeypatch):
    # (every query finding nothing looked its starts and ends up among the gazetteer's former names: the whole
    # division data read into the search process, 0.7 s and some 70 MB more for 考核干部办法)
    from pipeline.search import filters

    asked = []
    monkeypatch.setattr(filters, "_gazetteer", lambda: asked.append(1))
    for q in ("考核干部办法", "培养年轻干部方案"):
        offers(conn, q)
    assert not asked


# --- 9: a term typed in pinyin is spelled on its own beside the query's other terms --------------------------------

@pytest.mark.parametrize("q", ["rongcuojiucuo OR ganbu", "ganbu OR rongcuojiucuo", "rongcuo jiucuo"])
def test_pinyin_beside_another_term_is_still_offered(conn, q):
    # (the letters of every term were glued, rongcuojiucuoganbu, and spelled nothing)
    assert {"category": "tolerate"} in [s.filters for s in offers(conn, q)], q


# --- 10: of a clause's runs of one length, the one finding fewest is offered first ---------------------------------

def test_a_clauses_rarer_word_is_offered_before_a_common_one_of_its_length(conn):
    # (龙岩干部 was offered 只搜“干部” first: of two runs of two characters, the first by the characters' order)
    from pipeline import search as S

    got = [s.query for s in offers(conn, "龙岩干部，湖州考核")]
    assert "龙岩" in got and ("干部" not in got or got.index("龙岩") < got.index("干部")), got
    assert S.search(conn, "龙岩").total < S.search(conn, "干部").total
