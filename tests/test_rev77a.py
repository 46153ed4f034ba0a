"""Review of session 77's integrated change (review77a): nine defects, one test or more each.
Texts are written for these tests."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


# --- 1. compare on a knowledge base built before the search's filter column -------------------------------------------

def test_compare_reports_on_a_knowledge_base_of_the_schema_before(tmp_path, segmenter):
    """compare never reads measure_fts: a schema-8 knowledge base still gets its report with no --category, and a
    --category asked of it is one line, not a traceback."""
    from tests.test_fts_filters77 import _as_schema_8, _build

    _, _, db = _build(tmp_path)
    _as_schema_8(db)
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "province", "--out", str(tmp_path / "rep"),
                                 "--quiet"])
    assert r.exit_code == 0 and r.exception is None, r.output
    assert (tmp_path / "rep" / "report.html").exists()
    r = CliRunner().invoke(cli, ["compare", "--db", str(db), "--by", "province", "--category", "tolerate",
                                 "--out", str(tmp_path / "rep2")])
    assert r.exit_code == 1 and "Traceback" not in r.output and "旧版" in r.output, r.output


# --- 2. a bound after a magnitude that is the start of a longer word --------------------------------------------------

def _figures(text):
    from pipeline.extract.figures import find_figures
    from pipeline.nlp.segment import get_segmenter

    words = [(s, e) for _, s, e in get_segmenter().spans(text)]
    return [(f.text, f.subject, f.qualifier) for f in find_figures(text, words=words)]


@pytest.mark.parametrize("text, want", [
    # 上下游 is one word: 上下 is no approximation of the amount, and the chain's firms are what it is about
    ("县里安排专项资金2亿上下游配套企业一起受益。", ("2亿", "上下游", None)),
    ("县里安排专项资金2亿元上下游配套企业一起受益。", ("2亿元", "上下游", None)),
    # the bound still closes an amount where it is a word of its own
    ("这类项目投资多在300万上下的规模。", ("300万上下", "规模", "左右")),
    ("这类项目投资多在300万元上下的规模。", ("300万元上下", "规模", "左右")),
])
def test_a_bound_the_next_word_runs_past_is_no_bound(text, want, segmenter):
    got, (figure, subject, qualifier) = _figures(text)[0], want
    assert got[0] == figure and (got[1] or "").startswith(subject) and got[2] == qualifier, got


# --- 3. an ordinary verb opening a stem of transcription characters ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "阿图什市阿湖乡组织巴克拉村民参加培训。",    # the town organises villagers: 组织 then 巴克拉 and 村民
    "阿图什市阿湖乡带领克买里村干部外出学习。",  # the town leads village cadres
])
def test_a_verb_then_transcription_characters_after_a_town_is_no_village(text, g):
    from pipeline.extract.regions import locate

    assert not [m.text for m in locate(text, g).mentions if m.place.level == "village"]


def test_a_transcribed_village_name_is_kept_where_the_segmenter_reads_a_verb_in_it(g):
    # class: 托万克买里: a one-character "verb" (托) the segmenter finds at the start of a transcribed name
    from pipeline.extract.regions import locate

    text = "阿图什市阿湖乡托万克买里村组织村民参加培训。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "village"] == ["托万克买里村"]


# --- 4. the character before a figure that opens the text -------------------------------------------------------------

@pytest.mark.parametrize("tail", ["分", "以", "的"])
def test_a_figure_opening_the_text_has_the_same_subject_whatever_the_text_ends_with(tail, segmenter):
    text = "4批次共培训村干部300人，考核合格率高"
    assert _figures(text + tail)[0] == _figures(text + "。")[0]


# --- 5, 6. the reason of a village placed by the one county of a stated city ------------------------------------------

def test_a_village_listed_after_another_under_a_city_has_a_reason_of_whole_parts_in_chinese_too(g):
    import re

    from pipeline.extract.regions import locate
    from pipeline.report.labels import reason_zh

    text = "榆林市农业农村局技术人员本周到康小慕家沟村、杨小慕家沟村查看春播进度。"
    reasons = {m.text: m.reason for m in locate(text, g).mentions if m.place.level == "village"}
    assert reasons["杨小慕家沟村"] == ("listed after 康小慕家沟村; "
                                      "context vote: the one county of 榆林市 that files it"), reasons
    for reason in reasons.values():
        assert not re.search("[A-Za-z]{2}", reason_zh(reason)), reason_zh(reason)
    assert reason_zh(reasons["康小慕家沟村"]) == "榆林市下唯一收录该村的区县"


# --- 7. a filter keeps the order only within the ranked window --------------------------------------------------------

def test_the_no_reordering_claim_names_the_ranked_window():
    """README and the index's docstring said a filter never reorders the hits; beyond RANK_ALL matches the search
    without the filter lists its older matches by date, which the filtered search may rank."""
    from pathlib import Path

    from pipeline.search import index

    assert "RANK_ALL" in index.__doc__ and "never\nreorders" not in index.__doc__
    readme = Path(index.__file__).parents[2].joinpath("README.md").read_text(encoding="utf-8")
    claim = readme[readme.index("weighs that column nothing"):][:600]
    assert "RANK_ALL" in claim and "most recent" in claim


def test_a_filter_can_reorder_only_the_hits_beyond_the_ranked_window(monkeypatch, tmp_path, segmenter):
    from pipeline.search import Filters
    from pipeline.search import query as Q
    from pipeline.store import reader
    from tests.test_fts_filters77 import _build, _restricted

    _, _, db = _build(tmp_path)
    conn = reader.connect_readonly(str(db))
    try:
        def ids(**f):
            return [r["measure_id"] for r in Q.search(conn, "干部", Filters(**f), limit=500).results]

        every, some = ids(), ids(province="福建")
        assert some == _restricted(every, some)  # (fewer matches than the window: the same order)
        monkeypatch.setattr(Q, "RANK_ALL", 3)
        every = ids()
        assert set(some) <= set(every)  # (beyond the window: the same hits, their order is the ranking's)
    finally:
        conn.close()


# --- 9. a section's title before a charge is no duty list's lead -------------------------------------------------------

def test_a_charge_under_a_section_title_is_no_duty_list(segmenter):
    # class: 三、主要做法：落实…职责：甲；乙。 the section's title and its colon, then a charge and its acts: measures;
    # only an annex label may stand before a duty list's own colon (附件二：某某职责：…, tests/test_twins77.py)
    from pipeline.extract.measures import find_measures
    from tests.test_extract import article

    head = "青禾县加强村干部队伍建设\n今年以来，青禾县持续加强村干部队伍建设。\n"
    body = ("三、主要做法：压实驻村工作队队长职责：每周组织一次入户走访；每月召开一次村情分析会；"
            "每半年开展一次驻村成效评估。\n")
    got = [m.text for m in find_measures(article(head + body))]
    assert any("入户走访" in t for t in got) and any("成效评估" in t for t in got), got


# --- 8. the divisions a unit holds: each count found, each counting for the holder --------------------------------------

@pytest.mark.parametrize("text, want", [
    ("全地区所辖四县一市均为山区。", [("四县", "全地区所辖"), ("一市", "全地区所辖")]),
    ("该市现辖6县一区，总人口约90万。", [("6县", "该市现辖"), ("一区", "该市现辖")]),
])
def test_each_count_of_held_divisions_is_found_and_counts_for_the_holder(text, want, segmenter):
    assert [(f, subject) for f, subject, _ in _figures(text)][:2] == want
