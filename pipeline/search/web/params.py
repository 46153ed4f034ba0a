"""Reading a request's search parameters, the same way for the page, the API and downloads."""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Request

from pipeline import search as S


def query_and_filters(request: Request) -> tuple[str, S.Filters, dict[str, str]]:
    """q, the filters as typed, and the state to carry in links (only what was given)."""
    qp = request.query_params
    raw = {k: (qp.get(k) or "").strip() for k in S.FACETS}
    q = (qp.get("q") or "").strip()
    f = S.Filters(**{k: v or None for k, v in raw.items()})
    return q, f, {"q": q} | {k: v for k, v in raw.items() if v}


def int_param(request: Request, name: str, default: int) -> int:
    v = request.query_params.get(name, "")
    if not v.strip():
        return default
    try:
        return int(v)
    except ValueError:
        raise S.QueryError(f"参数 {name} 应为整数，收到“{v}”。") from None


def href(base: str, state: dict) -> str:
    state = {k: v for k, v in state.items() if v not in (None, "")}
    return base + ("?" + urlencode(state) if state else "")
