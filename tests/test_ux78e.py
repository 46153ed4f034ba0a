"""Findings of the session-78 tester (researcher comparing regions) fixed on branch fix_ux78e, one test per
class, texts in our own words."""
from __future__ import annotations

from click.testing import CliRunner
import pytest

from pipeline import search as S
from pipeline.cli import cli
from pipeline.extract.article import extract_article
from pipeline.store import reader
from tests.conftest import built_from_texts
from tests.test_extract import article
from tests.test_page_metadata import BODY, BODY2, only


def figures(text: str, title: str | None = None):
    return extract_article(article(text, title)).figures


def pers(text: str) -> dict[str, str | None]:
    return {f.text: f.per for f in figures(text)}


# -- a figure's per runs to the end of its noun (the segmenter's word), never cut inside it -----------------

def test_a_per_runs_to_the_end_of_its_noun(segmenter):
    got = pers("去年以来，青禾县为每名村干部发放通讯补贴150元，为每名乡镇干部安排一名联络员。")
    assert got["150元"] == "每名村干部"
    assert got["一名"] == "每名乡镇干部"


# -- the values of a list share the per written before its first -------------------------------------------

def test_a_lists_values_share_its_per(segmenter):
    got = pers("柳川县规定，大中小三类村的支部书记每人每月分别补助500元、420元、360元和300元。")
    assert [got[v] for v in ("500元", "420元", "360元", "300元")] == ["每人每月"] * 4


# -- a source written with the verb of taking it (转自X, 转载自X, 来自X) is the medium X ---------------------

@pytest.mark.parametrize("written", ["转自青禾先锋网", "转载自青禾先锋网", "来自 青禾先锋网"])
def test_a_source_taken_from_a_medium_is_the_medium(tmp_path, written):
    art = only(tmp_path, "\n".join([
        "青禾县选派年轻干部到乡镇挂职",
        f"2023-06-01 09:30:00 来源：{written} 作者:方小禾",
        BODY,
        BODY2,
    ]))
    assert art.source == "青禾先锋网"


# -- a small knowledge base of our own: a county once renamed twice (吴江县 -> 吴江市 -> 吴江区), two towns of one
# name in two counties, and an article naming only that town ------------------------------------------------

KB_TEXTS = {
    "wujiang.txt": "吴江区推进干部实绩考核\n来源：吴江日报\n2024年4月8日\n\n"
                   "江苏省苏州市吴江区委组织部完善干部实绩考核办法，把考核结果作为干部选拔任用的重要依据。\n"
                   "吴江区每季度组织一次实绩比拼，比拼结果向全区通报。\n",
    "taoyuan_a.txt": "桃源镇选派年轻干部驻村\n来源：吴江日报\n2024年5月9日\n\n"
                     "江苏省苏州市吴江区桃源镇选派年轻干部到村任职，帮助村里解决发展难题。\n"
                     "桃源镇为驻村干部建立成长档案，每半年开展一次谈心谈话。桃源镇青云村的驻村干部带头整治村容村貌。\n",
    "taoyuan_b.txt": "大田县桃源镇加强干部作风建设\n来源：三明日报\n2023年7月3日\n\n"
                     "福建省三明市大田县桃源镇出台干部作风建设办法，推动干部沉到一线解决群众急难愁盼问题。\n"
                     "桃源镇建立干部作风问题清单，实行销号管理，问题整改情况纳入年度考核。\n",
    "alxa.txt": "阿拉善高新区选派干部到企业服务\n来源：阿拉善日报\n2024年6月12日\n\n"
                "内蒙古自治区阿拉善盟阿拉善高新区选派机关干部到重点企业担任服务专员，帮助企业解决用工难题。\n"
                "阿拉善高新区把服务成效纳入干部年度考核。\n",
    "alone.txt": "桃源镇组织年轻干部比武\n来源：乡村导报\n2024年9月2日\n\n"
                 "近日，桃源镇组织二十名年轻干部围绕基层治理开展比武，优胜者在年度考核中加分。\n",
}


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux78e", KB_TEXTS)


@pytest.fixture(scope="module")
def kb(kb_db):
    return reader.connect_readonly(kb_db)


# -- a former name's note gives the unit's names in order, each from its year -------------------------------

def test_a_former_names_note_tells_the_history_in_order(kb):
    res = S.search(kb, "", S.Filters(county="吴江县"))
    assert res.total > 0
    (note,) = res.notes
    assert "1992 年起为吴江市，2012 年起为江苏省苏州市吴江区" in note.message


# -- a higher filter that narrows same-named towns: the note says which one it picked -----------------------

def test_a_county_filter_picks_one_of_the_same_named_towns(kb):
    res = S.search(kb, "", S.Filters(township="桃源镇", county="大田县"))
    (note,) = res.notes
    assert "结果包含全部" not in note.message and "大田县桃源镇" in note.message and "吴江区桃源镇" not in note.message
    assert [c.label for c in note.choices] == ["大田县桃源镇"]
    both = S.search(kb, "", S.Filters(township="桃源镇"))
    assert "结果包含全部" in both.notes[0].message  # (no filter above it: both, said so, as before)


# -- the regions export: an article placed nowhere (a town of many namesakes alone) writes no level, township or
# path, not that town as if it were its place ---------------------------------------------------------------

def test_an_article_placed_nowhere_has_no_township_in_the_regions_export(kb_db, tmp_path):
    import pandas as pd

    from tests.conftest import article_ids

    r = CliRunner().invoke(cli, ["export", "--db", str(kb_db), "--format", "csv", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    regions = pd.read_csv(tmp_path / "regions.csv", dtype=str).set_index("文章编号")
    ids = article_ids(kb_db)
    alone, placed = regions.loc[ids["alone.txt"]], regions.loc[ids["taoyuan_b.txt"]]
    assert alone[["层级", "乡镇", "完整地名"]].isna().all(), alone.to_dict()
    assert placed["乡镇"] == "桃源镇" and placed["完整地名"] == "福建省/三明市/大田县/桃源镇"
    assert regions["乡镇"].eq("桃源镇").sum() == 2  # (the two towns placed, not the third article)


# -- spaCy export: a place span's label is the mention's own full path (a village's, a zone's), its code and
# level in span._.policykb ------------------------------------------------------------------------------

def test_spacy_region_spans_carry_the_mentions_own_place(kb_db, tmp_path):
    import sqlite3

    import spacy
    from spacy.tokens import DocBin

    import pipeline.report.spacy_export  # noqa: F401  (registers the extensions for reading the user data)

    r = CliRunner().invoke(cli, ["export", "--db", str(kb_db), "--format", "spacy", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    docs = list(DocBin().from_disk(tmp_path / "kb.spacy").get_docs(spacy.blank("zh").vocab))
    con = sqlite3.connect(kb_db)
    levels = set()
    for doc in docs:
        want = sorted((s, e, (path or "").replace("/", ""), code or None, level) for s, e, path, code, level in con.execute(
            "SELECT start, end, path, code, level FROM region_mentions WHERE article_id = ? AND start IS NOT NULL",
            (doc._.policykb["article_id"],)))
        got = sorted((x.start_char, x.end_char, x.label_, x._.policykb["code"], x._.policykb["level"])
                     for x in doc.spans["regions"])
        assert got == want
        levels |= {w[-1] for w in want}
    assert {"village", "zone"} <= levels


# -- a zone found by its host and zone word that the zone data lacks gets a code: the host's, H and an ordinal --

def zones(text: str) -> dict[str, str]:
    return {m.place.name: m.place.code for m in extract_article(article(text)).regions if m.place.level == "zone"}


def test_a_zone_found_by_its_host_and_zone_word_has_a_code(segmenter):
    first = zones("今年，湖南省怀化市怀化国际陆港经开区为园区干部建立实绩档案，考核结果与评优挂钩。")
    again = zones("怀化市怀化国际陆港经开区召开干部大会，部署作风建设工作。")
    other = zones("近日，内蒙古自治区阿拉善盟阿拉善高新区选派干部到企业蹲点服务。")
    (name, code), = first.items()
    assert code.startswith("431200H") and len(code) == 10  # 怀化市's six digits, H and three of the ordinal
    assert again[name] == code  # (the same zone, the same code, in every article)
    (code2,) = other.values()
    assert code2.startswith("152900H") and code2 != code
