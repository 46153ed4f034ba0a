"""The page after the session-70 web tester's second round: shared links that apps add parameters to, parameters a
page does not read, and the icon browsers ask for."""
from __future__ import annotations

import re

import pytest


def _total(html: str) -> str:
    """The line saying how many measures were found."""
    found = re.search(r'<p id="total" class="status">(.*?)</p>', html, re.S)
    assert found, html[:300]
    return found.group(1)


def _measure(conn) -> tuple[str, int]:
    return conn.execute("SELECT article_id, id FROM measures ORDER BY id LIMIT 1").fetchone()


# --- 1: what share buttons and apps add to a link is ignored, anything else unread is said ---------------------

SHARED = [
    {"from": "singlemessage", "isappinstalled": "0"},  # WeChat's
    {"from": "timeline", "scene": "1", "clicktime": "1712345678"},
    {"utm_source": "wechat", "utm_medium": "social"},
    {"spm": "a2c4g.11186623", "share_token": "abc"},
    {"fbclid": "IwAR0x"},
]


@pytest.mark.parametrize("added", SHARED)
def test_a_shared_search_link_opens_the_search_without_a_word(client, added):
    # they opened a 400 page (不认识参数 from), and utm_source's said 是不是 source？
    plain = client.get("/", params={"q": "干部"})
    r = client.get("/", params={"q": "干部"} | added)
    assert r.status_code == 200, r.text[:300]
    assert _total(r.text) == _total(plain.text)
    assert 'data-note="ignored-parameter"' not in r.text and "是不是" not in r.text


def test_a_shared_article_link_opens_the_article_on_its_measure(client, conn):
    article_id, measure_id = _measure(conn)
    for path in (f"/articles/{article_id}", f"/articles/{article_id}/original"):
        r = client.get(path, params={"m": measure_id, "from": "share", "isappinstalled": "0"})
        assert r.status_code == 200, (path, r.text[:300])
        assert '<mark id="' in r.text and 'data-note="ignored-parameter"' not in r.text
    r = client.get("/facets/province", params={"q": "干部", "utm_campaign": "spring"})
    assert r.status_code == 200 and 'data-note="ignored-parameter"' not in r.text


def test_a_page_ignores_a_parameter_it_does_not_read_and_names_it(client, conn):
    # a misspelt filter: the search unfiltered, as the page says, with the spelling it was probably meant to be
    plain = client.get("/", params={"q": "干部"})
    r = client.get("/", params={"q": "干部", "provice": "福建"})
    assert r.status_code == 200 and _total(r.text) == _total(plain.text)
    notes = re.findall(r'data-note="ignored-parameter">(.*?)</p>', r.text)
    assert len(notes) == 1 and "provice" in notes[0] and "province" in notes[0]
    # a name that only ends like one the page reads is not offered it
    r = client.get("/", params={"q": "干部", "my_source": "报"})
    notes = re.findall(r'data-note="ignored-parameter">(.*?)</p>', r.text)
    assert r.status_code == 200 and len(notes) == 1 and "my_source" in notes[0] and "是不是" not in notes[0]
    article_id, measure_id = _measure(conn)
    r = client.get(f"/articles/{article_id}", params={"m": measure_id, "mode": "print"})
    assert r.status_code == 200 and '<mark id="measure">' in r.text
    assert re.search(r'data-note="ignored-parameter">[^<]*mode', r.text)


def test_the_api_and_downloads_let_shared_link_parameters_through_and_still_refuse_others(client, conn):
    plain = client.get("/api/search", params={"q": "干部"}).json()
    r = client.get("/api/search", params={"q": "干部", "utm_source": "mail", "from": "timeline"})
    assert r.status_code == 200 and r.json()["total"] == plain["total"]
    article_id, measure_id = _measure(conn)
    assert client.get(f"/api/articles/{article_id}", params={"m": measure_id, "from": "share"}).status_code == 200
    assert client.get("/export.csv", params={"q": "干部", "isappinstalled": "0"}).status_code == 200
    # code calling with a typo still hears of it
    r = client.get("/api/search", params={"q": "干部", "provice": "福建"})
    assert r.status_code == 400 and "province" in r.json()["error"].split("；")[0]
    r = client.get("/api/search", params={"q": "干部", "my_source": "报"})
    assert r.status_code == 400 and "my_source" in r.json()["error"] and "是不是" not in r.json()["error"]


# --- 2: the icon -----------------------------------------------------------------------------------------------

def test_the_pages_have_an_icon(client):
    # /favicon.ico was a 404 on every page
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content.startswith(b"\x89PNG")
    for page in (client.get("/"), client.get("/no/such/page")):
        link = re.search(r'<link rel="icon" href="([^"]+)"', page.text)
        assert link and client.get(link.group(1)).status_code == 200


def test_head_is_answered_as_get_without_a_body(client):
    for url in ("/", "/?q=干部", "/favicon.ico", "/api/search?q=干部"):
        r = client.head(url)
        assert r.status_code == 200 and r.content == b"", (url, r.status_code)
    assert client.head("/api/search?provice=山西").status_code == 400  # (as GET answers it)


def test_wechat_adds_nsukey_and_wxfrom_which_are_ignored(client):
    r = client.get("/api/search", params={"q": "干部", "nsukey": "abc", "wxfrom": "5"})
    assert r.status_code == 200, r.text
