"""Chinese names of the knowledge base's tables and columns, read from the shipped Datasette
metadata (``resources/datasette-metadata.yml``), so Datasette, exports and downloads agree."""
from __future__ import annotations

from functools import lru_cache

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
