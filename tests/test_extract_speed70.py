"""Session 70's speed-ups of the extractors answer as the plain walks they replace (outputs identical)."""
from __future__ import annotations

from itertools import accumulate, pairwise
import random

from pipeline.extract.figures import _Words
from pipeline.extract.subjects import _pieces


def _plain_at(words, pos):
    held = [w for w in words if w[0] <= pos]
    return held[-1] if held and pos < held[-1][1] else None


def _plain_pieces(text, a, b, w):
    out, pos = [], a
    while pos < b:
        span = _plain_at(w.words, pos)
        end = min(b, span[1]) if span else pos + 1
        piece = text[pos:end]
        if span and span[0] < pos:
            piece = "\x00" + piece
        if span and span[1] > end:
            piece += "\x00"
        out.append(piece)
        pos = end
    return out


def test_words_at_and_pieces_as_the_plain_walk():
    rng = random.Random(70)
    for _ in range(200):
        text = "".join(rng.choice("干部村镇选派名的了") for _ in range(rng.randrange(1, 40)))
        lengths = []
        while sum(lengths) < len(text):
            lengths.append(rng.randrange(1, 5))
        words = [(a, b) for a, b in pairwise(accumulate(lengths, initial=0)) if rng.random() < 0.85]  # (gaps)
        w = _Words(text, words)
        for pos in range(-1, len(text) + 2):
            assert w.at(pos) == _plain_at(words, pos)
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        assert _pieces(text, a, b, _Words(text, words)) == _plain_pieces(text, a, b, w)

