"""How to read a CSV export back with pandas: ``dtypes.json`` beside the files gives each file's columns
their dtypes, to pass as they are:

    pd.read_csv("outputs/export/regions.csv", dtype=json.load(open("outputs/export/dtypes.json"))["regions.csv"])

``dtypes.json["_json_columns"]`` names the columns holding JSON text (a slogan's 成分, 数字): ``json.loads`` them.
Read with no dtype, a column of codes with blanks in it comes back as float64 (区划代码 341800000000 as
3.418e+11, which joins with nothing), and one of integers with blanks (数据's 举措编号) as 12.0.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

FILE = "dtypes.json"
# A stored column's dtype, by its declared type (as kb.open types it): codes, ids and dates are text (a date
# ISO, as far as it is known: pd.to_datetime(format="ISO8601") where a date is wanted), which is the rest.
_BY_DECLARED = {"INTEGER": "Int64", "REAL": "Float64"}
# (what the frames add beside a stored date, and an export beside an article's id)
_DERIVED = {"date_precision": "str", "year": "Int64", "is_repost": "Int64"}


# The key of dtypes.json that is no file: per file, its columns of JSON text (a slogan's 成分 ["a", "b"], its 数字
# 3 or [3, 4]; empty where it has none), which Parquet and JSON lines write as values (成分 a list).
JSON_NOTE = "_json_columns"


# The key of dtypes.json saying what each kind of offset column counts in (characters, never bytes).
OFFSETS_NOTE = "_offsets"
OFFSETS = {
    "start": "characters into the article's text (articles.text, 文章.正文)",
    "end": "characters into the article's text (articles.text, 文章.正文), exclusive",
    "orig_start": "characters into the document's original (documents.original, 文件.原文): the decoded file for a "
                  "text file, the text taken from the page for HTML (not the page's bytes or markup)",
    "orig_end": "as orig_start, exclusive",
}


def _json_headers(table: str, lang: str) -> set[str]:
    from pipeline.report.labels import column_label
    from pipeline.store.schema import JSON_COLUMNS

    cols = set(JSON_COLUMNS.get(table, ())) | ({"count"} if table == "lexicon" else set())
    return {column_label(table, c) if lang == "zh" else c for c in cols}


def write_dtypes(db: str | os.PathLike, out: str | os.PathLike, csvs: list[Path], lang: str = "zh") -> Path:
    """``dtypes.json`` in ``out`` for these exported CSV files (a table's name each, headers in ``lang``): per file, per
    column of its header, the pandas dtype to read it as (str, Int64, Float64); and two notes, keys starting with _
    (``JSON_NOTE``, ``OFFSETS_NOTE``)."""
    from pipeline.core.fsutil import write_bytes
    from pipeline.report.labels import column_label
    from pipeline.store.reader import connect_readonly

    conn = connect_readonly(db)
    try:
        declared = {p.stem: {r[1]: (r[2] or "").upper() for r in conn.execute(f"PRAGMA table_info({p.stem})")} for p in csvs}
    finally:
        conn.close()
    types = {}
    for path in csvs:
        table = path.stem
        kinds = _DERIVED | {c: _BY_DECLARED.get(t, "str") for c, t in declared[table].items()}
        by_header = {column_label(table, c) if lang == "zh" else c: kind for c, kind in kinds.items()}
        with open(path, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), [])
        types[path.name] = {h: by_header.get(h, "str") for h in header}
    # (beside the files, not one of them: which columns hold JSON text, to json.loads where a value is wanted)
    said = {p.name: [h for h in types[p.name] if h in _json_headers(p.stem, lang)] for p in csvs}
    types[JSON_NOTE] = {name: cols for name, cols in said.items() if cols}
    types[OFFSETS_NOTE] = {column_label("measures", c) if lang == "zh" else c: what for c, what in OFFSETS.items()}
    path = Path(out) / FILE
    write_bytes(path, json.dumps(types, ensure_ascii=False, indent=1).encode("utf-8"))
    return path
