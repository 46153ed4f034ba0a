"""Session 72: the text stages do work in step with the page, not with its square (a crawled list page of
thousands of headlines, a digest of a thousand items), and answer as before.  Work is counted (calls,
comparisons, characters copied), never timed: the machines are shared."""
from __future__ import annotations

from itertools import pairwise
import random

from pipeline.core.records import QualityReport, RawDocument
from pipeline.text import articles, lines, repair
from pipeline.text.articles import split_articles
from pipeline.text.chars import cjk_only, without_spaces
from pipeline.text.repair import repair_document
from pipeline.text.tracked import Tracked

_PLACES = ["青禾县", "柳川镇", "石桥乡", "云岭村", "东河区", "南湖街道", "北山镇", "西岗乡"]
_ACTS = ["选派干部驻村", "召开年轻干部座谈会", "开展基层干部培训", "推行容错纠错机制", "考核乡镇领导班子",
         "表彰优秀村党组织书记", "举办干部能力提升班", "建立干部实绩档案"]


def _raw(text: str) -> RawDocument:
    return RawDocument(path="t.txt", id="x", encoding="utf-8", format="txt", text=text, size=len(text))


def _counting(monkeypatch, module, name: str) -> list[int]:
    """Patch ``module.name`` to count its calls (in calls[0])."""
    calls, real = [0], getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, counted)
    return calls


# --- 1. a page of headlines: each adjacent pair is tried against a few lines, not all under it -------

def _headline_list(n: int, digits: bool = True) -> str:
    rows = []
    for i in range(n):
        place, act = _PLACES[i % len(_PLACES)], _ACTS[(i // len(_PLACES)) % len(_ACTS)]
        rows.append(f"{place}第{i}批{act}" if digits else f"{place}{_PLACES[(i * 3) % 8]}{act}{_ACTS[(i * 5) % 8][:3]}")
    return "\n".join(rows) + "\n"


def test_a_list_of_headlines_tries_each_pair_of_lines_against_few(monkeypatch):
    n = 160
    calls = _counting(monkeypatch, articles, "_reworded")
    split_articles(repair_document(_raw(_headline_list(n))))
    assert calls[0] <= 3 * n  # (every pair against every line under it: n * n / 2)


def test_a_list_of_plain_headlines_reads_each_line_a_few_times(monkeypatch):
    # headlines of Chinese characters only, a squeezed title's shape: each was compared with every line
    n = 160
    calls = _counting(monkeypatch, articles, "cjk_only")
    split_articles(repair_document(_raw(_headline_list(n, digits=False))))
    assert calls[0] <= 8 * n  # (n * n before)


def _plain_whole_copy(cands, texts):
    """The walk _whole_copy_under replaces: every adjacent pair against every candidate under it."""
    found = [c for (j, a), (k, b) in pairwise(zip(cands, texts)) if k == j + 1
             for c, t in zip(cands, texts) if c > k and articles._reworded(without_spaces(a + b), without_spaces(t))]
    return found[-1] if found else None


def test_the_whole_copy_under_a_broken_headline_as_the_plain_walk():
    rng = random.Random(72)
    words = ["干部", "选拔", "考核", "评价", "办法", "实施", "细则", "某省", "2012", "第二", "季度", " ", "公告"]
    for _ in range(3000):
        texts = ["".join(rng.choice(words) for _ in range(rng.randrange(1, 9))) for _ in range(rng.randrange(1, 9))]
        cands = sorted(rng.sample(range(12), len(texts)))
        if rng.random() < 0.5:  # (a headline broken over two lines, the whole one, words moved, under them)
            at = rng.randrange(len(texts))
            whole = texts[at]
            cut = rng.randrange(len(whole) + 1)
            texts[at:at + 1] = [whole[:cut], whole[cut:]]
            cands = list(range(len(texts))) if len(texts) > 12 else sorted(rng.sample(range(13), len(texts)))
            texts.append(rng.choice([whole, whole[::-1], whole + "公告", whole.replace("干部", "千部")]))
            cands.append(cands[-1] + 1)
        assert articles._whole_copy_under(cands, texts) == _plain_whole_copy(cands, texts), (cands, texts)


def _plain_squeezed(zone, k, cands, after):
    """The scan _squeezed_copies replaces, for one candidate."""
    upper = zone[k].text.strip()
    if not upper or cjk_only(upper) != upper:
        return False
    for d in cands:
        lower = cjk_only(zone[d].text)
        if d > k and len(lower) >= 6 and upper.startswith(lower[:6]) and len(upper) > len(lower) + 2 \
                and articles._DROPPED_INSIDE.search(zone[d].text):
            rest = iter(cjk_only("".join(ln.text for ln in zone[d:]) + after))
            return all(ch in rest for ch in upper)
    return False


def test_squeezed_copies_as_the_plain_scan():
    from pipeline.core.records import Line
    rng = random.Random(720)
    pieces = ["青禾县", "干部", "达", "7490", "名", "记者", "林小满", "从", "某省", "获悉", "。", " ", "新时代"]
    for _ in range(2000):
        zone = [Line("text", "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10))), 0, ())
                for _ in range(rng.randrange(1, 7))]
        after = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        if rng.random() < 0.7:  # (a title squeezed from the line under it and the text, a word or two left out)
            squeezed = [ch for ch in cjk_only("".join(ln.text for ln in zone[-2:]) + after) if rng.random() < 0.9]
            zone.insert(rng.randrange(len(zone) - 1) if len(zone) > 1 else 0, Line("text", "".join(squeezed) or "青禾", 0, ()))
        cands = sorted(rng.sample(range(len(zone)), rng.randrange(len(zone) + 1)))
        assert articles._squeezed_copies(zone, cands, after) == {k for k in cands if _plain_squeezed(zone, k, cands, after)}


# --- 2. a page of date fields: the head's lines are counted once, not again before every field -------

class _CountedSlices(str):
    """A text that counts the characters every slice of it copies."""
    copied = 0

    def __getitem__(self, key):
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _CountedSlices.copied += len(got)
        return got


def test_date_fields_glued_to_headlines_count_the_head_once():
    text = "".join(f"{_PLACES[i % 8]}第{i}期干部培训班时间:2021-01-01 在县委党校开班。\n" for i in range(300))
    _CountedSlices.copied = 0
    report = QualityReport(encoding="utf-8")
    out = repair.split_glued_time(Tracked(_CountedSlices(text)), report)
    assert _CountedSlices.copied <= 2 * len(text)  # (every field copied the text before it: 300 * len / 2)
    assert report.counts.get("glued_time") == 6  # (the page's first six lines only, as before)
    assert out.text.count("\n") == text.count("\n") + 2 * 6  # (a break before each field and after it)


def test_head_end_as_counting_the_lines_over_each():
    rng = random.Random(72)
    for _ in range(500):
        text = "".join(rng.choice(["\n", " \n", "甲\n", "乙", "\u3000", "丙丁\n"]) for _ in range(rng.randrange(0, 30)))
        end = repair._head_end(text)
        for start in [0] + [n + 1 for n, ch in enumerate(text) if ch == "\n"]:
            head = sum(1 for ln in text[:start].split("\n") if ln.strip()) < repair._HEAD_LINES
            assert (start <= end) == head, (text, start)


# --- 3. a digest: its metadata lines placed among the text lines in one walk -------------------------

class _Index(int):
    """A line's index that counts the comparisons made with it."""
    compared = 0

    def __lt__(self, other):
        _Index.compared += 1
        return int.__lt__(self, other)

    def __gt__(self, other):
        _Index.compared += 1
        return int.__gt__(self, other)


def test_a_digest_places_its_metadata_lines_in_one_walk(monkeypatch):
    n = 150
    text = "".join(f"{_PLACES[i % 8]}第{i}批干部驻村工作动态\n近日,{_PLACES[i % 8]}第{i}批驻村干部完成轮换,"
                   f"各项工作有序推进,群众满意度持续提升。\n责任编辑:林小满\n" for i in range(n))
    plain = repair_document(_raw(text))
    real = lines._assemble

    def counted(t, spans, kinds, metas, rows, report):
        indexed = {_Index(i): kind for i, kind in kinds.items()}
        return real(t, spans, indexed, {_Index(i): m for i, m in metas.items()}, rows, report)
    monkeypatch.setattr(lines, "_assemble", counted)
    _Index.compared = 0
    clean = repair_document(_raw(text))
    assert sum(ln.kind == "meta" for ln in clean.lines) >= n  # (the editor's lines are placed, as before)
    assert (clean.text, clean.lines) == (plain.text, plain.lines)
    assert _Index.compared <= 10 * 3 * n  # (each text line against every metadata line: 2n * n)
