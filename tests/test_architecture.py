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


def test_search_and_a_rebuild_with_nothing_to_do_load_no_extractor(tmp_path):
    """The extractors' modules compile ~0.5 s of patterns on import: the search, the CLI and a build
    that finds every document unchanged never load them (a changed document does)."""
    import subprocess
    import sys

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("青禾县委组织部选派20名干部驻村。\n\n全县建立容错纠错机制。", encoding="utf-8")
    probe = """
import sys
from pipeline.build import build
import pipeline.cli, pipeline.search
heavy = ("pipeline.extract.article", "pipeline.text.meta", "pipeline.text.repair", "pipeline.extract.regions")
assert not [m for m in heavy if m in sys.modules], [m for m in heavy if m in sys.modules]
build(sys.argv[1], sys.argv[2], jobs=1, model=None, cache=sys.argv[3])
print(",".join(m for m in heavy if m in sys.modules))
"""
    args = [sys.executable, "-c", probe, str(tmp_path / "c"), str(tmp_path / "kb.sqlite"), str(tmp_path / "cache")]
    first = subprocess.run(args, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert first.returncode == 0, first.stderr
    assert "pipeline.extract.article" in first.stdout  # a new document is extracted
    again = subprocess.run(args, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == ""  # nothing changed: no extractor loaded


def _shadowed_tests(source: str) -> list[str]:
    """Test functions defined twice in one module: pytest collects only the last one."""
    import ast
    from collections import Counter

    names = Counter(n.name for n in ast.parse(source).body
                    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test"))
    return sorted(name for name, count in names.items() if count > 1)


def test_no_test_is_shadowed_by_another_of_the_same_name():
    assert _shadowed_tests("def test_a():\n    pass\n\ndef test_a():\n    pass\n") == ["test_a"]
    shadowed = {p.name: _shadowed_tests(p.read_text(encoding="utf-8")) for p in (ROOT / "tests").glob("*.py")}
    assert {k: v for k, v in shadowed.items() if v} == {}
