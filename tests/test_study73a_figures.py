"""Figure error class met on the session-73 blind pages, in our own words: a cap written apart from its amount,
the rule's 可 and a grant verb between (最高可给予800万元, 最长可享受2年): the amount's qualifier is 不超过."""
from __future__ import annotations

from pipeline.extract.article import extract_article
from tests.test_extract import article


def _figures(text: str):
    return extract_article(article(text)).figures


def test_a_cap_allowed_with_ke_before_the_grant_verb_bounds_the_amount(segmenter):
    fs = _figures("对顶尖团队项目，最高可给予800万元的经费支持；人才每月补贴3000元，最长可享受2年；"
                  "村干部最多可领取1500元奖励。")
    assert [(f.text, f.value, f.unit, f.qualifier) for f in fs] == [
        ("800万元", 800, "万元", "不超过"), ("3000元", 3000, "元", None), ("2年", 2, "年", "不超过"),
        ("1500元", 1500, "元", "不超过")]


def test_a_longest_stint_observed_keeps_its_own_bound(segmenter):
    # 最长…超过6年: what was found, its bound (超过) written at the number; no 可, no cap
    (f,) = _figures("调查发现，有的干部最长借调时间超过6年。")
    assert (f.text, f.qualifier) == ("超过6年", "超过")


def test_a_housing_estate_phase_is_part_of_its_name(segmenter):
    # 花园三期, 小区2期: the estate's phase names a place; the training classes still count
    fs = _figures("调研组走进青禾社区的翠湖花园三期和朝阳小区2期。全县举办培训班三期。")
    assert [(f.text, f.unit) for f in fs] == [("三期", "期")] and fs[0].start > 20
