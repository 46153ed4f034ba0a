"""The package's layering: imports point down the stages (tools/imports.py), never up, never in a cycle."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("imports_tool", ROOT / "tools" / "imports.py")
imports_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(imports_tool)


@pytest.fixture(scope="module")
def graph():
    return imports_tool.graph()


def test_every_module_has_a_layer(graph):
    assert {imports_tool.layer(m) for m in graph} <= set(imports_tool.LAYERS)


def test_no_upward_import(graph):
    assert imports_tool.upward(graph) == []


def test_no_import_cycle(graph):
    assert imports_tool.cycles(graph) == []


def test_the_checker_sees_function_level_and_upward_imports(tmp_path):
    # The rule must be able to fail: a store module importing search inside a function is caught.
    g = {"pipeline.store.a": {"pipeline.search.b"}, "pipeline.search.b": {"pipeline.store.a"}}
    assert imports_tool.upward(g) == [("pipeline.store.a", "pipeline.search.b")]
    assert imports_tool.cycles(g) == [["pipeline.search.b", "pipeline.store.a"]]
    mod = tmp_path / "m.py"
    mod.write_text("def f():\n    from pipeline.search import engine\n")
    assert imports_tool.imports("pipeline.store.m", mod, {"pipeline.search.engine"}) == {"pipeline.search.engine"}
