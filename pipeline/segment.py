"""Word segmentation: one isolated, warmed-up ``jieba.Tokenizer`` with the domain dictionary.

jieba's module-level functions share one global dictionary that any import
can change; the pipeline owns its own instance instead, loaded once per
process (``get_segmenter``).  ``make_nlp`` gives a blank spaCy ``zh`` pipeline
whose tokenizer is this segmenter, for the rule matchers of later stages.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
import logging

log = logging.getLogger(__name__)

DICT_NAME = "cadre_dict.txt"


def domain_dictionary_path() -> str:
    return str(resources.files("pipeline").joinpath("resources", DICT_NAME))


class Segmenter:
    """A jieba tokenizer with the cadre-work dictionary loaded."""

    def __init__(self, user_dict: str | None = None):
        import jieba

        self._tok = jieba.Tokenizer()
        self._tok.initialize()
        path = user_dict or domain_dictionary_path()
        with open(path, encoding="utf-8") as f:
            self.domain_words = frozenset(line.split()[0] for line in f if line.strip())
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

    def cut_for_search(self, text: str) -> list[str]:
        return self._tok.lcut_for_search(text, HMM=True)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._tok.tokenize(text, mode="default", HMM=True))


@lru_cache(maxsize=1)
def get_segmenter() -> Segmenter:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return Segmenter()


def tokens(text: str) -> list[str]:
    return get_segmenter().cut(text)


class JiebaTokenizer:
    """spaCy tokenizer over the pipeline's segmenter (spaCy's own zh one calls module-level jieba)."""

    def __init__(self, vocab, segmenter: Segmenter | None = None):
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str):
        from spacy.tokens import Doc

        seg = self.segmenter or get_segmenter()
        words = seg.cut(text)
        spaces = [False] * len(words)
        # spaCy stores whitespace after a token, not as a token of its own.
        out_words, out_spaces = [], []
        for w, sp in zip(words, spaces):
            if w.isspace() and out_words:
                out_spaces[-1] = True
                if len(w) > 1:
                    out_words.append(w[1:])
                    out_spaces.append(False)
                continue
            out_words.append(w)
            out_spaces.append(sp)
        return Doc(self.vocab, words=out_words, spaces=out_spaces)

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


@lru_cache(maxsize=1)
def make_nlp():
    """A blank Chinese spaCy pipeline whose Docs carry the domain segmentation."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab)
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "!", "?", "；"]})
    return nlp
