"""Session 61: classes of slogans the extractor got wrong on the real pages (texts written for the test)."""
from __future__ import annotations

from pipeline.extract.slogans import find_slogans


def _found(text: str) -> list[tuple[str, list[str]]]:
    return [(s.text, s.components) for s in find_slogans(text)]


def test_short_words_joined_by_plus_outside_quotes_are_a_formula():
    assert _found("青禾县明确选人渠道，单位推荐+群众推荐+本人自荐。") == [
        ("单位推荐+群众推荐+本人自荐", ["单位推荐", "群众推荐", "本人自荐"])]
    assert _found("柳川镇试行双述制度（述学+述责，班子评价+村民评议）。") == [
        ("述学+述责", ["述学", "述责"]), ("班子评价+村民评议", ["班子评价", "村民评议"])]
    # the first word is as long as the second where the run before the + goes on; 的 closes the last
    assert _found("该镇网格员的补贴构成为固定补贴+绩效补贴，按季度发放。") == [("固定补贴+绩效补贴", ["固定补贴", "绩效补贴"])]
    assert _found("学员们通过PPT+讲述的方式汇报调研。") == [("PPT+讲述", ["PPT", "讲述"])]


def test_a_sum_long_names_or_counted_parts_joined_by_plus_are_no_word_formula():
    assert _found("综合成绩=笔试成绩×40%+面试成绩×60%。") == []
    assert _found("方小禾随队赴青禾县政务服务中心+青禾县数字经济产业发展中心学习。") == []  # (places, too long)
    assert _found("青禾县拟定1个总方案+考核细则。") == []
    assert _found("更多资料+ 关注公众号") == []

