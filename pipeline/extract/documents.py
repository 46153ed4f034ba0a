"""Documents cited in 《》 (nested 〈〉 kept), their short names, and publications."""
from __future__ import annotations

import re

from pipeline.core.lexicons import word_list
from pipeline.core.records import DocumentRef
from pipeline.text.numbers import parse_number, tidy
from pipeline.text.chars import UNREADABLE, is_cjk
from pipeline.text.lines import has_spam_word

# (以下简称《办法》), (青组通〔2023〕12号，以下简称《考核办法》), (下称“条例”), (以下简称规划纲要); the document's
# number may stand in a bracket of its own first: (青组通〔2023〕12号)(以下简称《考核办法》).  (以下统称《X》)
# after titles cited back to back names them all.  The 为 of 简称为, 统称为 is the verb's (统称为两个办法: 两个办法).
_SHORT = re.compile(r"^\s*(?:[（(][^（）()]{0,30}[)）]\s*(?=[（(][^（）()]{0,30}?(?:以下|下称|简称|统称)))?"
                    r"[（(][^（）()]{0,30}?(?:以下简称|下称|简称|以下统称|统称)为?\s*(?:[《“\"]([^》”\"]{1,20})[》”\"]|([^（）()《》“”\"，,。]{1,12}))\s*[)）]")
# between two titles cited directly together: 《甲》《乙》, 《甲》、《乙》 (not 和/及/与, a comma or a line
# break: 《章程》和《准则》《条例》(以下统称“一准则一条例”) leaves 《章程》 out)
_BACK_TO_BACK = ("", "、")
# a short name that counts its documents: 两个文件, 三项制度, 三大报, 一准则一条例 (1 + 1), 一条例三办法 (1 + 3)
_NUMERAL = "一二两三四五六七八九十0-9"
_COUNTED_NAME = re.compile(rf"(?:[{_NUMERAL}]{{1,2}}[个项部份件本大类]?[^{_NUMERAL}个项部份件本大类+＋]{{1,6}}){{1,4}}")
_COUNT_IN_NAME = re.compile(rf"[{_NUMERAL}]{{1,2}}")
_SHORTS_EACH = re.compile(r"\s*[（(][^（）()]{0,10}?分别简称\s*((?:《[^《》]{1,24}》\s*[、，,和及]?\s*){2,8})[)）]")
_QUOTED_NAME = re.compile(r"《([^《》]{1,24})》")
_PUBLICATION_AFTER = re.compile(r"^(?:杂志|日报|晚报|报|周刊|期刊|半月刊|月刊|网|客户端|微信公众号|公众号|栏目|专栏|电视台|节目)")
# A title that is a medium's name: …日报, …周刊, and a short one ending in 网 (a news site, 《某某党建网》).
_PUBLICATION_TITLE = re.compile(r"(?:日报|晚报|时报|周刊|杂志|学报|报|画报|期刊|网站|客户端|电视台|频道)$|^.{1,10}网$")
# Titles that name a publication though nothing in them says so (求是, 群众): resources/publications.txt.
KNOWN_PUBLICATIONS = frozenset(word_list("publications.txt"))


def _closing(text: str, start: int) -> int | None:
    """Index of the 》 that closes the 《 at ``start``, allowing nested 《》."""
    depth = 0
    for i in range(start, min(len(text), start + 120)):
        c = text[i]
        if c == "《":
            depth += 1
        elif c == "》":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n":
            return None
    return None


def _cited_as(title: str, docs: list[DocumentRef]) -> DocumentRef | None:
    """The document cited before whose title ends with this short one (通知, 实施意见, 规划纲要; a
    bracketed year range after it aside), when exactly one does."""
    if len(title) > 6:
        return None
    tails = _tails(title, docs)
    return tails[0] if len(tails) == 1 else None


def _tails(title: str, docs: list[DocumentRef]) -> list[DocumentRef]:
    """The documents whose title ends with this short one (a bracketed year range after it aside),
    not inside a number (《8条措施》 is no tail of 《…十八条措施》)."""
    short = _in_digits(title)
    out = []
    for d in docs:
        long = _in_digits(_BRACKET_END.sub("", d.title))
        if len(d.title) > len(title) and long.endswith(short) and not (short[0].isdigit() and long[-len(short) - 1].isdigit()):
            out.append(d)
    return out


# a bracketed tail (试行), (2018-2022年), with the space a page may set before it (…实施办法 (试行))
_BRACKET_END = re.compile(r"\s*[（(][^（()）]*[)）]$")
_CN_NUMERAL_RUN = re.compile(r"[零〇一二两三四五六七八九十百千]{2,}|[二两三四五六七八九十]")


def _in_digits(title: str) -> str:
    """《28条措施》 after 《…二十八条措施》: numerals compared as numbers (one 一 alone is a word's: 统一)."""
    return _CN_NUMERAL_RUN.sub(lambda m: str(tidy(parse_number(m.group())) or m.group()), title)


_DOCUMENT_KINDS = tuple(word_list("document_kinds.txt"))
_AHEAD = 300  # characters: a bare kind is the short name of a full title cited no further on than this


def find_documents(text: str) -> list[DocumentRef]:
    return read_documents(text)[0]


def read_documents(text: str) -> tuple[list[DocumentRef], list[tuple[int, int]]]:
    """The documents cited in 《》, and the spans of the later 《…》 that name one of them again (by
    its title or a short name: 《通知》, 《28条措施》), whose numerals and places are the title's too."""
    docs: list[DocumentRef] = []
    again: list[tuple[int, int]] = []
    shorts: dict[str, DocumentRef] = {}
    seen: set[str] = set()  # titles already listed: linear however many are cited
    garbled: list[str] = []  # the readable ends of titles the page garbled (…�伦鳛…五年行动方案)
    i = 0
    while True:
        s = text.find("《", i)
        if s < 0:
            break
        e = _closing(text, s)
        if e is None:
            i = s + 1
            continue
        title = text[s + 1:e].strip().lstrip("?？").strip()  # 《?某某规定》: the mark of a character the page lost
        # is read as no part of the title (what it stood for stays lost)
        i = e + 1
        if not title or UNREADABLE in title:
            garbled.append(title.rsplit(UNREADABLE, 1)[-1])
            continue  # an unreadable title is skipped, not half read
        if has_spam_word(title) and not title.endswith(_DOCUMENT_KINDS):
            continue  # 《某某官网在线怎么进去》: a gambling site's bait set in the text, no document
        if title in shorts:
            again.append((s, e + 1))
            continue  # a later use of a short name is the same document
        cited = _cited_as(title, docs)
        if cited is None and len(title) <= 6 and any(t.endswith(title) for t in garbled) and not _tails(title, docs):
            again.append((s, e + 1))
            continue  # 《行动方案》 after a garbled …行动方案: the short name of that lost title, no document of its own
        if cited is not None:  # 《通知》 after 《关于…的通知》: the cited one, by the tail of its title
            shorts[title] = cited
            cited.short_name = cited.short_name or title
            again.append((s, e + 1))
            continue
        after = text[e + 1:e + 40]
        publication = bool(
            title in KNOWN_PUBLICATIONS or _PUBLICATION_AFTER.match(after) or _PUBLICATION_TITLE.search(title)
        )
        each = _SHORTS_EACH.match(text, e + 1) if "分别" in text[e + 1:e + 16] else None
        sm = _SHORT.match(after) if not each else None
        short = (sm.group(1) or sm.group(2)).strip() if sm else None  # (以下简称《办法》) or (以下简称规划纲要)
        ref = DocumentRef(title=title, short_name=short, publication=publication, start=s, end=e + 1)
        if short and "统称" in sm.group() and not _name_together(text, docs, ref, short):
            short = ref.short_name = None  # 《规划》《办法》(以下统称“三个文件”): not the titles it counts
        if short:
            shorts[short] = ref
        elif each and title not in seen:
            names = _QUOTED_NAME.findall(each.group(1))  # 《甲》、《乙》(以下分别简称《A》、《B》): in the order cited
            targets = docs[len(docs) - len(names) + 1:] + [ref] if 1 < len(names) <= len(docs) + 1 else []
            for doc, name in zip(targets, names):
                doc.short_name = name
                shorts[name] = doc
        if title in seen:
            if short:  # 《某某办法》 cited before, its short name given at a later citation: the first one's
                first = next(d for d in docs if d.title == title)
                first.short_name = first.short_name or short
                shorts[short] = first
            again.append((s, e + 1))
            continue
        seen.add(title)
        docs.append(ref)
    return _named_ahead(text, docs, again)


def _name_together(text: str, docs: list[DocumentRef], ref: DocumentRef, short: str) -> bool:
    """《甲》《乙》(以下统称《X》): the titles cited back to back before the one the bracket follows share
    its short name.  Where the name counts its documents (两个文件) and the titles cited together are
    not that many, it names none of them (False)."""
    group, s = [], ref.start
    for d in reversed(docs):
        if d.end is None or text[d.end:s] not in _BACK_TO_BACK:
            break
        group.append(d)
        s = d.start
    count = _documents_counted(short)
    if count is not None and count != len(group) + 1:
        return False
    for d in group:
        d.short_name = d.short_name or short
    return True


def _documents_counted(name: str) -> int | None:
    """How many documents a short name counts: 两个文件 2, 一准则一条例 2, 一条例三办法 4; None for a
    name that counts none (职位表, 1+N)."""
    if not _COUNTED_NAME.fullmatch(name):
        return None
    counts = [parse_number(n) for n in _COUNT_IN_NAME.findall(name)]
    return int(sum(counts)) if all(counts) and sum(counts) <= 20 else None


def _named_ahead(text: str, docs: list[DocumentRef], again: list[tuple[int, int]]
                 ) -> tuple[list[DocumentRef], list[tuple[int, int]]]:
    """“《规定》可以说是…” … 《某某干部廉洁履行职责规定》: a bare kind of document opening a quote or a clause,
    before the one full title it ends (and no other), a few sentences on, is that document's short name,
    cited ahead of it.  Not a kind another issuer's (省委《通知》), or a text's (根据《决定》), is read
    before it; 《某某条例》 before 《某某条例(试行)》 stays a title of its own."""
    for d in [d for d in docs if d.title in _DOCUMENT_KINDS and not d.publication and d.start is not None]:
        if d.start and is_cjk(text[d.start - 1]):
            continue
        tails = _tails(d.title, docs)
        if len(tails) == 1 and d.start < tails[0].start <= d.end + _AHEAD:
            docs.remove(d)
            tails[0].short_name = tails[0].short_name or d.title
            again.append((d.start, d.end))
    return docs, sorted(again)
