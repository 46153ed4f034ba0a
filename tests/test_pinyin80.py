"""Session 79, finding 9: pinyin helped only for the names of categories, target groups and slogans; zhucun,
diyishuji, ganbu, rong cuo jiu cuo and young cadres found nothing and were offered nothing.  A query in pinyin is
offered the Chinese words it spells that the knowledge base holds (search/pinyin.py), the commonest first, on the
page, in the API and by the CLI, and only offered: nothing is searched for the person.  An English word a group's
codebook id holds offers the group."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from click.testing import CliRunner
import pytest

from pipeline.cli import cli


def _spelled(body: dict) -> list[tuple[str, int]]:
    return [(s["q"], s["count"]) for s in body["suggestions"] if s["text"].startswith("你要找的是不是：")]


@pytest.mark.parametrize("typed, word", [
    ("zhucun", "驻村"), ("diyishuji", "第一书记"), ("ganbu", "干部"), ("xuandiaosheng", "选调生"),
    ("rong cuo jiu cuo", "容错纠错"),  # (syllables typed apart; the query keeps cuo once)
    ("zhù cūn", "驻村"), ("zhu4cun1", "驻村"), ("Zhu'Cun", "驻村"),  # (tones marked or numbered, capitals, apostrophe)
])
def test_a_pinyin_query_is_offered_the_word_it_spells_with_its_count(client, typed, word):
    body = client.get("/api/search", params={"q": typed, "limit": 0}).json()
    want = client.get("/api/search", params={"q": word, "limit": 0}).json()["total"]
    assert body["total"] == 0 and want > 0
    assert (word, want) in _spelled(body), body["suggestions"]
    assert body["hint"] == "知识库的文章都是中文，也按中文搜索：请输入中文词语，例如 容错纠错、年轻干部。"  # (still said)


def test_the_page_offers_the_word_as_a_link_and_searches_nothing_for_the_person(client):
    page = client.get("/", params={"q": "zhucun"}).text
    assert '<strong>0</strong> 条' in page  # (the query that ran is the one typed)
    links = [a for a in page.split('class="suggestion" href="')[1:] if "你要找的是不是：驻村" in a.split("</a>")[0]]
    assert len(links) == 1
    href = links[0].split('"')[0].replace("&amp;", "&")
    assert parse_qs(urlparse(href).query)["q"] == ["驻村"]
    assert "<mark>" in client.get(href).text  # (the link searches the Chinese word)


def test_several_pinyin_words_are_offered_apart_and_joined(client):
    body = client.get("/api/search", params={"q": "zhucun ganbu", "limit": 0}).json()
    offered = [q for q, _ in _spelled(body)]
    assert "驻村 干部" in offered
    counts = [n for _, n in _spelled(body)]
    assert counts == sorted(counts, reverse=True) and all(counts)  # (the knowledge base's commonest first)


def test_filters_count_and_the_article_search_offers_too(client):
    body = client.get("/api/search", params={"q": "zhucun", "province": "福建", "limit": 0}).json()
    want = client.get("/api/search", params={"q": "驻村", "province": "福建", "limit": 0}).json()["total"]
    assert ("驻村", want) in _spelled(body) or not want
    arts = client.get("/api/articles", params={"q": "zhucun", "limit": 0}).json()
    assert ("驻村", client.get("/api/articles", params={"q": "驻村", "limit": 0}).json()["total"]) in _spelled(arts)


def test_a_word_the_knowledge_base_does_not_hold_is_not_offered(client, conn):
    from pipeline.search.pinyin import index_of

    # (a dictionary word the sample's measures never write: no suggestion, only the hint)
    assert conn.execute("SELECT count(*) FROM search_measures WHERE text LIKE '%巧克力%'").fetchone()[0] == 0
    assert index_of(conn).spelled("qiaokeli") == []
    assert _spelled(client.get("/api/search", params={"q": "qiaokeli", "limit": 0}).json()) == []


def test_homophones_are_listed_by_how_many_measures_hold_them(conn):
    from pipeline.search.pinyin import OFFERED, index_of

    index = index_of(conn)
    several = {k: ws for k, ws in index.words.items() if len(ws) > 1}
    assert several  # (the sample holds homophones: the order is tested)
    for letters, words in several.items():
        assert [index.measures[w] for w in words] == sorted((index.measures[w] for w in words), reverse=True)
        assert index.spelled(letters) == list(words[:OFFERED])


def test_the_index_is_made_once_per_file_version_not_per_request(client, monkeypatch):
    from pipeline.search import pinyin

    made = []
    real = pinyin.make_index
    monkeypatch.setattr(pinyin, "make_index", lambda conn: made.append(1) or real(conn))
    for typed in ("zhucun", "ganbu", "diyishuji", "zhucun"):
        assert _spelled(client.get("/api/search", params={"q": typed, "limit": 0}).json())
    assert len(made) <= 1  # (none where an earlier test or the server's warm-up made it)


def test_an_english_group_name_offers_the_group(client):
    body = client.get("/api/search", params={"q": "young cadres", "limit": 0}).json()
    groups = [s for s in body["suggestions"] if s["filters"].get("group") == "年轻干部"]
    assert groups and groups[0]["count"] == client.get("/api/search", params={"group": "年轻干部", "limit": 0}).json()["total"]
    assert "知识库的文章都是中文" in body["hint"]
    servants = client.get("/api/search", params={"q": "civil servants", "limit": 0}).json()["suggestions"]
    assert [s["filters"] for s in servants] == [{"group": "公务员"}]


def test_the_command_line_offers_the_word(sample_kb):
    db, _ = sample_kb
    r = CliRunner().invoke(cli, ["search", "zhucun", "--db", str(db)])
    assert r.exit_code == 0 and "policykb search 驻村" in r.output and "你要找的是不是：驻村" in r.output, r.output
