"""Taken's mask is filled without a call per span and asked with bytearray.find: the same answers
as taking each span with take() and asking any() of the slice, bounds read as a slice reads them
(negative, past the end, empty, reversed)."""
import random

from pipeline.extract.spans import Taken


class _Plain:
    def __init__(self, size, spans=()):
        self.mask = bytearray(size)
        for a, b in spans:
            self.mask[a:b] = b"\x01" * (b - a)

    def overlaps(self, a, b):
        return any(self.mask[a:b])


def test_taken_agrees_with_the_plain_mask():
    rnd = random.Random(7)
    for _ in range(300):
        size = rnd.randrange(0, 40)
        spans = [(rnd.randrange(-5, 45), rnd.randrange(-5, 45)) for _ in range(rnd.randrange(0, 5))]
        taken, plain = Taken(size, spans), _Plain(size, spans)
        assert taken._mask == plain.mask
        for _ in range(20):
            a, b = rnd.randrange(-50, 50), rnd.randrange(-50, 50)
            assert taken.overlaps(a, b) == plain.overlaps(a, b), (size, spans, a, b)


def test_spans_taken_and_asked():
    taken = Taken(10, [(2, 4)])
    assert taken.overlaps(3, 5) and taken.overlaps(0, 3) and not taken.overlaps(4, 9)
    assert not taken.overlaps(3, 3) and not taken.overlaps(5, 2)  # empty and reversed spans take nothing
    assert taken.overlaps(-8, -6) and not taken.overlaps(-6, 10)  # counted from the end, as a slice
    assert taken.claim(5, 7) and not taken.claim(6, 8) and taken.overlaps(6, 7)
