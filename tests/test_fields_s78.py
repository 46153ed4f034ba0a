"""Fields studied on blind batch 77 (helper study78): bylines, figures' units, spam inside a headline.
Every sentence here is written for these tests; the place names and media names in them are facts."""
from __future__ import annotations

from pipeline.text.meta import parse_byline_fields, parse_meta_line
from tests.test_page_metadata import BODY, BODY2, only


def test_a_dated_byline_naming_a_paper_glued_to_its_app_reads_all_three_fields(tmp_path):
    # 2025-08-22 某某日报某某新闻 某某: the day, the paper with its app's name glued on, the writer; the
    # shortest medium name (the paper alone) left the app's name before the writer and the line was read as none
    assert parse_byline_fields("四川日报川观新闻 周小禾") == [("source", "四川日报川观新闻"), ("byline", "周小禾")]
    assert parse_meta_line("2024-03-05 贵州日报天眼新闻 周小禾") == [
        ("date", "2024-03-05"), ("source", "贵州日报天眼新闻"), ("byline", "周小禾")]
    head = "青禾县:为基层减负 让干部腾出手来"
    art = only(tmp_path, "\n".join([head, "", "2024-03-05 浙江日报潮新闻 周小禾", "", BODY, BODY2]))
    assert (art.date, art.source, [(a.name, a.role) for a in art.authors]) == ("2024-03-05", "浙江日报潮新闻", [("周小禾", None)])
    # the paper alone, or the paper and a reporter's role, read as before
    assert parse_byline_fields("贵州日报 周小禾") == [("source", "贵州日报"), ("byline", "周小禾")]
    assert parse_byline_fields("浙江日报潮新闻记者 周小禾") == [("source", "浙江日报潮新闻"), ("记者", "周小禾")]


def _figures(text: str):
    from pipeline.extract.figures import find_figures
    from pipeline.nlp.segment import get_segmenter

    words, k = [], 0
    for w in get_segmenter().cut(text):
        words.append((k, k + len(w)))
        k += len(w)
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, words=words)]


def test_cases_counted_with_li_are_figures():
    # 例 counts cases (处理问题线索12例, 容错免责30余例); 举例, 例如 and 一例 as "an instance" stay no figure
    assert _figures("全年对干部容错免责30余例,澄清正名8例。") == [("30余例", 30, "例", "余"), ("8例", 8, "例", None)]
    assert _figures("举例来说,这是一例典型做法,例如青禾县的经验。") == []


def test_a_count_with_its_second_unit_in_brackets_keeps_both():
    # 项(次), like 人(次) and 场(次): the items or the times, the page left it open
    assert _figures("全年开展督查检查12项(次),同比减少五成。")[0] == ("12项(次)", 12, "项(次)", None)
    assert _figures("全年开展督查检查12项（次）。")[0] == ("12项（次）", 12, "项（次）", None)


def test_at_least_before_a_verb_of_keeping_or_sending_staff_bounds_the_count():
    # 至少常态储备3名, 至少选派2名: the bound stands apart, a verb of staffing (with its adverb) between
    assert _figures("按每村至少常态储备3名书记后备力量。") == [("3名", 3, "名", "至少")]
    assert _figures("每个乡镇至少选派2名干部驻村。") == [("2名", 2, "名", "至少")]


def test_years_running_before_jun_are_a_duration_not_a_yearly_average():
    # 连续两年均超过20%: the segmenter reads 年均 (yearly average) and cut the count in two
    assert ("两年", 2, "年", None) in _figures("民主测评不称职票连续两年均超过20%的予以调整。")
    assert ("3年", 3, "年", None) in _figures("连续3年均为优秀等次的干部优先使用。")
    # 年均 after a year count that is no run of years stays the yearly average
    assert [f for f in _figures("近5年年均增长10%。") if f[2] == "年"] == []


def _slogans(text: str):
    from pipeline.extract.slogans import find_slogans

    return [(s.text, s.components) for s in find_slogans(text)]


def test_principles_written_in_pairs_and_held_to_are_one_formula():
    # 坚持甲、乙，丙、丁，戊、己的原则: four-character principles in pairs, the pairs parted by commas; the whole
    # run is the formula (only its last pair was read), quoted or not, counted (四条原则) or not
    items = ["依规依纪", "宽严相济", "鼓励探索", "宽容失误", "公开公正", "注重实效"]
    run = "依规依纪、宽严相济,鼓励探索、宽容失误,公开公正、注重实效"
    for text in (f"青禾县办法坚持{run}的原则,明确了容错情形。", f"办法遵循“{run}”三条原则,细化了程序。"):
        assert _slogans(text)[0] == (run, items), text
    # the run may open with a single item before its first comma
    assert _slogans("坚持依规依纪,宽严相济、鼓励探索,宽容失误的原则基础上,明确了对象。")[0][1] == items[:4]
    # a pair alone is read as before; a run with one kind of mark only is no such run
    assert _slogans("坚持好中选优、优中选强的原则。") == [("好中选优、优中选强", ["好中选优", "优中选强"])]
    assert all(t != "依规依纪,宽严相济,鼓励探索" for t, _ in _slogans("坚持依规依纪,宽严相济,鼓励探索的原则。"))


def test_numbered_formulas_joined_by_a_middle_dot_are_one_programme():
    # “十村示范·百村振兴”项目库: two numbered formulas joined by a middle dot; a medium's dotted name stays none
    assert _slogans("结合“五村示范·千户增收”项目库,选定基地村。") == [("五村示范·千户增收", ["五村示范", "千户增收"])]
    assert _slogans("据“青禾日报·青禾新闻”报道,该县选派干部。") == []
    # paired formulas so joined stay formulas each (tests/test_extract.py)
    assert [t for t, _ in _slogans("推行“一村一策·一户一档”。")] == ["一村一策", "一户一档"]


def test_two_acts_on_one_count_each_quoted_are_a_formula():
    # 本着“成熟一个使用一个”原则: two acts, each on 一个 (一批, 一名), a rule of the work
    assert _slogans("本着“培养一批提拔一批”的原则,该县选拔干部。") == [("培养一批提拔一批", [])]
    assert _slogans("他们“一心一意”干事。") == []


def test_a_quoted_pair_of_phrases_named_as_the_orientation_is_a_formula_with_its_numbered_item():
    # 坚持“甲乙丙丁,双戊双己”导向: phrases of four parted by a comma, named as the orientation held to; the numbered
    # item is a formula of its own too
    assert _slogans("坚持“本土培养,双优双强”导向,选拔村干部。") == [
        ("本土培养,双优双强", ["本土培养", "双优双强"]), ("双优双强", [])]


def test_quoted_people_who_serve_as_mentors_are_no_formula_of_the_mechanism():
    # “老甲”“老乙”导师帮带机制: the run names the mentors, not the mechanism's parts (they stay quoted terms)
    assert _slogans("推行后备力量“老支书”“老站长”导师帮带机制,厚植土壤。") == []
    assert _slogans("推行“分级”“分期”约谈机制。") == [("分级分期", ["分级", "分期"])]


def test_one_thing_for_many_uses_listed_unquoted_are_formulas_each():
    # 做到一室多用、一所多能: two rules of one shape listed; one alone or an idiom (一举多得) stays none
    assert _slogans("活动场所做到一屋多用、一站多能。") == [("一屋多用", []), ("一站多能", [])]
    assert _slogans("做到一屋多用。") == []
    assert _slogans("这是一举多得、一石多鸟的做法。") == []


def test_a_day_of_every_month_is_no_date():
    # 每月1日至15日设为安静期, 每月10日前报送: a rule's recurring days; a bare day of the story stays dated
    from pipeline.extract.dates import find_dates

    assert find_dates("青禾县规定每月1日至15日不开会,各村须在每月20日前上报台账。", "2025-08-22") == []
    assert [(d.text, d.iso) for d in find_dates("座谈会于15日召开。", "2025-08-22")] == [("15日", "2025-08-15")]


def test_a_sidebar_teaser_with_its_link_and_the_hosts_rights_key_are_furniture(tmp_path):
    # 某事受到市民关注。[详细]: another article's teaser in the sidebar; 主办单位及版权所有:…: the site's host and rights
    from pipeline.text.lines import boilerplate_reason

    assert boilerplate_reason("青禾湖公园新开放受到海口游客好评。[详细]", None) == "page furniture"
    assert boilerplate_reason("白沙湖湿地公园开放受到海口市民关注。【詳細】", None) == "page furniture"
    assert boilerplate_reason("主办单位及版权所有:青禾县信息服务中心", None) == "page furniture"
    assert boilerplate_reason("全县共选派干部46名。", None) is None
    head = "青禾县选派年轻干部驻村"
    art = only(tmp_path, "\n".join([head, "2022-05-09 来源:青禾日报", BODY, BODY2,
                                    "青禾湖公园新开放受到海口游客好评。[详细]", "主办单位及版权所有:青禾县信息服务中心"]))
    assert "海口" not in art.text and "拉萨" not in art.text


def test_a_covering_notice_without_a_headline_takes_the_title_of_the_document_it_issues(tmp_path):
    # 各乡镇党委: / 《关于…的实施方案》passed and sent out / signature, date / the document's title line
    issued = "关于做好村级后备力量储备工作的实施方案"
    page = "\n".join(["各乡镇党委、县直各单位党组:", f"《{issued}》经县委常委会研究同意,现印发给你们,望各单位遵照落实。",
                      "中共青禾县委组织部", "2021年3月2日", issued, BODY, BODY2])
    assert only(tmp_path, page).title == issued
    # a notice naming a document it does not print under it keeps no headline
    page = "\n".join(["各乡镇党委、县直各单位党组:", f"《{issued}》经县委常委会研究同意,现印发给你们,望各单位遵照落实。",
                      "中共青禾县委组织部", "2021年3月2日", BODY, BODY2])
    assert only(tmp_path, page).title is None


def _places(tmp_path, text: str) -> list[str]:
    from pipeline.worker import process_document
    from pipeline.text.ingest import read_document

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    x = process_document(read_document(path)).extractions[0]
    return [m.text for m in x.regions]


def test_a_portal_named_as_an_information_harbour_and_an_apps_name_in_a_byline_name_no_place(tmp_path):
    # 昆明信息港讯 …: a city's portal (某某信息港) opening the lead; (新甘肃·甘肃日报记者 某某): the app's name before
    # its paper's, inside the byline
    head = "官渡区召开干部监督工作会议"
    got = _places(tmp_path, "\n".join([head, "昆明信息港讯 6月8日下午,官渡区委组织部召开干部监督工作会议。", BODY2]))
    assert "昆明" not in got and "官渡区" in got
    head = "甘肃着力培养选拔年轻干部"
    got = _places(tmp_path, "\n".join([head, "本报讯 兰州(新甘肃·甘肃日报记者周小禾)省里近日召开会议,部署选拔年轻干部。", BODY2]))
    assert "甘肃" not in got and "兰州" in got


def test_a_place_opening_a_lottery_tip_sheets_name_in_injected_spam_is_no_mention(tmp_path):
    # (某某行 + 澳门 + 免费资料大全 + ·看某某): spam written into a column's tag; 澳门 names the tip sheet, not a place
    got = _places(tmp_path, "\n".join(["(青禾行看澳门免费资料大全·看发展)广西扶绥县为基层减负", BODY, BODY2]))
    assert "澳门" not in got
    assert "澳门" in _places(tmp_path, "\n".join(["青禾县选派干部赴澳门挂职", "今年,青禾县选派3名干部赴澳门挂职锻炼。", BODY2]))
