"""The codebook: the categories measures are classified into (with their cues), and the target groups."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
import difflib
from functools import lru_cache
import hashlib
import logging
from pathlib import Path
import re

from pipeline.core.lexicons import load_yaml, resource_path
from pipeline.core.records import UNCLASSIFIED

log = logging.getLogger(__name__)

# The keys the loader reads: any other is a typo whose words nothing reads (`inculde:` left a category no cue).
CATEGORY_KEYS = ("id", "name_zh", "name_en", "definition", "include", "exclude", "examples")
GROUP_KEYS = ("id", "name_zh", "cues", "exclude")
# The file's own keys: `group:` for `groups:` loaded no group, without a word.
CODEBOOK_KEYS = ("version", "categories", "groups")
# What splits a list of values: the knowledge base stores a measure's categories space-separated, and
# --category reads a comma or a 、 as between two categories (`talk care` was searched as talk and care).
_NOT_IN_AN_ID = re.compile(r"[\s,，、;；]")
# In a cue, a list's separator typed inside one item: [谈心谈话，谈心] is one cue of 7 characters, never met.
_IN_A_CUE = re.compile(r"[,，、;；]")


@dataclass(frozen=True)
class Category:
    id: str
    name_zh: str
    name_en: str
    definition: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    id: str
    name_zh: str
    cues: tuple[str, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    categories: tuple[Category, ...]
    groups: tuple[Group, ...]
    path: str
    sha256: str

    def __hash__(self) -> int:
        """By file and digest (equal codebooks have both equal): hashing every cue on each
        cached look-up (``lru_cache`` keyed on the codebook) cost more than the look-up."""
        return hash((self.path, self.sha256))

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]


class CodebookError(ValueError):
    """A codebook file that cannot be read, said in one line naming the file (and the line, where known)."""


def default_codebook_path() -> str:
    return resource_path("codebook.yaml")


@lru_cache(maxsize=8)
def load_codebook(path: str | None = None) -> Codebook:
    path = path or default_codebook_path()
    raw = Path(path).read_bytes()
    import yaml

    try:
        data = load_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise CodebookError(f"{path} line {line}: not UTF-8 text ({e.reason}), so not a codebook") from None
    except yaml.MarkedYAMLError as e:
        # (PyYAML's own text names "<unicode string>" and spans lines: the file and the line are what a user edits)
        mark = e.problem_mark or e.context_mark
        where = f" line {mark.line + 1}" if mark else ""
        raise CodebookError(f"{path}{where}: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise CodebookError(f"{path}: not a codebook (not YAML text: {' '.join(str(e).split())})") from None
    if isinstance(data, dict):
        _check_top_keys(path, data)
    if not isinstance(data, dict) or not isinstance(data.get("categories"), list) or not all(
            isinstance(c, dict) for c in data["categories"]):
        raise CodebookError(f"{path}: not a codebook (a YAML mapping whose `categories` list gives each an id and "
                            "a name_zh; see pipeline/resources/codebook.yaml)")
    for c in data["categories"]:
        _check_keys(path, c, "category", CATEGORY_KEYS)
    # (ids and names as text: `id: 10`, a number to YAML, was written to the labels as 10, which the labels
    # reader refuses, and label crashed echoing the answer)
    cats = tuple(
        Category(id=str(c["id"]), name_zh=str(c["name_zh"]), name_en=c.get("name_en", ""),
                 definition=c.get("definition", ""), include=_words(path, c, "include"),
                 exclude=_words(path, c, "exclude"), examples=tuple(c.get("examples") or ()))
        for c in data["categories"]
    )
    _distinct_ids(path, [c.id for c in cats], "category")
    _distinct_names(path, [c.name_zh for c in cats], "category")
    _ids_not_names(path, cats, "category")
    if not isinstance(data.get("groups") or [], list) or not all(
            isinstance(g, dict) for g in data.get("groups") or []):
        raise CodebookError(f"{path}: `groups` must be a list, each group with an id and a name_zh")
    for g in data.get("groups") or []:
        _check_keys(path, g, "group", GROUP_KEYS)
    groups = tuple(
        Group(id=str(g["id"]), name_zh=str(g["name_zh"]), cues=_words(path, g, "cues"),
              exclude=_words(path, g, "exclude"))
        for g in data.get("groups") or []
    )
    _distinct_ids(path, [g.id for g in groups], "group")
    _distinct_names(path, [g.name_zh for g in groups], "group")
    _ids_not_names(path, groups, "group")
    for warning in _doubtful(path, cats, groups):
        log.warning(warning)
    return Codebook(categories=cats, groups=groups, path=str(path), sha256=hashlib.sha256(raw).hexdigest())


def _words(path, entry: dict, field: str) -> tuple[str, ...]:
    """A list of cue words.  A bare string where the list belongs was read character by character
    (`include: 数据平台` matched every measure with 数 or 人数 in it), an empty word matched everything."""
    value = entry.get(field)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CodebookError(f"{path}: {entry['id']}: {field} must be a list of words, [{value}] for one, "
                            f"not {value!r}")
    words = tuple(str(w).strip() for w in value)
    if not all(words) or any(isinstance(w, (list, dict)) or w is None for w in value):
        raise CodebookError(f"{path}: {entry['id']}: {field} holds an empty or nested item; give words: "
                            f"{field}: [词一, 词二]")
    return words


def _check_keys(path, entry: dict, kind: str, known: tuple[str, ...]) -> None:
    """An entry's id (one word) and name_zh, and no key the loader does not read, said naming the entry: a misspelt
    key was ignored (`inculde:` left a category no cue, silently), `name:` for `name_zh:` said "not a codebook"
    without saying which category."""
    who = f"{kind} {entry['id']}" if "id" in entry else f"a {kind} without an id ({_first_words(entry)})"
    meant = {key: next(iter(difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)), None)
             for key in entry if key not in known}
    said = [f"{key}: is no key of a {kind}" + (f" (did you mean {near}:?)" if near else "") for key, near in meant.items()]
    said += [f"no {key}" for key in ("id", "name_zh") if key not in entry and key not in meant.values()]
    if said:
        raise CodebookError(f"{path}: {who}: {'; '.join(said)} (a {kind}'s keys: {', '.join(known)})")
    for key in ("id", "name_zh"):  # (a whole number, `id: 10`, is read as its digits)
        if isinstance(entry[key], (list, dict)) or entry[key] is None or _NOT_IN_AN_ID.search(str(entry[key])):
            raise CodebookError(f"{path}: {kind} {key} {str(entry[key])!r} is not one word: it is stored and searched "
                                f"as one value, so no space, comma, 、 or ; (talk_care, not talk care)")
        if isinstance(entry[key], bool) or not isinstance(entry[key], (str, int)):
            # (YAML reads `id: yes` as true, `id: 1.50` as 1.5, `id: 2024-01-01` as a date: never the word typed)
            raise CodebookError(f"{path}: {kind} {key} {str(entry[key])!r} is read by YAML as a "
                                f"{type(entry[key]).__name__}, not as the word typed: write it in quotes")


def _check_top_keys(path, data: dict) -> None:
    """No key of the file's own the loader does not read: `group:` for `groups:` loaded the categories and no
    group, and no measure was tagged with one."""
    meant = {key: next(iter(difflib.get_close_matches(str(key), CODEBOOK_KEYS, n=1, cutoff=0.6)), None)
             for key in data if key not in CODEBOOK_KEYS}
    if said := [f"{key}: is no key of a codebook" + (f" (did you mean {near}:?)" if near else "")
                for key, near in meant.items()]:
        raise CodebookError(f"{path}: {'; '.join(said)} (a codebook's keys: {', '.join(CODEBOOK_KEYS)})")


def _first_words(entry: dict) -> str:
    return ", ".join(f"{k}: {v}" for k, v in list(entry.items())[:2])[:60]


def _ids_not_names(path, entries, kind: str) -> None:
    """No id that is another entry's name: --category 关心关爱 found both, and its hint offered the same value again."""
    names = {e.name_zh: e.id for e in entries}
    for e in entries:
        if (other := names.get(e.id)) is not None and other != e.id:
            raise CodebookError(f"{path}: {kind} id {e.id} is the name of {kind} {other}: a filter could not tell the two "
                                f"apart; give {kind} {e.id} another id")


def _doubtful(path, cats, groups) -> list[str]:
    """What loads but is likely a slip, one line per entry: a cue holding a list's separator (one long cue, never
    met: [谈心谈话，谈心] with a full-width comma), a category with no include cues (the cue rules never choose it;
    a model learns it from labels only)."""
    out = []
    for kind, e, cues in [("category", c, c.include + c.exclude) for c in cats] + \
                         [("group", g, g.cues + g.exclude) for g in groups]:
        said = [f"cue {cue} holds {''.join(dict.fromkeys(_IN_A_CUE.findall(cue)))} (separate cues with ASCII "
                f"commas: [{', '.join(w for w in _IN_A_CUE.split(cue) if w)}])" for cue in cues if _IN_A_CUE.search(cue)]
        if kind == "category" and not e.include:
            said.append("no include cues: the cue rules never choose it, only a model trained on its labels can")
        if kind == "group" and not e.cues:
            said.append("no cues: no measure is tagged with it")
        if said:
            out.append(f"{path}: {kind} {e.id}: {'; '.join(said)}")
    return out


def _distinct_names(path, names: list, kind: str) -> None:
    """A name shown twice (two groups 女干部) reads as one in every table and filter."""
    if twice := sorted(n for n, k in Counter(map(str, names)).items() if k > 1):
        raise CodebookError(f"{path}: {kind} name {', '.join(twice)} given twice: each {kind} needs a name of its own")


def _distinct_ids(path, ids: list, kind: str) -> None:
    """Each id once, and none the knowledge base keeps for itself: a second `care` replaced the first in the
    knowledge base (关心关爱 vanished from search), an `unclassified` category was stored as 未归类."""
    seen = Counter(map(str, ids))
    if twice := sorted(i for i, n in seen.items() if n > 1):
        raise CodebookError(f"{path}: {kind} id {', '.join(twice)} given twice: each {kind} needs an id of its own")
    if UNCLASSIFIED in seen:
        raise CodebookError(f"{path}: {kind} id {UNCLASSIFIED} is the knowledge base's own (未归类, for a measure no "
                            f"category fits): give the {kind} another id")


def tag_groups(text: str, codebook: Codebook) -> list[str]:
    """Target groups named in a measure (驻村干部 is not 村干部).

    One automaton pass finds the groups with a cue anywhere in the text; those with
    exclusions are checked again with the exclusions masked (masking only removes matches)."""
    automaton, owner = _group_automaton(codebook)
    present = sorted({owner[k] for k, _, _ in automaton.find_matches_as_indexes(text, overlapping=True)})
    groups = codebook.groups
    return [groups[j].name_zh for j in present if not groups[j].exclude or _named_unmasked(text, groups[j])]


def _named_unmasked(text: str, group: Group) -> bool:
    """A cue of the group outside its exclusions (驻村干部 masked, 村干部 is not named)."""
    masked = text
    for ex in group.exclude:
        masked = masked.replace(ex, "□" * len(ex))
    return any(c in masked for c in group.cues)


@lru_cache(maxsize=8)
def _group_automaton(codebook: Codebook):
    """Every group's cues in one Aho-Corasick automaton, and per cue the index of its group."""
    import ahocorasick_rs

    cues = [(c, j) for j, g in enumerate(codebook.groups) for c in g.cues]
    automaton = ahocorasick_rs.AhoCorasick([c for c, _ in cues], matchkind=ahocorasick_rs.MatchKind.Standard)
    return automaton, [j for _, j in cues]
