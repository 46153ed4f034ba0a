"""The pages for staff: search with facets and suggestions, a list of articles found by their words, an article, its
original text."""
from __future__ import annotations

import html
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from pipeline import search as S
from pipeline.search.catalog import ARTICLE_FACETS, catalog
from pipeline.search.hits import UNCERTAIN_MARK, figure_said
from pipeline.search.web.params import (ORDER_WHY, SORT_WHY, beside, flag_param, href, ignored, int_param, moved,
                                        order_param, query_and_filters, repeated)
from pipeline.search.web.state import kb_conn

PAGE_SIZE = 20
FACET_SHOWN = 8  # values shown before 更多; the rest of the facet's top values sit behind it
FACET_PAGE = 100  # values per page of one facet's own page (更多…)
# rows from which a download is said to take seconds (on a 20,000-article knowledge base 3,449 measures took 1.1 s, the
# cap's 10,000 2-13 s, and the links gave no sign of it)
SLOW_DOWNLOAD = 2_000

# auto_reload off: the templates ship with the package, and checking their mtimes cost a stat() per
# {% include %}.
templates = Jinja2Templates(env=Environment(loader=PackageLoader("pipeline", "templates"),
                                            autoescape=select_autoescape(["html"]), auto_reload=False))
templates.env.filters["figure_said"] = figure_said  # (a figure on a card as in a download's 数据 cell)
templates.env.globals["uncertain_mark"] = UNCERTAIN_MARK["zh"]  # (a place it cannot settle: marked as downloads mark it)
router = APIRouter(include_in_schema=False)  # (pages for people: /api/docs documents the API and the downloads)


# Each page reads the parameters its forms and links send (the templates, ``href`` and ``facet_items``); any other
# is ignored with a note naming it (``ignored``), those of shared links without one.
# (a page of twenty: offset and limit are the API's)
PAGE_WHY = ORDER_WHY | {"offset": f"翻页请用 page，每页 {PAGE_SIZE} 条",
                        "limit": f"每页 {PAGE_SIZE} 条；全部结果请用下载"}


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, conn=Depends(kb_conn)):
    q, f, state = query_and_filters(request)
    unread = ignored(request, "q", *S.FACETS, "page", "order", why=PAGE_WHY | SORT_WHY)
    result, facets, suggestions, error, nothing, in_articles = None, {}, [], None, None, None
    page, fixed = _page_number(request)
    order, fixed_order = _order(request)
    state |= {"order": order} if order else {}
    try:
        result = S.search(conn, q, f, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, order=order)
        result.resolved.notes[:0] = repeated(request)
        facets = S.facets(conn, result.query, f)
        suggestions = S.suggest(conn, result)
        nothing = S.nothing_found(conn, result, suggestions)
        in_articles = S.articles_found(conn, result)
    except S.QueryError as e:
        error, page = str(e), 1
        try:
            facets = S.facets(conn, None, f)
        except S.QueryError:
            facets = {}
    plain = {k: v for k, v in state.items() if k != "page"}
    unordered = {k: v for k, v in plain.items() if k != "order"}  # (the article list and a facet's page have no order)

    def link(**change) -> str:
        return href("/", plain | change)

    return templates.TemplateResponse(request, "search.html", {
        "q": q, "state": state, "result": result, "facets": facets, "error": error, "page": page, "ignored": unread,
        "value_notes": fixed + fixed_order, "orders": S.ORDERS,
        "page_size": PAGE_SIZE, "shown": FACET_SHOWN, "suggestions": suggestions,
        "nothing": S.NOTHING_ZH[nothing] if nothing else None,
        "last_page": max(1, -(-result.total // PAGE_SIZE)) if result else 1,
        "syntax": S.SYNTAX_HELP, "facet_names": S.FACET_ZH, "order_names": S.ORDER_ZH, "cap": S.MAX_RESULTS,
        "active": [(k, state[k], _active_label(result, k, state[k])) for k in S.FACETS if k in state],
        "link": link, "facet_items": lambda name, values: facet_items(name, values, plain),
        "facet_link": lambda name: href(f"/facets/{name}", unordered),
        "goto": lambda s: href("/", {"q": s.query} | s.filters),
        "export_link": lambda fmt: href(f"/export.{fmt}", plain),
        "in_articles": in_articles, "articles_link": href("/articles", unordered), "slow_download": SLOW_DOWNLOAD,
    }, status_code=400 if error else 200)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, conn=Depends(kb_conn)):
    """Articles whose title or text holds the words (/api/articles as a page, as `policykb search --articles`),
    filtered by their own region, year and source (and holding a measure of the category, group or slogan filtered
    by), twenty a page: the search page found no measure for a word
    of titles and leads, and there was no way to search articles but the API.  Beside them the facets of those
    filters of their own, counted in articles (``article_facets``): the page had none, and a filter was typed into
    its address."""
    q, f, state = query_and_filters(request)
    unread = ignored(request, "q", *S.FACETS, "page", why=PAGE_WHY)
    result, facets, suggestions, error, nothing = None, {}, [], None, None
    page, fixed = _page_number(request)
    try:
        result = S.find_articles(conn, q, f, PAGE_SIZE, (page - 1) * PAGE_SIZE, details=True)
        result.resolved.notes[:0] = repeated(request)
        facets = S.article_facets(conn, result.query, result.resolved)
        suggestions = S.suggest(conn, result, articles=True)
        # (why nothing, as the search page and /api/articles' hint say it: it said 换一个更短的词 with no words typed)
        nothing = S.nothing_found(conn, result, suggestions)
    except S.QueryError as e:
        error, page = str(e), 1
        try:  # (the facets of the filters alone, as the search page keeps its own)
            facets = S.article_facets(conn, S.parse(""), S.resolve(catalog(conn, articles=True), f))
        except S.QueryError:
            facets = {}
    plain = {k: v for k, v in state.items() if k != "page"}

    def link(**change) -> str:
        return href("/articles", plain | change)

    return templates.TemplateResponse(request, "articles.html", {
        "q": q, "state": state, "result": result, "error": error, "page": page, "ignored": unread,
        "value_notes": fixed, "page_size": PAGE_SIZE, "suggestions": suggestions,
        "nothing": S.NOTHING_ZH[nothing] if nothing else None,
        "facets": facets, "shown": FACET_SHOWN, "own_facets": ARTICLE_FACETS, "list_path": "/articles",
        "facet_items": lambda name, values: facet_items(name, values, plain, "/articles"), "facet_link": None,
        "last_page": max(1, -(-result.total // PAGE_SIZE)) if result else 1,
        "syntax": S.SYNTAX_HELP, "facet_names": S.FACET_ZH, "order_names": S.ORDER_ZH,
        "active": [(k, state[k], _active_label(result, k, state[k])) for k in S.FACETS if k in state],
        "link": link, "goto": lambda s: href("/articles", {"q": s.query} | s.filters), "measures_link": href("/", plain),
        "export_link": lambda fmt: href(f"/export/articles.{fmt}", plain), "cap": S.MAX_RESULTS,
        "slow_download": SLOW_DOWNLOAD,
        # (a title holding the words is marked as the passage is: often the one place they are)
        "title": lambda a: Markup(S.highlight(a["title"], result.query.terms)) if a["title"] else "（无标题）",
    }, status_code=400 if error else 200)


@router.get("/facets/{name}", response_class=HTMLResponse)
def facet_page(request: Request, name: str, conn=Depends(kb_conn)):
    """Every value of one facet for the search (更多… on the search page), a page at a time, with a
    box to find a value by what it contains."""
    if name not in S.FACETS:
        raise HTTPException(404, f"没有“{name}”这个分面。")
    q, f, state = query_and_filters(request)
    plain = {k: v for k, v in state.items() if k != "page"}
    contains = (request.query_params.get("contains") or "").strip()
    page, fixed = _page_number(request)
    fv = S.facet_values(conn, name, q, f, contains=contains, offset=(page - 1) * FACET_PAGE, limit=FACET_PAGE)

    def link(**change) -> str:
        return href(f"/facets/{name}", plain | {"contains": contains} | change)

    res = S.resolve(catalog(conn), f)
    # (every filter the counts are under, as its chip names it, in the heading: ?q=干部&year=2024 said “干部”的举措)
    within = [f"{S.FACET_ZH[k]} {_label(res, k, v)}" for k, v in plain.items() if k in S.FACETS and k != name]
    return templates.TemplateResponse(request, "facet.html", {
        "name": name, "q": q, "state": plain, "contains": contains, "fv": fv, "page": page, "within": within,
        "facet_names": S.FACET_ZH, "items": facet_items(name, fv.values, plain), "newest_first": name in S.NEWEST_FIRST,
        "back": href("/", plain), "link": link, "ignored": ignored(request, "q", *S.FACETS, "contains", "page"),
        "value_notes": fixed,
    })


def _order(request: Request) -> tuple[str | None, list[str]]:
    """The order asked for (按相关度 / 按日期), or the query's own with a note saying why (order=abc)."""
    try:
        return order_param(request), []
    except S.QueryError as e:
        return None, [f"{e}下面按默认顺序。"]


def _page_number(request: Request) -> tuple[int, list[str]]:
    """The page asked for (?page=), or the first with a note saying why (0, -1, abc): a page opened from an edited
    link shows something and says what it did (the README's word: pages never refuse), where it was a 400 page
    that lost the query from its box."""
    try:
        return int_param(request, "page", 1, least=1), []
    except S.QueryError as e:
        return 1, [f"{e}下面是第 1 页。"]


def facet_items(name: str, values: list[dict], state: dict, path: str = "/") -> Markup:
    """The <li> of each facet value, linking to the list at ``path`` (the search, or the article list) with that
    value as the filter.  Made
    here rather than in a template: a facet's page lists up to a hundred values, and only the
    one parameter differs between their links."""
    keys = [k for k, v in state.items() if v not in (None, "")]
    at = keys.index(name) if name in keys else len(keys)
    before = urlencode({k: state[k] for k in keys[:at]})
    after = urlencode({k: state[k] for k in keys[at + 1:] if k != name})
    off = escape(href(path, state | {name: None}))
    out = []
    for v in values:
        url = path + "?" + "&".join(p for p in (before, urlencode({name: v["value"]}), after) if p)
        value, chosen = escape(v["value"]), v["selected"]
        out.append(f'<li class="{"on" if chosen else ""}"><a href="{escape(url)}" data-facet="{escape(name)}" '
                   f'data-value="{value}" title="{escape(v["value"].replace("/", ""))}">{escape(v["label"])}</a> '
                   f'<span class="count">{v["count"]}</span>'
                   + (f'<a class="x" href="{off}" title="取消">×</a>' if chosen else "") + "</li>")
    return Markup("".join(out))


def _active_label(result: S.SearchResult | None, facet: str, given: str) -> str:
    """The chip of an active filter: the value it matched (福建 -> 福建省), or what was typed."""
    return _label(result.resolved if result else None, facet, given)


def _label(res: S.Resolved | None, facet: str, given: str) -> str:
    """A filter as said on a page: the value it matched (福建 -> 福建省), or what was typed."""
    vals = res.values.get(facet) if res else None
    if vals and len(vals) == 1 and facet != "year":  # (a span of years that holds one is still the span)
        return vals[0].label
    return given


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, conn=Depends(kb_conn)):
    a = S.article(conn, article_id)
    if a is None:
        if to := moved(request, conn, article_id):  # (an id its file's edit replaced)
            return to
        raise HTTPException(404, f"没有编号为“{article_id}”的文章。")
    m = _chosen_measure(request)
    selected = next((x for x in a["measures"] if x["measure_id"] == m), None)
    if selected is None and (to := beside(request, conn, article_id, m)):  # (a measure of the article beside)
        return to
    try:
        asked, fixed = bool(selected) and flag_param(request, "similar"), []
    except S.QueryError as e:  # (similar=yes: the article all the same, and why no similar measures are listed)
        asked, fixed = False, [f"{e}没有列出相似举措。"]
    near = S.similar(conn, m, 5) if asked else []
    terms = _searched(request)
    return templates.TemplateResponse(request, "article.html", {
        "a": a, "paragraphs": _paragraphs(a["text"], selected, terms), "selected": m, "similar": near,
        "title": Markup(S.highlight(a["title"], terms)) if a["title"] else "（无标题）",
        "similar_asked": asked, "missing": _missing(request, selected),
        "ignored": ignored(request, "m", "similar", "q"), "value_notes": fixed})


def _searched(request: Request) -> list[str]:
    """The words of the search the article was opened from (?q=, as the result lists' links carry it), to mark in
    its text: an article found for 容错 opened unmarked, the reader left to find the word; none for a query the
    syntax refuses (the article is shown all the same)."""
    q = (request.query_params.get("q") or "").strip()
    try:
        return S.parse(q).terms if q else []
    except S.QueryError:
        return []


@router.get("/articles/{article_id}/original", response_class=HTMLResponse)
def original_page(request: Request, article_id: str, conn=Depends(kb_conn)):
    # (the chosen measure's own span inside the article's: the article's alone marked the whole file of a
    # one-article page)
    o = S.original(conn, article_id, _chosen_measure(request))
    if o is None:
        if to := moved(request, conn, article_id):  # (an id its file's edit replaced)
            return to
        raise HTTPException(404, f"没有编号为“{article_id}”的文章。")
    if o["measure"] is None and (to := beside(request, conn, article_id, _chosen_measure(request))):
        return to
    t, ms, me = o["text"], o["measure_start"], o["measure_end"]
    return templates.TemplateResponse(request, "original.html", {
        "o": o, "article_id": article_id, "measure": o["measure"], "missing": _missing(request, o["measure"]),
        "ignored": ignored(request, "m"),
        "before": t[:o["start"]],
        "lead": t[o["start"]:ms], "span": t[ms:me], "tail": t[me:o["end"]], "after": t[o["end"]:]})


def _chosen_measure(request: Request) -> int | None:
    """The measure an article's page or its original was opened on (?m=), None if none or not a number (or
    one past SQLite's integers, which no measure has)."""
    try:
        return int_param(request, "m", 0, least=1, most=S.LAST_ROW) or None
    except S.QueryError:
        return None


def _missing(request: Request, found) -> str | None:
    """The ?m= the article has no measure for (another article's, a number no measure has, a word), as given: the
    page said nothing and showed the article unmarked, as if the link had asked for no measure."""
    m = (request.query_params.get("m") or "").strip()
    return m if m and not found else None


def _paragraphs(text: str, measure: dict | None, terms: list[str] = ()) -> list[str]:
    """Escaped paragraphs, with the selected measure's span marked, and the words searched (``terms``) each line
    apart (a word is never marked across a paragraph's end)."""
    def esc(t: str) -> str:
        return "\n".join(S.highlight(line, terms) for line in t.split("\n")) if terms else html.escape(t)

    if measure is None:
        return esc(text).split("\n")
    s, e = measure["start"], measure["end"]
    marked = esc(text[:s]) + f'<mark id="measure">{esc(text[s:e])}</mark>' + esc(text[e:])
    return marked.split("\n")
