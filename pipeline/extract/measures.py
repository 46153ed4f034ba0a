"""Measures: the clauses that say what a region did, each under its section heading.

A clause is a measure when it names an action (measure_verbs.txt) and is none of the classes
of not_a_measure.tsv (a quote's attribution, opinions, problems, results, commentary,
history, a person's thoughts, findings, meeting ritual, definitions, a notice's preamble,
page furniture, background statistics): those stay in the article's text and view but are
left out of the measures layer, which staff search and classify.  A short enumerated sentence
followed in its paragraph by its elaboration (一是……。根据……) is a heading, not a measure."""
from __future__ import annotations

from bisect import bisect_right
import re
import re._constants as sre
import re._parser as sre_parse

from pipeline.core.lexicons import word_list, word_table
from pipeline.core.records import Article, Measure
from pipeline.text.chars import UNREADABLE, is_cjk, is_frequent
from pipeline.text.meta import lead_length

def _action() -> re.Pattern[str]:
    global _ACTION
    if _ACTION is None:
        verbs = sorted(word_list("measure_verbs.txt"), key=len, reverse=True)
        _ACTION = re.compile("|".join(map(re.escape, verbs)))
    return _ACTION


_ACTION: re.Pattern[str] | None = None
_NOT_A_MEASURE: _Classes | None = None


def not_a_measure(clause: str) -> str | None:
    """The class (not_a_measure.tsv) that makes an action clause no measure, or None."""
    global _NOT_A_MEASURE
    if _NOT_A_MEASURE is None:
        _NOT_A_MEASURE = _Classes(word_table("not_a_measure.tsv"))
    return _NOT_A_MEASURE.first(clause)


class _Classes:
    """Named patterns searched in order, the first that finds something naming the clause.

    A pattern is searched only in a clause holding one of the strings every match of it holds
    (``needed_strings``, derived from the pattern when the table is read): one Aho-Corasick pass
    finds which of those strings a clause holds, instead of sixteen searches of every clause.
    A pattern with no such strings is searched in every clause."""

    def __init__(self, table: list[tuple[str, str]]):
        import ahocorasick_rs

        self.names = [name for name, _ in table]
        self.patterns = [re.compile(pattern) for _, pattern in table]
        needs = [needed_strings(pattern) for _, pattern in table]
        self.always = frozenset(i for i, n in enumerate(needs) if n is None)
        strings = sorted({s for n in needs if n for s in n})
        self.wanting = [frozenset(i for i, n in enumerate(needs) if n and s in n) for s in strings]
        self.matcher = ahocorasick_rs.AhoCorasick(strings, matchkind=ahocorasick_rs.MatchKind.Standard) if strings else None

    def first(self, clause: str) -> str | None:
        candidates = set(self.always)
        if self.matcher is not None:
            for k, _, _ in self.matcher.find_matches_as_indexes(clause, overlapping=True):
                candidates |= self.wanting[k]
        for i in sorted(candidates):
            if self.patterns[i].search(clause):
                return self.names[i]
        return None


def needed_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds (存在 for ….*(?:还|仍)存在…), or None
    when none is known.  Read from the parsed pattern: a sequence needs what any of its parts
    needs (a run of literal characters is one string), an alternation the union of what its
    branches need, a repetition at least once what its body needs; lookarounds, classes other
    than a few listed characters, and anything case-insensitive need nothing known."""
    if re.compile(pattern).flags & re.IGNORECASE:
        return None
    return _sequence_needs(sre_parse.parse(pattern))


def _sequence_needs(items) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        if (needs := _item_needs(op, arg)) is not None:
            options.append(needs)
    if run:
        options.append(frozenset(["".join(run)]))
    # any part's strings would do: the most telling are the longest, then the fewest
    return max(options, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _item_needs(op, arg) -> frozenset[str] | None:
    if op is sre.IN:  # [)）]: one of the listed characters
        return frozenset(chr(c) for _, c in arg) if all(o is sre.LITERAL for o, _ in arg) else None
    if op is sre.BRANCH:
        branches = [_sequence_needs(b) for b in arg[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        return None if add_flags & re.IGNORECASE else _sequence_needs(body)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, body = arg
        return _sequence_needs(body) if least >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence_needs(arg)
    return None


# A role's duties listed after a colon (干部监督员职责：对…提出意见和建议；…; …主要职责是：\n1.…\n2.…): the
# lead and its items are what the post holds, not acts (the job-duty lists of the guideline); an organ
# setting the duties (明确…职责：…) or duties carried out (履行职责：…) are left to the other classes.
_ITEM_ENDS = ("；", ";", "﹔", "：", ":")
_DUTIES = re.compile(next(p for name, p in word_table("not_a_measure.tsv") if name == "duty"))  # (its first duty row)
# A sentence with a subject, a modal or an aspect marker is body text, not a lead heading.
_BODY_MARKERS = re.compile(r"要|应当|应|将|了|已|通过|目前|截至|据|由于|根据|按照")
# Abstracts and editors' notes summarise the article: their clauses are not measures.  (The label
# may stand after a bullet of the page's layout: ■编者按 …)  编者的话, 编者注 and 导读 are labels
# only when a colon, a closing bracket or the paragraph's end follows them (导读：…, 【编者注】…,
# ■编者的话): 导读员队伍建设方面，…, 导读书目由…, 编者注意到，… are sentences.
_SUMMARY = re.compile(r"^[■□●◆▲★]?\s*[【\[(（]?\s*(?:(?:摘要|内容提要|提要|编者按|导语|核心提示)\s*[】\])）]?\s*[:：]?"
                      r"|(?:编者的话|编者注|导读)\s*(?:[】\])）]|[:：]|$))")
# (﹔, the small form of ；, ends a clause in some pages as ； does)
_CLAUSE = re.compile(r"[^；;﹔。！？!?]+[；;﹔。！？!?]*")
# An item's marker (一是, （一）, 1.) and a short sentence made of one: see _sub_heading.
_ENUMERATION = re.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．])")
_ENUMERATED_HEADING = re.compile(_ENUMERATION.pattern + r"[^。！？!?\d]{2,28}[。！？!?]")
# A quotation closed by an ellipsis with the text running on (……”日前，…; ”……今年以来，…): see _clauses.
_QUOTE_CLOSED = re.compile(r"(?:…+”|”…+)(?=[^\s，,。；;：:！？!?、”…）)])")
# ... only where the quotation opens the clause (nothing but quotations before it: 围绕“…”的目标,
# 落实“甲”“乙”……等制度 run on mid-sentence) and the reporter's sentence after it opens with a
# time (日前，…; 今年以来，…) or an organ or place as its subject (县委组织部…, 柳川镇…).
_QUOTES_ONLY = re.compile(r"\s*(?:“[^“”]*”)*“[^“”]*")
_NEW_SENTENCE = re.compile(r"(?:\d{4}年|今年|去年|前年|近年|随后|此后|会上|[^，,。“”]{1,12}(?:期间|以来|之际|前|后|时)[，,]"
                           r"|[^，,。“”]{0,6}?(?:[县市区镇乡省]委|党委|党组|纪委|政府|组织部|[县市区镇乡]|街道))")
# 各县(市、区)委，市直各单位，各人民团体党组：  organs named one after another, the last
# one's kind before the colon, and nothing said of them: each organ, between commas, ends in its
# kind (各区、县委 share theirs; no verb, no figure: 确定了结对帮扶单位：, 其中县直机关：, 1个县直部门：
# are sentences).
_ORGAN_ADDRESSED = (r"(?:[^，,：:。；;“”（）()\d要应将须]|[（(][^）)]{1,10}[）)]){0,30}?"
                    r"(?:党委|党组|党工委|党组织|委员会|单位|部门|部委|机关|团体|政府|企业|院校|学校|组织部|局|委|办)"
                    r"(?:[（(][^）)]{1,10}[）)])?")
_ADDRESSEES = re.compile(r"各" + _ORGAN_ADDRESSED + r"(?:[，,、]" + _ORGAN_ADDRESSED + r")*[:：]")
_SENTENCE_END = re.compile(r"[。；;！？!?]")
_LEAD = re.compile(r"[^。！？!?]{4,40}[。！？!?]")
_DIGIT = re.compile(r"\d")
# A run-in heading is a phrase, a task and at most its aim (注重源头储备。 用好结果，让实绩有回报。): 24
# characters at most, its quotation marks aside (the longest seen, 用好“甲+乙+丙”，在培训中提升本领。,
# has 22).  A longer opening sentence is the paragraph's first sentence (坚持严管与厚爱相统一，对…开展
# 经常性谈心谈话，每年至少一次。), a measure when it tells one; taken as a heading, its words were in
# no measure and the section's own heading above it was lost to the measures after it.
_LEAD_MOST = 24
_QUOTE_MARKS = re.compile("[“”‘’「」『』\"']")
# 第五条 驻村干部的日常考勤由派驻单位负责。: a regulation's article, numbered; its sentence is the rule, no heading
_ARTICLE_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇]+条")
# A sentence opening with a connective, the time of the telling or an occasion (此外，…; 去年，…;
# 会上，…; 在开班仪式前，…; 换届伊始，…; 春节刚过，…) tells what happened: a heading names a task
# and opens with none of these.
_LEAD_WORDS = tuple(word_list("clause_lead_words.txt"))
# (not 在选人用人上，… or 生活上，…, a heading's field; not 严在平时，…)
_OCCASION = re.compile(r"(?:会上|[^，,“”「」。]{1,12}(?:期间|以来|之际|之前|之后|以后|前|后|(?<!平)时|会上|伊始|刚过)|(?:去年|今年|前年|近年|近年来)[^，,。]{0,4})[，,]")


# A sentence whose subject is a region or an organ, after at most a purpose or a ground (崇义县建立…,
# 镇纪委随即成立…, 为…，该区对…, 结合…，某县采用…) tells what it did: a heading names a task with
# no subject (建立…台账).  The subject is a short name ending in its kind, then at once (after an
# adverb) an action, 对 or 在; or the article's own region, 该县 (该市坚持…).  The name opens the
# sentence: 该, 各, 全 or 本 only as its first character, and never a verb (a measure's or one of
# _TASK_VERBS) before it: 加强县委对…的领导, 发挥乡镇党委在…中的作用, 指导各乡镇建立…, 推动街道建立…,
# 用活城市建设一线… are headings, the organ the object of their task.
_SUBJECT_KIND = (r"(?:(?:为|结合|围绕|针对|面对)[^，,。]{1,24}[，,])?"
                 r"(?:该(?:县|市|区|旗|镇|乡)|(?!{verbs}|{tasks})[^\W\d_由的对在把将和与及][^\W\d_由的对在把将和与及该各全本]{0,5}?"
                 r"(?:县|市|区|旗|镇|乡|街道|[县市区镇乡]委|党委|党工委|纪委|监委|组织部)(?:领导)?"
                 r"(?:随即|迅速|先后|首次|还|也)?(?=首创|采用|对|在|{verbs}|{named}(?:还|也)?(?:{tasks})))")
# A task verb tells what the region did only after a region named as such: 该县, or a name of two
# or more characters ending in its kind (青禾县培育…，还组织…; 柳川镇强化…).  Not after an organ
# (党委, 组织部: 基层党委压实责任，… is a heading) nor after a general word for places (社区, 园区,
# 城市, 乡镇, 县乡, 市县, 辖区 …: 社区强化网格管理，… and 城乡社区… are headings too).
_GENERAL_PLACES = "社区|园区|城区|山区|辖区|景区|片区|各区|城镇|乡镇|村镇|城市|都市|城乡|县乡|市县|乡县"
_NAMED_REGION = rf"(?:(?<=该[县市区旗镇乡])|(?<=[^\W\d_]{{2}}[县市区旗镇乡])(?<!{_GENERAL_PLACES}))"
# Verbs that open a task heading and are no measure verbs (no place's name starts with one of them).
_TASK_VERBS = ("加强|发挥|指导|督导|压实|压紧|强化|用活|用好|激活|夯实|突出|聚焦|注重|深化|优化|抓实|抓好|筑牢|畅通"
               "|引导|提升|增强|激发|树立|建强|配强|管好|发动|做实|做强|拓展|拓宽|织密|把好|带动|赋能|培育|规范"
               "|严格|紧盯|立足|扛起|扛牢|选好|激励")
_SUBJECT: re.Pattern[str] | None = None


def _subject() -> re.Pattern[str]:
    global _SUBJECT
    if _SUBJECT is None:
        _SUBJECT = re.compile(_SUBJECT_KIND.replace("{verbs}", _action().pattern).replace("{named}", _NAMED_REGION)
                              .replace("{tasks}", _TASK_VERBS))
    return _SUBJECT


def _lead(paragraph: str) -> tuple[str | None, int]:
    """坚持某种导向,提高某项经历的“分量”。 opening a paragraph: (lead, its length)."""
    m = _LEAD.match(paragraph)
    if not m or len(m.group(0)) >= len(paragraph) - 2 or _DIGIT.search(m.group(0)):
        return None, 0
    lead = m.group(0)
    if len(_QUOTE_MARKS.sub("", lead.rstrip("。！？!?"))) > _LEAD_MOST or _ARTICLE_NUMBER.match(lead):
        return None, 0
    if _action().search(lead) and "，" not in lead and "," not in lead and len(lead) > 20:
        return None, 0
    if _BODY_MARKERS.search(lead) or lead.startswith(_LEAD_WORDS) or _OCCASION.match(lead) or _subject().match(lead):
        return None, 0
    return lead.rstrip("。！？!?"), m.end()


def find_measures(article: Article) -> list[Measure]:
    out: list[Measure] = []
    heading: str | None = None
    # (the article's first body paragraph, after any title line with no sentence in it: where a
    # notice names its addressees)
    first = True
    duties = False  # (the paragraph before ended in a list of duties' lead: 主要职责是：)
    for p in article.paragraphs:
        if p.heading:
            heading = p.text
            duties = False
            continue
        if _SUMMARY.match(p.text):
            continue
        if duties and _ENUMERATION.match(p.text):
            continue  # (an item of the duties: 1.学习宣传…)
        duties = False
        addressed, first = first, first and _SENTENCE_END.search(p.text) is None
        lead, skip = _lead(p.text) if p.index > 0 else (None, 0)
        skip = skip or lead_length(p.text)  # 本报讯(记者 某某): the dispatch's lead is no part of its first measure
        current = lead or heading
        # (each clause's text read and stripped once)
        clauses = [(start, raw, clause) for start, raw in _clauses(article.text, p.start + skip, p.end, addressed)
                   if (clause := raw.strip())]
        in_speech = False  # (the sentence before was a speaker's charge)
        for (start, raw, clause), following, before in zip(clauses, [c for _, _, c in clauses[1:]] + [None],
                                                           [None] + [c for _, _, c in clauses[:-1]]):
            if duties or _DUTIES.match(clause):
                # (its items follow, each closed by ；, the last by 。, or as the next paragraphs' numbered items)
                duties = clause.endswith(_ITEM_ENDS)
                continue
            if _sub_heading(clause, following):
                current = clause.rstrip("。！？!?")
                in_speech = False
                continue
            opens = _CHARGE.match(clause) is not None
            at = start + len(raw) - len(raw.lstrip())  # (where the stripped clause starts)
            measure = _is_measure(clause) and (UNREADABLE not in clause
                                               or _marks_are_lone(article.text, at, at + len(clause)))
            charge = opens and _charge(before, in_speech)
            # (a 要 sentence telling no act, 要坚定理想信念。, is a charge too: the speech runs on)
            in_speech = charge or (not measure and opens)
            if measure and not charge:
                s, e = _own_span(article.text, at, p.end, len(clause))
                s, e = _without_edge_marks(article.text, s, e)
                out.append(Measure(text=article.text[s:e], heading=current, start=s, end=e))
    return out


_CLOSING_QUOTES = "”’」』"


def _own_span(text: str, s: int, end: int, n: int) -> tuple[int, int]:
    """A clause's span with a quotation's closing mark moved to the sentence it closes (the clauses
    are cut at the stop, “…。”, so the mark opens the next one): shown as a measure, the sentence
    neither opens with a stray ” nor leaves its own quotation open."""
    e = s + n
    while s < e and text[s] in _CLOSING_QUOTES:
        s += 1
    while e < end and text[e] in _CLOSING_QUOTES:
        e += 1
    return s, e


def _without_edge_marks(text: str, s: int, e: int) -> tuple[int, int]:
    """A measure's span without the unreadable marks (and the spaces beside them) opening or closing it: an
    icon before a paragraph's first words is no part of its sentence.  (A mark inside stays: the measure's
    text is the article's, offset for offset.)"""
    while s < e and (text[s] == UNREADABLE or text[s].isspace()):
        s += 1
    while e > s and text[e - 1] == UNREADABLE:
        e -= 1
    return s, e


# An organ's appointment or election of a named cadre, written with no verb of the list: a
# notice's 某某同志任…, 免去其…职务, and a plenum's or a standing committee's 全体会议选举某某为…,
# 常委会任命某某为… (任命 and 选举 alone also tell of a career or of a village poll; 同志任务,
# 同志任劳任怨 are no appointment).
# Not a life told: 同志任上, 任教, 任内, 任…期间 (a term of office looked back on), 大会选举中当选,
# 被免去…职务, nor any line of a biography (李某，男，1968年生，…).
_APPOINTMENT = re.compile(r"同志任(?![务劳期何由意性重上教内])(?![^，,。；;]{0,20}期间)|(?<!被)免去[^，,。；;]{1,30}职务"
                          r"|(?:会议|全会|大会|常委会)(?:选举(?!中)|任命|决定任命)")
_BIOGRAPHY = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:出)?生|[男女][，,]\s*(?:19|20)\d\d")


def _clauses(text: str, start: int, end: int, addressed: bool = False):
    """(start, text) of each clause of text[start:end].  A quotation closed by an ellipsis (……”,
    or ”…… after a run of quotations) ends its sentence though no 。 follows: the reporter's own
    sentence starts after it (“……予以澄清……”日前，县纪委召开澄清会。) where the quotation opens
    the clause and a time or a subject follows it (_NEW_SENTENCE).  A notice's addressees
    (各乡镇党委，县直各单位：) open the first clause of its first paragraph (addressed) and belong
    to no sentence."""
    for m in _CLAUSE.finditer(text, start, end):
        cut = m.start()
        if addressed and text.startswith("各", cut) and (a := _ADDRESSEES.match(text, cut, m.end())):
            cut = a.end()
        addressed = False
        if "…" in m.group(0):
            for b in _QUOTE_CLOSED.finditer(text, m.start(), m.end()):
                if _QUOTES_ONLY.fullmatch(text, cut, b.start()) is None or not (
                        text.startswith(_LEAD_WORDS, b.end()) or _NEW_SENTENCE.match(text, b.end(), m.end())):
                    break
                yield cut, text[cut:b.end()]
                cut = b.end()
        yield cut, text[cut:m.end()]


def _is_measure(clause: str) -> bool:
    clause = clause.replace(UNREADABLE, "")  # (read as if a lost character were not there: see _marks_are_lone)
    # (a clause opening with the mark that closed the quotation before it, ”这是…, is read without the mark
    # too: the classes that read a sentence from its start would miss it; those of the mark, ”某某说。, read it)
    own = clause.lstrip(_CLOSING_QUOTES)
    return len(clause) >= 6 and _acts(clause) and not_a_measure(clause) is None and (
        own == clause or not_a_measure(own) is None)


# A clause's unreadable marks: an icon font's private-use character (a page's ▶ or ☎ drawn by a font), or a
# character the decoder could not place (a rare one in a name, 新时代新�新作为), stand alone among readable
# words; the clause still tells its act.  What is left of a misread stretch is not read: marks close
# together, or a mark beside a '?' (a lost byte as the decoder prints it: 选人?!�…) or beside a rare
# ideograph (the stretch's residue, 当�鳎).
_MARK_SPACING = 10  # (at most one mark in every ten characters of the clause)
_MARK_REACH = 2  # (how far from a mark a '?' or a rare ideograph tells a misread stretch)


def _marks_are_lone(text: str, start: int, end: int) -> bool:
    """The unreadable marks of the clause ``text[start:end]`` are few and each stands among readable
    characters (looked at in the text, across the clause's edges: ?!� opens the clause after ?!)."""
    if text.count(UNREADABLE, start, end) * _MARK_SPACING > end - start:
        return False
    at = text.find(UNREADABLE, start, end)
    while at >= 0:
        beside = text[max(0, at - _MARK_REACH):at] + text[at + 1:at + 1 + _MARK_REACH]
        if any(c == "?" or is_cjk(c) and not is_frequent(c) for c in beside):
            return False
        at = text.find(UNREADABLE, at + 1, end)
    return True


def _acts(clause: str) -> bool:
    return _action().search(clause) is not None or _OTHER_ACTS.search(clause) is not None or (
        ("任" in clause or "免去" in clause or "选举" in clause) and _APPOINTMENT.search(clause) is not None
        and _BIOGRAPHY.search(clause) is None)


# An act written with no verb of the list: an inspection's order to put right what it found (巡察组要求
# 该村立即整改, 向两镇下发整改建议书; 整改 alone is as often a result or a problem: 得益于整改工作,
# 整改不到位).  The order is an inspecting organ's (群众要求…整改 is no act), not a rule followed
# (按要求整改, 未按要求整改) nor the problems it named (要求整改的问题), and what is sent down is an
# order document (整改通知书, 整改建议书, 整改清单).
_INSPECTING_ORGAN = r"(?:巡察|巡视|督查|督导|检查|审计|考核|纪委|组织部)"
_ORDER_TO_PUT_RIGHT = (_INSPECTING_ORGAN + r"[^。；;]{0,30}(?<![按照未])要求(?![^，,。；;]{0,12}整改的)"
                       r"[^，,。；;]{0,12}整改(?!的)")
_ORDER_SENT_DOWN = r"下发[^，,。；;]{0,6}整改(?:通知|建议|意见|清单|函)"
_OTHER_ACTS = re.compile(f"{_ORDER_TO_PUT_RIGHT}|{_ORDER_SENT_DOWN}")


# A charge: a sentence opening with 要 (must), after at most an item's marker (二是要…), not 要求 (a
# directive told: 要求各乡镇…) nor a noun (要点, 要素, 要害, 要职, 要闻, 要案, 要件, 要事, 要务, 要领).
_MUST = r"要(?![求点素害职闻案件事务领])"
_CHARGE = re.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．])?" + _MUST)
# A speaker's lead-in (某某强调，…; 会议要求，…; 要求：…; 希望…; 勉励…): the sentence before a charge.
# Not a bare 要 (重要, 主要, 需要, 各乡镇党委要…: a rule with its subject), nor 要求 told of a thing
# (有关要求通知如下, 要求各乡镇建立…: a notice's or a directive's own words, rules that stay measures).
_LEAD_IN = re.compile(r"强调|指出|希望|勉励|寄语|叮嘱|要求[，,：:]")


def _charge(before: str | None, in_speech: bool) -> bool:
    """Whether a clause opening with 要 (_CHARGE) is a charge: 要积极担当作为，…。 after 会议要求，新录用选调生要…；
    or after another such charge (in_speech):
    a speaker's charges run on one after the other (要…。要…。要…。), what cadres should do, not
    what an organ did.  A 要 sentence after no lead-in (a notice's 各乡镇要…。要…; （一）要…。（二）要…;
    an essay's …关键看…。要把…) is left to the other classes, and so is a rule with its subject
    (各乡镇党委要建立…), which does not open with 要."""
    return in_speech or (before is not None and _LEAD_IN.search(before) is not None)


def _sub_heading(clause: str, following: str | None) -> bool:
    """一是合理设置资格条件。 followed in its paragraph by a sentence that is not itself an item
    (the heading's elaboration): a sub-heading run into the body.  Items that follow each
    other (一是…。二是…。) are measures, and so is an item told with 了 (二是制定了…办法。): it
    reports what was done, where a heading names a task.  (了 there is the aspect marker, not
    了 inside a word: 一是深入了解干部。, 三是为了事业选干部。, 做到了如指掌 stay headings.)"""
    return (following is not None and _ENUMERATED_HEADING.fullmatch(clause) is not None
            and _ENUMERATION.match(following) is None and _PERFECTIVE.search(clause) is None)


# 了 after a verb (制定了, 调整充实了), not 了 in 了解, 了如指掌, 了然, 了结, 为了, 除了, 不得了.
_PERFECTIVE = re.compile(r"(?<![为除])(?<!不得)了(?![解如然结])")


def link(measures: list[Measure], items, attr: str) -> None:
    """Attach the index of every item (figure, slogan, …) lying inside a measure: the first measure holding it.
    Measures in order and apart (as the extractor makes them) are looked up by bisection: the scan of every
    measure for every item grew with the square of a text's length (a 3 MB text: minutes, with no word)."""
    starts = [m.start for m in measures]
    apart = all(a.end <= b.start for a, b in zip(measures, measures[1:]))
    for i, it in enumerate(items):
        spans = getattr(it, "mentions", None) or [(it.start, it.end)]
        for s, e in spans:
            if s is None:
                continue
            if apart:  # (the one measure that can hold it: the last to start at or before it)
                k = bisect_right(starts, s) - 1
                held = [measures[k]] if k >= 0 and e <= measures[k].end else []
            else:
                held = [m for m in measures if m.start <= s and e <= m.end][:1]
            for m in held:
                getattr(m, attr).append(i)

