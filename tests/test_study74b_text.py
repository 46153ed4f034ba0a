"""Classes studied on the session-74 blind batch (text repairs).

Every sentence here is written for these tests; the places are real divisions, the media made up."""
from __future__ import annotations

from pipeline.core.records import RawDocument
from pipeline.text import repair


def _raw(text: str) -> RawDocument:
    return RawDocument(path="x.txt", id="x", encoding="utf-8", format="txt", size=0, meta={}, text=text)


# --- a digest in points, each closed by its source's number ( [1]), one line with no comma ----------------

_DIGEST = ("甲县青年干部培养观察\n某某财经·2025-03-02 08:10\n"
           "核心要点 - 甲县实施青年干部成长计划 建立双向挂职机制 推动青年干部到基层一线经受锻炼 [1] "
           "培养举措 - 组织青年干部到乡镇挂职 每人配备一名联系领导 定期开展谈心谈话 [1] "
           "- 开办青年干部读书班 邀请党校教师授课 已举办6期 [2] 工作成效 - 青年干部累计办理群众诉求200余件 "
           "其中35件形成长效机制 [2]")


def test_a_cited_digest_is_text_cut_into_its_points(segmenter):
    doc = repair.repair_document(_raw(_DIGEST))
    lines = doc.text.split("\n")
    assert "[1]" not in doc.text and "[2]" not in doc.text
    # each point ends with a stop on a line of its own; a dash's heading stands alone
    assert any(x.startswith("组织青年干部到乡镇挂职") and x.endswith("谈心谈话。") for x in lines)
    assert any(x.startswith("开办青年干部读书班") and x.endswith("已举办6期。") for x in lines)
    assert "培养举措" in lines
    assert doc.quality.counts["cited_digest"] >= 6
    # every character still points at the same character of the file
    for i, ch in enumerate(doc.text):
        if ch not in "。\n":
            assert _DIGEST[doc.offsets[i]] == ch


def test_a_cited_digest_keeps_its_title_and_its_figures(tmp_path, segmenter):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    f = tmp_path / "digest.txt"
    f.write_text(_DIGEST, encoding="utf-8")
    [art] = process_document(read_document(f)).articles
    assert art.title == "甲县青年干部培养观察"
    assert "已举办6期" in art.text and "200余件" in art.text


def test_a_bracketed_number_in_ordinary_text_stays():
    text = "会议要求,全面落实干部考核办法 [1] 的各项规定。\n"
    assert repair.repair_document(_raw(text)).text.startswith("会议要求,全面落实干部考核办法 [1] 的")
