"""Where to go from a search: the category, slogan or group named like the query; and when
nothing matched, a shorter query, its words apart, a filter dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import re
import sqlite3
import unicodedata

from pipeline.core.lexicons import word_set
from pipeline.search.catalog import Catalog, Value, catalog, norm
from pipeline.search.filters import CITY_WORDS, COUNTY_WORDS, Filters, Resolved, renamed_units, unquoted, resolve, year_in, year_label
from pipeline.search.index import FACET_ZH, PLACE_FACETS
from pipeline.search.query import SearchResult, count
from pipeline.search.syntax import FORMULA, Query, Term, edge_strip
from pipeline.search.tokens import SPACES
from pipeline.text.chars import HAN, HAN_CHAR


@dataclass
class Suggestion:
    text: str
    query: str
    filters: dict[str, str]
    n: int

    def as_dict(self) -> dict:
        return {"text": self.text, "q": self.query, "filters": self.filters, "count": self.n}


def suggest(conn: sqlite3.Connection, result: SearchResult, articles: bool = False) -> list[Suggestion]:
    """Where to go from here: the category (or slogan, group) named like the query; and when
    nothing matched, a shorter query, the query's words found apart, a filter dropped.
    ``articles``: the result is an article search's, and so are the counts offered."""
    from pipeline.search.articles import count_articles

    counted, unit, things = (count_articles, "篇", "篇文章") if articles else (count, "条", "条举措")
    cat = catalog(conn, articles=articles)
    q, res = result.query, result.resolved or Resolved(Filters())
    base = res.filters
    out: list[Suggestion] = []

    def offer(text: str, query: Query, filters: Filters, more_than: int = 0) -> bool:
        if not query.clauses and not filters.active() and query.exclude:
            return False  # (excluded words alone select nothing to search; no words and no filter: every article, as
            #               every measure, so the article tab's last filter can be dropped too)
        r = resolve(cat, filters)
        n = counted(conn, query, r)
        key = (query.text(), tuple(sorted(filters.active().items())))
        if n > more_than and all((s.query, tuple(sorted(s.filters.items()))) != key for s in out):
            out.append(Suggestion(text.format(n=n), query.text(), filters.active(), n))
            return True
        return False

    if "year" not in base.active() and (c := _year_clause(q)):
        # A year typed as a word of its own (年轻干部 2023) is the articles' year far more often than the number in a
        # measure's text (which it matched: 2 of the year's 3)
        year, rest = year_in(c[0].text)[0], q.replaced([x for x in q.clauses if x is not c])
        offer((f"“{rest.text()}”，" if rest.clauses else "") + f"年份 {year_label(year)}：{{n}} {unit}", rest,
              base.with_("year", year))
    for c, x in _place_clauses(cat, q, base):
        # A place's name typed as a word of its own (龙岩 干部, 福建 容错纠错) finds the measures that write it; the
        # place's measures are those of its filter, offered as the year is
        rest = q.replaced([y for y in q.clauses if y is not c])
        offer((f"“{rest.text()}”，" if rest.clauses else "") + f"{FACET_ZH[x.facet]} {x.label}"
              f"{_host_of(cat, c[0].text, x, base)}：{{n}} {unit}", rest,
              base.with_(x.facet, _typed(cat, x)))
    if result.total < FEW:
        # People type no spaces: a query of several words written as one finds them only side by side.  Its words
        # apart come first, and a year inside it is offered as the year filter (2023年年轻干部: 年轻干部, 2023).
        for c in q.clauses:
            if len(c) > 1 or (c[0].phrase and result.total):  # (a phrase found as written is what was asked)
                continue
            year, rest = _year_in(c[0].text) if "year" not in base.active() else (None, c[0].text)
            words = _words(rest)
            if year:
                alone = q.replaced([[Term(rest)] if x is c else x for x in q.clauses])
                if not offer(f"“{rest}”，年份 {year_label(year)}：{{n}} {unit}", alone, base.with_("year", year)):
                    # (nothing of that year: the words alone, as a query finding nothing offers its shorter words;
                    # 2019年容错纠错 offered nothing at all)
                    offer(f"“{rest}”（{year_label(year)} 没有，不限年份）：{{n}} {unit}", alone, base)
            if _zone_hosts(cat, norm(rest), base):
                words = [rest]  # (a zone's name alone is a place clause: not cut into 怀化 and 国际陆港经开区)
            elif not year and (at := _place_word(cat, rest, words, base)):
                # (龙岩干部, 福建省容错纠错, 大桥镇村干部: the place written against the words, offered as the filter too;
                # each place of that name, as a name typed alone is)
                named, others, words = at  # (its words apart keep the place's name whole: 怀化国际陆港经开区 was
                #                            searched as 怀化 国际 陆港经 开区, the segmenter's cut of an unknown name)
                alone = q.replaced([[Term(others)] if y is c else y for y in q.clauses])
                for x in named:
                    where = next((h for w in words if (h := _host_of(cat, w, x, base))), "")
                    offer(f"“{alone.text()}”，{FACET_ZH[x.facet]} {x.label}{where}：{{n}} {unit}", alone,
                          base.with_(x.facet, _typed(cat, x)))
            if len(words) > 1:
                apart = _apart(q, c, words)
                offer("分开搜索 " + apart.text() + (f"（{year_label(year)}）" if year else "") + "：{n} " + unit, apart,
                      base.with_("year", year) if year else base, more_than=result.total)

    for clause in q.clauses:
        for facet in ("category", "slogan", "group"):
            for x in _same_name(cat, facet, clause):
                if all(v.value != x.value for v in res.values.get(facet, [])):
                    offer(*_as_filter(q, clause, FACET_ZH[facet], x, base.with_(facet, x.value), unit, things))
    if result.total:
        return out
    for facet in ("category", "group"):
        if _latin_only(q) and facet not in base.active():
            # (tolerance, young cadres: the texts are Chinese, but the categories have English names and the
            # groups English ids)
            for x in _named_in_english(cat, q, facet):
                said = x.aliases[0] if facet == "category" else _group_ids()[x.value]
                offer(f"{FACET_ZH[facet]}“{x.label}”（{said}）共 {{n}} {things}", Query(), base.with_(facet, x.value))
    if _latin_only(q):
        # (rongcuojiucuo: a term typed in pinyin, the letters of its characters' readings, found nothing at all)
        for x in _named_in_pinyin(cat, q, base):
            offer(f"{FACET_ZH[x.facet]}“{x.label}”（{' '.join(q.terms)}）共 {{n}} {things}", Query(), base.with_(x.facet, x.value))
        # (zhucun, rong cuo jiu cuo: ordinary words typed in pinyin on a phone; the words offered, the commonest here
        # first, never searched for the person)
        spelled = len(out)
        for typed, chinese in _in_chinese(conn, q):
            offer(f"你要找的是不是：{chinese.text()}（{typed}）：{{n}} {unit}", chinese, base)
        out[spelled:] = sorted(out[spelled:], key=lambda s: -s.n)
    if len(q.clauses) > 1:
        for c in q.clauses:
            shorter = q.replaced([x for x in q.clauses if x is not c])
            if not _fillers_only(shorter):
                offer("去掉“" + " OR ".join(t.text for t in c) + "”：{n} " + unit, shorter, base)
        # A sentence pasted whole (its 、 and ， make it a list of clauses, all required): dropping one finds nothing
        # either, and nothing was offered.  Its clauses alone that find most, and the fewest of its words that find
        # something together, the most particular first.
        known: dict[str, int] = {}

        def n_of(query: Query) -> int:
            if (key := query.text()) not in known:
                known[key] = counted(conn, query, res)
            return known[key]

        alone = [(c, *x) for c in q.clauses if (x := _clause_alone(q, c, n_of))]
        # (whole clauses first, those finding most; then the runs standing for the others, the longest, most
        # particular first: 确保 found more than 驻村第一书记 in a pasted paragraph)
        ranked = sorted(alone, key=lambda x: (0, -x[1]) if x[2].clauses == [x[0]] else (1, -len(x[2].text())))
        for _, n, one in ranked[:CLAUSES_OFFERED]:
            offer("只搜“" + " OR ".join(t.text for c in one.clauses for t in c) + "”：{n} " + unit, one, base)
        if fewer := _fewest_words(q, n_of):
            offer("只搜其中的词 " + fewer.text() + "：{n} " + unit, fewer, base)
    elif q.clauses and len(q.clauses[0]) == 1:
        # A word of the index one character off, the likeliest typo's fix first (驻村第一书纪: 驻村第一书记; only the
        # run 驻村第一 was offered)
        for near in _near_terms(conn, q.clauses[0][0].text)[:NEAR_OFFERED]:
            offer(f"相近的词“{near}”：{{n}} {unit}", q.replaced([[Term(near)]]), base)
        # The longest runs that find something, each of other words than those offered before (驻村干部生活补助:
        # 生活补助, and 驻村干部 too, the topic)
        taken: set[int] = set()
        for part, span in _shorter(_year_in(q.clauses[0][0].text)[1])[:12]:
            if taken.isdisjoint(span) and not _fillers_only(Query([[Term(part)]])) and offer(f"更短的词“{part}”：{{n}} {unit}", q.replaced([[Term(part)]]), base):
                taken.update(span)
    for text, query, filters in _place_words(result):
        offer(text + f"：{{n}} {unit}", query, filters)
    for facet, given in base.active().items():
        vals = res.values.get(facet) or []
        # (as its chip names it: 容错纠错, not the id tolerate; but a span of years as given, 2020-2023, even
        # when only 2023 of it has measures)
        shown = vals[0].label if len(vals) == 1 and facet != "year" else unquoted(given)
        offer(f"去掉筛选 {FACET_ZH.get(facet, facet)}“{shown}”：{{n}} {unit}", q, base.without(facet))
    return out


def named_places(conn: sqlite3.Connection, result: SearchResult, articles: bool = False) -> list[Suggestion]:
    """``_place_words`` that find something (for the CLI, which lists the notes of a filter matching nothing and
    no other suggestion)."""
    from pipeline.search.articles import count_articles

    counted, unit = (count_articles, "篇") if articles else (count, "条")
    cat = catalog(conn, articles=articles)
    return [Suggestion(f"{text}：{n} {unit}", query.text(), filters.active(), n) for text, query, filters in _place_words(result)
            if (n := counted(conn, query, resolve(cat, filters)))]


def _place_words(result: SearchResult):
    """A place filter that matched no value (no article is of 岔沟镇), its name searched as a word instead: a
    measure may name the place (cadres sent there to learn), and the note offered only the places above it, or
    dropping the filter.  Not for a name of another level of the knowledge base (its note offers that value) nor
    for a code.  Each as (text, query, filters)."""
    res = result.resolved
    for note in res.notes if res else []:
        word = unquoted(note.given)
        if note.facet in PLACE_FACETS and note.kind == "unknown" and not note.instead and not res.values.get(note.facet) \
                and _PLACE_WORD.fullmatch(word):
            yield (f"搜索词语“{word}”（不按{FACET_ZH[note.facet]}筛选）",
                   result.query.replaced(result.query.clauses + [[Term(word)]]), res.filters.without(note.facet))


_PLACE_WORD = re.compile(f"[{HAN}]{{2,}}")


def articles_found(conn: sqlite3.Connection, result: SearchResult) -> int | None:
    """How many articles a measure search's words find in titles and text (with its filters), when the measures
    found fewer than FEW: a word of a title, a lead or a closing line is in no measure, and 0 measures was said
    with no word of the three articles titled with it.  None when not counted: no words, or measures enough (an
    article count of a common word costs as much as the search itself).  A filter of a place, year or source no
    measure has is read against the articles' own (金寨县, whose one article holds no measure, was 'nothing here'
    with no way to it): their count, filters alone too (None when no article has it either)."""
    from pipeline.search.articles import count_articles

    if result.total >= FEW or result.resolved is None:
        return None
    unknown = [n for n in result.resolved.notes if n.kind == "unknown"]
    if not result.query.clauses and not unknown:
        return None
    res = resolve(catalog(conn, articles=True), result.resolved.filters) if unknown else result.resolved
    if not result.query.clauses and res.impossible:
        return None
    return count_articles(conn, result.query, res)


def _as_filter(q: Query, clause: list[Term], kind: str, x: Value, filters, unit: str, things: str):
    """The query with a word read as the filter of its name, said as what it finds: the whole of the group (年轻干部
    alone) or within it the other words, a year among them as the year filter (年轻干部 2023 said 对象“年轻干部”共
    2 条举措 and searched the word 2023 inside it)."""
    rest = q.replaced([c for c in q.clauses if c is not clause])
    year = None
    if (yc := _year_clause(rest)) and "year" not in filters.active():
        year = year_in(yc[0].text)[0]
        rest, filters = rest.replaced([c for c in rest.clauses if c is not yc]), filters.with_("year", year)
    if rest.clauses:
        return f"{kind}“{x.label}”中含“{rest.text()}”{'，年份 ' + year_label(year) if year else ''}：{{n}} {unit}", rest, filters
    if year:
        return f"{kind}“{x.label}”，年份 {year_label(year)}：{{n}} {unit}", rest, filters
    return f"{kind}“{x.label}”共 {{n}} {things}", rest, filters


def _same_name(cat: Catalog, facet: str, clause: list[Term]) -> list[Value]:
    want = {norm(t.text) for t in clause}
    return [x for x in cat.values.get(facet, []) if not want.isdisjoint(cat.norm[(x.facet, x.value)][:2])]


FEW = 10  # a one-word query finding fewer measures than this is offered as its words apart too


def _apart(q: Query, clause: list[Term], words: list[str]) -> Query:
    """The query with this clause's one term searched as its words (each a clause of its own)."""
    return q.replaced([c2 for c in q.clauses for c2 in ([[Term(w)] for w in words] if c is clause else [c])])


def _year_in(text: str) -> tuple[str | None, str]:
    """The year a term holds, as the year filter takes it, and the term without it (2023年度年轻干部 -> 2023,
    年轻干部; 2019年以来容错纠错 -> 2019-, 容错纠错), if a word is left: in the text a year is rarely written so,
    next to the words."""
    found = year_in(text)
    rest = SPACES.sub("", text[:found[1]] + text[found[2]:]) if found else text
    return (found[0], rest) if found and _wordlike(rest) else (None, text)


def _year_clause(q: Query) -> list[Term] | None:
    """The query's first clause that is a year alone (2023, 2020-2023年, 2019年以来), if any."""
    for c in q.clauses:
        if len(c) == 1 and not c[0].phrase and (found := year_in(c[0].text)) and found[1:] == (0, len(c[0].text)):
            return c
    return None


# Why a search found nothing, said where its suggestions leave it at nothing (or, for the first two, whatever they
# offer): the page's and the API's words; the CLI says them in its own
NOTHING_ZH = {"empty": "知识库里还没有举措：先建库（policykb build 或 make kb），再来搜索。",
              "chinese": "知识库的文章都是中文，也按中文搜索：请输入中文词语，例如 容错纠错、年轻干部。",
              "filters": "换一个更短的词，或去掉一些筛选。",
              "only_filters": "去掉一些筛选，或换一个筛选值。",
              "words": "换一个更短的词，或换一种说法。"}


def nothing_found(conn: sqlite3.Connection, result: SearchResult, offered: list[Suggestion]) -> str | None:
    """Why ``result`` found nothing (a key of NOTHING_ZH), or None when it found something or its suggestions say
    enough: the knowledge base is empty (it said to try a shorter word or fewer filters); the query is in Latin
    letters only (tolerance, young cadres: the texts are Chinese); else fewer filters where one is set (and no
    shorter word where none was typed), or other words."""
    if result.total:
        return None
    if not catalog(conn).total:
        return "empty"
    if _latin_only(result.query):
        return "chinese"
    if offered:
        return None
    if result.resolved and result.resolved.filters.active():  # (no words: no shorter word to try)
        return "filters" if result.query.clauses else "only_filters"
    return "words"


def _latin_only(q: Query) -> bool:
    """The query's words hold Latin letters and no Chinese character."""
    words = " ".join(q.terms + [t.text for t in q.exclude])
    return bool(_LATIN.search(words)) and not HAN_CHAR.search(words)


_LATIN = re.compile("[A-Za-z]{2}")  # (a word's letters: the one letter of a formula, 3+X, is no English)


def _named_in_english(cat: Catalog, q: Query, facet: str = "category") -> list[Value]:
    """Values of the facet an English word of the query names: a category's id (tolerate) or a word of its English
    name (Error tolerance and rehabilitation); a group's codebook id (young, civil_servant: the knowledge base keeps
    a group by its Chinese name).  Words of four letters at least, a plural as its singular (servants: servant)."""
    words = {_singular(w) for w in re.findall("[a-z]+", " ".join(q.terms).lower()) if len(w) >= 4}
    names = {x: (x.value, *x.aliases[:1]) if facet == "category" else (_group_ids().get(x.value, ""),)
             for x in cat.values.get(facet, []) if x.value != "unclassified" and (x.aliases or facet != "category")}
    return [x for x, said in names.items()
            if not words.isdisjoint(_singular(w) for w in re.findall("[a-z]+", " ".join(said).lower()))]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1)
def _group_ids() -> dict[str, str]:
    """The codebook's target groups, Chinese name -> id (its English word)."""
    from pipeline.classify.codebook import load_codebook

    return {g.name_zh: g.id for g in load_codebook().groups}


def _in_chinese(conn: sqlite3.Connection, q: Query) -> list[tuple[str, Query]]:
    """The query's pinyin as the Chinese words it spells that the knowledge base holds (``pinyin.index_of``), each
    with the letters it reads: its terms read together (rong cuo jiu cuo: 容错纠错; zhucun ganbu: 驻村干部), each of
    several spellings of a one-term query (the commonest first), and each term as its commonest word (zhucun ganbu:
    驻村 干部)."""
    from pipeline.search.pinyin import index_of, letters_of

    index, out = index_of(conn), []
    # (read as typed: the query keeps a word once, and rong cuo jiu cuo was read as rong cuo jiu)
    typed = q.given if not q.exclude and not q.and_read and all(len(c) == 1 for c in q.clauses) else ""
    if len(q.terms) > 1 and (letters := letters_of(typed)):
        out += [(typed, q.replaced([[Term(w)]])) for w in index.spelled(letters)]
    each = [[index.spelled(letters) if (letters := letters_of(t.text)) else [] for t in c] for c in q.clauses]
    if each and all(words for c in each for words in c):
        if len(q.terms) == 1:
            out += [(q.terms[0], q.replaced([[Term(w)]])) for w in each[0][0]]
        else:
            out.append((q.text(), q.replaced([[Term(words[0]) for words in c] for c in each])))
    return out


def _named_in_pinyin(cat: Catalog, q: Query, base: Filters) -> list[Value]:
    """The categories, slogans and target groups whose name the query's letters spell in pinyin without tones
    (rongcuojiucuo: 容错纠错; nianqingganbu: 年轻干部), of the facets not filtered yet.  Readings from pypinyin, which
    the text repairs already read."""
    # (each term on its own: rongcuojiucuo OR ganbu glued the letters of both, and spelled nothing; the clauses'
    # terms read together too where each clause is one term: rongcuo jiucuo)
    spelled = [*q.terms, *([" ".join(q.terms)] if all(len(c) == 1 for c in q.clauses) else [])]
    tried = {x for t in spelled if len(x := re.sub("[^a-z]", "", t.lower())) >= 4}
    return [x for facet in ("category", "slogan", "group") if facet not in base.active() for x in cat.values.get(facet, [])
            if any(_spells(letters, x.label) for letters in tried)]


def _spells(letters: str, word: str) -> bool:
    """``letters`` are the toneless readings of ``word``'s characters, one after another (a character of several
    readings in any of them; ü as v)."""
    from pipeline.text.chars import readings

    if not word or not all(HAN_CHAR.match(c) for c in word):
        return False
    ends = {0}  # (how far into the letters the characters so far can reach)
    for c in word:
        ends = {e + len(r) for e in ends for r in readings(c) if letters.startswith(r, e)}
        if not ends:
            return False
    return len(letters) in ends


CLAUSES_OFFERED = 3  # clauses of a query finding nothing offered alone, those finding most
FEWEST_WORDS = 4  # words at most in the query of a pasted sentence's particular words
WORDS_COUNTED = 16  # the longest words of such a sentence counted (each a look-up in the index)


RUNS_COUNTED = 8  # runs of words counted for a clause that finds nothing alone, each a look-up in the index


def _clause_alone(q: Query, clause: list[Term], n_of) -> tuple[int, Query] | None:
    """The clause searched alone, with what it finds; where the whole of it finds nothing (a clause of a sentence
    pasted whole: 建立健全容错纠错机制的实施办法), its longest run of words that finds something (容错纠错机制), as a
    one-clause query is offered its shorter words.  Only runs of words that each find something are counted, at most
    RUNS_COUNTED of them.  None: a clause of filler words only, or nothing found."""
    one = q.replaced([clause])
    if _fillers_only(one):
        return None
    if n := n_of(one):
        return n, one
    if len(clause) > 1 or clause[0].phrase:
        return None
    text = _year_in(clause[0].text)[1]
    words, tried, best = _cut(text), 0, None
    for part, span in _shorter(text):
        run = q.replaced([[Term(part)]])
        if tried == RUNS_COUNTED or best and len(part) < best[2]:
            break
        # (a run holding a word that finds nothing alone finds nothing either: each word counted once, n_of remembers)
        if _fillers_only(run) or not all(n_of(q.replaced([[Term(w)]])) for w in words[span.start:span.stop] if _wordlike(w)):
            continue
        tried += 1
        # (of the longest runs finding something, the one finding fewest: 龙岩干部 offers 龙岩, not 干部 by the
        # characters' order -- the most particular first)
        if (n := n_of(run)) and (best is None or n < best[0]):
            best = (n, run, len(part))
    return best[:2] if best else None


def _fewest_words(q: Query, n_of) -> Query | None:
    """Words of the query's clauses that find something together, the rarest first, up to FEWEST_WORDS of them (at
    least two): a sentence's particular words, where the whole of it is in no measure."""
    words = [w for c in q.clauses if len(c) == 1 and not c[0].phrase for w in _words(c[0].text)]
    words = [w for w in dict.fromkeys(words) if not _fillers_only(Query([[Term(w)]]))]
    counted = [(n, w) for w in sorted(words, key=len, reverse=True)[:WORDS_COUNTED] if (n := n_of(q.replaced([[Term(w)]])))]
    chosen: list[list[Term]] = []
    for _, w in sorted(counted):
        if len(chosen) == FEWEST_WORDS:
            break
        if n_of(q.replaced(chosen + [[Term(w)]])):
            chosen.append([Term(w)])
    return q.replaced(chosen) if len(chosen) > 1 else None


NEAR_OFFERED = 2  # words one character off a word finding nothing offered, those most measures hold
NEAR_READ = 200  # measures read per character of such a word for the words around it (each place a look-up)


def _near_terms(conn: sqlite3.Connection, word: str) -> list[str]:
    """Words the measures hold that differ from ``word`` (3 to 12 Chinese characters) in one character, most
    measures first: the measures holding its other characters in place are read for what stands in the one's place.
    The index is of bigrams, with no list of words to compare a typo with."""
    if not 3 <= len(word) <= 12 or not all(HAN_CHAR.match(c) for c in word):
        return []
    found: dict[str, int] = {}
    for i, was in enumerate(word):
        before, after = word[:i], word[i + 1:]
        expr = " AND ".join(Term(p).fts() for p in (before, after) if p)
        keys = [k for (k,) in conn.execute("SELECT rowid FROM measure_fts WHERE measure_fts MATCH ? LIMIT ?",
                                           (expr, NEAR_READ))]
        marks = ",".join("?" * len(keys))
        around = re.compile(re.escape(before) + f"([{HAN}])" + re.escape(after))
        for (text,) in conn.execute(f"SELECT text FROM search_measures WHERE key IN ({marks})", keys) if keys else ():
            for c in {m.group(1) for m in around.finditer(text) if _joined(text, m.start(1), m.start(), m.end())} - {was}:
                near = before + c + after
                found[near] = found.get(near, 0) + 1
    return sorted(found, key=lambda w: (-found[w], w))


NEAR_CONTEXT = 8  # characters on either side of a near word segmented to see where its words end


def _joined(text: str, at: int, start: int, end: int) -> bool:
    """Whether the character at ``at`` of ``text`` is, to the segmenter, one word with a neighbour inside
    ``start:end`` (the near word): not a word of its own, or the next word's, beside it.  选调和招录 holds 选调 + 和,
    and 选调和 was offered for the typo 选调声 beside 选调生."""
    from pipeline.nlp.segment import get_segmenter

    lo = max(0, start - NEAR_CONTEXT)
    for _, a, b in get_segmenter().spans(text[lo:end + NEAR_CONTEXT]):
        if a <= at - lo < b:
            return max(a + lo, start) < at or min(b + lo, end) > at + 1
    return False


_LEVEL_WORDS = COUNTY_WORDS + CITY_WORDS + ("镇", "乡", "街道")  # what a former name read by renamed_units closes with

PLACE_OFFERS = 3  # places offered for one name (鼓楼: a county of that name in each of several cities)


def _places_named(cat: Catalog, word: str, base: Filters, former: bool = True) -> list[Value]:
    """The knowledge base's places whose name, label or short form is ``word`` (龙岩: 龙岩市; 福建: 福建省), or with
    ``former`` that it is a former name of (海门市: 海门区), at the levels not filtered yet; nothing for a word of one
    letter (闽, 沪: abbreviations that are also words' characters)."""
    if not _wordlike(word):
        return []
    w = norm(word)
    named = [x for lv in cat.levels if lv not in base.active() for x in cat.values.get(lv, [])
             if w in cat.norm[(x.facet, x.value)][:2] or w in cat.norm[(x.facet, x.value)][2]] if w in _place_names(cat) else []
    # (a former name, 海门市 for 海门区, as the filter reads it: typed in the search box it was offered nothing)
    # (only a word closed by a level word: the former names are the gazetteer's, and reading it for every query finding
    # nothing cost each search process 0.7 s and 75 MB)
    if former and not named and w.endswith(_LEVEL_WORDS):
        named = [x for x, _ in renamed_units(cat, w) if x.facet not in base.active()]
    return (named or _zone_hosts(cat, w, base))[:PLACE_OFFERS]


def _host_of(cat: Catalog, word: str, x: Value, base: Filters) -> str:
    """（怀化国际陆港经开区所在地）where the place ``x`` is offered for a zone named ``word``, else nothing."""
    w = norm(word)
    return f"（{word}所在地）" if w not in _place_names(cat) and x in _zone_hosts(cat, w, base) else ""


def _zone_hosts(cat: Catalog, w: str, base: Filters) -> list[Value]:
    """A functional zone the articles name (怀化国际陆港经开区: ``Catalog.villages``), by name or as written: no facet
    holds a zone, so the place holding it at the lowest level not filtered yet, as its filter reads it."""
    from pipeline.search.filters import _village_units

    if not _wordlike(w) or not cat.villages.get(w) or any(row[5] != "zone" for row in cat.villages[w]):
        return []
    return next((found for lv in reversed(cat.levels) if lv not in base.active()
                 and (found := _village_units(cat, lv, w))), [])


@lru_cache(maxsize=4)
def _place_names(cat: Catalog) -> frozenset[str]:
    """Every name, label and short form of the catalog's places: a term's every start and end is looked up (大桥镇村干部),
    and reading every place for each cost a pasted paragraph 0.1 s."""
    return frozenset(n for (f, _), (value, label, aliases) in cat.norm.items() if f in PLACE_FACETS
                     for n in (value, label, *aliases))


def _place_clauses(cat: Catalog, q: Query, base: Filters) -> list[tuple[list[Term], Value]]:
    """The query's clauses that are a place's name alone (one term, not a phrase), each with its places."""
    return [(c, x) for c in q.clauses if len(c) == 1 and not c[0].phrase for x in _places_named(cat, c[0].text, base)]


PLACE_CHARS = 12  # characters at most of a place's name read at a term's two ends


def _place_word(cat: Catalog, text: str, words: list[str], base: Filters) -> tuple[list[Value], str, list[str]] | None:
    """The places named at the start or the end of a term, with the rest of the term: first where the segmenter's
    words end (大桥镇村干部: 大桥 / 镇 / 村干部, the towns 大桥镇 and 村干部; 海门市考核: the former name 海门市, 海门区), then
    anywhere (a name the segmenter joins to the next word), the longest name first; else the first of its words that
    is a place's name, with the words around it (龙岩干部: 龙岩市, 干部); and the term's words, the name one of them."""
    from pipeline.nlp.segment import get_segmenter, is_general_word

    text, cut = SPACES.sub("", text), _cut(text)
    ends = {len("".join(cut[:i])) for i in range(1, len(cut))}
    # (inside one word of the general dictionary no place is split off: 吉林大学, 朝阳产业 are no 吉林 + 大学)
    inside = {k for w, a, b in get_segmenter().spans(text) if is_general_word(w) for k in range(a + 1, b)}
    sizes = range(min(PLACE_CHARS, len(text) - 2), 1, -1)
    # (at a word's end the gazetteer's former names too; anywhere, current names only: each start and end of a pasted
    # paragraph's clauses looked up among former names cost it 0.03 s)
    for at_end, former in ((True, True), (False, False)):
        for size in sizes:
            for name, rest, at in ((text[:size], text[size:], size), (text[-size:], text[:-size], len(text) - size)):
                rest = edge_strip(rest)  # (龙岩·干部, 龙岩（干部）, 龙岩-干部: the mark is no part of the rest searched)
                if (at in ends) == at_end and (at_end or at not in inside) and _wordlike(rest) \
                        and (named := _places_named(cat, name, base, former)) \
                        and not _fillers_only(Query([[Term(rest)]])):
                    return named, rest, [name, *_words(rest)] if at == size else [*_words(rest), name]
    for i, w in enumerate(words):
        if (named := _places_named(cat, w, base)) and (others := words[:i] + words[i + 1:]):
            return named, "".join(others), words
    return None


def _typed(cat: Catalog, x: Value) -> str:
    """What to type as the filter for exactly this place: its label where the label finds it alone (龙岩市), else its
    path (福建省/福州市/鼓楼区)."""
    return x.label if resolve(cat, Filters(**{x.facet: x.label})).values.get(x.facet) == [x] else x.value


def _fillers_only(query: Query) -> bool:
    """The query is only words that say nothing searched alone: a function or time word (以来, 今年, 目前) or one
    nearly every measure holds (工作), which a query finding nothing offered as its shorter word (以来: 129)."""
    fillers = word_set("search_filler_words.txt") | word_set("vague_time_words.txt") | word_set("event_time_words.txt")
    return bool(query.clauses) and all(_says_nothing(t.text, fillers) for c in query.clauses for t in c)


# (a word made only of these says nothing either: 今年以来, 2019年以来, 截至2023年底, 的工作, 2020)
_DATE_BITS = re.compile(r"[\d〇零一二三四五六七八九十年月日底初末度]+")
_FUNCTION_CHARS = "的之自从至截于在及和与或今近来去本"


def _says_nothing(word: str, fillers: frozenset[str] | set[str]) -> bool:
    rest = _DATE_BITS.sub(" ", word)
    for w in sorted(fillers, key=len, reverse=True):  # (longest first: 以来 before 来)
        if w in rest:
            rest = rest.replace(w, " ")
    return not rest.strip(" " + _FUNCTION_CHARS)


def _wordlike(w: str) -> bool:
    """Worth searching alone: two letters at least (not 1, 11, 2023年 or =, which the word's other characters
    joined or the query's punctuation left; a single character finds nearly everything), or a formula's name (5+N,
    1+2+X: 5+N模式 offered only 模式)."""
    return sum(unicodedata.category(c)[0] == "L" for c in w) >= 2 or FORMULA.fullmatch(w) is not None


def _cut(text: str) -> list[str]:
    """The term as words, by the project's one segmenter (the index has no words: bigrams); a formula's name one
    word (the segmenter cuts 3+X标准 as 3 + X 标准, and 3+X was never offered alone)."""
    from pipeline.nlp.segment import get_segmenter

    cut, text = get_segmenter().cut, SPACES.sub("", text)
    words, at = [], 0
    for m in FORMULA.finditer(text):
        words += (cut(text[at:m.start()]) if m.start() > at else []) + [m.group()]
        at = m.end()
    words += cut(text[at:]) if at < len(text) else []
    return [w for w in words if edge_strip(w)]


def _words(text: str) -> list[str]:
    """The term's words worth searching, each once (为担当者担当 was offered apart as 担当 担当)."""
    return list(dict.fromkeys(w for w in _cut(text) if _wordlike(w)))


def _shorter(text: str) -> list[tuple[str, range]]:
    """Runs of whole words of the term, longest first (驻村第一书记补贴 -> 驻村第一书记, …), each with the
    places of its words."""
    words, edge = _cut(text), word_set("search_edge_words.txt")
    # (a run opened or closed by a function word, 的生活补助, is the run without it with a word no one searches)
    runs = {"".join(words[i:j]): range(i, j) for j in range(len(words), 0, -1) for i in range(j - 1, -1, -1)
            if words[i] not in edge and words[j - 1] not in edge}
    runs.pop(SPACES.sub("", text), None)
    return sorted(((r, span) for r, span in runs.items() if _wordlike(r)), key=lambda x: (-len(x[0]), x[0]))
