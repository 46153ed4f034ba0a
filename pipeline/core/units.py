"""A figure's amount in its base unit (resources/figure_base_units.tsv): 50万元 is 500000 元, 3公里 3000 米.

The value and unit a figure stores are those written (an amount of money keeps its 万元, as the gold sets
annotate it); the base pair beside them follows one rule for every unit, so amounts compare, sort and sum
across the ways they are written."""
from __future__ import annotations

from functools import lru_cache

from pipeline.core.lexicons import word_table

BASE_UNITS = "figure_base_units.tsv"


@lru_cache(maxsize=1)
def _bases() -> dict[str, tuple[str, float]]:
    return {unit: (base, float(factor)) for unit, base, factor in word_table(BASE_UNITS)}


def base_unit(unit: str | None) -> str | None:
    """The unit the base values are in (万元 → 元; a unit not listed is its own base)."""
    return _bases()[unit][0] if unit in _bases() else unit


def base_amount(value: float | int | None, high: float | int | None,
                unit: str | None) -> tuple[float | int | None, float | int | None, str | None]:
    """(base_value, base_high, base_unit) of a figure read as ``value`` (to ``high``) ``unit``."""
    base, factor = _bases().get(unit, (unit, 1.0))
    return _times(value, factor), _times(high, factor), base


def _times(v: float | int | None, factor: float) -> float | int | None:
    if v is None or factor == 1.0:
        return v
    out = round(v * factor, 6)  # (2.6 × 10000 is 26000.000000000004 in floating point)
    return int(out) if out.is_integer() else out
