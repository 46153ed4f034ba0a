"""Places: classes of text fixed in session 71 (places helper).

Every sentence here is written for these tests; the provinces, cities, counties and towns are
real divisions."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _paths(text, g, title=None):
    return [m.place.path for m in locate(text, g, title=title).mentions]


@pytest.mark.parametrize("text", [
    "浙江省丽水市莲都区：日前，由区纪委监委会同县委组织部开展作风督查。",
    "浙江省丽水市：市纪委会同县委组织部对年轻干部开展谈话。",
    "江苏省南京市建邺区，区委组织部比如县委办的做法值得学习。",
])
def test_a_county_named_like_a_verb_before_a_committee_inside_a_clause_is_the_verb(g, text):
    # 会同|县委组织部 ("jointly with"): the stem is an ordinary word (resources/county_names_ordinary_words.txt)
    placement = locate(text, g)
    assert not any(m.place.level == "county" and m.text in ("会同县", "比如县") for m in placement.mentions)
    assert placement.region is not None and not placement.region.path.startswith(("湖南省", "西藏"))


@pytest.mark.parametrize("text, path", [
    ("会同县委组织部召开年轻干部座谈会。", "湖南省/怀化市/会同县"),
    ("湖南省怀化市会同县委组织部开展培训。", "湖南省/怀化市/会同县"),
    ("怀化市纪委监委会同县委组织部开展督查。", "湖南省/怀化市/会同县"),  # its city there: left as before
    ("近日，在公安县委书记的带领下，干部下沉一线。", "湖北省/荆州市/公安县"),
])
def test_a_county_named_like_a_word_opening_a_clause_or_placed_by_its_parent_stays(g, text, path):
    assert path in _paths(text, g)


def _villages(text, g, title=None):
    placement = locate(text, g, title=title)
    return [m.text for m in placement.mentions + placement.title_mentions if m.place.level == "village"]


@pytest.mark.parametrize("text, title", [
    ("福建省三明市尤溪县西城镇组织驻村干部开展集中培训。", None),
    ("福建省漳州市长泰区管前镇加强驻村管理，效果明显。", None),
    ("浙江省湖州市安吉县天子湖镇召开会议。", "天子湖镇选派驻村第一书记"),
    ("四川省成都市新津区召开会议。", "双龙镇选优配强村“两委”班子"),
    ("湖北省恩施州利川市团堡镇全面推进村级治理。", None),
])
def test_a_verb_after_a_town_then_villages_in_general_is_no_village(g, text, title):
    # 某镇组织|驻村…, 某镇选派|驻村…: a clause of the town's about villages (resources/town_clause_verbs.txt)
    assert _villages(text, g, title) == []


@pytest.mark.parametrize("text, village", [
    ("湖北省恩施州利川市团堡镇前进村党支部书记发言。", "前进村"),
    ("江苏省南京市江宁区湖熟街道和平村召开村民代表大会。", "和平村"),
    ("湖北省恩施州利川市团堡镇建设新村党支部开展活动。", "建设新村"),
])
def test_a_village_named_like_a_verb_after_its_town_stays(g, text, village):
    assert village in _villages(text, g)


@pytest.mark.parametrize("title, text, path", [
    ("河西镇选派驻村第一书记", "近日，甘肃省张掖市甘州区河西镇召开会议，部署选派工作。河西镇党委书记讲话。",
     "甘肃省/张掖市/甘州区/河西镇"),
    ("城关镇举办年轻干部培训班", "河南省周口市扶沟县城关镇组织年轻干部参加培训。", "河南省/周口市/扶沟县/城关镇"),
])
def test_a_headlines_bare_town_is_the_town_the_text_names_under_its_full_chain(g, title, text, path):
    # the text's 甘州区河西镇 (a town the list lacks) settles the headline's 河西镇, not 华亭市's namesake
    placement = locate(text, g, title=title)
    assert [m.place.path for m in placement.title_mentions if m.place.level == "township"] == [path]
    assert all(m.place.path == path for m in placement.mentions if m.text == title[:3])
    assert placement.region is not None and path.startswith(placement.region.path)
