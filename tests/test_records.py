"""Records' JSON forms: ``flat_dict`` is ``dataclasses.asdict`` (made without its deep copy)."""
from __future__ import annotations

from dataclasses import asdict

from pipeline.core.records import DocumentRef, Figure, Measure, QualityReport, Repair, Slogan, flat_dict


RECORDS = [
    Repair("mojibake", 3, 7, "鈥", "“", "note"),
    Figure("500名", 500, None, "名", "约", "干部", "2023", None, 4, 8),
    Figure("3至5个", 3, 5.5, None, None, None, None, "每年", 0, 4),
    Slogan("两个维护", "两个维护", True, [2, 3], ["a", "b"], None, False, 1, 5, "定义", [(1, 5), (9, 13)]),
    DocumentRef("干部任用条例", None, False, None, None),
    Measure("开展培训", "一、", 0, 4, [1, 2], [0], [], [3], [("training", 0.9), ("x", 0.1)], ["村干部"]),
]


def test_flat_dict_is_asdict():
    for r in RECORDS:
        d = flat_dict(r)
        assert d == asdict(r) and list(d) == list(asdict(r))
        for k, v in d.items():  # lists are copies: changing the dict leaves the record as it was
            if isinstance(v, list):
                assert v is not getattr(r, k)


def test_to_dict_forms_unchanged():
    q = QualityReport("utf-8", {"b": 1, "a": 2}, [RECORDS[0]])
    assert q.to_dict()["repairs"] == [asdict(RECORDS[0])]
    s = RECORDS[3]
    assert s.to_dict() == {k: v for k, v in asdict(s).items() if k != "mentions"} | {"mentions": 2}
    m = RECORDS[5]
    assert m.to_dict() == asdict(m) | {"categories": [{"id": "training", "score": 0.9}, {"id": "x", "score": 0.1}]}
