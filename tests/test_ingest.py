"""Reading files: discovery, encodings, HTML, and bad input that must not stop a batch."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.text.ingest import IngestError, Skipped, decode, discover, read_document

SIMPLIFIED = "乡镇干部年度考核优秀等次比例提高到20%,全年选派年轻干部到基层一线锻炼。\n"
TRADITIONAL = "鄉鎮幹部年度考核優秀等次比例提高到20%,全年選派年輕幹部到基層一線鍛煉。\n"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8 (BOM)"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le (BOM)"),
        (SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "big5", "utf16-bom", "utf16le", "utf16be"],
)
def test_encodings_detected(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_big5_longer_text_not_mistaken_for_gbk():
    long = TRADITIONAL * 20 + "建立容錯糾錯機制,對受處分幹部開展回訪教育。\n"
    assert decode(long.encode("big5"))[1] == "big5"
    assert decode(SIMPLIFIED.encode("gbk") * 20)[1] == "gb18030"


def test_stable_id_from_content(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SIMPLIFIED, encoding="utf-8")
    b.write_text(SIMPLIFIED, encoding="utf-8")
    assert read_document(a).id == read_document(b).id
    b.write_text(SIMPLIFIED + "。", encoding="utf-8")
    assert read_document(a).id != read_document(b).id


def test_discovery_recursive_and_sorted(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("b.txt", "a.md", "x/c.html", "x/y/d.htm", "x/y/skip.pdf", ".hidden/e.txt"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(SIMPLIFIED, encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path) if not isinstance(p, Skipped)]
    assert found == ["a.md", "b.txt", "x/c.html", "x/y/d.htm"]


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>县委组织部创新干部考核办法_组工动态_某县人民政府网</title>
<meta name="publishdate" content="2024-03-08"><meta name="ContentSource" content="某县融媒体中心">
<style>.nav{color:red}</style><script>var x = "分享到";</script></head>
<body><div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">城关镇</a> <a href="/c">河西乡</a></div>
<div class="crumb">当前位置: 首页 &gt; 组工动态</div>
<div class="article">
<h1>县委组织部创新干部考核办法</h1>
<div class="info">发布时间:2024-03-08 10:12  来源:某县融媒体中心  作者:周立新  责任编辑:韩冰</div>
<div class="article-content">
<p>今年以来,县委组织部把平时考核与年度考核结合起来,建立干部实绩档案,全县218名科级干部实现一人一档。</p>
<p>县里还出台《关于改进干部考核结果运用的办法》,将考核结果作为提拔使用、职级晋升和评先评优的重要依据,对连续两年考核优秀的14名干部优先晋升职级。</p>
<p>对考核中发现的问题,组织部门采取提醒谈话、函询等方式及时纠偏,全年提醒谈话干部23人次,帮助干部改进工作方法。</p>
</div></div>
<div class="share">分享到: 微信 微博 QQ空间</div>
<div class="footer">主办:某县人民政府办公室 地址:某县人民路1号 电话:0123-4567890 ICP备12345678号</div>
</body></html>"""


def test_html_page_body_and_metadata(tmp_path, segmenter):
    from pipeline.worker import process_document

    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    pd = process_document(read_document(p))
    (art,) = pd.articles
    assert art.title == "县委组织部创新干部考核办法"
    assert art.date == "2024-03-08"
    assert art.source == "某县融媒体中心"
    assert [(a.name, a.role) for a in art.authors] == [("周立新", "作者")]
    assert art.editor == "韩冰"
    assert art.text.startswith("今年以来,县委组织部")
    for furniture in ("当前位置", "分享到", "政务公开", "ICP", "电话", "var x"):
        assert furniture not in art.text
    assert len(art.paragraphs) == 3


# --- bad input: one clear line naming the file and the reason ------------------

def _reason(path) -> str:
    with pytest.raises(IngestError) as e:
        read_document(path)
    assert str(path) in str(e.value) and "\n" not in str(e.value)
    return e.value.reason


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert _reason(p) == "empty file"


def test_binary_is_more_than_two_percent_control_bytes():
    """Control bytes are those below 32 except tab, newlines, form feed and ESC (ANSI colours)."""
    from pipeline.text.ingest import _looks_binary

    text = "干部".encode() * 1365  # 8190 bytes
    assert not _looks_binary(text + b"\x01" * 2)
    assert not _looks_binary(b"\x01" * 163 + text[:8029])  # 163 of 8192: 1.99 %
    assert _looks_binary(b"\x01" * 164 + text[:8028])
    assert not _looks_binary(b"\t\n\x0b\x0c\r\x1b" * 100 + text)
    assert _looks_binary(b"\x00\x1f\x0e" * 100 + text)
    assert not _looks_binary(b"a" * 8192 + b"\x01" * 200)  # only the first 8 KiB is read
    assert not _looks_binary(b"")


def test_binary_named_txt(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert "binary" in _reason(p)


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "junk.txt"
    # Valid in no encoding we read: lone continuation and lead bytes, no NULs.
    p.write_bytes(b"\x81\x30\xff\xfe\xfd\x80\x80 \xa0\xff" * 50)
    assert "undecodable" in _reason(p)


def test_huge_file_without_line_breaks_is_refused_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing 50 MB
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    assert "too large" in _reason(p)
    assert str(p) not in map(str, opened)  # refused from its size, never read into memory


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(SIMPLIFIED, encoding="utf-8")
    p.chmod(0)
    if os.access(p, os.R_OK):  # root reads anything: simulate what others would meet
        def deny(path, *a, **k):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))

        monkeypatch.setattr("pipeline.text.ingest.open", deny, raising=False)
    try:
        assert _reason(p) == "permission denied"
    finally:
        p.chmod(0o644)


def test_symlink_loops_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ok.txt").write_text(SIMPLIFIED, encoding="utf-8")
    os.symlink("..", tmp_path / "sub" / "up")  # directory loop
    os.symlink("self.txt", tmp_path / "self.txt")  # file loop
    items = list(discover(tmp_path))
    skipped = {Path(s.path).name: s.reason for s in items if isinstance(s, Skipped)}
    files = [p for p in items if not isinstance(p, Skipped)]
    assert [p.name for p in files] == ["ok.txt"]
    assert "symlink loop" in skipped["up"]
    assert "symlink loop" in skipped["self.txt"]


def test_bad_files_do_not_stop_the_batch(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("干部考核新办法\n" + SIMPLIFIED * 3, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 10)
    os.symlink("loop.txt", corpus / "loop.txt")
    out = tmp_path / "kb.sqlite"
    report = build(corpus, out)
    assert report.documents == 1 and report.articles == 1
    reasons = {Path(p).name: r for p, r in report.failures}
    assert set(reasons) == {"empty.txt", "binary.txt", "loop.txt"}
    assert report.exit_code(strict=False) == 0
    assert report.exit_code(strict=True) == 1
    assert out.exists()
    assert "3 files skipped" in report.summary()


# -- a Chinese page read as Latin-1 and saved so (a crawler's default for text/html without a charset) ----

def test_utf8_page_read_as_latin1_is_read_again():
    text, encoding = decode(SIMPLIFIED.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert text == SIMPLIFIED
    assert encoding == "utf-8 (read as latin-1 and saved as utf-8)"


def test_gbk_page_read_as_latin1_is_read_again():
    page = SIMPLIFIED * 3
    text, encoding = decode(page.encode("gbk").decode("latin-1").encode("utf-8"))
    assert text == page
    assert encoding.startswith("gb18030 (read as latin-1")


def test_windows_1252_reading_keeps_what_it_can_and_marks_what_it_lost():
    # 1252 has no character for five bytes: a decoder told to go on prints U+FFFD for each, so the
    # byte is lost; where one choice alone makes a frequent character (参 from its one lost byte) it is
    # taken, and what no single choice places stays marked, never guessed into a wrong character
    page = "参加考核的干部共有八十多人。" * 4
    misread = page.encode("utf-8").decode("cp1252", errors="replace")
    text, _ = decode(misread.encode("utf-8"))
    assert "参加考核的干部" in text
    assert not set(text) & set("åæçèé")


def test_english_readme_beside_the_pages_is_no_article(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Crawl of 2024\n\nThese pages were fetched from county portals (县级门户网站) "
                      "between March and May; see the manifest for each page's address.\n" * 3, encoding="utf-8")
    with pytest.raises(IngestError, match="mostly not Chinese"):
        read_document(readme)


@pytest.mark.parametrize("page", [
    "干(gan)部(bu)考(kao)核(he)办(ban)法(fa)出(chu)台(tai)\n" * 5,  # a gloss after every character
    "Home | News | About | English\n" + SIMPLIFIED * 2,
    "某县邀请café店主谈基层治理,Müller先生出席。\n" * 3,  # Latin-1 letters in a Chinese page: left as they are
])
def test_chinese_pages_with_latin_letters_are_read_as_they_are(tmp_path, page):
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == page and doc.encoding == "utf-8"


def test_an_english_page_in_the_folder_is_skipped_with_its_reason(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("干部考核新办法\n" + SIMPLIFIED * 3, encoding="utf-8")
    (corpus / "README.txt").write_text("Pages crawled for the study; one file per page.\n" * 4, encoding="utf-8")
    report = build(corpus, tmp_path / "kb.sqlite")
    assert report.articles == 1
    assert [(Path(p).name, "mostly not Chinese" in r) for p, r in report.failures] == [("README.txt", True)]


# -- pages of the genre that are not mostly ideographs: read as they were ---------------------------------

_SCORE_ROWS = "".join(f"{i:02d}\t2023{i:08d}\t李*\t{60 + i % 30}.50\t{70 + i % 20}.25\t{'是' if i % 3 else '否'}\n"
                      for i in range(1, 60))
_ZH_PARAGRAPH = "自治区党委组织部召开干部教育培训工作会议，会议强调要坚持严管和厚爱结合、激励和约束并重，落实容错纠错机制。\n"
_ATTACHMENT = "https://www.example.gov.cn/uploads/2024/" + "%E5%85%B3%E4%BA%8E%E5%B9%B2%E9%83%A8" * 6 + ".docx"


@pytest.mark.parametrize("page", [
    # a list of scores under a Chinese heading: digits are no letters of another language
    "关于2023年度选调生考试综合成绩的公示\n来源：某县委组织部\n序号\t准考证号\t姓名\t笔试\t面试\t入围\n"
    + _SCORE_ROWS + "公示期间如有异议，请与县委组织部干部科联系。\n",
    # a short notice whose attachments are URL-encoded links
    "关于开展2024年度干部考核工作的通知\n各乡镇党委：现将有关事项通知如下，请认真贯彻落实。\n"
    + "".join(f"附件{i}：{_ATTACHMENT}\n" for i in range(1, 9)),
    # the Uyghur, Tibetan or Mongolian version first, the Chinese one after it
    "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى پارتكومى تەشكىلات بۆلۈمى كادىرلارنى تەربىيىلەش يىغىنى ئاچتى. " * 60
    + "\n\n" + _ZH_PARAGRAPH * 3,
    "བོད་ལྗོངས་སྐྱོང་ལྗོངས་ཏང་ཨུ་ཡོན་ལྷན་ཁང་གི་སྒྲིག་འཛུགས་པུའུ་ཡིས་ཚོགས་འདུ་བསྡུས། " * 60 + "\n\n" + _ZH_PARAGRAPH * 3,
    "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ ᠤ ᠨᠠᠮ ᠤᠨ ᠬᠣᠷᠢᠶ᠎ᠠ ᠶᠢᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ " * 60 + "\n\n" + _ZH_PARAGRAPH * 3,
    # a bilingual page with its English version first
    "Bilingual | 双语\n" + "The organization department of the county held a training session on the assessment "
    "of cadres, stressing that officials who make honest mistakes in reform deserve room to correct them. " * 25
    + "\n\n县委组织部举办干部考核培训班\n" + _ZH_PARAGRAPH * 3,
])
def test_pages_of_the_genre_that_are_not_mostly_ideographs_are_read(tmp_path, page):
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == page and doc.encoding == "utf-8"


def test_a_read_me_with_a_table_of_provinces_is_still_no_article(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Pages of the crawl\n\nOne file per page, named by its number; the manifest gives each "
                      "page's address and the date it was fetched. Pages by province:\n\n| province | pages |\n|---|---|\n"
                      + "".join(f"| {p} | {n} |\n" for p, n in [("云南省", 3), ("内蒙古自治区", 2), ("宁夏回族自治区", 2),
                                                                ("广西壮族自治区", 2), ("北京市", 1)])
                      + "\nPages that could not be fetched were left out; see the log for the reason of each.\n" * 4,
                      encoding="utf-8")
    with pytest.raises(IngestError, match="mostly not Chinese"):
        read_document(readme)


def test_a_text_read_right_after_a_misread_stretch_is_not_read_again():
    # the first 4,000 characters are a misread stretch, the Chinese after them was read right: reading the
    # whole text again from its "Latin-1 bytes" turned that Chinese into one U+FFFD
    misread = ("某县干部考核工作会议召开。" * 120).encode("utf-8").decode("latin-1")
    page = misread + "\n" + "乡镇党委书记述职评议结果向社会公开，接受群众监督。\n" * 20
    text, encoding = decode(page.encode("utf-8"))
    assert text == page and encoding == "utf-8"


# -- what a build may replace: only a knowledge base, and not with nothing --------------------------------

def test_a_build_never_replaces_a_file_that_is_no_knowledge_base(tmp_path, segmenter):
    import sqlite3

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text("干部考核新办法\n" + SIMPLIFIED * 3, encoding="utf-8")
    before = article.read_bytes()
    with pytest.raises(IngestError, match="not a knowledge base"):
        build(corpus, article)  # --out given the article itself by mistake
    assert article.read_bytes() == before
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE notes (x)")
    with pytest.raises(IngestError, match="another program"):
        build(corpus, other)
    with sqlite3.connect(other) as c:
        assert [r[0] for r in c.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_an_empty_or_mistyped_folder_leaves_the_knowledge_base_as_it_was(tmp_path, segmenter):
    corpus, empty = tmp_path / "corpus", tmp_path / "empty"
    corpus.mkdir()
    empty.mkdir()
    (corpus / "a.txt").write_text("干部考核新办法\n" + SIMPLIFIED * 3, encoding="utf-8")
    out = tmp_path / "kb.sqlite"
    assert build(corpus, out).articles == 1
    before = out.read_bytes()
    with pytest.raises(IngestError, match="no article files.*left as it was"):
        build(empty, out)
    assert out.read_bytes() == before


def test_a_folder_whose_every_file_is_skipped_or_fails_leaves_the_knowledge_base_as_it_was(tmp_path, segmenter,
                                                                                          monkeypatch):
    corpus, junk = tmp_path / "corpus", tmp_path / "junk"
    corpus.mkdir()
    junk.mkdir()
    (corpus / "a.txt").write_text("干部考核新办法\n" + SIMPLIFIED * 3, encoding="utf-8")
    (junk / "notes.md").write_text("Field notes about the crawl, in English only.\n" * 20, encoding="utf-8")
    (junk / "empty.txt").write_bytes(b"")
    out = tmp_path / "kb.sqlite"
    assert build(corpus, out).articles == 1
    before = out.read_bytes()
    with pytest.raises(IngestError, match="none of the 2 files gave a document .2 skipped, 0 internal errors.; "
                                          "the knowledge base is left as it was"):
        build(junk, out)
    assert out.read_bytes() == before

    import pipeline.worker as worker

    def broken(*a, **k):
        raise RuntimeError("a stage that fails on every document")

    monkeypatch.setattr(worker, "process_document", broken)
    (corpus / "a.txt").write_text("干部培训新办法\n" + SIMPLIFIED * 2, encoding="utf-8")
    with pytest.raises(IngestError, match=r"0 skipped, 1 internal error\)"):
        build(corpus, out, cache=False)
    assert out.read_bytes() == before
    fresh = tmp_path / "new.sqlite"
    with pytest.raises(IngestError, match=r"not written: none of the 1 file gave a document \(0 skipped, 1 internal error\)\n"
                                          r"internal error .*a\.txt \(ingest\): RuntimeError"):
        build(corpus, fresh, cache=False)
    assert not fresh.exists() and not [p for p in tmp_path.glob("new.sqlite*") if p.suffix != ".lock"]


# -- Big5's extensions; files with a few bad bytes ---------------------------------------------------------

TRAD_PAGE = "東山縣推行幹部容錯糾錯機制\n\n　　近日，東山縣出臺辦法，為敢於擔當的幹部撐腰鼓勁。\n　　一是建立容錯申請程序，由縣委組織部在十個工作日內認定。\n"


@pytest.mark.parametrize("odd, encoding", [("碁", "cp950"), ("裏", "cp950"), ("恒", "cp950"), ("喺", "big5hkscs")],
                         ids=["cp950-eten", "cp950-li", "cp950-heng", "hkscs"])
def test_big5_page_with_one_extension_character_read_in_its_encoding(odd, encoding):
    # One character plain Big5 lacks: it decoded as GB18030 only, to garbage and private-use characters.
    text = TRAD_PAGE.replace("近日，", f"近日在{odd}山鄉，")
    assert decode(text.encode(encoding)) == (text, encoding)


def test_utf8_file_with_one_stray_byte_keeps_the_rest(tmp_path):
    data = SIMPLIFIED.encode() * 3
    cut = data.index("年度".encode())
    doc = _read(tmp_path, data[:cut] + b"\xff" + data[cut:])
    assert doc.text == SIMPLIFIED[:SIMPLIFIED.index("年度")] + "\ufffd" + SIMPLIFIED[SIMPLIFIED.index("年度"):] + SIMPLIFIED * 2
    assert doc.encoding == "utf-8 (1 undecodable marked)"


def test_utf8_download_cut_mid_character_keeps_the_rest(tmp_path):
    data = (SIMPLIFIED * 3).encode() + "全年选派".encode() + "干".encode()[:2]  # (the last character's third byte lost)
    doc = _read(tmp_path, data)
    assert doc.text == SIMPLIFIED * 3 + "全年选派\ufffd"


def test_gbk_file_with_a_utf8_line_appended_reads_both(tmp_path):
    tail = "补充：各乡镇每半年报送一次谈话记录。\n"
    doc = _read(tmp_path, (SIMPLIFIED * 3).encode("gbk") + tail.encode("utf-8"))
    assert doc.text == SIMPLIFIED * 3 + tail
    assert doc.encoding == "gb18030 (1 line in utf-8)"


def test_bad_bytes_are_counted_and_said_by_clean(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    p = tmp_path / "a.txt"
    p.write_bytes(SIMPLIFIED.encode() * 3 + b"\xfe" + SIMPLIFIED.encode())
    r = CliRunner().invoke(cli, ["clean", str(p)])
    assert r.exit_code == 0, r.output
    assert "--- repairs (utf-8 (1 undecodable marked)): undecodable 1" in r.output


def test_mostly_bad_bytes_still_refused():
    data = SIMPLIFIED.encode()[:30] + b"\xff\xfe\x80\xfd" * 40
    with pytest.raises(IngestError, match="undecodable"):
        decode(data)


def _read(tmp_path, data: bytes):
    p = tmp_path / "page.txt"
    p.write_bytes(data)
    return read_document(p)
