"""Find text that was decoded one byte out of step, and undo it where it can be undone.

A GB18030/GBK page read from the wrong byte turns “流水不腐” into runs such as
``?!傲魉\\ue189桓…肌?``: each output character is the second byte of one
original character glued to the first byte of the next.  Re-encoding the run
and shifting it back by one byte recovers the original, except for the lost
edge bytes, which are guessed (Chinese punctuation, balanced quotes) or marked
unreadable.  Where the run cannot be recovered it becomes one U+FFFD so that
no later stage reads words out of it.

Three shapes are seen: framed by '?' on both sides (the lost bytes printed as
'?'), ended by U+FFFD or a private-use character, or unmarked, where the
decoder fell back into step by itself; the last is found by its rare
characters and the absence of real words.

Correct text beside a lost character shifts into chance words too: a re-alignment replaces only text
clearly less readable than what it makes (``readability``), and two marks are joined only over garbage.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
import re

from pipeline.core.records import QualityReport, Repair
from pipeline.nlp.segment import get_segmenter
from pipeline.text.chars import CJK_EXT_A, PINYIN_LETTERS, PUA, PUNCT, TONED, UNREADABLE, is_cjk, is_common, is_frequent, to_simplified
from pipeline.text.tracked import Tracked

# A run of lost characters: '?' or private-use characters, each possibly with the
# remains of its pinyin residue ("?jì)", "\ue2fd").
_LOST_RUN = re.compile(rf"(?:[?{PUA}](?:[{PINYIN_LETTERS}]{{1,7}}\s?\))?)+")
_LOST_MARK = re.compile(f"[?{PUA}]")  # (what every _LOST_RUN opens with: a scan that skips to them)
# ?jì): a reading left after its lost character, told by its tone mark; 是否满意?A)满意, list?page) are
# a question's mark before a list's letter and an address's query, punctuation
_READING_CLOSED = re.compile(rf"[{TONED}][{PINYIN_LETTERS}]*\s?\)")
_EXT_A_OR_UNIFIED = re.compile(f"[{CJK_EXT_A}]")
_FRAMED = re.compile(r"\?([^\n?]{2,60}?)\?")
_ANCHOR = re.compile(f"[{PUA}]")
_RUN_CHAR = f"[{CJK_EXT_A}\u0391-\u03c9\u0410-\u044f]"  # (and GB2312's Greek and Cyrillic)
_RUN_RANGES = ((0x3400, 0x9FFF), (0x0391, 0x03C9), (0x0410, 0x044F))  # (_RUN_CHAR's, as code points)
_HAN_RUN = re.compile(rf"{_RUN_CHAR}{{4,60}}")
_IS_RUN_CHAR = re.compile(_RUN_CHAR).match
_HALF_TO_FULL = str.maketrans({"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
_CLEARER = 0.1  # how much more readable a re-alignment must be than the text it replaces (runs: 0.15 up)
_STOP = set("\n。，,；;：:！!？?“”")


def _word_coverage(text: str) -> float:
    """Share of Chinese characters that fall in dictionary words of two or more."""
    text = to_simplified(text)
    words = get_segmenter().cut(text)
    han = sum(1 for c in text if is_cjk(c))
    if not han:
        return 0.0
    return sum(len(w) for w in words if len(w) > 1 and all(map(is_cjk, w))) / han


def readability(text: str) -> float:
    """How readable ``text`` is: the share of its Chinese characters that are common (GB2312) and the
    share in words of the segmenter's dictionary (not the words its guesser makes of any two characters),
    averaged; 0 with no Chinese character."""
    text = to_simplified(text)
    han = sum(1 for c in text if is_cjk(c))
    if not han:
        return 0.0
    seg = get_segmenter()
    in_words = sum(len(w) for w in seg.cut(text) if len(w) > 1 and all(map(is_cjk, w)) and seg.frequency(w) > 0)
    return (sum(1 for c in text if is_cjk(c) and is_common(c)) / han + in_words / han) / 2


def _plausible(text: str) -> bool:
    if re.search(f"[{PUA}]", text):
        return False
    han = [c for c in text if is_cjk(c)]
    # Short strings re-align into "words" by chance; four characters is the floor.
    if len(han) < 4 or not all(is_common(c) for c in han):
        return False
    return _word_coverage(text) >= 0.5


def realign(garbled: str, tail_lost: bool) -> str | None:
    """Shift ``garbled`` back by one byte; None if the result is not plausible Chinese.

    The first byte of the original is lost (guessed as a punctuation lead
    byte); the last one too when ``tail_lost``.
    """
    try:
        body = garbled.translate(_HALF_TO_FULL).encode("gb18030")
    except UnicodeEncodeError:
        return None
    inner = body[1:-1] if tail_lost else body[1:]
    if len(inner) < 4 or len(inner) % 2:
        return None
    try:
        middle = inner.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if not _plausible(middle):
        return None
    # Correct text beside a lost character shifts into "words" by chance (村干部购买人身 → 甯刹抗郝蛉松): a
    # re-alignment replaces only text clearly less readable than what it makes.  Text with ASCII in it
    # falls back in step at the ASCII and shifts back into itself: that text was never out of step.
    if readability(middle) < readability(garbled) + _CLEARER or _same_text(garbled, middle):
        return None
    first = UNREADABLE
    for lead in range(0xA1, 0xAA):  # the rows of Chinese punctuation
        try:
            c = bytes([lead, body[0]]).decode("gb18030")
        except UnicodeDecodeError:
            continue
        if c in PUNCT:
            first = c
            break
    last = ""
    if tail_lost:
        last = UNREADABLE
        if body[-1] == 0xA1:
            if middle.count("“") + (first == "“") > middle.count("”"):
                last = "”"
            elif middle.count("‘") + (first == "‘") > middle.count("’"):
                last = "’"
    return first + middle + last


def _same_text(garbled: str, middle: str) -> bool:
    """Most of ``middle``'s characters are ``garbled``'s, in order."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, garbled.translate(_HALF_TO_FULL), middle, autojunk=False).ratio() > 0.5


def _edge_score(cand: tuple[int, int, str]) -> tuple[int, int]:
    """Prefer the start whose lost first byte makes punctuation (the shift began at
    a quote or a stop), then the longest recovery."""
    fixed = cand[2]
    return (fixed[0] != UNREADABLE) + (fixed[-1] != UNREADABLE), len(fixed)


def _framed(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _FRAMED.finditer(text):
        if _ANCHOR.search(m.group(1)):
            fixed = realign(m.group(1), tail_lost=True)
            if fixed:
                yield m.start(), m.end(), fixed


def _anchored(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Runs that end in U+FFFD or a private-use character: search back for the start."""
    for m in _ANCHOR.finditer(text):
        e = m.start()
        if any(a <= e < b for a, b in taken) or (e and _ANCHOR.match(text, e - 1)):
            continue  # one search per run of markers, not one per marker
        cands = []
        for s in range(e - 2, max(-1, e - 40), -1):
            if text[s] in _STOP:
                break
            fixed = realign(text[s:e], tail_lost=True)
            if fixed:
                cands.append((s, e + 1, fixed))
        if cands:
            yield max(cands, key=_edge_score)


@lru_cache(maxsize=1)
def _level_one() -> tuple[str, ...]:
    """GB2312's level-1 characters (each one is_frequent holds for), in code order."""
    level_one = (bytes((hi, lo)).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF) if (hi, lo) < (0xD7, 0xFA))
    return tuple(sorted(c for c in level_one if is_frequent(c)))


@lru_cache(maxsize=1)
def _beyond_level_one_in_runs() -> re.Pattern[str]:
    """A character _HAN_RUN's runs are made of that is not of GB2312's level 1: the only characters of a
    text that can be rare ones of a run (is_frequent need be asked of no other).  One class of ranges (the
    run characters with the level-one ones cut out), so that a search skips to them."""
    ranges: list[tuple[int, int]] = []
    cut = [ord(c) for c in _level_one()]
    for lo, hi in _RUN_RANGES:
        start = lo
        for code in cut:
            if lo <= code <= hi:
                if code > start:
                    ranges.append((start, code - 1))
                start = code + 1
        if start <= hi:
            ranges.append((start, hi))
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")


def _rare_positions(text: str) -> list[int]:
    """Where ``text`` has a character of its runs that is not frequent, in order: one scan that skips to the
    characters of its runs that GB2312's level 1 lacks (a traditional text has thousands of them, of a few
    hundred kinds), is_frequent asked once of each kind.  (Not one str.find per rare kind: a page of
    Extension A characters has thousands of kinds, and a scan of the whole text for each.)"""
    verdicts: dict[str, bool] = {}
    positions = []
    for m in _beyond_level_one_in_runs().finditer(text):
        c = m.group()
        rare = verdicts.get(c)
        if rare is None:
            rare = verdicts[c] = not is_frequent(c)
        if rare:
            positions.append(m.start())
    return positions


def _stretch_start(text: str, at: int) -> int:
    """Where the stretch of run characters (_RUN_CHAR) holding ``text[at]`` begins."""
    while at and _IS_RUN_CHAR(text[at - 1]):
        at -= 1
    return at


def _unmarked(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Runs with no marker: rare characters and no words, which shift back into words."""
    rare = _rare_positions(text)
    if len(rare) < 3:
        return  # (no run holds three: each run's rare characters are among the text's)
    # (_HAN_RUN's runs from the stretch of run characters holding the first rare one: no run reaches over
    # the character before it, so the scan cuts the stretch into the runs a scan from the start finds)
    for m in _HAN_RUN.finditer(text, _stretch_start(text, rare[0])):
        if m.start() > rare[-3]:
            break  # (a run that starts after the third rare character from the end holds two at most)
        if bisect_left(rare, m.end()) - bisect_left(rare, m.start()) < 3 or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        run = m.group(0)
        frequent = list(map(is_frequent, run))
        if _word_coverage(run) >= 0.4:
            continue
        end = m.end() + (1 if m.end() < len(text) and text[m.end()].isascii() and text[m.end()].isalnum() else 0)
        cands = []
        for s in range(m.start() + frequent.index(False) + 1, m.start() - 1, -1):  # from the first rare one
            if s < end - 2:
                fixed = realign(text[s:end], tail_lost=False)
                if fixed:
                    cands.append((s, end, fixed))
        if cands:
            yield max(cands, key=_edge_score)


def _disjoint(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The edits sorted by start, each dropped that overlaps one kept before it.

    Two markers close together (a private-use character next to U+FFFD) each search
    back for their run and can claim the same characters; the first claim wins.
    """
    kept: list[tuple[int, int, str]] = []
    for e in sorted(edits):
        if not kept or e[0] >= kept[-1][1]:
            kept.append(e)
    return kept


def repair_mojibake(t: Tracked, report: QualityReport) -> Tracked:
    text = t.text
    # (a '?' or a private-use character: what every run _framed or _anchored finds holds and _LOST_RUN
    # opens with; most texts have none, found in one scan)
    marked = _LOST_MARK.search(text) is not None
    edits = []
    if marked:
        edits = list(_framed(text))
        edits += list(_anchored(text, [(a, b) for a, b, _ in edits]))
    if _EXT_A_OR_UNIFIED.search(text):
        edits += list(_unmarked(text, [(a, b) for a, b, _ in edits]))
    edits = _disjoint(edits)
    for a, b, fixed in edits:
        report.add(Repair("mojibake", *t.orig_span(a, b), text[a:b], fixed, "GB18030 read one byte out of step; re-aligned"))
    t2 = t.replace_spans(edits) if edits else t

    def lost(m: re.Match[str]) -> str | None:
        s = m.group(0)
        if not _ANCHOR.search(s) and not _READING_CLOSED.search(s):
            return None  # a plain '?' is punctuation
        return UNREADABLE

    t3, applied = t2.sub(_LOST_RUN, lost) if (marked if t2 is t else _LOST_MARK.search(t2.text)) else (t2, [])
    for m, r in applied:
        if m.group(0) == UNREADABLE:
            continue
        report.add(Repair("unreadable", *t2.orig_span(m.start(), m.end()), m.group(0), r, "characters lost to mojibake"))
    residue = _residue(t3.text)
    for a, b, _ in residue:
        report.add(Repair("unreadable", *t3.orig_span(a, b), t3.text[a:b], UNREADABLE,
                          "mojibake residue beside the unreadable mark"))
    return t3.replace_spans(residue) if residue else t3


_SELDOM_USED = 500  # a character the dictionary counts fewer times than this alone (筷, 刹; 的 counts 300,000)
_RESIDUE_GAP = 6  # garbage between two marks closer than this is one unreadable stretch
# An ideograph a misaligned decode can produce: extension A, the unified block, planes 2 and 3.
_IDEOGRAPH = re.compile(f"[{CJK_EXT_A}\U00020000-\U0003ffff]")


def _is_residue(ch: str) -> bool:
    """A character a misaligned decode leaves beside its mark: a rare ideograph or a kana."""
    if "\u3040" <= ch <= "\u30ff":
        return True
    if not _IDEOGRAPH.match(ch):
        return False
    return not is_frequent(ch)


def _is_garbage(stretch: str) -> bool:
    """Characters between two marks that are no text: rare ones, or Chinese characters of which no two
    make a word of the dictionary and most are seldom used (细刹筷, a stretch read out of step).
    Ordinary characters stay, in words or not (选和表, 律等, 良): they are the text around a lost one."""
    if all(map(_is_residue, stretch)):
        return True
    if not all(map(is_cjk, stretch)):
        return False
    seg = get_segmenter()
    simple = to_simplified(stretch)
    if any(len(w) > 1 and seg.frequency(w) > 0 for w in seg.cut(simple)):
        return False
    return sum(seg.frequency(c) < _SELDOM_USED for c in simple) * 2 > len(simple)


def _forms_word(a: str, b: str) -> bool:
    return get_segmenter().frequency(a + b) > 0


def _residue(text: str) -> list[tuple[int, int, str]]:
    """Marks widened over the garbage beside them (全县共\ufffd涓后备 → 全县共\ufffd后备): up to two
    rare characters on either side that make no word with their neighbour, and a short stretch
    between two marks.  Linear: each mark looks at a bounded window."""
    edits: list[tuple[int, int, str]] = []
    n = len(text)
    i = text.find(UNREADABLE)
    while i >= 0:
        a = i
        b = i + 1
        while b < n and text[b] == UNREADABLE:
            b += 1
        while True:  # a short stretch of garbage up to the next mark (readable text between two lost
            nxt = text.find(UNREADABLE, b, b + _RESIDUE_GAP + 1)  # characters stays)
            if nxt < 0 or not _is_garbage(text[b:nxt]):
                break
            b = nxt + 1
            while b < n and text[b] == UNREADABLE:
                b += 1
        for _ in range(2):
            if b < n and _is_residue(text[b]) and not (b + 1 < n and _forms_word(text[b], text[b + 1])):
                b += 1
        lo = edits[-1][1] if edits else 0
        for _ in range(2):
            if a - 1 >= lo and _is_residue(text[a - 1]) and not (a - 2 >= 0 and _forms_word(text[a - 2], text[a - 1])):
                a -= 1
        if text[a:b].count(UNREADABLE) != b - a:  # something besides marks: one mark for all of it
            edits.append((a, b, UNREADABLE))
        i = text.find(UNREADABLE, b)
    return edits
