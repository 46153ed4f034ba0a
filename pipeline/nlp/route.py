"""jieba's accurate mode (``cut(HMM=True)``) with the word graph and the best route made in one pass.

``jieba.Tokenizer`` first records, for every position of a sentence, where the dictionary words
starting there end (``get_DAG``, a dict of lists), then walks the sentence back to front for the
likeliest route (``calc``).  ``RouteTokenizer`` finds the words and scores them in the one walk
back, with the same sums in the same order, so its cut is jieba's word for word, a third faster.
It repeats jieba 0.42.1's private ``__cut_DAG`` and ``finalseg.cut`` (MIT licence): ``nlp.segment``
uses it with that version only (``JIEBA_VERSION``) and plain jieba with any other.

The HMM (``finalseg``) cuts runs of single characters that are no dictionary word; the same runs
recur across sentences and documents, so its Viterbi cut of a run of Han characters is memoised
(``_hmm_words``): a pure function of the string and finalseg's fixed probability tables.  Its
Viterbi search (``_hmm_states``) is finalseg's with the four states unrolled: the same sums.

``cut`` and ``lcut`` in jieba's default mode make one list per text instead of a chain of
generators, and memoise the cut of each block of Han characters, Latin letters and digits (the
same headings, names and phrases recur in every document): a block's words depend on the text,
the dictionary (``FREQ``, ``total``) and finalseg's ``Force_Split_Words``, so the memo is kept
for those (``_Memo``) and made anew when any of them changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache, partial
from math import inf, log
from typing import Callable

import jieba
from jieba import finalseg
from jieba._compat import strdecode

JIEBA_VERSION = "0.42.1"
BLOCK_MEMO_SIZE = 1 << 15  # blocks of Han characters whose cut is kept (~10 MB)

_UNSEEN = object()


@dataclass(eq=False)
class _Memo:
    """What the cuts have learnt of one dictionary: word scores and the words of recent blocks."""

    freq: dict
    total: int
    forced: set  # finalseg.Force_Split_Words (the object and its size: it only grows)
    n_forced: int
    scores: dict[str, float | None] = field(default_factory=dict)
    blocks: Callable[[str], tuple[str, ...]] | None = None

    def holds_for(self, tok: jieba.Tokenizer) -> bool:
        forced = finalseg.Force_Split_Words
        return (self.freq is tok.FREQ and self.total == tok.total
                and self.forced is forced and self.n_forced == len(forced))


class RouteTokenizer(jieba.Tokenizer):

    _memo: _Memo | None = None

    def route(self, sentence: str, scores: dict[str, float | None] | None = None) -> list[int]:
        """Per position: the end (exclusive) of the first word of the likeliest route from there;
        ``get_DAG`` and ``calc`` of jieba in one pass.  ``scores``: the current memo's (looked up
        when not given)."""
        n = len(sentence)
        get = self.FREQ.get
        if scores is None:
            scores = self._current_memo().scores
        score = scores.get
        logtotal = log(self.total)
        logp = [0.0] * (n + 1)  # log probability of the best route from each position
        ends = [0] * n
        for k in range(n - 1, -1, -1):
            best, end = -inf, 0
            i = k
            frag = sentence[k]
            while True:
                w = score(frag, _UNSEEN)
                if w is _UNSEEN:
                    f = get(frag)
                    if f is None:  # every prefix of a word is in FREQ (with 0 if no word): no word goes on
                        break
                    w = scores[frag] = log(f) - logtotal if f else None
                i += 1
                if w is not None:
                    p = w + logp[i]
                    # jieba takes the max of (p, i): on a tie the longer word, which comes later here
                    if p >= best:
                        best, end = p, i
                if i == n:
                    break
                frag = sentence[k:i + 1]
            if not end:  # no word starts here: the character alone
                best, end = log(get(sentence[k]) or 1) - logtotal + logp[k + 1], k + 1
            logp[k] = best
            ends[k] = end
        return ends

    def _current_memo(self) -> _Memo:
        """The memo of this FREQ, total and Force_Split_Words; emptied by ``add_word`` (what
        ``load_userdict``, ``del_word`` and ``suggest_freq`` change the dictionary with)."""
        memo = self._memo
        if memo is None or not memo.holds_for(self):
            forced = finalseg.Force_Split_Words
            memo = self._memo = _Memo(self.FREQ, self.total, forced, len(forced))
            memo.blocks = lru_cache(maxsize=BLOCK_MEMO_SIZE)(partial(self._block_words, scores=memo.scores))
        return memo

    def add_word(self, word, freq=None, tag=None):
        super().add_word(word, freq, tag)
        self._memo = None

    def cut(self, sentence, cut_all=False, HMM=True, use_paddle=False):
        if cut_all or not HMM or use_paddle:
            return super().cut(sentence, cut_all, HMM, use_paddle)
        return iter(self._words(strdecode(sentence)))

    def lcut(self, sentence, cut_all=False, HMM=True, use_paddle=False):
        if cut_all or not HMM or use_paddle:
            return list(super().cut(sentence, cut_all, HMM, use_paddle))
        return self._words(strdecode(sentence))

    def _words(self, sentence: str) -> list[str]:
        """jieba's ``cut(sentence, HMM=True)`` as a list.  ``re_han_default`` has one group, so its
        split alternates: text between blocks (even places: it starts with no block character, so
        jieba's ``re_han.match`` fails there) and blocks (odd places), each cut by the DAG and HMM;
        so does ``re_skip_default``'s split of the text between: characters one by one, then a
        whitespace (or a CR LF) whole."""
        blocks = self._current_memo().blocks
        parts = jieba.re_han_default.split(sentence)
        out = list(_between_words(parts[0])) if parts[0] else []
        for j in range(1, len(parts), 2):
            out += blocks(parts[j])
            if parts[j + 1]:
                out += _between_words(parts[j + 1])
        return out

    def _block_words(self, sentence: str, scores: dict[str, float | None]) -> tuple[str, ...]:
        """jieba's ``__cut_DAG`` of one block, reading ``route``: runs of single characters that are
        no dictionary word go to the HMM (``finalseg``)."""
        ends = self.route(sentence, scores)
        out: list[str] = []
        n = len(sentence)
        x = run = 0  # run: where the current run of single characters started
        while x < n:
            y = ends[x]
            if y - x > 1:
                if run < x:
                    self._single_run(sentence[run:x], out)
                out.append(sentence[x:y])
                run = y
            x = y
        if run < n:
            self._single_run(sentence[run:], out)
        return tuple(out)

    def _Tokenizer__cut_DAG(self, sentence):
        """jieba's ``__cut_DAG`` (what its ``cut`` calls), from the memo of blocks."""
        return iter(self._current_memo().blocks(sentence))

    def _single_run(self, buf: str, out: list[str]) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not self.FREQ.get(buf):
            out += _hmm_cut(buf)
        else:
            out += buf


@lru_cache(maxsize=4096)
def _between_words(text: str) -> tuple[str, ...]:
    """jieba's words of text between two blocks (punctuation, mostly: the same few strings): its
    ``re_skip_default`` split alternates characters yielded one by one and a whitespace (or a CR
    LF) yielded whole.  A pure function of the string."""
    out: list[str] = []
    for j, x in enumerate(jieba.re_skip_default.split(text)):
        if j & 1:
            out.append(x)
        else:
            out += x
    return tuple(out)


def _hmm_cut(sentence: str) -> list[str]:
    """``finalseg.cut``, with the Viterbi cut of each run of Han characters memoised; words jieba
    must split (``Force_Split_Words``, a global that loading a dictionary can grow) are split
    after the memo, never inside it."""
    out: list[str] = []
    for blk in finalseg.re_han.split(sentence):
        if finalseg.re_han.match(blk):
            for word in _hmm_words(blk):
                if word not in finalseg.Force_Split_Words:
                    out.append(word)
                else:
                    out += word
        else:
            out += [x for x in finalseg.re_skip.split(blk) if x]
    return out


@lru_cache(maxsize=1 << 15)
def _hmm_words(han: str) -> tuple[str, ...]:
    """finalseg's HMM cut of a run of Han characters (its private ``__cut``): a word from each B to
    the next E, a character alone at each S, the rest after the last word."""
    words: list[str] = []
    begin = after = 0
    for i, state in enumerate(_hmm_states(han)):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(han[begin:i + 1])
            after = i + 1
        elif state == "S":
            words.append(han[i])
            after = i + 1
    if after < len(han):
        words.append(han[after:])
    return tuple(words)


def _transition(before: str, state: str) -> float:
    return finalseg.trans_P[before].get(state, finalseg.MIN_FLOAT)


# finalseg's transition scores into each state from the two states that can precede it (PrevStatus).
_EB, _SB, _MM, _BM = _transition("E", "B"), _transition("S", "B"), _transition("M", "M"), _transition("B", "M")
_SS, _ES, _BE, _ME = _transition("S", "S"), _transition("E", "S"), _transition("B", "E"), _transition("M", "E")


def _hmm_states(han: str) -> list[str]:
    """finalseg's ``viterbi(han, "BMES", ...)`` path: the same sums in the same order, with the four
    states unrolled and the best path read back from pointers instead of copied at every step.
    finalseg takes ``max`` of (score, previous state) pairs, so on a tie the later letter wins
    (S over E, M over B): hence ``>``, which keeps the second on a tie."""
    low = finalseg.MIN_FLOAT
    eB, eM, eE, eS = (finalseg.emit_P[y].get for y in "BMES")
    start = finalseg.start_P
    c = han[0]
    vB, vM, vE, vS = start["B"] + eB(c, low), start["M"] + eM(c, low), start["E"] + eE(c, low), start["S"] + eS(c, low)
    back = []  # per character after the first: each state's best previous state
    for c in han[1:]:
        em = eB(c, low)
        pE, pS = vE + _EB + em, vS + _SB + em
        nB, bB = (pE, "E") if pE > pS else (pS, "S")
        em = eM(c, low)
        pM, pB = vM + _MM + em, vB + _BM + em
        nM, bM = (pB, "B") if pB > pM else (pM, "M")
        em = eS(c, low)
        pS, pE = vS + _SS + em, vE + _ES + em
        nS, bS = (pE, "E") if pE > pS else (pS, "S")
        em = eE(c, low)
        pB, pM = vB + _BE + em, vM + _ME + em
        nE, bE = (pB, "B") if pB > pM else (pM, "M")
        back.append({"B": bB, "M": bM, "S": bS, "E": bE})
        vB, vM, vS, vE = nB, nM, nS, nE
    state = "E" if vE > vS else "S"  # the last character ends a word or stands alone
    states = [state]
    for pointers in reversed(back):
        state = pointers[state]
        states.append(state)
    states.reverse()
    return states
