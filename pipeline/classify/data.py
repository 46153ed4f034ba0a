"""The labelled measures: reading the labels file, and their indicator matrix over the categories."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
import hashlib
import json
import logging
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


@dataclass
class Labelled:
    id: str
    text: str
    categories: list[str]
    groups: list[str]
    split: str
    source: str = "project"
    extra: dict = field(default_factory=dict)
    heading: str | None = None  # context of a measure found in an article (real labels)
    position: float | None = None
    tokens: tuple[str, ...] | None = None


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class LabelsError(ValueError):
    """A labels file that cannot be read, said in one line naming the file and the line."""


# The splits a label can be in: the project's train and test, the real pages' dev and test.
SPLITS = ("train", "test", "dev")


def label_rows(path: str | Path) -> Iterator[dict]:
    """The labels file's objects, one a line (blank lines skipped), each checked as ``train``, ``evaluate`` and
    ``label`` need it; a hand-edited slip is a LabelsError naming the file and the line (it was a traceback,
    or a string of categories read letter by letter, or a split "Train" dropped without a word).  A UTF-8 BOM,
    as an editor or a spreadsheet may write, is read past."""
    for number, line in enumerate(_utf8_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            raise LabelsError(f"{path} line {number}: not a JSON object ({e.msg})") from None
        if why := row_problem(d):
            raise LabelsError(f"{path} line {number}: {why}")
        yield d


def _utf8_text(path: str | Path) -> str:
    """The file's text, UTF-8 only: ``label`` appends UTF-8 lines to it, so a file saved as GBK or UTF-16 (a Chinese
    Windows editor's default) is a LabelsError naming its line, not read in an encoding the next answer would break
    (it was a UnicodeDecodeError traceback)."""
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise LabelsError(f"{path} line {line}: not UTF-8 text ({e.reason}): save the labels file as UTF-8") from None


def row_problem(d) -> str | None:
    """What makes one labels line unusable, or None."""
    if not isinstance(d, dict):
        return "not a JSON object"
    if not isinstance(d.get("id"), str) or not d["id"].strip():
        return 'no id (each line needs "id": "…")'
    if "categories" not in d:
        return 'no categories (each line needs "categories": [ids], [] for none)'
    cats = d["categories"]
    if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
        return f'categories must be a list of ids, as ["select"], not {json.dumps(cats, ensure_ascii=False)}'
    if d.get("split", "train") not in SPLITS:
        return f"split {json.dumps(d['split'], ensure_ascii=False)} is none of {', '.join(SPLITS)}"
    if not isinstance(d.get("text"), str) and not (
            ("seed" in d or "file" in d) and isinstance(d.get("start"), int) and isinstance(d.get("end"), int)):
        return 'no text (each line needs "text", or a "seed" or "file" with "start" and "end")'
    return None


def load_labels(path: str | Path, seeds_dir: str | Path | None = None,
                real_dir: str | Path | None = None) -> list[Labelled]:
    """The labelled measures.  Seed and real-page items point into their file by offset
    (never copied text): they are read from ``seeds_dir`` / ``real_dir`` and cleaned."""
    from pipeline.text.repair import clean_snippet

    out = []
    skipped = 0
    for d in label_rows(path):
        text = d.get("text")
        if text is None:
            folder, name = (seeds_dir, d.get("seed")) if "seed" in d else (real_dir, d.get("file"))
            source = Path(folder or "") / (name or "")
            if folder is None or not source.is_file():
                skipped += 1
                continue
            text = clean_snippet(source.read_text(encoding="utf-8")[d["start"]:d["end"]])
        extra = {k: d[k] for k in ("file", "start", "end", "measure") if k in d}
        extra.setdefault("measure", True)
        out.append(Labelled(id=d["id"], text=text, categories=d["categories"], groups=d.get("groups", []),
                            split=d.get("split", "train"), source=d.get("source", "project"), extra=extra))
    if skipped:
        log.warning("%d labelled measures skipped: their source articles were not found", skipped)
    return out


def indicator(items: list[Labelled], labels: list[str]) -> np.ndarray:
    Y = np.zeros((len(items), len(labels)), dtype=int)
    for i, it in enumerate(items):
        for c in it.categories:
            if c in labels:
                Y[i, labels.index(c)] = 1
    return Y
