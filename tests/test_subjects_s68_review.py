"""Figure subjects that the edge trimming of session 68 cut or dropped and the review narrowed, in our own
words.  Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str, title: str | None = None) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text, title)).figures}


# -- a modal verb's character closing a meeting's name right before its count (院坝|会, 板凳|会, 点评|会): no
#    modal verb, for no verb follows it; one before the verb it governs still goes (工资能|达到) -----

@pytest.mark.parametrize("text, figure, want", [
    ("今年以来,全县共召开院坝会120余场。", "120余场", "全县共召开院坝会"),
    ("青禾县组织村干部开展板凳会45场次。", "45场次", "青禾县组织村干部开展板凳会"),
    ("全镇共举办屋场会32场,参与群众2000余人。", "32场", "全镇共举办屋场会"),
    ("各乡镇召开点评会24次。", "24次", "各乡镇召开点评会"),
    ("该县村干部工资能达到每月4000元。", "4000元", "该县村干部工资"),
])
def test_a_modal_character_before_the_count_is_part_of_the_noun(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- an adverb opening a clause whose verb 的 makes an attribute of the noun (长期在外务工的党员), and the nouns
#    jieba tags adverbs (正处, 一次性): part of what the figure counts, not an edge to trim -----

@pytest.mark.parametrize("text, figure, want", [
    ("长期在外务工的党员共有120名。", "120名", "长期在外务工的党员"),
    ("常年在外的流动党员320名。", "320名", "常年在外的流动党员"),
    ("率先完成换届的乡镇8个。", "8个", "率先完成换届的乡镇"),
    ("一次性补助资金3000元。", "3000元", "一次性补助资金"),
    ("全县提拔正处12人。", "12人", "全县提拔正处"),
])
def test_an_adverb_or_adverb_tagged_noun_that_is_an_attribute_stays(text, figure, want, segmenter):
    assert subjects(text)[figure] == want


# -- a quotation opening with the speaker's own 我 (…说:“我今年已经56岁…): the figure is the speaker's, who stays
#    in its subject; 我们, 我村… open a clause of the quotation's own, as before -----

@pytest.mark.parametrize("text, figure, speaker", [
    ("方小禾说:“我今年已经56岁了,还要再干一届。”", "56岁", "方小禾"),
    ("一位老党员说:“我入党已经52年了。”", "52年", "一位老党员"),
])
def test_a_quotation_in_the_first_person_keeps_its_speaker(text, figure, speaker, segmenter):
    assert speaker in (subjects(text)[figure] or "")


def test_a_quotation_of_a_body_in_the_first_person_loses_its_speaker(segmenter):
    assert subjects("村党支部书记感慨地说:“我村党员45名,个个都是好样的。”")["45名"] == "我村党员"
