"""The import graph of the ``pipeline`` package, and the layering rule it must keep.

Every import counts, including those inside functions.  Packages are layers, lowest first
(``LAYERS``); a module may import its own package and the layers below it, never above,
and no set of modules may import each other in a cycle.

    python tools/imports.py            # the graph, package by package, then any violations
    python tools/imports.py --dot      # Graphviz source of the package graph
    python tools/imports.py --check    # violations only; exit 1 if any
"""
from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "pipeline"
# Lowest first.  "app" is the modules at the top of the package (build, evaluate, cli, ...).
LAYERS = ("core", "nlp", "text", "extract", "store", "classify", "report", "search", "fetch", "app")


def module_name(path: Path) -> str:
    parts = ["pipeline", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def layer(mod: str) -> str:
    parts = mod.split(".")
    if mod == "pipeline":  # the package root holds only __version__
        return "core"
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYERS) else "app"


def imports(mod: str, path: Path, known: set[str]) -> set[str]:
    """The pipeline modules ``mod`` imports (``from pkg import name`` counts as pkg.name when that is a module)."""
    is_pkg = path.name == "__init__.py"
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("pipeline")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = mod.split(".") if is_pkg else mod.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("pipeline"):
                continue
            subs = {f"{target}.{a.name}" for a in node.names} & known
            out |= subs or {target}
    return {m for m in out if m in known and m != mod}


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {m: imports(m, p, set(mods)) for m, p in mods.items()}


def upward(g: dict[str, set[str]]) -> list[tuple[str, str]]:
    rank = {name: i for i, name in enumerate(LAYERS)}
    return sorted((a, b) for a, deps in g.items() for b in deps if rank[layer(b)] > rank[layer(a)])


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v), on.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def package_edges(g: dict[str, set[str]]) -> dict[str, set[str]]:
    edges = defaultdict(set)
    for a, deps in g.items():
        for b in deps:
            if layer(a) != layer(b):
                edges[layer(a)].add(layer(b))
    return edges


def main(argv: list[str]) -> int:
    g = graph()
    bad_up, bad_cycles = upward(g), cycles(g)
    if "--dot" in argv:
        print("digraph pipeline {\n  rankdir=BT;")
        for a, bs in sorted(package_edges(g).items()):
            for b in sorted(bs):
                print(f'  "{a}" -> "{b}";')
        print("}")
        return 0
    if "--check" not in argv:
        edges = package_edges(g)
        for name in reversed(LAYERS):
            mods = sorted(m for m in g if layer(m) == name)
            print(f"{name} ({len(mods)} modules) -> {', '.join(sorted(edges.get(name, ()), key=LAYERS.index)) or '-'}")
    for a, b in bad_up:
        print(f"upward import: {a} -> {b}")
    for comp in bad_cycles:
        print(f"cycle: {' <-> '.join(comp)}")
    return 1 if (bad_up or bad_cycles) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
