"""Fields studied on blind batch 75 (helper study75c): places, sources, titles, figure times, the primary
region. Every sentence here is written for these tests; the place names in them are facts."""
from __future__ import annotations

from pipeline.extract.regions import locate


def test_a_paper_organising_an_event_in_running_text_names_its_place(g, segmenter):
    # class: 由…指导，某晚报社主办的评选: the paper's company as an event's organiser is an institution of
    # its place, as 某日报报业集团主办 already was; a copyright line 某日报社主办 alone still signs the site
    text = "由省委组织部指导，湖北日报社主办的年度优秀村官评选昨天揭晓。"
    assert [m.place.name for m in locate(text, g).mentions] == ["湖北省"]
    assert locate("湖北日报社主办\n版权所有", g).mentions == []


def test_a_month_of_next_year_is_one_date_of_that_month():
    # class: 明年6月份 (a plan's deadline) is a month of the year after the article's, as 今年10月 and 去年4月
    # are; pages that pad their digits with spaces (明年 6 月) write the same date
    from pipeline.extract.dates import find_dates

    for text in ("轮训将于明年6月份结束。", "轮训将于明年 6 月底结束。"):
        assert [(d.text.replace(" ", ""), d.iso) for d in find_dates(text, "2015-11-02")][0][1] == "2016-06", text
    assert [d.iso for d in find_dates("明年，全县继续推进。", "2015-11-02")] == ["2016"]


def test_a_county_short_form_a_team_travels_to_is_the_county(g, segmenter):
    # class: 再赴汶川, 前往汶川: a county's short form the dictionary tags a place's but also counts a frequent word
    # (so weak alone) is the county right after a verb of travel; the same name opening an event's name stays out
    for text in ("调研组再赴汶川，看望灾后重建一线的干部。", "记者前往汶川采访基层干部。"):
        assert [m.place.name for m in locate(text, g).mentions] == ["汶川县"], text
    assert locate("坚持绿水青山就是金山银山。", g).mentions == []


def test_this_year_and_next_is_a_period_that_times_the_figures_of_its_clause():
    # class: 今明两年 (this year and the next) is a relative period, as 近两年 is (no ISO form: it spans two
    # years); a figure of its clause is timed by it, not by a date of an earlier clause
    from pipeline.extract.dates import find_dates
    from pipeline.extract.figures import find_figures

    text = "自今年5月起，全市启动轮训，预计投入800万元，今明两年轮训1500名村干部。"
    dates = find_dates(text, "2019-09-20")
    assert ("今明两年", None) in [(d.text, d.iso) for d in dates]
    taken = [(d.start, d.end) for d in dates]
    times = {f.value: f.time for f in find_figures(text, exclude=taken, dates=dates)}
    assert times[1500] == "今明两年"


def test_a_month_range_of_a_written_year_is_that_years_and_times_its_figures_whole():
    # class: 2019年2月至5月 (a year's month range, the year written once): the closing month is in that year, not the
    # article's, and a figure the range opens is timed by the whole range, not by its last month
    from pipeline.extract.dates import find_dates
    from pipeline.extract.figures import find_figures

    text = "2019年2月至5月，全县共选派96名干部驻村。"
    dates = find_dates(text, "2020-01-15")
    assert [d.iso for d in dates] == ["2019-02", "2019-05"]
    found = find_figures(text, exclude=[(d.start, d.end) for d in dates], dates=dates)
    assert [(f.value, f.time) for f in found] == [(96, "2019-02/2019-05")]


def _page_region(tmp_path, text):
    from pipeline.text.ingest import read_document
    from pipeline.worker import process_document

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    pd = process_document(read_document(path))
    return pd.articles[0], pd.extractions[0]


def test_a_provinces_organ_written_with_its_one_character_places_a_text_naming_no_place(tmp_path):
    # class: a column 晋组新语·第三期: over the headline (山西's organisation department by the province's one
    # character) or a document number 鄂组发〔2012〕3号, in a text that speaks as a province (我省, 省委) and names no
    # place: the province is the region; the column's name is kept as the headline's kicker, not its title
    body = ("省委近日选派一批年轻干部到乡镇任职，我省各级组织部门要做好跟踪管理。\n"
            "这些干部将在基层一线经受锻炼，省委组织部将定期了解他们的表现。")
    art, x = _page_region(tmp_path, "晋组新语·第三期:年轻干部到基层去\n\n时间:2021-03-02\n\n" + body)
    assert (art.title, art.kicker) == ("年轻干部到基层去", "晋组新语")
    assert x.region is not None and x.region.name == "山西省" and x.regions == [] and x.title_regions == []
    _, x = _page_region(tmp_path, "关于做好年轻干部跟踪管理的通知\n\n鄂组发〔2012〕3号\n\n" + body)
    assert x.region is not None and x.region.name == "湖北省"
    _, x = _page_region(tmp_path, "年轻干部到基层去\n\n时间:2021-03-02\n\n" + body)
    assert x.region is None
