"""Character-level rules: which characters are Chinese, common or pinyin, and their plain forms.

Every stage that asks a question about single characters asks it here: the
Han ranges, GB2312 membership, traditional to simplified (OpenCC), full-width
to half-width, and the readings of a character (pinyin).  The three repair
steps that only rewrite characters (``strip_pinyin_residue``, ``simplify``,
``halfwidth``) live here too, so that code outside the repair stage (the real
gold set, search) can normalise text exactly as the stage does.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import combinations, compress, islice
from operator import ne
import re
import unicodedata

from pipeline.core.records import QualityReport, Repair
from pipeline.text.tracked import Tracked

# The CJK Unified Ideographs block: what most rules count as "a Chinese character".
CJK = "\u4e00-\u9fff"
# The same with extension A in front (rare characters, common in mojibake).
CJK_EXT_A = "\u3400-\u9fff"
# Every BMP ideograph: extension A, the unified block and the compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")  # one of them
# (with the combining tone marks and diaeresis: a page may write its readings decomposed, NFD, ga\u0300n)
_COMBINING_TONES = "\u0300\u0301\u0304\u030c"
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0308" + _COMBINING_TONES
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ" + _COMBINING_TONES  # letters that carry a tone mark: only a reading has them
# The last character of a body's or an organ's name (组织部, 纪委, 公安局, 政府办, 财政厅, 组织处, 宣传科, 办公室,
# 派出所, 农技站, 法院, 协会, 工作组)
ORGAN_ENDS = "部委局办厅处科室所站院会组"
PUNCT = "。，、；：？！“”‘’（）《》〈〉【】—…·"
# What closes a sentence (；, a clause as firmly), defined here once so that every module that cuts a text at
# its sentences cuts it at the same marks; SENTENCE_END also takes a line's end as one.
SENTENCE_STOPS = "。！？!?；;"
SENTENCE_END = re.compile(f"[{SENTENCE_STOPS}\n]")
# What closes a clause: a comma, a colon, or what closes a sentence (the items of a list, a figure's clause)
CLAUSE_END = re.compile(f"[，,：:{SENTENCE_STOPS}\n]")
# What a character lost to mojibake becomes (and an icon font's private-use glyph); later stages extract nothing
# that overlaps one, save two: a measure, whose clause is read past a lone mark among readable words (a mark at
# its edge left out of its span: extract/measures.py, _marks_are_lone), and a paper's or source's name with a
# character lost, read as the one listed publication it can be (text/meta.py _restore_medium, articles._restore_paper).
UNREADABLE = "\ufffd"
# Bullets and rules that open a list item, a byline or a headline on crawled pages (□本报记者, ●标题, │文)
QUOTE_OPENERS = frozenset("“\"‘「『")  # what opens a quotation, in the scripts the pages use
QUOTE_CLOSERS = frozenset("”\"’」』")
BULLETS = "■□●◆◇▲△★☆•·▌◎|│┃囗〉"  # (囗: the enclosure radical, typed for □)
# Characters that show nothing (zero-width spaces and joiners, the word joiner, a byte-order mark, a soft hyphen):
# dropped from every text read, and from what people type into the search, which pages and chats paste them into.
INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
# Private-use characters (and U+FFFD): what a decoder leaves for bytes it could not place.
PUA = "\ue000-\uf8ff\ufffd"

_NOT_CJK = re.compile(f"[^{CJK}]+")


class OpeningScan:
    """Whether a pattern that opens on one of a few characters (``[,，]`` and what follows) matches, asked
    of one pattern per opening character: a search for a pattern that opens on a literal character skips
    to it in a tight loop, where one that opens on a class tests the class at every character of the text
    (a few times slower on a page of Chinese).  For cue scans, which ask whether, not where."""

    def __init__(self, openings: str, rest: str, flags: int = 0):
        assert not re.match(r"[?*+{]", rest), "a quantifier on the opening would not split into characters"
        self.pattern = re.compile(f"[{re.escape(openings)}]{rest}", flags)  # (the pattern it answers for)
        self._scans = tuple(re.compile(re.escape(c) + rest, flags) for c in openings)

    def found(self, text: str) -> bool:
        """``bool(self.pattern.search(text))``."""
        return any(scan.search(text) for scan in self._scans)


def is_cjk(ch: str) -> bool:
    """In the CJK Unified Ideographs block (``CJK``)."""
    return "\u4e00" <= ch <= "\u9fff"


def without_spaces(s: str) -> str:
    """``s`` without its white space: str.split() splits at the very characters re's ``\\s`` matches (both
    ask Py_UNICODE_ISSPACE; tests/test_search_tokens.py checks every code point), a few times faster."""
    return "".join(s.split())


def cjk_count(s: str) -> int:
    """How many characters of ``s`` are in the CJK Unified Ideographs block."""
    return len(cjk_only(s))  # (what is left once the rest is gone: faster than a list of matches)


def cjk_only(s: str) -> str:
    """``s`` without every character outside the CJK Unified Ideographs block."""
    return _NOT_CJK.sub("", s)


# -- traditional to simplified -------------------------------------------------------------

@lru_cache(maxsize=3)  # (t2s and tw2s for texts; s2t for a query, asked whether it is written in both scripts)
def converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _also_simplified() -> frozenset[str]:
    """Characters of the simplified standard that t2s still maps when it meets them alone: 乾 (乾县, 乾坤;
    only "dry" became 干), 於 and 昇 in names… (resources/standard_characters_t2s_maps.tsv).  In a
    traditional line the others change too and 乾淨 → 干净 stands."""
    from pipeline.core.lexicons import word_table

    return frozenset(row[0] for row in word_table("standard_characters_t2s_maps.tsv"))

# tw2s gets 著力/著眼/隨著 right where t2s leaves 著 (着); it over-applies 著→着
# after these characters, and in 谁著史 and 著述, where 著 means "to write" (not 谱写着史诗, 围绕着述职报告).
_ZHU_FIXUP = re.compile("(?<=[卓土编原论专遗译合巨])着|(?<=谁)着(?=史)|(?<![写绕记围录带着])着(?=述(?![职评说]))")


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """陜 -> 陕, 甯 -> 宁: variants OpenCC leaves as they are, read in traditional lines only (甯 is
    also a family name in simplified text) (resources/char_variants.tsv)."""
    from pipeline.core.lexicons import word_table

    return {ord(a): b for a, b in word_table("char_variants.tsv")}


def to_simplified(text: str) -> str:
    """Traditional to simplified, chosen per line: text already simplified must not
    go through tw2s, which turns 显著 into 显着 and 么 into 幺."""
    whole = converter("t2s").convert(text)
    if whole == text and "『" not in text:
        return text  # (most texts: no line converts, and no corner quotes are read as “”)
    lines = text.split("\n")
    converted = _by_line(whole, lines, "t2s")
    traditional: list[str] = []  # the text through tw2s, line by line (made once, when a line needs it)
    out = []
    for n, (line, conv) in enumerate(zip(lines, converted)):
        changed = _changed_characters(line, conv) if conv != line else []
        if conv != line and all(a in _also_simplified() for a in changed):
            conv = line  # 乾县用足…, 於某某: a simplified line whose only "traditional" characters are simplified ones too
        elif len(changed) >= 2:  # most lines: already simplified
            traditional = traditional or _by_line(converter("tw2s").convert(text), lines, "tw2s")
            conv = _zhu_kept(traditional[n])
        out.append(_quotes_read(_variants_simplified(conv) if conv != line else conv))
    return "\n".join(out)


def read_as_traditional(text: str) -> str:
    """``text`` simplified as ``to_simplified`` simplifies a line it finds traditional, every line taken so: for a
    text too short to tell, a query written in characters both scripts share (著力打造, which a traditional page's
    line became as 着力打造; 陜西, 陕西 there)."""
    lines = text.split("\n")
    converted = _by_line(converter("tw2s").convert(text), lines, "tw2s")
    return "\n".join(_quotes_read(_variants_simplified(_zhu_kept(conv))) for conv in converted)


def written_in_both_scripts(text: str) -> bool:
    """Whether ``text`` reads as traditional as it stands (s2t changes nothing): 著力打造 and 陜西 do; 显著 (顯著) and
    干部 (幹部) are simplified."""
    return converter("s2t").convert(text) == text


def _zhu_kept(conv: str) -> str:
    """A traditional line through tw2s, with 著 back where it means to write (卓著, 著述)."""
    return _ZHU_FIXUP.sub("著", conv) if "着" in conv else conv  # (every alternative matches a 着)


def _variants_simplified(conv: str) -> str:
    """A traditional line's variants OpenCC leaves (陜, 甯) simplified."""
    if _variant_characters().search(conv):
        return conv.translate(_variants())  # (the table's keys only: without one, translate changes nothing)
    return conv


def _quotes_read(conv: str) -> str:
    """『三个高地』 where no 「」 or “” stands around them: the line's own quote marks (big5 pages), read as “”."""
    return conv.translate(_CORNER_QUOTES) if "『" in conv and "「" not in conv and "“" not in conv else conv


def _changed_characters(line: str, conv: str) -> list[str]:
    """The characters of ``line`` its conversion ``conv`` changes, as far as to_simplified needs them: all
    of them where the line holds one of _also_simplified(), else the first two (whether there are none, one
    or two at least is all it asks then; a traditional line differs at once, not after a scan of it)."""
    differing = (a for a, b in zip(line, conv) if a != b)
    if not _also_simplified().isdisjoint(line):
        return list(differing)
    return list(islice(differing, 2))


@lru_cache(maxsize=1)
def _variant_characters() -> re.Pattern[str]:
    """Any character _variants maps."""
    return re.compile("[" + "".join(re.escape(chr(k)) for k in _variants()) + "]")


def _by_line(whole: str, lines: list[str], config: str) -> list[str]:
    """The ``lines`` of a text each through OpenCC's ``config``, given the ``whole`` text through it: OpenCC
    matches no phrase across a line break, so the whole text's lines are the lines converted (one call
    instead of one per line)."""
    converted = whole.split("\n")
    if len(converted) != len(lines):  # (never seen: a conversion that made or took a line break)
        converted = [converter(config).convert(line) for line in lines]
    return converted


_CORNER_QUOTES = str.maketrans("『』", "“”")


@lru_cache(maxsize=None)
def is_common(ch: str) -> bool:
    """A character of GB2312 (in simplified form), or Chinese punctuation."""
    if ch in PUNCT:
        return True
    try:
        to_simplified(ch).encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=None)
def is_frequent(ch: str) -> bool:
    """GB2312 level 1: the 3,755 characters that make up ~99.7 % of running text."""
    try:
        b = to_simplified(ch).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


# -- pinyin --------------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def readings(ch: str) -> frozenset[str]:
    """The toneless pinyin readings of a character and of its simplified form (ü as v)."""
    from pypinyin import Style, pinyin

    out: set[str] = set()
    for c in {ch, to_simplified(ch)}:
        for group in pinyin(c, style=Style.NORMAL, heteronym=True, errors="ignore"):
            out.update(toneless(r) for r in group)
    return frozenset(out)


@lru_cache(maxsize=4096)
def toneless(s: str) -> str:
    """Pinyin as letters a-z: lower case, no tone marks, ü as v (zhù cūn: zhu cun; lǚ: lv)."""
    s = unicodedata.normalize("NFC", s).lower().strip()  # (lü written u + U+0308 is ü before it is v)
    s = re.sub("[üǖǘǚǜ]", "v", s)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.replace("u:", "v")


# -- repair steps on tracked text ----------------------------------------------------------

# 干(gàn)部: a reading printed after its character, with an optional space after the bracket;
# some sites print it twice (县(xian)(xian)).
_RESIDUE = re.compile(rf"(?P<ch>[{HAN}])[(（]\s?(?P<py>[{PINYIN_LETTERS}]{{1,7}})\s?[)）]"
                      rf"(?:[(（]\s?(?P=py)\s?[)）])*(?P<sp> (?=[^\sA-Za-z]))?")
# 加强(jiā qiáng): a word's readings, one syllable for each of the characters before the bracket, spaced
_SYLLABLE = rf"[{PINYIN_LETTERS}]{{1,7}}"
# (also run together, 加强(jiāqiáng), when it carries one tone mark a character; printed twice as _RESIDUE's may be)
_PLAIN_LETTERS = "a-zA-Zü\u0308"


def _word_reading(n: int) -> str:
    spaced = rf"{_SYLLABLE}(?: {_SYLLABLE}){{{n - 1}}}"
    joined = rf"(?=(?:[{_PLAIN_LETTERS}]*[{TONED}]){{{n}}}[{_PLAIN_LETTERS}]*\s?[)）])[{PINYIN_LETTERS}]{{{n},{7 * n}}}"
    return rf"[{HAN}]{{{n}}}[(（]\s?(?P<py{n}>{spaced}|{joined})\s?[)）](?:[(（]\s?(?P=py{n})\s?[)）])*"


_WORD_RESIDUE = re.compile("|".join(_word_reading(n) for n in (2, 3, 4)))


def _syllable_splits(reading: str, n: int):
    """The ways to read a word's reading as n syllables: its spaced ones, or (run together, jiāqiáng) every cut
    into n pieces that each carry a tone mark."""
    if " " in reading:
        yield reading.split()
        return
    for cuts in combinations(range(1, len(reading)), n - 1):
        pieces = [reading[a:b] for a, b in zip((0, *cuts), (*cuts, len(reading)))]
        if all(_TONE_MARK.search(p) for p in pieces):
            yield pieces


_TONE_MARK = re.compile(f"[{TONED}]")
# W(wǎng), ?(bào): a toned reading whose character was lost to mojibake (a Latin letter or ? stands
# for it); toneless brackets there may be words (Windows(win)) and stay
_AFTER_LOST_BRACKET = rf"(?=[{PINYIN_LETTERS}]*[{TONED}])[{PINYIN_LETTERS}]{{1,7}}[)）]"
_LOST_RESIDUE = re.compile(rf"(?<=[A-Za-z?])[(（]{_AFTER_LOST_BRACKET}")
# 法【pinyin:fǎ】, 作(拼音:zuò), 颁(读:bān), 办(繁:辦), 务[繁体:務], 坚《繁体:堅》: a converter's labelled reading or
# traditional form, in whatever brackets it prints them
_LABELLED = re.compile(rf"(?P<ch>[{HAN}])[(（【\[《]\s?(?:(?:读|拼音|pinyin)\s?[:：]\s?(?P<py>[{PINYIN_LETTERS}]{{1,7}})"
                       rf"|(?:繁|繁体)\s?[:：]\s?(?P<trad>[{HAN}]))\s?[)）】\]》]")
# What a match of each holds after its character (the bracket and the reading's start): the scans for
# these skip to the brackets, where the patterns try every Han character
_RESIDUE_CUE = OpeningScan("(（", rf"\s?[{PINYIN_LETTERS}]")
_LABELLED_CUE = OpeningScan("(（【[《", r"\s?(?:读|拼音|pinyin|繁)")
_LOST_RESIDUE_CUE = OpeningScan("(（", _AFTER_LOST_BRACKET)  # (without the lookbehind: opens on the bracket)
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0B: ord("+"), 0x3000: ord(" "), 0x00A0: ord(" ")})
_FULLWIDTH.update({0x2215: ord("/"), 0x2044: ord("/")})  # ∕ ⁄: slashes of a byline (记者∕某某)
_DIGIT_PUNCT = re.compile(r"(?<=[0-9])[．／](?=[0-9])")
# The full-width characters that become a visible ASCII one, found by one regex scan (most text
# has a few of them, and str.translate looks every character up); and the two that become spaces.
_NARROW = {chr(c): chr(a) for c, a in _FULLWIDTH.items() if a != ord(" ")}
_VISIBLE_FULLWIDTH = re.compile("[" + "".join(map(re.escape, _NARROW)) + "]")
_WIDE_SPACES = [chr(c) for c, a in _FULLWIDTH.items() if a == ord(" ")]


def _spaced_residue(text: str) -> bool:
    """Whether the page prints a space after its readings (會(huì) 議): then the space is the reading's.
    On a page that glues its words to them (會(huì)議), a space after one is the text's own (王澤會(huì) 瞿若焱:
    two names)."""
    after = Counter(bool(m["sp"]) for m in _RESIDUE.finditer(text) if m["sp"] or is_cjk(text[m.end():m.end() + 1]))
    return after[True] >= 2 and after[True] > after[False]  # (one spaced reading alone says nothing of a style)


def strip_pinyin_residue(t: Tracked, report: QualityReport) -> Tracked:
    """Drop a bracketed reading after its character (干(gàn) → 干); keep brackets that are no reading of it."""
    kept = Counter()
    text = t.text
    spaced: list[bool] = []  # the page's spacing style, read once, at the first reading a space follows

    def fix(m: re.Match[str]) -> str | None:
        if toneless(m["py"]) in readings(m["ch"]):
            space = m.re is _RESIDUE and m["sp"]  # (a space after the bracket: only _RESIDUE reads one)
            if space and not spaced:
                spaced.append(_spaced_residue(text))
            return m["ch"] + (" " if space and not spaced[0] else "")
        kept[m.group(0)] += 1
        return None

    def word(m: re.Match[str]) -> str | None:
        chars = re.split(r"[(（]", m.group(0), maxsplit=1)[0]
        reading = next(g for g in m.groups() if g)
        if any(all(toneless(py) in readings(ch) for ch, py in zip(chars, split))
               for split in _syllable_splits(reading, len(chars))):
            return chars
        return None  # (人才(AI Lab): a gloss of other words, no reading to report)

    def labelled(m: re.Match[str]) -> str | None:
        if m["py"]:
            return fix(m)
        if to_simplified(m["trad"]) == to_simplified(m["ch"]):
            return m["ch"]
        kept[m.group(0)] += 1
        return None

    for pattern, cue, how in ((_RESIDUE, _RESIDUE_CUE, fix), (_WORD_RESIDUE, _RESIDUE_CUE, word),
                              (_LABELLED, _LABELLED_CUE, labelled),
                              (_LOST_RESIDUE, _LOST_RESIDUE_CUE, lambda m: "")):
        if not cue.found(t.text):
            continue  # (no match: nothing to repair or report)
        t2, applied = t.sub(pattern, how)
        for m, r in applied:
            report.add(Repair("pinyin_residue", *t.orig_span(m.start(), m.end()), m.group(0), r, ""))
        t = t2
    for s, n in kept.items():
        report.warnings.append(f"kept bracket {s!r}: not a reading of the character")
    return t


def simplify(t: Tracked, report: QualityReport) -> Tracked:
    """Traditional characters to simplified (``to_simplified``), counted in the report."""
    t2 = t.map_chars(to_simplified)
    if t2.text == t.text:  # most documents: nothing to count character by character
        changed, n = Counter(), 0
    elif len(t2.text) == len(t.text):  # (the pairs that differ picked in C: no Python step per character)
        changed = Counter(compress(zip(t.text, t2.text), map(ne, t.text, t2.text)))
        n = sum(changed.values())
    else:
        n = sum(map(ne, t.text, t2.text))
        changed = Counter()
    report.bump("traditional", n)
    if n:
        top = ", ".join(f"{a}→{b}×{c}" for (a, b), c in changed.most_common(8))
        report.repairs.append(Repair("traditional", 0, len(t.text), "", "", f"{n} characters simplified: {top}"))
    return t2


def halfwidth(t: Tracked, report: QualityReport) -> Tracked:
    """Full-width digits, letters, % and + to ASCII; ideographic and no-break spaces to spaces;
    ． and ／ between digits to . and /."""
    out, visible = _VISIBLE_FULLWIDTH.subn(lambda m: _NARROW[m.group(0)], t.text)
    for space in _WIDE_SPACES:
        out = out.replace(space, " ")
    between_digits = 0
    if "．" in out or "／" in out:  # (what every match of _DIGIT_PUNCT is)
        out, between_digits = _DIGIT_PUNCT.subn(lambda m: "." if m.group(0) == "．" else "/", out)
    report.bump("fullwidth", visible + between_digits)  # characters changed, spaces aside
    return Tracked(out, t.origin)
