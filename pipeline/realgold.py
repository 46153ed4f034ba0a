"""Scores against the real gold set (tests/gold_real): every field the output promises.

The gold annotates third-party pages by reference (file, offsets, sha1, short surface
strings; see tests/gold_real/GUIDELINES.rst).  Pages with an odd number are the dev half
(errors may be listed and studied), even ones the test half (totals only): ``split``
chooses, and ``errors`` is refused for the test half.

Fields and how they are matched:
- articles per page: exact count; title, date, source, editor, authors: per gold article,
  paired in page order with the extracted articles (surface strings compared after the
  same normalisation the pipeline applies: simplified, pinyin residue and spaces removed);
- slogans by canonical form (plus national/local and exact components on matches), quoted
  terms, documents by title (plus short names), dates by ISO value, figures by (value,
  high, unit, qualifier) with subject and time scored on the matched pairs;
- places by full name with overlapping spans, per level; the primary region per level;
- measures: a gold measure is found when an extracted measure's span covers at least half
  of it and at least half of the extracted span lies inside it (overlap ≥ 0.5 both ways); an extracted
  measure cut off by the page's end (no stop closes it and nothing follows it) counts neither way, for the
  guidelines leave such a sentence unannotated (``_cut_off``);
  ``labelled_measures_found``: the same overlap for the classification labels of the real
  pages (corpora/labels/real, those marked as measures, same split rule), i.e. labelled
  measures still found among the extracted measures.
"""
from __future__ import annotations

from collections import Counter
import hashlib
import json
from pathlib import Path
import re

from pipeline.evaluate import Accuracy, Score, figure_key
from pipeline.extract.regions import TOWN_SUFFIX
from pipeline.extract.slogans import lexicon
from pipeline.core.paths import project_root
from pipeline.worker import process_document
from pipeline.text.ingest import read_document
from pipeline.core.records import QualityReport
from pipeline.text.chars import halfwidth, simplify, strip_pinyin_residue
from pipeline.text.tracked import Tracked
from pipeline.text.repair import strip_doubled_stops

LEVELS = ("province", "city", "county", "township", "village", "zone")
_QUOTES = re.compile(r"[“”\"'‘’《》〈〉\s]")
REAL_LABELS = project_root() / "corpora" / "labels" / "real" / "measures.jsonl"


def split_of(name: str) -> str:
    """The fixed split rule: odd page numbers are dev, even ones test."""
    return "dev" if int(Path(name).stem) % 2 else "test"


def _lexicon_name(name: str) -> str:
    """One name for a slogan the lexicon knows by several (中央八项规定 is 八项规定), its items' marks
    aside (谁办理、谁澄清 is 谁办理谁澄清)."""
    entry = lexicon()[0].get(name)
    return re.sub(r"[、，,\s·•]", "", norm(entry.canonical) if entry else name)  # (甲·乙: a dot between the items)


def norm(s: str | None) -> str | None:
    """A surface string as the pipeline would write it: simplified, no residue, no spaces or quotes."""
    if s is None:
        return None
    r = QualityReport(encoding="utf-8")
    t = strip_doubled_stops(halfwidth(simplify(strip_pinyin_residue(Tracked.original(s), r), r), r), r)
    return _QUOTES.sub("", t.text).replace("（", "(").replace("）", ")")


def gold_files(gold_dir: str | Path, split: str | None = None) -> list[Path]:
    files = sorted(Path(gold_dir, "annotations").glob("*.json"))
    return [f for f in files if split in (None, "all") or split_of(f.name) == split]


def gold_hash(gold_dir: str | Path, split: str | None = None) -> str:
    h = hashlib.sha256()
    for p in gold_files(gold_dir, split):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


class Scorer:
    """Accumulates every field's score over the pages of one split."""

    def __init__(self) -> None:
        self.sets = {k: Score() for k in ("slogans", "quoted_terms", "figures", "documents", "dates", "authors",
                                           "measures_found", "measures_precise")}
        self.places = {lv: Score() for lv in LEVELS}
        self.acc = {k: Accuracy() for k in ("articles_per_page", "title", "date", "source", "authors_exact",
                                             "editor", "slogan_local", "slogan_components", "figure_subject",
                                             "figure_time", "document_short_name", "labelled_measures_found")}
        self.region = {lv: Accuracy() for lv in ("province", "city", "county", "township")}
        self.pages = 0

    def page(self, text: str, gold: dict, pd) -> None:
        self.pages += 1
        name = Path(gold["file"]).stem
        golds = gold["articles"]
        pairs = list(zip(golds, pd.articles, pd.extractions))
        self.acc["articles_per_page"].add(len(golds) == len(pd.articles), name, len(pd.articles), len(golds))
        for i, g in enumerate(golds):
            where = f"{name}#{i}"
            if i < len(pairs):
                _, art, x = pairs[i]
                self._article(text, g, art, x, pd.clean, where)
            else:
                self._missing_article(text, g, where)

    # -- one article ------------------------------------------------------------------
    def _article(self, text: str, g: dict, art, x, clean, where: str) -> None:
        want_title = norm(text[g["title"]["start"]:g["title"]["end"]]) if g["title"] else None
        self.acc["title"].add(norm(art.title) == want_title, where, art.title, want_title)
        self.acc["date"].add(art.date == g["date"], where, art.date, g["date"])
        self.acc["source"].add(norm(art.source) == norm(g["source"]), where, art.source, g["source"])
        self.acc["editor"].add(norm(art.editor) == norm(g["editor"]), where, art.editor, g["editor"])
        got_auth = [(norm(a.name), a.role) for a in art.authors]
        want_auth = [(norm(a["name"]), a["role"]) for a in g["authors"]]
        self.sets["authors"].add(got_auth, want_auth, where)
        self.acc["authors_exact"].add(sorted(got_auth, key=str) == sorted(want_auth, key=str), where, got_auth, want_auth)
        self._slogans(text, g, x, where)
        self.sets["quoted_terms"].add(list(dict.fromkeys(norm(t) for t in x.quoted_terms)),
                                      list(dict.fromkeys(norm(t) for t in g["quoted_terms"])), where)
        self._figures(g, x, where)
        self._documents(g, x, where)
        self.sets["dates"].add([d.iso for d in x.dates if d.iso], [d["iso"] for d in g["dates"] if d["iso"]], where)
        self._places(text, g, art, x, clean, where)
        self._region(g, x, where)
        self._measures(g, art, x, clean, where, text)

    def _missing_article(self, text: str, g: dict, where: str) -> None:
        for k in ("title", "date", "source", "editor", "authors_exact"):
            self.acc[k].add(False, where, None, "an article the pipeline did not find")
        empty = type("X", (), {"slogans": [], "quoted_terms": [], "figures": [], "documents": [], "dates": [],
                                "regions": [], "title_regions": [], "unit_regions": [], "measures": [], "region": None})()
        self.sets["authors"].add([], [(norm(a["name"]), a["role"]) for a in g["authors"]], where)
        self._slogans(text, g, empty, where)
        self.sets["quoted_terms"].add([], list(dict.fromkeys(norm(t) for t in g["quoted_terms"])), where)
        self._figures(g, empty, where)
        self._documents(g, empty, where)
        self.sets["dates"].add([], [d["iso"] for d in g["dates"] if d["iso"]], where)
        for p in g["places"]:
            self.places[p["level"]].add([], [norm(p["name"])], where)
        self._region(g, empty, where)
        self.sets["measures_found"].add([], [(m["start"], m["end"]) for m in g["measures"]], where)

    def _slogans(self, text: str, g: dict, x, where: str) -> None:
        got = {_lexicon_name(norm(s.canonical)): s for s in x.slogans}
        want = {_lexicon_name(norm(s["canonical"])): s for s in g["slogans"]}
        self.sets["slogans"].add(list(got), list(want), where)
        for c in set(got) & set(want):
            self.acc["slogan_local"].add(got[c].local == want[c]["local"], f"{where} {c}", got[c].local, want[c]["local"])
            w = [norm(text[i["start"]:i["end"]]) if isinstance(i, dict) else norm(i) for i in want[c]["components"]]
            gc = [norm(i) for i in got[c].components]
            self.acc["slogan_components"].add(gc == w, f"{where} {c}", gc, w)

    def _figures(self, g: dict, x, where: str) -> None:
        got = [(figure_key(f.value, f.high, f.unit, f.qualifier), f) for f in x.figures]
        want = [(figure_key(f["value"], f["high"], f["unit"], f["qualifier"]), f) for f in g["figures"]]
        self.sets["figures"].add([k for k, _ in got], [k for k, _ in want], where)
        # The gold lists figures in reading order, headline first; the extractor adds the headline's
        # (spanless) last: equal keys are paired in reading order, not headline-with-body.
        pool = sorted(got, key=lambda kf: kf[1].start is not None)
        for k, wf in want:
            hit = next((i for i, (gk, _) in enumerate(pool) if gk == k), None)
            if hit is None:
                continue
            gf = pool.pop(hit)[1]
            self.acc["figure_subject"].add(_loose(gf.subject, wf["subject"]), f"{where} {wf['text']}", gf.subject,
                                           wf["subject"])
            self.acc["figure_time"].add(_same_time(gf.time, wf["time"]), f"{where} {wf['text']}", gf.time, wf["time"])

    def _documents(self, g: dict, x, where: str) -> None:
        got = {norm(d.title): d for d in x.documents}
        want = {norm(d["title"]): d for d in g["documents"]}
        self.sets["documents"].add(list(got), list(want), where)
        for t in set(got) & set(want):
            self.acc["document_short_name"].add(norm(got[t].short_name) == norm(want[t]["short_name"]),
                                                f"{where} {t}", got[t].short_name, want[t]["short_name"])

    def _places(self, text: str, g: dict, art, x, clean, where: str) -> None:
        got = []
        for m in x.regions:
            a, b = clean.orig_span(art.doc_start + m.start, art.doc_start + m.end)
            got.append((a, b, norm(m.place.name), m.place.level))
        title_span = (g["title"]["start"], g["title"]["end"]) if g["title"] else None
        kicker_span = _kicker_span(art, clean)
        for m in getattr(x, "title_regions", []):
            # headline places carry no span: they match a gold place inside the headline, or inside
            # the kicker line over it when they are read there
            span = kicker_span if kicker_span and m.text in (art.kicker or "") and m.text not in (art.title or "") \
                else title_span
            if span:
                got.append((*span, norm(m.place.name), m.place.level))
        for m in getattr(x, "unit_regions", []):
            if (span := _unit_span(art, clean, m, text)) is not None:
                got.append((*span, norm(m.place.name), m.place.level))
        want = [(p["start"], p["end"], norm(p["name"]), p["level"]) for p in g["places"]]
        used: set[int] = set()
        for a, b, name, level in got:
            hit = next((i for i, (c, d, n, lv) in enumerate(want)
                        if i not in used and _same_place(n, lv, name, level) and a < d and c < b), None)
            if hit is None:
                self.places[level if level in self.places else "county"].add([name], [], f"{where} @{a}")
            else:
                used.add(hit)
                self.places[want[hit][3]].tp += 1
        for i, (c, d, name, level) in enumerate(want):
            if i not in used:
                self.places[level].add([], [name], f"{where} @{c}")

    def _region(self, g: dict, x, where: str) -> None:
        want = g.get("region") or {}
        got = x.region
        for lv in self.region:
            gv = (getattr(got, lv, None) or None) if got is not None else None  # "" is an unknown level
            self.region[lv].add(norm(gv) == norm(want.get(lv)), f"{where} {lv}", gv, want.get(lv))

    def _measures(self, g: dict, art, x, clean, where: str, page: str = "") -> None:
        got = [clean.orig_span(art.doc_start + m.start, art.doc_start + m.end) for m in x.measures]
        got = [(a, b) for a, b in got if not _cut_off(page, a, b)]
        want = [(m["start"], m["end"]) for m in g["measures"]]
        found = [w for w in want if any(_overlaps(gs, w) for gs in got)]
        self.sets["measures_found"].add(found, want, where)
        precise = [gs for gs in got if any(_overlaps(gs, w) for w in want)]
        s = self.sets["measures_precise"]
        s.tp += len(precise)
        s.fp += len(got) - len(precise)
        s.errors += [f"{where}: extra measure at {a}-{b}" for a, b in got if (a, b) not in precise]

    def labelled(self, name: str, pd, spans: list[tuple[int, int]]) -> None:
        """Whether each labelled measure of the page is still among the extracted measures."""
        got = [pd.clean.orig_span(a.doc_start + m.start, a.doc_start + m.end)
               for a, x in zip(pd.articles, pd.extractions) for m in x.measures]
        for want in spans:
            self.acc["labelled_measures_found"].add(any(_overlaps(g, want) for g in got), name, None, want)

    # -- results ----------------------------------------------------------------------
    def result(self) -> dict:
        measures = Score(tp=self.sets["measures_found"].tp, fn=self.sets["measures_found"].fn,
                         fp=self.sets["measures_precise"].fp)
        sets = {k: v.row() for k, v in self.sets.items() if not k.startswith("measures")}
        sets["measures"] = {**measures.row(), "found": self.sets["measures_precise"].tp + measures.fp}
        places_all = Score(tp=sum(s.tp for s in self.places.values()), fp=sum(s.fp for s in self.places.values()),
                           fn=sum(s.fn for s in self.places.values()))
        return {
            "pages": self.pages,
            "fields": sets,
            "accuracy": {k: v.row() for k, v in self.acc.items()},
            "places": {**{lv: s.row() for lv, s in self.places.items()}, "all": places_all.row()},
            "region": {lv: a.row() for lv, a in self.region.items()},
        }

    def errors(self) -> list[str]:
        out = [f"[{k}] {e}" for k, v in self.sets.items() for e in v.errors]
        out += [f"[{k}] {e}" for k, v in self.acc.items() for e in v.errors]
        out += [f"[places {k}] {e}" for k, v in self.places.items() for e in v.errors]
        out += [f"[region {k}] {e}" for k, v in self.region.items() for e in v.errors]
        return out


def _kicker_span(art, clean) -> tuple[int, int] | None:
    """Where in the page the kicker over the headline (某省某市某区:) stands: its last copy before the
    article's text."""
    at = clean.text.rfind(art.kicker, 0, art.doc_start) if getattr(art, "kicker", None) else -1
    return clean.orig_span(at, at + len(art.kicker)) if at >= 0 else None


def _unit_span(art, clean, m, page: str | None = None) -> tuple[int, int] | None:
    """The page span of a place named in the article's affiliation (the issuers' lines joined by
    spaces, or a signature's unit): the line holding it, found above the article's text, else below;
    else, in ``page`` (the page's text), the field that holds it above the article (a metadata line's)."""
    line_start = art.affiliation.rfind(" ", 0, m.start) + 1
    line_end = art.affiliation.find(" ", m.end)
    line = art.affiliation[line_start:line_end if line_end >= 0 else None]
    end = art.doc_start + len(art.text)
    at = clean.text.find(line, end, end + 40)  # a closing signature's unit, just under the text (…。(某镇 某某))
    if at < 0:
        at = clean.text.rfind(line, 0, art.doc_start)  # the issuers' lines over it
    if at < 0:
        at = clean.text.find(line, art.doc_start)
    if at < 0 and page is not None:
        # a field of a metadata line the cleaning kept apart (作者:某某区委组织部): the page's own text over the article,
        # else under it (作者单位:某县某镇人民政府 closing the article)
        at = page.rfind(line, 0, art.orig_start)
        at = page.find(line, art.orig_start) if at < 0 else at
        return (at + m.start - line_start, at + m.end - line_start) if at >= 0 else None
    if at < 0:
        return None
    a = at + m.start - line_start
    return clean.orig_span(a, a + m.end - m.start)


# what closes a sentence the guidelines annotate as a measure (。！？; or ；), a closing quote after it
_SENTENCE_CLOSED = re.compile(r"[。！？!?；;﹔][”’」』\"]*\s*$")


def _cut_off(page: str, a: int, b: int) -> bool:
    """The page's span ``a:b`` is a sentence cut off by the excerpt's end: no stop closes it and nothing but
    blanks follows it on the page.  The guidelines do not annotate such a sentence ("a sentence cut off by the
    excerpt's end is not annotated"): neither a measure nor no measure, it is scored neither way."""
    return bool(page) and not page[b:].strip() and _SENTENCE_CLOSED.search(page, a, b) is None


def _overlaps(got: tuple[int, int], want: tuple[int, int]) -> bool:
    inter = min(got[1], want[1]) - max(got[0], want[0])
    return inter > 0 and inter >= 0.5 * (want[1] - want[0]) and inter >= 0.5 * (got[1] - got[0])


def _loose(got: str | None, want: str | None) -> bool:
    """Subjects are free text, kept to their first 12 characters in the gold: equal when either
    holds the other or they share most characters."""
    g, w = (norm(got) or "")[:12], (norm(want) or "")[:12]
    if not w:
        return not g
    if g and (g in w or w in g):
        return True
    common = sum((Counter(g) & Counter(w)).values())
    return 2 * common >= 0.6 * (len(g) + len(w))


_YEAR_MONTH = re.compile(r"(\d{4})年(\d{1,2})月$")


def _time_form(text: str | None) -> str:
    """The guidelines write a figure's time in ISO form (2023年 → 2023); some annotators kept
    年…月, so both sides are brought to YYYY-MM before they are compared."""
    t = _YEAR_MONTH.sub(lambda m: f"{m[1]}-{int(m[2]):02d}", norm(text) or "")
    return t.rstrip("年度")


# a township renamed (淮土乡 → 淮土镇, 张家楼镇 → 张家楼街道, 海府街道 → 海府路街道): an annotator writes the
# name the page uses, the gazetteer the current one; at the same span they are the same township
_TOWNSHIP_WORD = re.compile(rf"路?{TOWN_SUFFIX}$")


# a zone's official name and the forms a page shortens it to: 某某高新技术产业开发区 is 某某高新区
_ZONE_SHORT = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))


def _zone_form(name: str) -> str:
    for long, short in _ZONE_SHORT:
        if name.endswith(long):
            return name[:-len(long)] + short
    return name


def _same_place(want: str, want_level: str, got: str, got_level: str) -> bool:
    """The gold's place and the one found are the same: one name, or two townships whose names differ only in
    their level word (淮土乡/淮土镇, 某某民族乡/某某镇) or a 路 before 街道 (海府街道/海府路街道), or two zones
    whose names differ only in the abbreviated zone word or a host's name before them (河北雄安新区/雄安新区),
    or an ethnic township and its short form (新发布依族乡/新发乡)."""
    if want == got:
        return True
    if want_level == got_level == "zone":
        w, g = _zone_form(want), _zone_form(got)
        short, long = sorted((w, g), key=len)
        return len(short) >= 4 and long.endswith(short)
    if want_level != got_level or want_level != "township":
        return False
    w, g = _TOWNSHIP_WORD.sub("", want), _TOWNSHIP_WORD.sub("", got)
    return w == g or _ethnic_written_short(want, got) or _ethnic_written_short(got, want)


# 新发布依族乡 written 新发乡: an ethnic township's official name with its peoples before 乡, the short form
# without them (the guidelines ask for the official name; an annotator may write the page's)
_PEOPLES_BEFORE_XIANG = re.compile(r"(?:[\u4e00-\u9fff]{1,3}?族){1,3}乡")


def _ethnic_written_short(short: str, full: str) -> bool:
    return short.endswith("乡") and len(short) >= 3 and full.startswith(short[:-1]) \
        and _PEOPLES_BEFORE_XIANG.fullmatch(full[len(short) - 1:]) is not None


def _same_time(got: str | None, want: str | None) -> bool:
    g, w = _time_form(got), _time_form(want)
    return g == w or bool(g and w and (g in w or w in g))


def labelled_measures(labels: str | Path) -> dict[str, list[tuple[int, int, str | None]]]:
    """Spans (and their text's sha1) of the real pages' classification labels marked as measures, by page file."""
    out: dict[str, list[tuple[int, int, str | None]]] = {}
    if Path(labels).is_file():
        for line in Path(labels).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d.get("measure", True):
                out.setdefault(d["file"], []).append((d["start"], d["end"], d.get("sha1")))
    return out


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def labels_of_page(text: str, labelled: list[tuple[int, int, str | None]]) -> list[tuple[int, int]]:
    """The labels whose span still reads as labelled in this page: a gold set of other pages (a study batch
    numbered 001, 002, … like ../shared/real) gets none of ../shared/real's labels, which its file names match."""
    return [(s, e) for s, e, sha in labelled if sha is None or _sha1(text[s:e]) == sha]


def evaluate_real(gold_dir: str | Path, real_dir: str | Path, split: str = "test",
                  labels: str | Path = REAL_LABELS) -> tuple[dict, Scorer]:
    scorer = Scorer()
    labelled = labelled_measures(labels)
    for path in gold_files(gold_dir, split):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = Path(real_dir) / gold["file"]
        text = page.read_text(encoding="utf-8")
        if hashlib.sha256(page.read_bytes()).hexdigest() != gold["sha256"]:
            raise ValueError(f"{page}: the page changed since it was annotated (sha256 differs)")
        pd = process_document(read_document(page))
        scorer.page(text, gold, pd)
        scorer.labelled(Path(gold["file"]).stem, pd, labels_of_page(text, labelled.get(gold["file"], [])))
    result = scorer.result()
    result.update(split=split, gold_sha256=gold_hash(gold_dir, split))
    return result, scorer


def report(result: dict) -> str:
    """The scores as a table, its first column as wide as its longest name (primary region township,
    labelled_measures_found), and the gold's hash in full, as ``policykb evaluate tests/gold`` prints it."""
    names = [*result["fields"], *("places " + lv for lv in result["places"]), *result["accuracy"],
             *("primary region " + lv for lv in result["region"])]
    w = max(len(n) for n in ["field", *names]) + 2
    lines = [f"real gold, {result['split']} half: {result['pages']} pages",
             f"{'field':<{w}}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for k, v in result["fields"].items():
        lines.append(f"{k:<{w}}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}{v['gold']:>7}")
    for lv, v in result["places"].items():
        lines.append(f"{'places ' + lv:<{w}}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}{v['gold']:>7}")
    lines.append(f"{'field':<{w}}{'accuracy':>14}{'n':>7}")
    for k, v in result["accuracy"].items():
        lines.append(f"{k:<{w}}{v['accuracy']:>14.3f}{v['n']:>7}")
    for lv, v in result["region"].items():
        lines.append(f"{'primary region ' + lv:<{w}}{v['accuracy']:>14.3f}{v['n']:>7}")
    lines.append(f"gold sha256 {result['gold_sha256']}")
    return "\n".join(lines)
