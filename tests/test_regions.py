"""Places at every level: the gazetteer, mentions with their reasons, traps that are not places,
same-named units, the primary region, the KB columns and the real-gold place scorer.

Every sentence here is written for these tests; the place names in them are facts."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from pipeline.core.records import Place
from pipeline.realgold import evaluate_real, report as real_report
from pipeline.extract.regions import Gazetteer, locate
from pipeline.extract.article import extract_article
from tests.test_extract import article


def _found(text, g, **kw):
    return [(m.text, m.place.level, m.place.path) for m in locate(text, g, **kw).mentions]


def _paths(text, g, **kw):
    return [m.place.path for m in locate(text, g, **kw).mentions]


# --- the gazetteer -------------------------------------------------------------------------


def test_gazetteer_levels_codes_and_year(g):
    levels = {}
    for p in g.places.values():
        levels[p.level] = levels.get(p.level, 0) + 1
    assert g.data_as_of == "2025-12-31"
    assert levels["province"] >= 31 and levels["city"] >= 330 and levels["county"] >= 2800
    assert levels["township"] >= 38000 and levels["zone"] >= 500
    town = g.places["430121104000"]
    assert (town.name, town.county, town.path) == ("江背镇", "长沙县", "湖南省/长沙市/长沙县/江背镇")
    assert g.places["110105000000"].city is None  # a municipality's district has no prefecture


def test_the_cached_gazetteer_is_the_one_its_tables_make(tmp_path, monkeypatch):
    """Every process but the first reads the gazetteer back from our cache: the same units, forms
    and stems, and villages still found through it; a torn cache file is made again."""
    from pipeline.core import pickled
    from pipeline.extract.regions import _gazetteer_key

    monkeypatch.setenv(pickled.CACHE_ENV, str(tmp_path))
    made = Gazetteer._read()
    pickled.load_or_build("gazetteer", "gazetteer", _gazetteer_key(), Gazetteer._read)
    [entry] = pickled.cache_dir("gazetteer").glob("gazetteer-*.pkl")
    back = pickled.load_or_build("gazetteer", "gazetteer", _gazetteer_key(), lambda: pytest.fail("not read back"))
    assert back.places == made.places and back.forms == made.forms and back.stems == made.stems
    assert back.parents == made.parents and back.children == made.children and back.data_as_of == made.data_as_of
    assert back.villages_of("611022000000")["八龙庙村"] == made.villages_of("611022000000")["八龙庙村"]
    entry.write_bytes(entry.read_bytes()[:1000])
    again = pickled.load_or_build("gazetteer", "gazetteer", _gazetteer_key(), Gazetteer._read)
    assert again.places == made.places and entry.stat().st_size > 1000


def test_villages_are_read_per_county(g):
    index = g.villages_of("611022000000")  # 丹凤县
    assert len(index) > 100
    codes = index["八龙庙村"]
    assert all(g.places[c].level == "village" and g.places[c].county == "丹凤县" for c in codes)


def _small_tree() -> Gazetteer:
    g = Gazetteer()  # not the shared one: these tests watch what is made and kept
    g._add("610000000000", "", "province", "陕西省")
    g._add("611000000000", "610000000000", "city", "商洛市")
    g._add("611022000000", "611000000000", "county", "丹凤县")
    g._add("611022100000", "611022000000", "township", "龙驹寨街道")
    g._village_rows = {"611022100000": "八龙庙村|庾家河村", "611022000000": "|城关社区"}
    return g


def test_village_places_are_made_from_their_code_and_never_kept():
    """A village's code is its parent's and an ordinal: its Place, parent and lineage come from
    the code; nothing of it joins the tree (a long build would name all 650,000)."""
    g = _small_tree()
    index = g.villages_of("611022000000")
    assert index == {"城关社区": ["611022000000V000"], "八龙庙村": ["611022100000V000"], "庾家河村": ["611022100000V001"]}
    code = "611022100000V001"
    assert g.parent_code(code) == "611022100000" and code not in g.children["611022100000"]
    assert g.lineage(code) == [code, "611022100000", "611022000000", "611000000000", "610000000000"]
    p = g.places[code]
    assert p == Place(code, "庾家河村", "village", "陕西省", "商洛市", "丹凤县", "龙驹寨街道", "陕西省/商洛市/丹凤县/龙驹寨街道/庾家河村")
    assert g.places[code] == p and code not in g.places and code not in g.lineages
    assert g.places["611022000000V000"].path == "陕西省/商洛市/丹凤县/城关社区"
    assert g.village_host(code) == "611022000000"
    for unknown in ("611022100000V002", "611022100000Vx", "611022100001V000"):
        with pytest.raises(KeyError):
            g.places[unknown]


def test_only_the_counties_used_last_keep_their_village_index(monkeypatch):
    import pipeline.extract.regions as regions

    monkeypatch.setattr(regions, "_VILLAGE_COUNTIES", 1)
    g = _small_tree()
    g._add("611023000000", "611000000000", "county", "商南县")
    g._village_rows["611023000000"] = "富水社区"
    first = g.villages_of("611022000000")
    assert g.villages_of("611022000000") is first  # kept while it is the newest
    assert g.villages_of("611023000000") == {"富水社区": ["611023000000V000"]}
    assert list(g._village_index) == ["611023000000"]
    assert g.villages_of("611022000000") == first  # made again, the same


def test_zone_table_hosts(g):
    (zone,) = [g.places[f.code] for f in g.forms["长沙经开区"]]
    assert zone.level == "zone" and zone.path == "湖南省/长沙市/长沙县/长沙经济技术开发区"
    (xiong,) = [g.places[f.code] for f in g.forms["雄安新区"]]
    assert (xiong.city, xiong.name) == ("保定市", "河北雄安新区")  # the State Council's name for it


# --- mentions and reasons ------------------------------------------------------------------


def test_chain_down_to_the_village_with_reasons(g, segmenter):
    ms = locate("陕西省商洛市丹凤县土门镇八龙庙村党支部书记介绍了村里的做法。", g).mentions
    assert [m.place.level for m in ms] == ["province", "city", "county", "township", "village"]
    assert ms[3].place.path == "陕西省/商洛市/丹凤县/土门镇" and ms[3].place.code == "611022107000"
    assert ms[3].reason.startswith("explicit parent: 丹凤县")
    assert ms[4].place.name == "八龙庙村" and ms[4].place.county == "丹凤县"


def test_same_named_townships_told_apart_by_their_county(g, segmenter):
    ms = locate("长沙县江背镇的做法引起关注，兴国县江背镇也派干部前来学习。", g).mentions
    towns = [m.place for m in ms if m.text == "江背镇"]
    assert [t.county for t in towns] == ["长沙县", "兴国县"]
    ms = locate("长沙县组织部门介绍，近年来江背镇党委注重培养年轻干部。", g).mentions
    (town,) = [m for m in ms if m.text == "江背镇"]
    assert town.place.county == "长沙县" and town.reason.startswith("context vote")


def test_a_lone_ambiguous_township_says_so(g, segmenter):
    pl = locate("江背镇党委坚持把年轻干部放到一线。", g)
    (m,) = pl.mentions
    assert m.place.code == "" and m.place.level == "township" and len(m.candidates) == 2
    assert m.reason.startswith("ambiguous")
    # the article is placed only as far as the candidates agree: the town, no county guessed
    assert (pl.region.township, pl.region.county, pl.region.code) == ("江背镇", None, "")
    assert pl.reason.startswith("ambiguous") and pl.confidence == 0.0


def test_township_named_like_a_county(g, segmenter):
    ms = _found("安远乡干部深入村组走访，安远县委组织部给予指导。", g)
    assert ("安远县", "county", "江西省/赣州市/安远县") in ms
    assert all(path != "江西省/赣州市/安远县" for text, _, path in ms if text != "安远县")


@pytest.mark.parametrize("text, want", [
    ("南京市鼓楼区与福州市鼓楼区结成对子。", ["江苏省/南京市/鼓楼区", "福建省/福州市/鼓楼区"]),
    ("鼓楼区委组织部推动温泉街道、东街街道干部双向交流。", ["福建省/福州市/鼓楼区"]),
    ("北京市委组织部介绍，朝阳区社区工作者队伍保持稳定。", ["北京市/朝阳区"]),
    ("长春市近年来推进干部交流，朝阳区选派干部到乡镇挂职。", ["吉林省/长春市/朝阳区"]),
    ("长春朝阳区推进干部交流。", ["吉林省/长春市/朝阳区"]),
])
def test_same_named_districts(g, segmenter, text, want):
    got = [p for p in _paths(text, g) if p.endswith(("鼓楼区", "朝阳区"))]
    assert got == want


def test_province_credited_by_its_own_city(g, segmenter):
    ms = locate("吉林长春市委组织部召开专题会议。", g).mentions
    assert [(m.text, m.place.name) for m in ms] == [("吉林", "吉林省"), ("长春市", "长春市")]
    assert ms[0].reason.startswith("explicit child")


@pytest.mark.parametrize("text, name, path", [
    ("湖北各地加强年轻干部培训。", "湖北", "湖北省"),
    ("临汾：激励干部担当作为", "临汾", "山西省/临汾市"),
    ("黔东南州选派干部驻村帮扶。", "黔东南州", "贵州省/黔东南苗族侗族自治州"),
    ("湘西州推进干部队伍建设。", "湘西州", "湖南省/湘西土家族苗族自治州"),
    ("北川县委组织部介绍了经验。", "北川县", "四川省/绵阳市/北川羌族自治县"),
    ("本报长春讯 近日，干部培训班开班。", "长春", "吉林省/长春市"),
    ("江西吉安推进容错纠错。", "吉安", "江西省/吉安市"),
    ("安徽黄山选派年轻干部到基层。", "黄山", "安徽省/黄山市"),
])
def test_short_forms_with_a_cue(g, segmenter, text, name, path):
    title = text if "：" in text else None
    pl = locate("" if title else text, g, title=title)
    got = [(m.text, m.place.path) for m in pl.title_mentions + pl.mentions]
    assert (name, path) in got


@pytest.mark.parametrize("title, path", [
    ("两当选派30名年轻干部驻村", "甘肃省/陇南市/两当县"),  # (jieba: 两|当选|派)
    ("乌当选树一批担当作为好干部", "贵州省/贵阳市/乌当区"),
])
def test_a_headlines_county_name_cut_into_the_verb_after_it(g, segmenter, title, path):
    pl = locate("", g, title=title)
    assert [m.place.path for m in pl.title_mentions] == [path]
    assert locate("", g, title="新干部队伍建设见成效").title_mentions == []  # (新干县 is no name here)


def test_a_name_jieba_glues_to_a_verb_of_motion_before_it(g, segmenter):
    assert [t for t, _, _ in _found("考察组一行来麦积区考察指导工作。", g)] == ["麦积区"]


def test_counties_of_one_city_listed_side_by_side_vouch_for_each_other(g, segmenter):
    got = _found("首批干部来自顺义、大兴、密云等区。", g)
    assert [t for t, _, _ in got] == ["顺义", "大兴", "密云"]


def test_listed_short_forms_vouch_for_each_other(g, segmenter):
    got = _found("吉安、黄山等地也出台了类似办法。", g)
    assert [t for t, _, _ in got] == ["吉安", "黄山"]


@pytest.mark.parametrize("text", [
    "大同小异的做法难以推广，要走和平发展道路，前途一片光明。",
    "加快小城镇建设，推进新型城镇化，全乡干部下乡蹲点。",
    "县委组织部会同县财政局推进乡村振兴，更新和完善资源台账。",
    "服务对象和县委考核组分别打分。",
    "加快辽宁振兴发展，全面建成小康社会。",
    "规范化建设乡镇食堂，改善乡镇干部生活条件。",
    "据临汾日报报道，长春新闻网也作了转载。",
    "本报记者黄山报道，县委书记王安远参加座谈。",
    "他家住在长春路，常去北京路的书店。",
    "全州各级组织部门共举办培训班20期。",
    "登上西塞山远眺，当年开山采石留下的伤痕仍在。",  # a district named after its mountain: the bare name is the hill
    "推进成渝地区双城经济圈建设，两地互派干部挂职。",  # a dictionary word no place tag vouches for, inside a clause
    "县里安排两名干部到静乐寺景区管理处挂职。",  # a temple named like a county
    "两市坚持“双城联动”，推动年轻干部互派挂职。",  # twin cities, not 双城区 (a word opening with 双 needs a cue)
    "镇干部牵头推进翠屏湖环湖步道建设。",  # a lake named like a district
    "关注公众号，随时阅读湖北工人报和贵州农民报。",  # media named after their province
])
def test_ordinary_words_names_and_media_are_not_places(g, segmenter, text):
    got = _found(text, g)
    assert [t for t, _, _ in got] in ([], ["辽宁"]), got


@pytest.mark.parametrize("text, want", [
    ("西藏寺庙驻寺干部定期轮换。", ["西藏"]),  # a province's short form before 寺 is the province's
    ("湖南水库移民安置干部座谈。", ["湖南"]),
    ("浙江经济报告显示干部队伍持续优化。", ["浙江"]),  # 报告 is no paper
    ("宁陵县城关镇、示范镇、特色镇联合开展活动。", ["宁陵县", "城关镇"]),  # listed words are no towns
])
def test_short_forms_the_temple_water_and_media_rules_keep(g, segmenter, text, want):
    assert [m.text for m in locate(text, g).mentions] == want


def test_former_names_with_the_year(g, segmenter):
    (m,) = locate("海门市的做法值得借鉴。", g).mentions
    assert m.place.name == "海门区" and "former name of 海门区" in m.reason and "2020" in m.reason
    ms = locate("重庆市江北区推进干部轮岗。", g).mentions
    assert ms[-1].place.name == "两江新区"


def test_zones_named_after_their_host(g, segmenter):
    ms = locate("阿拉善高新区加大基层投入，高新区财政每年安排专项经费。长沙经开区也有类似做法。", g).mentions
    zones = [(m.text, m.place.level, m.place.path) for m in ms]
    assert zones[0] == ("阿拉善高新区", "zone", "内蒙古自治区/阿拉善盟/阿拉善高新技术产业开发区")
    assert zones[1][0] == "高新区" and zones[1][2] == zones[0][2] and ms[1].reason.startswith("refers back")
    assert zones[2] == ("长沙经开区", "zone", "湖南省/长沙市/长沙县/长沙经济技术开发区")
    # after 是 or 于 the bare zone word refers back too; 新区域 (a new region) is no zone
    ms = locate("长沙经开区选派干部下沉。他原本是经开区的干部,扎根于经开区多年。", g).mentions
    assert [m.text for m in ms] == ["长沙经开区", "经开区", "经开区"]
    ms = locate("长春新区选派干部下沉。他原本是新区的干部。这是新区域协调发展的一步。", g).mentions
    assert [m.text for m in ms] == ["长春新区", "新区"]


def test_town_renamed_or_missing_from_the_list(g, segmenter):
    (*_, m) = locate("陕西省丹凤县土门乡干部下村走访。", g).mentions
    assert m.place.name == "土门镇" and "another level word" in m.reason
    (*_, m) = locate("村干部前往湖南省岳阳市樟木岭镇考察。", g).mentions
    assert (m.text, m.place.level, m.place.code) == ("樟木岭镇", "township", "")
    assert m.place.path == "湖南省/岳阳市/樟木岭镇"
    (*_, m) = locate("兰考县城关镇党委书记介绍了做法。", g).mentions  # a common town name, gone from this county
    assert (m.place.path, m.place.code) == ("河南省/开封市/兰考县/城关镇", "") and not m.candidates


def test_one_character_towns_only_after_their_county(g, segmenter):
    got = _found("禹城市伦镇和陵城区糜镇的村干部参加了培训。", g)
    assert ("伦镇", "township", "山东省/德州市/禹城市/伦镇") in got
    assert ("糜镇", "township", "山东省/德州市/陵城区/糜镇") in got
    assert [t for t, _, _ in _found("伦镇的干部参加了培训。", g)] == []  # no parent: not read


def test_a_town_placed_by_other_towns_of_its_county(g, segmenter):
    ms = locate("大浦镇、洣水镇相继开展培训，高湖镇也组织村干部参加。", g).mentions
    (town,) = [m for m in ms if m.text == "高湖镇"]
    assert town.place.path == "湖南省/衡阳市/衡东县/高湖镇" and town.reason.startswith("context vote")


def test_a_level_word_cue_must_be_the_units_own(g, segmenter):
    assert _found("教育基地各有定位，比如市委党校侧重理论教学。", g) == []
    assert _found("比如县委组织部召开会议。", g) == [("比如县", "county", "西藏自治区/那曲市/比如县")]


def test_a_list_vouches_only_for_a_whole_item(g, segmenter):
    got = _found("德州经济技术开发区、运河经济开发区的干部参加了培训。", g)
    assert all(not path.startswith("河北省") for _, _, path in got), got


def test_a_numeral_inside_a_village_name_counts_nothing(segmenter):
    from pipeline.extract.article import extract_article

    x = extract_article(article("吉木萨尔县二工镇六户地村的驻村干部走访了12户村民。"))
    assert [f.text for f in x.figures] == ["12户"]
    assert "六户地村" in [m.text for m in x.regions]


def test_a_street_office_written_short(g, segmenter):
    got = _found("西安市未央区张家堡街办干部参加培训。", g)
    assert ("张家堡街办", "township", "陕西省/西安市/未央区/张家堡街道") in got


def test_a_town_the_segmenter_glues_to_a_preposition(g, segmenter):
    assert [t for t, _, _ in _found("干部在阳郭镇政府工作了三年。", g)] == ["阳郭镇"]


def test_a_town_missing_from_the_list_stands_alone_before_its_institution(g, segmenter):
    # Stems the list and jieba's dictionary both lack, as for towns merged or renamed since.
    text = ("浙江省安吉县召开乡镇干部大会。会上，桦湾镇党委书记发言。"
            "桦湾镇、榉溪乡相关负责人参加。")
    found = {m.text: m for m in locate(text, g).mentions}
    assert found["桦湾镇"].place.path == "浙江省/湖州市/安吉县/桦湾镇"
    assert "standing alone" in found["桦湾镇"].reason
    assert [m.text for m in locate(text, g).mentions][-2:] == ["桦湾镇", "榉溪乡"]


def test_a_town_missing_from_the_list_in_a_list_of_its_county_s_towns(g, segmenter):
    # 尚武 is a word of the dictionary (martial spirit); listed after a town of the county it is a town's stem
    found = {m.text: m for m in locate("旺苍县东河镇、尚武镇等乡镇开展了干部轮训。", g).mentions}
    assert found["尚武镇"].place.path == "四川省/广元市/旺苍县/尚武镇"
    assert "尚武镇" not in {m.text for m in locate("旺苍县干部发扬尚武镇定的作风。", g).mentions}


def test_a_district_whose_name_opens_with_the_citys_shi(g, segmenter):
    # 市南区, 市中区: written after the city's short form, the 市 belongs to the district
    assert _found("青岛市南区为社区书记办了轮训班。", g) == [
        ("青岛", "city", "山东省/青岛市"), ("市南区", "county", "山东省/青岛市/市南区")]
    assert _found("济南市市中区选派干部下沉社区。", g) == [
        ("济南市", "city", "山东省/济南市"), ("市中区", "county", "山东省/济南市/市中区")]
    # its short form before its own medium's name: the district's media centre, not the city's
    assert _found("据济南市中融媒体中心消息,街道选派干部下沉社区。", g)[:2] == [
        ("济南", "city", "山东省/济南市"), ("市中", "county", "山东省/济南市/市中区")]
    placed = locate("街道选派干部下沉社区。", g, affiliation="济南市中融媒体中心")
    assert [m.place.name for m in placed.meta_mentions] == ["济南市", "市中区"]


def test_a_short_form_opening_with_shuang_placed_by_its_city(g, segmenter):
    assert ("双城", "county", "黑龙江省/哈尔滨市/双城区") in _found("双城选派干部到哈尔滨市挂职学习。", g)


def test_a_towns_stem_before_a_stream_is_the_stream(g, segmenter):
    found = [m.text for m in locate("福建省古田县大桥镇开展干部培训，组织党员参与大桥溪治理。", g).mentions]
    assert found == ["福建省", "古田县", "大桥镇"]


def test_an_ethnic_township_the_list_lacks_after_its_county(g, segmenter):
    got = _found("贵州江口县太平土家族苗族乡干部参加轮训。", g)
    assert ("太平土家族苗族乡", "township", "贵州省/铜仁市/江口县/太平土家族苗族乡") in got
    for text in ("普格县少数民族乡亲欢聚一堂。", "丘北县壮族苗族乡贤理事会成立。"):  # villagers, local worthies: no town
        assert [m.place.level for m in locate(text, g).mentions] == ["county"]
    # 民族乡 (the kind of township) is no 民族街道, however many places of its province the article names
    text = "湖北省武汉市江汉区干部座谈。会上讨论了加快民族乡经济发展的思路。"
    assert "民族乡" not in [m.text for m in locate(text, g).mentions]


def test_a_town_named_like_a_word_is_vouched_for_by_its_institution_elsewhere(g, segmenter):
    # 沙土 (sand) is a word: each 沙土镇 of the text is the town once one of them has its 党委 after it
    text = "1月9日,沙土镇召开述职评议会,沙土镇班子成员参加。会上,沙土镇党委书记作了点评。"
    assert [m.start for m in locate(text, g).mentions] == [5, 16, 29]


def test_a_level_word_inside_a_clause_is_no_town(g, segmenter):
    text = "安吉县开展培训。会议由镇党委主持，来自镇政府的干部参加，挂职乡干部发言，努力为街道服务。"
    assert [m.text for m in locate(text, g).mentions] == ["安吉县"]


@pytest.mark.parametrize("text, path", [
    ("海淀区对全区年轻干部开展谈心谈话。", "北京市/海淀区"),  # 海淀 is a word jieba knows as a place
    ("近日，平遥县建立容错纠错机制。", "山西省/晋中市/平遥县"),  # a full name opening its clause
    ("近日，房县建立容错纠错机制。", "湖北省/十堰市/房县"),  # two characters: a word of its own
    ("中共湖南省委办公厅印发通知。", "湖南省"),  # 中共 glued to the unit by the segmenter
    ("自治区选派干部到新疆各地驻村。", "新疆维吾尔自治区"),  # the short form without the nationality
    ("伊犁州组织干部培训。", "新疆维吾尔自治区/伊犁哈萨克自治州"),
])
def test_full_and_short_names_found_alone(g, segmenter, text, path):
    assert path in [m.place.path for m in locate(text, g).mentions]


def test_a_word_before_a_level_word_inside_a_clause_is_no_county(g, segmenter):
    assert locate("由县纪委会同县人社局开展督查。", g).mentions == []
    assert locate("去年引进干部。新县委书记到任后狠抓作风。", g).mentions == []


def test_a_village_the_list_lacks_right_after_its_town(g, segmenter):
    text = "驻村干部在安徽长丰县杨庙镇榉湾村蹲点。如今榉湾村游客多了。杨庙镇贫困村、杨庙镇各村也在行动。"
    villages = [m for m in locate(text, g).mentions if m.place.level == "village"]
    assert [m.text for m in villages] == ["榉湾村", "榉湾村"]
    assert villages[0].place.path == "安徽省/合肥市/长丰县/杨庙镇/榉湾村"


def test_a_town_named_in_full_then_by_its_stem(g, segmenter):
    text = "来自嘉泽镇的干部交流经验。嘉泽花木产业从大到强。"
    found = [(m.text, m.place.path) for m in locate(text, g).mentions]
    assert ("嘉泽", "江苏省/常州市/武进区/嘉泽镇") in found


def test_a_given_name_after_a_family_name_is_no_county(g, segmenter):
    text = "会上,综治科的朱凌云作交流发言。4位凌云干部参加。"
    assert [m.start for m in locate(text, g).mentions if m.text == "凌云"] == [text.index("4位") + 2]


def test_a_name_right_after_a_function_word_is_not_cut_by_a_short_form(g, segmenter):
    # 从江 is short for 从江县; in 从江苏 the 从 is "from" and the name is 江苏
    assert ("江苏", "province", "江苏省") in _found("去年市委从江苏引进一批年轻干部。", g)
    assert ("从江", "county", "贵州省/黔东南苗族侗族自治州/从江县") in _found("干部们在从江蹲点调研。", g)


def test_a_role_word_before_a_place_needs_a_family_name_to_make_a_person(g, segmenter):
    assert ("贵州", "province", "贵州省") in _found("记者在贵州山区走访了多个村寨。", g)
    assert "黄山" not in [t for t, _, _ in _found("记者黄山报道。", g)]


def test_village_level_after_a_province_is_no_village_name(g, segmenter):
    # 村级 is "village-level": 辽宁 stays the province
    assert ("辽宁", "province", "辽宁省") in _found("辽宁村级组织换届后干部年龄明显下降。", g)


def test_towns_the_list_lacks_listed_after_a_town_of_a_county(g, segmenter):
    # 荞窝镇 is listed under 普格县; the others were merged away before the data's year
    text = "昭觉县和普格县的干部走访了普格县荞窝镇、红莫依达乡、马洪乡、特补乡等地。"
    towns = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "township"]
    assert [t for t, _ in towns] == ["荞窝镇", "红莫依达乡", "马洪乡", "特补乡"]
    assert all(p.startswith("四川省/凉山彝族自治州/普格县/") for _, p in towns)


def test_village_stems_listed_before_their_shared_level_word(g, segmenter):
    text = "阜平县今年在杏林、石桥、枣园三个社区和槐树、柳沟等村推行干部坐班。"
    villages = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]
    assert [t for t, _ in villages] == ["杏林", "石桥", "枣园", "槐树", "柳沟"]
    assert villages[0][1] == "河北省/保定市/阜平县/杏林社区" and villages[-1][1] == "河北省/保定市/阜平县/柳沟村"
    # village-level work is no village; without a county, township or village named, no list is read
    assert [m for m in locate("阜平县把党建、产业等村级事务公开。", g).mentions if m.place.level == "village"] == []
    assert [m for m in locate("全省在杏林、石桥等村试点。", g).mentions if m.place.level == "village"] == []
    # jieba glues a preposition to a stem it does not know (由北套): the stem starts after it
    text = "阜平县会议首先由北套、槐岭、柳沟三个村的书记述职。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "village"] == ["北套", "槐岭", "柳沟"]


def test_a_citys_short_form_the_segmenter_knows_as_a_place_needs_no_cue(g, segmenter):
    # 珠海, 杭州: frequent words, but jieba tags them as places; 大同 (great harmony) it does not
    assert ("珠海", "city", "广东省/珠海市") in _found("组织社区书记到珠海的先进社区跟班学习。", g)
    assert ("杭州", "city", "浙江省/杭州市") in _found("学员前往上海、南京、杭州开展现场教学。", g)
    assert _found("追求天下大同的理想。", g) == []


def test_a_town_written_with_another_level_word_does_not_vouch_for_itself(g, segmenter):
    # 进乡街道 (哈尔滨) written as 进乡镇 inside 推进|乡镇, twice: neither repeat places the other
    text = "随县近年来推进乡镇干部周转房建设。各地持续推进乡镇工作。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "township"] == []


def test_media_channels_forums_and_civility_sites_are_not_places(g, segmenter):
    for text in ("随州论坛讯 近日,某镇召开会议。", "华声在线益阳频道5月1日讯 近日。", "中山文明网讯 近日。"):
        assert _found(text, g) == [], text


def test_a_community_named_one_character_beyond_a_county_short_form(g, segmenter):
    found = _found("昭觉县金阳里社区书记作交流发言。", g)
    assert [t for t, _, _ in found] == ["昭觉县", "金阳里社区"]  # the community right after its county, no 金阳县
    assert "北川" in [t for t, _, _ in _found("北川城乡社区治理不断深化。", g)]  # 城乡 is no town


def test_town_stems_listed_before_their_shared_level_word(g, segmenter):
    towns = [(m.text, m.place.path) for m in locate("仙桃市郑场、三伏潭、剅河等镇推行坐班制。", g).mentions
             if m.place.level == "township"]
    assert towns == [("郑场", "湖北省/仙桃市/郑场镇"), ("三伏潭", "湖北省/仙桃市/三伏潭镇"), ("剅河", "湖北省/仙桃市/剅河镇")]


def test_listed_towns_place_themselves_when_the_article_names_no_county(g, segmenter):
    # 郑场镇 is in two counties, 三伏潭镇 and 剅河镇 in one of them: the list is in that one
    towns = [m.place.path for m in locate("郑场、三伏潭、剅河等镇推行设岗定责。", g).mentions]
    assert towns == ["湖北省/仙桃市/郑场镇", "湖北省/仙桃市/三伏潭镇", "湖北省/仙桃市/剅河镇"]
    assert locate("张庄、李庄等村推行设岗定责。", g).mentions == []  # villages need a county named


def test_town_stems_before_a_count_or_a_mixed_level_word(g, segmenter):
    def towns(text):
        return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "township"]

    assert towns("仙桃市郑场、剅河两镇推行坐班制。") == [("郑场", "郑场镇"), ("剅河", "剅河镇")]
    assert towns("仙桃市在郑场、剅河等2个乡镇推行坐班制。") == [("郑场", "郑场镇"), ("剅河", "剅河镇")]
    # 乡镇 names no level: the data must place a stem in the county, and a county's short form
    # read inside an unlisted stem (樟树 in 樟树港) gives way to the list
    placed = locate("湘阴县樟树港、东塘、金龙等乡镇推行坐班制。", g).mentions
    assert [(m.text, m.place.level) for m in placed][1:] == [("樟树港", "township"), ("东塘", "township"),
                                                              ("金龙", "township")]
    assert towns("湘阴县青禾、柳川等乡镇推行坐班制。") == []


def test_town_stems_before_the_last_town_written_whole(g, segmenter):
    def towns(text):
        return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "township"]

    # 递铺、昌硕街道: the last name carries the level word for both; the data holds both in the county
    assert towns("安吉县递铺、昌硕街道推行坐班制。") == [("递铺", "递铺街道"), ("昌硕街道", "昌硕街道")]
    assert towns("仙桃市郑场、剅河镇推行坐班制。") == [("郑场", "郑场镇"), ("剅河镇", "剅河镇")]
    # without 等 or a count, a stem the county's data lacks is no town, and no list is read
    assert towns("安吉县青禾、昌硕街道推行坐班制。") == [("昌硕街道", "昌硕街道")]


def test_listed_town_stems_win_over_a_county_short_form_and_a_glued_preposition(g, segmenter):
    # 澄江 alone is 澄江市 in Yunnan; listed with its neighbours before 乡镇 it is 寻乌县's 澄江镇
    placed = locate("寻乌县抽调干部到澄江、吉潭、南桥3个乡镇蹲点。", g).mentions
    assert [(m.text, m.place.level, m.place.county) for m in placed][1:] == [
        ("澄江", "township", "寻乌县"), ("吉潭", "township", "寻乌县"), ("南桥", "township", "寻乌县")]
    # jieba reads 到溪龙 as one word: the preposition is not part of the first stem
    placed = locate("安吉县抽调干部到溪龙、上墅、山川3个乡蹲点。", g).mentions
    assert [m.text for m in placed if m.place.level == "township"] == ["溪龙", "上墅", "山川"]


def test_villages_after_their_town_with_de_between_and_listed_after_the_first(g, segmenter):
    def villages(text):
        return [m.text for m in locate(text, g).mentions if m.place.level == "village"]

    assert villages("房县军店镇的柳湾村、青禾村都建起了产业基地。") == ["柳湾村", "青禾村"]
    assert villages("房县军店镇的贫困村、中心村都建起了产业基地。") == []
    assert villages("房县军店镇的村干部都参加了培训。") == []


def test_a_name_said_twice_is_no_evidence_for_itself(g, segmenter):
    # 土门乡 is a full name in 赞皇县 and 清水县's 土门镇 written with 乡: the second mention must not
    # vote for the first one's reading against the county the article names
    towns = {m.place.path for m in locate("记者走进土门乡，土门乡干部正在开会。清水县委组织部在全县推广。", g).mentions
             if m.place.level == "township"}
    assert towns == {"甘肃省/天水市/清水县/土门镇"}


def test_the_list_goes_on_after_a_listed_village_and_no_village_inside_a_longer_name(g, segmenter):
    def villages(text):
        return [m.text for m in locate(text, g).mentions if m.place.level == "village"]

    assert villages("化州市新安镇新塘村、柳湾塘村等地进行调研。") == ["新塘村", "柳湾塘村"]
    # 郭村 is a village of 新田乡 in the data; 任郭村 is not, and its tail is no mention of 郭村
    assert "郭村" not in villages("侯马市新田乡任郭村党总支书记获提名奖。")
    assert villages("侯马市新田乡，郭村干部获提名奖。") == ["郭村"]


def test_a_village_right_after_its_county_and_a_short_form_inside_its_name(g, segmenter):
    placed = [(m.text, m.place.level) for m in locate("苏尼特左旗巴彦柳湾嘎查党支部书记深有感触。", g).mentions]
    assert placed == [("苏尼特左旗", "county"), ("巴彦柳湾嘎查", "village")]  # no 巴彦县 inside it
    assert [m.place.level for m in locate("寒亭区各村建起文化广场，寒亭区农村面貌一新。", g).mentions] == ["county", "county"]


def test_a_provincial_report_citing_counties_of_several_cities_alike_stays_at_the_province(g, segmenter):
    text = ("江西省推荐了三名县委书记。江西省委组织部介绍，信丰县、奉新县和广丰区的书记各有特色。"
            "信丰县书记长期在基层工作。江西省将继续做好推荐工作。")
    assert locate(text, g).region.path == "江西省"
    text += "信丰县还建立了干部实绩档案，信丰县干部反响热烈。"
    assert locate(text, g).region.path == "江西省"  # the county under half of all said in the province
    text += "信丰县还把档案用于选拔，信丰县群众十分认可。"
    assert locate(text, g).region.path == "江西省/赣州市/信丰县"  # half of it: the county's report


def test_common_forms_and_ordinary_words_around_short_forms(g, segmenter):
    def found(text):
        return [(m.text, m.place.name) for m in locate(text, g).mentions]

    assert found("新疆自治区下派驻村工作队。") == [("新疆自治区", "新疆维吾尔自治区")]  # as often written
    assert found("行走在山东潍坊乡间，记者看到不少好村。") == [("山东", "山东省"), ("潍坊", "潍坊市")]  # 乡间 is no 乡
    assert found("山里的村庄与平原地区不一样。") == []  # plain areas, not 平原县's
    assert found("村里种植的长丰2号茄子喜获丰收。") == []  # a crop's variety
    # a name read once as a person's (村民付永清) is that person wherever it recurs
    assert found("村民付永清今年57岁。“谢谢。”付永清说。干部为付永清争取到了助学款。") == []


def test_towns_named_by_ordinary_words_need_a_parent(g, segmenter):
    def found(text):
        return [m.text for m in locate(text, g).mentions]

    assert found("选定九桥社区高标准建设街道社区工作实训基地。") == []  # 建设 is a verb here
    assert found("社区和村镇，作为社会治理的基本单元。") == []  # and villages and towns
    assert "建设街道" in found("柳州市城中区建设街道党工委组织培训。")
    # a town named again by its stem is the town, not its seat village of that name
    assert [m.place.level for m in locate("均村乡地处兴国县西端，有3位是均村人。", g).mentions] == ["township", "county"]


def test_verbs_after_a_county_and_conjunctions_before_a_town_name_no_place(g, segmenter):
    levels = [m.place.level for m in locate("肥西县建强村党组织，肥西县做优社区服务。", g).mentions]
    assert levels == ["county", "county"]  # 建强村, 做优社区: a verb and its object
    assert [m.place.level for m in locate("加强社区和村镇两级干部队伍建设。", g).mentions] == []


def test_an_article_about_one_town_that_nothing_places_says_so(g, segmenter):
    placed = locate("中山镇召开村干部述职会。中山镇党委书记作总结。", g)
    assert placed.region.township == "中山镇" and placed.region.county is None
    assert placed.reason.startswith("ambiguous") and placed.confidence == 0.0


def test_the_source_naming_its_county_places_an_ambiguous_town(segmenter):
    # 沙沟镇 is in four counties; the page's source (its issuer) names the one
    art = article("沙沟镇召开村干部述职会。沙沟镇党委书记作总结讲话,要求各村抓好落实。", title=None)
    plain = extract_article(art)
    assert plain.region is not None and plain.region.county is None
    sourced = article("来源:沂水县沙沟镇\n沙沟镇召开村干部述职会。沙沟镇党委书记作总结讲话,要求各村抓好落实。")
    x = extract_article(sourced)
    assert sourced.source == "沂水县沙沟镇"
    assert (x.region.county, x.region.township) == ("沂水县", "沙沟镇")


def test_an_article_naming_no_place_is_placed_by_its_local_medium(g, segmenter):
    placed = locate("全市村党组织书记培训班近日开班,学员分组研讨。", g, source="海安日报")
    assert placed.mentions == [] and placed.region.path == "江苏省/南通市/海安市"
    assert "medium" in placed.reason and placed.confidence <= 0.25
    assert locate("全市村党组织书记培训班近日开班。", g, source="人民日报").region is None
    # a place the article names wins over its medium's
    assert locate("绥阳县召开培训会。", g, source="海安日报").region.name == "绥阳县"


def test_banners_written_by_their_customary_abbreviation(g, segmenter):
    assert ("察右中旗", "county", "内蒙古自治区/乌兰察布市/察哈尔右翼中旗") in _found("内蒙古察右中旗推行村干部擂台比武。", g)
    assert ("土左旗", "county", "内蒙古自治区/呼和浩特市/土默特左旗") in _found("土左旗开展年轻干部培训。", g)


def test_customary_abbreviations_of_prefectures(g, segmenter):
    assert ("巴州", "city", "新疆维吾尔自治区/巴音郭楞蒙古自治州") in _found("巴州库尔勒市选派干部住村。", g)
    assert ("哈市", "city", "黑龙江省/哈尔滨市") in _found("今天,哈市首批社区工作者上岗。", g)
    assert "四川省/巴中市/巴州区" in _paths("巴中市巴州区开展干部培训。", g)  # the district keeps its name


def test_long_village_names_after_their_town(g, segmenter):
    found = _found("疏附县托克扎克镇依什兰木其村村民说,长宁区虹桥街道荣华居民区也在推广。", g)
    assert ("依什兰木其村", "village", "新疆维吾尔自治区/喀什地区/疏附县/托克扎克镇/依什兰木其村") in found
    assert ("荣华居民区", "village", "上海市/长宁区/虹桥街道/荣华居民区") in found
    # ordinary words before 村/社区 are a clause, not a name
    assert [m for m in locate("柳川镇积极探索农村干部考核,香山街道筹备组香山社区推广。", g).mentions
            if m.place.level == "village"] == []


def test_a_town_inside_a_common_phrase_or_a_speakers_words_is_no_town(g, segmenter):
    # 文明乡 is a town's name, 文明乡风 (civil rural customs) a phrase; 我代表镇政府 is a speaker
    text = "沂水县各村围绕文明乡风开展评比。现在,我代表镇政府向大会报告工作。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "township"] == []


def test_lists_of_services_and_a_town_after_a_preposition(g, segmenter):
    # review: ordinary words before 社区服务 / 镇域 are no places; 到 is no part of a town's name
    assert [m.place.level for m in locate("安远县围绕养老、托育、文化等社区服务开展工作,推进产业、文化等镇域经济。", g).mentions] == ["county"]
    assert ("石榴坪镇", "township") in [(m.text, m.place.level) for m in locate("安远县干部到石榴坪镇党委调研。", g).mentions]


def test_a_national_paper_named_like_a_district_places_nothing(g, segmenter):
    for medium in ("光明日报", "解放日报", "东方网"):
        assert locate("全市培训班开班。", g, source=medium).region is None, medium
    assert locate("全市培训班开班。", g, source="湖北日报").region.name == "湖北省"


# --- the primary region --------------------------------------------------------------------


def test_an_article_about_one_town_is_placed_there(g, segmenter):
    text = ("长沙县江背镇坚持把年轻干部放到一线。\n"
            "江背镇党委书记介绍，全镇今年选派干部驻村。江背镇还建立了容错机制。")
    pl = locate(text, g, title="江背镇：年轻干部到一线", first_paragraph_end=text.index("\n"))
    assert (pl.region.county, pl.region.township) == ("长沙县", "江背镇")
    assert 0 < pl.confidence <= 1 and pl.reason.startswith("weights")


def test_a_village_written_with_its_other_level_word_after_its_town(g, segmenter):
    # the list has 沙集镇东风社区 and 双沟镇官路村; 东风 and 官路 are ordinary words
    text = "睢宁县开展评星。沙集镇东风村评上五星,双沟镇官路社区评上四星。沙集镇推行轮训。"
    got = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]
    assert got == [("东风村", "江苏省/徐州市/睢宁县/沙集镇/东风村"), ("官路社区", "江苏省/徐州市/睢宁县/双沟镇/官路社区")]
    assert not [m for m in locate("睢宁县开展评星。沙集镇新风村评上五星。", g).mentions if m.place.level == "village"]
    for text in ("江宁区湖熟街道新农村建设取得成效。湖熟街道选派干部驻村。", "寿阳县朝阳镇城中村改造启动。朝阳镇干部包片负责。"):
        # (the lists have 新农社区 and 城中社区): a kind of village and the work on it
        assert not [m for m in locate(text, g).mentions if m.place.level == "village"], text


def test_a_shanghai_residents_area_is_its_listed_community(g, segmenter):
    text = "虹口区欧阳路街道开办书记带教班。虹仪居民区书记结对两名新书记。周边居民区的干部也来听课。"
    got = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]
    assert got == [("虹仪居民区", "上海市/虹口区/欧阳路街道/虹仪居民区")]  # (the list has 虹仪社区)
    text = "通州区新华街道开展物业治理。辖区新建居民区配齐了党组织书记。"  # (the list has 新建社区)
    assert not [m for m in locate(text, g).mentions if m.place.level == "village"]  # outside Shanghai: any residential area


def test_a_headline_hiding_the_unit_below_its_province(g, segmenter):
    text = "近日,秭归县出台容错办法。秭归县已为20多名干部容错免责。"
    assert locate(text, g, title="湖北一地为干部容错免责").region.county == "秭归县"
    assert locate(text, g, title="湖北多地推行容错免责").region.county == "秭归县"
    assert locate(text, g, title="湖北为干部容错免责").region.county is None  # the province's own report


def test_the_units_own_organ_acting_weighs_more_than_the_scene_it_opens_on(g, segmenter):
    opening = "走进临沂市沂水县沙沟镇的安置小区,新楼成排。\n近年来,"
    for rest, township in (("沂水县纪委监委盯住村里干部用权,建立清单。", None),
                           ("沂水县的干部盯住村里干部用权,建立清单。", "沙沟镇"),
                           ("沂水县纪委书记盯住村里干部用权。", "沙沟镇")):  # (a post, not the organ)
        text = opening + rest
        assert locate(text, g, first_paragraph_end=text.index("\n")).region.township == township, rest


def test_a_citys_short_form_opening_a_housing_estates_name_is_no_place(g, segmenter):
    assert [m.text for m in locate("青禾镇的桂林新村居委会办起了议事亭。", g).mentions] == []
    assert [m.text for m in locate("桂林新村居委会办起了议事亭,社工整合资源服务老人。", g).mentions] == []  # (nor vouches for 资源)
    assert [m.text for m in locate("桂林新建了一批议事亭。", g).mentions] == ["桂林"]


def test_a_countys_report_set_in_one_village_stays_at_the_county(g, segmenter):
    text = ("沂水县沙沟镇石槽峪村的村民夜校开课了。沂水县把夜校办到村里,石槽峪村每周一课。"
            "石槽峪村支书说,石槽峪村的夜校很受欢迎。沂水县今年办夜校120所,沂水县委宣传部统筹课程。")
    pl = locate(text, g)
    assert (pl.region.county, pl.region.township) == ("沂水县", None)  # the town named once, in the village's path
    text = "沂水县沙沟镇推行村干部坐班制。沙沟镇党委要求,石槽峪村每天有人值守。沙沟镇还建立了考勤台账。沂水县推广了沙沟镇的做法。"
    assert locate(text, g).region.township == "沙沟镇"  # the town named by itself more often than its county
    text = "沂水县推行村干部坐班制。沙沟镇要求每天有人值守。沂水县要求各镇学习。沙沟镇干部负责督导。"
    assert locate(text, g).region.township is None  # as often as its county: one of the county's places


def test_the_local_daily_tells_a_towns_namesakes_apart_under_a_province_named(g, segmenter):
    text = "湖南省推进社区减负。清水塘街道把考核表从12张减到3张,社区干部有了更多时间走访。清水塘街道还设立了谈心室。"
    assert locate(text, g).region.path == "湖南省"  # a street office of Changsha and one of Zhuzhou
    pl = locate(text, g, source="长沙晚报")  # (长沙 is a city and a county: a daily is the city's)
    assert pl.region.path == "湖南省/长沙市/开福区/清水塘街道" and pl.confidence == 0.5
    assert [m.place.path for m in pl.mentions][1:] == ["湖南省/长沙市/开福区/清水塘街道"] * 2
    assert locate(text, g, source="株洲日报").region.city == "株洲市"


def test_a_citys_report_naming_one_county_as_often_as_itself_stays_at_the_city(g, segmenter):
    pl = locate("临沂市出台村干部报酬办法。临沂市要求各县落实到位。沂水县先行试点,沂水县的做法已在全市推开。", g)
    assert (pl.region.city, pl.region.county) == ("临沂市", None)  # half of what is said: an example
    pl = locate("沂水县出台村干部报酬办法。沂水县要求各镇落实到位。临沂市推广了这一做法。", g)
    assert pl.region.county == "沂水县"


def test_a_provincial_report_citing_one_countys_example_stays_above_the_county(g, segmenter):
    text = ("云南省出台激励干部担当作为的办法。云南省要求各地落实。云南省委组织部介绍，云南省已有成效。"
            "楚雄州双柏县是其中一例，双柏县选派了年轻干部。")
    pl = locate(text, g)
    assert pl.region.province == "云南省" and pl.region.county is None  # 双柏 carries under 0.4 of the province
    pl = locate("楚雄州双柏县选派年轻干部到村任职。双柏县还建立了容错机制，云南省推广了其做法。", g)
    assert pl.region.county == "双柏县"  # the county carries most of what is said


def test_a_national_article_has_no_primary_region(g, segmenter):
    pl = locate("北京、广东、四川、湖北、浙江等地相继出台了激励办法。", g)
    assert pl.region is None and pl.reason.startswith("national")


def test_a_publishers_city_and_the_capital_as_a_meetings_venue_place_no_article(g, segmenter):
    pl = locate("干部培养要久久为功（见《干部工作论集》，北京：青禾出版社，2001年，第12页）。", g)
    assert [m.place.name for m in pl.mentions] == ["北京市"] and pl.region is None
    pl = locate("中央领导同志在北京会见全国优秀村党组织书记代表，勉励大家扎根基层。", g)
    assert pl.mentions and pl.region is None
    pl = locate("北京市怀柔区在北京召开村干部培训会，部署年轻干部培养工作。", g)
    assert pl.region.county == "怀柔区"  # the capital's own districts still place it


def test_a_province_opening_a_longer_word_is_named_but_not_in_a_channels_name(g, segmenter):
    pl = locate("青禾县干部赴香港理工大学学习，了解香港特区的治理经验，晚上收看湖南卫视。", g)
    assert [m.text for m in pl.mentions] == ["香港", "香港"]


def test_a_village_groups_name_is_no_county(g, segmenter):
    pl = locate("赣县区王母渡镇横溪村上龙江组的困难户说，驻村干部常来走访。", g)
    assert [m.text for m in pl.mentions if m.place.level == "county"] == ["赣县区"]


def test_a_street_office_written_as_banshichu_is_its_township(g, segmenter):
    pl = locate("考核组冒雨赶到江口县凯德办事处的移民村，省政府驻京办事处也来人了解情况。", g)
    assert [(m.text, m.place.level) for m in pl.mentions] == [("江口县", "county"), ("凯德办事处", "township")]
    assert pl.mentions[1].place.name == "凯德街道"


def test_a_residents_committee_after_its_street_is_a_village_level_unit(g, segmenter):
    pl = locate("长宁区华阳路街道姚家角居委会主任介绍，街道居委会干部都参加了培训。", g)
    assert [(m.text, m.place.level) for m in pl.mentions][-1] == ("姚家角居委会", "village")
    assert sum(m.place.level == "village" for m in pl.mentions) == 1


def test_village_officials_and_the_new_countryside_are_no_villages(g, segmenter):
    pl = locate("揭阳村官待遇翻番。枞阳县推进社会主义新农村建设,选派干部到村任职。", g)
    assert [m.text for m in pl.mentions] == ["揭阳", "枞阳县"]


def test_an_even_split_is_reported_as_ambiguous(g, segmenter):
    pl = locate("江苏省和浙江省开展干部交流。", g)
    assert pl.region is None and pl.reason.startswith("ambiguous")


def test_extract_article_carries_confidence_and_path(segmenter):
    from pipeline.extract.article import extract_article, regions_mentioned

    x = extract_article(article("近年来，福建省龙岩市上杭县完善容错纠错机制。上杭县委组织部介绍经验。",
                                title="上杭县：织密容错纠错防护网"))
    d = x.to_dict(regions_mentioned(x))
    assert d["region"]["path"] == "福建省/龙岩市/上杭县" and 0 < d["region"]["confidence"] <= 1
    assert {p["level"] for p in d["places"]} == {"province", "city", "county"}


def test_kb_stores_levels_paths_and_confidence(sample_kb):
    out, _ = sample_kb
    con = sqlite3.connect(out)
    rows = con.execute("SELECT level, path, province, name FROM region_mentions").fetchall()
    assert rows and all(level in {"province", "city", "county", "township", "village", "zone"} for level, *_ in rows)
    assert all(path.endswith(name) for _, path, _, name in rows)
    conf = con.execute("SELECT confidence, path FROM regions WHERE code IS NOT NULL").fetchall()
    assert conf and all(0 <= c <= 1 and p for c, p in conf)


# --- scoring against the real gold format ----------------------------------------------------


def test_real_gold_scores_places_and_the_primary_region(tmp_path, segmenter):
    page = "长沙县江背镇：年轻干部到一线\n近年来，长沙县江背镇坚持把年轻干部放到一线，江背镇党委建立容错机制。\n"
    pages = tmp_path / "real"
    pages.mkdir()
    (pages / "001.txt").write_text(page, encoding="utf-8")

    def span(s, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = page.index(s, start + 1)
        return {"start": start, "end": start + len(s), "sha1": hashlib.sha1(s.encode()).hexdigest()}

    places = [dict(text="长沙县", level="county", name="长沙县", path="湖南省/长沙市/长沙县", **span("长沙县", n))
              for n in (0, 1)]
    places += [dict(text="江背镇", level="township", name="江背镇", path="湖南省/长沙市/长沙县/江背镇",
                    **span("江背镇", n)) for n in (0, 1, 2)]
    gold = {"file": "001.txt", "sha256": hashlib.sha256(page.encode()).hexdigest(), "articles": [{
        "title": span("长沙县江背镇：年轻干部到一线"), "date": None, "source": None, "authors": [], "editor": None,
        "region": {"province": "湖南省", "city": "长沙市", "county": "长沙县", "township": "江背镇"},
        "places": places, "slogans": [], "quoted_terms": [], "figures": [], "documents": [], "dates": [],
        "measures": []}]}
    (tmp_path / "annotations").mkdir()
    (tmp_path / "annotations" / "001.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result, _ = evaluate_real(tmp_path, pages, split="dev")
    assert result["pages"] == 1
    assert result["places"]["township"]["r"] == 1.0 and result["places"]["county"]["r"] == 1.0
    assert result["region"]["township"]["accuracy"] == 1.0
    assert "places township" in real_report(result)
    assert evaluate_real(tmp_path, pages, split="test")[0]["pages"] == 0


def test_a_short_form_that_starts_inside_a_word_is_no_place(g):
    """到达|日: the segmenter's word 到达 holds the short form's first character (达日县)."""
    assert _found("报名材料一律以到达日为准,逾期不予受理。", g) == []


def test_a_short_form_jieba_knows_as_a_place_after_its_province(g):
    """江苏昆山: a frequent word only as a place's name is placed by any ancestor before it;
    an ordinary word (辽宁振兴: to revive) still needs its direct parent."""
    assert ("昆山", "county", "江苏省/苏州市/昆山市") in _found("江苏昆山的援疆干部在当地开展培训。", g)
    assert [m[0] for m in _found("辽宁振兴发展势头良好。", g)] == ["辽宁"]


def test_a_verb_and_its_object_after_a_county_is_no_village(g):
    """和林格尔县强化驻村干部…: 强化 is an ordinary word, so 强化驻村 is a clause, not a village."""
    assert [m[1] for m in _found("和林格尔县强化驻村干部管理,成效明显。", g)] == ["county"]


def test_a_county_named_by_an_ordinary_word_after_a_preposition(g):
    """由|桃源县委办牵头: a preposition the segmenter cut off opens the phrase; 纪委|会同县: no."""
    assert [m[2] for m in _found("工作由桃源县委办牵头,抽调人员组建专班。", g)] == ["湖南省/常德市/桃源县"]
    assert _found("市纪委会同县人社局开展检查。", g) == []


def test_the_kicker_over_the_headline_names_places_too(tmp_path):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    body = "镇里为每名离任干部建立档案，按月发放补贴，让他们安心。全镇已有四十多名离任干部领到补贴。\n" * 2
    page = tmp_path / "k.txt"
    page.write_text("2019年5月6日\n安吉离任村干部有了补贴\n镇里按月发放到人\n" + body, encoding="utf-8")
    x = process_document(read_document(page)).extractions[0]
    assert x.region is not None and x.region.county == "安吉县"


def test_a_namesake_town_named_with_its_officials_or_villages_is_kept_as_ambiguous(g, segmenter):
    placed = locate("深夜,在石桥镇柳湾村,石桥镇副镇长带领干部转移群众。", g)
    towns = [m for m in placed.mentions if m.place.level == "township"]
    assert [m.text for m in towns] == ["石桥镇", "石桥镇"] and all(m.place.code == "" for m in towns)
    assert placed.region.township == "石桥镇" and placed.reason.startswith("ambiguous")


def test_ordinary_words_and_a_big_citys_streets_are_no_towns(g, segmenter):
    # 先进|乡镇: 进乡镇 (a former town's name) would start inside a word, even where its province is named
    assert [m.text for m in locate("黑龙江省表彰先进乡镇,先进乡镇的标准随之公布。", g).mentions] == ["黑龙江省"]
    # 北京街道变化不小: Beijing's sub-districts, not the same-named 街道 of another city
    assert locate("这一年,北京街道变化不小。", g).mentions == []


def test_a_one_character_town_listed_after_its_neighbour_and_an_unlisted_sumu_after_its_banner(g, segmenter):
    towns = [m.text for m in locate("双流区黄甲街道、彭镇、黄龙溪镇各派一名干部参赛。", g).mentions if m.place.level == "township"]
    assert towns == ["黄甲街道", "彭镇", "黄龙溪镇"]
    sumu = [m for m in locate("科左后旗青格勒苏木干部冒雨巡查。", g).mentions if m.place.level == "township"]
    assert [(m.text, m.place.county) for m in sumu] == [("青格勒苏木", "科尔沁左翼后旗")]
    assert [m.text for m in locate("科左后旗加强苏木干部培训。", g).mentions] == ["科左后旗"]


def test_a_county_whose_name_is_also_a_word_is_placed_by_the_community_after_it(g, segmenter):
    # 江岸 is a river bank and 雄县 a two-character name: the community named right after them says county
    assert [m.text for m in locate("培训班在江岸区青禾苑社区结业。", g).mentions][:1] == ["江岸区"]
    assert [m.text for m in locate("雄安新区雄县铃铛阁社区书记发言。", g).mentions if m.place.level == "county"] == ["雄县"]
    assert [m.text for m in locate("他站在江岸上,看着江水。", g).mentions] == []
    assert locate("选派后备干部到先发地区和县内先进村挂职。", g).mentions == []  # 和|县内: no county


def test_a_prize_or_a_river_named_like_a_place_is_no_mention(g, segmenter):
    assert not any(m.text == "金牛" for m in locate("柳川镇评选年度‘金牛奖’,开展“金牛擂台赛”。", g).mentions)
    assert locate("清晨被怒江上的日出唤醒。", g).mentions == []
    assert [m.text for m in locate("怒江州选派干部驻村。", g).mentions] == ["怒江州"]


def test_a_town_the_list_lacks_is_placed_when_the_article_speaks_of_the_whole_town(g, segmenter):
    placed = locate("安吉县地处浙北。柳川乡地处偏远,全乡有干部30名。", g)
    assert [(m.text, m.place.county) for m in placed.mentions] == [("安吉县", "安吉县"), ("柳川乡", "安吉县")]
    assert locate("安吉县是林业大乡,全乡干部都参与护林。", g).mentions[1:] == []  # a big forestry town
    assert locate("安吉县干部走进贵州山乡,全乡干部忙碌。", g).mentions[1:] == []  # Guizhou's mountain towns
    # the verb test reads the level word the name ends in: 水乡 is a word, 水镇 is not
    placed = locate("安吉县地处浙北。柳水镇地处偏远,全镇有干部30名。", g)
    assert [(m.text, m.place.county) for m in placed.mentions] == [("安吉县", "安吉县"), ("柳水镇", "安吉县")]


def test_a_variant_character_opencc_keeps_and_a_mediums_name_holding_a_place(g, segmenter):
    from pipeline.text.chars import to_simplified

    assert to_simplified("記者在內蒙古、陜西等地調研") == "记者在内蒙古、陕西等地调研"
    assert [m.text for m in locate("新海南客户端讯 近日,海口市召开会议。", g).mentions] == ["海口市"]
    assert [m.text for m in locate("天津北方网讯:和平区召开会议。", g).mentions] == ["和平区"]


@pytest.mark.parametrize("text, want", [
    ("杭州奖励优秀村干部。", ["杭州"]), ("浙江水利厅召开会议。", ["浙江"]),  # 奖励, 水利: no prize, no river
    ("安吉县地处浙北,小李返乡创业,全乡群众都信任他。", ["安吉县"]),  # 返乡 is a word, no town
])
def test_words_after_a_name_that_keep_it_a_place(text, want, g, segmenter):
    assert [m.text for m in locate(text, g).mentions] == want


def test_a_kind_of_unit_and_a_name_after_an_officials_title_are_no_places(g, segmenter):
    # 苏木乡镇: sumu and townships, a kind of unit (创新 is the verb before it)
    assert [m.text for m in locate("乌兰察布市创新苏木乡镇干部培训。", g).mentions] == ["乌兰察布市"]
    # 检察长张东阳: a person's given name after a title and a family name
    assert [m.text for m in locate("沈阳市原检察长张东阳接受调查。", g).mentions] == ["沈阳市"]


def test_a_citys_towns_and_street_offices_and_a_variant_of_ning_in_traditional_text(g, segmenter):
    from pipeline.text.chars import to_simplified

    assert [m.text for m in locate("东莞镇街党政一把手全部到位。", g).mentions] == ["东莞"]  # 镇街: towns and streets
    assert [m.text for m in locate("安吉县孝丰镇街道两旁种满了树。", g).mentions] == ["安吉县", "孝丰镇"]
    assert to_simplified("近日,甯海縣橋頭胡街道") == "近日,宁海县桥头胡街道"
    assert to_simplified("记者甯小满报道") == "记者甯小满报道"  # in simplified text 甯 is a family name
    assert to_simplified("安吉縣上墅郷幹部,孝豐鄕黨委") == "安吉县上墅乡干部,孝丰乡党委"  # 郷, 鄕: variants of 鄉
    assert to_simplified("青禾縣柳川畬族鄉幹部") == "青禾县柳川畲族乡干部"  # 畬: the variant of 畲 such pages write


def test_two_towns_with_namesakes_are_placed_in_the_one_county_that_holds_both(g, segmenter):
    placed = locate("西来镇党委和新桥镇党委联合举办年轻干部读书会。", g)
    assert [(m.text, m.place.county) for m in placed.mentions] == [("西来镇", "靖江市"), ("新桥镇", "靖江市")]
    assert placed.mentions[0].reason.startswith("context vote")
    alone = locate("西来镇党委举办年轻干部读书会。", g)
    assert alone.mentions[0].place.county is None and alone.mentions[0].reason.startswith("ambiguous")


def test_a_town_with_namesakes_is_placed_by_the_village_written_after_it(g, segmenter):
    (town, village) = locate("走马镇白果村党支部今年完成换届。", g).mentions
    assert (town.place.county, village.text) == ("鹤峰县", "白果村")
    assert town.reason.startswith("explicit child")
    # two of the towns of the name have a 杜家村: still ambiguous
    assert locate("走马镇杜家村党支部今年完成换届。", g).mentions[0].place.county is None
    # the county written before it still decides
    assert locate("家住霍城县兰干乡兰干村的困难群众", g).mentions[1].place.county == "霍城县"


def test_a_town_with_namesakes_is_placed_by_its_village_named_later(g, segmenter):
    text = "走马镇召开村干部座谈会。会上，官仓村党支部书记介绍了经验。"
    town, village = locate(text, g).mentions
    assert (town.place.county, village.place.county) == ("鹤峰县", "鹤峰县")
    assert town.reason == "context vote: its village 官仓村 named in the article"
    # a village both namesakes hold decides nothing; nor does one read inside a longer name (小官仓村)
    assert locate("走马镇召开座谈会。杜家村的书记发言。", g).mentions[0].place.county is None
    assert locate("走马镇召开座谈会。干部到外县小官仓村学习。", g).mentions[0].place.county is None
    assert locate("走马镇党委书记日前深入官仓村调研。", g).mentions[0].place.county == "鹤峰县"  # after a verb


def test_a_town_whose_first_character_the_segmenter_glues_to_a_date(g, segmenter):
    # 2023|年石|桥头镇: the year's 年 and the name's first character read as one word
    text = "石桥头镇召开会议。2023年石桥头镇开展培训。"
    assert [m.start for m in locate(text, g).mentions] == [0, 14]


def test_a_town_named_alone_elsewhere_is_the_town_where_its_level_word_begins_a_word(g, segmenter):
    # 石桥头镇|村党组织书记 (镇村 is a word), but the text names the town alone before
    text = "石桥头镇召开擂台赛。会上，石桥头镇村党组织书记逐一发言。"
    assert [m.start for m in locate(text, g).mentions] == [0, 13]
    # named only so, the town too: a stem of no dictionary word is a name whatever follows (session 75; a stem that
    # is a word, 建设|乡镇, still needs the name written alone or its county)
    assert [m.start for m in locate("会上，石桥头镇村党组织书记逐一发言。", g).mentions] == [3]
    assert [m.start for m in locate("会上，建设乡镇村党组织书记逐一发言。", g).mentions] == []


def test_a_community_named_after_a_listed_village(g, segmenter):
    text = "鹤峰县走马镇召开会议。官仓村社区的书记作了发言。"
    community = locate(text, g).mentions[-1]
    assert (community.text, community.place.path) == ("官仓村社区", "湖北省/恩施土家族苗族自治州/鹤峰县/走马镇/官仓村社区")
    centre = locate("鹤峰县走马镇官仓村社区服务中心建成投用。", g).mentions[-1]  # the village's centre
    assert (centre.text, centre.place.code != "") == ("官仓村", True)


def test_a_town_with_namesakes_is_told_apart_by_the_local_medium(g, segmenter):
    text = "走马镇召开年轻干部座谈会，走马镇党委书记参加。"
    placed = locate(text, g, source="鹤峰县融媒体中心")
    assert placed.region.path == "湖北省/恩施土家族苗族自治州/鹤峰县/走马镇" and placed.confidence == 0.5
    assert all(m.place.county == "鹤峰县" for m in placed.mentions)
    assert locate(text, g, source="青禾日报").region.county is None  # a medium named after no place


def test_no_place_inside_a_sites_name_or_a_word_for_a_person(g, segmenter):
    assert locate("详情请登录恩施党建网(www.example.cn)查询。", g).mentions == []  # a site named after the place
    assert locate("争做风雨不动的“磐石者”。", g).mentions == []  # 磐石 (a rock) + 者: one who is like it
    assert [m.text for m in locate("新区已接入江苏电网。学员中来自江西者占六成。", g).mentions] == ["江苏", "江西"]
    # 发布 after a place is the verb (辽宁省发布了…), the medium only alone (“某某发布”)
    assert [m.text for m in locate("今日,辽宁省发布了遴选公告。记者从“鹤峰发布”获悉。", g).mentions] == ["辽宁省"]
    assert [m.text for m in locate("新标准由山东省发布，自明年起实施。", g).mentions] == ["山东省"]
    assert [m.text for m in locate("磐石市党建网站和鹤峰县电网公司", g).mentions] == ["磐石市", "鹤峰县"]


def test_a_two_character_county_the_segmenter_cuts_as_a_place_anywhere_in_a_sentence(g, segmenter):
    # 户县 (now 鄠邑区) and 萧县 mid-sentence, cut out by jieba as place names; not 贫困户|县级 nor 和|县委
    text = "考试在本月举行，内容包括户县县情。萧县也派人观摩。贫困户县级帮扶和县委书记谈话。"
    assert [(m.text, m.place.name) for m in locate(text, g).mentions] == [("户县", "鄠邑区"), ("萧县", "萧县")]
    # only county names (医院东区 is a part of a hospital), and 通县|乡|公路 is a road class
    assert locate("医院东区门诊楼今天启用。省里要求，通县乡公路年内修好。", g).mentions == []


def test_a_town_whose_level_word_the_segmenter_glues_to_the_village_after_it(g, segmenter):
    # 太和|镇康|都村: 镇康 is a county's name to jieba; the town still ends at 镇
    text = "南丰县把村干部培训放到村里。第二期设在太和镇康都村,学员有四十人。"
    assert [(m.text, m.place.county) for m in locate(text, g).mentions][1:] == [("太和镇", "南丰县"), ("康都村", "南丰县")]


def test_towns_listed_by_their_stems_before_one_level_word(g, segmenter):
    text = "石阡县今年把文艺演出送到本庄、龙塘、花桥等乡镇。"
    assert [(m.text, m.place.name) for m in locate(text, g).mentions][1:] == [
        ("本庄", "本庄镇"), ("龙塘", "龙塘镇"), ("花桥", "花桥镇")]
    assert [m.text for m in locate("石阡县先在本庄、龙塘两镇试点。", g).mentions] == ["石阡县", "本庄", "龙塘"]
    # 乡 right after the last item is that town's own level word, not the list's
    assert "中心镇" not in [m.place.name for m in locate("于都县设立便民服务中心、均村乡执法队。", g).mentions]


def test_a_towns_stem_opening_a_villages_name_is_no_mention_of_the_town(g, segmenter):
    text = "他曾在温岭市石桥头镇工作,后任石桥头街村党支部副书记。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "township"] == ["石桥头镇"]
    text = "温岭市石桥头镇推进治理。近年来,石桥头在乡村治理方面遇到难题。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "township"] == ["石桥头镇", "石桥头"]


def test_a_unique_town_written_by_its_former_level_word_needs_no_parent(g, segmenter):
    # 柘塘 is one unit in the country, a 街道 now: 柘塘镇 is it, though no county is named
    (m,) = [m for m in locate("柘塘镇共和村经济条件较好,村干部报酬较高。", g).mentions if m.place.level == "township"]
    assert (m.text, m.place.name, m.place.county) == ("柘塘镇", "柘塘街道", "溧水区")
    # 选拔进乡镇: the word 乡镇 after 进, no town 进乡
    assert not [m for m in locate("特别优秀的可按程序选拔进乡镇领导班子。", g).mentions if m.place.level == "township"]


def test_a_zone_known_by_its_host_only_places_the_article_in_its_host(g, segmenter):
    pl = locate("高新区今年拿出专项资金，提高牧区基层干部补贴。", g, title="内蒙古阿拉善高新区加大基层投入")
    assert pl.region.path == "内蒙古自治区/阿拉善盟"


def test_a_towns_stem_right_after_its_county_and_again_later(g, segmenter):
    got = _found("位于山南市浪卡子县的普玛江塘，平均海拔五千多米。三月的普玛江塘依然寒冷。", g)
    assert [(t, p) for t, _, p in got if "普玛" in t] == [("普玛江塘", "西藏自治区/山南市/浪卡子县/普玛江塘乡")] * 2
    assert [t for t, _, _ in _found("山南市浪卡子县的普玛江塘", g)][-1] == "普玛江塘"  # at the text's very end too


def test_a_village_whose_first_character_the_segmenter_glued_to_a_preposition(g, segmenter):
    # jieba cuts 对兴|十四|村 and 到兴|十四|村: the village still starts after the one-character word
    text = "甘南县的学员对兴十四村的合作社作了考察，又走到兴十四村的稻田里。"
    villages = [(m.text, m.start) for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == [("兴十四村", text.index("兴十四村")), ("兴十四村", text.rindex("兴十四村"))]


def test_a_place_opening_a_morning_or_business_papers_name_is_the_medium(g, segmenter):
    assert _found("重庆晨报1月5日消息 前天起,青禾乡启动干部大走访。", g) == []
    assert _found("参会的有河南商报等媒体。", g) == []


def test_a_village_named_by_a_distance_right_after_its_town(g, segmenter):
    text = "驻村干部住进了重庆潼南区梓潼街道八里村。梓潼街道三个村的干部也来了。"
    villages = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == [("八里村", "重庆市/潼南区/梓潼街道/八里村")]


def test_a_short_name_among_peoples_names_in_a_list_is_a_person(g, segmenter):
    text = "全县干部记住了他们:方进冬、林小满、马定毅、龙文。武汉市黄陂、江夏、蔡甸等区也来学习。"
    found = [t for t, _, _ in _found(text, g)]
    assert "龙文" not in found and {"黄陂", "江夏", "蔡甸"} <= set(found)


def test_a_city_before_its_townships_in_general(g, segmenter):
    # 湖州某乡镇 (a township of the city), 湖州乡镇 (the city's townships): no town named 湖州某 or 湖州乡
    for text in ("那位副乡长和湖州某乡镇的副镇长很像。", "湖州乡镇干部压力不小。"):
        assert _found(text, g) == [("湖州", "city", "浙江省/湖州市")]


def test_a_towns_stem_holding_a_countys_short_form_is_the_town(g, segmenter):
    text = "驻村干部先到延川县文安驿镇报到。后来，文安驿上驿村的村民也来送行。"
    found = _found(text, g)
    assert ("文安驿", "township", "陕西省/延安市/延川县/文安驿镇") in found
    assert all(path != "河北省/廊坊市/文安县" for _, _, path in found)


def test_a_citys_bare_development_zone_is_its_national_one(g, segmenter):
    found = _found("天津开发区取消了干部编制,实行全员竞聘。", g)
    assert found == [("天津开发区", "zone", "天津市/滨海新区/天津经济技术开发区")]


def test_a_provinces_zones_of_a_kind_and_a_verb_before_a_zone_word_are_no_zone(g, segmenter):
    # a province's bare 开发区: its zones in general, and the province stays a place
    assert _found("近年来,山东开发区改革步子不小。", g) == [("山东", "province", "山东省")]
    assert _found("湖南省开发区推行全员聘任。", g) == [("湖南省", "province", "湖南省")]
    # the words between name a deed, not a zone: 推动开发区, 围绕开发区
    assert _found("山东推动开发区管理体制改革。", g) == [("山东", "province", "山东省")]
    assert _found("近年来,湖南围绕开发区职能做减法。", g) == [("湖南", "province", "湖南省")]
    # a named zone after a province still is one (and since session 65 the province written before the
    # zone's own name, 湖南|湘江新区, is a mention too)
    assert [lv for _, lv, _ in _found("湖南湘江新区推行全员聘任。", g)] == ["zone", "province"]


def test_city_names_jieba_tags_as_ordinary_words_are_still_places(g, segmenter):
    # jieba's dictionary tags 烟台 as a noun and 大连 as an adverb; 开封 ("unseal") stays weak
    assert _found("方小禾去年调到烟台航标处,今年又去了大连。", g) == [("烟台", "city", "山东省/烟台市"), ("大连", "city", "辽宁省/大连市")]
    assert _found("他开封了那瓶酒。", g) == []


def test_a_countys_short_form_right_before_a_town_it_holds_and_before_the_lists_count(g, segmenter):
    found = _found("12月上旬,在京南大兴榆垡镇,村里的草莓又红了。", g)
    assert ("大兴", "county", "北京市/大兴区") in found  # no stem of a town 大兴榆垡镇
    found = _found("新区托管的雄县、容城、安新三县干部参加考核。", g)
    assert ("安新", "county", "河北省/保定市/安新县") in found  # jieba reads 安新三县 as one word


def test_a_rivers_bank_and_source_and_a_papers_company(g, segmenter):
    assert [t for t, _, _ in _found("青禾村坐落在紧邻怒江北岸的坡地上,那里是怒江的起始点。", g)] == []
    assert _found("工作队来自湖南日报社和青禾县委组织部。", g)[0] == ("湖南", "province", "湖南省")
    assert _found("宝鸡日报社版权所有", g) == []


def test_a_rivers_side_a_kind_of_unit_and_a_town_before_its_village(g, segmenter):
    text = "驻村在贡山县独龙江乡以后,我常在独龙江畔走访,也在怒江边住过。"
    assert [t for t, _, _ in _found(text, g)] == ["贡山县", "独龙江乡"]  # the river's banks name no town
    found = _found("通辽市公开选拔苏木乡党政正职,科左中旗的干部报名。", g)
    assert all(level != "township" for _, level, _ in found)  # 苏木乡: 苏木 and 乡, the kinds of units
    found = _found("姜堰区的优秀典型沈高镇河横村受到表彰。", g)
    assert ("沈高镇", "township", "江苏省/泰州市/姜堰区/沈高镇") in found  # a town the list lacks, before its village


def test_a_village_named_again_by_its_stem(g, segmenter):
    text = "驻村干部来到乐业县新化镇百坭村。六月,她从老家返回百坭的途中遇到山洪。"
    found = _found(text, g)
    assert ("百坭", "village", "广西壮族自治区/百色市/乐业县/新化镇/百坭村") in found
    assert locate(text, g).region.name == "新化镇"
    # the valley the village is named after is no village
    found = _found("驻村干部来到乐业县新化镇百坭村。该村打造百坭河谷果园品牌。", g)
    assert [t for t, _, _ in found].count("百坭") == 0


def test_a_city_named_with_its_walls(g, segmenter):
    found = [t for t, _, _ in _found("十年间北京城的胡同变了样,长城脚下的村子也变了。", g)]
    assert found == ["北京"]


def test_a_town_whose_name_is_an_ordinary_word_is_placed_by_one_of_its_villages(g, segmenter):
    # 骆驼 is a camel: 骆驼街道 alone needs a cue; a community of that street named in the article is one
    found = [(m.text, m.place.level) for m in locate("骆驼街道今年推行年轻干部轮岗,盛家社区的社工也报了名。", g).mentions]
    assert found == [("骆驼街道", "township"), ("盛家社区", "village")]
    # (without a cue it is none; a report's time word after it, 骆驼街道今年推行…, is a cue since session 46)
    assert locate("骆驼街道的年轻干部轮岗推行以来,社工也报了名。", g).mentions == []


def test_a_policy_term_jieba_counts_rarely_is_no_village_after_a_town(g, segmenter):
    # jieba's counts are old: 共同富裕 (3) and 网格化 (2) are rare there, yet ordinary phrases now
    assert [m.text for m in locate("五井镇共同富裕村建设提速,网格化社区管理经验得到推广。", g).mentions] == ["五井镇"]


def test_the_village_word_of_nongcun_closes_no_village_name_after_a_town(g, segmenter):
    assert [m.text for m in locate("五井镇实施农村人居环境整治,干部带头参与。", g).mentions] == ["五井镇"]


def test_but_after_a_comma_is_no_family_name_before_a_province(g, segmenter):
    assert [m.text for m in locate("各地考核倒是不少,但湖南常宁市推行群众评议乡镇干部。", g).mentions] == ["湖南", "常宁市"]


def test_a_former_district_written_without_its_city(g, segmenter):
    # 宁波市江东区 (merged into 鄞州区 in 2016) is written 江东区 too; 东山区 was two cities' (and is one today)
    placed = [(m.text, m.place.name) for m in locate("江东区白鹤街道选派社区后备干部到外社区任职。", g).mentions]
    assert placed[:2] == [("江东区", "鄞州区"), ("白鹤街道", "白鹤街道")]
    assert [m.place.path for m in locate("东山区", g).mentions] == ["黑龙江省/鹤岗市/东山区"]


def test_a_county_short_form_inside_a_headlines_word_is_no_place(g, segmenter):
    # 创新干部: 新干 (新干县) is cut across the words 创新 and 干部; a province's short form keeps the
    # headline's looser check (jieba may cut 福建|设区市 as 福|建设)
    found = locate("白鹤街道开展年轻干部座谈。", g, title="宁波白鹤街道创新干部培养模式").title_mentions
    assert [m.place.name for m in found] == ["宁波市", "白鹤街道"]



def test_but_after_a_full_stop_is_no_family_name_either(g, segmenter):
    assert [m.text for m in locate("各地考核倒是不少。但湖南常宁市推行群众评议乡镇干部。", g).mentions] == ["湖南", "常宁市"]



def test_a_renamed_former_district_alone_is_not_read(g, segmenter):
    # 庐山区 was renamed 濂溪区, but its 牯岭镇 went to 庐山市: only districts merged whole are read alone
    assert [m.place.path for m in locate("庐山区牯岭镇选派干部。", g).mentions] == ["江西省/九江市/庐山市/牯岭镇"]


def test_frequent_county_short_forms_that_are_words_stay_words(g, segmenter):
    # a rule reading 在宜兴|开班 and 安陆|广电局 was reverted: 新建 (a verb), 惠民 (…布局), 古城 (在古城,)
    # are county short forms jieba tags as places too, and words before 站, 局 or a comma
    for text in ("今年新建服务站12个。", "推动形成惠民布局。", "我们在古城,感受历史。", "活动由红旗承办。"):
        assert locate(text, g).mentions == [], text


def test_a_town_written_with_its_former_level_word_again_is_the_town_named_before(g, segmenter):
    # 三江乡 is 汶川's 三江镇 now; 三江 is a common word, so the bare repeats need the first mention
    text = "奖励基金落户四川省汶川县三江乡。外地援建组为三江乡干部送来慰问品。三江乡干部表示要认真学习。"
    pl = locate(text, g)
    assert [m.place.path for m in pl.mentions if m.text == "三江乡"] == ["四川省/阿坝藏族羌族自治州/汶川县/三江镇"] * 3
    assert pl.region.name == "三江镇"
    again = locate("奖励基金落户四川省汶川县三江乡。全县要推进三江乡村振兴。", g)
    assert [m.text for m in again.mentions].count("三江乡") == 1  # (三江|乡村振兴: no town there)
    office = locate("奖励基金落户四川省汶川县三江乡。三江乡政府组织干部学习。", g)
    assert [m.text for m in office.mentions].count("三江乡") == 2  # (三江|乡政府: the town's government)


def test_a_street_office_written_jie_after_its_district(g, segmenter):
    pl = locate("洪山区狮子山街选聘大学生担任社区书记助理。", g)
    assert [(m.text, m.place.name) for m in pl.mentions] == [("洪山区", "洪山区"), ("狮子山街", "狮子山街道")]
    assert [m.text for m in locate("洪山区步行街完成改造。", g).mentions] == ["洪山区"]


def test_a_province_or_city_before_its_villages_cadres_is_that_place(g, segmenter):
    # 兰州社区干部: the city's community cadres; a village the list has under a named county keeps its name
    for text, name in (("全市培训会上，兰州社区干部交流了经验。", "兰州市"), ("临沧村干部报酬逐年提高。", "临沧市"),
                       ("辽宁社区工作者队伍不断壮大。", "辽宁省"), ("湖北社区工作有了新变化。", "湖北省"),
                       ("报考湖北社区专职工作人员的人多了。", "湖北省")):
        assert [m.place.name for m in locate(text, g).mentions] == [name], text
    assert locate("兰州社区工作站开门办公。", g).mentions == []  # a community's own station: its name is 兰州社区
    pl = locate("上党区长春村干部会议召开。", g)
    assert [(m.text, m.place.level) for m in pl.mentions] == [("上党区", "county"), ("长春村", "village")]
    assert locate("安远村干部报酬提高。", g).mentions == []  # a county's short form stays a village's stem


def test_a_paper_or_broadcaster_at_work_in_the_text_names_its_place(g, segmenter):
    # 柳川 is no real place: use real ones whose media exist in name only here
    for text, name in (("去年，他受六盘水广播电视台选派驻村。", "六盘水市"), ("比赛由山西日报报业集团主办。", "山西省"),
                       ("相关做法被《青海日报》专题报道。", "青海省")):
        assert [m.place.name for m in locate(text, g).mentions] == [name], text
    # a byline, a dateline, a source and a bracketed citation stay the medium's
    for text in ("湖南日报记者林小满报道。", "湖南日报讯 近日，村里召开大会。", "文章来源：湖南日报。",
                 "村里的茶园年年增收。(10月22日 湖南日报)", "来源:\n湖南日报\n作者:", "湖南日报·某某客户端12月3日讯 近日，"):
        assert locate(text, g).mentions == [], text


def test_an_ordinary_word_between_a_name_and_a_level_word_makes_no_town(g, segmenter):
    # 上海|明确|街道: a verb between, so 上海 is the city; 并|划定|街道: a conjunction and a verb, no town
    pl = locate("上海明确街道党工委的职责，并划定街道党工委的五项任务。", g)
    assert [(m.text, m.place.name) for m in pl.mentions] == [("上海", "上海市")]


def test_a_county_short_form_that_is_a_word_in_another_provinces_article_is_the_word(g, segmenter):
    # 荷塘 (lotus pond) is also 株洲's 荷塘区: in an article placed in 广东 it is the pond
    pl = locate("吴川市樟铺镇柳川村荷塘莲藕种植基地建设中。", g)
    assert "荷塘" not in [m.text for m in pl.mentions]
    assert "荷塘" in [m.text for m in locate("株洲市召开大会，荷塘选派干部20名。", g).mentions]  # its own city beside it


def test_the_fourth_reviews_cases(g, segmenter):
    # a village named after a province after its town (柳川镇湖南村) stays the village
    assert [m.text for m in locate("青禾县柳川镇湖南村两委班子成员走访农户。", g).mentions][-1] == "湖南村"
    assert "湖南省" not in [m.place.name for m in locate("青禾县柳川镇湖南村干部走访农户。", g).mentions]
    # a paper's reporters, editions, reprint credits and day-only datelines name no place of the text
    for tail in ("湖北日报全媒记者林小满随队采访。", "河南日报农村版记者林小满随队。", "本文转载自湖北日报。", "图片来源于湖北日报。"):
        assert [m.text for m in locate("甘肃省青禾县开展村干部培训，" + tail, g).mentions] == ["甘肃省"], tail
    assert [m.text for m in locate("湖北日报12日讯 甘肃省青禾县开展培训。", g).mentions] == ["甘肃省"]


def test_the_fifth_reviews_cases(g, segmenter):
    # the cadres-of-a-place rule after words that are no places' (报道, 全市), with 书记 and 两委 after
    for text, name in (("据新华社报道兰州社区干部积极参与培训。", "兰州市"), ("全市兰州社区干部参加培训。", "兰州市"),
                       ("云南临沧村两委换届顺利完成。", "临沧市")):
        assert name in [m.place.name for m in locate(text, g).mentions], text
    assert "湖南省" not in [m.place.name for m in locate("柳川镇的湖南村干部走访农户。", g).mentions]
    # a station's village team, a paper's front page and a dated act are at work; a dated reprint credit is not
    for tail, name in (("六盘水广播电视台驻村工作队帮助群众。", "六盘水市"), ("江西日报头版刊发了该县经验。", "江西省"),
                       ("六盘水广播电视台10日选派干部驻村。", "六盘水市")):
        assert name in [m.place.name for m in locate("甘肃省青禾县开展培训，" + tail, g).mentions], tail
    for tail in ("本文原载2024年5月12日《湖北日报》。", "本文首发于《湖北日报》。"):
        assert [m.text for m in locate("甘肃省青禾县开展培训。" + tail, g).mentions] == ["甘肃省"], tail


def test_a_zone_with_a_name_of_its_own_after_a_host_written_in_full_is_a_second_place(g, segmenter):
    # 某市 + 某某新区: the city and its zone; a host written short names its zone (阿拉善高新区)
    found = _found("贵州省毕节市金海湖新区组织部在新区各乡开展了干部轮训。", g)
    assert ("毕节市", "city", "贵州省/毕节市") in found
    assert ("金海湖新区", "zone", "贵州省/毕节市/金海湖新区") in found
    assert _found("阿拉善高新区加大基层投入。", g)[0][0] == "阿拉善高新区"
    # a grade is no name of its own: 株洲市国家高新区 is the city's one zone
    assert [t for t, level, _ in _found("湖南省株洲市国家高新区组织部开展轮训。", g) if level == "zone"] == ["株洲市国家高新区"]


def test_a_town_many_counties_hold_is_told_apart_by_the_villages_it_lists_by_their_stems(g, segmenter):
    text = "白沙镇召开村级班子述职会，唐举、大濑、孔元三个村的党支部书记先后发言。"
    towns = {m.place.path for m in locate(text, g).mentions if m.place.level == "township"}
    assert towns == {"福建省/福州市/闽侯县/白沙镇"}
    alone = [m for m in locate("白沙镇召开村级班子述职会，各村党支部书记先后发言。", g).mentions if m.place.level == "township"]
    assert alone and not alone[0].place.code  # nothing tells its namesakes apart: ambiguous


@pytest.mark.parametrize("text", ["随着石门县干部轮训的结束，各乡镇开始考核。", "位于石门县西北部的几个村完成了换届。"])
def test_a_county_of_an_ordinary_words_name_after_a_two_character_preposition(g, segmenter, text):
    assert ("石门县", "county", "湖南省/常德市/石门县") in _found(text, g)


def test_where_cadres_went_to_train_is_no_vote_for_the_region(g, segmenter):
    text = "今年以来，石阡县选派20名乡镇干部分赴上海、浙江、江苏参加能力提升培训，回来后分享所学。"
    placed = locate(text, g)
    assert placed.region is not None and placed.region.name == "石阡县"
    assert {"上海市", "浙江省", "江苏省"} <= {m.place.name for m in placed.mentions}  # still mentions
    # a posting is the story: 到某镇某村挂职 votes
    assert locate("经研究，决定选派方小禾到石阡县龙塘镇挂职，任党委副书记。", g).region.name == "龙塘镇"
    # nor where retired cadres went to convalesce, or a class went for its lessons on site
    text = "4月，石阡县安排30名老同志赴镇江开展疗休养。石阡县老干部局派人随行，在镇江待了一周。"
    assert locate(text, g).region.name == "石阡县"


def test_a_county_the_text_goes_on_calling_this_county_outweighs_a_place_it_visits(g, segmenter):
    # 石阡县 named once, then 该县 and 全县: its own story; 延安 is named once as a place it went to
    text = ("石阡县把基层干部培训放在突出位置。该县今年举办专题班6期，全县参训干部达到420人次，"
            "另有一批年轻干部到延安接受党性教育。")
    assert locate(text, g).region.name == "石阡县"
    assert locate(text.replace("该县", "今年").replace("全县", "累计"), g).region is None  # named equally
    # 健全县级 is no echo
    assert locate(text.replace("该县", "今年").replace("全县", "健全县级"), g).region is None


def test_the_county_whose_organ_is_the_source_is_the_we_of_the_text(g, segmenter):
    text = "4月2日，黎城县委组织部和平顺县委组织部一行到我县交流干部工作，沁县组织部、平顺县同志参加座谈。"
    assert locate(text, g).region.name != "沁县"  # no source: the named counties by weight
    placed = locate(text, g, source="沁县县委组织部")
    assert placed.region.name == "沁县" and "沁县县委组织部" in placed.reason
    # the organ's county must be named in the article, and the article must say 我县
    assert locate(text.replace("沁县组织部、", ""), g, source="沁县县委组织部").region.name != "沁县"
    assert locate(text.replace("到我县", "到此"), g, source="沁县县委组织部").region.name != "沁县"


def test_zones_of_plain_names_and_of_the_concentrated_kinds_are_their_hosts(g, segmenter):
    # 某市城东新区: the list's 城东新区 lies in another province, so this one is the city's own, unlisted
    zones = [(t, path) for t, level, path in _found("渭南城东新区的干部下沉到各村帮扶。", g) if level == "zone"]
    assert zones == [("渭南城东新区", "陕西省/渭南市/渭南城东新区")]
    # a host of the same province keeps the listed zone
    assert ("城东新区", "zone") in [(t, level) for t, level, _ in _found("黄石城东新区组织干部开展培训。", g)]
    # 产业集聚区 and 工业集中区 are zone words; a short host whose name ends in 州 names its zone
    assert ("金华金义产业集聚区", "zone", "浙江省/金华市/金华金义产业集聚区") in _found("金华金义产业集聚区党工委召开会议。", g)
    assert ("东坝工业集中区", "zone", "陕西省/安康市/白河县/东坝工业集中区") in _found("陕西省白河县东坝工业集中区选派干部驻村。", g)
    assert [t for t, level, _ in _found("湖州绿色产业集聚区选派干部驻企。", g) if level == "zone"] == ["湖州绿色产业集聚区"]


@pytest.mark.parametrize("committee", ["委会", "村委会", "委", "民委员会"])
def test_villages_listed_under_their_committees_after_a_town(g, segmenter, committee):
    text = f"湖南省岳阳县毛田镇石桥村{committee}、柏树湾村{committee}的干部作了交流发言。"
    villages = [(m.text, m.place.path) for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == [("石桥村", "湖南省/岳阳市/岳阳县/毛田镇/石桥村"), ("柏树湾村", "湖南省/岳阳市/岳阳县/毛田镇/柏树湾村")]


def test_a_city_opening_a_schools_name_is_a_mention(g, segmenter):
    # 兰州|大学 is one word to the segmenter; the guidelines count a place inside an institution's name
    assert _found("方小禾2007年从兰州大学毕业。", g) == [("兰州", "city", "甘肃省/兰州市")]


def test_an_honours_title_is_no_town(g, segmenter):
    assert _found("我区两个街道办事处被评为市先进街道办事处、先进居委会。", g) == []
    # with its district before it, the town of that name stands
    assert ("先进街道", "township") in [(t, level) for t, level, _ in _found("哈尔滨市香坊区先进街道开展培训。", g)]


def test_a_towns_level_word_opening_an_ordinary_word_everywhere_is_no_town(g, segmenter):
    assert _found("面对提问，方明星镇定自若。", g) == []  # 明星镇 is a town's name; here 方明星|镇定自若
    assert [t for t, _, _ in _found("柳川镇定期召开党建例会。", g)] == ["柳川镇"]  # 柳川镇|定期
    assert [t for t, _, _ in _found("柳川镇定点帮扶3个村。", g)] == ["柳川镇"]  # 柳川|镇定|点: a cut of 镇|定点


def test_a_university_named_after_a_person_is_no_mention_of_the_city(g, segmenter):
    assert _found("方小禾毕业于中山大学。", g) == []


def test_streets_of_a_named_district_listed_in_their_short_form(g, segmenter):
    text = "天津市河东区近日评出5个文明机关，分别是大桥道街、香山道街、中山门街、向阳楼街。"
    streets = [(t, p) for t, level, p in _found(text, g) if level == "township"]
    assert streets == [("大桥道街", "天津市/河东区/大桥道街道"), ("香山道街", "天津市/河东区/香山道街道"),
                       ("中山门街", "天津市/河东区/中山门街道"), ("向阳楼街", "天津市/河东区/向阳楼街道")]
    assert _found("他们分别是老街、新街。", g) == []  # no district named: no streets
    found = _found("天津市河东区打造特色街区，分别是大桥道街、美食街、步行街。", g)
    assert [t for t, level, _ in found if level == "township"] == []  # one street of an unlisted run: none placed


def test_a_countys_short_name_listed_among_villages_is_a_village(g, segmenter):
    found = _found("柳川镇党委走访了左堡、蔡桥、灶户、张北等村。", g)
    assert ("张北", "village") in [(t, level) for t, level, _ in found]
    assert all(level != "county" for _, level, _ in found)
    # the counties listed before 等县 stay counties
    assert [level for _, level, _ in _found("阜平、涞源、张北等县干部参加培训。", g)].count("county") == 3


def test_a_towns_stem_naming_a_community_is_no_town(g, segmenter):
    found = _found("勉县定军山镇组织观摩，参观了定军山社区的加工厂。", g)
    assert [t for t, level, _ in found if level == "township"] == ["定军山镇"]



def test_an_old_towns_stem_after_its_county(g, segmenter):
    found = _found("会议主办地选在建德市梅城古镇的南大门。", g)
    assert ("梅城", "township", "浙江省/杭州市/建德市/梅城镇") in found
    assert all(level != "township" for _, level, _ in _found("建德市梅城召开会议。", g))  # two characters alone: no


def test_a_town_named_like_a_word_that_acts_is_the_town(g, segmenter):
    # 新兴 and 太平 are ordinary words: the town is read where it opens a clause and acts
    found = _found("2019年3月，新兴镇举办村干部培训班。据悉，新兴镇今年还将选派10名干部。", g)
    assert [(t, level) for t, level, _ in found] == [("新兴镇", "township"), ("新兴镇", "township")]
    assert _found("太平镇先后选派5名年轻干部到村任职。", g)[0][:2] == ("太平镇", "township")
    # the same words and a level word, naming a kind of place or a work, are no town
    assert _found("新城镇建设取得进展。", g) == []
    assert _found("幸福街道建设持续推进。", g) == []
    assert _found("各地积极打造幸福街道，推进新城镇化。", g) == []
    # kinds of towns, and what towns in general do (a time word or a preposition after them)
    for text in ("小城镇以特色产业为支撑。", "目前，小城镇对农村人口吸引力不足。", "中心镇积极承接产业转移。",
                 "新城镇将成为新的增长点。"):
        assert _found(text, g) == [], text


def test_a_province_before_a_word_for_the_countryside(g, segmenter):
    # 乡村, 乡下, 乡间, 乡镇 after a province's name: the province (湖南乡 is also a town of 江西)
    for text, name in (("她常回湖北乡下看望老人。", "湖北省"), ("这些年湖南乡村变化很大。", "湖南省"),
                       ("河南乡镇干部普遍年轻。", "河南省"), ("他在河南乡间长大。", "河南省")):
        assert [(level, path) for _, level, path in _found(text, g)] == [("province", name)], text
    # the town where its province places it, and 乡下辖 is the town and a verb, no countryside
    assert ("湖南乡", "township") in [(t, level) for t, level, _ in _found("江西省某县湖南乡党委书记介绍经验。", g)]
    assert all(level != "city" for _, level, _ in _found("大同乡下辖12个村。", g))
    # right after its county, the town and its villages (乡村干部, 乡村两级, 乡下村)
    for text, town in (("临川区湖南乡村干部参加培训。", "湖南乡"), ("德惠市朝阳乡村两级干部参加培训。", "朝阳乡"),
                       ("芒市中山乡村干部走访群众。", "中山乡"), ("德惠市朝阳乡下村开展走访。", "朝阳乡")):
        assert [(t, level) for t, level, _ in _found(text, g)][1:] == [(town, "township")], text


def test_a_place_opening_a_gambling_brand_injected_into_a_signature(g, segmenter):
    found = _found("澳门皇冠赌场-【app官网】:安吉县孝丰镇人民政府", g)
    assert [t for t, _, _ in found] == ["安吉县", "孝丰镇"]
    assert _found("选派干部赴澳门挂职锻炼。", g) == [("澳门", "province", "澳门特别行政区")]
    # a casino resort's own name, inserted into a sentence
    assert _found("对表现突出的干部给予嘉奖,澳门葡京也可以发放一次性奖金。", g) == []
    assert [t for t, _, _ in _found("成都与巴黎人文交流周开幕。", g)] == ["成都"]  # (巴黎人 is no brand here)


def test_two_sibling_counties_joined_by_a_conjunction_the_segmenter_glues(g, segmenter):
    # jieba cuts 延庆|和平|谷是: 和 and the next county's first character make 和平, its last the verb
    found = _found("他表示,延庆和平谷是本市首批试点区县。", g)
    assert [t for t, _, _ in found] == ["延庆", "平谷"]
    assert _found("世界和平谷底反弹。", g) == []


def test_a_short_form_known_as_a_place_opening_the_headline_with_a_measures_verb(g, segmenter):
    # 镇海 is a frequent word too; opening the headline before 建立 it is the district
    placed = locate("近日,我区出台容错纠错实施办法。", g, title="镇海建立干部容错纠错机制")
    assert [m.place.name for m in placed.title_mentions] == ["镇海区"]


def test_an_ethnic_township_named_for_several_peoples(g, segmenter):
    # the longest official names run to 14 characters (four peoples before 乡)
    found = _found("会上，水城区顺场苗族彝族布依族乡党委书记作了发言。", g)
    assert ("顺场苗族彝族布依族乡", "township", "贵州省/六盘水市/水城区/顺场苗族彝族布依族乡") in found
    found = _found("耿马县军赛佤族拉祜族傈僳族德昂族乡组织村干部培训。", g)
    assert [level for _, level, _ in found] == ["county", "township"]


def test_a_town_named_like_a_word_opening_a_report_with_its_time(g, segmenter):
    # 杨柳 and 天平 are ordinary words; 某镇今年…, 某镇近日… report what the town did
    for text in ("各地积极推进。杨柳镇今年选拔了一批年轻干部。", "各地积极推进。杨柳镇近日召集村干部座谈。",
                 "各地积极推进。天平镇去年选派了驻村干部。"):
        found = _found(text, g)
        assert [level for _, level, _ in found] == ["township"], text
    # a kind of town in general, whatever follows it, is none; nor is a phrase and a level word before
    # an adverb (中心街道也…: the central streets)
    for text in ("小城镇今年发展很快。", "中心镇也要发挥辐射作用。", "县城主干道拓宽了,中心街道也铺上了沥青。",
                 "各地积极推进。天平镇也选派了驻村干部。"):
        assert _found(text, g) == [], text


def test_towns_named_like_words_listed_side_by_side_vote_for_their_county(g, segmenter):
    found = _found("会上，东升镇、温泉镇交流了做法。", g)
    assert [(t, p) for t, _, p in found] == [("东升镇", "北京市/海淀区/东升镇"), ("温泉镇", "北京市/海淀区/温泉镇")]
    assert _found("会上，东升镇、古城镇交流了做法。", g) == []  # no county holds both


def test_a_clause_after_a_county_names_no_unlisted_street(g, segmenter):
    # 召开, 将 and 现有 open a clause about streets in general: no town "召开街道"
    assert _found("12月6日,东城区召开街道管理体制改革推进会。", g) == [("东城区", "county", "北京市/东城区")]
    assert [t for t, level, _ in _found("改革后,东城区将建立街道职责清单。", g) if level == "township"] == []
    assert [t for t, level, _ in _found("目前,市北区现有街道办事处20个。", g) if level == "township"] == []
    assert ("正觉镇", "township") in [(t, level) for t, level, _ in _found("岳阳县正觉镇选派干部驻村。", g)]  # (正觉: a verb)
    # a town the list lacks, right after its city, is still read
    assert ("樟树港镇", "township") in [(t, level) for t, level, _ in _found("岳阳市樟树港镇召开会议。", g)]


def test_streets_of_the_urban_district_in_general_are_no_town(g, segmenter):
    assert _found("城区街道办事处的职能定位需要调整。", g) == []
    assert ("城区街道", "township") in [(t, level) for t, level, _ in _found("乳山市召开会议。城区街道办事处主任方小禾发言。", g)]
    assert ("城区街道", "township") in [(t, level) for t, level, _ in _found("长治市城区城区街道召开会议。", g)]


def test_a_village_named_by_a_numeral_right_after_its_town(g, segmenter):
    found = _found("方小禾入驻东川区舍块乡九龙村任第一书记。", g)
    assert ("九龙村", "village", "云南省/昆明市/东川区/舍块乡/九龙村") in found
    # counts and grades of villages after a town stay counts and grades
    assert [level for _, level, _ in _found("柳川镇三个村开展活动,柳川镇两村联建。", g)] == ["township", "township"]
    for text in ("东川区舍块乡三类村占比下降。", "东川区舍块乡十余村开展活动。", "东川区舍块乡七成社区完成换届。"):
        assert all(level != "village" for _, level, _ in _found(text, g)), text


def test_listed_town_stems_holding_a_level_character_when_the_data_has_them(g, segmenter):
    text = "近日,桃源县召开会议,全县有剪市、九溪、西安、盘塘等4个乡镇列入改造计划。"
    towns = [(t, p) for t, level, p in _found(text, g) if level == "township"]
    assert towns == [("剪市", "湖南省/常德市/桃源县/剪市镇"), ("九溪", "湖南省/常德市/桃源县/九溪镇"),
                     ("西安", "湖南省/常德市/桃源县/西安镇"), ("盘塘", "湖南省/常德市/桃源县/盘塘镇")]


def test_a_name_before_the_title_of_a_towns_head_is_a_person(g, segmenter):
    assert all(t != "林小满镇" for t, _, _ in _found("高陂镇召开会议,全镇干部参加,林小满镇长主持。", g))
    found = _found("桃源县召开会议,全乡干部参加。青禾乡长期坚持党建引领。", g)
    assert ("青禾乡", "township") in [(t, level) for t, level, _ in found]  # 长期: for a long time, no head


def test_a_town_whose_listed_name_doubles_its_level_word_is_written_once(g, segmenter):
    # the 2025 list has 孔镇镇 (乐陵市); texts write 孔镇
    found = _found("乐陵市孔镇召开党员冬训会议,孔镇各村书记参加。", g)
    assert ("孔镇", "township", "山东省/德州市/乐陵市/孔镇镇") in found
    # a word (古镇) or a longer name ending in the same two characters (长江镇, 在江镇) is none of them
    for text in ("游客来到古镇参观。", "长江镇召开会议。", "大家在江镇召开会议。"):
        assert all("镇镇" not in p for _, _, p in _found(text, g)), text
    # a head of a town named by his family name (徐镇长), and the form after another county, are no town
    for text in ("淮滨县徐镇长表示要抓好换届工作。", "南陵县许镇长带队检查。", "桐乡市孔镇召开会议。"):
        assert all(level != "township" for _, level, _ in _found(text, g)), text


def test_a_villagers_given_name_after_the_village_is_no_place(g, segmenter):
    text = "排名前三的是水沟镇水沟村刘朝阳、水沟镇丰头村马安福、张家塬镇晖川村冯小禾。"
    found = _found(text, g)
    assert all(t not in ("朝阳", "安福") for t, _, _ in found), found
    assert ("张家塬镇", "township") in [(t, level) for t, level, _ in found]


def test_villages_listed_after_a_listed_one_are_its_neighbours(g, segmenter):
    # listed villages of the county whose names are ordinary words (江东, 爱民), each placed by the data
    found = _found("敦化市举办擂台赛,文苑社区、江东社区、爱民社区分列前三。", g)
    villages = [(t, p) for t, level, p in found if level == "village"]
    assert villages == [("文苑社区", "吉林省/延边朝鲜族自治州/敦化市/胜利街道/文苑社区"),
                        ("江东社区", "吉林省/延边朝鲜族自治州/敦化市/丹江街道/江东社区"),
                        ("爱民社区", "吉林省/延边朝鲜族自治州/敦化市/渤海街道/爱民社区")]
    # a kind or group of villages is no neighbour's name
    for text in ("右玉县威远镇新塘村、贫困村、示范村都参加了。", "右玉县威远镇新塘村、周边村都参加了。"):
        assert [t for t, level, _ in _found(text, g) if level == "village"] == ["新塘村"], text
    # famous villages each after its province are no neighbours, though the text names one's town later
    found = _found("学员走进江苏永联村、华西村和浙江方林村参观。永联村位于张家港市南丰镇。", g)
    assert all(t != "华西村" for t, _, _ in found), found


def test_a_former_village_after_its_town(g, segmenter):
    found = _found("山西省右玉县威远镇原玉成庄村村委会主任方小禾被立案审查。", g)
    assert ("玉成庄村", "village", "山西省/朔州市/右玉县/威远镇/玉成庄村") in found


def test_a_superlative_before_a_town_word_is_no_town(g, segmenter):
    found = _found("叙永县江门镇干部在平房办公,被称为“最简陋镇政府”。", g)
    assert all("最" not in t for t, _, _ in found), found


def test_a_conjunction_then_the_countys_departments_is_no_county(g, segmenter):
    assert all(t != "和县" for t, _, _ in _found("象山县乡镇(街道)和县直部门的负责人被免予问责。", g))
    assert ("和县", "county") in [(t, level) for t, level, _ in _found("马鞍山市和县召开会议。", g)]
    for text in ("和县乡村振兴局召开会议。", "近日,和县城乡居民医保工作推进会召开。"):  # 和 opens the clause: the county
        assert ("和县", "county") in [(t, level) for t, level, _ in _found(text, g)], text


def test_a_village_numbered_after_the_one_it_was_split_from(g, segmenter):
    found = _found("擂台赛上,麻涌镇麻三村获一等奖。", g)
    assert ("麻三村", "village", "广东省/东莞市/麻涌镇/麻三村") in found
    for text in ("东莞市麻涌镇前三村获奖。", "东莞市麻涌镇共三村参与。", "右玉县威远镇对三村开展督查。", "右玉县威远镇向三村派驻工作队。"):
        assert all(level != "village" for _, level, _ in _found(text, g)), text


def test_a_town_whose_name_opens_with_a_word_holding_a_conjunction(g, segmenter):
    found = _found("25日下午,和平桥街道濠阳社区换届选举大会召开,崇川区领导出席。", g)
    assert ("和平桥街道", "township", "江苏省/南通市/崇川区/和平桥街道") in found
    assert _found("加强社区和村镇建设。", g) == []


def test_a_papers_local_station_in_a_byline_is_no_place(g, segmenter):
    found = _found("红网时刻4月13日讯(新田站记者 方小禾 通讯员 林小满)近日,枧头镇召开会议。", g)
    assert all(level != "county" for _, level, _ in found), found
    assert ("长沙", "city") in [(t, level) for t, level, _ in _found("在长沙站记者看到旅客排队进站。", g)]  # the railway station


def test_a_short_name_opening_a_sentence_about_the_whole_unit(g, segmenter):
    found = _found("麻城属二类地区,全市确定村主职干部报酬标准为每月3288元。", g)
    assert ("麻城", "county", "湖北省/黄冈市/麻城市") in found
    # an ordinary word inside the clause is no short form, whatever follows (比如 = for example)
    assert _found("大到产业发展,比如推动本村、本乡乃至全县的养蜂产业发展。", g) == []


def test_huitong_as_the_verb_jointly_with_in_another_provinces_article(g, segmenter):
    text = "扶沟县召开会议。县委组织部汇总摸底情况,会同县纪委监委、统战等部门进行分析。"
    assert all(t != "会同县" for t, _, _ in _found(text, g))
    assert ("会同县", "county") in [(t, level) for t, level, _ in _found("近日,会同县纪委召开会议。", g)]
    for text in ("近日,会同县纪委监委一行赴河南省扶沟县考察学习。", "近期和县纪委监委开展村级巡察。"):
        assert any(t in ("会同县", "和县") for t, _, _ in _found(text, g)), text  # a visiting county; 和 after a time word


def test_a_city_short_form_inside_a_headlines_idiom_is_no_place(g, segmenter):
    # 文山会海 (meetings and papers without end): 文山 (文山州) is cut across the idiom, in a headline too
    found = locate("卓尼县乡镇干部有了周末。", g, title="自从没了“文山会海”").title_mentions
    assert found == []
    assert [m.place.name for m in locate("白鹤街道开展座谈。", g, title="文山州选派干部驻村").title_mentions] == ["文山壮族苗族自治州"]


def test_a_zone_named_again_without_its_host(g, segmenter):
    # 长沙黄花综保区 … 黄花综保区 … 综保区: the zone's own name after the host was left out, then the bare kind
    text = "他调往长沙黄花综保区任职。一年后,他出任黄花综保区服务中心主任,为综保区的企业办事。"
    zones = [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "zone"]
    assert zones == [("长沙黄花综保区", "长沙黄花综合保税区"), ("黄花综保区", "长沙黄花综合保税区"), ("综保区", "长沙黄花综合保税区")]


def test_a_provinces_or_citys_short_form_before_village_cadres_but_not_the_villages_road(g, segmenter):
    # 临沧村主干: the city's village cadres; 吉安村主干道: a road of a village named 吉安村; 清水河村干部: the
    # cadres of a village named 清水河 (a county's three-character short form is no cue)
    assert [m.place.name for m in locate("临沧村主干报酬提标。", g).mentions] == ["临沧市"]
    assert locate("吉安村主干道两侧种满了花。", g).mentions == []
    assert locate("记者走进某镇,清水河村干部李明介绍情况。", g).region is None


def test_a_provinces_portal_and_a_papers_we_of_its_city(g, segmenter):
    # 中国甘肃网: the province's portal (中国 before its name); 我市 in 南阳日报 with 河南 named in passing
    assert locate("我省启动乡镇党委书记示范培训班,90名学员参加。", g, source="中国甘肃网").region.name == "甘肃省"
    placed = locate("市委组织部召回3名第一书记,河南某公司也参与了帮扶。我市将加强管理。", g, source="南阳日报")
    assert placed.region.path == "河南省/南阳市"
    assert locate("河南某公司参与了帮扶,各地加强管理。", g, source="南阳日报").region.path == "河南省"  # no 我市: the province


def test_a_portals_county_station_in_a_byline_is_no_place(g, segmenter):
    text = "柳川在线12月21日讯(柳川在线记者 方小禾 共享联盟建德站 林小满)面对失实举报,建德市委为干部澄清正名。"
    assert [m.text for m in locate(text, g).mentions] == ["建德市"]


def test_the_capital_as_an_agencys_dateline_places_no_central_item(g, segmenter):
    pl = locate("新华社北京3月2日电 日前,中央有关部门印发《关于加强年轻干部培养的意见》,要求各地抓好落实。", g)
    assert [m.place.name for m in pl.mentions] == ["北京市"] and pl.region is None
    pl = locate("新华社北京3月2日电 北京市委组织部近日部署村干部培训,全市培训村干部3000名。", g)
    assert pl.region is not None and pl.region.name == "北京市"  # the capital's own organ acts
    pl = locate("本报北京6月3日电 中央有关部门近日印发通知,要求各地为基层干部减负。", g)  # a central paper's dateline
    assert [m.place.name for m in pl.mentions] == ["北京市"] and pl.region is None


def test_an_experts_university_and_a_court_trying_an_official_elect_no_region(g, segmenter):
    text = "基层干部减负不能停在文件上。(作者方小禾系武汉大学政治学系教授)"
    pl = locate(text, g)
    assert [m.place.name for m in pl.mentions] == ["武汉市"] and pl.region is None
    pl = locate("合肥市中级人民法院近日一审宣判一起受贿案，被告人系某部委原司长。", g)
    assert [m.place.name for m in pl.mentions] == ["合肥市"] and pl.region is None
    # a university that holds the class, and a city's own court at work, are the story's
    assert locate("武汉大学举办第三期乡镇干部培训班,学员120人。", g).region.name == "武汉市"
    assert locate("合肥市中级人民法院组织全体干部开展廉政教育。", g).region.name == "合肥市"


def test_a_headline_names_a_town_by_its_stem_when_the_text_names_it_in_full(segmenter):
    x = extract_article(article("日前,湖南省湘潭市雨湖区窑湾街道党校揭牌成立。", "首家街道党校在窑湾成立"))
    assert [(m.text, m.place.name) for m in x.title_regions] == [("窑湾", "窑湾街道")]
    x = extract_article(article("日前,湖南省湘潭市雨湖区召开会议。", "首家街道党校在窑湾成立"))
    assert x.title_regions == []  # no town named in full: the stem alone is no place


def test_a_listed_village_at_the_tail_of_a_longer_name_after_its_town(g, segmenter):
    text = "乌什县依麻木乡汉代克吉然村驻村工作队介绍了情况。后来汉代克吉然村的村民也来了。"
    pl = locate(text, g)
    assert [(m.text, m.place.level) for m in pl.mentions if m.place.level == "village"] == \
        [("汉代克吉然村", "village"), ("汉代克吉然村", "village")]
    pl = locate("乌什县依麻木乡吉然村驻村工作队介绍了情况。", g)
    assert [m.place.path for m in pl.mentions if m.place.level == "village"] == ["新疆维吾尔自治区/阿克苏地区/乌什县/依麻木镇/吉然村"]


def test_a_short_form_as_a_cut_pages_last_word_is_no_place(g, segmenter):
    lead = "会议部署村(社区)“两委”换届工作,要求各村严格把好人选关口,做好宣传发动和风险排查。" * 5
    assert locate(lead + "会议强调,换届必须在法律法规和政", g).mentions == []  # (和政策, cut)
    assert [m.place.name for m in locate(lead + "会议要求,确保换届工作在和政县顺利进行", g).mentions] == ["和政县"]


def test_the_issuers_lines_over_a_notice_name_its_places(segmenter):
    page = ("中共平江县三市镇委员会\n平江县三市镇人民政府\n关于进一步完善村级考核办法的通知\n"
            "各村(居委会):\n为加强村级组织建设,经镇党委研究,现就完善村级考核通知如下。\n")
    x = extract_article(article(page))
    assert x.article.affiliation == "中共平江县三市镇委员会 平江县三市镇人民政府"
    places = [p for p in x.to_dict([])["places"] if p["in"] == "affiliation"]
    assert [(p["text"], p["level"]) for p in places] == [("平江县", "county"), ("三市镇", "township")] * 2
    assert all(x.article.affiliation[p["start"]:p["end"]] == p["text"] for p in places)


def test_a_provinces_one_character_name_before_its_own_unit(g, segmenter):
    pl = locate("巢湖市柘皋镇召开会议。", g, title="皖巢湖市柘皋镇干部队伍建设打出组合拳")
    assert [(m.text, m.place.name) for m in pl.title_mentions][:2] == [("皖", "安徽省"), ("巢湖市", "巢湖市")]
    pl = locate("创新和田模式,湘潭市的经验在全国推广,皖北的做法也在推广。", g)
    assert [m.place.name for m in pl.mentions if m.place.level == "province"] == []  # 新 opens 新和; 湘潭 is one name
    pl = locate("会上他毫不犹豫郑州市的代表先发言。", g)
    assert [m.text for m in pl.mentions] == ["郑州市"]  # the end of a word (犹豫), no letter of a province


def test_towns_listed_by_their_stems_in_the_one_county_hosting_them_all(g, segmenter):
    text = "3月28日,组织部长一行赴汪场、蒋场、渔薪、黄潭等地督导党建工作。"
    pl = locate(text, g, title="组织部长赴汪场等地督导党建工作")
    assert [m.place.path for m in pl.mentions] == ["湖北省/天门市/汪场镇", "湖北省/天门市/蒋场镇", "湖北省/天门市/渔薪镇",
                                                     "湖北省/天门市/黄潭镇"]
    assert pl.region.path == "湖北省/天门市"  # 汪场等地 in the headline: several towns, the county's
    assert [m.place.level for m in locate("我们走访了长沙、株洲、湘潭等地的干部。", g).mentions] == ["city"] * 3
    assert locate("调研组深入汪场、蒋场等地调研。", g).mentions == []  # two stems: no county shown to host a list


def test_a_list_item_opening_with_he_is_a_town_and_a_listed_stem_beats_a_county_short_form(g, segmenter):
    pl = locate("正安县对市坪乡、格林镇、和溪镇、安场镇4名乡镇长进行问责。", g)
    assert "和溪镇" in [m.text for m in pl.mentions]
    pl = locate("日前,区委副书记走访了城关、麻街、牧护关、三岔河等镇办,检查准备情况。", g)
    assert [m.place.path for m in pl.mentions][0] == "陕西省/商洛市/商州区/城关街道"


def test_a_national_comprehensive_pilot_zone_under_its_earlier_name(g, segmenter):
    pl = locate("选派干部赴福州(平潭)综合实验区任职。平潭综合实验区管委会欢迎他们。", g)
    zones = [m for m in pl.mentions if m.place.level == "zone"]
    assert [m.place.path for m in zones] == ["福建省/福州市/平潭县/平潭综合实验区"] * 2


def test_review_findings_on_places_stay_fixed(g, segmenter):
    pl = locate("组织党员干部赴遵义、湘潭、承德等地开展红色教育。", g)
    assert [m.place.path for m in pl.mentions] == ["贵州省/遵义市", "湖南省/湘潭市", "河北省/承德市"]
    pl = locate("今年,学员们一起参加培训。", g, title="干部培训班走进延安")
    assert [m.place.name for m in pl.title_mentions] == ["延安市"]  # a headline's last word is no cut page's
    assert [m.place.name for m in locate("我们的学员全部来自延安", g).mentions] == ["延安市"]  # a short text


def test_an_institution_named_after_its_town(g, segmenter):
    pl = locate("淳化县公开选拔干部,笔试在县城关小学举行。", g)
    assert [(m.text, m.place.path) for m in pl.mentions][-1] == ("城关", "陕西省/咸阳市/淳化县/城关街道")
    pl = locate("金华市金东区开展家访,一位学生在曹宅小学读书。", g)
    assert [(m.text, m.place.path) for m in pl.mentions][-1] == ("曹宅", "浙江省/金华市/金东区/曹宅镇")
    pl = locate("湘阴县岭北镇党委书记带头组建岭北商会,为家乡筹集资金。", g)
    assert [m.text for m in pl.mentions] == ["湘阴县", "岭北镇", "岭北"]
    pl = locate("淳化县干部到实验小学和希望小学调研。", g)
    assert [m.place.level for m in pl.mentions] == ["county"]  # ordinary words before 小学 name no town


def test_a_writers_sign_off_a_period_named_after_a_place_and_an_agency_day_in_numerals_elect_no_region(g, segmenter):
    signed = locate("容错机制要落到实处,不能成为避责的借口。\n——河南·林小满", g)
    assert [m.place.name for m in signed.mentions] == ["河南省"] and signed.region is None
    period = locate("早在延安时期,党就重视培养年轻干部,这一传统延续至今。", g)
    assert [m.place.name for m in period.mentions] == ["延安市"] and period.region is None
    filed = locate("中新社北京六月三十日电 中央有关部门负责人表示,干部考核将更重实绩。", g)
    assert [m.place.name for m in filed.mentions] == ["北京市"] and filed.region is None
    assert locate("青禾县干部在北京学习一周,回到县里分享体会。", g).region is not None


def test_a_spirit_named_after_a_place_elects_no_region(g, segmenter):
    pl = locate("秦安县召开座谈会,欢迎舟曲县来的干部。会上,秦安县委书记要求学习舟曲精神、弘扬舟曲精神,践行舟曲精神。", g)
    assert pl.region.path == "甘肃省/天水市/秦安县"
    assert locate("淳化县精神文明建设工作会议召开,全县干部参加。", g).region.path == "陕西省/咸阳市/淳化县"  # 精神文明


def test_haixi_in_a_fujian_text_is_the_strait_zone_not_the_qinghai_prefecture(g, segmenter):
    pl = locate("福建省宁德市蕉城区召开选调生座谈会,希望大家为海西建设贡献力量。", g)
    assert "海西蒙古族藏族自治州" not in [m.place.name for m in pl.mentions]
    assert pl.region.path == "福建省/宁德市/蕉城区"
    pl = locate("青海省海西州格尔木市召开会议,海西各县的干部参加。", g)
    assert [m.place.name for m in pl.mentions].count("海西蒙古族藏族自治州") == 2  # its full name says which


def test_a_village_named_by_a_word_right_after_its_town_and_county_and_run_by_its_organs(g, segmenter):
    text = "云南省曲靖市会泽县娜姑镇白雾村发展特色产业。白雾村党总支书记说,白雾村着力建强党组织。"
    assert [m.place.path for m in locate(text, g).mentions if m.place.level == "village"] == \
        ["云南省/曲靖市/会泽县/娜姑镇/白雾村"] * 3
    kind = "云南省曲靖市会泽县娜姑镇贫困村脱贫攻坚。贫困村党支部要发挥作用,贫困村要加快发展。"
    assert [m for m in locate(kind, g).mentions if m.place.level == "village"] == []  # a kind of village
    once = "云南省曲靖市会泽县娜姑镇白雾村发展特色产业。"
    assert [m for m in locate(once, g).mentions if m.place.level == "village"] == []  # a word, once: not enough


def test_a_former_township_after_its_county_is_named_without_yuan(g, segmenter):
    # 原 marks a township merged away since: the place is the town's own name, 原 stays outside it
    found = _found("岳阳县原青禾乡并入正觉镇后,镇党委选派干部驻村。", g)
    assert ("青禾乡", "township", "湖南省/岳阳市/岳阳县/青禾乡") in found
    assert not any(t.startswith("原") for t, _, _ in found)
    for post in ("岳阳县原副镇长方小禾发言。", "岳阳县原任副乡长方小禾发言。"):  # a former post, no former town
        assert [level for _, level, _ in _found(post, g)] == ["county"]


def test_a_short_form_before_a_landform_word_is_the_mountain_not_the_district(g, segmenter):
    assert [t for t, _, _ in _found("青禾公司在新疆天山脚下的乌鲁木齐市招聘干部。", g)] == ["新疆", "乌鲁木齐市"]
    assert ("天山区", "county") in [(t, level) for t, level, _ in _found("乌鲁木齐市天山区选派干部驻村。", g)]
    assert ("湖南", "province") in [(t, level) for t, level, _ in _found("方小禾扎根湖南腹地的山村。", g)]
    assert ("湘西", "city") in [(t, level) for t, level, _ in _found("方小禾扎根湘西腹地的山村。", g)]
    assert ("阜平", "county") in [(t, level) for t, level, _ in _found("阜平山区的干部选派工作启动。", g)]  # its area


def test_a_place_after_yuan_is_read_though_the_segmenter_glues_them(g, segmenter):
    # 原克州党委: the segmenter makes one word of 原 and the prefecture's short form
    found = _found("原克州党委书记林小满到阿图什市看望驻村干部。", g)
    assert ("克州", "city") in [(t, level) for t, level, _ in found]


def test_a_township_glued_to_its_villages_in_an_article_naming_its_county(g, segmenter):
    # 某某乡村“两委”: the segmenter reads 乡村, but the article names the township's county
    found = _found("上墅乡村“两委”换届方案已印发,安吉县委组织部派员指导。", g)
    assert ("上墅乡", "township", "浙江省/湖州市/安吉县/上墅乡") in found
    assert _found("上墅乡村振兴推进会召开。", g) == []  # no county named: 乡村 stays a word


def test_a_listed_towns_name_ending_in_cun_is_its_short_form_again(g, segmenter):
    # 陈村镇 … 陈村: the town's own name ends in 村; named again without 镇 it is still the town
    found = _found("顺德区陈村镇召开干部大会。会后,陈村还将选派12名年轻干部到村里蹲点。", g)
    assert [(t, level) for t, level, _ in found if level == "township"] == [("陈村镇", "township"), ("陈村", "township")]
    # a village of that name (陈村村委会, 陈村党支部) or inside a longer one (大陈村) is no short form of the town
    found = _found("绛县陈村镇召开换届会议。陈村村委会主任方小禾、陈村党支部书记林小满发言,大陈村村民旁听。", g)
    assert [t for t, level, _ in found if level == "township"] == ["陈村镇"]


def test_a_community_named_alone_with_its_organs_in_a_towns_article(g, segmenter):
    text = "安吉县孝丰镇召开换届会议。青禾苑社区居委会“两委”由方小禾牵头,柳岸东路社区党委书记林小满介绍经验。"
    villages = [(t, p) for t, level, p in _found(text, g) if level == "village"]
    assert villages == [("青禾苑社区", "浙江省/湖州市/安吉县/孝丰镇/青禾苑社区"),
                        ("柳岸东路社区", "浙江省/湖州市/安吉县/孝丰镇/柳岸东路社区")]  # (a road's name, whatever its words)
    # kinds and references of communities are no names; nor is a community where no county or town is named
    assert [level for _, level, _ in _found("安吉县召开会议,城市社区党委和和谐社区居委会参加,该社区党委表态。", g)] == ["county"]
    assert [level for _, level, _ in _found("安吉县召开会议。和谐社区居委会、示范社区党委参加。", g)] == ["county"]
    assert _found("会上,青禾苑社区居委会介绍了经验。", g) == []



def test_a_county_named_after_its_own_people_goes_by_that_name(g, segmenter):
    # 东乡族自治县 is written 东乡县 (and 鄂温克族自治旗 鄂温克旗); Jiangxi's 东乡县 became 东乡区 in 2017
    found = _found("临夏州东乡县组织部为新任村干部办了培训班。呼伦贝尔市鄂温克旗也派人旁听。", g)
    assert ("东乡县", "county", "甘肃省/临夏回族自治州/东乡族自治县") in found
    assert ("鄂温克旗", "county", "内蒙古自治区/呼伦贝尔市/鄂温克族自治旗") in found
    assert ("东乡区", "county", "江西省/抚州市/东乡区") in _found("抚州市东乡区召开干部大会。", g)


def test_towns_listed_before_xiangzhen_are_read_where_one_county_holds_them_all(g, segmenter):
    # no county named, a stem holding 那: the data places every listed town in one county
    found = _found("座谈会上,锁南、达板、那勒寺等多个乡镇的负责人作了交流。", g)
    assert [(t, p) for t, level, p in found if level == "township"] == [
        ("锁南", "甘肃省/临夏回族自治州/东乡族自治县/锁南镇"), ("达板", "甘肃省/临夏回族自治州/东乡族自治县/达板镇"),
        ("那勒寺", "甘肃省/临夏回族自治州/东乡族自治县/那勒寺镇")]


def test_sumu_and_ethnic_townships_listed_before_their_shared_level_word(g, segmenter):
    found = _found("正蓝旗组织宝绍代、那日图两个苏木的嘎查干部集中学习。", g)
    assert [t for t, level, _ in found if level == "township"] == ["宝绍代", "那日图"]
    found = _found("古蔺县在马嘶、箭竹、大寨三个苗族乡试行村干部坐班。", g)
    assert [(t, p.rsplit("/", 1)[1]) for t, level, p in found if level == "township"] == [
        ("马嘶", "马嘶苗族乡"), ("箭竹", "箭竹苗族乡"), ("大寨", "大寨苗族乡")]
    # the people named before 乡 only where the data holds every listed town
    assert [level for _, level, _ in _found("古蔺县在甲坝、乙坝等三个少数民族乡开展调研。", g)] == ["county"]


def test_a_towns_stem_again_holding_a_numeral_or_an_ordinary_word_before_its_territory(g, segmenter):
    found = _found("广河县三甲集镇召开会议。三甲集各村的书记都到了会。", g)
    assert [t for t, level, _ in found if level == "township"] == ["三甲集镇", "三甲集"]
    found = _found("鹤峰县走马镇召开青年干部座谈会。走马全镇有年轻干部二十多名。", g)
    assert [t for t, level, _ in found if level == "township"] == ["走马镇", "走马"]
    # the same word elsewhere stays a word
    found = _found("鹤峰县走马镇召开会议。新任干部走马上任后,先到村里住了一周。", g)
    assert [t for t, level, _ in found if level == "township"] == ["走马镇"]


def test_a_town_with_its_organs_in_an_article_naming_no_other_place(g, segmenter):
    # a county site's page whose masthead is gone: the town the list lacks still stands, its county unknown
    found = _found("日前,岚岭镇党委召开专题会,部署村干部培训。", g)
    assert [(t, level) for t, level, _ in found] == [("岚岭镇", "township")]
    # without its organs, or an ordinary word before 镇, nothing
    assert _found("日前,岚岭镇的干部下村走访。", g) == []
    assert _found("日前,海棠镇党委召开专题会。", g) == []


def test_a_town_the_list_lacks_placed_once_by_its_county_is_that_town_when_named_again(g, segmenter):
    # 前进镇 is no town of 邛崃市 in the 2025 list (four namesakes elsewhere): named after 邛崃市 once, it is
    # the same town when the article names it again on its own
    found = _found("邛崃市前进镇为村干部办夜校。前进镇党委书记亲自授课。", g)
    assert [p for t, level, p in found if level == "township"] == ["四川省/成都市/邛崃市/前进镇"] * 2
    assert [p for t, level, p in _found("前进镇党委书记亲自授课。", g)] == ["前进镇"]  # alone: unknown


def test_villages_listed_before_their_committees(g, segmenter):
    found = _found("双峰县荷叶镇的富托、当先两个村委会本周完成换届。", g)
    assert [(t, level) for t, level, _ in found if level == "village"] == [("富托", "village"), ("当先", "village")]


def test_a_run_of_villages_in_an_article_naming_no_place_is_placed_where_the_data_files_them_all(g, segmenter):
    # a county site's page: 县委 and its villages, never the county's name
    text = "县委第二巡察组进驻十字铺村、印泉村委会、富托村、升堂村开展巡察,为期一个月。"
    found = _found(text, g)
    assert [t for t, level, _ in found] == ["十字铺村", "印泉村", "富托村", "升堂村"]  # (印泉村|委会)
    assert {p.rsplit("/", 2)[0] for _, _, p in found} == {"湖南省/娄底市/双峰县"}
    assert locate(text, g).region.name == "双峰县"
    # two villages prove too little, and a run the data spreads over several counties proves nothing
    assert _found("巡察组进驻十字铺村、印泉村开展巡察。", g) == []
    assert _found("巡察组进驻新华村、红星村、胜利村开展巡察。", g) == []


def test_a_village_named_by_an_ordinary_word_right_after_its_town_with_its_organs(g, segmenter):
    # the town placed by its county elsewhere in the article, not right before it
    found = _found("体检那天,荷叶镇杉林村支部书记老周第一个到。这次体检由双峰县卫生部门组织。", g)
    assert ("杉林村", "village", "湖南省/娄底市/双峰县/荷叶镇/杉林村") in found
    found = _found("体检那天,荷叶镇杉林村民自发来帮忙。这次体检由双峰县卫生部门组织。", g)
    assert [level for _, level, _ in found] == ["township", "county"]


def test_a_village_standing_alone_with_its_organs_in_a_towns_article(g, segmenter):
    found = _found("双峰县荷叶镇召开大会。会上,黄泥塅村党支部书记作了发言。", g)
    assert ("黄泥塅村", "village", "湖南省/娄底市/双峰县/荷叶镇/黄泥塅村") in found
    # kinds of villages and references stay words
    assert [level for _, level, _ in _found("双峰县荷叶镇召开大会。会上,贫困村党支部书记作了发言。", g)] == ["county", "township"]


def test_a_former_town_name_tells_apart_its_same_named_district(g, segmenter):
    # two 永定区 (龙岩, 张家界); 洪山乡 is the former name of 龙岩's 洪山镇
    found = _found("永定区委巡察组在洪山乡召开动员会。", g)
    assert [p for _, _, p in found] == ["福建省/龙岩市/永定区", "福建省/龙岩市/永定区/洪山镇"]


def test_a_districts_ordinary_word_short_form_after_de_is_the_word(g, segmenter):
    found = _found("丹东市东港市选派干部驻村。大家常坐在一起谈乡村的振兴发展。", g)
    assert "振兴" not in [t for t, _, _ in found]
    assert ("振兴区", "county", "辽宁省/丹东市/振兴区") in _found("丹东市振兴区召开会议。", g)


def test_a_town_written_by_its_stem_between_its_district_and_one_of_its_villages(g, segmenter):
    # 解放南路 is a road to the dictionary; 新市路社区 is one of its street office's communities
    found = _found("天山区解放南路新市路社区组织入户走访。", g)
    assert ("解放南路", "township", "新疆维吾尔自治区/乌鲁木齐市/天山区/解放南路街道") in found


def test_a_towns_ordinary_word_stem_opening_the_headline_before_a_measures_verb(g, segmenter):
    title = [(m.text, m.place.path) for m in locate("近日,靖江市西来镇开班。", g, title="西来实施青年干部培养计划").title_mentions]
    assert title == [("西来", "江苏省/泰州市/靖江市/西来镇")]
    assert locate("近日,靖江市西来镇开班。", g, title="西来客栈开业").title_mentions == []


def test_a_verb_or_an_adverb_before_cun_and_its_organs_names_no_village(g, segmenter):
    # 召开村“两委”会议: the town calls the villages' committees together; 也是村“两委”…: a clause
    found = _found("岳西县店前镇召开村“两委”干部会议。镇党委书记说,今年是换届之年,也是村“两委”任期改为五年后的首次换届。", g)
    assert [level for _, level, _ in found] == ["county", "township"]


def test_a_district_named_like_a_policy_word_before_the_policy_is_the_word(g, segmenter):
    # 惠农 (benefiting farmers) is also 石嘴山市's 惠农区 in the dictionary
    assert _found("村干部向群众讲解各项惠农政策和惠农补贴。", g) == []
    assert ("惠农区", "county", "宁夏回族自治区/石嘴山市/惠农区") in _found("石嘴山市惠农区召开会议。", g)


def test_a_papers_app_named_after_its_city_between_the_paper_and_the_dateline(g, segmenter):
    found = _found("青禾晚报掌上长沙2月19日讯(记者林小满)芙蓉区召开大会。", g)
    assert [t for t, _, _ in found] == ["芙蓉区"]
    assert [t for t, _, _ in _found("新华社长沙2月19日电 芙蓉区召开大会。", g)] == ["长沙", "芙蓉区"]  # an agency's dateline


def test_a_local_portal_branded_today_places_an_article_that_names_no_place(g, segmenter):
    placed = locate("我县村干部报酬制度出台,全县村干部待遇得到保障。", g, source="今日房县网")
    assert placed.region is not None and placed.region.name == "房县"


def test_review_kinds_of_villages_and_towns_are_no_names(g, segmenter):
    # a run of kinds in an article naming no place, though the data files villages of those names together
    assert _found("县委表彰了一批文明村、先进村、富裕村和优秀党员。", g) == []
    assert _found("各乡镇要把中心村、文明村、红色村作为重点。", g) == []
    for kind in ("边远", "包保", "空壳", "所辖"):  # right after a town, with the village's organs
        assert [level for _, level, _ in _found(f"双峰县荷叶镇{kind}村党支部书记参加培训。", g)] == ["county", "township"]
    assert [level for _, level, _ in _found("双峰县荷叶镇完成换届。换届后村党支部书记平均年龄下降5岁。", g)] == ["county", "township"]
    assert _found("会上,包保镇党委书记作了表态发言。", g) == []


def test_review_a_frequent_word_or_verb_stem_before_the_towns_territory_is_the_word(g, segmenter):
    found = _found("萝北县团结镇召开干部大会。镇党委书记要求团结全镇干部群众抓好秋收。", g)
    assert [t for t, level, _ in found if level == "township"] == ["团结镇"]
    found = _found("尤溪县联合镇召开会议。会议要求联合辖区企业开展共建。", g)
    assert [t for t, level, _ in found if level == "township"] == ["联合镇"]


def test_review_two_counties_unlisted_towns_of_one_name_leave_a_bare_mention_unknown(g, segmenter):
    found = _found("邛崃市前进镇和大邑县前进镇结对共建。前进镇党委书记介绍了经验。", g)
    assert [p for t, level, p in found if level == "township"][-1] == "前进镇"


def test_review_a_long_run_of_unfiled_villages_costs_little(g, segmenter):
    import time

    text = "县委巡察组进驻" + "、".join(n + "村" for n in "甲乙丙丁戊己庚辛壬癸" * 6) + "开展巡察。"
    text = text.replace("甲村", "青禾村")
    start = time.perf_counter()
    _found(text, g)
    assert time.perf_counter() - start < 0.5  # (a run the data does not file in one county stops after three names)


def test_second_review_names_that_look_like_clauses_or_policies_stay_places(g, segmenter):
    found = _found("双峰县荷叶镇召开会议。塘后村党支部书记发言,新都村党支部书记也作了发言。", g)
    assert [t for t, level, _ in found if level == "village"] == ["塘后村", "新都村"]
    assert ("昆山", "county", "江苏省/苏州市/昆山市") in _found("苏州市召开会议,昆山举措受到肯定。", g)
    # a run whose fourth village decides between two counties, and a first item cut back to its name
    for text in ("县委巡察组走访了巴岩店村、秋垭庙村、桥楼子村、烈女坟村。", "工作组到了烈女坟村、巴岩店村、秋垭庙村、桥楼子村。"):
        assert {p.rsplit("/", 2)[0] for _, _, p in _found(text, g)} == {"四川省/南充市/南部县"}


def test_a_conjunction_opening_a_clause_before_jiedao_names_no_town(g, segmenter):
    found = _found("南通市崇川区认为他的做法意在推进整改,且经过街道党工委同意后实施。", g)
    assert [level for _, level, _ in found] == ["city", "county"]


def test_a_places_dialect_is_no_mention_of_it(g, segmenter):
    found = _found("沅陵县的老人遇到一群说着长沙话的干部。", g)
    assert [t for t, _, _ in found] == ["沅陵县"]
    assert [t for t, _, _ in _found("北京话剧团来长沙演出,他在浏阳话当年。", g)] == ["北京", "长沙", "浏阳"]


def test_a_numeral_and_xiangzhen_after_a_list_or_a_rank_counts_towns(g, segmenter):
    # 五乡镇 is a town of 鄞州区, and also "five towns"
    found = _found("咸宁市约谈排名靠后的赤壁神山镇、通山厦铺镇等五乡镇党委书记,排名后五乡镇须限期整改。", g)
    assert "五乡镇" not in [t for t, _, _ in found]
    assert ("五乡镇", "township", "浙江省/宁波市/鄞州区/五乡镇") in _found("鄞州区五乡镇召开会议。", g)
    assert "五乡镇" in [t for t, _, _ in _found("鄞州区的五乡镇近年发展很快,周末游客相约五乡镇。", g)]


def test_a_towns_stem_again_after_it_was_written_with_its_former_level_word(g, segmenter):
    # 杨溪桥乡 is today's 杨溪桥镇: its stem named again is the same town
    found = _found("桃源县杨溪桥乡今年来了一名挂职记者。在杨溪桥,他一住就是半年。", g)
    assert [t for t, level, _ in found if level == "township"] == ["杨溪桥乡", "杨溪桥"]


def test_review_of_session_48_places(g, segmenter):
    # a leader's visit to a county about training is the county's story; only a trip to learn elsewhere is aside
    for text in ("近日，省委组织部副部长王某某到石阡县调研干部教育培训工作。", "副市长张某某到万山区参加义务植树活动。"):
        assert locate(text, g).region is not None and locate(text, g).region.level == "county", text
    # two-character prepositions place only a county written in full (not 来到解放区, 来自老城区)
    for text in ("1947年他来到解放区，从此走上革命道路。", "来自老城区的居民代表参加了座谈。"):
        assert locate(text, g).mentions == [], text
    # kinds of zone a province has many of need a name of their own
    assert [(m.text, m.place.level) for m in locate("河南省产业集聚区建设工作会议召开。", g).mentions] == [("河南省", "province")]
    # the other province's namesake goes when the host is written in full too
    zones = [m.place.path for m in locate("石阡县城东新区的干部下沉到各村。", g).mentions if m.place.level == "zone"]
    assert zones == ["贵州省/铜仁市/石阡县/城东新区"]


def test_villages_listed_with_their_last_two_joined_and_a_name_opening_with_he(g, segmenter):
    text = "镇安县评选出木园、东铺、和坪、八盘和蒿坪等5个村为首批红旗村。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "village"] == ["木园", "东铺", "和坪", "八盘", "蒿坪"]
    # a clause before 镇 holding an adverb is no town's name
    assert [m.text for m in locate("石阡县的村干部议论一番后,便建议镇党委办个讲堂。", g).mentions] == ["石阡县"]


def test_second_review_of_session_48_places(g, segmenter):
    # a trip to learn in a province and its city, or with words between the place and the learning
    for text in ("近日，石阡县选派20名年轻干部赴浙江省杭州市学习培训，提升能力。",
                 "近日，石阡县选派20名年轻干部赴安吉县开展为期一周的学习。"):
        assert locate(text, g).region.name == "石阡县", text
    assert _found("来自会同县的20名村党支部书记参加了培训。", g) == [("会同县", "county", "湖南省/怀化市/会同县")]
    # listed villages: a real name opening with 出 or 便; a conjunction after a comma; words joined by 和
    villages = lambda t: [m.text for m in locate(t, g).mentions if m.place.level == "village"]
    assert villages("浉河区游河镇出山店、乔庙、卧虎等村") == ["出山店", "乔庙", "卧虎"]
    assert villages("丰县首羡镇组织便集、李楼等3个村开展活动。") == ["便集", "李楼"]
    assert villages("镇安县东洞、西洞、及金钟等3个村") == []
    assert villages("镇安县云盖寺镇引导企业、合作社和东洞等3个村签订协议。") == []
    # a county's 产业集聚区 is its one zone
    assert ("西平县产业集聚区", "zone") in [(m.text, m.place.level) for m in locate("西平县产业集聚区党工委组织培训。", g).mentions]


def test_a_preposition_opens_no_town_and_a_street_office_written_with_jie_twice(g, segmenter):
    # 通过街乡…: a preposition of two characters after a district opens a clause about streets and towns
    assert [m.text for m in locate("九龙坡区通过街乡联动机制化解矛盾。", g).mentions] == ["九龙坡区"]
    # 大智街街道: the list's 大智街道 with the 街 of its name written before 街道
    assert ("大智街街道", "township", "湖北省/武汉市/江岸区/大智街道") in _found("江岸区大智街街道办事处组织了培训。", g)
    assert _found("沿着大智街街道两旁走。", g) == []  # a street's roadway



def test_a_street_office_written_without_its_road(g, segmenter):
    # 康健街道 for the list's 康健新村街道, 曲阳街道 for 曲阳路街道: the district holds one office so named
    assert ("康健街道", "township", "上海市/徐汇区/康健新村街道") in _found("徐汇区康健街道组织社工培训。", g)
    assert ("曲阳街道", "township", "上海市/虹口区/曲阳路街道") in _found("虹口区曲阳街道开展居委干部评议。", g)
    # where the list has the name as written, it is that office
    assert ("曲阳街道", "township", "安徽省/淮北市/相山区/曲阳街道") in _found("相山区曲阳街道开展评议。", g)


def test_a_town_of_the_mediums_county_whose_stem_is_a_word_and_a_one_character_town_named_again(g, segmenter):
    # 冷水 is "cold water" and seven towns bear the name: the county the medium is named after holds one
    text = "11月5日晚,在冷水镇召开年轻干部座谈会,镇机关12名年轻干部参加。"
    assert [m.text for m in locate(text, g).mentions] == []
    placed = locate(text, g, source="钟祥市融媒体中心")
    assert [(m.text, m.place.path) for m in placed.mentions] == [("冷水镇", "湖北省/荆门市/钟祥市/冷水镇")]
    # 陵城区糜镇 … ,糜镇党委: a one-character town placed after its county, named again alone
    found = _found("去年他到陵城区糜镇任职。在他的推动下,糜镇党委成立了合作社。城镇建设也加快了。", g)
    assert [t for t, level, _ in found if level == "township"] == ["糜镇", "糜镇"]


def test_a_town_before_its_organ_the_segmenter_reads_as_one_word(g, segmenter):
    # 国庆|乡党委, 国庆|乡政府: the level word glued to the town's committee or government still ends the name
    found = _found("江城县委派出巡察组,国庆乡党委及所辖党总支接受巡察。", g)
    assert ("国庆乡", "township", "云南省/普洱市/江城哈尼族彝族自治县/国庆乡") in found
    assert [t for t, level, _ in _found("国庆节期间乡干部在岗值班。", g) if level == "township"] == []


def test_a_city_before_a_word_opening_with_cun_and_a_mongolian_name_by_its_first_syllables(g, segmenter):
    # 成都|村政学院: a college of the city (村政, 村务 are words, no village named 成都村)
    assert [t for t, _, _ in _found("这次培训的承办方是成都村政学院。", g)] == ["成都"]
    assert [t for t, _, _ in _found("成都村务公开做得好。", g)] == ["成都"]
    # 和林县, 达茂旗, 土左旗: customary forms of banners and counties named in Mongolian (not 和|林县)
    assert _found("今年以来,和林县以五个一为抓手加强驻村干部管理。", g) == \
        [("和林县", "county", "内蒙古自治区/呼和浩特市/和林格尔县")]
    assert [p for _, _, p in _found("达茂旗和土左旗的干部参加培训。", g)] == \
        ["内蒙古自治区/包头市/达尔罕茂明安联合旗", "内蒙古自治区/呼和浩特市/土默特左旗"]


def test_a_community_of_two_characters_after_its_county_and_parallel_verbs_no_community(g, segmenter):
    text = "在河北香河县蒋北社区述职评议会上,居民代表为蒋北社区党委书记打了满分。"
    villages = [(t, p) for t, level, p in _found(text, g) if level == "village"]
    assert villages == [("蒋北社区", "河北省/廊坊市/香河县/蒋北社区")] * 2
    assert [t for t, level, _ in _found("香河县加强社区治理,加强社区建设。", g) if level == "village"] == []
    # 考准考实社区两委: one verb twice with two results, then the community's committees in general
    text = "香河县开展年度考核,以合理的指标,考准考实社区两委班子和社区干部。"
    assert [t for t, level, _ in _found(text, g) if level == "village"] == []


def test_a_towns_stem_that_is_a_rare_word_where_one_works_or_stays(g, segmenter):
    text = "叠石乡开设机关夜学。干部结合自身在叠石的工作经历讲课,也有人在叠石任职多年。"
    assert [t for t, level, _ in _found(text, g) if level == "township"] == ["叠石乡", "叠石", "叠石"]
    assert [t for t, level, _ in _found("团结镇开设夜学。他在团结的氛围中工作。", g) if level == "township"] == ["团结镇"]


def test_a_town_a_new_district_took_over_and_a_kind_of_town_is_no_name(g, segmenter):
    # 余杭区星桥街道: the street office went to 临平区 (2021), a district of the same city
    found = _found("余杭区星桥街道开展社区干部评议。", g)
    assert ("星桥街道", "township", "浙江省/杭州市/临平区/星桥街道") in found
    # 经济强镇, 工业重镇 after a county: what a town is, not a town's name
    for text in ("宁乡市经济强镇建设提速。", "宁乡市工业重镇的干部到园区挂职。"):
        assert [level for _, level, _ in _found(text, g)] == ["county"], text


def test_a_village_written_with_its_cun_twice_a_town_after_you_and_households_counted(g, segmenter):
    # 谢村村班子: the listed 谢村 with 村 written again before its team (not 谢村|村委会, 谢村|村民)
    villages = [t for t, level, _ in _found("余杭区良渚街道开展评议,谢村村班子获得好评。", g) if level == "village"]
    assert villages == ["谢村村"]
    villages = [t for t, level, _ in _found("余杭区良渚街道开展评议,谢村村委会获得好评,谢村村民点赞。", g) if level == "village"]
    assert villages == ["谢村", "谢村"]
    assert [t for t, _, _ in _found("由花桥镇党委书记介绍经验。", g)] == ["花桥镇"]  # (由|花桥: glued by the segmenter)
    # 315户|县管企业: households counted, then the county's firms (户县 is a former county's name)
    assert _found("全区共有315户县管企业。", g) == []


def test_a_listed_village_written_with_its_committee(g, segmenter):
    # 新华村委会: the village's 村 is its committee's first character (not chained to its town)
    found = _found("永寿县开展回访,常宁镇纪委干部来到新华村委会听取意见。", g)
    assert ("新华村", "village", "陕西省/咸阳市/永寿县/常宁镇/新华村") in found
    found = _found("永寿县开展回访,常宁镇纪委干部来到新华村民委员会听取意见。", g)
    assert ("新华村", "village", "陕西省/咸阳市/永寿县/常宁镇/新华村") in found


def test_a_villages_post_after_its_cun_twice_and_a_community_by_its_committee(g, segmenter):
    # 红星村村支书: right after its town, a word as a village's name is one when its post follows (its 村 twice)
    found = _found("永寿县常宁镇红星村村支书带头清理垃圾。", g)
    assert ("红星村", "village", "陕西省/咸阳市/永寿县/常宁镇/红星村") in found
    assert [level for _, level, _ in _found("永寿县常宁镇红星村召开会议。", g)] == ["county", "township"]
    # 东厂居委会: the committee of the listed 东厂社区, named as written
    found = _found("东城区东厂居委会组织党员学习。", g)
    assert [(t, level) for t, level, _ in found] == [("东城区", "county"), ("东厂居委会", "village")]
    assert [level for _, level, _ in _found("东城区各居委会组织党员学习。", g)] == ["county"]


def test_a_word_opening_with_cun_after_a_listed_village_is_no_doubled_cun(g, segmenter):
    for text in ("余杭区良渚街道谢村村口有一棵大树。", "余杭区良渚街道谢村村集体收入增加。"):
        assert [t for t, level, _ in _found(text, g) if level == "village"] == ["谢村"], text


def test_towns_listed_before_their_count_and_kind(g, segmenter):
    # 泉塘、栗山两个试点镇: the stems, then how many towns of what kind, in the article's county
    found = _found("湘乡市虞唐镇完成换届,成为除泉塘、栗山两个试点镇外首个完成的乡镇。", g)
    assert [(t, p) for t, level, p in found if level == "township"][1:] == \
        [("泉塘", "湖南省/湘潭市/湘乡市/泉塘镇"), ("栗山", "湖南省/湘潭市/湘乡市/栗山镇")]


# --- session 53 ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("会议召开江西省村级组织换届部署会。", [("江西省", "province", "江西省")]),  # no 开江 (a county in Sichuan)
    ("《宁夏县(市、区)党政正职考核办法》印发。", [("宁夏", "province", "宁夏回族自治区")]),  # no 夏县: two characters yield
    ("记者了解到,云南村(社区)干部学历提升工作成效明显。", [("云南", "province", "云南省")]),
])
def test_a_name_in_full_inside_a_short_form_and_a_province_before_its_village_cadres(g, text, want):
    assert _found(text, g) == want


def test_a_county_before_rural_revitalisation_is_the_county_not_a_township(g):
    text = "重庆市南川区选派第一书记。第一书记带动南川乡村振兴。"
    assert _found(text, g)[-1] == ("南川", "county", "重庆市/南川区")
    assert _found("镇原县南川乡村两委完成换届。", g)[-1] == ("南川乡", "township", "甘肃省/庆阳市/镇原县/南川乡")


def test_a_hometown_is_no_township_after_a_city(g):
    assert _found("方小禾毕业后回到百色,一心支援家乡发展。", g) == [("百色", "city", "广西壮族自治区/百色市")]


@pytest.mark.parametrize("text, town", [
    ("壶关县黄山乡村振兴工作推进会召开。", "黄山乡"),  # the county's own town: no 黄山市
    ("镇雄县坝下乡党委召开会议。", "坝下乡"),  # 下乡 is no word for home
])
def test_a_town_after_its_county_keeps_its_name(g, text, town):
    assert _found(text, g)[-1][:2] == (town, "township")


def test_a_village_placed_after_its_county_is_the_same_village_named_again_alone(g):
    text = "第一书记驻农安县长安村。长安村过去是远近闻名的穷村,如今长安村的路修好了。"
    found = [(t, p) for t, _, p in _found(text, g) if t == "长安村"]
    assert len(found) == 3 and len({p for _, p in found}) == 1
    assert [t for t, _, _ in _found("长安村过去是远近闻名的穷村。", g)] == []  # alone, the name is too ordinary


def test_a_village_known_across_the_country_named_alone(g, segmenter):
    found = _found("青禾县组织村干部到小岗村参观学习，大家认为小岗的经验值得借鉴。", g)
    assert [(t, path) for t, level, path in found if level == "village"] == [
        ("小岗村", "安徽省/滁州市/凤阳县/小溪河镇/小岗村"), ("小岗", "安徽省/滁州市/凤阳县/小溪河镇/小岗村")]
    assert not [t for t, level, _ in _found("其余村民也参加了会议。", g) if level == "village"]  # (其余|村民)
    # every row of the table names a village the gazetteer holds under that town and county
    from pipeline.core.lexicons import word_table
    rows = word_table("famous_villages.tsv")
    for name, county, town, *_ in rows:
        placed = locate(f"干部们到{name}学习。", g).mentions
        assert [m.place.path for m in placed] == [f"{county}/{town}/{name}"], name


@pytest.mark.parametrize("text, want", [
    ("要引导年轻干部甘于在平凡的小岗位上默默奉献。", []),  # 小|岗位, no village
    ("截至目前，全县已有50余村完成换届。", []),  # more than 50 villages
    ("保定市余村党员干部参加培训。", ["保定市"]),  # a namesake the lists lack, after its city
    ("宁波市奉化区萧王庙街道在滕头开办乡村振兴培训班。", ["宁波市", "奉化区", "萧王庙街道", "滕头村"]),
])
def test_review_of_session_54_famous_villages(g, segmenter, text, want):
    assert [m.place.name for m in locate(text, g).mentions] == want
    if want and want[-1] == "滕头村":  # the village written short adds no weight, and takes none from its town
        assert locate(text, g).region.name == "萧王庙街道"


@pytest.mark.parametrize("text, region", [
    # 全区 in an autonomous region's article is the whole region, not the district named last
    ("广西壮族自治区召开组织工作会议，桂林市、柳州市和南宁市青秀区介绍了经验做法。全区各级组织部门要抓好落实，"
     "全区各地要行动起来，全区上下齐心协力。", "广西壮族自治区"),
    ("岳阳市印发容错纠错办法，在岳阳楼区先行试点。应该区分性质，应该区分情况。", "岳阳市"),  # 应该区分
    ("宁乡市大学生村官张丽担任村委会主任助理三年来成绩突出。", "宁乡市"),  # no university
    ("凤冈县人民法院公开开庭审理一起职务犯罪案件，全县60余名新任领导干部到庭旁听。", "凤冈县"),  # its own lesson
])
def test_review_of_session_54_region_votes(g, segmenter, text, region):
    assert locate(text, g).region.name == region


@pytest.mark.parametrize("text, want", [
    ("大力实施人才兴县战略，高规格召开县委人才工作会议。", []),  # "talent makes the county thrive"
    ("坚持“工业富县”目标不动摇。", []),
    ("兴县干部到村开展工作。", ["山西省/吕梁市/兴县"]),
])
def test_a_county_named_inside_a_thrive_slogan(g, segmenter, text, want):
    assert [m.place.path for m in locate(text, g).mentions] == want


def test_an_epaper_masthead_over_its_page_is_no_place(g, segmenter):
    text = "群众的参与感增强。\n\n\n禾城日报 今日青禾 00012 干部考评\n2021-03-05 浙江日报2021-03-05001"
    assert "浙江省" not in [m.place.name for m in locate(text, g).mentions]
    assert [m.place.name for m in locate("浙江日报记者走访了青禾县。", g).mentions] == []  # (unchanged: a byline's paper)


@pytest.mark.parametrize("text, want", [
    ("山西省兴县计划生育委员会主任张某某。", ["山西省", "兴县"]),  # the county, not a slogan
    ("省委组织部开展“走进兴县”主题调研活动。", ["兴县"]),
    ("延安富县之路怎么走？", ["延安市", "富县"]),
    ("记者近日走访发现，河北日报1949年创刊以来一直关注基层。", ["河北省"]),  # a paper at work, not a masthead
])
def test_review_of_session_54_later_rules_places(g, segmenter, text, want):
    assert [m.place.name for m in locate(text, g).mentions] == want


def test_a_verb_before_the_villagers_is_no_village(g, segmenter):
    villages = lambda t: [m.text for m in locate(t, g).mentions if m.place.level == "village"]
    assert villages("大余县南安镇老党员拿出宅基地建设村民活动广场。") == []  # 建设|村民: to build the villagers' square
    assert villages("大余县南安镇建设村村民开展义务劳动。") == ["建设村"]
    assert villages("大余县南安镇建设村民委员会召开会议。") == ["建设村"]  # the village's committee


def test_a_countys_own_medium_reports_its_people_away_from_home(g, segmenter):
    text = ("8月3日,镇坪县青年干部赴延安开展现场教学,镇坪县委组织部带队。\n在延安,学员们走进延安革命纪念馆,又在延安干部培训中心上了党课,"
            "还到延安的梁家河参观。")
    end = text.index("\n")
    placed = locate(text, g, source="镇坪融媒", first_paragraph_end=end)
    assert placed.region.name == "镇坪县" and "own medium" in placed.reason
    # another medium, or the county not named in the opening paragraph: the weight decides
    assert locate(text, g, source="安康日报", first_paragraph_end=end).region.name == "延安市"
    late = text.replace("镇坪县青年干部", "青年干部").replace("镇坪县委组织部", "县委组织部") + "镇坪县组织部表示,将总结经验。"
    # named once, passing on another county's experience, the county's medium reports that county's practice
    once = "近日,镇坪县转发《石泉县选派干部到村任职经验》。\n石泉县坚持把优秀干部选派到村,石泉县池河镇、石泉县后柳镇先行先试。"
    assert locate(once, g, source="镇坪融媒", first_paragraph_end=once.index("\n")).region.name == "石泉县"
    assert locate(late, g, source="镇坪融媒", first_paragraph_end=late.index("\n")).region.name == "延安市"


def test_a_passive_or_a_preposition_after_a_county_opens_no_towns_name(g, segmenter):
    # 某县被免职镇党委副书记: the county's dismissed town official, no town called 被免职
    assert [(m.text, m.place.level) for m in locate("宁陕县被免职镇党委委员一事引发关注。", g).mentions] == [("宁陕县", "county")]
    assert [(m.text, m.place.level) for m in locate("昭觉县龙沟乡的干部参加培训。", g).mentions] \
        == [("昭觉县", "county"), ("龙沟乡", "township")]  # (an unlisted town after its county stays)


def test_a_district_portal_opening_its_lead_names_no_place(g, segmenter):
    found = [(m.text, m.place.level) for m in locate("宁德蕉城在线(方小禾)8月12日,调研组到蕉城区调研。", g).mentions]
    assert found == [("蕉城区", "county")]


def test_a_village_right_after_its_county_told_by_its_repeats_or_its_other_level_word(g, segmenter):
    # a stem holding an ordinary word (西墙): named again with its branch, the village is a name
    text = "记者走进沂水县西墙峪村,山路两旁种满了果树。她当选西墙峪村党支部书记。如今的西墙峪村变了样。"
    assert [m.text for m in locate(text, g).mentions if m.place.level == "village"] == ["西墙峪村"] * 3
    assert [m.place.level for m in locate("沂水县西墙峪村的路修好了。", g).mentions] == ["county"]  # once: no
    # 某区拉塔湖村 where a town of the district lists 拉塔湖社区: the village written with its former word
    found = [(m.text, m.place.level) for m in locate("在沈北新区拉塔湖村,老书记干了二十年。", g).mentions]
    assert ("拉塔湖村", "village") in found


def test_a_long_village_name_holding_words_right_after_a_town_its_county_placed(g, segmenter):
    found = [(m.text, m.place.level) for m in locate("桓仁县八里甸子镇韭菜园子村的一名后备干部走上讲台。", g).mentions]
    assert ("韭菜园子村", "village") in found
    # a verb or an adverb opening the words, villages' cadres, a village official: no village
    for text in ("桓仁县八里甸子镇全面推进美丽村建设。", "潼关县秦东镇推荐年轻村(社区)干部参加轮训。",
                 "中牟县官渡镇的第一批大学生村官都留了下来。", "桓仁县八里甸子镇党员干部进村入户。"):
        assert [m.place.level for m in locate(text, g).mentions if m.place.level == "village"] == [], text


def test_review_of_session_55_places(g, segmenter):
    # kinds of village right after a county are no villages, though a town lists 文明社区 or the text repeats them
    for text in ("平乡县文明村镇创建工作扎实推进,今年新增市级文明村镇8个。", "安化县先进村党组织表彰大会召开。",
                 "眉县重点帮扶村共有23个,重点帮扶村党支部书记参加了专题培训,重点帮扶村发展势头良好。"):
        assert [m for m in locate(text, g).mentions if m.place.level == "village"] == [], text
    # teachers sent to teach there: the place they went is the story
    text = "近日,省委党校组织专家教授赴汇川区开展教学,为全区200余名村干部讲解乡村振兴政策。"
    assert locate(text, g).region.name == "汇川区"
    # a city's own service portal and its address still name the city
    assert [m.text for m in locate("全市党员可登录宁波党员在线（www.nbdy.gov.cn）参加网上学习。", g).mentions] == ["宁波"]
    # a park named with a word jieba tags a verb is still a zone
    assert ("创新产业园区", "zone") in [(m.text, m.place.level) for m in locate("汉阴县创新产业园区党委成立。", g).mentions]
