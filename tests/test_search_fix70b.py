"""Search as staff type it (round 70, second pass): NOT before a word, a year written inside the query in its
common forms, a year with nothing falling back to the words, function words never offered alone, a township
note that advises a switch finding nothing, and the separators people put between words."""
from __future__ import annotations

import pytest

from pipeline import search as S
from tests.conftest import kb_of_texts

# Three short articles of our own, one a year: 2019 holds no 容错纠错, 2021 and 2023 do; 容错 and 纠错 also
# appear apart; 以来 and 目前 are in the 2019 text so that a shorter-word offer could pick them.
ARTICLES = {
    "a.txt": "天宁区让年轻干部到窗口轮岗\n来源：河湾日报\n2019年4月2日\n\n"
             "江苏省常州市天宁区自去年以来安排年轻干部到信访窗口轮岗，目前已有二十名年轻干部完成轮岗。\n"
             "区里为轮岗的年轻干部建立成长档案，每季度组织一次集中培训，由老干部讲授群众工作方法。\n",
    "b.txt": "德清县为担当者撑腰\n来源：河湾日报\n2021年9月15日\n\n"
             "浙江省湖州市德清县出台容错纠错办法，对改革中出现失误但没有谋取私利的干部予以免责。\n"
             "对符合容错情形的干部，年度考核等次不受影响，提拔使用照常考虑。\n"
             "县里发现干部工作偏差后及时纠错，督促限期整改到位并跟踪回访。\n"
             "县委组织部每年选派年轻干部到乡镇挂职，挂职期间由乡镇党委负责日常考核。\n",
    "c.txt": "南平市完善激励机制\n来源：河湾日报\n2023年3月8日\n\n"
             "福建省南平市建立容错纠错案例库，每半年发布一批典型案例供各县参考。\n"
             "市里为年轻干部配备导师，导师每月与年轻干部谈心一次并记录成长情况。\n",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory, segmenter):
    return kb_of_texts(tmp_path_factory, "fix70b", ARTICLES)


def _offers(conn, q: str, **filters):
    res = S.search(conn, q, S.Filters(**filters))
    return res, [(s.query, s.filters, s.n) for s in S.suggest(conn, res)]


def test_not_before_a_word_excludes_it_and_the_description_says_so(kb):
    """容错 NOT 纠错 searched the word NOT (nothing), and offered to drop NOT: both words, the opposite."""
    res, offers = _offers(kb, "容错 NOT 纠错")
    assert res.total == S.search(kb, "容错 -纠错").total > 0
    assert res.query.text() == "容错 -纠错"
    said = res.query.describe()
    assert "不含“纠错”" in said and "NOT" in said and "“NOT”" not in said
    assert all("NOT" not in q for q, _, _ in offers)
    # a NOT in quotes is still a word searched as written
    assert S.parse('容错 "NOT"').terms == ["容错", "NOT"]


@pytest.mark.parametrize("q, words, year", [
    ("2023年度年轻干部", "年轻干部", "2023"),
    ("2020-2023年容错纠错", "容错纠错", "2020-2023"),
    ("2020年至2023年容错纠错", "容错纠错", "2020-2023"),
    ("2019年以来容错纠错", "容错纠错", "2019-"),
    ("年轻干部 2023", "年轻干部", "2023"),
])
def test_a_year_in_the_query_is_offered_as_the_year_filter(kb, q, words, year):
    res, offers = _offers(kb, q)
    wanted = S.search(kb, words, S.Filters(year=year)).total
    assert wanted > res.total
    assert offers[0] == (words, {"year": year}, wanted)


@pytest.mark.parametrize("q", ["2019年容错纠错", "容错纠错2019年", "2019容错纠错"])
def test_a_year_with_nothing_offers_the_words_alone(kb, q):
    """Nothing of 2019 holds the words: the search offered nothing at all, though the words alone find some."""
    assert S.search(kb, "容错纠错", S.Filters(year="2019")).total == 0
    res, offers = _offers(kb, q)
    assert res.total == 0
    assert ("容错纠错", {}, S.search(kb, "容错纠错").total) in offers


@pytest.mark.parametrize("q", ["2019年以来容错纠错", "目前容错纠错"])
def test_a_function_word_is_never_offered_alone(kb, q):
    assert S.search(kb, "以来").total and S.search(kb, "目前").total  # (there is something they would find)
    res, offers = _offers(kb, q)
    assert res.total == 0 and offers
    assert all(query not in ("以来", "目前") for query, _, _ in offers)


def test_a_township_note_advises_a_switch_only_when_it_finds_something(kb):
    """天宁 is a county: the note said to filter by county even where that found nothing, offering nothing."""
    empty = S.search(kb, "容错纠错", S.Filters(township="天宁"))
    assert S.search(kb, "容错纠错", S.Filters(county="天宁")).total == 0
    [note] = empty.notes
    assert note.choices == [] and "可改按" not in note.message and "也找不到" in note.message
    found = S.search(kb, "年轻干部", S.Filters(township="天宁"))
    [note] = found.notes
    assert "可改按区县筛选" in note.message and [c.label for c in note.choices] == ["天宁区"]


@pytest.mark.parametrize("q", ["容错 | 纠错", "容错|纠错", "容错 ｜ 纠错"])
def test_a_bar_between_words_means_either(kb, q):
    either = S.search(kb, "容错 OR 纠错").total
    assert S.search(kb, q).total == either > S.search(kb, "容错 纠错").total


@pytest.mark.parametrize("q", ["容错，纠错", "容错、纠错", "容错+纠错", "容错；纠错", "容错;纠错"])
def test_a_comma_or_plus_between_words_means_both(kb, q):
    assert S.search(kb, q).total == S.search(kb, "容错 纠错").total > 0
    assert S.parse(q).text() == "容错 纠错"
    # inside quotes they are the phrase's own
    assert S.parse(f'"{q}"').terms == [q.replace("，", ",").replace("；", ";")]
    assert S.parse('"容错|纠错"').terms == ["容错|纠错"]


# --- the session's third review ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("2020年到村任职", "2020"), ("2020年至基层", "2020"), ("2019年来自基层的干部", "2019"),
    ("2020年至2023年的干部", "2020-2023"), ("2020年至今", "2020-"), ("2019年以来", "2019-")])
def test_to_or_since_makes_a_span_only_before_a_year_or_today(text, want):
    from pipeline.search.filters import year_in

    assert year_in(text)[0] == want


def test_a_comma_inside_a_number_keeps_it_one_word():
    from pipeline.search.syntax import parse

    assert [[t.text for t in c] for c in parse("1,000名干部").clauses] == [["1,000名干部"]]
    assert [[t.text for t in c] for c in parse("容错,纠错").clauses] == [["容错"], ["纠错"]]


@pytest.mark.parametrize("query", ["容错 - 纠错", "容错 —纠错", "容错 –纠错", "容错 NOT纠错", "容错 not 纠错"])
def test_a_dash_apart_or_long_and_not_against_a_word_exclude_it(query):
    from pipeline.search.syntax import parse

    q = parse(query)
    assert ([[t.text for t in c] for c in q.clauses], [t.text for t in q.exclude]) == ([["容错"]], ["纠错"])


def test_or_against_a_word_is_or_and_a_hyphen_inside_a_word_stays():
    from pipeline.search.syntax import parse

    assert [[t.text for t in c] for c in parse("容错 OR纠错").clauses] == [["容错", "纠错"]]
    assert [[t.text for t in c] for c in parse("2020-2023 容错-纠错").clauses] == [["2020-2023"], ["容错-纠错"]]


def test_or_and_and_written_in_chinese_between_words():
    from pipeline.search.syntax import parse

    assert [[t.text for t in c] for c in parse("容错 或 纠错").clauses] == [["容错", "纠错"]]
    q = parse("容错 和 纠错")
    assert [[t.text for t in c] for c in q.clauses] == [["容错"], ["纠错"]] and q.and_read
    assert [[t.text for t in c] for c in parse("容错和纠错").clauses] == [["容错和纠错"]]  # (inside a word: as written)


@pytest.mark.parametrize("word", ["今年以来", "2019年以来", "截至", "的工作", "2020", "近年来"])
def test_a_time_or_function_word_says_nothing_alone(word):
    from pipeline.search.suggestions import _fillers_only
    from pipeline.search.syntax import Query, Term

    assert _fillers_only(Query([[Term(word)]]))


@pytest.mark.parametrize("word", ["容错纠错", "年轻干部", "来访", "第一书记"])
def test_a_word_of_substance_is_offered(word):
    from pipeline.search.suggestions import _fillers_only
    from pipeline.search.syntax import Query, Term

    assert not _fillers_only(Query([[Term(word)]]))


def test_the_year_filter_takes_the_forms_the_suggestions_offer(kb):
    from pipeline.search import Filters, search

    for given in ("2019年以来", "2019-", "2023年度"):
        res = search(kb, "", Filters(year=given))
        assert not [n for n in res.resolved.notes if n.kind == "unknown"], (given, res.resolved.notes)


def test_a_group_word_with_a_year_is_offered_as_both_filters_and_said_so(kb):
    from pipeline.search import Filters, search, suggest

    res = search(kb, "年轻干部 2023", Filters())
    offers = {s.text: s for s in suggest(kb, res)}
    group = [s for t, s in offers.items() if t.startswith("对象“年轻干部”")]
    assert group and all("共" not in s.text or not s.query for s in group), list(offers)
    assert any(s.filters.get("year") == "2023" and s.filters.get("group") and not s.query for s in group), list(offers)
