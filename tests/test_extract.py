"""Extraction: golden cases (tests/cases/*.json), documents, regions, robustness, CLI."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.text.articles import split_articles
from pipeline.cli import cli
from pipeline.extract.article import extract_article, regions_mentioned
from pipeline.extract.documents import find_documents
from pipeline.extract.figures import find_figures
from pipeline.extract.regions import Gazetteer, locate
from pipeline.extract.slogans import find_slogans
from pipeline.core.records import RawDocument
from pipeline.text.repair import repair_document


def find_regions(text, g=None):
    """Place mentions in one text on its own."""
    return locate(text, g).mentions


CASES = Path(__file__).parent / "cases"


def article(text: str, title: str | None = None):
    body = (title + "\n" if title else "") + text
    raw = RawDocument(path="<test>", id="t", encoding="utf-8", format="txt", text=body, size=len(body))
    arts = split_articles(repair_document(raw))
    from pipeline.nlp.segment import get_segmenter

    for a in arts:
        for p in a.paragraphs:
            for s in p.sentences:
                s.tokens = get_segmenter().cut(s.text)
    return arts[0]


def _load(name):
    return json.loads((CASES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, expected", _load("figures.json"), ids=lambda v: v if isinstance(v, str) else None)
def test_figures(text, expected, segmenter):
    x = extract_article(article(f"据介绍,{text},全县干部作风持续向好。"))  # a sentence, not a metadata line
    got = [[f.value, f.high, f.unit, f.qualifier] for f in x.figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", _load("slogans.json"), ids=lambda v: v if isinstance(v, str) else None)
def test_slogans(text, expected, segmenter):
    got = [[s.canonical, s.count, s.components, s.local] for s in find_slogans(text)]
    assert got == expected


def test_a_lexicon_formula_whose_last_character_opens_a_word_is_none(segmenter):
    # 三下|乡镇: went down to the townships three times; the formula is 三下乡 when it ends a word
    x = extract_article(article("县委书记三下乡镇调研，摸清了情况。大学生开展暑期三下乡活动。"))
    assert [(s.canonical, len(s.mentions)) for s in x.slogans] == [("三下乡", 1)]


def test_a_numeral_inside_a_word_makes_no_paired_formula(segmenter):
    # 一要统一思想: the second 一 is inside 统一, so this is no 一X一Y formula (一岗双责 is)
    x = extract_article(article("书记要求，一要统一思想、提高认识，二要落实一岗双责。"))
    assert [s.canonical for s in x.slogans] == ["一岗双责"]


def test_slogan_count_checked_against_components(segmenter):
    (s,) = find_slogans("落实“五好”要求(班子好、队伍好、机制好、作风好)。")
    assert s.count == 5 and len(s.components) == 4 and s.count_matches is False


def test_a_clause_listing_as_many_items_as_counted_spells_the_formula_out(segmenter):
    (s,) = find_slogans("柳川县推行“三比三看”，比学习看思路、比干劲看作风、比实绩看口碑。")
    assert s.components == ["比学习看思路", "比干劲看作风", "比实绩看口碑"]
    (s,) = find_slogans("柳川县推行“三比三看”，比学习、比干劲，全县干部积极参与。")  # two items for three
    assert s.components == []


def test_a_quoted_run_of_three_character_phrases_is_a_formula(segmenter):
    assert [s.canonical for s in find_slogans("村干部们“晨议事、午下田、晚总结”，效果明显。")] == ["晨议事、午下田、晚总结"]
    assert find_slogans("选拔“能吃苦、敢担当”的干部。") == []  # it describes people
    assert find_slogans("村里常说“晨议事、下田、晚总结”。") == []  # phrases of different lengths
    assert find_slogans("村干部们普遍“年龄大、学历低、精力散”。") == []  # shortcomings, not a formula


def test_a_count_of_full_percentages_is_a_formula(segmenter):
    assert [(s.canonical, s.count) for s in find_slogans("换届实现“三个100%”的目标。")] == [("三个100%", 3)]
    assert find_slogans("参训率达到“100%”。") == []


def test_components_in_brackets_after_ji_at_a_pages_end_and_beside_sibling_formulas(segmenter):
    (s,) = find_slogans("柳川镇将“五小”（即小食堂、小厕所、小澡堂、小书屋、小活动室）建设列入计划。")
    assert s.components == ["小食堂", "小厕所", "小澡堂", "小书屋", "小活动室"]
    (s,) = find_slogans("选派时提出“三不派”，即素质不强的不派、不熟悉农村的不派、工作")  # the page stops there
    assert s.components == ["素质不强的不派", "不熟悉农村的不派"]
    found = find_slogans("各村推行“五步承诺”“月督月考”“五比五看”等做法。")
    assert all(s.components == [] for s in found)  # formulas side by side are not each other's items


def test_three_character_lists_of_institutions_or_problems_are_no_formulas(segmenter):
    assert find_slogans("村里成立“党支部、村委会、合作社”三套班子。") == []
    assert find_slogans("着力解决“人难选、钱难筹、事难办”等问题。") == []
    (s,) = find_slogans("坚持“三看三比”，主要是看作风、比干劲、看实绩。")
    assert s.components == ["看作风", "比干劲", "看实绩"]


def test_quoted_metaphors_are_terms_not_slogans(segmenter):
    x = extract_article(article("提升基层经历的“含金量”,畅通成长“立交桥”。落实“五小”建设。"))
    assert x.quoted_terms == ["含金量", "立交桥"]
    assert [s.canonical for s in x.slogans] == ["五小"]


def test_national_slogan_has_definition(segmenter):
    (s,) = find_slogans("坚持三个区分开来。")
    assert s.definition and not s.local


def test_documents_nested_short_names_publications():
    text = ("出台《关于贯彻〈党政领导干部选拔任用工作条例〉的实施细则》(以下简称《细则》),"
            "《细则》明确了程序。经验刊登于《中国组织人事报》和《群众》杂志。")
    docs = find_documents(text)
    assert [(d.title, d.short_name, d.publication) for d in docs] == [
        ("关于贯彻〈党政领导干部选拔任用工作条例〉的实施细则", "细则", False),
        ("中国组织人事报", None, True),
        ("群众", None, True),
    ]
    sites = find_documents("市里开通了《青禾党建网》，又印发《关于织密基层监督网络的意见》。")
    assert [(d.title, d.publication) for d in sites] == [("青禾党建网", True), ("关于织密基层监督网络的意见", False)]


def _place(m):
    return (m.place.province, m.place.city, m.place.county)


def test_region_chain_and_suffixless_names(segmenter):
    g = Gazetteer.load()
    # 锦州 is also a frequent dictionary word: it is a place here because its province is beside it.
    ms = find_regions("福建省龙岩市上杭县委组织部到辽宁锦州学习,兴化市委也派人参加。", g)
    assert [(m.text, _place(m)) for m in ms] == [
        ("福建省", ("福建省", None, None)),
        ("龙岩市", ("福建省", "龙岩市", None)),
        ("上杭县", ("福建省", "龙岩市", "上杭县")),
        ("辽宁", ("辽宁省", None, None)),
        ("锦州", ("辽宁省", "锦州市", None)),
        ("兴化市", ("江苏省", "泰州市", "兴化市")),
    ]


@pytest.mark.parametrize("name, expected", [
    ("龙港市", ("浙江省", "温州市", "龙港市")),
    ("海门区", ("江苏省", "南通市", "海门区")),
    ("米林市", ("西藏自治区", "林芝市", "米林市")),
    ("海门市", ("江苏省", "南通市", "海门区")),  # former name
])
def test_current_and_former_names(name, expected):
    (m,) = find_regions(f"{name}的做法", Gazetteer.load())
    assert _place(m) == expected


def test_ambiguous_district_resolved_by_context_with_reason(segmenter):
    g = Gazetteer.load()
    ms = find_regions("长春市近年来推进干部交流,朝阳区选派干部到乡镇挂职。", g)
    chaoyang = [m for m in ms if m.text == "朝阳区"][0]
    assert chaoyang.place.city == "长春市"
    assert len(chaoyang.candidates) >= 2 and "长春市" in chaoyang.reason
    ms = find_regions("北京市委组织部介绍,朝阳区社区工作者队伍稳定。", g)
    assert [m for m in ms if m.text == "朝阳区"][0].place.province == "北京市"


def test_primary_region_and_no_regions_from_spam_or_abbreviations(segmenter):
    text = ("近年来,福建省龙岩市上杭县完善容错纠错机制,为推动“襄十随神”城市群发展提供经验。\n"
            "上杭县委组织部组织干部赴浙江省学习。\n"
            "临夏市| 敦化市| 石河子市| 三明市| 萍乡市| 茂名市| 安达市| 廉江市|\n")
    x = extract_article(article(text, title="上杭县:织密容错纠错“防护网”"))
    assert (x.region.province, x.region.city, x.region.county) == ("福建省", "龙岩市", "上杭县")
    assert regions_mentioned(x) == ["福建省", "龙岩市", "浙江省"]


def test_common_words_are_not_counties(segmenter):
    x = extract_article(article("县委组织部会同县财政局推进乡村振兴,更新和完善资源台账,推动合作。"))
    assert regions_mentioned(x) == []


def test_measures_have_headings_and_links(segmenter):
    text = ("近年来,某县坚持严管厚爱。\n"
            "鲜明导向重实绩,让基层历练更有“含金量”。2021年提拔一线干部31名;落实“五好”要求,选派73名干部挂职。\n")
    x = extract_article(article(text))
    ms = [m for m in x.measures if m.heading]
    assert ms and all(m.heading == "鲜明导向重实绩,让基层历练更有“含金量”" for m in ms)
    first = ms[0]
    assert first.text.startswith("2021年提拔一线干部31名")
    assert [x.figures[i].text for i in first.figures] == ["31名"]
    assert x.figures[0].time == "2021"  # an explicit date gives its ISO form


@pytest.mark.parametrize("text", [
    "按照“一专多",  # truncated, unbalanced quote
    "“" * 50 + "三个区分开来" + "”" * 3,
    "落实" + "“干部" * 300 + "。",  # (without a full stop the run is no prose: lines.py drops it)
    "1234567890 " * 500,
    "8" * 5000,
    "干部" * 2500 + "。",
    "",
    "。",
])
def test_robust_to_bad_text(text, segmenter):
    if not text.strip("。 "):
        raw = RawDocument(path="<t>", id="t", encoding="utf-8", format="txt", text=text or " ", size=1)
        articles = split_articles(repair_document(raw))
        assert all(not a.text.strip("。 ") and not extract_article(a).measures for a in articles)
        return
    x = extract_article(article(text))
    assert all(len(s.text) <= 40 for s in x.slogans)
    assert all(len(f.text) <= 30 for f in x.figures)


def test_figures_never_from_unreadable_text(segmenter):
    x = extract_article(article("选派\ue123\ue456名干部,另有12名干部。"))
    assert [f.text for f in x.figures] == ["12名"]


def test_extract_cli_jsonl_contract(tmp_path, segmenter):
    p = tmp_path / "a.txt"
    p.write_text("上杭县:容错纠错“防护网”\n来源:闽西日报  作者:林海\n\n近年来,福建省龙岩市上杭县严格落实“三个区分开来”,"
                 "今年以来为12名干部澄清正名,出台《容错纠错实施办法》。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(p)])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output.splitlines()[0])
    for key in ("id", "file", "index", "title", "date", "source", "authors", "region", "regions_mentioned", "text",
                "slogans", "quoted_terms", "figures", "dates", "documents", "measures", "quality"):
        assert key in d
    assert d["region"]["county"] == "上杭县" and d["region"]["code"].startswith("350823")
    s = d["slogans"][0]
    assert {"text", "canonical", "numbered", "count", "components", "count_matches", "local", "start", "end"} <= set(s)
    f = d["figures"][0]
    assert {"text", "value", "high", "unit", "qualifier", "subject", "time", "start", "end"} <= set(f)
    assert d["text"][f["start"]:f["end"]] == f["text"] == "12名"
    assert d["documents"] == [{"title": "容错纠错实施办法", "short_name": None, "publication": False,
                               "start": d["text"].index("《"), "end": d["text"].index("》") + 1}]
    m = d["measures"][0]
    assert {"text", "heading", "start", "end", "figures", "slogans"} <= set(m)
    table = CliRunner().invoke(cli, ["extract", str(p), "--format", "table"])
    assert "福建省/龙岩市/上杭县" in table.output


def test_extract_offsets_index_text_on_sample(sample_kb):
    import sqlite3

    out, _ = sample_kb
    con = sqlite3.connect(out)
    rows = con.execute("SELECT a.text, f.text, f.start, f.end FROM figures f JOIN articles a ON a.id = f.article_id"
                       " WHERE f.start IS NOT NULL").fetchall()  # (a headline's own figures and slogans have no span)
    assert len(rows) > 200
    assert all(t[s:e] == ft for t, ft, s, e in rows)
    rows = con.execute("SELECT a.text, r.text, r.start, r.end FROM region_mentions r JOIN articles a ON a.id = r.article_id"
                       " WHERE r.start IS NOT NULL").fetchall()
    assert rows and all(t[s:e] == rt for t, rt, s, e in rows)
    rows = con.execute("SELECT a.text, s.text, s.start, s.end FROM slogans s JOIN articles a ON a.id = s.article_id"
                       " WHERE s.start IS NOT NULL").fetchall()
    assert rows and all(t[s:e] == st for t, st, s, e in rows)
    # The sample articles' primary regions agree with the manifest written with them.
    manifest = json.loads((Path(__file__).parent.parent / "corpora" / "sample-manifest.json").read_text(encoding="utf-8"))
    want = {a["title"].replace(":", "：").replace(" ", ""): (a["province"], a["county"])
            for e in manifest for a in e["articles"]}
    got = con.execute("SELECT a.title, r.province, r.county FROM regions r JOIN articles a ON a.id = r.article_id").fetchall()
    right = sum(want.get((t or "").replace(":", "：").replace(" ", "")) == (p, c) for t, p, c in got)
    assert right / len(got) >= 0.9, got


def test_evaluate_cli(tmp_path, segmenter):
    result = CliRunner().invoke(cli, ["evaluate", "tests/gold", "--seeds", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "figures" in result.output and "gold sha256" in result.output


def test_a_formula_named_after_what_it_mainly_builds(segmenter):
    # 以“甲、乙、丙”建设为主的“三小工程”: the quoted list before the frame spells the formula out
    text = "柳川县推出以“小厨房、小书屋、小浴室”建设为主的“三小工程”,改善乡镇干部条件。"
    (s,) = [s for s in find_slogans(text) if s.canonical == "三小工程"]
    assert s.components == ["小厨房", "小书屋", "小浴室"]
    text = "柳川县推出以“小厨房、小书屋”建设为主的“三小工程”。"  # two items for three: not its spelling
    (s,) = [s for s in find_slogans(text) if s.canonical == "三小工程"]
    assert s.components == []


def test_components_in_numbered_paragraphs_lose_their_list_marker(segmenter):
    text = "\n".join(["柳川县通过“三个狠抓”提升档案质量。", "一是狠抓材料收集，做到应收尽收。", "二是狠抓审核把关，做到逐份过筛。",
                      "三是狠抓整改落实，做到动态更新。"])
    x = extract_article(article(text, title="柳川县抓实干部档案工作"))
    assert [(s.canonical, s.components) for s in x.slogans] == [("三个狠抓", ["狠抓材料收集", "狠抓审核把关", "狠抓整改落实"])]
