"""`policykb compare`'s plots (session 76): both files of a plot cropped to one box measured once, the box
``bbox_inches="tight"`` gives, so no label is clipped and the figure is not drawn twice per file only to measure it."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
from PIL import Image

from pipeline.report.compare import PLOT_DPI, heatmap, row_labels


def _values() -> tuple[pd.DataFrame, list[str]]:
    rows = ["内蒙古自治区锡林郭勒盟苏尼特左旗", "甲县", "乙区"]
    values = pd.DataFrame(np.array([[0.1, 0.5, 0.9], [0.3, 0.0, 0.2], [1.0, 0.4, 0.6]]),
                          index=rows, columns=["选拔任用", "教育培训", "容错纠错（含澄清正名的长名称）"])
    counts = pd.DataFrame({"articles": [3, 1, 2], "measures": [24, 5, 9]}, index=rows)
    return values, row_labels(counts, "zh")


def test_a_plot_is_cropped_as_tight_crops_it_in_both_files(tmp_path, monkeypatch):
    import matplotlib.figure

    values, labels = _values()
    boxes = []
    real = matplotlib.figure.Figure.savefig

    def keep(fig, path, **kw):
        boxes.append(kw.get("bbox_inches"))
        real(fig, path, **kw)
        if str(path).endswith(".png"):  # the same figure cropped by "tight": the same pixels
            real(fig, tmp_path / "tight.png", dpi=PLOT_DPI, bbox_inches="tight", pad_inches=0.15)

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", keep)
    files = heatmap(values, labels, "各区县举措类别占比", tmp_path / "h", values)
    assert files == ["h.png", "h.svg", "h.csv"]
    assert len(boxes) == 2 and boxes[0] is boxes[1] and boxes[0] != "tight"
    ours, tight = Image.open(tmp_path / "h.png"), Image.open(tmp_path / "tight.png")
    assert ours.size == tight.size
    assert np.array_equal(np.asarray(ours), np.asarray(tight))
