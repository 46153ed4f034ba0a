"""Defects a review of session 76's change found (figures, slogans, titles), each fixed by class.

Texts written for these tests."""
from __future__ import annotations

from pipeline.extract.figures import find_figures
from pipeline.extract.slogans import find_slogans
from pipeline.text.articles import split_articles
from pipeline.text.ingest import read_document
from pipeline.text.repair import repair_document


def _figures(text):
    return [(f.text, f.value) for f in find_figures(text)]


def test_second_round_is_no_count_beside_a_once_inside_a_longer_word():
    # 二次 counts only in a scale of times (一次的…二次的…); 一次性, 第一次, 再一次 are words of their own
    assert _figures("镇里给困难党员发了一次性慰问金，鼓励大家二次创业。") == []
    assert _figures("他再一次来到村里，谈起二次开发的打算。") == []
    assert _figures("首次谈话后，第一次整改不到位的，开展二次整改。") == []
    assert [t for t, _ in _figures("迟到一次的，批评；二次的，通报；三次的，调离。")] == ["一次", "二次", "三次"]


def test_not_only_once_is_no_count_of_one():
    # 不仅一次, 不只一个: "more than once", unlike 只有一个, 仅有一名 (only one: the count is the point)
    assert _figures("老书记不仅一次说起修路的难处。") == []
    assert _figures("村里不只一个后生想回乡创业。") == []
    assert _figures("这件事他不仅仅一次向镇里反映。") == []
    assert _figures("全乡只有一个村没有通公交。") == [("一个", 1)]


def _local(text, formula):
    return [s.local for s in find_slogans(text) if s.text == formula]


def test_a_formula_an_organ_launched_following_the_centre_is_its_own():
    # the organ's verb of launching between 总书记 and the 的: the county's formula, the centre only followed
    assert _local("这个镇依照总书记的重要批示精神探索出的“两访一评”做法，很受群众欢迎。", "两访一评") == [True]
    assert _local("全市遵照党中央决策部署率先推行的“五联五帮”机制已覆盖各村。", "五联五帮") == [True]
    # the centre's own: what it put forward, a topic after 关于, a visit to the county
    assert _local("大家重温了总书记提出的“两访一评”要求。", "两访一评") == [False]
    assert _local("学习总书记关于打造过硬队伍的“五联五帮”论述。", "五联五帮") == [False]
    assert _local("总书记视察我县时强调的“两访一评”，大家牢记在心。", "两访一评") == [False]


_BODY = ("今年以来，青禾县分两批选派38名机关干部到村任第一书记，为期两年，县委组织部每季度开展一次走访。\n"
         "县里还为驻村干部建立了工作纪实台账，对表现突出的优先提拔使用。")


def _title(tmp_path, upper, lower):
    path = tmp_path / "page.txt"
    path.write_text("\n".join([upper, lower, "", "2023年6月2日 来源：青禾县委组织部", "", _BODY]), encoding="utf-8")
    arts = split_articles(repair_document(read_document(path)))
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0].title


def test_a_line_whose_frame_follows_its_verb_is_not_glued_to_a_column_name_under_it(tmp_path):
    # class: 甲奋斗在…上 (the 在…上 completes the verb before it: nothing awaits on the next line) over a heading
    # with no verb (a column's name): two headings, not one headline (某镇在…中 / 锤炼… is one)
    title = _title(tmp_path, "汗水挥洒在脱贫攻坚一线上", "第一书记风采录")
    assert title in ("汗水挥洒在脱贫攻坚一线上", "第一书记风采录")
    assert _title(tmp_path, "青禾县在脱贫攻坚一线中", "锤炼机关干部") == "青禾县在脱贫攻坚一线中锤炼机关干部"
