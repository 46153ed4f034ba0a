"""The JSON API: the same search, syntax, filters and cap as the page and the CLI."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse

from pipeline import search as S
from pipeline.search.web.params import (ARTICLE_SEARCH_PARAMS, BAD_REQUEST, FACET_PARAMS, ORDER_WHY, SEARCH_PARAMS,
                                        SIMILAR_PARAMS, SORT_WHY, accepts, answers, flag_param, href, int_param, moved, names,
                                        order_param, query_and_filters, repeated)
from pipeline.search.web.state import kb_conn

router = APIRouter(prefix="/api")


@router.get("/search", openapi_extra={"parameters": SEARCH_PARAMS},
            dependencies=[Depends(accepts(*names(SEARCH_PARAMS), why=SORT_WHY))],
            responses=answers("total、results、order、notes、suggestions（facets=1 时还有 facets、facet_info）；"
                              "筛选值认不出时仍是 200，notes 说明并给出可选的值", e400=BAD_REQUEST))
def api_search(request: Request, conn=Depends(kb_conn)):
    """Measures matching q and the filters.

    q: `容错 纠错` both, `驻村 OR 挂职` either, `-问责` not, `"驻村 第一书记"` a phrase.
    Filters (province, city, county, township, category, group, slogan, year, source) take what
    people type: 福建 or 福建省, a full path 福建省福州市鼓楼区 or a code, a category's Chinese name or
    id, a year or 2020-2023.  limit: 0–10,000 (the one cap; 0 the total alone), offset or page.  order: relevance
    (every match ranked, up to 10,000) or date (newest first); without it, the query's own (`order` says which).  `notes` say what
    became of a filter that did not match one value (a filter given twice is read by its last value, and a note
    says so); `suggestions` where to go when there are few
    or no results.

    facets=1 adds `facets`: for every facet, its `facet_limit` (default 30, at most 1,000) most
    frequent values with their exact counts, most frequent first (years: the newest, newest first), and the
    selected values wherever they rank (each value says whether it is `selected`); each facet ignores its own filter.  And
    `facet_info`: per facet, `distinct` (how many values have a match), `shown`, `more` (values
    with a match not listed) and `more_url`, the rest of them at /api/facets/{name}.
    """
    q, f, state = query_and_filters(request)
    res = S.search(conn, q, f, *_window(request), order=order_param(request))
    res.resolved.notes[:0] = repeated(request)
    tips = S.suggest(conn, res)
    body = res.to_dict() | {"suggestions": [s.as_dict() for s in tips]} | _hint(conn, res, tips)
    if flag_param(request, "facets"):
        fs = S.facets(conn, res.query, f, int_param(request, "facet_limit", S.FACET_LIMIT))
        body["facets"] = {name: fv.values for name, fv in fs.items()}
        body["facet_info"] = {name: {"distinct": fv.distinct, "shown": len(fv.values), "more": fv.more,
                                     "more_url": href(f"/api/facets/{name}", state) if fv.more else None}
                              for name, fv in fs.items()}
    return JSONResponse(body)  # plain JSON types already: FastAPI's encoder would walk them again (2 ms)


@router.get("/facets/{name}", openapi_extra={"parameters": FACET_PARAMS},
            dependencies=[Depends(accepts(*names(FACET_PARAMS)))],
            responses=answers("这个分面的值：distinct、offset、shown、more、values、next", e400=BAD_REQUEST,
                              e404="没有这个分面（可用的分面见错误信息）"))
def api_facet_values(name: str, request: Request, conn=Depends(kb_conn)):
    """The values of one facet (province, city, county, township, category, group, slogan, year,
    source) for q and the filters, as /api/search takes them: exact counts, most frequent first (years newest first),
    only values with a match; the facet ignores its own filter.

    prefix: only values whose name, label or another name begins with it (鼓楼 finds 鼓楼区);
    contains: only those containing it; when no name holds it, the values the facet's filter reads it as (秦南街道:
    秦南镇; a former or short name).  limit: 1–1,000 (default 100), from offset.  `distinct`
    counts the values that fit, `more` those after this page, `next` is the next page's URL.
    """
    if name not in S.FACETS:
        raise HTTPException(404, f"没有“{name}”这个分面；可用：" + "、".join(S.FACETS) + "。")
    q, f, state = query_and_filters(request)
    lookup = {k: (request.query_params.get(k) or "").strip() for k in ("prefix", "contains")}
    limit, offset = int_param(request, "limit", 100), int_param(request, "offset", 0, least=0)
    fv = S.facet_values(conn, name, q, f, offset=offset, limit=limit, **lookup)
    more = href(f"/api/facets/{name}", state | lookup | {"offset": offset + limit, "limit": limit})
    return fv.as_dict() | {"query": q, "next": more if fv.more else None}


@router.get("/articles", openapi_extra={"parameters": ARTICLE_SEARCH_PARAMS},
            dependencies=[Depends(accepts(*names(ARTICLE_SEARCH_PARAMS), why=ORDER_WHY))],
            responses=answers("total、results（每篇的编号、标题、日期、来源、地区、网址、摘录）、order、notes、suggestions",
                              e400=BAD_REQUEST))
def api_article_search(request: Request, conn=Depends(kb_conn)):
    """Articles whose title or text matches q (same syntax as /api/search), filtered by their own region, year
    and source, one with no measure too, and holding a measure of the category, group or slogan filtered by (the same
    filters as /api/search).  Each with its id, title, date, source, region, url
    (of a fetched page) and snippet (the matched passage, or the text's beginning); with `total` (exact),
    `offset`, `notes` and `suggestions` as /api/search gives them; limit, offset or page as /api/search reads them."""
    q, f, _ = query_and_filters(request)
    res = S.find_articles(conn, q, f, *_window(request), details=True)
    res.resolved.notes[:0] = repeated(request)
    tips = S.suggest(conn, res, articles=True)
    return res.to_dict() | {"suggestions": [s.as_dict() for s in tips]} | _hint(conn, res, tips)


def _window(request: Request) -> tuple[int, int]:
    """limit and offset, the offset given or counted from page (of limit results; page was refused by
    /api/articles though /api/search read it); limit=0 the total alone."""
    limit = int_param(request, "limit", 20)
    if all((request.query_params.get(k) or "").strip() for k in ("page", "offset")):
        raise S.QueryError("参数 page 和 offset 只能给一个：page 按 limit 条一页数，offset 是跳过的条数。")
    return limit, int_param(request, "offset", (int_param(request, "page", 1, least=1) - 1) * limit, least=0)


def _hint(conn, res: S.SearchResult, tips: list[S.Suggestion]) -> dict:
    """``hint``, when nothing was found: why, as the page says it (the knowledge base is empty; the texts are
    Chinese; fewer filters or other words)."""
    why = S.nothing_found(conn, res, tips)
    return {"hint": S.NOTHING_ZH[why]} if why else {}


# (m, a measure of the article, is carried through the redirect of an old id, renumbered as the page's is)
@router.get("/articles/{article_id}", dependencies=[Depends(accepts("m"))],
            responses=answers("文章及其举措；places：文中每处地名，每处有 " + "、".join(f"{k}（{v}）" for k, v in S.PLACE_FIELDS_ZH.items()) + "；canonical_id：计数所在的文章编号（转载时为原文，否则为本文），is_repost：是否转载，copies：计在本文下的转载篇数，reposts：这些转载",
                              e400="这里不读的参数（只读 m）", e404="没有这个编号的文章")
            | {307: {"description": "旧编号（文件改过）：Location 指向它现在的文章，m 换成现在的举措编号"}})
def api_article(article_id: str, request: Request, conn=Depends(kb_conn)):
    """One article with its measures; an id its file's edit replaced redirects (307) to the article it became.
    Every article says the article it is counted under (`canonical_id`: its own id unless it is a repost,
    `is_repost`, `canonical`); that one counts its `copies` (a number, as in search results) and lists its `reposts`."""
    a = S.article(conn, article_id)
    if a is None:
        if to := moved(request, conn, article_id):
            return to
        raise HTTPException(404, f"没有编号为“{article_id}”的文章。")
    return a


@router.get("/measures/{measure_id}/similar", openapi_extra={"parameters": SIMILAR_PARAMS},
            dependencies=[Depends(accepts(*names(SIMILAR_PARAMS)))],
            responses=answers("results：其他地区最相似的举措，各带 score（转载文章的举措：按原文计，repost_of 给出原文及其同一举措）", e400="k 不在 1–50 之间、编号不是整数或这里不读的参数",
                              e404="没有这个编号的举措")
            | {307: {"description": "旧编号（重建后换了编号）：Location 指向它现在的举措"}})
def api_similar(measure_id: int, request: Request, conn=Depends(kb_conn)):
    k = int_param(request, "k", 5, least=1, most=50)
    near = S.similar(conn, measure_id, k) if abs(measure_id) <= S.LAST_ROW else None  # (past SQLite's integers: none)
    if near is None:
        if abs(measure_id) <= S.LAST_ROW and (now := S.measure_moved_to(conn, measure_id)) is not None:
            # (an old id: a rebuild numbered it anew)
            path = request.url.path  # (the id as typed, 040 or +40, is replaced too: the path up to it is kept)
            return RedirectResponse(f"{path[:path.rindex('/measures/')]}/measures/{now}/similar"
                                    + (f"?{request.url.query}" if request.url.query else ""), status_code=307)
        gone = abs(measure_id) <= S.LAST_ROW and S.measure_retired(conn, measure_id)
        raise HTTPException(404, f"编号为“{measure_id}”的举措已不在知识库中：它所在的文件已被移除或修改。" if gone
                            else f"没有编号为“{measure_id}”的举措。")
    # (a repost's measure: answered as its canonical article's, which the search lists, and said so)
    return {"results": near} | ({"repost_of": of} if (of := S.repost_of(conn, measure_id)) else {})
