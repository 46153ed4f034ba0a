"""Township mentions of the stress set (tests/cases/township_shapes.json) found by the whole text stage chain,
scored as the real gold scores places: a mention found is right when its span overlaps the one expected and its
name is the same township's (realgold._same_place); its path is scored apart. The functions take the level and
the cases' key, so that tests/village_shapes.py scores the villages' set the same way.

``python -m tests.township_shapes`` prints recall, precision and path accuracy, and each mention missed or extra.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import json
from pathlib import Path

from pipeline.realgold import _same_place, _unit_span
from pipeline.text.ingest import read_document
from pipeline.worker import process_document

CASES = Path(__file__).parent / "cases" / "township_shapes.json"
TITLE = "基层干部队伍建设工作动态"  # (a headline naming no place, for the cases that give none)
DATE_LINE = "发布时间：2024-05-06"


def cases(path: Path = CASES) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    path_right: int = 0
    errors: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


def _expected_spans(text: str, towns: list[list[str]], at: int) -> list[tuple[int, int, str, str]]:
    """Each expected mention's span in the page, found in order (a name written twice: its next occurrence)."""
    out, pos = [], 0
    for written, name, path in towns:
        s = text.index(written, pos)
        out.append((at + s, at + s + len(written), name, path))
        pos = s + len(written)
    return out


def found_towns(case: dict, level: str = "township") -> tuple[list[tuple[int, int, str, str]], list[tuple[str, str]], str, int]:
    """The mentions of ``level`` found in the case's page: (start, end, name, path) in the page's offsets, and the
    headline's (name, path); with the page and the offset of the case's text in it."""
    title = case.get("title", TITLE)
    page = f"{title}\n{DATE_LINE}\n"
    at = len(page)
    page += case["text"] + "\n"
    pd = process_document(read_document(f"{case['id']}.txt", data=page.encode("utf-8")))
    body, head = [], []
    for art, x in zip(pd.articles, pd.extractions):
        for m in x.regions:
            if m.place.level == level:
                a, b = pd.clean.orig_span(art.doc_start + m.start, art.doc_start + m.end)
                body.append((a, b, m.place.name, m.place.path))
        head += [(m.place.name, m.place.path) for m in x.title_regions if m.place.level == level]
        for m in x.unit_regions:  # (the issuers' lines over a notice, a signature's unit: scored as the gold scores them)
            if m.place.level == level and (span := _unit_span(art, pd.clean, m, page)) is not None:
                body.append((*span, m.place.name, m.place.path))
    return body, head, page, at


def score(selected: list[dict] | None = None, level: str = "township", key: str = "towns") -> Tally:
    t = Tally()
    for case in selected if selected is not None else cases():
        body, head, page, at = found_towns(case, level)
        want = _expected_spans(case["text"], case[key], at)
        _tally(t, case["id"], body, want, lambda g, w: g[0] < w[1] and w[0] < g[1] and _same_place(w[2], level, g[2], level),
               page)
        want_head = [(name, path) for _, name, path in case.get("title_" + key, [])]
        _tally(t, case["id"] + " (headline)", head, want_head, lambda g, w: _same_place(w[0], level, g[0], level), page)
    return t


def _tally(t: Tally, where: str, got: list, want: list, same, page: str) -> None:
    used: set[int] = set()
    for g in got:
        hit = next((i for i, w in enumerate(want) if i not in used and same(g, w)), None)
        if hit is None:
            t.fp += 1
            t.errors.append(f"extra   {where}: {_shown(g, page)}")
            continue
        used.add(hit)
        t.tp += 1
        if g[-1] == want[hit][-1]:
            t.path_right += 1
        else:
            t.errors.append(f"path    {where}: {g[-2]} at {g[-1]!r}, want {want[hit][-1]!r}")
    for i, w in enumerate(want):
        if i not in used:
            t.fn += 1
            t.errors.append(f"missed  {where}: {_shown(w, page)}")


def _shown(m: tuple, page: str) -> str:
    if len(m) == 4:
        return f"{page[m[0]:m[1]]!r} as {m[2]} {m[3]}"
    return f"{m[0]} {m[1]}"


def main(t: Tally | None = None, level: str = "township") -> None:
    t = t or score()
    print(f"{level} mentions: R {t.recall():.3f} ({t.tp} of {t.tp + t.fn}), P {t.precision():.3f} "
          f"({t.fp} extra), path right {t.path_right} of {t.tp}")
    print("\n".join(t.errors))


if __name__ == "__main__":
    main()
