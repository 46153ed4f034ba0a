"""Incremental repost detection: the stored LSH band keys propose the pairs datasketch's index
proposes, and a knowledge base brought up to date through a sequence of changes holds the
repost groups a fresh build of the same files holds."""
from __future__ import annotations

from pathlib import Path
import sqlite3

import pytest

from pipeline.build import build
from pipeline.store import reposts, similarity
from tests import repost_cases as rc

A = "shimen_baochou_a"  # the article reposted, and cut into overlapping parts
B = "beihu_jianfu_a"  # another reposted article, whose group no change touches


def test_band_keys_propose_the_candidates_of_datasketch_lsh():
    from datasketch import MinHash, MinHashLSH

    sets = {name: sh for name, text in rc.documents().items()
            if len(sh := similarity.shingles(text)) >= similarity.MIN_SHINGLES}
    lsh = MinHashLSH(threshold=similarity.CANDIDATE_JACCARD, num_perm=similarity.NUM_PERM)
    sigs = {}
    for name, sh in sets.items():
        sigs[name] = MinHash(num_perm=similarity.NUM_PERM, seed=1)
        sigs[name].update_batch([s.encode("utf-8") for s in sh])
        assert (sigs[name].hashvalues == similarity.signature(sh)).all()  # ours is datasketch's MinHash
    assert lsh.hashranges == similarity.BANDS
    for name, sig in sigs.items():
        lsh.insert(name, sig)
    expected = {tuple(sorted((a, b))) for a, sig in sigs.items() for b in lsh.query(sig) if a != b}
    pairs = list(reposts._sharing_a_key({name: similarity.band_keys(sh) for name, sh in sets.items()}))
    got = set(pairs)
    assert got == expected and len(pairs) == len(got)  # each candidate pair once
    assert 0 < len(got) < len(sets) * (len(sets) - 1) // 2  # some pairs are candidates, not all


# An article of our own with figures in its first paragraph, and a page that repeats its other two
# paragraphs with other figures: a copy of the cut page k_tail, not of k_orig (the figures disagree).
K_TITLE = "松川县年轻干部在实践中提升本领"
K_PARAS = [
    "松川县委组织部今年举办了3期年轻干部能力提升班,共有126名乡镇和县直单位的年轻干部参加,课程涵盖政策解读、群众工作方法和应急处置等内容。",
    "培训结束后,县里安排学员分组到信访接待中心、重点项目工地和偏远村组跟班实践,由经验丰富的老同志手把手带教,帮助他们把课堂上学到的方法用到实际工作中去。",
    "县委组织部表示,将把学员在实践中的表现记入个人成长记录,作为年度考核和选拔使用的参考,并根据学员反馈不断调整课程设置,让培训更贴近基层需要。",
]
K_MORE = "据了解,第4期培训班将于明年5月开班,计划招收80名学员。"


def _dated(text: str, date: str) -> str:
    """The page as site_a printed it on another day."""
    return text.replace("发布时间:2023-11-02", f"发布时间:{date}")


def _pages() -> dict[str, str]:
    """Every page the steps below put in the corpus, by file name."""
    title, paras = rc.BASES[A]
    b_title, b_paras = rc.BASES[B]
    other_title, other_paras = rc.BASES["yunling_guanai_b"]
    return {
        "a_orig": rc.page(title, paras, "site_a"),
        "a_repost": rc.page(title, paras, "site_b"),
        "a_edited": rc.page(title, rc.light_edit(paras), "site_c"),
        "a_early": _dated(rc.page(title, paras, "site_a"), "2023-10-20"),
        # Two parts that overlap by one paragraph (too little to be copies of each other): only
        # a_orig, which holds both, joins them into its group.
        "a_head": rc.page(title, paras[:2], "site_b"),
        "a_tail": rc.page(title, paras[1:], "site_c"),
        "a_edited_other": rc.page(other_title + "（修订）", other_paras, "site_c"),
        "b_orig": rc.page(b_title, b_paras, "site_a"),
        "b_repost": rc.page(b_title, b_paras, "site_b"),
        "other": rc.page(other_title, other_paras, "site_a"),
        "k_orig": rc.page(K_TITLE, K_PARAS, "site_a"),
        "k_tail": rc.page(K_TITLE, K_PARAS[1:], "site_c"),
        "k_more": rc.page(K_TITLE, [*K_PARAS[1:], K_MORE], "site_a"),
        **{n: rc.page(t, p, "site_a") for n, (t, p) in rc.NOTICES.items()},  # one template, other people
    }


def _write(corpus: Path, name: str, text: str) -> None:
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")


def _state(db: Path) -> tuple[dict[str, object], dict[str, str]]:
    """The repost records with each article named by its file, and the band keys; article id -> file."""
    con = sqlite3.connect(db)
    try:
        name = {a: Path(p).stem for a, p in con.execute(
            "SELECT a.id, d.path FROM articles a JOIN documents d ON d.id = a.doc_id")}
        return {
            "copies": sorted((name[a], name[c], s) for a, c, s in con.execute("SELECT * FROM article_copies")),
            "canonical": {name[a]: name[c] for a, c in con.execute("SELECT id, canonical_id FROM articles")},
            "bands": sorted(con.execute("SELECT * FROM article_bands")),
        }, name
    finally:
        con.close()


def _groups(state) -> dict[str, set[str]]:
    """canonical file -> the files of its group (copies only)."""
    out: dict[str, set[str]] = {}
    for copy, canon, _ in state["copies"]:
        out.setdefault(canon, {canon}).add(copy)
    return out


# Groups (canonical file: its group) that the steps below expect.
A_GROUP = {"a_orig", "a_repost", "a_edited", "a_head", "a_tail"}
B_GROUP = {"b_orig": {"b_orig", "b_repost"}}
K_GROUP = {"k_orig": {"k_orig", "k_tail"}}
OTHER = {"other": {"other", "a_edited_other"}}

# Each step: what changes in the corpus (files added, files removed), then the groups the
# knowledge base must hold.
STEPS = [
    ("start", {"a_orig", "b_orig", "b_repost", "other", "k_orig", "k_tail", "qinghe_gongshi_a", "qinghe_gongshi_b"},
     set(), B_GROUP | K_GROUP),
    ("reposts of a_orig", {"a_repost", "a_edited", "a_head", "a_tail"}, set(),
     {"a_orig": A_GROUP} | B_GROUP | K_GROUP),
    ("an article whose one copy is a copy of another it is not like: it stays alone", {"k_more"}, set(),
     {"a_orig": A_GROUP} | B_GROUP | K_GROUP),
    ("an earlier repost: the canonical moves", {"a_early"}, set(),
     {"a_early": A_GROUP | {"a_early"}} | B_GROUP | K_GROUP),
    ("the canonical removed", set(), {"a_early"}, {"a_orig": A_GROUP} | B_GROUP | K_GROUP),
    ("a copy changed into another article", {"a_edited_other"}, {"a_edited"},
     {"a_orig": A_GROUP - {"a_edited"}} | OTHER | B_GROUP | K_GROUP),
    ("the articles joining two parts removed: they split", set(), {"a_orig", "a_repost"},
     OTHER | B_GROUP | K_GROUP),
    ("everything of a group removed", set(), {"b_orig", "b_repost"}, OTHER | K_GROUP),
]


def test_incremental_builds_equal_fresh_builds(tmp_path, segmenter, monkeypatch):
    pages, corpus, out = _pages(), tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    returned: list[set[str]] = []
    real = reposts.update_copies
    monkeypatch.setattr(reposts, "update_copies", lambda *a: returned.append(real(*a)) or returned[-1])
    before, flips = None, []
    for step, (what, add, remove, groups) in enumerate(STEPS):
        for name in add:
            _write(corpus, name, pages[name])
        for name in remove:
            (corpus / f"{name}.txt").unlink()
        report = build(corpus, out, jobs=1, model=None, cache=tmp_path / "cache")
        assert report.mode == ("full" if step == 0 else "incremental"), what
        now, names = _state(out)
        flipped = {names[a] for a in returned[-1]} if step else set()  # a full build runs mark_copies
        build(corpus, tmp_path / f"fresh{step}.sqlite", jobs=1, model=None, cache=tmp_path / "cache")
        assert now == _state(tmp_path / f"fresh{step}.sqlite")[0], what
        assert _groups(now) == groups, what
        assert report.copies == len(now["copies"])
        if before is not None:  # the kept articles whose status (own canonical or copy) changed
            was, is_ = before["canonical"], now["canonical"]
            assert flipped == {f for f in was.keys() & is_.keys() if (was[f] == f) != (is_[f] == f)}, what
            flips.append(len(flipped))
        before = now
    assert flips == [0, 0, 1, 1, 0, 2, 0]  # a_orig flips twice, then a_head and a_tail


def test_mark_copies_redoes_what_update_copies_kept(tmp_path, segmenter):
    pages, corpus, out = _pages(), tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    for name in ("a_orig", "a_repost", "a_head", "b_orig", "other"):
        _write(corpus, name, pages[name])
    build(corpus, out, jobs=1, model=None, cache=False)
    before = _state(out)
    con = sqlite3.connect(out)
    reposts.mark_copies(con)  # from scratch, over a knowledge base that has its bands already
    con.commit()
    con.close()
    assert _state(out) == before and before[0]["copies"]
