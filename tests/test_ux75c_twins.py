"""Session 75's web tester (finding 8): an original article removed while its repost, the same text under another
id, stays: links to the original (its page, ?m= of a measure, the API) were a 404; an edited file's old links
redirect (307) to what it became, and so do these now, to the repost."""
from __future__ import annotations

import sqlite3
from urllib.parse import parse_qsl, urlsplit

from fastapi.testclient import TestClient

from pipeline.build import build
from pipeline.search.web import create_app
from tests.test_reposts_counted_s71 import REPOSTED


def _build(corpus, db, **kw):
    build(corpus, db, jobs=1, model=None, cache=False, **kw)


def _rows(db, q: str, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(q, args).fetchall()
    finally:
        con.close()


def _reposted(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    for name, text in REPOSTED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    _build(corpus, db)
    (pair,) = _rows(db, "SELECT canonical_id, article_id FROM article_copies")
    return corpus, db, pair


def _redirects_to_the_repost(db, original: str, repost: str, measures: dict[int, str]):
    web = TestClient(create_app(db), follow_redirects=False)
    now = dict(_rows(db, "SELECT text, id FROM measures WHERE article_id = ?", repost))
    r = web.get(f"/api/articles/{original}")
    assert r.status_code == 307 and urlsplit(r.headers["location"]).path == f"/api/articles/{repost}", r.text
    for mid, text in measures.items():
        page = web.get(f"/articles/{original}", params={"m": mid})
        assert page.status_code == 307, page.text
        to = urlsplit(page.headers["location"])
        assert to.path == f"/articles/{repost}" and dict(parse_qsl(to.query))["m"] == str(now[text])
    assert web.get(f"/articles/{original}/original").status_code == 307


def test_a_removed_originals_links_lead_to_its_repost(tmp_path, segmenter):
    corpus, db, (original, repost) = _reposted(tmp_path)
    measures = dict(_rows(db, "SELECT id, text FROM measures WHERE article_id = ?", original))
    assert measures
    (corpus / "xinxian.txt").unlink()  # (the original; the repost stays, alone now)
    _build(corpus, db)
    assert _rows(db, "SELECT id, canonical_id FROM articles") == [(repost, repost)]
    _redirects_to_the_repost(db, original, repost, measures)

    (corpus / "xinxian.txt").write_text(REPOSTED["xinxian.txt"], encoding="utf-8")  # (put back: its own again)
    _build(corpus, db)
    web = TestClient(create_app(db), follow_redirects=False)
    assert web.get(f"/api/articles/{original}").status_code == 200
    assert _rows(db, "SELECT count(*) FROM article_moves") == [(0,)]


def test_a_removed_reposts_links_lead_to_its_original(tmp_path, segmenter):
    corpus, db, (original, repost) = _reposted(tmp_path)
    measures = dict(_rows(db, "SELECT id, text FROM measures WHERE article_id = ?", repost))
    (corpus / "portal_copy.txt").unlink()
    _build(corpus, db)
    _redirects_to_the_repost(db, repost, original, measures)


def test_a_fresh_build_leads_a_removed_originals_links_to_its_repost(tmp_path, segmenter):
    from pathlib import Path

    import pipeline

    corpus, db, (original, repost) = _reposted(tmp_path)
    measures = dict(_rows(db, "SELECT id, text FROM measures WHERE article_id = ?", original))
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text((Path(pipeline.__file__).parent / "resources" / "codebook.yaml").read_text(encoding="utf-8")
                        + "\n# a copy: another codebook's hash, so a fresh build\n", encoding="utf-8")
    (corpus / "xinxian.txt").unlink()
    _build(corpus, db, codebook=codebook)  # (fresh: the original goes during it)
    _redirects_to_the_repost(db, original, repost, measures)
    (corpus / "other.txt").write_text("某县推行干部谈心谈话\n某县委组织部每季度与乡镇干部开展一次谈心谈话。\n", encoding="utf-8")
    _build(corpus, db, codebook=codebook.with_name("codebook.yaml"))  # (incremental after it: the moves stand)
    _redirects_to_the_repost(db, original, repost, measures)
