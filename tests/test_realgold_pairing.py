"""How the real-gold scorer pairs extracted figures with gold ones before it compares their
subject and time: in reading order, the headline's (spanless) figures first, as the gold lists them."""
from __future__ import annotations

from types import SimpleNamespace

from pipeline.core.records import Figure
from pipeline.realgold import Scorer


def _fig(time: str | None, start: int | None) -> Figure:
    return Figure(text="300名", value=300, high=None, unit="名", qualifier=None, subject="年轻干部", time=time,
                  per=None, start=start, end=None if start is None else start + 4)


def _gold(time: str | None) -> dict:
    return {"text": "300名", "value": 300, "high": None, "unit": "名", "qualifier": None, "subject": "年轻干部",
            "time": time, "per": None}


def test_a_headline_figure_the_body_repeats_is_paired_with_the_gold_headline_figure():
    # headline: 某县将选拔300名年轻干部 (no date); body: 2024年，该县选拔300名年轻干部
    extracted = SimpleNamespace(figures=[_fig("2024", 40), _fig(None, None)])  # the headline's is added last
    gold = {"figures": [_gold(None), _gold("2024")]}  # reading order: the headline's first
    s = Scorer()
    s._figures(gold, extracted, "p#0")
    assert s.acc["figure_time"].row()["accuracy"] == 1.0


def test_a_figure_time_written_with_year_and_month_characters_equals_its_iso_form():
    from pipeline.realgold import _same_time

    assert _same_time("2021-03", "2021年3月")
    assert _same_time("2021年11月", "2021-11")
    assert not _same_time("2021-03", "2021年4月")
    assert not _same_time("2021-03", None)


def test_a_renamed_township_at_the_same_span_is_the_same_township():
    from pipeline.realgold import _same_place

    assert _same_place("青禾乡", "township", "青禾镇", "township")
    assert _same_place("柳川镇", "township", "柳川街道", "township")
    assert _same_place("禾田街道", "township", "禾田路街道", "township")
    assert not _same_place("青禾乡", "township", "柳川镇", "township")
    assert not _same_place("青禾县", "county", "青禾区", "county")
    assert _same_place("禾川新区", "zone", "江北禾川新区", "zone")
    assert _same_place("禾川高新区", "zone", "禾川高新技术产业开发区", "zone")
    assert not _same_place("禾川高新区", "zone", "禾川经济技术开发区", "zone")
    assert not _same_place("新区", "zone", "禾川新区", "zone")


def test_labels_of_other_pages_with_the_same_file_name_are_not_this_pages(tmp_path):
    # A study batch numbers its pages 001.txt, 002.txt … as ../shared/real does: the labels made on the real
    # pages must not be scored against it (their spans read other text there).
    import hashlib
    import json

    from pipeline.realgold import labelled_measures, labels_of_page

    text = "某县出台办法，选派二十名年轻干部到村任职。该县还为乡镇干部建设周转房。"
    mine = text.index("该县还为"), len(text)
    labels = tmp_path / "measures.jsonl"
    rows = [{"file": "001.txt", "start": 0, "end": 10, "measure": True,
             "sha1": hashlib.sha1("another page's words".encode()).hexdigest()},
            {"file": "001.txt", "start": mine[0], "end": mine[1], "measure": True,
             "sha1": hashlib.sha1(text[mine[0]:mine[1]].encode()).hexdigest()}]
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert labels_of_page(text, labelled_measures(labels)["001.txt"]) == [mine]
