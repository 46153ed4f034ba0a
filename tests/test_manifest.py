"""A crawl's manifest (manifest.tsv / .csv / .jsonl beside the saved pages) fills what a page's
text leaves out: its URL, an undated article's date, an untitled single article's title; the
knowledge base says which fields came from it, a changed row rebuilds that document alone, and a
manifest that cannot be read is one warning line (the build goes on without it)."""
from __future__ import annotations

import json
from pathlib import Path
import sqlite3

import pytest

from pipeline.build import build
from pipeline.core.records import Article, PageMeta
from pipeline.text import manifest
from tests.conftest import REAL


# Written for this test: no headline, no dateline, the body only.
BODY = ("为了让新提拔的年轻干部尽快进入角色，某县委组织部今年安排38名干部到乡镇挂职锻炼，"
        "并为每人配备一名有经验的联系领导，定期谈心谈话，帮助解决工作中遇到的难题。\n"
        "挂职期间，组织部门将通过实地走访、个别座谈等方式了解干部表现，考核结果作为今后选拔任用的重要依据。\n")
TITLED = ("某县出台关心关爱基层干部十条措施\n"
          "发布时间：2021-04-09\n"
          "某县近日出台十条措施，从落实休假制度、改善乡镇工作条件、定期开展体检等方面关心关爱基层干部，"
          "让扎根基层的干部安心干事。\n")


def _art(title=None, date=None) -> Article:
    return Article(doc_id="d", index=0, title=title, date=date, source=None, authors=[], editor=None, affiliation=None,
                   text="", doc_start=0, orig_start=0, orig_end=0)


@pytest.mark.parametrize("given, want", [
    ("2019", "2019"), ("2019年", "2019"), ("2021-03-05 10:00:00", "2021-03-05"), ("2021年3月5日", "2021-03-05"),
    ("2020/7/1", "2020-07-01"), ("2022年6月", "2022-06"), ("2018-05", "2018-05"), ("2018/5", "2018-05"),
    ("2018-13", None), ("", None), ("不详", None), ("1850", None),
])
def test_dates_read_as_iso(given, want):
    assert manifest.page_meta(date=given).date == want


def test_year_column_used_when_no_date():
    assert manifest.page_meta(date="", year="2017").date == "2017"
    assert manifest.page_meta(date="2018-02-03", year="2017").date == "2018-02-03"


def test_title_on_one_line_and_a_body_is_no_title():
    assert manifest.page_meta(title="  某县 出台\n办法 ").title == "某县 出台 办法"
    assert manifest.page_meta(title="干部" * 150).title is None
    assert manifest.page_meta(url=" http://x.cn/a.html ").url == "http://x.cn/a.html"


def test_fill_takes_only_what_the_text_lacks():
    page = PageMeta(url="http://x.cn/1", title="清单上的标题", date="2019")
    own = _art(title="正文自己的标题", date="2020-01-02")
    manifest.fill([own], page)
    assert (own.title, own.date, own.from_manifest) == ("正文自己的标题", "2020-01-02", [])
    bare = _art()
    manifest.fill([bare], page)
    assert (bare.title, bare.date, bare.from_manifest) == ("清单上的标题", "2019", ["date", "title"])


def test_several_articles_on_a_page_share_its_date_not_its_headline():
    arts = [_art(), _art(date="2020-05-06")]
    manifest.fill(arts, PageMeta(title="页面标题", date="2019-03-04"))
    assert [(a.title, a.date, a.from_manifest) for a in arts] == [(None, "2019-03-04", ["date"]),
                                                                  (None, "2020-05-06", [])]


def test_tsv_csv_jsonl_and_chinese_column_names(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    (tmp_path / "a" / "manifest.tsv").write_text("File\tURL\tTitle\tYear\tregion\n1.txt\thttp://a/1\t标题一\t2018\t某省\n",
                                                 encoding="utf-8")
    (tmp_path / "b" / "manifest.csv").write_text("\ufeff文件名,链接,标题,发布时间\n2.txt,http://b/2,\"标题,二\",2020年1月2日\n",
                                                 encoding="utf-8")
    (tmp_path / "c" / "manifest.jsonl").write_text(
        json.dumps({"path": "sub/3.txt", "url": "http://c/3", "date": "2021-07-08", "extra": [1]}) + "\n\n",
        encoding="utf-8")
    _pages_at(tmp_path, "a/1.txt", "b/2.txt", "c/sub/3.txt")
    pages, problems = manifest.read(tmp_path)
    assert problems == []
    assert pages == {
        manifest.key(tmp_path / "a" / "1.txt"): PageMeta("http://a/1", "标题一", "2018"),
        manifest.key(tmp_path / "b" / "2.txt"): PageMeta("http://b/2", "标题,二", "2020-01-02"),
        manifest.key(tmp_path / "c" / "sub" / "3.txt"): PageMeta("http://c/3", None, "2021-07-08"),
    }


def test_unreadable_manifests_are_named_with_their_reason(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "z").mkdir()
    (tmp_path / "x" / "manifest.jsonl").write_text('{"file": "1.txt", "date": "2019"}\nnot json\n', encoding="utf-8")
    (tmp_path / "y" / "manifest.csv").write_text("url,title\nhttp://y/1,标题\n", encoding="utf-8")
    (tmp_path / "z" / "manifest.tsv").write_text("file\tdate\n1.txt\t去年夏天\n2.txt\t2016\n", encoding="utf-8")
    _pages_at(tmp_path, "x/1.txt", "z/1.txt", "z/2.txt")
    pages, problems = manifest.read(tmp_path)
    reasons = {Path(p.path.split(":")[0]).parent.name: p.reason for p in problems}
    assert "line 2 is not JSON" in reasons["x"]
    assert "no file column" in reasons["y"]
    assert "去年夏天" in reasons["z"] and any(p.path.endswith("manifest.tsv:2") for p in problems)
    assert pages == {manifest.key(tmp_path / "z" / "2.txt"): PageMeta(date="2016")}


def test_the_fetch_journal_is_no_manifest_of_saved_pages(tmp_path):
    from pipeline.fetch.store import MANIFEST

    (tmp_path / MANIFEST).write_text(json.dumps({"run": "r1", "url": "http://x.cn/", "role": "page", "outcome": "fetched",
                                                 "warc": "r1-0.warc.gz", "attempt": 0}) + "\n", encoding="utf-8")
    assert manifest.read(tmp_path) == ({}, [])


def _pages_at(root: Path, *names: str) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(BODY, encoding="utf-8")


def test_rows_it_cannot_use_are_said_once_per_manifest(tmp_path):
    _pages_at(tmp_path, "a/1.txt", "a/sub/2.txt", "3.txt")
    (tmp_path / "a" / "manifest.tsv").write_text(
        "文件名\t年份\n1.txt\t2015\nsub\\2.txt\t2016\n9.txt\t2017\n../3.txt\t2018\n1.txt\t2019\n", encoding="utf-8")
    (tmp_path / "a" / "manifest.csv").write_text("file,year\nsub/2.txt,2020\n", encoding="utf-8")
    pages, problems = manifest.read(tmp_path)
    assert pages == {manifest.key(tmp_path / "a" / "1.txt"): PageMeta(date="2019"),  # (its last row)
                     manifest.key(tmp_path / "a" / "sub" / "2.txt"): PageMeta(date="2016")}  # (a Windows path; the TSV's)
    said = sorted(p.reason for p in problems)
    assert said == ["1 file named in more than one row (1.txt); the last row kept",
                    "2 rows name no file in its folder (9.txt, ../3.txt); not used",
                    "several manifests (manifest.csv, manifest.tsv): their rows are merged, "
                    "manifest.tsv's kept for a file more than one names"]


def test_a_manifest_excel_saved_on_chinese_windows_is_read(tmp_path):
    _pages_at(tmp_path, "1.txt")
    (tmp_path / "manifest.csv").write_bytes("文件名,标题,发布时间\n1.txt,某县选派干部驻村,2020年1月2日\n".encode("gbk"))
    assert manifest.read(tmp_path) == ({manifest.key(tmp_path / "1.txt"): PageMeta(None, "某县选派干部驻村", "2020-01-02")}, [])
    (tmp_path / "manifest.csv").write_bytes(b"file,title\n1.txt,\x81\x30\xff\n")
    _, [problem] = manifest.read(tmp_path)
    assert "neither UTF-8 nor GB18030: save it as UTF-8" in problem.reason


def _articles(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    try:
        return {Path(p).name: (t, d, f, u) for p, t, d, f, u in con.execute(
            "SELECT d.path, a.title, a.date, a.from_manifest, d.url FROM articles a JOIN documents d ON d.id = a.doc_id")}
    finally:
        con.close()


def _corpus(tmp_path: Path, rows: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "bare.txt").write_text(BODY, encoding="utf-8")
    (corpus / "titled.txt").write_text(TITLED, encoding="utf-8")
    (corpus / "manifest.tsv").write_text("file\turl\ttitle\tdate\n" + rows, encoding="utf-8")
    return corpus


def test_build_fills_from_the_manifest_and_rebuilds_a_changed_row_alone(tmp_path, segmenter):
    rows = "bare.txt\thttp://x.cn/bare\t某县选派年轻干部挂职\t2022年3月1日\ntitled.txt\thttp://x.cn/t\t别的标题\t2019\n"
    corpus, out = _corpus(tmp_path, rows), tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    got = _articles(out)
    assert got["bare.txt"] == ("某县选派年轻干部挂职", "2022-03-01", "date title", "http://x.cn/bare")
    assert got["titled.txt"][:3] == ("某县出台关心关爱基层干部十条措施", "2021-04-09", None)  # the text's own
    assert got["titled.txt"][3] == "http://x.cn/t"

    _shown_on_the_article_page(out)

    (corpus / "manifest.tsv").write_text("file\turl\ttitle\tdate\n" + rows.replace("挂职", "到乡镇挂职"), encoding="utf-8")
    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert (report.mode, report.processed, report.files_changed) == ("incremental", 1, (0, 1, 0))
    assert _articles(out)["bare.txt"][0] == "某县选派年轻干部到乡镇挂职"

    (corpus / "manifest.tsv").unlink()
    build(corpus, out, jobs=1, model=None, cache=False)
    assert _articles(out)["bare.txt"] == (None, None, None, None)

    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert report.mode == "unchanged"


def _shown_on_the_article_page(db: Path) -> None:
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    con = sqlite3.connect(db)
    [(bare,)] = con.execute("SELECT id FROM articles WHERE from_manifest IS NOT NULL").fetchall()
    [(own,)] = con.execute("SELECT id FROM articles WHERE from_manifest IS NULL").fetchall()
    con.close()
    client = TestClient(create_app(db))
    assert client.get(f"/api/articles/{bare}").json()["from_manifest"] == ["date", "title"]
    page = client.get(f"/articles/{bare}").text
    assert "标题和日期取自抓取清单" in page and "http://x.cn/bare" in page
    assert "抓取清单" not in client.get(f"/articles/{own}").text


def test_a_bad_manifest_is_one_warning_and_the_pages_are_built(tmp_path, segmenter):
    corpus, out = _corpus(tmp_path, ""), tmp_path / "kb.sqlite"
    (corpus / "manifest.tsv").write_bytes(b"file\tdate\nbare.txt\t\xff\xfe2019\n")
    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert report.documents == 2 and not report.failures
    [(path, reason)] = report.warnings
    assert path == str(corpus / "manifest.tsv") and "manifest not read" in reason
    assert f"warning {path}: manifest not read" in report.summary()
    assert [x for x in report.problems() if x.startswith("warning")] == [f"warning {path}: {reason}"]  # (also under -q)
    assert _articles(out)["bare.txt"][:3] == (None, None, None)


def test_the_real_pages_manifest_names_every_page():
    if not (REAL / "manifest.tsv").is_file():
        pytest.skip(f"real pages not present at {REAL}")
    pages, problems = manifest.read(REAL)
    files = {manifest.key(p) for p in REAL.glob("[0-9]*.txt")}
    assert set(pages) == files and not problems
    assert sum(p.date is not None for p in pages.values()) >= 60


def test_extract_reads_the_manifest_as_build_does(tmp_path, segmenter):
    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = _corpus(tmp_path, "bare.txt\thttp://x.cn/bare\t某县选派年轻干部挂职\t2022年3月1日\n")
    for target in (corpus, corpus / "bare.txt"):
        res = CliRunner().invoke(cli, ["extract", str(target), "--format", "json"])
        assert res.exit_code == 0, res.output
        got = {Path(d["file"]).name: d for d in json.loads(res.stdout)}
        bare = got["bare.txt"]
        assert (bare["title"], bare["date"], bare["url"], bare["from_manifest"]) == (
            "某县选派年轻干部挂职", "2022-03-01", "http://x.cn/bare", ["date", "title"])


def test_a_manifest_in_a_linked_folder_is_read_with_its_pages(tmp_path, segmenter):
    outside, corpus = tmp_path / "outside" / "crawl", tmp_path / "corpus"
    outside.mkdir(parents=True)
    corpus.mkdir()
    (outside / "p1.txt").write_text(BODY, encoding="utf-8")
    (outside / "manifest.tsv").write_text("file\turl\tyear\np1.txt\thttp://x.cn/p1\t2019\n", encoding="utf-8")
    (corpus / "crawl").symlink_to(outside)
    out = tmp_path / "kb.sqlite"
    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert not report.warnings
    assert _articles(out)["p1.txt"] == (None, "2019", "date", "http://x.cn/p1")


def test_jsonl_lines_name_their_own_fields_and_titles_are_simplified(tmp_path):
    _pages_at(tmp_path, "2.txt", "3.txt", "4.txt")
    lines = [{"file": "2.txt", "url": "http://j/2"}, {"file": "3.txt", "url": "http://j/3", "date": "2016"},
             {"文件": "4.txt", "链接": "http://j/4", "标题": "某縣幹部考核辦法"}]
    (tmp_path / "manifest.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    pages, problems = manifest.read(tmp_path)
    assert not problems
    assert [pages[manifest.key(tmp_path / f"{n}.txt")] for n in (2, 3, 4)] == [
        PageMeta("http://j/2"), PageMeta("http://j/3", None, "2016"), PageMeta("http://j/4", "某县干部考核办法")]


def test_a_broken_manifest_beside_another_is_not_said_to_be_merged(tmp_path):
    _pages_at(tmp_path, "1.txt")
    (tmp_path / "manifest.csv").write_text("file,year\n1.txt,2019\n", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text("not json\n", encoding="utf-8")
    _, problems = manifest.read(tmp_path)
    assert [p.reason for p in problems] == ["manifest not read (line 1 is not JSON: Expecting value); "
                                            "its pages are built without it"]


def test_a_manifest_saved_as_excels_unicode_text_is_read(tmp_path):
    _pages_at(tmp_path, "1.txt")
    (tmp_path / "manifest.tsv").write_bytes("文件名\t标题\n1.txt\t某县选派干部驻村\n".encode("utf-16"))
    assert manifest.read(tmp_path) == ({manifest.key(tmp_path / "1.txt"): PageMeta(None, "某县选派干部驻村")}, [])


def test_a_file_saved_again_unchanged_is_touched_not_changed(tmp_path, segmenter):
    import os

    corpus, out = _corpus(tmp_path, ""), tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    st = os.stat(corpus / "bare.txt")
    os.utime(corpus / "bare.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    report = build(corpus, out, jobs=1, model=None, cache=False)
    assert (report.mode, report.files_changed, report.touched, report.processed) == ("incremental", (0, 0, 0), 1, 0)
    assert "0 changed, 0 gone, 1 touched (same content)" in report.summary()
