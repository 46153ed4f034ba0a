"""Active labelling: show the measures the classifier is least sure about, record answers.

Plain functions over the knowledge base and the labels file; the terminal
interaction is passed in (``prompt``, ``echo``) so it can be driven by tests.
"""
from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path

import numpy as np

from pipeline.classify.codebook import tag_groups
from pipeline.classify.data import label_rows
from pipeline.classify.features import codebook_cues, cue_decisions
from pipeline.classify.tagger import AUTO, MeasureTagger
from pipeline.core.fsutil import write_bytes
from pipeline.store.reader import connect_readonly


def uncertainty(P: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Distance of the closest category score to its decision threshold (small = unsure)."""
    return np.abs(P - thresholds).min(axis=1)


class LabelSession:
    def __init__(self, db: str, labels: str, codebook: str | None = None, model: str | None = None):
        self.db = db
        self.labels = Path(labels)
        self.tagger = MeasureTagger(codebook, model or AUTO)
        self.conn = connect_readonly(db)
        self.first: str | None = None  # a category whose cued measures are proposed first (``category_id``)
        self._rows()  # (a hand-edited slip in the file is said now, in one line, before any answer is given)

    def _rows(self) -> list[dict]:
        """The labels file's lines, read as train reads them (LabelsError naming the line of a slip)."""
        return list(label_rows(self.labels)) if self.labels.exists() else []

    def _known(self) -> set[str]:
        return {d.get("text", "") for d in self._rows()}

    def category_id(self, given: str) -> str | None:
        """A category named by its id or Chinese name (talk or 谈心谈话); None for one the codebook lacks."""
        return {c.name_zh: c.id for c in self.tagger.codebook.categories}.get(given) or (
            given if given in self.tagger.codebook.ids else None)

    def candidates(self, n: int) -> list[dict]:
        rows = self.conn.execute(
            "SELECT m.id, m.text, m.article_id, a.title, r.province, r.city, r.county FROM measures m"
            " JOIN articles a ON a.id = m.article_id LEFT JOIN regions r ON r.article_id = m.article_id").fetchall()
        known = self._known()
        rows = [r for r in rows if r["text"] not in known]
        if not rows:
            return []
        clf = self.tagger.clf
        P = clf.predict_proba([r["text"] for r in rows])
        thresholds = getattr(clf, "thresholds_", np.full(P.shape[1], 0.5))
        # Measures with no category (未归类, as the build decides) first, then the least sure ones; with ``first``
        # (a category just added, which the model does not know yet), those its cues find come before all others.
        first = self.first
        decided = clf.decide(P)
        unclassified = decided.sum(axis=1) == 0
        order = np.lexsort((uncertainty(P, thresholds), ~unclassified, ~self.cued(rows, first)))[:n]
        return [dict(rows[i]) | {"scores": dict(zip(clf.labels_, map(float, P[i]))),
                                 "decided": [c for c, d in zip(clf.labels_, decided[i]) if d]} for i in order]

    def cued(self, rows: list, category: str | None) -> np.ndarray:
        """Which of these measures the category's own cues find (its include cues present, no exclude cue):
        its first labels, before any model knows it (the first 谈心 measure of a new category was #347 of 500)."""
        if category is None:
            return np.zeros(len(rows), dtype=bool)
        j = self.tagger.codebook.ids.index(category)
        return cue_decisions(codebook_cues([r["text"] for r in rows], self.tagger.codebook))[:, j].astype(bool)

    def _next_id(self) -> str:
        ids = [d["id"] for d in self._rows()]
        n = max([int(i[1:]) for i in ids if i.startswith("k") and i[1:].isdigit()] or [0]) + 1
        return f"k{n:04d}"

    def parse(self, answer: str, current: list[str]) -> list[str] | None:
        """'1,3' or 'select,care' -> ids; '' keeps the current ones; None for an answer that is not one."""
        ids = self.tagger.codebook.ids
        answer = answer.strip()
        if not answer:
            return current
        out = []
        for part in answer.replace("，", ",").replace(" ", ",").split(","):
            if not part:
                continue
            if part.isdigit() and 1 <= int(part) <= len(ids):
                out.append(ids[int(part) - 1])
            elif part in ids:
                out.append(part)
            else:
                name = {c.name_zh: c.id for c in self.tagger.codebook.categories}.get(part)
                if name is None:
                    return None
                out.append(name)
        return list(dict.fromkeys(out))

    def run(self, n: int, prompt: Callable[[str], str], echo: Callable[[str], None]) -> int:
        cats = self.tagger.codebook.categories
        menu = "  ".join(f"{i}={c.id}({c.name_zh})" for i, c in enumerate(cats, 1))
        # The answers written in this session, last one last: u takes it back out of the file and asks again.
        done: list[tuple[dict, str]] = []
        queue = [cand | {"k": k} for k, cand in enumerate(self.candidates(n), 1)]
        while queue or done:
            if not queue:  # (the last answer can be taken back too, before the session ends)
                if prompt("all shown (Enter = end, u = undo the last answer)").strip().lower() != "u":
                    break
                queue = [self._undo(done, echo)]
                continue
            cand = queue.pop(0)
            place = "/".join(x for x in (cand["province"], cand["city"], cand["county"]) if x) or "-"
            # (scores that print as 0.00 say nothing: a model or cues that know no category of this measure)
            scores = [(c, s) for c, s in sorted(cand["scores"].items(), key=lambda kv: -kv[1])[:3] if s >= 0.005]
            # Enter keeps what the build stored: the categories the model decides, none for 未归类
            # (its likeliest guess, below every threshold, is shown among the scores, not offered).
            current = cand["decided"]
            keep = ",".join(current) if current else "nothing: 未归类, type the categories"
            echo(f"\n[{cand['k']}/{n}] {cand['title'] or '(no title)'} | {place}")
            echo(f"  {cand['text']}")
            if scores:
                echo("  scores: " + ", ".join(f"{c} {s:.2f}" for c, s in scores))
            echo(f"  {menu}")
            while True:
                answer = prompt(f"categories (Enter = {keep}, n = not a measure, s = skip, u = undo the last answer, "
                                "q = quit)")
                word = answer.strip().lower()
                if word == "q":
                    return len(done)
                if word == "s":
                    break
                if word == "u":
                    if not done:
                        echo("  nothing to undo: no answer saved in this session yet")
                        continue
                    queue[:0] = [self._undo(done, echo), cand]  # (the undone measure again, then this one)
                    break
                chosen = [] if word == "n" else self.parse(answer, current)
                if word == "n" or chosen:  # (n: kept as such, never proposed again, never trained on)
                    written = self._append(cand, chosen, measure=word != "n")
                    done.append((cand, written))
                    echo(f"  saved {json.loads(written)['id']}: {', '.join(chosen) or 'not a measure'} (u undoes it)")
                    break
                echo("  not a category: give numbers 1-%d or ids, separated by commas" % len(cats) if answer.strip()
                     else "  the model assigns no category here: give numbers 1-%d or ids, or s to skip" % len(cats))
        return len(done)

    def _undo(self, done: list[tuple[dict, str]], echo: Callable[[str], None]) -> dict:
        """Takes the session's last answer out of the file; returns its measure, to be asked again."""
        cand, written = done.pop()
        self._remove(written)
        echo(f"  undone: {json.loads(written)['id']} removed from {self.labels}; answer it again")
        return cand

    def _append(self, cand: dict, categories: list[str], measure: bool = True) -> str:
        """Writes the answer as the file's last line; returns what it wrote (the newline it put first too, which
        undo takes out with the line: the file is then again as it was, byte for byte)."""
        record = {"id": self._next_id(), "text": cand["text"], "categories": categories,
                  "groups": tag_groups(cand["text"], self.tagger.codebook) if measure else [], "split": "train",
                  "source": f"kb:{cand['article_id']}"} | ({} if measure else {"measure": False})
        self.labels.parent.mkdir(parents=True, exist_ok=True)
        # (a hand-edited file may end without a newline: the answer would have been glued to its last line)
        ends_open = self.labels.exists() and self.labels.read_bytes()[-1:] not in (b"", b"\n")
        written = ("\n" if ends_open else "") + json.dumps(record, ensure_ascii=False) + "\n"
        with open(self.labels, "a", encoding="utf-8") as f:
            f.write(written)
        return written

    def _remove(self, line: str) -> None:
        """Takes what one answer wrote (its line, and the newline before it when the file ended without one)
        back out of the file (the last copy of it: the others are untouched, byte for byte)."""
        data, mine = self.labels.read_bytes(), line.encode("utf-8")
        at = data.rfind(mine)
        if at >= 0:
            write_bytes(self.labels, data[:at] + data[at + len(mine):])
