"""Fields studied on blind batch 76 (helper study76c): places, the primary region, headlines, villages,
slogans. Every sentence here is written for these tests; the place names in them are facts."""
from __future__ import annotations

from pipeline.text.ingest import read_document
from pipeline.text.lines import is_navigation
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


def test_a_portals_bar_of_its_provincial_channels_is_navigation(tmp_path):
    # class: 地方栏目: 北京 江西 山东 … (a portal's bar of its provinces' channels, labelled or not) is chrome, as a
    # county site's bar of its towns' pages is: no place of the article, no headline glued to it
    bar = "地方栏目: 北京 上海 天津 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建"
    assert is_navigation(bar)
    assert is_navigation("北京 天津 河北 山西 辽宁 吉林")
    assert not is_navigation("北京 天津")  # a headline's pair of cities
    assert not is_navigation("先进省份: 浙江 江苏 广东 山东 福建")  # an honour list, printed with spaces
    page = "\n".join(["首页 资讯 财经 科技 房产 视频", "", bar, "", "青禾县推行年轻干部夜访制度",
                      "来源:青禾网 发布时间:2020-06-24", "", BODY, BODY2])
    art = _only(tmp_path, page)
    assert (art.title, art.date) == ("青禾县推行年轻干部夜访制度", "2020-06-24")
    assert "北京" not in art.text


def test_a_headline_sweeping_many_places_over_two_provinces_cases_is_national(g, segmenter):
    # class: 多地… in the headline (no place named in it) over a roundup that tells one province's case at length
    # and then others': the article is no one unit's practice, however often the first case's county is named
    from pipeline.extract.regions import locate

    title = "多地公布诬告干部典型案例"
    text = ("近日，湖北荆州市监利县纪委通报一起诬告案件，监利县某局干部捏造事实举报同事。监利县纪委查明后，"
            "给予其处分，并在监利县召开澄清会。荆州市纪委表示将严肃查处。此外，黑龙江、海南也通报了类似案例。")
    p = locate(text, g, title=title)
    assert p.region is None and p.reason.startswith("national"), p.reason
    # the same cases under a headline naming its province keep the province's region
    assert locate(text, g, title="湖北通报诬告陷害典型案例").region is not None


def test_a_headline_broken_after_what_its_place_did_is_one_headline(tmp_path):
    # class: 某区建立某机制 / 激励干部担当作为 over the dateline: a headline printed over two lines, the lower going on
    # with what for (a verb first, no subject of its own); a kicker of phrases over a headline stays out of it
    page = "\n".join(["青禾县建立年轻干部跟踪培养机制", "鼓励干部干事创业", "来源:青禾网 发布时间:2021-01-28", "",
                      BODY, BODY2])
    art = _only(tmp_path, page)
    assert art.title == "青禾县建立年轻干部跟踪培养机制鼓励干部干事创业"
    page = "\n".join(["奋进新征程 建功新时代", "青禾县建立年轻干部跟踪培养机制", "来源:青禾网 发布时间:2021-01-28", "",
                      BODY, BODY2])
    assert _only(tmp_path, page).title == "青禾县建立年轻干部跟踪培养机制"
    page = "\n".join(["青禾县召开年轻干部座谈会", "柳川镇干部交流驻村体会", "来源:青禾网 发布时间:2021-01-28", "",
                      BODY, BODY2])
    assert _only(tmp_path, page).title == "柳川镇干部交流驻村体会"  # (a line opening with its own place)


def test_a_lead_naming_the_media_that_carry_it_together_has_the_first_as_source():
    # class: 甲客户端、乙网、丙都市报6月16日消息(记者 …): co-publishing media joined by 、 before the lead's day;
    # the first is the source, the reporter is read as from a lead of one medium
    from pipeline.text.meta import parse_lead

    lead = "青禾客户端、柳川网、青禾都市报6月16日消息(记者 张明远) 6月16日,记者从青禾县干部培训班上了解到。"
    assert parse_lead(lead) == [("source", "青禾客户端"), ("记者", "张明远")]
    assert parse_lead("人民网、新华网等媒体报道了青禾县的做法。") == []


def test_a_kickers_run_of_phrases_over_a_headline_broken_after_its_frame(tmp_path):
    # class: an e-paper's day, then 甲乙 丙丁 戊己 (a kicker's run of spaced phrases), then a headline printed over two
    # lines, broken after its 在…中 (the verb on the next line): the headline is the two lines, the run its kicker
    page = "\n".join(["2014年05月29日 星期四", "", "从严管理 用心培育 放手使用", "", "柳川镇在抗洪抢险任务中",
                      "锻炼年轻干部", "", "本报讯(记者 张明远)" + BODY, BODY2])
    art = _only(tmp_path, page)
    assert art.title == "柳川镇在抗洪抢险任务中锻炼年轻干部"
    assert art.kicker == "从严管理 用心培育 放手使用"


def test_a_reporter_of_the_papers_county_station_is_named_without_it():
    # class: 记者甲 某地记者站乙 通讯员丙: the station's name glued before a reporter's; its 记者 cut 站 onto the name
    from pipeline.text.meta import parse_byline_fields, parse_lead

    assert parse_byline_fields("记者 张明远 柳川记者站李小青 通讯员 王大山") == [
        ("记者", "张明远"), ("记者", "李小青"), ("通讯员", "王大山")]
    lead = "本报讯(记者张明远 柳川记者站李小青 通讯员王大山)柳川镇今年制定出台青年干部成长计划。"
    assert ("记者", "李小青") in parse_lead(lead)


def test_a_places_thrive_strategies_are_a_slogan():
    # class: 科教兴县、人才强县战略 (a place's strategies of making it thrive, each closed by its unit) is an
    # enumeration named as a formula
    from pipeline.extract.slogans import find_slogans

    found = find_slogans("全县大力实施科教兴县、人才强县战略，人才总量持续增长。")
    assert [(s.canonical, s.components) for s in found] == [("科教兴县、人才强县", ["科教兴县", "人才强县"])]
    assert find_slogans("全面实施乡村振兴、区域协调战略。") == []  # strategies with no unit closing them
    assert find_slogans("青禾县、柳川县的好干部都来了。") == []  # places listed


def test_the_day_a_count_stands_at_times_every_semicolon_part_of_its_sentence():
    # class: 截至/截止 2020年12月，甲…；乙…；丙…: the day a tally stands at opens the sentence and times each of its
    # ；-parts, as a bare date opening it does
    from pipeline.extract.dates import find_dates
    from pipeline.extract.figures import find_figures

    text = "截至2020年12月，全县各类人才共5.2万人，其中：党政人才2200人；专业技术人才1.3万人；技能人才1.6万人。"
    dates = find_dates(text, "2021-03-01")
    found = find_figures(text, exclude=[(d.start, d.end) for d in dates], dates=dates)
    assert {f.value: f.time for f in found} == {52000: "2020-12", 2200: "2020-12", 13000: "2020-12", 16000: "2020-12"}
    text = "全县各类人才共5.2万人。截至目前，党政人才2200人；此外，技能人才1.6万人。"
    dates = find_dates(text, "2021-03-01")
    times = {f.value: f.time for f in find_figures(text, exclude=[(d.start, d.end) for d in dates], dates=dates)}
    assert times[16000] is None  # (；此外: another point, not timed by it)


def test_a_place_inside_a_quoted_brand_a_latin_letter_opens_is_no_mention(g, segmenter):
    # class: “i宜宾” App, “e龙岗”: a city's app or service named by a letter glued before the place, in quotes; the
    # brand is no mention of the place (the place named on its own still is)
    from pipeline.extract.regions import locate

    text = "宜宾的“i宜宾”App集成了61个应用。“i宜宾”上线以来，群众办事更方便。"
    assert [(m.text, m.start) for m in locate(text, g).mentions] == [("宜宾", 0)]


def test_towns_and_streets_after_a_county_name_no_town_the_list_lacks(g, segmenter):
    # class: 某区推行镇街… (镇街: the county's towns and street offices) right after the county: no unlisted town
    # 推行镇, as the scan already had it for a city's 镇街; a town the list lacks before 镇党委 still is one
    from pipeline.extract.regions import locate

    text = "荣昌力行镇街干部值夜制度，千余镇街干部走村入户。"
    assert [m.place.name for m in locate(text, g).mentions] == ["荣昌区"]
    assert [m.place.name for m in locate("荣昌区樟树港镇党委召开会议。", g).mentions] == ["荣昌区", "樟树港镇"]


def test_a_towns_stem_naming_a_scenic_site_after_its_county_is_no_town(g, segmenter):
    # class: 某县某某旅游景区 (a scenic site named after the town, right after the county): no mention of the town,
    # as scenic sites are no places; the town in full after its county still is one
    from pipeline.extract.regions import locate

    text = "苍溪县黄猫垭旅游景区节假日人多，苍溪县黄猫垭镇的干部轮流值守。"
    assert [(m.text, m.place.name) for m in locate(text, g).mentions] == [
        ("苍溪县", "苍溪县"), ("苍溪县", "苍溪县"), ("黄猫垭镇", "黄猫垭镇")]


def test_the_medium_a_photos_credit_names_after_its_slash_is_no_place(g, segmenter):
    # class: 记者 某某 摄/视觉重庆: the medium credited for the photo, after 摄 and a slash, is no mention of its
    # place (as a paper's name in a byline is not); the place in the caption still is one
    from pipeline.extract.regions import locate

    text = "荣昌区直升镇干部走访脱贫户。记者 李明 摄/视觉重庆\n荣昌区直升镇的干部晚上进村。"
    assert "重庆市" not in [m.place.name for m in locate(text, g).mentions]
    assert [m.place.name for m in locate("重庆荣昌区选派干部驻村。", g).mentions][0] == "重庆市"
