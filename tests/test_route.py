"""nlp/route.py: the memoised HMM cut and the one-pass route give jieba's own answers."""
from __future__ import annotations

from jieba import finalseg

from pipeline.nlp import route

# Runs of characters that are no dictionary word, as the HMM sees them (made up, with Latin and digits).
RUNS = ["鑫垚淼犇骉", "張三李四王五", "犇犇骉骉x9犇", "ab12犇骉%", "骉", "淼犇 骉", "", "。犇骉，淼"]


def test_memoised_hmm_cut_is_finalsegs():
    for run in RUNS * 2:  # the second round reads the memo
        assert list(route._hmm_cut(run)) == list(finalseg.cut(run)), run


def test_force_split_words_apply_after_the_memo(monkeypatch):
    """A word that jieba must split, added after the run was memoised, is split all the same."""
    run = "鑫垚淼犇骉"
    words = list(route._hmm_cut(run))
    joined = next(w for w in words if len(w) > 1)
    monkeypatch.setattr(finalseg, "Force_Split_Words", finalseg.Force_Split_Words | {joined})
    assert list(route._hmm_cut(run)) == list(finalseg.cut(run))
    assert joined not in route._hmm_cut(run)


def test_route_ends_are_jiebas(segmenter):
    """route() ends each position's first word where jieba's get_DAG + calc end it (one past jieba's
    inclusive end), ties included."""
    tok = segmenter._tok
    for text in ["县委组织部选派年轻干部到村任职", "一一一一一", "乡镇干部", "驻村第一书记", "鑫垚淼犇骉"]:
        dag = tok.get_DAG(text)
        calc: dict[int, tuple[float, int]] = {}
        tok.calc(text, dag, calc)
        assert tok.route(text) == [calc[k][1] + 1 for k in range(len(text))], text


def _twins(segmenter):
    """A RouteTokenizer and a plain jieba.Tokenizer, each on its own copy of the segmenter's dictionary."""
    import jieba

    out = []
    for cls in (route.RouteTokenizer, jieba.Tokenizer):
        tok = cls()
        tok.FREQ, tok.total, tok.initialized = dict(segmenter._tok.FREQ), segmenter._tok.total, True
        out.append(tok)
    return out


def test_word_scores_follow_the_dictionary(segmenter, monkeypatch):
    """The memo of word scores is emptied when the dictionary changes: a word deleted, added or made
    likelier after a cut moves the next cut as it moves jieba's."""
    monkeypatch.setattr(finalseg, "Force_Split_Words", set(finalseg.Force_Split_Words))  # del_word adds to it
    ours, jiebas = _twins(segmenter)
    text = "组织部门开展走访慰问"
    before = jiebas.lcut(text)
    assert ours.lcut(text) == before and "组织部门" in before
    assert ours._memo is not None and "组织部门" in ours._memo.scores  # the memo holds its score
    for tok in (ours, jiebas):
        tok.del_word("组织部门")  # (its frequency 0: the total stays)
    assert jiebas.lcut(text) != before and ours.lcut(text) == jiebas.lcut(text)
    for tok in (ours, jiebas):
        tok.add_word("门开展走", 10_000_000)  # a made-up word, frequent enough to win the route
    assert ours.lcut(text) == jiebas.lcut(text)
    for tok in (ours, jiebas):
        tok.suggest_freq(("开展", "走访"), tune=True)
    assert ours.lcut(text) == jiebas.lcut(text)


def test_word_scores_follow_a_new_dictionary(segmenter):
    """A FREQ or total set anew (as nlp.segment sets a cached prefix dictionary) is a new memo."""
    ours, jiebas = _twins(segmenter)
    text = "组织部门选派优秀年轻干部到村任职"
    before = jiebas.lcut(text)
    assert ours.lcut(text) == before and "组织部门" in before
    for tok in (ours, jiebas):
        tok.FREQ = dict(tok.FREQ, 组织部门=1)  # the same total
    assert jiebas.lcut(text) != before and ours.lcut(text) == jiebas.lcut(text)
    before = jiebas.lcut(text)
    for tok in (ours, jiebas):
        tok.total //= 10 ** 6  # every word far likelier: routes of more words no longer cost more
    assert jiebas.lcut(text) != before and ours.lcut(text) == jiebas.lcut(text)


# Made-up texts whose blocks recur (the block memo's hits), with Latin, digits, spaces and CR LF.
RECURRING = ["市委组织部召开干部工作会议。市委组织部召开干部工作会议！", "选派123名干部 到村任职\r\n选派123名干部",
             "鑫垚淼犇骉，鑫垚淼犇骉。", "A+B 模式 a.b_c%-d\t\u3000第一书记", "", "  ", "\r\n\r\n", "一一一一一 一一一一一"]


def test_block_memo_gives_jiebas_cut(segmenter):
    """cut, lcut and tokenize from the memo of blocks (twice: the second reads it) are jieba's."""
    ours, jiebas = _twins(segmenter)
    for _ in range(2):
        for text in RECURRING:
            expected = list(jieba_cut(jiebas, text))
            assert ours.lcut(text) == expected, text
            assert list(ours.cut(text)) == expected, text
            assert list(ours.tokenize(text)) == list(jiebas.tokenize(text)), text
    assert ours._memo.blocks.cache_info().hits > 0
    for text in RECURRING:  # the other modes are jieba's own
        assert ours.lcut(text, cut_all=True) == jiebas.lcut(text, cut_all=True)
        assert ours.lcut(text, HMM=False) == jiebas.lcut(text, HMM=False)


def jieba_cut(tok, text):
    import jieba

    return jieba.Tokenizer.cut(tok, text, HMM=True)


def test_block_memo_follows_force_split_words(segmenter, monkeypatch):
    """A word added to Force_Split_Words (by any tokenizer: it is finalseg's global) after a block
    was memoised is split in the next cut of that block, as jieba splits it."""
    monkeypatch.setattr(finalseg, "Force_Split_Words", set(finalseg.Force_Split_Words))
    ours, jiebas = _twins(segmenter)
    text = "他叫鑫垚淼，来自犇骉。"
    before = ours.lcut(text)
    assert before == jiebas.lcut(text)
    hmm_word = next(w for w in before if len(w) > 1 and w not in segmenter._tok.FREQ)
    finalseg.add_force_split(hmm_word)  # the same set, grown
    assert ours.lcut(text) == jiebas.lcut(text) != before
    monkeypatch.setattr(finalseg, "Force_Split_Words", set())  # a new set
    assert ours.lcut(text) == jiebas.lcut(text) == before


def test_text_between_blocks_is_jiebas():
    """The memoised words of text between blocks (punctuation, spaces, CR LF, tabs) are jieba's."""
    import jieba

    for text in ["，", "。“", " ", "\r\n", "\r\n\r", "——（", "\t\u3000 ；", "《》\n\n"]:
        for _ in range(2):
            assert list(route._between_words(text)) == list(jieba.Tokenizer.cut(jieba.dt, text)), repr(text)


def test_unrolled_viterbi_is_finalsegs():
    """_hmm_states finds finalseg.viterbi's path: made-up runs, repeated characters, and characters
    the HMM's tables lack (equal scores: the ties finalseg breaks by the later state letter)."""
    runs = ["犇", "犇骉", "鑫垚淼犇骉", "張三李四王五赵六", "一一一一一一", "的的的", "鿐鿑鿒鿓", "鿐", "鿐犇鿑骉鿒",
            "县委组织部选派年轻干部到村任职", "乡镇干部驻村第一书记"]
    for run in runs:
        _, path = finalseg.viterbi(run, "BMES", finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
        assert route._hmm_states(run) == path, run
        assert route._hmm_words(run) == tuple(getattr(finalseg, "__cut")(run)), run
