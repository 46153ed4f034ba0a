"""The search page for staff, and the JSON API under it (FastAPI, Jinja2, uvicorn).

The knowledge base is opened read-only, one connection per worker thread.
Every value reaches the page through Jinja2's autoescaping; the only markup
inserted unescaped is the <mark> highlighting that ``search.highlight``
builds around already-escaped text.  Nothing from a request is used as a path.
"""
from __future__ import annotations

import csv
import html
import io
import threading
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from . import search as S
from .kb import connect_readonly

FACET_LABELS = [("province", "省份"), ("city", "地市"), ("county", "区县"), ("category", "类别"),
                ("group", "对象"), ("slogan", "提法"), ("year", "年份"), ("source", "来源")]
FILTER_KEYS = [k for k, _ in FACET_LABELS]
EXPORT_LIMIT = 10_000


def create_app(db: str | Path) -> FastAPI:
    db = str(db)
    connect_readonly(db).close()  # fail at start-up, not at the first request
    local = threading.local()

    def conn():
        if getattr(local, "conn", None) is None:
            local.conn = connect_readonly(db)
            local.conn.execute("PRAGMA query_only = ON")
        return local.conn

    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html"]))
    templates = Jinja2Templates(env=env)
    app = FastAPI(title="policykb", description="干部工作政策知识库 API", docs_url="/api/docs", redoc_url=None)
    category_names: dict[str, str] = dict(conn().execute("SELECT id, name_zh FROM categories").fetchall())

    def params(request: Request) -> tuple[str, S.Filters, dict]:
        qp = request.query_params
        raw = {k: (qp.get(k) or "").strip() for k in FILTER_KEYS}
        year = raw["year"]
        f = S.Filters(**{k: v or None for k, v in raw.items() if k != "year"},
                      year=int(year) if year.isdigit() else None)
        return (qp.get("q") or "").strip(), f, raw

    def limit_of(request: Request, default: int = 20, cap: int = 200) -> int:
        v = request.query_params.get("limit", "")
        return max(1, min(int(v), cap)) if v.isdigit() else default

    @app.get("/static/cjk.otf")
    def cjk_font():
        """A CJK font for browsers that have none (a fixed file from a package, never a request path)."""
        from fastapi.responses import FileResponse

        from .compare import cjk_font_path

        path = cjk_font_path()
        if path is None:
            raise HTTPException(404, "no CJK font installed")
        return FileResponse(path, media_type="font/otf", headers={"Cache-Control": "max-age=31536000"})

    @app.get("/api/search")
    def api_search(request: Request):
        """Measures matching q and the filters: {"total": N, "results": [...]}; facets=1 adds facet counts."""
        q, f, _ = params(request)
        page = int(request.query_params.get("page", "1")) if request.query_params.get("page", "1").isdigit() else 1
        limit = limit_of(request)
        try:
            res = S.search(conn(), q, f, limit=limit, offset=(max(page, 1) - 1) * limit)
            body = {"total": res.total, "order": res.order, "results": res.results}
            if request.query_params.get("facets") == "1":
                body["facets"] = {k: [[v, n] for v, n in vs] for k, vs in S.facets(conn(), q, f).items()}
        except S.QueryError as e:
            return JSONResponse({"error": str(e), "total": 0, "results": []}, status_code=400)
        return body

    @app.get("/api/articles")
    def api_article_search(q: str = "", limit: int = 20):
        """Articles whose title or text contains every term of q."""
        try:
            return {"results": S.search_articles(conn(), q, max(1, min(limit, 200)))}
        except S.QueryError as e:
            return JSONResponse({"error": str(e), "results": []}, status_code=400)

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str):
        a = S.article(conn(), article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        return a

    @app.get("/api/measures/{measure_id}/similar")
    def api_similar(measure_id: int, k: int = 5):
        return {"results": S.similar(conn(), measure_id, max(1, min(k, 50)))}

    @app.get("/", response_class=HTMLResponse)
    def page(request: Request):
        q, f, raw = params(request)
        limit = 20
        pg = request.query_params.get("page", "1")
        page_no = int(pg) if pg.isdigit() and int(pg) > 0 else 1
        result, facets, error = None, {}, None
        try:
            result = S.search(conn(), q, f, limit=limit, offset=(page_no - 1) * limit)
            facets = S.facets(conn(), q, f)
        except S.QueryError as e:
            error = str(e)
        state = {"q": q} | {k: v for k, v in raw.items() if v}

        def link(name, value):
            return "/?" + urlencode(state | {name: value})

        def unlink(name):
            return "/?" + urlencode({k: v for k, v in state.items() if k != name})

        def page_link(n):
            return "/?" + urlencode(state | {"page": n})

        def export_link(fmt):
            return f"/export.{fmt}?" + urlencode(state)

        return templates.TemplateResponse(request, "search.html", {
            "q": q, "filters": raw, "result": result, "facets": facets, "error": error, "page": page_no,
            "limit": limit, "facet_labels": FACET_LABELS, "category_names": category_names, "link": link,
            "unlink": unlink, "page_link": page_link, "export_link": export_link,
            "active": [(dict(FACET_LABELS)[k], v) for k, v in raw.items() if v],
        })

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str, m: int | None = None, similar: int = 0):
        a = S.article(conn(), article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        selected = next((x for x in a["measures"] if x["measure_id"] == m), None)
        paragraphs = _paragraphs(a["text"], selected)
        near = S.similar(conn(), m, 5) if selected and similar else []
        return templates.TemplateResponse(request, "article.html", {
            "a": a, "paragraphs": paragraphs, "selected": m, "similar": near, "category_names": category_names})

    @app.get("/articles/{article_id}/original", response_class=HTMLResponse)
    def original_page(request: Request, article_id: str):
        o = S.original(conn(), article_id)
        if o is None:
            raise HTTPException(404, "no such article")
        t = o["text"]
        return templates.TemplateResponse(request, "original.html", {
            "o": o, "article_id": article_id, "before": t[:o["start"]], "span": t[o["start"]:o["end"]], "after": t[o["end"]:]})

    @app.get("/export.{fmt}")
    def export(request: Request, fmt: str):
        if fmt not in ("csv", "xlsx"):
            raise HTTPException(404, "formats: csv, xlsx")
        q, f, _ = params(request)
        try:
            res = S.search(conn(), q, f, limit=500, offset=0)
            rows = res.results
            offset = len(rows)
            while offset < min(res.total, EXPORT_LIMIT):
                more = S.search(conn(), q, f, limit=500, offset=offset).results
                if not more:
                    break
                rows += more
                offset += len(more)
        except S.QueryError as e:
            raise HTTPException(400, str(e))
        table = [_flat(r) for r in rows]
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=list(_flat_fields()))
            w.writeheader()
            w.writerows(table)
            return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="measures.csv"'})
        import pandas as pd

        buf = io.BytesIO()
        pd.DataFrame(table, columns=list(_flat_fields())).to_excel(buf, index=False, sheet_name="measures")
        return Response(buf.getvalue(), media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": 'attachment; filename="measures.xlsx"'})

    return app


def _flat_fields():
    return ("measure_id", "article_id", "title", "date", "source", "province", "city", "county", "heading", "text",
            "categories", "groups", "slogans", "figures")


def _flat(r: dict) -> dict:
    return {
        "measure_id": r["measure_id"], "article_id": r["article_id"], "title": r["title"], "date": r["date"],
        "source": r["source"], **r["region"], "heading": r["heading"], "text": r["text"],
        "categories": ";".join(f"{c['id']}:{c['score']}" for c in r["categories"]), "groups": ";".join(r["groups"]),
        "slogans": ";".join(r["slogans"]), "figures": ";".join(f["text"] for f in r.get("figures", [])),
    }


def _paragraphs(text: str, measure: dict | None) -> list[str]:
    """Escaped paragraphs, with the selected measure's span marked."""
    if measure is None:
        return [html.escape(p) for p in text.split("\n")]
    s, e = measure["start"], measure["end"]
    marked = (html.escape(text[:s]) + f'<mark id="measure">{html.escape(text[s:e])}</mark>' + html.escape(text[e:]))
    return marked.split("\n")


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
