"""Throughput ratios, measured in one run on the same text (absolute times vary on shared machines).

- pipeline ÷ bare jieba: whole per-document pipeline (repair, split, segment, extract)
  against jieba's lcut of the already-clean text;
- extraction ÷ segmentation: time spent extracting over time spent segmenting the same
  articles (the brief: extraction may add at most half again, i.e. ratio ≤ 0.5).

Usage: python bench/bench_pipeline.py [--repeat N] [--out outputs/bench.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.worker import process_document  # noqa: E402
from pipeline.extract.article import extract_article  # noqa: E402
from pipeline.extract.regions import Gazetteer  # noqa: E402
from pipeline.text.ingest import Skipped, discover, read_document  # noqa: E402
from pipeline.nlp.segment import get_segmenter  # noqa: E402


def corpus() -> list:
    paths = [p for root in (ROOT / "corpora" / "sample", ROOT / "tests" / "gold" / "articles")
             for p in discover(root) if not isinstance(p, Skipped)]
    return [read_document(p) for p in paths]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--out", default=str(ROOT / "outputs" / "bench.json"))
    args = ap.parse_args()
    raws = corpus()
    seg = get_segmenter()
    Gazetteer.load()
    processed = [process_document(r) for r in raws]  # warm-up: caches, lexicons
    chars = sum(len(a.text) for pd in processed for a in pd.articles)
    clean = [pd.clean.text for pd in processed]
    sentences = [s.text for pd in processed for a in pd.articles for p in a.paragraphs for s in p.sentences]
    articles = [a for pd in processed for a in pd.articles]

    def once(fn) -> float:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    # Interleaved, so a busy moment on a shared machine hits both sides of a ratio;
    # each ratio is the median over the repeats.
    runs = []
    for _ in range(args.repeat):
        runs.append({
            "jieba": once(lambda: [seg._tok.lcut(t) for t in clean]),
            "segment": once(lambda: [seg.cut(s) for s in sentences]),
            "extract": once(lambda: [extract_article(a) for a in articles]),
            "pipeline": once(lambda: [process_document(r) for r in raws]),
        })

    def median(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2]

    t_jieba = median(r["jieba"] for r in runs)
    t_pipeline = median(r["pipeline"] for r in runs)
    ext_ratio = median(r["extract"] / r["segment"] for r in runs)
    pipe_ratio = median(r["pipeline"] / r["jieba"] for r in runs)
    result = {
        "documents": len(raws), "articles": len(articles), "characters": chars,
        "jieba_chars_per_s": round(chars / t_jieba),
        "pipeline_chars_per_s": round(chars / t_pipeline),
        "pipeline_over_jieba_time": round(pipe_ratio, 2),
        "extraction_over_segmentation_time": round(ext_ratio, 2),
        "repeats": args.repeat,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
