"""Session 74's testers on the search (research's CLI and API, web's pages): the article search refused a filter
value no article has with a 400 worded for measures, and a source whose only article is a repost was 'no measure
has that source'."""
from __future__ import annotations

from click.testing import CliRunner
from fastapi.testclient import TestClient
import pytest

from pipeline.cli import cli
from pipeline.search.web import create_app
from tests.conftest import built_from_texts
from tests.test_reposts_counted_s71 import REPOSTED


@pytest.fixture(scope="module")
def kb(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux74c", REPOSTED)


@pytest.fixture(scope="module")
def web(kb):
    return TestClient(create_app(kb))


def _search(kb, *args: str):
    return CliRunner().invoke(cli, ["search", "--db", str(kb), *args])


# --- W3 / research 5: a filter value no article has; a source whose articles are reposts -----------------

def test_article_search_answers_an_unknown_value_with_notes_not_a_400(web):
    for params in ({"province": "Fujian"}, {"year": "2030"}, {"source": "某某晚报"}):
        r = web.get("/api/articles", params=params)
        assert r.status_code == 200, (params, r.text)
        body = r.json()
        assert body["total"] == 0 and body["notes"] and body["notes"][0]["kind"] == "unknown"
        said = body["notes"][0]["message"]
        assert "举措" not in said and ("文章" in said or "source" in params), body["notes"]
        page = web.get("/articles", params=params)
        assert page.status_code == 200 and 'data-note="unknown"' in page.text


def test_article_search_on_the_cli_words_its_notes_for_articles(kb):
    r = _search(kb, "--province", "Fujian", "--articles")
    assert r.exit_code == 1 and "的文章" in r.output and "的举措" not in r.output, r.output


def test_a_source_of_reposts_only_is_said_so_with_the_articles(kb, web):
    repost, original = _pair(web)
    for path in ("/api/search", "/api/articles"):
        note, = web.get(path, params={"source": "信阳日报"}).json()["notes"]
        assert "转载" in note["message"], note
        assert [(a["article_id"], a["canonical_id"]) for a in note["articles"]] == [(repost, original)]
    page = web.get("/articles", params={"source": "信阳日报"}).text
    assert f'href="/articles/{repost}"' in page and f'href="/articles/{original}"' in page
    for args in ((), ("--articles",)):
        r = _search(kb, "--source", "信阳日报", *args)
        assert "转载" in r.output and repost in r.output and original in r.output, r.output


def _pair(web) -> tuple[str, str]:
    """The repost's id and its original's."""
    (only,) = web.get("/api/articles").json()["results"]
    a = web.get(f"/api/articles/{only['article_id']}").json()
    (copy,) = a["copies"]
    return copy["id"], a["id"]
