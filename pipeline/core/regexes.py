"""The text stages' regular expressions, compiled once per Python rather than once per process.

Importing the stages compiles about a thousand patterns, and most of them hold Han characters:
for every character class beyond Latin-1 the ``re`` compiler builds a 65,536-character map in
Python (``_optimize_charset``), 0.2–5 ms a pattern, 1–1.5 s of every build's start (the parent
pays it before it forks the workers, so the whole build waits for it; a single-batch build pays
it in its first document).  What the compiler
makes of a pattern is a pure function of the pattern, its flags and the Python that compiles
it: ``precompiled()`` keeps that (the ``_sre`` code and groups) in a start-up table
(``core.pickled``, keyed by the Python version and ``_sre``'s code format), and while it is
active a pattern found there is made from it by ``_sre.compile``, the compiler's own last step,
which gives the same pattern object the compiler would.

These are CPython's internals (``re._compiler``, ``re._parser``, ``_sre``), read as Python
3.11 has them: on another version, or if anything about them is not as expected, patterns are
compiled as usual.
"""
from __future__ import annotations

from contextlib import contextmanager
import logging
import re
import sys
from typing import Any, Iterator

from pipeline.core import pickled

log = logging.getLogger(__name__)

# (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile after the pattern
_Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_SUPPORTED = (3, 11)


def _table_key() -> str:
    import _sre

    return pickled.content_key(sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), "patterns-1")


@contextmanager
def precompiled() -> Iterator[None]:
    """Patterns compiled meanwhile (module imports) come from the table where it holds them; the
    table is written again when some were not in it, with exactly the patterns asked for now (so
    patterns the code no longer has drop out)."""
    if sys.version_info[:2] != _SUPPORTED:
        yield
        return
    import re._compiler as compiler

    key = _table_key()
    table = pickled.load("regex", "patterns", key)
    if not isinstance(table, dict):  # (none yet, or not a table: every pattern compiled, then kept)
        table = {}
    asked: dict[tuple[Any, int], _Compiled] = {}
    missed = []
    compile_ = compiler.compile

    def compile_from_table(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return compile_(p, flags)
        k = (p, int(flags))
        args = table.get(k)
        try:
            if args is None:
                args = _compiled(*k)
                missed.append(k)
            pattern = _pattern(p, args)
        except re.error:
            raise  # (a bad pattern: the error the compiler gives)
        except Exception as e:  # internals not as read here, or an entry that is not one: compiled as usual
            log.debug("pattern %r compiled afresh: %s", p, e)
            return compile_(p, flags)
        asked[k] = args
        return pattern

    compiler.compile = compile_from_table
    try:
        yield
    finally:
        compiler.compile = compile_
    if missed:
        pickled.store("regex", "patterns", key, asked)


def _compiled(p, flags: int) -> _Compiled:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` (its code as plain ints: the
    compiler's opcodes are named int subclasses, which do not pickle)."""
    import re._compiler as compiler
    import re._parser as parser

    parsed = parser.parse(p, flags)
    code = compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, list(map(int, code)), parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _pattern(p, args: _Compiled) -> re.Pattern:
    import _sre

    return _sre.compile(p, *args)
