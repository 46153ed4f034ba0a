"""Figure, date and document error classes of session 62, one test per class, in our own words.  Each
text goes through the article extraction the pipeline runs (extract_article)."""
from __future__ import annotations

import pytest

from pipeline.extract.article import extract_article
from tests.test_extract import article


def extract(text: str, title: str | None = None):
    return extract_article(article(text, title))


def keys(text: str):
    return [(f.value, f.high, f.unit, f.qualifier) for f in extract(text).figures]


# -- two kinds of place counted together are one unit (8县市, 三县区, 9县(市), 两省区); a 内 after a
# count of places is "inside them", no bound ---------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("这次招聘面向青禾州6县市的基层单位。", (6, None, "县市", None)),
    ("会议听取了柳川市三县区党政班子的汇报。", (3, None, "县区", None)),
    ("本次考试面向青禾市辖5区7县(市)内的在岗人员。", (7, None, "县(市)", None)),
    ("两省区的干部交流已经持续多年。", (2, None, "省区", None)),
])
def test_places_of_two_kinds_counted_together_are_one_unit(text, want, segmenter):
    assert want in keys(text)


# -- a short name after the document's number in a bracket of its own, (柳社发〔2019〕3号)(以下简称《X》);
# (以下统称《X》) after titles cited back to back names each of them ---------------------------------

def test_a_short_name_after_the_document_number_in_its_own_bracket():
    text = ("柳川市出台《关于柳川市社区工作者薪酬体系的指导意见》(柳社发〔2019〕3号)(以下简称《薪酬意见》),"
            "明确了岗位等级。各街道要按《薪酬意见》核定报酬。")
    docs = extract(text).documents
    assert [(d.title, d.short_name) for d in docs] == [("关于柳川市社区工作者薪酬体系的指导意见", "薪酬意见")]


def test_a_short_name_given_together_to_titles_cited_back_to_back():
    text = ("职位详见《2024年度青禾市公开遴选公务员职位表》《2024年度青禾市公开选调公务员职位表》"
            "(以下统称《职位表》)。学历条件详见《职位表》。")
    docs = extract(text).documents
    assert [(d.title, d.short_name) for d in docs] == [("2024年度青禾市公开遴选公务员职位表", "职位表"),
                                                       ("2024年度青禾市公开选调公务员职位表", "职位表")]


# -- review of session 62: 区 or 市 opening the next word after a count of 省 or 县 (区位, 区间, 市属, 市值) is no
# second kind of place; the count keeps what it gave before two kinds were one unit --------------------

@pytest.mark.parametrize("text, gone", [
    ("闽赣两省区位相近，干部交流由来已久。", "省区"),
    ("湘鄂两省区间协作机制运行顺畅。", "省区"),
    ("青禾两县市属国企负责人参加了集中培训。", "县市"),
    ("柳川两县市值最高的企业均为国有控股。", "县市"),
])
def test_a_word_opened_by_the_second_place_is_no_second_kind(text, gone, segmenter):
    assert not [k for k in keys(text) if k[2] == gone]


def test_a_count_of_provinces_before_a_word_opened_by_qu(segmenter):
    assert (2, None, "省", None) in keys("渝黔2省区间合作项目已达12个。")


@pytest.mark.parametrize("text, want", [
    ("全市12县区共有村(社区)860个。", (12, None, "县区", None)),
    ("柳川市三县区分别召开了换届动员会。", (3, None, "县区", None)),
    ("青禾州辖9县（市），总人口300万。", (9, None, "县（市）", None)),
    ("两省区党委组织部联合印发通知。", (2, None, "省区", None)),
])
def test_two_kinds_of_place_before_other_words_stay_one_unit(text, want, segmenter):
    assert want in keys(text)


# -- review of session 62: (以下统称…) names only the titles cited directly back to back (》《, 》、《), not one
# cited before 和/及/与, a comma or a line break; a name that counts its documents names none of a group of
# another size; the 为 of 统称为 and 简称为 is the verb's ---------------------------------------------

def shorts(text: str):
    return [(d.title, d.short_name) for d in extract(text).documents]


def test_a_collective_name_skips_a_title_cited_before_he():
    text = ("日前，市委印发《关于加强年轻干部培养的实施意见》和《青禾市2024—2028年干部培训规划》"
            "《青禾市干部培训教材管理办法》(以下统称“两个文件”)，对干部培训作出部署。")
    assert shorts(text) == [("关于加强年轻干部培养的实施意见", None),
                            ("青禾市2024—2028年干部培训规划", "两个文件"),
                            ("青禾市干部培训教材管理办法", "两个文件")]


def test_a_collective_name_that_counts_two_skips_the_title_before_he():
    text = ("支部集中学习了《中国共产党章程》和《关于新形势下党内政治生活的若干准则》"
            "《中国共产党党内监督条例》(以下统称“一准则一条例”)。")
    assert shorts(text) == [("中国共产党章程", None), ("关于新形势下党内政治生活的若干准则", "一准则一条例"),
                            ("中国共产党党内监督条例", "一准则一条例")]


def test_a_collective_name_skips_a_title_on_the_line_above():
    text = ("二、深入学习《中国共产党章程》\n"
            "《关于新形势下党内政治生活的若干准则》《中国共产党党内监督条例》(以下统称“一准则一条例”)是管党治党的重要遵循。")
    assert shorts(text)[0] == ("中国共产党章程", None)


def test_a_collective_name_skips_a_title_before_a_comma():
    text = ("会上传达了《中国共产党纪律处分条例》，《柳川市干部容错纠错办法》《柳川市激励干部担当作为若干措施》"
            "(以下统称“两个文件”)同步印发。")
    assert shorts(text)[0] == ("中国共产党纪律处分条例", None)


def test_a_collective_name_counting_other_than_the_titles_names_none():
    text = ("认真贯彻《党政领导干部选拔任用工作条例》及《关于防止干部“带病提拔”的意见》"
            "《关于加强干部选拔任用工作监督的意见》(以下统称“一条例三办法”)。")
    assert [s for _, s in shorts(text)] == [None, None, None]


def test_the_wei_of_tongcheng_wei_is_the_verbs():
    text = "《青禾市干部考核办法》《青禾市干部任免办法》(以下统称为两个办法)自公布之日起施行。"
    assert shorts(text) == [("青禾市干部考核办法", "两个办法"), ("青禾市干部任免办法", "两个办法")]


def test_the_wei_of_jiancheng_wei_is_the_verbs():
    text = "《青禾市干部容错纠错实施办法》(以下简称为容错办法)自印发之日起施行。"
    assert shorts(text) == [("青禾市干部容错纠错实施办法", "容错办法")]
