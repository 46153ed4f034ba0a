"""Repost groups do not chain: a copy is grouped only with a canonical article it is itself a copy
of, and notices of one template filled in for other places or other measures are not reposts of
each other (the texts here are written for these tests)."""
from __future__ import annotations

from pathlib import Path
import sqlite3

from click.testing import CliRunner

from pipeline.build import build
from pipeline.cli import cli
from pipeline.store.reposts import Item, find_copies
from pipeline.store.similarity import OVERLAP, overlap, shingles

PLACES = ["河北省保定市", "湖南省岳阳市", "山西省大同市", "安徽省芜湖市", "江西省九江市"]
ACTIONS = ["推进干部能上能下", "开展年轻干部跟班学习", "落实基层减负清单", "建立容错纠错工作台账", "组织村党组织书记轮训"]


def _notice(place: str, action: str, n: int) -> str:
    """One short notice of a template: a headline, then one sentence with its date and number."""
    month, day = 3 + n % 7, 1 + (7 * n) % 27
    return (f"{place}{action}\n\n"
            f"2025年{month}月{day}日，{place}委组织部召开专题会议{action}，"
            f"印发第{300 + n}号工作方案，请各地各单位结合实际认真贯彻。\n")


def _groups(db: Path) -> dict[str, set[str]]:
    """canonical file -> the files of its group, for groups of two or more."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT d.path, c.path FROM articles a JOIN documents d ON d.id = a.doc_id"
                           " JOIN articles k ON k.id = a.canonical_id JOIN documents c ON c.id = k.doc_id").fetchall()
    finally:
        con.close()
    out: dict[str, set[str]] = {}
    for path, canon in rows:
        out.setdefault(Path(canon).stem, set()).add(Path(path).stem)
    return {k: v for k, v in out.items() if len(v) > 1}


def test_notices_for_other_places_or_other_measures_are_never_one_article(tmp_path, segmenter):
    corpus, out = tmp_path / "notices", tmp_path / "kb.sqlite"
    corpus.mkdir()
    n = 0
    for p, place in enumerate(PLACES):
        for a, action in enumerate(ACTIONS):
            for _ in range(4):
                n += 1
                (corpus / f"n{p}{a}_{n:03d}.txt").write_text(_notice(place, action, n), encoding="utf-8")
    build(corpus, out, model=None, cache=False)
    for canon, files in _groups(out).items():
        assert len({f[1] for f in files}) == 1, (canon, files)  # one place
        assert len({f[2] for f in files}) == 1, (canon, files)  # one measure
    # Every place's notices of each measure are still found (a copy is not searched).
    for place in PLACES:
        for action in ACTIONS[3:]:
            result = CliRunner().invoke(cli, ["search", action, "--articles", "--province", place[:3],
                                              "--db", str(out), "--format", "json", "--quiet"])
            assert result.exit_code == 0, result.output
            assert '"total": 0' not in result.output, (place, action)


# Five paragraphs of one account; each page below holds three in a row.  Neighbouring pages share
# two of three (copies of each other), the first and the last one only (not copies).
PARAS = [
    "今年春天起,石泉县在每个乡镇设立一名干部成长联络员,专门记录年轻干部在重点工作中的表现和遇到的难处。",
    "联络员每月与年轻干部面对面交流一次,把他们提出的困难分门别类整理,属于政策问题的报县委组织部研究解决。",
    "县委组织部据此调整了培训内容,增加了基层矛盾调解和项目谋划两门课程,并邀请老支书走进课堂讲授经验。",
    "半年下来,参加交流的年轻干部普遍反映心里更有底了,有的还把联络员的做法带到了自己分管的村组工作中。",
    "下一步,石泉县打算把联络员制度延伸到县直部门,让更多刚参加工作的干部在身边就能找到可以请教的人。",
]


def _page(title: str, paragraphs: list[str], day: str) -> str:
    return f"{title}\n发布时间:{day}\n" + "\n".join(paragraphs) + "\n"


def test_a_chain_of_copies_does_not_join_its_ends():
    a, b, c = ("".join(PARAS[i:i + 3]) for i in (0, 1, 2))
    assert overlap(shingles(a), shingles(b)) >= OVERLAP and overlap(shingles(b), shingles(c)) >= OVERLAP
    assert overlap(shingles(a), shingles(c)) < OVERLAP
    copies = find_copies([Item("a", a, "2025-04-01"), Item("b", b, "2025-04-02"), Item("c", c, "2025-04-03")])
    assert [(x.article_id, x.canonical_id) for x in copies] == [("b", "a")]  # c is no copy of a


def test_a_chain_in_a_knowledge_base_built_step_by_step(tmp_path, segmenter):
    """The first and last pages, then the middle one that is like both: an incremental build
    groups it with the first only, as a fresh build of the three does."""
    corpus, out = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    title = "石泉县为年轻干部配备成长联络员"
    pages = {name: _page(title, PARAS[i:i + 3], f"2025-04-0{i + 1}") for name, i in (("a", 0), ("b", 1), ("c", 2))}
    for name in ("a", "c"):
        (corpus / f"{name}.txt").write_text(pages[name], encoding="utf-8")
    build(corpus, out, model=None, cache=tmp_path / "cache")
    assert _groups(out) == {}
    (corpus / "b.txt").write_text(pages["b"], encoding="utf-8")
    assert build(corpus, out, model=None, cache=tmp_path / "cache").mode == "incremental"
    build(corpus, tmp_path / "fresh.sqlite", model=None, cache=tmp_path / "cache")
    assert _groups(out) == _groups(tmp_path / "fresh.sqlite") == {"a": {"a", "b"}}


# One county's article as three sites print it: its own portal, a city news site that cuts the
# last paragraph, and a provincial site that puts its column name before the headline.
STORY_TITLE = "临溪县推行乡镇干部周末轮值制度"
STORY = [
    "为解决群众周末办事难的问题,临溪县从三月起在全县十四个乡镇推行干部周末轮值制度,每个周末至少安排三名干部在便民服务中心值守。",
    "轮值干部负责受理群众来访、代办证照和协调邻里纠纷,对当场办不了的事项登记在册,周一转交相关站所限时办结并电话回访。",
    "县委组织部把轮值表现纳入乡镇干部平时考核,对群众评价好的干部给予通报表扬,对敷衍应付的进行提醒谈话,半年来累计受理事项一千二百余件。",
    "临溪县还为轮值干部安排调休,保证他们每月至少有两个完整的休息日,避免轮值变成额外负担。",
]
SITES = {
    "portal": f"临溪县人民政府网 > 工作动态\n{STORY_TITLE}\n发布日期:2025-05-12 来源:临溪县委组织部\n"
              + "\n".join(STORY) + "\n打印本页 关闭窗口\n",
    "city": f"{STORY_TITLE}\n2025年05月13日 来源:某某新闻网 编辑:宋小禾\n"
            + "\n".join(STORY[:3]) + "\n相关阅读\n",
    "province": f"【基层组工】{STORY_TITLE}\n时间:2025-05-14 来源:临溪县委组织部\n"
                + "\n".join(STORY) + "\n分享到 微信 微博\n",
}


def test_a_repost_on_three_sites_stays_one_group(tmp_path, segmenter):
    corpus, out = tmp_path / "corpus", tmp_path / "kb.sqlite"
    corpus.mkdir()
    for name, text in SITES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    build(corpus, out, model=None, cache=False)
    assert _groups(out) == {"portal": {"portal", "city", "province"}}
