"""Findings of the session-75 web tester on the query and its suggestions: a long query with OR was searched as
nothing (every measure), a formula's name (5+N, 1+2+X) was split at its plus, a percentage lost its %, a repeated q
was dropped without a word, and suggestions offered words cut at a conjunction (选调和) and values sharing one
character (四违 for 四下基层).

Every sentence here is written for these tests; the divisions are real ones."""
from __future__ import annotations

import json

from click.testing import CliRunner
from fastapi.testclient import TestClient
import pytest

from pipeline.cli import cli
from pipeline.search.syntax import MAX_QUERY_CHARS, parse
from pipeline.search.web import create_app
from tests.conftest import built_from_texts

TEXTS = {
    "fangcheng.txt": "方城县推行5+N帮扶模式\n来源：南阳日报  发布时间：2024年3月6日\n"
                     "河南省南阳市方城县推行5+N帮扶模式，每个驻村工作队由5名队员和若干名志愿者组成。\n"
                     "方城县在5个乡镇建设党群服务中心，开通网上办事平台（Online）。\n"
                     "方城县落实1+2+X选派标准，从县直单位选派干部驻村。\n"
                     "方城县群众评议占驻村干部考核权重的30%。\n"
                     "方城县每年选派30名年轻干部到村任职，对驻村干部容错纠错，宽容探索中的失误。\n",
    "baise.txt": "百色市加强选调生培养\n来源：右江日报  发布时间：2023年6月12日\n"
                 "广西壮族自治区百色市通过公开遴选、选调和招录等方式补充乡镇干部。\n"
                 "百色市每年招录选调生到村任职，对选调生实行导师帮带。\n"
                 "百色市组织部增强干部“四个意识”，坚定“四个自信”，落实“三个区分开来”要求。\n",
    "manifest.tsv": "file\tdate\nfangcheng.txt\t2024-03-06\nbaise.txt\t2023-06-12\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux75a", TEXTS)


@pytest.fixture(scope="module")
def web(db):
    return TestClient(create_app(db))


def _api(web, **params) -> dict:
    r = web.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _texts(answer: dict) -> list[str]:
    return [r["text"] for r in answer["results"]]


def _cli(db, *args: str):
    r = CliRunner().invoke(cli, ["search", "--db", str(db), "--format", "json", *args])
    return r, json.loads(r.stdout)


# --- a long query holding OR: its first 200 characters searched, not nothing ---------------------------------------

LONG_OR = "驻村 OR " + "谈" * (MAX_QUERY_CHARS + 5)


def test_a_long_query_with_or_keeps_its_words_within_the_limit():
    q = parse(LONG_OR)
    assert q.cut and len(q.clauses) == 1
    words = [t.text for t in q.clauses[0]]
    assert words == ["驻村"]  # (the alternative does not fit whole: left out, never cut to a shorter, wider word)


def test_a_long_query_with_or_finds_what_its_first_words_find_on_the_page_api_and_cli(web, db):
    whole = _api(web, q="驻村")["total"]
    everything = _api(web)["total"]
    assert 0 < whole < everything
    answer = _api(web, q=LONG_OR)
    assert answer["total"] == whole and answer["query"].startswith("驻村")
    assert f"只搜了前 {MAX_QUERY_CHARS} 字" in answer["query_note"]
    assert web.get("/api/articles", params={"q": LONG_OR}).json()["total"] == \
        web.get("/api/articles", params={"q": "驻村"}).json()["total"]
    assert f"共 <strong>{whole}</strong> 条举措" in web.get("/", params={"q": LONG_OR}).text
    r, out = _cli(db, "驻村", "OR", "谈" * (MAX_QUERY_CHARS + 5))
    assert r.exit_code == 0 and out["total"] == whole
    assert f"only its words within the first {MAX_QUERY_CHARS}" in r.stderr


# --- a formula's name is one word: 5+N, 1+2+X -------------------------------------------------------------------------

@pytest.mark.parametrize("typed, want", [("5+N", "5+N帮扶模式"), ("5+N帮扶", "5+N帮扶模式"), ("1+2+X", "1+2+X选派标准"),
                                         ("1+2+X选派标准", "1+2+X选派标准"), ("５＋Ｎ", "5+N帮扶模式")])
def test_a_formula_with_a_letter_is_searched_as_one_word(web, db, typed, want):
    answer = _api(web, q=typed)
    assert len(_texts(answer)) == 1 and want in _texts(answer)[0]  # (not the measure holding a 5 and Online's n)
    assert answer["query_note"].count("“") == 1
    r, out = _cli(db, typed)
    assert r.exit_code == 0 and [m["text"] for m in out["results"]] == _texts(answer)


def test_words_joined_by_a_plus_are_still_both_words():
    assert [[t.text for t in c] for c in parse("容错+纠错").clauses] == [["容错"], ["纠错"]]
    assert [[t.text for t in c] for c in parse("AI+党建").clauses] == [["AI"], ["党建"]]


def test_a_formula_finding_nothing_is_not_told_to_type_chinese_and_a_longer_one_offers_the_formula(web):
    assert "中文" not in _api(web, q="3+X").get("hint", "")
    offered = [s["q"] for s in _api(web, q="1+2+X选拔要求")["suggestions"]]
    assert "1+2+X" in offered


# --- a percentage keeps its % -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["30%", "30％", "（30%）", "权重的30%"])
def test_a_percentage_is_searched_with_its_sign(web, db, typed):
    answer = _api(web, q=typed)
    assert len(_texts(answer)) == 1 and "30%" in _texts(answer)[0]  # (not the 30 young cadres)
    assert "%" in answer["query"]
    r, out = _cli(db, typed)
    assert [m["text"] for m in out["results"]] == _texts(answer)


# --- a repeated q: every one's words, as the command line reads its words ---------------------------------------------

def test_a_repeated_q_searches_the_words_of_each(web, db):
    both = _api(web, q="容错 驻村")
    assert 0 < both["total"] < _api(web, q="驻村")["total"]
    answer = web.get("/api/search?q=容错&q=驻村").json()
    assert (answer["total"], answer["query"], answer["query_note"]) == (both["total"], "容错 驻村", both["query_note"])
    page = web.get("/?q=容错&q=驻村").text
    assert 'value="容错 驻村"' in page and f"共 <strong>{both['total']}</strong> 条举措" in page
    assert web.get("/api/articles?q=容错&q=驻村").json()["query"] == "容错 驻村"
    r, out = _cli(db, "容错", "驻村")
    assert out["total"] == both["total"]


# --- suggestions: a word cut at a conjunction is no near word; a value sharing one character is not close ----------

def test_a_typo_is_offered_the_word_not_the_stem_and_a_conjunction(web):
    offered = [s["q"] for s in _api(web, q="选调声")["suggestions"]]
    assert "选调生" in offered and "选调和" not in offered


def test_a_value_sharing_one_character_is_not_offered_as_close(web):
    note = _api(web, slogan="四下基层")["notes"][0]
    assert "最接近" not in note["message"]  # (四个意识 shares its 四 alone: the slogans with most measures are listed)
    # a typo still is: most of its characters
    note = _api(web, slogan="三个区份开来")["notes"][0]
    assert "三个区分开来" in [c["label"] for c in note["choices"]]
