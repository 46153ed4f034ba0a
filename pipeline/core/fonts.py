"""The CJK font the plots draw with and the search page offers browsers that have none."""
from __future__ import annotations

import importlib.util
import os


def cjk_font_path() -> str | None:
    """Noto Sans CJK SC as shipped in the mplfonts package (located, not imported)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec and spec.submodule_search_locations:
        path = os.path.join(list(spec.submodule_search_locations)[0], "fonts", "NotoSansCJKsc-Regular.otf")
        if os.path.exists(path):
            return path
    return None
