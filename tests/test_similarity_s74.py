"""Each region's closest three worked out for all regions at once (session 74): ``compare.similarity`` sorted a
pandas Series per region (2 s of a 964-county report, more by township); the same regions in the same order,
ties too, from one sort of the whole matrix."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


def _shares(n: int, seed: int = 5) -> pd.DataFrame:
    """Category shares of made-up regions, few distinct values (many ties), one region with no measure."""
    X = np.random.default_rng(seed).integers(0, 3, size=(n, 4)).astype(float)
    X[0] = 0
    return pd.DataFrame(X, index=pd.Index([f"第{i}区" for i in range(n)], name="地区"))


def _closest_one_by_one(sim: pd.DataFrame) -> pd.DataFrame:
    """What similarity gave before: a region's row without itself, sorted descending, the first three."""
    rows = []
    for r in sim.index:
        others = sim.loc[r].drop(r).sort_values(ascending=False).head(3)
        rows.append({"region": r, **{f"closest_{k + 1}": f"{o}（{v:.2f}）" for k, (o, v) in enumerate(others.items())}})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("n", [1, 2, 4, 60, 300])
def test_the_closest_regions_are_those_one_by_one_gave_ties_too(n):
    from pipeline.report.compare import similarity

    sim, closest = similarity(_shares(n))
    pd.testing.assert_frame_equal(closest, _closest_one_by_one(sim))


def test_a_nan_share_keeps_the_one_by_one_order():
    from pipeline.report.compare import similarity

    shares = _shares(20)
    shares.iloc[3, 1] = np.nan
    sim, closest = similarity(shares)
    pd.testing.assert_frame_equal(closest, _closest_one_by_one(sim))


def test_the_closest_regions_take_no_sort_per_region(monkeypatch):
    from pipeline.report.compare import similarity

    sorts = []
    sort_values = pd.Series.sort_values
    monkeypatch.setattr(pd.Series, "sort_values", lambda self, *a, **k: sorts.append(1) or sort_values(self, *a, **k))
    similarity(_shares(200))
    assert sorts == []
