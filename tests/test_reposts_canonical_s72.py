"""The canonical copy of a repost group is the cleanest of its earliest prints, not the longest: a
print made longer by marks of lost characters or page debris is not the copy search shows."""
from __future__ import annotations

from pathlib import Path
import sqlite3

from pipeline.build import build
from pipeline.store.reposts import Item, find_copies, noise
from tests.test_reposts_s70 import _groups

TITLE = "河口县让年轻干部在一线经风雨"
PARAS = [
    "今年以来，河口县委组织部把年轻干部放到乡村振兴一线培养，先后选派三十名机关干部到村里担任工作队员。",
    "每名干部由一名乡镇领导结对指导，每月交一份工作日志，年底由村民代表参与评议，评议结果记入干部档案。",
    "县里还建立了跟踪回访制度，对表现突出的干部优先提拔使用，对不胜任的及时召回调整，形成了能上能下的导向。",
]


def _page(site: str, paras: list[str], tail: list[str] = ()) -> str:
    return "\n".join([TITLE, f"发布时间：2024-04-02  来源：{site}", *paras, *tail]) + "\n"


CLEAN = _page("河口组工", PARAS)
# The same day's print on a site whose page lost characters (a private-use character and U+FFFD
# marks where the decoder failed), with markup debris and its share and counter lines: longer.
NOISY = _page("河口新闻网", [PARAS[0].replace("机关干部", "机关\ue0a5干部") + "\ufffd\ufffd",
                             PARAS[1] + "&nbsp;&nbsp;<span>", PARAS[2].replace("导向", "导\ufffd向")],
              ["分享到：微信 微博", "点击量：123"])


def _canonical(db: Path) -> dict[str, str]:
    """file -> the file of its canonical article (both files here are in one group)."""
    return {member: canon for canon, members in _groups(db).items() for member in members}


def test_the_clean_print_is_canonical_though_shorter(tmp_path, segmenter):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (corpus / "noisy.txt").write_text(NOISY, encoding="utf-8")
    out = tmp_path / "kb.sqlite"
    build(corpus, out, jobs=1, model=None, cache=False)
    con = sqlite3.connect(out)
    lengths = dict(con.execute("SELECT d.path LIKE '%noisy%', length(a.text) FROM articles a"
                               " JOIN documents d ON d.id = a.doc_id"))
    con.close()
    assert lengths[1] > lengths[0]  # by length the noisy print would win
    assert _canonical(out) == {"clean": "clean", "noisy": "clean"}


def test_a_build_brought_up_to_date_chooses_as_a_fresh_one(tmp_path, segmenter):
    for first, then in (("noisy", "clean"), ("clean", "noisy")):
        corpus, out = tmp_path / f"pages_{first}", tmp_path / f"kb_{first}.sqlite"
        corpus.mkdir()
        (corpus / f"{first}.txt").write_text({"clean": CLEAN, "noisy": NOISY}[first], encoding="utf-8")
        build(corpus, out, jobs=1, model=None, cache=tmp_path / "cache")
        (corpus / f"{then}.txt").write_text({"clean": CLEAN, "noisy": NOISY}[then], encoding="utf-8")
        assert build(corpus, out, jobs=1, model=None, cache=tmp_path / "cache").mode == "incremental"
        assert _canonical(out) == {"clean": "clean", "noisy": "clean"}, first


def test_in_memory_cleanliness_comes_after_the_date_and_before_the_length():
    body = "\n".join(PARAS)
    marked = body.replace("干部档案", "干部\ufffd档案") + "\ue0a5\ue0a5"
    items = [Item("marked", marked, "2024-04-02"), Item("plain", body, "2024-04-02"),
             Item("mended", body + "本文转自县里的公众号。", "2024-04-02", repairs=2),  # longer, repairs recorded
             Item("early", marked, "2024-04-01")]
    assert [noise(a) for a in items] == [3, 0, 2, 3]
    copies = find_copies(items)
    assert {c.canonical_id for c in copies} == {"early"}  # the earliest print stays first, marks or not
    copies = find_copies(items[:3])
    assert {c.article_id: c.canonical_id for c in copies} == {"marked": "plain", "mended": "plain"}


def test_a_print_cut_short_is_not_preferred_for_one_mark_of_damage():
    """Damage costs length, it does not outrank it: a print missing a whole paragraph is no better
    than the full one with a lost character in it; chrome dropped from a page is no damage."""
    body = "\n".join(PARAS)
    full_marked = body.replace("干部档案", "干部\ufffd档案")
    cut = "\n".join(PARAS[:2])
    items = [Item("full", full_marked, "2024-04-02"), Item("cut", cut, "2024-04-02")]
    assert {c.article_id: c.canonical_id for c in find_copies(items)} == {"cut": "full"}
    from pipeline.store.reposts import _repairs
    assert _repairs('{"counts": {"boilerplate": 5, "page_break": 2, "metadata": 1}}') == 0
    assert _repairs('{"counts": {"mojibake": 2, "unreadable": 1}}') == 3
