"""`policykb fetch` against web sites served on 127.0.0.1 by the test itself; never the internet.

One crawl of a site with every awkward case (robots.txt, sitemap index, feed,
start page, UTF-8 and GBK pages with and without a declared charset, redirect,
404, 503 then success, a page slower than the timeout, 50 MB pages, a redirect
loop) is checked for each case's outcome, for the WARC records and for the
server's own request log (politeness).  Then: reading the WARC files into the
knowledge base, incremental runs, and resuming after a kill.
"""
from __future__ import annotations

from datetime import date
import gzip
import json
import os
from pathlib import Path
import signal
import sqlite3
import subprocess
import sys
import time

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import ROOT
from tests.fetch_site import BODY, Page, Site, article, page_html, rss, send, sitemap

DELAY = 0.2  # the tests' --delay; the default is 2 s
TOLERANCE = 0.05  # timer and scheduling slack when reading delays from the server's log
UA = "policykb-test/1.0 (+mailto:corpus-team@example.org)"
# A timeout long enough that a loaded machine never retries a page by accident; only the case
# table (which holds a page slower than it) uses the short one.
FAST = ["--delay", str(DELAY), "--timeout", "5", "--retries", "1", "--user-agent", UA]
SHORT_TIMEOUT = ["--delay", str(DELAY), "--timeout", "0.5", "--retries", "1", "--user-agent", UA]


def run_fetch(*args: str) -> str:
    result = CliRunner().invoke(cli, ["fetch", *args])
    assert result.exit_code == 0, result.output
    return result.output


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


def final(out: Path) -> dict[str, dict]:
    """The last finished attempt per URL."""
    return {e["url"]: e for e in manifest(out) if e["outcome"] != "retry"}


def warc_records(out: Path) -> list[dict]:
    from warcio.archiveiterator import ArchiveIterator

    recs = []
    for path in sorted(out.glob("*.warc.gz")):
        with open(path, "rb") as f:
            for r in ArchiveIterator(f):
                recs.append({
                    "file": path.name, "type": r.rec_type, "url": r.rec_headers.get_header("WARC-Target-URI"),
                    "status": r.http_headers.get_statuscode() if r.http_headers and r.rec_type != "request" else None,
                    "role": r.rec_headers.get_header("WARC-Policykb-Role"),
                    "ua": r.http_headers.get_header("User-Agent") if r.rec_type == "request" else None,
                    "profile": r.rec_headers.get_header("WARC-Profile")})
    return recs


# --- the site with every case ---------------------------------------------------------------

def slow(h):
    time.sleep(1.5)  # beyond the 0.5 s timeout
    send(h, 200, page_html("迟到的页面", "这一页回答得太慢。").encode())


def huge(h, length=True):
    """50 MB, announced by Content-Length or streamed until the client hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    if length:
        h.send_header("Content-Length", str(50 * 1024 * 1024))
    else:
        h.send_header("Connection", "close")
        h.close_connection = True
    h.end_headers()
    chunk = b"<p>" + b"x" * (1024 * 1024 - 3)
    for _ in range(50):
        h.wfile.write(chunk)


def flaky_route():
    calls = []

    def flaky(h):
        calls.append(1)
        if len(calls) == 1:
            send(h, 503, b"busy", "text/plain", [("Retry-After", "1")])
        else:
            send(h, 200, page_html("第二次才成功的页面", "服务器先说忙，后来给了内容。").encode())
    return flaky


def build_site(other: Site) -> Site:
    s = Site()
    u = s.url
    s.routes.update({
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        "/sitemap_index.xml": Page(sitemap([(f"{u}/sitemaps/a.xml", "2024-05-01"), (f"{u}/sitemaps/b.xml", None),
                                            (f"{u}/sitemaps/old.xml", "2019-01-01")], index=True), content_type="application/xml"),
        "/sitemaps/a.xml": Page(sitemap([(f"{u}/a/utf8-header.html", "2024-04-01"), (f"{u}/a/utf8-bare.html", None),
                                         (f"{u}/a/gbk-header.html", None), (f"{u}/a/gbk-bare.html", None),
                                         (f"{u}/private/secret.html", None), (f"{u}/a/ignored/skip.html", None)]),
                                content_type="text/xml"),
        "/sitemaps/b.xml": Page(sitemap([(f"{u}/b/moved.html", None), (f"{u}/b/missing.html", None), (f"{u}/b/flaky.html", None),
                                         (f"{u}/b/slow.html", None), (f"{u}/b/huge.html", None), (f"{u}/b/huge-stream.html", None),
                                         (f"{u}/b/loop-1.html", None), (f"{u}/2018/03/05/dated.html", None)]),
                                content_type="application/xml"),
        "/sitemaps/old.xml": Page(sitemap([(f"{u}/old/one.html", "2018-12-01")]), content_type="application/xml"),
        "/a/utf8-header.html": Page(page_html("声明了编码的页面", "服务器在响应头里写明了字符集。").encode()),
        "/a/utf8-bare.html": Page(page_html("未声明编码的页面", "响应头和网页里都没有写字符集。").encode(), content_type="text/html"),
        "/a/gbk-header.html": Page(page_html("国标码页面甲", "这一页用国标扩展码写成，响应头写明了。").encode("gbk"),
                                   content_type="text/html; charset=gbk"),
        "/a/gbk-bare.html": Page(page_html("国标码页面乙", "这一页用国标扩展码写成，哪里都没有写明。").encode("gbk"),
                                 content_type="text/html"),
        "/a/target.html": Page(page_html("搬家后的页面", "旧地址把读者转到了这里。").encode()),
        "/b/moved.html": Page(b"", status=301, headers=(("Location", "/a/target.html"),)),
        "/b/flaky.html": flaky_route(),
        "/b/slow.html": slow,
        "/b/huge.html": huge,
        "/b/huge-stream.html": lambda h: huge(h, length=False),
        "/b/loop-1.html": Page(b"", status=302, headers=(("Location", "/b/loop-2.html"),)),
        "/b/loop-2.html": Page(b"", status=302, headers=(("Location", "/b/loop-1.html"),)),
        "/feed.xml": Page(rss([(f"{u}/c/feed-new.html", "Mon, 06 May 2024 08:00:00 +0800"),
                               (f"{u}/c/feed-old.html", "Tue, 05 Mar 2019 08:00:00 +0800")]), content_type="application/rss+xml"),
        "/c/feed-new.html": Page(page_html("订阅里的新文章", "这篇文章来自订阅源。").encode()),
        "/start.html": Page(article("栏目首页", "下面是本栏目的文章。", links=(
            "/d/one.html", "d/two.html", "/private/hidden.html", f"{other.url}/elsewhere.html", "/files/report.pdf"))
            .encode()),
        "/d/one.html": Page(page_html("栏目文章一", "从栏目首页链接过来的第一篇。").encode()),
        "/d/two.html": Page(page_html("栏目文章二", "从栏目首页链接过来的第二篇。").encode()),
    })
    return s


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    other = Site()
    site = build_site(other)
    tmp = tmp_path_factory.mktemp("fetch")
    sources = tmp / "sources.txt"
    sources.write_text(f"# the test site\n{site.url}/sitemap_index.xml\n{site.url}/feed.xml  # a feed\n"
                       f"{site.url}/start.html depth=1\n", encoding="utf-8")
    out = tmp / "raw"
    output = run_fetch(str(sources), "--out", str(out), *SHORT_TIMEOUT, "--since", "2020-01-01", "--exclude", "/ignored/")
    yield site, other, out, output
    site.close()
    other.close()


EXPECTED = {  # path -> (outcome, status, what the error says)
    "/a/utf8-header.html": ("fetched", 200, None),
    "/a/utf8-bare.html": ("fetched", 200, None),
    "/a/gbk-header.html": ("fetched", 200, None),
    "/a/gbk-bare.html": ("fetched", 200, None),
    "/b/moved.html": ("fetched", 200, None),
    "/b/missing.html": ("http-error", 404, "HTTP 404"),
    "/b/flaky.html": ("fetched", 200, None),
    "/b/slow.html": ("failed", None, "timeout"),
    "/b/huge.html": ("failed", None, "too large: Content-Length 52,428,800 bytes"),
    "/b/huge-stream.html": ("failed", None, "too large: more than 10,485,760 bytes"),
    "/b/loop-1.html": ("failed", 302, "redirect loop"),
    "/c/feed-new.html": ("fetched", 200, None),
    "/d/one.html": ("fetched", 200, None),
    "/d/two.html": ("fetched", 200, None),
}
NEVER_REQUESTED = ["/private/secret.html", "/private/hidden.html", "/a/ignored/skip.html", "/c/feed-old.html",
                   "/sitemaps/old.xml", "/old/one.html", "/2018/03/05/dated.html", "/files/report.pdf"]


def test_each_case_has_its_expected_outcome(crawl):
    site, _, out, _ = crawl
    got = final(out)
    for path, (outcome, status, error) in EXPECTED.items():
        e = got[site.url + path]
        assert (e["outcome"], e["status"]) == (outcome, status), (path, e)
        assert (error is None and e["error"] is None) or error in (e["error"] or ""), (path, e["error"])
    assert got[site.url + "/b/moved.html"]["final_url"] == site.url + "/a/target.html"
    assert got[site.url + "/b/moved.html"]["hops"] == [[301, site.url + "/b/moved.html"]]
    retries = [e for e in manifest(out) if e["outcome"] == "retry"]
    assert {(e["url"].removeprefix(site.url), e["status"]) for e in retries} == {("/b/flaky.html", 503), ("/b/slow.html", None)}


def test_charsets_declared_and_detected(crawl):
    site, _, out, _ = crawl
    got = final(out)
    charsets = {p: got[site.url + p]["charset"] for p in
                ("/a/utf8-header.html", "/a/utf8-bare.html", "/a/gbk-header.html", "/a/gbk-bare.html")}
    assert charsets == {"/a/utf8-header.html": "utf-8", "/a/utf8-bare.html": "utf-8",
                        "/a/gbk-header.html": "gbk", "/a/gbk-bare.html": "gb18030"}
    e = got[site.url + "/a/gbk-bare.html"]
    assert e["content_type"] == "text/html" and len(e["sha256"]) == 64 and e["length"] > 0


def test_filters_robots_and_same_site_rule_keep_requests_away(crawl):
    site, other, out, output = crawl
    requested = site.paths()
    for path in NEVER_REQUESTED:
        assert path not in requested, path
    assert not any(p.startswith("/private/") for p in requested)
    assert other.hits == []  # the link to another site was not followed
    assert "disallowed by robots.txt 2" in output
    assert "filtered out by URL pattern 1" in output
    assert "outside the date window 3" in output  # the 2019 feed item, the 2018 URL, the 2019 sitemap


def test_politeness_in_the_servers_log(crawl):
    site, _, _, _ = crawl
    hits = site.hits
    assert hits[0].path == "/robots.txt" and site.paths().count("/robots.txt") == 1
    assert all(h.headers.get("User-Agent") == UA for h in hits)
    for a, b in zip(hits, hits[1:]):
        assert b.start - a.start >= DELAY - TOLERANCE, (a.path, b.path, b.start - a.start)
        if a.path not in ("/b/slow.html", "/b/huge.html", "/b/huge-stream.html"):  # the client hung up on those
            assert b.start >= a.end - 0.01, f"{b.path} sent while {a.path} was still being answered"
    flaky = [h.start for h in hits if h.path == "/b/flaky.html"]
    assert len(flaky) == 2 and flaky[1] - flaky[0] >= 1.0 - TOLERANCE  # Retry-After: 1
    after_503 = [h.start for h in hits if h.start > flaky[0]]
    assert after_503[0] - flaky[0] >= 1.0 - TOLERANCE  # the whole host waits, not only the URL
    counts = {p: site.paths().count(p) for p in ("/b/slow.html", "/b/huge.html", "/b/huge-stream.html", "/b/loop-1.html",
                                                  "/b/loop-2.html", "/b/missing.html", "/a/target.html")}
    assert counts == {"/b/slow.html": 2, "/b/huge.html": 1, "/b/huge-stream.html": 1, "/b/loop-1.html": 1,
                      "/b/loop-2.html": 1, "/b/missing.html": 1, "/a/target.html": 1}


def test_every_response_is_a_warc_record(crawl):
    site, _, out, output = crawl
    assert not list(out.glob("*.part"))
    assert json.loads((out / "fetch-state.json").read_text())["complete"] is True
    recs = warc_records(out)
    responses = [(r["url"].removeprefix(site.url), r["status"]) for r in recs if r["type"] == "response"]
    assert ("/b/missing.html", "404") in responses
    assert ("/b/moved.html", "301") in responses and ("/a/target.html", "200") in responses
    assert [s for p, s in responses if p == "/b/flaky.html"] == ["503", "200"]
    assert not any(p in ("/b/huge.html", "/b/slow.html") for p, _ in responses)  # nothing was received
    assert ("/a/gbk-bare.html", "200") in responses and ("/robots.txt", "200") in responses
    requests = [r for r in recs if r["type"] == "request"]
    assert len(requests) == len(responses) and all(r["ua"] == UA for r in requests)
    assert {r["role"] for r in recs if r["type"] == "response" and r["url"].endswith("/start.html")} == {"source"}
    for e in final(out).values():  # the manifest points at the records
        if e["outcome"] == "fetched":
            assert e["body"] == [e["warc"], e["offset"]]
    assert f"{site.url.removeprefix('http://')}: " in output and "requests/s" in output  # per-host rate in the summary


def test_build_reads_the_warc_files(crawl, tmp_path, segmenter):
    from fastapi.testclient import TestClient

    from pipeline.build import build
    from pipeline.search.web import create_app

    site, _, out, _ = crawl
    db = tmp_path / "kb.sqlite"
    report = build(out, db)
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.url, d.fetched_at, a.title, d.path FROM documents d JOIN articles a ON a.doc_id = d.id").fetchall()
    by_url = {u.removeprefix(site.url): (t, f, p) for u, f, t, p in rows}
    assert set(by_url) == {"/a/utf8-header.html", "/a/utf8-bare.html", "/a/gbk-header.html", "/a/gbk-bare.html",
                           "/a/target.html", "/b/flaky.html", "/c/feed-new.html", "/d/one.html", "/d/two.html"}
    assert by_url["/a/gbk-bare.html"][0] == "国标码页面乙" and by_url["/a/gbk-header.html"][0] == "国标码页面甲"
    assert all(f and f.endswith("Z") for _, f, _ in by_url.values())
    assert all(".warc.gz#" in p for _, _, p in by_url.values())
    assert report.failures == []
    extracted = CliRunner().invoke(cli, ["extract", str(out), "-q"])
    rows = [json.loads(line) for line in extracted.output.splitlines() if line.startswith("{")]
    assert sorted(r["url"] for r in rows) == sorted(site.url + p for p in by_url) and all(r["fetched_at"] for r in rows)
    art = con.execute("SELECT a.id FROM articles a JOIN documents d ON d.id = a.doc_id WHERE d.url LIKE '%gbk-bare%'").fetchone()[0]
    page = TestClient(create_app(db)).get(f"/articles/{art}")
    assert page.status_code == 200
    assert f'href="{site.url}/a/gbk-bare.html"' in page.text and "抓取于 20" in page.text


# --- pure parts ------------------------------------------------------------------------------

def test_source_lines_and_url_rules():
    from pipeline.fetch.sources import SourceError, normalize_url, parse_source, same_site, url_date

    s = parse_source("site:HTTP://Www.Example.GOV.cn:80/news/#top depth=2 match=/20\\d\\d/")
    assert (s.url, s.kind, s.depth, s.match) == ("http://www.example.gov.cn/news/", "site", 2, ("/20\\d\\d/",))
    for bad in ("ftp://x.org/a", "depth=2", "http://x.org/ depth=two", "http://x.org/ match=(["):
        with pytest.raises(SourceError):
            parse_source(bad)
    assert normalize_url("https://a.cn:443") == "https://a.cn/"
    assert same_site("http://www.a.cn/x", "http://a.cn/y") and not same_site("http://a.cn:81/", "http://a.cn/")
    assert url_date("http://a.cn/n1/2024/0520/c1-2.html") == (date(2024, 5, 20), date(2024, 5, 20))
    assert url_date("http://a.cn/art/t20231105_99.html") == (date(2023, 11, 5),) * 2
    assert url_date("http://a.cn/politics/2024-02/29/c_1.htm") == (date(2024, 2, 29),) * 2
    assert url_date("http://a.cn/2023-02/list.html") == (date(2023, 2, 1), date(2023, 2, 28))
    assert url_date("http://a.cn/id/202413/x.html") is None and url_date("http://a.cn/a/1.html") is None


def test_retry_after_forms():
    from datetime import datetime, timezone

    from pipeline.fetch.client import retry_after

    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 01 May 2024 12:00:30 GMT", now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_sitemap_and_feed_parsing():
    from pipeline.fetch.discover import feed_links, kind_of, sitemap_links

    sm = sitemap([("http://a.cn/x.html", "2024-03-01T08:00:00+08:00")])
    assert kind_of("text/plain", sm) == "sitemap"
    assert [(l.url, l.day) for l in sitemap_links(gzip.compress(sm), "http://a.cn/")] == [("http://a.cn/x.html", date(2024, 3, 1))]
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="/y.html"/>'
            b"<published>2024-01-02T00:00:00Z</published></entry></feed>")
    assert kind_of("application/xml", atom) == "feed"
    assert [(l.url, l.day) for l in feed_links(atom, "http://a.cn/feed")] == [("http://a.cn/y.html", date(2024, 1, 2))]


# --- reading WARC files as corpus input ----------------------------------------------------------

def test_corpus_without_fetched_pages_still_builds(tmp_path, segmenter):
    from pipeline.build import build

    corpus = tmp_path / "corpora"
    (corpus / "raw").mkdir(parents=True)
    (corpus / "a.txt").write_text("市委组织部开展年轻干部培训\n\n" + "".join(BODY) + "\n", encoding="utf-8")
    (corpus / "sources.txt").write_text("# sources\nhttp://127.0.0.1:9/sitemap.xml\nsite:http://127.0.0.1:9/ depth=1\n")
    report = build(corpus, tmp_path / "kb.sqlite")
    assert report.documents == 1
    assert report.failures == [] and report.exit_code(strict=True) == 0  # (policykb's own file: no article, no failure)
    assert report.ours == [(str(corpus / "sources.txt"), "a list of URLs (a `policykb fetch` source list), not an article")]


def test_damaged_warc_file_is_reported_and_its_good_records_read(crawl, tmp_path, segmenter):
    from pipeline.text.ingest import Skipped, discover

    _, _, out, _ = crawl
    seg = sorted(out.glob("*.warc.gz"))[0]
    data = seg.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = list(discover(tmp_path))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(skipped) == 1 and skipped[0].path == str(cut) and "damaged WARC file" in skipped[0].reason
    assert any(str(i).startswith(str(cut) + "#") for i in items if not isinstance(i, Skipped))


# --- incremental runs ----------------------------------------------------------------------------

def test_second_runs_ask_only_for_what_is_new_or_changed(tmp_path, segmenter):
    from pipeline.build import build

    site = Site()
    u = site.url
    try:
        site.routes.update({
            "/robots.txt": Page(b"User-agent: *\nAllow: /\n", content_type="text/plain", etag=True),
            "/sitemap.xml": Page(sitemap([(f"{u}/p1.html", "2024-01-01"), (f"{u}/p2.html", "2024-01-01"),
                                          (f"{u}/p4.html", None)]), content_type="application/xml", etag=True),
            "/p1.html": Page(page_html("第一篇", "第一篇的内容不变。").encode(), etag=True),
            "/p2.html": Page(page_html("第二篇", "第二篇的初稿。").encode(), etag=True),
            "/p4.html": Page(page_html("第四篇", "这个服务器不给验证标签。").encode()),
        })
        out = tmp_path / "raw"
        args = [f"{u}/sitemap.xml", "--out", str(out), *FAST]
        run_fetch(*args)
        assert sorted(site.paths()) == ["/p1.html", "/p2.html", "/p4.html", "/robots.txt", "/sitemap.xml"]

        del site.hits[:]
        output = run_fetch(*args)
        assert sorted(site.paths()) == ["/robots.txt", "/sitemap.xml"]  # nothing new: no page asked for
        assert all(h.headers.get("If-None-Match") for h in site.hits)
        assert "not-modified 1, robots.txt 1" in output

        site.routes["/p2.html"] = Page(page_html("第二篇", "第二篇改过了，这是新稿。").encode(), etag=True)
        site.routes["/sitemap.xml"] = Page(sitemap([(f"{u}/p1.html", "2024-01-01"), (f"{u}/p2.html", date.today().isoformat()),
                                                    (f"{u}/p3.html", None), (f"{u}/p4.html", None)]),
                                           content_type="application/xml", etag=True)
        site.routes["/p3.html"] = Page(page_html("第三篇", "第三篇是新加的。").encode(), etag=True)
        del site.hits[:]
        run_fetch(*args)
        assert sorted(site.paths()) == ["/p2.html", "/p3.html", "/robots.txt", "/sitemap.xml"]
        assert final(out)[f"{u}/p2.html"]["outcome"] == "changed"

        del site.hits[:]
        run_fetch(*args, "--revisit-days", "0")  # every known page asked again, conditionally
        got = final(out)
        assert got[f"{u}/p1.html"]["outcome"] == "not-modified" and got[f"{u}/p4.html"]["outcome"] == "unchanged"
        assert sorted(site.paths()) == ["/p1.html", "/p2.html", "/p3.html", "/p4.html", "/robots.txt", "/sitemap.xml"]
        revisits = [r for r in warc_records(out) if r["type"] == "revisit"]
        assert {r["url"].removeprefix(u) for r in revisits if r["profile"].endswith("server-not-modified")} >= {"/p1.html"}
        assert {r["url"].removeprefix(u) for r in revisits if r["profile"].endswith("identical-payload-digest")} == {"/p4.html"}

        db = tmp_path / "kb.sqlite"
        build(out, db)  # p2 was fetched twice with different text: one document, the newer
        con = sqlite3.connect(db)
        docs = dict(con.execute("SELECT d.url, group_concat(a.text) FROM documents d JOIN articles a ON a.doc_id = d.id GROUP BY d.url"))
        assert sorted(docs) == [f"{u}/p{i}.html" for i in (1, 2, 3, 4)]
        assert "新稿" in docs[f"{u}/p2.html"] and "初稿" not in docs[f"{u}/p2.html"]
    finally:
        site.close()


def test_site_source_discovers_sitemaps_and_feeds(tmp_path):
    site = Site()
    u = site.url
    try:
        site.routes.update({
            "/robots.txt": Page(f"User-agent: *\nSitemap: {u}/maps/site.xml\n".encode(), content_type="text/plain"),
            "/": Page('<html><head><link rel="alternate" type="application/rss+xml" href="/news.rss"></head>'
                      "<body>首页</body></html>".encode()),
            "/maps/site.xml": Page(sitemap([(f"{u}/x/one.html", None)]), content_type="application/xml"),
            "/news.rss": Page(rss([(f"{u}/x/two.html", "Mon, 06 May 2024 08:00:00 +0800")]), content_type="application/rss+xml"),
            "/x/one.html": Page(page_html("站点地图里的文章", "由站点地图找到。").encode()),
            "/x/two.html": Page(page_html("订阅源里的文章", "由订阅源找到。").encode()),
        })
        out = tmp_path / "raw"
        run_fetch(f"site:{u}/", "--out", str(out), *FAST)
        assert {"/x/one.html", "/x/two.html", "/maps/site.xml", "/news.rss"} <= set(site.paths())
        assert final(out)[f"{u}/"]["role"] == "source"
    finally:
        site.close()


def test_crawl_delay_from_robots_is_honoured(tmp_path):
    site = Site()
    try:
        site.routes["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
        for i in range(3):
            site.routes[f"/p{i}.html"] = Page(page_html(f"慢慢来{i}", f"第{i}页。").encode())
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{site.url}/p{i}.html\n" for i in range(3)))
        run_fetch(str(urls), "--out", str(tmp_path / "raw"), *FAST)
        starts = [h.start for h in site.hits]
        assert len(starts) == 4
        assert all(b - a >= 1.0 - TOLERANCE for a, b in zip(starts, starts[1:]))
    finally:
        site.close()


def test_two_hosts_are_asked_in_turn_each_at_its_own_pace(tmp_path):
    sites = [Site(), Site()]
    try:
        lines = []
        for k, site in enumerate(sites):
            for i in range(3):
                site.routes[f"/p{i}.html"] = Page(page_html(f"站点{k}第{i}篇", f"站点{k}的第{i}页。").encode())
                lines.append(f"{site.url}/p{i}.html\n")
        (tmp_path / "urls.txt").write_text("".join(lines))  # all of the first site, then all of the second
        run_fetch(str(tmp_path / "urls.txt"), "--out", str(tmp_path / "raw"), *FAST)
        a, b = ([h.start for h in s.hits] for s in sites)
        for starts in (a, b):
            assert len(starts) == 4 and all(y - x >= DELAY - TOLERANCE for x, y in zip(starts, starts[1:]))
        assert a[0] < b[0] < a[-1]  # the second site did not wait for the first to finish
    finally:
        for s in sites:
            s.close()


def test_per_host_cap_and_cli_errors(tmp_path):
    site = Site()
    try:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{site.url}/p{i}.html\n" for i in range(5)))
        for i in range(5):
            site.routes[f"/p{i}.html"] = Page(page_html(f"上限{i}", f"第{i}页。").encode())
        output = run_fetch(str(urls), "--out", str(tmp_path / "raw"), *FAST, "--max-pages", "2")
        assert sorted(p for p in site.paths() if p != "/robots.txt") == ["/p0.html", "/p1.html"]
        assert "over the per-host page cap 3" in output
    finally:
        site.close()
    bad = CliRunner().invoke(cli, ["fetch", "not-a-url-or-file", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "neither a URL nor a file of sources" in bad.output
    urls.write_text("http://127.0.0.1:9/a.html depth=deep\n")
    bad = CliRunner().invoke(cli, ["fetch", str(urls), "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and f"{urls}:1: unknown option 'depth=deep'" in bad.output


def test_fetch_help_has_an_example():
    result = CliRunner().invoke(cli, ["fetch", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "policykb fetch corpora/sources.txt" in result.output


def test_a_second_fetch_into_the_same_folder_is_refused(tmp_path):
    from pipeline.fetch import StoreError
    from pipeline.fetch.store import Store

    first = Store(tmp_path, UA)
    try:
        with pytest.raises(StoreError, match="another policykb fetch is writing here"):
            Store(tmp_path, UA)
    finally:
        first.close(complete=False)


# --- resuming after a kill ---------------------------------------------------------------------

CRASH = """
import json, os, sys
from dataclasses import asdict
from pipeline.fetch import store
from pipeline.cli import main

at, mode, calls = int(os.environ["CRASH_AT"]), os.environ["CRASH_MODE"], []
real_append = store.Store.append

def append(self, entry):
    calls.append(1)
    if len(calls) == at:  # the records are in the WARC segment; the journal line is not
        if mode == "torn":
            self._journal.write(json.dumps(asdict(entry)).encode()[:40])
            self._journal.flush()
        os._exit(137)  # as abrupt as kill -9: no cleanup runs
    real_append(self, entry)

store.Store.append = append
sys.argv = ["policykb", "fetch", *sys.argv[1:]]
main()
"""


def _pages_site(n: int) -> tuple[Site, list[str]]:
    site = Site()
    site.routes["/robots.txt"] = Page(b"User-agent: *\nDisallow:\n", content_type="text/plain")
    paths = [f"/n/{i:02d}.html" for i in range(n)]
    for i, p in enumerate(paths):
        site.routes[p] = Page(page_html(f"第{i}篇续传测试", f"这是第{i}篇。").encode())
    return site, paths


def _check_nothing_lost_or_duplicated(site: Site, paths: list[str], out: Path) -> None:
    from pipeline.text import warc

    assert not list(out.glob("*.part"))
    for seg in out.glob("*.warc.gz"):
        list(warc.members(seg))  # raises on a cut-off record
    assert json.loads((out / "fetch-state.json").read_text())["complete"] is True
    responses = [r["url"].removeprefix(site.url) for r in warc_records(out) if r["type"] == "response" and r["status"] == "200"]
    assert sorted(responses) == sorted(paths + ["/robots.txt"])  # each once, none missing
    lines = manifest(out)
    assert sorted(e["url"].removeprefix(site.url) for e in lines) == sorted(paths + ["/robots.txt"])


@pytest.mark.parametrize("mode", ["unjournalled-record", "torn"])
def test_resume_after_a_crash_between_warc_and_journal(tmp_path, mode):
    site, paths = _pages_site(6)
    try:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(site.url + p + "\n" for p in paths))
        out = tmp_path / "raw"
        env = {**os.environ, "CRASH_AT": "4", "CRASH_MODE": mode, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-c", CRASH, str(urls), "--out", str(out), "--delay", "0.05", "-q"],
                              env=env, cwd=ROOT, capture_output=True, timeout=120)
        assert proc.returncode == 137, proc.stderr.decode()
        assert list(out.glob("*.warc.gz.part"))  # the killed run left its open segment
        assert len(manifest_lines_raw(out)) == 3 + (mode == "torn")
        run_fetch(str(urls), "--out", str(out), "--delay", "0.05")
        _check_nothing_lost_or_duplicated(site, paths, out)
        asked = site.paths()
        assert asked.count("/robots.txt") == 1  # the resumed run reads it from the WARC file
        assert asked.count(paths[2]) == 2 and all(asked.count(p) == 1 for p in paths if p != paths[2])
    finally:
        site.close()


def manifest_lines_raw(out: Path) -> list[bytes]:
    return (out / "manifest.jsonl").read_bytes().splitlines()


def test_resume_after_kill_9(tmp_path):
    site, paths = _pages_site(30)
    try:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(site.url + p + "\n" for p in paths))
        out = tmp_path / "raw"
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "fetch", str(urls), "--out", str(out), "--delay", "0.05", "-q"],
                                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / "manifest.jsonl").exists() and len(manifest_lines_raw(out)) >= 8:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        assert json.loads((out / "fetch-state.json").read_text())["complete"] is False
        run_fetch(str(urls), "--out", str(out), "--delay", "0.05")
        _check_nothing_lost_or_duplicated(site, paths, out)
    finally:
        site.close()


def test_an_interrupt_mid_attempt_leaves_whole_records(tmp_path, monkeypatch):
    from pipeline.fetch import Options, fetch, resolve_sources, store

    site, paths = _pages_site(5)
    try:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(site.url + p + "\n" for p in paths))
        out = tmp_path / "raw"
        real_append, calls = store.Store.append, []

        def append(self, entry):
            calls.append(1)
            if len(calls) == 3:  # Ctrl-C after the records were written, before the journal line
                raise KeyboardInterrupt
            real_append(self, entry)

        monkeypatch.setattr(store.Store, "append", append)
        with pytest.raises(KeyboardInterrupt):
            fetch(resolve_sources([str(urls)]), out, Options(user_agent=UA, delay=0.05))
        monkeypatch.undo()
        assert not list(out.glob("*.part"))
        assert [r["url"].removeprefix(site.url) for r in warc_records(out) if r["type"] == "response"] == ["/robots.txt", paths[0]]
        run_fetch(str(urls), "--out", str(out), "--delay", "0.05")
        _check_nothing_lost_or_duplicated(site, paths, out)
    finally:
        site.close()
