"""Tables for people: one way to write a DataFrame to Excel, CSV and HTML with its cells typed.

Integers stay integers (nullable ``Int64``, never ``1.0``), shares are shown as
percentages (Excel cells formatted ``0.0%``, CSV and HTML ``12.5%``), dates are
dates (Excel date cells, ISO ``2023-05-12`` in CSV and HTML), other reals lose
their trailing zeros (``38`` not ``38.0000``).
"""
from __future__ import annotations

from contextlib import contextmanager
import datetime
import math
import os
from pathlib import Path
import re
from typing import BinaryIO

import pandas as pd
from pandas.api.types import is_bool, is_float, is_integer, is_scalar

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


def numbers(s: pd.Series, said: dict | None = None) -> pd.Series:
    """``number`` of every cell of a column of reals, worked out once per distinct value (``said``: those worked out
    for the table's other columns): a similarity matrix of 2,530 regions is 6.4 million cells of at most a few
    thousand values (rounded to 3 places), and a call per cell was most of the time its CSV took."""
    import numpy as np

    said = {} if said is None else said
    values, at = np.unique(s.astype(float).to_numpy(), return_inverse=True)
    texts = ["" if v != v else said[v] if v in said else said.setdefault(v, number(v)) for v in values.tolist()]
    return pd.Series(np.array(texts, dtype=object)[at.reshape(-1)] if len(s) else [], index=s.index, dtype=object)


def display(df: pd.DataFrame, percent=(), precision=None) -> pd.DataFrame:
    """Every cell as the string people should read (``precision``: per date column, what is known of each date)."""
    out, said = pd.DataFrame(index=df.index), {}
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
            out[col] = numbers(s, said)
        else:
            out[col] = s.map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))
    return out


@contextmanager
def workbook(path: str | os.PathLike | BinaryIO):
    """A workbook written sheet by sheet, row by row (openpyxl's write-only mode), saved at ``path`` when the block
    ends (in place, as ``replacing`` writes: a failure leaves the old file), or into ``path`` when it is a binary
    file (the search page's download: an ``io.BytesIO``). Through pandas' ExcelWriter a 2,530-county report's 9
    million cells were each a cell object of a sheet held whole, then styled column by column: a minute or more
    of the report's time."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    yield book
    if hasattr(path, "write"):
        book.save(path)
        return
    with replacing(path) as tmp:
        book.save(tmp)


def write_sheet(book, df: pd.DataFrame, title: str, percent=(), index: bool = False,
                precision=None, cuts: list | None = None, links=()) -> str:
    """One typed, readable sheet of ``book`` (a ``workbook()``, or a pandas ExcelWriter's); returns the sheet name
    used. ``precision``: per date column, what is known of each date (day, month, year), which its cell shows (a
    date cell formatted yyyy for a year alone). The cells are those ``DataFrame.to_excel`` writes, typed as this
    module says; a missing value is no cell (an empty one where the column has a format: a percentage, an integer,
    a date), which Excel, openpyxl and ``pandas.read_excel`` read as empty.

    Text is text: a string starting with = is a text cell, never a formula. A text longer than a cell holds
    (``CELL_TEXT``) is cut with ``CUT_MARK`` in its cell and written whole, in pieces, on a sheet of its own
    (``continued_name``); ``cuts`` (a list) gets (sheet, cells cut) for the caller to say so. In the columns named in
    ``links`` an http(s) address is a live link (its text the address), as a browser's page has it."""
    from openpyxl.utils import get_column_letter

    book = getattr(book, "book", book)  # (a pandas ExcelWriter: its openpyxl workbook)
    if len(df) >= MAX_ROWS:  # (the header takes a row)
        return _write_in_parts(book, df, title, percent=percent, index=index, precision=precision, cuts=cuts,
                               links=links)
    name = sheet_name(title, book.sheetnames)
    ws = book.create_sheet(name)
    first = 1 if index else 0
    # (widths and the frozen header first: a write-only sheet takes them before its rows)
    if index:
        ws.column_dimensions["A"].width = max(10, min(40, 2 * max((len(str(i)) for i in df.index), default=4)))
    for j, col in enumerate(df.columns):
        s = df[col]
        longest = max([len(str(col))] + [len(str(v)) for v in s.head(200) if isinstance(v, str)])
        ws.column_dimensions[get_column_letter(j + 1 + first)].width = max(
            8, min(60, 2 * longest if s.dtype == object or s.dtype == "str" else 12))
    ws.freeze_panes = get_column_letter(1 + first) + "2"
    long: list[tuple[int, str, str]] = []
    light = _writes_xml(ws)
    columns = [_column_cells(ws, df[col], col, percent, (precision or {}).get(col), long, light) for col in df.columns]
    columns = [[_link(ws, v) for v in cells] if col in links else cells for col, cells in zip(df.columns, columns)]
    if index:
        columns.insert(0, [_excel_value(v) for v in df.index])
    header = [_excel_value(c) for c in df.columns]
    _sized(ws, len(df) + 1, len(df.columns) + first)
    _append_rows(ws, [([_excel_value(df.index.name) if df.index.name else None] if index else []) + header],
                 zip(*columns))
    if long:
        _continued(book, name, long)
        if cuts is not None:
            cuts.append((name, len(long)))
    return name


# Excel's rows per sheet: a table with more is written on continuation sheets (``part_name``), each with the header.
# Left unchecked, a workbook's rows past it were written and Excel refused or cut the sheet (a KB of ~31,000
# articles overflows its measure links).
MAX_ROWS = 1_048_576


def part_name(sheet: str, k: int) -> str:
    """The name of the k-th sheet (from 2) holding a table's rows past Excel's limit."""
    suffix = f"（第{k}部分）"
    return sheet_name(sheet[:31 - len(suffix)] + suffix)


def _write_in_parts(book, df: pd.DataFrame, title: str, **how) -> str:
    """A table past MAX_ROWS written MAX_ROWS - 1 rows (and the header) a sheet: its name, then ``part_name``'s; the
    first sheet's name returned."""
    step = MAX_ROWS - 1
    first = write_sheet(book, df.iloc[:step], title, **how)
    for k, at in enumerate(range(step, len(df), step), 2):
        write_sheet(book, df.iloc[at:at + step], part_name(first, k), **how)
    return first


_WEB_ADDRESS = re.compile(r"https?://[^\s\"<>]+\Z")
_LONGEST_LINK = 2079  # (Excel refuses a longer link address)


def _link(ws, v):
    """A cell of a links column: an http(s) address as a cell linking to it (written as XML of ours, ``_cell_xml``:
    through openpyxl, every row of a download's 10,000 took five times as long), anything else as it is."""
    if type(v) is not str or len(v) > _LONGEST_LINK or not _WEB_ADDRESS.match(v):
        return v
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, v)
    c.hyperlink = v
    c.style = "Hyperlink"
    return c


def _append_rows(ws, *batches) -> None:
    """The rows of each batch appended to ``ws``, as ``ws.append`` would, but faster on a write-only sheet: a row of
    plain values (numbers, texts openpyxl writes as they are, formatted cells) is written as the XML openpyxl makes
    of it, in one string; a row with a cell only openpyxl writes (a formula, a link) goes through openpyxl. openpyxl
    made a cell object of each value and wrote it element by element: 35 s of a 2,000-article county report's 100
    (1.4 million cells, most of them the similarity of every pair of counties)."""
    if not _writes_xml(ws):  # (a pandas ExcelWriter's sheet, or an openpyxl that writes otherwise than this knows)
        for rows in batches:
            for row in rows:
                ws.append(row)
        return
    ws._writer = _sheet_writer(ws)
    ws._writer.write_top()  # (what ws._get_writer does, with our writer)
    ws._rows = _rows_writer(ws)  # (taking the place of openpyxl's own: ws.close() ends it, after the last row)
    next(ws._rows)
    for rows in batches:
        ws._rows.send(rows)


def _sized(ws, rows: int, columns: int) -> None:
    """A write-only sheet's size, known before its rows, which openpyxl's writer (and ours, its subclass) writes as
    its <dimension>: it asks the sheet's ``calculate_dimension``, which a write-only sheet lacks, so none was
    written and readers that trust it (openpyxl's read-only mode, pandas through it) found the sheet unsized."""
    from openpyxl.utils import get_column_letter

    if rows and columns:
        ws.calculate_dimension = lambda: f"A1:{get_column_letter(columns)}{rows}"


def _writes_xml(ws) -> bool:
    """Whether ``_append_rows`` writes the rows of ``ws`` as XML of ours: a write-only sheet no row is written to yet."""
    from openpyxl import LXML
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    return bool(LXML and isinstance(ws, WriteOnlyWorksheet) and ws._writer is None and ws._rows is None
                and not ws.row_dimensions and hasattr(ws, "_values_to_row"))


class _Formatted(tuple):
    """(number, number format) of a cell ``_row_xml`` writes with no cell object: a count or a share (an empty
    text: a missing one, its cell empty and formatted)."""
    __slots__ = ()


def _as_cell(ws, v):
    """A _Formatted as the cell object it stands for, others as they are (for openpyxl's own writing)."""
    from openpyxl.cell import WriteOnlyCell

    if type(v) is not _Formatted:
        return v
    c = WriteOnlyCell(ws, v[0])
    c.number_format = v[1]
    return c


def _style_id(ws, fmt: str) -> int:
    """The workbook's style of a cell of number format ``fmt`` and no other (registered now, as openpyxl registers
    a cell's style when it writes it)."""
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws)
    c.number_format = fmt
    return c.style_id


def _sheet_writer(ws):
    """openpyxl's writer of a sheet's XML, written into a file of ours, which rows made as XML are written to
    between what lxml writes."""
    from openpyxl.worksheet._writer import WorksheetWriter
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import xmlfile

    class Writer(WorksheetWriter):
        def get_stream(self):  # (WorksheetWriter.get_stream, on a file object)
            with open(self.out, "wb") as self.file, xmlfile(self.file) as xf:
                with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                    try:
                        while True:
                            el = (yield)
                            if el is True:
                                yield xf
                            elif el is not None:
                                xf.write(el)
                    except GeneratorExit:
                        pass

    return Writer(ws)


_ROWS_AT_ONCE = 200  # (rows made as XML before they are written: a few hundred kB)


def _rows_writer(ws):
    """openpyxl's ``WriteOnlyWorksheet._write_rows``, sent batches of rows instead of one."""
    from openpyxl.utils import get_column_letter

    writer = ws._writer
    xf = writer.xf.send(True)
    letters: list[str] = []
    styles: dict[str, int] = {}  # (number format: style id, as the sheet's first cell of it registered it)

    def write(made: list[str]) -> None:
        xf.flush()  # (what lxml has written so far first)
        # (in ASCII, characters beyond as references, as lxml writes it)
        writer.file.write("".join(made).encode("ascii", "xmlcharrefreplace"))
        made.clear()

    with xf.element("sheetData"):
        at = 1
        try:
            while True:
                rows = yield
                made: list[str] = []
                for row in rows:
                    if len(row) > len(letters):
                        letters += [get_column_letter(j) for j in range(len(letters) + 1, len(row) + 1)]
                    xml = _row_xml(ws, row, at, letters, styles)
                    if xml is None:
                        write(made)
                        writer.write_row(xf, ws._values_to_row([_as_cell(ws, v) for v in row], at), at)
                    else:
                        made.append(xml)
                        if len(made) == _ROWS_AT_ONCE:
                            write(made)
                    at += 1
                write(made)
        except GeneratorExit:
            pass
    writer.xf.send(None)


# Characters no cell of a workbook may hold, left out of the cell (``_legal``): control characters (but tab,
# newline, return), which openpyxl refuses (IllegalCharacterError: a filter typed with %01 made /export.xlsx fail),
# and the noncharacters U+FFFE / U+FFFF and lone surrogates, which lxml refuses (a crawled text holding one failed
# the whole workbook)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Texts openpyxl writes as Excel's error values (openpyxl.cell.cell.ERROR_CODES): a text cell here
_ERROR_VALUES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# A text openpyxl does not write as it is: one of those characters, or a text it reads as a formula (=…) or an
# error value (#N/A…)
_NOT_PLAIN_TEXT = re.compile(
    _NOT_XML.pattern + r"|^=.|^(?:" + "|".join(map(re.escape, sorted(_ERROR_VALUES))) + r")\Z", re.S)
# lxml's escapes in a text (a return too: a reader takes a bare one for a newline)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_KEEP_SPACE = ' xml:space="preserve"'


def _row_xml(ws, row, at: int, letters: list[str], styles: dict[str, int]) -> str | None:
    """The XML openpyxl writes of a row (None is no cell), or None for a row with a cell only openpyxl writes."""
    out = [f'<row r="{at}">']
    filed = len(ws._hyperlinks)  # (links filed by this row's cells: taken back if openpyxl writes the row)
    for j, v in enumerate(row):
        t = type(v)
        if v is None:
            continue
        if (t is float and math.isfinite(v)) or t is int:  # (most cells: no cell object, its text as openpyxl's)
            out.append(f'<c r="{letters[j]}{at}" t="n"><v>{"%.16g" % v}</v></c>')
        elif t is str and not _NOT_PLAIN_TEXT.search(v) and len(v) <= 32767:
            out.append(f'<c r="{letters[j]}{at}" t="inlineStr">{_text_xml(v)}</c>')
        elif t is _Formatted:
            value, fmt = v
            s = styles[fmt] if fmt in styles else styles.setdefault(fmt, _style_id(ws, fmt))
            out.append(f'<c r="{letters[j]}{at}" s="{s}" t="inlineStr"></c>' if value == "" else
                       f'<c r="{letters[j]}{at}" s="{s}" t="n"><v>{"%.16g" % value}</v></c>')
        else:
            xml = _cell_xml(ws, v, at, j + 1)
            if xml is None:
                del ws._hyperlinks[filed:]
                return None
            out.append(xml)
    out.append("</row>")
    return "".join(out)


def _text_xml(v: str) -> str:
    """An inline text's XML as openpyxl writes it: none for an empty one, space kept where the text has some at
    an end."""
    if not v:
        return ""
    return f'<is><t{_KEEP_SPACE if v != v.strip() else ""}>{v.translate(_ESCAPES)}</t></is>'


def _cell_xml(ws, v, at: int, column: int) -> str | None:
    """A formatted cell (a number, a date, a text kept from being a formula) or another value, as openpyxl's
    ``lxml_write_cell`` writes it, with its attributes worked out by openpyxl (the style's number, a date's serial
    number, a link filed for the sheet's list); None for what only openpyxl writes (a formula, rich text, a comment,
    a text lxml refuses)."""
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.cell._writer import _set_attributes
    from openpyxl.compat import safe_string

    cell = v if isinstance(v, Cell) else WriteOnlyCell(ws, v)
    cell.column, cell.row = column, at
    if cell.data_type == "f" or cell._comment is not None:
        return None
    if cell.hyperlink is not None:  # (_set_attributes files it for the sheet's list of links, as openpyxl's writer)
        cell.hyperlink.ref = cell.coordinate
    if cell._value is None and not cell.has_style:
        return ""  # (no cell: openpyxl's write_row leaves it out)
    value, attrs = _set_attributes(cell, cell.has_style)
    head = "<c " + " ".join(f'{k}="{a}"' for k, a in attrs.items()) + ">"
    if value is None or value == "":
        return head + "</c>"
    if cell.data_type == "s":
        if type(value) is not str or _NOT_XML.search(value):
            return None
        return head + _text_xml(value) + "</c>"
    return head + f"<v>{safe_string(value).translate(_ESCAPES)}</v></c>"


def _legal(text: str) -> str:
    return _NOT_XML.sub("", text)


def _excel_value(v):
    """A value as ``DataFrame.to_excel`` gives it to openpyxl: a missing one as an empty text, numbers as Python
    numbers, infinities as inf / -inf, dates as they are, anything else as its text."""
    if isinstance(v, str):
        return _legal(v)[:32767]  # (Excel's most; write_sheet has cut a longer text of a column before, with a mark)
    if is_scalar(v) and pd.isna(v):
        return ""
    if is_integer(v):
        return int(v)
    if is_float(v):
        return float(v) if math.isfinite(v) else ("inf" if v > 0 else "-inf")
    if is_bool(v):
        return bool(v)
    if isinstance(v, (datetime.date, datetime.timedelta)) or hasattr(v, "as_tuple"):  # (a Decimal)
        return v if not isinstance(v, datetime.timedelta) else v.total_seconds() / 86400
    return str(v)


# The formats pandas gives a date and time, or a date, written with no format of the column's.
_PANDAS_DATE_FORMATS = {"datetime": "YYYY-MM-DD HH:MM:SS", "date": "YYYY-MM-DD"}


def _column_cells(ws, s: pd.Series, col, percent, known, long: list, light: bool = False) -> list:
    """The cells of one column, top down: plain values where the cell has no format and is no text to keep from
    being read as a formula (most cells: a similarity matrix's millions of numbers), else cells formatted as the
    column says; a text too long for a cell is cut and added to ``long`` (row, column, whole text). ``light``
    (rows written as XML of ours): a formatted number or empty cell of a column of numbers as a _Formatted."""
    from openpyxl.cell import WriteOnlyCell

    fmt = "0.0%" if col in percent else "yyyy-mm-dd" if _is_date(s) else "0" if _is_int(s) else None
    numeric = pd.api.types.is_float_dtype(s.dtype) or _is_int(s)
    if pd.api.types.is_float_dtype(s.dtype) and fmt is None and known is None:  # (the common case at scale, fast)
        return [v if math.isfinite(v) else None if v != v else _excel_value(v)  # (NaN: no cell; inf: its text)
                for v in s.to_numpy(dtype=float, na_value=math.nan).tolist()]
    if light and numeric and fmt is not None and known is None and len(s):  # (counts and shares of every region)
        WriteOnlyCell(ws).number_format = fmt  # (the format registered as the first cell of it did)
        return [_Formatted((v, fmt)) if type(v) is int or type(v) is float and math.isfinite(v) else
                _Formatted(("", fmt)) if v is None or v is pd.NA or v != v else
                _as_cell(ws, _Formatted((_excel_value(v), fmt)))  # (an infinity: its text, formatted)
                for v in s.tolist()]
    cells, plain = [], fmt is None and known is None
    for i, v in enumerate(s.tolist()):  # (tolist: iterating a text column of pyarrow strings is slower)
        if type(v) is str:
            v = _legal(v)
        if plain and type(v) is str and len(v) <= CELL_TEXT // 2 and v[:1] not in ("=", "#"):
            cells.append(v)  # (most cells of a text column: a short text, as it is)
            continue
        value = v if isinstance(v, str) and len(v) <= CELL_TEXT // 2 else _excel_value(v)
        if isinstance(v, str) and _too_long(v):
            value = clip(v, ws.title)
            long.append((i + 2, str(col), v))
        f = fmt or (_PANDAS_DATE_FORMATS["datetime"] if isinstance(value, datetime.datetime) else
                    _PANDAS_DATE_FORMATS["date"] if isinstance(value, datetime.date) else
                    "0" if isinstance(v, datetime.timedelta) else None)
        if known is not None and i < len(known):
            f = DATE_FORMATS.get(known[i], f)
        formula = isinstance(v, str) and (value.startswith("=") or value in _ERROR_VALUES)
        if f is None and not formula:
            cells.append(None if value == "" and not isinstance(v, str) else value)  # (missing: no cell to write)
            continue
        c = WriteOnlyCell(ws, value)
        if f is not None:
            c.number_format = f
        # (openpyxl takes a text opening with = for a formula: a crawled =HYPERLINK(…) would be live; and #N/A
        # for Excel's error value, not the text a page wrote)
        if formula:
            c.data_type, c.quotePrefix = "s", True
        cells.append(c)
    return cells


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


def _too_long(text: str) -> bool:
    """More than a cell holds: CELL_TEXT characters, or as many UTF-16 units (counted only where they can be)."""
    return len(text) > CELL_TEXT // 2 and (len(text) > CELL_TEXT or len(text.encode("utf-16-le")) // 2 > CELL_TEXT)


def clip(text: str, sheet: str = "") -> str:
    """What a cell shows of a text: the whole of it when it fits, else its first piece and the mark."""
    if not _too_long(text):
        return text
    return _pieces(text)[0][1] + CUT_MARK.format(n=len(text), sheet=continued_name(sheet) if sheet else "（续）")


# A text cell opening with one of these is read by Excel (or LibreOffice) as a formula when typed or opened
# from CSV: =HYPERLINK(…) in a crawled title would be a live link, =1+2 a sum.
FORMULA_START = ("=", "+", "-", "@")


def _continued(book, sheet: str, long: list[tuple[int, str, str]]) -> None:
    """The whole of each cut text on the sheet ``continued_name(sheet)``: its row and column on ``sheet``, the
    offset of each piece in the text, the piece (join a cell's pieces in order for its text)."""
    from openpyxl.cell import WriteOnlyCell

    ws = book.create_sheet(continued_name(sheet))
    ws.column_dimensions["D"].width = 100
    rows = []
    for row, col, text in long:
        for at, piece in _pieces(text):
            cell = WriteOnlyCell(ws, piece)
            cell.data_type = "s"  # (a piece opening with = is text too)
            rows.append([row, col, at, cell])
    _sized(ws, len(rows) + 1, 4)
    _append_rows(ws, [["行 row", "列 column", "起点 start", "文本 text"]], rows)


def write_csv(df: pd.DataFrame, path: str | os.PathLike, percent=(), index: bool = False, precision=None) -> Path:
    """UTF-8 with BOM (Excel opens it as UTF-8), percentages as 12.5%, dates as 2023-05-12 (or 2023-05, 2023
    where ``precision`` says only the month or the year is known)."""
    path = Path(path)
    out, said = df.copy(), {}
    for col in out.columns:
        if col in (precision or {}) and _is_date(out[col]):
            out[col] = as_known(out[col], precision[col])
        elif col in percent:
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else f"{float(v) * 100:.1f}%")
        elif pd.api.types.is_float_dtype(out[col].dtype):
            out[col] = numbers(out[col], said)  # 58, not 58.0
    with replacing(path) as tmp:
        out.to_csv(tmp, index=index, encoding="utf-8-sig", date_format="%Y-%m-%d")
    return path


HTML_ROWS = 300  # the rows a report's HTML table shows (its CSV and sheet hold them all)


def html_table(df: pd.DataFrame, percent=(), index: bool = False, max_rows: int = HTML_ROWS, precision=None) -> str:
    shown = display(df.head(max_rows), percent, {c: list(p)[:max_rows] for c, p in (precision or {}).items()})
    if index:  # as the first column: to_html gives a named index a second header row of its own
        shown.insert(0, str(df.index.name or ""), [str(i) for i in df.head(max_rows).index])
    return shown.to_html(escape=True, index=False, na_rep="", border=0, classes="data")
