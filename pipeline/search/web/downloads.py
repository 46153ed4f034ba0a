"""Downloads of a search (CSV, Excel): Chinese headers by default (lang=en, or its older spelling lang=id: the
field names, for code), typed cells, at most the one cap of measures.

A download cut at the cap says so in the file, not only on the page and in X-Total-Count, which are gone once the
file is saved: its name (measures_first10000_of_16699.csv; 举措_前10000条_共16699条 for Chinese headers) and, in
Excel, a last sheet 说明 (About) naming the search, the total and what was left out.  Not a note row in the CSV:
pandas and csv readers, and Excel's sort and filter, take a last row for a measure and a first one for the header,
and comment='#' is nobody's default."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import datetime
import io
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from pipeline import search as S
from pipeline.search.web.params import ARTICLE_EXPORT_PARAMS, BAD_REQUEST, ORDER_WHY, EXPORT_PARAMS, accepts, answers, names, order_param, query_and_filters
from pipeline.search.web.state import kb_conn

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def found(conn, q: str, f: S.Filters, articles: bool, order: str | None = None) -> S.SearchResult:
    """A download's one search, whatever its format: every hit up to the cap, in the page's order, with its exact
    total and the query and filters as read (the article search's with ``articles``: it has one order).  One search:
    in batches of 500 it ranked the 2,000 newest matches and counted them twenty times (a third of the time of a
    10,000-row download); and the JSON download made the same two calls again beside the CSV's and Excel's."""
    if articles:
        return S.find_articles(conn, q, f, limit=S.MAX_RESULTS, details=True)
    return S.search(conn, q, f, limit=S.MAX_RESULTS, order=order)


def flat_rows(res: S.SearchResult, articles: bool, lang: str, site: str = "") -> Iterator[dict]:
    """The search's hits flattened as a CSV or Excel row writes them."""
    flat = S.flat_article if articles else S.flat
    return (flat(r, lang, site) for r in res.results)


CHUNK = 500  # rows of a CSV sent at a time


def csv_chunks(rows: Iterable[dict], columns: list[str]) -> Iterator[str]:
    """The rows as a CSV for Excel (with its BOM), ``CHUNK`` rows at a time: a download is sent as it is written
    (a 10,000-row file was written whole first, 2-13 s before its first byte, and the server's other requests
    waited on it in the meantime); a text opening with = + - @ gets a ' before it, as Excel would else run it as a
    formula (a crawled =HYPERLINK(…) a live link). This download is for people and Excel; ``policykb export
    --format csv`` is for code and keeps every text as stored."""
    buf = io.StringIO()
    buf.write("\ufeff")  # the BOM makes Excel read it as UTF-8
    w = csv.DictWriter(buf, fieldnames=columns)
    w.writeheader()
    for i, r in enumerate(rows, 1):
        w.writerow({k: as_text(v) for k, v in r.items()})
        if i % CHUNK == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def to_csv(rows: Iterable[dict], columns: list[str]) -> str:
    """``csv_chunks`` as one text."""
    return "".join(csv_chunks(rows, columns))


def as_text(v):
    return S.spreadsheet_text(v)  # (one guard with the CLI's CSV)


def to_xlsx(rows: list[dict], columns: list[str], sheet: str, about: list[tuple[str, str]], about_sheet: str,
            about_heads: tuple[str, str] = ("项目", "内容")) -> bytes:
    """The rows as the sheet ``compare`` and ``export --format xlsx`` write (``sheets.write_sheet``: ids as integer
    cells, dates as date cells shown as far as they are known, a text opening with = a text cell, a text too long
    for a cell cut with a mark and kept whole on a continuation sheet), then the ``about`` lines under
    ``about_heads`` on a sheet of their own, written the same way (a search for =1+2 stays text there too).  One
    writer for every workbook: this one wrote its own cells, cut a long measure at 32,000 characters without a
    word and wrote its About lines unguarded (a line opening with = would have been a live formula)."""
    import pandas as pd

    from pipeline.report.sheets import workbook, write_sheet

    table, precision = _frame(rows, columns)
    buf = io.BytesIO()
    links = [c for c in columns if c in _LINKS]
    with workbook(buf) as book:
        write_sheet(book, table, sheet, precision=precision, links=links)
        write_sheet(book, pd.DataFrame(about, columns=list(about_heads)), about_sheet)
    return buf.getvalue()


# the columns whose web addresses are live links in Excel (网址, 知识库链接): they were plain text, to copy and paste
_LINKS = {name for c, zh in S.FLAT_COLUMNS if c in ("url", "link") for name in (c, zh)}


def _frame(rows: list[dict], columns: list[str]):
    """The rows as the typed table ``export`` gives write_sheet: a column of whole numbers as Int64 (not the floats
    pandas makes of integers beside a None), the date column (ISO text: 2016, 2016-05, 2016-05-03) as datetimes
    with what is known of each (``kb.precision_of``), as the knowledge base reads its dates."""
    import pandas as pd

    from pipeline.store.kb import precision_of

    table = pd.DataFrame(rows, columns=columns)
    for col in columns:  # (floats where an integer stood beside a None; a column of reals stays reals)
        if table[col].dtype.kind == "f" and all(type(r[col]) is int for r in rows if r[col] is not None):
            table[col] = table[col].astype("Int64")
    precision = {}
    for col in (c for c in columns if c in ("date", dict(S.FLAT_COLUMNS)["date"])):
        text = table[col].astype(object).where(table[col].notna(), None)
        precision[col] = list(precision_of(text))
        table[col] = pd.to_datetime(text, errors="coerce", format="ISO8601")
    return table, precision


def _about(request: Request, res: S.SearchResult, shown: int, lang: str,
           what: tuple[str, str, str] = ("举措", "条", "measures")) -> list[tuple[str, str]]:
    """The 说明 sheet's lines: what was searched, how much matched, what the file holds and, cut at the cap,
    what it lacks and how to get the rest; ``what``: the rows, their measure word and English name (文章, 篇,
    articles for the article search's)."""
    zh, unit, en = what
    given = res.resolved.filters.active() if res.resolved else {}
    address = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    left, when = res.total - shown, datetime.now().astimezone().isoformat(timespec="seconds")
    lines = [  # (Chinese, English)
        (("搜索词", res.query.text() or "（无）"), ("query", res.query.text())),
        (("筛选", "；".join(f"{S.FACET_ZH[k]}：{_applied(res, k, v)}" for k, v in given.items()) or "（无）"),
         ("filters", "; ".join(f"{k}={_applied(res, k, v, '{given} (as {labels})')}" for k, v in given.items()))),
        (("顺序", res.order_note), ("order", res.order)),
        ((f"匹配的{zh}", f"{res.total:,} {unit}"), (f"matching {en}", str(res.total))),
        (("本文件", f"{shown:,} {unit}"), (f"{en} in this file", str(shown))),
    ]
    if notes := [n.message for n in (res.resolved.notes if res.resolved else [])]:  # (the page's notes: 按…筛选)
        lines.append((("筛选说明", "\n".join(notes)), ("filter notes", "\n".join(notes))))
    if left > 0:
        lines.append((("注意", f"本文件只含前 {shown:,} {unit}（每次下载最多 {S.MAX_RESULTS:,} {unit}），另 {left:,} {unit}不在其中。"
                                "要全部，请加筛选分几次下载（如按年份、省份），或用 policykb export 导出整个知识库。"),
                      ("note", f"This file holds the first {shown:,} (a download's cap is {S.MAX_RESULTS:,}); "
                               f"{left:,} more match. Narrow the search to download them in parts (by year, by "
                               "province), or export the whole knowledge base with policykb export.")))
    lines += [(("下载时间", when), ("downloaded at", when)), (("地址", address), ("address", address))]
    return [zh if lang == "zh" else en for zh, en in lines]


def _applied(res: S.SearchResult, facet: str, given: str, form: str = "{given}（按“{labels}”筛选）") -> str:
    """A filter as typed and, where it was read as other values, as applied: 秦南街道（按“盐都区秦南镇”筛选）. The file
    said only 乡镇：秦南街道 while its rows said 秦南镇, and 区县：海门市 for 海门区."""
    vals = res.resolved.values.get(facet) if res.resolved else None
    labels = "、".join(x.label for x in vals or [])
    if not labels or facet == "year" or labels == given:  # (a span of years is the span)
        return given
    return form.format(given=given, labels=labels)


def _json_body(res: S.SearchResult) -> str:
    """The search as the API answers it (/api/search, /api/articles: total, order, notes, every result with its
    fields), up to the cap in one file named as the CSV is (the cap said in its name): analysts paged the API 10,000
    at a time, 17 requests for a common word."""
    import json

    return json.dumps(res.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _headers(fmt: str, res: S.SearchResult, lang: str, what: tuple[str, str, str]) -> dict[str, str]:
    """A download's counts and file name (the cap said in the name), one form for every format."""
    shown = len(res.results)
    return {"X-Total-Count": str(res.total), "X-Returned-Count": str(shown),
            "Content-Disposition": _disposition(fmt, res.total, shown, lang, what)}


def _disposition(fmt: str, total: int, shown: int, lang: str, what: tuple[str, str, str] = ("举措", "条", "measures")) -> str:
    """The download's file name, which says when the file was cut: the name stays with the file."""
    zh, unit, en = what
    if total <= shown:
        return f'attachment; filename="{en}.{fmt}"'
    plain = f'attachment; filename="{en}_first{shown}_of_{total}.{fmt}"'
    return plain + (f"; filename*=UTF-8''{quote(f'{zh}_前{shown}{unit}_共{total}{unit}.{fmt}')}" if lang == "zh" else "")


_WHOLE = f"下载给出搜索的全部举措，最多 {S.MAX_RESULTS:,} 条，不分页"


_FILE = answers("下载的文件（CSV 带 BOM；Excel 的最后一张表“说明”；JSON 同 /api/search 的回答）", e400=BAD_REQUEST,
               e404="只有 csv、xlsx 和 json 三种格式")
_FILE[200] |= {"content": {"text/csv": {"schema": {"type": "string"}}, XLSX: {"schema": {"type": "string", "format": "binary"}},
                           "application/json": {"schema": {"type": "object"}}},
               "headers": {"X-Total-Count": {"description": "匹配的举措数", "schema": {"type": "integer"}},
                           "X-Returned-Count": {"description": f"文件中的举措数（最多 {S.MAX_RESULTS:,}）",
                                                "schema": {"type": "integer"}},
                           "Content-Disposition": {"description": "文件名；超过上限时注明，如 举措_前10000条_共16699条.csv",
                                                   "schema": {"type": "string"}}}}


_ARTICLES = ("文章", "篇", "articles")
_ARTICLE_FILE = answers("下载的文件（CSV 带 BOM；Excel 的最后一张表“说明”；JSON 同 /api/articles 的回答）", e400=BAD_REQUEST,
                       e404="只有 csv、xlsx 和 json 三种格式")
_ARTICLE_FILE[200] = _FILE[200] | {"headers": {
    "X-Total-Count": {"description": "匹配的文章数", "schema": {"type": "integer"}},
    "X-Returned-Count": {"description": f"文件中的文章数（最多 {S.MAX_RESULTS:,}）", "schema": {"type": "integer"}},
    "Content-Disposition": {"description": "文件名；超过上限时注明，如 文章_前10000篇_共16699篇.csv",
                            "schema": {"type": "string"}}}}
_WHOLE_ARTICLES = f"下载给出搜索的全部文章，最多 {S.MAX_RESULTS:,} 篇，不分页"


@router.get("/export.{fmt}", openapi_extra={"parameters": EXPORT_PARAMS}, response_class=Response, responses=_FILE,
            dependencies=[Depends(accepts(*names(EXPORT_PARAMS), why=dict.fromkeys(("limit", "offset", "page"), _WHOLE)))])
def export(request: Request, fmt: str, conn=Depends(kb_conn)):
    return _download(request, fmt, conn, articles=False)


@router.get("/export/articles.{fmt}", openapi_extra={"parameters": ARTICLE_EXPORT_PARAMS}, response_class=Response,
            responses=_ARTICLE_FILE, dependencies=[Depends(accepts(
                *names(ARTICLE_EXPORT_PARAMS), why=dict.fromkeys(("limit", "offset", "page"), _WHOLE_ARTICLES) | ORDER_WHY))])
def export_articles(request: Request, fmt: str, conn=Depends(kb_conn)):
    """The article search's download (the article tab's, as /export.csv is the measures'): the articles /api/articles
    finds for q and the filters, up to the cap, with their 转载数, 网址, 摘录 and 知识库链接."""
    return _download(request, fmt, conn, articles=True)


def _download(request: Request, fmt: str, conn, articles: bool) -> Response:
    if fmt not in ("csv", "xlsx", "json"):
        where = "/export/articles" if articles else "/export"
        raise HTTPException(404, f"只提供 CSV（{where}.csv）、Excel（{where}.xlsx）和 JSON（{where}.json）下载。")
    lang = request.query_params.get("lang", "zh")
    if lang not in ("zh", "en", "id"):
        raise HTTPException(400, "lang 只能是 zh、en 或 id。")
    lang = "zh" if lang == "zh" else "en"
    q, f, _ = query_and_filters(request)
    res = found(conn, q, f, articles, None if articles else order_param(request))
    what = _ARTICLES if articles else ("举措", "条", "measures")
    if fmt == "json":  # (the API's field names whatever lang says; the file named as the Chinese download is)
        return Response(_json_body(res), media_type="application/json; charset=utf-8", headers=_headers("json", res, "zh", what))
    rows, shown = flat_rows(res, articles, lang, str(request.base_url).rstrip("/")), len(res.results)
    headers = _headers(fmt, res, lang, what)
    heads = S.flat_columns(lang, articles)
    if fmt == "csv":  # (its rows written as they are sent: the hits are found, the file's lines made on the way)
        return StreamingResponse(csv_chunks(rows, heads), media_type="text/csv; charset=utf-8", headers=headers)
    zh = lang == "zh"
    body = to_xlsx(list(rows), heads, what[0] if zh else what[2], _about(request, res, shown, lang, what),
                   "说明" if zh else "About", ("项目", "内容") if zh else ("item", "value"))
    return Response(body, media_type=XLSX, headers=headers)
