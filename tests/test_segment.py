"""Segmentation: an isolated jieba tokenizer with the domain dictionary, and spaCy Docs."""
from __future__ import annotations


def test_domain_terms_stay_whole(segmenter):
    toks = segmenter.cut("严格落实“三个区分开来”,推进选育管用,对标1+2+X要求,完善5+N机制,增强四个意识")
    for term in ("三个区分开来", "选育管用", "1+2+X", "5+N", "四个意识"):
        assert term in toks


def test_module_level_jieba_untouched(segmenter):
    import jieba

    segmenter.cut("驻村第一书记")
    # Our words live in our tokenizer only; the global one is never loaded or changed.
    assert not jieba.dt.initialized or "三个区分开来" not in jieba.dt.FREQ


def test_spacy_doc_tokens_equal_segmenter(segmenter):
    from pipeline.nlp.segment import make_nlp

    text = "县委选派30余名优秀年轻干部到乡镇挂职锻炼。同时落实“三个区分开来”要求。"
    doc = make_nlp()(text)
    assert [t.text for t in doc] == segmenter.cut(text)
    assert doc.text == text
    assert [s.text for s in doc.sents] == ["县委选派30余名优秀年轻干部到乡镇挂职锻炼。", "同时落实“三个区分开来”要求。"]


def test_spacy_doc_keeps_spaces(segmenter):
    from pipeline.nlp.segment import make_nlp

    text = "西藏自治区阿里地区： 强化人才 Data Team"
    assert make_nlp()(text).text == text


def test_sentence_split():
    from pipeline.text.articles import split_sentences

    text = "他说:“要严管厚爱。”随后部署工作!还有问题?最后一句没有句号"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["他说:“要严管厚爱。”", "随后部署工作!", "还有问题?", "最后一句没有句号"]
