"""Quality floors, pinned with the hash of the gold they were measured on.

A floor is never lowered silently: changing a floor, or the gold (which changes
its hash), needs this file edited in the same commit, with the reason in the
message.  The brief's targets on the project's gold: slogans F1 >= 0.92,
figures F1 >= 0.95 (value + unit + qualifier exact), primary region with the
right province >= 0.95, documents F1 >= 0.95.

tests/gold is the development gold (the extractor was built against it);
tests/gold_heldout was annotated without the extractor and first scored after
it was written (first-run figures in README), then used for a round of fixes.
"""
from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, gold_hash
from tests.conftest import REAL, ROOT, SEEDS

GATES = {
    "tests/gold": {
        "sha256": "597e3e7fde08ce3fca69490ee89b40d6ffe64adaeeb0317d83daa63e60c182df",
        "f1": {"slogans": 0.95, "figures": 0.98, "documents": 0.98},
        "province": 0.98,
        "needs_seeds": True,
    },
    "tests/gold_heldout": {
        "sha256": "f9be5376f241b35028e14ff2adc6eaf05ba18237517ebfab5b4f498a60e800a6",
        "f1": {"slogans": 0.95, "figures": 0.96, "documents": 0.95},
        "province": 0.9,  # one article (上海 普陀区 vs 舟山 普陀区) is resolved wrongly
        "needs_seeds": False,
    },
}


@pytest.fixture(scope="module", params=sorted(GATES))
def scored(request, segmenter):
    gate = GATES[request.param]
    if gate["needs_seeds"] and not SEEDS.is_dir():
        pytest.skip("the gold annotates seed articles by reference; ../shared/seeds is missing")
    return gate, evaluate(ROOT / request.param, SEEDS)


def test_gold_unchanged(scored):
    gate, _ = scored
    path = [k for k, v in GATES.items() if v is gate][0]
    assert gold_hash(ROOT / path) == gate["sha256"], (
        f"{path} changed: re-measure, then update its hash and floors here with the reason")


def test_f1_floors(scored):
    gate, result = scored
    for field, floor in gate["f1"].items():
        assert result["scores"][field].f1 >= floor, (field, result["scores"][field].f1)


def test_province_floor(scored):
    gate, result = scored
    assert result["region"]["province"].value >= gate["province"]
    assert not result["skipped"]


# --- the real gold (tests/gold_real): third-party pages, annotated by reference -------------
# The test half (even page numbers) is scored here and never studied: only these totals are
# looked at.  Floors are the figures measured after session 21's fixes (studied on the dev half
# and on four sets of unseen pages, 337 in all), rounded down; they were raised from the
# 2026-11-30 floors (slogans 0.80, figures 0.88, documents 0.88, dates 0.88, county 0.88, title
# 0.70, source 0.75, authors 0.75, components 0.78, measures found 0.85) and from session 20's
# (figures 0.91, title 0.77, source 0.85, authors exact 0.82), never lowered, and are pinned with
# the test half's hash.
REAL_GATE = {
    "sha256": "9e036c7f69bcb6b16e6c2e673340cf308cfca9d77ce229db290e146f4b17f818",
    # raised 2026-12-01 (session 22): slogans 0.881, figures 0.944, dates 0.901, authors 0.870 / exact 0.900,
    # county 0.944 measured on this hash
    # raised 2026-12-01 (session 23): slogans 0.891, documents 0.941, quoted terms 0.972 on this hash
    # raised 2026-12-02 (session 30): documents 0.962, authors 0.894 / exact 0.925, articles per page 1.000
    # raised 2026-12-02 (session 31): slogans 0.909, quoted terms 0.977 on this hash
    # raised 2026-12-02 (session 33): dates 0.908 on this hash
    # raised 2026-12-02 (session 34): figures 0.955 on this hash
    # raised 2026-12-03 (session 35): slogan components 0.840 and national/local 0.900 on this hash
    # raised 2026-12-03 (session 36): slogan components 0.860 on this hash (items sharing the counted head before the formula);
    # title was raised to 0.84 that day on a rule the review narrowed (a bracketed word before a headline is cut only when it
    # names an outlet or the item's kind): title 0.825 again, the floor back at 0.80
    # raised 2026-12-03 (session 41): slogans 0.929, quoted terms 0.986 on this hash; national/local lowered
    # 0.89 -> 0.88 with it: two more slogans found, 46 of 52 national/local right instead of 45 of 50
    "f1": {"slogans": 0.925, "figures": 0.95, "documents": 0.955, "dates": 0.905, "quoted_terms": 0.98,
           "authors": 0.885},
    "places_f1": {"province": 0.97, "city": 0.95, "county": 0.94, "all": 0.93},
    "accuracy": {"articles_per_page": 0.99, "date": 0.95, "editor": 0.95, "title": 0.80, "source": 0.895,
                 # 0.79 on 2026-12-01 (session 23): one more slogan found (F1 0.881 -> 0.891) whose items
                 # miss makes 39 of 49 right instead of 39 of 48; no slogan's items got worse
                 "authors_exact": 0.92, "slogan_components": 0.85, "slogan_local": 0.88,
                 # issue 12: labelled measures of the real pages still among the extracted ones
                 "labelled_measures_found": 1.0, "document_short_name": 0.99},
    # session 42: the primary region's county 0.950 (target), township 1.000, province 0.950, city 0.900 on this hash;
    # source raised 0.87 -> 0.895 (0.900, the target, with 中新网山西新闻 read as 中新网)
    "region": {"province": 0.95, "city": 0.90, "county": 0.95, "township": 0.97},
    "measures_recall": 0.90,
    # 0.480 on 2026-12-01 once non-measures (not_a_measure.tsv) left the layer
    "measures_precision": 0.47,
}


@pytest.fixture(scope="module")
def real_test(segmenter):
    from pipeline.realgold import evaluate_real

    if not REAL.is_dir():
        pytest.skip(f"the real pages are not at {REAL}")
    return evaluate_real(ROOT / "tests" / "gold_real", REAL, split="test")[0]


def test_real_test_gold_unchanged():
    from pipeline.realgold import gold_hash

    assert gold_hash(ROOT / "tests" / "gold_real", "test") == REAL_GATE["sha256"], (
        "tests/gold_real test half changed: re-measure, then update its hash and floors here with the reason")


def test_real_test_floors(real_test):
    low = {f: real_test["fields"][f]["f1"] for f, floor in REAL_GATE["f1"].items()
           if real_test["fields"][f]["f1"] < floor}
    low |= {f"places {lv}": real_test["places"][lv]["f1"] for lv, floor in REAL_GATE["places_f1"].items()
            if real_test["places"][lv]["f1"] < floor}
    low |= {a: real_test["accuracy"][a]["accuracy"] for a, floor in REAL_GATE["accuracy"].items()
            if real_test["accuracy"][a]["accuracy"] < floor}
    low |= {f"primary region {lv}": real_test["region"][lv]["accuracy"] for lv, floor in REAL_GATE["region"].items()
            if real_test["region"][lv]["accuracy"] < floor}
    if real_test["fields"]["measures"]["r"] < REAL_GATE["measures_recall"]:
        low["measures recall"] = real_test["fields"]["measures"]["r"]
    if real_test["fields"]["measures"]["p"] < REAL_GATE["measures_precision"]:
        low["measures precision"] = real_test["fields"]["measures"]["p"]
    assert not low, low


# Classification of the measures of the real pages (issue 12): the model `make model` trains (the
# project's train split + the real dev half), scored on the real test half.  Floors a little under
# the figures measured on 2026-12-01 with 1,260 project labels (micro 0.819, macro 0.823, lowest
# category 0.722); the 160 labels m1063-m1222 were kept because a second study set of real measures
# (394, out of sample for them) rose 0.757 -> 0.777 micro, though this half fell 0.846 -> 0.819.
REAL_LABELS = ROOT / "corpora" / "labels" / "real" / "measures.jsonl"
CLASSIFY_GATE = {
    "sha256": "5fee1ba2cad6cf95de82c7b47889ac6568e21d1602e0ffdd84a6e66b12b5fc12",  # of corpora/labels/measures.jsonl + corpora/labels/real/measures.jsonl
    "micro": 0.80, "macro": 0.80, "each": 0.70,
}


def test_real_classification_floors(segmenter, tmp_path):
    import hashlib

    from pipeline.train import train

    if not (REAL.is_dir() and SEEDS.is_dir()):
        pytest.skip("the real labels point into ../shared/real and ../shared/seeds, which are missing")
    labels = ROOT / "corpora" / "labels" / "measures.jsonl"
    sha = hashlib.sha256(labels.read_bytes() + REAL_LABELS.read_bytes()).hexdigest()
    assert sha == CLASSIFY_GATE["sha256"], "labels changed: re-measure, then update the hash and floors here"
    m = train(labels, seeds_dir=SEEDS, out=tmp_path / "classifier.pkl", real_labels=REAL_LABELS, real_dir=REAL)["metrics"]
    scores = m["model"]
    assert m["test"] >= 150
    assert scores["micro"]["f1"] >= CLASSIFY_GATE["micro"] and scores["macro"]["f1"] >= CLASSIFY_GATE["macro"], scores
    assert min(scores[c]["f1"] for c in m["thresholds"]) >= CLASSIFY_GATE["each"], scores
