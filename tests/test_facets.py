"""Facets: the most frequent values of each facet with exact counts (selected values always), one
facet's values a page at a time, counts from the rows that do not match and remembered counts
equal to a count made row by row, and the pages and API that offer them."""
from __future__ import annotations

from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest

from pipeline import search as S
from pipeline.search import facet_arrays, facet_counts
from pipeline.search.catalog import catalog
from pipeline.search.index import facet_values as row_pairs
from pipeline.store import reader


def every_value(conn, facet, q, filters=None) -> list[dict]:
    return S.facet_values(conn, facet, q, filters, limit=facet_counts.PAGE_LIMIT).values


def brute_force(conn, term: str, filters: dict[str, str]) -> dict[str, Counter]:
    """Per facet, the values of the measures containing ``term`` and carrying every filtered value
    but the facet's own, counted row by row from search_measures."""
    conn.row_factory = __import__("sqlite3").Row
    try:
        rows = [row_pairs(r) for r in conn.execute("SELECT * FROM search_measures WHERE instr(text, ?)", (term,))]
    finally:
        conn.row_factory = None
    out: dict[str, Counter] = {f: Counter() for f in S.FACETS}
    for pairs in rows:
        for facet in S.FACETS:
            if all((f, v) in pairs for f, v in filters.items() if f != facet):
                out[facet].update(v for f, v in pairs if f == facet)
    return out


# --- the most frequent values, selected ones always ------------------------------------------------

def test_facets_give_the_most_frequent_values_and_how_many_there_are(conn):
    top = S.facets(conn, "干部", limit=3)
    for facet, fv in top.items():
        full = every_value(conn, facet, "干部")
        assert fv.values == full[:3], facet
        assert fv.distinct == len(full) and fv.more == max(0, len(full) - 3), facet
        counts = [v["count"] for v in fv.values]
        order = [int(v["value"]) for v in fv.values] if facet in S.NEWEST_FIRST else counts  # (years: tests/test_web_page71.py)
        assert order == sorted(order, reverse=True) and all(counts)
    assert any(fv.more for fv in top.values())


def test_a_selected_value_is_listed_even_outside_the_top(conn):
    full = every_value(conn, "slogan", "干部")
    rare = full[-1]
    assert len(full) > 5 and rare["count"] < full[4]["count"]
    fv = S.facets(conn, "干部", S.Filters(slogan=rare["value"]), limit=4)["slogan"]
    assert [v["value"] for v in fv.values] == [v["value"] for v in full[:4]] + [rare["value"]]
    assert [v["selected"] for v in fv.values] == [False] * 4 + [True]
    # more: the values with a match not listed (the API's facet_info says so); the selected one is listed
    assert fv.values[-1]["count"] == rare["count"] and fv.more == len(full) - 5


def test_a_selected_value_with_no_match_is_still_listed(conn):
    absent = {v["value"] for v in every_value(conn, "province", None)} - {
        v["value"] for v in every_value(conn, "province", "容错")}
    assert absent
    province = sorted(absent)[0]
    fv = S.facets(conn, "容错", S.Filters(province=province), limit=2)["province"]
    chosen = [v for v in fv.values if v["selected"]]
    assert [(v["value"], v["count"]) for v in chosen] == [(province, 0)]
    assert fv.distinct == len(every_value(conn, "province", "容错"))


def test_facet_limit_is_bounded(conn):
    with pytest.raises(S.QueryError):
        S.facets(conn, "干部", limit=0)
    with pytest.raises(S.QueryError):
        S.facet_values(conn, "county", "干部", limit=facet_counts.PAGE_LIMIT + 1)
    with pytest.raises(S.QueryError):
        S.facet_values(conn, "nope", "干部")


# --- one facet, a page at a time ------------------------------------------------------------------

def test_facet_values_come_a_page_at_a_time(conn):
    full = every_value(conn, "slogan", None)
    pages, offset = [], 0
    while True:
        fv = S.facet_values(conn, "slogan", None, offset=offset, limit=7)
        pages += fv.values
        assert fv.distinct == len(full) and fv.more == max(0, len(full) - offset - 7)
        if not fv.more:
            break
        offset += 7
    assert pages == full and len(full) > 30
    assert [v["count"] for v in full] == sorted((v["count"] for v in full), reverse=True)


def test_facet_values_by_prefix_and_by_what_they_contain(conn):
    cat = catalog(conn)
    full = every_value(conn, "province", None)
    prefix = full[0]["label"][:1]
    names = {v["value"]: (v["value"], v["label"], *cat.by_key[("province", v["value"])].aliases) for v in full}
    want = [v for v in full if any(n.startswith(prefix) for n in names[v["value"]])]
    got = S.facet_values(conn, "province", None, prefix=prefix)
    assert got.values == want and got.distinct == len(want) < len(full)
    short = full[0]["label"][1:3]
    got = S.facet_values(conn, "province", None, contains=short)
    assert got.values == [v for v in full if any(short in n for n in names[v["value"]])] and got.values
    assert S.facet_values(conn, "province", None, prefix="火星").values == []


# --- exact: from the rows that do not match, and when remembered -------------------------------------

@pytest.mark.parametrize("over", [0.0, 0.5, 1.0])  # always count the rest / the default / never
@pytest.mark.parametrize("term, filters", [("干部", {}), ("干部", {"province": "福建省"}), ("考核", {}),
                                           ("工作", {"category": "tolerate", "year": "2023"})])
def test_counts_equal_a_count_row_by_row(sample_kb, monkeypatch, over, term, filters):
    db, _ = sample_kb
    monkeypatch.setattr(facet_arrays, "COMPLEMENT_OVER", over)
    c = reader.connect_readonly(db)
    c.file_key = None  # a catalog of its own: nothing remembered from other tests
    truth = brute_force(c, term, {f: _value(c, f, v) for f, v in filters.items()})
    got = S.facets(c, term, S.Filters(**filters), limit=facet_counts.PAGE_LIMIT)
    for facet, fv in got.items():
        assert {v["value"]: v["count"] for v in fv.values if v["count"]} == dict(truth[facet]), facet
    assert any(truth[f] for f in got)


def _value(conn, facet, given):
    (x,) = S.resolve(catalog(conn), S.Filters(**{facet: given})).values[facet]
    return x.value


def test_a_term_in_most_measures_is_counted_from_the_rest(conn):
    arrays = catalog(conn).arrays(conn)
    ids = facet_counts._matched_ids(conn, S.parse("干部").expression(), arrays.middle)
    truth = {i for (i,) in conn.execute("SELECT measure_id FROM search_measures WHERE instr(text, '干部')")}
    assert sorted(ids.tolist()) == sorted(truth)  # both halves, each id once
    rows = len(arrays.rows(ids))
    assert rows > facet_arrays.COMPLEMENT_OVER * len(arrays.arrays.keys)  # the case the parametrized test covers


def test_counts_are_remembered_per_file_version(sample_kb, monkeypatch):
    db, _ = sample_kb
    c = reader.connect_readonly(db)
    first = S.facets(c, "考核", S.Filters(province="福建"))
    reads: list[str] = []
    real = facet_counts._matched_ids
    monkeypatch.setattr(facet_counts, "_matched_ids", lambda conn, expr, middle: reads.append(expr) or real(conn, expr, middle))
    assert S.facets(c, "考核", S.Filters(province="福建")) == first and reads == []
    S.facet_values(c, "province", "考核")  # the province facet without its filter: remembered too
    assert reads == []
    S.facets(c, "考核", S.Filters(province="福建", year="2023"))
    assert reads  # a new combination is read
    other = reader.connect_readonly(db)
    other.file_key = c.file_key[:3] + (c.file_key[3] + 1,) + c.file_key[4:]  # as if rebuilt: another mtime
    S.facets(other, "考核", S.Filters(province="福建"))
    assert len(reads) > 1 and catalog(other) is not catalog(c)


def test_the_memo_keeps_to_its_size():
    import numpy as np

    memo = facet_arrays.Memo(limit=3 * 80)
    for i in range(5):
        memo.put(i, np.zeros(10, dtype=np.int64))  # 80 bytes each
    assert memo.get(0) is None and memo.get(1) is None and memo.get(4) is not None and memo.size == 240
    with pytest.raises(ValueError):
        memo.get(4)[0] = 1  # shared by every later request: read-only


# --- the API and the pages ------------------------------------------------------------------------

def test_api_search_gives_top_values_and_where_the_rest_are(client, conn):
    body = client.get("/api/search", params={"q": "干部", "facets": "1", "facet_limit": 5}).json()
    info = body["facet_info"]["slogan"]
    assert len(body["facets"]["slogan"]) == info["shown"] == 5 and info["distinct"] > 5
    assert info["more"] == info["distinct"] - 5
    assert {"facet", "value", "label", "count", "selected"} <= set(body["facets"]["province"][0])
    assert urlsplit(info["more_url"]).path == "/api/facets/slogan"
    rest = client.get(info["more_url"] + "&offset=5&limit=1000").json()
    assert [v["value"] for v in body["facets"]["slogan"] + rest["values"]] == [
        v["value"] for v in every_value(conn, "slogan", "干部")]
    assert rest["more"] == 0 and rest["next"] is None
    assert all(i["more_url"] is None for i in body["facet_info"].values() if not i["more"])
    default = client.get("/api/search", params={"q": "干部", "facets": "1"}).json()
    assert all(len(v) <= S.FACET_LIMIT for v in default["facets"].values())


def test_api_facet_values_pages_by_next_and_prefix(client, conn):
    url, seen = "/api/facets/slogan?limit=10", []
    while url:
        page = client.get(url).json()
        assert page["facet"] == "slogan" and page["name"] == "提法" and page["shown"] == len(page["values"])
        seen += page["values"]
        url = page["next"]
    assert seen == every_value(conn, "slogan", None)
    fz = client.get("/api/facets/province", params={"q": "干部", "prefix": "福", "city": "福州"}).json()
    assert [v["value"] for v in fz["values"]] == ["福建省"] and fz["query"] == "干部"
    assert client.get("/api/facets/nope").status_code == 404
    bad = client.get("/api/facets/county", params={"limit": 0})
    assert bad.status_code == 400 and "分面" in bad.json()["error"]
    assert client.get("/api/search", params={"facets": "1", "facet_limit": 5000}).status_code == 400


def test_the_page_links_more_to_the_facets_own_page(client, conn):
    page = client.get("/")
    assert 'id="facet-slogan"' in page.text and "更多…" in page.text and "<script" not in page.text
    start = page.text.index('id="facet-slogan"')
    block = page.text[start:page.text.index("</div>", start)]
    assert block.count('data-facet="slogan"') == S.FACET_LIMIT
    href = block.split('<p class="facet-more"><a href="')[1].split('"')[0]
    assert urlsplit(href).path == "/facets/slogan"
    listed, url = [], href
    while url:
        p = client.get(url.replace("&amp;", "&"))
        assert p.status_code == 200 and "返回搜索" in p.text
        listed += [x.split('"')[0] for x in p.text.split('data-facet="slogan" data-value="')[1:]]
        nxt = p.text.split('id="next-page" href="')
        url = nxt[1].split('"')[0] if len(nxt) > 1 else None
    assert listed == [v["value"] for v in every_value(conn, "slogan", None)]


def test_the_facet_page_finds_values_and_keeps_the_search(client, conn):
    r = client.get("/facets/county", params={"q": "干部", "province": "福建", "contains": "鼓楼"})
    assert r.status_code == 200 and "鼓楼" in r.text
    links = [x.split('"')[0].replace("&amp;", "&") for x in r.text.split('<li class=""><a href="')[1:]]
    assert links and all(dict(parse_qsl(urlsplit(u).query)).keys() >= {"q", "province", "county"} for u in links)
    got = S.facet_values(conn, "county", "干部", S.Filters(province="福建"), contains="鼓楼").values
    assert len(links) == len(got) and all("鼓楼" in v["label"] for v in got)
    none = client.get("/facets/county", params={"contains": "火星"})
    assert 'id="no-values"' in none.text
    assert client.get("/facets/nope").status_code == 404


def test_the_facet_lookup_box_is_a_plain_form(client):
    page = client.get("/", params={"q": "干部"})
    start = page.text.index('id="facet-slogan"')
    block = page.text[start:page.text.index("</div>", start)]
    assert '<form class="facet-find" action="/facets/slogan" method="get">' in block
    assert '<input type="hidden" name="q" value="干部">' in block and 'name="contains"' in block
