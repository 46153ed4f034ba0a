"""HTML pages holding more than one article: the headlines (h1-h3) trafilatura drops are put back as lines,
so the splitter sees where each article starts (session 71, hostile tester)."""
from __future__ import annotations

from pipeline.text.html import extract_html
from pipeline.text.ingest import read_document

# A listing page: a section name as <title>, then two short reports from two counties, each under an <h2>.
LISTING = """<html><head><meta charset="utf-8"><title>工作动态</title></head><body>
<div class="item"><h2>东县推行干部实绩档案</h2><p>发布时间：2022-05-03</p>
<p>湖南省岳阳市平江县近期为全县科级干部建立实绩档案，做到一人一档。</p>
<p>一是每半年更新一次档案内容，由组织部门专人负责。</p></div>
<div class="item"><h2>西县加强年轻干部培养</h2><p>发布时间：2022-06-21</p>
<p>四川省凉山州昭觉县选派年轻干部到乡村振兴一线蹲点锻炼。</p>
<p>一是每年选派不少于三十名干部，期限一年。</p></div>
<div class="side"><h3>相关链接</h3><a href="/x">省委组织部网站</a></div>
</body></html>"""


def test_headlines_come_back_as_lines_in_page_order():
    text, _ = extract_html(LISTING)
    lines = text.splitlines()
    east, west = lines.index("东县推行干部实绩档案"), lines.index("西县加强年轻干部培养")
    assert lines[east + 1] == "发布时间：2022-05-03"
    assert lines[west + 1] == "发布时间：2022-06-21"
    assert east < lines.index("一是每半年更新一次档案内容，由组织部门专人负责。") < west
    assert "相关链接" not in text  # a heading over a link list, whose next text is not in the body


def test_a_listing_page_splits_into_its_articles(tmp_path, segmenter):
    from pipeline.worker import process_document

    p = tmp_path / "list.html"
    p.write_text(LISTING, encoding="utf-8")
    arts = process_document(read_document(p)).articles
    assert [(a.title, a.date) for a in arts] == [("东县推行干部实绩档案", "2022-05-03"),
                                                ("西县加强年轻干部培养", "2022-06-21")]
    assert "平江县" in arts[0].text and "昭觉县" not in arts[0].text


# --- a .txt file holding a page's markup: tags removed, character references decoded, offsets kept ---------

def test_markup_in_a_text_file_is_removed_not_cut(tmp_path):
    from pipeline.text.repair import repair_document

    p = tmp_path / "tags.txt"
    raw_text = ("<p>　　江西省赣州市兴国县近日组织新任职干部集中培训。</p>\n"
                "<p>　　一是邀请老党员讲授工作方法，每月一次。</p>\n"
                "<p>　　二是建立培训&nbsp;台账，逐人记录&#28548;清情况。</p><p>三是开展结业测试。</p>\n"
                "上式中 a<b 且 c>d，时间写作<2023年>。\n")
    p.write_text(raw_text, encoding="utf-8")
    doc = repair_document(read_document(p))
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    assert lines[:4] == ["江西省赣州市兴国县近日组织新任职干部集中培训。", "一是邀请老党员讲授工作方法，每月一次。",
                         "二是建立培训台账，逐人记录澄清情况。", "三是开展结业测试。"]
    assert "a<b 且 c>d" in doc.text and "<2023年>" in doc.text  # not markup: left alone
    assert doc.quality.counts.get("markup", 0) >= 8
    assert not [w for w in doc.quality.warnings if "truncated" in w]
    # offsets still point into the file: the line 一是… maps back to where it stands there
    k = doc.text.index("一是")
    assert raw_text[doc.offsets[k]:doc.offsets[k] + 2] == "一是"
