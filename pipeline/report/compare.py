"""Regional comparison: what kinds of measures, for whom, with which figures and slogans.

``compare`` reads the knowledge base and writes tables (CSV and one Excel
workbook with a sheet per table), heatmaps and a slogan timeline (each PNG and
SVG, with a CSV of the plotted data beside it), and one HTML report that holds
all of it.  Headings, headers and sheet names are Chinese (``lang="en"`` for
code); regions are listed in administrative order (division codes) and every
heatmap row says how many articles and measures stand behind it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import html
import logging
import os
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.core.fonts import cjk_font_path
from pipeline.core.fsutil import replacing, write_bytes
from pipeline.classify.codebook import Codebook, load_codebook
from pipeline.classify.rules import RuleClassifier
from pipeline.extract import places as P
from pipeline.store.kb import KnowledgeBase
from pipeline.report.sheets import html_table, write_csv, write_sheet

log = logging.getLogger(__name__)

LEVELS = P.LEVELS

# Column headers: id -> (Chinese, English).  "region" is named after the level compared.
WORDS = {
    "articles": ("文章数", "articles"), "measures": ("举措数", "measures"), "topic": ("主题", "topic"),
    "figure": ("数据原文", "figure"), "value": ("数值", "value"), "high": ("上限", "upper value"), "unit": ("单位", "unit"),
    "qualifier": ("限定词", "qualifier"), "subject": ("所指", "subject"), "time": ("时间", "time"),
    "date": ("文章日期", "article date"), "article_id": ("文章编号", "article id"), "measure": ("举措", "measure"),
    "canonical": ("提法", "slogan"), "first_seen": ("首次出现", "first seen"), "local": ("地方提法", "local"),
    "regions": ("地区数", "regions"), "closest_1": ("最相近", "closest"), "closest_2": ("其次", "second closest"),
    "closest_3": ("再次", "third closest"), "code": ("区划代码", "division code"), "path": ("完整地名", "full name"),
}
TITLES = {
    "category_counts": ("各{lv}举措类别（条数）", "Measures by {lv} and category (count)"),
    "category_shares": ("各{lv}举措类别（占本地举措比例）", "Category share of each {lv}'s measures"),
    "group_counts": ("各{lv}举措面向对象（条数）", "Measures by {lv} and target group (count)"),
    "group_shares": ("各{lv}举措面向对象（占比）", "Target-group share of each {lv}'s measures"),
    "figures_by_topic": ("各地数据（按主题）", "Figures by topic"),
    "slogans_by_region": ("提法在各地的出现", "Slogans by region"),
    "slogan_spread": ("提法扩散", "Slogan spread"),
    "similarity": ("{lv}举措结构相似度", "Similarity of {lvs}' measure profiles"),
    "closest": ("最相近的{lv}", "Closest {lvs}"),
    "timeline": ("提法在各地首次出现的时间", "When each slogan first appeared in each region"),
}
NOTES = {
    "zh": "占比＝该地区带有此类别（对象）的举措占该地区全部举措的比例；一条举措可属多个类别，各类占比之和可超过 100%。"
          "地区按行政区划代码排列。每张图旁有同名的 SVG 和 CSV（图中数据），可重新作图。",
    "en": "Share = measures of the region carrying the category (group) / all the region's measures; a measure may carry "
          "several categories, so shares can add up to more than 100%. Regions in division-code order. Each plot has an "
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


@dataclass
class Report:
    tables: dict[str, Table] = field(default_factory=dict)          # file stem -> table
    images: dict[str, list[str]] = field(default_factory=dict)      # title -> files (png, svg, csv)
    lang: str = "zh"


_PLURAL = {"city": "cities", "county": "counties"}  # (the English levels' plurals not made with -s)


class Labels:
    """Headers in one language."""

    def __init__(self, lang: str, by: str):
        self.lang, self.by = lang, by
        self.level = (P.LEVEL_ZH if lang == "zh" else P.LEVEL_EN)[by]

    def word(self, key: str) -> str:
        if key == "region":
            return self.level
        zh, en = WORDS.get(key, (key, key))
        return zh if self.lang == "zh" else en

    def title(self, key: str) -> str:
        zh, en = TITLES[key]
        return (zh if self.lang == "zh" else en).format(lv=self.level, lvs=_PLURAL.get(self.level, self.level + "s"))

    def columns(self, df: pd.DataFrame) -> pd.DataFrame:
        return df.rename(columns={c: self.word(c) for c in df.columns if c in WORDS or c == "region"})


# --- the data ---------------------------------------------------------------------------------

def regions_at(kb: KnowledgeBase, by: str) -> pd.DataFrame:
    """The places at level ``by`` in administrative order: path, label, code."""
    rows = [(p.path, p.label, p.code) for p in P.catalogue(kb.conn) if p.level == by]
    return pd.DataFrame(rows, columns=["path", "label", "code"])


def with_region(df: pd.DataFrame, by: str, regions: pd.DataFrame) -> pd.DataFrame:
    """Rows placed at level ``by`` (others dropped), with ``region`` = that place's label."""
    lvls = [lv for lv in LEVELS[: LEVELS.index(by) + 1] if lv in df.columns]
    names = df[lvls].astype(object).where(df[lvls].notna(), None)
    paths = names.apply(lambda r: P.path(r.tolist()) if r[by] else None, axis=1)
    label = dict(zip(regions["path"], regions["label"]))
    out = df.assign(region_path=paths)
    out = out[out["region_path"].isin(label)].copy()
    out["region"] = pd.Categorical(out["region_path"].map(label), categories=list(regions["label"]), ordered=True)
    return out


def matrix(m: pd.DataFrame, column: str, labels: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Region x label counts (with the region's article and measure counts) and shares
    (the share of the region's measures carrying the label)."""
    rows = m[["region", column]].copy()
    rows[column] = rows[column].fillna("").str.split()
    exploded = rows.explode(column).dropna()
    exploded = exploded[exploded[column] != ""]
    counts = pd.crosstab(exploded["region"], exploded[column])
    if labels:
        counts = counts.reindex(columns=[c for c in labels if c in counts.columns] + [c for c in counts.columns if c not in labels])
    totals = m.groupby("region", observed=True).size()
    arts = m.groupby("region", observed=True)["article_id"].nunique()
    counts = counts.reindex(totals.index, fill_value=0).astype("Int64")
    shares = counts.astype(float).div(totals, axis=0)
    counts.insert(0, "measures", totals.astype("Int64"))
    counts.insert(0, "articles", arts.reindex(totals.index).astype("Int64"))
    counts.index = counts.index.astype(str)
    shares.index = shares.index.astype(str)
    return counts, shares


def figures_by_topic(kb: KnowledgeBase, by: str, regions: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Figures by topic: the topics are the codebook's categories (default: the shipped codebook),
    and a figure stands under each category whose cue rules (``RuleClassifier``) find it in its
    measure or in its subject."""
    cb = codebook or load_codebook()
    f = kb.figures()
    f = with_region(f[f["measure"].notna()], by, regions)
    rules = RuleClassifier(cb).fit()
    found = rules.predict(f["measure"].tolist()) | rules.predict(f["subject"].fillna("").tolist())
    rows, cats = found.nonzero()
    topics = [c.name_zh for c in cb.categories]
    out = f.iloc[rows].assign(topic=[topics[j] for j in cats]).rename(columns={"text": "figure"})
    cols = ["topic", "region", "figure", "value", "high", "unit", "qualifier", "subject", "time", "date", "article_id", "measure"]
    out["region"] = out["region"].astype(str)
    out["topic"] = pd.Categorical(out["topic"], categories=topics, ordered=True)
    out = out.sort_values(["topic", "region_path", "date"])[cols].reset_index(drop=True)
    out["topic"] = out["topic"].astype(str)
    return out


def slogan_spread(kb: KnowledgeBase, by: str, regions: pd.DataFrame,
                  articles: set[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    s = kb.slogans()
    if articles is not None:  # (only these articles' slogans)
        s = s[s["article_id"].isin(articles)]
    s = with_region(s, by, regions)
    s["region"] = s["region"].astype(str)
    counts = s.groupby(["canonical", "region"]).size().rename("articles").reset_index()
    first = (s.dropna(subset=["date"]).sort_values("date").groupby(["canonical", "region"])
             .agg(first_seen=("date", "first"), local=("local", "first")).reset_index())
    table = counts.merge(first, on=["canonical", "region"], how="left").sort_values(["canonical", "first_seen"])
    table["articles"] = table["articles"].astype("Int64")
    table["local"] = table["local"].astype("Int64")
    spread = table.groupby("canonical").agg(regions=("region", "nunique"), articles=("articles", "sum"),
                                            first_seen=("first_seen", "min")).sort_values(["regions", "articles"], ascending=False)
    spread["regions"] = spread["regions"].astype("Int64")
    spread["articles"] = spread["articles"].astype("Int64")
    return table.reset_index(drop=True), spread.reset_index()


def similarity(shares: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cosine similarity of the regions' category profiles, and each region's closest three."""
    X = shares.to_numpy(dtype=float)
    norm = np.linalg.norm(X, axis=1, keepdims=True)
    norm[norm == 0] = 1
    S = (X / norm) @ (X / norm).T
    sim = pd.DataFrame(S.round(3), index=shares.index, columns=shares.index)
    rows = []
    for r in sim.index:
        others = sim.loc[r].drop(r).sort_values(ascending=False).head(3)
        rows.append({"region": r, **{f"closest_{k + 1}": f"{o}（{v:.2f}）" for k, (o, v) in enumerate(others.items())}})
    return sim, pd.DataFrame(rows)


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


def save_plot(fig, stem: Path, data: pd.DataFrame, percent=()) -> list[str]:
    """PNG for the report, SVG for print, and the plotted data as CSV; the file names written."""
    import matplotlib.pyplot as plt

    files = []
    for ext in ("png", "svg"):
        p = stem.with_suffix(f".{ext}")
        fig.savefig(p, dpi=130, bbox_inches="tight", pad_inches=0.15)  # tight: no label is clipped
        files.append(p.name)
    plt.close(fig)
    write_csv(data, stem.with_suffix(".csv"), percent=percent, index=not isinstance(data.index, pd.RangeIndex))
    return files + [stem.with_suffix(".csv").name]


# Slogan timeline layout: label font size (pt); lane height, gap between labels on a lane, space
# between a dot and its label, and the width of the date axis (inches).
TIMELINE_FONT, LANE_H, LANE_GAP, LABEL_PAD, AXIS_W = 8, 0.22, 0.08, 0.06, 10.0


def timeline_figure(points: pd.DataFrame, title: str, lang: str = "zh"):
    """One row per slogan, a dot where it first appeared in a region, the region's name beside it.

    Labels are laid out in lanes: a label goes to the first lane of its row where it
    does not touch the previous one, and the x-axis is extended so the last fits.
    ``points``: canonical, region, first_seen (datetime), rows in the order to draw.
    """
    setup_fonts()
    names = list(dict.fromkeys(points["canonical"]))
    label_w, left = _text_widths(set(points["region"]), names)
    d0, d1 = _date_range(points["first_seen"], widest=max(label_w.values()) + LABEL_PAD + LANE_GAP)
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
            lane_end[lane] = x + LABEL_PAD + label_w[p["region"]]
            placed.append((p["first_seen"], lane, p["region"]))
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
    for k, (name, y0, h, placed) in enumerate(layout):
        if k % 2:
            ax.axhspan(y0, y0 + h, color="#f3f3f3", zorder=0)
        for when, lane, region in placed:
            yy = y0 + 0.07 + LANE_H * (lane + 0.5)
            ax.scatter([when], [yy], s=18, color="#8b1a1a", zorder=3)
            ax.annotate(region, (when, yy), xytext=(LABEL_PAD * 72, 0), textcoords="offset points",
                        fontsize=TIMELINE_FONT, va="center", ha="left", annotation_clip=False)
    ax.set_ylim(y, 0)
    ax.set_xlim(*dates)
    ax.set_yticks([y0 + h / 2 for _, y0, h, _ in layout], [n for n, *_ in layout], fontsize=9)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y年%m月" if lang == "zh" else "%Y-%m"))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(title)
    return fig


# --- the report ------------------------------------------------------------------------------------

def compare(db: str | os.PathLike, by: str = "province", categories: list[str] | None = None,
            out: str | os.PathLike = "outputs/reports", lang: str = "zh") -> Report:
    if by not in LEVELS:
        raise ValueError(f"--by must be one of {', '.join(LEVELS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    L = Labels(lang, by)
    rep = Report(lang=lang)
    with KnowledgeBase(db) as kb:
        if by not in P.levels(kb.conn):
            raise ValueError(f"this knowledge base records no {by} level (its regions table has no {by} column)")
        regions = regions_at(kb, by)
        measures, cats = kb.measures(), _categories(kb)  # (read once: the profiles and the scope of the rest)
        wanted = _category_ids(categories, cats) if categories else None
        counts, shares = _profiles(rep, L, measures, cats, regions, wanted, out)
        _figures_and_slogans(rep, L, kb, regions, out, measures, cats, wanted)
        _similarity(rep, L, counts, shares, out)
    _write(rep, out, L)
    return rep


def _profiles(rep: Report, L: Labels, measures: pd.DataFrame, cats: list[tuple], regions: pd.DataFrame,
              wanted: list[str] | None, out: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Region x category and region x target-group tables and heatmaps; the category counts and shares."""
    by = L.by
    cat_names = {i: (zh or i) if L.lang == "zh" else i for i, zh in cats}
    m = with_region(measures, by, regions)
    if wanted:
        placed = not m.empty
        m = m[_of_categories(m, wanted)]
        if m.empty and placed:
            names = "、".join(zh or i for i, zh in cats if i in wanted)  # (as people know them: 容错纠错, not tolerate)
            raise ValueError(f"no measure of the categories {names} has a region at the {by} level "
                             f"(measures of other categories do)")
    if m.empty:
        raise ValueError(f"no measures with a region at the {by} level to compare (by={by}: no article of this knowledge base is placed at that level)")
    counts, shares = matrix(m, "categories", list(cat_names))
    shares, counts = shares.rename(columns=cat_names), counts.rename(columns=cat_names)
    _matrix_tables(rep, L, "category", counts, shares, by)
    _share_heatmap(rep, L, "category", counts, shares, out / f"heatmap_{by}_category")
    gcounts, gshares = matrix(m, "groups")
    _matrix_tables(rep, L, "group", gcounts, gshares, by)
    if gshares.shape[1]:
        _share_heatmap(rep, L, "group", gcounts, gshares, out / f"heatmap_{by}_group")
    return counts, shares


def _share_heatmap(rep: Report, L: Labels, kind: str, counts: pd.DataFrame, shares: pd.DataFrame, stem: Path) -> None:
    title = L.title(f"{kind}_shares")
    rep.images[title] = heatmap(
        shares, row_labels(counts, L.lang), title, stem, _plot_data(L, counts, shares),
        colorbar="占本地举措比例" if L.lang == "zh" else "share of measures", percent=tuple(shares.columns))


def _figures_and_slogans(rep: Report, L: Labels, kb: KnowledgeBase, regions: pd.DataFrame, out: Path,
                         measures: pd.DataFrame, cats: list[tuple], wanted: list[str] | None) -> None:
    """The figures by topic and the slogans' spread; with ``wanted`` categories, the figures under those topics and
    the slogans of the articles that hold a measure of them (the rest of the report's scope)."""
    figures = figures_by_topic(kb, L.by, regions)
    articles = None
    if wanted:
        names = {zh or i for i, zh in cats if i in wanted}
        figures = figures[figures["topic"].isin(names)].reset_index(drop=True)
        articles = set(measures.loc[_of_categories(measures, wanted), "article_id"])
    rep.tables["figures_by_topic"] = Table(L.title("figures_by_topic"), L.columns(figures))
    table, spread = slogan_spread(kb, L.by, regions, articles)
    rep.tables["slogans_by_region"] = Table(L.title("slogans_by_region"), L.columns(table))
    rep.tables["slogan_spread"] = Table(L.title("slogan_spread"), L.columns(spread))
    files = _timeline(table, spread, out / "slogan_timeline", L)
    if files:
        rep.images[L.title("timeline")] = files


def _similarity(rep: Report, L: Labels, counts: pd.DataFrame, shares: pd.DataFrame, out: Path) -> None:
    by = L.by
    sim, closest = similarity(shares)
    sim.index.name = sim.columns.name = L.word("region")
    rep.tables[f"{by}_similarity"] = Table(L.title("similarity"), sim, index=True)
    rep.tables[f"{by}_closest"] = Table(L.title("closest"), L.columns(closest))
    rep.images[L.title("similarity")] = heatmap(
        sim.clip(lower=0), row_labels(counts, L.lang), L.title("similarity"), out / f"heatmap_{by}_similarity", sim,
        fmt="{:.2f}", colorbar="余弦相似度" if L.lang == "zh" else "cosine similarity")


def _categories(kb: KnowledgeBase) -> list[tuple]:
    """(id, name_zh) of the knowledge base's codebook categories, in its order."""
    return kb.conn.execute("SELECT id, name_zh FROM categories ORDER BY rowid").fetchall()


def _of_categories(m: pd.DataFrame, wanted: list[str]) -> pd.Series:
    """Which measures carry any of the ``wanted`` categories."""
    return m["categories"].fillna("").str.split().apply(lambda cs: any(c in cs for c in wanted))


def _category_ids(given: list[str], cats: list[tuple]) -> list[str]:
    ids = {i: i for i, _ in cats} | {zh: i for i, zh in cats if zh}
    unknown = [g for g in given if g not in ids]
    if unknown:
        raise ValueError(f"unknown category {', '.join(unknown)}; categories: " + ", ".join(f"{zh} ({i})" for i, zh in cats))
    return [ids[g] for g in given]


def _matrix_tables(rep: Report, L: Labels, kind: str, counts: pd.DataFrame, shares: pd.DataFrame, by: str) -> None:
    counts = L.columns(counts)
    counts.index.name = shares.index.name = L.word("region")
    rep.tables[f"{by}_x_{kind}_counts"] = Table(L.title(f"{kind}_counts"), counts, index=True)
    rep.tables[f"{by}_x_{kind}_shares"] = Table(L.title(f"{kind}_shares"), shares, percent=tuple(shares.columns), index=True)


def _plot_data(L: Labels, counts: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    """What a heatmap shows: each row's article and measure counts, then the shares."""
    data = pd.concat([counts[["articles", "measures"]], shares], axis=1)
    data.index.name = L.word("region")
    return L.columns(data)


def _timeline(table: pd.DataFrame, spread: pd.DataFrame, stem: Path, L: Labels, top: int = 12) -> list[str]:
    keep = spread.head(top)["canonical"].tolist()
    points = table[table["canonical"].isin(keep) & table["first_seen"].notna()].copy()
    if points.empty:
        return []
    points["canonical"] = pd.Categorical(points["canonical"], categories=keep, ordered=True)
    points = points.sort_values(["canonical", "first_seen"])
    points["canonical"] = points["canonical"].astype(str)
    fig = timeline_figure(points, L.title("timeline"), L.lang)
    data = points[["canonical", "region", "first_seen", "articles"]].reset_index(drop=True)
    return save_plot(fig, stem, L.columns(data))


def _write(rep: Report, out: Path, L: Labels) -> None:
    for name, t in rep.tables.items():
        write_csv(t.df, out / f"{name}.csv", percent=t.percent, index=t.index)
    with replacing(out / "comparison.xlsx") as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as xw:
        for t in rep.tables.values():
            write_sheet(xw, t.df, t.title, percent=t.percent, index=t.index)
    zh = L.lang == "zh"
    heading = f"地区比较报告（按{L.level}）" if zh else f"Regional comparison by {L.level}"
    parts = [f"<!doctype html><html lang='{'zh-CN' if zh else 'en'}'><head><meta charset='utf-8'><title>{html.escape(heading)}</title>",
             "<style>body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2em;max-width:1200px}"
             "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}"
             "td{text-align:right}td:first-child,th{text-align:left}img{max-width:100%}h2{margin-top:2em}.files{font-size:12px}</style>"
             "</head><body>", f"<h1>{html.escape(heading)}</h1>", f"<p>{html.escape(NOTES[L.lang])}</p>"]
    for title, files in rep.images.items():
        png, svg, data = files
        links = f"<a href='{html.escape(svg)}'>SVG</a> · <a href='{html.escape(data)}'>{'图中数据' if zh else 'data'} CSV</a>"
        parts.append(f"<h2>{html.escape(title)}</h2><img src='{html.escape(png)}' alt='{html.escape(title)}'>"
                     f"<p class='files'>{links}</p>")
    for name, t in rep.tables.items():
        parts.append(f"<h2 id='{html.escape(name)}'>{html.escape(t.title)}</h2>")
        parts.append(html_table(t.df, t.percent, t.index))
        if len(t.df) > 300:
            more = f"另有 {len(t.df) - 300} 行，见 {name}.csv" if zh else f"{len(t.df) - 300} more rows in {name}.csv"
            parts.append(f"<p>{html.escape(more)}</p>")
    parts.append("</body></html>")
    write_bytes(out / "report.html", "\n".join(parts).encode("utf-8"))


# --- exports ---------------------------------------------------------------------------------------

EXPORT_FORMATS = ("csv", "parquet", "xlsx", "jsonl")


def export(db: str | os.PathLike, fmt: str = "csv", out: str | os.PathLike = "outputs/export", lang: str = "zh") -> list[Path]:
    """Every knowledge-base table in one format, typed; headers Chinese (lang="zh") or the column names."""
    from pipeline.report.labels import column_label, table_label

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with KnowledgeBase(db) as kb:
        frames = {name: kb.table(name) for name in kb.TABLES}
    frames["documents"] = frames["documents"].drop(columns=["offsets"])  # binary; rebuild from the KB if needed
    if lang == "zh":
        frames = {n: df.rename(columns=lambda c, n=n: column_label(n, c)) for n, df in frames.items()}
    if fmt == "xlsx":
        path = out / "kb.xlsx"
        with replacing(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as xw:
            for name, df in frames.items():
                write_sheet(xw, df, table_label(name) if lang == "zh" else name)
        return [path]
    written = []
    for name, df in frames.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            write_csv(df, path)
        elif fmt == "parquet":
            with replacing(path) as tmp:
                df.to_parquet(tmp, index=False)
        else:  # dates as 2023-06-20, not a timestamp at midnight
            dates = {c: df[c].dt.strftime("%Y-%m-%d").astype(object).where(df[c].notna(), None)
                     for c in df.columns if pd.api.types.is_datetime64_any_dtype(df[c].dtype)}
            with replacing(path) as tmp:
                df.assign(**dates).to_json(tmp, orient="records", lines=True, force_ascii=False)
        written.append(path)
    return written
