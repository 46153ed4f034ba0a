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


# -- an attribute that says where the counted come from or live, or whom they include (来自…的, 家住…的, 包括…在内的):
# no part of what is counted -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("来自全县各乡镇的36名村干部将接受为期一周的培训。", "36名", "村干部"),
    ("家住青禾村的42户低保户领到了取暖补贴。", "42户", "低保户"),
    ("包括老周在内的15名驻村干部,一年到头没有休息。", "15名", "驻村干部"),
    ("来自省直机关的20名干部,分赴各乡镇。", "20名", "干部"),
])
def test_an_origin_is_no_part_of_what_is_counted(text, fig, want, segmenter):
    assert subjects(text)[fig] == want
