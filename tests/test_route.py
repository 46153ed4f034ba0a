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
    """route() ends each position's first word where jieba's get_DAG + calc end it, ties included."""
    tok = segmenter._tok
    for text in ["县委组织部选派年轻干部到村任职", "一一一一一", "乡镇干部", "驻村第一书记", "鑫垚淼犇骉"]:
        dag = tok.get_DAG(text)
        calc: dict[int, tuple[float, int]] = {}
        tok.calc(text, dag, calc)
        assert tok.route(text) == [calc[k][1] for k in range(len(text))], text


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
    assert ours._scores is not None and "组织部门" in ours._scores[2]  # the memo holds its score
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
