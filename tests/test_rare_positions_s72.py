"""_rare_positions finds a text's rare run characters in one scan: before session 72 it scanned the whole
text once per kind of rare character, and a page of many different rare ideographs (Extension A, a binary
read as text) took seconds.  Its answer is the one of the scan per kind."""
import random

from pipeline.text import mojibake
from pipeline.text.chars import is_frequent


def _rare_positions_per_kind(text: str) -> list[int]:
    """The computation before session 72: the kinds found, then each one's places by str.find."""
    rare = {c for c in set(mojibake._beyond_level_one_in_runs().findall(text)) if not is_frequent(c)}
    positions = []
    for c in rare:
        at = text.find(c)
        while at >= 0:
            positions.append(at)
            at = text.find(c, at + 1)
    return sorted(positions)


COMMON = "柳川镇召开秋季防汛工作会议全县共培训村干部青禾日报记者林小满，。“”\n 2023abc"


def _rare_char(rng: random.Random) -> str:
    lo, hi = rng.choice([(0x3400, 0x4DC0), (0x4E00, 0xA000), (0x0391, 0x03CA), (0x0410, 0x0450), (0x9FF0, 0xA010)])
    return chr(rng.randrange(lo, hi))


def _random_text(rng: random.Random, n: int) -> str:
    pieces = [lambda: rng.choice(COMMON), lambda: _rare_char(rng), lambda: rng.choice("乾著於這們龘靐鍏ㄥ幙辫αЖ?\ufffd\ue189")]
    weights = [rng.random() for _ in pieces]
    return "".join(rng.choices(pieces, weights)[0]() for _ in range(n))


def test_rare_positions_as_the_scan_per_kind():
    rng = random.Random(72)
    texts = ["", "柳川镇", "龘", "龘龘靐龘", "繁體字與簡體字", "αβγЖжЯ"] + [_random_text(rng, rng.randrange(0, 400)) for _ in range(1500)]
    assert sum(len(_rare_positions_per_kind(t)) > 20 for t in texts) > 100  # (the samples hold many rare characters)
    for text in texts:
        assert mojibake._rare_positions(text) == _rare_positions_per_kind(text), text


class _CountedText(str):
    """A text that counts the searches made with its own methods."""
    finds = 0

    def find(self, *args):
        _CountedText.finds += 1
        return super().find(*args)

    def index(self, *args):
        _CountedText.finds += 1
        return super().index(*args)


class _CountedPattern:
    def __init__(self, pattern):
        self.pattern, self.scans = pattern, 0

    def __getattr__(self, name):
        self.scans += 1
        return getattr(self.pattern, name)


def test_one_scan_for_many_kinds_of_rare_character(monkeypatch):
    rng = random.Random(5)
    kinds = [chr(c) for c in rng.sample(range(0x3400, 0x4DC0), 2000)]  # (Extension A: none of them frequent)
    text = _CountedText("".join(rng.choice(kinds) + rng.choice(COMMON) for _ in range(6000)))
    pattern = _CountedPattern(mojibake._beyond_level_one_in_runs())
    monkeypatch.setattr(mojibake, "_beyond_level_one_in_runs", lambda: pattern)
    asked = []
    monkeypatch.setattr(mojibake, "is_frequent", lambda c: asked.append(c) or is_frequent(c))
    _CountedText.finds = 0

    rare = mojibake._rare_positions(text)

    assert len(rare) == 6000
    assert pattern.scans == 1  # one scan of the text, not one per kind of rare character
    assert _CountedText.finds == 0
    assert sorted(asked) == sorted(set(text[i] for i in rare))  # each kind asked once
