"""Figure-subject error classes of session 65 (study sets 212–217), one test per class, in our own words.
Each text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract_article(article(text)).figures}


# -- a count of batches before a count of people whose magnitude comes before 余/多 (11批1.3万余名), or which a total
# or an estimate opens (2批共300名): the noun after the second count names what both count ----------------------

@pytest.mark.parametrize("text, fig, want", [
    ("三十年来,中央先后选派11批1.3万余名援藏干部人才进藏工作。", "11批", "援藏干部人才"),
    ("省里已选派两批共2300名驻村第一书记。", "两批", "驻村第一书记"),
    ("全省先后选派5批近800名科技特派员。", "5批", "科技特派员"),
])
def test_batches_before_a_count_with_its_magnitude(text, fig, want, segmenter):
    assert subjects(text)[fig] == want
