"""Places as the knowledge base names them: full paths, short labels, administrative order.

A place is identified by its path (福建省/福州市/鼓楼区), never by its short name, so
福州's 鼓楼区 and 南京's 鼓楼区 stay apart.  It is shown by the shortest tail of the
path that no other current division at its level shares (福州市鼓楼区, but 上杭县), and
sorted in the customary administrative order, which is the order of the division codes
(北京 11, 天津 12, 河北 13 … 新疆 65).

The township level is read when the ``regions`` table has a ``township`` column.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
import sqlite3

LEVELS = ("province", "city", "county", "township")
LEVEL_ZH = {"province": "省份", "city": "地市", "county": "区县", "township": "乡镇"}
# A place a text mentions may be below the township or beside the divisions: a village (or a community, 社区, which
# the division data lists with them) and a functional zone (开发区, 高新区), named as the other levels are
MENTION_LEVEL_ZH = LEVEL_ZH | {"village": "村/社区", "zone": "功能区"}
LEVEL_EN = {"province": "province", "city": "city", "county": "county", "township": "township"}
# How many leading digits of a 12-digit division code name the unit at each level.
CODE_DIGITS = {"province": 2, "city": 4, "county": 6, "township": 9}
FULL_CODE_DIGITS = 12  # a division code's digits in every table, download and answer (the statistical code's full form)


def levels(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The place levels this knowledge base records (township only where built with it)."""
    cols = {r[1] for r in conn.execute("PRAGMA table_info(regions)")}
    return tuple(lv for lv in LEVELS if lv in cols)


def path(parts) -> str | None:
    """'福建省/福州市/鼓楼区' from the names down to a level; None without a province."""
    parts = list(parts)
    if not parts or not parts[0]:
        return None
    return "/".join(p for p in parts if p)


def full_name(p: str | None) -> str:
    return (p or "").replace("/", "")


def full_code(code: str | None) -> str | None:
    """A division code in its 12-digit form (the catalog and gazetteer keep it cut to its level's digits)."""
    return code.ljust(FULL_CODE_DIGITS, "0") if code else None


def code_prefix(code: str | None, level: str) -> str | None:
    """The digits of a division code that name its unit at ``level`` (for sorting)."""
    if not code or not code[:2].isdigit():
        return None
    return code[:CODE_DIGITS[level]].ljust(CODE_DIGITS[level], "0")


@dataclass(frozen=True)
class Place:
    level: str
    path: str
    code: str | None  # the code prefix at this level, e.g. '350102'; None when unknown
    label: str        # what people read: 鼓楼区 where unique, 福州市鼓楼区 where not

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def full_name(self) -> str:
        return full_name(self.path)


def region_places(row, lvls: tuple[str, ...] = LEVELS) -> dict[str, str]:
    """{level: path} for one regions row: the article's place and each of its ancestors."""
    keys = row.keys() if hasattr(row, "keys") else row
    names = [row[lv] if lv in keys else None for lv in lvls]
    out = {}
    for i, lv in enumerate(lvls):
        if names[i]:
            p = path(names[: i + 1])
            if p:
                out[lv] = p
    return out


def uncertain_town(region_) -> bool:
    """A town placed under no county or city (大桥镇 alone, 浙江省大桥镇): one of the towns of its name, not known which
    (the article page says 未能确定 of it).  Downloads wrote it in 乡镇 as if known, and a pivot on 乡镇 lumped the
    namesakes; a municipality's town has its county (重庆市南岸区广阳镇), a city's own town its city (仙桃市).
    ``region_``: a hit's region dict or a regions row (a missing name may be None, "" or NaN)."""
    def named(level: str) -> bool:
        v = region_.get(level)
        return isinstance(v, str) and v != ""

    return named("township") and not named("county") and not named("city")


def is_municipality(province: str | None) -> bool:
    """北京市, 天津市, 上海市, 重庆市: a province-level unit named a city (省, 自治区 and 特别行政区 are not) has no
    prefecture level: its districts and counties stand right under it."""
    return bool(province) and province.endswith("市")


def unit_path(names, level: str) -> str | None:
    """The path of the unit at ``level`` that holds a place given by its names down the levels (province, city,
    county, township; None where unknown), or None.  At the city level a place with no prefecture level above it is
    its own unit, as statistical yearbooks list them beside the prefecture-level cities: a municipality (北京市, for
    its districts and itself) and a county-level unit its province governs directly (湖北省/仙桃市)."""
    names = list(names) + [None] * (len(LEVELS) - len(names))
    k = LEVELS.index(level)
    if names[k]:
        return path(names[: k + 1])
    if level != "city" or not names[0]:
        return None
    if is_municipality(names[0]):
        return names[0]
    return path([names[0], names[2]]) if names[2] else None


def own_prefectures(conn: sqlite3.Connection) -> list[Place]:
    """The city-level units ``unit_path`` gives the articles' places with no prefecture level (a municipality; a
    county-level unit under its province), labelled, with their codes (a municipality's: its own, 110000)."""
    seen: dict[str, str | None] = {}
    for code, province, county in conn.execute("SELECT code, province, county FROM regions"
                                               " WHERE province IS NOT NULL AND city IS NULL GROUP BY 1, 2, 3"):
        p, own = unit_path([province, None, county], "city"), code_prefix(code, "province")
        if p and seen.get(p) is None:
            seen[p] = own + "00" if own and is_municipality(province) else code_prefix(code, "county")
    labels = _labels([Place("county", p, None, "") for p in seen if "/" in p])  # (a county's name may be shared)
    return [Place("city", p, code, labels.get(("county", p), p)) for p, code in seen.items()]


def catalogue(conn: sqlite3.Connection) -> list[Place]:
    """Every place that is some article's region (or contains one), labelled, in administrative order."""
    lvls = levels(conn)
    cols = ", ".join(("code",) + lvls)
    seen: dict[tuple[str, str], str | None] = {}
    # Each distinct region once, in the order of its first article (a rebuild reads thousands of
    # places, not every article's row).
    for row in conn.execute(f"SELECT {cols} FROM regions WHERE province IS NOT NULL"
                            f" GROUP BY {cols} ORDER BY min(rowid)"):
        row = dict(zip(("code",) + lvls, row))
        for lv, p in region_places(row, lvls).items():
            code = code_prefix(row["code"], lv)
            if seen.get((lv, p)) is None:
                seen[(lv, p)] = code
    places = [Place(lv, p, code, "") for (lv, p), code in seen.items()]
    labels = _labels(places)
    out = [Place(p.level, p.path, p.code, labels[(p.level, p.path)]) for p in places]
    return sorted(out, key=sort_key)


def sort_key(p: Place) -> tuple:
    return (LEVELS.index(p.level), p.code or "999999999", p.path)


def _labels(places: list[Place]) -> dict[tuple[str, str], str]:
    """The shortest tail of each path that is unique among the current divisions at its level (a township's
    two names at least: 城关镇 is in 82 counties), and among the places here: 铁东区解放街道 is in 鞍山市 and in
    四平市, whose rows would else be one label (and two rows of one name a table cannot tell apart)."""
    known, known_tails = _gazetteer_names(), _gazetteer_tails()
    here = Counter((p.level, p.name) for p in places)
    here_tails = Counter((p.level, "/".join(p.path.split("/")[-2:])) for p in places)
    out = {}
    for p in places:
        parts = p.path.split("/")
        shared = here[(p.level, p.name)] > 1 or known.get((p.level, p.name), 0) > 1
        if p.level == "township" or (shared and len(parts) > 1):
            two = (p.level, "/".join(parts[-2:]))
            tail = parts[-3:] if here_tails[two] > 1 or known_tails.get(two, 0) > 1 else parts[-2:]
            out[(p.level, p.path)] = "".join(tail)
        else:
            out[(p.level, p.path)] = p.name
    return out


@lru_cache(maxsize=1)
def _gazetteer_tails() -> dict[tuple[str, str], int]:
    """How many current divisions at each level have each last two names of their path (市中区/白马镇: 2)."""
    try:
        from pipeline.extract.regions import Gazetteer

        g = Gazetteer.load()
    except Exception:  # (as _gazetteer_names)
        return {}
    return dict(Counter((p.level, "/".join(p.path.split("/")[-2:])) for p in g.places.values() if "/" in p.path))


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[tuple[str, str], int]:
    """How many current divisions at each level carry each full name (鼓楼区: 4)."""
    try:
        from pipeline.extract.regions import Gazetteer

        g = Gazetteer.load()
    except Exception:  # no gazetteer data: only the knowledge base's own places can clash
        return {}
    return dict(Counter((p.level, p.name) for p in g.places.values()))
