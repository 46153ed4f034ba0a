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


def test_prefix_cache_is_jiebas_own_load(tmp_path, monkeypatch):
    """The prefix dictionary read back from our cache is the one jieba builds, and a changed
    dictionary is a new cache entry (keyed on content), never a stale one."""
    import jieba

    from pipeline.nlp import segment

    monkeypatch.setenv(segment.CACHE_ENV, str(tmp_path))
    words = tmp_path / "words.txt"
    words.write_text("三个区分开来 5000 nz\n选育管用 3000\n", encoding="utf-8")
    built = segment.Segmenter(str(words))  # no cache yet: jieba's load, then saved
    cached = segment.Segmenter(str(words))  # read back
    assert len(list(segment.prefix_cache_dir().glob("jieba-*.pkl"))) == 1
    reference = jieba.Tokenizer()
    reference.load_userdict(str(words))
    for seg in (built, cached):
        assert seg._tok.FREQ == reference.FREQ and seg._tok.total == reference.total
        assert seg._tok.user_word_tag_tab == reference.user_word_tag_tab
    text = "严格落实“三个区分开来”,推进选育管用"
    assert cached.cut(text) == built.cut(text) == reference.lcut(text)

    words.write_text("三个区分开来 5000 nz\n", encoding="utf-8")
    changed = segment.Segmenter(str(words))
    assert "选育管用" not in changed._tok.FREQ
    assert len(list(segment.prefix_cache_dir().glob("jieba-*.pkl"))) == 2


def test_prefix_cache_damaged_or_unwritable(tmp_path, monkeypatch):
    """A torn cache file is rebuilt; a cache folder that cannot be written costs time only."""
    from pipeline.nlp import segment

    monkeypatch.setenv(segment.CACHE_ENV, str(tmp_path))
    words = tmp_path / "words.txt"
    words.write_text("选育管用 3000\n", encoding="utf-8")
    segment.Segmenter(str(words))
    [entry] = segment.prefix_cache_dir().glob("jieba-*.pkl")
    entry.write_bytes(entry.read_bytes()[:1000])
    assert "选育管用" in segment.Segmenter(str(words)).cut("推进选育管用")
    assert entry.stat().st_size > 1000  # written again

    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(segment.CACHE_ENV, str(blocker))  # segmenter/ cannot be made under a file
    assert "选育管用" in segment.Segmenter(str(words)).cut("推进选育管用")


def test_the_one_pass_cut_is_jiebas(segmenter):
    """RouteTokenizer (word graph and route in one pass) cuts as jieba.Tokenizer with the same
    dictionary: the sample corpus and texts for the HMM, Latin, digits and punctuation."""
    from pathlib import Path

    import jieba

    from pipeline.nlp.route import JIEBA_VERSION, RouteTokenizer
    from pipeline.nlp.segment import domain_dictionary_path

    assert jieba.__version__ == JIEBA_VERSION and isinstance(segmenter._tok, RouteTokenizer)
    reference = jieba.Tokenizer()
    reference.load_userdict(domain_dictionary_path())
    root = Path(__file__).resolve().parent.parent / "corpora" / "sample"
    texts = [line for p in sorted(root.rglob("*.txt"))
             for line in p.read_bytes().decode("utf-8", errors="replace").splitlines()]
    texts += ["", "。", "a", "Hello world 2024", "干部", "鑫垚淼犇骉", "張三李四王五赵六", "1+2+X 5+N 三个区分开来",
              "選調生到村任職", "x" * 50, "一" * 40, "\u3000\t 。，"]
    assert len(texts) > 400
    for text in texts:
        assert segmenter.cut(text) == reference.lcut(text, HMM=True), text
