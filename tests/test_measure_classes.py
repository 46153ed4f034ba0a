"""not_a_measure searches a class's pattern only in clauses holding a string every match of it
holds (measures.needed_strings): the same answers as searching every pattern in order."""
import re

import pytest

from pipeline.core.lexicons import word_table
from pipeline.extract.measures import _Classes, needed_strings, not_a_measure


@pytest.mark.parametrize("pattern, needs", [
    (r"甲乙丙", {"甲乙丙"}),
    (r"^(?!.*(?:不|没))[^，,]{0,9}(?:还|仍)存在[^。]{0,5}问题", {"存在"}),
    (r"[一-九]\d{3}[)）]|邮编", {")", "）", "邮编"}),  # a range is no listed character
    (r"(?:山|水)+的", {"的"}),  # as long as 山 or 水, and fewer
    (r"x?y", {"y"}),
    (r"[^甲]{2}", None),
    (r"\d+", None),
    (r"(?i)abc", None),
    (r"(?i:ab)c", {"c"}),
    (r"甲|.乙", {"甲", "乙"}),
    (r"甲|\w", None),
    (r"(?:某某){2,}", {"某某"}),
    (r"(?:某某)*", None),
])
def test_needed_strings(pattern, needs):
    assert needed_strings(pattern) == (frozenset(needs) if needs is not None else None)


def _plain(table, clause):
    return next((name for name, pattern in table if re.search(pattern, clause)), None)


_TABLE = [
    ("late", r"晚[^。]{0,3}到"),
    ("anything", r"^\d"),  # needs nothing: searched in every clause
    ("some", r"有的(?=干部)"),
    ("overlap", r"的人"),  # 有的人 holds 有的 and 的人: the matcher must report overlapping strings
    ("early", r"晚到|早"),
]
_CLAUSES = ["今天他晚了三分到。", "3人出席", "有的人说", "那是我的人。", "早晚都到", "晚到", "", "无关的话", "晚晚到到"]


@pytest.mark.parametrize("clause", _CLAUSES)
def test_classes_agree_with_searching_every_pattern(clause):
    assert _Classes(_TABLE).first(clause) == _plain(_TABLE, clause)


def test_resource_classes_agree_with_searching_every_pattern():
    table = word_table("not_a_measure.tsv")
    clauses = ["某县仍存在干部作风不实的问题。", "他说，这次培训很有收获。", "全县现有村干部2000名，平均年龄45岁。",
               "本办法所称干部，是指在编人员。", "市委书记作了重要讲话。", "该县组织开展专项培训。", "邮编123456",
               "镇里选派干部驻村帮扶。", "“我们该怎么办？", "有的干部作风涣散"]
    for clause in clauses:
        assert not_a_measure(clause) == _plain(table, clause)
