"""Which kinds of measures each province favours: the report's category table in a few lines of pandas.

    .venv/bin/python examples/regional_comparison.py outputs/kb.sqlite
"""
import sys

import pandas as pd

from pipeline.store import kb

with kb.open(sys.argv[1] if len(sys.argv) > 1 else "outputs/kb.sqlite") as k:
    m = k.measures()               # one row per measure; province: a category in administrative order
    a = k.articles()               # one row per article, those with no measure too (a repost left out: counted once)
    cats = k.measure_categories()  # one row per measure and codebook category
    names = k.table("categories").set_index("id")["name_zh"]

rows = cats.merge(m[["measure_id", "province"]], on="measure_id").dropna(subset=["province"])
# every province with an article, one whose articles hold no measure too (0 measures, no shares)
per_province = a.groupby("province", observed=True).size().to_frame("文章数")
per_province["举措数"] = m.groupby("province", observed=True).size().reindex(per_province.index, fill_value=0)
counts = pd.crosstab(rows["province"], rows["category"]).reindex(per_province.index, fill_value=0)
shares = counts.div(per_province["举措数"].where(per_province["举措数"] > 0), axis=0).rename(columns=names)

print(per_province.join((shares * 100).round(1).map(lambda v: "" if pd.isna(v) else f"{v}%")).to_string())
print("\n各省占比最高的类别：")
print(shares.dropna(how="all").idxmax(axis=1).to_string())
