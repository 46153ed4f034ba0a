"""Chinese names of the knowledge base's tables and columns, read from the shipped Datasette
metadata (``resources/datasette-metadata.yml``), so Datasette, exports and downloads agree."""
from __future__ import annotations

from functools import lru_cache
import re

from pipeline.core.lexicons import resource_path

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


# Columns the frames add beside a stored date (KnowledgeBase: what is known of it), not in the database.
DERIVED = {"date_precision": "日期精度", "year": "年份"}


def column_label(table: str, column: str) -> str:
    return ((_tables().get(table) or {}).get("columns") or {}).get(column, DERIVED.get(column, column))


# The region finder's reasons (pipeline/extract/regions.py writes them in English, its working language), in
# Chinese for a Chinese export: each part of a reason (parts are joined by "; ") is matched whole against these
# shapes, names and numbers kept.  Every reason for an article's region (regions) has its shape here; of those
# for each place named (region_mentions), the common ones (all but 3 % of the mentions on 520 real pages); a
# part of another shape stays as written.
_NAME = r"([^\s,;]+)"
REASONS_ZH = tuple((re.compile(shape.replace("NAME", _NAME)), zh) for shape, zh in (
    (r"national: (\d+) provinces named, none with half the weight", r"全国性：提到\1个省份，没有一个占到一半权重"),
    (r"national: counties and towns of (\d+) provinces named, none with more than half their weight",
     r"全国性：提到\1个省份的县乡，没有一个省占到一半以上权重"),
    (r"national: the country spoken of (\d+) times, NAME barely named", r"全国性：\1次说到全国，\2只是顺带提到"),
    (r"national: many places surveyed, NAME barely named", r"全国性：报道多地，\1只是顺带提到"),
    (r"ambiguous: NAME and NAME are named equally", r"无法确定：\1与\2提到得一样多"),
    (r"ambiguous: only NAME is named, and nothing places it", r"无法确定：只提到\1，无从判断它在哪里"),
    (r"no place named", "未提到地名"),
    (r"the medium NAME is named after it", r"按媒体\1的所在地"),
    (r"the text speaks as a banner \((.+)\)", r"行文是旗的口吻（\1）"),
    (r"namesakes told apart by the medium NAME", r"同名地方按媒体\1区分"),
    (r"NAME named", r"提到\1"),
    (r"the article speaks of NAME in the medium NAME", r"文章在媒体\2中说“\1”"),
    (r"NAME by weight", r"按权重为\1"),
    (r"the county's own medium NAME names NAME in the opening paragraph", r"该县自己的媒体\1在首段提到\2"),
    (r"the source NAME is NAME's, and the article says NAME", r"来源\1属于\2，文章说“\3”"),
    (r"the text speaks as NAME, above NAME", r"行文是“\1”的口吻，在\2之上"),
    # each place named
    (r"unique name", "名称唯一"),
    (r"explicit parent: NAME precedes it", r"前面是其上级\1"),
    (r"explicit child: NAME follows it", r"后面是其下级\1"),
    (r"context vote: NAME named in the article", r"文中提到\1"),
    (r"province name \(a same-named district would follow its parent\)", "省名（同名的区前面会有其上级）"),
    (r"as resolved at its first mention", "同首次提到时"),
    (r"former name of NAME \(until (\d+)\)", r"\1的旧称（沿用至\2年）"),
    (r"former name of NAME", r"\1的旧称"),
    (r"short for NAME named in the article", r"文中\1的简称"),
    (r"written with another level word than NAME", r"与\1的层级用字不同"),
    (r"no context: the higher-level unit", "无上下文：取上级"),
))
# "weights: 安徽省 15.5, 宣城市 15.5": how much the text names each level's chosen unit (and why it stopped)
_WEIGHTS = "weights: "
_WEIGHT_ITEMS_ZH = tuple((re.compile(shape.replace("NAME", _NAME)), zh) for shape, zh in (
    (r"NAME ([\d.]+)", r"\1 \2"),
    (r"ambiguous below: NAME and NAME equally named", r"下一级\1与\2提到得一样多"),
    (r"all named below the city lies in NAME \(([\d.]+)\)", r"市以下提到的都在\1（\2）"),
))


def reason_zh(reason):
    """A region finder's reason in Chinese (提及权重：安徽省 15.5，宣城市 15.5); what is not a reason (None, NaN) as given."""
    if not isinstance(reason, str) or not reason:
        return reason
    return "；".join(_part_zh(part) for part in reason.split("; "))


def _part_zh(part: str) -> str:
    if part.startswith(_WEIGHTS):
        return "提及权重：" + "，".join(_first_shape(item, _WEIGHT_ITEMS_ZH) for item in part[len(_WEIGHTS):].split(", "))
    return _first_shape(part, REASONS_ZH)


def _first_shape(text: str, shapes) -> str:
    for shape, zh in shapes:
        if m := shape.fullmatch(text):
            return m.expand(zh)
    return text
