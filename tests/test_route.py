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
