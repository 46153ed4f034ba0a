"""Segmentation: an isolated jieba tokenizer with the domain dictionary; sentence splitting."""
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


def test_spans_are_the_cut_with_offsets(segmenter):
    text = "县委选派30余名优秀年轻干部到乡镇挂职锻炼。同时落实“三个区分开来”要求。"
    spans = segmenter.spans(text)
    assert [w for w, _, _ in spans] == segmenter.cut(text)
    assert all(text[s:e] == w for w, s, e in spans)


def test_sentence_split():
    from pipeline.text.articles import split_sentences

    text = "他说:“要严管厚爱。”随后部署工作!还有问题?最后一句没有句号"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["他说:“要严管厚爱。”", "随后部署工作!", "还有问题?", "最后一句没有句号"]
