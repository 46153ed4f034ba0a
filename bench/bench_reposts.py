"""Repost detection at scale: two checkouts of the pipeline measured in one run, alternating.

Corpora (their texts are written here, or by bench/synth.py):

- ``copies:N``: one synthetic article reposted on N sites, each site with its own chrome (column
  path, byline, editor, share and copyright lines), its own date (one in ten undated), one page in
  ten cut after 60 % of its paragraphs;
- ``synth:N``: bench/synth.py's unrelated articles;
- ``mixed:N``: bench/synth.py's articles, one in six reposted on two to four other sites;
- ``notices:N``: short notices of one template for 6 provinces x 6 measures, each with its own
  date and document number, as tests/test_reposts_s70.py writes them (many candidate pairs; the
  notices of one place, measure and month are copies);
- ``counted:N``: the same with a date drawn at random and three more figures in each notice
  (cadres, villages, offices), so that hardly two agree on their figures (many candidate pairs,
  few copies).

Each corpus is measured

- ``memory``: ``find_copies`` over the pages' texts (seconds, CPU seconds; peak RSS of the process,
  and its RSS before the call);
- ``direct``: ``mark_copies`` and ``update_copies`` (as below) on a knowledge base holding only
  what detection reads (articles, regions, band keys), written here without the pipeline;
- ``kb``: a real ``policykb build --jobs 1`` of a folder of the pages into a new knowledge base (its
  ``reposts`` seconds and peak memory from ``--report-json``; a first build per checkout fills its
  document cache and is not counted), then on that knowledge base ``mark_copies`` alone and
  ``update_copies`` as if the largest group's canonical article had just been written, then
  removed (seconds, CPU seconds of ``mark_copies``, peak RSS).  The driver makes the corpora in a
  process of its own and stays small: a build's peak RSS (ru_maxrss) counts its parent's at the fork.

Every measurement runs in its own process with PYTHONPATH set to the checkout, old and new in turn;
the results of the two must be equal (the repost records, compared by a digest).

Usage: python bench/bench_reposts.py --old DIR --new DIR [--runs 2] [--work DIR] [--timeout S] CASE...
       CASE is memory:copies:800, kb:notices:10000, ... (kb:copies:3000:build: the build only)
"""
from __future__ import annotations

import argparse
from datetime import date, timedelta
import hashlib
import json
import os
from pathlib import Path
import random
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# --- corpora -----------------------------------------------------------------------------------

CITIES = ("青川", "梅岭", "石渠", "云溪", "白沙", "柳江", "双河", "南屏", "金寨", "凤岗", "长汀", "海陵")
KINDS = ("组工网", "新闻网", "融媒体中心", "党建网", "日报", "政务网", "先锋网", "在线")
COLUMNS = ("工作动态", "基层党建", "组工要闻", "干部工作", "经验交流", "转载")
EDITORS = ("林小雨", "周文杰", "陈晓岚", "赵一鸣", "孙慧", "吴海涛", "郑可", "王思琪")


def _base() -> tuple[str, list[str]]:
    """The reposted article: bench/synth.py's first plain-text article, its headline and paragraphs."""
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    i = next(i for i in range(100) if synth.article(i)[0] == ".txt")
    lines = [x for x in synth.article(i)[1].splitlines() if x.strip()]
    return lines[0], [x.strip() for x in lines[3:] if not x.startswith("（责任编辑")]


def copies(n: int) -> list[dict]:
    """One article as n sites print it."""
    title, paras = _base()
    rng = random.Random(7)
    out = []
    for j in range(n):
        site = f"{CITIES[j % len(CITIES)]}{KINDS[(j // len(CITIES)) % len(KINDS)]}"
        day = None if rng.random() < 0.1 else (date(2024, 3, 1) + timedelta(days=rng.randrange(400))).isoformat()
        body = paras[:max(2, len(paras) * 6 // 10)] if rng.random() < 0.1 else paras
        column = rng.choice(COLUMNS)
        head = f"【{column}】{title}" if rng.random() < 0.3 else title
        byline = f"发布时间：{day}  来源：{site}" if day else f"来源：{site}  浏览次数：{rng.randrange(50, 5000)}"
        text = "\n".join([f"{site} > {column} > 正文", head, byline, *body, f"（编辑：{rng.choice(EDITORS)}）",
                          "分享到：微信 微博 QQ空间", f"{site}版权所有 备案号{10_000_000 + j}"]) + "\n"
        out.append({"id": f"c{j:05d}", "text": text, "date": day, "title": title})
    return out


PROVINCES = (("福建省", "龙岩市"), ("四川省", "绵阳市"), ("甘肃省", "天水市"), ("浙江省", "丽水市"),
             ("吉林省", "四平市"), ("广西壮族自治区", "柳州市"))
MEASURES = ("落实容错纠错机制", "推进年轻干部墩苗", "开展基层减负督查", "改进干部考核办法", "提高村干部报酬", "组织新任干部培训")


def notices(n: int, counted: bool = False) -> list[dict]:
    """Notices of one template, one per (province, measure) in turn, each its own date and number
    (and, ``counted``, a date drawn at random and three more figures: then hardly two agree on
    their figures, so few are copies)."""
    out = []
    for j in range(n):
        (province, city), measure = PROVINCES[j % 6], MEASURES[(j // 6) % 6]
        y, m, d = 2025, 3 + j % 7, 1 + (7 * j) % 27  # (as tests/test_reposts_s70.py's notices)
        rng = random.Random(j)
        if counted:
            m, d = rng.randint(1, 12), rng.randint(1, 28)
        title = f"{province}{city}{measure}"
        text = (f"{title}\n\n{y}年{m}月{d}日，{city}委组织部印发第{100 + j}号通知部署{measure}工作，"
                + ("涉及干部{}名、村{}个、部门{}个，".format(*rng.sample(range(100, 1000), 3)) if counted else "")
                + "要求各县区逐项对照抓好落实，并在月底前报送工作进展。\n")
        out.append({"id": f"n{j:05d}", "text": text, "date": f"{y}-{m:02d}-{d:02d}", "title": title,
                    "province": province})
    return out


def synthetic(n: int) -> list[dict]:
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    out = []
    for j in range(n):
        text = synth.article(j)[1]
        when = re.search(r"发布时间：(\d{4}-\d\d-\d\d)", text)
        out.append({"id": f"s{j:05d}", "text": text, "date": when and when.group(1),
                    "title": text.lstrip("# ").splitlines()[0]})
    return out


def mixed(n: int) -> list[dict]:
    """bench/synth.py's articles, about one in six reposted on two to four other sites (site chrome
    as ``copies`` gives it): many small groups among many articles, as a large crawl holds them."""
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    rng, out, i = random.Random(11), [], 0
    while len(out) < n:
        text = synth.article(i)[1]
        lines = [x for x in text.splitlines() if x.strip()]
        when = re.search(r"发布时间：(\d{4}-\d\d-\d\d)", text)
        out.append({"id": f"m{i:06d}", "text": text, "date": when and when.group(1), "title": lines[0]})
        for j in range(rng.choice([0] * 10 + [2, 3, 4])):
            site = f"{rng.choice(CITIES)}{rng.choice(KINDS)}"
            day = None if rng.random() < 0.1 else (date(2024, 3, 1) + timedelta(days=rng.randrange(400))).isoformat()
            page = "\n".join([f"{site} > {rng.choice(COLUMNS)} > 正文", lines[0], f"来源：{site}", *lines[3:-1],
                              f"（编辑：{rng.choice(EDITORS)}）"]) + "\n"
            out.append({"id": f"m{i:06d}r{j}", "text": page, "date": day, "title": lines[0]})
        i += 1
    return out[:n]


CORPORA = {"mixed": mixed, "copies": copies, "notices": notices, "counted": lambda n: notices(n, counted=True), "synth": synthetic}


def write_folder(pages: list[dict], folder: Path) -> None:
    for k in range(0, len(pages), 1000):
        sub = folder / f"{k // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        for p in pages[k:k + 1000]:
            (sub / f"{p['id']}.txt").write_text(p["text"], encoding="utf-8")


# --- one measurement, in a process of its own ------------------------------------------------------

def _rss_mb() -> float:
    """The process's peak RSS so far (VmHWM: unlike ru_maxrss, not the parent's at the fork)."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s*(\d+)", status).group(1)) / 1024


def _digest(rows) -> str:
    return hashlib.sha1(json.dumps(sorted(map(list, rows)), ensure_ascii=False).encode()).hexdigest()[:12]


def measure_memory(kind: str, n: int) -> dict:
    from pipeline.store.reposts import Item, find_copies

    items = [Item(p["id"], p["text"], p.get("date"), p.get("province"), None, p.get("title"))
             for p in CORPORA[kind](n)]
    base = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    found = find_copies(items)
    return {"seconds": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - cpu, 2),
            "peak_mb": round(_rss_mb()), "base_mb": round(base),
            "copies": len(found), "digest": _digest((c.article_id, c.canonical_id, c.similarity) for c in found)}


def direct_kb(pages: list[dict], db: Path) -> None:
    """A knowledge base holding only what detection reads (articles, primary regions, band keys),
    written without the pipeline's other stages."""
    import sqlite3

    from pipeline.store import schema
    from pipeline.store.similarity import band_rows

    conn = sqlite3.connect(db)
    schema.create(conn)
    for p in pages:
        conn.execute("INSERT INTO articles VALUES (?, 'd', 0, ?, ?, NULL, NULL, NULL, ?, 0, 0, 0, '[]', '{}', ?, NULL)",
                     (p["id"], p.get("title"), p.get("date"), p["text"], p["id"]))
        if p.get("province"):
            conn.execute("INSERT INTO regions (article_id, province) VALUES (?,?)", (p["id"], p["province"]))
        conn.executemany("INSERT INTO article_bands VALUES (?,?,?)", band_rows(p["id"], p["text"]))
    conn.commit()
    conn.close()


def measure_kb(db: str) -> dict:
    """mark_copies over a built knowledge base (a copy of it), then update_copies."""
    import sqlite3

    from pipeline.store import reposts

    conn = sqlite3.connect(db)
    base = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    reposts.mark_copies(conn)
    out = {"mark_s": round(time.perf_counter() - t, 2), "mark_cpu_s": round(time.process_time() - cpu, 2)}
    rows = conn.execute("SELECT * FROM article_copies").fetchall()
    out["copies"], out["digest"] = len(rows), _digest(rows)
    top = conn.execute("SELECT canonical_id FROM article_copies GROUP BY canonical_id ORDER BY count(*) DESC, 1"
                       " LIMIT 1").fetchone()
    if top:
        t = time.perf_counter()
        reposts.update_copies(conn, {top[0]}, set())
        out["update_added_s"] = round(time.perf_counter() - t, 2)
        assert _digest(conn.execute("SELECT * FROM article_copies").fetchall()) == out["digest"]
        t = time.perf_counter()
        reposts.update_copies(conn, set(), {top[0]})
        out["update_removed_s"] = round(time.perf_counter() - t, 2)
        out["after_removal"] = _digest(conn.execute("SELECT * FROM article_copies").fetchall())
    out["peak_mb"], out["base_mb"] = round(_rss_mb()), round(base)
    conn.rollback()
    conn.close()
    return out


# --- the run ---------------------------------------------------------------------------------------

def _run(checkout: Path, args: list[str], timeout: float) -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    t = time.perf_counter()
    # (a session of its own: a build cut short is stopped with the workers it started)
    p = subprocess.Popen([PYTHON, *args], env=env, cwd=checkout, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        stdout, stderr = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return {"timeout": timeout}
    if p.returncode:
        return {"error": stderr[-2000:]}
    out = json.loads(stdout.strip().splitlines()[-1]) if stdout.strip() else {}
    out["wall_s"] = round(time.perf_counter() - t, 2)
    return out


def run_case(case: str, checkouts: dict[str, Path], runs: int, work: Path, timeout: float,
             warm_timeout: float | None = None) -> list[dict]:
    where, kind, n, *only = case.split(":")  # kb:KIND:N:build: the build alone
    me = str(Path(__file__).resolve())
    results = []
    if where == "memory":
        for r in range(runs):
            for name, co in (checkouts.items() if r % 2 == 0 else reversed(checkouts.items())):
                res = _run(co, [me, "--measure-memory", kind, n], timeout)
                results.append({"case": case, "impl": name, "run": r, **res})
                print(json.dumps(results[-1], ensure_ascii=False), flush=True)
        return results
    if where == "direct":
        db = work / f"direct-{kind}-{n}.sqlite"
        if not db.exists():
            _run(checkouts["new"], [me, "--make", "direct", kind, n, str(db)], timeout)
        for r in range(runs):
            for name, co in (checkouts.items() if r % 2 == 0 else reversed(checkouts.items())):
                snap = work / f"snap-{name}.sqlite"
                shutil.copy(db, snap)
                results.append({"case": case, "impl": name, "run": r,
                                **_run(co, [me, "--measure-kb", str(snap)], timeout)})
                snap.unlink()
                print(json.dumps(results[-1], ensure_ascii=False), flush=True)
        return results
    folder = work / f"{kind}-{n}"
    if not folder.exists():
        _run(checkouts["new"], [me, "--make", "folder", kind, n, str(folder)], timeout)
    for name, co in checkouts.items() if warm_timeout != 0 else ():  # fill each checkout's document cache
        # (not counted; the documents are cached before the reposts stage: a warm-up cut short still fills it)
        _build(co, folder, work / f"warm-{name}-{kind}-{n}.sqlite", work / f"cache-{name}", warm_timeout or timeout)
    for r in range(runs):
        for name, co in (checkouts.items() if r % 2 == 0 else reversed(checkouts.items())):
            db = work / f"kb-{name}-{kind}-{n}-{r}.sqlite"
            res = _build(co, folder, db, work / f"cache-{name}", timeout)
            if "timeout" not in res and "error" not in res and not only:
                snap = work / f"snap-{name}.sqlite"
                shutil.copy(db, snap)
                res.update({f"alone_{k}": v for k, v in _run(co, [me, "--measure-kb", str(snap)], timeout).items()})
                snap.unlink()
            db.unlink(missing_ok=True)
            results.append({"case": case, "impl": name, "run": r, **res})
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    return results


def _build(co: Path, folder: Path, db: Path, cache: Path, timeout: float) -> dict:
    report = db.with_suffix(".json")
    db.unlink(missing_ok=True)
    res = _run(co, ["-m", "pipeline.cli", "build", str(folder), "--out", str(db), "--jobs", "1", "-q",
                    "--cache", str(cache), "--report-json", str(report)], timeout)
    if report.exists():
        rep = json.loads(report.read_text())
        res.update({"reposts_s": rep["seconds_by_stage"].get("reposts"), "copies_in_kb": rep["copies"],
                    "build_peak_mb": round(rep["peak_rss_bytes"]["parent"] / 2**20)})
        report.unlink()
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*")
    ap.add_argument("--old", type=Path)
    ap.add_argument("--new", type=Path, default=ROOT)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/bench_reposts"))
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--warm-timeout", type=float, help="for the unmeasured builds that fill the document cache (0: none; the reposts"
                    " seconds do not depend on it)")
    ap.add_argument("--measure-memory", nargs=2, metavar=("KIND", "N"))
    ap.add_argument("--measure-kb", metavar="DB")
    ap.add_argument("--make", nargs=4, metavar=("WHAT", "KIND", "N", "PATH"))
    a = ap.parse_args()
    if a.make:
        what, kind, n, path = a.make
        (write_folder if what == "folder" else direct_kb)(CORPORA[kind](int(n)), Path(path))
        return
    if a.measure_memory:
        print(json.dumps(measure_memory(a.measure_memory[0], int(a.measure_memory[1]))))
        return
    if a.measure_kb:
        print(json.dumps(measure_kb(a.measure_kb)))
        return
    a.work.mkdir(parents=True, exist_ok=True)
    checkouts = {"old": a.old.resolve(), "new": a.new.resolve()} if a.old else {"new": a.new.resolve()}
    results = [r for case in a.cases for r in run_case(case, checkouts, a.runs, a.work, a.timeout, a.warm_timeout)]
    (a.work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print(summary(results))


def summary(results: list[dict]) -> str:
    """Per case and checkout: the best of its runs for each figure; whether their records agree."""
    lines = []
    for case in dict.fromkeys(r["case"] for r in results):
        runs = [r for r in results if r["case"] == case]
        digests = {k: {r[k] for r in runs if k in r} for k in ("digest", "alone_digest", "alone_after_removal")}
        same = all(len(d) <= 1 for d in digests.values())
        for impl in dict.fromkeys(r["impl"] for r in runs):
            mine = [r for r in runs if r["impl"] == impl]
            figures = {k: min(r[k] for r in mine if k in r) for k in mine[0]
                       if k.endswith(("_s", "seconds", "_mb")) and all(k in r for r in mine)}
            late = [r.get("timeout") for r in mine if "timeout" in r]
            lines.append(f"{case:24} {impl:4} {json.dumps(figures)}{f' timeout {late[0]} s' if late else ''}")
        lines.append(f"{case:24} records {'equal' if same else 'DIFFER: ' + json.dumps({k: sorted(v) for k, v in digests.items()})}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
