"""Document error class met on the session-73 blind pages, in our own words: a title the page garbled (a lost
character, U+FFFD, inside the 《》) is skipped, and the short name cited after it (《行动方案》) is that lost
document's, not a document of its own."""
from __future__ import annotations

from pipeline.extract.documents import find_documents


def test_the_short_name_of_a_garbled_title_is_no_document_of_its_own():
    text = ("县里印发《青禾县激励干部新\ufffd伦鳛干部队伍三年行动方案》。《行动方案》提出十条措施。"
            "另依据《关于加强村干部管理的通知》执行,《通知》要求按月报送。")
    assert [(d.title, d.short_name) for d in find_documents(text)] == [("关于加强村干部管理的通知", "通知")]


def test_a_short_name_alone_is_still_cited():
    # nothing garbled before it: 《行动方案》 is all the text gives of the document
    assert [d.title for d in find_documents("镇里出台《行动方案》，明确五项任务。")] == ["行动方案"]
