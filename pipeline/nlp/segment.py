"""Word segmentation: one isolated, warmed-up ``jieba.Tokenizer`` with the domain dictionary.

jieba's module-level functions share one global dictionary that any import
can change; the pipeline owns its own instance instead, loaded once per
process (``get_segmenter``).  Stages ask it for a cut (``cut``), a cut with
offsets (``spans``) and whether a word is in the dictionary (``frequency``,
``is_general_word``); the spaCy export (pipeline/report/spacy_export.py) builds
its Docs from the same cuts.

jieba is the reference.  Faster jieba-compatible backends can be chosen with
``use_segmenter`` (``policykb build --segmenter``, or ``$POLICYKB_SEGMENTER``):
``jieba_fast`` and ``jieba_next`` (the same algorithm in C / Rust) and
``rjieba`` (jieba-rs).  They share jieba's dictionary and take ours; their
tokens agree with jieba's on ≥ 99.5 % of this genre's text (tests/test_scale.py).

jieba's cut is made in one pass over each sentence instead of two (``nlp/route.py``: the same
words, a third faster).  jieba's prefix dictionary with our words added is kept in a cache
folder of our own (``prefix_cache_dir``), one file per content of jieba's dictionary, ours and
this code: jieba reads its own cache with ``marshal.load`` from a file, ~0.8 s a process; ours
unpickles in ~0.25 s.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
import logging
import os
from pathlib import Path
import re
import sys

from pipeline.core import pickled
from pipeline.core.lexicons import resource_path, word_list

log = logging.getLogger(__name__)

DICT_NAME = "cadre_dict.txt"
SEGMENTER_ENV = "POLICYKB_SEGMENTER"
CACHE_ENV = pickled.CACHE_ENV  # where the project keeps caches of its own (default ~/.cache/policykb)
# name -> the distribution that provides it (its version goes into the cache key)
BACKENDS = {"jieba": "jieba", "jieba_fast": "jieba_fast", "jieba_next": "jieba-next", "rjieba": "rjieba"}
_chosen = os.environ.get(SEGMENTER_ENV) or "jieba"


def domain_dictionary_path() -> str:
    return resource_path(DICT_NAME)


def available(name: str) -> bool:
    import importlib.util

    return name in BACKENDS and importlib.util.find_spec(name) is not None


def use_segmenter(name: str) -> None:
    """Choose the backend for this process (and the workers it starts)."""
    global _chosen
    if name not in BACKENDS:
        raise ValueError(f"unknown segmenter {name!r}; choose one of {', '.join(BACKENDS)}")
    if not available(name):
        raise ValueError(f"segmenter {name!r} is not installed (pip install 'policykb[fast]' or pip install {BACKENDS[name]})")
    if name != _chosen:
        _chosen = name
        get_segmenter.cache_clear()


def segmenter_name() -> str:
    return _chosen


def segmenter_id() -> str:
    """Backend and version: segmentation output depends on both."""
    import importlib.metadata as md

    try:
        return f"{_chosen}={md.version(BACKENDS[_chosen])}"
    except md.PackageNotFoundError:
        return f"{_chosen}=?"


class DictionaryError(ValueError):
    """A segmentation dictionary that cannot be read, said in one line naming the file and the line."""


def _dictionary_lines(path: str) -> Iterator[tuple[int, str]]:
    """The dictionary's lines, numbered from 1: a line that is not UTF-8 is the file's error, said with
    its number (decoded whole, a bad byte surfaced inside whichever document first loaded the segmenter)."""
    with open(path, "rb") as f:
        data = f.read()
    for n, line in enumerate(data.splitlines(), 1):
        try:
            yield n, line.decode("utf-8")
        except UnicodeDecodeError as e:
            raise DictionaryError(f"{path} line {n}: not UTF-8 text ({e.reason}); save the dictionary as UTF-8") from None


def _user_words(path: str) -> list[tuple[str, int | None, str | None]]:
    out = []
    for _, line in _dictionary_lines(path):
        parts = line.split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 and _NUMBER.fullmatch(parts[1]) else None
            out.append((parts[0], freq, parts[2] if len(parts) > 2 else None))
    return out


_NUMBER = re.compile(r"[0-9]+")
_LINE = re.compile(r"\S+(?:\s+[0-9]+)?(?:\s+[a-z]+)?")  # (what jieba reads as word, frequency and tag)


def check_dictionary(path: str | None = None) -> list[str]:
    """The segmentation dictionary checked before any document is read: ``DictionaryError`` for a file
    that cannot be read, else one warning per line jieba would misread (``坏行 abc xyz`` is the word
    ``坏行 abc`` to it), each naming the file and the line."""
    path = path or domain_dictionary_path()
    warnings = []
    for n, line in _dictionary_lines(path):
        if line.strip() and not _LINE.fullmatch(line.strip()):
            warnings.append(f"{path} line {n}: {line.strip()!r} is not 'word [frequency] [tag]' "
                            "(the frequency a whole number, the tag lower-case letters)")
    return warnings


class Segmenter:
    """A jieba tokenizer with the cadre-work dictionary loaded (``module``: jieba or a compatible fork)."""

    def __init__(self, user_dict: str | None = None, module: str = "jieba"):
        import importlib

        path = user_dict or domain_dictionary_path()
        self.domain_words = frozenset(w for w, _, _ in _user_words(path))
        if module == "jieba":
            self._tok = _jieba_tokenizer(path)
        else:
            self._tok = importlib.import_module(module).Tokenizer()
            self._tok.initialize()
            self._tok.load_userdict(path)
        # First call builds internal caches; do it now, not in the first document.
        self._tok.lcut("干部选拔任用")

    def is_general_word(self, word: str) -> bool:
        """In jieba's general dictionary (idioms such as 一心一意 are), not only in ours."""
        return self._tok.FREQ.get(word, 0) > 0 and word not in self.domain_words

    def frequency(self, word: str) -> int:
        return self._tok.FREQ.get(word, 0)

    def cut(self, text: str) -> list[str]:
        return self._tok.lcut(text, HMM=True)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._tok.tokenize(text, mode="default", HMM=True))


class RustSegmenter(Segmenter):
    """jieba-rs (``rjieba``) for the cuts; jieba's dictionary for word frequencies."""

    def __init__(self, user_dict: str | None = None):
        import rjieba

        path = user_dict or domain_dictionary_path()
        words = _user_words(path)
        self.domain_words = frozenset(w for w, _, _ in words)
        self._rs = rjieba.Jieba()
        for w, freq, tag in words:
            self._rs.add_word(w, freq, tag)
        self.FREQ = _jieba_frequencies()
        self.FREQ.update((w, f) for w, f, _ in words if f)

    def is_general_word(self, word: str) -> bool:
        return self.FREQ.get(word, 0) > 0 and word not in self.domain_words

    def frequency(self, word: str) -> int:
        return self.FREQ.get(word, 0)

    def cut(self, text: str) -> list[str]:
        return self._rs.cut(text, True)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        out, i = [], 0
        for w in self.cut(text):
            out.append((w, i, i + len(w)))
            i += len(w)
        return out


def prefix_cache_dir() -> Path:
    """Where jieba's prefix dictionaries with our words are cached (``core.pickled``)."""
    return pickled.cache_dir("segmenter")


def _jieba_tokenizer(user_dict: str):
    """A ``jieba.Tokenizer`` with jieba's dictionary and ours: from our cache, else built and cached."""
    jieba = import_jieba()

    key = _prefix_key(jieba, user_dict)
    tok = _tokenizer_class(jieba)()
    tok.FREQ, tok.total, tok.user_word_tag_tab, forced = pickled.load_or_build(
        "segmenter", "jieba", key, lambda: _jieba_prefix_dictionary(jieba, user_dict))
    tok.initialized = True
    for word in forced:  # words of frequency 0: a global of jieba's, set again in every process
        jieba.finalseg.add_force_split(word)
    return tok


def import_jieba():
    """jieba, imported without ``pkg_resources``: jieba 0.42 imports that (deprecated, ~0.1 s of
    start-up) only to open its own dictionary, and opens it by its path when the import fails."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # `import pkg_resources` raises ImportError meanwhile
        try:
            import jieba  # noqa: F401
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    return jieba


def _tokenizer_class(jieba) -> type:
    """``route.RouteTokenizer`` (jieba's cut, a third faster) for the jieba version it repeats."""
    from pipeline.nlp.route import JIEBA_VERSION, RouteTokenizer

    return RouteTokenizer if jieba.__version__ == JIEBA_VERSION else jieba.Tokenizer


def _jieba_prefix_dictionary(jieba, user_dict: str) -> tuple:
    """jieba's own load of its dictionary and ours: what a tokenizer needs to start cutting."""
    tok = _tokenizer_class(jieba)()
    tok.initialize()
    before = set(jieba.finalseg.Force_Split_Words)
    tok.load_userdict(user_dict)
    forced = sorted(set(jieba.finalseg.Force_Split_Words) - before)
    return tok.FREQ, tok.total, tok.user_word_tag_tab, forced


def _prefix_key(jieba, user_dict: str) -> str:
    """What the prefix dictionary is made of: jieba (version, dictionary), ours, and this code."""
    return pickled.content_key(jieba.__version__, _jieba_dictionary(jieba), Path(user_dict), Path(__file__))


def _jieba_dictionary(jieba) -> bytes:
    """jieba's general dictionary file, as it ships."""
    with jieba.Tokenizer().get_dict_file() as f:
        return f.read()


def _jieba_frequencies() -> dict[str, int]:
    """jieba's general dictionary, word -> frequency (what is_general_word asks)."""
    jieba = import_jieba()

    out = {}
    for line in _jieba_dictionary(jieba).decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) > 1:
            out[parts[0]] = int(parts[1])
    return out


@lru_cache(maxsize=1)
def _jieba_proper_names() -> frozenset[str]:
    """The words jieba's general dictionary tags as place or person names (ns, nr), and the place names
    it tags as ordinary words (resources/proper_names_mistagged.txt)."""
    return jieba_words_tagged("n[sr]") | frozenset(word_list("proper_names_mistagged.txt"))


def jieba_words_tagged(tags: str) -> frozenset[str]:
    """The words of jieba's general dictionary whose part-of-speech tag matches ``tags`` (a regex)."""
    return frozenset(jieba_tags(tags))


def jieba_tags(tags: str) -> dict[str, str]:
    """Word → tag for the words of jieba's general dictionary whose tag matches ``tags`` (a regex):
    cached under ``core.pickled`` by the dictionary's content (a pass over its 350,000 lines cost
    every process ~0.08 s a pattern)."""
    jieba = import_jieba()

    data = _jieba_dictionary(jieba)
    key = pickled.content_key(jieba.__version__, data, tags, Path(__file__))
    return pickled.load_or_build("segmenter", "tags-" + re.sub(r"\W", "", tags), key, lambda: _tags_in(data, tags))


def _tags_in(dictionary: bytes, tags: str) -> dict[str, str]:
    # One regex pass over the lines: half the time of splitting each.
    return dict(re.findall(rf"^(\S+) \d+ ({tags})\r?$", dictionary.decode("utf-8"), re.M))


@lru_cache(maxsize=1)
def _jieba_place_names() -> frozenset[str]:
    """The words jieba's general dictionary tags as place names (ns), and the place names it tags as
    ordinary words (resources/proper_names_mistagged.txt)."""
    return jieba_words_tagged("ns") | frozenset(word_list("proper_names_mistagged.txt"))


def is_place_word(word: str) -> bool:
    """Tagged a place name in jieba's dictionary (昆山, 寿光; not 惠农, which it tags a person's)."""
    return word in _jieba_place_names()


def is_proper_name(word: str) -> bool:
    """Tagged a place or person name in jieba's dictionary (海淀, 罗山): a frequent word that is
    still no ordinary word."""
    return word in _jieba_proper_names()


@lru_cache(maxsize=1)
def _jieba_clause_openers() -> dict[str, str]:
    """Word → tag for the words jieba's general dictionary tags as verbs, adverbs, prepositions,
    conjunctions or distinguishing words (v, d, p, c, b: 召开, 将, 对, 和, 现有): what opens a clause,
    not a name."""
    return jieba_tags("[vdpcb]")


def opens_a_clause(word: str) -> bool:
    """Tagged a verb, adverb, preposition, conjunction or distinguishing word in jieba's dictionary."""
    return word in _jieba_clause_openers()


def predicate_tag(word: str) -> str | None:
    """jieba's tag for a verb, adverb, preposition or conjunction (v, d, p, c: 进入, 都, 对, 和), else None:
    where a noun phrase ends. Distinguishing words (县级, 现任) and verbal nouns (培训) have none."""
    tag = _jieba_clause_openers().get(word)
    return None if tag == "b" else tag


@lru_cache(maxsize=1)
def get_segmenter() -> Segmenter:
    jieba = import_jieba()

    jieba.setLogLevel(logging.WARNING)
    if _chosen == "rjieba":
        return RustSegmenter()
    if _chosen != "jieba":
        import importlib

        mod = importlib.import_module(_chosen)
        (getattr(mod, "set_log_level", None) or mod.setLogLevel)(logging.WARNING)  # jieba_next renamed it
    return Segmenter(module=_chosen)


@lru_cache(maxsize=65536)
def is_common_word(word: str, at_least: int = 100) -> bool:
    """A general word (``is_general_word``) that jieba's dictionary counts at least ``at_least`` times."""
    seg = get_segmenter()
    return seg.is_general_word(word) and seg.frequency(word) >= at_least


@lru_cache(maxsize=65536)
def is_general_word(word: str) -> bool:
    """In jieba's general dictionary and not only in ours (every backend shares that dictionary,
    so the answer survives a change of segmenter)."""
    return get_segmenter().is_general_word(word)
