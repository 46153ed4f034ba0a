"""Review 78a: defects found in the integrated session-78 change, each tested with texts written for the test."""
from __future__ import annotations

from pipeline.extract.dates import find_dates
from pipeline.extract.figures import find_figures


# -- figures ---------------------------------------------------------------------------------------------

def test_a_count_of_cases_keeps_its_times_word():
    # class: 例次 counts cases as 人次 counts people; cutting it to 例 loses the "times"
    figs = [(f.text, f.unit) for f in find_figures("全年共开展心理辅导5例次，慰问困难党员40户次。")]
    assert ("5例次", "例次") in figs
    assert ("40户次", "户次") in figs


# -- dates -----------------------------------------------------------------------------------------------

def test_listed_days_of_every_month_are_no_dates():
    # class: 每月A日、B日 / 每月A日和B日: every listed day recurs, none is a date of the article's month
    for text in ("村里每月8日、22日召开党员议事会", "每月6日和16日前报送台账", "每个月的2日、12日及25日集中办理"):
        assert find_dates(text, "2025-03-04") == [], text


def test_a_range_of_every_month_and_a_real_date_still_read_as_before():
    got = [(d.text, d.iso) for d in find_dates("4月9日召开动员会，此后每月9日至12日集中报送", "2025-03-04")]
    assert got == [("4月9日", "2025-04-09")]
    got = [(d.text, d.iso) for d in find_dates("本月7日、19日各召开一次", "2025-03-04")]
    assert [g[1] for g in got] == ["2025-03-07", "2025-03-19"]


# -- a covering notice's title ---------------------------------------------------------------------------

def _title(tmp_path, page: str):
    from tests.test_fields_s78 import only
    return only(tmp_path, page).title


_LEAD = "为进一步做好选调生培养管理工作，结合本市实际，制定如下办法。"
_ITEM = "一、建立选调生跟踪培养制度，每年开展一次综合考核。"


def test_a_covering_notice_written_with_its_title_after_now_takes_that_title(tmp_path):
    # class: 现将《…》印发给你们 (the commonest wording), the document's title alone on a later line
    issued = "关于进一步加强选调生培养管理的办法"
    for notice in (f"现将《{issued}》印发给你们，请认真抓好落实。", f"现将《{issued}》予以印发给你们，请遵照执行。"):
        page = "\n".join(["各区委组织部，市直各单位：", notice, "中共某市委组织部", "2023年9月8日", issued, _LEAD, _ITEM])
        assert _title(tmp_path, page) == issued, notice


def test_a_covering_notice_whose_document_title_is_printed_in_book_marks_takes_that_title(tmp_path):
    issued = "关于进一步加强选调生培养管理的办法"
    page = "\n".join(["各区委组织部，市直各单位：", f"《{issued}》经市委研究，现印发给你们，各单位务必照办。",
                      "中共某市委组织部", "2023年9月8日", f"《{issued}》", _LEAD, _ITEM])
    assert _title(tmp_path, page) == issued
    # still: a notice whose document is not printed under it names no headline
    page = "\n".join(["各区委组织部，市直各单位：", f"现将《{issued}》印发给你们，请认真抓好落实。",
                      "中共某市委组织部", "2023年9月8日", _LEAD, _ITEM])
    assert _title(tmp_path, page) is None


# -- places ----------------------------------------------------------------------------------------------

def test_an_information_harbour_built_as_a_project_names_its_city(tmp_path):
    # class: 某市信息港 is a portal only as a dateline/byline (某市信息港讯, …记者); built as a project it is the city's
    from tests.test_fields_s78 import _places
    from tests.test_page_metadata import BODY2
    got = _places(tmp_path, "\n".join(["数字基础设施建设提速", "四川省加快建设成都信息港，成都信息港一期工程已经竣工。", BODY2]))
    assert "成都" in got
    got = _places(tmp_path, "\n".join(["官渡区召开干部监督工作会议", "昆明信息港讯 6月8日下午,官渡区委组织部召开干部监督工作会议。", BODY2]))
    assert "昆明" not in got and "官渡区" in got


# -- slogans ---------------------------------------------------------------------------------------------

def _slogans(text: str) -> list[tuple[str, list[str]]]:
    from pipeline.extract.slogans import find_slogans
    return [(s.text, s.components) for s in find_slogans(text)]


def test_a_run_of_principles_is_read_once_not_again_as_its_known_pair():
    # class: a principle run holding a lexicon pair (德才兼备、以德为先) yields the run only
    got = _slogans("选拔中坚持五湖四海、任人唯贤，德才兼备、以德为先的原则。")
    assert got == [("五湖四海、任人唯贤，德才兼备、以德为先", ["五湖四海", "任人唯贤", "德才兼备", "以德为先"])]


def test_an_unquoted_run_needs_de_or_a_count_before_principle():
    # class: …，严格执行原则: a four-character verb taking a bare 原则 is no item of the run
    for text in ("各级坚持五湖四海、任人唯贤，德才兼备、以德为先，认真执行原则。",):
        assert all("认真执行" not in comps for _, comps in _slogans(text)), text
    got = _slogans("始终遵循五湖四海、任人唯贤，德才兼备、以德为先四项原则。")
    assert got == [("五湖四海、任人唯贤，德才兼备、以德为先", ["五湖四海", "任人唯贤", "德才兼备", "以德为先"])]


def test_listed_one_many_rules_take_no_neighbour_as_their_part():
    # class: 一X多Y、一Z多W: each rule is a formula of its own, none a part of the other
    got = _slogans("社区推行一格多员、一员多责，方便群众办事。")
    assert got == [("一格多员", []), ("一员多责", [])]


# -- pages -----------------------------------------------------------------------------------------------

def test_the_pages_mark_an_uncertain_place_as_the_downloads_do():
    # class: one mark for a place it could not settle, defined once (hits.UNCERTAIN_MARK), not a copy per template
    from pathlib import Path

    import pipeline
    from pipeline.search.hits import UNCERTAIN_MARK
    from pipeline.search.web.pages import templates

    assert templates.env.globals.get("uncertain_mark") == UNCERTAIN_MARK["zh"]
    for name in ("search.html", "article.html"):
        assert UNCERTAIN_MARK["zh"] not in (Path(pipeline.__file__).parent / "templates" / name).read_text("utf-8"), name
