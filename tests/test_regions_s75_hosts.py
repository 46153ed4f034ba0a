"""Cadres of one region sent to train in another: the place they go is not the story's region when the visitors'
own unit writes (赴某市考察学习), but it is when the hosts write (赴我省培训: the hosts' practice is reported)."""
from __future__ import annotations

from pipeline.extract.regions import locate


def _province(text: str) -> str | None:
    region = locate(text).region
    return region.province if region else None


def test_the_hosts_writing_of_the_cadres_they_train_keep_their_own_province():
    text = ("山东对口支援干部培训综述\n"
            "今年，山东省委组织部安排新疆喀什地区疏勒县、英吉沙县的乡村干部分三批赴山东参加培训，"
            "学员们还分别赴我省多个市县的教学点考察学习。山东各地为学员安排了现场教学和结对交流。\n")
    assert _province(text) == "山东省"


def test_the_visitors_own_unit_still_outweighs_the_place_they_went_to_learn_from():
    text = ("某县干部赴外地考察学习\n"
            "近日，甘肃省定西市安定区组织乡镇党委书记赴浙江省湖州市考察学习，学习借鉴湖州市基层治理的经验。"
            "安定区将结合实际推广湖州市的做法。\n")
    assert _province(text) == "甘肃省"


def test_our_own_county_named_after_another_verb_is_no_hosts_trip():
    # (到我县 of people coming to work there, or 回到我县, is no trip to learn: the visitors' own unit still wins)
    text = ("某县干部赴外地考察学习\n"
            "近日，湖南省岳阳市平江县组织乡镇干部赴浙江省杭州市考察学习，学习借鉴杭州市数字治理的经验。"
            "平江县将推广杭州市的做法，并吸引更多人才到我县创业。\n")
    assert _province(text) == "湖南省"
