"""Repair and normalise crawled text, keeping offsets back to the original.

``repair_document`` is the stage: a pure function from a ``RawDocument`` to a
``CleanDocument``.  Each step below rewrites a ``Tracked`` text and records
what it changed in the document's quality report.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
import logging
import re
import unicodedata

from pipeline.text.lines import line_repairs
from pipeline.text.mojibake import UNREADABLE, is_common, repair_mojibake  # noqa: F401 (re-exported)
from pipeline.core.records import CleanDocument, QualityReport, RawDocument, Repair
from pipeline.text.tracked import Tracked

log = logging.getLogger(__name__)

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"

_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_RESIDUE = re.compile(rf"(?P<ch>[{HAN}])[(（]\s?(?P<py>[{PINYIN_LETTERS}]{{1,7}})\s?[)）](?P<sp> (?=[^\sA-Za-z]))?")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0B: ord("+"), 0x3000: ord(" "), 0x00A0: ord(" ")})
_DIGIT_PUNCT = re.compile(r"(?<=[0-9])[．／](?=[0-9])")
_SPACES = re.compile(r"[ \t\f\v]+")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", re.M)


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


# tw2s gets 著力/著眼/隨著 right where t2s leaves 著 (着); it over-applies 著→着
# after these characters, where 著 means "written work".
_ZHU_FIXUP = re.compile("(?<=[卓土编原论专遗译合巨])着")


def to_simplified(text: str) -> str:
    """Traditional to simplified, chosen per line: text already simplified must not
    go through tw2s, which turns 显著 into 显着 and 么 into 幺."""
    t2s = _converter("t2s")
    out = []
    for line in text.split("\n"):
        conv = t2s.convert(line)
        if conv != line and sum(a != b for a, b in zip(line, conv)) >= 2:  # most lines: already simplified
            conv = _ZHU_FIXUP.sub("著", _converter("tw2s").convert(line))
        out.append(conv)
    return "\n".join(out)


@lru_cache(maxsize=8192)
def readings(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    out: set[str] = set()
    for c in {ch, to_simplified(ch)}:
        for group in pinyin(c, style=Style.NORMAL, heteronym=True, errors="ignore"):
            out.update(_plain_syllable(r) for r in group)
    return frozenset(out)


def _plain_syllable(s: str) -> str:
    s = s.lower().strip()
    s = re.sub("[üǖǘǚǜ]", "v", s)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.replace("u:", "v")


def strip_pinyin_residue(t: Tracked, report: QualityReport) -> Tracked:
    kept = Counter()

    def fix(m: re.Match[str]) -> str | None:
        if _plain_syllable(m["py"]) in readings(m["ch"]):
            return m["ch"]
        kept[m.group(0)] += 1
        return None

    t2, applied = t.sub(_RESIDUE, fix)
    for m, r in applied:
        report.add(Repair("pinyin_residue", *t.orig_span(m.start(), m.end()), m.group(0), r, ""))
    for s, n in kept.items():
        report.warnings.append(f"kept bracket {s!r}: not a reading of the character")
    return t2


def simplify(t: Tracked, report: QualityReport) -> Tracked:
    t2 = t.map_chars(to_simplified)
    if len(t2.text) == len(t.text):
        changed = Counter((a, b) for a, b in zip(t.text, t2.text) if a != b)
        n = sum(changed.values())
    else:
        n = sum(a != b for a, b in zip(t.text, t2.text))
        changed = Counter()
    report.bump("traditional", n)
    if n:
        top = ", ".join(f"{a}→{b}×{c}" for (a, b), c in changed.most_common(8))
        report.repairs.append(Repair("traditional", 0, len(t.text), "", "", f"{n} characters simplified: {top}"))
    return t2


def halfwidth(t: Tracked, report: QualityReport) -> Tracked:
    out = t.text.translate(_FULLWIDTH)
    out = _DIGIT_PUNCT.sub(lambda m: "." if m.group(0) == "．" else "/", out)
    n = sum(a != b and b != " " for a, b in zip(t.text, out))
    report.bump("fullwidth", n)
    return Tracked(out, t.origin)


def collapse_whitespace(t: Tracked, report: QualityReport) -> Tracked:
    """Runs of spaces become one; spaces at line ends go.  Spaces between Chinese
    characters are dropped later, in text lines only: bylines need them."""
    text = t.text

    def fix(m: re.Match[str]) -> str | None:
        a, b = m.start(), m.end()
        if b == len(text) or text[b] == "\n":
            return ""
        # Indentation stays as one space: it tells a new paragraph from a page break.
        return " " if m.group(0) != " " else None

    t2, applied = t.sub(_SPACES, fix)
    report.bump("whitespace", len(applied))
    return t2


def repair_document(raw: RawDocument) -> CleanDocument:
    report = QualityReport(encoding=raw.encoding)
    t = Tracked.original(raw.text)
    t, _ = t.sub(re.compile(r"\r\n?"), lambda m: "\n")
    t, _ = t.sub(_INVISIBLE, lambda m: "")
    if raw.format == "md":  # markdown marks are layout, not text
        t, applied = t.sub(_MD_MARKS, lambda m: "")
        report.bump("markdown", len(applied))
    t = repair_mojibake(t, report)
    t = strip_pinyin_residue(t, report)
    t = simplify(t, report)
    t = halfwidth(t, report)
    t = collapse_whitespace(t, report)
    t, lines = line_repairs(t, report)
    report.unreadable = [(m.start(), m.end()) for m in re.finditer(f"{UNREADABLE}+", t.text)]
    return CleanDocument(raw=raw, text=t.text, offsets=t.origin, lines=lines, quality=report)


def clean_snippet(text: str) -> str:
    """A piece of crawled text repaired as a document would be, on one line."""
    raw = RawDocument(path="<snippet>", id="", encoding="utf-8", format="txt", text=text, size=len(text))
    return repair_document(raw).text.replace("\n", "")
