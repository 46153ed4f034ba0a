"""Word lists shipped under ``pipeline/resources/``: one loader, each list read once.

A list file holds one entry per line; lines starting with ``#`` are its header
(what the list is for and who reads it) and blank lines are ignored.  A table
file (``.tsv``) is the same with tab-separated columns, e.g. a word and what it means.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
import re
from typing import Any


def resource_path(name: str) -> str:
    return str(resources.files("pipeline").joinpath("resources", name))


def load_yaml(text: str) -> Any:
    """YAML data as ``yaml.safe_load`` reads it, parsed by libyaml when PyYAML was built with it
    (the codebook and the slogan lexicon: ~0.1 s of every build's start-up in pure Python, ~10 ms in C;
    tests/test_scale.py checks that both parsers read the shipped files alike)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    with open(resource_path(name), encoding="utf-8") as f:
        entries = (line.strip() for line in f)
        return tuple(dict.fromkeys(e for e in entries if e and not e.startswith("#")))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of a list, for membership tests."""
    return frozenset(word_list(name))


@lru_cache(maxsize=None)
def word_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a table file, in file order, each split at its tabs."""
    return tuple(tuple(e.split("\t")) for e in word_list(name))


def alternation(words: Iterable[str]) -> str:
    """These words as one regex alternation, the longest first: where one word opens another (县委, 县委书记)
    the longer is tried first, as a match should take it."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
