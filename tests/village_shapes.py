"""Village and community mentions of the stress set (tests/cases/village_shapes.json) found by the whole text
stage chain, scored as tests/township_shapes.py scores the townships' set (and as the real gold scores places).

``python -m tests.village_shapes`` prints recall, precision and path accuracy, and each mention missed or extra.
"""
from __future__ import annotations

from pathlib import Path

from tests import township_shapes

CASES = Path(__file__).parent / "cases" / "village_shapes.json"


def cases() -> list[dict]:
    return township_shapes.cases(CASES)


def score(selected: list[dict] | None = None) -> township_shapes.Tally:
    return township_shapes.score(cases() if selected is None else selected, level="village", key="villages")


if __name__ == "__main__":
    township_shapes.main(score(), "village")
