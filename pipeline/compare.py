"""Regional comparison: what kinds of measures, for whom, with which figures and slogans.

``compare`` reads the knowledge base and writes tables (CSV and one Excel
workbook with a sheet per table), heatmaps and a timeline (PNG and SVG), and
one HTML report that holds all of it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import html
import importlib.util
import logging
import os
from pathlib import Path

import numpy as np
import pandas as pd

from .kb import KnowledgeBase

log = logging.getLogger(__name__)

LEVELS = ("province", "city", "county")
# What researchers count across regions: topic -> words in the measure that say it.
FIGURE_TOPICS = {
    "提拔重用": ("提拔", "重用", "进一步使用"),
    "选派驻村/挂职": ("选派", "下派", "驻村", "挂职"),
    "职级晋升": ("职级晋升", "晋升职级", "晋升"),
    "优秀等次比例": ("优秀等次", "优秀比例"),
    "教育培训": ("培训", "轮训", "学习"),
    "容错纠错": ("容错", "澄清", "免责"),
    "招录招聘": ("招录", "招聘", "选调生"),
    "问责调整": ("问责", "调整", "诫勉", "函询", "提醒"),
}


def cjk_font_path() -> str | None:
    """Noto Sans CJK SC as shipped in the mplfonts package (located, not imported)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec and spec.submodule_search_locations:
        path = os.path.join(list(spec.submodule_search_locations)[0], "fonts", "NotoSansCJKsc-Regular.otf")
        if os.path.exists(path):
            return path
    return None


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
    return name


@dataclass
class Report:
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    images: dict[str, list[str]] = field(default_factory=dict)  # title -> files (png, svg)
    notes: dict[str, str] = field(default_factory=dict)


def _region_col(df: pd.DataFrame, by: str) -> pd.Series:
    if by == "province":
        return df["province"]
    if by == "city":
        return df["province"].fillna("") + df["city"].fillna("").where(df["city"].notna(), "")
    return (df["province"].fillna("") + df["city"].fillna("") + df["county"].fillna("")).where(df["county"].notna())


def measure_table(kb: KnowledgeBase, by: str) -> pd.DataFrame:
    m = kb.measures()
    m["region"] = _region_col(m, by)
    return m[m["region"].notna() & (m["region"] != "")]


def matrix(m: pd.DataFrame, column: str, labels: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Region x label counts and shares (share of the region's measures carrying the label)."""
    rows = m[["region", column]].copy()
    rows[column] = rows[column].fillna("").str.split()
    exploded = rows.explode(column).dropna()
    exploded = exploded[exploded[column] != ""]
    counts = pd.crosstab(exploded["region"], exploded[column])
    if labels:
        counts = counts.reindex(columns=[c for c in labels if c in counts.columns] + [c for c in counts.columns if c not in labels])
    totals = m.groupby("region").size()
    counts = counts.reindex(totals.index, fill_value=0)
    shares = counts.div(totals, axis=0).round(3)
    counts.insert(0, "measures", totals)
    return counts, shares


def heatmap(shares: pd.DataFrame, title: str, stem: Path) -> list[str]:
    import matplotlib.pyplot as plt

    setup_fonts()
    data = shares.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(1.0 + 0.75 * max(3, data.shape[1]), 1.2 + 0.38 * max(3, data.shape[0])))
    im = ax.imshow(data, cmap="YlGnBu", aspect="auto", vmin=0, vmax=max(0.01, float(np.nanmax(data)) if data.size else 1))
    ax.set_xticks(range(data.shape[1]), shares.columns, rotation=45, ha="right")
    ax.set_yticks(range(data.shape[0]), shares.index)
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            ax.text(j, i, f"{data[i, j]:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if data[i, j] > 0.6 * np.nanmax(data) else "black")
    ax.set_title(title)
    fig.colorbar(im, ax=ax, fraction=0.03)
    return _save(fig, stem)


def _save(fig, stem: Path) -> list[str]:
    """PNG for the report, SVG for print; the file names written."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    files = []
    for ext in ("png", "svg"):
        p = stem.with_suffix(f".{ext}")
        fig.savefig(p, dpi=130)
        files.append(p.name)
    plt.close(fig)
    return files


def figures_by_topic(kb: KnowledgeBase, by: str) -> pd.DataFrame:
    f = kb.figures()
    f = f[f["measure"].notna()]
    f["region"] = _region_col(f, by)
    rows = []
    for topic, words in FIGURE_TOPICS.items():
        hit = f["measure"].apply(lambda t: any(w in t for w in words)) | f["subject"].fillna("").apply(
            lambda t: any(w in t for w in words))
        sub = f[hit & f["region"].notna()]
        for _, r in sub.iterrows():
            rows.append({"topic": topic, "region": r["region"], "figure": r["text"], "value": r["value"], "high": r["high"],
                         "unit": r["unit"], "qualifier": r["qualifier"], "subject": r["subject"], "time": r["time"],
                         "date": r["date"], "article_id": r["article_id"], "measure": r["measure"]})
    return pd.DataFrame(rows, columns=["topic", "region", "figure", "value", "high", "unit", "qualifier", "subject",
                                       "time", "date", "article_id", "measure"])


def slogan_spread(kb: KnowledgeBase, by: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    s = kb.slogans()
    s["region"] = _region_col(s, by)
    s = s[s["region"].notna()]
    counts = s.groupby(["canonical", "region"]).size().rename("articles").reset_index()
    first = (s.dropna(subset=["date"]).sort_values("date").groupby(["canonical", "region"])
             .agg(first_seen=("date", "first"), local=("local", "first")).reset_index())
    table = counts.merge(first, on=["canonical", "region"], how="left").sort_values(["canonical", "first_seen"])
    spread = table.groupby("canonical").agg(regions=("region", "nunique"), articles=("articles", "sum"),
                                            first_seen=("first_seen", "min")).sort_values(["regions", "articles"], ascending=False)
    return table, spread.reset_index()


def timeline(table: pd.DataFrame, spread: pd.DataFrame, stem: Path, top: int = 12) -> list[str]:
    import matplotlib.pyplot as plt

    setup_fonts()
    keep = spread.head(top)["canonical"].tolist()
    t = table[table["canonical"].isin(keep) & table["first_seen"].notna()].copy()
    if t.empty:
        return []
    t["when"] = pd.to_datetime(t["first_seen"].str.slice(0, 10), errors="coerce", format="mixed")
    t = t.dropna(subset=["when"])
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.45 * len(keep)))
    for i, name in enumerate(keep):
        rows = t[t["canonical"] == name]
        ax.scatter(rows["when"], [i] * len(rows), s=40)
        for _, r in rows.iterrows():
            ax.annotate(r["region"][-6:], (r["when"], i), xytext=(0, 6), textcoords="offset points", fontsize=6, ha="center")
    ax.set_yticks(range(len(keep)), keep)
    ax.set_title("提法在各地首次出现的时间")
    ax.grid(axis="x", alpha=0.3)
    return _save(fig, stem)


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
        rows.append({"region": r, **{f"closest_{k + 1}": f"{o} ({v:.2f})" for k, (o, v) in enumerate(others.items())}})
    return sim, pd.DataFrame(rows)


def compare(db: str | os.PathLike, by: str = "province", categories: list[str] | None = None,
            out: str | os.PathLike = "outputs/reports") -> Report:
    if by not in LEVELS:
        raise ValueError(f"--by must be one of {', '.join(LEVELS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rep = Report()
    with KnowledgeBase(db) as kb:
        cat_names = dict(kb.conn.execute("SELECT id, name_zh FROM categories").fetchall())
        m = measure_table(kb, by)
        if categories:
            m = m[m["categories"].fillna("").str.split().apply(lambda cs: any(c in cs for c in categories))]
        if m.empty:
            raise ValueError("no measures with a region to compare")
        counts, shares = matrix(m, "categories", list(cat_names))
        shares = shares.rename(columns=cat_names)
        counts = counts.rename(columns=cat_names)
        rep.tables[f"{by}_x_category_counts"] = counts
        rep.tables[f"{by}_x_category_shares"] = shares
        rep.images["各地举措类别分布(占本地举措比例)"] = heatmap(shares, "举措类别分布", out / f"heatmap_{by}_category")
        gcounts, gshares = matrix(m, "groups")
        rep.tables[f"{by}_x_group_counts"] = gcounts
        rep.tables[f"{by}_x_group_shares"] = gshares
        if not gshares.empty and gshares.shape[1]:
            rep.images["各地举措面向对象分布"] = heatmap(gshares, "举措面向对象", out / f"heatmap_{by}_group")
        rep.tables["figures_by_topic"] = figures_by_topic(kb, by)
        table, spread = slogan_spread(kb, by)
        rep.tables["slogans_by_region"] = table
        rep.tables["slogan_spread"] = spread
        files = timeline(table, spread, out / "slogan_timeline")
        if files:
            rep.images["提法扩散时间线"] = files
        sim, closest = similarity(shares)
        rep.tables[f"{by}_similarity"] = sim
        rep.tables[f"{by}_closest"] = closest
        files = heatmap(sim.clip(lower=0), "地区举措结构相似度", out / f"heatmap_{by}_similarity")
        rep.images["地区相似度"] = files
    _write(rep, out, by)
    return rep


def _write(rep: Report, out: Path, by: str) -> None:
    import os

    for name, df in rep.tables.items():
        df.to_csv(out / f"{name}.csv", encoding="utf-8-sig", index=not isinstance(df.index, pd.RangeIndex))
    tmp = out / "comparison.xlsx.tmp"
    with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
        for name, df in rep.tables.items():
            df.to_excel(xw, sheet_name=name[:31], index=not isinstance(df.index, pd.RangeIndex))
    os.replace(tmp, out / "comparison.xlsx")
    parts = [f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>地区比较报告（按{html.escape(by)}）</title>",
             "<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;font-size:12px}"
             "td,th{border:1px solid #ccc;padding:2px 6px}img{max-width:100%}h2{margin-top:2em}</style></head><body>",
             f"<h1>地区比较报告（按{html.escape(by)}）</h1>"]
    for title, files in rep.images.items():
        png = next(f for f in files if f.endswith(".png"))
        parts.append(f"<h2>{html.escape(title)}</h2><img src='{html.escape(png)}' alt='{html.escape(title)}'>")
    for name, df in rep.tables.items():
        parts.append(f"<h2>{html.escape(name)}</h2>")
        shown = df.head(300)
        parts.append(shown.to_html(escape=True, index=not isinstance(df.index, pd.RangeIndex), na_rep=""))
        if len(df) > len(shown):
            parts.append(f"<p>… {len(df) - len(shown)} more rows in {html.escape(name)}.csv</p>")
    parts.append("</body></html>")
    tmp = out / "report.html.tmp"
    tmp.write_text("\n".join(parts), encoding="utf-8")
    os.replace(tmp, out / "report.html")


EXPORT_FORMATS = ("csv", "parquet", "xlsx", "jsonl")


def export(db: str | os.PathLike, fmt: str = "csv", out: str | os.PathLike = "outputs/export") -> list[Path]:
    """Every knowledge-base table in one format; offsets maps and original text included."""
    import os

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with KnowledgeBase(db) as kb:
        frames = {name: kb.table(name) for name in kb.TABLES}
    frames["documents"] = frames["documents"].drop(columns=["offsets"])  # binary; rebuild from the KB if needed
    if fmt == "xlsx":
        path = out / "kb.xlsx"
        tmp = out / "kb.xlsx.tmp"
        with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
            for name, df in frames.items():
                df.map(lambda v: v[:32000] if isinstance(v, str) else v).to_excel(xw, sheet_name=name[:31], index=False)
        os.replace(tmp, path)
        return [path]
    for name, df in frames.items():
        path = out / f"{name}.{fmt}"
        tmp = out / f"{name}.{fmt}.tmp"
        if fmt == "csv":
            df.to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)
        os.replace(tmp, path)
        written.append(path)
    return written
