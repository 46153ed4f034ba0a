"""Fields studied on blind batch 76b (helper study77): headlines, places, figures, quoted terms, the primary
region. Every sentence here is written for these tests; the place names in them are facts."""
from __future__ import annotations

from pipeline.text.ingest import read_document
from pipeline.text.articles import split_articles
from pipeline.text.repair import repair_document

BODY = "今年以来,青禾县委组织部分三批选派46名年轻干部到乡镇一线挂职锻炼,为期一年,期满进行考核。"
BODY2 = "县里还建立跟踪培养台账,对表现突出的11名挂职干部优先提拔使用,对不适宜的及时召回。"


def _only(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    arts = split_articles(repair_document(read_document(path)))
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


def test_a_place_line_under_the_epapers_day_is_the_kicker_over_the_headline(tmp_path):
    # class: an e-paper's day and page, then 某某县某某镇 alone on its line, then the headline: the place line says
    # where the story is from (a kicker), the line under it is the headline
    page = "\n".join(["2022年03月14日", "第02版:", "", "柳川县青禾镇", "", "“墩苗计划”磨砺年轻干部", "",
                      "本报柳川讯(通讯员 张明远)" + BODY, BODY2])
    art = _only(tmp_path, page)
    assert art.title == "“墩苗计划”磨砺年轻干部"
    assert art.kicker == "柳川县青禾镇"


def test_a_bound_after_a_bare_magnitude_is_its_qualifier():
    # class: 500万以上项目, 10万左右: a number closed by 万/亿 with no measure word, then 以上/以下/左右: the bound
    # belongs to the figure as it does after a unit (500万元以上)
    from pipeline.extract.figures import find_figures

    got = [(f.text, f.value, f.unit, f.qualifier) for f in find_figures("全县引进500万以上项目9个,带动10万左右群众增收。")]
    assert ("500万以上", 5000000, None, "以上") in got
    assert ("10万左右", 100000, None, "左右") in got
    assert ("9个", 9, "个", None) in got
    got = [(f.text, f.unit, f.qualifier) for f in find_figures("全县引进500万元以上项目9个。")]
    assert ("500万元以上", "万元", "以上") in got  # (the unit's own bound, as before)


def test_a_transcribed_village_name_after_its_town_is_a_village(g):
    # class: 某县某乡托万克某某村: a Uyghur name written in characters that transcribe sounds, right after its town
    # and county; the segmenter finds "words" in it (托 a verb, 万克 a weight), which made it read as a clause
    from pipeline.extract.regions import locate

    text = "第一书记常年住在阿图什市阿湖乡托万克萨买里村,托万克萨买里村的村民都认识他。"
    villages = [m.text for m in locate(text, g).mentions if m.place.level == "village"]
    assert villages == ["托万克萨买里村", "托万克萨买里村"]
    # a clause after the town, a verb and its object closed by 村, stays no village
    text = "阿图什市阿湖乡托举振兴村级产业发展,带动群众增收。"
    assert not [m for m in locate(text, g).mentions if m.place.level == "village"]


def test_a_county_and_the_villages_its_cadres_went_to_observe_are_no_primary_region(g):
    # class: 组织干部赴某省某县甲村、乙村、丙村、丁村观摩学习: the county visited, with a list of its villages before
    # the verb of learning (观摩, as 参观 and 学习), is where the cadres went to learn; the visitors' own county,
    # named at the opening, is whose practice is reported
    from pipeline.extract.regions import locate

    text = ("贵州省台江县今年把带好新录用的选调生列为组织工作的一件大事。县委组织部带领20名选调生赴浙江省安吉县鲁家村、"
            "余村、大竹园村、黄杜村观摩,学习发展村级集体经济的办法。回县后,选调生都到村里任书记助理。")
    assert locate(text, g).region.name == "台江县"


def test_a_village_named_in_full_under_the_one_city_an_article_names(g):
    # class: 某市某单位赴某某村慰问驻村工作队: a city's unit visits a village, the article naming no county or town; the
    # village is looked up in the city's counties and kept where one county alone files it
    from pipeline.extract.regions import locate

    text = "6月上旬,榆林市农业农村局一行赴周阳洼村看望驻村工作队,询问队员的工作和生活情况。"
    villages = [m for m in locate(text, g).mentions if m.place.level == "village"]
    assert [(m.text, m.place.county) for m in villages] == [("周阳洼村", "子洲县")]
    # a word for villages in general stays no village
    text = "榆林市农业农村局组织干部赴乡村开展新农村建设调研。"
    assert not [m for m in locate(text, g).mentions if m.place.level == "village"]


def test_the_divisions_a_prefecture_holds_counted_after_its_verb_of_holding():
    # class: 所辖三县一市, 下辖两区一县: the counts of the divisions a unit holds; the segmenter glues 所辖 to the
    # first numeral (所辖三县 one word) and 一 after a count of places counts one more division, no article "a"
    from pipeline.nlp.segment import get_segmenter
    from pipeline.extract.figures import find_figures

    text = "全州面积大、山区多,所辖三县一市都是扶贫开发重点县,干部队伍建设任务很重。"
    words = [(s, e) for _, s, e in get_segmenter().spans(text)]
    got = [(f.text, f.value, f.unit) for f in find_figures(text, words=words)]
    assert ("三县", 3, "县") in got and ("一市", 1, "市") in got
    # 一 before a measure word alone is still the article "a"
    got = [f.text for f in find_figures("该县是一个山区县,有一市场。", words=None)]
    assert "一市" not in got
