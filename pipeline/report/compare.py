"""Regional comparison: what kinds of measures, for whom, with which figures and slogans.

``compare`` reads the knowledge base and writes tables (CSV and one Excel
workbook with a sheet per table), heatmaps and a slogan timeline (each PNG and
SVG, with a CSV of the plotted data beside it), and one HTML report that holds
all of it.  Headings, headers and sheet names are Chinese (``lang="en"`` for
code); regions are listed in administrative order (division codes), with their codes and full paths beside
their labels, and every heatmap row says how many articles and measures stand behind it.

Each article counts once: the frames it reads (``kb.open``) leave reposts out, by the rule search counts by, so no
table, count or note of the report counts a copy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import html
import logging
import os
from pathlib import Path
import re

import numpy as np
import pandas as pd

from pipeline.core.english import counted
from pipeline.core.fonts import cjk_font_path
from pipeline.core.fsutil import replacing, write_bytes
from pipeline.extract import places as P
from pipeline.store.kb import KnowledgeBase
from pipeline.store.reader import categories
from pipeline.store.schema import column_names
from pipeline.report.sheets import HTML_ROWS, html_table, workbook, write_csv, write_sheet

log = logging.getLogger(__name__)

LEVELS = P.LEVELS

# Column headers: id -> Chinese; in English (for code) a column is headed by its id, as export and search head
# theirs. "region" is named after the level compared.
WORDS = {
    "articles": "文章数", "measures": "举措数", "topic": "主题", "figure": "数据原文", "value": "数值", "high": "上限",
    "unit": "单位", "qualifier": "限定词", "subject": "所指", "time": "时间", "per": "计量基准", "date": "文章日期", "article_id": "文章编号",
    "measure": "举措", "canonical": "提法", "first_seen": "首次出现", "local": "地方提法", "regions": "地区数",
    "closest_1": "最相近", "closest_2": "其次", "closest_3": "再次", "code": "区划代码", "path": "完整地名",
    "idx": "序号", "measure_id": "举措编号", "base_value": "基本单位数值", "base_high": "基本单位上限",
    "base_unit": "基本单位", "headline": "出自标题", "term": "引号中的词",
}
TITLES = {
    "category_counts": ("各{lv}举措类别（条数）", "Measures by {lv} and category (count)"),
    "category_shares": ("各{lv}举措类别（占本地举措比例）", "Category share of each {lv}'s measures"),
    "group_counts": ("各{lv}举措面向对象（条数）", "Measures by {lv} and target group (count)"),
    "group_shares": ("各{lv}举措面向对象（占比）", "Target-group share of each {lv}'s measures"),
    "figures_by_topic": ("各地数据（按主题）", "Figures by topic"),
    "slogans_by_region": ("提法在各地的出现", "Slogans by region"),
    "slogan_spread": ("提法扩散", "Slogan spread"),
    "terms_by_region": ("引号中的词（做法名称等）在各地的出现", "Quoted terms by region"),
    "similarity": ("{lv}举措结构相似度", "Similarity of {lvs}' measure profiles"),
    "closest": ("最相近的{lv}", "Closest {lvs}"),
    "timeline": ("提法在各地首次出现的时间", "When each slogan first appeared in each region"),
}
# The share titles under --category, which say what the shares are of: a category's share still of all the
# region's measures (so 容错纠错 reads as in the whole report), a target group's of the measures compared.
TITLES_SCOPED = {
    "category_shares": ("各{lv}举措类别（{scope}；占本地全部举措比例）", "Category share of all of each {lv}'s measures ({scope})"),
    "group_shares": ("各{lv}{scope}举措的面向对象（占这些举措比例）", "Target-group share of each {lv}'s {scope} measures"),
}
# English sheet names (Excel allows 31 characters; the titles above are longer); Chinese sheets take the titles.
SHEETS_EN = {
    "category_counts": "{lv} x category (count)", "category_shares": "{lv} x category (share)",
    "group_counts": "{lv} x group (count)", "group_shares": "{lv} x group (share)",
    "figures_by_topic": "Figures by topic", "slogans_by_region": "Slogans by region", "slogan_spread": "Slogan spread",
    "terms_by_region": "Quoted terms by region",
    "similarity": "{lv} similarity", "closest": "Closest {lvs}",
}
NOTES = {
    "zh": "占比＝该地区带有此类别（对象）的举措占该地区全部举措的比例；一条举措可属多个类别，各类占比之和可超过 100%。"
          "相似度＝两个地区类别占比（各类别举措占该地区举措的比例）所成向量的余弦相似度，0 至 1，1 为类别构成完全相同，"
          "与举措多少无关；只比较有举措的地区（按类别筛选时，为这些类别的举措的构成）。"
          "地区按行政区划代码排列；区划代码为 12 位统计用区划代码（文本，与 policykb export 各表相同；区县的 6 位代码为其前 6 位）。"
          "每张图旁有同名的 SVG 和 CSV（图中数据），可重新作图。",
    "en": "Share = measures of the region carrying the category (group) / all the region's measures; a measure may carry "
          "several categories, so shares can add up to more than 100%. Similarity = the cosine of two regions' vectors of "
          "category shares (each category's share of the region's measures): 0 to 1, 1 for the same mix of categories "
          "whatever the number of measures; only regions with measures are compared (with --category, the mix of the "
          "measures of those categories). Regions in division-code order; a code is the 12-digit statistical division code "
          "(text, as in every table of policykb export; a county's usual 6 digits are its first 6). Each plot has an "
          "SVG and a CSV of its data beside it.",
}


@lru_cache(maxsize=1)
def setup_fonts() -> str | None:
    """Register the packaged CJK font with matplotlib; None if absent."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager, rcParams

    path = cjk_font_path()
    if path is None:
        log.warning("no CJK font found: Chinese labels in plots will not render")
        return None
    font_manager.fontManager.addfont(path)
    name = font_manager.FontProperties(fname=path).get_name()
    rcParams["font.family"] = [name, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False
    rcParams["svg.fonttype"] = "none"  # text stays text in the SVG: searchable, editable
    return name


@dataclass
class Table:
    title: str
    df: pd.DataFrame
    percent: tuple = ()
    index: bool = False
    sheet: str = ""                                                # the workbook's name for it (default: title)
    precision: dict = field(default_factory=dict)                  # date column -> what is known of each date
    excerpt: pd.DataFrame | None = None                            # what the HTML shows, when not the top rows
    excerpt_said: str = ""                                         # which part that is, and where the rest is

    @classmethod
    def of(cls, df: pd.DataFrame, L: "Labels", key: str) -> "Table":
        """A table of ``df`` whose ``X_precision`` columns say what is known of date column ``X``: they become
        the table's precision (2016 for a year alone, in every output) instead of columns of their own."""
        known = {c[: -len("_precision")]: df[c] for c in df.columns
                 if c.endswith("_precision") and c[: -len("_precision")] in df.columns}
        df = df.drop(columns=[f"{c}_precision" for c in known])
        if L.lang == "zh":  # (a flag read as 是/否, not 0/1)
            df = df.assign(**{c: df[c].map({1: "是", 0: "否"}).astype(object) for c in YES_NO if c in df.columns})
        return cls(L.title(key), L.columns(df), sheet=L.sheet(key),
                   precision={L.word(c): list(v) for c, v in known.items()})


# Columns holding a yes/no flag (1/0), written 是/否 in a Chinese report.
YES_NO = ("local", "headline")


@dataclass
class Report:
    tables: dict[str, Table] = field(default_factory=dict)          # file stem -> table
    images: dict[str, list[str]] = field(default_factory=dict)      # title -> files (png, svg, csv)
    lang: str = "zh"
    scope: str = ""                                                # which measures, when not all (--category)
    missing: dict[str, str] = field(default_factory=dict)           # plot title -> why it was not drawn
    captions: dict[str, str] = field(default_factory=dict)          # plot title -> what it shows, when not all
    unplaced: str = ""                                             # the articles no row counts, said
    undated: str = ""                                              # the articles --year leaves out having no date
    reposts: str = ""                                              # the reposts counted under their originals
    removed: list[str] = field(default_factory=list)               # the previous report's files this one replaced
    notes: list[str] = field(default_factory=list)                 # what else a reader must know of the rows


_PLURAL = {"city": "cities", "county": "counties"}  # (the English levels' plurals not made with -s)


class Labels:
    """Headers in one language."""

    def __init__(self, lang: str, by: str, scope: str = "", years: str = "", year_list: list[int] | None = None):
        self.lang, self.by, self.scope = lang, by, scope  # scope: the categories compared, when not all
        self.years = years                                 # the years compared, when not all (2020–2023年)
        self.year_list = year_list or []                   # (the same, as numbers: said in the errors' English)
        self.level = (P.LEVEL_ZH if lang == "zh" else P.LEVEL_EN)[by]

    def word(self, key: str) -> str:
        if key == "region":
            return self.level
        return WORDS.get(key, key) if self.lang == "zh" else key

    def title(self, key: str) -> str:
        """A heading or plot title, naming the categories and years compared when they are not all."""
        title, said = self._title(key), [self.scope, self.years]
        if self.scope and key in TITLES_SCOPED:
            zh, en = TITLES_SCOPED[key]
            title, said = (zh if self.lang == "zh" else en).format(lv=self.level, scope=self.scope), [self.years]
        said = ("；" if self.lang == "zh" else "; ").join(x for x in said if x)
        if not said:
            return title
        return f"{title}（{said}）" if self.lang == "zh" else f"{title} ({said})"

    def _title(self, key: str) -> str:
        zh, en = TITLES[key]
        return (zh if self.lang == "zh" else en).format(lv=self.level, lvs=_PLURAL.get(self.level, self.level + "s"))

    def heading(self) -> str:
        if self.lang == "zh":
            return (f"地区比较报告（按{self.level}" + (f"；{self.years}" if self.years else "")
                    + (f"；仅类别{self.scope}" if self.scope else "") + "）")
        said = "; ".join(x for x in (self.years, f"categories {self.scope} only" if self.scope else "") if x)
        return f"Regional comparison by {self.level}" + (f" ({said})" if said else "")

    def sheet(self, key: str) -> str:  # (the scope is said once, on the first sheet: names stay short)
        if self.lang == "zh" or key not in SHEETS_EN:
            return self._title(key)
        name = SHEETS_EN[key].format(lv=self.level, lvs=_PLURAL.get(self.level, self.level + "s"))
        return name[:1].upper() + name[1:]

    def columns(self, df: pd.DataFrame) -> pd.DataFrame:
        return df.rename(columns={c: self.word(c) for c in df.columns if c in WORDS or c == "region"})


# --- the data ---------------------------------------------------------------------------------

def regions_at(kb: KnowledgeBase, by: str) -> pd.DataFrame:
    """The places at level ``by`` in administrative order: path, label, code (the division code in its 12 digits, as
    the exports' 区划代码 and the knowledge base hold it: a report joined an export by nothing when it wrote a county's
    6 and a township's 9), own (at the city level: a unit with no prefecture level, its own row; see
    ``P.unit_path``)."""
    places = [(p, False) for p in P.catalogue(kb.conn) if p.level == by]
    if by == "city":
        places += [(p, True) for p in P.own_prefectures(kb.conn)]
    places.sort(key=lambda x: P.sort_key(x[0]))
    rows = [(p.path, p.label, P.full_code(p.code), own) for p, own in places]
    return pd.DataFrame(rows, columns=["path", "label", "code", "own"])


def with_region(df: pd.DataFrame, by: str, regions: pd.DataFrame) -> pd.DataFrame:
    """Rows placed at level ``by`` (others dropped), with ``region`` = that place's label and ``region_path`` its
    path; a frame with no row gives one with no row (and the columns)."""
    # (down to the county at the city level: a county with no prefecture level above it is a unit there)
    names = df.reindex(columns=list(LEVELS[: max(LEVELS.index(by), LEVELS.index("county")) + 1])).astype(object)
    names = names.where(names.notna(), None)
    # (a path per distinct row of names: 517,542 figures by township hold a few thousand)
    known: dict[tuple, str | None] = {}
    paths = [known[r] if r in known else known.setdefault(r, P.unit_path(r, by))
             for r in names.itertuples(index=False, name=None)]
    label = dict(zip(regions["path"], regions["label"]))
    out = df.assign(region_path=pd.Series(paths, index=df.index, dtype=object))
    out = out[out["region_path"].isin(label)].copy()
    out["region"] = pd.Categorical(out["region_path"].map(label), categories=list(regions["label"]), ordered=True)
    return out


def with_place_columns(df: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """The table with each region's division code and full path (``code``, ``path``) beside its label (the ``region``
    column, or the index when the table has none): a label (新县, 西城区) is short, and joins to no statistics."""
    code = dict(zip(regions["label"], regions["code"]))
    path = dict(zip(regions["label"], regions["path"]))
    labels = df["region"].astype(str) if "region" in df.columns else pd.Series(df.index.astype(str), index=df.index)
    at = df.columns.get_loc("region") + 1 if "region" in df.columns else 0
    df = df.copy()
    df.insert(at, "code", labels.map(code).astype(object))
    df.insert(at + 1, "path", labels.map(path).astype(object))
    return df


def matrix(m: pd.DataFrame, column: str, labels: list[str] | None = None,
           articles: pd.Series | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Region x label counts (with the region's article and measure counts) and shares
    (the share of the region's measures carrying the label); each of ``labels`` a column, whether any measure
    carries it or not (a category no measure of a level had was no column of its tables). ``articles``: each region's article count, when it
    is not that of the articles holding these measures (an article with no measure is the region's too)."""
    rows = m[["region", column]].copy()
    rows[column] = rows[column].fillna("").str.split()
    exploded = rows.explode(column).dropna()
    exploded = exploded[exploded[column] != ""]
    counts = pd.crosstab(exploded["region"], exploded[column])
    if labels:  # every label a column, 0 where none: a level's or a year's tables stack with another's
        counts = counts.reindex(columns=list(labels) + [c for c in counts.columns if c not in labels], fill_value=0)
    totals = m.groupby("region", observed=True).size()
    arts = m.groupby("region", observed=True)["article_id"].nunique() if articles is None else articles
    counts = counts.reindex(totals.index, fill_value=0).astype("Int64")
    shares = counts.astype(float).div(totals, axis=0)
    counts.insert(0, "measures", totals.astype("Int64"))
    counts.insert(0, "articles", arts.reindex(totals.index).astype("Int64"))
    counts.index = counts.index.astype(str)
    shares.index = shares.index.astype(str)
    return counts, shares


# The topic of a figure that belongs to no measure (全县共有村干部3000人: a fact the article states, not a measure's
# target): listed after the codebook's topics, not left out (150 of 673 figures on a researcher's knowledge base).
NO_MEASURE = {"zh": "无举措", "en": "no measure"}


def _once(f: pd.DataFrame) -> pd.DataFrame:
    """The figures with each headline figure the body repeats left out (某县落实带薪休假 每年不少于5天 over a body's
    不少于5天; 360名 over 360名左右; 500人规模 over 500名): the extraction keeps both occurrences (``body_idx``
    names the body's; extract/figures.py: repeated_at), but a table of figures counts the one fact once, the body's,
    which has its measure and its place in the text (the headline's has neither: it swelled the figures of no
    measure)."""
    return f[f["body_idx"].isna()]


def figures_by_topic(kb: KnowledgeBase, by: str, regions: pd.DataFrame, lang: str = "zh",
                     articles: set[str] | None = None) -> pd.DataFrame:
    """Figures by topic: a figure stands under each category of its measure (the categories every other table
    counts), topics in codebook order, named in Chinese (lang="zh") or by their ids; a figure of no measure under
    the topic ``NO_MEASURE`` last."""
    f = _once(kb.figures())
    if articles is not None:  # (only these articles' figures)
        f = f[f["article_id"].isin(articles)]
    f = with_region(f, by, regions)
    cats = kb.measure_categories()[["measure_id", "category", "name_zh"]]
    order = [str(c) for c in cats["category"].cat.categories]
    out = f.merge(cats, on="measure_id", how="left").rename(columns={"text": "figure"})
    named = out["name_zh"].fillna(out["category"].astype(str)) if lang == "zh" else out["category"].astype(str)
    out["topic"] = named.where(out["measure_id"].notna(), NO_MEASURE["zh" if lang == "zh" else "en"])
    out["rank"] = out["category"].astype(str).map({c: k for k, c in enumerate(order)}).fillna(len(order))
    # (per beside the unit, as export's figures.csv has it: 400元 每人每月 read as a flat 400元 without it)
    # (article_id and idx name the figure, measure_id its measure: a figure stands under each topic of its measure, so
    # unique (article_id, idx) count each once; base_* the amount in its base unit, 50万元 as 500000 元)
    cols = ["topic", "region", "code", "path", "figure", "value", "high", "unit", "per", "base_value", "base_high",
            "base_unit", "qualifier", "subject", "time", "headline", "date", "date_precision", "article_id", "idx",
            "measure_id", "measure"]
    out["region"] = out["region"].astype(str)
    out = with_place_columns(out, regions)
    return out.sort_values(["rank", "region_path", "date", "measure_id", "idx"])[cols].reset_index(drop=True)


def by_region(s: pd.DataFrame, name: str, by: str, regions: pd.DataFrame, **more) -> pd.DataFrame:
    """One row per ``name`` (a slogan's canonical form, a quoted term) and region: how many articles hold it there and
    when it was first seen (``more``: further aggregates, as pandas' named aggregation)."""
    s = with_region(s, by, regions)
    s["region"] = s["region"].astype(str)
    # (undated articles count (and say whether a slogan is local); only dated ones say when it was first seen)
    s = s.sort_values(["date", "date_precision"], na_position="last", key=_day_first)
    keys = [name, "region"]
    counts = s.groupby(keys).agg(articles=("article_id", "size"), **more).reset_index()
    first = (s.dropna(subset=["date"]).groupby(keys)
             .agg(first_seen=("date", "first"), first_seen_precision=("date_precision", "first")).reset_index())
    table = counts.merge(first, on=keys, how="left").sort_values([name, "first_seen"])
    table = with_place_columns(table, regions)[[name, "region", "code", "path", "articles", "first_seen",
                                                "first_seen_precision", *more]]
    return table.astype({c: "Int64" for c in ("articles", *more)})


def terms_by_region(kb: KnowledgeBase, by: str, regions: pd.DataFrame, articles: set[str] | None = None) -> pd.DataFrame:
    """The quoted terms (“红黑榜”, “墩苗计划”: how an article names a local practice, a term that is no slogan) by
    region, as ``slogan_spread``'s table gives the slogans: how many articles of the region quote each, first when."""
    q = kb.quoted_terms()
    if articles is not None:  # (only these articles' terms)
        q = q[q["article_id"].isin(articles)]
    return by_region(q, "term", by, regions).reset_index(drop=True)


def slogan_spread(kb: KnowledgeBase, by: str, regions: pd.DataFrame,
                  articles: set[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    s = kb.slogans()
    if articles is not None:  # (only these articles' slogans)
        s = s[s["article_id"].isin(articles)]
    table = by_region(s, "canonical", by, regions, local=("local", "first"))
    spread = (table.sort_values("first_seen", kind="stable").groupby("canonical")
              .agg(regions=("region", "nunique"), articles=("articles", "sum"), first_seen=("first_seen", "first"),
                   first_seen_precision=("first_seen_precision", "first"))
              # (most regions first; of as many, most articles, then the first seen, then the name: a tie went by
              # code-point order, and the timeline drew the first 12 of that order)
              .reset_index()
              .sort_values(["regions", "articles", "first_seen", "canonical"], ascending=[False, False, True, True],
                           na_position="last", kind="stable"))
    spread["regions"] = spread["regions"].astype("Int64")
    spread["articles"] = spread["articles"].astype("Int64")
    return table.reset_index(drop=True), spread.reset_index(drop=True)


def _day_first(col: pd.Series) -> pd.Series:
    """Sort key: a date known to the day before the same period's first day known only by its month or year
    (2016-01-01 before 2016, which was stored as 2016-01-01: it is the earliest the slogan is known for sure)."""
    if col.name == "date_precision":
        return col.map({"day": 0, "month": 1, "year": 2})
    return col


def similarity(shares: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cosine similarity of the regions' category profiles, and each region's closest three."""
    X = shares.to_numpy(dtype=float)
    norm = np.linalg.norm(X, axis=1, keepdims=True)
    norm[norm == 0] = 1
    S = (X / norm) @ (X / norm).T
    sim = pd.DataFrame(S.round(3), index=shares.index, columns=shares.index)
    rows = []
    for r, top in zip(sim.index, _closest(sim.to_numpy(), 3)):
        rows.append({"region": r, **{f"closest_{k + 1}": f"{sim.index[j]}（{sim.iat[i, j]:.2f}）"
                                     for k, (i, j) in enumerate(top)}})
    return sim, pd.DataFrame(rows)


def _closest(S: np.ndarray, n: int) -> list[list[tuple[int, int]]]:
    """Per row of a square matrix, the (row, column) of its ``n`` largest values but its own, in the order
    ``Series.drop(own).sort_values(ascending=False)`` gives them (ties too: pandas' descending sort, an argsort of
    the reversed values, reversed), for all rows at once: a sort of a Series a region took 2 s of a 964-county
    report."""
    m = len(S)
    if m < 2 or np.isnan(S).any():  # (NaN: pandas puts them last, one row at a time)
        order = [pd.Series(np.delete(S[i], i)).sort_values(ascending=False).index[:n] for i in range(m)]
    else:
        others = S[~np.eye(m, dtype=bool)].reshape(m, m - 1)  # (each row without its own column)
        order = (m - 2 - np.argsort(others[:, ::-1], axis=1, kind="quicksort"))[:, ::-1][:, :n]
    return [[(i, int(j) + (j >= i)) for j in row] for i, row in enumerate(order)]


# --- plots --------------------------------------------------------------------------------------

def row_labels(counts: pd.DataFrame, lang: str) -> list[str]:
    """福建省（3篇·24条）: how much stands behind each row."""
    if lang == "zh":
        return [f"{r}（{a}篇·{n}条）" for r, a, n in zip(counts.index, counts["articles"], counts["measures"])]
    return [f"{r} ({a} art., {n} meas.)" for r, a, n in zip(counts.index, counts["articles"], counts["measures"])]


def heatmap(values: pd.DataFrame, rows: list[str], title: str, stem: Path, data: pd.DataFrame, fmt: str = "{:.0%}",
            colorbar: str = "", percent=()) -> list[str]:
    import matplotlib.pyplot as plt

    setup_fonts()
    arr = values.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(2.5 + 0.75 * max(3, arr.shape[1]), 1.4 + 0.36 * max(3, arr.shape[0])))
    top = max(0.01, float(np.nanmax(arr)) if arr.size else 1)
    im = ax.imshow(arr, cmap="YlGnBu", aspect="auto", vmin=0, vmax=top)
    ax.set_xticks(range(arr.shape[1]), [str(c) for c in values.columns], rotation=45, ha="right")
    ax.set_yticks(range(arr.shape[0]), rows)
    # Numbers in the cells while they stay legible and cheap to draw (the CSV beside has them all).
    for i in range(arr.shape[0]) if arr.size <= 400 else ():
        for j in range(arr.shape[1]):
            ax.text(j, i, fmt.format(arr[i, j]), ha="center", va="center", fontsize=7,
                    color="white" if arr[i, j] > 0.6 * top else "black")
    ax.set_title(title)
    cb = fig.colorbar(im, ax=ax, fraction=0.03)
    if fmt.endswith("%}"):  # shares: the scale in percent too
        from matplotlib.ticker import PercentFormatter

        cb.ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    if colorbar:
        cb.set_label(colorbar)
    return save_plot(fig, stem, data, percent)


PLOT_DPI = 130


def _tight_box(fig, dpi: int, pad: float):
    """The box that ``bbox_inches="tight"`` would crop to (no label clipped), measured once for both formats:
    "tight" draws the whole figure once more per file only to measure it, a third of a county heatmap's time."""
    fig.set_dpi(dpi)
    fig.draw_without_rendering()
    return fig.get_tightbbox(fig.canvas.get_renderer()).padded(pad)


def save_plot(fig, stem: Path, data: pd.DataFrame, percent=(), precision=None) -> list[str]:
    """PNG for the report, SVG for print, and the plotted data as CSV; the file names written."""
    import matplotlib.pyplot as plt

    files = []
    box = _tight_box(fig, PLOT_DPI, pad=0.15)
    for ext in ("png", "svg"):
        p = stem.with_suffix(f".{ext}")
        fig.savefig(p, dpi=PLOT_DPI, bbox_inches=box)
        files.append(p.name)
    plt.close(fig)
    write_csv(data, stem.with_suffix(".csv"), percent=percent, index=not isinstance(data.index, pd.RangeIndex), precision=precision)
    return files + [stem.with_suffix(".csv").name]


# Slogan timeline layout: label font size (pt); lane height, gap between labels on a lane, space
# between a dot and its label, and the width of the date axis (inches).
TIMELINE_FONT, LANE_H, LANE_GAP, LABEL_PAD, AXIS_W = 8, 0.22, 0.08, 0.06, 10.0


def timeline_figure(points: pd.DataFrame, title: str, lang: str = "zh"):
    """One row per slogan, a dot where it first appeared in a region, the region's name beside it.

    Labels are laid out in lanes: a label goes to the first lane of its row where it
    does not touch the previous one, and the x-axis is extended so the last fits.
    ``points``: canonical, region, first_seen (datetime), rows in the order to draw; ``until`` (optional): the end
    of a first sighting known only to its month or year, drawn as a bar over that period, not a dot on a day.
    """
    setup_fonts()
    if "until" not in points.columns:
        points = points.assign(until=points["first_seen"])
    names = list(dict.fromkeys(points["canonical"]))
    label_w, left = _text_widths(set(points["region"]), names)
    d0, d1 = _date_range(pd.concat([points["first_seen"], points["until"]]),
                         widest=max(label_w.values()) + LABEL_PAD + LANE_GAP)
    total_days = (d1 - d0).days
    layout, height = _lanes(points, names, label_w, x_in=lambda d: (d - d0).days / total_days * AXIS_W)
    return _draw_timeline(layout, height, left, (d0, d1), title, lang)


def _text_widths(labels: set[str], names: list[str]) -> tuple[dict[str, float], float]:
    """Each region label's width (inches), and the left margin that fits the longest slogan."""
    import matplotlib.pyplot as plt

    probe = plt.figure()
    r = probe.canvas.get_renderer()

    def width(s: str, fs: float = TIMELINE_FONT) -> float:
        t = probe.text(0, 0, s, fontsize=fs)
        w = t.get_window_extent(r).width / probe.dpi
        t.remove()
        return w

    label_w = {s: width(s) for s in labels}
    left = max(width(n, 9) for n in names) + 0.3
    plt.close(probe)
    return label_w, left


def _date_range(dates: pd.Series, widest: float) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The dates the axis spans: a little room on the left, and on the right enough that the
    widest label (``widest`` inches with its padding) at the latest date still fits inside."""
    d0, d1 = dates.min(), dates.max()
    span = max((d1 - d0).days, 60)
    d0 -= pd.Timedelta(days=span * 0.03)
    d1 = d1 + pd.Timedelta(days=span * widest / (AXIS_W - widest))
    return d0, d1


def _lanes(points: pd.DataFrame, names: list[str], label_w: dict[str, float], x_in) -> tuple[list, float]:
    """Per slogan (name, top, height, [(date, lane, region)]), and the height of them all (inches);
    ``x_in`` gives a date's position on the axis in inches."""
    layout, y = [], 0.0
    for name in names:
        rows = points[points["canonical"] == name].sort_values("first_seen")
        lane_end: list[float] = []
        placed = []
        for _, p in rows.iterrows():
            x = x_in(p["first_seen"])
            lane = next((k for k, end in enumerate(lane_end) if end + LANE_GAP <= x), len(lane_end))
            if lane == len(lane_end):
                lane_end.append(0.0)
            lane_end[lane] = x_in(p["until"]) + LABEL_PAD + label_w[p["region"]]
            placed.append((p["first_seen"], p["until"], lane, p["region"]))
        height = max(1, len(lane_end)) * LANE_H + 0.14
        layout.append((name, y, height, placed))
        y += height
    return layout, y


def _draw_timeline(layout: list, y: float, left: float, dates: tuple, title: str, lang: str):
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig_h = y + 1.1
    fig = plt.figure(figsize=(left + AXIS_W + 0.3, fig_h))
    ax = fig.add_axes((left / (left + AXIS_W + 0.3), 0.7 / fig_h, AXIS_W / (left + AXIS_W + 0.3), y / fig_h))
    dots = []
    for k, (name, y0, h, placed) in enumerate(layout):
        if k % 2:
            ax.axhspan(y0, y0 + h, color="#f3f3f3", zorder=0)
        for when, until, lane, region in placed:
            yy = y0 + 0.07 + LANE_H * (lane + 0.5)
            if until > when:  # known to the month or year only: the whole period, no day made up
                ax.plot([when, until], [yy, yy], color="#8b1a1a", linewidth=4, solid_capstyle="butt", zorder=3)
            else:
                dots.append((when, yy))
            ax.annotate(region, (until, yy), xytext=(LABEL_PAD * 72, 0), textcoords="offset points",
                        fontsize=TIMELINE_FONT, va="center", ha="left", annotation_clip=False)
    if dots:  # (one collection: a scatter per dot, 5,039 on 2,530 counties, each rescaling the axes and drawn
        # apart four times, was 330 of the timeline's 480 s)
        ax.scatter([d for d, _ in dots], [y for _, y in dots], s=18, color="#8b1a1a", zorder=3)
    ax.set_ylim(y, 0)
    ax.set_xlim(*dates)
    ax.set_yticks([y0 + h / 2 for _, y0, h, _ in layout], [n for n, *_ in layout], fontsize=9)
    # (minticks=3: with the default 5, a span of about four years fell to months, where no interval of the
    # locator's list gives at most 8 ticks, and matplotlib warned on the user's terminal)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y年%m月" if lang == "zh" else "%Y-%m"))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(title)
    return fig


# --- the report ------------------------------------------------------------------------------------

def compare(db: str | os.PathLike, by: str = "province", categories: list[str] | None = None,
            out: str | os.PathLike = "outputs/reports", lang: str = "zh", years: list[int] | None = None) -> Report:
    """The report of ``by`` regions; ``categories``: only measures of these; ``years``: only articles of these
    years (by the article's date, as ``search --year``), with their measures, figures and slogans."""
    if by not in LEVELS:
        raise ValueError(f"--by must be one of {', '.join(LEVELS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    previous = _previous_files(out)
    with KnowledgeBase(db) as kb:
        _check_current(kb.conn)
        if by not in P.levels(kb.conn):
            raise ValueError(f"this knowledge base records no {by} level (its regions table has no {by} column)")
        regions = regions_at(kb, by)
        # (read once: the profiles and the scope of the rest)
        measures, articles, cats = kb.measures(), kb.articles(), _categories(kb)
        kept = None
        undated = ""
        if years:  # an article's measures go with its year, as search's year facet takes it
            undated = _undated_said(lang, articles, measures)
            articles = articles[articles["year"].isin([int(y) for y in years]).fillna(False)]
            kept = set(articles["article_id"])
            measures = measures[measures["article_id"].isin(kept)]
        wanted = _category_ids(categories, cats) if categories else None
        scope = ("、" if lang == "zh" else ", ").join(
            (zh or i) if lang == "zh" else i for i, zh in cats if i in wanted) if wanted else ""
        L = Labels(lang, by, scope, _years_said(years, lang) if years else "", years)
        rep = Report(lang=lang, scope=scope, undated=undated, reposts=_reposts_said(lang, kb.conn, articles))
        counts, shares = _profiles(rep, L, measures, articles, cats, regions, wanted, out)
        _figures_and_slogans(rep, L, kb, regions, out, measures, cats, wanted, kept)
        _similarity(rep, L, counts, shares, out, regions)
    _write(rep, out, L)
    rep.removed = _remove_stale(out, previous, rep)
    return rep


# What the report reads that a knowledge base of an older schema lacks (10: the figures' base units and headline
# repeats, the quoted terms' numbers); the next build makes such a one afresh (reader.read_state).
_NEEDED = {"figures": ("base_value", "base_unit", "headline", "body_idx"), "quoted_terms": ("idx",)}


def _check_current(conn) -> None:
    for table, cols in _NEEDED.items():
        if not set(cols) <= column_names(conn, table):
            raise ValueError(f"this knowledge base was built by an older policykb (its {table} table has no "
                             f"{', '.join(cols)}): rebuild it with `policykb build` (or `make kb`), then compare")


# What a report names of its own files: its tables' anchors (each table's CSV) and its plots' files.
_REPORT_REFS = re.compile(r"<h2 id='([^'/\\]+)'>|(?:src|href)='([^'/\\:]+\.(?:png|svg|csv))'")


def _previous_files(out: Path) -> set[str]:
    """The files the report already in ``out`` wrote (read from its report.html, which names each of them): a report
    by county into a province report's folder left the province's tables and plots beside the new ones."""
    try:
        page = (out / "report.html").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    if "<meta name='generator' content='policykb'>" not in page[:4096]:  # (a page of the user's: none of its files)
        return set()
    return {f"{html.unescape(t)}.csv" if t else html.unescape(f) for t, f in _REPORT_REFS.findall(page)}


def _remove_stale(out: Path, previous: set[str], rep: Report) -> list[str]:
    """The previous report's files this one did not write again, removed (only those: never a file it did not
    name); their names."""
    written = {f"{name}.csv" for name in rep.tables} | {f for files in rep.images.values() for f in files}
    gone = []
    for name in sorted(previous - written):
        try:
            (out / name).unlink()
            gone.append(name)
        except FileNotFoundError:
            pass
    return gone


def _profiles(rep: Report, L: Labels, measures: pd.DataFrame, articles: pd.DataFrame, cats: list[tuple],
              regions: pd.DataFrame, wanted: list[str] | None, out: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Region x category and region x target-group tables and heatmaps; the category counts and shares of the
    measures compared (the similarity's profiles)."""
    by = L.by
    cat_names = {i: (zh or i) if L.lang == "zh" else i for i, zh in cats}
    m = with_region(measures, by, regions)
    placed = with_region(articles, by, regions)
    rep.unplaced = _unplaced(L, articles, placed, measures, m, wanted)
    mw = m[_of_categories(m, wanted)] if wanted else m
    # (every filter named: --category 容错纠错 --year 2018 said only the category, as if any year had none)
    of_years = f" of {_years_said(L.year_list, 'en')}" if L.years else ""
    if mw.empty and not m.empty:
        names = "、".join(zh or i for i, zh in cats if i in wanted)  # (as people know them: 容错纠错, not tolerate)
        raise ValueError(f"no measure of the categories {names}{of_years} has a region at the {by} level "
                         f"(measures of other categories{of_years} do)")
    if m.empty:
        if L.years:
            names = "、".join(zh or i for i, zh in cats if i in wanted) if wanted else ""
            raise ValueError(f"no measure{f' of the categories {names}' if names else ''}{of_years} has a region at the "
                             f"{by} level to compare")
        if not placed.empty:  # (articles placed there, none with a measure: the level is not what is missing)
            raise ValueError(f"no measures with a region at the {by} level to compare (by={by}: the {len(placed):,} "
                             f"articles placed at that level have no measure)")
        raise ValueError(f"no measures with a region at the {by} level to compare (by={by}: no article of this knowledge base is placed at that level)")
    # A region's articles are all its articles, those with no measure too; its categories' shares are of all its
    # measures, with --category as without (容错纠错 is 15% of a province's measures in both reports).
    arts = placed.groupby("region", observed=True).size()
    counts, shares = matrix(m, "categories", list(cat_names), arts)
    shares, counts = shares.rename(columns=cat_names), counts.rename(columns=cat_names)
    # The tables show the categories asked for, in the regions that have them; the similarity compares the whole
    # profile of those measures (over one category every region would be alike).
    shown = [cat_names[i] for i in wanted if cat_names[i] in shares.columns] if wanted else list(shares.columns)
    having = set(mw["region"].astype(str))  # (once: asked of every row, it was rebuilt per row, 59 s for 787 counties)
    rows = [r for r in counts.index if r in having]
    picked = counts.loc[rows, ["articles", "measures"] + shown]
    # (a region whose articles hold no measure is a row of the tables too, unless --category asks for measures: its
    # articles are counted, its shares blank; no heatmap or similarity row, having no profile)
    bare = [] if wanted else [r for r in arts.index.astype(str) if r not in counts.index]
    _matrix_tables(rep, L, "category", *_with_bare(picked, shares.loc[rows, shown], arts, bare), regions)
    _share_heatmap(rep, L, "category", picked, shares.loc[rows, shown], out / f"heatmap_{by}_category")
    # (the target groups of the measures compared: with --category, of those measures and their articles)
    gcounts, gshares = matrix(mw, "groups", articles=None if wanted else arts)
    _matrix_tables(rep, L, "group", *_with_bare(gcounts, gshares, arts, bare), regions)
    if gshares.shape[1]:
        _share_heatmap(rep, L, "group", gcounts, gshares, out / f"heatmap_{by}_group")
    if bare:
        rep.notes.append(_bare_said(L, bare, arts))
    if by == "city":
        rep.notes += _own_prefectures_said(L, placed, regions)
    if not wanted:
        return counts, shares
    counts, shares = matrix(mw, "categories", list(cat_names))
    return counts.rename(columns=cat_names), shares.rename(columns=cat_names)


def _with_bare(counts: pd.DataFrame, shares: pd.DataFrame, arts: pd.Series,
               bare: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tables with a row for each ``bare`` region (its articles hold no measure): its articles counted, 0
    measures, no share; rows in administrative order (``arts``' index is the regions' ordered labels)."""
    if not bare:
        return counts, shares
    order = [r for r in arts.index.astype(str) if r in counts.index or r in bare]
    counts = counts.reindex(order).astype("Int64")
    counts = counts.fillna({c: 0 for c in counts.columns if c != "articles"})
    counts.loc[bare, "articles"] = arts.rename(index=str).reindex(bare).to_numpy()
    return counts, shares.reindex(order)


def _bare_said(L: Labels, bare: list[str], arts: pd.Series) -> str:
    """The regions whose articles hold no measure: in the tables with 0 measures, nowhere else."""
    n = int(arts.rename(index=str).reindex(bare).sum())
    named = "、".join(bare[:10]) + ("等" if len(bare) > 10 else "")
    if L.lang == "zh":
        return (f"{named}的 {n:,} 篇文章没有举措：表中计其文章数，举措为 0，占比空白；不在热力图和相似度中。")
    return (f"{', '.join(bare[:10])}{' …' if len(bare) > 10 else ''}: {counted(n, 'article')} with no measure, in the "
            f"tables with 0 measures and blank shares; not in the heatmaps or the similarity.")


def _own_prefectures_said(L: Labels, placed: pd.DataFrame, regions: pd.DataFrame) -> list[str]:
    """What rows of units with no prefecture level stand for (a municipality's; a county-level unit's), when any has
    an article: the others are prefecture-level cities."""
    own = regions[regions["own"] & regions["label"].isin(set(placed["region"].astype(str)))]
    if own.empty:
        return []
    cities = own[~own["path"].str.contains("/")]["label"].tolist()
    counties = own[own["path"].str.contains("/")]["label"].tolist()
    zh = L.lang == "zh"
    said = []
    if cities:
        said.append(f"直辖市（{'、'.join(cities)}）没有地市一级，其区县的文章计入直辖市本身一行" if zh else
                    f"a municipality ({', '.join(cities)}) has no prefecture level: its districts' and counties' "
                    f"articles count in the municipality's own row")
    if counties:
        said.append(f"省直辖的县级单位（{'、'.join(counties)}）没有地市一级，各成一行" if zh else
                    f"a county-level unit its province governs directly ({', '.join(counties)}) has no prefecture "
                    f"level and is a row of its own")
    return [("；".join(said) + "。") if zh else ("; ".join(said)[:1].upper() + "; ".join(said)[1:] + ".")]


def _unplaced(L: Labels, articles: pd.DataFrame, placed: pd.DataFrame, measures: pd.DataFrame, m: pd.DataFrame,
              wanted: list[str] | None) -> str:
    """How many articles (and their measures) have no region at the level compared: no row counts them."""
    n_art, n_meas = len(articles) - len(placed), len(measures) - len(m)
    if not n_art and not n_meas:
        return ""
    n_w = int(_of_categories(measures, wanted).sum() - _of_categories(m, wanted).sum()) if wanted else 0
    if L.lang == "zh":
        of = f"，其中{L.scope} {n_w:,} 条" if wanted else ""
        return f"另有 {n_art:,} 篇文章（{n_meas:,} 条举措{of}）未能确定{L.level}，未计入。"
    of = f", {n_w:,} of them {L.scope}" if wanted else ""
    return (f"{counted(n_art, 'more article')} ({counted(n_meas, 'measure')}{of}) could not be placed in a "
            f"{L.level}: not counted.")


def _reposts_said(lang: str, conn, articles: pd.DataFrame) -> str:
    """How many reposts (and their measures) the compared articles stand for: counted once, under their originals,
    they are in no row and were said nowhere, so a reader adding the rows and the unplaced ones fell short of the
    knowledge base's articles (116 of 120) with no word why."""
    from pipeline.store.reader import counted as is_counted

    if is_counted(conn, "a") == "1":
        return ""
    originals = set(articles["article_id"])
    rows = [r for r in conn.execute(
        f"SELECT a.canonical_id, (SELECT count(*) FROM measures m WHERE m.article_id = a.id) FROM articles a"
        f" WHERE NOT {is_counted(conn, 'a')}") if r[0] in originals]
    if not rows:
        return ""
    n_meas = sum(n for _, n in rows)
    if lang == "zh":
        return f"另有 {len(rows):,} 篇文章（{n_meas:,} 条举措）是转载，按原文计数一次，不另计入。"
    return (f"{counted(len(rows), 'more article')} ({counted(n_meas, 'measure')}) are reposts, counted once under "
            f"their originals: not counted again.")


def _undated_said(lang: str, articles: pd.DataFrame, measures: pd.DataFrame) -> str:
    """How many articles (and their measures) --year leaves out for having no date: of no year, they are in no
    range asked for, and were left out without a word where the articles with no region were said."""
    none = set(articles.loc[articles["year"].isna(), "article_id"])
    if not none:
        return ""
    n_meas = int(measures["article_id"].isin(none).sum())
    if lang == "zh":
        return f"另有 {len(none):,} 篇文章（{n_meas:,} 条举措）没有日期，不属于任何年份，按年份筛选时未计入。"
    return (f"{counted(len(none), 'more article')} ({counted(n_meas, 'measure')}) with no date, so of no year: not "
            f"counted in a comparison by year.")


def _years_said(years: list[int], lang: str) -> str:
    """2020–2023年 (runs of years joined), 2016、2018年."""
    runs: list[list[int]] = []
    for y in sorted({int(y) for y in years}):
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    dash = "–" if lang == "zh" else "-"
    said = [str(a) if a == b else f"{a}{dash}{b}" for a, b in runs]
    return "、".join(said) + "年" if lang == "zh" else ", ".join(said)


def _share_heatmap(rep: Report, L: Labels, kind: str, counts: pd.DataFrame, shares: pd.DataFrame, stem: Path) -> None:
    title = L.title(f"{kind}_shares")
    if not L.scope:
        base = "占本地举措比例" if L.lang == "zh" else "share of measures"
    elif kind == "category":
        base = "占本地全部举措比例" if L.lang == "zh" else "share of all measures"
    else:
        base = f"占本地{L.scope}举措比例" if L.lang == "zh" else f"share of {L.scope} measures"
    rows, drawn_title = _drawn_rows(rep, L, counts, title, f"{L.by}_x_{kind}_shares.csv")
    counts, shares = counts.loc[rows], shares.loc[rows]
    rep.images[title] = heatmap(shares, row_labels(counts, L.lang), drawn_title, stem, _plot_data(L, counts, shares),
                                colorbar=base, percent=tuple(shares.columns))


def _figures_and_slogans(rep: Report, L: Labels, kb: KnowledgeBase, regions: pd.DataFrame, out: Path,
                         measures: pd.DataFrame, cats: list[tuple], wanted: list[str] | None,
                         articles: set[str] | None = None) -> None:
    """The figures by topic and the slogans' spread (of ``articles`` only, when given: the years compared); with
    ``wanted`` categories, the figures under those topics and the slogans of the articles that hold a measure of
    them (the rest of the report's scope)."""
    if wanted:  # (``measures`` are already those of the years compared)
        articles = set(measures.loc[_of_categories(measures, wanted), "article_id"])
    figures = figures_by_topic(kb, L.by, regions, L.lang, articles)
    if wanted:
        names = {(zh or i) if L.lang == "zh" else i for i, zh in cats if i in wanted}
        figures = figures[figures["topic"].isin(names)].reset_index(drop=True)
    rep.tables["figures_by_topic"] = Table.of(figures, L, "figures_by_topic")
    rep.notes += _no_measure_said(L, kb, regions, articles, figures) + _figures_once_said(L, figures)
    table, spread = slogan_spread(kb, L.by, regions, articles)
    rep.tables["slogans_by_region"] = Table.of(table, L, "slogans_by_region")
    rep.tables["slogan_spread"] = Table.of(spread, L, "slogan_spread")
    rep.tables["terms_by_region"] = Table.of(terms_by_region(kb, L.by, regions, articles), L, "terms_by_region")
    files = _timeline(rep, table, spread, out / "slogan_timeline", L)
    if files:
        rep.images[L.title("timeline")] = files
    else:  # (a plot left out without a word looked like a plot lost)
        zh = L.lang == "zh"
        rep.missing[L.title("timeline")] = (
            ("没有提法，无法作图。" if zh else "No slogan: nothing to draw.") if table.empty else
            (f"这些提法所在的文章都没有日期（按{L.level}比较时），无法标出首次出现的时间。" if zh else
             f"None of the articles holding these slogans (compared by {L.level}) has a date: no first sighting to place."))


def _no_measure_said(L: Labels, kb: KnowledgeBase, regions: pd.DataFrame, articles: set[str] | None,
                     figures: pd.DataFrame) -> list[str]:
    """How many of the figures compared belong to no measure: listed under their own topic, or, with --category,
    not listed (they are of no category)."""
    zh, none = L.lang == "zh", NO_MEASURE["zh" if L.lang == "zh" else "en"]
    if not L.scope:
        n = int((figures["topic"] == none).sum())
        if not n:
            return []
        return [f"{L.title('figures_by_topic')}：{n:,} 条数据不属于任何举措（如文章所述的基本情况），列于主题“{none}”。" if zh else
                f"{L.title('figures_by_topic')}: {counted(n, 'figure')} belonging to no measure (facts an article states) "
                f"are listed under the topic '{none}'."]
    f = _once(kb.figures())  # (with --category, ``articles`` are those holding a measure of the categories)
    n = len(with_region(f[f["measure_id"].isna() & f["article_id"].isin(articles or ())], L.by, regions))
    if not n:
        return []
    return [f"{L.title('figures_by_topic')}：这些文章中另有 {n:,} 条数据不属于任何举措，没有类别，未列入。" if zh else
            f"{L.title('figures_by_topic')}: not listed, {counted(n, 'figure')} of these articles that belong to no "
            f"measure (so to no category)."]


def _figures_once_said(L: Labels, figures: pd.DataFrame) -> list[str]:
    """How to count the figures of 各地数据 each once, and what its base unit and headline columns are."""
    if figures.empty:
        return []
    if L.lang == "zh":
        return [f"{L.title('figures_by_topic')}：一条数据列于其举措的每个类别之下，按“文章编号”与“序号”去重，每条数据只计一次"
                "（“举措编号”为其举措）；标题中的数字正文又写出的，只列正文中的一条，“出自标题”为“是”的是正文未再写出的标题数字；"
                "“数值”“单位”照原文（50万元 为 50 万元），“基本单位数值”“基本单位”换算为基本单位（500000 元），可跨单位比较、求和。"]
    return [f"{L.title('figures_by_topic')}: a figure stands under each category of its measure; unique (article_id, idx) "
            "count each figure once (measure_id is its measure). A headline figure the body repeats is listed once, the "
            "body's; headline = 1 marks a headline figure the body does not give again. value and unit are as written "
            "(50万元: 50 万元); base_value and base_unit are in the base unit (500000 元), to compare and sum across units."]


# The most regions a heatmap draws: 193 counties made a 15,000-pixel similarity square, and 787 a category map of
# 1,526 x 28,645 pixels that took minutes to draw, no label of which could be read; the tables and CSVs keep them all.
PLOT_MAX_REGIONS = 40


def _drawn_rows(rep: Report, L: Labels, counts: pd.DataFrame, title: str, table: str,
                what: tuple[str, str] = ("", ""), below: bool = True) -> tuple[list[str], str]:
    """The rows a heatmap draws (all, or the ``PLOT_MAX_REGIONS`` with the most measures, still in administrative
    order: said in the report's caption and the plot's title, with the ``table`` file that holds them all) and the
    plot's title. ``what``: what that table gives of every region (zh, en); ``below``: whether the report's table
    below the plots shows them all too (the similarity's shows the regions drawn)."""
    if len(counts) <= PLOT_MAX_REGIONS:
        return list(counts.index), title
    n, lvs = PLOT_MAX_REGIONS, _PLURAL.get(L.level, L.level + "s")
    below = below and len(counts) <= HTML_ROWS  # (the table below shows its first HTML_ROWS: not all of 1,323)
    top = set(counts["measures"].sort_values(ascending=False, kind="stable").index[:n])
    if L.lang == "zh":
        rep.captions[title] = (f"图中为举措最多的 {n} 个{L.level}（共 {len(counts)} 个），按行政区划代码排列；"
                               f"全部{L.level}{what[0]}见{'下表及 ' if below else ' '}{table}。")
        cut = f"举措最多的 {n} 个{L.level}（共 {len(counts)} 个）"
    else:
        rep.captions[title] = (f"The plot shows the {n} {lvs} with the most measures (of {len(counts)}), in division-code "
                               f"order; every {L.level}{what[1]} is in {'the table below and ' if below else ''}{table}.")
        cut = f"the {n} {lvs} with the most measures (of {len(counts)})"
    return [r for r in counts.index if r in top], f"{title}\n{cut}"


def _similarity(rep: Report, L: Labels, counts: pd.DataFrame, shares: pd.DataFrame, out: Path,
                regions: pd.DataFrame) -> None:
    by = L.by
    sim, closest = similarity(shares)
    sim.index.name = sim.columns.name = L.word("region")
    table = L.columns(with_place_columns(sim, regions))
    table.index.name = L.word("region")
    rep.tables[f"{by}_similarity"] = Table(L.title("similarity"), table, index=True, sheet=L.sheet("similarity"))
    rep.tables[f"{by}_closest"] = Table(L.title("closest"), L.columns(with_place_columns(closest, regions)),
                                        sheet=L.sheet("closest"))
    title = L.title("similarity")
    keep, drawn_title = _drawn_rows(rep, L, counts.loc[sim.index], title, f"{by}_similarity.csv",
                                    ("的相似度", "'s similarity"), below=False)
    drawn = sim.loc[keep, keep]
    if len(keep) < len(sim):  # (every pair in the report: 2,530 counties made 5.7 MB of HTML no one reads)
        shown = table.loc[keep, list(table.columns[:2]) + keep]
        rep.tables[f"{by}_similarity"].excerpt = shown
        rep.tables[f"{by}_similarity"].excerpt_said = _excerpt_said(L, len(keep), len(sim), f"{by}_similarity.csv")
    rep.images[title] = heatmap(
        drawn.clip(lower=0), row_labels(counts.loc[drawn.index], L.lang), drawn_title, out / f"heatmap_{by}_similarity",
        drawn, fmt="{:.2f}", colorbar="余弦相似度" if L.lang == "zh" else "cosine similarity")


def _excerpt_said(L: Labels, n: int, total: int, csv: str) -> str:
    """The line under a similarity table the report shows in part: which regions, and where every pair is (and each
    region's closest: the table below, when it shows every region)."""
    sheet, whole, closest = L.sheet("similarity"), total <= HTML_ROWS, f"{L.by}_closest.csv"
    if L.lang == "zh":
        return (f"表中只列出举措最多的 {n} 个{L.level}（共 {total} 个，按行政区划代码排列）相互之间的相似度；"
                f"全部 {total} 个{L.level}两两之间的相似度见 {csv} 及工作簿 comparison.xlsx 的工作表“{sheet}”，"
                f"每个{L.level}最相近的三个见{'下表' if whole else f'下表（前 {HTML_ROWS} 个）及 {closest}'}。")
    lvs = _PLURAL.get(L.level, L.level + "s")
    return (f"The table shows the similarity among the {n} {lvs} with the most measures only (of {total}, in "
            f"division-code order); every pair of the {total} {lvs} is in {csv} and on the sheet '{sheet}' of "
            f"comparison.xlsx, and each {L.level}'s closest three in "
            f"{'the table below' if whole else f'{closest} (the first {HTML_ROWS} in the table below)'}.")


def _categories(kb: KnowledgeBase) -> list[tuple]:
    """(id, name_zh) of the knowledge base's codebook categories, in its order."""
    return [(i, zh) for i, zh, _ in categories(kb.conn)]


def _of_categories(m: pd.DataFrame, wanted: list[str]) -> pd.Series:
    """Which measures carry any of the ``wanted`` categories."""
    return m["categories"].fillna("").str.split().apply(lambda cs: any(c in cs for c in wanted))


def _category_ids(given: list[str], cats: list[tuple]) -> list[str]:
    ids = {i: i for i, _ in cats} | {zh: i for i, zh in cats if zh}
    unknown = [g for g in given if g not in ids]
    if unknown:
        raise ValueError(f"unknown category {', '.join(unknown)}; categories: " + ", ".join(f"{zh} ({i})" for i, zh in cats))
    return [ids[g] for g in given]


def _matrix_tables(rep: Report, L: Labels, kind: str, counts: pd.DataFrame, shares: pd.DataFrame,
                   regions: pd.DataFrame) -> None:
    by, percent = L.by, tuple(shares.columns)
    counts = L.columns(with_place_columns(counts, regions))
    shares = L.columns(with_place_columns(shares, regions))
    counts.index.name = shares.index.name = L.word("region")
    rep.tables[f"{by}_x_{kind}_counts"] = Table(L.title(f"{kind}_counts"), counts, index=True, sheet=L.sheet(f"{kind}_counts"))
    rep.tables[f"{by}_x_{kind}_shares"] = Table(L.title(f"{kind}_shares"), shares, percent=percent, index=True,
                                                  sheet=L.sheet(f"{kind}_shares"))


def _plot_data(L: Labels, counts: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    """What a heatmap shows: each row's article and measure counts, then the shares."""
    data = pd.concat([counts[["articles", "measures"]], shares], axis=1)
    data.index.name = L.word("region")
    return L.columns(data)


# The most regions the timeline marks on a slogan's row: one label per region made the PNG by county 14,000
# pixels tall (2,530 counties, up to 200 lanes a row), none of it readable; the table and CSV keep them all.
TIMELINE_MAX_REGIONS = 10


# The most slogans the timeline draws (the most widespread, in ``slogan_spread``'s order); the tables keep them all.
TIMELINE_MAX_SLOGANS = 12


def _timeline(rep: Report, table: pd.DataFrame, spread: pd.DataFrame, stem: Path, L: Labels,
              top: int = TIMELINE_MAX_SLOGANS) -> list[str]:
    dated = set(table.loc[table["first_seen"].notna(), "canonical"])
    ranked = [c for c in spread["canonical"] if c in dated]  # (a slogan no dated article holds has no place on it)
    keep = ranked[:top]
    points = table[table["canonical"].isin(keep) & table["first_seen"].notna()].copy()
    if points.empty:
        return []
    title = key = L.title("timeline")
    if len(ranked) > top:
        title = _timeline_top_said(rep, L, key, top, len(ranked))
    drawn = _timeline_rows(points)
    if len(drawn) < len(points):
        title = _timeline_cut_said(rep, L, key, title)
        points = points.loc[drawn]
    points["canonical"] = pd.Categorical(points["canonical"], categories=keep, ordered=True)
    points = points.sort_values(["canonical", "first_seen"])
    points["canonical"] = points["canonical"].astype(str)
    period = {"year": pd.DateOffset(years=1), "month": pd.DateOffset(months=1)}
    points["until"] = [d + period[p] if p in period else d for d, p in zip(points["first_seen"], points["first_seen_precision"])]
    fig = timeline_figure(points, title, L.lang)
    data = points[["canonical", "region", "first_seen", "articles"]].reset_index(drop=True)
    return save_plot(fig, stem, L.columns(data), precision={L.word("first_seen"): list(points["first_seen_precision"])})


def _timeline_rows(points: pd.DataFrame) -> pd.Index:
    """The rows the timeline marks: on each slogan's row the ``TIMELINE_MAX_REGIONS`` regions with the most articles
    holding it (of as many, the first to name it), in the table's order."""
    ranked = points.sort_values(["articles", "first_seen"], ascending=[False, True], kind="stable")
    top = ranked.groupby("canonical", sort=False).head(TIMELINE_MAX_REGIONS).index
    return points.index[points.index.isin(top)]


def _timeline_top_said(rep: Report, L: Labels, key: str, n: int, total: int) -> str:
    """The caption of a timeline that draws part of the slogans (which, and where they all are); its plot's title."""
    sheet = L.sheet("slogan_spread")
    if L.lang == "zh":
        rep.captions[key] = (f"图中为分布最广的 {n} 个提法（共 {total} 个有日期的提法；按出现的{L.level}数，相同时取文章多的，"
                             f"再取首次出现早的）；全部提法见 slogan_spread.csv 及工作簿 comparison.xlsx 的工作表“{sheet}”。")
        return f"{key}\n分布最广的 {n} 个提法（共 {total} 个）"
    lvs = _PLURAL.get(L.level, L.level + "s")
    rep.captions[key] = (f"The plot draws the {n} most widespread of {total} dated slogans (by the {lvs} holding them; of "
                         f"as many, the most articles, then the first seen); every slogan is in slogan_spread.csv and on "
                         f"the sheet '{sheet}' of comparison.xlsx.")
    return f"{key}\nthe {n} most widespread of {total} slogans"


def _timeline_cut_said(rep: Report, L: Labels, key: str, title: str) -> str:
    """The caption of a timeline that marks part of the regions (which, and where they all are), after what it says
    already; its plot's title."""
    n, sheet = TIMELINE_MAX_REGIONS, L.sheet("slogans_by_region")
    said = rep.captions.get(key, "")
    if L.lang == "zh":
        rep.captions[key] = said + (f"每个提法只标出含该提法的文章最多的 {n} 个{L.level}（文章数相同时取首次出现较早的）；"
                                    f"每个{L.level}首次出现的时间见 slogans_by_region.csv 及工作簿 comparison.xlsx 的工作表“{sheet}”。")
        return f"{title}\n每个提法文章最多的 {n} 个{L.level}"
    lvs = _PLURAL.get(L.level, L.level + "s")
    rep.captions[key] = (said + " " if said else "") + (
        f"Each slogan's row marks the {n} {lvs} with the most articles holding it (of as many, the "
        f"first to name it); every {L.level}'s first sighting is in slogans_by_region.csv and on the "
        f"sheet '{sheet}' of comparison.xlsx.")
    return f"{title}\nthe {n} {lvs} with the most articles on each row"


def _write(rep: Report, out: Path, L: Labels) -> None:
    zh = L.lang == "zh"
    heading = L.heading()
    intro = NOTES[L.lang] + ((f"仅含类别为{L.scope}的举措，及含有这些举措的文章中的数据和提法；类别占比仍以该地区全部举措为分母"
                              f"（与不按类别筛选时相同），面向对象占比以该地区这些类别的举措为分母。" if zh else
                              f" Only measures of the categories {L.scope}, and the figures and slogans of their articles; "
                              f"a category's share is still of all the region's measures (as without --category), a "
                              f"target group's of the region's measures of these categories.")
                             if L.scope else "")
    notes = [intro] + [x for x in (rep.unplaced, rep.reposts, rep.undated) if x] + rep.notes + [
        f"{t}：{why}" if zh else f"{t}: {why}" for t, why in (rep.captions | rep.missing).items()]
    for name, t in rep.tables.items():
        write_csv(t.df, out / f"{name}.csv", percent=t.percent, index=t.index, precision=t.precision)
    with workbook(out / "comparison.xlsx") as book:
        # first, what the workbook holds: the report's heading (with its categories) and notes
        about = pd.DataFrame({"说明" if zh else "about": [heading] + notes})
        write_sheet(book, about, "说明" if zh else "About")
        for t in rep.tables.values():
            write_sheet(book, t.df, t.sheet or t.title, percent=t.percent, index=t.index, precision=t.precision)
    parts = [f"<!doctype html><html lang='{'zh-CN' if zh else 'en'}'><head><meta charset='utf-8'><meta name='generator' content='policykb'><title>{html.escape(heading)}</title>",
             "<style>@FONT-FACE@body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei','policykb-cjk',sans-serif;"
             "margin:2em;max-width:1200px}"
             "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}"
             "td{text-align:right}td:first-child,th{text-align:left}img{max-width:100%}h2{margin-top:2em}.files{font-size:12px}</style>"
             "</head><body>", f"<h1>{html.escape(heading)}</h1>", f"<p>{html.escape(intro)}</p>"]
    if rep.unplaced:
        parts.append(f"<p class='unplaced'>{html.escape(rep.unplaced)}</p>")
    if rep.reposts:
        parts.append(f"<p class='reposts'>{html.escape(rep.reposts)}</p>")
    if rep.undated:
        parts.append(f"<p class='undated'>{html.escape(rep.undated)}</p>")
    parts += [f"<p class='note'>{html.escape(n)}</p>" for n in rep.notes]
    for title, files in rep.images.items():
        png, svg, data = files
        links = f"<a href='{html.escape(svg)}'>SVG</a> · <a href='{html.escape(data)}'>{'图中数据' if zh else 'data'} CSV</a>"
        caption = f"<p class='caption'>{html.escape(rep.captions[title])}</p>" if title in rep.captions else ""
        parts.append(f"<h2>{html.escape(title)}</h2>{caption}<img src='{html.escape(png)}' alt='{html.escape(title)}'>"
                     f"<p class='files'>{links}</p>")
    for title, why in rep.missing.items():
        parts.append(f"<h2>{html.escape(title)}</h2><p class='missing'>{html.escape(why)}</p>")
    for name, t in rep.tables.items():
        parts.append(f"<h2 id='{html.escape(name)}'>{html.escape(t.title)}</h2>")
        if t.excerpt is not None:
            parts.append(html_table(t.excerpt, t.percent, t.index, precision=t.precision))
            parts.append(f"<p class='excerpt'>{html.escape(t.excerpt_said)}</p>")
            continue
        parts.append(html_table(t.df, t.percent, t.index, precision=t.precision))
        if len(t.df) > HTML_ROWS:
            more = (f"另有 {len(t.df) - HTML_ROWS} 行，见 {name}.csv" if zh else
                    f"{len(t.df) - HTML_ROWS} more rows in {name}.csv")
            parts.append(f"<p>{html.escape(more)}</p>")
    parts.append("</body></html>")
    page = "\n".join(parts)
    font = _bundle_font(out, page)
    face = f"@font-face{{font-family:'policykb-cjk';src:url({font}) format('opentype');font-display:swap}}" if font else ""
    write_bytes(out / "report.html", page.replace("@FONT-FACE@", face, 1).encode("utf-8"))


FONT_FILE = "cjk.otf"


def _bundle_font(out: Path, page: str) -> str | None:
    """The packaged CJK font beside report.html, cut to the characters the page writes (the whole font is 16 MB;
    a report's characters take a few hundred kB), so the report reads on a machine with no Chinese font and keeps
    reading when its folder is moved; its relative URL."""
    import fontTools

    from pipeline.core import pickled

    src = cjk_font_path()
    if src is None:
        return None
    chars = "".join(sorted(set(page)))
    # (cutting the font took 1.6 s CPU of each report, the same cut again when a report is made anew: kept in our
    # cache, keyed on the font's bytes, the characters and the fontTools that cut it)
    key = pickled.content_key(Path(src), chars, fontTools.version)
    write_bytes(out / FONT_FILE, pickled.load_or_build("fonts", "cjk", key, lambda: _cut_font(src, chars)))
    return FONT_FILE


def _cut_font(src: str, chars: str) -> bytes:
    """The font at ``src`` with the glyphs of ``chars`` alone (fontTools' subsetter, its default options)."""
    import io

    from fontTools import subset

    options = subset.Options()
    font = subset.load_font(src, options)
    cut = subset.Subsetter(options)
    cut.populate(text=chars)
    cut.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    return buf.getvalue()


# --- exports ---------------------------------------------------------------------------------------

EXPORT_FORMATS = ("csv", "parquet", "xlsx", "jsonl")


def export(db: str | os.PathLike, fmt: str = "csv", out: str | os.PathLike = "outputs/export", lang: str = "zh",
           cuts: list | None = None) -> list[Path]:
    """Every knowledge-base table in one format, typed; headers and coded values (category ids, place levels)
    Chinese (lang="zh") or the column names and ids. A date is written to the precision it is known
    (``date_precision``): 2016 in CSV and JSON lines, a date cell shown as 2016 in Excel. ``cuts`` (a list): gets
    (sheet, cells) for each Excel sheet whose texts were too long for a cell (``sheets.write_sheet``)."""
    from pipeline.report.labels import column_label, table_label

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with KnowledgeBase(db) as kb:
        frames = {name: kb.table(name) for name in kb.TABLES}
        names = {i: zh for i, zh, _ in categories(kb.conn)}
        copies = kb.repost_ids()
    frames = {name: _empty_as_missing(_with_repost_flag(name, df, copies)) for name, df in frames.items()}
    frames["regions"] = _unplaced_as_missing(frames["regions"])
    frames["documents"] = frames["documents"].drop(columns=["offsets"])  # binary; rebuild from the KB if needed
    if lang == "zh":
        frames = {n: _values_zh(n, df, names).rename(columns=lambda c, n=n: column_label(n, c)) for n, df in frames.items()}
    date = {n: column_label(n, "date") if lang == "zh" else "date" for n in frames}
    # what is known of each date (day, month, year), read back from its precision column whatever the lang
    precision = {n: {date[n]: _precision_ids(df, lang, n)} if date[n] in df.columns and
                 pd.api.types.is_datetime64_any_dtype(df[date[n]]) else {} for n, df in frames.items()}
    if fmt == "xlsx":
        path = out / "kb.xlsx"
        with workbook(path) as book:
            for name, df in frames.items():
                write_sheet(book, df, table_label(name) if lang == "zh" else name, precision=precision[name], cuts=cuts)
        return [path]
    written = []
    for name, df in frames.items():
        path = out / f"{name}.{fmt}"
        if fmt in ("parquet", "jsonl"):  # (formats with lists: a slogan's components as one; CSV and Excel keep JSON text)
            df = _as_lists(name, df, lang)
        if fmt == "csv":
            write_csv(df, path, precision=precision[name])
        elif fmt == "parquet":
            with replacing(path) as tmp:
                df.to_parquet(tmp, index=False)
        else:  # dates as 2023-06-20 (or 2023 where the year alone is known), not a timestamp at midnight
            from pipeline.report.sheets import as_known

            dates = {c: as_known(df[c], precision[name].get(c, ["day"] * len(df)))
                     for c in df.columns if pd.api.types.is_datetime64_any_dtype(df[c].dtype)}
            with replacing(path) as tmp:
                df.assign(**dates).to_json(tmp, orient="records", lines=True, force_ascii=False)
        written.append(path)
    return written


# Columns holding a JSON list, written as a list where the format has lists (Parquet, JSON lines).
LIST_COLUMNS = {"slogans": ("components",)}


def _as_lists(table: str, df: pd.DataFrame, lang: str) -> pd.DataFrame:
    import json

    from pipeline.report.labels import column_label

    cols = [column_label(table, c) if lang == "zh" else c for c in LIST_COLUMNS.get(table, ())]
    return df.assign(**{c: df[c].map(lambda v: json.loads(v) if isinstance(v, str) else v) for c in cols if c in df.columns})


def _empty_as_missing(df: pd.DataFrame) -> pd.DataFrame:
    """Empty texts as missing values: CSV writes both as an empty cell, which every reader takes for missing, so a
    Parquet file kept '' where the CSV of the same table had nothing (区划代码 of an ambiguous place mention)."""
    text = [c for c in df.columns if pd.api.types.is_string_dtype(df[c]) and df[c].eq("").any()]
    return df.assign(**{c: df[c].mask(df[c].eq("")) for c in text}) if text else df


def _unplaced_as_missing(df: pd.DataFrame) -> pd.DataFrame:
    """An article placed nowhere but for a town the finder could not tell from its namesakes (桃源镇 alone): no level,
    township or path, as kb.open and the search's downloads give it (``places.uncertain_town``), not that town as
    if it were its place, which a groupby on 乡镇 counted with the real ones. Its name and reason stay."""
    cols = [c for c in ("level", "township", "path") if c in df.columns]
    if df.empty or not cols:
        return df
    unplaced = df.apply(P.uncertain_town, axis=1).astype(bool)
    return df.assign(**{c: df[c].mask(unplaced) for c in cols}) if unplaced.any() else df


def _with_repost_flag(table: str, df: pd.DataFrame, copies: set[str]) -> pd.DataFrame:
    """The table with ``is_repost`` last (1 for a row of an article that reposts another, else 0: the stored columns
    keep their places), so rows joined by hand can count each article once, as search and the comparison do
    (article_copies: every row a repost's, said by the table itself)."""
    key = "id" if table == "articles" else "article_id"
    if key not in df.columns or table == "article_copies":
        return df
    return df.assign(is_repost=df[key].isin(copies).astype("Int64"))


def _precision_ids(df: pd.DataFrame, lang: str, table: str) -> pd.Series:
    from pipeline.report.labels import column_label

    col = column_label(table, "date_precision") if lang == "zh" else "date_precision"
    back = {zh: i for i, zh in _PRECISION_ZH.items()}
    return df[col].map(lambda v: back.get(v, v))


# Columns whose values are codes: their Chinese names in a Chinese export.
_CODED = {("measure_categories", "category"): "category", ("lexicon", "category"): "category",
          ("regions", "level"): "level", ("region_mentions", "level"): "level", ("articles", "date_precision"): "precision",
          ("documents", "date_precision"): "precision"}
_PRECISION_ZH = {"day": "日", "month": "月", "year": "年"}


def _values_zh(table: str, df: pd.DataFrame, categories: dict[str, str]) -> pd.DataFrame:
    """The frame with coded values (tolerate, county, year) as their Chinese names (容错纠错, 区县, 年), and the
    region finder's reasons in Chinese."""
    from pipeline.report.labels import reason_zh

    names = {"category": categories, "level": P.MENTION_LEVEL_ZH, "precision": _PRECISION_ZH}
    coded = {c: names[kind] for (t, c), kind in _CODED.items() if t == table and c in df.columns}
    said = {"reason": df["reason"].map(reason_zh)} if table in ("regions", "region_mentions") else {}  # (English, as found)
    return df.assign(**{c: df[c].map(lambda v, d=d: d.get(v, v) if isinstance(v, str) else v) for c, d in coded.items()}, **said)
