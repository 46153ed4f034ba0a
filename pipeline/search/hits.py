"""A search hit as the API, the CLI and the downloads give it (``record``), its place, its
highlighted text, and its flat form for CSV and Excel (``flat``).
"""
from __future__ import annotations

from functools import lru_cache
import html
from itertools import chain
import re
import sqlite3

from pipeline.extract import places as P
from pipeline.search.catalog import Catalog
from pipeline.search.syntax import parse
from pipeline.search.tokens import SPACES, nfkc, readings
from pipeline.text.chars import to_simplified, without_spaces


def region(cat: Catalog, row) -> dict:
    """A hit's place: its names by level, full path, and the label people read (福州市鼓楼区)."""
    out = {lv: row[lv] for lv in ("province", "city", "county", "township") if lv in row.keys()}
    path = row["place"] if "place" in row.keys() else P.path(out.values())
    deepest = next((lv for lv in reversed(P.LEVELS) if out.get(lv)), None)
    x = cat.by_key.get((deepest, path)) if deepest and path else None
    out |= {"path": path, "name": P.full_name(path) or None,
            "label": cat.label(deepest, path) if deepest and path else None,
            # (the 12-digit division code, as export and compare write it: 鼓楼区 of 南京 and of 福州 read alike in
            # a download's 区县 column, and nothing joined a hit to those tables)
            "code": P.full_code(x.code) if x else None}
    out["uncertain"] = P.uncertain_town(out)
    return out


# What a download's cell adds to a town it cannot place, by the language of its headers (as the article page says)
UNCERTAIN_MARK = {"zh": "（未能确定）", "en": " (uncertain)"}


def record(conn: sqlite3.Connection, cat: Catalog, r, terms: list[str], details: bool = True,
           score: float | None = None) -> dict:
    """One search hit as the API, the CLI and the downloads give it."""
    out = {
        "measure_id": r["measure_id"], "text": r["text"], "snippet": highlight(r["text"], terms, width=120),
        "heading": r["heading"], "article_id": r["article_id"], "title": r["title"], "date": r["date"],
        "source": r["source"], "region": region(cat, r),
        "categories": measure_categories(conn, cat, r["measure_id"]),
        "groups": (r["groups"] or "").split(),
        # (once per name: the index keeps a slogan once per mention, 村“两委”…村“两委”, and cells read 两委；两委)
        "slogans": list(dict.fromkeys((r["slogans"] or "").split())),
        "score": round(-score, 3) if score else None,
        "copies": copies(conn, r["article_id"]),
        "url": article_url(conn, r["article_id"]),
    }
    if details:
        out["figures"] = measure_figures(conn, r["measure_id"])
    return out


def article_url(conn: sqlite3.Connection, article_id: str) -> str | None:
    """Where the article's page was fetched from (None for a text file)."""
    from pipeline.store.reader import document_origin

    row = conn.execute("SELECT doc_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    return document_origin(conn, row[0])["url"] if row else None


def copies(conn: sqlite3.Connection, article_id: str) -> int:
    """How many reposts are counted under this article (0 for a repost, or a KB built before reposts were found):
    only its own page said so, and a card or row of the canonical copy gave no hint that others exist (web W7)."""
    try:
        return conn.execute("SELECT count(*) FROM articles WHERE canonical_id = ? AND id != ?",
                            (article_id, article_id)).fetchone()[0]
    except sqlite3.OperationalError:  # (no canonical_id column)
        return 0


def measure_categories(conn: sqlite3.Connection, cat: Catalog, measure_id: int) -> list[dict]:
    """A measure's categories, named, most confident first (a hit and the article view)."""
    return [{"id": c, "name": cat.label("category", c), "score": s} for c, s in conn.execute(
        "SELECT category, score FROM measure_categories WHERE measure_id = ? ORDER BY score DESC", (measure_id,))]


def measure_figures(conn: sqlite3.Connection, measure_id: int) -> list[dict]:
    """The figures a measure states, in text order (a hit and the article view)."""
    return [dict(f) for f in conn.execute(
        "SELECT text, value, high, unit, qualifier, subject, time, per FROM figures WHERE measure_id = ? ORDER BY idx",
        (measure_id,))]


# The columns of a download (CSV, Excel, `policykb search --format csv`): id, Chinese, English.
# Columns of a search's CSV and Excel downloads: field name, Chinese header. One convention with `export` and
# `compare`: lang="zh" heads them in Chinese, lang="en" with the field names code reads (measure_id); "id" is an
# older spelling of "en", still read.
FLAT_COLUMNS = [("measure_id", "举措编号"), ("article_id", "文章编号"), ("title", "文章标题"), ("date", "日期"),
                ("source", "来源"), ("place", "地区"), ("code", "区划代码"), ("province", "省份"), ("city", "地市"), ("county", "区县"),
                ("township", "乡镇"), ("heading", "小标题"), ("text", "举措"), ("categories", "类别"), ("groups", "对象"), ("slogans", "提法"),
                ("figures", "数据"), ("copies", "转载数"), ("url", "网址"), ("link", "知识库链接")]
# (网址: where the article's page was fetched from, empty for a text file; 知识库链接: the measure in its article on the
# search page: a download had no way back to the article; 转载数: the reposts counted under its article, as the API's
# copies and the cards' 另见 N 处转载: a download did not say the measure stands for several pages)
# Columns of an article search's downloads (the article tab's, `policykb search --articles --format csv`), as above.
ARTICLE_COLUMNS = [("article_id", "文章编号"), ("date", "日期"), ("title", "文章标题"), ("source", "来源"), ("place", "地区"),
                   ("code", "区划代码"), ("copies", "转载数"), ("url", "网址"), ("snippet", "摘录"), ("link", "知识库链接")]


def flat_columns(lang: str = "zh", articles: bool = False) -> list[str]:
    return [zh if lang == "zh" else c for c, zh in (ARTICLE_COLUMNS if articles else FLAT_COLUMNS)]


def spreadsheet_text(v):
    """A cell of a CSV for people and Excel: a text opening with = + - @ gets a ' before it, as Excel would else run
    it as a formula (a crawled =HYPERLINK(…) a live link). The page's download and ``policykb search --format csv``
    both write through it (the CLI's wrote such a title raw); ``policykb export`` is for code and keeps every text."""
    return "'" + v if isinstance(v, str) and v.startswith(_formula_start()) else v


@lru_cache(maxsize=1)
def _formula_start() -> tuple[str, ...]:
    """(imported once: imported in every call, the guard was a third of a 10,000-row download's CSV writing, 0.5 s)"""
    from pipeline.report.sheets import FORMULA_START

    return FORMULA_START


def flat(rec: dict, lang: str = "zh", site: str = "") -> dict:
    """One hit as a row of plain cells, headed in ``lang`` (zh, or en (id) for the field names); ``site``: the
    search page's address its link begins with (none: the path on the server)."""
    sep = "；" if lang == "zh" else ";"
    cats = [c["name"] if lang == "zh" else c["id"] for c in rec["categories"]]
    reg = rec["region"]
    # (a town it cannot place: said so in its cells, as the page says 地区不详 or 未能确定; not written as if known)
    mark = UNCERTAIN_MARK["zh" if lang == "zh" else "en"] if P.uncertain_town(reg) else ""
    cells = {"measure_id": rec["measure_id"], "article_id": rec["article_id"], "title": rec["title"], "date": rec["date"],
             "source": rec["source"], "place": reg.get("name") and reg["name"] + mark, "code": reg.get("code"),
             "province": reg.get("province"),
             "city": reg.get("city"), "county": reg.get("county"), "township": reg.get("township") and reg["township"] + mark,
             "heading": rec["heading"],
             "text": rec["text"], "categories": sep.join(cats), "groups": sep.join(rec["groups"]),
             "slogans": sep.join(rec["slogans"]), "figures": sep.join(figure_said(f, lang) for f in rec.get("figures", [])),
             "copies": rec.get("copies") or 0,
             "url": rec.get("url"), "link": f"{site}/articles/{rec['article_id']}?m={rec['measure_id']}#measure"}
    return dict(zip(flat_columns(lang), cells.values()))


def flat_article(a: dict, lang: str = "zh", site: str = "") -> dict:
    """One article hit (``find_articles(details=True)``) as a row of plain cells, as ``flat`` makes a measure's: its
    passage as plain text (the API's marks the matches for a page), and its link on the search page."""
    snippet = html.unescape(re.sub(r"</?mark>", "", a["snippet"])) if a.get("snippet") else a.get("snippet")
    region_ = a.get("region") or {}
    cells = [a["article_id"], a["date"], a["title"], a.get("source"), region_.get("name"), region_.get("code"),
             a.get("copies") or 0, a.get("url"), snippet, f"{site}/articles/{a['article_id']}"]
    return dict(zip(flat_columns(lang, articles=True), cells))


def figure_said(f: dict, lang: str = "zh") -> str:
    """A figure as a card and a cell read it: its text, its qualifier when the text does not hold it (至少…1名,
    最高…可达1080元: the qualifier stands apart, the figure's text is 1名, 1080元, and 1080元 alone read as a flat
    amount), and what it counts per when the text does not say it (400元（每人每月）)."""
    text, q, per = f["text"], f.get("qualifier"), f.get("per")
    if q and not _qualified(f):
        text = text + q if q in _QUALIFIERS_AFTER else q + text
    if not per or per in f["text"]:
        return text
    return f"{text}（{per}）" if lang == "zh" else f"{text} ({per})"


# What a figure's text holds besides its qualifier: the number (几 and 数 are vague numbers, their own qualifier:
# 十几个, 数十名), the unit, the per
_NUMBER_CHARS = re.compile(r"[\d.,，%％零〇一二两三四五六七八九十百千万亿点]")
# qualifiers written after the number and unit (5人以下, 1个月以内)
_QUALIFIERS_AFTER = frozenset(("以上", "以下", "以内", "左右", "多", "余"))


def _qualified(f: dict) -> bool:
    """Whether the figure's text holds a qualifier of its own (两年以上, 近3年, ≥90%, 十几个), not only its number,
    unit and per: the extraction takes a qualifier standing apart too (至少配备1名), and keeps the text the figure."""
    rest = f["text"]
    for part in (f.get("unit"), f.get("per")):
        if part:
            rest = rest.replace(part, "", 1)
    return bool(_NUMBER_CHARS.sub("", rest).strip())


def _normalized(text: str) -> tuple[str, list[int] | None]:
    """The text as the index reads it (``tokens.index_text`` before its bigrams: normalised, white space dropped),
    and for each of its characters the text's character it came from (None when every character kept its place).
    Simplified as the index does it, the whole text at once: OpenCC converts phrases (乾部隊伍 is 干部队伍 there,
    乾部 character by character); and a character at a time only where a step changed the length (…… and ℃
    are longer after NFKC: marks placed by the normalised offsets landed that many characters late)."""
    owner = None
    s = nfkc(text)
    if len(s) != len(text):
        s, owner = _each(text, nfkc, owner)
    for step in (to_simplified, str.lower):
        t = step(s)
        s, owner = (t, owner) if len(t) == len(s) else _each(s, step, owner)
    if SPACES.search(s):  # (介绍, 济南 is indexed as 介绍,济南)
        kept = list(chain.from_iterable(range(*m.span()) for m in _WORDS.finditer(s)))
        s = without_spaces(s)
        owner = kept if owner is None else [owner[i] for i in kept]
    return s, owner


_WORDS = re.compile(r"\S+")


def _each(s: str, step, owner: list[int] | None) -> tuple[str, list[int]]:
    """``step`` applied to each character of ``s`` apart, with the text's character each result came from."""
    pieces = [step(c) for c in s]
    return "".join(pieces), [i if owner is None else owner[i] for i, p in enumerate(pieces) for _ in p]


def highlight(text: str, terms: list[str] | str | None, width: int | None = None) -> str:
    """HTML-escaped text with <mark> around every occurrence of the terms;
    with ``width``, a window around the first one."""
    if isinstance(terms, str) or terms is None:
        terms = parse(terms).terms if terms and terms.strip() else []
    ts = sorted({t for t in (without_spaces(r) for t in terms for r in readings(t)) if t}, key=len, reverse=True)
    norm, owner = _normalized(text)
    spans: list[tuple[int, int]] = []
    taken = bytearray(len(text) + 1)  # the characters marked so far: an overlap test per match, not per pair
    for t in ts:
        for m in re.finditer(re.escape(t), norm):
            a, b = (m.start(), m.end()) if owner is None else (owner[m.start()], owner[m.end() - 1] + 1)
            if taken.find(1, a, b) < 0:
                spans.append((a, b))
                taken[a:b] = b"\x01" * (b - a)
    spans.sort()
    lo, hi = 0, len(text)
    if width and len(text) > width:
        first = spans[0][0] if spans else 0
        lo = max(0, min(first - width // 3, len(text) - width))
        hi = lo + width
    out, pos = [], lo
    for a, b in spans:
        if a < lo or b > hi:
            continue
        out.append(html.escape(text[pos:a]))
        out.append("<mark>" + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:hi]))
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(text) else "")
