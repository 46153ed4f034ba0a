"""Places and the primary region studied on set 247 (helper study80b), and the staff finding on articles headed by a
town.  Every sentence here is written for these tests; the place names in them are facts."""
from __future__ import annotations

from dataclasses import replace

from pipeline.extract.article import extract_article
from pipeline.extract.regions import Gazetteer, locate
from tests.conftest import built_from_texts
from tests.test_page_metadata import only


def _towns(text: str) -> list[tuple[str, str, bool]]:
    """The township mentions: as written, the path, and whether one town is placed (a code)."""
    return [(m.text, m.place.path, bool(m.place.code)) for m in locate(text, Gazetteer.load()).mentions
            if m.place.level == "township"]


def test_a_town_named_between_zhonggong_and_weiyuanhui_is_a_town_however_ordinary_its_stem():
    # 中共某某乡委员会 is the full name of the town's party committee (a notice's issuer, its signature): the town is
    # named there and in the notice's other lines, though its stem (平安) is an ordinary word; three towns share the
    # name, so the mentions stay ambiguous, but they are there
    notice = ("中共平安乡委员会\n关于调整村级班子考核办法的通知\n各村党支部：\n"
              "现将调整后的《平安乡2023年度村级班子考核办法》发给你们，请遵照执行。\n中共平安乡委员会\n")
    assert [t for t, _, _ in _towns(notice)] == ["平安乡"] * 3
    # the word alone, or another committee (乡村振兴委员会), is still no town
    assert _towns("全乡上下一派平安祥和，乡村振兴委员会召开会议。") == []


def test_a_written_level_word_chooses_between_two_towns_of_one_stem_in_the_county():
    # 青阳县 has both a 九华镇 and a 九华乡: after the county, the level word written says which one (it was left
    # ambiguous between them: no code, so no township filter found the article)
    assert _towns("青阳县九华镇选派12名干部驻村。") == [("九华镇", "安徽省/池州市/青阳县/九华镇", True)]
    assert _towns("青阳县九华乡选派12名干部驻村。") == [("九华乡", "安徽省/池州市/青阳县/九华乡", True)]


_HEADED = ("清流县龙津镇探索年轻干部“墩苗”培养机制\n来源：清流县委组织部 2023-06-01\n"
           "　　今年以来，福建省三明市清流县坚持严管厚爱，清流县委组织部选派28名年轻干部到乡镇一线挂职。"
           "清流县纪委监委同步开展跟踪监督。\n"
           "　　龙津镇党委为挂职干部逐一配备导师，每月召开一次交流会。\n"
           "　　清流县还建立了挂职干部成长档案，对表现突出的9名干部优先使用。清流县人社局、清流县财政局落实挂职补贴，"
           "清流县委党校开设专题培训班。\n")


def _region(tmp_path, text: str):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    x = process_document(read_document(path)).extractions[0]
    return (x.region.county, x.region.township), x.region_reason


def test_an_article_headed_by_a_town_of_the_county_it_is_set_in_is_placed_at_the_town(tmp_path):
    # the headline names one town (placed by its county before it); the body names the county again and again
    # (the lead's chain, its departments, the source line): the article is the town's, the county agreeing with the
    # rest of it.  It stayed at the county, the town outweighed by the county's own mentions.
    from pipeline.report.labels import reason_zh

    placed, why = _region(tmp_path, _HEADED)
    assert placed == ("清流县", "龙津镇") and why.endswith("the headline names 龙津镇 of 清流县")
    assert reason_zh(why).endswith("标题写的是清流县的龙津镇")  # (the Chinese export says it too)
    # a headline naming the county alone leaves the article at the county; so does one naming two of its towns
    assert _region(tmp_path, _HEADED.replace("清流县龙津镇探索", "清流县探索", 1))[0] == ("清流县", None)
    assert _region(tmp_path, _HEADED.replace("清流县龙津镇探索", "清流县龙津镇、嵩溪镇探索", 1))[0] == ("清流县", None)


def test_a_town_filter_finds_the_article_its_town_heads(tmp_path_factory):
    # the staff finding: /api/search?township=… found nothing and said the knowledge base had no measures there,
    # though an article headed by that town was in it (placed at its county)
    from pipeline import search as S
    from pipeline.store import reader

    conn = reader.connect_readonly(built_from_texts(tmp_path_factory, "headed80b", {"headed.txt": _HEADED}))
    res = S.search(conn, "", S.Filters(township="龙津镇"), limit=10)
    assert res.total > 0 and not res.notes


def test_a_headline_the_body_keeps_as_its_own_line_names_its_places_once(tmp_path):
    # the page prints the headline as a line of the body (a repeated heading, a notice's issuer and title on two
    # lines): the body's mention there is the headline's place, not a second one beside a headline mention
    art = only(tmp_path, _HEADED)
    assert [m.text for m in extract_article(art).title_regions] == ["清流县", "龙津镇"]
    first, rest = art.text.split("\n", 1)
    kept = replace(art, text=first + "\n" + art.title + "\n" + rest)
    assert extract_article(kept).title_regions == []
    # over two lines (the issuer on one, the rest on the next), likewise; a headline the body does not print keeps its own
    head, tail = art.title[:5], art.title[5:]
    assert extract_article(replace(art, text=head + "\n" + tail + "\n" + art.text)).title_regions == []
    assert extract_article(replace(art, text=head + "\n" + art.text)).title_regions != []
