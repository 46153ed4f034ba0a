"""Search latency on a knowledge base the pipeline built, over HTTP, as the page asks for it.

The API (``/api/search`` with ``facets=1``, as the page needs them) and the HTML
page (``/``, which computes its facets itself) are served by uvicorn on
127.0.0.1 and queried one request at a time with two-character, phrase,
multi-term and filtered queries; the report gives p50 / p95 / p99 per query
kind, per endpoint and overall, and apart for the first time a query (with its
filters) is asked and for the times it is asked again, since facet counts are
remembered per file version.

Usage: python bench/bench_search.py --db outputs/bench/kb-100000.sqlite [--queries 300] [--out FILE]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
import random
import socket
import sys
import threading
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.store import reader  # noqa: E402

QUERIES = {
    "two characters, very common": ["干部", "工作", "基层"],
    "two characters": ["容错", "挂职", "驻村", "考核", "补贴", "轮岗", "问责", "培训"],
    "phrase": ["容错纠错", "年轻干部", "带薪休假", "谈心谈话", "三个区分开来", "专项奖励资金"],
    "two terms": ["挂职 锻炼", "容错 申请", "年轻干部 挂职", "补贴 乡镇"],
    "with filters": ["干部|province", "挂职|province", "考核|category", "容错|year", "培训|city"],
}


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def _stats(xs: list[float]) -> dict:
    return {"n": len(xs), "p50_ms": round(percentile(xs, 50), 1), "p95_ms": round(percentile(xs, 95), 1),
            "p99_ms": round(percentile(xs, 99), 1), "max_ms": round(max(xs), 1)}


def plan(db: Path, n: int, seed: int = 1) -> list[tuple[str, dict]]:
    """(kind, query parameters): the kinds in turn, filters drawn from what the knowledge base holds."""
    con = reader.connect_readonly(db)
    try:
        provinces = [r[0] for r in con.execute("SELECT DISTINCT province FROM regions WHERE province IS NOT NULL")]
        cities = [r[0] for r in con.execute("SELECT DISTINCT city FROM regions WHERE city IS NOT NULL LIMIT 200")]
    finally:
        con.close()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = list(QUERIES)[i % len(QUERIES)]
        q = rng.choice(QUERIES[kind])
        params: dict = {}
        if "|" in q:
            q, f = q.split("|")
            params = {"province": rng.choice(provinces)} if f == "province" else {"city": rng.choice(cities)} \
                if f == "city" else {"category": "tolerate"} if f == "category" else {"year": 2021}
        out.append((kind, params | {"q": q}))
    return out


def measure(db: Path, queries: int = 300) -> dict:
    import httpx
    import uvicorn

    from pipeline.search.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    endpoints = {"api": ("/api/search", {"facets": "1", "limit": 20}), "page": ("/", {})}
    times: dict[str, dict[str, list[float]]] = {e: {k: [] for k in QUERIES} for e in endpoints}
    asked: dict[str, dict[str, list[float]]] = {e: {"first": [], "again": []} for e in endpoints}
    totals: dict[str, int] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            for e, (path, extra) in endpoints.items():
                client.get(path, params=extra | {"q": "组织"})  # load the KB's catalog (a query not in the plan)
            for kind, params in plan(db, queries):
                key = json.dumps(params, ensure_ascii=False)
                when = "again" if key in totals else "first"
                for e, (path, extra) in endpoints.items():
                    t = time.perf_counter()
                    r = client.get(path, params=extra | params)
                    ms = (time.perf_counter() - t) * 1000
                    times[e][kind].append(ms)
                    asked[e][when].append(ms)
                    r.raise_for_status()
                    if e == "api":
                        totals[key] = r.json()["total"]
    finally:
        srv.should_exit = True
    con = reader.connect_readonly(db)
    size = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "measures", "figures",
                                                                               "measure_links", "slogans")}
    con.close()
    every = [x for e in times.values() for xs in e.values() for x in xs]
    return {
        "db": str(db), "tables": size, "requests": len(every), "overall": _stats(every),
        "by_endpoint": {e: _stats([x for xs in k.values() for x in xs]) for e, k in times.items()},
        "by_kind": {e: {k: _stats(v) for k, v in kinds.items() if v} for e, kinds in times.items()},
        "by_asking": {e: {k: _stats(v) for k, v in when.items() if v} for e, when in asked.items()},
        "totals": totals,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--out", default=str(ROOT / "outputs" / "bench" / "search.json"))
    args = ap.parse_args()
    result = measure(Path(args.db), args.queries)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("tables", "overall", "by_endpoint", "by_asking")}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
