"""Chinese names of the knowledge base's tables and columns, read from the shipped Datasette
metadata (``resources/datasette-metadata.yml``), so Datasette, exports and downloads agree."""
from __future__ import annotations

from functools import lru_cache
import re

from pipeline.core.lexicons import resource_path, word_table

METADATA = "datasette-metadata.yml"


def metadata_path() -> str:
    return resource_path(METADATA)


@lru_cache(maxsize=1)
def metadata() -> dict:
    import yaml

    with open(metadata_path(), encoding="utf-8") as f:
        return yaml.safe_load(f)


def _tables() -> dict:
    return metadata()["databases"]["kb"]["tables"]


def table_label(table: str) -> str:
    return (_tables().get(table) or {}).get("title", table)


# Columns not in the database: what the frames add beside a stored date (KnowledgeBase: what is known of it), and
# an export beside an article's id (whether the article reposts another).
DERIVED = {"date_precision": "日期精度", "year": "年份", "is_repost": "是否转载"}


def column_label(table: str, column: str) -> str:
    return ((_tables().get(table) or {}).get("columns") or {}).get(column, DERIVED.get(column, column))


# The region finder's reasons (pipeline/extract/regions.py writes them in English, its working language), in
# Chinese for a Chinese export: each part of a reason is matched whole against the shapes of
# resources/region_reasons_zh.tsv, names and numbers kept.  Every shape regions.py writes, for an article's region
# (regions) and for each place named (region_mentions), has its row there (a new shape needs one: tests/test_ux74b.py
# lists one reason of each); a part of another shape stays as written.
_NAME = r"([^\s,;]+)"
_WEIGHTS = "weights: "  # "weights: 安徽省 15.5, 宣城市 15.5": how much the text names each level's chosen unit


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple, tuple]:
    """(the reasons' shapes, the weight items' shapes), each a compiled pattern with its Chinese."""
    reasons: list = []
    weights: list = []
    into = reasons
    for row in word_table("region_reasons_zh.tsv"):
        if row == ("[weights]",):
            into = weights
            continue
        into.append((re.compile(row[0].replace("NAME", _NAME)), row[1]))
    return tuple(reasons), tuple(weights)


def reason_zh(reason):
    """A region finder's reason in Chinese (提及权重：安徽省 15.5，宣城市 15.5); what is not a reason (None, NaN) as given."""
    if not isinstance(reason, str) or not reason:
        return reason
    return "；".join(_part_zh(part) for part in reason.split("; "))


REGION_FIELDS = ("name", "level", "province", "city", "county", "township", "path", "code", "reason", "confidence")


def region_explained(region: dict | None) -> dict | None:
    """An article's primary region as every output gives it (extract's JSON, the API's /api/articles/{id} and the
    article page): the regions row's fields (``REGION_FIELDS``; a name or code the row leaves empty is None), its
    full name to show (``label``), the reason in Chinese too, and both flags of doubt decided here alone:
    ``ambiguous``, the finder left a name among its namesakes or named provinces equally (鼓楼区 alone), and
    ``uncertain``, the unit is a town placed under no county or city (大桥镇 alone: 未能确定).  One function, so
    that the outputs cannot tell one article's region apart (the API gave 大桥镇 alone no name, path or code, which
    extract gave)."""
    from pipeline.extract import places as P

    if region is None:
        return None
    out = {k: (None if region.get(k) == "" else region.get(k)) for k in REGION_FIELDS}
    reason = out["reason"]
    return out | {"label": P.full_name(out["path"]) or None, "reason_zh": reason_zh(reason),
                  "ambiguous": isinstance(reason, str) and reason.startswith("ambiguous"),
                  "uncertain": P.uncertain_town(out)}


def _part_zh(part: str) -> str:
    if part.startswith(_WEIGHTS):
        return "提及权重：" + "，".join(_first_shape(item, _shapes()[1]) for item in part[len(_WEIGHTS):].split(", "))
    return _first_shape(part, _shapes()[0])


def _first_shape(text: str, shapes) -> str:
    for shape, zh in shapes:
        if m := shape.fullmatch(text):
            return m.expand(zh).replace(" or ", "或")  # (the data files it under 甲镇 or 乙镇 of …: alternatives)
    return text
