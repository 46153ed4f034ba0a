"""The JSON API: the same search, syntax, filters and cap as the page and the CLI."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request

from pipeline import search as S
from pipeline.search.web.params import int_param, query_and_filters
from pipeline.search.web.state import kb_conn

router = APIRouter(prefix="/api")


@router.get("/search")
def api_search(request: Request, conn=Depends(kb_conn)):
    """Measures matching q and the filters.

    q: `容错 纠错` both, `驻村 OR 挂职` either, `-问责` not, `"驻村 第一书记"` a phrase.
    Filters (province, city, county, category, group, slogan, year, source) take what people type:
    福建 or 福建省, a full path 福建省福州市鼓楼区 or a code, a category's Chinese name or id, a year or
    2020-2023.  limit: 1–10,000 (the one cap), offset or page.  facets=1 adds every facet value
    with its exact count.  `notes` say what became of a filter that did not match one value;
    `suggestions` where to go when there are few or no results.
    """
    q, f, _ = query_and_filters(request)
    limit = int_param(request, "limit", 20)
    offset = int_param(request, "offset", (max(1, int_param(request, "page", 1)) - 1) * limit)
    res = S.search(conn, q, f, limit=limit, offset=offset)
    body = res.to_dict() | {"suggestions": [s.as_dict() for s in S.suggest(conn, res)]}
    if request.query_params.get("facets") == "1":
        body["facets"] = S.facets(conn, res.query, f)
    return body


@router.get("/articles")
def api_article_search(request: Request, conn=Depends(kb_conn)):
    """Articles whose title or text matches q (same syntax as /api/search)."""
    q = request.query_params.get("q", "")
    return {"results": S.search_articles(conn, q, int_param(request, "limit", 20))}


@router.get("/articles/{article_id}")
def api_article(article_id: str, conn=Depends(kb_conn)):
    a = S.article(conn, article_id)
    if a is None:
        raise HTTPException(404, f"没有编号为“{article_id}”的文章。")
    return a


@router.get("/measures/{measure_id}/similar")
def api_similar(measure_id: int, request: Request, conn=Depends(kb_conn)):
    return {"results": S.similar(conn, measure_id, max(1, min(int_param(request, "k", 5), 50)))}
