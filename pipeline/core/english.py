"""English words of the command line's messages."""
from __future__ import annotations

import re


def counted(k: int, word: str, words: str | None = None) -> str:
    """'1 file', '2 files', '1,200 articles'; ``words``: a plural not made with -s (cities)."""
    return f"{k:,} " + (word if k == 1 else words or word + "s")


# What would break a message's one line, or not print: control characters (a file name may hold a newline), the
# Unicode line and paragraph separators, and the lone surrogates Python reads a name's non-UTF-8 bytes as.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` with what would break its line escaped as Python writes it (\\n, \\x1b), a byte of a name that is
    not UTF-8 as \\xff (as the build's skip line of such a name says it)."""
    return _UNSHOWN.sub(_escaped, text)


def _escaped(m: re.Match) -> str:
    c = m.group()
    return f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else repr(c)[1:-1]
