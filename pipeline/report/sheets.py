"""Tables for people: one way to write a DataFrame to Excel, CSV and HTML with its cells typed.

Integers stay integers (nullable ``Int64``, never ``1.0``), shares are shown as
percentages (Excel cells formatted ``0.0%``, CSV and HTML ``12.5%``), dates are
dates (Excel date cells, ISO ``2023-05-12`` in CSV and HTML), other reals lose
their trailing zeros (``38`` not ``38.0000``).
"""
from __future__ import annotations

import math
import os
from pathlib import Path
import re

import pandas as pd

from pipeline.core.fsutil import replacing
from pipeline.store.kb import PRECISION
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")


def sheet_name(title: str, taken=()) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    base = _BAD_SHEET.sub("·", title)[:31].rstrip()  # (a cut at a space left one at the end)
    name, k = base, 2
    while name in taken:
        name = f"{base[:28]}({k})"
        k += 1
    return name


# Excel formats of a date known to its day, month or year (kb's date_precision): the cell stays a date.
DATE_FORMATS = {"day": "yyyy-mm-dd", "month": "yyyy-mm", "year": "yyyy"}
_ISO_LENGTH = {known: n for n, known in PRECISION.items()}


def as_known(dates: pd.Series, precision: pd.Series) -> pd.Series:
    """Dates as ISO text cut to what is known of each (2016, 2016-05, 2016-05-03); None where none."""
    iso = dates.dt.strftime("%Y-%m-%d").astype(object)
    return pd.Series([d[: _ISO_LENGTH.get(p, 10)] if isinstance(d, str) else None for d, p in zip(iso, precision)],
                     index=dates.index, dtype=object)


def _is_int(s: pd.Series) -> bool:
    return pd.api.types.is_integer_dtype(s.dtype)


def _is_date(s: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(s.dtype)


def number(v) -> str:
    """38.0 -> '38', 0.1250 -> '0.125', NaN -> ''."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float):
        return f"{v:.4f}".rstrip("0").rstrip(".") if not v.is_integer() else str(int(v))
    return str(v)


def display(df: pd.DataFrame, percent=(), precision=None) -> pd.DataFrame:
    """Every cell as the string people should read (``precision``: per date column, what is known of each date)."""
    out = pd.DataFrame(index=df.index)
    for col in df.columns:
        s = df[col]
        if col in percent:
            out[col] = s.map(lambda v: "" if pd.isna(v) else f"{float(v) * 100:.1f}%")
        elif _is_date(s) and col in (precision or {}):
            out[col] = as_known(s, precision[col]).fillna("")
        elif _is_date(s):
            out[col] = s.dt.strftime("%Y-%m-%d").fillna("")
        elif _is_int(s):
            out[col] = s.map(lambda v: "" if pd.isna(v) else str(int(v)))
        elif pd.api.types.is_float_dtype(s.dtype):
            out[col] = s.map(number)
        else:
            out[col] = s.map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))
    return out


def write_sheet(xw: pd.ExcelWriter, df: pd.DataFrame, title: str, percent=(), index: bool = False,
                precision=None, cuts: list | None = None) -> str:
    """One typed, readable sheet; returns the sheet name used. ``precision``: per date column, what is known
    of each date (day, month, year), which its cell shows (a date cell formatted yyyy for a year alone).

    Text is text: a string starting with = is a text cell, never a formula. A text longer than a cell holds
    (``CELL_TEXT``) is cut with ``CUT_MARK`` in its cell and written whole, in pieces, on a sheet of its own
    (``continued_name``); ``cuts`` (a list) gets (sheet, cells cut) for the caller to say so."""
    from openpyxl.utils import get_column_letter

    name = sheet_name(title, xw.book.sheetnames if hasattr(xw, "book") else ())
    clipped = df.map(lambda v: clip(v) if isinstance(v, str) else v)
    clipped.to_excel(xw, sheet_name=name, index=index)
    ws = xw.sheets[name]
    first = df.index.nlevels if index else 0
    long = _as_text(ws, df, first)
    if long:
        _continued(xw, name, long)
        if cuts is not None:
            cuts.append((name, len(long)))
    if index:
        ws.column_dimensions["A"].width = max(10, min(40, 2 * max((len(str(i)) for i in df.index), default=4)))
    for j, col in enumerate(df.columns):
        letter = get_column_letter(j + 1 + first)
        s = df[col]
        fmt = "0.0%" if col in percent else "yyyy-mm-dd" if _is_date(s) else "0" if _is_int(s) else None
        if fmt:
            for cell in ws[letter][1:]:
                cell.number_format = fmt
        if col in (precision or {}):
            for cell, known in zip(ws[letter][1:], precision[col]):
                cell.number_format = DATE_FORMATS.get(known, cell.number_format)
        longest = max([len(str(col))] + [len(str(v)) for v in s.head(200) if isinstance(v, str)])
        ws.column_dimensions[letter].width = max(8, min(60, 2 * longest if s.dtype == object or s.dtype == "str" else 12))
    ws.freeze_panes = ws.cell(row=2, column=1 + first)
    return name


# Excel holds at most 32,767 characters (UTF-16 units) in a cell. A longer text (a whole article, a page's
# extracted text) is cut to CELL_TEXT characters there, with CUT_MARK saying so, and written whole on a
# continuation sheet in pieces of CELL_TEXT, each with its offset in the text: offsets into it (起点, 终点)
# stay usable, and CSV, Parquet and JSON lines hold the text whole.
CELL_TEXT = 32_000
CUT_MARK = "〔截断：全文 {n:,} 字，续见工作表“{sheet}”；CSV/Parquet/JSONL 为全文〕"


def continued_name(sheet: str) -> str:
    return sheet_name(f"{sheet[:27]}（续）")


def _pieces(text: str) -> list[tuple[int, str]]:
    """The text in pieces of at most CELL_TEXT characters and as many UTF-16 units (a character beyond the
    basic plane takes two in Excel's count), each with its offset."""
    out, at = [], 0
    while at < len(text):
        n = CELL_TEXT
        while len(text[at:at + n].encode("utf-16-le")) // 2 > CELL_TEXT:
            n -= 1000
        out.append((at, text[at:at + n]))
        at += n
    return out


def clip(text: str, sheet: str = "") -> str:
    """What a cell shows of a text: the whole of it when it fits, else its first piece and the mark."""
    if len(text) <= CELL_TEXT and len(text.encode("utf-16-le")) // 2 <= CELL_TEXT:
        return text
    return _pieces(text)[0][1] + CUT_MARK.format(n=len(text), sheet=continued_name(sheet) if sheet else "（续）")


# A text cell opening with one of these is read by Excel (or LibreOffice) as a formula when typed or opened
# from CSV: =HYPERLINK(…) in a crawled title would be a live link, =1+2 a sum.
FORMULA_START = ("=", "+", "-", "@")


def _as_text(ws, df: pd.DataFrame, first: int) -> list[tuple[int, str, str]]:
    """Make every string cell a text cell (pandas hands openpyxl a string starting with = as a formula) and give
    a cut one its mark naming the continuation sheet; the cut ones as (row, column, whole text)."""
    long = []
    for j, col in enumerate(df.columns):
        s = df[col]
        if not (s.dtype == object or s.dtype == "str"):
            continue
        for i, v in enumerate(s):
            if not isinstance(v, str):
                continue
            cell = ws.cell(row=i + 2, column=j + 1 + first)
            if len(v) > CELL_TEXT or len(v.encode("utf-16-le")) // 2 > CELL_TEXT:
                cell.value = clip(v, ws.title)
                long.append((i + 2, str(col), v))
            if cell.data_type == "f" or v.startswith("="):
                cell.value = cell.value if isinstance(cell.value, str) else v
                cell.data_type = "s"
                cell.quotePrefix = True  # (typed over in Excel, it stays text)
    return long


def _continued(xw: pd.ExcelWriter, sheet: str, long: list[tuple[int, str, str]]) -> None:
    """The whole of each cut text on the sheet ``continued_name(sheet)``: its row and column on ``sheet``, the
    offset of each piece in the text, the piece (join a cell's pieces in order for its text)."""
    ws = xw.book.create_sheet(continued_name(sheet))
    ws.append(["行 row", "列 column", "起点 start", "文本 text"])
    for row, col, text in long:
        for at, piece in _pieces(text):
            ws.append([row, col, at, piece])
            ws.cell(row=ws.max_row, column=4).data_type = "s"
    ws.column_dimensions["D"].width = 100


def write_csv(df: pd.DataFrame, path: str | os.PathLike, percent=(), index: bool = False, precision=None) -> Path:
    """UTF-8 with BOM (Excel opens it as UTF-8), percentages as 12.5%, dates as 2023-05-12 (or 2023-05, 2023
    where ``precision`` says only the month or the year is known)."""
    path = Path(path)
    out = df.copy()
    for col in out.columns:
        if col in (precision or {}) and _is_date(out[col]):
            out[col] = as_known(out[col], precision[col])
        elif col in percent:
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else f"{float(v) * 100:.1f}%")
        elif pd.api.types.is_float_dtype(out[col].dtype):
            out[col] = out[col].map(number)  # 58, not 58.0
    with replacing(path) as tmp:
        out.to_csv(tmp, index=index, encoding="utf-8-sig", date_format="%Y-%m-%d")
    return path


def html_table(df: pd.DataFrame, percent=(), index: bool = False, max_rows: int = 300, precision=None) -> str:
    shown = display(df.head(max_rows), percent, {c: list(p)[:max_rows] for c, p in (precision or {}).items()})
    if index:  # as the first column: to_html gives a named index a second header row of its own
        shown.insert(0, str(df.index.name or ""), [str(i) for i in df.head(max_rows).index])
    return shown.to_html(escape=True, index=False, na_rep="", border=0, classes="data")
