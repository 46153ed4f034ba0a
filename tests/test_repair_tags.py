"""A closing tag's rest at a paragraph's end, where a misread byte took its '<'."""
from __future__ import annotations

import pytest

from pipeline.core.records import QualityReport
from pipeline.text import repair
from pipeline.text.tracked import Tracked


def _strip(text: str) -> tuple[str, QualityReport]:
    report = QualityReport(encoding="utf-8")
    return repair.strip_tag_remnants(Tracked.original(text), report).text, report


def test_the_quotation_close_and_the_tag_rest_at_a_line_end():
    text, report = _strip("他说:“要让年轻干部在基层经受锻炼?!?/p>\n近日,县委组织部召开会议。\n")
    assert text == "他说:“要让年轻干部在基层经受锻炼。”\n近日,县委组织部召开会议。\n"
    assert report.counts["tag_remnant"] == 1


@pytest.mark.parametrize("line, want", [
    ("镇党委选派干部驻村。/p>\n", "镇党委选派干部驻村。\n"),
    ("镇党委选派干部驻村。/div>  \n", "镇党委选派干部驻村。\n"),
])
def test_a_bare_tag_rest_goes(line, want):
    assert _strip(line)[0] == want


@pytest.mark.parametrize("text", [
    "访问 www.example.gov.cn/p>1 查看\n",           # not at a line's end
    "比例为 1/2>0.3,见附表。\n",                      # no tag's name
    "选派干部2/3以上。\n",
])
def test_text_that_only_looks_like_it_stays(text):
    assert _strip(text)[0] == text


def test_the_paragraphs_stay_apart_in_a_whole_repair(segmenter):
    from pipeline.core.records import RawDocument

    raw = RawDocument(path="x.txt", id="x", encoding="utf-8", format="txt", size=0, meta={},
                      text="他说:“要让年轻干部在基层经受锻炼?!?/p>\n近日,县委组织部召开会议,部署培养工作。\n")
    text = repair.repair_document(raw).text
    assert "/p>" not in text and "锻炼。”\n近日" in text


def test_a_markdown_link_keeps_its_text_and_an_image_goes(segmenter):
    from pipeline.core.records import RawDocument

    raw = RawDocument(path="x.md", id="x", encoding="utf-8", format="md", size=0, meta={},
                      text="# 青禾县选派干部驻村\n\n县委组织部选派[50名](http://x.cn/a)干部驻村。![现场图](img/a.png)\n")
    text = repair.repair_document(raw).text
    assert "选派50名干部驻村。" in text and "http" not in text and "现场图" not in text
