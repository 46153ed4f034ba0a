"""Cues the labels contradict (session 80, branch cls80b): an include cue that occurs in several of
the project's training measures and names the category of none of them misfires, so it is not a cue."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.classify.codebook import load_codebook
from pipeline.classify.rules import RuleClassifier

LABELS = Path(__file__).resolve().parent.parent / "corpora" / "labels" / "measures.jsonl"


def _training_texts() -> list[dict]:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [d for d in rows if d.get("split") == "train" and "text" in d]


def test_no_include_cue_the_training_labels_contradict():
    cb = load_codebook()
    rows = _training_texts()
    contradicted = []
    for c in cb.categories:
        for cue in c.include:
            found = [d for d in rows if cue in d["text"]]
            if len(found) >= 2 and not any(c.id in d["categories"] for d in found):
                contradicted.append((c.id, cue, len(found)))
    assert contradicted == []


def _rules(texts: list[str]) -> list[set[str]]:
    cb = load_codebook()
    rules = RuleClassifier(cb).fit()
    return [{c for c, v in zip(cb.ids, row) if v} for row in rules.predict(texts)]


def test_hard_tasks_and_aid_to_tibet_name_no_posting():
    # (written for the test) a cadre noticed in hard tasks is assessed; an aid cadre's pay is care
    noticed, paid, posted = _rules(["在抗洪抢险等急难险重任务中识别评价干部表现",
                                    "援藏干部在藏期间每月另发高原补贴",
                                    "选派年轻干部到边境乡镇挂职两年"])
    assert "practice" not in noticed
    assert "practice" not in paid
    assert "practice" in posted  # a posting is still one
