"""The repair and article stages over the real crawled seeds in ../shared/seeds/."""
from __future__ import annotations

import hashlib

import re

import pytest

RESIDUE = re.compile(r"[\u3400-\u9fff][(（]\s?[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\s?[)）]")
FRAGMENT = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\s?\)")
PUA = re.compile("[\ue000-\uf8ff]")


def test_no_residue_or_private_use_left(processed_seeds):
    for name, pd in processed_seeds.items():
        text = pd.clean.text
        assert not RESIDUE.search(text), (name, RESIDUE.search(text))
        assert not FRAGMENT.search(text), (name, FRAGMENT.search(text))
        assert not PUA.search(text), name
        for art in pd.articles:
            assert not PUA.search(art.text)


def test_real_brackets_kept(processed_seeds):
    text = processed_seeds["000_50c9f304fa2e6568.txt"].clean.text
    assert "86名县(市、区)领导班子成员" in text
    assert "提拔(进一步使用)一线干部31名" in text


def test_garbled_quote_recovered_in_001(processed_seeds):
    pd = processed_seeds["001_b55227102203e4ed.txt"]
    assert "“流水不腐，户枢不蠹”" in pd.clean.text
    kinds = [r.kind for r in pd.clean.quality.repairs]
    assert kinds.count("mojibake") == 1
    # What cannot be read back is marked, never passed on as words.
    assert pd.clean.quality.unreadable


def test_spam_list_gone_from_001(processed_seeds):
    pd = processed_seeds["001_b55227102203e4ed.txt"]
    text = pd.clean.text
    for place in ("双辽市", "五家渠市", "堆龙德庆县", "塔河县", "静宁县"):
        assert place not in text
    assert not any(line.count("|") >= 3 for line in text.split("\n"))
    assert "微信公众号" not in text and "官方微博" not in text and "责编" not in text
    assert any(r.kind == "spam" and "place-name" in r.note for r in pd.clean.quality.repairs)


def test_metadata_001(processed_seeds):
    (art,) = processed_seeds["001_b55227102203e4ed.txt"].articles
    assert art.title == "好风“吹皱”乡街干部队伍“一池春水”"
    assert art.date == "2020-09-11"
    assert art.source == "乡村干部报网"
    assert [(a.name, a.role) for a in art.authors] == [("姜纯", "作者"), ("马驰", "作者")]
    assert art.editor == "车婧"
    assert art.text.startswith("近年来,锦州市委着眼建设")


def test_metadata_002(processed_seeds):
    (art,) = processed_seeds["002_530fe2b4cbc38b74.txt"].articles
    assert art.title == "正向激励干部担当作为"
    assert art.date == "2020-04-15"
    assert art.source == "甘孜日报"
    # The bare name on the last line signs the article; its role is not stated.
    assert [(a.name, a.role) for a in art.authors] == [("田忠明", None)]
    assert art.editor is None
    assert "最新消息" not in art.text and not art.text.endswith("田忠明")


def test_metadata_003(processed_seeds):
    (art,) = processed_seeds["003_deaf1acf9dba1555.txt"].articles
    assert art.title is None  # the file has no headline: not guessed
    assert art.date is None
    assert art.source == "《群众》杂志"
    assert [(a.name, a.role) for a in art.authors] == [("许兵", "作者")]
    assert art.affiliation == "中共兴化市委常委、组织部部长"
    assert "来源" not in art.text.split("\n")[-1]


def test_metadata_000_affiliation(processed_seeds):
    (art,) = processed_seeds["000_50c9f304fa2e6568.txt"].articles
    assert art.affiliation == "随州市委组织部"
    assert art.title is None and art.date is None and art.authors == []


def test_two_articles_in_004(processed_seeds):
    arts = processed_seeds["004_8642784c8f5c9e7a.txt"].articles
    # The titles are compared by hash so that the seed's wording is not copied here.
    assert [hashlib.sha1(a.title.encode()).hexdigest() for a in arts] == [
        "8c5ef6e109583a18b868e7ab485f3317e3aef990",
        "a80cc097a515e7587192055840afdc8d046af9ca",
    ]
    assert arts[0].title.startswith("西藏自治区阿里地区") and "四道加法" in arts[1].title
    assert [(a.name, a.role) for a in arts[0].authors] == [("孟航", "记者"), ("郭玲峰", "通讯员")]
    assert [(a.name, a.role) for a in arts[1].authors] == [
        ("孟航", "记者"), ("李彤彤", "记者"), ("吴佳璘", "通讯员"), ("廖昶", "通讯员")]
    assert arts[0].text.startswith("近年来,西藏自治区阿里地区")
    assert arts[1].text.startswith("江西省赣州市大余县针对")
    assert "四道加法" not in arts[0].text


def test_page_breaks_rejoined_in_004(processed_seeds):
    pd = processed_seeds["004_8642784c8f5c9e7a.txt"]
    assert "“能打仗、善打仗、打胜仗”" in pd.clean.text
    assert "实行公开招聘、统筹使用" in pd.clean.text
    # Headings survive as lines of their own.
    assert "\n严格要求“选” 用好条件严标尺\n" in pd.clean.text
    # The cut-off paragraph is reported, not glued to the heading after it.
    assert pd.clean.quality.counts.get("truncated") == 1
    assert "按照“一专多\n“考评+奖惩” 干劲业绩更优" in pd.clean.text


def test_sentence_offsets_point_at_original(processed_seeds):
    from pipeline.text.chars import to_simplified

    for name, pd in processed_seeds.items():
        original = pd.clean.raw.text
        for art in pd.articles:
            for p in art.paragraphs:
                assert art.text[p.start:p.end] == p.text
                for s in p.sentences:
                    assert art.text[s.start:s.end] == s.text
                    first = original[s.orig_start]
                    if s.text[0] == "\ufffd" or s.text[0] in "。“":
                        continue
                    assert s.text[0] in {first, to_simplified(first)}, (name, s.text[:10], original[s.orig_start:s.orig_start + 10])
                    assert s.orig_end <= len(original)


def test_segmentation_keeps_slogans_whole(processed_seeds):
    toks = [t for pd in processed_seeds.values() for a in pd.articles for p in a.paragraphs for s in p.sentences for t in s.tokens]
    assert "三个区分开来" in toks
    assert "选育管用" in toks
    assert "1+2+X" in toks
