"""Hostile and broken input, as the session 79 tester tried it (findings 4, 5, 8-14): one line naming the file
and the reason, never a traceback."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli

_LINE = '{"id": "x1", "text": "县委组织部开展干部培训，选派年轻干部到基层锻炼。", "categories": ["train"]}\n'


def test_a_labels_file_not_saved_as_utf8_is_one_line_naming_it(tmp_path):
    for name, data in (("gbk.jsonl", _LINE.encode("gbk")), ("utf16.jsonl", _LINE.encode("utf-16"))):
        labels = tmp_path / name
        labels.write_bytes(data)
        for args in (["train", "--labels", str(labels), "--out", str(tmp_path / "m.pkl"), "--seeds", "", "--real", ""],
                     ["evaluate", "--task", "classify", "--labels", str(labels)]):
            r = CliRunner().invoke(cli, args)
            assert r.exit_code == 1 and f"{labels} line 1: not UTF-8 text" in r.output, (args, r.output)
            assert "save the labels file as UTF-8" in r.output and isinstance(r.exception, SystemExit), r.exception
        assert not (tmp_path / "m.pkl").exists()


def test_a_source_list_saved_as_gbk_or_utf16_is_read_and_one_that_is_neither_is_one_line(tmp_path):
    from pipeline.fetch import resolve_sources

    listed = "# 某县组织部网站（每周看一次）\nhttp://127.0.0.1:9/news/ depth=1\n"
    for name, data in (("gbk.txt", listed.encode("gbk")), ("utf16.txt", listed.encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        assert [s.url for s in resolve_sources([str(tmp_path / name)])] == ["http://127.0.0.1:9/news/"], name
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8http")  # (a UTF-16 mark, then half a character)
    r = CliRunner().invoke(cli, ["fetch", str(bad), "--out", str(tmp_path / "raw"), "--delay", "0"])
    assert r.exit_code == 1 and f"{bad}: not read as a list of sources" in r.output, r.output
    assert "save it as UTF-8" in r.output and isinstance(r.exception, SystemExit), r.exception


_ARTICLE = ("某县推行年轻干部墩苗计划\n2024年3月8日 来源：某县委组织部\n"
            "某县委组织部近日推出年轻干部墩苗计划，分三批选派干部到乡村振兴一线任职。\n"
            "一是建立跟踪考察机制，每季度听取一次所在乡镇的评价。\n"
            "二是落实激励措施，表现突出的优先提拔使用。\n")


def test_a_file_whose_only_text_is_metadata_is_a_skip_naming_it(tmp_path, segmenter):
    import sqlite3

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(_ARTICLE, encoding="utf-8")
    (corpus / "dateline.txt").write_text("2024年6月3日 来源：某市委组织部\n", encoding="utf-8")
    (corpus / "editor.txt").write_text("（责任编辑：李四）\n", encoding="utf-8")
    (corpus / "dateline.html").write_text("<html><body><p>发布时间：2024-06-03 作者：王五</p></body></html>",
                                          encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(db), "--strict"])
    assert r.exit_code == 1 and "3 files skipped" in r.output, r.output
    for name in ("dateline.txt", "editor.txt", "dateline.html"):
        assert f"{corpus / name}: no article text, only metadata lines" in r.output, (name, r.output)
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from documents").fetchone() == (1,)  # (were 4: three of 0 articles)
    r = CliRunner().invoke(cli, ["clean", str(corpus / "editor.txt")])
    assert r.exit_code == 1 and "editor.txt: no article text, only metadata lines" in r.output, r.output


def test_a_page_whose_doctype_declares_entities_keeps_its_body(tmp_path, segmenter):
    bomb = "".join(f'<!ENTITY e{k} "{"".join(f"&e{k - 1};" for _ in range(10))}">' for k in range(1, 8))
    page = (f'<?xml version="1.0"?><!DOCTYPE boom [<!ENTITY e0 "ha">{bomb}]><html><body><p>&e7;</p>'
            + "".join(f"<p>{line}</p>" for line in _ARTICLE.splitlines()) + "</body></html>")
    (tmp_path / "bomb.html").write_text(page, encoding="utf-8")
    r = CliRunner().invoke(cli, ["clean", str(tmp_path / "bomb.html")])
    assert r.exit_code == 0 and "[0] 某县推行年轻干部墩苗计划 | date 2024-03-08" in r.output, r.output
    assert "二是落实激励措施" in r.output and "&e7;" not in r.output and "haha" not in r.output


def test_the_html_readers_log_lines_name_no_file_so_only_the_skip_line_is_said(tmp_path):
    import subprocess
    import sys

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(_ARTICLE, encoding="utf-8")
    (corpus / "hollow.html").write_text("<html><body><div><div></div></div></body></html>", encoding="utf-8")
    run = [sys.executable, "-m", "pipeline"]
    built = subprocess.run(run + ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--jobs", "1"],
                           capture_output=True, text=True)
    clean = subprocess.run(run + ["clean", str(corpus / "hollow.html")], capture_output=True, text=True)
    assert built.returncode == 0 and clean.returncode == 1, built.stderr + clean.stderr
    for said in (built.stderr, clean.stderr):
        assert "hollow.html: HTML page without article text" in said, said
        assert "trafilatura" not in said and "ERROR" not in said and "discarding data" not in said, said
    verbose = subprocess.run(run + ["-v", "clean", str(corpus / "hollow.html")], capture_output=True, text=True)
    assert "trafilatura" in verbose.stderr  # (there for whoever looks into one page)


def test_every_download_answers_its_errors_in_json_as_the_openapi_document_says(client):
    spec = client.get("/openapi.json").json()["paths"]
    for url in ("/export/articles.csv?provice=x", "/export/articles.xlsx?year=abc", "/export/articles.csv?q=%22",
                "/export/articles.pdf", "/export.csv?provice=x", "/export.pdf", "/api/search?provice=x"):
        r = client.get(url)
        assert r.status_code in (400, 404) and r.headers["content-type"].startswith("application/json"), (url, r.text[:80])
        assert r.json()["status"] == r.status_code and r.json()["error"], url
        path = next(p for p in spec if url.startswith(p.split("{")[0]) and (p.startswith("/api/") or "{" in p))
        assert "application/json" in spec[path]["get"]["responses"][str(r.status_code)]["content"], (url, path)
    page = client.get("/articles/no-such-article")  # (a page for people keeps its HTML error page)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def _nested(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + "".join(f"<p>{line}</p>" for line in _ARTICLE.splitlines())
            + "</div>" * depth + "</body></html>")


def test_a_page_nested_past_256_levels_is_read_and_one_past_what_lxml_reads_is_said_so(tmp_path, segmenter):
    for depth in (300, 1000):
        (tmp_path / f"d{depth}.html").write_text(_nested(depth), encoding="utf-8")
        r = CliRunner().invoke(cli, ["clean", str(tmp_path / f"d{depth}.html")])
        assert r.exit_code == 0 and "[0] 某县推行年轻干部墩苗计划 | date 2024-03-08" in r.output, (depth, r.output)
    (tmp_path / "d3000.html").write_text(_nested(3000), encoding="utf-8")
    r = CliRunner().invoke(cli, ["clean", str(tmp_path / "d3000.html")])
    assert r.exit_code == 1 and "d3000.html: HTML nested too deeply (more than 2,048 levels" in r.output, r.output
    assert "without article text" not in r.output


def test_a_pdf_rtf_or_word_file_under_a_text_name_is_named_as_what_it_is(tmp_path):
    import io
    import zipfile

    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    files = {"report.txt": (b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n", "PDF"),
             "note.txt": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} plain text}", "RTF"),
             "old.html": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "Word or WPS"),
             "new.txt": (docx.getvalue(), "Word")}
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(_ARTICLE, encoding="utf-8")
    for name, (data, _) in files.items():
        (corpus / name).write_bytes(data)
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    for name, (_, kind) in files.items():
        assert f"{corpus / name}: a {kind} file, whatever its name says: not read" in r.output, (name, r.output)
    zipped = tmp_path / "plain.txt"  # (a zip that is no document stays a binary file)
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("a.csv", "1,2")
    r = CliRunner().invoke(cli, ["clean", str(zipped)])
    assert r.exit_code == 1 and "binary file, not text" in r.output, r.output


def test_a_name_holding_a_newline_is_said_on_one_line(tmp_path, segmenter):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(_ARTICLE, encoding="utf-8")
    (corpus / "empty\nsecond line.txt").write_bytes(b"")
    (corpus / "copy\x1b[2J.txt").write_text(_ARTICLE, encoding="utf-8")  # (a terminal escape: not sent to it)
    (corpus / "manifest.csv").write_text('file,url\n"gone\nfile.txt",http://example.org/1\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite")])
    e = CliRunner().invoke(cli, ["extract", str(corpus)])
    c = CliRunner().invoke(cli, ["clean", str(corpus / "empty\nsecond line.txt")])
    assert r.exit_code == e.exit_code == 0 and c.exit_code == 1, r.output + e.output + c.output
    for said in (r.output, e.output, c.output):
        assert "empty\\nsecond line.txt: empty file" in said, said
        assert not any(line.startswith("second line") or line.startswith("file.txt") for line in said.splitlines())
        assert "\x1b" not in said
    assert "good.txt: same content as " in r.output and "copy\\x1b[2J.txt\n" in r.output, r.output
    assert "1 row names no file in its folder (gone\\nfile.txt); not used" in r.output, r.output


def test_a_folder_that_cannot_be_entered_is_said_as_a_folder_not_counted_as_a_file(tmp_path, segmenter, monkeypatch):
    import errno
    import os

    corpus = tmp_path / "c"
    (corpus / "2023").mkdir(parents=True)
    (corpus / "good.txt").write_text(_ARTICLE, encoding="utf-8")
    (corpus / "2023" / "a.txt").write_text(_ARTICLE.replace("墩苗", "蹲苗"), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # (root enters any folder: what a user meets at a folder made chmod 000)
        if os.fspath(path) == str(corpus / "2023"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert "1 file, 1 document, 1 article; 0 files and 1 folder skipped," in r.output, r.output
    assert f"skipped {corpus / '2023'}: permission denied" in r.output


def test_clean_refuses_a_name_that_is_not_utf8_as_build_and_extract_do(tmp_path):
    import os

    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad\xff\xfe.txt")
    with open(name, "w", encoding="utf-8") as f:
        f.write(_ARTICLE)
    said = "bad\\xff\\xfe.txt: file name is not UTF-8 (a zip made on Windows?): rename it to read it"
    for args in (["clean", name], ["extract", name]):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 1 and said in r.output, (args, r.output)
        assert "墩苗" not in r.output
