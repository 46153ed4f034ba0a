"""jieba's accurate mode (``cut(HMM=True)``) with the word graph and the best route made in one pass.

``jieba.Tokenizer`` first records, for every position of a sentence, where the dictionary words
starting there end (``get_DAG``, a dict of lists), then walks the sentence back to front for the
likeliest route (``calc``).  ``RouteTokenizer`` finds the words and scores them in the one walk
back, with the same sums in the same order, so its cut is jieba's word for word, a third faster.
It repeats jieba 0.42.1's private ``__cut_DAG`` and ``finalseg.cut`` (MIT licence): ``nlp.segment``
uses it with that version only (``JIEBA_VERSION``) and plain jieba with any other.

The HMM (``finalseg``) cuts runs of single characters that are no dictionary word; the same runs
recur across sentences and documents, so its Viterbi cut of a run of Han characters is memoised
(``_hmm_words``): a pure function of the string and finalseg's fixed probability tables.
"""
from __future__ import annotations

from functools import lru_cache
from math import inf, log

import jieba
from jieba import finalseg

JIEBA_VERSION = "0.42.1"


_UNSEEN = object()


class RouteTokenizer(jieba.Tokenizer):

    _scores: tuple[dict, int, dict[str, float | None]] | None = None

    def route(self, sentence: str) -> list[int]:
        """Per position: the end (inclusive) of the first word of the likeliest route from there;
        ``get_DAG`` and ``calc`` of jieba in one pass."""
        n = len(sentence)
        get = self.FREQ.get
        scores = self._word_scores()
        score = scores.get
        logtotal = log(self.total)
        logp = [0.0] * (n + 1)  # log probability of the best route from each position
        ends = [0] * n
        for k in range(n - 1, -1, -1):
            best, end = -inf, -1
            i = k
            frag = sentence[k]
            while True:
                w = score(frag, _UNSEEN)
                if w is _UNSEEN:
                    f = get(frag)
                    if f is None:  # every prefix of a word is in FREQ (with 0 if no word): no word goes on
                        break
                    w = scores[frag] = log(f) - logtotal if f else None
                if w is not None:
                    p = w + logp[i + 1]
                    # jieba takes the max of (p, i): on a tie the longer word, which comes later here
                    if p >= best:
                        best, end = p, i
                i += 1
                if i == n:
                    break
                frag = sentence[k:i + 1]
            if end < 0:  # no word starts here: the character alone
                best, end = log(get(sentence[k]) or 1) - logtotal + logp[k + 1], k
            logp[k] = best
            ends[k] = end
        return ends

    def _word_scores(self) -> dict[str, float | None]:
        """log(frequency) - log(total) of the dictionary's words (None: a word's prefix only), as the
        cuts meet them: jieba's own sum for each, made once.  Kept for this FREQ and total, and
        emptied by ``add_word`` (what ``load_userdict``, ``del_word`` and ``suggest_freq`` change the
        dictionary with)."""
        if self._scores is None or self._scores[0] is not self.FREQ or self._scores[1] != self.total:
            self._scores = (self.FREQ, self.total, {})
        return self._scores[2]

    def add_word(self, word, freq=None, tag=None):
        super().add_word(word, freq, tag)
        self._scores = None

    def _Tokenizer__cut_DAG(self, sentence):
        """jieba's ``__cut_DAG``, reading ``route``: runs of single characters that are no
        dictionary word go to the HMM (``finalseg``)."""
        ends = self.route(sentence)
        x = 0
        buf = ""
        n = len(sentence)
        while x < n:
            y = ends[x] + 1
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    yield from self._single_run(buf)
                    buf = ""
                yield sentence[x:y]
            x = y
        if buf:
            yield from self._single_run(buf)

    def _single_run(self, buf: str):
        if len(buf) == 1:
            yield buf
        elif not self.FREQ.get(buf):
            yield from _hmm_cut(buf)
        else:
            yield from buf


def _hmm_cut(sentence: str):
    """``finalseg.cut``, with the Viterbi cut of each run of Han characters memoised; words jieba
    must split (``Force_Split_Words``, a global that loading a dictionary can grow) are split
    after the memo, never inside it."""
    for blk in finalseg.re_han.split(sentence):
        if finalseg.re_han.match(blk):
            for word in _hmm_words(blk):
                if word not in finalseg.Force_Split_Words:
                    yield word
                else:
                    yield from word
        else:
            for x in finalseg.re_skip.split(blk):
                if x:
                    yield x


@lru_cache(maxsize=1 << 15)
def _hmm_words(han: str) -> tuple[str, ...]:
    """finalseg's HMM cut of a run of Han characters (its private ``__cut``)."""
    return tuple(getattr(finalseg, "__cut")(han))
