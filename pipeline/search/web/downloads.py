"""Downloads of a search (CSV, Excel): Chinese headers by default (lang=en, or its older spelling lang=id: the
field names, for code),
typed cells, at most the one cap of measures."""
from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from pipeline import search as S
from pipeline.search.web.params import EXPORT_PARAMS, accepts, names, query_and_filters
from pipeline.search.web.state import kb_conn

router = APIRouter()
BATCH = 500
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def search_rows(conn, q: str, f: S.Filters, lang: str) -> tuple[list[dict], int]:
    """Every hit up to the cap, flattened; and the exact total."""
    res = S.search(conn, q, f, limit=BATCH)
    rows = list(res.results)
    while len(rows) < min(res.total, S.MAX_RESULTS):
        more = S.search(conn, res.query, f, limit=min(BATCH, S.MAX_RESULTS - len(rows)), offset=len(rows)).results
        if not more:
            break
        rows += more
    return [S.flat(r, lang) for r in rows], res.total


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns)
    w.writeheader()
    w.writerows(rows)
    return "\ufeff" + buf.getvalue()  # the BOM makes Excel read it as UTF-8


def to_xlsx(rows: list[dict], columns: list[str], sheet: str) -> bytes:
    import pandas as pd

    from pipeline.report.sheets import write_sheet

    from pipeline.store.kb import precision_of

    df = pd.DataFrame(rows, columns=columns)
    date = next(c for c in columns if c in ("date", dict(S.FLAT_COLUMNS)["date"]))
    known = precision_of(df[date])  # (2016: a year alone)
    df[date] = pd.to_datetime(df[date], errors="coerce", format="ISO8601")  # date cells, not text
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        write_sheet(xw, df, sheet, precision={date: known})
    return buf.getvalue()


_WHOLE = f"下载给出搜索的全部举措，最多 {S.MAX_RESULTS:,} 条，不分页"


@router.get("/export.{fmt}", openapi_extra={"parameters": EXPORT_PARAMS},
            dependencies=[Depends(accepts(*names(EXPORT_PARAMS), why=dict.fromkeys(("limit", "offset", "page"), _WHOLE)))])
def export(request: Request, fmt: str, conn=Depends(kb_conn)):
    if fmt not in ("csv", "xlsx"):
        raise HTTPException(404, "只提供 CSV（/export.csv）和 Excel（/export.xlsx）下载。")
    lang = request.query_params.get("lang", "zh")
    if lang not in ("zh", "en", "id"):
        raise HTTPException(400, "lang 只能是 zh、en 或 id。")
    q, f, _ = query_and_filters(request)
    rows, total = search_rows(conn, q, f, lang)
    headers = {"X-Total-Count": str(total), "X-Returned-Count": str(len(rows))}
    heads = S.flat_columns(lang)
    if fmt == "csv":
        return Response(to_csv(rows, heads), media_type="text/csv; charset=utf-8",
                        headers=headers | {"Content-Disposition": 'attachment; filename="measures.csv"'})
    sheet = "举措" if lang == "zh" else "measures"
    return Response(to_xlsx(rows, heads, sheet), media_type=XLSX,
                    headers=headers | {"Content-Disposition": 'attachment; filename="measures.xlsx"'})
