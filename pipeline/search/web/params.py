"""Reading a request's search parameters, the same way for the page, the API and downloads."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from pipeline import search as S
from pipeline.core.lexicons import word_list


def query_and_filters(request: Request) -> tuple[str, S.Filters, dict[str, str]]:
    """q, the filters as typed, and the state to carry in links (only what was given)."""
    qp = request.query_params
    raw = {k: (qp.get(k) or "").strip() for k in S.FACETS}
    q = query_text(request)
    f = S.Filters(**{k: v or None for k, v in raw.items()})
    return q, f, {"q": q} | {k: v for k, v in raw.items() if v}


def query_text(request: Request) -> str:
    """The words of every q given, in order (?q=容错&q=驻村: both words, as the command line reads its words): the
    last alone was searched, and the first dropped without a word."""
    return " ".join(v.strip() for v in request.query_params.getlist("q") if v.strip())


def tracking(name: str) -> bool:
    """Whether a parameter is one apps and share buttons add to a shared link (utm_source, WeChat's
    from=singlemessage&isappinstalled=0: resources/tracking_parameters.txt), read by nobody here."""
    name = name.lower()
    exact, prefixes = _tracking()
    return name in exact or name.startswith(prefixes)


@lru_cache(maxsize=None)
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    names = [n.lower() for n in word_list("tracking_parameters.txt")]
    return frozenset(n for n in names if not n.endswith("*")), tuple(n[:-1] for n in names if n.endswith("*"))


def _distance(a: str, b: str) -> int:
    """Edits from one name to the other: a letter added, dropped, changed, or two next to each other swapped."""
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            d = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                d = min(d, prev2[j - 2] + 1)
            row.append(d)
        prev2, prev = prev, row
    return prev[-1]


def nearest(name: str, known: list[str]) -> str | None:
    """The parameter a misspelt one was meant to be (provice: province), or None.  Whole names are compared, an
    edit or two apart by their length: difflib's ratio offered source for utm_source, which holds it."""
    def near(k: str) -> int | None:
        d = _distance(name.lower(), k)
        return d if d <= (1 if len(k) <= 5 else 2) and d < min(len(k), len(name)) else None

    scored = [(d, i, k) for i, k in enumerate(known) if (d := near(k)) is not None]
    return min(scored)[2] if scored else None


def _unread(request: Request, known: list[str]):
    """The parameters given that the address does not read, those added to shared links aside."""
    return [k for k in request.query_params if k not in known and not tracking(k)]


def accepts(*names: str, why: dict[str, str] | None = None):
    """A dependency refusing any query parameter the endpoint does not read (QueryError: a 400 naming it and the
    ones it reads), for the API and the downloads, which code calls.  A misspelt filter (provice=山西) or one
    another endpoint reads (limit on a download) was dropped without a word, and the answer, unfiltered or whole,
    looked like the one asked for.  ``why`` says, for a parameter of another endpoint, why this one has none.
    The parameters a shared link gains (``tracking``) are no mistake and are let through."""
    known = list(dict.fromkeys(names))

    def check(request: Request) -> None:
        for k in _unread(request, known):
            if why and k in why:
                said = f"这里不用参数 {k}（{why[k]}）"
            else:
                close = nearest(k, known)
                said = f"不认识参数 {k}" + (f"（是不是 {close}？）" if close else "")
            raise S.QueryError(f"{said}；" + (f"这里可用的参数：{'、'.join(known)}。" if known else "这个地址不带参数。"))

    return check


def ignored(request: Request, *names: str, why: dict[str, str] | None = None) -> list[str]:
    """For the pages, which people open from shared and edited links: a note for each parameter the page does
    not read, which is ignored (a 400 page for a link WeChat had added from=singlemessage to was no answer)."""
    known = list(dict.fromkeys(names))
    out = []
    for k in _unread(request, known):
        if why and k in why:
            out.append(f"已忽略参数 {k}（{why[k]}）。")
        else:
            close = nearest(k, known)
            out.append(f"已忽略不认识的参数 {k}" + (f"（是不是 {close}？）" if close else "") + "。")
    return out


# (the article search's answers say their `order`, and people ask for another: there is none to choose there; the
# measure search takes ``order``, and ``sort`` is said to be it)
ORDER_WHY = dict.fromkeys(("order", "sort"), "文章的顺序不能选：有搜索词时按相关度，只有筛选时按日期，最新在前")
SORT_WHY = {"sort": "顺序请用 order=relevance（按相关度）或 order=date（按日期）"}


def order_param(request: Request) -> str | None:
    """The order asked for (``order=relevance|date``), None for the query's own; QueryError (400) for another."""
    return S.check_order(request.query_params.get("order"))


def names(params: list[dict]) -> list[str]:
    """The names of the parameters OpenAPI declares (``_param``s below)."""
    return [p["name"] for p in params]


def repeated(request: Request) -> list[S.Note]:
    """A note for each filter given more than once (?year=2019&year=2020).  A facet filters by one value, and
    picking another in the sidebar replaces it; a repeated one is read the same way, the last value, but said."""
    out = []
    for k in S.FACETS:
        given = [v.strip() for v in request.query_params.getlist(k) if v.strip()]
        if len(set(given)) > 1:
            hint = f"要几年请写成 {min(given)}-{max(given)}。" if k == "year" and all(v.isdigit() for v in given) else ""
            out.append(S.Note(k, given[-1], "repeated", f"{S.FACET_ZH[k]}给了 {len(given)} 个值（{'、'.join(given)}）："
                              f"一项筛选只按一个值，这里按最后一个“{given[-1]}”。{hint}"))
    return out


def moved(request: Request, conn, article_id: str) -> RedirectResponse | None:
    """A redirect to the article an old id became (its file edited since the link was made), same path
    and query otherwise; None when the id is no old article's.  Temporary (307): the id may be an
    article again if the file's old text comes back."""
    to = S.moved_to(conn, article_id)
    if to is None:
        return None
    query = dict(request.query_params)
    m = query.get("m", "")
    # (ASCII digits only: "²".isdigit() holds and int("²") fails; and no more than SQLite's integers hold)
    if m.isascii() and m.isdigit() and int(m) <= S.LAST_ROW and (now := S.measure_moved_to(conn, int(m))) is not None:
        query["m"] = str(now)  # (the chosen measure, as it is numbered now)
    return to_article(request, article_id, to, query)


def beside(request: Request, conn, article_id: str, measure: int | None) -> RedirectResponse | None:
    """A redirect to the article of the same file that holds the chosen measure (?m=), when this one does not:
    a file's articles are one text, and the measure is there; same path and query otherwise.  An old measure id
    (a full build cut the measure otherwise and numbered it anew; its article kept its id) leads to the measure
    it became, in this article or the one beside.  None when the measure is this article's, another file's or
    none (the page says the article has no such measure)."""
    if not measure or abs(measure) > S.LAST_ROW:  # (past SQLite's integers: none)
        return None
    if to := S.measure_beside(conn, article_id, measure):
        return to_article(request, article_id, to, dict(request.query_params))
    if (now := S.measure_moved_to(conn, measure)) is None:
        return None
    query = dict(request.query_params) | {"m": str(now)}
    return to_article(request, article_id, S.measure_beside(conn, article_id, now) or article_id, query)


def to_article(request: Request, article_id: str, to: str, query: dict) -> RedirectResponse:
    """A temporary redirect (307) from this article's address to another's (its page, original or API)."""
    path = request.url.path.replace(f"/{article_id}", f"/{to}", 1)
    return RedirectResponse(path + (f"?{urlencode(query)}" if query else ""), status_code=307)


def int_param(request: Request, name: str, default: int, least: int | None = None, most: int | None = None) -> int:
    """An integer parameter, or QueryError (400) naming it: a value out of range is refused, not moved
    into range, so a mistyped link says so instead of showing another page than the one asked for."""
    v = request.query_params.get(name, "")
    if not v.strip():
        return default
    try:
        n = int(v)
    except ValueError:
        n = None
    if n is None or (least is not None and n < least) or (most is not None and n > most):
        want = (f"{least}–{most} 之间的整数" if least is not None and most is not None
                else f"不小于 {least} 的整数" if least is not None else "整数")
        raise S.QueryError(f"参数 {name} 应为{want}，收到“{v}”。")
    return n


def flag_param(request: Request, name: str) -> bool:
    """A switch (1 on, 0 or absent off); anything else is refused like a bad number."""
    v = request.query_params.get(name, "").strip()
    if v not in ("", "0", "1"):
        raise S.QueryError(f"参数 {name} 只能是 1 或 0，收到“{v}”。")
    return v == "1"


def href(base: str, state: dict) -> str:
    state = {k: v for k, v in state.items() if v not in (None, "")}
    return base + ("?" + urlencode(state) if state else "")


def _param(name: str, description: str, example: str | None = None, kind: str = "string") -> dict:
    out = {"name": name, "in": "query", "required": False, "description": description, "schema": {"type": kind}}
    return out | ({"example": example} if example else {})


# The query parameters as OpenAPI declares them (the handlers read them from the request, so FastAPI cannot see
# them): /api/docs lists them and lets one try a search.
QUERY_PARAM = _param("q", "搜索词：`容错 纠错` 同时包含，`驻村 OR 挂职` 任一，`-问责` 排除，`\"驻村 第一书记\"` 短语", "容错纠错")
# Each filter's own description, with examples in it; not as OpenAPI examples: Swagger UI's "Try it out" fills a
# field with its example, and a search under every filter at once finds nothing.
FILTER_HELP = {
    "province": "省份：名称、简称或区划代码，如 福建 / 福建省 / 35",
    "city": "地市：如 福州 / 福州市 / 福建省福州市 / 3501",
    "county": "区县：如 鼓楼区 / 福州市鼓楼区 / 350102；几地同名（鼓楼区）时都算，并在 notes 里说明",
    "township": "乡镇（街道）：如 江背镇 / 长沙县江背镇",
    "category": "类别：中文名或 id，如 容错纠错 或 tolerate",
    "group": "对象（举措针对的人）：如 年轻干部 / 村干部 / 选调生",
    "slogan": "提法：如 三个区分开来",
    "year": "年份：一年或一段，如 2023 / 2020-2023",
    "source": "来源：如 人民日报",
}
FILTER_PARAMS = [_param(k, FILTER_HELP[k]) for k in S.FACETS]
PAGE_PARAMS = [_param("limit", "每页条数（0–10,000；0 只给总数）", kind="integer"), _param("offset", "跳过的条数", kind="integer"),
               _param("page", "页码（与 offset 二选一）", kind="integer")]
ORDER_PARAM = _param("order", "顺序：relevance 按相关度（全部匹配，最多 10,000 条；更多时只排最新的 2,000 条，order_note 说明），"
                     "date 按日期（最新在前）；不给时有搜索词按相关度（超过 2,000 条时在最新的 2,000 条中），只有筛选时按日期")
SEARCH_PARAMS = [QUERY_PARAM, *FILTER_PARAMS, *PAGE_PARAMS, ORDER_PARAM,
                 _param("facets", "1：同时给出各分面的值和条数", "1"),
                 _param("facet_limit", "每个分面列出的值（默认 30，最多 1,000）", kind="integer")]
ARTICLE_SEARCH_PARAMS = [QUERY_PARAM, *FILTER_PARAMS, *PAGE_PARAMS]
FACET_PARAMS = [QUERY_PARAM, *FILTER_PARAMS, _param("prefix", "值的开头（或其别名的开头）：鼓楼 → 鼓楼区", "鼓楼"),
                _param("contains", "值中含有的字"), _param("limit", "列出的值（默认 100）", kind="integer"),
                _param("offset", "跳过的值", kind="integer")]
SIMILAR_PARAMS = [_param("k", "最多给出的相似举措数（1–50，默认 5；相似度低于 0.14 的不给）", kind="integer")]
ARTICLE_EXPORT_PARAMS = [QUERY_PARAM, *FILTER_PARAMS, _param("lang", "表头：zh 中文（默认），en 字段名（id 同 en）", "zh")]
EXPORT_PARAMS = ARTICLE_EXPORT_PARAMS + [ORDER_PARAM]  # (the measures' download, in the page's order)


class ErrorBody(BaseModel):
    """Every error of the API and the downloads: what went wrong, in one Chinese sentence, and the status."""
    # (as web._answer writes it)

    error: str = Field(description="出了什么错，中文一句", examples=["不认识参数 provice（是不是 province？）；这里可用的参数：q、province…"])
    status: int = Field(description="HTTP 状态码，同响应的", examples=[400])


BAD_REQUEST = "参数或搜索词有误：这里不读的参数、越界或不是数的值、只有排除词的搜索、认不出的年份"


def answers(ok: str, **errors: str) -> dict:
    """OpenAPI ``responses`` as the server gives them: ``ok`` for 200, each of ``errors`` (e404="…", keyed by
    status) with the error body, and the 503 and 500 every request may meet.  FastAPI's own 422
    HTTPValidationError is never answered here (a value it cannot read is a 400: ``web.validation_error``) and
    ``web.create_app`` takes it out of the document."""
    out: dict = {200: {"description": ok}}
    for key, why in errors.items():
        out[int(key[1:])] = {"model": ErrorBody, "description": why}
    return out | {503: {"model": ErrorBody, "description": "知识库文件暂时不在（可能正在重建），稍后再试"},
                  500: {"model": ErrorBody, "description": "服务器出错（已记入服务器日志）"}}
