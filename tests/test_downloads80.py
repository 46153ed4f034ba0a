"""A download makes one search, whatever its format (downloads.found): the JSON download made its own search and
article-search calls beside the CSV's and Excel's.  The files of one search hold the same rows, in the same order."""
from __future__ import annotations

import csv
import io

import pytest


def _csv_ids(text: str, column: str) -> list[str]:
    return [r[column] for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))]


@pytest.mark.parametrize("path, params, key", [
    ("/export", {"q": "干部"}, "measure_id"),
    ("/export", {"q": "干部", "order": "date"}, "measure_id"),
    ("/export", {"q": "驻村", "province": "福建、江西"}, "measure_id"),
    ("/export/articles", {"q": "干部"}, "article_id"),
    ("/export/articles", {}, "article_id"),
])
def test_the_json_and_csv_downloads_hold_the_same_rows(client, path, params, key):
    as_json = client.get(f"{path}.json", params=params)
    as_csv = client.get(f"{path}.csv", params=params | {"lang": "en"})
    assert as_json.status_code == as_csv.status_code == 200
    ids = [str(r[key]) for r in as_json.json()["results"]]
    assert ids and ids == _csv_ids(as_csv.text, key)
    for h in ("x-total-count", "x-returned-count"):
        assert as_json.headers[h] == as_csv.headers[h]


def test_one_search_per_download_whatever_the_format(client, monkeypatch):
    import pipeline.search as S

    calls = []
    for name in ("search", "find_articles"):
        real = getattr(S, name)
        monkeypatch.setattr(S, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
    for fmt in ("csv", "xlsx", "json"):
        calls.clear()
        assert client.get(f"/export.{fmt}", params={"q": "干部"}).status_code == 200
        assert calls == ["search"], fmt
        calls.clear()
        assert client.get(f"/export/articles.{fmt}", params={"q": "干部"}).status_code == 200
        assert calls == ["find_articles"], fmt
