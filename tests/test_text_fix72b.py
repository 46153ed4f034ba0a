"""Text-stage fixes of session 72 (textfix72b): a list's first item under a lead-in's colon, and a
sentence closed by its stop before an icon's unreadable mark.

Every text here is invented for the test (places, names and sentences are made up).
"""
from __future__ import annotations

from pipeline.core.records import RawDocument
from pipeline.extract.measures import find_measures
from pipeline.text.articles import split_articles
from pipeline.text.lines import ends_sentence, is_heading_like
from pipeline.text.repair import repair_document


def raw(text: str) -> RawDocument:
    return RawDocument(path="t.txt", id="t", encoding="utf-8", format="txt", text=text, size=len(text))


def only(text: str):
    arts = split_articles(repair_document(raw(text)))
    assert len(arts) == 1
    return arts[0]


TAIL = "全县各乡镇要把各项措施落到实处，确保取得实效。\n"
LEAD = "近日，青禾县出台年轻干部培养办法，围绕选、育、管、用四个环节提出了一系列具体举措，主要包括以下内容："


def test_a_lettered_or_numbered_item_under_a_lead_in_colon_opens_its_own_paragraph():
    for first, second in [("(a)建立年轻干部人才库，每年动态调整一次，确保储备充足。", "(b)选派年轻干部到乡镇一线挂职锻炼。"),
                          ("a. 建立年轻干部人才库，每年动态调整一次，确保储备充足。", "b. 选派年轻干部到乡镇一线挂职锻炼。"),
                          ("①建立年轻干部人才库，每年动态调整一次，确保储备充足。", "②选派年轻干部到乡镇一线挂职锻炼。"),
                          ("1)建立年轻干部人才库，每年动态调整一次，确保储备充足。", "2)选派年轻干部到乡镇一线挂职锻炼。")]:
        art = only("\n".join(["青禾县完善年轻干部培养机制", LEAD, first, second, TAIL]))
        texts = [p.text for p in art.paragraphs]
        assert texts[0] == LEAD and texts[1] == first, texts
    # a paragraph the page cut with no colon before the cut is still rejoined
    art = only("\n".join(["青禾县完善年轻干部培养机制", LEAD[:-1] + "，其中最重要的一条是",
                          "建立年轻干部人才库，每年动态调整一次，确保储备充足。", TAIL]))
    assert art.paragraphs[0].text.endswith("最重要的一条是建立年轻干部人才库，每年动态调整一次，确保储备充足。")


def test_a_sentence_closed_before_an_icons_unreadable_mark_is_body_text():
    line = "全县科级干部全部完成集中轮训。\ue001"
    assert ends_sentence("完成集中轮训。\ufffd") and ends_sentence("完成集中轮训。”\ufffd \ufffd")
    assert not is_heading_like("完成集中轮训。\ufffd")
    assert not ends_sentence("完成集中\ufffd") and is_heading_like("完成集中\ufffd")  # (a lost character ends nothing)
    art = only("\n".join(["青禾县开展干部轮训", "今年以来，青禾县分批组织全县科级干部开展集中轮训，共举办培训班12期，"
                          "覆盖干部900余人次。", line, TAIL]))
    para = [p for p in art.paragraphs if p.text.startswith("全县科级干部")]
    assert len(para) == 1 and not para[0].heading
    assert any(m.text == "全县科级干部全部完成集中轮训。" for m in find_measures(art))
    # nor does such a line run on into the next paragraph as if a page had cut it
    long = "今年以来，青禾县分批组织全县科级干部开展集中轮训，共举办培训班12期，覆盖干部900余人次，实现了集中轮训。\ue001"
    art = only("\n".join(["青禾县开展干部轮训", long, TAIL]))
    assert len(art.paragraphs) == 2 and art.paragraphs[1].text == TAIL.strip()
