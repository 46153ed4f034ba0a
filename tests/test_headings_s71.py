"""Headings of measures, session 71: a paragraph's long opening sentence is its first sentence (a measure
when it tells one, under its section's heading), not a run-in heading; a regulation's numbered article
(第五条…) is its rule."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.extract.measures import find_measures
from tests.conftest import built_from_texts
from tests.test_extract import article

_TITLE = "青禾县多措并举培养年轻干部\n"
_OPENING = "近年来，青禾县把培养年轻干部作为一项基础工程来抓，取得了明显成效。\n"


def _measures(body: str) -> list[tuple[str | None, str]]:
    return [(m.heading, m.text) for m in find_measures(article(_TITLE + _OPENING + body))]


# -- a long opening sentence under its section's heading ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # three clauses, a figure of frequency at the end
    "坚持教育引导与日常监督相结合，对新录用的选调生逐一开展入职谈话，每半年至少一次。",
    # two long clauses, a list in the first
    "坚持在乡村振兴一线考察、识别、锻炼年轻干部，对群众认可、实绩突出的优先推荐使用。",
])
def test_a_long_opening_sentence_is_a_measure_under_the_sections_heading(segmenter, sentence):
    body = f"严管厚爱并重，护航年轻干部成长\n{sentence}县委组织部为每名年轻干部建立成长档案，实行动态管理。\n"
    got = _measures(body)
    assert ("严管厚爱并重，护航年轻干部成长", sentence) in got
    assert all(h == "严管厚爱并重，护航年轻干部成长" for h, _ in got[-2:])


def test_a_short_run_in_heading_still_heads_its_paragraph(segmenter):
    body = ("抓好三个环节，建强后备队伍\n"
            "注重源头发现。县委组织部每年到乡镇开展一次专项调研，建立后备干部名册。\n"
            "用好结果，让实绩有回报。青禾县把考核结果作为选拔任用的重要依据，全年提拔实绩突出的干部32名。\n")
    got = _measures(body)
    assert ("注重源头发现", "县委组织部每年到乡镇开展一次专项调研，建立后备干部名册。") in got
    assert ("用好结果，让实绩有回报", "青禾县把考核结果作为选拔任用的重要依据，全年提拔实绩突出的干部32名。") in got
    assert not any(t.startswith(("注重源头发现", "用好结果")) for _, t in got)


def test_a_regulations_article_is_its_rule_not_a_heading(segmenter):
    body = "第一章 总则\n第五条派驻干部的年度考核由县委组织部组织实施。考核结果记入本人档案，作为评先评优的依据。\n"
    texts = [t for _, t in _measures(body)]
    assert any(t.startswith("第五条派驻干部的年度考核由县委组织部组织实施") for t in texts)


def test_search_finds_the_words_of_a_paragraphs_long_opening_sentence(tmp_path_factory):
    page = ("# 青禾县建强年轻干部队伍\n\n来源：青禾日报　发布时间：2024-05-06\n\n"
            "近年来，青禾县围绕选育管用，持续加强年轻干部队伍建设。\n\n"
            "## 从严管理与关心关爱结合\n\n"
            "坚持从严管理与暖心关爱相统一，对年轻干部开展经常性的家访慰问，每季度至少一次。"
            "县委组织部建立年轻干部成长档案，实行一人一档。\n")
    db = built_from_texts(tmp_path_factory, "heading71", {"qinghe.md": page})
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--format", "json", "--", "每季度至少一次"])
    assert r.exit_code == 0, r.output
    assert "家访慰问" in r.output
    assert "从严管理与关心关爱结合" in r.output
