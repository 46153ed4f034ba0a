"""Extraction time on adversarial 100,000-character lines ÷ on normal text of the same length.

Every pattern that runs over user text must be linear in the line length: a long digit run,
a run of 、, of “”, of 第, of Chinese numerals or of U+FFFD costs at most twice what the same
length of ordinary article text costs (ratio ≤ 2).  Times are medians over repeats, each
adversarial line timed right after its normal counterpart.

Usage: python bench/bench_adversarial.py [--length 100000] [--repeat 3] [--out outputs/bench_adversarial.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.text.articles import split_articles  # noqa: E402
from pipeline.worker import segment_articles  # noqa: E402
from pipeline.extract.article import extract_article  # noqa: E402
from pipeline.core.records import RawDocument  # noqa: E402
from pipeline.text.repair import repair_document  # noqa: E402

NORMAL = ("近年来，某县坚持把年轻干部放到基层一线锻炼，选派86名干部到村任职，每人每月发放补贴不少于4500元，"
          "落实“三个区分开来”要求，出台《关于进一步激励干部担当作为的实施办法》，2023年以来累计提拔37名。")
SHAPES = {
    "digits": "1234567890",
    "enumeration_commas": "、",
    "quotes": "“”",
    "ordinal_di": "第",
    "chinese_numerals": "一二三四五六七八九十",
    "replacement_char": "\ufffd",
    "numbers_and_units": "1名2个3元",
}


def _articles(text: str):
    raw = RawDocument(path="bench.txt", id="bench", encoding="utf-8", format="txt", text="标题\n" + text, size=len(text))
    arts = split_articles(repair_document(raw))
    segment_articles(arts)
    return arts


def _extract_time(text: str) -> float:
    arts = _articles(text)
    t = time.perf_counter()
    for a in arts:
        extract_article(a)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--length", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "outputs" / "bench_adversarial.json"))
    a = ap.parse_args()
    normal = (NORMAL * (a.length // len(NORMAL) + 1))[: a.length]
    _extract_time(NORMAL)  # warm-up: lexicons, gazetteer, segmenter
    ratios = {}
    for name, unit in SHAPES.items():
        line = (unit * (a.length // len(unit) + 1))[: a.length]
        runs = sorted(_extract_time(line) / _extract_time(normal) for _ in range(a.repeat))
        ratios[name] = round(runs[len(runs) // 2], 3)
    result = {"line_length": a.length, "extract_time_adversarial_over_normal": ratios,
              "worst": max(ratios.values()), "target": 2.0}
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
