"""The query syntax (the same on the page, in the API and on the command line).

``容错 纠错`` both words; ``驻村 OR 挂职`` either; ``-问责`` not this word;
``"驻村 第一书记"`` a phrase (spaces and the words OR / - inside are literal); ``容错 AND 纠错``
is ``容错 纠错``, ``容错 NOT 纠错`` is ``容错 -纠错``, ``容错|纠错`` is ``容错 OR 纠错`` and ``容错，纠错`` (、+ ;)
is ``容错 纠错``.
Punctuation at the edges of a word is ignored (``容错*`` = ``容错``; not a number's ``30%``).  User
input never reaches FTS5 syntax: this module builds every expression, a term
as the phrase of its bigrams (``tokens``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
import re
import unicodedata

from pipeline.search.tokens import SPACES, pairs, readings
from pipeline.text.chars import INVISIBLE, without_spaces


class QueryError(ValueError):
    """A query or filter that cannot be read; the message is for the person who typed it."""


_QUOTES = "\"“”「」『』"
# Read as spaces: control characters (Unicode Cc; a NUL ended the FTS5 string: a 500), and the § every filter token
# begins with (§p福建省), whose term of one character was the prefix of them all, so it matched every measure.
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f§]")
# Between words, what people type for "and" in a list (容错，纠错 / 容错、纠错 / 容错+纠错, NFKC's , ; +) is a space, and
# a bar (| or ｜) is OR: these were searched as part of one word (容错,纠错: nothing) or dropped (容错 | 纠错: both).
_SEPARATORS = ",、+;"
# A dash opening a word, whichever dash (容错 —纠错, 容错 –纠错) or apart from it (容错 - 纠错), excludes it as -纠错 does;
# and NOT, OR, AND typed against a Chinese word (容错 NOT纠错) are the operators (the dash was dropped and NOT纠错
# searched as one word: both found the measures holding the word, the opposite of what was asked).
_LONG_DASH = re.compile(r"(?:(?<=\s)|^)[—–―‒](?=\S)")
_GLUED_OPERATOR = re.compile(r"(?:(?<=\s)|^)(NOT|OR|AND)(?=[\u3400-\u9fff])", re.I)
# (a comma between digits is a number's: 1,000名干部 is one word; so is a plus between digits or Latin letters, a
# formula's name: 4+3+3, 3+1 were searched as the digits apart, the measure holding the formula ranked 6th of 80, as
# "3+1" is one; 5+N, 1+2+X were searched as 5 and N, every measure holding a 5 and an n)
_TOKEN = re.compile(rf"(-?)(?:[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|(\|)|((?:[^\s{_SEPARATORS}|]|(?<=\d),(?=\d)"
                    rf"|(?<=[0-9A-Za-z])\+(?=[0-9A-Za-z]))+))")
# A formula's name, digits and Latin letters joined by plus signs (4+3+3, 5+N, 1+2+X): one word of a query
FORMULA = re.compile(r"[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+")
# What ends a number as part of it: a percentage (30% was searched as 30, every measure holding a 30)
_NUMBER_ENDS = "%‰"


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False  # written in quotes

    def fts(self) -> str:
        """The FTS5 phrase of its bigrams; a word that reads as traditional too (著力打造) is either form (着力打造)."""
        forms = [_phrase(pairs(without_spaces(r))) for r in readings(self.text)]
        return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"

    def written(self) -> str:
        return f'"{self.text}"' if self.phrase or " " in self.text or self.text.upper() in _OPERATORS else self.text


def _phrase(grams: list[str]) -> str:
    if len(grams) == 1 and len(grams[0]) == 1:  # one character: the bigrams that start with it
        return '"' + grams[0].replace('"', '""') + '"*'
    return '"' + " ".join(g.replace('"', '""') for g in grams) + '"'


def _chinese_quotes(word: str) -> str:
    """落实"三个区分开来" -> 落实“三个区分开来”: a straight double quote inside a word is the Chinese pair (opening,
    then closing), as the stored texts write it (a word holding " found nothing; with “” it found the measures)."""
    parts = word.split('"')
    return "".join(p + ("“”"[i % 2] if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def edge_strip(word: str) -> str:
    """容错* -> 容错, ^干部 -> 干部, (挂职) -> 挂职: only letters and digits start or end a word, and the percent
    sign of a number (30%)."""
    def keep(c: str) -> bool:
        return unicodedata.category(c)[0] in "LN"

    s, e = 0, len(word)
    while s < e and not keep(word[s]):
        s += 1
    while e > s and not keep(word[e - 1]):
        e -= 1
    if e < len(word) and word[e] in _NUMBER_ENDS and e > s and word[e - 1].isdigit():
        e += 1  # (30%: the sign is the number's)
    return word[s:e]


@dataclass
class Query:
    """All of ``clauses`` (each: any of its terms), none of ``exclude``."""

    clauses: list[list[Term]] = field(default_factory=list)
    exclude: list[Term] = field(default_factory=list)
    given: str = ""
    and_read: bool = False  # an AND between words was taken for the space it means (not searched as a word)
    cut: bool = False  # an over-long query: only its words within its first MAX_QUERY_CHARS characters are searched
    not_read: bool = False  # a NOT before a word was taken for its exclusion (-词), not searched as a word

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.exclude

    @property
    def terms(self) -> list[str]:
        return [t.text for c in self.clauses for t in c]

    def expression(self, filter_parts: list[str] = ()) -> str:
        parts = ["(" + " OR ".join(t.fts() for t in c) + ")" if len(c) > 1 else c[0].fts() for c in self.clauses]
        parts += list(filter_parts)
        if not parts:
            if self.exclude:
                raise QueryError(ONLY_EXCLUDED)
            return ""
        expr = " AND ".join(parts)
        if self.exclude:
            expr = f"({expr}) NOT ({self.excluded()})"
        return expr

    def excluded(self) -> str:
        """What the excluded words match (any of them): FTS5 has no NOT of its own, so a search of
        exclusions alone takes these matches away from others."""
        return " OR ".join(t.fts() for t in self.exclude)

    def text(self) -> str:
        """The query written back in its own syntax."""
        out = [" OR ".join(t.written() for t in c) for c in self.clauses]
        return " ".join(out + ["-" + t.written() for t in self.exclude])

    def describe(self) -> str:
        """The query as a sentence: 同时包含“容错”和“纠错”，不含“问责”."""
        if self.empty:
            return ""
        def q(t: Term) -> str:
            return f"“{t.text}”"
        parts = ["或".join(q(t) for t in c) for c in self.clauses]
        s = ("包含" if len(parts) == 1 else "同时包含") + "、".join(parts) if parts else "全部举措"
        if self.exclude:
            s += "，不含" + "或".join(q(t) for t in self.exclude)
        if self.and_read:
            s += "（AND 按空格理解：词语之间的空格就是“同时包含”）"
        if self.not_read:
            s += "（NOT 按排除理解：NOT 后面的词不能出现，同 -词）"
        if self.cut:
            s += f"（搜索词超过 {MAX_QUERY_CHARS} 字：只搜了前 {MAX_QUERY_CHARS} 字里的词）"
        return s

    def replaced(self, clauses: list[list[Term]]) -> "Query":
        return Query(clauses=clauses, exclude=list(self.exclude))


_OPERATORS = ("OR", "AND", "NOT")  # (written in quotes when searched as words)

ONLY_EXCLUDED = "只有排除词（-词语）无法搜索：请再加一个要找的词或一项筛选，例如 干部 -问责。"


# The words of a query searched at most, in characters: each costs the index a look-up (8,000 characters held a
# server for two minutes).  A longer query (a sentence or paragraph pasted whole) is not refused: its words within
# these are searched, its clauses offered alone as any pasted sentence's are, and the rest said left out.
MAX_QUERY_CHARS = 200
READ_CHARS = 10 * MAX_QUERY_CHARS  # (what of a longer one is read at all, for its repeated words)


def parse(query: str | None) -> Query:
    """Read the documented syntax; characters with no meaning in it are searched literally."""
    given = INVISIBLE.sub("", query or "").strip()  # (inside a word too, as the text stage drops them: 容错\u200b纠错)
    s = _UNSEARCHABLE.sub(" ", unicodedata.normalize("NFKC", given[:READ_CHARS]))
    s = _GLUED_OPERATOR.sub(r"\1 ", _LONG_DASH.sub("-", s))
    out = Query(given=given)
    join = negate = minus = False
    for m in _TOKEN.finditer(s):
        neg, quoted, bar, bare = m.group(1), m.group(2), m.group(3), m.group(4)
        # (or, Or: what people type too; and 或 standing alone between words: 容错 或 纠错 searched the word 或)
        if bar or quoted is None and (bare.upper() == "OR" or bare == "或") and not neg:
            join = bool(out.clauses)
            continue
        if quoted is None and bare == "-":  # (容错 - 纠错: the dash apart from its word)
            minus = True
            continue
        if quoted is None and bare.upper() == "NOT" and not neg:
            # what other search boxes take for "but not" (容错 NOT 纠错 searched the word NOT and found nothing, and
            # offered to drop NOT: the measures holding both words, the opposite of what was asked)
            negate = True
            continue
        if quoted is None and (bare.upper() == "AND" or bare in ("和", "与", "及")) and not neg:
            # what other search boxes take for "both": here a space already says it (容错 AND 纠错 searched the word
            # AND and found nothing)
            out.and_read = True
            continue
        if quoted is not None:
            term = Term(SPACES.sub(" ", quoted).strip(), phrase=True)
        else:
            term = Term(edge_strip(_chinese_quotes(bare.strip(_QUOTES))))
        if not SPACES.sub("", term.text):
            continue
        if neg or negate or minus:
            out.exclude.append(term)
            out.not_read |= negate
        elif join and out.clauses:
            out.clauses[-1].append(term)
        else:
            out.clauses.append([term])
        join = negate = minus = False
    if given and out.empty:
        raise QueryError("没有可搜索的文字：请输入中文词语，例如 容错纠错 或 驻村第一书记。")
    return _within_length(_once_each(out), len(given))


def _once_each(q: Query) -> Query:
    """A clause or excluded word written twice is one (a pasted text repeats its words: 干部 干部 asks no more than
    干部, and each costs a look-up)."""
    q.clauses = list({tuple((t.text, t.phrase) for t in c): c for c in q.clauses}.values())
    q.exclude = list({(t.text, t.phrase): t for t in q.exclude}.values())
    return q


def _within_length(q: Query, given: int) -> Query:
    """The query's first words within MAX_QUERY_CHARS characters (a word longer than that cut to them), ``cut`` set
    when any was left out: a pasted paragraph was a 400 (搜索词太长), where a pasted sentence is offered its clauses."""
    if given <= MAX_QUERY_CHARS:
        return q
    words = [(c, False) for c in q.clauses] + [([t], True) for t in q.exclude]
    kept, used = [], 0
    for c, excluded in words:
        # each word of an OR clause counted after the one before it (all were cut to the same room: 驻村 OR and 205
        # characters made 202, over the limit, and no clause was kept: an empty query, every measure)
        fitting = []
        for t in c:
            room = MAX_QUERY_CHARS - used
            if room <= 0 or (fitting and len(t.text) > room):
                break  # (an alternative cut short is another word: 驻村 cut to 驻 finds every 驻; only a first word is cut)
            fitting.append(Term(t.text[:room], t.phrase))
            used += len(fitting[-1].text)
        if not fitting:
            break
        kept.append((fitting, excluded))
        if len(fitting) < len(c):
            break
    q.cut = len(kept) < len(words) or given > READ_CHARS or any(a[0] != b[0] for a, b in zip(kept, words))
    q.clauses = [c for c, excluded in kept if not excluded]
    q.exclude = [c[0] for c, excluded in kept if excluded]
    return q


SYNTAX_HELP = ("空格＝同时包含（容错 澄清，逗号、顿号也是）；OR＝任一（驻村 OR 挂职，也可写 |）；-词＝排除（干部 -问责，也可写 NOT 问责）；"
               "引号＝整个短语，可含空格（\"驻村 第一书记\"）。两个字即可搜，繁体也可。")
