"""The repair stage's shortcuts of session 62 give what the plain computations give."""
import pytest

from pipeline.text.tracked import Tracked, _positions, _SHARED_POSITIONS


@pytest.mark.parametrize("n", [0, 1, 2, 257, 1000, _SHARED_POSITIONS - 1, _SHARED_POSITIONS, _SHARED_POSITIONS + 1])
def test_positions_as_a_range(n):
    assert _positions(n) == list(range(n))
    assert Tracked.original("字" * n).origin == list(range(n + 1))


def test_positions_are_copies():
    a = _positions(10)
    a[3] = -1
    assert _positions(10) == list(range(10))
