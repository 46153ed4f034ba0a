"""Session 78, tester's report on the search page (ux78c): what a query finding nothing is offered."""
from __future__ import annotations

import pytest

TEXTS = {
    "a1.txt": "福建省龙岩市出台干部容错纠错办法\n发布时间：2024-03-01\n"
              "龙岩市建立容错纠错机制，对改革中出现的失误依规免责。\n龙岩市完善容错纠错机制，每年公布典型案例。\n各县区党委抓好容错纠错机制的落实。\n",
    "a2.txt": "安徽省选派驻村第一书记\n发布时间：2024-04-02\n"
              "安徽省选派驻村第一书记850名，驻村第一书记每月发放工作补助1200元。\n乡镇干部的工作补助同步提高。\n",
    "a3.txt": "江苏省扬州市江都区大桥镇关心村干部\n发布时间：2024-05-03\n"
              "江苏省扬州市江都区大桥镇为村干部购买意外伤害保险。\n大桥镇推行村干部坐班值守制度。\n",
    "a4.txt": "广西南宁市宾阳县大桥镇管理村干部\n发布时间：2024-05-04\n"
              "广西壮族自治区南宁市宾阳县大桥镇推行村干部积分制管理，积分与报酬挂钩。\n",
    "a5.txt": "江苏省南通市海门区考核干部\n发布时间：2024-06-05\n"
              "江苏省南通市海门区完善干部考核办法，考核结果与评优挂钩。\n海门区推行年度考核结果公示制度。\n",
}


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    from conftest import kb_of_texts

    c = kb_of_texts(tmp_path_factory, "ux78c", TEXTS)
    yield c
    c.close()


def offers(conn, q: str) -> list:
    from pipeline import search as S

    return S.suggest(conn, S.search(conn, q))


# --- 12: a shorter word never starts or ends with a function word --------------------------------------------------

def test_shorter_words_never_start_or_end_with_a_function_word(conn):
    # (驻村第一书记的生活补助 offered 更短的词“的生活补助”; a question word is as idle at an edge: 怎么发放)
    for q in ("驻村第一书记的工作补助", "容错纠错机制的实施意见"):
        texts = [s.query for s in offers(conn, q)]
        assert texts, q
        assert not any(t[0] in "的地得之和与及" or t[-1] in "的地得之和与及" for t in texts), (q, texts)



# --- 2: a sentence or paragraph pasted whole is offered its clauses' words that find something --------------------

PASTED = ("各地要建立健全容错纠错机制的实施办法，驻村第一书记的生活补助怎么发放，年轻干部到基层一线接受历练的具体安排，"
          "以及乡镇干部周转房的建设标准，都需要在年底前研究提出意见并报送省委组织部备案审查，逾期未报送的要说明情况和理由，"
          "各市县还要结合本地实际制定配套措施，确保各项政策落到实处、取得实效，让基层干部更有奔头、更愿担当。")


@pytest.mark.parametrize("q", ["建立健全容错纠错机制的实施办法，驻村第一书记的生活补助怎么发放", PASTED])
def test_clauses_finding_nothing_alone_offer_their_words_that_find_something(conn, q):
    # (each clause alone found nothing as a whole, and the words of both together nothing: no suggestion at all,
    # though 容错纠错机制 and 驻村第一书记 each find measures)
    from pipeline import search as S

    r = S.search(conn, q)
    assert r.total == 0
    got = {s.query: s.n for s in S.suggest(conn, r)}
    assert "容错纠错机制" in got and "驻村第一书记" in got, got
    assert all(n > 0 for n in got.values())



# --- 7: a town typed against the search words is offered as the town filter, each town of that name ---------------

def test_a_town_typed_with_the_words_is_offered_as_the_town_filter(conn):
    # (大桥镇村干部 offered only 分开搜索 大桥 村干部: the segmenter cuts 大桥 / 镇 / 村干部, and no word was a place;
    # 龙岩干部 was offered 地市 龙岩市, 海门区考核 区县 海门区)
    got = {(s.query, tuple(s.filters.items())) for s in offers(conn, "大桥镇村干部")}
    assert ("村干部", (("township", "江都区大桥镇"),)) in got and ("村干部", (("township", "宾阳县大桥镇"),)) in got, got
    # (the name at the end of the words too)
    got = {(s.query, tuple(s.filters.items())) for s in offers(conn, "村干部大桥镇")}
    assert ("村干部", (("township", "江都区大桥镇"),)) in got, got


# --- 10: a former county name typed in the search box is offered as the filter it is read as -----------------------

@pytest.mark.parametrize("q", ["海门市考核", "海门市 考核"])
def test_a_former_name_typed_in_the_search_box_is_offered_as_its_filter(conn, q):
    # (the filter county=海门市 is read as 海门区; typed with the words it was offered only 更短的词“考核” or 去掉“海门市”)
    from pipeline import search as S

    got = [s for s in offers(conn, q) if s.filters]
    assert [(s.query, s.filters) for s in got][:1] == [("考核", {"county": "海门区"})], got
    assert got[0].n == S.search(conn, "考核", S.Filters(county="海门市")).total == 2


# --- 14: /openapi.json names every field the article API gives for each place ------------------------------------

def test_the_api_document_names_every_field_of_an_articles_places(conn, tmp_path_factory):
    # (it named text, level, path, code, offsets and reason: not ambiguous, candidates, level_zh, name)
    from fastapi.testclient import TestClient

    from conftest import article_ids
    from pipeline.search.web import create_app

    db = conn.execute("PRAGMA database_list").fetchone()[2]
    web = TestClient(create_app(db))
    said = web.get("/openapi.json").json()["paths"]["/api/articles/{article_id}"]["get"]["responses"]["200"]["description"]
    given = {k for a in article_ids(db).values() for p in web.get(f"/api/articles/{a}").json()["places"] for k in p}
    assert {"ambiguous", "candidates", "level_zh"} <= given
    assert [k for k in sorted(given) if f"{k}（" not in said] == [], said


# --- 13: a known term typed in pinyin is offered ------------------------------------------------------------------

def test_a_term_typed_in_pinyin_is_offered(conn):
    # (rongcuojiucuo got only the hint that the texts are Chinese; tolerance was offered 容错纠错)
    from pipeline import search as S

    got = [(s.filters, s.n) for s in offers(conn, "rongcuojiucuo")]
    assert got and got[0][0] == {"category": "tolerate"}, got
    assert got[0][1] == S.search(conn, "", S.Filters(category="tolerate")).total > 0
    assert [s.filters for s in offers(conn, "cunganbu")][:1] == [{"group": "村干部"}]
    assert not [s for s in offers(conn, "qwertyuiop") if "category" in s.filters or "group" in s.filters]
