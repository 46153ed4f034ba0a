"""Filters: what people type (福建, 福州市鼓楼区, 350102, 容错纠错, 2020-2023), read against the
values a knowledge base holds, with a note for every filter that did not match one value.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import difflib
import re
import unicodedata

from pipeline.core.lexicons import word_list, word_table
from pipeline.extract import places as P
from pipeline.search.catalog import Catalog, Value, norm
from pipeline.search.index import FACET_ZH, FACETS, FILTER_COLUMN, PLACE_FACETS, filter_token, source_value
from pipeline.search.syntax import QueryError
from pipeline.search.tokens import SPACES
from pipeline.text.chars import QUOTE_CLOSERS, QUOTE_OPENERS


@dataclass
class Filters:
    """Filter values as typed: 福建 / 福建省 / 350000, a category's Chinese name or id, 2020-2023."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    category: str | None = None
    group: str | None = None
    slogan: str | None = None
    year: str | int | None = None
    source: str | None = None

    def active(self) -> dict[str, str]:
        return {k: str(v).strip() for k, v in vars(self).items() if v not in (None, "") and str(v).strip()}

    def without(self, facet: str) -> "Filters":
        return Filters(**{k: (None if k == facet else v) for k, v in vars(self).items()})

    def with_(self, facet: str, value: str | None) -> "Filters":
        return Filters(**(vars(self) | {facet: value}))


@dataclass
class Note:
    """What became of one filter that did not match exactly one value."""

    facet: str
    given: str
    kind: str                     # unknown (nothing matched) | several (all are used) | read_as (one, by part of its name)
    #                               | repeated (the filter given twice in a URL: the last value is used)
    #                               | apart (its places lie outside those of a place filter above it: nothing found)
    #                               | reposts (a source's reposts hold what is found: counted under their originals)
    message: str
    choices: list[Value] = field(default_factory=list)
    instead: str | None = None    # the facet it advises filtering by instead (嘉定 is a county, not a township)
    most: bool = False            # the choices are the facet's values with the most measures (query.count_choices
    #                               ranks them again under the query, so the names and the counts beside them agree)
    articles: list[dict] = field(default_factory=list)  # articles to open instead (a source's reposts)

    def as_dict(self) -> dict:
        return {"facet": self.facet, "given": self.given, "kind": self.kind, "message": self.message,
                "choices": [c.as_dict() for c in self.choices]} | ({"articles": self.articles} if self.articles else {})

    def nothing_instead(self, noun: str = "举措") -> None:
        """The filter it advises finds nothing either (under the query and the other filters): say that, not the
        advice, which offered nothing to click (嘉定 as a county beside 容错纠错)."""
        other = FACET_ZH[self.instead]
        self.message = f"“{self.given}”是{other}，不是{FACET_ZH[self.facet]}；按{other}筛选也找不到符合条件的{noun}。"


@dataclass
class Resolved:
    filters: Filters
    values: dict[str, list[Value]] = field(default_factory=dict)  # facet -> the values it matched (any of them)
    notes: list[Note] = field(default_factory=list)

    @property
    def impossible(self) -> bool:
        """A filter matched nothing, so no measure can match."""
        return any(not vs for vs in self.values.values())

    def parts(self, without: str | None = None) -> list[str]:
        """FTS expressions of the filters (a facet with several values: any of them), each matched in the filters'
        column of measure_fts (which the ranking weighs nothing: ``index.RANK``)."""
        out = []
        for facet, vs in self.values.items():
            if facet == without or not vs:
                continue
            toks = ['"' + filter_token(facet, v.value).replace('"', '""') + '"' for v in vs]
            out.append(f"{FILTER_COLUMN} : " + (toks[0] if len(toks) == 1 else "(" + " OR ".join(toks) + ")"))
        return out


def resolve(cat: Catalog, filters: Filters | None) -> Resolved:
    """Each filter read as people write it; raises QueryError for a year that is not a year."""
    filters = filters or Filters()
    res = Resolved(filters)
    for facet, given in filters.active().items():
        if facet not in FACETS:
            continue
        # (a township is read within the counties the county filter chose: 宾阳县 and 大桥街道 is its 大桥镇, where
        # the division data's four other 大桥街道 kept it from its own county)
        within = {x.value for x in res.values.get("county", [])} if facet == "township" else set()
        parts = _place_list(given) if facet in PLACE_FACETS else [given]
        vals: list[Value] = []
        for part in parts:  # (places as a list, 福建、江西: any of them, as the year filter reads 2023、2024)
            found, note = _resolve_one(cat, facet, unquoted(part), within)
            if note is not None and note.kind == "several":
                found, note = _narrowed(res, facet, found, note)
            vals += [x for x in found if x not in vals]
            if note:
                res.notes.append(note)
        res.values[facet] = vals
        if len(parts) > 1 and vals:
            res.notes.append(Note(facet, given, "read_as", f"{FACET_ZH[facet]}“{given}”按其中任一筛选："
                                  + "、".join(x.label for x in vals[:8]) + ("等" if len(vals) > 8 else "") + "。"))
    res.notes += _apart(res, cat.noun)
    return res


# What separates the places of a list (福建、江西; 福建,江西; 福建|江西): no place's name holds these
_PLACE_LIST = re.compile(r"[、,，;；|｜]")


def _place_list(given: str) -> list[str]:
    """A place filter's places, several where they are written as a list (one value otherwise)."""
    parts = [p.strip() for p in _PLACE_LIST.split(given) if p.strip()]
    return parts if len(parts) > 1 else [given]


def _apart(res: Resolved, noun: str) -> list[Note]:
    """A note for each place filter none of whose places lies in the places a filter above it chose (province 福建,
    city 保定): where it lies, and that the two together find nothing.  They found 0 with no word why."""
    out = []
    for i, lower in enumerate(PLACE_FACETS):
        below = res.values.get(lower)
        for higher in PLACE_FACETS[:i]:
            above = res.values.get(higher)
            if not above or not below or any(x.value.startswith(a.value + "/") for x in below for a in above):
                continue
            where = "、".join(dict.fromkeys(P.full_name(x.value) for x in below[:3]))
            out.append(Note(lower, res.filters.active()[lower], "apart",
                            f"{FACET_ZH[lower]}“{'、'.join(x.label for x in below[:3])}”是{where}，不在{FACET_ZH[higher]}"
                            f"“{'、'.join(a.label for a in above[:3])}”：两项地区筛选合起来找不到{noun}，可去掉其中一项。"))
            break  # (one note a filter: the highest it falls outside)
    return out


def _narrowed(res: Resolved, facet: str, vals: list[Value], note: Note) -> tuple[list[Value], Note]:
    """Same-named places (吴江区桃源镇, 大田县桃源镇) of which the filters above it (--county 大田县, a city, a province)
    keep some: those values, and a note saying which the filter picked, not that the results hold them all."""
    if facet not in PLACE_FACETS:
        return vals, note
    above = [x for f in PLACE_FACETS[:PLACE_FACETS.index(facet)] for x in res.values.get(f, ())]
    kept = [x for x in vals if any(x.value.startswith(a.value + "/") for a in above)]
    if not kept or len(kept) == len(vals):
        return vals, note
    by = "、".join(f"{FACET_ZH[a.facet]}“{a.label}”" for a in above if any(x.value.startswith(a.value + "/") for x in kept))
    labels = "、".join(x.label for x in kept[:8])
    return kept, Note(facet, note.given, "read_as", f"{FACET_ZH[facet]}“{note.given}”有 {len(vals)} 个同名，按{by}取“{labels}”。",
                      kept)


# Quotation marks people paste around a value (slogan=“三个区分开来”, as the texts write it): no value holds them at its
# ends, as no source holds its title marks (《光明日报》 is 光明日报)
_QUOTE_MARKS = "".join(sorted(QUOTE_OPENERS | QUOTE_CLOSERS)) + "'＂＇"


def unquoted(given: str) -> str:
    """The value without the quotation marks around it (and said so in every note: ““三个区分开来””)."""
    return given.strip(_QUOTE_MARKS + " ").strip() or given


def _resolve_one(cat: Catalog, facet: str, given: str, within: set[str] = frozenset()) -> tuple[list[Value], Note | None]:
    if facet == "year":
        return _resolve_year(cat, given)
    if facet == "source" and (copies := _reposts_of_source(cat, given)):
        return [], copies
    v = norm(source_value(given) or given if facet == "source" else given)  # (《光明日报》 is the value 光明日报)
    name = FACET_ZH[facet]
    if facet in PLACE_FACETS and (village := _VILLAGE_CODE.fullmatch(v)):
        # (a village's code, as region_mentions gives it: its township's code and the village's number; read at the
        # filter's level, the county's code in the county filter: its township there found nothing)
        found = _village_units(cat, facet, v) or _match(cat, facet, P.code_prefix(village.group(1), facet))
        if len(found) == 1:
            return found, Note(facet, given, "read_as", f"“{given}”是村的代码，按其所在{name}“{found[0].label}”筛选。", found)
        if not found and (village_note := _village_note(cat, facet, given, v)):
            return village_note  # (a village the articles name, in no township here: the places above it)
        v = village.group(1)
    found = _match(cat, facet, v)
    if not found and facet in PLACE_FACETS and (village_note := _village_note(cat, facet, given, v)):
        return village_note
    if facet == "township" and (same := _other_level_words(cat, v, found, within)):
        return found + same, _other_level_note(name, given, found, same)
    if len(found) == 1:
        loose = v not in cat.norm[(facet, found[0].value)][1:2] + cat.norm[(facet, found[0].value)][2] \
            and v != cat.norm[(facet, found[0].value)][0] and not v.isdigit()
        note = Note(facet, given, "read_as", f"{name}“{given}”按“{found[0].label}”筛选。", found) if loose else None
        return found, note
    if found:
        labels = "、".join(x.label for x in found[:8])
        return found, Note(facet, given, "several", f"{name}“{given}”对应 {len(found)} 项：{labels}；结果包含全部，可点选其中一项。", found)
    if facet in PLACE_FACETS and (now := [(x, history) for x, history in renamed_units(cat, v, facet) if x.facet == facet]):
        # (a former name, 海门市 for 海门区: the gazetteer's note knew the unit today, and the filter found nothing)
        values = list(dict.fromkeys(x for x, _ in now))
        today = "、".join(dict.fromkeys(_today(x.value, history) for x, history in now))
        return values, Note(facet, given, "read_as", f"{name}“{given}”是旧区划名，{today}：按“{'、'.join(x.label for x in values)}”筛选。",
                            values)
    if facet == "province":  # (内蒙 with no measures there: said as 内蒙古自治区 is, not given the nearest names)
        v = norm(_PROVINCE_SHORT.get(v, v))
    return [], _unknown(cat, facet, given, v, within)


# A village's code as region_mentions writes it (150525100000V051): the code of its township, V, its number
_VILLAGE_CODE = re.compile(r"(\d{12})v\d+")


def _village_units(cat: Catalog, facet: str, v: str) -> list[Value]:
    """The knowledge base's places at the filter's level holding the village ``v`` names (its name or code, as the
    articles mention it: ``Catalog.villages``)."""
    paths = dict.fromkeys(P.unit_path(names[:4], facet) for names in cat.villages.get(v, ()))
    return [x for p in paths if p and (x := cat.by_key.get((facet, p)))]


def _village_note(cat: Catalog, facet: str, given: str, v: str) -> tuple[list[Value], Note] | None:
    """A village's name the articles mention (新集村, of 方城县广阳镇) read as the place holding it at the filter's
    level, said so; where the knowledge base has no place there, the places above it that it has.  None: no
    article names a village so.  (So too a town or zone a page shows with a path but no code: ``Catalog.villages``.)"""
    villages = cat.villages.get(v)
    if not villages:
        return None
    where = "、".join(dict.fromkeys(names[4] for names in villages[:4]))
    kind = "、".join(dict.fromkeys(_MENTION_KIND.get(names[5], "村") for names in villages[:4]))
    name = FACET_ZH[facet]
    if found := _village_units(cat, facet, v):
        labels = "、".join(x.label for x in found[:8])
        return found, Note(facet, given, "read_as", f"“{given}”是{kind}（{where}），按其所在{name}“{labels}”筛选。", found)
    above = [x for lv in reversed(P.LEVELS[:P.LEVELS.index(facet)]) for x in _village_units(cat, lv, v)]
    if above and all(names[5] == "zone" for names in villages):  # (said as a zone of the division data is)
        return [], Note(facet, given, "unknown", f"“{given}”是{where}（功能区），功能区不单列为{name}：知识库把功能区的"
                        f"{cat.noun}计在其所在地。可按所在地筛选：" + "、".join(f"{x.label}（{FACET_ZH[x.facet]}）" for x in above[:5])
                        + "。", above[:5], instead=above[0].facet)
    # (a town asked as a town is at its own level: none "in the town holding it")
    there = "这里" if all(names[5] == facet for names in villages) else f"其所在{name}"
    return [], Note(facet, given, "unknown", f"“{given}”是{kind}（{where}），知识库里没有地区在{there}的{cat.noun}。"
                    + ("可按上级筛选：" + "、".join(f"{x.label}（{FACET_ZH[x.facet]}）" for x in above[:5]) + "。" if above else ""),
                    above[:5])


# What a place below or beside the divisions is called in a note (a village's code or a path: ``Catalog.villages``)
_MENTION_KIND = {"village": "村", "township": "乡镇", "zone": "功能区"}


def _reposts_of_source(cat: Catalog, given: str) -> Note | None:
    """A source whose articles are all reposts (counted under their originals, so no value of the facet): said so,
    with the articles to open, where the filter said no measure had that source."""
    v = norm(source_value(given) or given)
    if any(cat.norm[("source", x.value)][0] == v for x in cat.values.get("source", [])):
        return None
    copies = cat.reposted.get(v, [])
    if not copies:
        return None
    first = "、".join(f"《{c['title'] or c['article_id']}》（原文：{c['canonical_source'] or '来源不详'}"
                     f"《{c['canonical_title'] or c['canonical_id']}》）" for c in copies[:3])
    return Note("source", given, "unknown", f"来源“{given}”的 {len(copies)} 篇文章{'都' if len(copies) > 1 else ''}是转载，按原文计数，不单列为来源："
                f"{first}{'等' if len(copies) > 3 else ''}。",
                [], articles=copies[:10])


def renamed_units(cat: Catalog, v: str, facet: str | None = None) -> list[tuple[Value, str]]:
    """The knowledge base's places a former name (海门市, 思茅市, 江东区) stands for today, at whatever level they are
    now, each with the year it was replaced ("" when not recorded); none where a current unit at that level still
    has the name (a unit with no measures is said to be so, not read as another)."""
    g = _gazetteer()
    if g is None:
        return []
    forms = g.forms.get(v, ())
    current = {g.places[f.code].level for f in forms if f.kind == "full" and f.code in g.places}
    own = {g.places[f.code].level for f in forms if f.code in g.places}
    if not any(f.kind == "former" for f in forms) and _stem(v, COUNTY_WORDS + CITY_WORDS) == v and facet not in own:
        # (the name without its level word, 襄樊 for 襄樊市: the short forms are of current units only, so it got
        # the nearest names; the README takes a name with or without its suffix. Not where a current unit of the
        # filter's level is called so: --county 思茅 is 思茅区, --city 思茅 the former 思茅市)
        forms = [f for w in CITY_WORDS + COUNTY_WORDS for f in g.forms.get(v + w, ())]
    places = [(g.places[f.code], f.year) for f in forms if f.kind == "former" and f.code in g.places]
    years: dict[str, str] = {}  # (one year a unit: 思茅市 and 思茅地区 are both today's 普洱市; with its year said)
    for p, year in places:
        years[p.code] = max(years.get(p.code, ""), year)
    units = {p.code: p for p, _ in places}
    return [(x, _history(g, c, years[c])) for c, p in units.items()
            if p.level not in current and (x := cat.by_key.get((p.level, p.path)))]


def _history(g, code: str, year: str) -> list[tuple[str, str]]:
    """The names a unit had after a former name replaced in ``year``, each with the year it took over, the last
    its name today ("" for it): 吴江县@1992|吴江市@2012 gives [(1992, 吴江市), (2012, "")]."""
    if not year:
        return [("", "")]
    later = [(n, y) for n, y in g.former_names(code) if y and y > year]
    took = [year] + [y for _, y in later]
    return [(y, n) for y, (n, _) in zip(took, later)] + [(took[-1], "")]


def _today(path: str, history: list[tuple[str, str]]) -> str:
    """Where a former name's unit is now, in order: 1992 年起为吴江市，2012 年起为江苏省苏州市吴江区 (今为… when
    the year is not recorded)."""
    return "，".join(f"{year} 年起为{name or P.full_name(path)}" if year else f"今为{name or P.full_name(path)}"
                    for year, name in history)


def _gazetteer():
    """The division data, or None where it cannot be read (the notes fall back to the nearest names)."""
    try:
        from pipeline.extract.regions import Gazetteer

        return Gazetteer.load()
    except Exception:
        return None


def _match(cat: Catalog, facet: str, v: str) -> list[Value]:
    """Exact value, name or code first; then names that end with it (鼓楼区) or are it
    without a suffix (福建); then names that contain it (容错 for 容错纠错)."""
    pool = [(x, cat.norm[(x.facet, x.value)]) for x in cat.values.get(facet, [])]
    exact = [x for x, (nv, nl, na) in pool if v in (nv, nl) or na[:1] == (v,)]
    if not exact and facet in PLACE_FACETS and v.isdigit() and len(v) >= 2:
        code = P.full_code(v)
        exact = [x for x, _ in pool if x.code and code[:len(x.code)] == x.code and not code[len(x.code):].strip("0")]
    if not exact and facet == "province" and (full := _PROVINCE_SHORT.get(v)):  # 闽, 内蒙: 没有省份为“闽”
        exact = [x for x, (nv, nl, na) in pool if nv == norm(full)]
    if exact:
        return exact
    if facet in PLACE_FACETS:
        return _by_name(facet, pool, v) or _under_written_parent(facet, pool, v)
    if facet == "category" and (english := _by_english_name(pool, v)):
        return english
    if facet == "group":  # a word for the group's people (第一书记: 驻村干部), which no group's name contains
        named = {norm(group) for alias, group in word_table("group_aliases.tsv") if norm(alias) == v}
        if hit := [x for x, (nv, nl, na) in pool if nl in named]:
            return hit
    return [x for x, (nv, nl, na) in pool if v in na] or [x for x, (nv, nl, na) in pool if v and v in nl]


_PROVINCE_SHORT = {norm(short): full for short, full in word_table("province_filter_short_names.tsv")}


def _by_name(facet: str, pool: list, v: str) -> list[Value]:
    """Places whose name or path ends with ``v`` (鼓楼区, 福州市鼓楼区), or are it without or with another level word."""
    return ([x for x, (nv, nl, na) in pool if nv.endswith(v) or v in na] or _town_stem(facet, pool, v)
            or _county_stem(facet, pool, v))


def _under_written_parent(facet: str, pool: list, v: str) -> list[Value]:
    """A place written after units above it that skip a level or are written short (陕西省略阳县 without 汉中市,
    河南广阳镇, 南阳广阳镇): the places of the name under what is written.  They found nothing, or, by the nearest
    names, another province's namesake first; only a full path down every level was read (河南省南阳市方城县广阳镇).
    The name must be a place's whole name (or its stem with another level word), never the end of one: 南京路街道
    is no 湖南路街道 under 南京; nor is a name the division data has (南京路街道 itself) split so."""
    if (g := _gazetteer()) is None or g.forms.get(v):
        return []
    for tail, units in _written_parents(g, v, P.LEVELS[:P.LEVELS.index(facet)] if facet in P.LEVELS else P.LEVELS):
        named = [x for x, (nv, nl, na) in pool if tail in (nv, nl) or tail in na] or _town_stem(facet, pool, tail) \
            or _county_stem(facet, pool, tail)
        if hit := [x for x in named if x.value.startswith(tuple(p.path + "/" for p in units))]:
            return hit
    return []


def _written_parents(g, v: str, levels) -> list[tuple[str, list]]:
    """Each way ``v`` reads as units above a place written down one chain, in full or short, skipping levels or not
    (陕西略阳县, 北京朝阳云栖街道), then the place's name: (the name, the lowest unit written of each chain it may be,
    at ``levels``), the longest written head first.  None where what is left is a bare level or zone word (高新区
    of 内蒙古高新区, 街道 of 新华街道 are no places).  The one parser of a written parent: the filter
    (``_under_written_parent``), the note (``_written_parent_note``) and a unit's lookup (``_by_code_or_path``)."""
    out = []
    for i in range(len(v) - 2, 1, -1):
        head, tail = v[:i], v[i:]
        if _bare_word(tail):
            continue
        units: dict[str, object] = {}
        for j in range(len(head) - 1):  # (the lowest unit written ends the head: 朝阳 of 北京朝阳)
            for f in g.forms.get(head[j:], ()):
                p = g.places.get(f.code)
                if p is None or p.level not in levels or p.path in units:
                    continue
                names = p.path.split("/")
                if _written_above(head, names) and not _written_above(head, names[:-1]):
                    units[p.path] = p
        if units:
            out.append((tail, list(units.values())))
    return out


def _bare_word(name: str) -> bool:
    """A level or zone word with less than a name before it (街道, 高新区, 古高新区): no place's name."""
    words = _TOWN_WORDS + COUNTY_WORDS + CITY_WORDS
    if name in words or name in _ZONE_WORDS:
        return True
    return len(_stem(_stem(name, _ZONE_WORDS), words)) < 2


def _written_above(head: str, names: list[str]) -> bool:
    """``head`` is some of ``names`` (the units above a place, the highest first), in their order, each in full or
    short (陕西 for 陕西省, 南阳 for 南阳市), with no other characters."""
    for name in names:
        forms = sorted({norm(f) for f in _short_forms(name)}, key=len, reverse=True)
        if form := next((f for f in forms if head.startswith(f)), None):
            head = head[len(form):]
    return head == ""


# A province's name without its level word (广西 for 广西壮族自治区), as people write it before a place below
_PROVINCE_WORD = re.compile(r"(?:壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$")


def _short_forms(name: str) -> list[str]:
    """A unit's name and its name without its level word, two characters at least (略阳 for 略阳县)."""
    forms = [name, _PROVINCE_WORD.sub("", name), _stem(name, CITY_WORDS + COUNTY_WORDS)]
    return [f for f in forms if len(f) >= 2]


def _by_english_name(pool: list, v: str) -> list[Value]:
    """Categories given by their English name as the page shows it beside the Chinese one, whole or its first words
    (Error tolerance for Error tolerance and rehabilitation): they got the categories with the most measures."""
    if not re.fullmatch("[a-z]{4,}", v):
        return []
    return [x for x, (nv, nl, na) in pool if na and na[0].startswith(v)]


# The level words a township's name ends with (longest first): the gazetteer's short forms stop at counties,
# so 郑陆 (郑陆镇) found no township as 昆山 finds 昆山市.
_TOWN_WORDS = ("民族乡", "街道", "苏木", "镇", "乡")


def _town_stem(facet: str, pool: list, v: str) -> list[Value]:
    """Townships named as given plus a level word: 郑陆 -> 郑陆镇; 嘉定镇 -> 嘉定镇街道, which people call 嘉定镇."""
    if facet != "township" or len(v) < 2:
        return []
    return [x for x, (nv, nl, na) in pool if any(nv.endswith(v + w) for w in _TOWN_WORDS)]


# The level words a county's name ends with (longest first): 上杭市 is 上杭县, 奈曼县 奈曼旗, written with the wrong one
COUNTY_WORDS = ("自治县", "自治旗", "特区", "林区", "县", "市", "区", "旗")


# The level words a city's name ends with, beside COUNTY_WORDS' (a former 地区 or 盟 without them: 思茅, 哲里木)
CITY_WORDS = ("自治州", "地区", "盟", "州")


def _county_stem(facet: str, pool: list, v: str) -> list[Value]:
    """Counties of the name given with another level word (上杭市 -> 上杭县, 奈曼县 -> 奈曼旗): they got the nearest
    names, the one meant among unrelated others.  Stems of two characters at least (涉县 is no 涉市)."""
    if facet != "county":
        return []
    stem = _stem(v, COUNTY_WORDS)
    if stem == v or len(stem) < 2 or ((g := _gazetteer()) is not None and g.forms.get(v)):
        return []  # (吉安市 is a city, not 吉安县; 通州市 a former name: their own notes say so)
    return [x for x, (nv, nl, na) in pool if _stem(nl, COUNTY_WORDS) == stem and nl != v]


def _stem(name: str, words: tuple[str, ...]) -> str:
    return next((name[:-len(w)] for w in words if name.endswith(w) and len(name) > len(w)), name)


def _level_word(name: str) -> tuple[str, str]:
    """A township's name as its stem and level word (唐昌镇 -> 唐昌, 镇); the word "" when it has none."""
    for w in _TOWN_WORDS:
        if name.endswith(w) and len(name) - len(w) >= 2:
            return name[:-len(w)], w
    return name, ""


def _other_level_words(cat: Catalog, v: str, found: list[Value], within: set[str] = frozenset()) -> list[Value]:
    """The same township written with another level word (唐昌街道 for 唐昌镇, 某某乡 for 某某镇): a town made a
    街道 keeps its name, and texts go on writing either. Only in the counties of the values ``v`` matched (another
    county's 唐昌乡 is another place), anywhere when it matched none; none when ``v`` is a value's full path (the
    facet's own link: one value exactly). A name the division data holds as a township (now or before) counts in
    its own counties only: 安德镇 of 靖西市 is not 郫都区安德街道, which was 安德镇 too -- unless the county filter
    names the county (``within``, the counties it chose): then the same name there is the one meant."""
    stem, word = _level_word(v)
    if not word or any(v in cat.norm[(x.facet, x.value)][:1] + cat.norm[(x.facet, x.value)][2][:1] for x in found):
        return []
    counties = ({x.value.rsplit("/", 1)[0] for x in found} | within) or _town_counties(v)
    out = []
    for x in cat.values.get("township", []):
        county, _, town = x.value.rpartition("/")
        their_stem, their_word = _level_word(norm(town))
        if not their_word or their_word == word or x in found or (counties and county not in counties):
            continue
        # (the given's stem may start with its county, 郫都区唐昌街道: that part must end the value's county)
        if stem.endswith(their_stem) and norm(county).endswith(stem[:len(stem) - len(their_stem)]):
            out.append(x)
    return out


def _town_counties(name: str) -> set[str]:
    """The paths of the counties holding a township of this name, today or formerly (none if unknown)."""
    if (g := _gazetteer()) is None:
        return set()
    units = [g.places[f.code] for f in g.forms.get(name, ()) if f.kind in ("full", "former") and f.code in g.places]
    return {p.path.rsplit("/", 1)[0] for p in units if p.level == "township"}


def _other_level_note(name: str, given: str, found: list[Value], same: list[Value]) -> Note:
    labels = "、".join(x.label for x in same[:8])
    why = "镇、乡、街道、苏木同为乡级，改设后多沿用原名，同一县内同名的按同一乡镇筛选"
    if found:
        return Note("township", given, "read_as", f"{name}“{given}”也包含“{labels}”：{why}。", found + same)
    return Note("township", given, "read_as", f"{name}“{given}”按“{labels}”筛选：{why}。", same)


def _unknown(cat: Catalog, facet: str, given: str, v: str, within: set[str] = frozenset()) -> Note:
    name = FACET_ZH[facet]
    if facet in PLACE_FACETS:  # 南京市 given as a province: say where it is
        for other in cat.levels:
            if other != facet and (hit := _match(cat, other, v)):
                if real := _gazetteer_note(cat, facet, given, v, level_only=True):
                    # (a unit of the level asked has the name too: city=吉林 is 吉林市 as well as 吉林省, 朝阳 朝阳市
                    # beside 北京市朝阳区; it was said to be no city, the real one denied)
                    more = [x for x in hit if x not in real.choices]
                    if more:
                        real.message += f"同名的{FACET_ZH[other]}：" + "、".join(x.label for x in more[:3]) + "。"
                    real.choices = (real.choices + more)[:5]
                    return real
                return Note(facet, given, "unknown", f"“{given}”是{FACET_ZH[other]}，不是{name}：可改按{FACET_ZH[other]}筛选。", hit[:5],
                            instead=other)
        if now := renamed_units(cat, v, facet):  # (莱芜市 given as a city: a county today, 济南市莱芜区)
            (x, history), other = now[0], now[0][0].facet
            return Note(facet, given, "unknown", f"“{given}”是旧区划名，{_today(x.value, history)}（{FACET_ZH[other]}），"
                        f"不是{name}：可改按{FACET_ZH[other]}筛选。", [y for y, _ in now if y.facet == other][:5], instead=other)
        # (a division of the level asked before a zone of the name: 滨海新区 is 天津市's county as well as zones of
        # 台州 and 温州, and the zone note hid it)
        real = _gazetteer_note(cat, facet, given, v, level_only=True)
        if real is None and facet == "township":  # (常平, 大桥 as a township: 常平镇, the 大桥街道, before a zone so named)
            real = _other_level_gazetteer_note(cat, given, v)
        if real is None and (zone := _zone_note(cat, facet, given, v)):
            return zone
        if known := real or _gazetteer_note(cat, facet, given, v):
            return known
        if facet == "township" and (known := _other_level_gazetteer_note(cat, given, v)):
            return known
        if facet == "township" and within:
            return _within_county_note(cat, given, within)
        if under := _written_parent_note(cat, facet, given, v):
            return under
    pool = cat.values.get(facet, [])
    by_label = {x.label: x for x in pool}
    close = [c for c in difflib.get_close_matches(given, list(by_label), n=5, cutoff=0.3)
             if _alike(v, cat.norm[(by_label[c].facet, by_label[c].value)][1])]
    close += [x.label for x in _near_by_other_names(cat, facet, v, pool) if x.label not in close][: 5 - len(close)]
    shared = [x for x in sorted(pool, key=lambda x: -x.n) if _alike(v, cat.norm[(x.facet, x.value)][1]) and x.label not in close]
    if not pool:
        return Note(facet, given, "unknown", f"这个知识库没有记录{name}。", [])
    choices = [by_label[c] for c in close] + shared[: 5 - len(close)]
    if not choices:
        most = sorted(pool, key=lambda x: -x.n)[:5]
        return Note(facet, given, "unknown", most_message(facet, given, most, cat.noun), most, most=True)
    return Note(facet, given, "unknown", f"没有{name}为“{given}”的{cat.noun}。最接近的：" + "、".join(c.label for c in choices) + "。", choices)


def _near_by_other_names(cat: Catalog, facet: str, v: str, pool: list[Value]) -> list[Value]:
    """Values whose id or English name (or a word of it) is near what was typed: an id renamed since (tolerate
    become tolerance, typed the old way) got the values with the most measures, the labels being Chinese.  Not for
    places, whose values are paths."""
    if facet in PLACE_FACETS or not v.isascii():
        return []
    names: dict[str, Value] = {}
    for x in pool:
        for name in (x.value, *x.aliases, *(w for a in x.aliases for w in a.split() if len(w) > 3)):
            names.setdefault(norm(name), x)
    return list(dict.fromkeys(names[c] for c in difflib.get_close_matches(v, list(names), n=5, cutoff=0.7)))


def _alike(given: str, label: str) -> bool:
    """A value close enough to offer for one that matches nothing: it holds half the given's characters at least.
    One shared character made the short values close (四下基层 offered 四违、四好、四地: difflib's ratio of a four- and
    a two-character name sharing one is 0.33, and any value holding a 四 was added)."""
    chars = set(given)
    return 2 * len(chars & set(label)) >= len(chars)


def most_message(facet: str, given: str, most: list[Value], noun: str = "举措") -> str:
    """A value that matches nothing, and the values with the most measures (articles, ``noun``; none: nothing else
    finds any)."""
    name = FACET_ZH[facet]
    return f"没有{name}为“{given}”的{noun}。" + (f"{noun}最多的：" + "、".join(c.label for c in most) + "。" if most else "")


def _gazetteer_note(cat: Catalog, facet: str, given: str, v: str | tuple[str, ...], level_only: bool = False) -> Note | None:
    """A real place with no measures here: say what it is, and offer what the KB has around it; with
    ``level_only``, only a place of the filter's level (else None).  ``v``: its name, or several names it may be
    (a township's stem with each level word), all of whose places are said."""
    if (g := _gazetteer()) is None:  # no division data: fall back to the nearest names
        return None
    if isinstance(v, tuple):
        found = list({p.code: p for name in v for p in _gazetteer_places(g, facet, name, level_only)}.values())
    else:
        found = _gazetteer_places(g, facet, v, level_only)
    if not found:
        return None
    return _places_note(cat, facet, given, found)


def _gazetteer_places(g, facet: str, v: str, level_only: bool) -> list:
    """The division data's places named ``v``, of the filter's level where there are any (only those with
    ``level_only``)."""
    # (its current full names and aliases, 城关回族镇 for 城关镇: the namesakes extract counts as candidates, so both
    # say one number -- here 82, there 84)
    found = [g.places[f.code] for f in g.forms.get(v, ()) if f.kind in ("full", "alias") and f.code in g.places]
    # (or the name written short, 南京 for 南京市, at the level asked: what the filters accept too)
    found = found or [g.places[f.code] for f in g.forms.get(v, ()) if f.code in g.places and g.places[f.code].level == facet]
    found = found or _by_code_or_path(g, v)
    return [p for p in found if p.level == facet] or ([] if level_only else found)  # (鼓楼区 asked as a county: the
    #                                                                                   four counties of that name)


def _places_note(cat: Catalog, facet: str, given: str, found: list) -> Note:
    """The note of ``_gazetteer_note`` for the places ``found``."""
    where = "、".join(dict.fromkeys(P.full_name(p.path) for p in found[:4]))
    # The units above it the knowledge base has, nearest first (姚庄镇, only mentioned in an article of its county:
    # 嘉善县, 嘉兴市, 浙江省), then others of its level in its province
    ups = list(dict.fromkeys(x for p in found for x in _above(cat, p)))
    provinces = tuple(dict.fromkeys(p.province for p in found))
    around = [x for x in cat.values.get(facet, []) if x.value.startswith(provinces) and x not in ups]
    kind = P.MENTION_LEVEL_ZH.get(found[0].level, "地方")  # (苏州工业园区 a 功能区, as the export says)
    if len(found) > 4:  # (城关镇, 84 of them: the provinces of the first four were offered, which say nothing)
        return _namesakes_note(cat, facet, given, found, kind)
    if len(found) > 1:  # the option takes every one of the name: say that none of them is here
        head = f"“{given}”是{where}（{kind}，同名{len(found)}处），知识库里没有地区在这些地方的{cat.noun}。"
    else:
        head = f"“{given}”是{where}（{kind}），知识库里没有地区在这里的{cat.noun}。"
    copies = [c for p in found for c in cat.reposted_places.get(p.path, [])]
    head += _reposts_placed_said(copies)
    if ups:
        head += "可按上级筛选：" + "、".join(f"{x.label}（{FACET_ZH[x.facet]}）" for x in ups[:5]) + "。"
    if others := around[:max(0, 5 - len(ups))]:
        head += "同省已有：" + "、".join(x.label for x in others) + "。"
    return Note(facet, given, "unknown", head, (ups + around)[:5], articles=copies[:10])


def _reposts_placed_said(copies: list[dict]) -> str:
    """The reposts placed here, each with the original it is counted under (and that one's place): the place's only
    articles may be reposts, and "no article here" hid them."""
    if not copies:
        return ""
    first = "、".join(f"《{c['title'] or c['article_id']}》（计入原文《{c['canonical_title'] or c['canonical_id']}》"
                     f"{'，地区为' + c['canonical_place'] if c['canonical_place'] else '，原文未定地区'}）" for c in copies[:3])
    return f"这里有 {len(copies)} 篇转载文章，按原文计数：{first}{'等' if len(copies) > 3 else ''}。"


# A functional zone's code as the export writes it: its host's six digits, a letter, digits (130600H026, 雄安)
_ZONE_CODE = re.compile(r"\d{6}[a-z]\d+")


def _zone_note(cat: Catalog, facet: str, given: str, v: str) -> Note | None:
    """A functional zone (苏州工业园区, 雄安新区, 130600H026) given as a place filter: no place facet holds zones (an
    article about one is placed at its host, 苏州市), so say that and offer the host, with its count, to filter by.
    They were said to be a 地方 with no measures, or got unrelated nearest names.  None: no zone is called so."""
    if (g := _gazetteer()) is None:
        return None
    zones = [g.places[f.code] for f in g.forms.get(v, ()) if f.code in g.places]
    zones = zones or [g.places[c] for c in _zone_short_names(g).get(v, ())]
    if _ZONE_CODE.fullmatch(v) or v.isdigit():
        zones += [p for c in (v.upper(), P.full_code(v) if v.isdigit() else "") if (p := g.places.get(c))]
    zones = list({p.code: p for p in zones if p.level == "zone"}.values())
    if not zones:
        return None
    where = "、".join(dict.fromkeys(P.full_name(p.path) for p in zones[:3]))
    hosts = list(dict.fromkeys(x for p in zones for x in _above(cat, p)))
    head = f"“{given}”是{where}（功能区），功能区不单列为{FACET_ZH[facet]}：知识库把功能区的{cat.noun}计在其所在地。"
    if not hosts:
        return Note(facet, given, "unknown", head + f"知识库里没有地区在其所在地的{cat.noun}。", [])
    head += "可按所在地筛选：" + "、".join(f"{x.label}（{FACET_ZH[x.facet]}）" for x in hosts[:5]) + "。"
    return Note(facet, given, "unknown", head, hosts[:5], instead=hosts[0].facet)


# The words that end a zone's name (新区 of 雄安新区, 高新区 of 张江高新区), longest first: the zone words of the texts
# and the free-trade zones' 片区
_ZONE_WORDS = tuple(sorted({w for w, _ in word_table("zone_words.tsv")} | {"新片区", "片区", "管理区"}, key=len, reverse=True))
_zone_shorts: dict[int, dict[str, list[str]]] = {}


def _zone_short_names(g) -> dict[str, list[str]]:
    """Short names people call zones by, which the division data does not list: the name without the city or
    province that opens it (屈原管理区 for 岳阳市屈原管理区), and for the zones of the zone data (a code with a letter,
    zones.tsv) the name without its zone word (雄安 for 雄安新区, 张江 for 张江高新区); none that names a unit already
    (兰州 of 兰州新区 is 兰州市).  They got unrelated nearest names (惠安县 for 雄安)."""
    if id(g) in _zone_shorts:
        return _zone_shorts[id(g)]
    out: dict[str, list[str]] = {}
    for w, forms in g.forms.items():
        for f in forms:
            if f.kind not in ("full", "alias") or (p := g.places.get(f.code)) is None or p.level != "zone":
                continue
            # (only a province or city opening it: 盐都区农村经济开发区 without its county leaves no name of the zone)
            shorts = [w[len(a):] for name in p.path.split("/")[:2] for a in _short_forms(name) if w.startswith(a)]
            if not f.code.isdigit():
                shorts += [w[:-len(z)] for z in _ZONE_WORDS if w.endswith(z)][:1]
            for short in shorts:
                if len(short) >= 2 and short not in g.forms and f.code not in out.get(short, []) and _names_a_zone(g, short):
                    out.setdefault(short, []).append(f.code)
    _zone_shorts[id(g)] = out
    return out


def _names_a_zone(g, short: str) -> bool:
    """A zone's short name only where it is a name: not a zone word (经济开发区, 140 zones' leftover), a common word
    (农村, 幸福, 东部, 特色) or a county's stem, which its own unit's note reads.  (A town's stem stays: 张江 is 张江镇
    and the 张江 zone; as a township filter the town's note goes first, ``_unknown``.)"""
    from pipeline.nlp.segment import is_common_word  # (the dictionary loads only when the short names are first built)

    if _bare_word(short) or short in _GENERIC_ZONE_SHORTS or is_common_word(short):
        return False
    return not any(g.places[f.code].level == "county" for w in COUNTY_WORDS for f in g.forms.get(short + w, ())
                   if f.code in g.places)


# Words a zone's name opens with that name no place (开发区 of 开发区管委会; the generic names of districts)
_GENERIC_ZONE_SHORTS = frozenset(word_list("generic_district_names.txt"))


def _namesakes_note(cat: Catalog, facet: str, given: str, found: list, kind: str) -> Note:
    """A name many units share, none with measures here: how many, and the places the knowledge base has that hold
    one of them, at the nearest level where it has any (the counties holding a 城关镇), to filter by."""
    for lv in reversed(P.LEVELS[:P.LEVELS.index(facet)] if facet in P.LEVELS else P.LEVELS):
        near = {x.value: x for p in found if (x := cat.by_key.get((lv, P.unit_path([getattr(p, k) for k in P.LEVELS], lv) or "")))}
        if near:
            break
    ranked = sorted(near.values(), key=lambda x: -x.n)
    head = f"“{given}”是{kind}名，全国同名{len(found)}处，知识库里没有地区在其中任何一处的{cat.noun}。"
    if ranked:
        head += (f"知识库里有其中{len(ranked)}处所在的{FACET_ZH[ranked[0].facet]}：" + "、".join(x.label for x in ranked[:5])
                 + f"{'等' if len(ranked) > 5 else ''}；可按{FACET_ZH[ranked[0].facet]}筛选。")
    elif (one := found[0]).county:  # (how one of them is named: with its county, 武清区城关镇)
        head += f"要指明其中一处，可连同其区县写，如“{one.county}{one.name}”。"
    return Note(facet, given, "unknown", head, ranked[:5])


def _within_county_note(cat: Catalog, given: str, within: set[str]) -> Note:
    """A township the county filter's counties do not hold: their townships the knowledge base has (the nearest names
    were towns of other provinces), or, where it has none, the county alone to filter by."""
    counties = [x for c in sorted(within) if (x := cat.by_key.get(("county", c)))]
    where = "、".join(x.label for x in counties)
    mine = sorted((x for x in cat.values.get("township", []) if x.value.rsplit("/", 1)[0] in within), key=lambda x: -x.n)
    if mine:
        return Note("township", given, "unknown", f"{where}没有乡镇为“{given}”的{cat.noun}。{where}已有的乡镇："
                    + "、".join(x.label for x in mine[:5]) + "。", mine[:5])
    return Note("township", given, "unknown", f"没有乡镇为“{given}”的{cat.noun}：{where}的{cat.noun}都没有记到乡镇，"
                f"可只按区县筛选。", counties[:5])


def _other_level_gazetteer_note(cat: Catalog, given: str, v: str) -> Note | None:
    """``_gazetteer_note`` of the township the division data has under another level word (唐昌街道: 唐昌镇), as the
    filter reads a name so (``_other_level_words``): 唐昌镇 was said to be 郫都区's, with its county to filter by,
    唐昌街道 got the KB's biggest towns; a name given with none (温溪: 温溪镇) under each of them."""
    stem, word = _level_word(v)
    if not word and len(v) >= 2:  # (a stem alone: every level word at once, 龙津 the 龙津镇 and the three 龙津街道; the
        # first word the data had a township for answered alone, and the town was never named)
        return _gazetteer_note(cat, "township", given, tuple(v + w for w in _TOWN_WORDS))
    for other in _TOWN_WORDS if len(stem) >= 2 else ():
        if other != word and (known := _gazetteer_note(cat, "township", given, stem + other)):
            return known
    return None


def _written_parent_note(cat: Catalog, facet: str, given: str, v: str) -> Note | None:
    """A place written after a unit above it (河北广阳镇, 河北 having none) that the knowledge base has not: the places
    of the level it has there, or the unit above to filter by.  The nearest names offered another province's 广阳镇
    first.  Read by ``_written_parents`` (chains: 北京朝阳 is 北京市朝阳区); of the units a head may be, those the
    knowledge base has (朝阳 there: 北京市朝阳区, not 辽宁省朝阳市), else those of the highest level (河北: 河北省, not
    天津市河北区).  None: nothing opening the value names a unit above the filter's level."""
    if (g := _gazetteer()) is None or facet not in P.LEVELS:
        return None
    for tail, found in _written_parents(g, v, P.LEVELS[:P.LEVELS.index(facet)]):
        known = [p for p in found if cat.by_key.get((p.level, p.path))]
        top = min((p.level for p in found), key=P.LEVELS.index)
        units = {p.path: p for p in (known or [p for p in found if p.level == top])}
        where = "、".join(P.full_name(p) for p in list(units)[:3])
        mine = sorted((x for x in cat.values.get(facet, []) if x.value.startswith(tuple(p + "/" for p in units))),
                      key=lambda x: -x.n)
        head = f"{where}没有{FACET_ZH[facet]}为“{tail}”的{cat.noun}。"
        if mine:
            return Note(facet, given, "unknown", head + f"{where}已有：" + "、".join(x.label for x in mine[:5]) + "。", mine[:5])
        ups = [x for p in units.values() if (x := cat.by_key.get((p.level, p.path)))]
        return Note(facet, given, "unknown", head + ("可按上级筛选：" + "、".join(f"{x.label}（{FACET_ZH[x.facet]}）" for x in ups[:5])
                                                      + "。" if ups else ""), ups[:5])
    return None


def _above(cat: Catalog, p) -> list[Value]:
    """The knowledge base's places that hold gazetteer unit ``p``, the nearest first."""
    names = [(lv, getattr(p, lv)) for lv in P.LEVELS if lv != p.level]
    out = []
    for i, (lv, name) in enumerate(names):
        if name and (x := cat.by_key.get((lv, P.path(n for _, n in names[:i + 1])))):
            out.append(x)
    return out[::-1]


def _by_code_or_path(g, v: str) -> list:
    """A unit given by its division code (350102, 3501) or by its names down from a higher level (福州市鼓楼区,
    福建省福州市鼓楼区), which the short forms' lookup does not hold: else these got unrelated nearest names."""
    if v.isdigit():
        p = g.places.get(P.full_code(v)) if len(v) <= P.FULL_CODE_DIGITS else None
        return [p] if p else []
    for i in range(1, len(v) - 1):  # the longest full name the given ends with, then its path must end as given
        hits = [g.places[c] for c in g.names_of(v[i:]) if c in g.places]
        if hits := [p for p in hits if norm(p.path).endswith(v)]:
            return hits
    for tail, units in _written_parents(g, v, P.LEVELS):  # (or under units above it written short or skipping one: 安徽省金寨县)
        hits = [g.places[f.code] for f in g.forms.get(tail, ()) if f.kind in ("full", "alias") and f.code in g.places]
        if hits := [p for p in hits if p.path.startswith(tuple(u.path + "/" for u in units))]:
            return hits
    return []


_YEAR = re.compile(r"(\d{4})\s*年?\s*(?:(?:-|–|—|~|～|至|到)\s*(\d{4})?\s*年?)?")
# The same, as people write it inside a query's words: 2023年度年轻干部, 2020-2023年容错纠错, 2020年至2023年…,
# 2019年以来… (from 2019 on; also 2019年起, 2019年至今); a year of this century or the last, as no count is (1000名).
# (至/到 makes a span only before a second year or 今: 2020年到村任职 is the year 2020 and 到村; 年来 not before
# 自 or 源: 2019年来自基层 is the year 2019)
_YEAR_IN_WORDS = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年?(?:\s*(?:-|–|—|~|～|至|到)\s*(?:((?:19|20)\d\d)\s*年?|(?=今)))?"
                            r"(度|以来|以后|(?<=年)[来起](?![自源草])|(?<=[至到])今)?(?!\d)")
_SINCE = ("以来", "以后", "来", "起", "今")


# up to a year, as written: -2023, 至2023, 截至2023年, 2023年以前, 2023年之前, 2023年前 (each counting 2023, as
# 2023年以前 always did: the filter's "及以前")
_UP_TO = re.compile(r"(?:-|–|—|~|～|至|到|截至|截止到?)\s*(\d{4})\s*年?|(\d{4})\s*年?\s*(?:及)?(?:以前|之前|前)")


def year_in(text: str) -> tuple[str, int, int] | None:
    """A year or span of years written inside ``text``, as the year filter takes it (2019年以来 -> 2019-,
    2020年至2023年 -> 2020-2023), and where it is written."""
    m = _YEAR_IN_WORDS.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    lo, hi, tail = m.group(1), m.group(2), m.group(3)
    written = m.group(0)[:len(m.group(0)) - len(tail or "")]
    dash = not hi and written.rstrip("年 ") != lo  # (2020- / 2020年至今: from 2020 on, as _resolve_year reads it)
    value = f"{lo}-{hi}" if hi else f"{lo}-" if dash or tail in _SINCE else lo
    return value, m.start(), m.end()


def year_label(value: str) -> str:
    """A year filter's value as said in a sentence: 2023, 2020-2023, 2019 年以来."""
    return f"{value[:-1]} 年以来" if value.endswith("-") else value


# A year in Chinese numerals (二〇二三), read as its digits
_HAN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
_HAN_YEAR = re.compile("[〇零○一二三四五六七八九]{4}")
# From a year on, written with 后 (2019年后, 2019年之后): 以后 is read by year_in too; 后 alone only here, where the
# value is a year and nothing else (2019年后备干部 in a query is the year 2019 and 后备干部)
_AFTER = re.compile(r"(\d{4})\s*年?\s*(?:之后|以后|后)")
# A month (2024-05, 2024年5月, 2024/5): the filter goes by years, so by its year, said so
_MONTH = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?(?:\s*(?:[-/.]|月)\s*\d{1,2}\s*日?)?")


def _resolve_year(cat: Catalog, given: str) -> tuple[list[Value], Note | None]:
    # (several years, 2023、2024 or 2020-2021，2023: any of them; it was refused, though the error's own examples
    # are written so)
    parts = [p for p in _YEAR_LIST.split(given) if p.strip()]
    spans = [_year_span(p.strip(), given) for p in parts] or [_year_span(given, given)]
    years = cat.values.get("year", [])
    found = [y for y in years if any(lo <= int(y.value) <= hi for lo, hi, _ in spans)]
    if found:
        if len(spans) > 1:
            return found, Note("year", given, "read_as", f"年份“{given}”按 " + "、".join(_span_label(lo, hi) for lo, hi, _ in spans)
                               + "筛选（任一年份）。")
        return found, Note("year", given, "read_as", spans[0][2]) if spans[0][2] else None
    lo, hi = min(x[0] for x in spans), max(x[1] for x in spans)
    if not years:  # (else the note offered an empty list: 最接近的：。)
        return [], Note("year", given, "unknown", f"{given} 没有{cat.noun}：知识库里没有{'一条举措的' if cat.noun == '举措' else '一篇'}文章有日期。", [])
    near = sorted(years, key=lambda y: min(abs(int(y.value) - lo), abs(int(y.value) - hi)))[:5]
    span = f"{years[0].value}–{years[-1].value}"
    return [], Note("year", given, "unknown", f"{given} 没有{cat.noun}（已有年份：{span}）。最接近的：" +
                    "、".join(y.label for y in near) + "。", near)


# What separates the years of a list (2023、2024): no form of one year holds these
_YEAR_LIST = re.compile(r"[、,，;；]")
# A year or span written plainly (2023, 2023年, 2020-2023, 2019-, -2019): read without a note; any other form
# (二〇二三, 2023年度, 2020至2023, 2019年以来) is said as read, as a month (2024-05) was
_PLAIN_YEAR = re.compile(r"-?\d{4}年?(?:-(?:\d{4}年?)?)?")


def _year_span(written: str, given: str) -> tuple[int, int, str | None]:
    """The first and last year of one year form (0 and 9999 for an open end), and how it was read when that is
    not plain (None when it is); raises QueryError for one that is no year (``given``, the whole value, named)."""
    part = written
    written = _HAN_YEAR.sub(lambda m: m.group(0).translate(_HAN_DIGITS), unicodedata.normalize("NFKC", written).strip())
    said = None  # how a form whose reading is not plain was read (up to a year, and that year itself?)
    if (after := _AFTER.fullmatch(written)) or ((month := _MONTH.fullmatch(written)) and 1 <= int(month.group(2)) <= 12):
        year = (after or month).group(1)
        written = f"{year}-" if after else year
        said = (f"年份“{part}”按 {year} 年及以后（含 {year} 年）筛选。" if after else
                f"年份“{part}”按 {year} 年筛选：年份筛选按年，不分月日。")
    if (inside := year_in(written)) and inside[1:] == (0, len(written)):
        written = inside[0]  # (2019年以来, 2019年至今, 2023年度: the forms the suggestions offer, as the filter reads them)
    if up := _UP_TO.fullmatch(written):  # -2020: up to 2020 (2020- was read, its mirror refused)
        lo, hi = 0, int(up.group(1) or up.group(2))
        if up.group(2):  # (2019年之前 and 2019年前 count 2019, as 2019年以前 does: said, since 之前 may be read without it)
            said = f"年份“{part}”按 {hi} 年及以前（含 {hi} 年）筛选。"
    elif m := _YEAR.fullmatch(written):
        lo = int(m.group(1))
        dash = m.group(0).rstrip("年 ") != m.group(1) and m.group(2) is None  # 2020- : from 2020 on
        hi = int(m.group(2)) if m.group(2) else (9999 if dash else lo)
    else:
        raise QueryError(f"年份“{given}”无法识别：请写成 2023、2020-2023、2019-（2019 年以来）或 -2019（2019 年及以前），"
                         f"几个年份用顿号隔开（2021、2023）。")
    if lo > hi:  # (2023-2020: read as 2020-2023 without a word, where every other form not plain is said as read)
        lo, hi = hi, lo
        said = said or f"年份“{part}”的起止年份写反了，按 {_span_label(lo, hi)}筛选。"
    if said is None and not _PLAIN_YEAR.fullmatch(SPACES.sub("", unicodedata.normalize("NFKC", part))):
        said = f"年份“{part}”按 {_span_label(lo, hi)}筛选。"  # (二〇二三, 2023年度: read with no word of how)
    return lo, hi, said


def _span_label(lo: int, hi: int) -> str:
    """A span of years as a note says it: 2023 年, 2020–2023 年, 2019 年及以后, 2019 年及以前."""
    if lo == hi:
        return f"{lo} 年"
    if hi == 9999:
        return f"{lo} 年及以后"
    return f"{hi} 年及以前" if lo == 0 else f"{lo}–{hi} 年"
