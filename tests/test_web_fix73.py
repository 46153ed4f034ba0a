"""The page, the API and the CLI after the session-73 web tester (a provincial user searching measures every day):
straight quotes in a query, similar measures of a repost, the county filter settling a township's name, the CLI's
CSV guard, reposts said on article pages, the facet search box, short province names, open year ranges."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


# --- 3: a straight double quote inside a word is the Chinese pair the texts write ----------------------------------

@pytest.mark.parametrize("straight, curly", [('落实"三个区分开来"', "落实“三个区分开来”"), ('村"两委"', "村“两委”")])
def test_straight_quotes_in_a_word_find_what_chinese_quotes_find(client, straight, curly):
    # 落实"三个区分开来" found nothing, 落实“三个区分开来” the measures
    want = client.get("/api/search", params={"q": curly}).json()["total"]
    assert want > 0
    assert client.get("/api/search", params={"q": straight}).json()["total"] == want
    assert client.get("/api/articles", params={"q": straight}).json()["total"] == \
        client.get("/api/articles", params={"q": curly}).json()["total"]


def test_straight_quotes_on_the_command_line(sample_kb):
    db, _ = sample_kb
    run = lambda q: CliRunner().invoke(cli, ["search", q, "--db", str(db), "--format", "json"])
    straight, curly = run('落实"三个区分开来"'), run("落实“三个区分开来”")
    assert straight.exit_code == curly.exit_code == 0, straight.output
    assert straight.output.count('"id"') == curly.output.count('"id"') > 0
