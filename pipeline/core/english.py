"""English words of the command line's messages."""
from __future__ import annotations


def counted(k: int, word: str, words: str | None = None) -> str:
    """'1 file', '2 files', '1,200 articles'; ``words``: a plural not made with -s (cities)."""
    return f"{k:,} " + (word if k == 1 else words or word + "s")
