"""Search latency on a synthetic knowledge base of 1,000,000 measures.

Measures are recombined from the clauses of a built knowledge base (the sample
corpus by default), spread over that base's regions, categories and years, and
indexed exactly as a build indexes them.  The API is served by uvicorn on
127.0.0.1 and queried over HTTP, one request at a time; the report gives
latency percentiles per query kind and overall.

Usage: python bench/bench_search.py [--measures 1000000] [--source outputs/kb.sqlite]
                                    [--db outputs/bench_1m.sqlite] [--queries 300]
"""
from __future__ import annotations

import argparse
from collections import Counter
import json
from pathlib import Path
import random
import re
import socket
import sqlite3
import sys
import threading
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import kb, search  # noqa: E402

QUERIES = {
    "two characters, very common": ["干部", "工作", "基层"],
    "two characters": ["容错", "挂职", "驻村", "考核", "补贴", "轮岗", "问责", "培训"],
    "phrase": ["容错纠错", "驻村第一书记", "年轻干部", "职级晋升", "谈心谈话", "三个区分开来"],
    "two terms": ["驻村 补贴", "容错 澄清", "年轻干部 挂职"],
    "with filters": ["干部|province", "挂职|province", "考核|category", "容错纠错|year"],
}


def build_synthetic(source: Path, out: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    src = kb.connect_readonly(source)
    texts = [r[0] for r in src.execute("SELECT text FROM measures")]
    clauses = [c for t in texts for c in re.split(r"(?<=[，,；;])", t) if len(c) >= 6]
    regions = src.execute("SELECT DISTINCT province, city, county FROM regions WHERE province IS NOT NULL").fetchall()
    cats = [r[0] for r in src.execute("SELECT id FROM categories")]
    groups = [r[0] for r in src.execute("SELECT DISTINCT grp FROM measure_groups")] or ["基层干部"]
    if out.exists():
        out.unlink()
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(kb.SCHEMA)
    con.executescript(search.INDEX_SCHEMA)
    batch_m, batch_c = [], []
    counts = Counter()
    t0 = time.time()
    for i in range(1, n + 1):
        text = "".join(rng.sample(clauses, rng.randint(1, 3))).rstrip("，,；;") + "。"
        p, c, k = rng.choice(regions)
        year = 2015 + (i - 1) * 11 // n  # keys follow the dates, as a build assigns them
        cs = rng.sample(cats, rng.choice((1, 1, 1, 2, 2, 3)))
        place = "/".join(x for x in (p, c, k) if x)
        batch_m.append({"key": i, "measure_id": i, "article_id": f"a{i // 12}", "text": text, "heading": None,
                        "title": f"文章{i // 12}", "date": f"{year}-06-01", "year": year, "source": "某日报",
                        "province": p, "city": c, "county": k, "township": None, "place": place,
                        "categories": " " + " ".join(cs) + " ", "groups": " " + rng.choice(groups) + " ", "slogans": "  "})
        batch_c.extend((i, x, round(rng.random(), 3)) for x in cs)
        if len(batch_m) == 20000:
            _flush(con, batch_m, batch_c, counts)
            print(f"  {i:,} measures ({time.time() - t0:.0f} s)", file=sys.stderr)
    _flush(con, batch_m, batch_c, counts)
    con.executemany("INSERT INTO categories VALUES (?,?,?,?)", [(c, c, c, "") for c in cats])
    search.write_facet_values(con, counts)
    con.execute("INSERT INTO measure_fts(measure_fts) VALUES ('optimize')")
    con.commit()
    con.close()


def _flush(con, m, c, counts) -> None:
    if not m:
        return
    cols = list(m[0])
    con.executemany(f"INSERT INTO search_measures ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [tuple(r.values()) for r in m])
    counts.update(search.index_measures(con, m))
    con.executemany("INSERT INTO measure_categories VALUES (?,?,?)", c)
    m.clear()
    c.clear()


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--measures", type=int, default=1_000_000)
    ap.add_argument("--source", default=str(ROOT / "outputs" / "kb.sqlite"))
    ap.add_argument("--db", default=str(ROOT / "outputs" / "bench_1m.sqlite"))
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--reuse", action="store_true", help="Keep an existing synthetic database.")
    ap.add_argument("--out", default=str(ROOT / "outputs" / "bench_search.json"))
    ap.add_argument("--pages", type=int, default=30, help="Also time this many search pages (exact facets).")
    args = ap.parse_args()
    db = Path(args.db)
    if not (args.reuse and db.exists()):
        t = time.time()
        build_synthetic(Path(args.source), db, args.measures)
        print(f"built {args.measures:,} measures in {time.time() - t:.0f} s ({db.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)

    import httpx
    import uvicorn

    from pipeline.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    con = kb.connect_readonly(db)
    provinces = [r[0] for r in con.execute("SELECT DISTINCT province FROM search_measures LIMIT 50")]
    con.close()
    rng = random.Random(1)
    plan = []
    for i in range(args.queries):
        kind = list(QUERIES)[i % len(QUERIES)]
        q = rng.choice(QUERIES[kind])
        params = {"limit": 20}
        if "|" in q:
            q, f = q.split("|")
            params |= {"province": rng.choice(provinces)} if f == "province" else {"category": "tolerate"} if f == "category" \
                else {"year": 2021}
        plan.append((kind, params | {"q": q}))
    times: dict[str, list[float]] = {k: [] for k in QUERIES}
    totals: dict[str, int] = {}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        client.get("/api/search", params={"q": "干部"})  # warm the page cache
        for kind, params in plan:
            t = time.perf_counter()
            r = client.get("/api/search", params=params)
            times[kind].append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
            totals[params["q"]] = r.json()["total"]
        pages = []  # the staff page: results plus every facet value with its exact count
        for _, params in plan[: args.pages]:
            t = time.perf_counter()
            client.get("/", params=params).raise_for_status()
            pages.append((time.perf_counter() - t) * 1000)
    srv.should_exit = True
    every = [x for xs in times.values() for x in xs]
    result = {
        "measures": args.measures, "requests": len(every),
        "p50_ms": round(percentile(every, 50), 1), "p95_ms": round(percentile(every, 95), 1),
        "p99_ms": round(percentile(every, 99), 1), "max_ms": round(max(every), 1),
        "by_kind": {k: {"p50_ms": round(percentile(v, 50), 1), "p95_ms": round(percentile(v, 95), 1)} for k, v in times.items() if v},
        "totals": totals,
        "pages": {"requests": len(pages), "p50_ms": round(percentile(pages, 50), 1),
                  "p95_ms": round(percentile(pages, 95), 1)} if pages else None,
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
